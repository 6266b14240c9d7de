"""A person brought in by a description and named in the next sentence: "A spokesman for President Ashraf Ghani
rejected the accusations. “...,” Mohammad Ameri told VOA." News writing names a new speaker with a word of who they
are ("Mohammad Ameri, a spokesman, said"); a bare full name first met as the teller of a saying, right after a
sentence whose subject was an unnamed spokesman, member or official, names that person (the pronoun resolver,
helpers.events.coref, reads it so). Not any unnamed doer: after "A soldier shot a teenager.", "Abdul Rahman said"
may be a witness."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from helpers.events.tree import children
from helpers.lexicon import REPORTING_VERBS

if TYPE_CHECKING:  # (coref imports this module)
    from helpers.events.coref import Entity, Referent

# Those who speak for others or for a body, whom a report often names only in the sentence after.
SPEAKING_FOR = {"spokesman", "spokeswoman", "spokesperson", "representative", "member", "official", "aide",
                "adviser", "advisor", "envoy", "negotiator", "diplomat", "source"}


def described_before(name: Entity, token: Token, words: Span | None, known: list[Entity],
                     sentence: int) -> Entity | None:
    """The unnamed person the new name `name` (first met at `token`, the head of `words`, in sentence number
    `sentence`) names: the subject of the sentence before, brought in by a noun of one who speaks for others ("a
    spokesman for ..."), the only such one there, when the name comes bare (no title, apposition or clause of its
    own, which would bring in someone new: "Mohammad Ameri, a lawyer, said"). None otherwise."""
    if words is None or words.label_ != "PERSON" or len(words) < 2 or len(name.mentions) != 1 \
            or token.dep_ != "nsubj" or token.head.lemma_ not in REPORTING_VERBS or any(
                child.dep_ in {"appos", "relcl", "acl"} or (child.dep_ == "compound" and child.i < words.start)
                for child in children(token)):
        return None
    described = [entity for entity in known if entity.kind == name.kind and entity.described and not entity.plural
                 and entity.words.root.lemma_.lower() in SPEAKING_FOR and entity.mentions[-1][0] == sentence - 1
                 and entity.last is not None and entity.last.dep_ in {"nsubj", "nsubjpass"}]
    return described[0] if len(described) == 1 else None  # (a named person is never whom a new name names)


def named_now(person: Entity, name: Entity, resolved: dict[int, Referent]) -> None:
    """Give a person brought in by a noun the name the report gives them next, and their mentions so far with it."""
    from helpers.events.coref import PERSON, Referent  # (coref imports this module)
    person.name, person.words, person.described = name.name, name.words, False
    person.gender = person.gender or name.gender
    for said in person.tokens:
        resolved[said.i] = Referent(name.name, PERSON, name.words)
