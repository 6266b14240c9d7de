"""The past time a report is telling of, carried from sentence to sentence to the events told in the simple past
with no time of their own (see Narrative), and the day of the news a report's lead tells."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Span, Token

from helpers.events.dating import EventDate, shifted
from helpers.events.gaps import (Gap, VagueGap, gap, main_clause, moved, retelling, simple_past, too_wide,
                                 told_in_present, vague_gap)
from helpers.events.plover import CATEGORIES
from helpers.events.tree import children

# Words that bring a story back to the present.
PRESENT_WORDS = {"recently", "now", "currently", "lately", "today"}
UP_TO_NOW = PRESENT_WORDS | {"since"}  # ... and what counts from a past time up to now ("since then, 2,000 killed")
# PLOVER's verbal conflict and support, and sayings: reactions, told when the report tells them, not on the news's day.
REACTIONS = {category.name for category in CATEGORIES if category.quad == "verbal conflict"} | {"SUPPORT", "STATEMENT"}
# Words that place an act at another time than the one told before ("Later, the military reiterated").
ANOTHER_TIME = {"later", "earlier", "previously", "afterwards", "afterward", "eventually", "subsequently", "already",
                "once", "formerly", "before", "since", "ago"}
# The lead of a report: its first sentences, where the day of its news is told ("Friday", published on Saturday),
# and how many days before publication that day may be.
STORY_LEAD = 3
STORY_DAYS = 7
# How many sentences on a past time a narrative carries to events told in the simple past with no time of their own.
NARRATIVE_REACH = 2


@dataclass
class Narrative:
    """The past time a report is telling of, read sentence by sentence: "Twenty-year-old Bilai Abdi said she
    was excited one afternoon in 2017. She and six other civilians [got] into a police vehicle." The second
    event happened in 2017, not on the day of publication. A time is carried by an event dated in its own
    sentence to a day before publication, to events in the simple past (not the perfect, not a saying, not in a
    quotation) of the next NARRATIVE_REACH sentences that name no time at all (one the parse does not hang on
    the event is still the sentence's: "He began working there in 2015"; "recently", "now" bring the story back
    to the present); a new paragraph, or an event dated anew, ends it. In a report that tells history
    (`history`: a war history, a feature on the 1920s) the time carries on to the end of the paragraph. Where
    nothing carries, the day of the news its lead tells may (`story`, see story_day). A day to come carries the
    same way to what the next sentence plans ("Tomorrow the board will vote on the school. The board will
    [decide] whether ...": tomorrow)."""

    when: EventDate | None = None
    sentence: int = -1
    paragraph: int = -1
    history: bool = False  # the report tells history (helpers.timex.story.tells_history): the time carries on
    story: EventDate | None = None  # the day of the report's news, told in its lead (see story_day)
    plan: tuple[EventDate, int, int] | None = None  # a day to come a plan was told for: (date, sentence, paragraph)
    news: tuple[EventDate, int] | None = None  # the last main clause told as done on a time of its own, and where
    dated: dict[int, EventDate] = field(default_factory=dict)  # the time of each act dated in its sentence, by word

    def date(self, found: EventDate, action: Token, *, sentence: int, paragraph: int, statement: bool,
             quote: bool, published: date | None, timed: bool, kind: str = "", planned: bool = False,
             vague: VagueGap | None = None) -> EventDate:
        """The event's date, `found` by event_date, carried or not, or counted by a `vague` gap (vague_gap_of)
        from the time told before; the narrative read on."""
        if vague is not None and found.came_from in {"published", "undated"}:
            return self.counted_vaguely(vague, sentence=sentence, paragraph=paragraph, published=published)
        if planned and found.came_from in {"sentence", "main clause"} and published is not None \
                and found.start is not None and found.start > published:
            self.plan = (found, sentence, paragraph)
        elif planned and self.plan is not None and found.came_from in {"published", "undated"} and not timed \
                and not quote and self.plan[2] == paragraph and 0 < sentence - self.plan[1] <= NARRATIVE_REACH:
            return EventDate(self.plan[0].value, self.plan[0].start, self.plan[0].end, "narrative")
        if found.came_from == "undated" and not timed and (again := self.retold_gap(action, published)) is not None:
            return again
        if found.came_from in {"main clause", "undated"} and (measured := gap(action)) is not None:
            # what a gap places before or after the news ("two days after Erdogan [denounced] Israel") carries nothing
            return self.counted_from_news(found, action, Gap(-measured.amount, measured.unit), sentence=sentence,
                                          published=published, timed=timed)
        if found.came_from == "sentence":
            self.dated[action.i] = found
            if gap(action) is not None:  # the act a gap counts from, background ("Two months after Lai [took] office")
                return found
        if found.came_from in {"sentence", "main clause"} or (found.came_from == "subordinate clause" and any(
                gap(child) is not None for child in children(action))):  # (the act it places is the news: July)
            past = published is not None and found.end is not None and found.end < published
            if past and simple_past(action) and action.dep_ not in {"relcl", "acl", "advcl"}:
                self.news = (found, sentence)
            if sentence < STORY_LEAD and self.story is None and past and found.start == found.end \
                    and (published - found.start).days <= STORY_DAYS and simple_past(action):
                self.story = found
            if past and simple_past(action):
                self.when, self.sentence, self.paragraph = found, sentence, paragraph
            elif not past:
                self.when = None
            return found
        carried = self.when is not None and found.came_from == "published" and simple_past(action) \
            and not statement and not quote and not timed \
            and paragraph == self.paragraph \
            and 0 < sentence - self.sentence <= (len(action.doc) if self.history else NARRATIVE_REACH) \
            and not any(token.lower_ in UP_TO_NOW for token in action.sent) and not so_far(action.sent)
        if not carried:
            return self.story_day(found, action, statement=statement, kind=kind, quote=quote, timed=timed)
        return EventDate(self.when.value, self.when.start, self.when.end, "narrative")

    def counted_from_news(self, found: EventDate, action: Token, measured: Gap, *, sentence: int,
                          published: date | None, timed: bool) -> EventDate:
        """An act a gap places before a main clause told in the present, which event_date counted from the
        publication, or before one told in the simple past with no time in its sentence, which it left undated,
        counted instead from the time of what the main clause's subject retells: its own relative clause's ("The
        report, which was released in 2015, comes three years after ..."), else the act a main clause told as done
        just before, across a paragraph break too ("Protesters marched through Minsk on Saturday. The march comes
        (came) a week after the opposition leader was [jailed]": a week before Saturday), else, in the lead, the
        day of the news it tells."""
        retold = told_in_present(action.head) and found == shifted(published, measured, found.came_from) \
            if published is not None else False
        past = found.came_from == "undated" and not timed and simple_past(action.head) and main_clause(action.head) \
            and retelling(action.head)
        if published is None or not (retold or past):
            return found
        subject = next((child for child in children(action.head) if child.dep_ in {"nsubj", "nsubjpass"}), None)
        own = next((self.dated[child.i] for child in children(subject) if child.i in self.dated), None) \
            if subject is not None else None
        near = self.news[0] if self.news is not None and 0 <= sentence - self.news[1] <= NARRATIVE_REACH \
            and self.news[0].start == self.news[0].end else None  # (a day: "in 2019" is background to the present)
        told = own or near or (self.story if sentence <= STORY_LEAD else None)
        if told is None or told.start is None or too_wide(told.start, told.end, measured):
            return found
        counted = shifted(told.start, measured, "narrative")
        return counted if counted.start is None or counted.start <= published else found

    def retold_gap(self, action: Token, published: date | None) -> EventDate | None:
        """The date of an act a gap places, or counts from, that the report dated before, told again: "President
        Lai [took] office on May 20. Three days after President Lai took office, China [conducted] drills" (May 20,
        and May 23)."""
        if (told := self.told_before(action)) is not None and gap(action) is not None:
            return EventDate(told.value, told.start, told.end, "narrative")
        placing = next((child for child in children(action) if gap(child) is not None), None)
        told = self.told_before(placing) if placing is not None else None
        if told is None or told.start is None or too_wide(told.start, told.end, measured := gap(placing)):
            return None
        counted = shifted(told.start, measured, "narrative")
        return counted if published is None or counted.start is None or counted.start <= published else None

    def told_before(self, action: Token) -> EventDate | None:
        """The date of the last act dated in its sentence before of the same verb, subject and object (their head
        words; see retold_gap): not "Russia launched missiles on Monday" for "Russia launched drones"."""
        words = {child.dep_: child.lower_ for child in children(action) if child.dep_ in {"nsubj", "nsubjpass", "dobj"}}
        if not words.keys() & {"nsubj", "nsubjpass"}:
            return None
        for index in sorted(self.dated, reverse=True):
            before = action.doc[index]
            told = {child.dep_: child.lower_ for child in children(before) if child.dep_ in words}
            if index < action.i and before.lemma_ == action.lemma_ and told == words:
                return self.dated[index]
        return None

    def counted_vaguely(self, vague: VagueGap, *, sentence: int, paragraph: int,
                        published: date | None) -> EventDate:
        """An act placed by a vague gap from the time the report told just before in its paragraph (in a history,
        however far back): "In January 1950, Acheson left Korea out of the defense perimeter. Several months later,
        North Korea [invaded] the South": 2 to 9 months after January 1950, so 1950. The smallest month or year that
        holds every day the gap may mean, or the time told before if the gap is shorter than it ("Last month, insurgents
        ambushed a bus. Just days later, a bomb killed 11 miners": last month); undated when none holds it, or
        nothing was told before (never the publication day)."""
        told = self.when if self.when is not None and self.when.start is not None and self.when.end is not None \
            and (self.history or (0 < sentence - self.sentence <= NARRATIVE_REACH
                                  and paragraph == self.paragraph)) else None
        undated = EventDate("", None, None, "undated")
        if told is None or vague.most is None:
            return undated
        if vague.most * (30 if vague.unit == "month" else 1) < (told.end - told.start).days:
            counted = EventDate(told.value, told.start, told.end, "narrative")  # ("Last month ... Days later")
            self.sentence, self.paragraph = sentence, paragraph
            return counted
        least, most = (vague.least, vague.most) if vague.later else (-vague.most, -vague.least)
        first, last = moved(told.start, least, vague.unit), moved(told.end, most, vague.unit)
        if first.year != last.year or (published is not None and first > published):
            return undated
        if (first.year, first.month) == (last.year, last.month):
            counted = EventDate(f"{first.year:04d}-{first.month:02d}", first.replace(day=1),
                                moved(first, 1, "month") - timedelta(days=1), "narrative")
        else:
            counted = EventDate(f"{first.year:04d}", date(first.year, 1, 1), date(first.year, 12, 31), "narrative")
        self.when, self.sentence, self.paragraph = counted, sentence, paragraph
        return counted

    def story_day(self, found: EventDate, action: Token, *, statement: bool, kind: str, quote: bool,
                  timed: bool) -> EventDate:
        """An act told in the simple past with no time of its own, in a report whose lead dates its news to a
        day before publication ("Poland, Hungary and the Czech Republic Friday formally joined NATO", published
        on Saturday), happened on the news's day, not on the day of publication: "Albright [accepted] admission
        papers from the three countries' foreign ministers". Wire copy gives each sentence a paragraph, so the
        narrative does not reach it. Not a saying or a reaction (said, welcomed, condemned: when reported), a
        quotation, a perfect or a history."""
        if self.story is None or self.history or found.came_from != "published" or not simple_past(action) \
                or statement or kind in REACTIONS or quote or timed \
                or any(token.lower_ in PRESENT_WORDS | ANOTHER_TIME for token in action.sent):
            return found
        return EventDate(self.story.value, self.story.start, self.story.end, "story")


def vague_gap_of(action: Token) -> VagueGap | None:
    """The vague gap from the time told before that the action's clause tells ("Several months later, North Korea
    [invaded]"; "Many years later", which is no time expression)."""
    return next((measured for child in children(action) if child.dep_ == "advmod"
                 and child.lower_ in {"later", "earlier", "afterwards", "afterward"}
                 and (measured := vague_gap(action.doc[child.left_edge.i:child.i + 1].text)) is not None), None)


def so_far(sentence: Span) -> bool:
    """Whether a sentence counts up to now: "more than 300 people were killed so far" (not on the day told before)."""
    return any(token.lower_ in {"so", "thus"} and token.i + 1 < sentence.end and token.nbor().lower_ == "far"
               for token in sentence)
