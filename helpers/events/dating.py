"""When: the date of an event, from the time expression its clause governs, the clause it hangs on, the
saying that tells it, or the report's publication date."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

from helpers.events.kinds import NOMINAL_EVENTS, planned, told_as_future, verb_lemma
from helpers.events.gaps import Gap, framing_gap, gap, moved, noun_gap, told_in_present, too_wide
from helpers.events.tree import children, shared_conjunct
from helpers.events.words import DOCUMENTS, GATHERINGS, MAKING_AGREEMENTS, SCHEDULED, TREATIES
from helpers.lexicon import REPORTING_VERBS
from helpers.timex import Timex

# Occasions an act is told in: documents and gatherings ("in a statement released on Friday, the ministry
# condemned", "at a meeting held on Monday, the ministers agreed").
OCCASIONS = DOCUMENTS | GATHERINGS | {"interview", "conversation", "speech", "letter", "video", "call", "address",
                                      "remarks"}
NOT_WHEN = {"after", "before", "since", "until", "till", "by", "ahead", "prior"}
# Verbs of a course's phases, whose time is that of the course they begin, go on with or end ("began sending").
PHASES = {"begin", "start", "continue", "resume", "stop", "cease", "keep", "finish", "halt", "quit"}
# Words that tell a time as past, seen from the report: "two weeks ago", "last month", "yesterday".
PAST_WORDS = {"ago", "yesterday", "last", "earlier"}
# Verbs of remembering or telling again, whose complement is another, earlier act ("recalled meeting him in 1990").
RECALLING = {"recall", "remember", "recount", "describe", "relive", "regret", "deny", "admit"}
# Adverbs that tell an act as done at an earlier time than the report's, on no day they give ("recently founded").
EARLIER = {"recently", "previously", "formerly", "once"}
# Adjectives of a schedule, whose act is still to come ("is due to meet"; not "ready to", a stance held now).
SCHEDULED_ADJECTIVES = {"due", "set"}
# Prepositions by which an event noun frames its verb's time: "pledged aid during a visit on Thursday"
# (the pledge was on Thursday too), "was followed by the fall of Izium over the weekend"; unlike "pointed
# to the visit on Thursday" (the pointing was not).
FRAMING = {"during", "at", "in", "with", "amid", "by"}
# A subordinate clause these words open happened on the main clause's day when the main clause
# gives no more than a day: "lost power on Sunday evening after missiles struck a plant".
SAME_DAY_MARKS = {"after", "when", "as", "while", "once"}


@dataclass(frozen=True)
class EventDate:
    """An event's date as the events table gives it: the time expression's value (or the publication
    day's), the resolved first and last day, and where it came from (`date_from`, see docs/tables.md)."""

    value: str
    start: date | None
    end: date | None
    came_from: str


def event_date(action: Token, sentence: Span, timexes: list[Timex], *, source: Span | None, modality: str,
               published: date | None) -> EventDate:
    """The date of an action: a time its own clause governs ("sentence"), else the day of the clause an
    "after"/"when" clause hangs on ("main clause"), else, unless it is still to come (`modality` planned or
    hypothetical), the time of its saying ("speech"), else the publication date ("published", or "unknown"
    without one); an act still to come or told as done before (see to_come, before_told) with none of these is
    "undated". A time inside the source's words (`source`) is not the event's."""
    outside_source = [t for t in timexes if source is None or not source.start_char <= t.start < source.end_char]
    timex, came_from = governing_timex(action, sentence, outside_source), "sentence"
    if timex is None:
        anchored = gap_date(action, sentence, outside_source, published)
        if anchored is not None:
            return anchored
    if timex is None and published is not None:
        timex = complement_timex(action, sentence, outside_source, published)
    if timex is None:
        timex, came_from = main_clause_timex(action, sentence, outside_source), "main clause"
    if timex is None:
        timex, came_from = when_clause_timex(action, sentence, outside_source), "subordinate clause"
    if timex is None and modality not in {"planned", "hypothetical"}:
        # "said on Friday that Apple will offer a case": what is to come is not dated by the saying
        timex, came_from = speech_timex(action, sentence, outside_source), "speech"
    if timex is not None and came_from == "sentence" and (measured := framing_gap_of(timex, action)) is not None \
            and (counted := counted_from_framed(timex, measured, action, published)) is not None:
        return counted
    if timex is not None:
        return EventDate(timex.value, timex.resolved_start, timex.resolved_end, came_from)
    if to_come(action) or before_told(action):
        return EventDate("", None, None, "undated")
    return EventDate(published.isoformat() if published else "", published, published,
                     "published" if published else "unknown")


def complement_timex(action: Token, sentence: Span, timexes: list[Timex], published: date) -> Timex | None:
    """A past time the parser hung on the act's own complement, a clause with no subject of its own: "banned women
    from attending universities in December 2022", "launched an operation to flush out al-Shabab from the Boni
    Forest in 2015". Told in the past, a time before the report is the act's; not one to come ("plans to hold
    elections in 2026"), not that of what a saying or a memory tells ("recalled meeting the president in 1990")."""
    if action.tag_ != "VBD" or action.lemma_ in REPORTING_VERBS or action.lemma_.lower() in RECALLING:
        return None
    for child in children(action):
        verb = next((grand for grand in children(child) if grand.dep_ == "pcomp"), None) \
            if child.dep_ == "prep" and child.lower_ in {"from", "into", "by"} \
            else child if child.dep_ in {"xcomp", "advcl"} else None
        if verb is None or verb.tag_ not in {"VB", "VBG"} or verb.pos_ != "VERB" \
                or any(grand.dep_ in {"nsubj", "nsubjpass", "mark"} for grand in children(verb)):
            continue
        timex = governing_timex(verb, sentence, timexes)
        if timex is not None and timex.resolved_end is not None and timex.resolved_end < published:
            return timex
    return None


def to_come(action: Token) -> bool:
    """Whether an act is told as still to come, on no day the text gives: "elections will be held", "said the
    father would travel to the United States", what a plan plans ("decided to [regroup]"), what is scheduled
    ("is due to meet Erdogan", "talks are scheduled to resume"). The day of the report is not its day; the
    planning is on it ("The rebels plan to attack the town")."""
    if told_as_future(action) or (action.dep_ == "xcomp" and planned(action.head) == action):
        return True
    return planned(action) is not None and (verb_lemma(action) in SCHEDULED or any(
        child.dep_ == "acomp" and child.lower_ in SCHEDULED_ADJECTIVES for child in children(action)))


def before_told(action: Token) -> bool:
    """Whether an act is told as done before the time the report tells, on no day it gives: the past perfect
    ("The United States had moved troops into the Gulf"; not in reported speech, where "had" is a past moved
    back, as war updates tell the day's news: "the general staff said its troops had repelled assaults") or
    an adverb of an earlier time ("recently founded his business", "previously served", "in the past, rebels
    seized towns")."""
    perfect = action.tag_ == "VBN" and any(child.dep_ == "aux" and child.lower_ in {"had", "’d", "'d"}
                                           for child in children(action)) \
        and not any(verb.lemma_ in REPORTING_VERBS for verb in action.ancestors)
    earlier = action.tag_ in {"VBD", "VBN"} and any(
        (child.dep_ == "advmod" and child.lower_ in EARLIER)
        or (child.dep_ == "prep" and child.lower_ == "in" and [grand.lower_ for grand in children(child)] == ["past"])
        for child in children(action))
    return perfect or earlier


def dates_in(sentence: Span, timexes: list[Timex]) -> list[Timex]:
    """The sentence's time expressions of a date or a time ("on Friday"; not "now"), kept with the report (DATES):
    every action of the sentence asks for them."""
    known = sentence.doc.user_data.setdefault(DATES, {})
    kept = known.get(sentence.start_char)
    if kept is None or kept[0] is not timexes:  # (kept with the list they were taken from)
        kept = known[sentence.start_char] = (timexes, [
            t for t in timexes if sentence.start_char <= t.start < sentence.end_char and t.resolved_start
            and t.type in {"DATE", "TIME"} and not t.value.endswith("_REF")])
    return kept[1]


DATES = "newsline.dates"  # their key in Doc.user_data


def days_spanned(timex: Timex | None) -> int | None:
    """How many days a resolved time expression runs past its first (0 for a day, 6 for a week), or None."""
    if timex is None or timex.resolved_start is None or timex.resolved_end is None:
        return None
    return (timex.resolved_end - timex.resolved_start).days


def spans_at_least(timex: Timex | None, days: int) -> bool:
    """Whether a time expression runs `days` days or more past its first, or tells no span (None, unresolved)."""
    spanned = days_spanned(timex)
    return spanned is None or spanned >= days


def governing_timex(action: Token, sentence: Span, timexes: list[Timex]) -> Timex | None:
    """The time expression the action's own clause governs in the parse, or None.

    A date elsewhere in the sentence belongs to another clause ("announced on Friday that
    development, begun two years ago, ..."): the caller falls back to the publication date.
    """
    inside = dates_in(sentence, timexes)
    if not inside:
        return None
    own = [t for t in inside if governed(t, action, sentence)]
    # "before Japan's election this month, Ishiba visited Taiwan in August": the visit's own time, not the election's
    own = [t for t in own if not framed_by_another(t, action, sentence)] or own
    if not own and action.dep_ == "advcl" and action.i > sentence.start:
        # "Since Saturday, when troops entered Kupiansk": the time the when-clause follows
        before = word_before_when(action, sentence)
        own = [t for t in inside if before is not None and t.start <= before.idx < t.end]
    if not own:
        # "plans to attack Kherson next week", "is due to meet Erdogan on Friday": the time of what is planned;
        # "began sending migrants in early February", "started shelling the city on Monday": of what began
        course = planned(action)
        if course is None and action.lemma_.lower() in PHASES:
            course = next((child for child in children(action) if child.dep_ == "xcomp" and child.pos_ == "VERB"), None)
        if course is not None:
            return governing_timex(course, sentence, timexes)
    if not own:
        occasion = framing_occasion(action, sentence, timexes)
        if occasion is not None:
            return occasion
    if not own and action.tag_ == "VBD":
        # "invited Sinn Fein to rejoin two weeks ago": a time told as past after an infinitive is the inviting's,
        # which the infinitive's act follows
        goal = next((child for child in children(action) if child.dep_ == "xcomp" and child.pos_ == "VERB"), None)
        when = governing_timex(goal, sentence, timexes) if goal is not None else None
        if when is not None and PAST_WORDS & set(when.text.lower().split()):
            return when
    if not own and action.dep_ == "conj" and action.head.pos_ == "VERB" and action.tag_ == action.head.tag_ == "VBD":
        # "visited Taiwan in August and told Lai": the time of the verb it is joined to, told in the same past
        return governing_timex(action.head, sentence, timexes)
    conjunct = shared_conjunct(action) if not own else None
    if conjunct is not None:  # "were arrested and charged in Miami on Friday": the time both verbs share (only
        own = [t for t in inside if governed(t, conjunct, sentence)]  # the joined verb's own: it asks back)
    if not own and action.pos_ == "NOUN" and not (action.dep_ == "pobj" and action.head.lower_ in NOT_WHEN):
        # "began with the recapture of Balakliia on September 8": the time of the noun's clause (not "a day after
        # an attack": another time)
        verb = next((ancestor for ancestor in action.ancestors if ancestor.pos_ in {"VERB", "AUX"}), None)
        return governing_timex(verb, sentence, timexes) if verb is not None else None
    # "last week, on September 8": the most precise of the times the clause gives
    return min(own, key=lambda t: (t.resolved_end or t.resolved_start) - t.resolved_start) if own else None


def framing_occasion(action: Token, sentence: Span, timexes: list[Timex]) -> Timex | None:
    """The time of the occasion an act is told in ("in a statement released on Friday, the ministry condemned the
    attack", "in a joint statement issued at their meeting in July, Tokyo and Washington shared concerns", "in
    conversations at the meetings that wrapped up this week, Yao called for limits"): a document or a gathering
    the act's own "in"/"during" phrase names, or a gathering its "at" phrase names ("lashed out at a report
    published on Monday": the report is what is acted on), dated by itself or by the past clause that describes
    it. Not one still to come ("in a report to be released next month"), nor what it is about ("in a statement
    about the elections held in May")."""
    for child in children(action):
        if child.dep_ == "prep" and child.lower_ in {"in", "during", "at"}:
            noun = next((grand for grand in children(child) if grand.dep_ == "pobj"), None)
            when = occasion_time(noun, sentence, timexes) if noun is not None and (
                child.lower_ != "at" or occasion_word(noun) in GATHERINGS) else None
            if when is not None:
                return when
    return None


def occasion_word(noun: Token) -> str:
    """The word an occasion is known by: "talks" as written, else its lemma ("statements": statement)."""
    return noun.lower_ if noun.lower_ in OCCASIONS else noun.lemma_.lower()


def occasion_time(noun: Token, sentence: Span, timexes: list[Timex], depth: int = 0) -> Timex | None:
    """The time of a document or a gathering: its own ("a Tuesday post", "their meeting in July"), that of a past
    clause describing it ("released on Friday", "that wrapped up this week"; not one that begins or schedules it,
    "the trial, which began in 2019"), or that of the gathering it was part of ("conversations at the meetings
    that wrapped up this week")."""
    if occasion_word(noun) not in OCCASIONS or depth > 2:
        return None
    own = next((t for t in dates_in(sentence, timexes) if governed(t, noun, sentence)), None)
    if own is not None:
        return own
    for child in children(noun):
        if child.dep_ in {"acl", "relcl"} and child.pos_ == "VERB" and child.tag_ in {"VBD", "VBN"} \
                and child.lemma_.lower() not in PHASES | SCHEDULED and planned(child) is None \
                and not any(grand.dep_ in {"aux", "auxpass"} and grand.lower_ in {"to", "will", "would", "'ll"}
                            for grand in children(child)):
            when = governing_timex(child, sentence, timexes)
        elif child.dep_ == "prep" and child.lower_ in {"at", "during"}:
            when = next((occasion_time(grand, sentence, timexes, depth + 1) for grand in children(child)
                         if grand.dep_ == "pobj"), None)
        else:
            when = None
        if when is not None:
            return when
    return None


def governed(timex: Timex, action: Token, sentence: Span) -> bool:
    """Whether the action's own clause governs a time expression: no other verb, and no event noun but
    one that frames the action ("during a visit on Thursday"), stands between them in the parse."""
    span = sentence.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    token = span.root if span is not None else None
    if span is not None and between_subject_and_verb(span, action):
        return True
    if token is not None and not_event_time(token):
        return False
    while token is not None and token.i != token.head.i:
        if token.i == action.i:
            return not opened_after(action, span)
        if token.pos_ in {"VERB", "AUX"} and token.i != action.i and not opened_after(token, span):
            return False
        if token.pos_ == "NOUN" and token.lemma_.lower() in NOMINAL_EVENTS and \
                not (token.dep_ == "pobj" and token.head.lower_ in FRAMING):
            return False  # "pointed to the visit on Thursday": the visit's time
        token = token.head
    return token is not None and token.i == action.i


def opened_after(verb: Token, span: Span | None) -> bool:
    """Whether a subordinate clause opens after a time the parser hung on it, which so belongs to the clause above:
    "fled to Spain last month after a warrant was issued" (the fleeing's month, not the warrant's)."""
    return span is not None and verb.dep_ == "advcl" and any(
        child.dep_ == "mark" and child.i >= span.end for child in children(verb))


def framed_by_another(timex: Timex, action: Token, sentence: Span) -> bool:
    """Whether a time the action governs is that of what a "before"/"after"/"until" phrase names ("before
    Japan's own election this month")."""
    span = sentence.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span is not None and any(token.dep_ == "prep" and token.lower_ in NOT_WHEN - {"since"}
                                    and action in token.ancestors for token in span.root.ancestors)


def between_subject_and_verb(span: Span, action: Token) -> bool:
    """A time written between the subject and its verb, as wire copy dates an act ("Poland, Hungary and the
    Czech Republic Friday formally joined NATO"), whatever the parser hung it on: only adverbs and auxiliaries
    stand between it and the verb, and the subject's words come right before it. Not bare years, which said
    after a name are the name's ("Steve Jobs 1955-2011")."""
    doc = span.doc
    subjects = [child for child in children(action) if child.dep_ in {"nsubj", "nsubjpass"}]
    if all(token.like_num or token.is_punct for token in span) or span.end > action.i or span.start == 0 \
            or not subjects:
        return False
    if any(doc[i].pos_ not in {"ADV", "AUX", "PART"} for i in range(span.end, action.i)):
        return False
    subject = subjects[0]
    if not (subject.left_edge.i < span.start and (span.start - 1) in {token.i for token in subject.subtree}):
        return False
    # hung on the subject's words, not on a clause inside them ("a memorial service planned for Saturday was
    # canceled": Saturday is the service's)
    return not any(token.pos_ in {"VERB", "AUX"} for token in span.root.ancestors if token.i != action.i
                   and subject.left_edge.i <= token.i <= subject.right_edge.i)


def word_before_when(action: Token, sentence: Span) -> Token | None:
    """The last word before the "when" that opens the action's clause, punctuation skipped ("Saturday" in
    "Since Saturday, when troops entered Kupiansk"), or None when no "when" opens it."""
    doc = sentence.doc
    first = min(action.subtree, key=lambda token: token.i)
    # not "as": "said on Tuesday, as the offensive that swept ... pushed on" is not about Tuesday
    before = doc[first.i - 1] if first.lower_ == "when" and first.i > sentence.start else None
    while before is not None and before.is_punct and before.i > sentence.start:
        before = doc[before.i - 1]
    return before


def not_event_time(token: Token) -> bool:
    """After/before/until a time, the time of a document ("an evening update") or years said of a name ("Steve
    Jobs 1955-2011"), not the event's.

    "since" is the event's anchor when the verb is perfect or progressive: "has remained in
    shutdown since Sunday" started on Sunday.
    """
    head = token.head
    if token.dep_ in {"nummod", "appos"} and head.pos_ == "PROPN":
        return True  # "the text 'Steve Jobs 1955-2011'": years said of a name, not when the action was
    if head.lower_ == "since":
        verb = head.head
        aspects = {child.lower_ for child in children(verb) if child.dep_ in {"aux", "auxpass"}}
        return not (aspects & {"has", "have", "had", "'s", "'ve"} or verb.tag_ == "VBG")
    if head.lower_ == "for" and head.head.pos_ == "NOUN" and head.head.lemma_.lower() not in NOMINAL_EVENTS:
        return True  # "a drop in profits for the fourth quarter", "the budget for 2024": the figure's period
    return head.lower_ in NOT_WHEN or designated(token) \
        or (head.lemma_.lower() in DOCUMENTS and token.dep_ in {"compound", "amod", "nmod"}) or treaty_year(token)


def treaty_year(token: Token) -> bool:
    """A year said of an agreement or a law the act is done to, its own and not the act's: "withdrew from the
    [2015] nuclear deal", "violated the [1987] treaty", "arrested under the [2019] security law"; not one the act
    makes ("signed the [2015] deal") nor one that acts ("The [2018] peace deal ended the war")."""
    head = token.head
    if token.dep_ not in {"compound", "amod", "nmod", "nummod"} or head.lemma_.lower() not in TREATIES \
            or not (token.like_num and len(token.text) == 4):
        return False
    # (what the agreement does, or is done with, is of its year: "The 2018 peace deal ended the war", "ended their
    # war with the 2018 agreement")
    acted_on = head.dep_ == "dobj" or (head.dep_ == "pobj" and head.head.lower_ in {"from", "under"})
    return acted_on and head.head.lemma_.lower() not in MAKING_AGREEMENTS


# Verbs that make a day what their complement names: "declared Tuesday a day of mourning", "set March 5 as the
# deadline".
DESIGNATING = {"declare", "proclaim", "designate", "name", "set", "fix", "choose", "pick", "select"}


def designated(token: Token) -> bool:
    """Whether a day is what the act makes of it, not when it was done: "the president declared [Tuesday] as a
    national day of mourning", "declared [Friday] a public holiday"."""
    verb = token.head  # (not a passive's: "Smith was chosen Monday as the candidate")
    return verb.lemma_.lower() in DESIGNATING and token.dep_ in {"npadvmod", "dobj"} \
        and not any(child.dep_ in {"auxpass", "nsubjpass"} for child in children(verb)) and (
        any(child.dep_ in {"appos", "oprd", "attr"} for child in children(token))
        or any(child.dep_ == "prep" and child.lower_ == "as" and child.i > token.i for child in children(verb)))


def speech_timex(action: Token, sentence: Span, timexes: list[Timex]) -> Timex | None:
    """The time of the reporting verb the action is told under, when the action's clause has none:
    "a spokesman said on Tuesday that forces were fighting near Lyman" (the fighting: Tuesday)."""
    for verb in action.ancestors:
        if verb.lemma_ in REPORTING_VERBS and sentence.start <= verb.i < sentence.end:
            timex = governing_timex(verb, sentence, timexes)
            if timex is not None:
                return timex
    return None


def main_clause_timex(action: Token, sentence: Span, timexes: list[Timex]) -> Timex | None:
    """The time of the clause an "after"/"when" clause hangs on, when it names a day or less:
    "lost power on Sunday evening after missiles struck a plant" (the strike: Sunday). A longer time
    ("rose in 2021 after the bank cut rates") does not date what came before it."""
    if action.dep_ != "advcl" or not any(child.dep_ in {"mark", "advmod"} and child.lower_ in SAME_DAY_MARKS
                                         and child.i < action.i for child in children(action)):
        return None
    timex = governing_timex(action.head, sentence, timexes)
    if timex is None or timex.resolved_start is None:
        return None
    return timex if ((timex.resolved_end or timex.resolved_start) - timex.resolved_start).days <= 1 else None


def when_clause_timex(action: Token, sentence: Span, timexes: list[Timex]) -> Timex | None:
    """The time of a "when"/"as"/"while"/"once" clause the action's clause holds, or of an "after" clause's
    month or year: "When Khoshbo published her book in 2019, she received widespread praise" (the praise:
    2019), "After the army took the city in 2014, residents were forced to leave". Not an "after" clause's day
    (what follows a day's event may come days later), nor the time of writing ("has since become")."""
    if told_in_present(action):
        return None
    for clause in children(action):
        marks = {child.lower_ for child in children(clause) if child.dep_ in {"mark", "advmod"} and child.i < clause.i}
        if clause.dep_ != "advcl" or not marks & SAME_DAY_MARKS:
            continue
        timex = governing_timex(clause, sentence, timexes)
        if timex is not None and (marks & (SAME_DAY_MARKS - {"after"})
                                  or ((timex.resolved_end or timex.resolved_start) - timex.resolved_start).days > 1):
            return timex
    return None


def gap_date(action: Token, sentence: Span, timexes: list[Timex], published: date | None) -> EventDate | None:
    """The date of an event placed by a measured gap from another, read from the other's day:
    "struck on Sunday two days after an explosion damaged the bridge" (the explosion: Friday, from the
    "main clause"), "three days after Lai took office on May 20, China conducted drills" (the drills: May 23,
    from the "subordinate clause"), "two months after Lai took office on May 20" (July). A main clause in the
    present tense is the time of writing: "The extension comes two months after the president's term expired"
    (the expiry: two months before the publication). When the other event's day is not told, the event is
    "undated" rather than given the publication date (and so is a past act the gap would put after the report);
    the narrative may count from the news told before instead (Narrative.counted_from_news). None when no gap
    places the action."""
    measured, anchor = gap(action), action.head
    if measured is None and (measured := noun_gap(action)) is not None:
        anchor = action.head.head  # ("two days after an [attack] on a mosque": the verb the phrase hangs on)
    if measured is not None:
        came_from, measured = "main clause", Gap(-measured.amount, measured.unit)
    else:
        placing = next((child for child in children(action) if gap(child) is not None), None)
        if placing is None or told_in_present(action):
            return None  # "three years after it was due, Boeing has rolled out the first": of the time of writing
        anchor, measured, came_from = placing, gap(placing), "subordinate clause"
    timex = governing_timex(anchor, sentence, timexes)
    if timex is None and came_from == "main clause" and published is not None and told_in_present(anchor):
        found = shifted(published, measured, came_from)  # "his comments come two days after Erdogan denounced Israel"
    elif timex is None or timex.resolved_start is None or too_wide(timex.resolved_start, timex.resolved_end, measured):
        return EventDate("", None, None, "undated")  # ("two days after the war began in 2014": no day)
    else:
        found = shifted(timex.resolved_start, measured, came_from)
    if published is not None and found.start is not None and found.start > published and not to_come(action):
        return EventDate("", None, None, "undated")  # a past act after the report: the day read was another week's
    return found


def framing_gap_of(timex: Timex, action: Token) -> Gap | None:
    """The gap of a measured "after"/"before" phrase of the action that holds the time: "ten days after the
    shooting on Sept. 3" (framing_gap)."""
    span = action.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return framing_gap(span.root, action) if span is not None else None


def counted_from_framed(timex: Timex, measured: Gap, action: Token, published: date | None) -> EventDate | None:
    """The date of an act a measured gap places from what a time dates: "arrested two men ten days after the
    shooting on Sept. 3" (September 13); undated when the time is wider than the gap's unit ("two weeks after the
    election in May"); None (the time is the act's own) when the act, told as past, would come after the report
    ("arrested a man two days after the shooting on Monday", told on Tuesday: the parser's reading is one of two)."""
    if timex.resolved_start is None or too_wide(timex.resolved_start, timex.resolved_end, measured):
        return EventDate("", None, None, "undated")
    found = shifted(timex.resolved_start, measured, "sentence")
    if published is not None and found.start is not None and found.start > published and not to_come(action):
        return None
    return found


def shifted(start: date, measured: Gap, came_from: str) -> EventDate:
    """The day (or, for a gap in months, the month; in years, the year) `measured` away from `start`."""
    if measured.amount == 0:
        return EventDate("", None, None, "undated")
    if measured.unit == "day":
        day = start + timedelta(days=measured.amount)
        return EventDate(day.isoformat(), day, day, came_from)
    first = moved(start, measured.amount, "month")
    if measured.amount % 12 == 0:
        return EventDate(f"{first.year:04d}", date(first.year, 1, 1), date(first.year, 12, 31), came_from)
    return EventDate(f"{first.year:04d}-{first.month:02d}", first, moved(first, 1, "month") - timedelta(days=1),
                     came_from)
