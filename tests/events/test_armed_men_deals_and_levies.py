"""Sixty-ninth session: armed men the actor lists do not name, deals, levies, devices.

Every sentence here was written for these tests (none is a snippet of the written sets or of
the gold data); most assert what the session changed (the code of its start read them
otherwise), the rest guard its new rules against reaching too far.
"""

from __future__ import annotations

import pytest
from event_extraction import text_sub_events as _sub_events


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        # a militia no list names, disbanding; militiamen defecting
        (
            "The militia announced on Friday that it was disbanding and handing its guns to "
            "the state.",
            "Change to group/activity",
        ),
        (
            "Some 40 militiamen loyal to a local warlord defected to the government side near "
            "Baidoa on Monday.",
            "Change to group/activity",
        ),
        # passengers marched into a forest: taken, not a march
        (
            "Bandits blocked the road near Birnin Gwari and marched about 20 travellers into "
            "the forest, survivors said.",
            "Abduction/forced disappearance",
        ),
        # a vehicle bomb driven by its bomber into a checkpoint
        (
            "A truck packed with explosives and driven by an attacker rammed into a police "
            "checkpoint outside Baidoa, killing four officers.",
            "Suicide bomb",
        ),
        # rigged pagers set off from afar
        (
            "Dozens of pagers carried by the group's members detonated within minutes of each "
            "other across southern Lebanon, wounding hundreds.",
            "Remote explosive/landmine/IED",
        ),
        # two sides that agree to stop attacking each other; a declaration signed
        (
            "The two rival militias agreed not to attack each other after talks brokered by "
            "elders in Beledweyne.",
            "Agreement",
        ),
        (
            "The two sides signed a declaration of principles in Doha on Saturday, the "
            "mediators said.",
            "Agreement",
        ),
        # a levy forced on traders by armed men
        (
            "Gunmen of the local militia have been forcing bus owners at the main depot to pay "
            "a monthly 'security fee', drivers said.",
            "Looting/property destruction",
        ),
        # pesticide and another chemical poured into a spring by armed men
        (
            "Rebels poured insecticide and diesel into the spring that serves the village, "
            "residents said.",
            "Chemical weapon",
        ),
        # a missile barrage fired at a country
        (
            "North Korea fires ballistic missile salvo at sea off its east coast",
            "Shelling/artillery/missile attack",
        ),
        # a rebel commander captured by soldiers: a man taken, no ground
        ("Army captures regional commander of the Clan del Golfo in Antioquia", "Arrests"),
        # a state's elite unit by its name for itself
        (
            "Iraqi counterterrorism forces retook two villages south of Tikrit after a long "
            "battle with Islamic State remnants, officials said.",
            "Government regains territory",
        ),
        # civilians by their trade, their family and their neighbourhood
        (
            "On 9 June 2021, militia members shot dead a residents' association leader in Nova "
            "Iguacu (Rio de Janeiro). Fatalities: 1.",
            "Attack",
        ),
        (
            "On 9 June 2021, FARC dissidents shot dead four members of a family in Argelia "
            "(Cauca). Fatalities: 4.",
            "Attack",
        ),
        # sexual abuse of detainees under interrogation: a state's forces
        (
            "Freed men said guards at the camp had sexually abused detainees during "
            "interrogation, a rights group said.",
            "Sexual violence",
        ),
        # more marines sent; a group's governor replaced with another man
        (
            "The navy has sent an additional 300 marines to Basilan ahead of the vote.",
            "Change to group/activity",
        ),
        (
            "The insurgents have replaced their commander with a younger fighter from the "
            "border district, locals said.",
            "Change to group/activity",
        ),
    ],
)
def test_the_act_told(text: str, sub_event_type: str) -> None:
    assert _sub_events(text)[:1] == [sub_event_type]


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        # a week's flight is one wave of the displaced (ACLED's Other), not a sum of months
        (
            "More than 6,000 people have fled their homes in Rutshuru territory since the start "
            "of the week, aid agencies said.",
            "Other",
        ),
        (
            "About 800 villagers of the hill district of Kalay fled to the district town fearing "
            "clashes between the army and the PDF, officials said.",
            "Other",
        ),
        # the sit-in is today's; the next week's is what they threaten
        (
            "Teachers stage sit-in outside Sindh assembly, threaten to boycott exams next week",
            "Peaceful protest",
        ),
        # fees an armed group levies in quotes; its Colombian name
        (
            "Rebels at the river crossing are levying 'customs' fees on goods entering the town, "
            "traders said.",
            "Looting/property destruction",
        ),
        (
            "Ranchers in Cesar said a new 'vacuna' imposed by the gang costs them 30,000 pesos a "
            "head.",
            "Looting/property destruction",
        ),
    ],
)
def test_the_act_told_second_round(text: str, sub_event_type: str) -> None:
    assert _sub_events(text)[:1] == [sub_event_type]


@pytest.mark.parametrize(
    "text",
    [
        # no explosives found: an accident, no weapons
        "A gas leak caused a blast in a block of flats in Kazan overnight. Investigators found "
        "no trace of explosives.",
        # the fight against a flood is no battle
        "Troops joined the battle against the water in Sindh on Saturday as the Indus breached "
        "embankments.",
        # a parachute that failed: an accident
        "Three people were killed in Rafah when an aid pallet fell on them after its parachute "
        "failed to open, medics said.",
        # a blast blamed on chemicals badly stored
        "Huge blast at port kills 12; officials blame improperly stored chemicals",
        # the act the arrested are held for: not an act of that day
        "Police detained four men suspected of firing rockets at the airbase last month.",
        # a crowd crush, a carjacking: no one's political violence
        "At least 80 people died in a crowd crush at a religious festival in Hathras on "
        "Tuesday, officials said.",
        "Two men shot dead in Soweto carjacking, police say",
        # a town named by its siege: no fight told
        "Food prices soared in besieged El Fasher this week, residents said.",
        # a watchdog's investigators on an attack of years ago, the watchdog named by its
        # weapons
        "The chemical weapons watchdog's investigators concluded that army helicopters dropped "
        "chlorine on the town in 2018.",
    ],
)
def test_no_act_of_violence(text: str) -> None:
    violent = {
        "Armed clash",
        "Chemical weapon",
        "Attack",
        "Remote explosive/landmine/IED",
        "Shelling/artillery/missile attack",
        "Disrupted weapons use",
    }
    assert not violent & set(_sub_events(text)), _sub_events(text)


@pytest.mark.parametrize(
    "text",
    [
        # a truce a force was sent to watch over: made before
        "The UN sent 300 observers to monitor the ceasefire in the south, its envoy said.",
        # a new commander after his predecessor was killed: the strike is the past
        "The group named a new leader for its northern wing after his predecessor was killed "
        "in a drone strike in May.",
    ],
)
def test_no_deal_and_no_strike_that_day(text: str) -> None:
    found = _sub_events(text)
    assert "Agreement" not in found and "Air/drone strike" not in found, found


@pytest.mark.parametrize(
    "text, arrested",
    [
        # smugglers arrested, however many: the charge named is a crime's
        (
            "Kenyan police arrested 16 suspects accused of smuggling migrants across the border "
            "at Moyale.",
            False,
        ),
        # a mayor held, whatever the charge; youths held for a town's violence
        (
            "Police arrested the mayor of Chilpancingo, accused of links to a drug trafficking "
            "gang, in a dawn raid.",
            True,
        ),
        (
            "Police arrested 25 youths for the violence and arson in the old city on Friday, "
            "officials said.",
            True,
        ),
    ],
)
def test_which_arrests_are_political(text: str, arrested: bool) -> None:
    assert ("Arrests" in _sub_events(text)) is arrested, _sub_events(text)


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        # arms listed first, their seizure told after
        (
            "Boxes of grenades, pistols and detonators seized in Mombasa flat rented by "
            "suspected militants",
            "Disrupted weapons use",
        ),
        # an emergency of so many days; a curfew's hours written with colons
        (
            "Peru declares 30-day emergency in three provinces after weeks of protests",
            "Change to group/activity",
        ),
        (
            "The army imposed a 19:00-06:00 curfew on the town after the attack, the governor "
            "said.",
            "Change to group/activity",
        ),
        # villagers sheltering from clashes they fled, told first
        (
            "Fleeing clashes between the army and the rebels, some 4,000 villagers took shelter "
            "in schools in Bunia, officials said.",
            "Other",
        ),
        # a group's commander replaced; men taken from their homes
        (
            "The rebel group confirmed that its commander had been replaced by his deputy after "
            "a dispute.",
            "Change to group/activity",
        ),
        (
            "Gunmen took 15 men from their homes in the village overnight, and nothing has been "
            "heard of them since, residents said.",
            "Abduction/forced disappearance",
        ),
        # ground taken: the other side driven out, or forced to pull out
        (
            "Government troops stormed the town at dawn and drove the insurgents out after a "
            "four-hour battle.",
            "Government regains territory",
        ),
        (
            "Rebels swept into the town on Friday after days of fighting, forcing government "
            "troops to pull out.",
            "Non-state actor overtakes territory",
        ),
        # a new leader named, his predecessor's death a week before
        (
            "The group named its veteran commander, Abu Hamza, as its new leader, a week after "
            "his predecessor was killed in an air strike.",
            "Change to group/activity",
        ),
        # the jets the sentence before brought
        (
            "The jets returned over Ariha at dawn. Three strikes hit the market, killing 11 "
            "people, rescuers said.",
            "Air/drone strike",
        ),
        # a truce that frays is no deal; the fire traded is the act
        (
            "A truce that exists only on paper frayed again as troops and rebels traded fire "
            "near the border.",
            "Armed clash",
        ),
    ],
)
def test_the_act_told_third_round(text: str, sub_event_type: str) -> None:
    assert _sub_events(text)[:1] == [sub_event_type]


@pytest.mark.parametrize(
    "text",
    [
        # a fraud and a gang of robbers: crimes, whatever the arrest
        "On 3 May 2021, police in Nairobi (Nairobi) arrested three men suspected of running a "
        "lottery scam that defrauded pensioners.",
        "Police arrested a gang of six suspected of a string of armed robberies on the "
        "Kampala-Jinja highway.",
        # a building's burnt-out shell is no shelling
        "Children played beside the burnt-out shell of the cinema on Sunday.",
    ],
)
def test_no_event_at_all(text: str) -> None:
    assert not _sub_events(text), _sub_events(text)


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        # a curfew renewed; poison poured into a village's wells (a possessive before them)
        (
            "The regional governor has renewed the curfew on the town, now running from 7pm to "
            "6am, officials said.",
            "Change to group/activity",
        ),
        (
            "Villagers said bandits poured pesticide into the village's two wells after the "
            "community failed to pay a levy, killing three children.",
            "Chemical weapon",
        ),
        # tear gas in one word
        (
            "Police fire teargas at #FeesMustFall protesters in Johannesburg",
            "Protest with intervention",
        ),
        # the explosion a judge investigates is his inquiry's topic; the fire traded is the act
        (
            "Gunmen exchanged fire with party members in Beirut during a rally against the judge "
            "investigating the port explosion.",
            "Armed clash",
        ),
        # sex forced by armed men no list names
        (
            "Women in the camp said militiamen forced them into sex in exchange for food, an aid "
            "worker said.",
            "Sexual violence",
        ),
        # a crowd that gathered peacefully and was rounded up was met, whatever the model reads
        (
            "On 4 June 2020, police forces rounded up dozens of opposition supporters who had "
            "gathered peacefully outside the parliament (Harare). [size=no report]",
            "Protest with intervention",
        ),
    ],
)
def test_the_act_told_fourth_round(text: str, sub_event_type: str) -> None:
    assert _sub_events(text)[:1] == [sub_event_type]


def test_a_gold_network_s_mines_are_no_explosives() -> None:
    assert not _sub_events(
        "Police dismantled a network smuggling gold out of artisanal mines near the border, "
        "seizing 20 kg of the metal."
    )
