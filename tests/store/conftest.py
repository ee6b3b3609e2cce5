"""Hand-made articles and events for the store's tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from polemos.article import Article, Event, Place, Toponym
from polemos.store import Store

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
TABQA = {**RAQQA, "name": "Tabqa", "latitude": 35.83544, "longitude": 38.54812, "geonameid": 163270}
MOSUL = {
    "name": "Mosul",
    "country": "IQ",
    "admin1": "Nineveh",
    "admin2": None,
    "latitude": 36.335,
    "longitude": 43.11889,
    "geonameid": 99072,
    "precision": "place",
}
HOSTILE_ACTOR = "Robert'); DROP TABLE events;--"


def _event(**fields: Any) -> Event:
    """An SDF-IS battle in Raqqa on 10 June 2017, with any field replaced."""
    values: dict[str, Any] = {
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Syrian Democratic Forces",
        "actor2": "Islamic State",
        "date": "2017-06-10",
        "date_precision": "day",
        "location": dict(RAQQA),
        "fatalities": {"low": 3, "best": 4, "high": 5, "text": "three to five fighters"},
        "counts": [{"kind": "fatalities", "value": 4, "qualifier": "range", "text": "3 to 5"}],
        "modality": "reported",
        "attribution": {"source": "SDF spokesman", "verb": "said"},
        "evidence": {"sentence": "The SDF fought IS in Raqqa.", "start": 0, "end": 27},
        "confidence": 0.9,
        "assoc_actor_1": None,
        "inter1": "rebel_group",
        "inter2": "rebel_group",
        "provenance": {"event_type": "trigger:fought"},
    }
    values.update(fields)
    return Event(**values)


def _article(text: str, events: list[Event], **fields: Any) -> Article:
    article = Article(text=text, **fields)
    article.events = events
    return article


@pytest.fixture
def make_event():
    return _event


@pytest.fixture
def make_article():
    return _article


@pytest.fixture
def make_toponym():
    return _toponym


@pytest.fixture
def store(tmp_path) -> Store:
    with Store(tmp_path / "test.duckdb") as opened:
        yield opened


@pytest.fixture
def filled(store: Store) -> Store:
    """Five events over three articles: Syria (day, month), Iraq (year), no place, hostile."""
    store.save_article(
        _article(
            "Fighting in Raqqa and an air strike near Tabqa.",
            [
                _event(),
                _event(
                    event_type="Explosions/Remote violence",
                    sub_event_type="Air/drone strike",
                    actor1="US-led coalition",
                    actor2=None,
                    date="2017-06",
                    date_precision="month",
                    location=dict(TABQA),
                    fatalities={"low": None, "best": None, "high": None, "text": None},
                    counts=[],
                    modality="claimed",
                    confidence=0.6,
                ),
            ],
            title="Raqqa",
            url="https://example.org/raqqa",
            published=date(2017, 6, 12),
            site="Example News",
        )
    )
    store.save_article(
        _article(
            "IS killed civilians in Mosul.",
            [
                _event(
                    event_type="Violence against civilians",
                    sub_event_type="Attack",
                    actor1="Islamic State",
                    actor2="Civilians (Iraq)",
                    date="2017",
                    date_precision="year",
                    location=dict(MOSUL),
                    modality="reported",
                    attribution=None,
                    confidence=0.4,
                )
            ],
            title="Mosul",
            url="https://example.org/mosul",
        )
    )
    store.save_article(
        _article(
            "A protest somewhere; and a group with a dangerous name.",
            [
                _event(
                    event_type="Protests",
                    sub_event_type="Peaceful protest",
                    actor1="Protesters (Syria)",
                    actor2=None,
                    date=None,
                    date_precision="vague",
                    location=None,
                    modality="reported",
                    confidence=0.7,
                ),
                _event(actor1=HOSTILE_ACTOR, actor2=None, confidence=0.5),
            ],
            title="Elsewhere",
        )
    )
    return store


def _toponym(location: dict[str, Any], population: int) -> Toponym:
    """A toponym resolved to the place a location dict describes."""
    return Toponym(
        start=0,
        end=len(location["name"]),
        text=location["name"],
        place=Place(**location, population=population),
    )
