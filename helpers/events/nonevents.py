"""Clauses that tell no event by who does them or how they are held: a thing, a trend or a measure as the
doer, a feeling, an observation, a view shared, a role, an activity named, what did not happen, a state
of long standing, a background, a text, a prediction, a possibility or a condition (rules of
helpers.events.actions.NOT_NEWS; figures are helpers.events.figures; views, and the present of a quotation, are
helpers.events.views)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.events.dating import governing_timex, spans_at_least
from helpers.events.spans import is_headline
from helpers.events.kinds import NOMINAL_EVENTS, fails, says_not, verb_lemma
from helpers.events.plover import VIOLENT_NOUNS
from helpers.events.roles import ACTOR_LABELS
from helpers.events.tree import children, in_own_clause
from helpers.events.words import AGENT_SUFFIXES, FORCES, HAZARDS, ISSUED, MEASURES, PARTS, PEOPLE, WEATHER
from helpers.lexicon import FUTURE_AUXILIARIES, REPORTING_VERBS
from helpers.nlp import PLACE_LABELS
from helpers.timex import Timex
from helpers.timex.words import CLOCK

# A curly "’s" after a noun or pronoun is the copula where a verb reads it ("It’s"); the pipeline leaves its
# lemma as written, as it stands for "is" or "has" (the other contractions: helpers.lexicon.CURLY_CONTRACTIONS).
CONTRACTED = {"’s": "be"}


def told_in_the_perfect(action: Token) -> bool:
    """Whether a verb has the auxiliary "have", however the model lemmatised it ("’ve", "having")."""
    return any(child.dep_ == "aux" and lemma(child) == "have" for child in children(action))


def lemma(token: Token) -> str:
    """The token's lemma, a contracted copula's too, and a verb's the model got wrong ("hoped": not "hop")."""
    if token.pos_ not in {"AUX", "VERB"}:
        return token.lemma_.lower()
    return CONTRACTED[token.lower_] if token.lower_ in CONTRACTED else verb_lemma(token)  # ("having": not "having")


# Verbs of feeling: in the passive they tell how someone felt ("were [saddened] by reports"), no act.
FEELINGS = {"sadden", "shock", "surprise", "disappoint", "concern", "worry", "alarm", "horrify", "delight",
            "encourage", "dismay", "frustrate", "anger", "upset", "trouble", "disturb", "please", "relieve",
            "hearten", "stun", "appal", "appall", "outrage", "scare", "frighten", "terrify", "move", "touch",
            "stump", "baffle", "puzzle", "bewilder", "confuse", "perplex"}
# Verbs of perceiving and finding: in the present progressive they tell what someone observes ("we are
# [seeing] more children affected"), with a change as their object a trend ("Pakistan has [seen] a sharp increase").
PERCEIVING = {"see", "find", "hear", "notice", "witness", "observe", "experience", "feel"}
RECORDING = {"record", "register", "post", "log"}
# Verbs of the senses: what they tell is a perception, never an act of the perceiver.
SENSES = {"see", "hear", "notice", "witness", "sense"}  # (not "observed her house", "watched": acts)
# Verbs of watching and waiting: only in the progressive do they tell no act ("observers are [watching] to see").
WATCHING = {"watch", "monitor", "wait", "await"}
CHANGES = {"increase", "rise", "surge", "decline", "drop", "fall", "spike", "jump", "growth", "decrease", "uptick",
           "boom", "slump", "influx", "upsurge", "downturn", "shift", "improvement", "deterioration"}
# Verbs that link their subject to a role with "as": "part of the island [served] as a station" is a state.
AS_LINKING = {"serve", "act", "emerge", "function", "double", "rank", "stand"}

# Verbs of a happening's course: an event noun that begins, goes on or ends is an event ("the process started").
ASPECTUAL = {"begin", "start", "end", "finish", "conclude", "continue", "resume", "go", "take", "happen", "occur",
             "expire", "last", "break", "erupt", "escalate", "intensify", "unfold", "stall", "open", "close",
             "collapse", "fail", "succeed", "arise", "come", "emerge", "spread", "subside", "progress"}
# What a document or a study does: says, shows, and orders ("the study found", "a 2021 notice required limits").
DOCUMENT_VERBS = REPORTING_VERBS | {"show", "find", "reveal", "indicate", "suggest", "cite", "profile", "detail",
                                    "document", "spell", "require", "ban", "order", "allow", "permit", "prohibit",
                                    "target", "extend", "establish", "impose", "grant", "mandate", "restrict",
                                    "limit", "apply", "authorize", "call"}
# What an act done to someone draws: the reaction is an event of others ("the arrest drew condemnation").
REACTIONS = {"condemnation", "criticism", "outrage", "backlash", "protest", "praise", "support", "concern",
             "anger", "fury", "rebuke", "response", "reaction", "sympathy", "calls", "demand"}
# Entities whose name can act: an actor's (people, groups, places that stand for who rules them), and events,
# laws and works.
DOERS = ACTOR_LABELS | {"EVENT", "LAW", "WORK_OF_ART", "PRODUCT"}
# Nouns of events: an attack, a strike, a visit or a protest does what it is told to do ("shelling cut power").
EVENT_NOUNS = set(NOMINAL_EVENTS) | set(VIOLENT_NOUNS) | {
    "fighting", "clash", "war", "battle", "conflict", "violence", "unrest", "riot", "protest", "demonstration",
    "storming", "talks", "discussion", "negotiation", "meeting", "summit"}


WANING = {"ease", "subside", "abate", "worsen", "weaken", "wane", "recede", "persist", "linger", "slow"}


def is_thing_doing(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A thing, a trend or a measure told as the doer: "relations between the allies have [plummeted]", "the
    Asian population nearly [doubled]", "the tariffs would [lead] to higher prices", "washed-away roads [made]
    the task difficult", "paying extra can [add] comfort". No one acts, so there is no event an analyst codes.
    A person, a group or a place that stands for its rulers acts, and so do a force of nature, a weapon, a
    vehicle and a fight ("a cyclone [hit]", "shelling [cut] power"); a happening that begins, goes on or ends
    is one ("the peace process [started] in Doha"); a document says and orders what its issuer does ("an
    indictment [described] a plan"); what an act draws is others' reaction ("the arrest [drew] condemnation").
    A change told on a day is news; names, pronouns and bare numbers are left to whom they stand for; a
    passive's subject is acted on."""
    # (a phase of what its subject does is that doing: "the number of patients [begins] to increase")
    phase = lemma(action) in ASPECTUAL and not any(child.dep_ == "xcomp" and child.pos_ == "VERB"
                                                   for child in children(action))
    if action.pos_ != "VERB" or phase or any(child.dep_ in {"auxpass", "nsubjpass"} for child in children(action)):
        return False
    if any(child.dep_ == "nsubj" and (child.lemma_.lower() in WEATHER or child.lemma_.lower() in HAZARDS | {"outbreak"}
                                      and lemma(action) in WANING) for child in children(action)) \
            and not any(child.dep_ == "dobj" for child in children(action)):
        # the weather that changed, on any day: "conditions have [eased] Saturday" ("rain flooded" acts); a hazard
        # that waned: "the outbreak has since [eased]" ("the earthquake struck" acts)
        return True
    if not spans_at_least(governing_timex(action, sentence, timexes), 7):
        return False  # a change on a day is news: "infections [surged] in Nigeria on Monday"
    subjects = [child for child in children(action) if child.dep_ in {"nsubj", "csubj"}]
    subject = subjects[0] if len(subjects) == 1 else None  # two subjects: a parse gone wrong ("co-founder Jobs")
    if subject is None or any(child.dep_ == "dobj" and child.lemma_.lower() in REACTIONS for child in children(action)):
        return False
    if subject.dep_ == "csubj" or subject.tag_ == "VBG":
        # an activity with its own object or complement ("[paying] extra"), not a fight named ("fighting")
        return subject.lower_ not in EVENT_NOUNS and any(
            child.dep_ in {"dobj", "acomp", "attr", "xcomp", "ccomp", "advmod", "auxpass", "prep"}
            for child in children(subject))
    head = through_part(subject)
    if head is None or head.pos_ != "NOUN" or head.ent_type_ in DOERS or any(
            child.dep_ in {"compound", "appos", "nmod"} and (child.ent_type_ in DOERS or child.pos_ == "PROPN")
            for child in children(head)):
        return False  # "the technology blog Gizmodo", "Apple Inc. co-founder Steve Jobs"
    if head.text[:1].isupper() and (head.i > sentence.start or any(
            token.text == head.text and token.i != head.i and token.ent_iob_ == "B" and token.ent_type_ in DOERS
            and (token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I") for token in head.doc)):
        return False  # a name the tagger took for a noun ("Trump blocked the sale", named so elsewhere)
    nouns = {head.lemma_.lower(), head.lower_}
    if nouns & MEASURES:
        return True
    doer = bool(nouns & (PEOPLE | FORCES | EVENT_NOUNS)) or any(noun.endswith(AGENT_SUFFIXES) for noun in nouns) \
        or any(child.dep_ == "amod" and child.ent_type_ == "NORP" for child in children(head))  # "Cuban exiles"
    return not (doer or (nouns & ISSUED and lemma(action) in DOCUMENT_VERBS))


def thing_subject(action: Token) -> Token | None:
    """The noun heading the action's subject when it names a thing, not a doer ("the announcement", "a deadly
    attack", "the initiative"); None for a person, a group, a force, a name or a pronoun."""
    subject = next((child for child in children(action) if child.dep_ == "nsubj"), None)
    head = through_part(subject) if subject is not None else None
    if head is None or head.pos_ != "NOUN" or head.ent_type_ in DOERS \
            or {head.lemma_.lower(), head.lower_} & (PEOPLE | FORCES) or head.lower_.endswith(AGENT_SUFFIXES):
        return None
    return head


def through_part(subject: Token) -> Token | None:
    """The noun that names who a quantity is of ("thousands of [people]", "some of the [dentists]", "[part] of the
    island"); None for a quantity alone ("half are burning"), whose doer is told before."""
    if subject.lemma_.lower() not in PARTS and subject.ent_type_ != "CARDINAL":
        return subject
    of = next((child for child in children(subject) if child.dep_ == "prep" and child.lower_ == "of"), None)
    named = next((child for child in children(of) if child.dep_ == "pobj"), None) if of is not None else None
    return through_part(named) if named is not None else None


def is_feeling(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """How someone felt, in the passive of a verb of feeling: "we were [saddened] by reports of lives lost",
    "officials are [concerned]". The act that moved them is an event of its own ("the break shocked Haitians")."""
    return lemma(action) in FEELINGS and any(child.dep_ == "auxpass" for child in children(action))


def is_observation(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What someone observes or waits for, not an act: a verb of perceiving in the present progressive ("we are also
    [seeing] more children affected", "we're [finding] that ...") or one whose object is a change ("Pakistan
    has [seen] a sharp increase in terrorism", "hotels [experienced] a surge in bookings")."""
    if lemma(action) in WATCHING:  # "observers are [watching] to see whether", "he was [waiting] for the court"
        return action.tag_ == "VBG" and any(child.dep_ == "aux" and lemma(child) == "be" for child in children(action))
    if lemma(action) in RECORDING:  # "Botswana has [recorded] an increase in fatalities": a trend
        return any(child.dep_ == "dobj" and child.lemma_.lower() in CHANGES for child in children(action))
    if lemma(action) not in PERCEIVING:
        return False
    # the progressive's auxiliary may be its first conjunct's: "they're looking at ... and [seeing] it's a window"
    carrier = action.head if action.dep_ == "conj" and action.head.tag_ == "VBG" else action
    progressive = action.tag_ == "VBG" and any(child.dep_ == "aux" and child.tag_ in {"VBP", "VBZ"}
                                               and lemma(child) == "be" for child in children(carrier))
    change = any(child.dep_ == "dobj" and child.lemma_.lower() in CHANGES for child in children(action))
    # the senses in any tense: "his wife [noticed] changes", "they [heard] a blast", "Erdogan is [seen] to have
    # built ties" (what was perceived, if anything happened, is its own event)
    sensed = lemma(action) in SENSES \
        and not any(child.dep_ == "aux" and child.tag_ == "MD" for child in children(action))
    return progressive or change or sensed


def is_view_shared(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """Agreeing with a view, not with someone on something: "he [agreed] with Biden's recent remark", "she
    agreed with officials' concerns" (an opinion); "Kyiv agreed with Moscow on a truce" names a side."""
    # (agreeing to do something is an act: "agreed to lift embargoes, with strings attached")
    return lemma(action) in {"agree", "disagree", "concur"} and not any(
        child.dep_ in {"xcomp", "ccomp"} for child in children(action)) and any(
        child.dep_ == "prep" and child.lower_ == "with" and child.i > action.i and any(
            grand.dep_ == "pobj" and grand.pos_ == "NOUN" and not grand.ent_type_ for grand in children(child))
        for child in children(action))


def is_role(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A subject linked to a role by "as": "part of the island [served] as an immigration station", "Vietnam is
    [emerging] as a key player". A state, like a copula; with an object it is an act ("used the base as ...")."""
    return lemma(action) in AS_LINKING and not any(child.dep_ in {"dobj", "dative"} for child in children(action)) \
        and any(child.dep_ == "prep" and child.lower_ == "as" for child in children(action))


# Verbs of saying and judging that take a clause, never a gerund, for their object.
SAYING = {"say", "tell", "argue", "believe", "think", "note", "stress", "explain", "insist", "add", "state", "declare"}


def is_gerund(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A gerund taken for a clause: "experts say [empowering] girls with education is one way to ...": an
    activity named, not told as done. One with a subject or an auxiliary is a clause ("forces were inflicting").
    A verb of saying takes no gerund for its object, as "admitted killing" or "denied shelling" do: after "say",
    the gerund is the subject of what is said, parsed as an object."""
    taken = action.dep_ in {"ccomp", "csubj", "nsubj"} or (action.dep_ == "xcomp" and lemma(action.head) in SAYING)
    return action.tag_ == "VBG" and taken and not any(
        child.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for child in children(action))


# Participants that are no one: "nobody was hurt".
NOBODY = {"nobody", "nothing", "none", "noone"}


def is_negated(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What did not happen: "the battle is not [won]", "the army did not [confirm] the losses", "they never
    [forget] their roots", "Kabul was [failing] to rein in the separatists". A denial or a refusal is told by its
    own verb ("denied", "refused"), which is an event."""
    nothing = done_by_no_one(action)
    # "will not cooperate, or [name] his defence team": a negation shared by "or"
    shared = action.dep_ == "conj" and any(child.lower_ in {"or", "nor"} for child in children(action.head)) \
        and any(child.dep_ == "neg" for child in children(action.head))
    return fails(action) or shared or nothing or says_not(action)


def is_undone(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What the report says did not happen, whatever PLOVER would code it: "no country has [recognized] the
    Taliban", "Russian forces did not [capture] Bakhmut". A source's word that it did not happen is a denial, a
    claim an analyst weighs ("Russia never attacked the plant, the ministry said"); a negation of what is to
    come is a refusal or a warning ("“we will not [cooperate]”", "police will no longer [tolerate] rallies"), and
    a failure is an event ("failed to reach agreement": talks that broke down). These are events when coded."""
    return is_negated(action, sentence, timexes) and not fails(action) and not told_as_plan(action) \
        and (not told_by_someone(action) or done_by_no_one(action))


def done_by_no_one(action: Token) -> bool:
    """Whether a participant is no one or nothing: "[no] deaths were recorded", "nobody was hurt", "officials said
    no other country had [offered]": however sourced, nothing happened to tell."""
    return any(child.dep_ in {"nsubj", "nsubjpass", "dobj"} and (child.lower_ in NOBODY or any(
        det.dep_ == "det" and det.lower_ == "no" for det in children(child))) for child in children(action))


def told_by_someone(action: Token) -> bool:
    """Whether a clause is what a reporting verb reports: "the ministry said [that] ...", "..., a senior official
    said" (the saying hung on the clause, or on one of its words)."""
    return any(ancestor.lemma_ in REPORTING_VERBS for ancestor in action.ancestors) or any(
        token.lemma_ in REPORTING_VERBS and token.pos_ == "VERB" and token.i > action.i
        and token.dep_ in {"ccomp", "parataxis", "relcl"} for token in action.subtree)


# Adverbs that make a perfect indefinite: "have boarded foreign boats [before]", "had [previously] served".
INDEFINITE = {"before", "ever", "already", "previously", "once", "often", "twice"}


def is_indefinite_past(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A perfect of experience, with no time it happened at: "Chinese ships have [boarded] foreign boats before",
    "he had previously [served] two terms", "in the past, some countries have [ignored] them". It says that
    something has happened, not when: no dated event."""
    return told_in_the_perfect(action) and governing_timex(action, sentence, timexes) is None and any(
        (child.dep_ == "advmod" and child.lower_ in INDEFINITE) or (child.dep_ == "prep" and child.lower_ == "in" and [
            grand.lower_ for grand in children(child)] == ["past"]) for child in children(action))


def is_long_standing(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A perfect that spans months or years: "India has been [locked] in a standoff for almost a year", "Japan
    and China have been [disputing] the islands for years", "since 1947, Pakistan has [received] 23 bailouts",
    "in recent years, resources have been [redirected]".
    A state of long standing, or a sum of many acts, not an event a timeline can date; one since a month or a
    day is news ("300 settlements have been [retaken] since the start of the month", "since Saturday")."""
    if not told_in_the_perfect(action):
        return False
    for child in children(action):
        if child.dep_ != "prep" or child.lower_ not in {"for", "since", "in", "over"}:
            continue
        start, end = child.idx, child.right_edge.idx + len(child.right_edge)
        inside = [timex for timex in timexes if start <= timex.start < end]
        if any((child.lower_ == "for" and timex.type == "DURATION" and timex.value[-1:] in {"Y", "M", "E", "C"}
                and not timex.value.startswith("PT"))
               or (child.lower_ in {"in", "over"} and timex.type == "DURATION" and timex.value[-1:] in {"Y", "E", "C"})
               or (child.lower_ == "since" and timex.type == "DATE" and len(timex.value) == 4)
               for timex in inside):
            return True
    return False


# Words for the present moment: with a verb in the present they tell how things stand ("today the town
# accepts the windmills"), not when something is due ("the summit opens Monday").
NOW = {"today", "now", "nowadays", "currently", "these days", "at present"}


# Prepositions of where something is going on: "fighting in Bakhmut", "protesters gathered outside parliament".
WHERE = {"in", "at", "near", "across", "inside", "outside", "around", "throughout"}


def is_untimed(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """An act PLOVER does not code, told neither as done, nor as planned, nor for a day: going on now ("Asian
    American Houstonians are [filling] this void", "half are [burning] out of control") or what would or can be
    ("bills would [increase] by $69 a month", "paying extra can [add] comfort"). A description of how things
    are, not an event of a timeline. (The simple present is is_simple_present's.) What a source says is going
    on is its claim ("the minister said the nation is [ramping] up its response"), a headline tells the past
    in the present, and an intention names a plan ("is preparing to strike")."""
    ongoing = action.tag_ == "VBG" and any(child.dep_ == "aux" and lemma(child) == "be"
                                           and child.tag_ in {"VBZ", "VBP"} for child in children(action))
    passive = action.tag_ == "VBN" and any(child.dep_ == "auxpass" and child.lower_ == "being"
                                           for child in children(action))
    modal = any(child.dep_ == "aux" and child.tag_ == "MD" for child in children(action))
    if not (ongoing or passive or modal) or told_in_the_past(action) or told_as_plan(action) \
            or action.lemma_ in REPORTING_VERBS or is_headline(sentence) \
            or any(child.dep_ == "xcomp" and child.pos_ == "VERB" for child in children(action)):  # an intention
        return False
    # a happening somewhere, or placed after another, is news: "forces are [making] progress in the Kharkiv
    # region, a day after troops entered Balakliia"
    located = any(token.ent_type_ in PLACE_LABELS and token.dep_ == "pobj" and token.head.lower_ in WHERE
                  and in_own_clause(token, action) for token in sentence) \
        or any(child.lower_ in {"after", "before"} or (child.dep_ == "advcl" and any(
            mark.lower_ in {"after", "before"} for mark in children(child))) for child in children(action))
    return not located and not ((ongoing or passive) and told_by_someone(action)) \
        and not due(action, sentence, timexes)


# Verbs of knowing, perceiving and remembering: no one plans them, so in the future they tell a prediction
# ("Egypt will [realize] ...", "it will be [remembered] only in history books").
COGNITION = {"realize", "realise", "understand", "know", "learn", "discover", "notice", "see", "find", "remember",
             "forget", "regret", "feel", "believe", "think", "wonder", "forgive"}


def is_background(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What frames an event rather than tells one: a past progressive a when-clause breaks into ("the train
    was [traveling] to Peshawar when it was attacked": the attack is the event), a present that still holds
    ("villagers still [avoid] the forest"), what a text says in the present ("the law [cites] traffic safety",
    "the data report [shows] that sales fell"), and a future of knowing or remembering, which is a prediction
    ("Egypt will [realize] it needs Turkey")."""
    auxiliaries = [child for child in children(action) if child.dep_ in {"aux", "auxpass"}]
    interrupted = action.tag_ == "VBG" and any(aux.lower_ in {"was", "were"} for aux in auxiliaries) and any(
        child.dep_ == "advcl" and any(mark.lower_ == "when" for mark in children(child)) for child in children(action))
    subject = next((child for child in children(action) if child.dep_ == "nsubj"), None)
    # (the model may tag a present with its subject as a bare verb: "villagers still [avoid]")
    present = (action.tag_ in {"VBZ", "VBP"} or (action.tag_ == "VB" and subject is not None)) and not auxiliaries \
        and not is_headline(sentence)  # (a headline tells the past in the present: "Apple announces an update")
    # (not "Still, ..." opening a sentence: a concession, not a state that goes on)
    still = present and any(child.dep_ == "advmod" and child.lower_ == "still" and not (
        child.i == sentence.start and child.i + 1 < len(child.doc) and child.doc[child.i + 1].text == ",")
        for child in children(action))
    text = present and action.lemma_ in DOCUMENT_VERBS and subject is not None \
        and (subject.lemma_.lower() in ISSUED or (subject.lower_ == "it" and any(
            token.lemma_.lower() in ISSUED for token in sentence.doc[max(0, sentence.start - 30):sentence.start])))
    foreseen = lemma(action) in COGNITION and told_as_plan(action) and not due(action, sentence, timexes)
    return interrupted or still or text or foreseen


def told_in_the_past(action: Token) -> bool:
    """Whether a clause is told as done: a past tense ("struck", "were killed", "did strike", "had been raped"),
    a perfect ("have fled", "may have killed", "he’s combined the methods") or a past participle on its own
    ("a suit, filed last week")."""
    auxiliaries = [child for child in children(action) if child.dep_ in {"aux", "auxpass"}]
    perfect = action.tag_ == "VBN" and any(aux.dep_ == "aux" and (lemma(aux) == "have" or aux.lower_ in {"’s", "'s"})
                                           for aux in auxiliaries)
    return action.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxiliaries) or perfect \
        or (action.tag_ == "VBN" and not auxiliaries)


def due(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """Whether the clause is told for a time of its own, other than the present moment: "we will meet on Friday".
    A clock time told roughly keeps no schedule: "minors get home around 9 p.m." (not "polls open at 7 a.m.")."""
    when = governing_timex(action, sentence, timexes)
    rough = when is not None and CLOCK.fullmatch(when.text.lower()) is not None \
        and sentence.doc.text[max(0, when.start - 16):when.start].rstrip().lower().endswith(
            ("around", "about", "roughly", "approximately"))
    return when is not None and when.text.lower() not in NOW and not rough


def told_as_plan(action: Token) -> bool:
    """Whether a clause is told in the future: "will send", "’ll get him out", "are going to move", "will not
    cooperate, or [name] his team" (a conjunct shares its auxiliary), or in the future seen from the past of a
    saying ("announced that New Delhi would [invest] $11 million")."""
    if action.dep_ == "conj" and not any(child.dep_ in {"aux", "auxpass"} for child in children(action)):
        return told_as_plan(action.head)
    clause = action
    while clause.dep_ == "conj":  # "said that 80% had power again, but that the metro would [run] ..."
        clause = clause.head
    saying = clause.head
    if any(child.dep_ == "aux" and child.lower_ in {"would", "’d", "'d"} for child in children(action)) \
            and clause.dep_ == "ccomp" and saying.lemma_ in REPORTING_VERBS and told_in_the_past(saying) \
            and saying.i < action.i and not any(token.is_quote for token in action.doc[saying.i:action.i]):
        return True  # (reported speech: a quotation keeps its own conditional, "he said: “it would do harm”")
    going = lemma(action) == "go" and action.tag_ == "VBG" and any(child.dep_ == "xcomp" for child in children(action))
    planned = (action.dep_ == "xcomp" and lemma(action.head) == "go" and action.head.tag_ == "VBG") or going
    return planned or any(child.dep_ == "aux" and child.lower_ in FUTURE_AUXILIARIES | {"’ll"}
                          for child in children(action))


def performs(action: Token) -> bool:
    """Whether the speakers do the act by saying it: "“we [condemn] the jailbreak”", "“I [urge] all sides”"."""
    # (a conjunct shares its subject: "we condemn the jailbreak and [urge] the population to remain calm")
    doer = action.head if action.dep_ == "conj" and not any(child.dep_ == "nsubj" for child in children(action)) \
        else action
    return action.tag_ in {"VBP", "VB"} and not any(child.dep_ in {"aux", "auxpass"} for child in children(action)) \
        and any(child.dep_ == "nsubj" and child.lower_ in {"i", "we"} for child in children(doer))


# Modals of possibility: what can, could or might be. With a perfect they hedge a claim of the past ("may have killed").
POSSIBILITY = {"can", "ca", "could", "might", "may"}  # "ca": the model's token of "can't"
GUESSES = {"maybe", "perhaps", "possibly", "probably"}


def is_possibility(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What can, could or might happen: "these rules can be [circumvented]", "if the vote passes, it could [see]
    tariffs of 45%", "maybe some [escaped]". With a perfect it is a hedged claim of the past, an event ("the
    strike may have [killed] ten"). A verb joined by "and" with no subject or auxiliary of its own shares the
    first one's: "such measures could be interpreted as weakness and [embolden] him"."""
    shares = action.dep_ == "conj" and action.tag_ == "VB" and not any(  # (not "could not dock and [anchored]")
        child.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for child in children(action))
    auxiliaries = {child.lower_ for verb in ((action, action.head) if shares else (action,))
                   for child in children(verb) if child.dep_ in {"aux", "auxpass"}}
    modal = bool(auxiliaries & (POSSIBILITY | FUTURE_AUXILIARIES | {"would", "should"}))
    guessed = any(child.dep_ == "advmod" and (child.lower_ in GUESSES or (child.lower_ == "likely" and modal))
                  for child in children(action)) or (  # ("will likely rise"; "was most likely started" is a claim)
        lemma(action) == "be" and any(child.dep_ == "acomp" and child.lower_ in {"likely", "unlikely", "probable"}
                                      for child in children(action)))  # "it was likely to be opposed"
    return (bool(auxiliaries & POSSIBILITY) and "have" not in auxiliaries) or guessed


def is_counterfactual(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What would or should have happened, and so did not: "the bomb would have [caused] massive destruction",
    "he should have [warned] them". (A perfect after "may", "might" or "could" hedges a claim of the past.)"""
    auxiliaries = {child.lower_ for child in children(action) if child.dep_ in {"aux", "auxpass"}}
    return action.tag_ == "VBN" and "have" in auxiliaries and bool(auxiliaries & {"would", "should", "’d", "'d"})


def is_conditional(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What would happen on a condition: "some companies will [return] if sanctions are lifted", "a 10-year-old
    would [cost] about $1,000" (no condition told, a conditional mood). A threat names its own verb ("threatened
    to", "warned that"); "would" reported ("said they would present") is a plan, a future seen from the past."""
    condition = any(child.dep_ == "advcl" and any(grand.dep_ == "mark" and grand.lower_ in {"if", "unless"}
                                                  for grand in children(child)) for child in children(action))
    mood = any(child.dep_ == "aux" and child.lower_ in {"would", "’d", "'d"} for child in children(action)) \
        and action.dep_ == "ROOT"
    # "this will [allow] the U.S. to act", "it would [mean] higher prices": a consequence foreseen, no act
    consequence = any(child.dep_ == "aux" and child.lower_ in FUTURE_AUXILIARIES | {"would"}
                      for child in children(action)) \
        and any(child.dep_ == "nsubj" and child.lower_ in {"this", "that", "it"} for child in children(action))
    return condition or mood or consequence


def is_possible_on_condition(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """What can happen if something else does, whatever its type: "if the judge rules against the holder, they
    can [appeal] to the board": a procedure or a case told in general, no event. (A threat or a promise on a
    condition says what will be done: "we will retaliate if they attack" stays a coded event.)"""
    return is_possibility(action, sentence, timexes) and any(
        child.dep_ == "advcl" and any(grand.dep_ == "mark" and grand.lower_ in {"if", "unless"}
                                      for grand in children(child)) for child in children(action))
