"""Hand-made event dicts for the merge tests: one SDF-IS clash in Raqqa, and ways to vary it.

A plain module, not a conftest: tests import its names, and conftest names clash across
folders."""

from __future__ import annotations

from typing import Any

RAQQA = {
    "name": "Raqqa",
    "country": "SY",
    "admin1": "Ar-Raqqah",
    "admin2": None,
    "latitude": 35.95283,
    "longitude": 39.00788,
    "geonameid": 163345,
    "precision": "place",
}
# 12 km east of Raqqa: "near Raqqa" in another report
NEAR_RAQQA = {**RAQQA, "name": "Hamrat", "longitude": 39.14, "geonameid": 1}
TABQA = {**RAQQA, "name": "Tabqa", "latitude": 35.83544, "longitude": 38.54812, "geonameid": 2}
RAQQA_PROVINCE = {
    **RAQQA,
    "name": "Ar-Raqqah",
    "latitude": 36.15,
    "longitude": 38.96,
    "geonameid": 172957,
    "precision": "admin1",
}


def make(**fields: Any) -> dict[str, Any]:
    """A reported SDF-IS clash in Raqqa on 10 June 2017, any field replaced."""
    event: dict[str, Any] = {
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Syrian Democratic Forces",
        "actor2": "Islamic State",
        "date": "2017-06-10",
        "date_precision": "day",
        "location": dict(RAQQA),
        "fatalities": {"low": 4, "best": 4, "high": 4, "text": "four fighters"},
        "counts": [],
        "modality": "reported",
        "attribution": None,
        "evidence": {
            "sentence": "SDF fighters clashed with Islamic State militants in Raqqa.",
            "start": 0,
            "end": 58,
        },
        "confidence": 0.8,
        "assoc_actor_1": None,
        "inter1": "2",
        "inter2": "2",
        "provenance": {},
    }
    event.update(fields)
    return event
