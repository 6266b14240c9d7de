"""What happened: which words of a sentence are events (the selectors events_of takes)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Span, Token

from helpers.events.dating import governing_timex, main_clause_timex
from helpers.events.gaps import noun_gap, placed_from_now
from helpers.events.kinds import NOMINAL_EVENTS, acts_on_place, event_type, type_of
from helpers.events.roles import nominal_roles
from helpers.events.sources import tells
from helpers.events.spans import EntityIndex, is_headline
from helpers.events.clauses import (UNCODED, is_command, is_habit, is_heading, is_question, is_simple_present,
                                    is_state)
from helpers.events.nonevents import (is_background, is_conditional, is_counterfactual, is_feeling, is_gerund,
                                      is_long_standing, is_negated, is_possibility, is_possible_on_condition,
                                      is_indefinite_past, is_observation, is_role,
                                      is_thing_doing, is_undone, is_untimed, is_view_shared)
from helpers.events.figures import is_finding, is_market_move, is_period_bound, is_statistic, is_trend
from helpers.events.labels import (asks_for_comment, is_anonymity_note, is_bare_reply, is_credit, is_interview_question,
                                   is_on_air)
from helpers.events.states import is_held_back, is_held_state, is_length_told, is_stance, is_stuck, is_tie
from helpers.events.tree import children, tokens_of
from helpers.events.unreal import (denied, is_alternative, is_characterization, is_effect, is_effect_on_minds,
                                   is_near_miss, is_prediction, undone)
from helpers.events.views import (is_aim, is_becoming, is_expectation, is_kind_of_case, is_obligation,
                                  is_opinion_of_what_may_be, is_talk, is_thought, is_view_held)
from helpers.events.words import DOCUMENTS, NOT_EVENTS, RELATIVES, SEEMING, done_before, held_to_have
from helpers.lexicon import REPORTING_VERBS
from helpers.timex import Timex

#: Which words of a sentence are events, given the sentence's source (or None), the report's time
#: expressions and its entities (and, by keyword, `quoted`: whether a word stands in a quotation):
#: news_actions for a news timeline, every_clause_head for SemEval-2015.
ActionSelector = Callable[[Span, Span | None, list[Timex], EntityIndex], list[Token]]

# Verbs by which a report says an act seems to have happened ("appears to have moved").
CLAUSE_HEADS = {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "parataxis", "pcomp", "csubj"}


def news_actions(sentence: Span, source: Span | None, timexes: list[Timex], entities: EntityIndex, *,
                 quoted: Callable[[Token], bool] = lambda token: False) -> list[Token]:
    """The events a news timeline wants of a sentence: the clause heads that carry its news (find_actions),
    then the events it tells in passing and dates (background_actions); not what tells no event (not_news:
    a question, a state, an opinion, a credit line; is_talk: the present and future of a quotation)."""
    if is_question(sentence):
        return []
    actions = [action for action in find_actions(sentence, source)
               if not_news(action, sentence, timexes, coded=lambda: coded(action, entities)) is None
               and not (quoted(action) and is_talk(action, sentence, timexes, coded=lambda: coded(action, entities)))]
    return actions + background_actions(sentence, actions, timexes, entities)


def every_clause_head(sentence: Span, source: Span | None, timexes: list[Timex], entities: EntityIndex, *,
                      quoted: Callable[[Token], bool] = lambda token: False) -> list[Token]:
    """Every verb that heads a clause, reporting verbs included ("announced", "said"): what an
    event-by-event timeline (SemEval-2015 TimeLine) counts. Adjectival participles and
    auxiliaries are not events. (The source, times, entities and quotations are not needed to tell them.)"""
    return [token for token in tokens_of(sentence)
            if (token.pos_ == "VERB" and token.dep_ not in {"aux", "auxpass", "amod", "compound"})
            or (token.pos_ == "AUX" and token.dep_ in CLAUSE_HEADS)]


def find_actions(sentence: Span, source: Span | None) -> list[Token]:
    """The clause heads that carry the sentence's news, reporting verbs replaced by what they report
    (again, for a report inside a report: "said that an official told Reuters that ...")."""
    heads = [sentence.root]
    refuted: set[Token] = set()  # what a saying says did not happen: the saying is the event (a denial)
    for _ in range(3):
        deeper = []
        for head in heads:
            # (not what someone is told to do: "Apple told customers to hold the phone" is Apple's telling)
            told = any(child.dep_ in {"dobj", "dative"} for child in children(head))
            reported = [child for child in children(head) if (child.dep_ in {"ccomp", "parataxis"} or (
                child.dep_ == "xcomp" and not told)) and child.pos_ in {"VERB", "AUX"} and not denied(child)] \
                + told_in_document(head) if tells(head) else []
            denials = [child for child in reported if undone(child)]
            refuted.update(denials)
            # ... but an act joined to the denied one is told ("did not shoot the protesters but [arrested] 30")
            reported = [child for child in reported if child not in denials] + [
                conjunct for child in denials for conjunct in child.conjuncts if not undone(conjunct)]
            if denials and reported:
                deeper.append(head)
            # "Russia appears to have [moved] troops", "two journalists are feared to have been [killed]": what
            # seems done, or is held done, is the news, in doubt (not "appears to be deteriorating": a view)
            reported = reported or [child for child in children(head) if child.dep_ == "xcomp" and child.pos_ == "VERB"
                                    and ((head.lemma_.lower() in SEEMING and done_before(child))
                                         or held_to_have(child))]
            deeper.extend(reported or [head])
        if deeper == heads:
            break
        heads = deeper
    # "did not mention Balakliia, saying only that its forces were inflicting heavy losses": what the
    # participle reports is news too, told by the main clause's subject
    heads += [reported for head in list(heads) for saying in children(head)
              if saying.dep_ == "advcl" and saying.tag_ == "VBG" and saying.lemma_ in REPORTING_VERBS
              for reported in children(saying) if reported.dep_ == "ccomp" and reported.pos_ in {"VERB", "AUX"}]
    # "according to an update from the general staff, which said Ukrainian troops had repelled assaults":
    # what a source's relative clause reports is news, told by that source
    # (and "a view offered by Charles O'Reilly, who stated, 'Great companies rarely go ...'")
    heads += [reported for saying in tokens_of(sentence) if saying.dep_ == "relcl" and saying.lemma_ in REPORTING_VERBS
              and any(child.dep_ == "nsubj" and child.lower_ in RELATIVES for child in children(saying))
              for reported in children(saying) if reported.dep_ == "ccomp" and reported.pos_ in {"VERB", "AUX"}]
    actions = []
    for head in heads:
        for token in (head, *head.conjuncts):
            if token.pos_ in {"VERB", "AUX"} and token not in actions and token not in refuted \
                    and sentence.start <= token.i < sentence.end:
                actions.append(token)
    return actions


def told_in_document(saying: Token) -> list[Token]:
    """What a saying reports through the document it is made in, where the parser hung the "that" clause on the
    document: "The White House said in a statement that the president had [spoken] with the crown prince"."""
    return [clause for preposition in children(saying) if preposition.dep_ == "prep" and preposition.lower_ == "in"
            for document in children(preposition) if document.dep_ == "pobj" and document.lemma_.lower() in DOCUMENTS
            for clause in children(document) if clause.dep_ == "acl" and clause.pos_ in {"VERB", "AUX"}
            and any(mark.dep_ == "mark" and mark.lower_ == "that" for mark in children(clause))]


def background_actions(sentence: Span, actions: list[Token], timexes: list[Timex],
                       entities: EntityIndex) -> list[Token]:
    """Events told in passing: a subordinate clause dated by its own words ("a day after forces took
    Izium on Saturday", "Saturday, when troops entered Kupiansk", "the plant, where the last reactor was
    shut down on Sunday"), or a typed one dated by the day of its main clause ("lost power on Sunday
    evening after missiles struck a plant"), or a noun of NOMINAL_EVENTS dated by its own words ("the
    fall of Kupiansk over the weekend"). States and reporting verbs are not events told in passing."""
    found = []
    for token in tokens_of(sentence):
        if token in actions:
            continue
        if token.pos_ == "VERB" and token.dep_ in {"advcl", "relcl", "acl"}:
            if token.lemma_ in REPORTING_VERBS or token.lemma_.lower() in NOT_EVENTS or is_content_clause(token):
                continue
            # (typed only when dated, and the rules of what tells no event asked only then: most are not, and
            # both cost)
            own_time = governing_timex(token, sentence, timexes) is not None
            if not own_time and main_clause_timex(token, sentence, timexes) is None and not placed_from_now(token):
                continue
            kind = event_type(token, entities, on_place=acts_on_place(token, entities), statement=False)
            if (own_time or kind) and not_news(token, sentence, timexes, coded=lambda: kind not in UNCODED) is None:
                found.append(token)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in NOMINAL_EVENTS and any(nominal_roles(token)):
            if NOMINAL_EVENTS[token.lemma_.lower()] and (
                    governing_timex(token, sentence, timexes) is not None
                    or main_clause_timex(token, sentence, timexes) is not None
                    # "killed 10 people on Sunday, two days after an [attack] on a mosque": placed from a dated act
                    or noun_gap(token) is not None and governing_timex(token.head.head, sentence, timexes) is not None
                    and not any(child.lower_ in UNDONE_OR_WORDS for child in children(token))):
                found.append(token)
    return found


# Words that make an event noun one that did not happen or was only words: "a foiled attack", "a blistering attack".
UNDONE_OR_WORDS = {"foiled", "thwarted", "planned", "failed", "averted", "attempted", "alleged", "verbal", "blistering",
                   "scathing", "stinging", "rhetorical", "withering", "possible", "feared", "threatened", "expected",
                   "potential", "imminent", "rumored", "rumoured", "anticipated"}


def is_content_clause(action: Token) -> bool:
    """A clause that tells what a noun holds, not what happened: "little chance that another summit will
    [take] place this year", "the claim that troops [crossed] the border on Monday" (whose claim it is, and
    how sure, the sentence does not say as a saying would), "his quest to [win] the 2021 election" (an aim)."""
    return action.dep_ == "acl" and any((child.dep_ == "mark" and child.lower_ in {"that", "whether", "if"})
                                        or (child.dep_ == "aux" and child.lower_ == "to") for child in children(action))


def participle_in_headline(action: Token, sentence: Span) -> bool:
    """Whether a headline's past-tense verb is a participle before its noun: "Zelensky visits recaptured
    city of Izium", which the parser reads as "visits recaptured city". Headlines (a line without final
    punctuation) tell the past in the present tense, so a verb in -ed directly before a bare noun is an
    adjective there."""
    if not is_headline(sentence) or action.tag_ not in {"VBD", "VBN"}:
        return False
    following = action.doc[action.i + 1] if action.i + 1 < sentence.end else None
    return following is not None and following.pos_ == "NOUN" and following.head.i == action.i \
        and not any(child.dep_ in {"det", "poss", "nummod"} for child in children(following))


# -- what a clause head tells when it tells no event -------------------------------------------------------------
# Rules of syntax, tense and punctuation, not of the words seen: each holds on text never read. Each carries
# its examples, the action in [brackets] (tests/test_events_actions.py runs them all).

@dataclass(frozen=True)
class NotNews:
    """A clause head that tells no event: the test, why, and sentences it holds for (the action in brackets)."""

    test: Callable[[Token, Span, list[Timex]], bool]
    reason: str
    examples: tuple[str, ...]
    #: Whether the rule holds only for an action PLOVER does not code: "Russia never attacked the plant" and
    #: "Russian troops could leave Kherson" are events with their negation or modality (a denial, a
    #: possibility of an act an analyst codes), "the battle is not won" and "rules can be circumvented" are not.
    uncoded_only: bool = False


NOT_NEWS = [
    NotNews(is_on_air, "the broadcast's talk of itself", ("We'll [come] back to Havana later in the broadcast.",
                                                          "The World's Nancy Marshall [reports] on the visit.")),
    NotNews(is_state, "a state", ("Abdullahi [was] among the first refugees to arrive.",
                                  "I [feel] terrible for the American people.",
                                  "The region has [remained] calm since the vote.",
                                  "There [were] still Russian tanks in our street.",
                                  "These vaccines have been [shown] to have a favorable safety profile.",
                                  "Incirlik has been [viewed] as Ankara's trump card over Washington.",
                                  "Millions of children are [suffering] from the war.")),
    NotNews(is_simple_present, "a habit, state or opinion", ("Anything new [requires] new learning.",
                                                             "Most analysts [doubt] the plan will work.",
                                                             "He also [argues] that hunting does not benefit them.",
                                                             "Their hostility is [directed] at women.",
                                                             "Bennett [reports] to the U.N. Human Rights Council.",
                                                             "Many women [struggle] to get jobs.",
                                                             "But today it [faces] competition.")),
    NotNews(is_held_state, "a state held", ("Amir is [serving] a life sentence.",
                                            "Keating is [facing] more legal troubles in California.")),
    NotNews(is_habit, "a habit", ("Protesters were usually [dispersed] by noon.",
                                  "People have [predicted] his demise so many times.",
                                  "He has [said] over and over again that he wants an alternative.",
                                  "The US has [tried] to hasten it on several occasions.",
                                  "Police often [raid] the camp at night.",
                                  "Western politicians have repeatedly [called] on China to limit its support.",
                                  "Beijing has increasingly [turned] to domestic laws.",
                                  "The Taliban routinely deny [providing] sanctuary to the fighters.",
                                  "For weeks the government has [held] such rallies almost daily.",
                                  "The administration has [used] the authority to deny visas in hundreds of cases.",
                                  "In many cases, the police [detained] protesters.")),
    NotNews(is_long_standing, "a state of long standing", (
        "India has been [locked] in a border standoff with China for almost a year.",
        "Japan and China have been [disputing] the islands for years.",
        "Since gaining independence in 1947, Pakistan has [received] 23 bailout packages.",
        "For centuries, the history of the kingdom has been [told] by word of mouth.")),
    NotNews(is_stuck, "a state of being stuck", ("The two sides have been [locked] in their positions since May.",
                                                 "The children have been [caught] up in a power struggle.")),
    NotNews(is_stance, "a stance held", ("China insists it is [committed] to peace.",
                                         "Pakistan is [committed] to the peace process.")),
    NotNews(is_tie, "a tie held", ("Officials said the groups were [aligned] with Islamic State.",
                                   "Police said the suspects were [linked] to the attack.",
                                   "He was [credited] with taking Albania into NATO in 2009.")),
    NotNews(is_length_told, "how long something took", ("The whole process [took] about an hour.",
                                                         "The battle [lasted] three days.")),
    NotNews(is_near_miss, "what nearly happened", ("Alinejad was almost [gunned] down by a hitman.",
                                                   "The rebels nearly [captured] the airport.")),
    NotNews(is_alternative, "a warning's other side", ("“We must act now, or we will all [lose],” he said.",)),
    NotNews(is_prediction, "what someone expects would happen", ("Analysts say Tehran would [welcome] the closure.",
                                                                 "Critics say the deal could [threaten] the base.",
                                                                 "Only heavy rain will [put] the fires out.")),
    NotNews(is_characterization, "what an event amounts to", ("Tuesday's attack [marked] a dramatic escalation.",
                                                             "The deal [represented] a shift in policy.")),
    NotNews(is_indefinite_past, "an indefinite past", ("Chinese ships have [boarded] foreign boats before.",
                                                       "In the past, some countries have simply [ignored] them.")),
    NotNews(is_feeling, "a feeling", ("We were [saddened] by reports of lives lost.",
                                      "Officials said they were [alarmed] by the rise in attacks.",
                                      "Residents were all [stumped] by a computer that said no.")),
    NotNews(is_observation, "an observation", ("“We are also [seeing] more children affected,” she said.",
                                               "Pakistan has [seen] a sharp increase in terrorism.",
                                               "Botswana has [recorded] an increase in human fatalities.",
                                               "“They're looking at the pressure and [seeing] a window,” he said.",
                                               "His wife [noticed] changes in his behaviour.",
                                               "He said he was [waiting] for the court to rule.")),
    NotNews(is_view_shared, "a view shared", ("He [agreed] with the president's recent remark.",)),
    NotNews(is_role, "a role", ("Part of the island [served] as an immigration station from 1910 to 1940.",
                                "Vietnam is [emerging] as a key player in medical tourism.")),
    NotNews(is_opinion_of_what_may_be, "an opinion of what may be", (
        "Analysts believe the EU may [make] some compromises.", "Experts expect the bank will [raise] rates.")),
    NotNews(is_expectation, "what was to happen", ("The drawdown was [supposed] to be concluded by May 1.",)),
    NotNews(is_becoming, "a state coming about", ("People are also [starting] to become displaced.",)),
    NotNews(is_held_back, "a lack", ("Relief operations were [hampered] by lack of access.",)),
    NotNews(is_view_held, "a view held", ("Doctors were [said] to be struggling to save the wounded.",
                                          "Doctors were said to be [struggling] to save the wounded."),
            uncoded_only=True),  # ("troops were reported to be advancing on the city": an act in doubt)
    NotNews(is_obligation, "an obligation", ("We should [pay] respect to local ways.",
                                             "The talks must [resume] soon.",
                                             "Experts said farmers should [insure] their crops.",
                                             "They should keep their offers open and [continue] pressing.")),
    NotNews(is_kind_of_case, "a kind of case", ("In serious cases, they may be [arrested].",
                                                "In a case like hers, attorneys will [ask] for deportation.")),
    NotNews(is_possible_on_condition, "a possibility on a condition", (
        "If the judge rules against the holder, they can [appeal] to the board.",
        "And if the board agrees, the holder can [appeal] to a federal court.")),
    NotNews(is_possibility, "a possibility", ("These regulations can be [circumvented] with adult accounts.",
                                              "The vote could [see] tariffs as high as 45%.",
                                              "Maybe some [escaped] through the tunnel.",
                                              "Japan will likely [increase] cooperation with NATO.",
                                              "Such steps could be read as weakness and [embolden] him."),
            uncoded_only=True),
    NotNews(is_counterfactual, "what would have happened", ("The bomb would have [caused] massive destruction.",)),
    NotNews(is_conditional, "a condition", ("Some companies will [return] to Russia if sanctions are lifted.",
                                            "“So a child would [cost] about $1,000.”",
                                            "This will [allow] the U.S. to act quickly."), uncoded_only=True),
    NotNews(is_undone, "what did not happen", ("The battle was not [won].",
                                               "The army did not [confirm] the losses.",
                                               "The rebels never [reached] the capital.",
                                               "No deaths were [recorded] in the district.",
                                               "No country has officially [recognized] the Taliban.")),
    NotNews(is_negated, "what will not happen or failed", ("The talks will not [resume] this year.",
                                                 "He said Kabul was [failing] to rein in the separatists.",
                                                 "He will not cooperate, or [name] his defence team."),
            uncoded_only=True),
    NotNews(is_background, "a background, a text or a prediction", (
        "The train was [traveling] to Peshawar when it was attacked.",
        "Nearly five years later, villagers still [avoid] the forest.",
        "This year's data report [shows] that sales fell by a third.",
        "Egypt will [realize] that it needs Turkey.")),
    NotNews(is_thought, "a thought", ("The king [realized] he was going to lose.",)),
    NotNews(is_untimed, "a state, a trend or a prospect", ("Asian American Houstonians are [filling] this void.",
                                                          "Half are [burning] out of control.",
                                                          "Some analysts are [questioning] the decision.",
                                                          "The health care sector is [collapsing]."),
            uncoded_only=True),
    NotNews(is_heading, "a heading", ("[Countering] China",
                                      "[Rebuilding] after the floods")),
    NotNews(is_command, "a command", ("“[Get] the drug cartels out of Canada and Mexico.”",
                                      "“[Bring] the jobs home, bring the wealth home.”",
                                      "He added, “[Believe] me when I say I do not want to do this.”"),
            uncoded_only=True),
    NotNews(is_gerund, "an activity named", ("Experts say [empowering] girls with education is one way to help.",)),
    NotNews(is_aim, "an aim", ("Many islanders were expelled to [make] way for the base.",
                               "Both ploys are [intended] to thwart his reunion with his father.",
                               "“We urge the Pakistani side to [focus] on its own problems.”",
                               "Apple told customers to [hold] the phone without covering the antenna.",
                               "The programme [aims] to mobilize personnel and resources.")),
    NotNews(is_interview_question, "an interview question", ("[Asked] by VOA about punitive action, "
                                                             "Rubio said no.",)),
    NotNews(asks_for_comment, "a request for comment", ("VOA [made] repeated attempts to get a comment.",
                                                        "VOA [examined] the facts and spoke with experts.",
                                                        "The ministry [ignored] a request for comment.",
                                                        "A spokesman [declined] to comment.")),
    NotNews(is_bare_reply, "a reply that reports no act", ("“No,” [said] the mayor.",
                                                            "The lawyers emerged from the meeting but [said] little.",
                                                            "“Certainly a tough conversation,” [said] Kehr.")),
    NotNews(is_market_move, "a market figure", ("The S&P 500 [finished] at 5,521.", "Oil prices [surged] on Monday.",
                                                "Shares of Compaq [rose] 4% in New York trading.")),
    NotNews(is_period_bound, "a period's bound", ("Net income for the quarter [ended] Sept. 30 rose 21%.",
                                                  "Pakistan's fiscal year [starts] in July.")),
    NotNews(is_finding, "what a measure shows", ("The air quality index has [shown] unhealthy levels.",
                                                 "The latest polls have [shown] a lead for the opposition.")),
    NotNews(is_effect, "an effect on a mood or a need", ("The announcement has [increased] uncertainty for refugees.",
                                                         "The pandemic has [exacerbated] humanitarian needs.")),
    NotNews(is_statistic, "a figure", ("Bilateral trade between the two countries [hit] $1.1 billion.",
                                       "He [amassed] 12.89 million followers on Douyin.",
                                       "The number of internet users [reached] 196 million.",
                                       "In 2017, China [contributed] 7% of the total.",
                                       "Italy has [registered] 121,177 deaths since the outbreak.",
                                       "The FBI says it [received] more than eight thousand reports last year.",
                                       "For 2021, it had [received] $33 million as of March 9.",
                                       "Millions of dollars were [generated] through the sale of licences."),
            uncoded_only=True),
    NotNews(is_credit, "a credit line", ("Jane Doe [contributed] to this report.",
                                         "Following are statements [made] Friday by the lawyer and the president:",
                                         "John Roe [contributed] reporting from Dadaab.",
                                         "Harun Maruf [reported] from Washington; Abdi Barrow [contributed] from "
                                         "Mogadishu.",
                                         "This story [originated] in VOA's Kurdish Service.")),
    NotNews(is_anonymity_note, "a note on the reporting", ("He [asked] not to be named for safety reasons.",
                                                           "She [spoke] on condition of anonymity.",
                                                           "The officials [requested] anonymity to discuss the talks.",
                                                           "He [declined] to be identified.")),
    NotNews(is_thing_doing, "a thing, a trend or a measure as the doer", (
        "Relations between the two allies have [plummeted] since the coup.",
        "However, the avian influenza outbreak has since [eased].",
        "The Asian population in the U.S. nearly [doubled] from 2000 to 2019.",
        "But he acknowledged that the tariffs would [lead] to higher prices.",
        "Hiring local guides [reduced] the risk.",
        "Washed-away roads [made] the task difficult.",
        "The number of patients waiting then [begins] to increase."), uncoded_only=True),
    NotNews(is_trend, "a trend", ("Such groups [grew] rapidly last year.",
                                  "This year they [jumped] up twenty percent.",
                                  "From 2001 to 2018, the PISA sample coverage [leaped] from 46 to 85 percent "
                                  "of pupils."),
            uncoded_only=True),
    NotNews(is_effect_on_minds, "an effect on minds", ("The attack has [highlighted] insecurity.",
                                                       "The jailbreak on Thursday [shocked] Haitians worldwide.",
                                                       "The checks stopped, and that has [raised] questions.",
                                                       "Fear [spread] throughout the nation.",
                                                       "Thursday's decision [made] it clear the family must go.")),
]


def not_news(action: Token, sentence: Span, timexes: list[Timex], *,
             coded: Callable[[], bool] = lambda: False) -> str | None:
    """Why a clause head tells no event (the reason of the first NOT_NEWS rule that holds), or None. A coded
    action (one PLOVER gives a category: `coded()`, asked only when an uncoded_only rule holds, as typing costs)
    is an event under a negation, a possibility or a condition."""
    return next((rule.reason for rule in NOT_NEWS if rule.test(action, sentence, timexes)
                 and not (rule.uncoded_only and coded())), None)


def coded(action: Token, entities: EntityIndex) -> bool:
    """Whether PLOVER gives the action a category (a saying of none, STATEMENT, is not coded)."""
    return type_of(action, entities, statement=False) not in UNCODED
