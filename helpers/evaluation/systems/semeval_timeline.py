"""SemEval-2015 Task 4 Track A: CAT documents and target entities in, one TimeLine file per target out.

An adapter at the edge: it reads the task's CAT XML, detokenises it with exact token offsets, runs the kit's
stages on the text (`load_model`, `timexes_of`, `events_of`) and writes what they found in the task's format.
Which events a target's timeline lists, how a resolved date becomes an anchor string and how the lines are
ordered follow the gold timelines of the trial data and corpus_1 (see `select_events`, `anchor_of`).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from helpers.evaluation.formats.cat import TaskDocument, cat_files, read_task_document, timeml_creation_times
from helpers.evaluation.formats.timeline import Timeline, TimelineLine, write_timeline
from helpers.events import Event, events_of, every_clause_head
from helpers.nlp import load_model
from helpers.timex import timexes_of

UNKNOWN_ANCHOR = "XXXX-XX-XX"


@dataclass(frozen=True)
class Mention:
    """An event mention as the task writes it (`docid-sentence-token`), with what the kit found about it."""

    mention: str
    anchor: str
    event: Event
    sentence: int


@dataclass
class TimelineSummary:
    """What one run did: the timeline files written, the documents read and rejected (path, reason)."""

    written: list[Path] = field(default_factory=list)
    documents: int = 0
    mentions: int = 0
    rejected: list[tuple[Path, str]] = field(default_factory=list)


# --- from the kit's events to task mentions ------------------------------------------------------------------

def anchor_of(value: str, start: date | None, end: date | None) -> str:
    """A resolved date as a timeline anchor at the gold's granularity: `2005-01-18`, `2005-01-XX`, `2005-XX-XX`.

    TIMEX3 values that name a day, month or year are cut to that; anything else (weeks, seasons, quarters,
    decades) becomes the smallest of day, month or year that holds its calendar span; no span: XXXX-XX-XX.
    """
    match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?![-\dWQHSFUAIX])", value or "")
    if match and not re.match(r"\d{4}-(?:W|Q|H|SP|SU|FA|WI)", value):
        year, month, day = match.groups()
        return f"{year}-{month or 'XX'}-{day or 'XX'}"
    if start is None or end is None:
        return UNKNOWN_ANCHOR
    if start == end:
        return start.isoformat()
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.year:04d}-{start.month:02d}-XX"
    if start.year == end.year:
        return f"{start.year:04d}-XX-XX"
    return UNKNOWN_ANCHOR


def anchor_sort_key(anchor: str) -> tuple[int, int, int]:
    """Chronological order of anchors, a year before its months and a month before its days (as the gold does)."""
    parts = (anchor.split("-") + ["XX", "XX"])[:3]
    return tuple(int(part) if part.isdigit() else 0 for part in parts)  # type: ignore[return-value]


def trigger_token(doc: Doc, event: Event) -> Token | None:
    """The token of the event's trigger in its sentence: the one with the trigger text and the action's lemma."""
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None:
        return None
    candidates = [token for token in span if token.text == event.trigger]
    preferred = [token for token in candidates if token.lemma_.lower() == event.action.split()[0]]
    chosen = preferred or candidates
    return chosen[0] if chosen else None


def mention_id(document: TaskDocument, tokens: Iterable[Token]) -> tuple[str, int] | None:
    """`docid-sentence-token[_token]` of spaCy tokens, written with the CAT tokens under them, and the sentence."""
    indexes: list[int] = []
    for token in tokens:
        index = document.token_at(token.idx)
        if index is not None and index not in indexes:
            indexes.append(index)
    if not indexes:
        return None
    cat_tokens = [document.cat.tokens[index] for index in sorted(indexes)]
    sentence = cat_tokens[0].sentence
    words = "_".join(token.text for token in cat_tokens if token.sentence == sentence)
    return f"{document.doc_id}-{sentence}-{words}", sentence


@dataclass(frozen=True)
class Analysis:
    """A task document, its parse, and the kit's events in it as task mentions."""

    document: TaskDocument
    doc: Doc
    mentions: tuple[Mention, ...]


def analyse(document: TaskDocument, nlp: Language) -> Analysis:
    """Parse a task document and find its events."""
    doc = nlp(document.text)
    return Analysis(document, doc, tuple(mentions_of(document, doc)))


def mentions_of(document: TaskDocument, doc: Doc) -> list[Mention]:
    """Every event the kit finds in a parsed task document, as task mentions anchored at the gold's granularity."""
    timexes = timexes_of(doc, published=document.published)
    events = events_of(doc, timexes, article_id=document.doc_id, published=document.published,
                       actions=every_clause_head)
    mentions = []
    for event in events:
        token = trigger_token(doc, event)
        if token is None:
            continue
        particles = [child for child in token.children if child.dep_ == "prt"]
        written = mention_id(document, [token, *particles])
        if written is None:
            continue
        mention, sentence = written
        anchor = anchor_of(event.date_value, event.date_start, event.date_end)
        mentions.append(Mention(mention, anchor, event, sentence))
    return mentions


# --- choosing a target's events ------------------------------------------------------------------------------

# Which mentions a target's timeline lists was read off the gold timelines of the trial data and corpus_1:
# events the target takes part in as doer or thing acted on, named or taken up by a pronoun or description.

# Last words that make a name an organisation's, not a person's ("Singapore Airlines", "Apple Corps").
ORGANISATION_WORDS = {"airlines", "airline", "airways", "air", "force", "corps", "inc", "corporation", "corp",
                      "company", "group", "store", "motors", "bank", "index", "average", "exchange", "fund",
                      "agency", "association", "industries", "systems", "holdings", "partners", "media"}
# Pronouns and descriptions that take up the name last given to the subject ("Airbus ... it", "the plane").
PRONOUNS = {"organisation": {"it", "they", "its", "their"}, "person": {"he", "she", "his", "her"},
            "product": {"it", "its"}}
DESCRIPTIONS = {"organisation": {"company", "firm", "group", "corporation"},
                "person": {"executive", "founder", "chairman", "chief"},
                "product": {"plane", "aircraft", "jet", "airliner", "airplane", "superjumbo", "device", "phone",
                            "player", "model", "car", "vehicle"}}
STATIVE = {"be", "have"}
# Heads that make "Ryanair CEO" a person, not Ryanair.
TITLES = {"ceo", "chief", "president", "chairman", "spokesman", "spokeswoman", "executive", "officer", "director",
          "founder", "head", "manager", "vice", "secretary", "minister", "analyst"}
LEGAL_FORMS = {"airlines", "airways", "inc", "corp", "corporation", "company", "group", "holdings", "ltd", "plc"}
# Words after a number that make it an amount, not a model ("787 million").
AMOUNT_WORDS = "million|billion|percent|per|people|passengers|seats"
# Auxiliaries of an event the gold leaves unordered unless a date says when: modal, future, past perfect.
NOT_PLACED = {"will", "would", "can", "could", "may", "might", "must", "should", "shall", "ca", "wo", "had", "'d"}


def target_names(entity: str) -> list[str]:
    """The ways a text names a target: the full name first, then the parts that name it alone.

    A model without its maker ("A380", "787 Dreamliner", "787", "Dreamliner" for "Boeing 787 Dreamliner"; a
    model number alone only from three characters on: "777", not "4"), the last words of a longer name
    ("Apple Corps", "Air Force"), a name without its legal form ("China Eastern" for China Eastern Airlines),
    a brand before a generic word ("iTunes" for "iTunes store"), the surname of a two-word name that is not an
    organisation's ("Jobs"), initials of three letters or more ("USAF").
    """
    words = entity.split()
    names = [entity]
    if len(words) > 1:
        model = next((i for i, word in enumerate(words[1:], start=1) if any(c.isdigit() for c in word)), None)
        if model is not None:
            rest = " ".join(words[1:])
            names += [rest] if len(rest) >= 3 else []
            names += [word for word in words[model:] if len(word) >= 3 and word != rest]
        else:
            names += [" ".join(words[i:]) for i in range(1, len(words) - 1)]
            if words[-1].lower() in LEGAL_FORMS and len(words) > 2:
                names.append(" ".join(words[:-1]))
            elif len(words) == 2 and words[-1].lower() in ORGANISATION_WORDS:
                if any(c.isupper() or c.isdigit() for c in words[0][1:]):
                    names.append(words[0])  # a brand: "iTunes", "eBay"
            elif len(words) == 2 and words[-1][:1].isupper():
                names.append(words[-1])  # a surname: "Jobs", "Gallois"
        initials = "".join(word[0] for word in words if word[0].isupper())
        if len(initials) > 2:
            names.append(initials)
    return list(dict.fromkeys(names))


def names_pattern(entity: str) -> re.Pattern:
    """Any of the target's names as a whole word, with a plural `s` ("A380s"). The full name matches in any
    case; its parts only as written ("Jobs", not "jobs"), and a bare number not as an amount ("787", not
    "$787" or "787 million")."""
    parts = []
    for number, name in enumerate(target_names(entity)):
        escaped = r"\s+".join(re.escape(word) for word in name.split())
        if name.isdigit():
            escaped = rf"(?<![$£€.,]){escaped}(?![.,]\d)(?!\s+(?:{AMOUNT_WORDS}))"
        parts.append(f"(?i:{escaped})" if number == 0 else escaped)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?:-[A-Z0-9]+\b)?s?(?![\w-])")


def phrase_span(doc: Doc, event: Event, text: str) -> Span | None:
    """Where a participant phrase of the event (`actor`, `target`, `source`) is in its sentence, else where it
    was last written before it: the name the kit gives a pronoun ("He" -> "Steve Jobs")."""
    if not text:
        return None
    found = doc.text.find(text, event.start, event.end)
    if found < 0:  # the kit trims quotes and spaces from the phrase
        found = doc.text.find(text[:20], event.start, event.end)
        if found < 0:
            found = doc.text.rfind(text, 0, event.start)
            return doc.char_span(found, found + len(text), alignment_mode="expand") if found >= 0 else None
        return doc.char_span(found, found + min(len(text), event.end - found), alignment_mode="expand")
    return doc.char_span(found, found + len(text), alignment_mode="expand")


def naming_role(span: Span | None, pattern: re.Pattern) -> str:
    """"head" when the phrase is about the target ("Airbus", "Northrop Grumman and EADS", "Boeing Commercial
    Airplanes", "European aircraft manufacturer, Airbus,", "long-range 777"), "modifier" when the target only
    qualifies its head ("Airbus jets", "Boeing's rival", "Airbus A380"), "" when the phrase does not name it."""
    if span is None or not len(span):
        return ""
    doc = span.doc
    role = ""
    appositions = [child for child in span.root.children if child.dep_ == "appos" and child.i >= span.end]
    pieces = [span, *(doc[child.left_edge.i:child.right_edge.i + 1] for child in appositions)]
    for piece in pieces:
        for match in pattern.finditer(piece.text):
            named = doc.char_span(piece.start_char + match.start(), piece.start_char + match.end(),
                                  alignment_mode="expand")
            if named is None:
                continue
            if named_head(named, piece) or (named.end == last_word(piece) and not inside_preposition(named, piece)):
                return "head"  # English noun phrases end with their head: "long-range 777"
            role = "modifier"
    return role


def named_head(named: Span, piece: Span) -> bool:
    """Whether a name heads a phrase, climbing coordinations, appositions and longer names of the same body."""
    token = named[-1]
    while True:
        head = token.head
        if head.i == token.i or not piece.start <= head.i < piece.end:
            break
        if token.dep_ in {"conj", "appos"}:
            token = head
        elif token.dep_ == "compound" and head.i > token.i and head.pos_ == "PROPN" and \
                not any(character.isdigit() for character in head.text) and not named.start <= head.i < named.end \
                and head.lower_ not in TITLES and head.ent_type_ != "PERSON":
            token = head  # "Boeing Commercial Airplanes", but not "Ryanair CEO" nor "Boeing executive Sears"
        else:
            break
    return token.i == piece.root.i


def inside_preposition(named: Span, piece: Span) -> bool:
    """Whether a name sits in a prepositional phrase of the phrase: "his choice of Boeing", "more than Airbus"."""
    token = named.root
    while piece.start <= token.head.i < piece.end and token.head.i != token.i:
        if token.dep_ == "pobj":
            return True
        token = token.head
    return False


def last_word(span: Span) -> int:
    """The end (exclusive token index) of a span without trailing punctuation and space."""
    end = span.end
    while end > span.start and (span.doc[end - 1].is_punct or span.doc[end - 1].is_space):
        end -= 1
    return end


def refers_back(span: Span | None, kind: str, descriptions: set[str] = frozenset()) -> bool:
    """Whether a phrase takes up an earlier name of a target of this kind: "it", "they", "the company" for an
    organisation, "he", "she" for a person, "it", "the plane" for a product, or a description the documents
    give the target themselves ("the airframer" after "airframer Boeing", see `descriptions_of`). The "it"
    of "it is expected that" and "it has been reported that" takes up nothing."""
    if span is None or not len(span):
        return False
    root = span.root
    if root.lower_ in PRONOUNS[kind]:
        clause = root.head
        placeholder = root.dep_ == "expl" or (root.lower_ == "it" and root.dep_ in {"nsubj", "nsubjpass"} and any(
            child.dep_ in {"ccomp", "csubj"} or (child.dep_ == "mark" and child.lower_ == "that")
            for child in clause.children))
        return not placeholder
    described = root.lemma_.lower() in DESCRIPTIONS[kind] | descriptions
    return described and span[0].lower_ in {"the", "this", "that"}


def descriptions_of(pattern: re.Pattern, analyses: list[Analysis]) -> set[str]:
    """Common nouns the documents put beside the target's name: "aircraft manufacturer Airbus", "Airbus, Europe's
    biggest aircraft manufacturer," -> {"manufacturer"}: what "the manufacturer" can stand for."""
    found: set[str] = set()
    for analysis in analyses:
        for match in pattern.finditer(analysis.doc.text):
            named = analysis.doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if named is None:
                continue
            root = named.root
            neighbours = [child for child in root.children if child.dep_ in {"appos", "compound"}]
            if root.dep_ == "appos":
                neighbours.append(root.head)
            found.update(token.lemma_.lower() for token in neighbours
                         if token.pos_ == "NOUN" and not named.start <= token.i < named.end)
    return found


def target_kind(entity: str, analyses: list[Analysis]) -> str:
    """"product" (a model number in the name, or named as a PRODUCT), "person" or "organisation", by what the
    kit's entity recogniser calls the name where the documents give it in full."""
    if any(any(character.isdigit() for character in word) for word in entity.split()[1:]):
        return "product"
    pattern = re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(word) for word in entity.split()) + r"(?![\w-])",
                         re.IGNORECASE)
    labels: Counter[str] = Counter()
    for analysis in analyses:
        for match in pattern.finditer(analysis.doc.text):
            for ent in analysis.doc.ents:
                if ent.start_char <= match.start() < ent.end_char:
                    labels[ent.label_] += 1
    label = labels.most_common(1)[0][0] if labels else "ORG"
    return {"PERSON": "person", "PRODUCT": "product"}.get(label, "organisation")


def is_placed(doc: Doc, mention: Mention) -> bool:
    """Whether the gold would put the event on the timeline: a date in its clause always does; without one,
    events that are modal, future or past perfect ("would cancel", "will fly", "had approached") and present
    tense statements outside the headline ("Airbus manufactures") are left unordered."""
    if mention.event.date_from == "sentence":
        return True
    token = trigger_token(doc, mention.event)
    if token is None:
        return False
    auxiliaries = {child.lower_ for child in token.children if child.dep_ in {"aux", "auxpass"}}
    if auxiliaries & NOT_PLACED:
        return False
    return not (mention.sentence > 0 and token.tag_ in {"VBZ", "VBP"} and not auxiliaries)


@dataclass(frozen=True)
class Choice:
    """A mention chosen for a target's timeline, how the target takes part, and whether it can be ordered."""

    mention: Mention
    role: str
    placed: bool


def choose_events(entity: str, analyses: list[Analysis]) -> list[Choice]:
    """The mentions the target takes part in, with how: the target heads the event's actor ("actor") or its
    object ("target"), or the actor or object takes up an earlier name ("it", "the company", "the plane") in
    a document whose headline names the target or just after an actor naming it ("refers"). States ("be",
    "have") are left out."""
    pattern = names_pattern(entity)
    kind = target_kind(entity, analyses)
    descriptions = descriptions_of(pattern, analyses) if kind == "organisation" else set()
    chosen = []
    for analysis in analyses:
        doc = analysis.doc
        headline = " ".join(token.text for token in analysis.document.cat.sentence_tokens(0))
        about_target = bool(pattern.search(headline))
        last_named_was_target = False
        for mention in analysis.mentions:
            event = mention.event
            actor, thing = phrase_span(doc, event, event.actor), phrase_span(doc, event, event.target)
            actor_role, object_role = naming_role(actor, pattern), naming_role(thing, pattern)
            if actor_role == "head":
                role = "actor"
            elif object_role == "head":
                role = "target"
            elif (refers_back(actor, kind, descriptions) or refers_back(thing, kind, descriptions)) \
                    and (last_named_was_target or about_target) \
                    and not event.quote:
                role = "refers"  # in quotations "it" and "we" are the speaker's, not the narrative's
            else:
                role = ""
            if actor is not None and not refers_back(actor, kind, descriptions) and \
                    any(t.pos_ == "PROPN" for t in actor):
                last_named_was_target = actor_role == "head"
            if role and event.action.split()[0] not in STATIVE:
                chosen.append(Choice(mention, role, is_placed(doc, mention)))
    return chosen


def select_events(entity: str, analyses: list[Analysis]) -> list[Mention]:
    """The mentions of `choose_events`, those the gold would leave unordered anchored XXXX-XX-XX."""
    return [choice.mention if choice.placed else replace(choice.mention, anchor=UNKNOWN_ANCHOR)
            for choice in choose_events(entity, analyses)]


def baseline_events(entity: str, analyses: list[Analysis]) -> list[Mention]:
    """The task's naive baseline: the root verb of every sentence that names the target in full (case ignored),
    anchored to the publication date."""
    pattern = re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(word) for word in entity.split()) + r"(?![\w-])",
                         re.IGNORECASE)
    chosen = []
    for analysis in analyses:
        for sentence in analysis.doc.sents:
            root = sentence.root
            if root.pos_ not in {"VERB", "AUX"} or not pattern.search(sentence.text):
                continue
            written = mention_id(analysis.document, [root])
            if written is not None:
                published = analysis.document.published
                event = Event(event_id="", article_id=analysis.document.doc_id, sentence=sentence.text,
                              start=sentence.start_char, end=sentence.end_char, action=root.lemma_.lower(),
                              trigger=root.text, actor="", target="", place="", date_value=published.isoformat(),
                              date_start=published, date_end=published, date_from="published", source="", cue="",
                              hedged=False, quote=False, actor_key="", statement=False)
                chosen.append(Mention(written[0], published.isoformat(), event, written[1]))
    return chosen


# --- writing timelines ---------------------------------------------------------------------------------------

def build_timeline(entity: str, mentions: list[Mention]) -> Timeline:
    """A timeline of the chosen mentions: one line per (anchor, action), coreferent mentions side by side;
    equal anchors share an order number, anchors in date order; unanchored mentions are order 0."""
    groups: dict[tuple[str, str], list[str]] = {}
    for mention in mentions:
        key = (mention.anchor, mention.event.action)
        if mention.mention not in groups.setdefault(key, []):
            groups[key].append(mention.mention)
    anchored = sorted({anchor for anchor, _ in groups if anchor != UNKNOWN_ANCHOR}, key=anchor_sort_key)
    order = {anchor: number for number, anchor in enumerate(anchored, start=1)}
    lines = [TimelineLine(order.get(anchor, 0), anchor, tuple(events)) for (anchor, _), events in groups.items()]
    lines.sort(key=lambda line: (line.order, anchor_sort_key(line.anchor), line.events))
    return Timeline(entity, tuple(lines))


def read_documents(cat_dir: str | Path, summary: TimelineSummary) -> list[TaskDocument]:
    """Every readable CAT document of a folder; unreadable ones go to `summary.rejected`."""
    dcts = timeml_creation_times(cat_dir)
    documents = []
    for path in cat_files(cat_dir):
        try:
            documents.append(read_task_document(path, timeml_dcts=dcts))
        except (OSError, ValueError, SyntaxError) as problem:  # ET.ParseError is a SyntaxError
            summary.rejected.append((path, str(problem)))
    return documents


def write_timelines(cat_dir: str | Path, targets: list[str], out_dir: str | Path, *, model: str | None = None,
                    progress: bool = False,
                    select: Callable[[str, list[Analysis]], list[Mention]] = select_events) -> TimelineSummary:
    """Read every CAT document of `cat_dir`, find their events once, write `<out_dir>/<target>.txt` per target.

    Raises ValueError when `cat_dir` holds no CAT document or `targets` is empty.
    """
    if not targets:
        raise ValueError("no target entities")
    summary = TimelineSummary()
    documents = read_documents(cat_dir, summary)
    if not documents:
        raise ValueError(f"no readable CAT XML documents in {cat_dir}")
    nlp = load_model(model)
    summary.documents = len(documents)
    if progress:
        from tqdm.auto import tqdm

        documents = tqdm(documents, desc="CAT documents", unit="doc")
    analyses = [analyse(document, nlp) for document in documents]
    summary.mentions = sum(len(analysis.mentions) for analysis in analyses)
    for entity in targets:
        summary.written.append(write_timeline(build_timeline(entity, select(entity, analyses)), out_dir))
    return summary
