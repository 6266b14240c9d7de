"""Section headings glued into running text: news sites' stories, flattened to one block, keep their subheadings
with no full stop ("... of the province. BLA surges Since last August, the BLA has claimed ..."). A heading is
its own line, not part of the sentence after it, and tells no event; `glued_headings` finds them before the
parser runs, starts a sentence after each, and keeps them in `doc.spans["headings"]`.

Written by hand: no library splits these. The rule is narrow, for precision: a heading ends where a capitalised
word that opens sentences ("Since", "The", "While") follows a lower-case word with no punctuation between them,
or where any capitalised word follows a quotation closed right after a word ("'It reflects the fear' Abdul
Ghafoor Lewal told VOA"). "The Financial Times" or "The Hague" after "by" is a name, not a sentence's start."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

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


@Language.component("glued_headings")
def glued_headings(doc: Doc) -> Doc:
    """Start a sentence after each glued heading and keep the headings in doc.spans["headings"]."""
    headings = []
    for token in doc[2:]:
        quoted = follows_closed_quote(token)
        if not (opens_after_word(token) or quoted):
            continue
        start = heading_start(doc, token.i)
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
