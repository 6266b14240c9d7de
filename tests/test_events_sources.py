"""According to whom (helpers.events.sources): sources as a reader names them, chains, quotations, hedges."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from helpers.events.hedges import is_hedged
from helpers.events.sources import quotations


def test_according_to_gives_the_source(events):
    row = events("Russian forces shelled Kharkiv on Sunday, according to the regional governor.").loc["shelled"]
    assert (row["source"], row["cue"]) == ("the regional governor", "according to")
    assert (row["actor_key"], row["place"], row["date_start"], row["date_from"]) == (
        "Russia", "Kharkiv", date(2022, 9, 11), "sentence")


def test_reporting_verb_gives_the_source_and_the_reported_action(events):
    table = events("Ukraine's army said its troops had retaken Izium.")
    assert "said" not in table.index
    row = table.loc["retaken"]
    assert row["source"] == "Ukraine's army" and row["cue"] == "say"
    assert row["actor"] == "Ukraine’s troops" and row["place"] == "Izyum"


def test_a_tweet_tells_its_claim_as_a_saying_does(events):
    table = events("“Enemy aircraft crashed in Ghazni today,” Taliban spokesman Zabihullah Mujahid tweeted in English.")
    assert "tweeted" not in table.index
    assert table.loc["crashed", "source"] == "Zabihullah Mujahid"


def test_the_official_is_the_one_named_before(events):
    table = events("A senior US defence official said Russia was retreating. "
                   "The official said Ukraine had taken Kupiansk.")
    assert table.loc["taken", "source"] == "a senior US defence official"  # the article is not part of a name


@pytest.mark.parametrize("sentence, trigger, hedged", [
    ("Russian troops reportedly abandoned Izium.", "abandoned", True),
    ("Russian forces could be regrouping near Izium.", "regrouping", True),
    ("Ukrainian forces recaptured Izium, a claim that could not be independently verified.", "recaptured", True),
    ("Ukrainian forces recaptured Izium.", "recaptured", False),
])
def test_hedges(events, sentence, trigger, hedged):
    assert bool(events(sentence).loc[trigger, "hedged"]) is hedged


@pytest.mark.parametrize("sentence, trigger, hedged", [
    # a modal auxiliary hedges; the month does not, nor an inability
    ("The strike may have killed five people in Kharkiv.", "killed", True),
    ("Voters will elect a new parliament on May 20.", "elect", False),
    ("Villagers could not escape the flood in Kherson.", "escape", False),
    # a claim of responsibility is the act; a claim that something happened is a hedge
    ("The group claimed responsibility for the bombing in Kabul.", "claimed", False),
    ("Russia claimed that its forces took Bakhmut.", "took", True),
    # doubt in the clause the action depends on
    ("It is not clear whether the army attacked the town.", "attacked", True),
    ("Troops appeared to retreat from Kherson.", "retreat", True),
    ("Troops appeared to retreat from Kherson.", "appeared", True),
    ("U.S. lawmakers are likely to be angered by the ruling.", "are", True),
    ("The minister appeared in court on Monday.", "appeared", False),
    ("The general is believed to have fled to Minsk.", "fled", True),
    ("Suspected militants attacked a police post in Peshawar.", "attacked", True),
    ("According to unconfirmed reports, rebels seized the airport.", "seized", True),
    # a hedge on another clause of the sentence is not this action's
    ("Police arrested two men on Monday, and officials said more arrests may follow.", "arrested", False),
    ("Police arrested two men on Monday, and officials said more arrests may follow.", "follow", True),
    # a conjoined clause with its own subject has its own hedges; a shared auxiliary hedges both verbs
    ("Their story may not be well known, but it is intertwined with history.", "intertwined", False),
    ("Russian forces may attack Kharkiv and seize the airport.", "seize", True),
    # a relative clause tells its own act, whatever the main clause hedges; its own hedges still count
    ("Ishiba, who began his term this week, may advocate for a nuclear body.", "began", False),
    ("Iran, which had condemned the invasion, seemed ready to talk.", "condemned", False),
    ("Rebels who reportedly seized the town on Monday may attack the capital.", "seized", True),
])
def test_hedges_in_their_role(nlp, sentence, trigger, hedged):
    """Whichever word the events stage takes for the action, a hedge reaches it through the clause it is in."""
    doc = nlp(sentence)
    action = next(token for token in doc if token.text == trigger)
    assert is_hedged(action, action.sent) is hedged


def test_a_quote_over_two_sentences_is_attributed_where_it_closes(events):
    table = events("“We have pushed them back. They left their tanks behind,” the commander said.")
    for trigger in ["pushed", "left"]:
        assert table.loc[trigger, "source"] == "the commander", trigger
        assert bool(table.loc[trigger, "quote"]), trigger


def test_a_claim_inside_a_claim_keeps_both_sources(events):
    table = events("The ministry said that a local official told Reuters that troops had left.")
    assert list(table.index) == ["left"]
    row = table.loc["left"]
    assert (row["source"], row["cue"], row["sources_chain"]) == (
        "a local official", "tell", "the ministry > a local official")
    assert row["modality"] == "claimed"


def test_a_single_source_is_its_own_chain_and_a_report_before_another_is_not_inside_it(events):
    row = events("Ukraine’s army said its troops had retaken Izium.").loc["retaken"]
    assert row["sources_chain"] == row["source"] == "Ukraine’s army"
    row = events("Ukraine says its forces have entered Kupiansk; Moscow announces a regrouping.").loc["entered"]
    assert (row["source"], row["sources_chain"], row["actor_key"]) == ("Ukraine", "Ukraine", "Ukraine")


@pytest.mark.parametrize("sentence, trigger, source", [
    ("Near Lyman, fighting continued, a Ukrainian military spokesman said.", "continued",
     "a Ukrainian military spokesman"),
    ("Ukrainian forces are making “meaningful progress” in the Kharkiv region, a senior US defence official said "
     "on Friday.", "making", "a senior US defence official"),
    ("A Ukrainian officer near the front line, who asked not to be named, said that Russian units had left "
     "positions without a fight.", "left", "a Ukrainian officer near the front line"),
    ("President Volodymyr Zelensky visited Izium, his office said.", "visited", "Volodymyr Zelensky’s office"),
    # the given name shows Polat Sayim is a man; the woman a "who" clause describes is a person, though the model
    # calls her name an organisation
    ("“The danger is not passed yet,” agreed Polat Sayim, an ethnic Uyghur living in Australia. Chalida "
     "Tajaroensuk, who heads Thailand’s People’s Empowerment Foundation, another local rights group, echoed their "
     "concerns. She told VOA she visited the five Uyghurs in prison.", "visited", "Chalida Tajaroensuk"),
    # a quotation a verb after it tells is not the last speaker's
    ("Jeanne O'Laughlin said she had met the boy. ``First Fruits of the Monstrousness,'' read the editorial on the "
     "front of Friday's edition of Granma, which attacked the nun.", "read", ""),
])
def test_sources_as_a_reader_names_them(events, sentence, trigger, source):
    assert events(sentence).loc[trigger, "source"] == source


def test_a_surname_source_is_the_person_named_in_full_before(events):
    table = events("Steve Jobs unveiled the phone on Tuesday. Jobs said the company would ship it in June.")
    assert table.loc["ship", "source"] == "Steve Jobs"


def test_a_surname_alone_stays_as_written(events):
    assert events("Jobs said the company would ship the phone in June.").loc["ship", "source"] == "Jobs"


def test_a_source_keeps_its_words_and_where_they_are(events):
    text = ("A senior US military official said Russia was retreating. "
            "“They have left,” the official said.")
    table = events(text)
    row = table.loc["left"]
    assert (row["source"], row["source_text"]) == ("a senior US military official", "the official")
    assert text[row["source_start"]:row["source_end"]] == "the official"
    first = table.loc["retreating"]
    assert text[first["source_start"]:first["source_end"]] == "A senior US military official"


def test_an_event_without_a_source_has_no_source_offsets(events):
    row = events("Russian troops abandoned their equipment.").loc["abandoned"]
    assert row["source_text"] == "" and row["source_start"] is pd.NA and row["source_end"] is pd.NA


def test_a_quotation_going_on_keeps_its_speaker(events):
    table = events("“We waited six months for this,” said Mykola, a pensioner in a village near Kupiansk. "
                   "“Yesterday Russian tanks still drove down our street.”")
    assert table.loc["drove", "source"] == "Mykola"
    assert table.loc["drove", "source_text"] == "Mykola"
    # a quoted paragraph with no teller goes on with the person who spoke last (see quoted_after_speaker) ...
    fresh = events("“We waited six months for this,” said Mykola.\n\n“Tanks came back.”")
    assert fresh.loc["came", "source"] == "Mykola"
    # ... but after a paragraph no person tells, it has no teller
    narrated = events("Russian troops left the village in September.\n\n“Tanks came back.”")
    assert pd.isna(narrated.loc["came", "source"]) or narrated.loc["came", "source"] == ""


def test_a_headline_source_is_the_fuller_one_the_body_names(events):
    table = events("Ukraine making progress near Kharkiv, US official says\n\nUkrainian forces are making progress "
                   "in the Kharkiv region, a senior US defence official said on Friday.")
    assert set(table["source"]) == {"a senior US defence official"}
    assert table.iloc[0]["source_text"] == "US official"  # as the headline words it


def test_a_side_quoted_through_its_own_staff_is_the_staff(events):
    table = events("Ukraine’s general staff announced gains. Ukraine said it repelled Russian advances near "
                   "Bakhmut, according to an evening update from the general staff.")
    assert table.loc["repelled", "source"] == "Ukraine’s general staff"
    other = events("Ukraine says its forces have entered Kupiansk; Moscow announces a regrouping near Izium.")
    assert other.loc["entered", "source"] == "Ukraine"  # Moscow does not report what Ukraine says


def test_what_a_sources_relative_clause_reports_is_its_claim(events):
    table = events("Ukraine’s general staff said troops held the line. In the Donetsk region, Russian forces kept up "
                   "their attacks near Bakhmut, according to an evening update from the general staff, which said "
                   "Ukrainian troops had repelled assaults near the town.")
    row = table.loc["repelled"]
    assert (row["source"], row["actor_key"], row["place"]) == ("Ukraine’s general staff", "Ukraine", "Bakhmut")


def test_he_is_the_person_last_named(events):
    table = events("Steve Jobs opened the developers' conference in San Francisco. During his two-hour speech he "
                   "stated that Apple would reinvent the phone.")
    assert table.loc["reinvent", "source"] == "Steve Jobs"


def test_he_after_a_surname_is_the_person_named_in_full(events):
    table = events("Apple chief executive Steve Jobs spoke in Cupertino. Jobs said Apple would offer a free case. "
                   "He said that Apple would take back the phones for a refund.")
    assert set(table.loc[["offer", "take"], "source"]) == {"Steve Jobs"}


def test_a_quoted_paragraph_with_no_teller_is_the_last_speakers(events):
    table = events("Bilai Abdi says she was shot in the leg during the attack in 2017.\n\n\"The man came down and "
                   "passed by me, thinking I was dead.\"\n\nShe later fled to Nairobi.")
    assert table.loc["came", "source"] == "Bilai Abdi"
    assert table.loc["fled", "source"] == ""  # (the narrative again)


def test_a_source_named_in_apposition_is_the_name(events):
    # the model takes "Ditta" alone for a place; the name a noun of a person stands beside is a person's
    table = events("Jamshed Ajmal, a passenger, said the militants were armed. Another passenger, Allah Ditta, told "
                   "VOA that he and several others ran for their lives.")
    assert tuple(table.loc["ran", ["source", "actor"]]) == ("Allah Ditta", "Allah Ditta and several others")


def test_a_he_after_a_he_is_not_he(events):
    table = events("Mayor Hadi Rudyatmo spoke to reporters on Monday, he said. “We will talk them into replacing "
                   "dog meat with other ingredients,” he said.")
    assert table.loc["talk", "source"] not in {"he", "He"}


def test_a_she_no_one_named_is_no_source_but_still_a_claim(events):
    table = events("“The danger is not passed yet,” agreed Polat Sayim, an ethnic Uyghur living in Australia. She "
                   "told VOA that police arrested two activists in Bangkok.")
    row = table.loc["arrested"]
    assert (row["source"], row["source_text"], row["modality"]) == ("", "She", "claimed")





def test_a_reporting_relative_clause_without_a_sentence_source(events):
    table = events("A contrary view is offered by Charles O'Reilly, a management expert, who stated that the "
                   "company had sold its plant.")
    assert table.loc["sold", "source"] == "Charles O'Reilly"



def marked(text: str) -> list[str]:
    """The quotations of a text whose sentences end at each full stop."""
    ends = [index + 2 for index, character in enumerate(text) if character == "."] + [len(text)]
    return [text[start:end].strip() for start, end in quotations(text, ends)]


@pytest.mark.parametrize("text, expected", [
    ("“We waited six months,” said Mykola.", ["“We waited six months,”"]),
    # a straight mark closes a curly one, and the story after it is no quotation
    ('“We waited six months," said Mykola. The town fell on Monday.', ['“We waited six months,"']),
    # a quotation left open ends with its sentence, or at the next opening mark
    ("He said “we stay. The town fell. “Nobody left,” she said.", ["“we stay.", "“Nobody left,”"]),
    # nor does one run past its paragraph to a closing mark many sentences on; a few (a sentence a line) it may
    ("“We stay.\n\nThe town fell. Troops left. Shops closed,” he said.", ["“We stay."]),
    ("“We stay.\n\nThe town fell,” he said.", ["“We stay.\n\nThe town fell,”"]),
    ("He said \"no\" and then \"yes\".", ['"no"', '"yes"']),
    ("``We have reduced our effort,'' said Angers.", ["``We have reduced our effort,''"]),
    ("The stray mark” opens nothing.", []),
])
def test_quotations_pair_marks_tolerantly(text, expected):
    assert marked(text) == expected


def test_a_quotation_is_told_by_its_own_cue_not_the_last_source(events):
    table = events("German Defence Minister Boris Pistorius said on Monday that he would visit Kyiv. "
                   "European Commission President Ursula von der Leyen spoke in Brussels on Tuesday. "
                   "“We will rebuild Europe’s defence industry,” she said.")
    assert table.loc["rebuild", "source"] == "Ursula von der Leyen"
    assert bool(table.loc["rebuild", "quote"])


def test_a_mismatched_quotation_does_not_run_on(events):
    table = events('“We waited six months,” said Mykola. “Yesterday there were tanks," he added. '
                   "Russian forces shelled Kharkiv on Sunday.")
    assert not bool(table.loc["shelled", "quote"])


@pytest.mark.parametrize("text, trigger, source", [
    # what the report says of the source, and the act the saying goes along with, are the report's own
    ("Juanita Castro, who arrived in Miami in 1961, believes the family should decide.", "arrived", ""),
    ("One day earlier, parliament's lower house voted to extend his mandate, saying it had no other choice.",
     "voted", ""),
    ("But by Monday, federal officials hardened their stance, insisting the boy would be turned over.", "hardened",
     ""),
    # what the saying tells stays the source's
    ("Federal officials insisted the boy would be turned over on Monday.", "turned", "Federal officials"),
])
def test_the_reports_own_words_about_a_source_are_not_the_sources(events, text, trigger, source):
    assert events(text).loc[trigger, "source"] == source


def test_a_quotation_going_on_past_its_first_sentence_keeps_its_speaker(events):
    # the quotation opened after "he said" runs over two sentences: the second is his words too
    table = events("“They killed them,” Jamshed Ajmal said. “We planned to run away. We escaped and came to our "
                   "forces.”")
    assert table.loc["escaped", "source"] == "Jamshed Ajmal"


def test_a_quotation_going_on_over_several_sentences_keeps_its_speaker_to_its_end(events):
    # the third and fourth sentences of an uncued quotation are still the speaker's words
    table = events("“To me things have really improved,” said Rockhold, a veteran. “We’ve had our children here. My "
                   "wife had to have a caesarian and we stayed in one of the hospitals. I paid for the extra to have a "
                   "suite. She was in there four days and I got a bill of $1,200.”")
    assert table.loc["paid", "source"] == "Rockhold"
    assert table.loc["paid", "actor"] == "Rockhold"
    assert table.loc["got", "source"] == "Rockhold"


def test_a_saying_told_inside_a_quotation_is_no_teller_of_the_sentences_after_it(events):
    # "the elders said" inside her quotation does not make the elders the teller of what she says next
    table = events("“Kansala had a fairly spectacular end in the 1860s, when the town was sieged by an enemy kingdom, "
                   "and the local king realized he was going to lose the battle,\" she said. \"The legend is he set "
                   "fire to the gunpowder house and blew the whole site up. So, this particular point of the site is "
                   "where the elders said it happened. And one of the fun things is we proved that’s where it "
                   "properly did.”")
    assert table.loc["proved", "source"] != "the elders"


def test_a_quotation_closing_at_a_sentences_start_gives_it_no_teller(events):
    # the sentence split left the closing mark at the start of the next sentence, which the report tells
    table = events("Trump said in his social media post that if Europe follows through on its 50% tariff on "
                   "U.S.-distilled whiskey, he will impose the 200% tariff on “all wines, champagne & alcoholic "
                   "products coming out of France and other E.U. represented countries. This will be great for the "
                   "Wine and Champagne businesses in the U.S.” Trump also attacked The Wall Street Journal "
                   "newspaper, the country’s leading business publication, for refusing to support his tariff plans.")
    assert table.loc["attacked", "source"] == ""


def test_a_quoted_paragraph_after_a_name_the_model_mislabels_is_the_names(events):
    # the model labels "Ditta" in "Ditta said" an organisation; a proper name telling a quotation is a speaker
    table = events("Another passenger, Allah Ditta, told VOA that he and several others ran for their lives. "
                   "\"When we saw two people quietly escape, we all started running. Still 150 to 200 people were "
                   "left sitting,\" Ditta said. \"Some soldiers also ran and that’s when we felt brave, too, and we "
                   "ran for about 2 kilometers and reached a frontier corps post.\"")
    assert table.loc["reached", "source"] == "Ditta"


def test_a_name_run_on_from_the_place_of_an_office_is_the_name(events):
    table = events("“The protests continue,” U.N. Resident Coordinator for Myanmar Andrew Kirkwood said. Kirkwood "
                   "said security forces have arrested at least 2,400 people.")
    assert table.loc["arrested", "source"] == "Andrew Kirkwood"


@pytest.mark.parametrize("text, trigger, actor", [
    # a witness's "they" who did violence are whoever the story just told did it
    ("Gunmen attacked a bus carrying pilgrims in Kashmir on Sunday. “They shot the driver first,” said Ravi Kumar, "
     "a survivor.", "shot", "Gunmen"),
    ("Russian forces shelled Kharkiv overnight. “They hit a residential building,” Mayor Ihor Terekhov said.", "hit",
     "Russian forces"),
    # ... not the speaker's own side, nor anyone when the story told no violence just before
    ("Ukrainian troops pushed back an assault near Bakhmut. “They tried to break through,” a Ukrainian soldier "
     "said.", "tried", ""),
    ("Gunmen attacked a bus in Kashmir on Sunday. Officials met on Monday. Talks went on. The road reopened. Schools "
     "closed. “They shot the driver first,” said Ravi Kumar, a survivor.", "shot", ""),
    # ... nor the victims' own side
    ("Bandits raided the village of Maru. “They killed four of the bandits,” said a resident.", "killed", ""),
])
def test_a_witness_they_is_who_did_the_violence_told(events, text, trigger, actor):
    assert events(text).loc[trigger, "actor"] == actor


@pytest.mark.parametrize("text, trigger, actor, source", [
    # a saying is the report's to tell, not its teller's: the teller is its actor
    ("Ken Weinstein announced a new plan on Monday.", "announced", "Ken Weinstein", ""),
    # ... unless another tells of it
    ("According to the ministry, the minister announced new measures.", "announced", "the minister", "the ministry"),
])
def test_a_saying_is_told_by_the_report_unless_another_tells_of_it(events, text, trigger, actor, source):
    table = events(text)
    assert (table.loc[trigger, "actor"], table.loc[trigger, "source"]) == (actor, source)


@pytest.mark.parametrize("text, trigger, actor", [
    # a passive that names no doer is done by whoever did the violent act its sentence, or the one before, told
    ("The militants attacked a police station late Monday, according to local officials, who said four civilians "
     "were killed.", "killed", "The militants"),
    ("Rebels attacked a bus near Goma. Three passengers were killed, the U.N. mission said.", "killed", "Rebels"),
    ("Tanzanian police arrested 14 foreigners on Monday. The men were rounded up at a hotel.", "rounded",
     "Tanzanian police"),
    # ... not of the doer's own side, nor when it names its own cause, nor an arrest by an attacker
    ("Militants attacked an army post. Two militants were killed in the fighting.", "killed", ""),
    ("Militants attacked an army post on Monday. Two militants were killed.", "killed", ""),
    ("Two bombs exploded in Nairobi. In Oklahoma City, 168 people were killed in a bombing in 1995.", "killed", ""),
    ("Gunmen attacked a bus on Monday. He was arrested in July.", "arrested", ""),
    # ... nor when two sides were told acting just before, nor forces killed, nor an arrest after a blockade
    ("Israeli aircraft struck targets in Gaza overnight. Hamas fired dozens of rockets at southern Israel. Five "
     "people were killed.", "killed", ""),
    ("Police fired tear gas at protesters in the capital. Two officers were injured.", "injured", ""),
    ("Farmers blockaded the port of Rotterdam on Monday. Several protesters were arrested.", "arrested", ""),
])
def test_a_passive_naming_no_doer_is_done_by_who_did_the_violence_told(events, text, trigger, actor):
    assert events(text).loc[trigger, "actor"] == actor


def test_a_definite_source_is_the_one_an_indefinite_noun_brought_in(events):
    table = events("A U.S. State Department spokesperson expressed sorrow over lives lost. “We have "
                   "urged the authorities to act,” the spokesperson said.")
    assert table.loc["urged", "source"] == "a U.S. State Department spokesperson"  # not "the spokesperson"



@pytest.mark.parametrize("text", [
    "“That's a long time,” Trump told Starmer during the visit on Feb. 27.",
    "Spanish Prime Minister Pedro Sánchez said during a visit to Beijing in early September that he would urge "
    "the European Commission to reconsider raising tariffs.",
])
def test_the_occasion_a_source_spoke_on_is_told_by_the_report(events, text):
    assert events(text).loc["visit", "source"] == ""


@pytest.mark.parametrize("text, trigger", [
    ('In a statement emailed to VOA on Friday morning, Exantus described the jailbreak as "deplorable."', "emailed"),
    ("Elian Gonzalez's father said in a letter published Wednesday that he wants Cuban diplomats to meet his son.",
     "published"),
])
def test_what_a_source_spoke_in_is_told_by_the_report(events, text, trigger):
    assert events(text).loc[trigger, "source"] == ""


@pytest.mark.parametrize("text, trigger, source", [
    # what the speaker does besides the saying, and what was done before it, the report tells
    ("Badmus stressed the need for public awareness and urged people to seek medical attention.", "urged", ""),
    ("Andrew Kirkwood leads the U.N. office in Myanmar. Kirkwood briefed reporters via videoconference from his "
     "home in Yangon, and he said the nationwide curfew had gone into effect.", "briefed", ""),
    ("Beijing cites historic records to back its claims and has rejected the arbitral ruling.", "rejected", ""),
    # the quotation a saying closes is still the speaker's
    ('"He opened fire on a police patrol who had stopped his motorbike at a checkpoint. The police returned fire and '
     'Arnel Joseph was killed," Frantz Exantus, Haiti\'s secretary of state for communication, told reporters during '
     'an afternoon press conference.', "returned", "Frantz Exantus"),
])
def test_what_a_speaker_did_besides_saying_is_told_by_the_report(events, text, trigger, source):
    assert events(text).loc[trigger, "source"] == source


def test_the_release_of_the_text_a_source_speaks_through_is_the_reports_own(events):
    row = events("A preliminary assessment from Malawi’s Department of Disaster Management Affairs released Thursday "
                 "showed that the cyclone had affected more than 11,000 people.").loc["released"]
    assert row["source"] == ""  # the department released it; it does not tell of its own release
