"""Clauses that frame a report rather than tell its news: the reporter's questions, replies that say nothing, credit
lines, the newsroom's own inquiries and the broadcast's talk of itself (rules of helpers.events.actions.NOT_NEWS)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.events.nonevents import lemma
from helpers.events.spans import is_lead_in, text_of
from helpers.events.tree import children
from helpers.events.words import WRITING
from helpers.lexicon import SPEECH_VERBS
from helpers.timex import Timex


def is_interview_question(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """The reporter's question framing an answer: "[Asked] by VOA if the U.S. was considering action, Rubio said
    ...", "When [asked] about the attack, she said ...". The answer is the news."""
    return action.lemma_.lower() == "ask" and action.tag_ == "VBN" and action.dep_ == "advcl" \
        and not any(child.dep_ == "auxpass" for child in children(action))


# What a saying says when it says nothing: "lawyers emerged from the meeting but [said] little".
NOTHING_SAID = {"little", "nothing", "less", "none"}


def is_bare_reply(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A saying that reports no act: "“No,” [said] the mayor", "“Certainly a tough conversation,” [said] Kehr",
    "the lawyers emerged but [said] little". What a speaker says is an event when it is a verb's clause, or an
    object ("denied the claims")."""
    if action.lemma_ in SPEECH_VERBS and any(child.dep_ == "dobj" and child.lower_ in NOTHING_SAID
                                             and not any(True for _ in children(child)) for child in children(action)):
        return True
    if action.lemma_ not in SPEECH_VERBS or any(child.dep_ in {"dobj", "ccomp", "xcomp", "prep"}
                                                for child in children(action)):
        return False
    others = any(token.pos_ in {"VERB", "AUX"} and token != action and token.dep_ not in {"aux", "auxpass"}
                 for token in sentence)
    return not others and any(token.is_quote for token in sentence)


def is_credit(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A credit line, acting on the report itself: "Jane Doe [contributed] to this report", "X [contributed]
    reporting from Dadaab", "Harun Maruf [reported] from Washington", "Following are statements [made] Friday by"."""
    if is_lead_in(sentence):
        return True
    datelined = action.lemma_ in {"report", "contribute"} and any(
        child.dep_ == "prep" and child.lower_ == "from" for child in children(action)) and not any(
        child.dep_ in {"dobj", "ccomp"} for child in children(action))
    # "This story [originated] in VOA's Kurdish Service": the subject is the report itself
    this_story = any(child.dep_ in {"nsubj", "nsubjpass"} and child.lemma_.lower() in WRITING and any(
        det.lower_ == "this" for det in children(child) if det.dep_ == "det") for child in children(action))
    if datelined or this_story:
        return True
    objects = [child for child in children(action) if child.dep_ == "dobj" or child.lower_ == "reporting"]
    objects += [grand for child in children(action) if child.dep_ == "prep" for grand in children(child)
                if grand.dep_ == "pobj"]
    return any(noun.lemma_.lower() in WRITING and (noun.lower_ == "reporting" or any(
        det.lower_ == "this" for det in children(noun) if det.dep_ == "det")) for noun in objects)


# Newsrooms whose own inquiries a report tells ("VOA examined the facts"), and the verbs of inquiring.
NEWSROOMS = {"voa", "voice of america", "reuters", "the associated press", "associated press", "ap", "afp",
             "agence france-presse", "this reporter", "bbc", "cnn", "al jazeera"}
INQUIRING = {"examine", "speak", "talk", "interview", "review", "analyze", "analyse", "contact", "reach", "verify",
             "check", "obtain", "track", "count", "compile", "find", "email", "call", "visit"}


def newsroom_inquiry(action: Token) -> bool:
    """The newsroom's own inquiry, told in its report: "VOA [examined] the facts and [spoke] with experts", "an
    exclusive VOA analysis [found]". Its findings are told as the news elsewhere."""
    verb = action.head if action.dep_ == "conj" else action
    subject = next((child for child in children(verb) if child.dep_ == "nsubj"), None)
    if subject is None or lemma(action) not in INQUIRING:
        return False
    words = {subject.lower_, " ".join(token.lower_ for token in subject.subtree)} | {
        child.lower_ for child in children(subject) if child.dep_ in {"compound", "poss", "amod"}}
    return bool(words & NEWSROOMS)


# What a broadcast calls itself: "later in the broadcast", "on this program".
PROGRAMS = {"broadcast", "program", "programme", "newscast", "show", "bulletin", "hour"}


def is_on_air(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A broadcast's talk of itself, its anchor leading the listener: "we'll [come] back to Havana later in the
    broadcast", "we just [show] up to do the broadcast", "The World's Nancy Marshall [reports] on Mr. Blair's
    visit" (a correspondent's report announced). Not a "we" someone quoted says."""
    verb = action.head if action.dep_ == "conj" else action
    subject = next((child for child in children(verb) if child.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ != "we" and not (action.tag_ == "VBZ" and lemma(action) == "report") \
            or any(token.is_quote for token in sentence):
        return False
    if subject.ent_type_ == "PERSON":
        return any(child.dep_ == "prep" and child.lower_ == "on" for child in children(action))
    return subject.lower_ == "we" and any(token.lemma_.lower() in PROGRAMS and token.pos_ == "NOUN" and (
        token.lower_ != "hour" or any(det.lower_ == "this" for det in children(token))) for token in sentence)


def asks_for_comment(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """The reporter's own inquiries and the replies they did not get: "VOA made attempts to get a [comment]",
    "the ministry [ignored] a request for comment", "a spokesman [declined] to comment", "VOA [spoke] with
    experts". The news is elsewhere in the story."""
    # (the sentence's text first, a cheap test that most sentences fail: "comment", "Comment", "comments")
    asked = [token for token in action.subtree if token.lemma_.lower() == "comment" and token != action] \
        if "omment" in text_of(sentence) else []
    return newsroom_inquiry(action) or any(not any(step.dep_ in {"ccomp", "advcl", "relcl"} for step in
                                                   token.ancestors if step.i != action.i and action in step.ancestors)
                                           for token in asked)


# Verbs by which a source asks to stay unnamed: "asked not to be named", "declined to be identified".
UNNAMED_ASKING = {"ask", "request", "decline", "refuse", "agree", "insist", "want", "wish", "prefer", "speak", "talk"}


def is_anonymity_note(action: Token, sentence: Span, timexes: list[Timex]) -> bool:
    """A note on how the report was sourced, acting on no news: "He [asked] not to be named", "She [spoke] on
    condition of anonymity", "The officials [requested] anonymity", "He [declined] to be identified"."""
    if action.lemma_.lower() not in UNNAMED_ASKING:
        return False
    addressed = any(child.dep_ == "dobj" and child.lower_ != "anonymity"
                    or child.dep_ == "prep" and child.lower_ in {"to", "with", "before"} for child in children(action))
    for child in children(action):
        grand = {"as" if grand.dep_ == "prep" and grand.lower_ == "as" else grand.dep_: grand
                 for grand in children(child)}
        if child.dep_ == "xcomp" and child.lemma_.lower() in {"name", "identify"} and "auxpass" in grand \
                and not grand.keys() & {"oprd", "attr", "as", "dobj"} \
                and ("neg" in grand or action.lemma_.lower() in {"decline", "refuse"}):
            return True  # (not "agreed to be named interim coach", "refused to be identified as the source")
        if child.dep_ == "dobj" and child.lower_ == "anonymity":
            return True
        if child.dep_ == "prep" and child.lower_ in {"on", "under"} and not addressed \
                and any(word.lower_ == "anonymity" for word in child.subtree):
            return True  # (not "spoke to lawmakers on condition of anonymity": the testimony is news)
    return False
