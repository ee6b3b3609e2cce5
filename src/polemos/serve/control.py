"""The web layer's side of territorial control, which ``polemos.control`` computes.

It uses ``polemos.control``'s timelines (``store_timelines(store)``,
``place_timelines(store, place)``, ``Timeline.period_on(day)``) and turns the period
covering the asked day into one flat record per place for the API and the map. Builds
without ``polemos.control`` answer 501.
"""

from __future__ import annotations

import importlib
from datetime import date
from types import ModuleType
from typing import Any

from polemos.serve.queries import admin1_code
from polemos.store import Store

CONTROL_MODULE = "polemos.control"
_NEEDED = ("store_timelines", "place_timelines", "canonical_actor")


class ControlUnavailable(Exception):
    """``polemos.control`` is not in this build, or lacks the functions this layer calls."""


def _control_module() -> ModuleType:
    try:
        module = importlib.import_module(CONTROL_MODULE)
    except ImportError as error:
        # only a missing polemos.control means "not built"; a broken one is a real error
        if error.name not in (CONTROL_MODULE, None):
            raise
        raise ControlUnavailable(
            f"territorial control is not available in this build: {CONTROL_MODULE} is not installed"
        ) from None
    missing = [name for name in _NEEDED if not callable(getattr(module, name, None))]
    if missing:
        raise ControlUnavailable(
            f"territorial control is not available: {CONTROL_MODULE} lacks {', '.join(missing)}"
        )
    return module


def control_available() -> bool:
    """Whether ``/control`` can answer (the page disables its control view if not)."""
    try:
        _control_module()
    except ControlUnavailable:
        return False
    return True


def control_at(
    store: Store, on: date, *, place: str | None = None, actor: str | None = None
) -> list[dict[str, Any]]:
    """Who held which place on ``on``, one record per place with evidence that day.

    ``place`` is a name (any spelling the gazetteer knows) or a GeoNames id; ``actor`` any
    alias. Raises ControlUnavailable, or ValueError on unusable input.
    """
    control = _control_module()
    place = place.strip() if place else None
    lines = control.place_timelines(store, place) if place else control.store_timelines(store)
    wanted = control.canonical_actor(actor) if actor else None
    points = {p["geonameid"]: p for p in store.places()}
    held = []
    for timeline in lines:
        period = timeline.period_on(on)
        if period is None:
            continue
        holder = None if period.contested else period.holder
        if wanted is not None and holder != wanted:
            continue
        point = points.get(timeline.geonameid, {}) if timeline.geonameid is not None else {}
        held.append(
            {
                "name": timeline.name,
                "kind": timeline.kind,  # "place" (a point) or "area" (an admin unit)
                "country": timeline.country,
                "admin1": timeline.admin1,
                "admin1_code": admin1_code(timeline.country, timeline.admin1),
                "geonameid": timeline.geonameid,
                "precision": timeline.precision,
                "latitude": point.get("latitude"),
                "longitude": point.get("longitude"),
                "actor": holder,
                "contested": period.contested,
                "since": period.start,
                "until": period.end,
                "evidence": [e.event_id for e in period.evidence],
            }
        )
    return held
