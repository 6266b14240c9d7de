"""According to whom: the source a sentence or an event is told by, the chain of sources, quotations, hedges."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from helpers.events.coref import Antecedents
from helpers.events.given_names import name_gender
from helpers.events.spans import TEXT, EntityIndex, clean, is_headline, phrase, quote_around, text_of
from helpers.events.tree import children, sentence_start, tokens_of
from helpers.events.words import DOCUMENTS, RELATIVES
from helpers.lexicon import REPORTING_VERBS

# A straight mark opens or closes by where it stands; `` and '' are the typewriter's pair (MEANTIME, TimeBank).
QUOTATION_MARKS = {"“": "open", "”": "close", '"': "", "``": "open", "''": "close"}
QUOTATION_MARK = re.compile("|".join(sorted(map(re.escape, QUOTATION_MARKS), key=len, reverse=True)))
# What may stand just before an opening mark and just after a closing one, besides a space.
BEFORE_OPENING, AFTER_CLOSING = "([{—–-", ".,;:!?)]}—–-"
LETTER = re.compile(r"[^\W\d_]")
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
# Some reports put each sentence on a line of its own (the bundled Wikinews): a quotation goes on past a blank line
# when its closing mark comes within this many sentences, before any opening mark.
QUOTED_SENTENCES_ACROSS_LINES = 3
SOURCE_EDGES = "“”\"' ,"  # what a source's words are trimmed of, as `clean` trims a name


@dataclass(frozen=True)
class Report:
    """What finding sources reads of a whole report: its sentences (those with a word), the source each
    names itself (find_source), the report's text and the spans of its quotations (character offsets)."""

    sentences: list[Span]
    found: list[tuple[Span | None, str]]
    text: str
    quotes: list[tuple[int, int]]
    entities: EntityIndex
    antecedents: Antecedents

    @classmethod
    def of(cls, doc: Doc, entities: EntityIndex) -> Report:
        text = doc.user_data[TEXT] = doc.text  # spaCy joins the tokens again at each `doc.text` (see text_of)
        sentences = [sentence for sentence in doc.sents if LETTER.search(text, sentence.start_char, sentence.end_char)]
        quotes = quotations(text, [sentence.end_char for sentence in doc.sents])
        found = [find_source(sentence, entities) for sentence in sentences]
        return cls(sentences, found, text, quotes, entities,
                   Antecedents.of(doc, entities, quotes, quoted_speakers(sentences, found, quotes)))

    def in_quotation(self, token: Token) -> bool:
        return quote_around(token.idx, self.quotes) is not None


def quoted_speakers(sentences: list[Span], found: list[tuple[Span | None, str]],
                    quotes: list[tuple[int, int]]) -> dict[int, str]:
    """The words naming who speaks in each sentence with a quotation, by the sentence's first word: the teller the
    sentence names, or that of the sentence where its quotation closes, or, for a quotation opening a sentence
    that names none, the person who told the sentence before ("Canos-Donnay told VOA. “He combined ...”")."""
    speakers = {}
    for index, sentence in enumerate(sentences):
        if not any(start < sentence.end_char and end > sentence.start_char for start, end in quotes):
            continue
        source = found[index][0] or quote_source(sentence, quotes, sentences[index + 1:index + 4],
                                                 found[index + 1:index + 4])[0]
        before = SentenceSource(found[index - 1][0]) if index else SentenceSource()
        if source is None and quoted_after_speaker(sentence, before):
            source = before.words
        if source is not None and source.root.pos_ != "PRON":
            speakers[sentence.start] = clean(source.text)
    return speakers


def quotations(text: str, sentence_ends: list[int]) -> list[tuple[int, int]]:
    """Where the quotations of a text are (character offsets, marks included), pairing marks tolerantly: a mark
    opens or closes by where it stands (after a space, before a word: opening), whatever its shape, so a
    straight mark may close a curly one. A quotation runs past its paragraph only to a closing mark a few
    sentences on (QUOTED_SENTENCES_ACROSS_LINES); one left open ends at the end of the sentence it opened in (a
    text flattened into one line has no paragraphs to bound it), or at the next opening mark."""
    found: list[tuple[int, int]] = []
    paragraph_ends = [match.start() for match in PARAGRAPH_BREAK.finditer(text)] + [len(text)]
    opened = -1
    for position, mark, side in quotation_marks(text):
        if opened >= 0 and (side == "open" or too_far(opened, position, sentence_ends, paragraph_ends)):
            found.append((opened, left_open_end(opened, position, sentence_ends, paragraph_ends)))
            opened = -1
        if opened >= 0:  # a closing mark, or a straight one that can only close
            found.append((opened, position + len(mark)))
            opened = -1
        elif side != "close":  # a closing mark with no opening one is a stray
            opened = position
    if opened >= 0:
        found.append((opened, left_open_end(opened, len(text), sentence_ends, paragraph_ends)))
    return [(start, end) for start, end in found if end - start > 2]


def quotation_marks(text: str) -> list[tuple[int, str, str]]:
    """Each quotation mark's offset, the mark and its side, "open" or "close" ("" when neither its place nor its shape
    tells: a straight mark between two words or two spaces)."""
    marks = []
    for match in QUOTATION_MARK.finditer(text):
        position, mark = match.start(), match.group()
        before = text[position - 1] if position else " "
        after = text[match.end()] if match.end() < len(text) else " "
        opens = (before.isspace() or before in BEFORE_OPENING) and not after.isspace()
        closes = (after.isspace() or after in AFTER_CLOSING) and not before.isspace()
        side = "open" if opens and not closes else "close" if closes and not opens else QUOTATION_MARKS[mark]
        marks.append((position, mark, side))
    return marks


def too_far(opened: int, position: int, sentence_ends: list[int], paragraph_ends: list[int]) -> bool:
    """Whether a closing mark at `position` is too far from the opening one to close it: in a later paragraph,
    more than QUOTED_SENTENCES_ACROSS_LINES sentences on."""
    if paragraph_of(position, paragraph_ends) == paragraph_of(opened, paragraph_ends):
        return False
    return bisect_left(sentence_ends, position) - bisect_left(sentence_ends, opened) >= QUOTED_SENTENCES_ACROSS_LINES


def paragraph_of(position: int, paragraph_ends: list[int]) -> int:
    return bisect_left(paragraph_ends, position)


def left_open_end(start: int, next_mark: int, sentence_ends: list[int], paragraph_ends: list[int]) -> int:
    """Where a quotation without its closing mark ends: its sentence's end, its paragraph's, or the next mark."""
    sentence_end = sentence_ends[min(bisect_left(sentence_ends, start + 1), len(sentence_ends) - 1)]
    return min(sentence_end, paragraph_ends[paragraph_of(start, paragraph_ends)], next_mark)


@dataclass(frozen=True)
class SentenceSource:
    """Who a sentence is told by: the source's words (None: no one), the cue ("say", "according to")
    and the source's name as a careful reader gives it ("" when none)."""

    words: Span | None = None
    cue: str = ""
    name: str = ""


@dataclass(frozen=True)
class ClaimSource:
    """Who tells one event: the nearest source's name and cue, the chain of every source the claim passed
    through (outermost first, joined with " > "), and the nearest source's words in the report (or None)."""

    name: str = ""
    cue: str = ""
    chain: str = ""
    words: Span | None = None


def sentence_source(report: Report, index: int, previous: SentenceSource, named: list[Span]) -> SentenceSource:
    """Who sentence `index` of the report is told by: the source it names, else the source of a quotation
    that closes in a later sentence, else, for a quotation going on, the `previous` sentence's; named
    against the sources `named` before it (see resolve_source)."""
    sentence = report.sentences[index]
    source, cue = report.found[index]
    if source is None:
        # a quote running over several sentences is attributed where it closes
        source, cue = quote_source(sentence, report.quotes, report.sentences[index + 1:index + 4],
                                   report.found[index + 1:index + 4])
    before = report.sentences[index - 1] if index else None
    if source is None and before is not None and (
            continues_quote(sentence, before, report.quotes, report.text) or quoted_after_speaker(sentence, previous)
            or quote_going_on(sentence, before, report.quotes, previous.words)):
        # "“We waited six months,” said Mykola. “Yesterday there were tanks.”"
        source, cue = previous.words, previous.cue
    if source is None:
        return SentenceSource(None, cue)
    name = ""
    if index == 0 and is_headline(sentence):
        # a headline's "US official" is the body's "a senior US defence official"
        name = fuller_name(source, [later for later, _ in report.found[1:] if later is not None], report.entities)
    return SentenceSource(source, cue, name or resolve_source(source, named, report.entities, report.antecedents))


def claim_source(action: Token, sentence: Span, told: SentenceSource, named: list[Span],
                 entities: EntityIndex, antecedents: Antecedents | None = None) -> ClaimSource:
    """Who tells an action: the sentence's source, then each reporter between it and the action ("the
    ministry said that a local official told Reuters that ...": the local official, by way of the ministry)."""
    if told.words is not None and reporters_own(action, told.words):
        return ClaimSource()
    chain, cue, nearest = [told.name] if told.name else [], told.cue, told.words
    for speaker_span, verb in inner_sources(action, sentence, told.words, entities):
        inner_name = resolve_source(speaker_span, named, entities, antecedents)
        if told.words is not None and speaker_span.start < told.words.start:
            if told.name.startswith((f"{inner_name}’s", f"{inner_name}'s")):
                continue  # "Ukraine said ..., according to an update from the general staff": its staff
            chain = []  # "Ukraine says ...; Moscow announces ...": Moscow does not report Ukraine
        chain.append(inner_name)
        cue, nearest = verb, speaker_span
    return ClaimSource(chain[-1] if chain else "", cue, " > ".join(chain), nearest)


def reporters_own(action: Token, source: Span) -> bool:
    """Whether the report, not the sentence's source, tells an action: what it says of the source ("Juanita
    Castro, who [arrived] in Miami in 1961, believes ..."), or the act the source's saying goes along with
    ("Gonzalez [wrote] to Reno, saying he does not recognize the courts")."""
    root = source.root
    holder = root  # ... or of the text the source issued: "an assessment from the ministry [released] Thursday showed"
    while holder.dep_ in {"pobj", "prep", "poss", "compound"} and holder.head.pos_ in {"ADP", "NOUN", "PROPN"}:
        holder = holder.head
    if action.dep_ in {"relcl", "acl"} and any(word.left_edge.i <= action.i <= word.right_edge.i
                                               for word in (root, holder)):
        return True
    occasion = action.head if action.dep_ == "acl" and action.tag_ == "VBN" and not any(
        child.dep_ in {"nsubj", "nsubjpass", "mark"} for child in children(action)) else action  # (not "that ...")
    if occasion.pos_ == "NOUN" and occasion.dep_ == "pobj" and root.dep_ == "nsubj" \
            and occasion.head.head == root.head:
        # when, where or in what the source spoke: "Trump told Starmer during the [visit]", "In a statement
        # [emailed] to VOA on Friday, Exantus described the jailbreak as deplorable"
        return True
    if root.dep_ == "nsubj" and action.dep_ == "conj" and action.head == root.head \
            and not any(child.dep_ in {"nsubj", "nsubjpass"} for child in children(action)):
        return True  # what the source did besides: "Badmus stressed the need for awareness and [urged] people to ..."
    if root.dep_ == "nsubj" and root.head.dep_ == "conj" and root.head.head == action \
            and not any(mark in text_of(action.doc[action.i:root.head.i]) for mark in QUOTE_MARKS):
        return True  # what was done before the saying: "Kirkwood [briefed] reporters, and he said ..." (not the
        # quotation a saying closes: "“The police [returned] fire and Joseph was killed,” Exantus told reporters")
    return root.head == action and root.dep_ == "nsubj" and action.lemma_ not in REPORTING_VERBS and any(
        child.dep_ == "advcl" and child.tag_ == "VBG" and child.lemma_ in REPORTING_VERBS for child in children(action))


def misjoined(action: Token) -> bool:
    """An active verb in the past or present joined by the parser to the clause a reporting verb reports, when it
    goes with the reporting verb: one with an object or clause of its own, or a speaker's act, joined to a passive
    or a state ("told Kompas that the results were bad and [called] for a shift")."""
    head = action.head
    if action.dep_ != "conj" or action.tag_ not in {"VBD", "VBZ", "VBP"} or head.dep_ != "ccomp" \
            or head.head.lemma_ not in REPORTING_VERBS \
            or any(child.dep_ in {"nsubj", "nsubjpass", "auxpass"} for child in children(action)):
        return False
    if any(child.dep_ == "auxpass" for child in children(head)):
        return action.lemma_ in SPEAKERS_ACTS \
            or any(child.dep_ in {"dobj", "ccomp", "xcomp"} for child in children(action))
    return head.lemma_ == "be" and action.lemma_ in SPEAKERS_ACTS  # (not "said the man was angry and [attacked]")


QUOTE_MARKS = {"“", "”", '"', "''"}
# What a speaker does along with saying: "said the talks had failed and [urged] both sides to return".
SPEAKERS_ACTS = REPORTING_VERBS | {"call", "urge", "demand", "appeal", "ask", "vow", "pledge", "promise", "insist"}


def continues_quote(sentence: Span, before: Span, quotes: list[tuple[int, int]], text: str) -> bool:
    """Whether a sentence is a quotation that goes on from the attributed quotation just before it, in
    the same paragraph (`text` is the document's text)."""
    between = text[before.start_char:sentence.start_char]
    if not text_of(sentence).lstrip().startswith(("“", '"')) or "\n\n" in between[len(between.rstrip()):]:
        return False
    return any(before.start_char <= start < before.end_char for start, _ in quotes)


def quote_going_on(sentence: Span, before: Span, quotes: list[tuple[int, int]], teller: Span | None) -> bool:
    """Whether a sentence goes on with a quotation a sentence before it opened: "“We planned to run away. We
    [escaped] and came to our forces.”" (its teller is the one the sentence before has, and so on back to the
    quotation's first sentence: "“We’ve had our children here. My wife stayed in hospital. I [paid] extra.”")."""
    words = next((token for token in sentence if token.is_alpha or token.is_digit), sentence[-1])
    return teller is not None and any(
        start < before.end_char and end > words.idx  # (not one only closing at its start: "” Trump also said")
        and not start <= teller.start_char < end for start, end in quotes)  # (nor told inside: "the elders said")


def quoted_after_speaker(sentence: Span, previous: SentenceSource) -> bool:
    """Whether a sentence is a quotation with no teller of its own, right after a sentence a person tells: the
    person's words, as news writes them ("Bilai Abdi says she was shot in 2017. ¶ “The man came down and passed
    by me.”"). (A teller named after the quotation comes first: see quote_source.)"""
    speaker, text = previous.words, text_of(sentence).strip()
    closed = max(text.rfind("”"), text.rfind('"'), text.rfind("''"))
    return text.startswith(("“", '"', "``")) and speaker is not None \
        and (closed <= 0 or not text[closed:].strip("”\"'.,!? ")) \
        and (speaker.root.ent_type_ == "PERSON" or speaker.root.pos_ == "PROPN" or speaker.root.lower_ in {"he", "she"})
    # (a name whatever the model labels it: "“...,” Ditta said" with ORG; not "“…,” read a headline")


def fuller_name(source: Span, later: list[Span], entities: EntityIndex) -> str:
    """The first later source naming the same kind of speaker with all of `source`'s words ("a senior US
    defence official" for a headline's "US official"), as resolve_source names it; "" if none."""
    words = {token.lower_ for token in source if not token.is_stop and not token.is_punct}
    for candidate in later:
        if candidate.root.lemma_ == source.root.lemma_ and len(candidate) > len(source) \
                and words <= {token.lower_ for token in candidate}:
            return resolve_source(candidate, [], entities)
    return ""


def inner_sources(action: Token, sentence: Span, source: Span | None,
                  entities: EntityIndex) -> list[tuple[Span, str]]:
    """The reporters between the sentence's source and the action, outermost first, with their verb:
    ("a local official", "tell") in "the ministry said that a local official told Reuters that ..."."""
    found = []
    for ancestor in action.ancestors:
        if not tells(ancestor) or not sentence.start <= ancestor.i < sentence.end:
            continue
        subject = reporter_of(ancestor)
        if subject is None:
            continue
        reporter = speaker(subject, entities)
        if source is not None and (reporter.start, reporter.end) == (source.start, source.end):
            continue  # the sentence's own source, already first in the chain
        found.append((reporter, ancestor.lemma_))
    return found[::-1]


# Verbs of a finding, and who or what finds: "a study found that ...", "the assessment showed that ..." tell a
# source's claim as "said" does.
FINDING = {"find", "show", "reveal", "conclude"}
STUDIES = {"study", "research", "report", "survey", "poll", "assessment", "analysis", "review", "data",
           "researcher", "scientist", "investigation", "audit", "census", "inquiry", "probe", "test"}


def tells(verb: Token) -> bool:
    """Whether a verb reports what its subject tells: a reporting verb, or a finding of a study ("researchers found
    that poor diets drive diabetes"; not "police found the body")."""
    return verb.lemma_ in REPORTING_VERBS or verb.lemma_ in FINDING and any(
        child.dep_ == "ccomp" for child in children(verb)) and any(
        child.dep_ == "nsubj" and child.lemma_.lower() in STUDIES for child in children(verb))


def find_source(sentence: Span, entities: EntityIndex) -> tuple[Span | None, str]:
    """Who the sentence says it comes from, and the cue: "according to X", "X said", "X announced"."""
    for token in tokens_of(sentence):
        if token.lower_ == "according" and any(child.lower_ == "to" for child in children(token)):
            preposition = next(child for child in children(token) if child.lower_ == "to")
            objects = [child for child in children(preposition) if child.dep_ == "pobj"]
            if objects:
                return speaker(objects[0], entities), "according to"
    root = sentence.root
    # an attribution after the news, which the parser sometimes hangs on a noun: "X is making
    # progress, a senior US defence official said on Friday"
    trailing = [token for token in tokens_of(sentence) if token.dep_ in {"relcl", "parataxis", "advcl"}
                and token.lemma_ in REPORTING_VERBS and after_comma(reporter_of(token))]
    for verb in (root, *[child for child in children(root) if child.dep_ in {"ccomp", "conj"}], *trailing):
        if tells(verb):
            subject = reporter_of(verb)
            if subject is not None:
                return speaker(subject, entities), verb.lemma_
    return None, ""


def after_comma(subject: Token | None) -> bool:
    """Whether a subject's phrase follows a comma: ", a senior US defence official said"."""
    if subject is None or subject.left_edge.i == sentence_start(subject):
        return False
    return subject.doc[subject.left_edge.i - 1].text == ","


def reporter_of(verb: Token) -> Token | None:
    """The subject of a reporting verb when it names a source: "X said": X; in "no casualties were
    reported" the subject is the news, and "it said" names no one. Of two subjects ("Near Lyman,
    fighting continued, a spokesman said") the nearest to the verb."""
    subjects = sorted((child for child in children(verb) if child.dep_ == "nsubj"),
                      key=lambda child: abs(verb.i - child.i))
    if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head is not verb:
        return reporter_of(verb.head)  # "the ministry did not comment, saying only that ...": the ministry
    if subjects and subjects[0].lower_ in RELATIVES and verb.dep_ == "relcl":
        return verb.head  # "an update from the general staff, which said ...": the general staff
    if subjects and (subjects[0].pos_ != "PRON" or subjects[0].lower_ in {"he", "she"}):
        return subjects[0]
    return None


def speaker(token: Token, entities: EntityIndex) -> Span:
    """The source a subject names: "Vitaly Ganchev" for "the head of ..., Vitaly Ganchev" and for "Charles
    O'Reilly, a management expert, who stated"; "the general staff" for "an evening update from the general
    staff"."""
    for child in children(token):
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            return phrase(child)
    if token.dep_ == "appos" and token.head.ent_type_ == "PERSON" and token.ent_type_ != "PERSON":
        return speaker(token.head, entities)
    if token.lemma_.lower() in DOCUMENTS:
        for preposition in children(token):
            if preposition.lower_ in {"from", "by", "of"}:
                objects = [child for child in children(preposition) if child.dep_ == "pobj"]
                if objects:
                    return speaker(objects[0], entities)
    named = phrase(token)
    person = next((ent for ent in entities.inside(named) if ent.label_ == "PERSON" and ent.start <= token.i < ent.end),
                  None)
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


def resolve_source(source: Span, earlier: list[Span], entities: EntityIndex,
                   antecedents: Antecedents | None = None) -> str:
    """"The official" after "a senior US military official" is that official; "his office" after
    "President Volodymyr Zelensky" is "Volodymyr Zelensky’s office". An article is not part of the
    name: "A senior US defence official" opening a sentence is "a senior US defence official"."""
    name = named_source(source, earlier, entities, antecedents)
    first, _, rest = name.partition(" ")
    return f"{first.lower()} {rest}" if first in {"A", "An", "The"} and rest else name


def named_source(source: Span, earlier: list[Span], entities: EntityIndex,
                 antecedents: Antecedents | None = None) -> str:
    """The name a source goes by in the report: a surname is the person named in full before, "he" or "she"
    whom the pronoun stands for (see coref), "his office" that person's office, "the official" the last source
    with the same head word; else as written."""
    text = clean(source.text)
    named = next((child for child in children(source.root) if child.dep_ == "appos" and child.pos_ == "PROPN"
                  and child.i >= source.end), None) if source.root.pos_ == "NOUN" else None
    if named is not None:  # "Another passenger, Allah Ditta, told VOA": the name
        return clean(source.doc[named.left_edge.i:named.i + 1].text)
    referent = antecedents.referent(source.root) if antecedents is not None and (
        len(source) == 1 or source.root.pos_ == "NOUN") else None
    if referent is not None:
        # "“We need a surge in defence,” she said": the woman last named; "the mayor", that mayor
        return referent.name
    people = [ent for ent in entities.inside(source.doc[:source.start]) if ent.label_ == "PERSON"]
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
            if previous.root.lemma_ == source.root.lemma_ and previous[0].lower_ != "the" \
                    and previous.root.pos_ != "PRON":
                return clean(previous.text)
            if source.root.pos_ == "PRON" and previous.root.pos_ != "PRON":
                name = named_source(previous, earlier[:number], entities)  # "he" after "Jobs" is Steve Jobs
                if not of_other_gender(source.root, name):  # (not "she" after "Polat Sayim")
                    return name
        person = next((clean(person.text) for person in reversed(people) if source.root.lower_ in {"he", "she"}
                       and not of_other_gender(source.root, clean(person.text))), None)
        if person:
            return person  # "during his speech he stated": the person last named
        tokens = tokens_of(source.doc[:source.start]) if source[0].lower_ == "the" else []
        brought = next((token for token in reversed(tokens) if token.lemma == source.root.lemma
                        and token.pos_ == "NOUN" and any(
                            child.dep_ == "det" and child.lower_ in {"a", "an"} for child in children(token))), None)
        if brought is not None:  # "the spokesperson" after "A U.S. State Department spokesperson expressed sorrow"
            return clean(phrase(brought).text)
    return "" if len(source) == 1 and source.root.pos_ == "PRON" else text  # a bare "she" tells no one


def of_other_gender(pronoun: Token, name: str) -> bool:
    """Whether a "he" or "she" cannot stand for a person of this name: "she" for "Polat Sayim", by the given name."""
    wanted, shown = {"he": "m", "she": "f"}.get(pronoun.lower_, ""), name_gender(name)
    return bool(wanted and shown and shown != wanted)


def reporting_subject(sentence: Span) -> Span | None:
    """The subject of the sentence's reporting verb ("Ukraine" in "Ukraine said it repelled ...")."""
    root = sentence.root
    if root.lemma_ in REPORTING_VERBS:
        for child in children(root):
            if child.dep_ == "nsubj" and child.pos_ != "PRON":
                return phrase(child)
    return None


def written_offset(span: Span | None, start: int) -> int:
    """Where a source's words begin, relative to `start`, without SOURCE_EDGES; -1 for none (then the
    event's `source_text` is empty)."""
    if span is None:
        return -1
    return span.start_char + len(span.text) - len(span.text.lstrip(SOURCE_EDGES)) - start
