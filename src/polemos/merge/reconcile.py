"""One event from its reports: which report's field wins, and how tolls combine.

The stored event is always recomputed from all of its reports (each source row keeps its
report's own event), so merging a report in and splitting it back out (``unmerge``) are the
same operation: reconcile the reports that remain.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from polemos.merge.blocking import SPACE_LEVELS, TIME_LEVELS, space_level, time_level
from polemos.merge.match import actor_alignment, is_unknown, victims_second
from polemos.merge.rules import MergeRules, merge_rules

T = TypeVar("T")

# an independent report of a fact outweighs a party's claim; a fact told as past history is
# still the reporter's own statement, so it ranks between the two
MODALITY_RANK = {"reported": 0, "historical": 1, "claimed": 2}


def _most_common(values: Sequence[T]) -> T:
    """The value reported most often; on a tie the one reported first."""
    counts = Counter(values)
    top = max(counts.values())
    return next(value for value in values if counts[value] == top)


def _first(reports: Sequence[dict[str, Any]], get: Callable[[dict[str, Any]], Any]) -> Any:
    return next((get(r) for r in reports if get(r) is not None), None)


def _aligned(reports: Sequence[dict[str, Any]], rules: MergeRules) -> list[dict[str, Any]]:
    """Reports with actors swapped where that lines them up with the first report."""
    out = []
    for report in reports:
        actor1, actor2 = victims_second(report.get("actor1"), report.get("actor2"), rules)
        if (actor1, actor2) != (report.get("actor1"), report.get("actor2")):
            report = {
                **report,
                "actor1": actor1,
                "actor2": actor2,
                "inter1": None,
                "inter2": report.get("inter1"),
            }
        out.append(report)
    first = out[0]
    for index, report in enumerate(out[1:], start=1):
        alignment = actor_alignment(report, first, rules)
        if alignment is not None and alignment[1]:
            out[index] = {
                **report,
                "actor1": report.get("actor2"),
                "actor2": report.get("actor1"),
                "inter1": report.get("inter2"),
                "inter2": report.get("inter1"),
            }
    return out


def _actor(
    reports: Sequence[dict[str, Any]], slot: str, rules: MergeRules
) -> tuple[str | None, str | None]:
    """The actor most reports name in a slot (known actors before unknown), with its code."""
    named = [r[slot] for r in reports if not is_unknown(r.get(slot), rules)]
    unknown = [r[slot] for r in reports if r.get(slot)]
    chosen = _most_common(named) if named else (_most_common(unknown) if unknown else None)
    inter_key = "inter1" if slot == "actor1" else "inter2"
    inter = _first([r for r in reports if r.get(slot) == chosen], lambda r: r.get(inter_key))
    return chosen, inter


def _toll(reports: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """low = min of lows, high = max of highs, best = the most reported best, else the median."""
    tolls = [r.get("fatalities") or {} for r in reports]
    lows = [t["low"] for t in tolls if t.get("low") is not None]
    highs = [t["high"] for t in tolls if t.get("high") is not None]
    bests = [t["best"] for t in tolls if t.get("best") is not None]
    best = None
    if bests:
        counts = Counter(bests)
        top = max(counts.values())
        modes = [value for value, count in counts.items() if count == top]
        # one figure most reports agree on beats the median of scattered figures
        best = modes[0] if top > 1 and len(modes) == 1 else int(statistics.median_low(bests))
    merged: dict[str, Any] = {
        "low": min(lows) if lows else None,
        "best": best,
        "high": max(highs) if highs else None,
    }
    # the words of the report whose figure was kept
    source = next((t for t in tolls if best is not None and t.get("best") == best), None)
    source = source or next((t for t in tolls if t.get("text")), tolls[0] if tolls else {})
    for key, value in source.items():
        if key not in merged:
            merged[key] = value
    merged.setdefault("text", None)
    return merged


def _claimants(reports: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[tuple[Any, Any], dict[str, Any]] = {}
    for report in reports:
        said = report.get("attribution")
        if said and said.get("source"):
            key = (said.get("source"), said.get("verb"))
            seen.setdefault(key, {k: v for k, v in said.items() if k != "claimants"})
    return list(seen.values())


def _counts(reports: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each kind of count once, as the first report that gave it said it."""
    merged: dict[str, dict[str, Any]] = {}
    for report in reports:
        for count in report.get("counts") or []:
            merged.setdefault(count.get("kind", ""), count)
    return list(merged.values())


def reconcile(reports: Sequence[dict[str, Any]], rules: MergeRules | None = None) -> dict[str, Any]:
    """The event the reports (event dicts, oldest first) tell of together.

    One report gives itself back unchanged. Otherwise: the sub-type and actors most reports
    give; the finest date and place (most reported among the finest); fatalities low = min
    of lows, high = max of highs, best = most reported or median; modality ``reported`` if
    any report is (a party's claim yields to an independent report); attribution the first
    report's, with every claimant under ``claimants``; confidence the highest.
    """
    if not reports:
        raise ValueError("reconcile: an event needs at least one report")
    if len(reports) == 1:
        return dict(reports[0])
    rules = rules or merge_rules()
    reports = _aligned(reports, rules)
    event: dict[str, Any] = dict(reports[0])

    sub_type = _most_common([r.get("sub_event_type") for r in reports])
    event["sub_event_type"] = sub_type
    event["event_type"] = _first(
        [r for r in reports if r.get("sub_event_type") == sub_type], lambda r: r.get("event_type")
    )
    event["actor1"], event["inter1"] = _actor(reports, "actor1", rules)
    event["actor2"], event["inter2"] = _actor(reports, "actor2", rules)
    event["assoc_actor_1"] = _first(reports, lambda r: r.get("assoc_actor_1"))

    dated = [r for r in reports if time_level(r.get("date"))]
    if dated:
        finest = min(TIME_LEVELS.index(time_level(r["date"]) or "year") for r in dated)
        values = [
            r["date"] for r in dated if TIME_LEVELS.index(time_level(r["date"]) or "") == finest
        ]
        event["date"] = _most_common(values)
        event["date_precision"] = next(
            r.get("date_precision") for r in dated if r["date"] == event["date"]
        )

    placed = [r for r in reports if space_level(r.get("location"))]
    if placed:
        finest = min(SPACE_LEVELS.index(space_level(r["location"]) or "country") for r in placed)
        candidates = [
            r["location"]
            for r in placed
            if SPACE_LEVELS.index(space_level(r["location"]) or "country") == finest
        ]
        key = _most_common([(c.get("geonameid"), c.get("name")) for c in candidates])
        event["location"] = next(
            c for c in candidates if (c.get("geonameid"), c.get("name")) == key
        )

    event["fatalities"] = _toll(reports)
    event["counts"] = _counts(reports)
    modalities = [r.get("modality") for r in reports]
    event["modality"] = min(modalities, key=lambda m: MODALITY_RANK.get(m or "", 9))

    claimants = _claimants(reports)
    first_said = _first(reports, lambda r: r.get("attribution"))
    if first_said is not None:
        event["attribution"] = {
            **{k: v for k, v in first_said.items() if k != "claimants"},
            "claimants": claimants,
        }
    confidences = [r["confidence"] for r in reports if r.get("confidence") is not None]
    event["confidence"] = max(confidences) if confidences else None
    event["provenance"] = {
        **(reports[0].get("provenance") or {}),
        "merge": f"{len(reports)} reports: sub-type, actors, date and place most reported at "
        "the finest precision; toll low=min, high=max, best=most reported or median",
    }
    return event
