"""Wording of the news of the wars of Sudan, the Congo, Mozambique, Israel and Lebanon,
Afghanistan, Colombia and Haiti (fifty-fourth session, from written set 38). Each sentence
written anew here."""

from __future__ import annotations

from typing import Any

import pytest
from event_extraction import events as extracted

PUBLISHED = "2024-06-20"


def events(text: str) -> list[dict[str, Any]]:
    return extracted(text, PUBLISHED)


def first(text: str) -> tuple[str, str | None, str | None]:
    found = events(text)
    assert found, text
    return found[0]["sub_event_type"], found[0]["actor1"], found[0]["actor2"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the years are the insurgents' hold, told in a relative clause after the act
            "Government troops have retaken the town of Macomia from insurgents who had "
            "occupied it for three years, the army said on Monday.",
            "Government regains territory",
        ),
        (
            "The army took operational control of the border post at Adre on Tuesday after "
            "hours of fighting with RSF fighters, a military spokesman said.",
            "Government regains territory",
        ),
        (
            "By Sunday evening, government troops had driven the rebels out of the town of "
            "Kitshanga after two days of fighting, residents said.",
            "Government regains territory",
        ),
        (
            "Colombian troops captured alias \"El Flaco\", a commander of the ELN's eastern "
            "front, in a rural area of Tame, Arauca, the army said.",
            "Arrests",
        ),
        (
            "Burundi deploys 600 soldiers to South Kivu to back Congolese forces",
            "Change to group/activity",
        ),
        (
            "The rebels took over Kamanyola on Saturday after local chiefs negotiated the "
            "surrender of the town centre, residents said.",
            "Non-violent transfer of territory",
        ),
        (
            "Doctors in Omdurman said 15 people were treated for breathing problems after "
            "shells carrying a toxic substance landed in the Karari district.",
            "Chemical weapon",
        ),
        (
            "A ballistic missile fired from Yemen that was not intercepted slammed into a "
            "warehouse in Eilat, wounding three people, medics said.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_the_act_each_tells(text: str, expected: str) -> None:
    assert first(text)[0] == expected


def test_two_sides_after_a_headline_s_kicker_fight_each_other() -> None:
    sub, actor1, actor2 = first("HAITI: Police, gangs exchange fire for hours in Carrefour")
    assert sub == "Armed clash"
    assert {actor1, actor2} == {"Police Forces of Haiti", "Unidentified Gang (Haiti)"}


def test_a_state_that_deploys_troops_is_their_doer() -> None:
    assert first("Burundi deploys 600 soldiers to South Kivu to back Congolese forces")[1] == (
        "Military Forces of Burundi"
    )


@pytest.mark.parametrize(
    "text",
    [
        # sirens warn of a strike; they tell none
        "Air raid sirens sounded across Kharkiv for two hours overnight.",
        "An air raid alert was declared in Kyiv shortly after midnight.",
        # a disaster's dead, more than one landslide
        "Rescuers searched for survivors after two landslides killed at least 40 people in "
        "the Gofa zone, officials said.",
    ],
)
def test_no_event(text: str) -> None:
    assert events(text) == []


def test_people_driven_out_are_no_ground_taken() -> None:
    assert not any(
        e["sub_event_type"].endswith("territory")
        for e in events("The fighting has driven aid workers out of El Fasher, the UN said.")
    )


def test_the_side_that_runs_the_office_telling_a_disaster_s_toll_is_no_doer() -> None:
    # an accident's dead, told by an armed side's ministry: no one's act
    assert events(
        "Worshippers were leaving a mosque in Sanaa when the crush began; at least 40 people "
        "died, the Houthi-run interior ministry said."
    ) == []
    # the side's ministry tells the toll of another's act too
    (strike,) = events(
        "An Israeli airstrike killed seven people in Khan Younis, the Hamas-run health "
        "ministry said."
    )
    assert strike["actor1"] == "Military Forces of Israel"
