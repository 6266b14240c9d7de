"""The spans of a parsed report the events stage reads: a report's entities, the phrase a word heads, headlines."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from helpers.events.tree import children, tree_of
from helpers.events.words import FIGHT_NOUNS, WHEREABOUTS
from helpers.lexicon import WEEKDAY_NAMES


@dataclass(frozen=True)
class EntityIndex:
    """A report's entities in document order, with where each starts and ends (token indices).

    Built once per report by events_of and passed to what reads entities: `span.ents` builds every
    entity of the whole document on each call, which made the events stage grow with the square of a
    report's length. Entities do not overlap, so both their starts and their ends are sorted.
    """

    entities: list[Span]
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, doc: Doc) -> EntityIndex:
        entities = list(doc.ents)
        return cls(entities, [ent.start for ent in entities], [ent.end for ent in entities])

    def inside(self, span: Span) -> list[Span]:
        """The entities inside `span`, as `span.ents` gives them."""
        inside = []
        for index in range(bisect_left(self.starts, span.start), len(self.entities)):
            ent = self.entities[index]
            if ent.start >= span.end:
                break
            if ent.end <= span.end:
                inside.append(ent)
        return inside

    def before(self, position: int) -> list[Span]:
        """The entities that end at or before token `position`, in order."""
        return self.entities[:bisect_right(self.ends, position)]


def quote_around(position: int, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation (start, end) a character offset lies inside, of quotations in text order that do not
    overlap (sources.quotations), or None."""
    before = bisect_left(quotes, (position,)) - 1
    return quotes[before] if before >= 0 and quotes[before][0] < position < quotes[before][1] else None


def text_of(span: Span) -> str:
    """A span's text, cut from the report's text kept with the report (Span.text joins its tokens anew each time)."""
    doc = span.doc
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return text[span.start_char:span.end_char]


TEXT = "newsline.text"  # the report's text kept in Doc.user_data


def phrase(token: Token) -> Span:
    """The noun phrase a token heads, without relative clauses or trailing punctuation (kept with the report, as
    the stages ask for the same phrases again and again)."""
    known = token.doc.user_data.setdefault(PHRASES, {})
    if token.i not in known:
        known[token.i] = noun_phrase(token)
    return known[token.i]


PHRASES = "newsline.phrases"  # the key of the phrases kept in Doc.user_data


DAYS_SAID = {*WEEKDAY_NAMES, "today", "yesterday", "tomorrow", "tonight"}


def noun_phrase(token: Token) -> Span:
    doc = token.doc
    tokens = tree_of(doc).tokens  # (read by index: doc[i] makes each Token anew)
    left = token.left_edge.i
    right = token.i
    for child in token.rights:
        if child.dep_ in {"relcl", "acl", "punct", "appos", "advcl"} or is_time(child) or is_whereabouts(child) \
                or token.i < token.head.i < child.i:  # (hung on the noun across its verb: "reinforcements have
            break  # arrived from overseas, [including] Canada"; a time after the noun is its clause's: "Gonzalez
        right = child.right_edge.i  # for months refused", "authorities in May")
    # ... nor a clause set off by a comma on a noun inside it: "the inspector general of the national police[, who
    # will investigate ...]"
    right = min([clause.left_edge.i - 1 for clause in tokens[token.i + 1:right + 1] if clause.dep_ == "relcl"
                 and clause.left_edge.i > token.i and tokens[clause.left_edge.i - 1].text == ","] + [right])
    while right > left and (tokens[right].is_punct or tokens[right].is_space):
        right -= 1
    while left < right and (tokens[left].is_punct or tokens[left].is_space or (
            tokens[left].lower_ in DAYS_SAID and tokens[left].ent_type_ in {"DATE", "TIME"}
            and tokens[left].dep_ == "compound" and tokens[left + 1].pos_ == "PROPN")):  # (not "Tuesday's attack")
        left += 1  # (the parser may hang the day of a saying on its subject: "said Sunday [Israel] will")
    # a name written as one word is not cut where the parser split it: "Amir Gal-[Or]"
    while right + 1 < len(doc) and not tokens[right].whitespace_ and tokens[right + 1].ent_iob_ == "I":
        right += 1
    return doc[left:right + 1]


def is_whereabouts(token: Token) -> bool:
    """Whether a word after a person's name says where the person is, which is where the clause happens: "Emmanuel
    Macron [in] Berlin called ..." (not "officials in Kyiv", who are Kyiv's); or after the other side of a fight,
    where the fight was: "killed in a confrontation with police officers [in] Lagos"."""
    head = token.head
    if head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.lemma_.lower() in FIGHT_NOUNS:
        return token.dep_ == "prep" and token.lower_ in WHEREABOUTS  # (any place: "near the parliament")
    return token.dep_ == "prep" and token.lower_ in {"in", "at"} and head.ent_type_ == "PERSON" \
        and head.pos_ == "PROPN" and any(child.dep_ == "pobj" and child.ent_type_ in {"GPE", "LOC", "FAC"}
                                         for child in children(token))


def is_time(token: Token) -> bool:
    """Whether a word after a noun is a time: "Friday", "in April and May 2019", "for months"."""
    if token.dep_ == "npadvmod":
        return token.ent_type_ in {"DATE", "TIME"}
    return token.dep_ == "prep" and token.lower_ != "of" and any(  # ("part of Sunday night" is a time itself)
        child.dep_ == "pobj" and child.ent_type_ in {"DATE", "TIME"} for child in children(token))


def coordinated(token: Token) -> Span:
    """The noun phrase a token heads with the phrases joined to it by "and" or "or": "Australia, Canada and
    the United States", "The United States, United Nations and rights groups"."""
    words = phrase(token)
    if token.dep_ in {"nsubj", "nsubjpass"} and told_of_one(token.head):
        return words  # "Slepian, 52, and the father of four boys, was shot": one man described, not a list
    # (a list the parser hung on the first name as an apposition: "Greece, [Panama] and South Korea", "Elian's
    # father, [his four grandparents] and his great-grandmother"; an apposition closes with a comma: "Smith, a
    # lawyer and activist, said")
    listed = [conj for appos in children(token) if appos.dep_ == "appos" and (
              appos.ent_type_ == token.ent_type_ and token.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"}
              or token.pos_ == "NOUN" and unclosed_list(appos)) for conj in appos.conjuncts]
    last = max((phrase(conj) for conj in [*token.conjuncts, *listed] if conj.i > token.i
                and conj.pos_ in {"NOUN", "PROPN"}), key=lambda span: span.end, default=words)
    return token.doc[words.start:max(words.end, last.end)]


def told_of_one(verb: Token) -> bool:
    """Whether a verb agrees with one subject: "was", "is", "has" or a verb in -s."""
    return verb.tag_ == "VBZ" or any(child.dep_ in {"aux", "auxpass"} and child.lower_ in {"was", "is", "has", "does"}
                                     for child in children(verb))


def unclosed_list(appos: Token) -> bool:
    """Whether a phrase the parser hung on a noun as its apposition is the next member of a list: it has a member
    after it ("and his great-grandmother"), and no comma closes the last one before the verb."""
    members = [conj for conj in appos.conjuncts if conj.i > appos.i]
    after = members[-1].right_edge.i + 1 if members else None
    return after is not None and after < len(appos.doc) and appos.doc[after].text != "," \
        and appos.doc[after].pos_ in {"VERB", "AUX"}


def clean(text: str) -> str:
    """Text on one line, without the quotation marks, commas and spaces around it, nor a bracket or quotation mark
    left unpaired inside it by where the phrase was cut ("[the] mandate", "“illegal” government", "(PISA")."""
    text = " ".join(text.split()).strip("“”\"' ,")
    if PAIRED_MARK.search(text):
        if text.count("[") != text.count("]"):
            text = text.replace("[", "").replace("]", "")
        if text.count("“") != text.count("”") or text.count('"') % 2:
            text = re.sub(r'[“”"]', "", text)
        if text.count("(") > text.count(")"):
            text = text[:text.rindex("(")].rstrip()
    return text if WORD.search(text) else ""


PAIRED_MARK = re.compile(r'[\[\]“”"(]')
WORD = re.compile(r"[^\W_]")


def is_headline(sentence: Span) -> bool:
    """A line without final punctuation: a headline (or a header line)."""
    last = next((token for token in reversed(sentence) if not token.is_space), sentence[-1])
    return last.text not in {".", "!", "?", "”", "\"", "’", "'"}


def is_lead_in(sentence: Span) -> bool:
    """A line that announces the text after it: "Following are statements made Friday by ...", "The following is
    the text of ...", "Here is a transcript of ..."."""
    words = [token.lower_ for token in sentence[:5] if not token.is_space][:3]
    return words[:2] in (["following", "are"], ["following", "is"], ["here", "is"], ["here", "are"]) \
        or words == ["the", "following", "is"] or words == ["the", "following", "are"]


def bracketed(pronoun: Span) -> Span | None:
    """The words a writer put in brackets after a pronoun to say whom it means: "They [attackers]", "he (Khan)"."""
    doc = pronoun.doc
    if pronoun.end >= len(doc) or doc[pronoun.end].text not in {"[", "("}:
        return None
    close = next((token.i for token in doc[pronoun.end + 1:pronoun.end + 8] if token.text in {"]", ")"}), None)
    inside = doc[pronoun.end + 1:close] if close is not None else None
    return inside if inside is not None and any(token.pos_ in {"NOUN", "PROPN"} for token in inside) else None
