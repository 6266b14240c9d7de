"""PLOVER's event categories as data: what each means, an example, the words that name it and its modes."""
from __future__ import annotations

from dataclasses import dataclass

# Written for this kit from the PLOVER manual (openeventdata/PLOVER, the 0.5 categories its gold records use:
# DISAPPROVE, INVESTIGATE and FIGHT apart) and the CAMEO codebook it collapses (two-digit cue categories,
# with their three- and four-digit cases as the words and modes below). A verb entry is a lemma ("shell"),
# a lemma and its particle or preposition ("pull back", "call for"), a lemma and its object's lemma
# ("impose sanction"; a named object also by its entity label: "release PERSON"), or a lemma, preposition
# and the preposition's object ("withdraw from treaty").
# Nouns are the events a light verb carries ("held talks", "staged a hunger strike", "launched a probe")
# or that a sentence names ("the shelling of Kharkiv"). Modes are PLOVER's, each with the words that say it.


@dataclass(frozen=True)
class Category:
    """One PLOVER category: its `name`, its quad (`cooperation` or `conflict`, verbal or material), what PLOVER
    means by it, an example sentence with the trigger in [brackets], its verb and noun entries, and its modes
    (PLOVER's mode names, each with the lemmas or two-word phrases that say it; the first that fits wins)."""

    name: str
    quad: str
    meaning: str
    example: str
    verbs: frozenset[str]
    nouns: frozenset[str] = frozenset()
    modes: tuple[tuple[str, frozenset[str]], ...] = ()


def words(text: str) -> frozenset[str]:
    """A comma-separated list of entries as a set ("pull back, withdraw" -> {"pull back", "withdraw"})."""
    return frozenset(entry.strip() for entry in text.split(",") if entry.strip())


def modes(**cues: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """PLOVER's modes in the order they are tried; `heavy_weapons=` stands for "heavy-weapons", `yield_=` for
    "yield" (a Python keyword)."""
    return tuple((name.rstrip("_").replace("_", "-"), words(text)) for name, text in cues.items())


# Modes shared by DEMAND and REJECT (what is demanded or refused).
ASKED_FOR = modes(
    yield_="release, free, ceasefire, truce, withdraw, withdrawal, lift, ease, stop, halt, end, disarm",
    meet="talk, negotiate, negotiation, meeting, dialogue, meet, mediation, mediate",
    change="reform, resign, resignation, election, policy, law, constitution, step, removal, independence, "
           "autonomy, statehood",
    assist="aid, assistance, help, support, weapon, cooperation, troop, peacekeeper, refuge, asylum")
# Weapons and manners of violence, for ASSAULT and FIGHT: the one-sided manners first, then the weapons.
VIOLENCE_MODES = modes(
    suicide_attack="suicide", assassinate="assassinate, assassination", execute="execute, execution, behead",
    abduct="abduct, kidnap, hijack, hostage, abduction, kidnapping, hijacking", torture="torture",
    sexual="rape, sexual", beat="beat, beating, lynch",
    heavy_weapons="shell, shelling, artillery, tank, mortar, missile, rocket, airstrike, air strike, air raid, "
                  "aircraft, warplane, jet, helicopter, drone, bombard, bombardment, howitzer, bomber, "
                  "cluster munition, glide bomb, gunship, warship, barrage",
    explosives="explode, detonate, explosive, ied, landmine, mine, car bomb, roadside bomb, grenade, "
               "explosion, blast, bomb, bombing, blow up",
    firearms="shoot, gunfire, gun, rifle, sniper, open fire, gunman, bullet, shooting, pistol, machine gun",
    primitive="knife, stab, machete, axe, stone, club, set fire, arson, torch",
    destroy="destroy, demolish, raze, burn")

CATEGORIES: tuple[Category, ...] = (
    Category(
        "AGREE", "verbal cooperation",
        "agreeing to, offering or promising cooperation, an intention to cooperate (a cooperative act told "
        "as still to come is coded here: see `PROMISED`)",
        "Peru and Chile [agreed] to reopen their border.",
        words("agree, concur, consent, settle, promise, pledge, offer, commit to, undertake, volunteer, guarantee, "
              "propose, reach agreement, reach deal, reach accord, reach settlement, strike deal, accept invitation, "
              "accept offer, accept proposal, accept plan, accept mediation, accept, express willingness, "
              "strike agreement, strike accord, strike bargain, strike compromise, "
              "express readiness, express intent, agree on, agree to, sign on, pledge aid, promise aid"),
        words("pledge, promise, offer, proposal")),
    Category(
        "CONSULT", "verbal cooperation",
        "meetings, visits and their hosting, talks, negotiations, mediation and calls",
        "The foreign ministers [met] in Geneva on Tuesday.",
        words("meet, visit, host, talk, discuss, negotiate, consult, confer with, telephone, phone, mediate, "
              "sit down, meet with, talk with, hold talk, hold meeting, hold discussion, hold negotiation, "
              "hold summit, hold consultation, hold call, have talk, have meeting, convene, receive delegation, "
              "pay visit, make visit"),
        words("talk, meeting, negotiation, consultation, discussion, visit, summit, dialogue, mediation, "
              "phone call, conversation, peace talk, trip"),
        modes(phone="phone, telephone, call, video, videoconference, virtual",
              multilateral="summit, conference, assembly", host="host, receive",
              visit="visit, arrive, travel, trip, fly")),
    Category(
        "SUPPORT", "verbal cooperation",
        "praise, endorsement and verbal backing of a policy, act or actor; diplomatic recognition and ties; "
        "signing or ratifying an agreement",
        "The opposition [praised] the new electoral law.",
        words("support, back, praise, endorse, welcome, thank, congratulate, commend, hail, applaud, laud, "
              "salute, approve, defend, recognize, recognise, ratify, forgive, vouch, champion, "
              "express support, voice support, express solidarity, show solidarity, stand with, stand by, "
              "establish tie, establish relation, restore tie, restore relation, normalize relation, "
              "resume relation, upgrade relation, sign treaty, sign agreement, sign accord, sign deal, "
              "sign pact, sign memorandum, sign declaration, sign ceasefire, sign protocol, sign communique, "
              "sign charter, sign truce, sign armistice"),
        words("support, praise, endorsement, recognition, solidarity")),
    Category(
        "CONCEDE", "verbal cooperation",
        "verbal concessions: yielding to a demand, easing a restriction, an apology, pardon or amnesty, "
        "a ceasefire or withdrawal declared but not yet carried out",
        "The government [apologized] for the raid.",
        words("concede, yield to, capitulate, relent, apologize, apologise, acknowledge, back down, give in, "
              "give way, give up, accept demand, meet demand, accede, pardon, declare ceasefire, declare truce, "
              "announce ceasefire, lift restriction, ease restriction, lift ban, lift curfew, ease curfew, "
              "lift emergency, ease measure, lift measure, relax restriction, relax measure, relax rule, "
              "ease rule, ease emergency, grant amnesty, grant autonomy, admit mistake, express regret"),
        words("concession, apology, amnesty, pardon, compromise")),
    Category(
        "COOPERATE", "material cooperation",
        "mutual material cooperation: economic exchange, joint military exercises, judicial cooperation, "
        "sharing intelligence",
        "The two navies [held] joint exercises in the Baltic.",
        words("cooperate, collaborate, coordinate, partner, ally, extradite, trade, team up, join force, "
              "work together, join, share intelligence, share information, exchange intelligence, "
              "exchange information, hold joint exercise, conduct joint exercise"),
        words("cooperation, collaboration, joint exercise, joint drill, joint patrol, joint operation, "
              "extradition, partnership, intelligence sharing")),
    Category(
        "AID", "material cooperation",
        "material help that mainly benefits the recipient: money, arms and military training, humanitarian "
        "relief, asylum",
        "Japan [donated] tents and blankets to the flood victims.",
        words("aid, donate, supply, fund, finance, subsidize, lend, rescue, shelter, feed, airlift, arm, equip, "
              "assist, resupply, provide aid, provide assistance, provide weapon, provide loan, provide fund, "
              "provide shelter, provide food, provide help, provide training, provide equipment, provide arm, "
              "provide support, provide relief, send aid, send weapon, send arm, send food, send supply, "
              "send assistance, send money, send relief, deliver aid, deliver weapon, deliver food, "
              "deliver supply, deliver assistance, give aid, give money, give asylum, grant asylum, "
              "grant refuge, grant loan, grant aid, ship arm, ship weapon, transfer weapon, transfer fund, "
              "train troop, train soldier, train force, announce aid, approve aid, evacuate civilian, "
              "treat wounded, open border, open door"),
        words("aid, assistance, donation, loan, relief, humanitarian aid, military aid, airlift, asylum, "
              "bailout, funding, arms shipment"),
        modes(asylum="asylum, refuge, sanctuary, border",
              humanitarian="humanitarian, food, medicine, medical, shelter, relief, tent, water, blanket, "
                           "vaccine, rescue, evacuate, wounded",
              military="weapon, arm, military, ammunition, missile, tank, troop, soldier, training, equipment, "
                       "defense, artillery, air defense",
              economic="loan, fund, funding, money, dollar, financial, economic, credit, grant, budget, "
                       "bailout, cash, euro")),
    Category(
        "RETREAT", "material cooperation",
        "material concessions carried out: withdrawing forces or ceding ground, releasing captives, returning "
        "property, disarming, observing a ceasefire, letting observers or aid in, resigning",
        "Rebels [released] twelve hostages on Sunday.",
        words("withdraw, retreat, cede, regroup, pull back, pull out, fall back, leave position, lose ground, "
              "lose control, surrender, free, "
              "repatriate, disarm, demobilize, demobilise, demilitarize, resign, step down, step aside, "
              "hand over, lay down, exchange prisoner, swap prisoner, return prisoner, return body, "
              "return property, return territory, observe ceasefire, respect ceasefire, implement ceasefire, "
              "honor ceasefire, lift blockade, ease blockade, lift siege, allow access, grant access, "
              "reopen crossing, receive observer, admit inspector, lift sanction, ease sanction, "
              "lift embargo, pay compensation, pull troop, withdraw troop, allow entry, allow aid, allow observer, "
              "allow inspector, release prisoner, release hostage, release detainee, release captive, "
              "release soldier, release journalist, release activist, release dissident, release man, "
              "release woman, release child, release people, release person, release civilian, "
              "release sailor, release crew, release fisherman, release national, release citizen, "
              "release student, release worker, release pow, release leader, release politician, "
              "release opponent, release reporter, release protester, release suspect, release member, "
              "release PERSON, free PERSON, release NORP"),
        words("withdrawal, retreat, pullback, prisoner release, hostage release, ceasefire, truce, resignation, "
              "repatriation, "
              "disarmament, demobilization, evacuation, prisoner exchange, prisoner swap, handover, surrender"),
        modes(release="release, free, prisoner, hostage, swap, captive, detainee",
              ceasefire="ceasefire, truce, armistice",
              disarm="disarm, demobilize, demobilise, disarmament, surrender, weapon, lay",
              resign="resign, resignation, step",
              access="access, observer, inspector, peacekeeper, corridor",
              return_="return, compensation, property, hand",
              withdraw="withdraw, retreat, pull, leave, abandon, flee, withdrawal, pullback, regroup, cede, "
                       "evacuate, exit, troop")),
    Category(
        "INVESTIGATE", "material cooperation",
        "investigations of crimes, abuses, military acts or war crimes",
        "The United Nations [investigated] the killings in the camp.",
        words("investigate, probe, inspect, audit, look into, launch investigation, open investigation, "
              "launch probe, open probe, launch inquiry, open inquiry, conduct investigation, order inquiry, "
              "order investigation, send investigator"),
        words("investigation, probe, inquiry, enquiry, inspection, audit, fact-finding mission")),
    Category(
        "DEMAND", "verbal conflict",
        "demands and orders, and (as PLOVER codes no appeals) requests and calls to act",
        "Farmers' unions [demanded] lower fuel prices.",
        words("demand, call for, call on, urge, ask, request, appeal, plead, press, order, push for, "
              "press for, lobby, seek asylum, seek refuge, seek release, seek help, seek aid, insist on, "
              "reiterate demand, renew call, issue demand, make demand"),
        words("demand, appeal, request"),
        ASKED_FOR),
    Category(
        "DISAPPROVE", "verbal conflict",
        "criticism, condemnation and complaints; accusations and blame; lawsuits and verdicts; petitions",
        "Human rights groups [condemned] the arrests.",
        words("criticize, criticise, condemn, denounce, accuse, blame, charge, allege, decry, deplore, slam, "
              "lambaste, rebuke, reproach, censure, fault, complain, object, sue, convict, petition, "
              "file lawsuit, file complaint, lodge complaint, lodge protest, summon ambassador, "
              "summon envoy, bring lawsuit, take to court, find guilty, call for sanction, "
              "express concern, voice concern, express outrage, express dismay, express disappointment"),
        words("criticism, condemnation, accusation, allegation, complaint, lawsuit, rebuke, petition")),
    Category(
        "REJECT", "verbal conflict",
        "rejections and refusals of a demand, offer, plan, meeting or cooperation; defying a law; vetoes",
        "The rebels [rejected] the peace plan.",
        words("reject, refuse, veto, dismiss, rebuff, spurn, resist, defy, disobey, oppose, turn down, "
              "rule out, vote against, decline invitation, decline offer, decline request, deny request, "
              "deny access, deny entry, deny permission, deny visa, deny application, deny allocation, "
              "deny asylum, block resolution, block bill, block deal"),
        words("rejection, refusal, veto"),
        ASKED_FOR),
    Category(
        "THREATEN", "verbal conflict",
        "threats and ultimatums: of force, sanctions, broken ties, bans, arrests or occupation",
        "The militia [threatened] to shell the port.",
        words("threaten, menace, intimidate, blackmail, issue ultimatum, give ultimatum, vow retaliation, "
              "vow revenge, issue threat, make threat, threaten retaliation"),
        words("threat, ultimatum"),
        modes(ban="ban, outlaw", arrest="arrest, detain, jail, imprison, prison",
              expel="expel, deport, expulsion", territory="occupy, seize, annex, territory, control",
              restrict="blockade, boycott, curfew, sanction, embargo, restriction, martial law, emergency, "
                       "restrict",
              relations="relation, tie, talk, negotiation, break, suspend, sever",
              violence="attack, strike, kill, force, war, retaliate, retaliation, violence, shell, bomb, invade, "
                       "fire, military, nuclear, weapon")),
    Category(
        "PROTEST", "material conflict",
        "collective public dissent: demonstrations, rallies, riots, strikes, hunger strikes, boycotts, blocked "
        "roads",
        "Thousands of teachers [marched] through the capital.",
        words("protest, demonstrate, rally, march, picket, riot, boycott, barricade, mutiny, go on strike, "
              "stage strike, stage protest, stage sit-in, stage rally, stage demonstration, hold protest, "
              "hold rally, hold demonstration, hold vigil, block road, block highway, block street, "
              "take to street, stop work, walk out, join protest, join rally, join strike, join demonstration"),
        words("protest, demonstration, rally, march, riot, hunger strike, general strike, sit-in, vigil, boycott, "
              "walkout, uprising"),
        modes(strike_hun="hunger", strike_gen="general strike, general",
              riot="riot, loot, torch, clash", boycott="boycott",
              obstruct="block, barricade, obstruct, road, highway, sit-in",
              strike_lim="strike, walkout, walk, stop work",
              demo="protest, demonstrate, demonstration, rally, march, vigil, picket")),
    Category(
        "SANCTION", "material conflict",
        "reduced relations: sanctions and embargoes, broken or downgraded ties, cut aid, cancelled meetings, "
        "halted talks or mediation, expelled or withdrawn diplomats and missions",
        "The European Union [imposed] sanctions on the junta.",
        words("sanction, embargo, blacklist, expel, suspend, cancel, freeze, call off, postpone, impose sanction, "
              "impose embargo, impose tariff, impose duty, tighten sanction, cut tie, sever tie, break tie, "
              "break relation, cut relation, "
              "sever relation, downgrade relation, suspend relation, recall ambassador, withdraw ambassador, "
              "expel diplomat, expel ambassador, suspend talk, halt talk, break off, end talk, end mediation, "
              "cut aid, cut funding, reduce aid, halt aid, stop aid, withhold aid, suspend aid, freeze aid, "
              "freeze asset, reduce supply, force out, kick out, ban import, ban export, ban flight, ban supply, "
              "ban sale, ban shipment, ban trade, ban investment, "
              "withdraw from treaty, withdraw from agreement, withdraw from deal, pull out of deal"),
        words("sanction, embargo, trade ban, tariff, expulsion"),
        modes(convict="convict, guilty", cancel="cancel, postpone, call",
              expel="expel, expulsion, kick, force", withdraw="withdraw, recall, pull",
              sever="cut, sever, break, suspend, halt, end, reduce, freeze, sanction, embargo, tariff, ban")),
    Category(
        "MOBILIZE", "material conflict",
        "military or police moves short of force: mobilizing, deploying and reinforcing, alerts, drills, "
        "weapons tests",
        "The army [deployed] two brigades to the border.",
        words("mobilize, mobilise, deploy, reinforce, amass troop, amass force, amass soldier, mass troop, mass force, "
              "concentrate troop, concentrate force, concentrate firepower, station, patrol, fortify, "
              "rearm, recruit, conscript, call up, build up, beef up, move troop, send troop, send soldier, "
              "send force, send warship, send reinforcement, dispatch troop, dispatch warship, "
              "move reinforcement, position troop, put on alert, place on alert, raise alert, remain on alert, "
              "go on alert, step up patrol, hold drill, conduct drill, stage drill, hold exercise, "
              "conduct exercise, test missile, test-fire, test fire"),
        words("mobilization, mobilisation, deployment, buildup, build-up, reinforcement, drill, exercise, "
              "war game, patrol, alert, missile test"),
        modes(police="police, riot police, security force, gendarme",
              weapons="missile, weapon, nuclear, warhead, rocket, launcher, test",
              troops="troop, soldier, force, army, reservist, conscript, unit, battalion, brigade, warship, "
                     "navy, reinforcement, military, recruit")),
    Category(
        "COERCE", "material conflict",
        "repression and restriction: arrests, detentions and legal charges, deportations, bans, censorship, "
        "curfews, martial law, blockades, confiscation, withholding public services",
        "Police [detained] three opposition leaders.",
        words("arrest, detain, jail, imprison, confiscate, deport, exile, blockade, censor, outlaw, prohibit, "
              "ban, repress, suppress, disperse, prosecute, indict, sentence, evict, expropriate, demolish, "
              "raze, bulldoze, restrict, crack down, cut off, break up, seal off, cordon off, lock down, "
              "shut down newspaper, shut down website, shut down outlet, impose curfew, impose restriction, "
              "impose martial law, declare martial law, "
              "declare emergency, impose lockdown, close border, block access, reimpose blockade, "
              "impose blockade, put on trial, round up, bar, tighten restriction, tighten control, seize property, "
              "seize asset, seize weapon, seize ship, "
              "seize vessel, seize cargo, seize passport, seize document, seize drug, seize land"),
        words("arrest, detention, crackdown, curfew, martial law, blockade, deportation, censorship, "
              "state of emergency"),
        modes(curfew="curfew", martial_law="martial law, martial, emergency",
              censor="censor, censorship, newspaper, website, medium, journalist",
              deport="deport, exile, expel, deportation", ban="ban, outlaw, prohibit",
              arrest="arrest, detain, jail, imprison, sentence, prosecute, indict, detention, custody, trial",
              confiscate="confiscate, seize, expropriate", destroy="demolish, raze, bulldoze",
              withhold="power, electricity, water, internet, gas, food, medicine",
              restrict="restrict, blockade, close, seal, cordon, restriction, lockdown, block")),
    Category(
        "ASSAULT", "material conflict",
        "one-sided violence, against civilians or unarmed people: abduction, torture, executions, "
        "assassinations, massacres, bombings; a violent act of `VIOLENT_ACTS` whose victims are civilians",
        "Gunmen [kidnapped] two aid workers near the camp.",
        words("torture, abduct, kidnap, hijack, assassinate, execute, behead, massacre, rape, lynch, stab, maim, "
              "mutilate, murder, slaughter, terrorize, take hostage, hold hostage, gun down, set fire, "
              "sexually assault, flog, beat up, beat to death, beat protester, beat demonstrator, beat journalist, "
              "beat detainee, beat prisoner, beat civilian, beat student"),
        words("massacre, assassination, kidnapping, abduction, execution, torture, suicide bombing, car bomb, "
              "hijacking, bombing, murder"),
        VIOLENCE_MODES),
    Category(
        "FIGHT", "material conflict",
        "armed forces fighting each other with conventional weapons: battles, clashes, shelling, air strikes, "
        "invasion, taking or holding ground; a violent act of `VIOLENT_ACTS` against forces or by them",
        "Government troops [clashed] with rebels near the airport.",
        words("fight, battle, clash, skirmish, shell, bombard, invade, besiege, recapture, retake, retook, "
              "capture soldier, capture fighter, capture troop, capture militant, capture prisoner, overrun, annex, "
              "liberate, storm, repel, repulse, advance, counterattack, "
              "strafe, torpedo, intercept, exchange fire, lay siege, take control, gain control, push back, "
              "break through, knock out, shoot down, launch offensive, launch counteroffensive, "
              "mount offensive, violate ceasefire, wage war, take over, fight for control, fight with, fight against"),
        words("battle, clash, fighting, offensive, counteroffensive, counter-offensive, invasion, shelling, "
              "bombardment, siege, skirmish, firefight, air strike, airstrike, missile strike, drone strike, "
              "artillery fire, fall, recapture, capture, liberation, seizure, occupation"),
        VIOLENCE_MODES),
)

# Violent acts that are FIGHT or ASSAULT by whom they hit (see `ARMED` and `CIVILIAN`): verbs, then nouns.
VIOLENT_ACTS = words("attack, strike, hit, bomb, pound, target, shoot, kill, wound, injure, destroy, "
                     "damage, raid, assault, ambush, explode, detonate, blow up, open fire, fire at, fire on, "
                     "return fire, retaliate, "
                     "fire drone, launch attack, carry out attack, launch strike, carry out strike, launch missile, "
                     "launch rocket, launch drone, fire missile, fire rocket, fire shell, drop bomb")
# The manners of one side's violence on the unarmed (CAMEO's unconventional violence): ASSAULT whoever is hit.
ONE_SIDED_MODES = words("suicide-attack, explosives, assassinate, abduct, torture, execute, sexual, beat")
# Violent verbs that also name trade, politics or sport ("trade hit a record", "tariffs targeting beef"):
# violence only when people, forces, places or weapons take part.
FIGURATIVE_VIOLENCE = words("hit, strike, target, attack, pound, damage, destroy")
VIOLENT_NOUNS = words("attack, strike, raid, assault, explosion, blast, shooting, killing, ambush, air raid, "
                      "missile attack, drone attack, rocket attack")
# Who is hit (or hits): an organised armed force makes it FIGHT, civilians and what is theirs ASSAULT.
ARMED = words("soldier, troop, force, army, military, militant, fighter, rebel, insurgent, guerrilla, militia, "
              "terrorist, gunman, attacker, assailant, personnel, corps, trooper, "
              "militiaman, jihadist, position, base, garrison, tank, unit, battalion, brigade, regiment, convoy, "
              "warship, aircraft, jet, warplane, helicopter, drone, artillery, checkpoint, outpost, paratrooper, "
              "marine, commando, sniper, mercenary, combatant, policeman, serviceman, depot, stronghold, trench, "
              "bunker, headquarters, navy, air force, missile, rocket, division, officer, guard")
CIVILIAN = words("civilian, villager, resident, protester, demonstrator, worker, child, kid, woman, student, "
                 "journalist, reporter, refugee, family, people, person, pilgrim, worshipper, patient, passenger, "
                 "farmer, teacher, doctor, nurse, volunteer, hostage, detainee, hospital, school, home, house, "
                 "apartment, market, mosque, church, synagogue, temple, shop, store, mall, clinic, kindergarten, "
                 "shelter, neighborhood, neighbourhood, bus, train, station, university, camp, dam, plant, "
                 "infrastructure, grid, substation, building, residence, youth, mourner, shopper, voter, "
                 "aid worker, crowd, citizen, boy, girl, man, infant, elderly, village, residential, power line, "
                 "power grid, water supply")
# ... and who else goes into a place with no arms: it is no fight when they enter or cross it.
TRAVELLERS = words("aid, truck, lorry, shipment, delegation, inspector, observer, envoy, diplomat, migrant, traveller, "
                   "traveler, tourist, visitor, ship, vessel, boat, plane, flight, delegate, monitor")
# Verbs of taking ground that are FIGHT only when they act on a place ("entered Balakliia", "took Izium",
# "captured the airport"); "entered talks", "took a decision", "occupied a gray area", "seized the
# opportunity", "freed the hostages" are not fighting.
PLACE_TAKING = words("enter, take, fall, reach, cross, free, occupy, capture, seize, regain, wrest")
# Ground that is taken: a named place, or one of these ("the village", "their positions").
GROUND = words("town, city, village, airport, airfield, bridge, hill, base, position, territory, "
               "region, district, port, capital, stronghold, outpost, garrison, checkpoint, crossing, oblast, "
               "province, island, peninsula, coast, highway, height, frontline, front line, line, hub, plant, "
               "facility, palace, building, compound, headquarters, parliament, prison")
# Leaving is a retreat only when forces or a state leave ("Russian troops fled Izium"; not "people fled").
FORCES_RETREAT = words("flee, leave, abandon, exit, move out, evacuate")
# Verbs of a commitment: what they commit to decides the type: cooperation AGREE ("pledged to send aid"),
# conflict THREATEN ("vowed to retaliate"); their own type when it is neither.
COMMITMENTS = words("promise, pledge, vow, swear, offer, undertake, guarantee")
# "is willing to send", "ready to contribute": a commitment too.
WILLING = words("willing, ready, prepared, determined, eager, committed, keen")
# A cooperative act told as still to come is an intention, coded AGREE ("will visit Kyiv", "would release
# the hostages": CAMEO's "express intent to cooperate / to yield").
PROMISED = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE", "RETREAT": "AGREE"}
# Verbs that carry an event noun and mean little by themselves: "held talks", "staged a hunger strike",
# "launched an investigation", "continued their protest" take the noun's category.
SUPPORT_VERBS = words("hold, stage, launch, conduct, carry, mount, wage, begin, start, continue, resume, organize, "
                      "organise, make, have, issue, give, take, pay, reach, open, complete, lead, "
                      "impose, reiterate, renew, file, lodge, express, voice, undertake, intensify, step, escalate, "
                      "join, call, plan, order, host, attend, ramp, finish, conclude, perform, deliver, unleash, "
                      "initiate, set, put, extend, offer, seek, accept, end")
# Verbs of going to an event or taking part in it, which is taking part in it: "arrived on a visit",
# "return to Geneva for talks", "were converging for a rally", "engaged in talks", "participated in protests".
MOVEMENT = words("arrive, travel, fly, come, go, return, head, gather, converge, assemble, leave, engage, "
                 "participate")
# Verbs of a phase ("continued to send arms", "began shelling"): the type is the act's.
PHASES = words("continue, begin, start, resume, keep, go on, step up")
# Reporting verbs whose report of the speaker's own future act is a threat ("warned it would retaliate").
WARNINGS = words("warn, threaten")
# Entries that look like a category's but are not: fighting an illness or a fire is not fighting forces,
# executing a plan is not killing, pressing on is not pressing someone, asking about is not a demand,
# agreeing with a remark or with someone is an opinion.
UNTYPED = words("agree with remark, agree with view, agree with assessment, agree with statement, "
                "agree with comment, agree with concern, agree with analysis, agree with idea, agree with point, "
                "agree with opinion, agree with sentiment, agree with criticism, agree with argument, "
                "agree with conclusion, agree with finding, agree with claim, agree with suggestion, "
                "agree with him, agree with her, agree with them, agree with me, agree with you, "
                "press ahead, press on, ask about, fire back, hit back, slam into, target audience, strike balance, "
                "strike tone, strike chord, strike note, strike pose, fight cancer, "
                "fight disease, fight illness, fight corruption, fight fire, fight blaze, fight wildfire, "
                "fight poverty, fight inflation, fight crime, fight virus, fight pandemic, fight climate, "
                "fight for, battle cancer, battle illness, battle blaze, battle fire, execute plan, "
                "execute strategy, execute order, execute trade, execute deal, execute program, execute task, "
                "execute mission, execute contract, execute transaction, execute project, execute vision")
# Verbs that name a protest only without an object: "demonstrated a disregard", "marched the prisoners" do not.
PROTEST_WITHOUT_OBJECT = words("demonstrate, march")
# Nouns that name no event when a document word precedes them ("a press release").
DOCUMENT_COMPOUNDS = words("press, news, media")
# What the kit calls reported speech that carries no PLOVER category of its own ("said", "announced"):
# not a PLOVER category (PLOVER dropped CAMEO's public statements), kept so the timeline can tell speech.
STATEMENT = "STATEMENT"

CATEGORY = {category.name: category for category in CATEGORIES}
COOPERATION = {category.name for category in CATEGORIES if category.quad.endswith("cooperation")}
CONFLICT = {category.name for category in CATEGORIES if category.quad.endswith("conflict")}


def entry_types(field: str) -> dict[str, str]:
    """Entry -> category, over every category's `verbs` or `nouns`; an entry listed twice keeps its first
    category, so CATEGORIES' order settles overlaps."""
    found: dict[str, str] = {}
    for category in CATEGORIES:
        for entry in getattr(category, field):
            found.setdefault(entry, category.name)
    return found


VERB_TYPES = entry_types("verbs")
NOUN_TYPES = entry_types("nouns")
