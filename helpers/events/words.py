"""Word lists that more than one events module reads, and the tests that read them (lists other stages share too
are in helpers.lexicon)."""
from __future__ import annotations

from spacy.tokens import Token

from helpers.events.tree import children
from helpers.lexicon import PERSON_TITLES

# What a source issues: "an update from the general staff" is the general staff's word, and the time of
# "an evening update" is the update's, not the event's.
DOCUMENTS = {"update", "statement", "report", "post", "briefing", "bulletin", "release", "message", "summary",
             "declaration", "assessment", "communique", "announcement", "tweet"}
# Agreements and laws, whose year is their own: "withdrew from the 2015 nuclear deal in 2018" (not 2015), unless
# the act makes them (MAKING_AGREEMENTS: "signed the 2015 deal").
TREATIES = {"agreement", "accord", "accords", "deal", "treaty", "pact", "truce", "ceasefire", "cease-fire", "armistice",
            "law", "act", "constitution", "resolution", "convention", "protocol", "charter", "memorandum", "framework"}
MAKING_AGREEMENTS = {"sign", "reach", "conclude", "negotiate", "strike", "broker", "seal", "forge", "clinch", "adopt",
                     "pass", "draft", "enact", "agree", "approve", "finalize", "finalise", "ink"}
# Relative pronouns: "Izium, which troops entered" (the noun they stand for), "the general staff, which said".
RELATIVES = {"that", "which", "who", "whom"}

# -- who can act: the heads of noun phrases that name a doer (helpers.events.nonevents.is_thing_doing) ------------
# A closed list for the nouns of people, groups and forces that no suffix shows; the suffixes of agent nouns
# (AGENT_SUFFIXES: "soldier", "governor", "journalist", "civilian", "migrant", "resident", "refugee", "spokesman")
# take the open rest. Erring towards a doer keeps a row: the list only decides what is left out.
PEOPLE = {"people", "person", "man", "men", "woman", "women", "child", "children", "kid", "baby", "boy", "girl",
          "family", "wife", "husband", "son", "daughter", "parent", "relative", "friend", "victim", "official",
          "chief", "head", "staff", "crew", "guard", "police", "army", "military", "troop", "force", "navy",
          "militia", "rebel", "junta", "regime", "government", "administration", "authority", "ministry",
          "department", "office", "agency", "council", "committee", "commission", "court", "parliament", "congress",
          "senate", "assembly", "cabinet", "party", "union", "coalition", "alliance", "group", "organization",
          "organisation", "company", "firm", "bank", "board", "country", "nation", "state", "city", "town",
          "village", "province", "region", "capital", "team", "community", "public", "crowd", "mob", "delegation",
          "mission", "embassy", "consulate", "media", "press", "newspaper", "network", "school", "university",
          "hospital", "club", "tribe", "clan", "gang", "cartel", "side", "camp", "opposition", "movement", "unit",
          "battalion", "brigade", "division", "regiment", "squad", "fleet", "convoy", "bureau", "service",
          "directorate", "body", "panel", "tribunal", "jury", "watchdog", "charity", "institute", "foundation",
          "federation", "league", "association", "society", "majority", "minority", "enemy", "ally", "neighbor",
          "neighbour", "colleague", "counterpart", "envoy", "diplomat", "aide", "deputy", "judge", "pope",
          "king", "queen", "prince", "cleric", "imam", "priest", "monk", "nun", "youth", "elder", "pilot",
          "captain", "general", "colonel", "major", "sergeant", "lieutenant", "commander", "marine", "sailor",
          "fighter", "militant", "insurgent", "terrorist", "jihadist", "gunman", "gunmen", "attacker", "assailant",
          "suspect", "prisoner", "detainee", "hostage", "student", "teacher", "doctor", "nurse", "patient",
          "worker", "employee", "farmer", "fisherman", "villager", "resident", "citizen", "civilian", "voter",
          "protester", "protestor", "demonstrator", "activist", "lawmaker", "legislator", "senator", "mayor",
          "governor", "president", "premier", "minister", "secretary", "spokesperson", "spokesman", "spokeswoman",
          "leader", "founder", "owner", "investor", "buyer", "seller", "customer", "consumer", "user", "member",
          "participant", "player", "athlete", "coach", "artist", "writer", "author", "journalist", "reporter",
          "analyst", "expert", "researcher", "scientist", "observer", "monitor", "inspector", "investigator",
          "prosecutor", "lawyer", "attorney", "defendant", "plaintiff", "witness", "survivor", "migrant",
          "immigrant", "refugee", "asylum-seeker", "settler", "pilgrim", "tourist", "visitor", "passenger",
          "driver", "smuggler", "trafficker", "hacker", "operator", "provider", "partner", "donor", "sponsor", "adult",
          "national", "house", "chamber", "bench", "wing", "outlet", "magazine", "channel", "broadcaster",
          "television", "radio", "band", "leadership", "business", "industry", "sector", "employer",
          "griot", "nationalist", "medium", "media", "store", "shop", "retailer", "brand", "platform", "site"}
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee", "eer", "man", "men", "woman", "women", "person",
                  "crat", "ier", "ive", "ary", "mate")
# Hazards of nature and disease: no one wills them, so they neither assault ("the storm hit the coast": no PLOVER
# type) nor plan ("only heavy rain will put the fires out": a forecast).
HAZARDS = {"storm", "cyclone", "hurricane", "typhoon", "tornado", "flood", "flooding", "earthquake", "quake",
           "tsunami", "wildfire", "bushfire", "landslide", "mudslide", "avalanche", "eruption", "volcano", "drought",
           "heatwave", "virus", "disease", "epidemic", "pandemic", "famine", "rain", "snow", "wind",
           "heat", "cold", "monsoon", "blizzard"}
# Harm done in a fight, by the other side ("was killed in a gun battle with police"; not "elected in a battle").
HARMS = {"kill", "shoot", "wound", "injure", "hurt", "beat", "stab", "slay", "maim", "behead", "torture", "gun"}
# Prepositions of where a fight was, after its side: "clashes with police [near] the parliament".
WHEREABOUTS = {"in", "at", "near", "outside", "inside", "along", "across", "around", "on", "off", "by"}
# Fights one side is killed or hurt in at the other's hands: "killed in a gun battle with police".
FIGHT_NOUNS = {"battle", "gunbattle", "clash", "shootout", "firefight", "gunfight", "fighting", "confrontation",
               "skirmish", "exchange", "standoff", "fight", "encounter"}
# Verbs that take something from a party ("bought jets from Russia") and what is held ("took control from").
TRANSFERS = {"buy", "purchase", "lease", "rent", "borrow", "acquire", "import", "receive", "inherit"}
HOLDINGS = {"ownership", "control", "possession", "power", "charge", "sovereignty", "custody", "command"}
# Verbs of turning a stance away from something, which is no place ("turning away from North Korea"; not "pulled
# away from Kyiv").
TURNING = {"turn", "shift", "pivot", "steer", "drift", "distance"}
# What arms do and storms do not: "Typhoon Eurofighters [bombed] targets" are warplanes.
ARMS_USE = {"bomb", "shell", "fire", "shoot", "strafe", "launch", "target", "intercept", "down", "raid"}
# What a storm's name begins with ("Cyclone Jude"; "Tropical Storm Alberto" as well).
NAMED_STORMS = {"cyclone", "hurricane", "typhoon", "superstorm", "supertyphoon"}
# Forces that act without a will: hazards, weapons and vehicles ("a cyclone hit", "a drone struck", "the ship
# docked").
FORCES = HAZARDS | {"outbreak", "fire", "blaze", "explosion", "blast", "bomb", "missile", "rocket", "drone", "shell",
                    "mine", "ship", "vessel", "boat", "plane", "aircraft", "jet", "helicopter", "train", "truck",
                    "vehicle", "tanker", "car", "bus", "satellite", "warship", "submarine", "tank", "gun", "weapon",
                    "bullet", "shrapnel", "debris", "wave", "water", "smoke", "gas"}
# What a document or a ruling says or orders: its words are an act of whoever issued it ("an indictment
# described", "the decree banned").
ISSUED = DOCUMENTS | {"law", "decree", "order", "resolution", "regulation", "ruling", "verdict", "indictment",
                      "letter", "notice", "treaty", "agreement", "deal", "accord", "memo", "document", "complaint",
                      "lawsuit", "petition", "survey", "study", "poll", "investigation", "inquiry", "probe", "audit",
                      "review", "paper", "book", "film", "video", "footage", "image", "photo", "website", "account",
                      "analysis", "research", "data", "index", "series", "measure", "rule", "ordinance", "budget"}
# The weather, whose changing no one does: "conditions have eased", "the rain stopped".
WEATHER = {"weather", "condition", "temperature", "visibility", "rain", "wind", "snow", "heat", "humidity"}
# Nouns that measure rather than count who: "the number of foreigners reached", "the share of women rose".
MEASURES = {"number", "share", "rate", "level", "proportion", "percentage", "amount", "total", "figure", "count",
            "volume", "price", "cost", "value", "population", "average", "ratio", "index", "tally", "toll",
            "economy", "inflation", "growth", "output", "gdp", "currency", "market", "stock", "export", "import"}
# Words of quantity whose "of" phrase names the doer: "thousands of people fled", "some of the dentists".
PARTS = {"part", "half", "some", "most", "many", "all", "thousand", "hundred", "dozen", "million", "score",
         "majority", "rest", "each", "one", "none", "several", "few", "both", "any", "group", "handful", "lot"}
# Nouns of happenings and of what is issued: the subject of a verb, such a noun is no doer ("the statement
# threatened sanctions", "a trial opened in Paris", "the peace process started"); who it is by is ("a report by
# the agency"), and, for what one does or issues (OWNED), its owner ("Ankara's test", "the U.S. statement"); not
# for what is done to someone ("Mech Dara's arrest"). Violence, its weapons and armed operations stay doers, as
# readers take them ("a roadside bomb blast killed 11 miners", "a Pakistani military operation rescued 190").
OWNED = DOCUMENTS | {"test", "decision", "move", "visit", "protest", "demonstration", "vote", "proposal", "plan",
                     "policy", "initiative", "request", "call"}
HAPPENINGS = OWNED | {"trial", "arrest", "detention", "release", "process", "meeting", "talks", "summit",
                      "election", "deal", "agreement", "crisis", "dispute", "war", "conflict", "unrest", "fall",
                      "capture", "withdrawal", "hearing", "case", "investigation", "probe", "inquiry", "ruling",
                      "verdict", "law", "order", "measure", "rule", "ban", "sanctions"}
# Happenings held at a place: "the talks in Doha", "the summit in Rio" (not "the war in Ukraine", which spreads).
GATHERINGS = {"talks", "meeting", "summit", "conference", "election", "trial", "hearing", "ceremony", "rally", "vote",
              "negotiations", "funeral", "parade", "congress", "convention"}
# What one issues or does, and what one says or offers: its owner did it ("his remarks, made on TV", "a VOA
# request, emailed on Tuesday").
ISSUED_BY_OWNER = OWNED | {"remark", "comment", "offer", "demand"}

# Reporting verbs that tell a judgement, not an act of speech: in the present they tell an opinion held; and the
# verbs of forecasting, whose clause is a view of what will be (helpers.events.views.is_opinion_of_what_may_be).
OPINION_VERBS = {"argue", "believe", "think", "suggest", "contend", "feel", "assess", "estimate", "insist"}
FORECASTING = {"expect", "predict", "fear", "hope", "forecast", "anticipate", "doubt"}
# Verbs of a plan: "decided to regroup", "plans to attack": the event is the complement, planned, not yet done.
PLANNING = {"plan", "intend", "prepare", "decide", "aim", "vow", "promise", "pledge", "resolve", "seek", "try",
            "attempt"}
# ... and of a schedule, in the passive ("talks are scheduled to resume"), and adjectives of one or of readiness ("is
# due to meet", "was ready to support"; not of likelihood or wish: "likely to rise", "eager to return").
SCHEDULED = {"schedule", "slate", "set"}
READY = {"due", "set", "poised", "ready", "willing", "prepared", "determined", "committed"}
# What the writing itself is ("this report", "contributed reporting"): a credit line acts on the text, not the world.
WRITING = {"report", "reporting", "story", "article", "dispatch"}

# Adverbs of frequency that make a clause a habit (helpers.events.clauses.is_habit) ...
HABITUAL = {"usually", "often", "typically", "generally", "normally", "routinely", "always", "sometimes",
            "frequently", "regularly", "rarely", "seldom", "repeatedly", "constantly", "continually", "long",
            "traditionally", "historically", "increasingly", "gradually", "steadily", "daily", "nightly", "weekly",
            "monthly", "yearly", "annually", "hourly", "consistently", "persistently"}
# ... and the phrases that count times vaguely or say each time: "so many times", "on several occasions", "every
# year" (not "three times on Monday": acts counted on a day).
VAGUE_COUNTS = {"many", "several", "numerous", "countless", "multiple", "repeated", "various", "dozens", "hundreds"}
UNITS = {"day", "night", "week", "month", "year", "time", "morning", "evening", "summer", "winter", "weekend"}


def repeated(phrase: Token) -> bool:
    """Whether a word the clause governs says its act is repeated: "on several [occasions]", "in hundreds of
    [cases]", "every [year]", "each [summer]", and in the perfect "so many [times]" or "four [times]" ("have
    predicted his demise so many times", "we've been assisted four times"; "shot them several times" is one
    shooting)."""
    noun = next((child for child in children(phrase) if child.dep_ == "pobj"), None) if phrase.dep_ == "prep" \
        else phrase
    if phrase.dep_ == "prep" and noun is not None and noun.lower_ in VAGUE_COUNTS and any(  # "in hundreds of [cases]"
            grand.lemma_.lower() in CASES
            for child in children(noun) if child.lower_ == "of" for grand in children(child)):
        return True
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in UNITS | CASES:
        return False
    words = {child.lower_ for child in children(noun) if child.dep_ in {"amod", "det", "nummod", "quantmod"}}
    perfect = done_before(phrase.head)
    counted = any(child.dep_ == "nummod" and child.lower_ not in {"one", "1"} for child in children(noun))
    return (noun.lemma_.lower() in CASES and phrase.dep_ == "prep" and bool(words & VAGUE_COUNTS)) \
        or (noun.lemma_.lower() == "time" and perfect and (bool(words & VAGUE_COUNTS) or counted)) \
        or (noun.lemma_.lower() in UNITS and bool(words & {"every", "each"}))


# Verbs of seeming, whose perfect infinitive is an act in doubt: "Russia appears to have moved troops".
SEEMING = {"appear", "seem"}
# What a habit is counted in: "on several occasions", "in many cases", "in hundreds of instances".
CASES = {"occasion", "case", "instance"}


# Verbs that say the same thing in other words: merged across reports under the first.
ACTION_CLASSES = {
    # who took control from whom is the actor's business; the action is the same
    "take": {"recapture", "retake", "liberate", "reclaim", "free", "regain", "capture", "seize", "take", "occupy",
             "overrun", "annex", "enter", "retook"},  # "retook": the small model's lemma of "retook"
    "attack": {"attack", "shell", "strike", "bomb", "hit", "pound", "target", "fire", "airstrike", "ambush",
               "missile", "rocket", "drone"},  # (the last: "launched missiles", see helpers.events.kinds.WAGING)
    "withdraw": {"withdraw", "retreat", "flee", "leave", "abandon", "cede", "pull", "fall", "regroup"},
    "repel": {"repel", "repulse", "thwart", "stop", "halt", "hold"},
    "kill": {"kill", "die"}, "advance": {"advance", "push", "sweep", "move", "break"},
}


# Verbs by which a passive says what someone is held to have done: "were believed to have fled", "is said to".
# (Not "expect": "prices are expected to rise" is a forecast, "police are expected to arrest" a plan.)
# Nor "know": "are known to inflate numbers" is a habit.
RAISING = {"believe", "say", "report", "think", "understand", "suspect", "allege", "rumor", "rumour",
           "estimate", "fear", "presume", "assume", "consider"}


def held_to_have(action: Token) -> bool:
    """Whether an act is one a passive says its subject is held to have done ("were believed to have [fled]",
    "are feared to have been [killed]"): the subject is the act's, the act in doubt. Only a past act (the perfect):
    "is said to be hiding" is a state."""
    return action.dep_ == "xcomp" and action.head.lemma_.lower() in RAISING and done_before(action) \
        and any(child.dep_ == "auxpass" for child in children(action.head)) \
        and not any(child.dep_ in {"nsubj", "nsubjpass"} for child in children(action))


def done_before(verb: Token) -> bool:
    """Whether a verb is in the perfect: "to have moved", "to have been killed", "could not have known"."""
    return any(child.dep_ == "aux" and child.lemma_ == "have" for child in children(verb))


def aged(head: Token) -> bool:
    """Whether a noun phrase is a person told by age: "the 27-year-old" (not "a 27-year-old")."""
    return head.lower_ == "old" and any(child.lower_ == "the" for child in children(head)) and any(
        child.lemma_.lower() == "year" for child in children(head))


# Stands taken in words: where they were voiced is where they were taken.
STANDS = {"reject", "dismiss", "condemn", "criticize", "criticise", "praise", "welcome", "urge", "blame", "defend",
          "call", "demand", "vow", "pledge", "promise", "threaten", "appeal"}

# Nouns of a spot something happens at, which no gazetteer names: a building, a ground, a road ("at Slepian's
# house", "in the prison yard"). Not a vehicle: "flown aboard a nonmilitary aircraft" tells how, not where.
SPOTS = {"house", "home", "yard", "building", "compound", "residence", "apartment", "flat", "hotel", "hospital",
         "clinic", "school", "campus", "church", "mosque", "synagogue", "temple", "cathedral", "market", "marketplace",
         "mall", "store", "shop", "restaurant", "cafe", "bar", "nightclub", "courthouse", "courtroom", "embassy",
         "consulate", "prison", "jail", "airport", "station", "port", "harbor", "harbour", "dock", "base", "camp",
         "checkpoint", "bridge", "road", "highway", "street", "square", "park", "stadium", "arena", "palace",
         "site", "scene", "farm", "field", "forest", "river", "lake", "beach", "hill", "office", "headquarters",
         "factory", "plant", "mine", "warehouse", "garage", "parking", "lot", "border", "crossing", "tunnel",
         "neighborhood", "neighbourhood", "kitchen", "bedroom", "garden", "backyard", "lobby", "basement",
         "porch", "driveway", "courtyard", "plaza"}

# Verbs that act with an adjective, no link to a state: "[pleaded] guilty", "[tested] positive", "[broke] free".
# The adjective is neither what was acted on nor a key to the verb's type ("plead" alone appeals: DEMAND).
ACTING_WITH_ADJECTIVES = {"plead", "test", "break"}


# -- where: the words of helpers.events.places ---------------------------------------------------------------------
# Verbs and nouns of judging a deed: the deed's place, in their object, is not theirs ("Cuba condemned the
# bombings in Kenya and Tanzania": in Havana).
JUDGING = {"condemn", "denounce", "criticize", "criticise", "deplore", "decry", "praise", "welcome", "hail",
           "applaud", "mourn", "lament", "regret", "blame", "condemnation", "criticism", "denunciation",
           # ... and of proposing, asking or warning: the place of what they are about ("warned against hospital
           # care in Vietnam", "raised the idea of using the base in Cuba")
           "warn", "raise", "propose", "suggest", "discuss", "debate", "question", "urge", "demand", "request",
           "accuse", "recommend", "advocate", "oppose", "threaten", "deny", "reject", "dismiss", "seek"}
VOICING = {"voice", "express", "reiterate", "reaffirm"}  # verbs only ("voiced concern over the violence in Israel")
# Nouns an attack or a visit falls on: "strikes on Kharkiv", "a visit to Mauritius".
LANDING = {"strike", "airstrike", "attack", "raid", "assault", "offensive", "bombardment", "shelling", "visit",
           "fall", "recapture", "capture", "liberation", "seizure", "withdrawal", "retreat", "fight", "battle", "siege",
           "control", "defence", "defense"}
# Violence told as the doer: where it struck is in its own words ("the bombings in Kenya and Tanzania killed").
VIOLENCE = LANDING | {"bombing", "blast", "explosion", "shooting", "killing", "ambush", "bomb", "car-bombing"}
# Newsrooms, whose town is where they print, not where what they report happened.
MEDIA = {"newspaper", "paper", "daily", "weekly", "agency", "radio", "television", "station", "broadcaster",
         "outlet", "website", "channel", "magazine", "media", "tabloid"}
# Authorities of a town, whose town is where they act: "a Miami federal judge", "the Amherst police".
LOCAL_AUTHORITIES = {"judge", "court", "police", "prosecutor", "mayor", "council", "sheriff", "jury", "magistrate",
                     "coroner"}


def acts_with_adjective(action: Token) -> bool:
    """Whether a verb acts with an adjective: "pleaded guilty" (not "pleaded for help": DEMAND)."""
    return action.lemma_.lower() in ACTING_WITH_ADJECTIVES and any(child.dep_ == "acomp" for child in children(action))


def by_a_hazard(action: Token) -> bool:
    """Whether who does an act is a hazard of nature: "the storm [hit] the coast", "homes [destroyed] by floods"."""
    for child in children(action):
        doer = child if child.dep_ == "nsubj" else next(
            (noun for noun in children(child) if noun.dep_ == "pobj"), None) if child.dep_ == "agent" else None
        if doer is not None:  # (a common noun: not "Senator Olympia Snow"; not "a storm of shelling")
            return (doer.lemma_.lower() in HAZARDS and doer.pos_ == "NOUN" and not doer.ent_type_
                    and not any(of.lower_ == "of" for of in children(doer))) \
                or (named_storm(doer) and action.lemma_.lower() not in ARMS_USE)  # (not "Typhoon jets bombed")
    return False


def named_storm(noun: Token) -> bool:
    """Whether a name is a storm's: "Cyclone Jude", "Hurricane Katrina", "Tropical Storm Alberto" (not a "Storm
    Shadow" missile)."""
    kinds = {word.lower_ for word in noun.subtree if word.dep_ == "compound" and word.i < noun.i}
    return noun.pos_ == "PROPN" and noun.tag_ == "NNP" and bool(
        kinds & NAMED_STORMS or {"tropical", "storm"} <= kinds or {"tropical", "depression"} <= kinds)


def fought_with(fight: Token) -> list[Token]:
    """The other side of a fight: "a gun battle [with] police" (police); none between two ("clashes between ..."),
    with "each other", or where the side's own words name a place the fight would lose ("supporters of the party in
    Dhaka")."""
    return [grand for child in children(fight) if child.dep_ == "prep" and child.lower_ == "with"
            for grand in children(child) if grand.dep_ == "pobj" and grand.pos_ != "PRON" and grand.lower_ != "other"
            and not any(word.ent_type_ in {"GPE", "LOC", "FAC"} for word in phrase_words(grand))]


def phrase_words(side: Token) -> list[Token]:
    """A fight's side without what follows it of place: "police [near the parliament in Nairobi]"."""
    cut = next((child.i for child in children(side) if child.dep_ == "prep" and child.i > side.i
                and child.lower_ in WHEREABOUTS), side.right_edge.i + 1)
    return list(side.doc[side.left_edge.i:cut])


def taken_from(verb: Token) -> bool:
    """Whether a verb takes something from a party, whom its "from" names: "bought jets from Russia", "lease back
    Diego Garcia from Mauritius", "took ownership of the islands from France" (not "took a flight from Rome")."""
    lemma = verb.lemma_.lower()
    return lemma in TRANSFERS or (lemma in {"take", "wrest", "seize"} and any(
        child.dep_ == "dobj" and child.lemma_.lower() in HOLDINGS for child in children(verb)))


# States and comments on the reporting, not things that happened: kept as events, left off the timeline.
# "come" only says when something else happened: "the strikes came a day after Ukraine took Izium".
NOT_EVENTS = {"be", "have", "come", "lie", "remain", "seem", "appear", "include", "mean", "need", "want", "become",
              "stand", "contain", "consist", "belong", "know", "think", "hope", "feel", "look", "verify", "expect",
              "give"}
# Verbs that carry out the violent act their object names ("carried out the attack", "launched a raid").
WAGING = {"carry", "conduct", "launch", "mount", "stage", "wage", "perform", "unleash", "execute"}


def action_class(action: str) -> str:
    """The verb that stands for a family of synonyms ("retake" -> "take"); a plan is of the kind of what
    it plans ("decide to regroup" -> "withdraw")."""
    words = action.split()
    verb = words[-1] if (len(words) == 3 and words[1] == "to") or (words[0] in WAGING and len(words) > 1) else words[0]
    for name, members in ACTION_CLASSES.items():
        if verb in members:
            return name
    return action


def kind_of(action: str) -> str:
    """The events table's `kind`: the action's family of synonyms (action_class), which the timeline
    merges on, or "" for a state ("lie", "be indicative": NOT_EVENTS), left off the timeline."""
    words = action.split()
    return "" if not words or words[0] in NOT_EVENTS else action_class(action)


# -- whom a pronoun stands for (helpers.events.coref) ------------------------------------------------------------
# Groups of people that act as people do ("some of them [hate groups] attacked a synagogue"), unlike institutions.
BANDS = {"group", "gang", "faction", "cell", "band", "clan", "tribe", "cartel"}
# Nouns of people that no agent suffix shows ("officials", "police"); not institutions or media, which are things
# here ("in a statement to media, the outfit said ... they were holding 200 hostages": the outfit).
PERSON_NOUNS = {"people", "person", "man", "men", "woman", "women", "child", "children", "family", "official",
                "staff", "crew", "troop", "police", "rebel", "civilian", "hostage", "refugee", "migrant", "militia",
                "friend", "wife", "husband", "mother", "father", "son", "daughter", "brother", "sister", "boy", "girl",
                "relative", "neighbor", "neighbour", "colleague", "witness", "victim", "spokesman", "spokeswoman"}
# Nouns of persons that show a gender: "a woman ... she".
GENDERED_NOUNS = {**dict.fromkeys(("woman", "mother", "wife", "daughter", "sister", "girl", "spokeswoman", "widow",
                                   "grandmother", "aunt", "niece", "actress", "businesswoman", "congresswoman"), "f"),
                  **dict.fromkeys(("man", "father", "husband", "son", "brother", "boy", "spokesman", "widower",
                                   "grandfather", "uncle", "nephew", "businessman", "congressman"), "m")}
# Nouns of a person's kin: a name in apposition to one is another person ("Berisha, his son, Shkëlzen Berisha").
KIN = {"wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "cousin", "nephew", "niece",
       "uncle", "aunt", "grandson", "granddaughter", "grandfather", "grandmother", "child", "stepson", "stepdaughter",
       "widow", "widower", "fiancee", "fiancée", "fiance", "partner", "relative", "in-law", "sibling"}
# Titles that show a person's gender: "Ms. von der Leyen", "King Charles".
HONORIFICS = {**dict.fromkeys(("mr", "sir", "lord", "king", "prince", "mister", "monsieur", "señor"), "m"),
              **dict.fromkeys(("mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "madame"), "f")}
# Nouns of one person's title or role, which a report calls someone it has named: "the president", "the Israeli
# leader", "the publisher" (not "the government", "the family", "the police": bodies that act themselves).
ONE_PERSON = PERSON_TITLES | GENDERED_NOUNS.keys() | {
    "leader", "politician", "official", "publisher", "journalist", "activist", "lawyer", "attorney", "diplomat",
    "founder", "chief", "director", "prosecutor", "candidate", "monarch", "rabbi",
    "priest", "cleric", "executive", "writer", "author", "editor", "reporter", "dissident", "officer", "soldier",
    "commander"}


# -- where (helpers.events.places) -------------------------------------------------------------------------------------
# Verbs of a happening's course or schedule, whose place is that of the verb they go on with ("bushfires
# continue to burn across Australia", "the trial is set to begin in London").
ASPECTUAL = {"continue", "keep", "begin", "start", "resume", "stop", "cease", "set", "due", "schedule", "slate",
             "expect"}
# Verbs of a plan, whose place is that of the act planned: "the team planned to leave Nairobi on Thursday".
PLANNED = PLANNING | {"want", "hope", "agree", "threaten"}
# Prepositions whose object is where something is or goes: "in Izium", "moved from Malawi to Mozambique".
# Not "against Iran", "with the U.S.", "between Washington and Pyongyang", "a meeting on Afghanistan",
# "honour on Modi", "a letter to Rubio" ("to" a place is a movement or a visit: "moved to Houston").
LOCATIVE = {"in", "at", "near", "inside", "outside", "across", "around", "throughout", "from", "to", "into",
            "toward", "towards", "off", "along", "within", "through", "over", "onto", "beyond"}
# Prepositions of where something goes: a verb's destination is not where it was done ("led a team to Africa",
# "fled to Florida": the leading and the fleeing started elsewhere).
TOWARDS = {"to", "into", "toward", "towards", "onto"}
# ... but where fire lands or forces push is the attack's place: "fired missiles into Kharkiv".
INCURSIONS = {"fire", "launch", "lob", "shoot", "drop", "hurl", "rain", "push", "advance", "storm", "penetrate",
              "infiltrate", "cross", "strike", "break", "pour", "roll", "sweep", "march"}
# ... and where a traveller goes is where the trip is told of: "traveled to Nairobi for talks", "moved to Houston"
# (not what is done on the way: "was arrested while traveling to Paris").
ARRIVALS = {"travel", "fly", "return", "move", "head", "drive", "sail", "relocate", "go", "come", "journey"}
# Prepositions that tie an action to another event, told as its cause, its occasion or its time: "arrested in
# connection with the blasts in Kenya", "charged over the shooting in Amherst".
# (Not "a day after the attack in Kabul": what follows an attack mostly happens where it did.)
RELATED = {"with", "over", "for", "about", "against"}
# Prepositions of where something is, not where it comes from or goes to ("taken to a hospital").
AT = {"in", "at", "inside", "outside", "near", "behind", "beside", "by", "on", "across", "around", "along",
      "through", "within"}
# Verbs of fighting, whose object is the other side, not a place: "are fighting Ukraine in Kursk".
FOUGHT = {"fight", "battle", "combat", "confront", "engage", "defeat", "resist", "face", "counter", "repel"}
# Bodies of a state, which speak from their seat.
SEATED_BODIES = {"ministry", "government", "department", "embassy", "consulate", "presidency", "administration",
                 "cabinet", "kremlin", "pentagon"}
