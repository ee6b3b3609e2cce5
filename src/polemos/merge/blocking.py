"""Block keys: which stored events can be the same event as a new one, found by index lookups.

Comparing a new report with every stored event grows with the store; instead every stored
event is filed under a few *block keys* and a new event looks up only the keys its matches
must have. A key names three things:

- the event's own precision in space and time (its *home* level: ``place.day``,
  ``admin1.month``, ...),
- a spatial value at some level at or above its home level (a 0.5-degree grid cell for
  points, else the governorate or country),
- a time value at some level at or above its home level (the day, the month or the year).

Two events are compared at the coarser of their two levels in each dimension (see
``merge_rules.yaml``), so a new event asks, for each possible home level of a stored event,
for the key at the level the pair would be compared at: for points the 3x3 grid cells
around it, for days the days within the date window. A stored event at ``place.day`` is
filed under up to 9 keys (3 spatial x 3 time levels); a new one looks up about 70. Each
lookup is an equality on an indexed column, so the cost per event stays flat as the store
grows (``bench/merge_bench.py``).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date
from typing import Any

from polemos.merge.rules import MergeRules
from polemos.store.dates import date_bounds

# districts are compared as their governorate (merge_rules.yaml: places rarely carry one)
SPACE_LEVELS = ("place", "admin1", "country")
TIME_LEVELS = ("day", "month", "year")


def time_level(value: str | None) -> str | None:
    """``day``, ``month`` or ``year`` from the shape of an ISO date; None if it is no date."""
    if not value or date_bounds(value) is None:  # "2017-02-30" is no date
        return None
    parts = value.strip().split("-")
    if len(parts) == 3:
        return "day"
    return {2: "month", 1: "year"}.get(len(parts))


def space_level(location: dict[str, Any] | None) -> str | None:
    """The finest level a location can be compared at; None when it has no country."""
    if not location or not location.get("country"):
        return None
    precision = location.get("precision")
    has_point = location.get("latitude") is not None and location.get("longitude") is not None
    if precision == "place" and has_point:
        return "place"
    if precision in ("place", "admin2", "admin1") and location.get("admin1"):
        return "admin1"
    return "country"


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def space_value(location: dict[str, Any], level: str, rules: MergeRules) -> str | None:
    """The location's value at ``level``: a grid cell, or the folded unit names."""
    country = location.get("country")
    if level == "place":
        lat, lon = location.get("latitude"), location.get("longitude")
        if lat is None or lon is None:
            return None
        return f"{math.floor(lat / rules.grid_degrees)}:{math.floor(lon / rules.grid_degrees)}"
    if level == "admin1":
        return f"{country}/{_fold(location['admin1'])}" if location.get("admin1") else None
    return country


def time_value(value: str, level: str) -> str:
    """The date at ``level``: the day's ordinal, ``YYYY-MM`` or ``YYYY``."""
    if level == "day":
        return str(date.fromisoformat(value).toordinal())
    return value[:7] if level == "month" else value[:4]


def _coarser(a: str, b: str, levels: tuple[str, ...]) -> str:
    return levels[max(levels.index(a), levels.index(b))]


def _key(home_space: str, home_time: str, space: str, sv: str, tm: str, tv: str) -> str:
    return f"{home_space}.{home_time}|{space}={sv}|{tm}={tv}"


def levels_of(event: dict[str, Any]) -> tuple[str, str] | None:
    """(space level, time level) of an event, or None when it cannot be merged."""
    space = space_level(event.get("location"))
    when = time_level(event.get("date"))
    if space is None or when is None:
        return None
    return space, when


def stored_keys(event: dict[str, Any], rules: MergeRules) -> list[str]:
    """The keys a stored event is filed under: its home level, at every level above it."""
    levels = levels_of(event)
    if levels is None:
        return []
    home_space, home_time = levels
    location, value = event["location"], event["date"]
    keys = []
    for space in SPACE_LEVELS[SPACE_LEVELS.index(home_space) :]:
        sv = space_value(location, space, rules)
        if sv is None:
            continue
        for tm in TIME_LEVELS[TIME_LEVELS.index(home_time) :]:
            keys.append(_key(home_space, home_time, space, sv, tm, time_value(value, tm)))
    return keys


def _cells_around(location: dict[str, Any], rules: MergeRules) -> Iterator[str]:
    i = math.floor(location["latitude"] / rules.grid_degrees)
    j = math.floor(location["longitude"] / rules.grid_degrees)
    for di in (-1, 0, 1):
        for dj in (-1, 0, 1):
            yield f"{i + di}:{j + dj}"


def query_keys(event: dict[str, Any], rules: MergeRules) -> list[str]:
    """The keys under which every stored event that may match ``event`` is filed."""
    levels = levels_of(event)
    if levels is None:
        return []
    own_space, own_time = levels
    location, value = event["location"], event["date"]
    keys: list[str] = []
    for home_space in SPACE_LEVELS:
        space = _coarser(own_space, home_space, SPACE_LEVELS)
        if space == "place":
            space_values = list(_cells_around(location, rules))
        else:
            sv = space_value(location, space, rules)
            if sv is None:
                continue
            space_values = [sv]
        for home_time in TIME_LEVELS:
            tm = _coarser(own_time, home_time, TIME_LEVELS)
            if tm == "day":
                day = date.fromisoformat(value).toordinal()
                window = rules.date_window_days
                time_values = [str(d) for d in range(day - window, day + window + 1)]
            else:
                time_values = [time_value(value, tm)]
            keys.extend(
                _key(home_space, home_time, space, sv, tm, tv)
                for sv in space_values
                for tv in time_values
            )
    return keys
