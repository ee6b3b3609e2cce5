"""The WHERE and ORDER BY clauses of ``Store.events``: user values only ever become parameters."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from polemos.store.countries import find_country
from polemos.store.dates import date_bounds

ACLED_EVENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)

# shorthands people type for an ACLED event type, as type keys (see type_key)
_EVENT_TYPE_ALIASES = {
    "battle": "battles",
    "explosions": "explosions remote violence",
    "explosion": "explosions remote violence",
    "remote violence": "explosions remote violence",
    "violence against civilian": "violence against civilians",
    "protest": "protests",
    "riot": "riots",
    "strategic development": "strategic developments",
}

# SQL twin of type_key(): the two must agree for the comparison to mean anything
_SQL_TYPE_KEY = "trim(regexp_replace(lower({column}), '[^a-z0-9]+', ' ', 'g'))"

_ORDER_COLUMNS = {
    "date": "e.date_start",
    "confidence": "e.confidence",
    "fatalities": "e.fatalities_best",
    "country": "e.country",
    "event_type": "e.event_type",
    "created_at": "e.created_at",
    "id": "e.id",
}
ORDER_BY_CHOICES = tuple(sorted(_ORDER_COLUMNS)) + tuple(f"-{n}" for n in sorted(_ORDER_COLUMNS))


def type_key(name: str) -> str:
    """Compare-key of an event or sub-event type: ``Explosions/Remote violence`` ->
    ``explosions remote violence``, as is ``explosions_remote_violence``."""
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


def event_type_key(name: str) -> str:
    """Type key of an ACLED event type name or shorthand ("battles", "remote_violence")."""
    key = type_key(name)
    return _EVENT_TYPE_ALIASES.get(key, key)


def _period(value: str | date, name: str) -> tuple[date, date]:
    bounds = date_bounds(value)
    if bounds is None:
        raise ValueError(f"{name}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return bounds


def where_clause(
    *,
    actor: str | None = None,
    event_type: str | None = None,
    sub_event_type: str | None = None,
    country: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    modality: str | Sequence[str] | None = None,
    min_confidence: float | None = None,
    bbox: Sequence[float] | None = None,
    article_id: int | None = None,
) -> tuple[str, list[object]]:
    """SQL condition over ``events e`` and its parameters; raises ValueError on unusable filters."""
    conditions: list[str] = []
    params: list[object] = []
    if actor:
        # strpos, not LIKE: '%' and '_' in a name are letters, not wildcards
        conditions.append(
            "(strpos(lower(e.actor1), lower(?)) > 0 OR strpos(lower(e.actor2), lower(?)) > 0)"
        )
        params += [actor, actor]
    if event_type:
        conditions.append(_SQL_TYPE_KEY.format(column="e.event_type") + " = ?")
        params.append(event_type_key(event_type))
    if sub_event_type:
        conditions.append(_SQL_TYPE_KEY.format(column="e.sub_event_type") + " = ?")
        params.append(type_key(sub_event_type))
    if country:
        found = find_country(country)
        if found is None:
            raise ValueError(
                f"country: no country is called {country!r}; give an ISO code (SY, SYR) "
                "or an English name (Syria)"
            )
        conditions.append("e.country = ?")
        params.append(found.iso2)
    # a period matches when it overlaps [since, until]: "2017-06" is in since=2017-06-15
    if since is not None:
        conditions.append("e.date_end >= ?")
        params.append(_period(since, "since")[0])
    if until is not None:
        conditions.append("e.date_start <= ?")
        params.append(_period(until, "until")[1])
    if modality:
        modalities = [modality] if isinstance(modality, str) else list(modality)
        conditions.append("list_contains(?, lower(e.modality))")
        params.append([m.lower() for m in modalities])
    if min_confidence is not None:
        conditions.append("e.confidence >= ?")
        params.append(float(min_confidence))
    if bbox is not None:
        west, south, east, north = _bbox(bbox)
        conditions.append("e.latitude BETWEEN ? AND ?")
        params += [south, north]
        if west <= east:
            conditions.append("e.longitude BETWEEN ? AND ?")
            params += [west, east]
        else:  # the box crosses the antimeridian
            conditions.append("(e.longitude >= ? OR e.longitude <= ?)")
            params += [west, east]
    if article_id is not None:
        conditions.append("e.id IN (SELECT event_id FROM event_sources WHERE article_id = ?)")
        params.append(int(article_id))
    return (" AND ".join(conditions) or "TRUE"), params


def _bbox(bbox: Sequence[float]) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(v) for v in bbox)
    except (TypeError, ValueError) as exc:
        raise ValueError(
            f"bbox: expected (west, south, east, north) in degrees, got {bbox!r}"
        ) from exc
    if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
        raise ValueError(
            f"bbox: expected (west, south, east, north) with south <= north, got {bbox!r}"
        )
    return west, south, east, north


def order_clause(order_by: str) -> str:
    """ORDER BY for a whitelisted name ("date", "-confidence", ...); ties broken by id."""
    descending = order_by.startswith("-")
    column = _ORDER_COLUMNS.get(order_by.removeprefix("-"))
    if column is None:
        choices = ", ".join(ORDER_BY_CHOICES)
        raise ValueError(f"order_by: expected one of {choices}; got {order_by!r}")
    direction = "DESC" if descending else "ASC"
    if column == "e.id":
        return f"e.id {direction}"
    return f"{column} {direction} NULLS LAST, e.id {direction}"
