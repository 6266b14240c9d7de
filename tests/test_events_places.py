"""Where (helpers.events.places): the place an event happened at."""
from __future__ import annotations

import pandas as pd
import pytest


def place_given(table: pd.DataFrame, trigger: str) -> str:
    """The place column of the row of `trigger`, "" when the kit gave none."""
    place = table.loc[trigger, "place"]
    return place if isinstance(place, str) else ""


def test_the_most_precise_place_of_a_clause_is_kept(events):
    row = events("Ukrainian forces had broken through to the border with Russia in parts of the Kharkiv region."
                 ).loc["broken"]
    assert row["place"] == "Kharkiv region"  # a region, not the country the border is with


def test_a_place_of_another_clause_is_not_the_events(events):
    row = events("Ukrainian forces are making progress in the Kharkiv region, a day after Ukrainian troops "
                 "entered the town of Balakliia.").loc["making"]
    assert row["place"] == "Kharkiv region"


def test_the_city_is_the_town_named_before(events):
    table = events("Ukrainian troops reached Izium on Saturday. Residents reported that Russian units had "
                   "left the city by the afternoon.")
    assert table.loc["left", "place"] == "Izyum"
    council = events("Ukrainian troops entered Balakliia. Soldiers raised a flag over the town council building.")
    assert pd.isna(council.loc["raised", "place"]) or council.loc["raised", "place"] == ""


def test_a_place_the_model_runs_into_a_time_stops_before_it(nlp):
    doc = nlp("Ukrainian troops entered Balakliia, the largest gain of a counter-offensive that began in the "
              "east earlier this month.")
    places = [ent.text for ent in doc.ents if ent.label_ in {"GPE", "LOC", "FAC"}]
    assert not any("earlier" in place for place in places), places




def test_the_smallest_place_named_wins_over_its_country(events):
    row = events("Iraqi forces killed five militants in the Anbar province of Iraq on Monday.").loc["killed"]
    assert row["place"] == "Anbar province"  # a region over its country


def test_a_country_wins_over_its_continent(events):
    row = events("Mpox infections surged in Africa, notably in Nigeria, on Monday.").loc["surged"]
    assert row["place"] == "Nigeria"  # not "Mahdia": Africa is a continent, not a Tunisian town


@pytest.mark.parametrize("text, trigger, place", [
    ("Russian missiles struck a thermal power plant on the western edge of Kharkiv.", "struck", "Kharkiv"),
    ("Russia was putting most of its firepower into the fight for Bakhmut.", "putting", "Bakhmut"),
    ("During a media event held at its Cupertino headquarters, Apple released the iPhone.", "released", "Cupertino"),
    # ... through the noun it modifies in turn, or the square it owns
    ("She took the stand for four hours Friday in a Tel Aviv magistrate's court.", "took", "Tel Aviv"),
    ("Tens of thousands of children flooded Havana's Plaza of the Revolution.", "flooded", "Havana"),
    # ... but not a person's or a body's the noun names, nor an embassy's owner
    ("Last year, the journalist received an award from U.S. Secretary of State Antony Blinken.", "received", ""),
    ("Protesters stormed Kenya's embassy on Friday.", "stormed", ""),
])
def test_a_place_named_where_something_stands_or_is_fought_for(events, text, trigger, place):
    assert events(text).loc[trigger, "place"] == place


@pytest.mark.parametrize("text, trigger", [
    ("Archbishop Desmond Tutu called for sanctions against Nigeria.", "called"),  # a side, not a place
    ("Talks between Washington and Pyongyang resumed.", "resumed"),  # parties
    ("Apple's iTunes replaced Wal-Mart as the largest U.S. music seller.", "replaced"),  # a maker's country
])
def test_a_place_named_as_a_side_is_no_place(events, text, trigger):
    place = events(text).loc[trigger, "place"]
    assert pd.isna(place) or place == ""


@pytest.mark.parametrize("text, trigger", [
    # a topic's place: where the base is, not where the plan was announced
    ("The Trump administration announced plans to use the naval base at Guantanamo Bay to hold migrants.",
     "announced"),
    ("The United States condemned Thailand for sending Uyghurs back to China.", "condemned"),  # a destination
    ("The alliance, headquartered in Copenhagen, was sanctioned by Beijing.", "sanctioned"),  # where it is based
    ("The United States accused Beijing of genocide.", "accused"),  # a capital that stands for its government
])
def test_a_place_named_outside_the_events_clause_is_not_its_place(events, text, trigger):
    place = events(text).loc[trigger, "place"]
    assert pd.isna(place) or place == ""


@pytest.mark.parametrize("text, trigger, place", [
    ("Insurgents ambushed a bus transporting soldiers in Kalat and killed 18 of those on board.", "killed", "Kalat"),
    ("Bushfires continue to burn across eastern Australia.", "continue", "Australia"),
    ("At the Zaporizhzhia nuclear plant, where the last reactor was shut down on Sunday, engineers were relying "
     "on a single power line.", "shut", "Zaporizhzhya"),
    ("In Kyiv, the secretary of state pledged further aid during an unannounced visit on Thursday.", "visit", "Kyiv"),
    # the act planned is where the plan is to be carried out
    ("The team planned to leave Nairobi on Thursday for Dar es Salaam.", "planned", "Nairobi"),
    ("The minister decided to visit Kharkiv on Monday.", "decided", "Kharkiv"),
    # a sentence that opens with a place has all its clauses there
    ("In Los Angeles that lesson was brought home today when tons of earth cascaded down a hillside.", "cascaded",
     "Los Angeles"),
])
def test_a_place_the_event_shares_with_the_clause_it_goes_on_is_its_place(events, text, trigger, place):
    assert events(text).loc[trigger, "place"] == place


def test_there_opening_a_sentence_is_the_place_last_named(events):
    table = events("Kim and Trump met at a summit in Hanoi in February. There, Kim asked Trump for sanctions relief.")
    assert table.loc["asked", "place"] == "Hanoi"
    camp = events("He fled to Somalia. He married in the camp and later opened a shop there.")
    assert camp.loc["opened", "place"] == "the camp"  # (not Somalia: "there" in mid-sentence is the camp)


def test_a_place_of_a_passive_participle_describing_the_object_is_the_events(events):
    row = events("The United States has cleared out the last migrants being held at its naval base at "
                 "Guantanamo Bay, Cuba.").loc["cleared"]
    assert row["place"] in {"Guantanamo Bay", "Cuba"}  # (a base the gazetteer lacks: its country)


@pytest.mark.parametrize("text, trigger, place", [
    # a place that names where people come from or whom they serve is not where they act
    ("Juan Miguel Gonzalez lashed out at his Miami relatives on Sunday.", "lashed", ""),
    # ... nor is the owner of what a phrase of its own places
    ("Two bombs exploded outside U.S. embassies in Kenya and Tanzania on Friday.", "exploded", "Kenya; Tanzania"),
    ("Investigators found a rifle buried near his home in the Buffalo suburb of Amherst.", "found", "Amherst"),
    ("Russian troops shelled the Kharkiv power plant on Monday.", "shelled", "Kharkiv"),  # a site stays placed
    ("Apple Corps has filed a lawsuit against Apple Computer in a London court.", "filed", "London"),  # a seat
    ("Apple CEO Steve Jobs unveiled the new products at the Cupertino, California event on Wednesday.", "unveiled",
     "Cupertino"),
])
def test_a_place_that_only_describes_a_noun_is_not_the_events(events, text, trigger, place):
    assert events(text).loc[trigger, "place"] == place


@pytest.mark.parametrize("text, trigger, place", [
    # a spot no gazetteer names, told as the text tells it, without what describes it further
    ("Moskal said the two men showed up at Slepian's house the day after his death.", "showed", "Slepian's house"),
    ("During the day Friday, Elian played in his relatives' yard with a puppy.", "played", "his relatives' yard"),
    ("Police said tear gas canisters were recovered in the prison yard.", "recovered", "the prison yard"),
    # ... the town it is in, where it names one
    ("Thousands of Cubans marched through Havana's streets by torchlight.", "marched", "Havana"),
    ("She was gunned down on the streets of New York City by a hitman.", "gunned", "New York City"),
    # not a state ("in prison"), not many spots at once, not a vehicle
    ("The publisher spent 800 days in prison before a court granted him house arrest.", "spent", ""),
    ("Militias attacked villagers around their homes on Monday.", "attacked", ""),
    ("The officials said the detainees were flown aboard a nonmilitary aircraft.", "flown", ""),
])
def test_a_spot_no_gazetteer_names_is_the_place_its_clause_names(events, text, trigger, place):
    assert place_given(events(text), trigger) == place


@pytest.mark.parametrize("text, trigger, place", [
    # a work or a landform the stock model calls an organisation is a place where a preposition of place says so
    ('North Korea said it conducted a "crucial test" on Friday at its Sohae Satellite Launching Ground.',
     "conducted", "Sohae Satellite Launching Ground"),
    ("The ceremony will take place at the Truman Presidential Library.", "take", "Truman Presidential Library"),
])
def test_a_named_work_is_a_place(events, text, trigger, place):
    assert events(text).loc[trigger, "place"] == place


def test_a_named_work_stays_what_it_was_outside_a_phrase_of_place(nlp):
    doc = nlp("The Truman Presidential Library released the letters on Friday.")
    assert not any(ent.label_ == "FAC" for ent in doc.ents)


@pytest.mark.parametrize("text, trigger", [
    ("Morgan Kehr, a senior firefighter from Edmonton, has flown in to join his Australian counterparts.", "flown"),
    ("Malawi avoided a hit from Dikeledi on Monday.", "avoided"),
])
def test_where_someone_or_something_comes_from_is_not_the_place(events, text, trigger):
    assert place_given(events(text), trigger) == ""


@pytest.mark.parametrize("text, trigger, place", [
    # whom something is taken from is a party, not a place
    ("Britain officially took ownership of the archipelago from France after the defeat of French leader and Emperor "
     "Napoleon Bonaparte in 1815.", "took", ""),
    ("Turkey bought S-400 missiles from Russia in 2017.", "bought", ""),
    ("Britain will lease back Diego Garcia from Mauritius.", "lease", ""),
    # nor what one turns away from
    ("Manning said Trump is turning away from North Korea.", "turning", ""),
    # where someone goes from still is
    ("Thousands fled from Kharkiv on Monday.", "fled", "Kharkiv"),
    ("David Gee migrated from China to the U.S. in the late 1920s.", "migrated", "China"),
])
def test_whom_a_thing_is_taken_from_is_no_place(events, text, trigger, place):
    assert place_given(events(text), trigger) == place


@pytest.mark.parametrize("text, trigger, place", [
    # violence told as the doer: where it struck is in its own words, every place it lists
    ("A nearly simultaneous car bombing outside the U.S. embassy in Tanzania killed 10 people.", "killed",
     "Tanzania"),
    ("In all, the bombings in Kenya and Tanzania last week claimed at least 217 lives and injured nearly 5,000.",
     "injured", "Kenya; Tanzania"),
    # ... but not the country that only says where a town lies
    ("The Friday explosions at U.S. embassies in Nairobi, Kenya, and Kampala, Uganda, killed at least 110 people.",
     "killed", "Nairobi; Kampala"),
    # a town's authority acts in its town, a capital's stands for a government
    ("In March a Miami federal judge ruled against them.", "ruled", "Miami"),
    # a later clause with a doer of its own does not happen where the first did; victims counted on do
    ("Juan Miguel Gonzalez arrived in the United States April 2, and Reno ordered the relatives to surrender the "
     "child.", "ordered", ""),
    ("At least 74 were killed in Nairobi, the capital of Kenya, and more than 1,640 were wounded.", "wounded",
     "Nairobi"),
    # where a newspaper is printed is not where what it reports happened; where a witness is, is
    ("The Cape Argus newspaper in Cape Town reported that a search has been launched for accomplices.", "launched",
     ""),
    # who the doer is, in an apposition, is not where they acted
    ("Mark Clifford, president of the Committee for Freedom in Hong Kong, suggested new sanctions on Monday.",
     "suggested", ""),
    ("Polat Sayim, an ethnic Uyghur living in Australia, met the envoy on Monday.", "met", ""),
    ("Mark Clifford, president of the committee, spoke in Washington on Monday.", "spoke", "Washington"),
    # what a proposal or an accusation is about is not where it was made; where it was made is
    ("President Donald Trump first raised the idea of using the U.S. naval base in Cuba.", "raised", ""),
    ("The United States accused Beijing of genocide over its treatment of Uyghurs in Xinjiang.", "accused", ""),
    ("On social media in China some commenters praised the efforts on Monday.", "praised", "China"),
    # a nation's court or police acts in its country; its troops may fight abroad
    ("A Kenyan court has lifted orders blocking the swearing-in of the deputy president.", "lifted", "Kenya"),
    ("Indonesian police arrested three men on Friday.", "arrested", "Indonesia"),
    ("Kenyan troops killed 12 militants on Friday.", "killed", ""),
    # the place of another event the action is told in connection with is not its own
    ("A man was arrested in connection with last year's deadly embassy blasts in Kenya and Tanzania.", "arrested",
     ""),
    ("The president declared Tuesday as a national day of mourning for the victims of the Kabul attack and other "
     "recent bombings against civilians.", "declared", ""),
    # a work named "X of Y"
    ("A memorial service planned at the University of Rochester was canceled.", "canceled",
     "University of Rochester"),
    # a town with its state as the AP writes it
    ("In January, a clinic bombing in Birmingham, Ala., killed a security guard.", "killed", "Birmingham"),
    # people who act are where the sentence says they are
    ("U.N. officials in New York on Friday finished drafting the rules.", "finished", "New York City"),
    # a place patrolled or invaded is where it happened
    ("The British aircraft carrier Invincible is now patrolling the Persian Gulf alongside three US vessels.",
     "patrolling", "Persian Gulf"),
    ("Iraq said on Tuesday it invaded Kuwait because of disputes over oil and money.", "invaded", "Kuwait"),
    # a teller of its own in a later clause speaks from elsewhere
    ("The rifle is undergoing tests at the FBI laboratory in Washington, but the authorities have said it "
     "resembles the murder weapon.", "said", ""),
])
def test_places_of_violence_local_authorities_and_related_events(events, text, trigger, place):
    assert place_given(events(text), trigger) == place


def test_an_ap_state_abbreviation_is_the_state(nlp):
    from helpers.entities import place_of

    doc = nlp("A clinic bombing in Birmingham, Ala., killed a security guard.")
    birmingham = next(ent for ent in doc.ents if ent.text == "Birmingham")
    assert place_of(birmingham).country == "US"  # not Birmingham, England


@pytest.mark.parametrize("text, trigger, place", [
    ("A High Court judge in Zimbabwe on Wednesday adjourned the case of a journalist.", "adjourned", "Zimbabwe"),
    # "the country" and "the province" are the country or region last named as such
    ("Nguyen was born in Vietnam. He fled the country in 1979 with his parents.", "fled", "Vietnam"),
    ("Militants attacked a bus in Balochistan. Security forces launched raids across the province on Tuesday.",
     "launched", "Balochistan"),
    # ... not many countries, not one only named as a modifier
    ("The State Department has sent investigators to the two countries.", "sent", ""),
    ("The Taliban praised the withdrawal of U.S. troops from the country on Sunday.", "praised", ""),
    # a holiday is a time, not a place
    ("The government has begun relaxing its restrictions after a stringent lockdown over Easter.", "begun", ""),
])
def test_places_said_by_a_judge_a_noun_of_area_and_not_a_holiday(events, text, trigger, place):
    assert place_given(events(text), trigger) == place


@pytest.mark.parametrize("text, trigger, place", [
    # where someone is sent or goes is not where the sending or the going was done
    ("The United States has dispatched FBI agents to Africa to investigate the bombings.", "dispatched", ""),
    ("According to the Miami Herald, Munero had fled to Florida in June 1998.", "fled", ""),
    # ... but where fire lands is where the attack was, and where a traveller goes is where the trip is told of
    ("Russia fired missiles into Kharkiv on Monday.", "fired", "Kharkiv"),
    ("Gen. Abdel Fattah al-Burhan traveled to Nairobi on Tuesday for talks with President William Ruto.", "traveled",
     "Nairobi"),
    ("Freeh flew to Washington immediately after the press conference on Monday.", "flew", "Washington"),
    ("In 1938, he moved to Houston to join a family friend.", "moved", "Houston"),
    ("Prime Minister Narendra Modi is due to travel to Mauritius on Tuesday.", "is", "Mauritius"),
    # not a trip asked not to be made, nor a heading
    ("The refugee asked not to be returned to Eritrea.", "asked", ""),
    ("American forces moved toward Japan on Monday.", "moved", ""),
    # a deed judged is placed where it was done, not its judging
    ("The Cuban government Friday condemned the two bomb explosions near U.S. embassies in Kenya and Tanzania.",
     "condemned", ""),
])
def test_destinations_but_a_trips_and_judged_deeds_are_not_the_place(events, text, trigger, place):
    assert place_given(events(text), trigger) == place


@pytest.mark.parametrize("text, trigger, place", [
    ("The car was found abandoned at the Newark airport in December.", "found", "Newark"),  # the state found in
    ("Her mother was born and raised in Texas.", "born", "Texas"),  # the words both verbs share
    ("Two men were arrested and charged in Miami on Friday.", "arrested", "Miami"),
])
def test_a_place_shared_with_a_participle_or_a_joined_verb_is_the_events(events, text, trigger, place):
    assert place_given(events(text), trigger) == place


@pytest.mark.parametrize("text, trigger", [
    ("Police arrested the men and the court charged them in Miami.", "arrested"),  # a doer of its own
    ("Troops shelled the villages and then advanced on Kherson.", "shelled"),  # an object of its own
])
def test_a_place_of_a_verb_with_words_of_its_own_is_not_shared(events, text, trigger):
    assert place_given(events(text), trigger) == ""


def test_what_the_doer_was_doing_when_it_happened_gives_its_place(events):
    assert place_given(events("Three soldiers were killed while patrolling in Kidal."), "killed") == "Kidal"
    assert place_given(events("He was arrested while traveling to Paris."), "arrested") == ""  # a destination


@pytest.mark.parametrize("text, trigger, place", [
    ("Troops were deployed along the border between India and Pakistan.", "deployed",
     "the border between India and Pakistan"),  # both sides', not the first named
    ("The soldiers were ambushed while patrolling near the border with Niger.", "ambushed", "the border with Niger"),
])
def test_a_border_is_told_with_both_its_sides(events, text, trigger, place):
    assert place_given(events(text), trigger) == place


def test_a_stand_taken_in_words_is_where_it_was_voiced(events):
    # "Banja Luka" beside "the regional capital" is a city, whatever the model calls it (PERSON)
    table = events("Dodik rejected the arrest warrant, telling journalists in the regional capital, Banja Luka, on "
                   "Wednesday that it was politically motivated.")
    assert table.loc["rejected", "place"] == "Banja Luka"
    shelled = events("Russian forces shelled Kharkiv, saying in Moscow that the town was a target.")
    assert shelled.loc["shelled", "place"] == "Kharkiv"  # an act of war is where it struck, not where it was told


@pytest.mark.parametrize("text, trigger, place", [
    # a name no gazetteer knows, acted on, is no place ("YChina" the model calls a GPE)
    ("Chinese democracy activists in exile have accused YChina of supporting propaganda.", "accused", ""),
    # what a policy is aimed at is not where it is made
    ("Russia adopted a colonial policy towards China in the 19th century.", "adopted", ""),
    # what is to come is not where its teller speaks
    ("Speaking at the Atlantic Council, a think tank in Washington, on Tuesday, O'Brien said the president would "
     "meet Kim soon.", "meet", ""),
    # ... but a deed done to one is ("looted Tawila")
    ("RSF fighters looted Tawila on Sunday.", "looted", "Tawila"),
    # a happening's own place is where it happens; a war's is not where what it prompts happens
    ("The talks in Doha ended on Monday.", "ended", "Doha"),
    ("The war in Ukraine prompted Finland to join NATO.", "prompted", ""),
    # a settlement named by its own name is not the town last named ("the Kalobeyei settlement" is not Dadaab)
    ("The number of refugees in Dadaab declined to 230,000. In Kenya, the nearby Kalobeyei settlement was closed in "
     "early 2020.", "closed", "Kenya"),
    # a part of a continent a direction names, in lower case
    ("Tropical Cyclone Jude slammed into parts of southern Africa this week.", "slammed", "Southern Africa"),
])
def test_places_of_targets_plans_happenings_and_parts_of_continents(events, text, trigger, place):
    assert events(text).loc[trigger, "place"] == place



@pytest.mark.parametrize("text, trigger, place", [
    ("The United States voiced concern over the violence in Israel on Monday.", "voiced", ""),  # a topic
    ("Sullivan expressed the administration's commitment to Israel's security on Sunday.", "expressed", ""),
    ("Militants took over the Jaffar Express near Sibi on Tuesday.", "took", "Sibi"),  # a train's name, no voicing
])
def test_what_a_stance_is_voiced_about_is_no_place_of_the_voicing(events, text, trigger, place):
    assert events(text).loc[trigger, "place"] == place


@pytest.mark.parametrize("text, trigger, place", [
    ("The president expressed his condolences in Ankara on Monday.", "expressed", "Ankara"),  # where, no topic
    ("The envoy voiced support for the ceasefire at talks in Doha.", "voiced", "Doha"),  # a meeting's place
    ("The minister reiterated Germany's support for Ukraine during a visit to Kyiv.", "reiterated", "Kyiv"),
])
def test_where_a_stance_is_voiced_stays_its_place(events, text, trigger, place):
    assert events(text).loc[trigger, "place"] == place


def test_a_code_no_gazetteer_knows_is_no_place(events):
    table = events("China and the United States have pulled way out front in the AI race, analysts said on Monday.")
    assert table.loc["pulled", "place"] == ""


@pytest.mark.parametrize("text, trigger, place", [
    # a country an armed act is done to is where it happened, whatever the verb (the type says it is armed) ...
    ("Israeli jets pounded Lebanon on Monday.", "pounded", "Lebanon"),
    ("Turkish drones pounded Syria on Sunday.", "pounded", "Syria"),
])
def test_a_place_an_armed_act_is_done_to_is_its_place(events, text, trigger, place):
    assert events(text).loc[trigger, "place"] == place


@pytest.mark.parametrize("text, trigger", [
    # ... not one a saying or a stand is aimed at
    ("China accused Taiwan of provocation on Monday.", "accused"),
    ("The European Union sanctioned Iran on Monday.", "sanctioned"),
])
def test_a_country_a_stand_is_aimed_at_is_no_place(events, text, trigger):
    assert events(text).loc[trigger, "place"] == ""


@pytest.mark.parametrize("text, trigger, place", [
    # "the capital" is the capital of the country the report is about ...
    ("Thousands of supporters of Niger's new military junta marched through the capital on Thursday.", "marched",
     "Niamey"),
    # ... or a capital just named, not that of a country named only in passing
    ("Cuba fought for its independence from Spain in 1898. Cubans marched through Havana's streets. Similar events "
     "were held all day in the capital.", "held", "Havana"),
])
def test_the_capital_is_the_capital_of_the_country_told_of(events, text, trigger, place):
    assert events(text).loc[trigger, "place"] == place


def test_the_capital_of_a_report_naming_two_countries_is_not_told(events):
    table = events("Russia launched dozens of drones at Ukraine overnight, and Russia said it had hit military targets. "
                   "Rescuers pulled survivors from the rubble in the capital on Sunday.")
    assert table.loc["pulled", "place"] != "Moscow"


@pytest.mark.parametrize("text, trigger, seat", [
    ("Some protesters tried to set fire to the French Embassy on Sunday, the foreign ministry in Paris said.",
     "tried", "Paris"),
    ("The Chinese embassy in Manila said Philippine vessels had rammed a Chinese coast guard ship on Tuesday.",
     "rammed", "Manila"),
])
def test_where_a_ministry_sits_is_not_where_what_it_tells_happened(events, text, trigger, seat):
    assert events(text).loc[trigger, "place"] != seat


@pytest.mark.parametrize("text, trigger, place", [
    # the more precise place the clause names wins, and whom forces fight is the other side, not a place
    ("North Korean soldiers are fighting Ukraine in Russia's Kursk region, South Korea's intelligence agency said on "
     "Wednesday.", "fighting", "Kursk region"),
    # an embassy tells of what happened where it is
    ("The U.S. embassy in Kyiv said a Russian missile damaged part of its building on Wednesday.", "damaged", "Kyiv"),
])
def test_an_armed_act_s_place_and_a_teller_on_the_spot(events, text, trigger, place):
    assert events(text).loc[trigger, "place"] == place
