"""News that is not about political violence, in the words of violence: a game ("struck
twice", "ran riot"), a trial ("was attacked ..., the court heard"), a labour strike, fire
crews "fighting" a blaze. None of it is an ACLED event (a strike is a protest)."""

from __future__ import annotations

from pathlib import Path

import pytest

import polemos

NEWS = Path(__file__).parent / "other_news"


@pytest.mark.parametrize(
    ("name", "published", "expected"),
    [
        ("football", "2024-04-24", []),
        ("court", "2024-05-27", []),
        # "began a three-day strike", "joined the walkout and rallied": workers protesting
        ("business", "2024-07-08", ["Peaceful protest"]),
    ],
)
def test_other_news_tells_no_violence(name: str, published: str, expected: list[str]) -> None:
    found = polemos.extract((NEWS / f"{name}.txt").read_text(), published=published)
    assert [e["sub_event_type"] for e in found["events"]] == expected


def test_a_bombing_at_a_game_is_still_an_event() -> None:
    found = polemos.extract(
        "Suicide bomber kills 12 fans at football match in Somalia\n\n"
        "MOGADISHU, March 3 (Reuters) - A suicide bomber killed 12 football fans watching a "
        "Premier League match on television at a cafe in Mogadishu on Saturday, police said. "
        "The match went to half-time before the blast, and the striker's goal had just been "
        "shown, witnesses said.",
        published="2024-03-03",
    )
    assert [e["sub_event_type"] for e in found["events"]] == ["Suicide bomb"]


def test_fire_crews_fighting_a_blaze_are_no_clash() -> None:
    found = polemos.extract(
        "Firefighters were fighting two apartment fires overnight in Winnipeg.",
        published="2024-03-03",
    )
    assert found["events"] == []


@pytest.mark.parametrize(
    "text",
    [
        "These tariffs that have targeted China confirm that the administration intends to "
        "bypass the WTO.",
        "The second half captures all the excitement of a Rod Stewart concert in London.",
        "The two inmates and their female accomplice have been captured in Chattanooga, the "
        "sheriff's office said.",
        "Many of these land disputes have been fought in the courts.",
        "The company said it would capture methane gas burned at drilling sites in Texas.",
        # a mine's firedamp, a household gas bottle: accidents (fifty-sixth session)
        "A methane explosion in a coal mine near Boyaca killed seven miners on Friday, the "
        "mining agency said.",
        "A gas cylinder blew up in a kitchen in Hama's al-Hader district, killing two "
        "children, civil defence workers said, adding there was no sign of an attack.",
    ],
)
def test_the_words_of_violence_said_of_other_things_are_no_event(text: str) -> None:
    assert polemos.extract(text, published="2018-04-05")["events"] == []


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a UCDP headline names no side: clashes are fighting all the same
        ("Continued clashes in Menbej countryside", "Armed clash"),
        # ground taken though no name is given to it
        (
            "Around 18 January 2022, the FPAC took control of several localities along the "
            "river in Ituri. Clashes were not reported.",
            None,
        ),
    ],
)
def test_the_words_of_violence_said_of_war_are_still_events(
    text: str, sub_event_type: str | None
) -> None:
    found = polemos.extract(text, published="2018-04-05")["events"]
    assert found
    if sub_event_type:
        assert found[0]["sub_event_type"] == sub_event_type
