"""Event queries the web layer needs beyond ``Store.events``: admin1, counts, GeoJSON.

The store has no admin1 filter nor aggregates yet, so these are built here on
``Store.events``; they read every matching event, which is fine for stores of
tens of thousands of events and the first thing to move into SQL after that.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from polemos.resources import data_path
from polemos.store import Store
from polemos.store.dates import date_bounds

# how many events one /events page may hold, and /events.geojson at most
MAX_PAGE = 1000
MAX_FEATURES = 50_000

_ADMIN1_CODE = re.compile(r"^[A-Za-z]{2}\.[0-9A-Za-z]{1,8}$")


@dataclass
class EventFilters:
    """The filters of /events, /events.geojson and /stats, as the user gave them."""

    actor: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    country: str | None = None
    admin1: str | None = None
    since: str | None = None
    until: str | None = None
    modality: list[str] = field(default_factory=list)
    min_confidence: float | None = None
    bbox: tuple[float, float, float, float] | None = None

    def store_kwargs(self) -> dict[str, Any]:
        """Keyword arguments of ``Store.events`` (admin1 is filtered here, not there)."""
        actor = self.actor
        if actor:
            from polemos.actors import knowledge

            # "Daesh" and "ISIL" find the events coded with the canonical "Islamic State"
            actor = knowledge().canonical(actor)
        return {
            "actor": actor,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "country": self.country,
            "since": self.since,
            "until": self.until,
            "modality": self.modality or None,
            "min_confidence": self.min_confidence,
            "bbox": self.bbox,
        }


def parse_bbox(text: str | None) -> tuple[float, float, float, float] | None:
    """``"west,south,east,north"`` in degrees; ValueError naming the expected form."""
    if text is None or not text.strip():
        return None
    parts = text.split(",")
    try:
        if len(parts) != 4:
            raise ValueError
        west, south, east, north = (float(part) for part in parts)
    except ValueError:
        raise ValueError(
            f"bbox: expected four numbers 'west,south,east,north' in degrees, got {text!r}"
        ) from None
    return west, south, east, north


def parse_modality(values: Sequence[str] | None) -> list[str]:
    """``?modality=reported,claimed`` and ``?modality=reported&modality=claimed`` alike."""
    found: list[str] = []
    for value in values or []:
        found += [part.strip().lower() for part in value.split(",") if part.strip()]
    return found


@cache
def _admin1_codes() -> dict[tuple[str, str], str]:
    """(country ISO2, folded admin1 name) -> GeoNames admin1 code, from the shipped table."""
    codes: dict[tuple[str, str], str] = {}
    path = data_path("geo/admin1CodesASCII.txt")
    if not path.exists():
        return codes
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 3 or "." not in cols[0]:
                continue
            country = cols[0].split(".", 1)[0]
            for name in (cols[1], cols[2]):
                codes.setdefault((country, _fold(name)), cols[0])
    return codes


def _fold(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", name.casefold())


def admin1_code(country: str | None, admin1: str | None) -> str | None:
    """GeoNames admin1 code (``SY.04``) of an admin1 name as places carry it, or None."""
    if not country or not admin1:
        return None
    return _admin1_codes().get((country.upper(), _fold(admin1)))


def with_admin1_code(event: dict[str, Any]) -> dict[str, Any]:
    """The event with ``location.admin1_code`` filled in when the pipeline left it out.

    The page shades admin1-precision events by this code (Natural Earth's ``gn_a1_code``).
    """
    location = event.get("location")
    if isinstance(location, dict) and not location.get("admin1_code"):
        code = admin1_code(location.get("country"), location.get("admin1"))
        if code is not None:
            event = {**event, "location": {**location, "admin1_code": code}}
    return event


def _admin1_matches(event: dict[str, Any], wanted: str) -> bool:
    location = event.get("location") or {}
    if _ADMIN1_CODE.match(wanted):
        return (location.get("admin1_code") or "").upper() == wanted.upper()
    return _fold(location.get("admin1") or "") == _fold(wanted)


def find_events(
    store: Store,
    filters: EventFilters,
    *,
    limit: int,
    offset: int = 0,
    order_by: str = "date",
) -> tuple[list[dict[str, Any]], bool]:
    """One page of matching events and whether more follow; ValueError on a bad filter."""
    kwargs = filters.store_kwargs()
    if filters.admin1:
        matching = [
            event
            for event in map(with_admin1_code, store.events(order_by=order_by, **kwargs))
            if _admin1_matches(event, filters.admin1.strip())
        ]
        page = matching[offset : offset + limit + 1]
    else:
        # one more than asked tells whether a next page exists without counting them all
        page = [
            with_admin1_code(event)
            for event in store.events(limit=limit + 1, offset=offset, order_by=order_by, **kwargs)
        ]
    return page[:limit], len(page) > limit


def all_events(store: Store, filters: EventFilters, limit: int | None = None) -> list[dict]:
    """Every matching event (up to ``limit``), in date order."""
    events, _ = find_events(store, filters, limit=limit if limit is not None else 10**9)
    return events


def first_day(event: dict[str, Any]) -> date | None:
    """The first day of the period an event's date names (2017-06 -> 2017-06-01)."""
    bounds = date_bounds(event.get("date")) if isinstance(event.get("date"), str) else None
    return bounds[0] if bounds else None


def event_stats(events: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts by day, type, sub-type, actor, modality and country, and the fatalities summed.

    ``by_day`` counts events dated to the day; month- or year-dated events are in
    ``coarse_dates`` so that a timeline does not pretend to know their day.
    """
    by_day: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    by_sub_type: Counter[str] = Counter()
    by_actor: Counter[str] = Counter()
    by_modality: Counter[str] = Counter()
    by_country: Counter[str] = Counter()
    coarse = 0
    fatalities = 0
    for event in events:
        day = event.get("date")
        if isinstance(day, str) and len(day) == 10 and date_bounds(day) is not None:
            by_day[day] += 1
        else:
            coarse += 1
        by_type[event.get("event_type") or "unknown"] += 1
        by_sub_type[event.get("sub_event_type") or "unknown"] += 1
        by_modality[event.get("modality") or "unknown"] += 1
        by_country[(event.get("location") or {}).get("country") or "unknown"] += 1
        # an event counts once for an actor even when the actor is on both sides
        for actor in {event.get("actor1"), event.get("actor2")} - {None, ""}:
            by_actor[str(actor)] += 1
        best = (event.get("fatalities") or {}).get("best")
        if isinstance(best, int):
            fatalities += best
    return {
        "total": len(events),
        "fatalities": fatalities,
        "coarse_dates": coarse,
        "by_day": [{"day": day, "count": n} for day, n in sorted(by_day.items())],
        "by_type": _ranked(by_type),
        "by_sub_type": _ranked(by_sub_type),
        "by_actor": _ranked(by_actor),
        "by_modality": _ranked(by_modality),
        "by_country": _ranked(by_country),
    }


def _ranked(counter: Counter[str]) -> list[dict[str, Any]]:
    return [{"name": name, "count": n} for name, n in sorted(counter.items(), key=_by_count)]


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


def feature_collection(events: list[dict[str, Any]]) -> dict[str, Any]:
    """Events as a GeoJSON FeatureCollection of Points (``geometry: null`` without coordinates).

    Properties keep the nested shape of the JSON API (location, fatalities) minus the long
    fields (sources, provenance), which ``/events/{id}`` gives.
    """
    features = []
    for event in events:
        location = event.get("location") or {}
        latitude, longitude = location.get("latitude"), location.get("longitude")
        geometry = None
        if isinstance(latitude, int | float) and isinstance(longitude, int | float):
            geometry = {"type": "Point", "coordinates": [longitude, latitude]}
        properties = {k: v for k, v in event.items() if k not in ("sources", "provenance")}
        features.append(
            {
                "type": "Feature",
                "id": event.get("id"),
                "geometry": geometry,
                "properties": properties,
            }
        )
    return {"type": "FeatureCollection", "features": features}
