"""Which way a time expression points, from the verb it hangs on: an ordered table of tests, the first that holds
giving "past", "future" or "" (no tense to go by: the nearest such day)."""
from __future__ import annotations

import re
from functools import cached_property
from typing import Callable, NamedTuple

from spacy.tokens import Span, Token

from helpers.timex.words import AHEAD_AUXILIARIES, LOOKING_AHEAD, MONTH_NAME, PAST_AUXILIARIES, SAYING, \
    SCHEDULED, SCHEDULING, TIMETABLE, WEEKDAY_NAME, WEEKDAYS


class Clause:
    """A time expression and the words around it that decide its tense, each found once, when first asked for."""

    def __init__(self, span: Span):
        self.span = span
        self.doc = span.doc

    @cached_property
    def previous(self) -> Token | None:
        """The word just before the expression."""
        return self.doc[self.span.start - 1] if self.span.start else None

    @cached_property
    def verb_before(self) -> Token | None:
        """The word before the expression, "on" passed over: "said on Monday" -> "said"."""
        previous, start = self.previous, self.span.start
        return self.doc[start - 2] if previous is not None and previous.lower_ == "on" and start > 1 else previous

    @cached_property
    def heads_of_previous(self) -> set[str]:
        """The words hanging on the head of the word before the expression ("from", "had")."""
        return {child.lower_ for child in self.previous.head.children} if self.previous is not None else set()

    @cached_property
    def ranged(self) -> bool:
        """"lived in the basement from March until Saturday": the end of a span begun in the past, not a deadline."""
        return "from" in self.heads_of_previous

    @cached_property
    def overtaken(self) -> bool:
        """"had postponed it until Friday": a deadline already overtaken when the report was written."""
        return bool({"had", "'d"} & self.heads_of_previous)

    @cached_property
    def verb(self) -> Token | None:
        """The verb the expression hangs on, up to six heads above it; None if there is none."""
        token = self.span.root
        for _ in range(6):
            if token.pos_ in {"VERB", "AUX"}:
                return token
            if token.head is token:
                return None
            token = token.head
        return None

    @cached_property
    def auxiliaries(self) -> set[str]:
        return {child.lower_ for child in self.verb.children if child.dep_ in {"aux", "auxpass"}}

    @cached_property
    def infinitive_after(self) -> Token | None:
        """The verb an infinitive hangs on ("expected" in "expected to join in April"); None if the verb is no such
        infinitive."""
        verb = self.verb
        if "to" in self.auxiliaries and verb.dep_ in {"xcomp", "ccomp", "advcl"} and verb.head is not verb:
            return verb.head
        return None


# --- the tests, in the order of TENSE_TABLE ---------------------------------------------------------------------

def weekday_after_until(clause: Clause) -> bool:
    """A weekday after "until" or "as early as" ("postponed until Tuesday", "could come as early as Tuesday": a day
    ahead), not the end of a span begun in the past nor an overtaken deadline."""
    previous = clause.previous
    before = clause.doc[max(clause.span.start - 3, 0):clause.span.start].text.lower()
    deadline = previous is not None and (previous.lower_ in {"until", "till"}
                                         or before in {"as early as", "as soon as"})
    return deadline and not clause.ranged and not clause.overtaken and bool(WEEKDAY_NAME.search(clause.span.text))


def month_of_a_term(clause: Clause) -> bool:
    """"loans through January", "a pact effective June 1": a term that runs on, to a month or date with no year."""
    previous, text = clause.previous, clause.span.text
    term = previous is not None and previous.lower_ in {"until", "till", "through", "effective"}
    return term and not clause.ranged and not clause.overtaken and bool(MONTH_NAME.match(text)) \
        and not re.search(r"\d{4}", text)


def ahead_of(clause: Clause) -> bool:
    """"squared positions ahead of the weekend": the weekend to come."""
    previous = clause.previous
    return previous is not None and previous.lower_ == "of" and previous.head.lower_ == "ahead"


def day_of_a_scheduled_event(clause: Clause) -> bool:
    """A weekday said of an event one schedules ("talks Tuesday", "the committee's hearing Thursday") that is
    awaited ("ahead of talks Tuesday", "before the vote Sunday") or told in the present or the future of a sentence
    that ends with a full stop (a headline's present is past): the event lies ahead. "A meeting Friday ended
    without agreement" is past."""
    root = clause.span.root
    noun = root.head
    if not WEEKDAY_NAME.fullmatch(clause.span.text) or root.dep_ not in {"npadvmod", "compound", "nmod", "appos"} \
            or noun is root or noun.pos_ != "NOUN" or noun.lower_ not in SCHEDULED:
        return False
    preposition = noun.head if noun.dep_ == "pobj" else None
    if preposition is not None and (preposition.lower_ == "before" or (
            preposition.lower_ == "of" and preposition.head.lower_ == "ahead")):
        return True
    verb = noun
    while verb.pos_ not in {"VERB", "AUX"} and verb.head is not verb:
        verb = verb.head
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ in {"aux", "auxpass"}}
    present = verb.tag_ in {"VBZ", "VBP"} and not auxiliaries & PAST_AUXILIARIES
    return (present or bool(auxiliaries & AHEAD_AUXILIARIES)) \
        and clause.span.sent.text.rstrip()[-1:] in {".", "!", "?", '"', "”", "'", "’"}


def day_of_a_saying(clause: Clause) -> bool:
    """A day right after a reporting verb in the past, the expression not its subject: "Russia said on Monday it
    would send troops" is the day of the saying, not of the sending."""
    verb = clause.verb_before
    return verb is not None and verb.tag_ == "VBD" and verb.lemma_.lower() in SAYING \
        and clause.span.root.dep_ not in {"nsubj", "nsubjpass"}


def expected_in_apposition(clause: Clause) -> bool:
    """"the results, expected on Friday, will show", "the meeting, due Friday, was cancelled": a day expected or due,
    said of a noun, lies ahead unless the plan is told as past ("had been due", "previously planned")."""
    verb = clause.verb_before
    return verb is not None and verb.lower_ in {"due", "expected", "scheduled", "planned"} \
        and verb.dep_ in {"amod", "acl", "acomp", "advcl"} \
        and not {"previously", "originally", "already"} & {child.lower_ for child in verb.children} \
        and not {"had", "'d", "was", "were"} & {verb.head.lower_, *(child.lower_ for child in verb.head.children)}


def no_verb(clause: Clause) -> bool:
    return clause.verb is None


def modal_perfect(clause: Clause) -> bool:
    """"may have been", "would have closed": a modal (not "will") with "have"."""
    auxiliaries = clause.auxiliaries
    return "have" in auxiliaries and bool(auxiliaries & (AHEAD_AUXILIARIES - {"will", "'ll", "shall"}))


def auxiliary_looking_ahead(clause: Clause) -> bool:
    """"will", "would" and the other modals but "could", "is going to"."""
    return bool(clause.auxiliaries & AHEAD_AUXILIARIES) or "going" in clause.auxiliaries


def object_of_a_plan(clause: Clause) -> bool:
    """"protesters planned a rally Saturday": what is planned lies ahead (not "had planned"); a day put before the
    verb is when the planning was done ("On Friday, the government planned to pay")."""
    verb = clause.verb
    return verb.lemma_.lower() in SCHEDULING and clause.span.start > verb.i and not clause.auxiliaries & {"had", "'d"}


def is_to(clause: Clause) -> bool:
    """"he is to travel": "is" or "are" with an infinitive."""
    head = clause.verb.head
    return "to" in clause.auxiliaries and head.lemma_ == "be" and head.tag_ in {"VBZ", "VBP"}


def infinitive_of_an_overtaken_plan(clause: Clause) -> bool:
    """An infinitive after a past perfect: "had been due to expire Friday"."""
    head = clause.infinitive_after
    if head is None:
        return False
    verb_group = [head, head.head] if head.dep_ == "acomp" else [head]  # "had been due to"
    return bool({"had", "'d"} & {child.lower_ for word in verb_group for child in word.children
                                 if child.dep_ in {"aux", "auxpass"}})


def infinitive_after_a_verb_looking_ahead(clause: Clause) -> bool:
    """"expected to join in April"; not an attempt told as made ("tried to storm the embassy late Tuesday")."""
    head = clause.infinitive_after
    return head is not None and (head.lemma_.lower() in LOOKING_AHEAD or head.lower_ in READY_TO) \
        and not (head.lemma_.lower() in ATTEMPTS and head.tag_ == "VBD")


# Verbs of an attempt: told in the past, the attempt was made then ("tried to storm the embassy late Tuesday").
ATTEMPTS = {"try", "attempt", "seek"}


# Adjectives and participles before an infinitive that look ahead: "due to meet", "ready to testify on Thursday" (the
# time stage's own list, below the events stage and its READY).
READY_TO = {"due", "set", "scheduled", "expected", "likely", "ready", "poised", "prepared", "willing"}


def infinitive_after_a_past_verb(clause: Clause) -> bool:
    head = clause.infinitive_after
    return head is not None and "Past" in head.morph.get("Tense")


def any_other_infinitive(clause: Clause) -> bool:
    return clause.infinitive_after is not None


def past_verb(clause: Clause) -> bool:
    """A past-tense verb or a perfect or past auxiliary."""
    return bool(clause.auxiliaries & PAST_AUXILIARIES) or clause.verb.tag_ == "VBD"


def past_participle(clause: Clause) -> bool:
    """A past participle without "is" or "be": "terminated on Sept. 27", "the record set on Friday"; but "is
    expected in December" looks ahead."""
    return clause.verb.tag_ == "VBN" and not clause.auxiliaries & {"is", "are", "am", "'s", "'re", "be", "being"}


def expected_or_scheduled(clause: Clause) -> bool:
    """"the vote is expected on Sunday", "talks are scheduled for Monday"."""
    return clause.verb.tag_ == "VBN" and clause.verb.lemma_.lower() in {"expect", "schedule", "set", "due", "plan"}


def present_progressive(clause: Clause) -> bool:
    """"is meeting Monday"."""
    return clause.verb.tag_ == "VBG" and bool(clause.auxiliaries & {"is", "are", "'s", "'re", "am"})


def weekday_a_deadline_is(clause: Clause) -> bool:
    """"the deadline is Friday": a present "is" whose complement is the weekday."""
    verb, root = clause.verb, clause.span.root
    return verb.lemma_ == "be" and verb.tag_ in {"VBZ", "VBP"} and root.dep_ == "attr" and root.lower_ in WEEKDAYS


def timetable(clause: Clause) -> bool:
    """"the summit ends on Saturday": a simple present of a timetable verb ("begins", "resumes", "takes effect") in
    a sentence that ends with a full stop (a headline's present is no timetable); not "the move follows Tuesday's
    declaration"."""
    verb = clause.verb
    return verb.tag_ in {"VBZ", "VBP"} and not clause.auxiliaries and verb.lemma_.lower() in TIMETABLE \
        and clause.span.sent.text.rstrip()[-1:] in {".", "!", "?", '"', "”", "'", "’"}


def anything_else(clause: Clause) -> bool:
    return True


class TenseRule(NamedTuple):
    """A test of a time expression's clause, the tense it gives when it holds, and an example sentence with the
    expression in [brackets]."""

    test: Callable[[Clause], bool]
    answer: str
    example: str


# Read top to bottom: the first test that holds gives the tense. The tests below no_verb may take the verb as found.
TENSE_TABLE = [
    TenseRule(weekday_after_until, "future", "Officials postponed until [Tuesday] any action on the permit."),
    TenseRule(month_of_a_term, "future", "The bank extended its revolving loans through [January]."),
    TenseRule(ahead_of, "future", "Traders sold shares ahead of [the weekend]."),
    TenseRule(day_of_a_scheduled_event, "future", "Officials are in Jeddah for talks [Tuesday] with Ukraine."),
    TenseRule(day_of_a_saying, "past", "Russia said on [Monday] it would send troops."),
    TenseRule(expected_in_apposition, "future", "The results, expected on [Friday], will show a loss."),
    TenseRule(no_verb, "", "Weather for [Tuesday]"),
    TenseRule(modal_perfect, "past", "The storm may have been responsible for the outage on [Sunday]."),
    TenseRule(auxiliary_looking_ahead, "future", "Officials will meet on [Sunday]."),
    TenseRule(object_of_a_plan, "future", "Farmers planned a protest march in the capital on [Saturday]."),
    TenseRule(is_to, "future", "He is to travel to Moscow on [Friday]."),
    TenseRule(infinitive_of_an_overtaken_plan, "past", "It had been due to expire [Friday evening]."),
    TenseRule(infinitive_after_a_verb_looking_ahead, "future", "He is expected to join in [April]."),
    TenseRule(infinitive_after_a_past_verb, "past", "He refused to comment on [Friday]."),
    TenseRule(any_other_infinitive, "", "He likes to run on [Sunday]."),
    TenseRule(past_verb, "past", "Troops entered the town on [Sunday]."),
    TenseRule(past_participle, "past", "Shares are near the record high set on [Friday]."),
    TenseRule(expected_or_scheduled, "future", "The vote is expected on [Sunday]."),
    TenseRule(present_progressive, "future", "The president is meeting the rebels on [Monday]."),
    TenseRule(weekday_a_deadline_is, "future", "The deadline is [Friday]."),
    TenseRule(timetable, "future", "The summit ends on [Saturday]."),
    TenseRule(anything_else, "", "The move follows [Tuesday]'s declaration by Ford."),
]


def tense_entry(span: Span) -> TenseRule:
    """The first entry of TENSE_TABLE whose test holds for the expression."""
    clause = Clause(span)
    return next(entry for entry in TENSE_TABLE if entry.test(clause))


def tense_of(span: Span) -> str:
    """"past", "future" or "" from the verb a time expression hangs on (TENSE_TABLE, read top to bottom).

    Future: "will"/"would" and the other modals but "could", "is going to", an infinitive after a
    verb that looks ahead ("expected to join in April", unless "had been due to"), a present
    progressive ("is meeting Monday"), a weekday after "until" or "as early as", "ahead of the weekend",
    the object of a planning verb ("planned a rally Saturday"). Past: a past-tense verb, a perfect/past
    auxiliary, a modal perfect ("may have been responsible Wednesday").
    """
    return tense_entry(span).answer
