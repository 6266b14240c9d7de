"""The parse tree, read fast: a token's children and where its sentence starts, kept with the report while the
events stage reads it.

spaCy's `Token.children` walks the token's subtree and makes new Token objects at each call, and `Token.sent`
looks for the sentence's bounds anew (a few microseconds); the events stage asks both of the same words tens of
times (every rule of what tells no event looks at the children), so it reads them from tables built once per
report.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

TREE = "newsline.tree"  # the tables' key in Doc.user_data (dropped when the events stage is done)


@dataclass(frozen=True)
class Tree:
    children: list[tuple[Token, ...]]
    sentence_starts: list[int]
    tokens: list[Token]  # (iterating a Span makes each Token anew; the rules read every sentence several times)
    embedded: list[bool]  # whether a token stands inside a relative clause or a participle's (see `in_relative`)

    @classmethod
    def of(cls, doc: Doc) -> Tree:
        tokens = list(doc)
        found: list[list[Token]] = [[] for _ in tokens]
        heads = [token.i + offset for token, offset in zip(tokens, doc.to_array("HEAD").astype("int64").tolist())]
        for token, head in zip(tokens, heads):  # (the array holds each head's offset)
            if head != token.i:
                found[head].append(token)
        starts = [0] * len(doc)
        for sentence in doc.sents:
            starts[sentence.start:sentence.end] = [sentence.start] * len(sentence)
        return cls([tuple(kids) for kids in found], starts, tokens, embedded_tokens(tokens, heads))


def embedded_tokens(tokens: list[Token], heads: list[int]) -> list[bool]:
    """For each token, whether one of its ancestors heads a relative clause or a participle's clause."""
    clause = [token.dep_ in {"relcl", "acl"} for token in tokens]
    known: list[bool | None] = [None] * len(tokens)
    for start in range(len(tokens)):
        path, index = [], start
        while known[index] is None and heads[index] != index:
            path.append(index)
            index = heads[index]
        value = bool(known[index]) if known[index] is not None else False
        for step in reversed(path):  # (nearest the root first: each takes its head's answer)
            value = value or clause[heads[step]]
            known[step] = value
        if known[index] is None:
            known[index] = False  # a root has no ancestor
    return [bool(flag) for flag in known]


def tree_of(doc: Doc) -> Tree:
    if LAST[0] is doc:  # (most asks in a row are of one report: no look-up in its user_data)
        return LAST[1]
    tree = doc.user_data.get(TREE)
    if tree is None:
        tree = doc.user_data[TREE] = Tree.of(doc)
    LAST[:] = [doc, tree]
    return tree


def forget() -> None:
    """Drop the last report's tables from the fast path (the events stage is done with it)."""
    LAST[:] = [None, None]


LAST: list = [None, None]  # the report last asked of, and its tables


def children(token: Token) -> tuple[Token, ...]:
    """The token's syntactic children in text order, as `Token.children` gives them."""
    return tree_of(token.doc).children[token.i]


def tokens_of(span: Span) -> list[Token]:
    """The span's tokens, in order (`list(span)`, without making them anew)."""
    return tree_of(span.doc).tokens[span.start:span.end]


def in_relative(token: Token) -> bool:
    """Whether the token stands inside a relative clause or a participle's ("Barnier, who is [considering] ...")."""
    return tree_of(token.doc).embedded[token.i]


def same_sentence(token: Token, other: Token) -> bool:
    """Whether two tokens of a report are in one sentence (`token.sent == other.sent`, without building both)."""
    starts = tree_of(token.doc).sentence_starts
    return starts[token.i] == starts[other.i]


def sentence_start(token: Token) -> int:
    """Where the token's sentence starts (`token.sent.start`)."""
    return tree_of(token.doc).sentence_starts[token.i]


def sentences_back(token: Token, count: int) -> int:
    """Where the sentence `count` sentences before the token's starts (its own with 0)."""
    start = sentence_start(token)
    for _ in range(count):
        if start > 0:
            start = sentence_start(token.doc[start - 1])
    return start


def subjects(verb: Token) -> list[Token]:
    """The verb's active subjects: one, but two where the parser took a clause for a relative ("Israeli airstrikes
    killed 12 people, the ministry said": both nouns the subjects of "said"), told by a verb between them; not
    a list it split ("Poland, Hungary, Czech Formally Join NATO")."""
    found = [child for child in children(verb) if child.dep_ == "nsubj"]
    if len(found) > 1 and (any(child.dep_ == "conj" for child in children(found[0]))
                           or not any(token.pos_ in {"VERB", "AUX"} for token in verb.doc[found[0].i:found[-1].i])):
        return found[:1]
    return found


# What may head a noun phrase's words: "the Sudanese government and SPLM/A".
NOMINAL = {"DET", "ADJ", "NOUN", "PROPN", "CCONJ", "PUNCT", "SYM", "NUM", "PART"}


def stranded_subject(verb: Token) -> Token | None:
    """The subject of a main verb that the parser hung on the phrase before it: "With the signing of an
    accord, the Sudanese government and SPLM/A have [agreed] to allow access" ("government" joined to
    "accord"). The nouns between the comma and the verb, when a finite verb has no subject of its own."""
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or any(
            child.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"} for child in children(verb)):
        return None
    group = [child for child in children(verb) if child.i < verb.i and child.dep_ in {"aux", "auxpass", "neg"}]
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} and not any(child.tag_ in {"VBD", "VBZ", "VBP", "MD"} for child in group):
        return None
    doc, begin = verb.doc, min([verb.i] + [child.i for child in group])
    start, first = begin, sentence_start(verb)
    while start > first and doc[start - 1].text != ",":
        start -= 1
    words = doc[start:begin]
    if start == first or not len(words) or any(token.pos_ not in NOMINAL for token in words):
        return None
    return next((token for token in words if token.pos_ in {"NOUN", "PROPN"} and not start <= token.head.i < begin),
                None)


def teller_set_off(verb: Token) -> Token | None:
    """The teller of a saying the parser joined to the clause it reports, with the teller's name hung on that
    clause's last noun: "programs are feeling the strain of funding, Glenn Jusnes, a spokesperson for UNHCR,
    [told] VOA", "In an interview with VOA's Bosnian Service, Dodik's lawyer, Anto Nobilo, [said]". The name set off
    by commas right before a verb with no subject and no conjunction of its own."""
    doc = verb.doc
    if verb.dep_ not in {"conj", "ROOT"} or verb.i < 3 or doc[verb.i - 1].text != "," or any(
            child.dep_ in {"nsubj", "nsubjpass", "cc"} for child in children(verb)) or doc[verb.i - 2].pos_ == "CCONJ":
        return None
    return next((token for token in reversed(doc[sentence_start(verb):verb.i - 1]) if token.pos_ == "PROPN"
                 and token.ent_type_ in {"PERSON", "ORG"} and token.dep_ in {"conj", "appos"}
                 and token.right_edge.i in {verb.i - 2, verb.i - 1} and doc[token.left_edge.i - 1].text == ","), None)


def shared_conjunct(action: Token) -> Token | None:
    """The verb joined right after the action whose words both share ("were born and [raised] in Texas",
    "were arrested and [charged] in Miami on Friday"): the action has no object or phrase of its own, the
    verb no subject of its own."""
    if any(child.dep_ in {"dobj", "prep", "dative", "ccomp", "xcomp", "advcl"} for child in children(action)) \
            or action.i + 2 >= len(action.doc) or action.doc[action.i + 1].dep_ != "cc":
        return None
    conjunct = action.doc[action.i + 2]
    if conjunct.dep_ != "conj" or conjunct.head.i != action.i or conjunct.pos_ != "VERB" \
            or any(child.dep_ in {"nsubj", "nsubjpass"} for child in children(conjunct)):
        return None
    return conjunct


def own(token: Token, deps: set[str]) -> Token | None:
    """The token's first child in one of `deps`, or None."""
    return next((child for child in children(token) if child.dep_ in deps), None)


SUBJECTS = {"nsubj", "nsubjpass", "csubj"}


def member_of(noun: Token) -> Token | None:
    """Who a sentence tells is one of a group, by name: "Aden was among the refugees", "Gee is one of the men"."""
    head = noun.head if noun.dep_ == "pobj" else None
    if head is not None and head.lower_ == "of" and head.head.lower_ == "one" and head.head.dep_ == "attr":
        head = head.head
    verb = head.head if head is not None and head.lower_ in {"among", "one"} else None
    member = own(verb, {"nsubj"}) if verb is not None and verb.lemma_ == "be" else None
    return member if member is not None and member.pos_ != "PRON" else None


def in_own_clause(token: Token, action: Token) -> bool:
    """Whether a token hangs on the action with no other verb between: in "making progress in the
    Kharkiv region a day after troops entered Balakliia", Balakliia is the entering's, not the progress's."""
    for ancestor in (token, *token.ancestors):
        if ancestor.i == action.i:
            return True
        if ancestor.pos_ in {"VERB", "AUX"} and ancestor is not token and not describes(ancestor):
            return False
    return False


# Participles that tell where something is, not where it acts: "a think tank [based] in Washington".
SITUATED = {"base", "headquarter", "locate", "live", "operate", "situate", "station", "register", "bear", "found"}


def describes(verb: Token) -> bool:
    """Whether a verb is a participle that describes a noun with an act, no clause of its own: "ambushed a bus
    [transporting] a paramilitary force in Kalat", "schoolgirls [kidnapped] in Zamfara state were freed". Not one
    that tells where the noun is ("a think tank [based] in Washington"), nor a clause ("the claim that the
    attack was [orchestrated] by militants")."""
    # (a passive participle is one too: "cleared out the last migrants being [held] at its base at Guantanamo")
    return verb.dep_ == "acl" and verb.tag_ in {"VBG", "VBN"} and verb.lemma_.lower() not in SITUATED \
        and not any(child.dep_ in {"nsubj", "nsubjpass", "aux", "mark"} or (
            child.dep_ == "auxpass" and child.lower_ != "being") for child in children(verb))
