"""Acceptance: the real news page of June 2017 (../shared/examples/raqqa-2017.txt).

The events a human reader finds in it, with their fields; nothing from the
sign-up boilerplate or the speculative sentences.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

import polemos

ISIS = "Islamic State"


@pytest.fixture(scope="module")
def result(raqqa_page: Path) -> dict[str, Any]:
    return polemos.extract(raqqa_page.read_text(encoding="utf-8"), published="2017-06-12")


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def find(events: list[dict[str, Any]], words: str) -> dict[str, Any]:
    matches = [e for e in events if words in e["evidence"]["sentence"]]
    assert matches, f"no event from the sentence with {words!r}"
    return matches[0]


def test_sdf_offensive_on_raqqa(result: dict[str, Any]) -> None:
    event = find(result["events"], "began an offensive")
    assert event["event_type"] == "Battles"
    assert event["actor1"] == "Syrian Democratic Forces" and event["actor2"] == ISIS
    location = event["location"]
    assert location["country"] == "SY" and location["precision"] == "place"
    assert km(location["latitude"], location["longitude"], 35.95, 39.01) < 25
    assert location["admin1"] in {"Ar-Raqqah", "Ar Raqqah", "Raqqa"}


def test_historical_capture_of_raqqa(result: dict[str, Any]) -> None:
    event = find(result["events"], "seized by ISIS")
    assert event["sub_event_type"] == "Non-state actor overtakes territory"
    assert event["actor1"] == ISIS
    assert event["modality"] == "historical"
    assert (event["date"], event["date_precision"]) == ("2014-01", "month")


def test_us_air_strikes_with_counts_and_attribution(result: dict[str, Any]) -> None:
    event = find(result["events"], "24 strikes")
    assert event["sub_event_type"] == "Air/drone strike"
    assert event["actor2"] == ISIS
    counts = {c["kind"]: c["value"] for c in event["counts"]}
    assert counts == {
        "strikes": 24,
        "tactical_units_engaged": 18,
        "boats_destroyed": 19,
        "fighting_positions_destroyed": 12,
        "vehicles_destroyed": 8,
    }
    assert event["attribution"]["source"] == "Military Forces of the United States"
    assert event["attribution"]["verb"] == "stated"
    assert event["attribution"]["channel"] == "press release"


def test_government_retakes_maskanah(result: dict[str, Any]) -> None:
    event = find(result["events"], "Maskanah")
    assert event["sub_event_type"] == "Government regains territory"
    assert event["actor1"] == "Military Forces of Syria" and event["actor2"] == ISIS
    assert event["location"]["name"] == "Maskanah"
    assert event["location"]["admin1"] == "Aleppo"


def test_saa_claim_of_villages_and_toll(result: dict[str, Any]) -> None:
    event = find(result["events"], "22 villages")
    assert event["modality"] == "claimed"
    assert event["attribution"]["source"] == "Military Forces of Syria"
    assert event["fatalities"]["low"] in {1200, 1201}
    assert event["fatalities"]["high"] is None
    assert event["location"]["precision"] == "admin1"
    assert event["location"]["name"] == "Aleppo" and event["location"]["country"] == "SY"
    assert {"kind": "villages_taken", "value": 22} in [
        {"kind": c["kind"], "value": c["value"]} for c in event["counts"]
    ]


def test_mosul_offensive_and_killing_of_civilians(result: dict[str, Any]) -> None:
    battle = find(result["events"], "offensive against Mosul")
    assert battle["event_type"] == "Battles" and battle["actor2"] == ISIS
    assert battle["location"]["name"] == "Mosul"
    assert battle["location"]["country"] == "IQ" and battle["location"]["admin1"] == "Nineveh"
    killing = find(result["events"], "slaughtering civilians")
    assert killing["event_type"] == "Violence against civilians"
    assert killing["actor1"] == ISIS and killing["actor2"] == "Civilians (Iraq)"
    assert killing["location"]["name"] == "Mosul"
    assert killing["fatalities"]["text"] == "civilians by the hundreds"
    assert killing["fatalities"]["qualifier"] == "vague"


def test_nothing_from_speculation_or_boilerplate(result: dict[str, Any]) -> None:
    sentences = " ".join(e["evidence"]["sentence"] for e in result["events"])
    for words in (
        "will be shot",
        "will likely soon be overrun",
        "retaken by the Syrians",
        "These crucial strikes",
        "Sign up",
        "Subscribe",
        "consenting",
    ):
        assert words not in sentences


def test_every_event_has_the_stable_keys(result: dict[str, Any]) -> None:
    keys = {
        "event_type",
        "sub_event_type",
        "actor1",
        "actor2",
        "date",
        "date_precision",
        "location",
        "fatalities",
        "counts",
        "modality",
        "attribution",
        "evidence",
        "confidence",
    }
    for event in result["events"]:
        assert keys <= set(event)
        assert set(event["fatalities"]) >= {"low", "best", "high", "text"}
        assert set(event["evidence"]) >= {"sentence", "start", "end"}
        text = result["article"]["text"]
        assert (
            text[event["evidence"]["start"] : event["evidence"]["end"]]
            == event["evidence"]["sentence"]
        )
