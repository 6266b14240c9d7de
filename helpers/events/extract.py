"""Events of a parsed report: each action a sentence tells, put together from who, what, where, when and
according to whom."""
from __future__ import annotations

import re
from bisect import bisect
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from helpers.events.actions import ActionSelector, news_actions, participle_in_headline
from helpers.events.confidence import scored
from helpers.events.coref import Antecedents
from helpers.events.pronoun_names import target_named
from helpers.events.dating import DATES, EventDate, event_date
from helpers.events.kinds import (TYPES, action_name, is_negated, mode_of, modality_of, planned, reported_type,
                                  speaker_acts, type_of)
from helpers.events.narrative import STORY_DAYS, Narrative, vague_gap_of
from helpers.events.places import place_near
from helpers.events.roles import actor_named, authority_behind, participants, speakers_side
from helpers.events.targets import aimed_at
from helpers.events.sources import (PARAGRAPH_BREAK, SOURCE_EDGES, ClaimSource, Report, SentenceSource,
                                    claim_source, reporter_of, sentence_source, written_offset)
from helpers.entities import CANONICAL_NAMES
from helpers.events.hedges import HEDGES, is_hedged
from helpers.events.keys import same_side
from helpers.events.spans import PHRASES, TEXT, EntityIndex, clean, coordinated, is_headline, phrase, text_of
from helpers.events.table import Event
from helpers.events.tree import TREE, children, forget, subjects
from helpers.events.violence import Violence
from helpers.events.words import DOCUMENTS, HAPPENINGS
from helpers.lexicon import REPORTING_VERBS
from helpers.timex import Timex
from helpers.timex.story import tells_history
from helpers.timex.words import THAT_TIME


def events_of(doc: Doc, timexes: list[Timex], *, article_id: str, published: date | None,
              actions: ActionSelector = news_actions) -> list[Event]:
    """Every event of a parsed report: the main action of each clause, with its source and date.

    Reporting verbs ("said", "announced") are not events of their own when they report one:
    they give the event its source, and a report inside a report ("the ministry said that an
    official told Reuters that troops had left") gives it a chain of sources, the nearest being
    its `source`. A definite source ("the official") takes the name of the last source with the
    same head word ("a senior US military official").

    Besides the main clauses, a subordinate clause ("a day after Ukrainian forces took Izium on
    Saturday", "Izium, which troops entered on Saturday") or a noun ("the fall of Kupiansk over
    the weekend") that tells a typed event is an event when its own words date it: a recap
    corroborates what it recaps. Undated, it is left out, as its date cannot be told.

    `actions` says which words of a sentence are events: `news_actions` (the above), or
    `every_clause_head` (every verb heading a clause, reporting verbs included: SemEval-2015 TimeLine).
    """
    entities = EntityIndex.of(doc)
    report = Report.of(doc, entities)
    events: list[Event] = []
    acted: list[Token] = []  # the word each event is told at
    named: list[Span] = []  # the sentences' sources so far, which a later "the official" may be
    told = SentenceSource()
    narrative = Narrative(history=tells_history(
        [(t.text, report.text[max(t.start - 7, 0):t.start].rstrip().lower().endswith("since")) for t in timexes],
        published))
    breaks = [match.start() for match in PARAGRAPH_BREAK.finditer(report.text)]
    headings = {token.i for span in doc.spans.get("headings", []) for token in span}  # (helpers.headings)
    violence = Violence()  # the violent acts the narrative told so far (helpers.events.violence)
    for index, sentence in enumerate(report.sentences):
        if sentence.start in headings:
            continue  # a section heading glued into the text tells no event
        paragraph = bisect(breaks, sentence.start_char)
        told = sentence_source(report, index, told, named)
        if told.words is not None:
            named.append(told.words)
        for action in actions(sentence, told.words, timexes, entities, quoted=report.in_quotation):
            if (told.words is not None and told.words.start <= action.i < told.words.end) \
                    or participle_in_headline(action, sentence):
                continue
            claim = claim_source(action, sentence, told, named, entities, report.antecedents)
            event = make_event(action, sentence, told.words, claim, timexes, entities, article_id=article_id,
                               published=published, number=len(events) + 1, quote=report.in_quotation(action),
                               antecedents=report.antecedents)
            when = narrative.date(EventDate(event.date_value, event.date_start, event.date_end, event.date_from),
                                  action, sentence=index, paragraph=paragraph, statement=event.statement,
                                  quote=event.quote, published=published, kind=event.type,
                                  planned=event.modality == "planned", vague=vague_gap_of(action),
                                  timed=any(sentence.start_char <= timex.start < sentence.end_char
                                            and when_told(timex) for timex in timexes))
            events.append(violence.witnessed(replace(event, date_value=when.value, date_start=when.start,
                                                     date_end=when.end, date_from=when.came_from),
                                             action, index, speakers_side(claim.words, entities), len(events)))
            acted.append(action)
        violence.done_to(events, index)
    if report.sentences and is_headline(report.sentences[0]):
        headline_dates(events, report.sentences[0].end_char, published)
    return forgotten(doc, scored(events, acted))


def forgotten(doc: Doc, events: list[Event]) -> list[Event]:
    """`events`, once the stage has dropped what it kept while reading `doc` (its phrases, names, tree ...)."""
    for kept in (PHRASES, CANONICAL_NAMES, TYPES, TEXT, HEDGES, TREE, DATES):
        doc.user_data.pop(kept, None)
    forget()
    return events


def when_told(timex: Timex) -> bool:
    """Whether a time expression tells when, so that a sentence holding it does not take the narrative's date: not a
    length ("held the city for a little more than a week"), a frequency, a date with no year, nor the story's own
    time named again ("By that time, his army numbered 600,000")."""
    return timex.type in {"DATE", "TIME"} and not timex.value.startswith("XXX") \
        and not THAT_TIME.fullmatch(timex.text.lower())

def make_event(action: Token, sentence: Span, told_by: Span | None, claim: ClaimSource, timexes: list[Timex],
               entities: EntityIndex, *, article_id: str, published: date | None, number: int,
               quote: bool, antecedents: Antecedents | None = None) -> Event:
    """Fill in one event's participants, place, date, type, negation, modality, hedging and quotation;
    `told_by` is the sentence's source in the text, `claim` who tells the event (its nearest source)."""
    actor_token, target_token = participants(action)
    plan = planned(action)
    if actor_token is None and plan is not None and any(child.dep_ == "auxpass" for child in children(action)) \
            and target_token is not None and not {target_token.lemma_.lower(), target_token.lower_} & HAPPENINGS:
        # "Alinejad is scheduled to testify": who is scheduled does what is planned ("the trial is set to begin": a
        # happening scheduled stays what the schedule is of)
        actor_token, target_token = target_token, next((child for child in children(plan) if child.dep_ == "dobj"),
                                                       None)
    target_token = fired_at(action, target_token)
    if actor_token is None:  # "were arrested, and police were forced to use tear gas": the police
        actor_token = authority_behind(action)
    statement = action.lemma_ in REPORTING_VERBS
    kind = type_of(action, entities, statement=statement)
    content = document_content(action)
    if content is not None and (act := type_of(content, entities, statement=False)):
        # "issued a statement condemning the attack": the statement's act, on what it acts on
        kind, target_token = act, next((child for child in children(content) if child.dep_ == "dobj"), target_token)
    if kind in {"DEMAND", "THREATEN"} and reported_type(action) == kind and not speaker_acts(action) \
            and reporter_of(action.head) is not None:
        # "a spokesperson said the U.N. must maintain sanctions", "the security chief warned that police will no
        # longer tolerate rallies": the speaker demands of whom the report names, or threatens what it acts on
        actor_token, target_token = reporter_of(action.head), actor_token if kind == "DEMAND" else target_token
    actor = coordinated(actor_token) if actor_token is not None else None
    target = acted_on(target_token) if target_token is not None else None
    actor_text, key = actor_named(actor, action, sentence, told_by, entities, quote=quote, speaker=claim.name,
                                  antecedents=antecedents)
    if statement and claim.words is not None and claim.words.root.head == action \
            and (not actor_text or (len(subjects(action)) > 1 and claim.words.root == actor_token)):
        # a saying is its teller's, who is its own subject however the actor was lost ("“...,” said Febrianto")
        named, key = actor_named(claim.words, action, sentence, told_by, entities, quote=quote,
                                 speaker=claim.name, antecedents=antecedents)
        actor_text = claim.name or named  # (the teller's fullest name: "Ryan Febrianto", not "Febrianto")
    if statement and claim.words is not None and claim.words.root.head == action and claim.chain == claim.name:
        claim = ClaimSource()  # the saying itself the report tells: "Alinejad [said] ...", not Alinejad
    modality = modality_of(action, sourced=bool(claim.name) or claim.words is not None, statement=statement)
    when = event_date(action, sentence, timexes, source=told_by, modality=modality, published=published)
    place = place_near(action, sentence, entities, exclude=actor, target=target, source=claim.words, kind=kind)
    start, end = trimmed(sentence)
    return Event(
        # the sentence's own text, not doc.text[start:end]: Doc.text is rebuilt on every call, which
        # made this stage grow with the square of a report's length
        event_id=f"{article_id}-{number:03d}", article_id=article_id, sentence=text_of(sentence).strip(),
        start=start, end=end, action=action_name(action, target_token), trigger=action.text,
        actor=actor_text, target=target_named(target, antecedents, speaker=claim.name if quote else ""),
        place=place, date_value=when.value, date_start=when.start,
        date_end=when.end, date_from=when.came_from, source=claim.name, cue=claim.cue,
        hedged=is_hedged(action, sentence), quote=quote, actor_key=key, statement=statement,
        type=kind, mode=mode_of(action, kind), negated=is_negated(action),
        modality=modality, sources_chain=claim.chain,
        trigger_offset=action.idx - start,
        source_text=claim.words.text.strip(SOURCE_EDGES) if claim.words is not None else "",
        source_offset=written_offset(claim.words, start),
        target_actor=clean(phrase(whom).text) if (whom := aimed_at(action, target_token, kind) or (
            aimed_at(content, None, kind) if content is not None else None)) not in {None, actor_token} else "",
    )


# Verbs whose object "fire" is the act itself ("opened fire on", "set fire to", "returned fire") ...
FIRING = {"open", "set", "return"}
# ... and the prepositions of what it hits.
AIMING = {"on", "at", "to", "upon"}


def acted_on(target: Token) -> Span:
    """The target's words: its noun phrase, or the whole list the parser hung on its first member where it is a
    passive's subject ("The chairman, its chief executive and two directors were arrested")."""
    return coordinated(target) if target.dep_ == "nsubjpass" else phrase(target)


def fired_at(action: Token, target: Token | None) -> Token | None:
    """What an act acts on, where its object "fire" is the act itself: what "opened fire on" or "set fire to"
    hits ("opened fire on the crowd": the crowd), none where it names none ("returned fire")."""
    if target is None or target.lower_ != "fire" or action.lemma_.lower() not in FIRING:
        return target
    return next((grand for child in children(action) if child.dep_ == "prep" and child.lower_ in AIMING
                 for grand in children(child) if grand.dep_ == "pobj"), None)


# Verbs by which a body puts out a document ("issued a statement", "released a report").
ISSUING = {"issue", "release", "publish", "send", "circulate", "post"}


def document_content(action: Token) -> Token | None:
    """The act of a document an issuing verb puts out, told by a participle: "condemning" in "issued a statement
    condemning the attack", "demanding" in "released a communique demanding talks"."""
    if action.lemma_.lower() not in ISSUING:
        return None
    documents = [child for child in children(action) if child.dep_ == "dobj" and child.lemma_.lower() in DOCUMENTS]
    return next((participle for document in documents for participle in children(document)
                 if participle.dep_ == "acl" and participle.tag_ == "VBG" and participle.pos_ == "VERB"), None)


def trimmed(sentence: Span) -> tuple[int, int]:
    """Character offsets of a sentence without the white space around it."""
    text = text_of(sentence)
    start = sentence.start_char + len(text) - len(text.lstrip())
    return start, sentence.start_char + len(text.rstrip())


# Where a date the text gives came from: a headline's act takes such a date from the body (headline_dates).
TOLD_DATES = {"sentence", "main clause", "subordinate clause", "speech", "narrative", "story"}


def headline_dates(events: list[Event], headline_end: int, published: date | None) -> None:
    """A headline tells the report's news in the present tense ("Apple unveils new MacBook Air laptops"), on no
    day of its own: its act takes the date the body gives the same act ("Apple Inc. unveiled new MacBook Air
    laptops on Wednesday"): the same kind of act by the same side, in the week before publication, in no other
    place, and on what the headline names (every name it gives besides the doer's is in the body's sentence;
    where it gives none, the body tells one such act only). Not an older act of the kind ("Apple unveiled its
    first iPhone in 2007"), nor another place's ("France condemns coup in Niger" is not "France condemned the
    coup in Mali on Monday")."""
    if published is None:
        return
    for number, event in enumerate(events):
        if event.start >= headline_end or event.date_from != "published" or not event.kind or not event.actor_key:
            continue
        same = [other for other in events if other.start >= headline_end and other.kind == event.kind
                and other.date_from in TOLD_DATES and same_side(other.actor_key, event.actor_key)
                and other.date_end is not None and 0 <= (published - other.date_end).days <= STORY_DAYS
                and (not event.place or not other.place or event.place.lower() == other.place.lower())]
        names = {word.lower() for word in re.findall(r"\w+", event.sentence) if word[0].isupper()} \
            - {word.lower() for word in re.findall(r"\w+", f"{event.actor} {event.trigger}")}
        if names:
            same = [other for other in same if names <= set(re.findall(r"\w+", other.sentence.lower()))]
        if len(same) == 1 or (names and same):
            events[number] = replace(event, date_value=same[0].date_value, date_start=same[0].date_start,
                                     date_end=same[0].date_end, date_from="body")
