"""An event dict as one level of named fields, for GeoJSON properties and Parquet columns."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from polemos.events.taxonomy import ucdp_type_of_violence
from polemos.store.countries import country as country_of
from polemos.store.dates import date_bounds

FLAT_FIELDS = (
    "id", "event_type", "sub_event_type", "actor1", "actor2", "assoc_actor_1", "inter1",
    "inter2", "type_of_violence", "date", "date_precision", "date_start", "date_end",
    "location_name", "country",
    "country_name", "admin1", "admin2", "latitude", "longitude", "geonameid",
    "location_precision", "fatalities_low", "fatalities_best", "fatalities_high",
    "fatalities_text", "counts", "modality", "attribution_source", "attribution_verb",
    "confidence", "evidence_sentence", "evidence_start", "evidence_end", "provenance", "sources",
)  # fmt: skip


def flat_event(event: dict[str, Any]) -> dict[str, Any]:
    """The fields of FLAT_FIELDS; ``counts``, ``provenance`` and ``sources`` stay nested."""
    location = event.get("location") or {}
    fatalities = event.get("fatalities") or {}
    attribution = event.get("attribution") or {}
    evidence = event.get("evidence") or {}
    bounds = date_bounds(event.get("date"))
    country = country_of(location.get("country"))
    return {
        "id": event.get("id"),
        "event_type": event.get("event_type"),
        "sub_event_type": event.get("sub_event_type"),
        "actor1": event.get("actor1"),
        "actor2": event.get("actor2"),
        "assoc_actor_1": event.get("assoc_actor_1"),
        "inter1": event.get("inter1"),
        "inter2": event.get("inter2"),
        # UCDP's category, for users who count violence as UCDP does
        "type_of_violence": ucdp_type_of_violence(event),
        "date": event.get("date"),
        "date_precision": event.get("date_precision"),
        "date_start": bounds[0] if bounds else None,
        "date_end": bounds[1] if bounds else None,
        "location_name": location.get("name"),
        "country": location.get("country"),
        "country_name": country.name if country else None,
        "admin1": location.get("admin1"),
        "admin2": location.get("admin2"),
        "latitude": finite(location.get("latitude")),
        "longitude": finite(location.get("longitude")),
        "geonameid": location.get("geonameid"),
        "location_precision": location.get("precision"),
        "fatalities_low": fatalities.get("low"),
        "fatalities_best": fatalities.get("best"),
        "fatalities_high": fatalities.get("high"),
        "fatalities_text": fatalities.get("text"),
        "counts": list(event.get("counts") or []),
        "modality": event.get("modality"),
        "attribution_source": attribution.get("source"),
        "attribution_verb": attribution.get("verb"),
        "confidence": finite(event.get("confidence")),
        "evidence_sentence": evidence.get("sentence"),
        "evidence_start": evidence.get("start"),
        "evidence_end": evidence.get("end"),
        "provenance": dict(event.get("provenance") or {}),
        "sources": [flat_source(source) for source in event.get("sources") or []],
    }


def flat_source(source: dict[str, Any]) -> dict[str, Any]:
    """One report of an event (a ``sources`` item of ``Store.events``) with nothing nested."""
    attribution = source.get("attribution") or {}
    fatalities = source.get("fatalities") or {}
    published = source.get("published")
    return {
        "article_id": source.get("article_id"),
        "url": source.get("url"),
        "title": source.get("title"),
        "published": published.isoformat() if isinstance(published, date) else published,
        "site": source.get("site"),
        "sentence": source.get("sentence"),
        "start": source.get("start"),
        "end": source.get("end"),
        "modality": source.get("modality"),
        "attribution_source": attribution.get("source"),
        "attribution_verb": attribution.get("verb"),
        "fatalities_low": fatalities.get("low"),
        "fatalities_best": fatalities.get("best"),
        "fatalities_high": fatalities.get("high"),
    }


def finite(value: Any) -> float | None:
    """A float, or None for missing, NaN and infinite values (JSON has no NaN)."""
    if value is None:
        return None
    number = float(value)
    return number if math.isfinite(number) else None
