"""Territorial control: who holds which place, day by day, on the evidence of stored events.

Events of the sub-types in ``data/control_rules.yaml`` (Government regains territory,
Non-state actor overtakes territory, Non-violent transfer of territory, and, weakly,
Headquarters or base established) say that their actor1 holds their place from their date.
A place's timeline is the sequence of those claims, weighed: a report counts more than a
claim, and evidence of different holders close together in time leaves the place contested.

Places are GeoNames places (points). Events located only to a governorate or district
("22 villages in Aleppo province") are *area claims*: kept on a timeline of that admin
unit, shown as such, never counted as a point or given a population.

>>> from polemos.control import place_timelines, holdings_on   # doctest: +SKIP
>>> place_timelines(store, "Raqqa")                              # doctest: +SKIP
>>> holdings_on(store, "ISIS", "2017-06-01").population          # doctest: +SKIP
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from polemos.resources import load_yaml
from polemos.store.dates import date_bounds

if TYPE_CHECKING:
    from polemos.store import Store

CONTESTED = "(contested)"


@dataclass(frozen=True)
class ControlRules:
    sub_event_types: dict[str, float]
    modality_weights: dict[str, float]
    contest_window_days: int
    dominance: float


@lru_cache(maxsize=1)
def control_rules() -> ControlRules:
    """The shipped rules (``polemos/data/control_rules.yaml``), parsed once per process."""
    data = load_yaml("control_rules.yaml")
    return ControlRules(
        sub_event_types={k: float(v) for k, v in data["sub_event_types"].items()},
        modality_weights={k: float(v) for k, v in data["modality_weights"].items()},
        contest_window_days=int(data["contest_window_days"]),
        dominance=float(data["dominance"]),
    )


@dataclass
class Evidence:
    """One event that says who holds a place."""

    event_id: int | None
    date: str
    day: date  # first day of the event's date period
    actor: str
    sub_event_type: str
    modality: str
    weight: float
    sentences: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "date": self.date,
            "actor": self.actor,
            "sub_event_type": self.sub_event_type,
            "modality": self.modality,
            "weight": self.weight,
            "sentences": self.sentences,
        }


@dataclass
class Period:
    """A span of time over which one actor held a place, or nobody clearly did."""

    holder: str  # canonical actor, or CONTESTED
    start: str  # ISO date as precise as the evidence gave it
    start_day: date
    end: str | None = None  # the next period's start; None while it lasts
    end_day: date | None = None
    evidence: list[Evidence] = field(default_factory=list)
    # evidence of another holder that was outweighed (a claim against a report)
    disputed_by: list[Evidence] = field(default_factory=list)

    @property
    def contested(self) -> bool:
        return self.holder == CONTESTED

    def covers(self, day: date) -> bool:
        return self.start_day <= day and (self.end_day is None or day < self.end_day)

    def as_dict(self) -> dict[str, Any]:
        return {
            "holder": None if self.contested else self.holder,
            "contested": self.contested,
            "from": self.start,
            "until": self.end,
            "evidence": [e.as_dict() for e in self.evidence],
            "disputed_by": [e.as_dict() for e in self.disputed_by],
        }


@dataclass
class Timeline:
    """Who held one place (or, for an area claim, one admin unit) over time."""

    key: tuple[Any, ...]
    name: str
    kind: str  # "place" (a point) or "area" (an admin unit: claims about places within it)
    country: str | None
    admin1: str | None
    geonameid: int | None
    precision: str | None
    periods: list[Period] = field(default_factory=list)

    def period_on(self, day: date) -> Period | None:
        return next((p for p in self.periods if p.covers(day)), None)

    def holder_on(self, day: date | str) -> str | None:
        """The holder on ``day`` (CONTESTED when contested), or None before any evidence."""
        period = self.period_on(_day(day))
        return period.holder if period else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "place": self.name,
            "kind": self.kind,
            "country": self.country,
            "admin1": self.admin1,
            "geonameid": self.geonameid,
            "precision": self.precision,
            "periods": [p.as_dict() for p in self.periods],
        }


def _day(value: date | str) -> date:
    if isinstance(value, date):
        return value
    bounds = date_bounds(value)
    if bounds is None:
        raise ValueError(f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return bounds[0]


def _place_key(location: dict[str, Any]) -> tuple[tuple[Any, ...], str] | None:
    """The place an event's location is evidence for, and whether it is a point or an area."""
    precision = location.get("precision")
    if precision == "place":
        if location.get("geonameid") is not None:
            return ("place", int(location["geonameid"])), "place"
        if location.get("name"):
            return ("place", location.get("country"), location["name"].casefold()), "place"
        return None
    if precision in ("admin1", "admin2") and location.get("admin1"):
        unit = location.get("admin2") if precision == "admin2" else None
        return ("area", location.get("country"), location["admin1"], unit), "area"
    return None  # a whole country, or no place: no evidence about any one place


def evidence_of(event: dict[str, Any], rules: ControlRules | None = None) -> Evidence | None:
    """What an event says about control, or None if it says nothing (wrong type, no actor)."""
    rules = rules or control_rules()
    weight = rules.sub_event_types.get(event.get("sub_event_type") or "")
    bounds = date_bounds(event.get("date"))
    if weight is None or not event.get("actor1") or bounds is None:
        return None
    modality = event.get("modality") or "reported"
    weight *= rules.modality_weights.get(modality, 0.0)
    if weight <= 0:
        return None
    sentences = [s.get("sentence") or "" for s in event.get("sources") or []]
    if not sentences and (event.get("evidence") or {}).get("sentence"):
        sentences = [event["evidence"]["sentence"]]
    return Evidence(
        event.get("id"),
        event["date"],
        bounds[0],
        event["actor1"],
        event["sub_event_type"],
        modality,
        round(weight, 3),
        sentences,
    )


def _weigh(cluster: list[Evidence], rules: ControlRules) -> tuple[str, list[Evidence]]:
    """The holder a cluster of close-in-time evidence points to, and what it outweighed."""
    totals: dict[str, float] = defaultdict(float)
    for item in cluster:
        totals[item.actor] += item.weight
    ranked = sorted(totals.items(), key=lambda kv: -kv[1])
    if len(ranked) == 1:
        return ranked[0][0], []
    (top, top_weight), (_, second_weight) = ranked[0], ranked[1]
    if top_weight >= rules.dominance * second_weight:
        return top, [item for item in cluster if item.actor != top]
    return CONTESTED, []


def build_timeline(evidence: Iterable[Evidence], rules: ControlRules | None = None) -> list[Period]:
    """Periods of control from a place's evidence (any order).

    Evidence within ``contest_window_days`` of the first item of a group is weighed together
    (``_weigh``); consecutive groups naming the same holder extend one period.
    """
    rules = rules or control_rules()
    ordered = sorted(evidence, key=lambda e: (e.day, e.event_id or 0))
    periods: list[Period] = []
    index = 0
    while index < len(ordered):
        first = ordered[index]
        limit = first.day + timedelta(days=rules.contest_window_days)
        cluster = [first]
        index += 1
        while index < len(ordered) and ordered[index].day <= limit:
            cluster.append(ordered[index])
            index += 1
        holder, outweighed = _weigh(cluster, rules)
        supporting = [e for e in cluster if e.actor == holder or holder == CONTESTED]
        if periods and periods[-1].holder == holder:
            periods[-1].evidence.extend(supporting)
            periods[-1].disputed_by.extend(outweighed)
            continue
        # a contested place is contested from the first contradicting evidence on
        start = first if holder == CONTESTED else supporting[0]
        if periods:
            periods[-1].end, periods[-1].end_day = start.date, start.day
        periods.append(Period(holder, start.date, start.day, None, None, supporting, outweighed))
    return periods


def timelines(
    events: Iterable[dict[str, Any]], rules: ControlRules | None = None
) -> list[Timeline]:
    """Timelines of every place the events give control evidence for, points first."""
    rules = rules or control_rules()
    by_key: dict[tuple[Any, ...], Timeline] = {}
    evidence: dict[tuple[Any, ...], list[Evidence]] = defaultdict(list)
    for event in events:
        item = evidence_of(event, rules)
        location = event.get("location") or {}
        keyed = _place_key(location) if item else None
        if item is None or keyed is None:
            continue
        key, kind = keyed
        if key not in by_key:
            area = kind == "area"
            by_key[key] = Timeline(
                key=key,
                name=(location.get("admin2") or location.get("admin1"))
                if area
                else location["name"],
                kind=kind,
                country=location.get("country"),
                admin1=location.get("admin1"),
                geonameid=None if area else location.get("geonameid"),
                precision=location.get("precision"),
            )
        evidence[key].append(item)
    for key, timeline in by_key.items():
        timeline.periods = build_timeline(evidence[key], rules)
    return sorted(by_key.values(), key=lambda t: (t.kind != "place", t.name or "", t.key))


def canonical_actor(name: str) -> str:
    """A user's actor name as the store names it (ISIS -> Islamic State)."""
    from polemos.actors import knowledge

    return knowledge().canonical(name)


_ARTICLE = re.compile(r"^(?:al|ar|as|ad|an|at|az|ash|el|el|ul) ")


def _loose(name: str | None) -> str:
    """A name folded for matching a user's spelling: "Al-Tabqa" ~ "Tabqa", "Raqqah" ~ "Raqqa"."""
    text = " ".join(re.sub(r"[-'’`]", " ", (name or "").casefold()).split())
    text = _ARTICLE.sub("", text)
    return text[:-1] if text.endswith("h") and len(text) > 3 else text


def _gazetteer_names(place: str) -> tuple[set[int], set[str]]:
    """GeoNames ids and folded main names of the places the gazetteer calls ``place``."""
    try:
        from polemos.geo.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
        rows = gazetteer.lookup(place, loose=False)
    except (ImportError, OSError, ValueError):
        return set(), set()
    ids = {int(gazetteer.geonameid[row]) for row in rows if int(gazetteer.geonameid[row]) > 0}
    return ids, {_loose(gazetteer.name(row)) for row in rows}


def store_timelines(store: Store, until: date | str | None = None) -> list[Timeline]:
    """Timelines of every place with control evidence in the store."""
    rules = control_rules()
    return timelines(store.events_of_types(list(rules.sub_event_types), until=until), rules)


def place_timelines(store: Store, place: str) -> list[Timeline]:
    """Timelines of the place called ``place`` (any spelling the gazetteer knows, or a GeoNames
    id) and area claims about the admin units of that name, points first."""
    if place.strip().isdigit():
        ids, names = {int(place)}, set()
    else:
        ids, names = _gazetteer_names(place)
        names.add(_loose(place))
    return [
        timeline
        for timeline in store_timelines(store)
        if (timeline.geonameid is not None and timeline.geonameid in ids)
        or _loose(timeline.name) in names
    ]


@dataclass
class Holdings:
    """What one actor held on one day."""

    actor: str
    day: date
    places: list[Timeline]
    population: int
    areas: list[Timeline]  # admin units the actor claimed as areas: not counted as places
    contested: list[Timeline]  # places it had held, contested that day

    def as_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "date": self.day.isoformat(),
            "population": self.population,
            "places": [_held_place(t, self.day) for t in self.places],
            "area_claims": [_held_place(t, self.day) for t in self.areas],
            "contested": [t.name for t in self.contested],
        }


def _held_place(timeline: Timeline, day: date) -> dict[str, Any]:
    period = timeline.period_on(day)
    return {
        "place": timeline.name,
        "country": timeline.country,
        "admin1": timeline.admin1,
        "geonameid": timeline.geonameid,
        "since": period.start if period else None,
        "evidence": [e.event_id for e in period.evidence] if period else [],
    }


PopulationOf = Callable[[int], int]


def gazetteer_population(store: Store | None = None) -> PopulationOf:
    """Population of a GeoNames place from the gazetteer, else from the store's places table."""
    cache: dict[int, int] = {}

    def population(geonameid: int) -> int:
        if geonameid not in cache:
            value = 0
            try:
                from polemos.geo.gazetteer import load_gazetteer

                gazetteer = load_gazetteer()
                row = gazetteer.row_of_geonameid(geonameid)
                if row is not None:
                    value = int(gazetteer.place(row).population)
            except (ImportError, OSError, ValueError):
                value = 0
            if not value and store is not None:
                value = store.place_populations([geonameid]).get(geonameid, 0)
            cache[geonameid] = value
        return cache[geonameid]

    return population


def holdings(
    all_timelines: Sequence[Timeline], actor: str, day: date | str, population_of: PopulationOf
) -> Holdings:
    """The places ``actor`` (canonical name) held on ``day``, with their total population."""
    when = _day(day)
    places, areas, contested = [], [], []
    for timeline in all_timelines:
        period = timeline.period_on(when)
        if period is None:
            continue
        if period.holder == actor:
            (places if timeline.kind == "place" else areas).append(timeline)
        elif period.contested and any(e.actor == actor for e in period.evidence):
            contested.append(timeline)
    total = sum(population_of(t.geonameid) for t in places if t.geonameid is not None)
    return Holdings(actor, when, places, total, areas, contested)


def holdings_on(
    store: Store, actor: str, day: date | str, population_of: PopulationOf | None = None
) -> Holdings:
    """The places an actor (any alias: ISIS, Daesh) held on a day, with their population."""
    return holdings(
        store_timelines(store),
        canonical_actor(actor),
        day,
        population_of or gazetteer_population(store),
    )


STEPS = ("day", "week", "month", "quarter", "year")


def steps(start: date | str, end: date | str, step: str) -> list[date]:
    """The days from ``start`` to ``end`` (inclusive) at ``step`` (day, week, month, ...)."""
    if step not in STEPS:
        raise ValueError(f"step: expected one of {', '.join(STEPS)}, got {step!r}")
    first, last = _day(start), _day(end)
    if last < first:
        raise ValueError(f"--to {last} is before --from {first}")
    days, current = [], first
    while current <= last:
        days.append(current)
        if step == "day":
            current += timedelta(days=1)
        elif step == "week":
            current += timedelta(days=7)
        else:
            months = {"month": 1, "quarter": 3, "year": 12}[step]
            index = current.year * 12 + current.month - 1 + months
            current = date(index // 12, index % 12 + 1, 1)
    return days


def holdings_over_time(
    store: Store,
    start: date | str,
    end: date | str,
    step: str = "month",
    actors: Sequence[str] | None = None,
    population_of: PopulationOf | None = None,
) -> list[Holdings]:
    """What each actor (default: every actor that ever held a place) held at each step."""
    all_timelines = store_timelines(store)
    if actors:
        wanted = [canonical_actor(a) for a in actors]
    else:
        wanted = sorted({p.holder for t in all_timelines for p in t.periods if not p.contested})
    population_of = population_of or gazetteer_population(store)
    return [
        holdings(all_timelines, actor, day, population_of)
        for day in steps(start, end, step)
        for actor in wanted
    ]


def plot_holdings(rows: Sequence[Holdings], path: str) -> None:
    """Places and population held over time per actor, as a PNG (two stacked panels)."""
    import matplotlib

    matplotlib.use("Agg")  # files only: no display on servers and in CI
    import matplotlib.pyplot as plt

    by_actor: dict[str, list[Holdings]] = defaultdict(list)
    for row in rows:
        by_actor[row.actor].append(row)
    figure, (places_axis, people_axis) = plt.subplots(2, 1, sharex=True, figsize=(9, 6))
    for actor, series in sorted(by_actor.items()):
        days = [row.day for row in series]
        places_axis.step(days, [len(row.places) for row in series], where="post", label=actor)
        people_axis.step(days, [row.population for row in series], where="post", label=actor)
    places_axis.set_ylabel("places held")
    people_axis.set_ylabel("population of places held")
    places_axis.set_title("Territorial control by actor (polemos)")
    places_axis.legend(loc="upper left", fontsize="small")
    figure.autofmt_xdate()
    figure.tight_layout()
    figure.savefig(path, format="png", dpi=100)
    plt.close(figure)


__all__ = [
    "CONTESTED",
    "ControlRules",
    "Evidence",
    "Holdings",
    "Period",
    "Timeline",
    "build_timeline",
    "canonical_actor",
    "control_rules",
    "evidence_of",
    "gazetteer_population",
    "holdings",
    "holdings_on",
    "holdings_over_time",
    "place_timelines",
    "plot_holdings",
    "steps",
    "store_timelines",
    "timelines",
]
