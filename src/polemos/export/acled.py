"""An event dict as a row with ACLED's columns, for analysts who already read ACLED data."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

from polemos.store.countries import country as country_of
from polemos.store.dates import date_bounds

# ACLED's public column order (as in its exports and the acledR test data)
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip

# what polemos knows that ACLED's columns cannot hold
POLEMOS_COLUMNS = (
    "polemos_id", "date", "date_precision", "geonameid", "location_precision", "modality",
    "attribution_source", "attribution_verb", "confidence", "fatalities_low", "fatalities_high",
    "fatalities_text", "counts", "source_urls",
)  # fmt: skip

CSV_COLUMNS = ACLED_COLUMNS + POLEMOS_COLUMNS

# ACLED time_precision: 1 the day is known, 2 the week, 3 only the month or longer
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3, "vague": 3}
# ACLED geo_precision: 1 the town, 2 near it or a district, 3 only a region
_GEO_PRECISION = {"place": 1, "admin2": 2, "admin1": 3, "country": 3}
# ACLED inter codes from the actor categories the actors stage sets
_INTER_CODES = {
    "state forces": 1,
    "rebel group": 2,
    "rebel groups": 2,
    "rebel forces": 2,
    "political militia": 3,
    "political militias": 3,
    "militia": 3,
    "identity militia": 4,
    "identity militias": 4,
    "communal militia": 4,
    "rioters": 5,
    "protesters": 6,
    "protestors": 6,
    "civilians": 7,
    "external": 8,
    "external other": 8,
    "foreign": 8,
    "other": 8,
    "unidentified": 3,  # as the events stage codes unidentified armed groups
}


def inter_code(category: str | int | None) -> int | None:
    """ACLED inter code (1-8) of an actor category ("state_forces", "Rebel Forces", "2")."""
    if category is None or category == "":
        return None
    if isinstance(category, int):
        return category
    text = str(category).strip()
    try:
        return int(float(text))
    except ValueError:
        pass
    return _INTER_CODES.get(re.sub(r"[^a-z]+", " ", text.lower()).strip())


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str:
    """ACLED's disorder type of an event type."""
    kind = (event_type or "").lower()
    if kind == "protests":
        return "Demonstrations"
    if kind == "riots":
        mob = (sub_event_type or "").lower() == "mob violence"
        return "Political violence" if mob else "Demonstrations"
    if kind == "strategic developments":
        return "Strategic developments"
    if kind in ("battles", "explosions/remote violence", "violence against civilians"):
        return "Political violence"
    return ""


def acled_row(event: dict[str, Any], number: int, timestamp: int) -> dict[str, Any]:
    """The CSV row of an event dict; ``number`` stands in for the id of events not yet stored.

    Unknown fatalities are 0, as in ACLED; ``fatalities_low``/``_high`` stay empty then.
    """
    location = event.get("location") or {}
    fatalities = event.get("fatalities") or {}
    attribution = event.get("attribution") or {}
    evidence = event.get("evidence") or {}
    sources = event.get("sources") or []
    event_id = event.get("id") if event.get("id") is not None else number
    country = country_of(location.get("country"))
    bounds = date_bounds(event.get("date"))
    inter1 = inter_code(event.get("inter1"))
    inter2 = inter_code(event.get("inter2"))
    if event.get("actor2") is None and inter2 is None:
        inter2 = 0  # ACLED's code for "no second actor"
    interaction: int | str = ""
    if inter1 is not None and inter2 is not None:
        interaction = 10 * inter1 if inter2 == 0 else 10 * min(inter1, inter2) + max(inter1, inter2)
    disorder = disorder_type(event.get("event_type"), event.get("sub_event_type"))
    targets_civilians = disorder == "Political violence" and 7 in (inter1, inter2)
    sites = _unique(source.get("site") or _host(source.get("url")) for source in sources)
    urls = _unique(source.get("url") for source in sources)
    best = fatalities.get("best")
    return {
        "event_id_cnty": f"{country.iso3 if country else ''}{event_id}",
        "event_date": bounds[0].isoformat() if bounds else "",
        "year": bounds[0].year if bounds else "",
        "time_precision": _TIME_PRECISION.get(event.get("date_precision") or "", 3)
        if bounds
        else "",
        "disorder_type": disorder,
        "event_type": event.get("event_type"),
        "sub_event_type": event.get("sub_event_type"),
        "actor1": event.get("actor1"),
        "assoc_actor_1": event.get("assoc_actor_1"),
        "inter1": inter1,
        "actor2": event.get("actor2"),
        "assoc_actor_2": "",
        "inter2": inter2,
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if targets_civilians else "",
        "iso": country.isonumeric if country else "",
        "region": "",
        "country": country.name if country else location.get("country"),
        "admin1": location.get("admin1"),
        "admin2": location.get("admin2"),
        "admin3": "",
        "location": location.get("name"),
        "latitude": location.get("latitude"),
        "longitude": location.get("longitude"),
        "geo_precision": _GEO_PRECISION.get(location.get("precision") or "", ""),
        "source": "; ".join(sites),
        "source_scale": "",
        "notes": evidence.get("sentence"),
        "fatalities": best if best is not None else 0,
        "tags": "",
        "timestamp": timestamp,
        "polemos_id": event.get("id"),
        "date": event.get("date"),
        "date_precision": event.get("date_precision"),
        "geonameid": location.get("geonameid"),
        "location_precision": location.get("precision"),
        "modality": event.get("modality"),
        "attribution_source": attribution.get("source"),
        "attribution_verb": attribution.get("verb"),
        "confidence": event.get("confidence"),
        "fatalities_low": fatalities.get("low"),
        "fatalities_high": fatalities.get("high"),
        "fatalities_text": fatalities.get("text"),
        "counts": json.dumps(event.get("counts") or [], ensure_ascii=False),
        "source_urls": json.dumps(urls, ensure_ascii=False),
    }


def _host(url: str | None) -> str | None:
    return urlsplit(url).hostname if url else None


def _unique(values: Any) -> list[str]:
    return list(dict.fromkeys(value for value in values if value))
