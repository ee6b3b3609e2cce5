"""The merge rules of ``data/merge_rules.yaml``, loaded once and checked."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from polemos.resources import load_yaml

SCORE_PARTS = ("date", "place", "actors", "text", "toll")


class MergeRulesError(ValueError):
    """The merge rules file is not usable; the message names the key."""


@dataclass(frozen=True)
class MergeRules:
    type_groups: dict[str, frozenset[str]]  # sub-event type -> the sub-types it may match
    symmetric_types: frozenset[str]
    date_window_days: int
    place_max_km: float
    grid_degrees: float
    unknown_actors: frozenset[str]  # name prefixes
    victim_actors: frozenset[str]  # name prefixes
    targets: dict[str, re.Pattern[str]]  # target -> pattern of the words that name it
    weights: dict[str, float]
    toll_ratio: float
    threshold: float

    def types_compatible(self, a: str | None, b: str | None) -> bool:
        if a == b:
            return True
        if a is None or b is None:
            return False
        return b in self.type_groups.get(a, frozenset())


def rules_from_dict(data: dict[str, Any]) -> MergeRules:
    """Rules from a parsed YAML mapping (the shipped file's shape); raises MergeRulesError."""
    try:
        groups: dict[str, set[str]] = {}
        for group in data.get("compatible_types", []):
            for name in group:
                groups.setdefault(name, set()).update(group)
        weights = {part: float(data["weights"].get(part, 0.0)) for part in SCORE_PARTS}
        if sum(weights.values()) <= 0:
            raise MergeRulesError("merge rules: weights must add up to more than 0")
        targets = {
            name: re.compile(
                r"\b(?:" + "|".join(re.escape(w) for w in words) + r")s?\b", re.IGNORECASE
            )
            for name, words in (data.get("targets") or {}).items()
        }
        rules = MergeRules(
            type_groups={name: frozenset(group) for name, group in groups.items()},
            symmetric_types=frozenset(data.get("symmetric_types", [])),
            date_window_days=int(data["date_window_days"]),
            place_max_km=float(data["place_max_km"]),
            grid_degrees=float(data["grid_degrees"]),
            unknown_actors=frozenset(data.get("unknown_actors", [])),
            victim_actors=frozenset(data.get("victim_actors", [])),
            targets=targets,
            weights=weights,
            toll_ratio=float(data["toll_ratio"]),
            threshold=float(data["threshold"]),
        )
    except KeyError as missing:
        raise MergeRulesError(f"merge rules: missing key {missing}") from None
    # the grid must hold every neighbour within place_max_km in the 3x3 cells around a point
    if rules.grid_degrees * 111.0 * 0.5 < rules.place_max_km:
        raise MergeRulesError(
            f"merge rules: grid_degrees {rules.grid_degrees} is too small for place_max_km "
            f"{rules.place_max_km} (needs >= place_max_km / 55.5)"
        )
    return rules


@lru_cache(maxsize=1)
def merge_rules() -> MergeRules:
    """The shipped rules (``polemos/data/merge_rules.yaml``), parsed once per process."""
    return rules_from_dict(load_yaml("merge_rules.yaml"))
