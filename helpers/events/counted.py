"""Who a description stands for: "the two presidents", "the three nations", "the 27-year-old", "the journalist",
"the Southeast Asian nation", "Solo's mayor".

spaCy gives no coreference; these read the description's own words (a count, an age, a title and its owner) and take
the people or countries the report named before."""
from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.entities import canonical_name, place_of
from helpers.events.coref import Antecedents
from helpers.events.keys import ACTOR_LABELS, DEMONYMS
from helpers.events.spans import EntityIndex, phrase
from helpers.events.tree import children, sentences_back
from helpers.events.words import DOCUMENTS, HAPPENINGS, ONE_PERSON, OWNED, aged, named_storm
from helpers.lexicon import REPORTING_VERBS
from helpers.nlp import gazetteer_of

WHO_LABELS = ACTOR_LABELS - {"LOC", "FAC"}  # the kinds of names that can be a doer (not a place's)
COUNTED_PEOPLE = {"president", "leader", "minister", "premier", "chancellor", "general", "commander", "envoy",
                  "diplomat", "senator", "lawmaker", "man", "woman"}
COUNTED_NATIONS = {"nation", "country", "neighbor", "neighbour", "ally"}
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
# Prepositions of a country that is only where or through whom: "talks in Turkey", "mediation by Qatar".
AROUND = {"in", "at", "by", "from", "to", "near", "through", "via"}


def counted_names(actor: Span, entities: EntityIndex) -> list[Span]:
    """The names "the two presidents", "both countries" or "the three military-led nations" stand for: the last
    so many people (or countries) named within the three sentences before, all different; none when fewer are
    named. People given the noun as a title ("President Yeltsin") come first where there are enough of them, and
    one only telling of it ("Yastrzhembsky said") is not among them."""
    head = actor.root
    both = any(child.dep_ in {"det", "predet"} and child.lower_ == "both" for child in children(head))
    count = 2 if both else next((COUNTS.get(child.lower_) for child in children(head) if child.dep_ == "nummod"), None)
    word = head.lemma_.lower()
    definite = any(child.dep_ == "det" and child.lower_ == "the" for child in children(head))
    if count is None and definite and head.tag_ == "NNS" and word in COUNTED_PEOPLE - {"man", "woman"}:
        return all_titled(actor, word, entities)  # "the prime ministers signed eight pacts"
    if count is None and definite and head.tag_ == "NNS" and word in COUNTED_NATIONS:
        return listed_nations(actor, entities)  # "India and Mauritius ... the countries had elevated ties"
    if count is None or head.tag_ != "NNS" or word not in COUNTED_PEOPLE | COUNTED_NATIONS \
            or not (both or definite):
        return []
    since = sentences_back(head, 3)
    earlier = [ent for ent in entities.before(actor.start) if ent.end <= actor.start and ent.start >= since]
    if word in COUNTED_NATIONS:  # (not a venue or a go-between: "held talks in Turkey", "mediation by Turkey")
        found = [ent for ent in earlier if nation_named(ent) and not around(ent)]
        if len({canonical_name(ent) for ent in found}) < count:  # a capital only where too few countries are named
            found = [ent for ent in earlier if nation_named(ent, capitals=True) and not around(ent)]
    else:
        people = [ent for ent in earlier if ent.label_ == "PERSON" and not telling(ent.root)]
        found = [ent for ent in people if titled(ent, word)]
        found = found if len({canonical_name(ent) for ent in found}) >= count else people
    unnamed = any(token.dep_ in {"nsubj", "nsubjpass"} and token.pos_ == "PROPN" and not token.ent_type_
                  for token in head.doc[since:actor.start])  # (a doer's name the model did not know: "Xi Jinping")
    if both and (len({canonical_name(ent) for ent in found}) != 2 or unnamed):
        return []  # "both" of three named is no pair
    names: dict[str, Span] = {}
    for ent in reversed(found):
        if len(names) < count:
            names.setdefault(canonical_name(ent), ent)
    return sorted(names.values(), key=lambda ent: ent.start) if len(names) == count else []


def around(ent: Span) -> bool:
    """Whether a name is only where or through whom: "talks in Turkey", "mediation by Qatar" (AROUND)."""
    return ent.root.dep_ == "pobj" and ent.root.head.lower_ in AROUND


def nation_named(ent: Span, *, capitals: bool = False) -> bool:
    """Whether a name is a country's, or (`capitals`) a capital's acting for it as a subject ("Ankara had been
    looking to repair relations with Israel. Both countries ...": Turkey and Israel)."""
    place = place_of(ent) if ent.label_ == "GPE" else None
    return place is not None and (place.kind == "country" or capitals and ent.root.dep_ in {"nsubj", "nsubjpass"}
                                  and place.key in gazetteer_of(ent.doc).capitals)


def listed_nations(actor: Span, entities: EntityIndex) -> list[Span]:
    """The countries "the countries" or "the nations" stand for with no count and no words of its own ("the
    countries of the Gulf", "the countries that voted"): the last ones named together as a subject, joined by
    "and", within the three sentences before ("India and Mauritius have upgraded their ties"); not ones acted on
    ("sanctions on Russia and Iran")."""
    if any(child.dep_ in {"prep", "relcl", "acl", "amod", "compound"} for child in children(actor.root)):
        return []
    since = sentences_back(actor.root, 3)
    nations = [ent for ent in entities.before(actor.start) if ent.end <= actor.start and ent.start >= since
               and nation_named(ent)]
    for ent in reversed(nations):
        if ent.root.dep_ == "conj":
            first = ent.root
            while first.dep_ == "conj":
                first = first.head
            group = [other for other in nations if other.root == first or other.root in first.conjuncts]
            named = len({canonical_name(other) for other in group}) >= 2 and len(group) == 1 + len(first.conjuncts)
            return group if named and first.dep_ in {"nsubj", "nsubjpass"} else []
    return []


def all_titled(actor: Span, word: str, entities: EntityIndex) -> list[Span]:
    """The people "the prime ministers" stand for with no count: those named with the title within the three
    sentences before, when two to four are and no more carry the title (a name the model missed), and the
    description names no group of its own ("the leaders of Arab states", "EU foreign ministers" told between)."""
    head = actor.root
    since = sentences_back(head, 3)
    if any(child.dep_ == "prep" or (child.dep_ in {"amod", "compound", "nmod"} and (
            child.ent_type_ or child.pos_ == "PROPN")) for child in children(head)):
        return []  # ("the prime ministers" is a title; "the leaders of Arab states", "the EU ministers" a group)
    names: dict[str, Span] = {}
    for ent in entities.before(actor.start):
        if ent.end <= actor.start and ent.start >= since and ent.label_ == "PERSON" and not telling(ent.root) \
                and titled(ent, word):
            names.setdefault(canonical_name(ent), ent)
    last = max((ent.end for ent in names.values()), default=actor.start)
    titles = [token for token in head.doc[since:actor.start] if token.lemma_.lower() == word]
    described = [token for token in head.doc[last:actor.start] if token.lemma_.lower() == word and token.tag_ == "NNS"]
    return list(names.values()) if 2 <= len(names) <= 4 and len(titles) <= len(names) and not described else []


def titled(ent: Span, word: str) -> bool:
    """Whether a person is named with the noun as a title or role: "President Yeltsin", "Yeltsin, the president"."""
    return any(token.lemma_.lower() == word for token in (*ent, *children(ent.root), *ent.root.lefts))


def telling(token: Token) -> bool:
    """Whether a name only tells: the subject of a reporting verb ("Yastrzhembsky said"), the one a report is
    according to ("according to Kremlin spokesman Dmitry Peskov"), or a spokesman."""
    according = token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.i > 0 \
        and token.doc[token.head.i - 1].lower_ == "according"
    spokesman = any(word.lower_.startswith("spokes") for word in (*children(token), *token.lefts))
    return (token.dep_ == "nsubj" and token.head.lemma_ in REPORTING_VERBS) or according or spokesman


def aged_person(actor: Span, entities: EntityIndex) -> Span | None:
    """Whom "the 27-year-old" means: the person named with that age within two sentences ("Ahmed Khan, 27"), else
    the one person named there as a doer (the story's subject), else None."""
    head = actor.root
    age = next((token.text for token in head.subtree if token.like_num), "")
    people = [ent for ent in entities.before(actor.start) if ent.end <= actor.start and ent.label_ == "PERSON"
              and ent.start >= sentences_back(head, 2)]
    doc = actor.doc
    aged_so = [ent for ent in people
               if ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].text == age]
    if aged_so:
        return aged_so[-1]
    doers = {canonical_name(ent): ent for ent in people if ent.root.dep_ in {"nsubj", "nsubjpass"}}
    return next(iter(doers.values())) if len(doers) == 1 else None


# Nouns a report calls a storm by once it has named it: "the cyclone" is Tropical Cyclone Jude.
STORMS = {"storm", "cyclone", "hurricane", "typhoon"}
# Nouns a report calls a country by once it has named it: "the Southeast Asian nation" is Malaysia.
NATION_NOUNS = {"nation", "country", "kingdom", "republic"}
# ... and a group that acts ("the group", "the militant outfit"): the one named last as a doer. Not a company
# ("the company", "the firm"): business news names many, and the last named is often not the one meant (on
# MEANTIME's Wikinews stories "the company passed Wal-Mart" is Apple, not the NPD named last).
BODY_NOUNS = {"group", "organization", "organisation", "militia", "movement", "outfit", "faction", "network"}


# Nouns of an agreement, which "that agreement" names again.
AGREEMENTS = {"agreement", "accord", "deal", "treaty", "pact", "truce", "ceasefire", "cease-fire", "settlement"}


def agreement_named(head: Token) -> Span | None:
    """The agreement "that agreement" or "this deal" stands for: the one agreement told in its sentence or the one
    before, when a name or a year of its own names it ("the 1995 Dayton Accords"); none where another is told there
    too ("reached a new agreement, a year after the 2015 nuclear deal collapsed") or it has no name."""
    if head.lemma_.lower() not in AGREEMENTS or head.tag_ != "NN" or not any(
            child.dep_ == "det" and child.lower_ in {"that", "this"} for child in children(head)):
        return None
    told = [token for token in head.doc[sentences_back(head, 1):head.i]
            if token.lemma_.lower() in AGREEMENTS | {"accords", "agreements"} and token.dep_ != "compound"]
    named = [token for token in told if any(child.dep_ in {"compound", "nummod", "amod"} and (
        child.pos_ in {"PROPN", "NUM"} or child.ent_type_) for child in children(token))]
    return phrase(named[0]) if len(told) == 1 and named else None


def described_name(actor: Span, entities: EntityIndex, antecedents: Antecedents | None = None) -> Span | None:
    """The name a definite description stands for, told earlier in the report: "the journalist" is the Mech
    Dara named "journalist Mech Dara" or "Mech Dara, a journalist"; "the Southeast Asian nation" the country
    last named. None for anything else: a plural ("the two nations"), a description no name was given ("the
    army", which is itself a doer)."""
    head = actor.root
    if antecedents is not None and (referent := antecedents.referent(head)) is not None and head.pos_ == "NOUN":
        return referent.words  # "The French politician, who ..., says" after Michel Barnier (coref)
    if aged(head):  # "The 27-year-old made the admission": the one given that age, else the only one named lately
        return aged_person(actor, entities)
    # (a determiner on a hyphened title's first word, "The secretary-general"; a place's or a body's own one, "Solo's
    # mayor")
    owned = any(child.dep_ == "poss" and child.pos_ == "PROPN" for child in children(head))
    if not (owned or any(child.dep_ == "det" and child.lower_ in {"the", "this"}
                         for word in (head, *hyphened(head)) for child in children(word))) \
            or not (head.tag_ == "NN" or head.tag_ == "NNP" and head.is_lower) \
            or any(child.dep_ in {"prep", "nummod"} for child in children(head)):
        return None
    if head.lemma_.lower() in STORMS:  # "The storm moved over southern Malawi": the storm last named, if last told,
        # or the only one the report has named ("Cyclone Jude batters Malawi ... the cyclone displaced 3,000")
        if any(child.dep_ in {"relcl", "acl"} for child in children(head)):
            return None
        told = [token for token in head.doc[sentences_back(head, 3):actor.start] if named_storm(token)
                or (token.lemma_.lower() in STORMS and token.pos_ == "NOUN" and token.dep_ != "compound")]
        if told and named_storm(told[-1]):
            return phrase(told[-1])
        named = [token for token in head.doc[:actor.start] if named_storm(token)]
        # (not past a storm brought in unnamed since: "a powerful storm struck the island again. The storm ...")
        new = named and any(token.lemma_.lower() in STORMS and token.pos_ == "NOUN" and any(
            child.dep_ == "det" and child.lower_ in {"a", "an", "another"} for child in children(token))
            for token in head.doc[named[-1].i:actor.start])
        return phrase(named[-1]) if named and len({token.lower_ for token in named}) == 1 and not new else None
    earlier = [ent for ent in entities.before(actor.start) if ent.end <= actor.start]
    if head.lemma_.lower() in NATION_NOUNS:
        countries = [ent for ent in earlier if nation_named(ent)]
        return countries[-1] if countries else None
    if head.lemma_.lower() in BODY_NOUNS:  # "The group said": the organisation named in the last sentences
        # one that acted, spoke or was acted on (a subject or an object: "officials accused the Taliban"), not one
        # only mentioned ("at the U.S. Interests Section"); not a description joined to others ("the group and its
        # allies")
        since = sentences_back(head, 2)  # (its own sentence and the two before it)
        bodies = [ent for ent in earlier if ent.label_ == "ORG" and ent.start >= since
                  and (ent.root.dep_ in {"nsubj", "nsubjpass"} or ent.root.dep_ == "dobj" and by_people(ent.root.head))]
        return bodies[-1] if bodies and not any(child.dep_ == "conj" for child in children(head)) else None
    titled = [ent for ent in earlier if ent.label_ == "PERSON" and any(
        title(token) == title(head) and token.dep_ in {"compound", "appos"} and (not owned or same_owner(head, token))
        for token in (*children(ent.root), *ent.root.lefts) if not (ent.start <= token.i < ent.end))]
    return titled[-1] if titled else None


def by_people(verb: Token) -> bool:
    """Whether people do the verb, not a group that could be the one described: "Afghan officials [accused] the
    Taliban" (not "Hezbollah accused the U.N. force", "the rebels accused the WHO")."""
    subject = next((child for child in children(verb) if child.dep_ == "nsubj"), None)
    return subject is not None and (subject.ent_type_ == "PERSON" or subject.lemma_.lower() in ONE_PERSON)


def same_owner(description: Token, title_word: Token) -> bool:
    """Whether an owned title ("Iran's foreign minister", "Elian's great-uncle") is the one a name was given with:
    the same owner and words around it ("Foreign Minister Abbas Araghchi" of Iran; not "Prime Minister", nor
    Britain's "U.N. Ambassador James Kariuki")."""
    name = title_word.head if title_word.dep_ == "compound" else title_word
    # (the name's own words, not a clause told of it: "Vladimir Putin, who ordered the invasion of Ukraine")
    told = {word.i for child in children(name) if child.dep_ in {"relcl", "acl", "advcl"} for word in child.subtree}
    own = [word for word in name.doc[name.left_edge.i:name.right_edge.i + 1] if word.i not in told]
    around = {word.lemma_.lower() for word in own}
    owners = [child for child in children(description) if child.dep_ == "poss"]
    words = [child for child in children(description) if child.dep_ in {"amod", "compound"} and child.i < description.i]
    countries = {country_of(word) for word in own} - {""}
    return all(word.lemma_.lower() in around for word in words) \
        and all(owner.lemma_.lower() in around or country_of(owner) in countries for owner in owners)


def country_of(word: Token) -> str:
    """The country a word names or is the people of ("Iran", "Iranian"), else ""."""
    gazetteer = gazetteer_of(word.doc)
    place = gazetteer.nation(word.text) or gazetteer.lookup(word.text)
    return place.country if place is not None and place.kind == "country" else ""


def hyphened(word: Token) -> list[Token]:
    """The words a title is written joined to with hyphens: "secretary" of "secretary-general"."""
    doc, start = word.doc, word.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_:
        start -= 2
    return [doc[index] for index in range(start, word.i, 2)]


def title(word: Token) -> str:
    """A title as written, lower case, with the words hyphens join it to: "secretary-general", "mayor"."""
    return "-".join(token.lemma_.lower() for token in (*hyphened(word), word))


def is_happening(noun: Token) -> bool:
    """A common noun of a happening or of what is issued ("the bombings", "the statement"), not a name."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ and noun.lemma_.lower() in HAPPENINGS


def happening_owner(noun: Token, entities: EntityIndex) -> Span | None:
    """Who a happening is by ("a report by the agency"), or whose it is where one does or issues it (OWNED) and
    a name or nationality modifies it ("Ankara's test", "the U.S. statement"); else None ("Mech Dara's arrest"
    is not his doing). "The statement" told before is the one told: see issued_before; "that agreement" the one
    named before (agreement_named)."""
    return own_owner(noun, entities) or issued_before(noun, entities) or agreement_named(noun)


def own_owner(noun: Token, entities: EntityIndex) -> Span | None:
    """Whose a happening is by its own words: "by the agency", "issued by the G7", "Ankara's test"."""
    owners = [grand for child in children(noun) if child.dep_ == "prep" and child.lower_ == "by"
              for grand in children(child) if grand.dep_ == "pobj" and grand.ent_type_ in WHO_LABELS]
    owners += [grand for clause in children(noun) if clause.dep_ == "acl" and clause.tag_ == "VBN"
               for agent in children(clause) if agent.dep_ == "agent"
               for grand in children(agent) if grand.dep_ == "pobj" and grand.ent_type_ in WHO_LABELS]
    if noun.lemma_.lower() in OWNED:
        owners += [child for child in children(noun) if child.dep_ in {"poss", "compound", "amod", "nmod"}
                   and (child.ent_type_ in WHO_LABELS or child.lower_ in DEMONYMS)]
    for owner in owners:
        return next((ent for ent in entities.inside(phrase(owner)) if ent.label_ in WHO_LABELS),
                    owner.doc[owner.i:owner.i + 1])
    return None


# Verbs whose subject issues the document they take: "Blinken [issued] a statement" (not "Moscow rejected a statement").
ISSUING = {"issue", "release", "publish", "put", "send", "deliver", "post", "make", "read", "sign", "adopt", "draft",
           "prepare", "unveil", "present", "submit", "file", "write", "tweet"}


def issued_before(noun: Token, entities: EntityIndex) -> Span | None:
    """Whose "the statement" the sentences before told of is: its owner as it was told ("a statement by the G7"),
    or who issued it ("Blinken issued a statement Tuesday ... The statement threatened sanctions": Blinken); None
    for a document one only rejected, welcomed or criticized."""
    if noun.lemma_.lower() not in DOCUMENTS or not any(child.dep_ == "det" and child.lower_ in {"the", "this", "that"}
                                                      for child in children(noun)):
        return None
    told = [token for token in noun.doc[sentences_back(noun, 2):noun.sent.start]
            if token.lemma_ == noun.lemma_ and token.dep_ == "dobj"]
    if not told:
        return None
    owner = own_owner(told[-1], entities)
    issuers = [child for child in children(told[-1].head) if child.dep_ == "nsubj"] \
        if owner is None and told[-1].head.lemma_.lower() in ISSUING else []
    named = [ent for ent in entities.inside(phrase(issuers[0])) if ent.label_ in WHO_LABELS] if issuers else []
    # (the person, not the country of their title: "U.S. Secretary of State Antony Blinken")
    return owner or next((ent for ent in named if ent.label_ == "PERSON"), named[0] if named else None)
