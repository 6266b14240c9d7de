"""Events: who did what to whom, where and when, and according to whom, from a parsed report."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pandas as pd
from spacy.tokens import Doc, Span, Token

from helpers.entities import PLACE_LABELS, canonical_name
from helpers.timex import Timex

REPORTING = {"say", "tell", "announce", "state", "report", "claim", "add", "confirm", "acknowledge", "deny", "assess",
             "note", "write", "warn", "insist", "allege", "explain", "describe", "estimate", "indicate", "post",
             "declare", "admit", "reveal", "stress", "argue", "predict", "accuse", "specify", "believe", "cite"}
HEDGES = {"could", "might", "may", "reportedly", "allegedly", "apparently", "anecdotal", "unconfirmed", "possibly",
          "likely", "unlikely", "appear", "seem", "purportedly", "unverified", "suspected", "probably", "perhaps",
          "rumour", "rumor", "unclear", "believed", "claimed", "alleged", "supposedly", "indicative"}
HEDGE_PHRASES = re.compile(r"could not be (independently )?verified|not independently verified|according to unconfirmed"
                           r"|it is not clear|it was not clear", re.IGNORECASE)
# Verbs that say the same thing in other words: merged across reports under the first.
ACTION_CLASSES = {
    # who took control from whom is the actor's business; the action is the same
    "take": {"recapture", "retake", "liberate", "reclaim", "free", "regain", "capture", "seize", "take", "occupy",
             "overrun", "annex", "enter"},
    "attack": {"attack", "shell", "strike", "bomb", "hit", "pound", "target", "fire", "launch"},
    "withdraw": {"withdraw", "retreat", "flee", "leave", "abandon", "cede", "pull"},
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
NOT_EVENTS = {"be", "have", "lie", "remain", "seem", "appear", "include", "mean", "need", "want", "become", "stand",
              "contain", "consist", "belong", "know", "think", "hope", "feel", "look", "verify", "expect", "give"}
DOCUMENTS = {"update", "statement", "report", "post", "briefing", "bulletin", "release", "message", "summary",
             "assessment", "communique", "announcement", "tweet"}
NOT_WHEN = {"after", "before", "since", "until", "till", "by", "ahead", "prior"}
QUANTIFIERS = {"many", "some", "most", "all", "several", "none", "few", "thousands", "hundreds", "dozens", "each"}
QUOTES = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
ACTOR_LABELS = {"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"}


@dataclass(frozen=True)
class Event:
    """One event mention: its action and participants, its date and where that came from, its source."""

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


def events_of(doc: Doc, timexes: list[Timex], *, article_id: str, published: date | None,
              every_clause: bool = False) -> list[Event]:
    """Every event of a parsed report: the main action of each clause, with its source and date.

    Reporting verbs ("said", "announced") are not events of their own when they report one:
    they give the event its source. A definite source ("the official") takes the name of the
    last source with the same head word ("a senior US military official").
    """
    events: list[Event] = []
    sources: list[Span] = []
    sentences = [sentence for sentence in doc.sents if any(token.is_alpha for token in sentence)]
    found = [find_source(sentence) for sentence in sentences]
    quotes = [(match.start(), match.end()) for match in QUOTES.finditer(doc.text) if match.end() - match.start() > 2]
    for index, sentence in enumerate(sentences):
        source, cue = found[index]
        if source is None:
            # a quote running over several sentences is attributed where it closes
            source, cue = quote_source(sentence, quotes, sentences[index + 1:index + 4], found[index + 1:index + 4])
        if source is not None:
            source_name = resolve_source(source, sources)
            sources.append(source)
        else:
            source_name = ""
        for action in (every_verb(sentence) if every_clause else find_actions(sentence, source)):
            if source is not None and is_span_token(action, source):
                continue
            events.append(make_event(action, sentence, source, source_name, cue, timexes, article_id=article_id,
                                     published=published, number=len(events) + 1,
                                     quote=any(start < action.idx < end for start, end in quotes)))
    return events


def find_actions(sentence: Span, source: Span | None) -> list[Token]:
    """The clause heads that carry the sentence's news, reporting verbs replaced by what they report."""
    root = sentence.root
    heads = [root]
    if root.lemma_ in REPORTING:
        reported = [child for child in root.children if child.dep_ in {"ccomp", "parataxis", "xcomp"}
                    and child.pos_ in {"VERB", "AUX"}]
        if reported:
            heads = reported
    actions = []
    for head in heads:
        for token in (head, *head.conjuncts):
            if token.pos_ in {"VERB", "AUX"} and token not in actions and token.sent == sentence:
                actions.append(token)
    return actions


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
    for verb in (root, *[child for child in root.children if child.dep_ in {"ccomp", "conj"}]):
        if verb.lemma_ in REPORTING:
            # "X said": X is the source; in "no casualties were reported" the subject is the news
            subjects = [child for child in verb.children if child.dep_ == "nsubj"]
            if subjects and subjects[0].pos_ not in {"PRON"} or (subjects and subjects[0].lower_ in {"he", "she"}):
                return speaker(subjects[0]), verb.lemma_
    return None, ""


def speaker(token: Token) -> Span:
    """The source a subject names: "Vitaly Ganchev" for "the head of ..., Vitaly Ganchev";
    "the general staff" for "an evening update from the general staff"."""
    for child in token.children:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            return phrase(child)
    if token.lemma_.lower() in DOCUMENTS:
        for preposition in token.children:
            if preposition.lower_ in {"from", "by", "of"}:
                objects = [child for child in preposition.children if child.dep_ == "pobj"]
                if objects:
                    return speaker(objects[0])
    return phrase(token)


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
    """"The official" after "a senior US military official" is that official."""
    text = clean(source.text)
    if source[0].lower_ in {"the", "he", "she", "they"} or source.root.pos_ == "PRON":
        for previous in reversed(earlier):
            if previous.root.lemma_ == source.root.lemma_ and previous[0].lower_ != "the":
                return clean(previous.text)
            if source.root.pos_ == "PRON" and previous.root.pos_ != "PRON":
                return clean(previous.text)
    return text


def make_event(action: Token, sentence: Span, source_span: Span | None, source: str, cue: str,
               timexes: list[Timex], *, article_id: str, published: date | None, number: int, quote: bool) -> Event:
    """Fill in one event's participants, place, date, hedging and quotation."""
    doc = sentence.doc
    actor_token = argument(action, {"nsubj", "csubj"}) or agent_of(action)
    target_token = argument(action, {"dobj", "nsubjpass", "attr", "acomp", "oprd"})
    if target_token is None and action.dep_ == "acl" and action.head.pos_ in {"PROPN", "NOUN"}:
        target_token = action.head  # "Kupiansk, retaken on September 10"
    actor = phrase(actor_token) if actor_token is not None else None
    target = phrase(target_token) if target_token is not None else None
    actor_text, key = clean(actor.text) if actor is not None else "", actor_key(actor)
    if actor is not None and source_span is not None and actor[0].lower_ in {"it", "its", "they", "their"}:
        # "Ukraine said it repelled", "the general staff announced that its soldiers": the speaker's side
        key = entity_key(reporting_subject(sentence) or source_span) or key
        if key and len(actor) == 1:
            actor_text = key
        elif key:
            actor_text = f"{key}’s {clean(actor[1:].text)}"
    outside_source = [t for t in timexes if source_span is None
                      or not source_span.start_char <= t.start < source_span.end_char]
    timex = governing_timex(action, sentence, outside_source)
    if timex is not None:
        date_value, date_start, date_end, date_from = timex.value, timex.resolved_start, timex.resolved_end, "sentence"
    else:
        date_value = published.isoformat() if published else ""
        date_start = date_end = published
        date_from = "published" if published else "unknown"
    start, end = trimmed(sentence)
    action_name = action.lemma_.lower() if action.lemma_.isalpha() else "be"
    if action_name == "be" and target_token is not None and target_token.pos_ == "ADJ":
        action_name = f"be {target_token.lower_}"
    return Event(
        event_id=f"{article_id}-{number:03d}", article_id=article_id, sentence=doc.text[start:end],
        start=start, end=end, action=action_name, trigger=action.text,
        actor=actor_text, target=clean(target.text) if target is not None else "",
        place=place_near(action, sentence, exclude=actor, target=target), date_value=date_value, date_start=date_start,
        date_end=date_end, date_from=date_from, source=source, cue=cue, hedged=is_hedged(action, sentence),
        quote=quote, actor_key=key, statement=action.lemma_ in REPORTING,
    )


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
            token = token.head
        return token is not None and token.i == action.i

    own = [t for t in inside if governed(t)]
    return own[0] if own else None


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
    """The place the action happened at: the place acted on ("retook Izium"), a place in its
    clause ("in Izium"), else one in its sentence."""
    places = [ent for ent in sentence.ents if ent.label_ in PLACE_LABELS
              and not (exclude is not None and exclude.start <= ent.start < exclude.end)]
    if target is not None:
        acted_on = [ent for ent in places if target.start <= ent.start < target.end]
        if acted_on:
            return canonical_name(acted_on[0])
    in_clause = [ent for ent in places if is_descendant(ent.root, action) and ent.root.dep_ in {"pobj", "dobj", "npadvmod", "appos", "conj", "compound"}]
    chosen = in_clause or [ent for ent in places if ent.root.dep_ == "pobj"]
    if not chosen:
        return ""
    return canonical_name(min(chosen, key=lambda ent: abs(ent.start - action.i)))


def is_descendant(token: Token, ancestor: Token) -> bool:
    return token.i == ancestor.i or ancestor in token.ancestors


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
    for ent in actor.ents:
        if ent.label_ in ACTOR_LABELS:
            name = canonical_name(ent)
            return DEMONYMS.get(name.lower(), name)
    for token in actor:
        if token.lower_ in DEMONYMS:
            return DEMONYMS[token.lower_]
    return clean(actor.root.lemma_.lower()) if actor.root.pos_ != "PRON" else ""


def entity_key(span: Span | None) -> str:
    """Like actor_key, but only when an entity or a nationality names the side."""
    if span is None:
        return ""
    key = actor_key(span)
    return key if key and (span.ents or any(token.lower_ in DEMONYMS for token in span)) else ""


def reporting_subject(sentence: Span) -> Span | None:
    """The subject of the sentence's reporting verb ("Ukraine" in "Ukraine said it repelled ...")."""
    root = sentence.root
    if root.lemma_ in REPORTING:
        for child in root.children:
            if child.dep_ == "nsubj" and child.pos_ != "PRON":
                return phrase(child)
    return None


def action_class(action: str) -> str:
    """The verb that stands for a family of synonyms ("retake" -> "recapture")."""
    verb = action.split()[0]
    for name, members in ACTION_CLASSES.items():
        if verb in members:
            return name
    return action


def events_table(events: list[Event]) -> pd.DataFrame:
    """The rows of `events.csv`."""
    columns = ["event_id", "article_id", "sentence", "start", "end", "action", "trigger", "actor", "target", "place",
               "date_value", "date_start", "date_end", "date_from", "source", "cue", "hedged", "quote", "actor_key",
               "statement"]
    return pd.DataFrame([{column: getattr(event, column) for column in columns} for event in events], columns=columns)
