"""Section headings glued into running text: news sites' stories, flattened to one block, keep their subheadings
with no full stop ("... of the province. BLA surges Since last August, the BLA has claimed ..."). A heading is
its own line, not part of the sentence after it, and tells no event; `glued_headings` finds them before the
parser runs, starts a sentence after each, and keeps them in `doc.spans["headings"]`.

Written by hand: no library splits these. The rule is narrow, for precision: a heading ends where a capitalised
word that opens sentences ("Since", "The", "While") follows a lower-case word with no punctuation between them,
or where any capitalised word follows a quotation closed right after a word ("'It reflects the fear' Abdul
Ghafoor Lewal told VOA"). "The Financial Times" or "The Hague" after "by" is a name, not a sentence's start.
A name right after a short phrase with no verb that opens the sentence ("Old friends Malaysia's former prime
minister ...", "Dominant figure Berisha has been ...") ends a heading too, unless the phrase is a
noun phrase running on into the name ("The new EU measures", "Many top Taliban leaders"), has a name in it, or
ends in a person's title or role ("Security analyst Kabiru Adamu", "Council members Greece, Panama and ...").
A heading has no verb, so a misread one costs a sentence nothing but words before its subject."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from helpers.lexicon import MONTH_NAMES, PERSON_TITLES, WEEKDAY_NAMES

# Capitalised words that open a sentence but are never a name's first word on their own ("I" is a word alone).
OPENERS = {"As", "Between", "In", "On", "At", "For", "After", "When", "While", "But", "And", "However", "Despite",
           "Since", "During", "With", "From", "By", "Under", "Over", "If", "Although", "Though", "Instead",
           "Among", "About", "Unlike", "According", "Last", "Earlier", "Later", "Meanwhile", "Before", "Until",
           "Once", "Now", "Today", "Yesterday", "It", "He", "She", "They", "We", "Its", "His", "Her", "Their"}
# ... and those that open a name as often ("The Hague", "A Qiang", "Most High"): only before a lower-case word.
DETERMINERS = {"The", "A", "An", "This", "That", "These", "Those", "Some", "Many", "Most", "Several", "Both"}
CLOSING_QUOTES = {"'", "’", "”", '"'}
QUOTES = CLOSING_QUOTES | {"‘", "“", "``"}
ENDS = {".", "?", "!"}
# A heading is a few words: a longer run is a sentence the rule misread.
LONGEST = 8
# ... and one that ends only where a name starts is shorter still.
LONGEST_BEFORE_NAME = 5
# Nouns of a person's role that stand before a name with no comma ("Security analyst Kabiru Adamu"); agent
# nouns are known by their endings ("analyst", "adviser", "correspondent", "Council members").
ROLES = PERSON_TITLES | {"chief", "head", "official", "expert", "leader", "founder", "politician", "aide", "deputy",
                         "analyst", "executive", "representative", "relative", "detective", "staff"}
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee")
# Tags of words that make a phrase run on into the name after it: "The new [EU]", "Five other [U.N.] teams".
RUNS_ON = {"DT", "PDT", "CD", "PRP$", "POS", "IN", "CC", "TO", "RB", "WDT", "WRB", "WP"}


@Language.component("glued_headings")
def glued_headings(doc: Doc) -> Doc:
    """Start a sentence after each glued heading and keep the headings in doc.spans["headings"]."""
    headings = []
    for token in doc[2:]:
        quoted = follows_closed_quote(token)
        before_name = not quoted and names_after_phrase(token)
        if not (opens_after_word(token) or quoted or before_name):
            continue
        start = heading_start(doc, token.i)
        if before_name and not (start is not None and is_verbless_phrase(doc[start:token.i])):
            continue
        # a quotation heading opens its quotation ("'It reflects the fear'"), unlike a possessive ("The Beatles'")
        if quoted and start is not None and not any(word.text in QUOTES for word in doc[max(start - 1, 0):token.i - 1]):
            continue
        if start is not None and 0 < token.i - start <= LONGEST:
            headings.append(Span(doc, start, token.i, label="HEADING"))
            token.is_sent_start = True
            doc[start].is_sent_start = True
    doc.spans["headings"] = headings
    return doc


def opens_after_word(token: Token) -> bool:
    """A word that opens sentences, right after a lower-case word: "surges [Since] last August"."""
    before = token.doc[token.i - 1]
    if not (before.text.isalpha() and before.text.islower() and before.whitespace_):
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.text in OPENERS or (token.text in DETERMINERS and after is not None
                                     and (after.text[:1].islower() or after.like_num))


def names_after_phrase(token: Token) -> bool:
    """A name's first word right after a lower-case word that is no role: "relations [Mahathir]'s government"."""
    before = token.doc[token.i - 1]
    return token.tag_ in ("NNP", "NNPS") and token.text[:1].isupper() and before.text.isalpha() \
        and before.text.islower() and bool(before.whitespace_) \
        and token.lower_ not in WEEKDAY_NAMES and token.lower_ not in MONTH_NAMES and not is_role(before)


def is_role(word: Token) -> bool:
    """A noun of a person's role: "analyst", "spokesperson", "members"."""
    singular = word.lower_[:-1] if word.lower_.endswith("s") else word.lower_
    return word.lower_ in ROLES or singular in ROLES or singular.endswith(AGENT_ENDINGS)


def is_verbless_phrase(phrase: Span) -> bool:
    """A short phrase opening a sentence with no verb, no name after its first word, and nothing that runs on
    into the word after it: "Review of relations", "Dominant figure", "AI and the military". (The tagger reads some
as verbs: "US [support] crucial" is missed.)"""
    first, last = phrase[0], phrase[-1]
    return len(phrase) <= LONGEST_BEFORE_NAME and first.text[:1].isupper() and first.tag_ not in RUNS_ON \
        and first.text not in DETERMINERS \
        and last.tag_ not in RUNS_ON and all(word.is_alpha for word in phrase) \
        and all(word.text.islower() for word in phrase[1:]) \
        and not any(word.tag_.startswith("VB") or word.tag_ == "MD" for word in phrase) \
        and not any(word.tag_ == "IN" and word.lower_ != "of" for word in phrase)


def follows_closed_quote(token: Token) -> bool:
    """A capitalised word after a quotation closed right after a word: "the fear' [Abdul]"."""
    doc = token.doc
    quote, word = doc[token.i - 1], doc[token.i - 2]
    return token.text[:1].isupper() and token.text[:1].isalpha() and quote.text in CLOSING_QUOTES \
        and bool(quote.whitespace_) and not word.whitespace_ and word.text[-1:].isalpha()


def heading_start(doc: Doc, end: int) -> int | None:
    """Where the heading before word `end` begins: after the full stop (or the quotation closing one) that ends
    the sentence before it; None when no full stop comes within LONGEST words (not a heading)."""
    for index in range(end - 1, max(end - LONGEST - 2, -1), -1):
        token = doc[index]
        if token.text in ENDS or (token.text in CLOSING_QUOTES and index > 0 and doc[index - 1].text in ENDS):
            return index + 1 if index + 1 < end else None
        if "\n" in token.text:
            return index + 1
    return None
