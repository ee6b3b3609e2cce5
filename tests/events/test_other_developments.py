"""ACLED's "Other" strategic developments in news wording: a coup, a mass grave found, people
displaced (fifty-fifth session). Each sentence written
anew here; the words that tell these as background or of a disaster are no event."""

from __future__ import annotations

from typing import Any

import pytest
from event_extraction import events as extracted

PUBLISHED = "2023-08-20"


def events(text: str) -> list[dict[str, Any]]:
    return extracted(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers of the presidential guard seized power in Libreville overnight and "
        "announced on state television that the election results had been annulled.",
        "Mutinous troops staged a coup in the capital on Wednesday, detaining the president "
        "and suspending the constitution, state radio said.",
        "Forensic teams exhumed the remains of 46 people from a mass grave on the edge of "
        "Bucha, the regional prosecutor said on Friday.",
        "A mass grave containing at least 30 bodies was discovered near a former militia "
        "camp outside Mai-Ndombe, local officials said.",
        "More than 40,000 people fled their homes in Rutshuru territory on Sunday as the "
        "rebels advanced, the UN humanitarian office said.",
        "About 12,000 residents were displaced from villages around Kalehe, aid agencies said.",
        # an armed group's leader dead of no violence (fifty-sixth session)
        "The veteran commander of the Maniema militia died of a long illness in a Kindu "
        "hospital on Saturday, the group said.",
        "The founder of a Kachin armed group died of heart failure in Myitkyina on Monday, "
        "its spokesman said.",
    ],
)
def test_the_development_is_an_other_event(text: str) -> None:
    found = events(text)
    assert found, text
    assert found[0]["sub_event_type"] == "Other", (text, found[0])


def test_a_defection_is_a_change_to_the_group() -> None:
    # as ACLED's notes code it ("Change to armed group: ... defected to the People's ...")
    found = events("A colonel of the army's 5th division defected to the rebels with 30 of "
                   "his men and their vehicles, the group said on Tuesday.")
    assert found[0]["sub_event_type"] == "Change to group/activity", found[0]


def test_displaced_civilians_are_the_displacement_s_actor() -> None:
    found = events("More than 40,000 people have fled their homes in Rutshuru territory, "
                   "the UN humanitarian office said on Sunday.")
    assert found[0]["actor1"].startswith("Civilians"), found[0]
    assert found[0]["actor2"] is None


@pytest.mark.parametrize(
    "text",
    [
        # a coup as the time of the news: the news is the sanctions
        "Three weeks after the generals seized power, the European Union froze the assets "
        "of eleven officials.",
        # the winner of a contest, not a coup
        "Signing the striker was a coup for the club, its chairman said on Monday.",
        # the displaced summed over months: no one event (ACLED codes displacement by day)
        "Fighting in El Fasher has displaced more than 130,000 people since May, according "
        "to the International Organization for Migration.",
        # a war's sum
        "Fighting between the two sides has displaced more than 10 million people, according "
        "to the United Nations.",
        # a flood's displaced are no one's development
        "Thousands of people have fled their homes as floodwaters rose along the Shabelle "
        "river, the regional government said.",
        # a leader of no armed group
        "The town's long-time mayor died of cancer on Tuesday, the council said.",
        "The founder of the trucking company died of a heart attack at his home in Tulsa.",
    ],
)
def test_no_development_is_told(text: str) -> None:
    assert not [e for e in events(text) if e["sub_event_type"] == "Other"], text


def test_a_headline_s_curfew_is_a_change_to_activity() -> None:
    # ACLED's dev notes code a declared curfew as a security measure (change to activity)
    found = events("Curfew imposed in Bunia from 8 pm to 6 am until further notice")
    assert [e["sub_event_type"] for e in found] == ["Change to group/activity"]


@pytest.mark.parametrize(
    "text",
    [
        # the model reads taxes taken by force as "Other"; ACLED codes them as looting
        "A gang in Cite Soleil has been extorting 'taxes' from market women at the entrance "
        "of the Croix-des-Bossales market, traders said on Monday.",
        "Armed men demanded a 'protection levy' from fishermen landing their catch at "
        "Baga, a community leader said.",
        # the demand is the extortion, not a purpose (fifty-sixth session)
        "Bandits ordered farmers in Maru to pay a levy of two million naira before they "
        "could harvest their crops, residents said.",
    ],
)
def test_taxes_taken_by_force_are_looting(text: str) -> None:
    found = events(text)
    assert found and found[0]["sub_event_type"] == "Looting/property destruction", (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "The county council levied new taxes on holiday homes this year.",
        "The city began collecting tolls on the new bridge on Monday.",
        "The ministry ordered landlords to pay the new property tax by March.",
    ],
)
def test_a_state_s_taxes_are_no_extortion(text: str) -> None:
    assert events(text) == [], text
