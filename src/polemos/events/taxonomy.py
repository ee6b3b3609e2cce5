"""ACLED's event types and sub-event types, with crosswalks to CASE 2021, PLOVER and CAMEO."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from polemos.resources import data_path


@dataclass(frozen=True)
class SubEventType:
    event_type: str
    sub_event_type: str
    case2021_label: str
    plover: str
    plover_mode: str
    cameo: str
    definition: str


@lru_cache(maxsize=1)
def sub_event_types() -> dict[str, SubEventType]:
    """Sub-event type name -> its entry, in ACLED's order."""
    with open(data_path("acled_taxonomy.csv"), encoding="utf-8", newline="") as handle:
        return {row["sub_event_type"]: SubEventType(**row) for row in csv.DictReader(handle)}


def event_type_of(sub_event_type: str) -> str:
    return sub_event_types()[sub_event_type].event_type


def event_types() -> list[str]:
    return list(dict.fromkeys(entry.event_type for entry in sub_event_types().values()))


def by_case_label(label: str) -> SubEventType | None:
    """The ACLED sub-event type of a CASE 2021 label (``AIR_STRIKE``); None for other labels."""
    for entry in sub_event_types().values():
        if entry.case2021_label == label:
            return entry
    return None


# UCDP's type of violence from ACLED's categories: state-based (1), non-state (2), one-sided (3)
def ucdp_type_of_violence(
    event_type: str, actor1_category: str, actor2_category: str
) -> int | None:
    if event_type in {"Protests", "Riots", "Strategic developments"}:
        return None
    if event_type == "Violence against civilians" or actor2_category == "civilians":
        return 3
    if "state_forces" in {actor1_category, actor2_category} or "external" in {
        actor1_category,
        actor2_category,
    }:
        return 1
    return 2
