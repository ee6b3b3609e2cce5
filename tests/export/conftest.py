"""Events to export: as the store returns them and as the pipeline makes them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from polemos.article import Article, Event
from polemos.store import Store

# text a CSV or JSON writer must not let out of its cell: quotes, separators, line breaks,
# a spreadsheet formula, a NUL, right-to-left script, a Unicode line separator
HOSTILE = 'He said "stop", then;\r\nleft,\n=HYPERLINK("x")\x00 الرقة\u2028end'


def battle(**fields: Any) -> Event:
    values: dict[str, Any] = {
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Syrian Democratic Forces",
        "actor2": "Islamic State",
        "date": "2017-06-10",
        "date_precision": "day",
        "location": {
            "name": "Raqqa",
            "country": "SY",
            "admin1": "Ar-Raqqah",
            "admin2": None,
            "latitude": 35.95283,
            "longitude": 39.00788,
            "geonameid": 163345,
            "precision": "place",
        },
        "fatalities": {"low": 3, "best": 4, "high": 5, "text": "three to five fighters"},
        "counts": [{"kind": "vehicles_destroyed", "value": 2, "qualifier": "exact", "text": "2"}],
        "modality": "claimed",
        "attribution": {"source": "SDF spokesman", "verb": "said"},
        "evidence": {"sentence": "The SDF said it fought IS in Raqqa.", "start": 0, "end": 35},
        "confidence": 0.9,
        "inter1": "rebel_group",
        "inter2": "rebel_group",
        "provenance": {"event_type": "trigger:fought"},
    }
    values.update(fields)
    return Event(**values)


def pipeline_events() -> list[Event]:
    """A located battle, a month-dated strike on civilians, and an unplaced hostile protest."""
    return [
        battle(),
        battle(
            event_type="Violence against civilians",
            sub_event_type="Attack",
            actor1="Islamic State",
            actor2="Civilians (Syria)",
            date="2017-06",
            date_precision="month",
            fatalities={"low": None, "best": None, "high": None, "text": None},
            counts=[],
            attribution=None,
            inter1="rebel_group",
            inter2="civilians",
        ),
        battle(
            event_type="Protests",
            sub_event_type="Peaceful protest",
            actor1=HOSTILE,
            actor2=None,
            date=None,
            date_precision="vague",
            location=None,
            evidence={"sentence": HOSTILE, "start": 5, "end": 50},
            inter1="protesters",
            inter2=None,
        ),
    ]


@pytest.fixture
def events() -> list[dict[str, Any]]:
    """Event dicts straight from the pipeline: no id, no sources."""
    return [event.to_dict() for event in pipeline_events()]


@pytest.fixture
def stored_events(tmp_path) -> list[dict[str, Any]]:
    """The same events read back from a store, with ids and sources."""
    article = Article(
        text="Fighting in Raqqa.",
        title="Raqqa",
        url="https://example.org/raqqa",
        published=date(2017, 6, 12),
        site="Example News",
    )
    article.events = pipeline_events()
    with Store(tmp_path / "export.duckdb") as store:
        store.save_article(article)
        return store.events(order_by="id")


@pytest.fixture
def hostile() -> str:
    return HOSTILE
