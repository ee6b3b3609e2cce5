"""War at sea, in the air and on borders, and the posts of monitors' accounts (the rules
learnt from written sets 56 and 58). The sentences here are written anew, not copied
from the sets."""

from functools import partial

import event_extraction as extraction
import pytest

PUBLISHED = "2024-03-14"

_events = partial(extraction.events, published=PUBLISHED)
_types = partial(extraction.types_of, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        # a ship's crew taken: hostages, no ground
        "Armed men who climbed aboard a Malta-flagged tanker off Brass on Monday seized six "
        "of its crew and fled in two skiffs.",
        "Pirates hijacked a Panama-flagged cargo ship off the coast of Puntland on Friday.",
        "The rebels are still holding the 19 crew of the seized freighter at the port.",
        # pupils carried off into the bush
        "Bandits stormed a boarding school in Katsina at night and dozens of pupils were "
        "taken into the forest.",
    ],
)
def test_crews_and_pupils_carried_off_are_abductions(text):
    assert _types(text)[:1] == ["Abduction/forced disappearance"]


def test_a_ship_s_flag_is_not_where_it_was():
    (event,) = _events(
        "Pirates hijacked a Liberia-flagged bulk carrier with 21 crew in the Gulf of Aden."
    )
    assert (event["location"] or {}).get("country") != "LR"


def test_mines_at_sea_and_fire_traded_across_a_line():
    assert _types(
        "A Greek-owned bulk carrier hit a sea mine off Odesa on Sunday, wounding a sailor."
    ) == ["Remote explosive/landmine/IED"]
    # (the rule's find: the sub-event classifier may call fire across the Line of Control
    # shelling, as its training texts mostly tell it)
    (event,) = _events(
        "Indian and Pakistani troops traded intense small-arms fire along the Line of "
        "Control in the Poonch sector overnight."
    )
    assert event["evidence"]["trigger"] == "traded intense small-arms fire"


def test_a_fleet_sent_and_bases_opened_are_strategic_moves():
    # "strike group": a carrier's fleet, no strike
    types = _types("Washington ordered the carrier USS Ford and its strike group to the region.")
    assert "Air/drone strike" not in types
    (event,) = _events("Iran dispatched two frigates to the Red Sea on Sunday, its navy said.")
    assert event["evidence"]["trigger"] == "dispatched two frigates"
    assert event["event_type"] == "Strategic developments"
    assert _types("The navy commissioned a new naval base on Great Nicobar island.") == [
        "Headquarters or base established"
    ]
    assert _types(
        "Indian and Chinese troops completed disengagement from Demchok on Friday, the army said."
    ) == ["Non-violent transfer of territory"]


def test_words_of_war_that_tell_no_event():
    # a resolution's demand is no ceasefire made
    assert "Agreement" not in _types(
        "The Security Council adopted a resolution demanding an immediate ceasefire in Sudan."
    )
    # a quake's dead, told by the ruling group's officials
    assert _types(
        "A 5.9 quake struck Paktika, Taliban officials say at least 200 killed in the villages."
    ) == []
    # a crowd gathered to fill cans at a tanker is no protest
    assert "Peaceful protest" not in _types(
        "A fuel tanker exploded in Akkar as villagers gathered to fill containers, killing 20."
    )
    # a smuggler arrested on smuggling charges is crime, not a political arrest
    assert "Arrests" not in _types(
        "Coast guards arrested a boat's captain off Kos, who faces charges of migrant smuggling."
    )


def test_a_rebel_commander_arrested_is_political_whatever_the_charge():
    (event,) = _events(
        "CIDG agents arrested an NPA commander in Bukidnon on Tuesday; he faces murder charges."
    )
    assert event["sub_event_type"] == "Arrests"
    assert event["actor1"] == "Police Forces of the Philippines"


def test_riot_agents_from_drones_and_a_group_s_court_and_levies():
    assert _types(
        "Russian troops dropped tear gas grenades from drones on Ukrainian trenches near "
        "Avdiivka, the brigade said."
    )[:1] == ["Chemical weapon"]
    assert _types("A Houthi court in Sanaa sentenced nine men to death for spying.") == ["Other"]
    assert _types(
        "FARC dissidents are charging shopkeepers in El Plateado a weekly 'vacuna', traders say."
    ) == ["Looting/property destruction"]


def test_a_group_s_claim_in_other_words_is_told_as_its_claim():
    (event,) = _events(
        "IS claims via its Amaq agency that its fighters killed six soldiers near Kolofata."
    )
    assert event["modality"] == "claimed"
    assert event["evidence"].get("told_as")
    (event,) = _events(
        "The Houthi spokesman said the group's naval forces had carried out the attack on a "
        "Greek tanker in the Red Sea."
    )
    assert event["evidence"].get("told_as")
