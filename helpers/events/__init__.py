"""Events: who did what to whom, where and when, and according to whom, from a parsed report."""
from __future__ import annotations

from bisect import bisect_left
import re
from dataclasses import dataclass
from datetime import date

import pandas as pd
from spacy.tokens import Doc, Span, Token

from helpers.entities import PLACE_LABELS, canonical_name, place_of
from helpers.lexicon import CONDITIONAL_AUXILIARIES, FUTURE_AUXILIARIES, REPORTING_VERBS, TOWN_NOUNS
from helpers.timex import Timex

HEDGES = {"could", "might", "may", "reportedly", "allegedly", "apparently", "anecdotal", "unconfirmed", "possibly",
          "likely", "unlikely", "appear", "seem", "purportedly", "unverified", "suspected", "probably", "perhaps",
          "rumour", "rumor", "unclear", "believed", "claimed", "alleged", "supposedly", "indicative"}
HEDGE_PHRASES = re.compile(r"could not be (independently )?verified|not independently verified|according to unconfirmed"
                           r"|it is not clear|it was not clear", re.IGNORECASE)
# Verbs that say the same thing in other words: merged across reports under the first.
ACTION_CLASSES = {
    # who took control from whom is the actor's business; the action is the same
    "take": {"recapture", "retake", "liberate", "reclaim", "free", "regain", "capture", "seize", "take", "occupy",
             "overrun", "annex", "enter", "retook"},  # "retook": the small model's lemma of "retook"
    "attack": {"attack", "shell", "strike", "bomb", "hit", "pound", "target", "fire", "launch"},
    "withdraw": {"withdraw", "retreat", "flee", "leave", "abandon", "cede", "pull", "fall", "regroup"},
    "repel": {"repel", "repulse", "thwart", "stop", "halt", "hold"},
    "kill": {"kill", "die"},
    "advance": {"advance", "push", "sweep", "move", "break"},
}
DEMONYMS = {"russian": "Russia", "russians": "Russia", "ukrainian": "Ukraine", "ukrainians": "Ukraine",
            "american": "United States", "americans": "United States", "british": "United Kingdom",
            "chinese": "China", "german": "Germany", "french": "France", "european": "European Union",
            "israeli": "Israel", "palestinian": "Palestine", "iranian": "Iran", "syrian": "Syria", "turkish": "Turkey",
            "belarusian": "Belarus", "polish": "Poland", "kremlin": "Russia", "pentagon": "United States"}
# States and comments on the reporting, not things that happened: kept as events, left off the timeline.
# "come" only says when something else happened: "the strikes came a day after Ukraine took Izium".
NOT_EVENTS = {"be", "have", "come", "lie", "remain", "seem", "appear", "include", "mean", "need", "want", "become",
              "stand", "contain", "consist", "belong", "know", "think", "hope", "feel", "look", "verify", "expect",
              "give"}
DOCUMENTS = {"update", "statement", "report", "post", "briefing", "bulletin", "release", "message", "summary",
             "assessment", "communique", "announcement", "tweet"}
NOT_WHEN = {"after", "before", "since", "until", "till", "by", "ahead", "prior"}
RELATIVES = {"that", "which", "who", "whom"}
# Where something is, not who: "shelling near the Zaporizhzhia plant" is not the plant's doing.
LOCATIVES = {"near", "in", "at", "around", "outside", "inside", "on", "along", "across"}
QUANTIFIERS = {"many", "some", "most", "all", "several", "none", "few", "thousands", "hundreds", "dozens", "each"}
QUOTES = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
ACTOR_LABELS = {"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"}

# PLOVER-style types (the PLOVER event codebook), kept to what a news timeline needs. A verb is
# looked up as "lemma particle" ("pull back"), then "lemma object" ("take control", "send troop":
# the object's lemma), then "lemma"; a key listed twice keeps its first type, so order matters.
EVENT_TYPES: dict[str, set[str]] = {
    "RETREAT": {"withdraw", "retreat", "flee", "abandon", "cede", "regroup", "evacuate", "exit", "pull back",
                "pull out", "fall back", "move out", "leave", "leave position", "lose ground", "lose control"},
    "ASSAULT": {"attack", "shell", "strike", "bomb", "hit", "pound", "fire", "shoot", "kill", "wound", "destroy",
                "damage", "invade", "storm", "assault", "raid", "ambush", "recapture", "retake", "retook", "liberate",
                "capture", "seize", "occupy", "overrun", "annex", "take control", "gain control", "push back",
                "repel", "repulse", "break through", "advance", "knock out", "massacre", "explode"},
    "MOBILIZE": {"mobilize", "mobilise", "deploy", "reinforce", "amass", "mass", "concentrate", "station",
                 "move troop", "send troop", "move reinforcement", "call up", "conscript", "draft"},
    "AID": {"aid", "donate", "supply", "deliver", "pledge aid", "send aid", "provide aid", "announce aid",
            "provide", "rescue", "evacuate civilian", "shelter", "feed", "treat"},
    "SANCTION": {"sanction", "embargo", "boycott", "ban", "expel", "freeze", "suspend", "cut tie", "impose sanction",
                 "recall ambassador"},
    "PROTEST": {"protest", "demonstrate", "rally", "march", "picket", "riot"},
    "THREATEN": {"threaten", "menace", "vow retaliation", "issue ultimatum"},
    "ACCUSE": {"accuse", "blame", "condemn", "denounce", "criticize", "criticise", "charge", "allege"},
    "REJECT": {"reject", "refuse", "veto", "dismiss", "rebuff", "decline"},
    "REQUEST": {"ask", "request", "urge", "appeal", "demand", "call for", "plead", "seek", "petition"},
    "AGREE": {"agree", "sign", "accept", "approve", "ratify", "settle", "promise", "pledge", "endorse deal"},
    "CONSULT": {"meet", "visit", "talk", "discuss", "negotiate", "consult", "host", "hold talk", "phone",
                "hold meeting"},
    "COOPERATE": {"cooperate", "collaborate", "coordinate", "ally", "partner", "share intelligence", "join"},
    "CONCEDE": {"concede", "surrender", "capitulate", "apologize", "apologise", "yield", "release", "lift sanction",
                "give up", "acknowledge", "admit"},
    "SUPPORT": {"support", "back", "praise", "endorse", "welcome", "thank", "congratulate", "commend", "defend"},
    "COERCE": {"arrest", "detain", "confiscate", "deport", "blockade", "besiege", "censor", "cut off",
               "impose curfew"},
}
# Verbs that only mean taking ground when they act on a place ("entered Balakliia", "took Izium");
# "entered talks", "took a decision" are not assaults.
PLACE_ASSAULTS = {"enter", "take", "fall", "reach", "cross"}
# "decided to regroup", "plans to attack": the event is the complement, planned, not yet done.
PLANNING = {"plan", "intend", "prepare", "decide", "aim", "vow", "promise", "pledge", "resolve", "seek", "try",
            "attempt"}
# Heads whose complement did not happen by the source's account: "denied shelling", "failed to take".
NEGATING = {"deny", "refute", "fail"}
# Nouns naming a change of control or an attack of a place ("the fall of Kupiansk", "the recapture
# of Balakliia"): events when dated in their clause, so a recap corroborates what it recaps.
NOMINAL_EVENTS = {"fall": "ASSAULT", "recapture": "ASSAULT", "capture": "ASSAULT", "liberation": "ASSAULT",
                  "seizure": "ASSAULT", "withdrawal": "RETREAT", "retreat": "RETREAT", "pullback": "RETREAT",
                  "shelling": "ASSAULT", "bombing": "ASSAULT", "invasion": "ASSAULT", "strike": "ASSAULT",
                  "airstrike": "ASSAULT", "attack": "ASSAULT", "raid": "ASSAULT", "bombardment": "ASSAULT",
                  "visit": "CONSULT"}
# Nominal attacks name what they hit with "on"/"against" ("strikes on a power plant") rather than "of".
ATTACK_NOUNS = {"strike", "airstrike", "attack", "raid", "bombardment", "shelling", "bombing"}
# Nouns with a doer, like attacks, that name where they go with "to": "Blinken's visit to Kyiv".
VISIT_NOUNS = {"visit"}
# Prepositions by which an event noun frames its verb's time: "pledged aid during a visit on Thursday"
# (the pledge was on Thursday too), "was followed by the fall of Izium over the weekend"; unlike "pointed
# to the visit on Thursday" (the pointing was not).
FRAMING = {"during", "at", "in", "with", "amid", "by"}
# A subordinate clause these words open happened on the main clause's day when the main clause
# gives no more than a day: "lost power on Sunday evening after missiles struck a plant".
SAME_DAY_MARKS = {"after", "when", "as", "while", "once"}


TYPE_OF: dict[str, str] = {}
for _type, _keys in EVENT_TYPES.items():
    for _key in _keys:
        TYPE_OF.setdefault(_key, _type)


@dataclass(frozen=True)
class Event:
    """One event mention: its action and participants, its date and where that came from, its source.

    `type` is a PLOVER-style type (see `event_type`), `negated` says the source tells that it did not
    happen, `modality` how it is told (see `modality_of`), `sources_chain` every source it passed
    through, outermost first ("the ministry > a local official"; `source` is the last, nearest one).
    """

    event_id: str
    article_id: str
    sentence: str
    start: int
    end: int
    action: str
    trigger: str
    actor: str
    target: str
    place: str
    date_value: str
    date_start: date | None
    date_end: date | None
    date_from: str
    source: str
    cue: str
    hedged: bool
    quote: bool
    actor_key: str
    statement: bool
    type: str = ""
    negated: bool = False
    modality: str = "asserted"
    sources_chain: str = ""
    # where the trigger starts inside `sentence`: kept relative, so shifting `start` (a report parsed
    # in pieces) keeps trigger_start right; -1 when unknown (then the trigger's first occurrence)
    trigger_offset: int = -1
    # the nearest source as written ("the official", where `source` is "a senior US military official")
    # and where it starts, relative like trigger_offset (negative when an earlier sentence names it: a
    # quotation going on); unused when the event has no source
    source_text: str = ""
    source_offset: int = -1

    @property
    def source_start(self) -> int | None:
        return self.start + self.source_offset if self.source_text else None

    @property
    def source_end(self) -> int | None:
        return self.source_start + len(self.source_text) if self.source_text else None

    @property
    def trigger_start(self) -> int:
        offset = self.trigger_offset if self.trigger_offset >= 0 else max(self.sentence.find(self.trigger), 0)
        return self.start + offset

    @property
    def trigger_end(self) -> int:
        return self.trigger_start + len(self.trigger)


#: The entities of the document events_of is working on: `span.ents` builds every entity of the
#: whole document on each call, which made the events stage grow with the square of a report's length.
_DOC_ENTITIES: list = [None]


def remember_entities(doc: Doc) -> None:
    """Keep `doc`'s entities, sorted, for ents_in (one document at a time; read, never changed)."""
    entities = list(doc.ents)
    _DOC_ENTITIES[0] = (doc, entities, [ent.start for ent in entities])


def ents_in(span: Span) -> list[Span]:
    """The entities inside `span`, as `span.ents` gives them."""
    remembered = _DOC_ENTITIES[0]
    if remembered is None or remembered[0] is not span.doc:
        return list(span.ents)
    _, entities, starts = remembered
    inside = []
    for ent in entities[bisect_left(starts, span.start):]:
        if ent.start >= span.end:
            break
        if ent.end <= span.end:
            inside.append(ent)
    return inside


def events_of(doc: Doc, timexes: list[Timex], *, article_id: str, published: date | None,
              every_clause: bool = False) -> list[Event]:
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
    """
    events: list[Event] = []
    sources: list[Span] = []
    remember_entities(doc)
    sentences = [sentence for sentence in doc.sents if any(token.is_alpha for token in sentence)]
    found = [find_source(sentence) for sentence in sentences]
    text = doc.text  # spaCy joins the tokens again at each `doc.text`
    quotes = [(match.start(), match.end()) for match in QUOTES.finditer(text) if match.end() - match.start() > 2]
    previous: tuple[Span | None, str] = (None, "")
    for index, sentence in enumerate(sentences):
        source, cue = found[index]
        if source is None:
            # a quote running over several sentences is attributed where it closes
            source, cue = quote_source(sentence, quotes, sentences[index + 1:index + 4], found[index + 1:index + 4])
        if source is None and index and continues_quote(sentence, sentences[index - 1], quotes, text):
            source, cue = previous  # "“We waited six months,” said Mykola. “Yesterday there were tanks.”"
        previous = (source, cue)
        source_name = ""
        if source is not None:
            if index == 0 and is_headline(sentence):
                # a headline's "US official" is the body's "a senior US defence official"
                source_name = fuller_name(source, [later for later, _ in found[1:] if later is not None])
            source_name = source_name or resolve_source(source, sources)
            sources.append(source)
        if every_clause:
            actions = every_verb(sentence)
        else:
            actions = find_actions(sentence, source)
            actions += background_actions(sentence, actions, timexes)
        for action in actions:
            if (source is not None and is_span_token(action, source)) or participle_in_headline(action, sentence):
                continue
            chain, inner_cue, nearest = [source_name] if source_name else [], cue, source if source_name else None
            for speaker_span, verb in inner_sources(action, sentence, source):
                inner_name = resolve_source(speaker_span, sources)
                if source is not None and speaker_span.start < source.start:
                    if source_name.startswith((f"{inner_name}’s", f"{inner_name}'s")):
                        continue  # "Ukraine said ..., according to an update from the general staff": its staff
                    chain = []  # "Ukraine says ...; Moscow announces ...": Moscow does not report Ukraine
                chain.append(inner_name)
                inner_cue, nearest = verb, speaker_span
            events.append(make_event(action, sentence, source, chain[-1] if chain else "", inner_cue, timexes,
                                     article_id=article_id, published=published, number=len(events) + 1,
                                     quote=any(start < action.idx < end for start, end in quotes),
                                     sources_chain=" > ".join(chain), source_written=nearest))
    return events


def find_actions(sentence: Span, source: Span | None) -> list[Token]:
    """The clause heads that carry the sentence's news, reporting verbs replaced by what they report
    (again, for a report inside a report: "said that an official told Reuters that ...")."""
    heads = [sentence.root]
    for _ in range(3):
        deeper = []
        for head in heads:
            reported = [child for child in head.children if child.dep_ in {"ccomp", "parataxis", "xcomp"}
                        and child.pos_ in {"VERB", "AUX"}] if head.lemma_ in REPORTING_VERBS else []
            deeper.extend(reported or [head])
        if deeper == heads:
            break
        heads = deeper
    # "did not mention Balakliia, saying only that its forces were inflicting heavy losses": what the
    # participle reports is news too, told by the main clause's subject
    heads += [reported for head in list(heads) for saying in head.children
              if saying.dep_ == "advcl" and saying.tag_ == "VBG" and saying.lemma_ in REPORTING_VERBS
              for reported in saying.children if reported.dep_ == "ccomp" and reported.pos_ in {"VERB", "AUX"}]
    # "according to an update from the general staff, which said Ukrainian troops had repelled assaults":
    # what a source's relative clause reports is news, told by that source
    # (and "a view offered by Charles O'Reilly, who stated, 'Great companies rarely go ...'")
    heads += [reported for saying in sentence if saying.dep_ == "relcl" and saying.lemma_ in REPORTING_VERBS
              and any(child.dep_ == "nsubj" and child.lower_ in RELATIVES for child in saying.children)
              for reported in saying.children if reported.dep_ == "ccomp" and reported.pos_ in {"VERB", "AUX"}]
    actions = []
    for head in heads:
        for token in (head, *head.conjuncts):
            if token.pos_ in {"VERB", "AUX"} and token not in actions and token.sent == sentence:
                actions.append(token)
    return actions


def is_headline(sentence: Span) -> bool:
    """A line without final punctuation: a headline (or a header line)."""
    last = next((token for token in reversed(sentence) if not token.is_space), sentence[-1])
    return last.text not in {".", "!", "?", "”", "\"", "’", "'"}


def continues_quote(sentence: Span, before: Span, quotes: list[tuple[int, int]], text: str) -> bool:
    """Whether a sentence is a quotation that goes on from the attributed quotation just before it, in
    the same paragraph (`text` is the document's text)."""
    between = text[before.start_char:sentence.start_char]
    if not sentence.text.lstrip().startswith(("“", '"')) or "\n\n" in between[len(between.rstrip()):]:
        return False
    return any(before.start_char <= start < before.end_char for start, _ in quotes)


def fuller_name(source: Span, later: list[Span]) -> str:
    """The first later source naming the same kind of speaker with all of `source`'s words ("a senior US
    defence official" for a headline's "US official"), as resolve_source names it; "" if none."""
    words = {token.lower_ for token in source if not token.is_stop and not token.is_punct}
    for candidate in later:
        if candidate.root.lemma_ == source.root.lemma_ and len(candidate) > len(source) \
                and words <= {token.lower_ for token in candidate}:
            return resolve_source(candidate, [])
    return ""


def participle_in_headline(action: Token, sentence: Span) -> bool:
    """Whether a headline's past-tense verb is a participle before its noun: "Zelensky visits recaptured
    city of Izium", which the parser reads as "visits recaptured city". Headlines (a line without final
    punctuation) tell the past in the present tense, so a verb in -ed directly before a bare noun is an
    adjective there."""
    if not is_headline(sentence) or action.tag_ not in {"VBD", "VBN"}:
        return False
    following = action.doc[action.i + 1] if action.i + 1 < sentence.end else None
    return following is not None and following.pos_ == "NOUN" and following.head.i == action.i \
        and not any(child.dep_ in {"det", "poss", "nummod"} for child in following.children)


def background_actions(sentence: Span, actions: list[Token], timexes: list[Timex]) -> list[Token]:
    """Events told in passing: a subordinate clause dated by its own words ("a day after forces took
    Izium on Saturday", "Saturday, when troops entered Kupiansk", "the plant, where the last reactor was
    shut down on Sunday"), or a typed one dated by the day of its main clause ("lost power on Sunday
    evening after missiles struck a plant"), or a noun of NOMINAL_EVENTS dated by its own words ("the
    fall of Kupiansk over the weekend"). States and reporting verbs are not events told in passing."""
    found = []
    for token in sentence:
        if token in actions:
            continue
        if token.pos_ == "VERB" and token.dep_ in {"advcl", "relcl", "acl"}:
            if token.lemma_ in REPORTING_VERBS or token.lemma_.lower() in NOT_EVENTS:
                continue
            kind = event_type(token, on_place=acts_on_place(token), statement=False)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in NOMINAL_EVENTS and any(nominal_roles(token)):
            kind = NOMINAL_EVENTS[token.lemma_.lower()]
        else:
            continue
        if (governing_timex(token, sentence, timexes) is not None and (kind or token.pos_ == "VERB")) \
                or (kind and main_clause_timex(token, sentence, timexes) is not None):
            found.append(token)
    return found


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
                                         and child.i < action.i for child in action.children):
        return None
    timex = governing_timex(action.head, sentence, timexes)
    if timex is None or timex.resolved_start is None:
        return None
    return timex if ((timex.resolved_end or timex.resolved_start) - timex.resolved_start).days <= 1 else None


def nominal_object(noun: Token) -> Token | None:
    """The place a nominal event acts on: "Kupiansk" in "the fall of Kupiansk", else None."""
    for preposition in noun.children:
        if preposition.lower_ in {"of", "from"}:
            for child in preposition.children:
                if child.dep_ == "pobj" and child.ent_type_ in PLACE_LABELS:
                    return child
    return None


def nominal_roles(noun: Token) -> tuple[Token | None, Token | None]:
    """(actor, target) of a nominal event, either None: "the fall of Kupiansk" (-, Kupiansk); for an
    attack, who made it ("Russian strikes", "strikes by Russia") and what it hit ("on a power plant")."""
    target = nominal_object(noun)
    lemma = noun.lemma_.lower()
    if lemma not in ATTACK_NOUNS | VISIT_NOUNS:
        return None, target
    actor = None
    aims = {"to"} if lemma in VISIT_NOUNS else {"on", "against"}
    for child in noun.children:
        if child.dep_ in {"amod", "compound", "poss"} and child.i < noun.i and \
                (child.ent_type_ in ACTOR_LABELS or child.lower_ in DEMONYMS):
            actor = child
        elif child.lower_ in aims and target is None:
            # "strikes on a power plant", not "strikes on Sunday evening"
            target = next((grand for grand in child.children if grand.dep_ == "pobj"
                           and grand.ent_type_ not in {"DATE", "TIME"}), None)
        elif child.lower_ == "by" and actor is None:
            actor = next((grand for grand in child.children if grand.dep_ == "pobj"), None)
    if actor is None and lemma in VISIT_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "during":
        # "Blinken pledged aid during a visit": the visitor is who acted during it
        actor = next((child for child in noun.head.head.children if child.dep_ == "nsubj"
                      and child.pos_ != "PRON"), None)
    return actor, target


def inner_sources(action: Token, sentence: Span, source: Span | None) -> list[tuple[Span, str]]:
    """The reporters between the sentence's source and the action, outermost first, with their verb:
    ("a local official", "tell") in "the ministry said that a local official told Reuters that ..."."""
    found = []
    for ancestor in action.ancestors:
        if ancestor.lemma_ not in REPORTING_VERBS or not sentence.start <= ancestor.i < sentence.end:
            continue
        subject = reporter_of(ancestor)
        if subject is None:
            continue
        reporter = speaker(subject)
        if source is not None and (reporter.start, reporter.end) == (source.start, source.end):
            continue  # the sentence's own source, already first in the chain
        found.append((reporter, ancestor.lemma_))
    return found[::-1]


CLAUSE_HEADS = {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "parataxis", "pcomp", "csubj"}


def every_verb(sentence: Span) -> list[Token]:
    """Every verb that heads a clause, reporting verbs included ("announced", "said"): what an
    event-by-event timeline (SemEval-2015 TimeLine) counts. Adjectival participles and
    auxiliaries are not events."""
    return [token for token in sentence
            if (token.pos_ == "VERB" and token.dep_ not in {"aux", "auxpass", "amod", "compound"})
            or (token.pos_ == "AUX" and token.dep_ in CLAUSE_HEADS)]


def find_source(sentence: Span) -> tuple[Span | None, str]:
    """Who the sentence says it comes from, and the cue: "according to X", "X said", "X announced"."""
    for token in sentence:
        if token.lower_ == "according" and any(child.lower_ == "to" for child in token.children):
            preposition = next(child for child in token.children if child.lower_ == "to")
            objects = [child for child in preposition.children if child.dep_ == "pobj"]
            if objects:
                return speaker(objects[0]), "according to"
    root = sentence.root
    # an attribution after the news, which the parser sometimes hangs on a noun: "X is making
    # progress, a senior US defence official said on Friday"
    trailing = [token for token in sentence if token.dep_ in {"relcl", "parataxis", "advcl"}
                and token.lemma_ in REPORTING_VERBS and after_comma(reporter_of(token))]
    for verb in (root, *[child for child in root.children if child.dep_ in {"ccomp", "conj"}], *trailing):
        if verb.lemma_ in REPORTING_VERBS:
            subject = reporter_of(verb)
            if subject is not None:
                return speaker(subject), verb.lemma_
    return None, ""


def after_comma(subject: Token | None) -> bool:
    """Whether a subject's phrase follows a comma: ", a senior US defence official said"."""
    if subject is None or subject.left_edge.i == subject.sent.start:
        return False
    return subject.doc[subject.left_edge.i - 1].text == ","


def reporter_of(verb: Token) -> Token | None:
    """The subject of a reporting verb when it names a source: "X said": X; in "no casualties were
    reported" the subject is the news, and "it said" names no one. Of two subjects ("Near Lyman,
    fighting continued, a spokesman said") the nearest to the verb."""
    subjects = sorted((child for child in verb.children if child.dep_ == "nsubj"),
                      key=lambda child: abs(verb.i - child.i))
    if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head is not verb:
        return reporter_of(verb.head)  # "the ministry did not comment, saying only that ...": the ministry
    if subjects and subjects[0].lower_ in RELATIVES and verb.dep_ == "relcl":
        return verb.head  # "an update from the general staff, which said ...": the general staff
    if subjects and (subjects[0].pos_ != "PRON" or subjects[0].lower_ in {"he", "she"}):
        return subjects[0]
    return None


def speaker(token: Token) -> Span:
    """The source a subject names: "Vitaly Ganchev" for "the head of ..., Vitaly Ganchev" and for "Charles
    O'Reilly, a management expert, who stated"; "the general staff" for "an evening update from the general
    staff"."""
    for child in token.children:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            return phrase(child)
    if token.dep_ == "appos" and token.head.ent_type_ == "PERSON" and token.ent_type_ != "PERSON":
        return speaker(token.head)
    if token.lemma_.lower() in DOCUMENTS:
        for preposition in token.children:
            if preposition.lower_ in {"from", "by", "of"}:
                objects = [child for child in preposition.children if child.dep_ == "pobj"]
                if objects:
                    return speaker(objects[0])
    named = phrase(token)
    person = next((ent for ent in ents_in(named) if ent.label_ == "PERSON" and ent.start <= token.i < ent.end), None)
    if person is not None:
        return person  # "the Russian-installed official Vitaly Ganchev": Vitaly Ganchev, as an appositive gives him
    # "a Ukrainian officer near the front line, who asked not to be named": the officer
    for inside in named:
        if inside.dep_ == "relcl" and inside.i > named.start and inside.i > token.i:
            comma = next((t for t in named if t.i < inside.left_edge.i + 1 and t.i > token.i and t.is_punct
                          and t.text == ","), None)
            if comma is not None:
                return named.doc[named.start:comma.i]
    return named


def quote_source(sentence: Span, quotes: list[tuple[int, int]], following: list[Span],
                 their_sources: list[tuple[Span | None, str]]) -> tuple[Span | None, str]:
    """The source of a sentence inside a quotation that closes in a later, attributed sentence."""
    for start, end in quotes:
        if start <= sentence.start_char + 2 and end > sentence.end_char:
            for later, (source, cue) in zip(following, their_sources):
                if source is not None and later.start_char < end <= later.end_char:
                    return source, cue
    return None, ""


def resolve_source(source: Span, earlier: list[Span]) -> str:
    """"The official" after "a senior US military official" is that official; "his office" after
    "President Volodymyr Zelensky" is "Volodymyr Zelensky’s office". An article is not part of the
    name: "A senior US defence official" opening a sentence is "a senior US defence official"."""
    name = named_source(source, earlier)
    first, _, rest = name.partition(" ")
    return f"{first.lower()} {rest}" if first in {"A", "An", "The"} and rest else name


def named_source(source: Span, earlier: list[Span]) -> str:
    text = clean(source.text)
    people = [ent for ent in ents_in(source.doc[:source.start]) if ent.label_ == "PERSON"]
    if len(source) <= 2 and all(token.ent_type_ == "PERSON" or token.pos_ == "PROPN" for token in source):
        # "Jobs said" after "Steve Jobs": the person named in full earlier in the report (the model does
        # not always call a bare "Jobs" a person)
        for person in reversed(people):
            words = clean(person.text).split()
            if len(words) > len(source) and words[-len(source):] == text.split():
                return " ".join(words)
    if source[0].lower_ in {"his", "her"} and len(source) > 1:
        if people:
            return f"{clean(people[-1].text)}’s {clean(source[1:].text)}"
    if source[0].lower_ in {"the", "he", "she", "they"} or source.root.pos_ == "PRON":
        for number in range(len(earlier) - 1, -1, -1):
            previous = earlier[number]
            if previous.root.lemma_ == source.root.lemma_ and previous[0].lower_ != "the":
                return clean(previous.text)
            if source.root.pos_ == "PRON" and previous.root.pos_ != "PRON":
                return named_source(previous, earlier[:number])  # "he" after "Jobs" is Steve Jobs
        if source.root.lower_ in {"he", "she"} and people:
            return clean(people[-1].text)  # "during his speech he stated": the person last named
    return text


def make_event(action: Token, sentence: Span, source_span: Span | None, source: str, cue: str,
               timexes: list[Timex], *, article_id: str, published: date | None, number: int, quote: bool,
               sources_chain: str = "", source_written: Span | None = None) -> Event:
    """Fill in one event's participants, place, date, type, negation, modality, hedging and quotation;
    `source_written` is the nearest source's words in the text ("the official"), `source` its name."""
    actor_token = argument(action, {"nsubj", "csubj"}) or agent_of(action)
    target_token = argument(action, {"dobj", "nsubjpass", "attr", "acomp", "oprd"})
    if any(child.dep_ == "auxpass" for child in action.children):
        # a passive shares its subject with the verb before it as what was acted on: "Balakliia lies on the
        # road to Izium and had been held by Russian forces" (held: by Russian forces; Balakliia held)
        target_token = target_token or actor_token
        actor_token = agent_of(action)
    if action.pos_ == "NOUN":  # a nominal event: "the fall of Kupiansk", "Russian strikes on a plant"
        actor_token, target_token = nominal_roles(action)
    if target_token is None and action.dep_ == "acl" and action.head.pos_ in {"PROPN", "NOUN"}:
        target_token = action.head  # "Kupiansk, retaken on September 10"
    if action.dep_ == "relcl":  # "the offensive that swept", "Izium, which troops entered": the noun
        if actor_token is not None and actor_token.lower_ in RELATIVES:
            actor_token = action.head
        if target_token is not None and target_token.lower_ in RELATIVES:
            target_token = action.head
    actor = phrase(actor_token) if actor_token is not None else None
    target = phrase(target_token) if target_token is not None else None
    actor_text, key = clean(actor.text) if actor is not None else "", actor_key(actor)
    if actor is not None and source_span is not None and actor[0].lower_ in {"it", "its", "they", "their"} \
            and not (quote and actor[0].lower_ in {"they", "their"}):
        # "Ukraine said it repelled", "the general staff announced that its soldiers": the speaker's side;
        # in a quotation "they" is mostly the other side ("“They left in a hurry,” a soldier said")
        nearest = next((reporter_of(verb) for verb in action.ancestors if verb.lemma_ in REPORTING_VERBS
                        and reporter_of(verb) is not None), None)
        key = entity_key(phrase(nearest) if nearest is not None else None) or \
            entity_key(reporting_subject(sentence) or source_span) or key
        if key and len(actor) == 1:
            actor_text = key
        elif key:
            actor_text = f"{key}’s {clean(actor[1:].text)}"
    outside_source = [t for t in timexes if source_span is None
                      or not source_span.start_char <= t.start < source_span.end_char]
    timex, date_from = governing_timex(action, sentence, outside_source), "sentence"
    if timex is None:
        timex, date_from = main_clause_timex(action, sentence, outside_source), "main clause"
    statement = action.lemma_ in REPORTING_VERBS
    modality = modality_of(action, sourced=bool(source), statement=statement)
    if timex is None and modality not in {"planned", "hypothetical"}:
        # "said on Friday that Apple will offer a case": what is to come is not dated by the saying
        timex, date_from = speech_timex(action, sentence, outside_source), "speech"
    if timex is not None:
        date_value, date_start, date_end = timex.value, timex.resolved_start, timex.resolved_end
    else:
        date_value = published.isoformat() if published else ""
        date_start = date_end = published
        date_from = "published" if published else "unknown"
    start, end = trimmed(sentence)
    action_name = action.lemma_.lower() if action.lemma_.isalpha() else "be"
    if action_name == "be" and target_token is not None and target_token.pos_ == "ADJ":
        action_name = f"be {target_token.lower_}"
    complement = planned(action)
    if complement is not None and complement.lemma_.isalpha():
        action_name = f"{action_name} to {complement.lemma_.lower()}"  # "decide to regroup": see action_class
    place = place_near(action, sentence, exclude=actor, target=target)
    if action.pos_ == "NOUN":
        kind = NOMINAL_EVENTS.get(action.lemma_.lower(), "")
    else:
        kind = event_type(action, on_place=bool(place) and acts_on_place(action), statement=statement)
    return Event(
        # the sentence's own text, not doc.text[start:end]: Doc.text is rebuilt on every call, which
        # made this stage grow with the square of a report's length
        event_id=f"{article_id}-{number:03d}", article_id=article_id, sentence=sentence.text.strip(),
        start=start, end=end, action=action_name, trigger=action.text,
        actor=actor_text, target=clean(target.text) if target is not None else "",
        place=place, date_value=date_value, date_start=date_start,
        date_end=date_end, date_from=date_from, source=source, cue=cue, hedged=is_hedged(action, sentence),
        quote=quote, actor_key=key, statement=statement, type=kind, negated=is_negated(action),
        modality=modality, sources_chain=sources_chain,
        trigger_offset=action.idx - start,
        source_text=source_written.text.strip(SOURCE_EDGES) if source_written is not None else "",
        source_offset=written_offset(source_written, start),
    )


SOURCE_EDGES = "“”\"' ,"  # what a source's words are trimmed of, as `clean` trims a name


def written_offset(span: Span | None, start: int) -> int:
    """Where a source's words begin, relative to `start`, without SOURCE_EDGES; -1 for none (then the
    event's `source_text` is empty)."""
    if span is None:
        return -1
    return span.start_char + len(span.text) - len(span.text.lstrip(SOURCE_EDGES)) - start


def event_type(action: Token, *, on_place: bool, statement: bool) -> str:
    """The PLOVER-style type of an action: "pulled back" RETREAT, "took control" ASSAULT, "said" STATEMENT.

    Looked up in EVENT_TYPES as "lemma particle", then "lemma object", then "lemma"; verbs of
    PLACE_ASSAULTS ("entered", "took") are ASSAULT only when they act on a place. A planning
    verb ("decided to regroup") or "failed to" takes the type of what it governs. A reporting
    verb with no type of its own ("said", "warned") is STATEMENT (reported speech), "accused"
    ACCUSE. "" when nothing fits: states ("lies", "remains") and everyday verbs.
    """
    lemma = action.lemma_.lower()
    complement = planned(action)
    if complement is None and lemma == "fail":
        complement = next((child for child in action.children if child.dep_ == "xcomp" and child.pos_ == "VERB"), None)
    if complement is not None:
        return event_type(complement, on_place=on_place or acts_on_place(complement), statement=False)
    keys = [f"{lemma} {child.lower_}" for child in action.children
            if child.dep_ in {"prt", "prep"} or (child.dep_ == "advmod" and child.lower_ in {"back", "out", "off"})]
    keys += [f"{lemma} {child.lemma_.lower()}" for child in action.children if child.dep_ == "dobj"]
    for key in (*keys, lemma):
        if key in TYPE_OF:
            return TYPE_OF[key]
    if lemma in PLACE_ASSAULTS and on_place:
        return "ASSAULT"
    return "STATEMENT" if statement else ""


def planned(action: Token) -> Token | None:
    """What a planning verb governs: "regroup" in "decided to regroup", "attack" in "is going to attack"."""
    if action.lemma_.lower() in PLANNING or (action.lower_ in {"going", "about"}):
        return next((child for child in action.children if child.dep_ == "xcomp" and child.pos_ == "VERB"), None)
    return None


def acts_on_place(action: Token) -> bool:
    """Whether the action's object (or, for "Kupiansk fell", its subject) is a named place."""
    for child in action.children:
        if child.dep_ in {"dobj", "nsubj", "nsubjpass"} and ents_in(phrase(child)) \
                and ents_in(phrase(child))[0].label_ in PLACE_LABELS:
            return True
        if child.dep_ == "dobj" and child.lower_ == "control":  # "took control of Izium"
            return True
    if action.dep_ in {"acl", "relcl"} and action.head.ent_type_ in PLACE_LABELS:
        return True  # "Kupiansk, retaken on ...", "Izium, which troops entered"
    return any(child.dep_ == "advmod" and child.ent_type_ in PLACE_LABELS for child in action.children)


def is_negated(action: Token) -> bool:
    """Whether the source says the action did not happen: "did not capture", "never attacked",
    "denied shelling", "failed to take". A denial counts: it is the denying source's claim, and
    `cue` ("deny") tells it from a plain negation."""
    if any(child.dep_ == "neg" for child in action.children):
        return True
    if action.lemma_.lower() == "fail" and any(child.dep_ == "xcomp" for child in action.children):
        return True
    return action.dep_ in {"ccomp", "xcomp"} and action.head.lemma_.lower() in NEGATING


def modality_of(action: Token, *, sourced: bool, statement: bool) -> str:
    """How the report tells the action, the first that fits of:

    "hypothetical": a condition or a conditional modal ("if Ukraine holds the town", "could
    fall", "would come under threat"; "could not" is a fact, not a condition);
    "planned": intended, not yet done ("will attack", "going to", "plans to", "decided to regroup";
    "said demining would take weeks": the future told in the past);
    "claimed": told by a source (`source` is set); "asserted": told by the report itself (and
    statements: that someone said something is the report's own assertion).
    """
    negated = any(child.dep_ == "neg" for child in action.children)
    auxiliaries = {child.lower_ for child in action.children if child.dep_ in {"aux", "auxpass"}}
    marks = {child.lower_ for child in action.children if child.dep_ == "mark"}
    conditions = [child for child in action.children if child.dep_ == "advcl"
                  and any(mark.dep_ == "mark" and mark.lower_ in {"if", "unless"} for mark in child.children)]
    reported = action.dep_ == "ccomp" and action.head.lemma_ in REPORTING_VERBS and action.head.tag_ in {"VBD", "VBN"}
    if reported and "would" in auxiliaries and not conditions and not marks & {"if", "unless"}:
        auxiliaries = (auxiliaries - {"would"}) | {"will"}  # "said demining would take weeks": will, told in the past
    if (auxiliaries & CONDITIONAL_AUXILIARIES and not negated) or marks & {"if", "unless"} or conditions:
        return "hypothetical"
    if auxiliaries & FUTURE_AUXILIARIES or (action.dep_ == "xcomp" and action.head.lower_ in {"going", "about"}) \
            or (action.dep_ == "xcomp" and action.head.lemma_.lower() in PLANNING) \
            or planned(action) is not None:
        return "planned"
    return "claimed" if sourced and not statement else "asserted"


def agent_of(action: Token) -> Token | None:
    """The doer of a passive verb: "by Russian forces"."""
    for child in action.children:
        if child.dep_ == "agent":
            objects = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def argument(action: Token, deps: set[str]) -> Token | None:
    """The action's own argument, or, for a verb in a coordination, the first conjunct's."""
    for token in (action, action.head if action.dep_ in {"conj", "xcomp", "advcl"} else None):
        if token is None:
            continue
        for child in token.children:
            if child.dep_ in deps:
                return child
    return None


def phrase(token: Token) -> Span:
    """The noun phrase a token heads, without relative clauses or trailing punctuation."""
    doc = token.doc
    left = token.left_edge.i
    right = token.i
    for child in token.rights:
        if child.dep_ in {"relcl", "acl", "punct", "appos", "advcl"}:
            break
        right = child.right_edge.i
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return doc[left:right + 1]


def clean(text: str) -> str:
    return " ".join(text.split()).strip("“”\"' ,")


def trimmed(sentence: Span) -> tuple[int, int]:
    """Character offsets of a sentence without the white space around it."""
    text = sentence.text
    start = sentence.start_char + len(text) - len(text.lstrip())
    return start, sentence.start_char + len(text.rstrip())


def governing_timex(action: Token, sentence: Span, timexes: list[Timex]) -> Timex | None:
    """The time expression the action's own clause governs in the parse, or None.

    A date elsewhere in the sentence belongs to another clause ("announced on Friday that
    development, begun two years ago, ..."): the caller falls back to the publication date.
    """
    inside = [t for t in timexes if sentence.start_char <= t.start < sentence.end_char and t.resolved_start
              and t.type in {"DATE", "TIME"} and not t.value.endswith("_REF")]
    if not inside:
        return None
    doc = sentence.doc

    def governed(timex: Timex) -> bool:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        token = span.root if span is not None else None
        if token is not None and not_event_time(token):
            return False
        while token is not None and token.i != token.head.i:
            if token.i == action.i:
                return True
            if token.pos_ in {"VERB", "AUX"} and token.i != action.i:
                return False
            if token.pos_ == "NOUN" and token.lemma_.lower() in NOMINAL_EVENTS and \
                    not (token.dep_ == "pobj" and token.head.lower_ in FRAMING):
                return False  # "pointed to the visit on Thursday": the visit's time
            token = token.head
        return token is not None and token.i == action.i

    own = [t for t in inside if governed(t)]
    if not own and action.dep_ == "advcl" and action.i > sentence.start:
        # "Since Saturday, when troops entered Kupiansk": the time the when-clause follows
        first = min(action.subtree, key=lambda token: token.i)
        # not "as": "said on Tuesday, as the offensive that swept ... pushed on" is not about Tuesday
        before = doc[first.i - 1] if first.lower_ == "when" and first.i > sentence.start else None
        while before is not None and before.is_punct and before.i > sentence.start:
            before = doc[before.i - 1]
        own = [t for t in inside if before is not None and t.start <= before.idx < t.end]
    if not own and action.pos_ == "NOUN":
        # "began with the recapture of Balakliia on September 8": the time of the noun's clause
        verb = next((ancestor for ancestor in action.ancestors if ancestor.pos_ in {"VERB", "AUX"}), None)
        return governing_timex(verb, sentence, timexes) if verb is not None else None
    # "last week, on September 8": the most precise of the times the clause gives
    return min(own, key=lambda t: (t.resolved_end or t.resolved_start) - t.resolved_start) if own else None


def not_event_time(token: Token) -> bool:
    """After/before/until a time, or the time of a document ("an evening update"), not the event's.

    "since" is the event's anchor when the verb is perfect or progressive: "has remained in
    shutdown since Sunday" started on Sunday.
    """
    head = token.head
    if head.lower_ == "since":
        verb = head.head
        aspects = {child.lower_ for child in verb.children if child.dep_ in {"aux", "auxpass"}}
        return not (aspects & {"has", "have", "had", "'s", "'ve"} or verb.tag_ == "VBG")
    return head.lower_ in NOT_WHEN or (head.lemma_.lower() in DOCUMENTS and token.dep_ in {"compound", "amod", "nmod"})


def place_near(action: Token, sentence: Span, *, exclude: Span | None, target: Span | None = None) -> str:
    """The place the action happened at: the place acted on ("retook Izium", "left the city": the
    town last named), a place in its own clause ("in Izium"), else one in its sentence (a source's
    "a teacher in Kharkiv"); of several, the most precise ("the border with Russia in parts of the
    Kharkiv region": the region). Places joined by "and" to the one chosen, or listed after a colon
    ("two areas of the Donetsk region: Bakhmut and Maiorsk"), are kept with it. Places inside
    `exclude` (the actor's words) are not where the action happened."""
    places = [ent for ent in ents_in(sentence) if ent.label_ in PLACE_LABELS
              and not (exclude is not None and exclude.start <= ent.start < exclude.end)]
    acted_on = [ent for ent in places if target is not None and target.start <= ent.start < target.end]
    if not acted_on and target is not None:
        acted_on = [ent for ent in [town_referred(target.root)] if ent is not None]
    in_clause = [ent for ent in places if in_own_clause(ent.root, action)
                 and ent.root.dep_ in {"pobj", "dobj", "npadvmod", "appos", "conj", "compound", "advmod"}]
    in_clause = in_clause or [ent for token in sentence if token.dep_ == "pobj" and token.lemma_ in TOWN_NOUNS
                              and in_own_clause(token, action) for ent in [town_referred(token)] if ent is not None]
    # else a place something happened in or at: "in Kharkiv", "at the Kharkiv power plant"
    chosen = acted_on or in_clause or [ent for ent in places if ent.root.dep_ == "pobj"
                                       or (ent.root.dep_ in {"compound", "nmod"} and ent.root.head.dep_ == "pobj")]
    if not chosen:
        return ""
    listed = listed_after_colon(chosen, places)
    if listed:
        chosen = listed
    first = min(chosen, key=lambda ent: (precision_rank(ent), abs(ent.start - action.i)))
    # "entered Kupiansk and Izium": every conjoined place, joined with "; "
    names = [canonical_name(first)] + [canonical_name(ent) for ent in places if ent is not first
                                       and ent.root.dep_ == "conj" and first.root in ent.root.ancestors]
    return "; ".join(dict.fromkeys(names))


def town_referred(noun: Token) -> Span | None:
    """The place "the town" or "the city" stands for: the last town the report named before it
    ("Residents of Izium reported that Russian units had left the city": Izium). Not "the city of
    Izium" (named there) nor "the town council" (not a place)."""
    if noun.lemma_.lower() not in TOWN_NOUNS or noun.dep_ not in {"dobj", "pobj", "nsubj", "nsubjpass"} \
            or not any(child.dep_ == "det" and child.lower_ == "the" for child in noun.children) \
            or any(child.dep_ == "prep" and child.lower_ == "of" for child in noun.children):
        return None
    remembered = _DOC_ENTITIES[0]
    earlier = remembered[1] if remembered is not None and remembered[0] is noun.doc else list(noun.doc.ents)
    # a town named as such, not as a modifier ("the Kharkiv direction", "Kharkiv's mayor")
    towns = [ent for ent in earlier if ent.end <= noun.i and ent.label_ in PLACE_LABELS and precision_rank(ent) == 0
             and ent.root.dep_ not in {"compound", "poss", "amod", "nmod"}]
    return towns[-1] if towns else None


def precision_rank(place: Span) -> int:
    """How precise a place is, smaller is more: a town (or a named place the gazetteer does not know,
    such as Maiorsk) 0, a region or state 1, a country 2, a continent or compass point ("Europe",
    "the east") 3."""
    known = place_of(place)
    if known is None:
        return 0 if place.label_ == "GPE" else 3
    return {"city": 0, "region": 1, "state": 1}.get(known.kind, 2)


def listed_after_colon(chosen: list[Span], places: list[Span]) -> list[Span]:
    """The places a colon lists after a chosen place's phrase ("two key areas of the Donetsk region:
    Bakhmut and Maiorsk"): what the phrase counts, however the parser hung them."""
    doc = chosen[0].doc
    for place in chosen:
        colon = place.end if place.end < len(doc) and doc[place.end].text in {":", "—", "–"} else None
        if colon is None:
            continue
        listed = []
        for ent in places:
            if ent.start < colon:
                continue
            between = doc[(listed[-1].end if listed else colon + 1):ent.start]
            if ent.start != colon + 1 and not (listed and all(t.lower_ in {",", "and", "or"} for t in between)):
                break
            listed.append(ent)
        if listed:
            return listed
    return []


def in_own_clause(token: Token, action: Token) -> bool:
    """Whether a token hangs on the action with no other verb between: in "making progress in the
    Kharkiv region a day after troops entered Balakliia", Balakliia is the entering's, not the progress's."""
    for ancestor in (token, *token.ancestors):
        if ancestor.i == action.i:
            return True
        if ancestor.pos_ in {"VERB", "AUX"} and ancestor is not token:
            return False
    return False


def is_span_token(token: Token, span: Span) -> bool:
    return span.start <= token.i < span.end


def is_hedged(action: Token, sentence: Span) -> bool:
    """Could, reportedly, anecdotal, unverified...: the claim is not stated as fact."""
    if HEDGE_PHRASES.search(sentence.text):
        return True
    return any(token.lower_ in HEDGES or token.lemma_.lower() in HEDGES for token in sentence)


def actor_key(actor: Span | None) -> str:
    """Who acted, for merging: the country behind "Ukrainian forces" or "Ukraine's general staff"."""
    if actor is None:
        return ""
    if actor.root.lower_ in QUANTIFIERS:
        of = [child for child in actor.root.children if child.lower_ == "of"]
        objects = [child for child in of[0].children if child.dep_ == "pobj"] if of else []
        if objects:
            return actor_key(phrase(objects[0]))
    for ent in ents_in(actor):
        if ent.label_ in ACTOR_LABELS and not located(ent.root):
            name = canonical_name(ent)
            return DEMONYMS.get(name.lower(), name)
    for token in actor:
        if token.lower_ in DEMONYMS:
            return DEMONYMS[token.lower_]
    return clean(actor.root.lemma_.lower()) if actor.root.pos_ != "PRON" else ""


def located(token: Token) -> bool:
    """Whether a name only says where: the object of "near", "in", ... or a modifier of one ("near the
    Zaporizhzhia nuclear plant")."""
    while token.dep_ in {"compound", "amod", "nmod"} and token.head is not token:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVES


def entity_key(span: Span | None) -> str:
    """Like actor_key, but only when an entity or a nationality names the side."""
    if span is None:
        return ""
    key = actor_key(span)
    return key if key and (ents_in(span) or any(token.lower_ in DEMONYMS for token in span)) else ""


def reporting_subject(sentence: Span) -> Span | None:
    """The subject of the sentence's reporting verb ("Ukraine" in "Ukraine said it repelled ...")."""
    root = sentence.root
    if root.lemma_ in REPORTING_VERBS:
        for child in root.children:
            if child.dep_ == "nsubj" and child.pos_ != "PRON":
                return phrase(child)
    return None


def action_class(action: str) -> str:
    """The verb that stands for a family of synonyms ("retake" -> "take"); a plan is of the kind of what
    it plans ("decide to regroup" -> "withdraw")."""
    words = action.split()
    verb = words[-1] if len(words) == 3 and words[1] == "to" else words[0]
    for name, members in ACTION_CLASSES.items():
        if verb in members:
            return name
    return action


def events_table(events: list[Event]) -> pd.DataFrame:
    """The rows of `events.csv`."""
    columns = ["event_id", "article_id", "sentence", "start", "end", "action", "trigger", "actor", "target", "place",
               "date_value", "date_start", "date_end", "date_from", "source", "cue", "hedged", "quote", "actor_key",
               "statement", "type", "negated", "modality", "sources_chain", "trigger_start", "trigger_end",
               "source_text", "source_start", "source_end"]
    table = pd.DataFrame([{column: getattr(event, column) for column in columns} for event in events], columns=columns)
    return table.astype({"source_start": "Int64", "source_end": "Int64"})  # empty, not NaN, without a source
