"""Seventy-first session: drones sent at a target, weapons worked by their owners, goods and
men seized that are no ground, and deals, accidents and habits told around an act.

Every sentence here was written for these tests (none is a snippet of the written sets or of
the gold data); most assert what the session changed (the code of its start read them
otherwise), the rest guard its new rules against reaching too far.
"""

from __future__ import annotations

import pytest
from event_extraction import events
from event_extraction import text_sub_events as _sub_events


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        # drones launched at a target, an attack done with drones across a note's bracket, a
        # single drone that attacked
        (
            "Russian forces launched a swarm of Geran attack drones at Zaporizhzhia city "
            "overnight; debris fell on a school.",
            "Air/drone strike",
        ),
        (
            "Ukrainian forces launched drones at the Saratov refinery (Saratov, Saratov), "
            "starting a fire.",
            "Air/drone strike",
        ),
        (
            "Ukrainian forces attacked the fuel depot in Feodosia (Feodosiia, Crimea) in "
            "occupied Crimea with long-range drones, setting fuel tanks ablaze.",
            "Air/drone strike",
        ),
        (
            "A Russian FPV drone attacked an ambulance in Nikopol's central district, "
            "wounding the driver.",
            "Air/drone strike",
        ),
        # the strike's blasts are no bomb of their own
        (
            "Ukrainian forces struck an ammunition depot near Tikhoretsk with drones, causing "
            "secondary explosions through the night.",
            "Air/drone strike",
        ),
        # guided missiles fired from helicopters: a weapon, not a spotter guiding fire
        (
            "Two attack helicopters fired guided missiles at a convoy of armoured vehicles "
            "near the village, destroying three.",
            "Air/drone strike",
        ),
        # a drone worked by a named group; gas cylinders fired as mortars
        (
            "A drone operated by FARC dissidents dropped explosives on a police post in "
            "Jamundí on Sunday, wounding two officers.",
            "Air/drone strike",
        ),
        (
            "Guerrillas launched several cylinder bombs at the police station in Suárez "
            "overnight, damaging two houses.",
            "Shelling/artillery/missile attack",
        ),
        # poison poured into the tank a village drinks from
        (
            "An armed gang poured farm poison into the tank feeding a village aqueduct, leaving "
            "15 people in hospital.",
            "Chemical weapon",
        ),
        # a fugitive recaptured is arrested; a deal that ends a sit-in and frees the detained
        ("Police recapture escaped gang leader 'El Chino' in Puebla", "Arrests"),
        (
            "The government and the religious party reached an agreement late on Friday under "
            "which the party will end its sit-in and the authorities will release its "
            "arrested workers.",
            "Agreement",
        ),
        # gunships that fired on men; ground taken back; a place made a base
        (
            "Two army gunships fired on a group of men laying mines near the bridge on "
            "Tuesday, killing four, the military said.",
            "Air/drone strike",
        ),
        (
            "Government troops took back the Garmsir district centre from the insurgents "
            "who had overrun it a week earlier, officials said.",
            "Government regains territory",
        ),
        (
            "The militants have turned an abandoned clinic on the edge of the village into a "
            "base, residents said.",
            "Headquarters or base established",
        ),
        # police who fire on villagers protesting; a mob that chased two men to their deaths
        (
            "Police opened fire on hundreds of angry villagers protesting against the arrest "
            "of a local cleric, killing three.",
            "Excessive force against protesters",
        ),
        (
            "A mob chased three men accused of stealing goats into a river near the village, "
            "where two of them drowned.",
            "Mob violence",
        ),
        # looters who stripped a museum; a borehole or a stream poisoned; armed herders'
        # rape; a leader rearrested
        (
            "Looters stripped the provincial museum of hundreds of artefacts over the weekend.",
            "Looting/property destruction",
        ),
        ("Gunmen poison community borehole in Sokoto, four dead", "Chemical weapon"),
        (
            "Militiamen poisoned a river used by three villages with a farm agrochemical, "
            "killing two children.",
            "Chemical weapon",
        ),
        ("Armed herders rape three women on farm in Plateau", "Sexual violence"),
        ("Separatist leader rearrested in Nairobi, flown home to face trial", "Arrests"),
        # a truck bomb that carried chlorine beside its explosives
        (
            "A lorry packed with explosives and chlorine canisters exploded at a checkpoint "
            "in Falluja, killing six.",
            "Chemical weapon",
        ),
        # a mayor or an opposition figure seized is taken, no ground; engineers too
        (
            "Masked gunmen seized the town's mayor outside the council building on Monday and "
            "drove him away in a van.",
            "Abduction/forced disappearance",
        ),
        (
            "Tribal gunmen seize three foreign oil engineers in Shabwa, demand ransom",
            "Abduction/forced disappearance",
        ),
        # diners and a boy killed are civilians; a crowd's attack on homes is mob violence
        (
            "Gunmen opened fire on the terrace of a busy restaurant, killing nine diners.",
            "Attack",
        ),
        (
            "Masked youths attacked the homes of migrant families on the estate overnight, "
            "smashing windows and setting a car on fire.",
            "Mob violence",
        ),
        # a flag over a city's council building after the rebels were driven out; ground left
        # under attack is taken
        (
            "Government troops raised the national flag over the city council building on "
            "Sunday after an assault drove the separatists out of the town.",
            "Government regains territory",
        ),
        (
            "Gang members attacked the town, overran the police station and took control of "
            "it after the officers withdrew.",
            "Non-state actor overtakes territory",
        ),
        # mines deactivated; drones flown over a village that dropped explosive devices;
        # poison poured into a spring; a base walked into unopposed
        (
            "Soldiers located and deactivated nine improvised mines buried along the road, "
            "where residents had reported explosions the week before.",
            "Disrupted weapons use",
        ),
        (
            "Cartel gunmen flew drones over the hamlet and dropped explosive devices on "
            "several houses.",
            "Air/drone strike",
        ),
        (
            "Insecticide poured into a spring by armed men sickened 30 villagers, officials said.",
            "Chemical weapon",
        ),
        (
            "The garrison lowered its flag and left the barracks after rebel units walked in "
            "through the gates unopposed.",
            "Non-violent transfer of territory",
        ),
        # a headline's town the gazetteer may lack, told as a town; ground retaken beside a
        # state's militia
        (
            "Rebels take Kivuye mining town after heavy fighting with army-backed militias",
            "Non-state actor overtakes territory",
        ),
        (
            "Wazalendo fighters and Congolese soldiers recaptured the village of Kalembe from "
            "M23 rebels on Monday, local officials said.",
            "Government regains territory",
        ),
        # a truce that lifts a siege; a note's crowd that blocked a convoy and was dispersed
        (
            "Dozo hunters and JNIM militants concluded a local truce near Macina, providing "
            "for the lifting of the siege of the village.",
            "Agreement",
        ),
        (
            "On 3 March 2022, residents of Dori [size=several hundred] blocked a military "
            "supply convoy, accusing the soldiers of doing nothing about the attacks. "
            "Gendarmes fired tear gas to disperse them.",
            "Protest with intervention",
        ),
        # captives taken in a raid; cyanide dumped into a river; a flash mob broken up;
        # prisoners swapped for detained civilians
        (
            "Rebel fighters took at least 30 villagers captive during a dawn raid on the "
            "village, local chiefs said.",
            "Abduction/forced disappearance",
        ),
        (
            "Militiamen dumped cyanide used in gold processing into the river above three "
            "villages, sending dozens to hospital.",
            "Chemical weapon",
        ),
        (
            "Soldiers detained at least 15 young people after breaking up a flash mob in the "
            "city centre on Sunday.",
            "Protest with intervention",
        ),
        (
            "The rebels and the army swapped prisoners on Tuesday, the rebels freeing 12 "
            "soldiers in return for 18 detained villagers.",
            "Agreement",
        ),
        ("Gunmen opened fire on mourners returning from a burial, killing seven.", "Attack"),
    ],
)
def test_the_act_told(text: str, sub_event_type: str) -> None:
    assert _sub_events(text)[:1] == [sub_event_type], _sub_events(text)


@pytest.mark.parametrize(
    "text",
    [
        # pills counted with a decimal, explosives listed before their seizure: no ground taken
        "Coast guard members seized 2.3 lakh yaba pills from a trawler near the island and "
        "arrested two men.",
        "Explosives, detonators and fuse wire seized in a raid in Nagaon, police said.",
    ],
)
def test_goods_seized_are_no_ground(text: str) -> None:
    assert "Non-state actor overtakes territory" not in _sub_events(text), _sub_events(text)


def test_a_bus_that_plunged_into_a_gorge_is_no_attack() -> None:
    assert "Attack" not in _sub_events(
        "At least 14 pilgrims were killed when a bus carrying them from Katra skidded off the "
        "road and plunged into a 200-ft gorge near Reasi on Sunday, officials said."
    )


def test_a_drone_s_worker_is_its_doer() -> None:
    found = events(
        "A drone operated by ELN fighters dropped explosives on an army base in Arauca, "
        "wounding three soldiers."
    )
    assert found and found[0]["actor1"] == "National Liberation Army (Colombia)", found[:1]


def test_the_years_of_a_place_held_are_no_habit() -> None:
    found = events(
        "Security forces have regained control of the ridge, the hilltop held by Maoists for "
        "over two decades, after a week of gunfights, police said."
    )
    assert found and found[0]["sub_event_type"] == "Government regains territory", found[:1]
    assert found[0]["modality"] == "reported"


def test_a_rumoured_bomber_and_a_bomber_shot_dead_are_no_suicide_bomb() -> None:
    assert "Suicide bomb" not in _sub_events(
        "Dozens of worshippers were crushed to death in a stampede at the shrine after "
        "rumours spread of a suicide bomber in the crowd."
    )
    assert _sub_events(
        "Soldiers shot dead a teenage suicide bomber at the gate of the camp before she could "
        "set off her explosives, the army said."
    )[:1] == ["Disrupted weapons use"]


def test_the_roma_are_a_people_not_rome() -> None:
    found = events(
        "Masked youths attacked homes of Roma families in Ballymena for a second night, "
        "smashing windows.",
        published="2025-06-12",
    )
    assert found and found[0]["location"]["country"] == "GB", found[:1]


def test_buses_seized_are_no_ground() -> None:
    assert "Non-state actor overtakes territory" not in _sub_events(
        "Gunmen seized two buses on the highway near the border."
    )


def test_a_deal_s_terms_told_in_the_future_are_the_deal() -> None:
    assert _sub_events(
        "Under the agreement, the rebels will free 15 captured policemen in exchange for 30 "
        "detained members of the movement, mediators said."
    )[:1] == ["Agreement"]


def test_men_taken_in_a_raid_and_goods_seized_in_one_keep_their_reading() -> None:
    # the raid's not_in is for captives taken in it, not for anything taken or seized
    assert _sub_events(
        "Twelve young men taken from the village by soldiers during a night raid in May have "
        "not been seen since, relatives said."
    )[:1] == ["Abduction/forced disappearance"]
    assert _sub_events("150 kg of explosives and detonators seized in police raid in Assam")[
        :1
    ] == ["Disrupted weapons use"]


def test_drones_sent_over_a_border_are_no_strike() -> None:
    assert "Air/drone strike" not in _sub_events(
        "Russia sent drones over Poland on Tuesday night, officials in Warsaw said."
    )
