"""People named by their faith or community, and gatherings for worship (fifty-third
session). Each sentence written anew here."""

from __future__ import annotations

from typing import Any

import pytest
from event_extraction import events as extracted

PUBLISHED = "2024-06-12"


def events(text: str) -> list[dict[str, Any]]:
    return extracted(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("ISIS fighters massacred hundreds of Yazidis in Sinjar on Monday.", 100),
        ("Militants killed dozens of Hazaras in Quetta on Monday.", 12),
        ("Gunmen killed 9 Christians in Plateau State on Monday.", 9),
    ],
)
def test_people_named_by_their_faith_or_community_are_a_toll_of_civilians(
    text: str, toll: int
) -> None:
    (event,) = events(text)
    assert event["sub_event_type"] == "Attack"
    assert event["actor2"].startswith("Civilians")
    assert event["fatalities"]["best"] == toll


@pytest.mark.parametrize(
    "text",
    [
        "Christians gathered for Easter mass in Lahore.",
        "Hundreds of worshippers gathered in Srinagar for Friday prayers.",
    ],
)
def test_a_gathering_for_worship_is_no_protest(text: str) -> None:
    assert events(text) == []


def test_a_gathering_for_a_rally_is_still_a_protest() -> None:
    (event,) = events("Thousands gathered for a rally against the government in Lahore.")
    assert event["sub_event_type"] == "Peaceful protest"
