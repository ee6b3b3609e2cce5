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
