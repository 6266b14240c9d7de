"""Whom a pronoun stands for: "she" is the woman last named, "they" a group, "it" a country or a thing."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from helpers.entities import canonical_name
from helpers.events.given_names import name_gender
from helpers.events.spans import EntityIndex, clean, phrase, quote_around, text_of
from helpers.events.tree import children, in_relative, own, same_sentence, tokens_of
from helpers.events.words import (AGENT_SUFFIXES, BANDS, FORCES, GENDERED_NOUNS, HONORIFICS, KIN, ONE_PERSON,
                                  PARTS, PEOPLE as DOERS, PERSON_NOUNS)
from helpers.lexicon import PERSON_TITLES

# What each third-person pronoun can stand for: the kinds of referent (a person, a group such as a ministry or a
# party, a place such as a country, people such as "Ukrainians", a thing), singular or plural, and the gender
# the text shows ("" when it shows none). First and second persons are a quotation's speaker and addressee.
PERSON, GROUP, PLACE, PEOPLE, THING = "person", "group", "place", "people", "thing"


@dataclass(frozen=True)
class Agreement:
    """What a pronoun agrees with: the kinds it can stand for, a plural or not, and a gender ("" any)."""

    kinds: frozenset[str]
    plural: bool
    gender: str = ""


HE = Agreement(frozenset({PERSON}), plural=False, gender="m")
SHE = Agreement(frozenset({PERSON}), plural=False, gender="f")
IT = Agreement(frozenset({GROUP, PLACE, THING}), plural=False)
# "the ministry ... they" is British usage, and a plural noun or a nationality ("Ukrainians") is the rule
THEY = Agreement(frozenset({GROUP, PEOPLE, THING}), plural=True)
PRONOUNS = {**dict.fromkeys(("he", "him", "his", "himself"), HE),
            **dict.fromkeys(("she", "her", "hers", "herself"), SHE),
            **dict.fromkeys(("it", "its", "itself"), IT),
            **dict.fromkeys(("they", "them", "their", "themselves"), THEY)}
KIND_OF_LABEL = {"PERSON": PERSON, "ORG": GROUP, "GPE": PLACE, "LOC": PLACE, "NORP": PEOPLE, "FAC": THING,
                 "PRODUCT": THING, "EVENT": THING, "WORK_OF_ART": THING, "LAW": THING}
# A mention's grammatical role makes it salient (after Lappin and Leass 1994): a subject more than an object, an
# object more than anything else; salience halves with each sentence back and fades after WINDOW sentences. An
# entity is as salient as its most salient mention: summed, a person named over and over in one paragraph
# outweighed the governor just named as the subject of the sentence before the "he".
ROLE_WEIGHTS = {"nsubj": 80, "nsubjpass": 80, "dobj": 50}
OTHER_ROLE, RECENCY, WINDOW, GOVERNING_SUBJECT = 30, 100, 3, 100
# A thing is less likely than people to be who "they" are as the doer of an act with an object ("they were holding
# 200 hostages"): its salience counts for this much there (the bombs "they" stand for still win where no one is near).
THING_AS_DOER = 0.4
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "attr"}
# "It is not clear whether ...", "it remains to be seen": an "it" that stands for nothing.
EXPLETIVE_HEADS = {"be", "seem", "appear", "remain", "take", "matter", "become", "emerge"}


@dataclass(frozen=True)
class Referent:
    """Whom a pronoun stands for: the name a reader knows it by, its kind, and the words that first named
    it fully (for the side it stands for)."""

    name: str
    kind: str
    words: Span


@dataclass
class Entity:
    """Something the report has named so far, while reading it: its fullest name, kind, number, the gender the
    text has shown, and its mentions as (sentence number, weight, whether in a quotation)."""

    name: str
    kind: str
    plural: bool
    words: Span
    gender: str = ""
    mentions: list[tuple[int, int, bool]] = field(default_factory=list)
    last: Token | None = None
    tokens: list[Token] = field(default_factory=list)
    # the lemma heading `words`, which a later mention of a thing must share (kept: Span.root is computed anew
    # on every call, and every mention is compared with every entity known)
    head: str = ""
    # a person the report brought in by a noun alone ("a friend of the assassin"), not by name
    described: bool = False
    relative: bool = False  # a person named as someone's kin ("his son, Shkëlzen Berisha"), another person

    def salience(self, sentence: int, *, narrated: bool = False) -> float:
        """How salient the entity is to a pronoun in sentence number `sentence`; to a `narrated` pronoun (outside
        quotations) not through a quotation in its own sentence: in "“If fentanyl ends, tariffs will come off,”
        he said" the speaker does not name himself."""
        best = 0.0
        for at, weight, quoted in reversed(self.mentions):  # (in reading order: stop at the first too far back)
            if sentence - at > WINDOW:
                break
            if not (narrated and quoted and at == sentence):
                best = max(best, weight / 2 ** (sentence - at))
        return best

    def agrees(self, agreement: Agreement) -> bool:
        return self.kind in agreement.kinds and (self.plural == agreement.plural or self.kind == GROUP) \
            and (not self.gender or not agreement.gender or self.gender == agreement.gender)


@dataclass(frozen=True)
class Antecedents:
    """The referent of each resolved third-person pronoun of a report, by token index."""

    referents: dict[int, Referent]

    @classmethod
    def of(cls, doc: Doc, entities: EntityIndex, quotes: list[tuple[int, int]] = (),
           speakers: dict[int, str] | None = None) -> Antecedents:
        """Resolve a report's pronouns; `quotes` are its quotations (character offsets, see sources.quotations),
        `speakers` the words naming who speaks in each sentence, by the sentence's first word (see resolve_pronouns)."""
        return cls(resolve_pronouns(doc, entities, quotes, speakers))

    def referent(self, pronoun: Token) -> Referent | None:
        """Whom `pronoun` stands for, or None when the report does not tell."""
        return self.referents.get(pronoun.i)


def resolve_pronouns(doc: Doc, entities: EntityIndex, quotes: list[tuple[int, int]] = (),
                     speakers: dict[int, str] | None = None) -> dict[int, Referent]:
    """Read the report once, in order: each name or noun argument is a mention of what it names; each
    third-person pronoun stands for the most salient thing named before it that agrees with it (kind, number,
    gender) and is not its co-argument ("he met him"). A resolved "he" or "she" tells its referent's gender.
    In a quotation "it" and "they" stand only for what the quotation or its sentence names: "“They left in a
    hurry,” a soldier said" is the other side, not the soldier's units the narrative named before. A quotation's
    "he" or "she" is never its speaker (`speakers`), who would say "I": in "Canos-Donnay told VOA. “He combined
    the griot's ways with the findings.”" he is the griot named before."""
    speakers = speakers or {}
    known: list[Entity] = []
    index: dict[tuple[str, str], list[Entity]] = {}  # the entities known, by what a new mention must share with one
    resolved: dict[int, Referent] = {}
    names = names_by_head(doc, entities)
    for number, sentence in enumerate(doc.sents):
        for token in tokens_of(sentence):
            agreement = PRONOUNS.get(token.lower_)
            if agreement is not None and token.pos_ == "PRON":
                quote = quotation_of(token, quotes)
                around = quote if agreement is not HE and agreement is not SHE else None
                recent = [entity for entity in known if number - entity.mentions[-1][0] <= WINDOW]
                named = [entity for entity in recent if around is None or any(  # (said.sent is built anew each call)
                    around[0] < said.idx < around[1] or sentence.start <= said.i < sentence.end
                    for said in entity.tokens)]
                if quote is not None and around is None and (speaking := speakers.get(sentence.start)):
                    named = [entity for entity in named if entity.kind != PERSON
                             or not set(entity.name.split()[-1:]) <= set(speaking.split())]
                entity = antecedent(token, agreement, named, number, narrated=quote is None)
                if entity is None:
                    continue
                entity.gender = entity.gender or agreement.gender
                entity.mentions.append((number, weight(token), quote is not None))
                entity.last = token
                entity.tokens.append(token)
                resolved[token.i] = Referent(entity.name, entity.kind, entity.words)
            elif token.i in names or token.pos_ in {"NOUN", "PROPN"}:  # (a mention is a name or a noun)
                entity = mention(token, names.get(token.i), known, number,
                                 quoted=quotation_of(token, quotes) is not None, index=index)
                if entity is not None and entity.kind == PERSON and not entity.described and token.pos_ == "NOUN":
                    resolved[token.i] = Referent(entity.name, entity.kind, entity.words)  # "the French politician"
        for head in tokens_of(sentence):
            if (words := people_listed(head, resolved, names)) is not None:
                together(head, words, resolved, known, index, number, quoted=quotation_of(head, quotes) is not None)
    return resolved


def people_listed(head: Token, resolved: dict[int, Referent], names: dict[int, Span]) -> Span | None:
    """The words of a list of doers with a person among them ("he and his wife", "Amirov and Omarov"), which a
    later "they" stands for as a whole (Hobbs 1978 and most resolvers since join conjoined noun phrases into one
    plural antecedent), or None when `head` heads no such list."""
    if head.dep_ not in ARGUMENT_DEPS - {"conj"} or not any(child.dep_ == "conj" for child in children(head)):
        return None
    conjuncts = [head, *(token for token in head.conjuncts if token.i > head.i)]

    def person(token: Token) -> bool:
        referent = resolved.get(token.i)
        return referent is not None and referent.kind == PERSON or token.i in names \
            and names[token.i].label_ == "PERSON" or token.pos_ == "NOUN" and names_persons(token.lemma_)
    if len(conjuncts) < 2 or not any(person(token) for token in conjuncts):
        return None
    return phrase(head)


def together(head: Token, words: Span, resolved: dict[int, Referent], known: list[Entity],
             index: dict[tuple[str, str], list[Entity]], sentence: int, *, quoted: bool) -> None:
    """Count a list of doers as one mention of the people it names together, named with its pronouns written as
    whom they stand for ("Shamsa Mohamed Aden and her household")."""
    name = clean(with_referents(words, {token.i for token in words if token.i in resolved and token.pos_ == "PRON"
                                        and token.dep_ != "poss"}, resolved))
    pool = index.setdefault((PEOPLE, name.lower()), [])
    entity = next(iter(pool), None)
    if entity is None:
        entity = Entity(name, PEOPLE, True, words, head=head.lemma_)
        known.append(entity)
        pool.append(entity)
    entity.mentions.append((sentence, weight(head), quoted))
    entity.last = head
    entity.tokens.append(head)


def quotation_of(token: Token, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    return quote_around(token.idx, quotes)


def names_by_head(doc: Doc, entities: EntityIndex) -> dict[int, Span]:
    """The names of the report by the token that heads them. A person's name goes on to the proper noun it
    is a compound of, whatever the model calls that: "Ursula von" (PERSON) "Leyen" (GPE) is one person."""
    names = {ent.root.i: ent for ent in entities.entities if ent.label_ in KIND_OF_LABEL}
    # one sense per report: a name the model calls a person once is a person everywhere ("Alinejad, 48, told
    # VOA" came out a GPE, "Alinejad is scheduled to testify" a PERSON)
    # ... and so is any last part of a person's name ("Har-Shefi", an ORG, after "Margalit Har-Shefi"), and a name
    # a "who" clause describes
    people = {text_of(ent[start:]) for ent in entities.entities if ent.label_ == "PERSON" for start in range(len(ent))}
    for index, ent in list(names.items()):
        if ent.label_ != "PERSON" and (text_of(ent) in people or described_by_who(ent) or names_a_person_noun(ent)):
            start = min(ent.start, ent.root.left_edge.i if ent.root.left_edge.pos_ == "PROPN" else ent.start)
            names[index] = Span(ent.doc, start, ent.end, label="PERSON")  # ("Allah Ditta": the model took "Ditta")
    # ... and so is a surname the model left unlabelled ("Reno said she", after "Attorney General Janet Reno"), not
    # a storm's name the model calls a person's ("Cyclone Jude")
    surnames = {ent[-1].text for ent in entities.entities
                if ent.label_ == "PERSON" and len(ent) > 1 and ent[0].lower_ not in FORCES}
    for token in doc:
        if token.text in surnames and token.pos_ == "PROPN" and not token.ent_type_ and token.dep_ != "compound" \
                and token.i not in names:
            names[token.i] = Span(doc, token.i, token.i + 1, label="PERSON")
    for ent in (ent for ent in entities.entities if ent.label_ == "PERSON"):
        head = ent.root
        while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i > head.i:
            head = head.head
        if head.i >= ent.end:
            names[head.i] = Span(doc, ent.start, head.i + 1, label="PERSON")
    return names


def described_by_who(ent: Span) -> bool:
    """Whether a name a "who" clause describes ("Chalida Tajaroensuk, who heads a rights group", an ORG or a place
    to the model) is a person's."""
    return ent.label_ in {"ORG", "GPE"} and ent.root.tag_ == "NNP" and any(child.dep_ == "relcl" and any(
        word.lower_ in {"who", "whom", "whose"} and word.i < child.i for word in children(child))
        for child in children(ent.root))


def names_a_person_noun(ent: Span) -> bool:
    """Whether a name stands in apposition to a noun of a person ("Another passenger, Allah Ditta, told VOA"), a
    person's name whatever the model calls it."""
    return ent.label_ in {"ORG", "GPE"} and ent.root.dep_ == "appos" and ent.root.head.pos_ == "NOUN" \
        and ent.root.head.tag_ == "NN" and names_persons(ent.root.head.lemma_)


def antecedent(pronoun: Token, agreement: Agreement, known: list[Entity], sentence: int, *,
               narrated: bool) -> Entity | None:
    """The most salient agreeing entity, or None (none agrees, or an expletive "it")."""
    if is_expletive(pronoun):
        return None
    # (a person brought in by a noun of no gender stands only for the pronoun of a clause it governs: "a member
    # of the group told a court that he tried", not every later "she")
    agreeing = [entity for entity in known if entity.agrees(agreement)
                and entity.salience(sentence, narrated=narrated) > 0
                and not any_co_argument(entity, pronoun) and not gapped(entity, pronoun)]
    # ... unless it was the subject of the sentence just before and no one named could be meant: "Iran's
    # foreign minister arrived in Moscow. He held talks"
    alone = not any(entity.kind == PERSON and not entity.described for entity in agreeing)
    candidates = [entity for entity in agreeing if not (entity.described and not entity.gender and not (
        governing_subject(entity, pronoun) or subject_of_clause_before(entity, pronoun)
        or alone and subject_just_before(entity, pronoun)))]
    return max(candidates, key=lambda entity: entity.salience(sentence, narrated=narrated)
               * (THING_AS_DOER if entity.kind == THING and not names_persons(entity.head)
                  and entity.head.lower() not in BANDS and acts(pronoun) else 1)
               + governing_subject(entity, pronoun), default=None)


def subject_just_before(entity: Entity, pronoun: Token) -> bool:
    """Whether the entity's last mention is the subject of the main clause of the sentence before the pronoun's,
    with the pronoun a subject too."""
    last = entity.last
    return last is not None and last.dep_ in {"nsubj", "nsubjpass"} and last.head.dep_ == "ROOT" \
        and pronoun.dep_ in {"nsubj", "nsubjpass"} and last.sent.end == pronoun.sent.start and not any(
            token.i != last.i and token.dep_ in ARGUMENT_DEPS and (token.ent_type_ == "PERSON" or token.pos_ == "NOUN"
                                                                    and names_persons(token.lemma_))
            for token in last.sent)  # (no one else there: "A police officer stopped a man. He was carrying a gun")


def with_referents(words: Span, pronouns: set[int], referents: dict[int, Referent]) -> str:
    """The words with each of `pronouns` written as whom it stands for, or left out when the report does not tell."""
    return "".join(token.text_with_ws if token.i not in pronouns else referents[token.i].name + token.whitespace_
                   if token.i in referents else "" for token in words)


def subject_of_clause_before(entity: Entity, pronoun: Token) -> bool:
    """Whether the entity's last mention is the subject of the clause just before the pronoun's, joined to it by
    "and" or "but", with the pronoun the subject or its owner: "Iran's U.N. ambassador participated in the meeting,
    but his U.N. mission criticized it" (the subject goes on as the subject: Grosz, Joshi and Weinstein's
    centering)."""
    last, clause = entity.last, pronoun.head.head if pronoun.dep_ == "poss" else pronoun.head
    subject = pronoun.head if pronoun.dep_ == "poss" else pronoun
    return last is not None and last.dep_ in {"nsubj", "nsubjpass"} and subject.dep_ in {"nsubj", "nsubjpass"} \
        and clause.dep_ == "conj" and clause.head == last.head and not (pronoun.dep_ == "poss" and any(
            word.i != last.i and (word.ent_type_ == "PERSON" or word.pos_ == "NOUN" and names_persons(word.lemma_))
            for word in last.head.subtree if not clause.left_edge.i <= word.i <= clause.right_edge.i))
    # (an owner may be anyone the clause before named: "a soldier shot a teenager, and his family said")


def names_persons(lemma: str) -> bool:
    """Whether a noun names persons ("militants", "protesters", "officials"), not a thing. Narrower than
    places.is_people, which counts groups and media too: here "media" is a thing a "they" rarely is."""
    return lemma.lower() in PERSON_NOUNS or lemma.lower().endswith(AGENT_SUFFIXES)


def acts(pronoun: Token) -> bool:
    """Whether "they" is the subject of an active verb that has an object: "they [were holding] 200 hostages",
    "they [did] just that", which people do more often than things ("it" is a ship or a report as often)."""
    holder = pronoun.head.head if pronoun.lower_ == "them" and pronoun.dep_ == "pobj" and pronoun.head.lower_ == "of" \
        and pronoun.head.head.lower_ in PARTS else pronoun  # "some of them [attacked] a synagogue"
    verb = holder.head
    return (pronoun.lower_ == "they" or holder is not pronoun) and holder.dep_ == "nsubj" and verb.pos_ == "VERB" \
        and any(child.dep_ == "dobj" for child in children(verb))


def governing_subject(entity: Entity, pronoun: Token) -> int:
    """A bonus when the entity was just named as the subject of a clause the pronoun's clause depends on: "the
    company has been inspired by the work it has done", "Jobs said that he ..." (Hobbs 1978 climbs the tree
    from the pronoun and takes the first such subject)."""
    last = entity.last
    if last is None or last.dep_ not in {"nsubj", "nsubjpass"} or not same_sentence(last, pronoun):
        return 0
    # (a clause joined to it by "and" does not depend on it: "their messages spread, and some of them attacked")
    return GOVERNING_SUBJECT if last.head in pronoun.ancestors and not any(
        step.dep_ == "conj" and step.head == last.head for step in pronoun.ancestors) else 0


def any_co_argument(entity: Entity, pronoun: Token) -> bool:
    """Whether the entity's last mention is the pronoun's co-argument: "Putin" for "him" in "Putin thanked him"
    (a reflexive or a possessive may stand for it: "Putin praised himself", "Putin and his aides")."""
    if pronoun.lower_.endswith("self") or pronoun.dep_ == "poss" or entity.last is None:
        return False
    verb = pronoun.head  # ... nor the subject a joined verb shares ("Ballmer expressed condolences and described
    shared = verb.head if verb.dep_ == "conj" and own(verb, {"nsubj"}) is None else None  # him"), nor the doer of
    by = [word for child in children(verb) if child.dep_ == "agent" for word in children(child)]  # its passive
    return (entity.last.head == verb and entity.last.dep_ != pronoun.dep_) or (pronoun.dep_ == "dobj" and shared
            is not None and entity.last.head == shared and entity.last.dep_ == "nsubj") or (pronoun.dep_ == "nsubjpass"
            and any(word.text in entity.name.split() for word in by))  # ("he is manipulated by Castro")


def gapped(entity: Entity, pronoun: Token) -> bool:
    """Whether the entity's last mention is the noun a relative clause without a relative pronoun modifies, with
    the pronoun its subject: "the music it sells" (the music is what is sold, not who sells)."""
    clause = pronoun.head
    return entity.last is not None and clause.dep_ == "relcl" and clause.head == entity.last \
        and not any(child.tag_ in {"WDT", "WP", "WP$"} for child in children(clause))


def is_expletive(pronoun: Token) -> bool:
    """An "it" standing for nothing: "it is not clear whether", "it remains to be seen"."""
    if pronoun.lower_ != "it":
        return False
    if pronoun.dep_ == "expl":
        return True
    head = pronoun.head
    return pronoun.dep_ == "nsubj" and head.lemma_ in EXPLETIVE_HEADS and any(
        child.i > head.i and (child.dep_ in {"ccomp", "xcomp", "csubj"} or child.dep_ == "advcl" and any(
            infinitive.dep_ == "aux" and infinitive.lower_ == "to" for infinitive in children(child)))
        for child in children(head))  # "it may take years for the court to rule"


def weight(token: Token) -> int:
    """How salient a mention is for where it stands in its clause; less inside a relative clause ("Barnier, who is
    considering challenging Macron": Lappin and Leass's emphasis on heads that are not embedded)."""
    role = token.head.dep_ if token.dep_ == "appos" else token.dep_  # (a name set beside a subject is the subject:
    return RECENCY + ROLE_WEIGHTS.get(role, OTHER_ROLE) - (EMBEDDED if in_relative(token) else 0)  # "X's son, Y,")


EMBEDDED = 50


def mention(token: Token, name_headed: Span | None, known: list[Entity], sentence: int, *, quoted: bool,
            index: dict[tuple[str, str], list[Entity]] | None = None) -> Entity | None:
    """Count `token` as a mention when it heads a name (`name_headed`: a person, group, place, people) or a
    noun argument, joining the entity it names again ("von der Leyen" after "Ursula von der Leyen"); the entity,
    or None when it heads no mention."""
    kind, words, name = naming(token, name_headed)
    if not kind:
        return None
    if described_again(token) and not quoted and (person := person_described(token, known, sentence)) is not None:
        kind, words, name = PERSON, person.words, person.name  # "The French politician" after Michel Barnier
    # a name is one person, group or place whatever its tag (the model tags "Jobs" NNPS); people are many
    plural = kind == PEOPLE and token.tag_ != "JJ" or kind == THING and token.tag_ in {"NNS", "NNPS"}
    # (`index` holds the entities by the word a match must share, so that a mention is not compared with all)
    pool = index.setdefault(shared_word(kind, name, token), []) if index is not None else known
    kin = kind == PERSON and name_headed is not None and token.dep_ == "appos" and token.head.lemma_.lower() in KIN
    matches = [entity for entity in reversed(pool) if same_entity(entity, kind, name, token)]
    # the one of that very name, else one not named as another's kin ("Berisha" after "his son, Shkëlzen Berisha")
    entity = next((entity for entity in matches if entity.name == name), None) or (None if kin else next(
        (entity for entity in matches if not entity.relative), next(iter(matches), None)))
    if entity is None:
        entity = Entity(name, kind, plural, words, gender=gender_shown(words), head=words.root.lemma_,
                        described=kind == PERSON and name_headed is None and token.pos_ == "NOUN", relative=kin)
        known.append(entity)
        if index is not None:
            pool.append(entity)
    else:
        if len(name) > len(entity.name):
            entity.name, entity.words, entity.head = name, words, words.root.lemma_
        entity.gender = entity.gender or gender_shown(words)
    entity.plural = plural
    entity.mentions.append((sentence, weight(token), quoted))
    entity.last = token
    entity.tokens.append(token)
    return entity


def naming(token: Token, name_headed: Span | None) -> tuple[str, Span | None, str]:
    """(kind, words, name) of what `token` names when it heads a mention, else ("", None, "")."""
    if name_headed is not None:
        if token.dep_ in {"amod", "compound"}:  # "Russian forces": the forces are the mention
            return "", None, ""
        return KIND_OF_LABEL[name_headed.label_], name_headed, clean(canonical_name(name_headed))
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in ARGUMENT_DEPS and not token.ent_type_:
        words = phrase(token)
        # a name "who" describes is a person's, whom the model did not know ("Maimane, who headed the party")
        kind = PERSON if token.pos_ == "PROPN" and any(
            child.dep_ == "relcl" and any(word.lower_ in {"who", "whom", "whose"} for word in children(child))
            for child in children(token)) or someone_new(token) else THING
        return kind, words, clean(text_of(words)).removesuffix("’s").removesuffix("'s")
    return "", None, ""


def described_again(noun: Token) -> bool:
    """A definite noun of one person as a subject, with no name: "The French politician, who ..., says"."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.dep_ in {"nsubj", "nsubjpass"} \
        and noun.lemma_.lower() in ONE_PERSON \
        and any(child.dep_ == "det" and child.lower_ == "the" for child in children(noun)) \
        and not any(child.dep_ in {"appos", "prep", "poss"} for child in children(noun))


def person_described(noun: Token, known: list[Entity], sentence: int) -> Entity | None:
    """The named person a definite description stands for. A title is the person last named with it ("the judge"
    is Judge Erick Garcia), or no one; any other noun of one person is the most salient person of its gender named
    in its sentence or the one before (the subject goes on as the subject: Grosz, Joshi and Weinstein's centering)."""
    word = noun.lemma_.lower()
    if any(entity.head == noun.lemma_ and (entity.described or entity.kind == THING) for entity in known):
        return None  # "the official" after "a senior US official", "the rabbi" after "her rabbi": that one
    people = [entity for entity in known if entity.kind == PERSON and not entity.described and not entity.plural]
    titles = [token.head for token in noun.doc[:noun.i] if token.lemma_.lower() == word and token.dep_ == "compound"
              and token.head.pos_ == "PROPN"]  # "Judge Erick Garcia", "President Ashraf Ghani"
    if titles or word in PERSON_TITLES:  # the last so titled, when the report read it as a person's name
        return next((entity for entity in people if titles and titles[-1] in entity.tokens), None)
    gender = GENDERED_NOUNS.get(word, "")
    recent = [entity for entity in people if sentence - entity.mentions[-1][0] <= 1
              and (not gender or entity.gender in {"", gender})]
    return max(recent, key=lambda entity: entity.salience(sentence), default=None)


def someone_new(noun: Token) -> bool:
    """Whether a noun brings in a person the report has not named: "a friend of the assassin said that she",
    "a senior official said he", "the mother of Elian Gonzalez" (kin of someone named). (A definite one, "the
    boy", is mostly someone named before, whom the name stands for.)"""
    word = noun.lemma_.lower()
    kin = word in KIN and any(child.dep_ == "prep" and child.lower_ == "of" for child in children(noun))
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" \
        and (word in PERSON_NOUNS or word in GENDERED_NOUNS or word in ONE_PERSON
             or (word in DOERS and names_persons(word))) \
        and any(child.dep_ == "det" and (child.lower_ in {"a", "an"} or kin) or child.dep_ == "poss"
                and child.ent_type_ in {"GPE", "ORG", "NORP"} for child in children(noun)) \
        and not any(child.dep_ == "appos" for child in children(noun))


def shared_word(kind: str, name: str, token: Token) -> tuple[str, str]:
    """What every mention of the same entity shares (see same_entity): a person's last name, a thing's head word,
    else the whole name."""
    if kind == PERSON:
        return kind, name.split()[-1] if name.split() else ""
    return (kind, token.lemma_) if kind == THING else (kind, name.lower())


def same_entity(entity: Entity, kind: str, name: str, token: Token) -> bool:
    """Whether a new mention names an entity already known: the same name, a person's surname or last
    names ("Leyen", "von der Leyen"), a thing's head word ("the constitution" after "Syria's new constitution")."""
    if entity.kind != kind:
        return False
    if kind == PERSON and entity.described:  # (not a name its description holds: "a spokesman for Ashraf Ghani")
        return entity.name == name
    if kind == PERSON:
        words, known_words = name.split(), entity.name.split()
        return known_words[-len(words):] == words or words[-len(known_words):] == known_words
    if kind == THING:
        return entity.head == token.lemma_
    return entity.name.lower() == name.lower()


def gender_shown(words: Span) -> str:
    """The gender a title just before a name shows ("Ms. von der Leyen"), the noun itself ("a woman"), or a person's
    given name ("Kaja Kallas"), else ""."""
    if words.root.pos_ == "NOUN":
        return GENDERED_NOUNS.get(words.root.lemma_.lower(), "")
    before = words.doc[words.start - 1] if words.start else None
    titled = HONORIFICS.get(before.lower_.rstrip("."), "") if before is not None else ""
    return titled or (name_gender(text_of(words)) if words.label_ == "PERSON" and words[0].pos_ == "PROPN" else "")
