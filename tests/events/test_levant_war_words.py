"""The words of the Syrian and Iraqi wars' local press and monitors (fifty-first session):
one behaviour a test, each written anew here (not taken from the snippet sets)."""

from __future__ import annotations

from typing import Any

import pytest
from event_extraction import events as extracted
from event_extraction import rule_events

PUBLISHED = "2019-06-12"


def events(text: str) -> list[dict[str, Any]]:
    return extracted(text, PUBLISHED)


def types(text: str) -> list[str]:
    return [e["sub_event_type"] for e in events(text)]


def rule_types(text: str) -> list[str]:
    """The trigger rules' own reading, without the learned classifier's say (which may read
    the same words right where the rules miss them)."""
    return [e["sub_event_type"] for e in rule_events(text, PUBLISHED)]


def test_a_place_that_fell_to_a_side_was_taken_by_that_side() -> None:
    (event,) = events(
        "Kafr Nabudah, held by rebel factions since 2014, fell to regime forces on Sunday."
    )
    assert event["sub_event_type"] == "Government regains territory"
    assert event["actor1"] == "Military Forces of Syria"
    (event,) = events(
        "The village of Tal Hamis fell to Islamic State fighters after a night of clashes."
    )
    assert event["sub_event_type"] == "Non-state actor overtakes territory"
    assert event["actor1"] == "Islamic State"


def test_a_militia_on_the_state_s_side_regains_territory_for_it() -> None:
    (event,) = events("Popular Mobilisation Forces recaptured the village of Albu Ajil from IS.")
    assert event["sub_event_type"] == "Government regains territory"
    assert event["actor1"] == "Popular Mobilization Forces"


@pytest.mark.parametrize(
    "text",
    [
        "Regime troops regained two villages in the northern Hama countryside on Friday.",
        "Iraqi troops took the compound after dislodging IS fighters from the area on Monday.",
    ],
)
def test_ground_regained_or_an_enemy_dislodged_is_territory(text: str) -> None:
    assert types(text) == ["Government regains territory"]
    assert rule_types(text) == ["Government regains territory"]


def test_warplanes_named_by_their_type_strike_from_the_air() -> None:
    (event,) = events("Iraqi F-16s bombed IS hideouts in the Makhoul mountains, killing six.")
    assert event["sub_event_type"] == "Air/drone strike"
    assert event["actor1"] == "Military Forces of Iraq"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SDF fighters opened live fire to break up a demonstration against conscription in "
         "Dhiban.", "Excessive force against protesters"),
        ("Snipers kill three protesters in Baghdad's Tahrir Square",
         "Excessive force against protesters"),
        ("Asayish fighters detained five men after breaking up a demonstration against fuel "
         "shortages in al-Shuhail.", "Protest with intervention"),
    ],
)
def test_force_that_breaks_up_a_protest(text: str, expected: str) -> None:
    assert expected in types(text)
    assert rule_types(text)[:1] == [expected]


def test_a_bomber_who_sets_off_his_vest_is_a_suicide_bombing() -> None:
    text = (
        "A man walked up to the checkpoint in Tuz Khurmatu and detonated his vest, killing "
        "three policemen."
    )
    assert types(text) == ["Suicide bomb"]
    assert rule_types(text) == ["Suicide bomb"]


def test_a_rape_by_regime_militiamen_is_political_violence() -> None:
    (event,) = events("Regime militiamen raped a woman at a checkpoint near Hama, activists said.")
    assert event["sub_event_type"] == "Sexual violence"
    assert event["actor1"] == "Military Forces of Syria"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army sent three battalions to the Jurdi front on Monday, officers said.",
         "Change to group/activity"),
        ("Four Idlib rebel groups merge under a single command", "Change to group/activity"),
        ("Hezbollah militants opened a new headquarters in al-Qusayr on Tuesday.",
         "Headquarters or base established"),
        ("Angry villagers lynch suspected IS spy near Mayadin", "Mob violence"),
        ("Mosul police round up 12 IS suspects in Hammam al-Alil sweep", "Arrests"),
        ("Russian air defences down two drones over Hmeimim airbase", "Disrupted weapons use"),
        ("Engineers dismantled a booby-trapped car parked near the market in Azaz.",
         "Disrupted weapons use"),
        ("Government forces used explosives to demolish twenty houses in Jobar on Sunday.",
         "Looting/property destruction"),
    ],
)
def test_the_wars_other_acts_in_their_words(text: str, expected: str) -> None:
    assert types(text)[:1] == [expected]
    assert rule_types(text)[:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Amazon opens new headquarters in Arlington",  # a firm's, no armed side
        # drugs seized, no ground
        "Border guards at the Jaber crossing seized nearly three million Captagon pills hidden "
        "in a truck carrying lemons.",
        # an accident, the police only telling of it
        "A gas cylinder blast ripped through a bakery in Hama, injuring nine people, SANA said, "
        "quoting police.",
    ],
)
def test_no_event_where_the_words_tell_none(text: str) -> None:
    assert types(text) == []


def test_a_deal_reached_or_accepted_on_the_fighting_is_an_agreement() -> None:
    assert types(
        "After weeks of siege and shelling, the town's committee accepted a Russian-brokered "
        "roadmap under which gunmen will hand over their weapons."
    ) == ["Agreement"]
    assert "Agreement" in types(
        "The two sides reached a deal on Sinjar that would see armed groups leave the district."
    )


def test_shelling_before_a_toll_is_still_the_toll_s_cause() -> None:
    (event,) = events("After two days of heavy shelling, five civilians were killed in Douma.")
    assert event["sub_event_type"] == "Shelling/artillery/missile attack"


def test_a_curfew_announced_for_tomorrow_is_the_act_and_one_threatened_is_not() -> None:
    assert rule_types(
        "From Sunday a full curfew will be imposed across Raqqa, the civil council announced."
    )[:1] == ["Change to group/activity"]
    assert rule_types("A curfew will be imposed if the riots go on, the governor warned.") == []
    assert rule_types(
        "A curfew will be imposed in Kirkuk from 1 May, the provincial council announced."
    )[:1] == ["Change to group/activity"]


def test_a_child_taken_from_her_school_is_abducted() -> None:
    assert rule_types(
        "Armed men took a 13-year-old girl from outside her school in Kobani, her family said."
    )[:1] == ["Abduction/forced disappearance"]


def test_a_group_s_change_and_violence_told_in_one_sentence_are_two_acts() -> None:
    found = rule_types(
        "Three brigades merge into Jaysh al-Nasr and 4 killed in a mine explosion in Kafr "
        "Zita and Latamna"
    )
    assert found[0] == "Change to group/activity"
    assert "Remote explosive/landmine/IED" in found


@pytest.mark.parametrize(
    ("text", "doer", "kind"),
    [
        ("Gunmen believed to belong to an ISIS cell shot dead two shepherds near Palmyra.",
         "Islamic State", "Attack"),
        ("Armed men believed to belong to al-Shabaab abducted three teachers near Mandera.",
         "Al Shabaab", "Abduction/forced disappearance"),
    ],
)
def test_men_believed_to_belong_to_a_group_act_as_the_group(
    text: str, doer: str, kind: str
) -> None:
    (event,) = events(text)
    assert (event["actor1"], event["sub_event_type"]) == (doer, kind)


def test_protesters_pushed_back_with_batons_met_an_intervention_not_excessive_force() -> None:
    (event,) = events(
        "Protesters outside the Basra governorate building were pushed back by police wielding "
        "batons on Sunday."
    )
    assert event["sub_event_type"] == "Protest with intervention"
    (event,) = events("Police attacked protesters outside the Basra governorate, killing two.")
    assert event["sub_event_type"] == "Excessive force against protesters"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An IS bomber drove an explosives-laden truck into an army checkpoint near Haditha, "
         "killing five soldiers.", "Suicide bomb"),
        ("Riot police turned water cannon and tear gas on hundreds of teachers demanding "
         "unpaid wages in Erbil.", "Protest with intervention"),
        ("A regime helicopter dropped a barrel packed with chlorine on Kafr Zita, medics said.",
         "Chemical weapon"),
        ("Windows of the town hall were smashed as protesters forced their way inside in "
         "Sweida.", "Violent demonstration"),
        ("Turkish and Russian troops begin joint patrols along the M4 highway",
         "Change to group/activity"),
        ("Seven Daraa factions unite under 'Southern Front' banner", "Change to group/activity"),
        ("Police in Afrin arrested a man wearing an explosive belt near the market before he "
         "could detonate it.", "Disrupted weapons use"),
        ("C-RAM system downs two rockets over Baghdad airport", "Disrupted weapons use"),
        ("A Russian military convoy of 30 vehicles, including armoured trucks, crossed into "
         "Tal Tamr on Friday.", "Change to group/activity"),
    ],
)
def test_more_of_the_wars_acts_in_their_words(text: str, expected: str) -> None:
    assert rule_types(text)[:1] == [expected]
