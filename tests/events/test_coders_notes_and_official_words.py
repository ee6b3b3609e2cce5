"""Sixty-fourth session: what coders' notes, armies' statements and wire bulletins tell.

Every sentence here was written for these tests (none is a snippet of the written sets or of
the gold data); each asserts what the session changed (the code of its start read most of
them otherwise).
"""

from __future__ import annotations

import pytest

from polemos.eval.events import extract_gold_text


def _events(text: str, published: str = "2024-06-01") -> list[dict]:
    return extract_gold_text(text, published, None)["events"]


def _sub_events(text: str, published: str = "2024-06-01") -> list[str]:
    return [e["sub_event_type"] for e in _events(text, published)]


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        # an armed group's demand of fees is its extortion, not a protest's demand
        (
            "On 4 March 2024, members of a Pyu Saw Htee militia demanded 'protection fees' from "
            "traders in Monywa (Sagaing) and seized the goods of those who refused.",
            "Looting/property destruction",
        ),
        (
            "Al-Shabaab has imposed a levy on cattle traders in Bakool region, demanding four "
            "dollars per camel at its checkpoints, traders said.",
            "Looting/property destruction",
        ),
        # ... and a crowd's demand stays a protest
        ("Hundreds of teachers demanded higher pay in Lagos on Monday.", "Peaceful protest"),
        # "neither side took control": a clash, no ground taken
        (
            "On 30 May 2023, CJNG and Carteles Unidos gunmen fought a long gunfight near "
            "Apatzingan (Michoacan); neither side took control of the area. Fatalities: 4.",
            "Armed clash",
        ),
        # the attacks the villagers had fled are the past, the burning is the event
        (
            "On 11 March 2022, CODECO militiamen burned around 45 houses in Loda village "
            "(Djugu, Ituri) whose inhabitants had fled earlier attacks. Casualties unknown.",
            "Looting/property destruction",
        ),
        # a raid on a village that carried property off and hurt no one
        (
            "On 27 January 2024, RSF-affiliated militiamen raided Wad Rawah village (Al "
            "Jazirah) and carried off cars, goats and sacks of sorghum. No casualties reported.",
            "Looting/property destruction",
        ),
        # a crowd told as so many people, that burns, riots
        (
            "On 14 June 2023, a mob of about 300 people set fire to 20 houses in Moirang "
            "(Bishnupur, Manipur). No fatalities reported.",
            "Mob violence",
        ),
        (
            "Hundreds of people set fire to shops and a church in Sargodha after a rumour of "
            "blasphemy spread, police said.",
            "Mob violence",
        ),
        # a demonstration's crowd that beats and burns after the cause's clause
        (
            "On 12 May 2023, TLP workers blocked roads across Karachi (Sindh) after the arrest "
            "of their chief, beating police officers and setting fire to vehicles.",
            "Violent demonstration",
        ),
        # a coder's note of a crowd (its size tagged) fired on by soldiers
        (
            "On 2 April 2022, soldiers opened fire on villagers gathered outside the township "
            "office in Myaing (Magway), killing 3. [size=no report]",
            "Excessive force against protesters",
        ),
        # people taken at a protest, in a headline's present tense
        ("Kenyan police arrest 20 activists at anti-tax march in Nairobi",
         "Protest with intervention"),
        (
            "Police in Bulawayo arrest 11 teachers holding a sit-in over unpaid allowances "
            "outside the education office, union says.",
            "Protest with intervention",
        ),
        # interceptions told actively
        (
            "Ukraine's air force said it shot down 44 of the 61 Shahed drones Russia launched "
            "overnight, while 9 others were lost to jamming.",
            "Disrupted weapons use",
        ),
        (
            "Russian MoD says Black Sea Fleet destroyed four Ukrainian naval drones near "
            "Sevastopol",
            "Disrupted weapons use",
        ),
        # bases opened, forces raised, called in, commanders replaced, lines disengaged
        ("Colombia's army inaugurates new battalion barracks in Tumaco, Narino",
         "Headquarters or base established"),
        ("Chad creates four new rapid intervention battalions to fight Boko Haram",
         "Change to group/activity"),
        ("Pakistan Army called in to aid civil administration in Karachi under Article 245",
         "Change to group/activity"),
        (
            "The defence ministry said Gen. Kofi Mensah had formally taken over as army chief "
            "on Monday, replacing Gen. Ayitey.",
            "Change to group/activity",
        ),
        ("Indian, Chinese troops complete disengagement at Depsang, army says",
         "Non-violent transfer of territory"),
        # the protests reporters had covered are their reason for arrest, not the event
        (
            "On 2 June 2023, Asayish forces detained 3 reporters in Qamishli (Hasakah) who had "
            "covered protests by teachers.",
            "Arrests",
        ),
        # a cache's mortar tubes were never fired
        (
            "On 4 May 2021, the army found an FARC dissident cache holding 80 kg of explosives "
            "and 3 homemade mortar tubes near Tame (Arauca). No casualties.",
            "Disrupted weapons use",
        ),
        # Shahed loitering munitions are drones
        (
            "On 20 October 2022, Russian Shahed-136 loitering munitions struck a power station "
            "in Zhytomyr (Zhytomyr). Casualties unknown.",
            "Air/drone strike",
        ),
        # a fuel vendor intercepted is a man arrested, no weapon stopped
        (
            "Troops arrested 30 suspected logistics suppliers of the insurgents this week, "
            "including two fuel vendors intercepted near Gwoza, the army said.",
            "Arrests",
        ),
        # soldiers firing on a tagged crowd with no armed side told
        (
            "On 28 July 2024, Frontier Corps personnel opened fire on participants of a sit-in "
            "near Gwadar (Balochistan), wounding 9. [size=thousands]",
            "Excessive force against protesters",
        ),
        # weapons told found, the subject of a passive verb, were never used
        (
            "IEDs, mortar rounds and two car bombs were found and cleared in the recaptured "
            "villages west of Tal Afar, the Iraqi army said.",
            "Disrupted weapons use",
        ),
        # a campaign of civil disobedience launched is a protest
        (
            "Nurses in Sagaing wore black armbands outside their clinics on Monday, launching "
            "a civil disobedience campaign against the junta.",
            "Peaceful protest",
        ),
        # the yellow vests are protesters, and their burning a riot
        ("Gilets jaunes smash shop windows and torch a bank in Bordeaux", "Violent demonstration"),
        # fees paid at an armed group's roadblocks are its extortion
        (
            "Bus drivers on the Beni road say they are forced to pay up to $30 at illegal "
            "roadblocks run by Mai-Mai fighters.",
            "Looting/property destruction",
        ),
        # a borehole poisoned by gunmen
        (
            "Dozens of villagers fell ill after gunmen poured pesticide into the only borehole "
            "of a village near Kaya, officials said.",
            "Chemical weapon",
        ),
        # detonators seized from a hideout: no ground taken
        (
            "About 200 kg of ammonium nitrate and 40 detonators were seized from a militant "
            "hideout in Shopian, police said.",
            "Disrupted weapons use",
        ),
        # one goat in forty seized is the levy's, no ground taken
        (
            "On 2 May 2022, al-Shabaab collectors forcibly took zakat from herders around Bulo "
            "Burte (Hiraan), seizing one goat in every 40, residents said.",
            "Looting/property destruction",
        ),
    ],
)
def test_the_sub_event_the_words_tell(text: str, sub_event_type: str) -> None:
    assert _sub_events(text)[:1] == [sub_event_type]


def test_india_s_investigation_agency_arrests_as_its_police():
    (event,) = _events(
        "On 18 October 2023, NIA teams raided homes of PFI members in Kannur (Kerala), "
        "arresting 14 of its cadres."
    )
    assert event["sub_event_type"] == "Arrests"
    assert event["actor1"] == "Police Forces of India"


def test_the_intervention_at_a_march_has_the_police_as_its_other_side():
    (event,) = _events("Kenyan police arrest 20 activists at anti-tax march in Nairobi")
    assert (event["actor1"], event["actor2"]) == ("Protesters (Kenya)", "Police Forces of Kenya")


def test_two_buses_that_collide_are_an_accident_not_a_clash():
    assert _events("Two minibuses collide in northern Ghana, killing at least 17") == []



def test_sides_that_shell_each_other_clash_with_both_named():
    (event,) = _events(
        "Government troops and Tigrayan forces shelled each other across the Tekeze river on "
        "Sunday, residents said."
    )
    assert event["sub_event_type"] == "Armed clash"
    assert event["actor1"] != event["actor2"]
    assert event["actor2"] is not None


def test_a_residential_property_seized_by_soldiers_is_looting_and_keeps_its_township():
    (event,) = _events(
        "On 9 May 2022, in Kyauktan township (Yangon-South district, Yangon region), military "
        "forces sealed and seized a residential property of an NLD member.",
        published="2022-05-09",
    )
    assert event["sub_event_type"] == "Looting/property destruction"
    assert event["location"]["name"] == "Kyauktan"


def test_cluster_munitions_poured_by_an_air_force_are_its_air_strike():
    assert _sub_events(
        "Regime Forces are Showering Cluster Munitions on Eastern Ghouta",
        published="2016-02-05",
    ) == ["Air/drone strike"]


def test_forces_trying_to_advance_fight():
    assert _sub_events(
        "Government forces are still trying to advance towards the hills east of Latakia",
        published="2016-10-05",
    ) == ["Armed clash"]


def test_a_call_to_ban_cluster_munitions_is_no_strike():
    assert _events("Human Rights Watch called on states to ban cluster munitions.") == []


@pytest.mark.parametrize(
    "text",
    [
        # killings the police put down to a private motive are crime, no ACLED event
        "A woman was shot dead by her former partner in Mixco on Tuesday, police said, the "
        "country's latest femicide.",
        "A trader was killed by two gunmen over an unpaid debt in Onitsha, police said.",
    ],
)
def test_a_killing_with_a_private_motive_is_no_event(text: str) -> None:
    assert _events(text) == []


def test_a_crowd_that_dispersed_peacefully_met_no_intervention():
    assert _sub_events(
        "Dozens of activists marched to parliament in Nairobi to hand in a petition against "
        "police killings, then dispersed peacefully."
    ) == ["Peaceful protest"]
