"""ACLED's event types and sub-event types, with crosswalks to CASE 2021, PLOVER and CAMEO."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

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


# ACLED inter codes of state forces (1) and of foreign states' forces (8, "external")
_STATE_INTER = frozenset({"1", "8"})
_CIVILIAN_INTER = "7"
_STATE_PREFIXES = ("military forces of", "police forces of", "government of", "army of")
# unnamed attackers, and the civilians, protesters and rioters ACLED names by their role
_NOT_ARMED_GROUPS = ("Unidentified", "Civilians", "Protesters", "Rioters")
_NOT_ARMED_INTER = frozenset({"5", "6", _CIVILIAN_INTER})
_VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence"})


def _inter(event: Mapping[str, Any], role: str) -> str | None:
    code = event.get(f"inter{role}")
    return str(code).split(".")[0] if code not in (None, "") else None


def _is_state(event: Mapping[str, Any], role: str) -> bool:
    name = str(event.get(f"actor{role}") or "").casefold()
    return _inter(event, role) in _STATE_INTER or name.startswith(_STATE_PREFIXES)


def _is_named_armed_group(event: Mapping[str, Any], role: str) -> bool:
    name = str(event.get(f"actor{role}") or "")
    return (
        bool(name)
        and not name.startswith(_NOT_ARMED_GROUPS)
        and _inter(event, role) not in _NOT_ARMED_INTER
    )


def ucdp_type_of_violence(event: Mapping[str, Any]) -> int | None:
    """UCDP's type of violence of an ACLED-coded event (a record as ``Event.to_dict`` gives):
    1 state-based, 2 non-state, 3 one-sided; None for what UCDP does not count (protests,
    riots, strategic developments).

    UCDP codes a dyad, not a sentence. Violence against civilians by a named armed group is
    one-sided; civilians killed by a government's forces, or by attackers the text does not
    name, UCDP GED counts as the civilian deaths (deaths_civilians) of the war's state-based
    dyad, keeping one-sided violence for an organisation it can name. A government
    or a foreign state on either side makes it state-based, and so does an air strike: the
    armed groups of the conflicts UCDP covers have no air forces (ACLED codes an unattributed
    air strike to a state air force for the same reason). Two named non-state groups are
    non-state. Shells and bombs that kill civilians are fighting, not a deliberate killing
    of them: UCDP GED counts those deaths in the state-based dyad of the war, whoever fired
    (IS shelling that kills civilians in government-held Deir ez-Zor is government against
    IS). When a side is unknown UCDP still knows the dyad from the conflict; the text does
    not, and state-based is chosen as the category of most organised violence in UCDP GED.

    Two kinds of knowledge name the dyad better than the sentence (actors.yaml): a foreign
    force fighting as a secondary party counts in its ally's dyad (the US-led coalition's
    strikes in Syria are the SDF's war on the Islamic State), and a group whose war has one
    known enemy fights that enemy when the text names no other side, or only the civilians
    its shells or bombs hit; and where one war is a region's war for some years (actors.yaml:
    theatres, the SDF's war on the Islamic State in Raqqa and Hasakah), a side the text
    leaves unnamed is that war's."""
    event_type = event.get("event_type") or ""
    if event_type == "Violence against civilians":
        if _is_state(event, "1") or not _is_named_armed_group(event, "1"):
            return 1
        return 3
    if event_type not in _VIOLENT_TYPES:
        return None
    from polemos.actors import knowledge

    kb = knowledge()
    country = (event.get("location") or {}).get("country")
    sides = [_ucdp_party(event, role, kb, country) for role in ("1", "2")]
    # a secondary party stands in for its ally: its aircraft are the ally's air support
    backed = any(
        name != (event.get(f"actor{role}") or None)
        for (name, _), role in zip(sides, "12", strict=True)
    )
    # shells and bombs that hit civilians count in the war of whoever fired them
    remote = event_type == "Explosions/Remote violence"
    for mine, theirs in ((0, 1), (1, 0)):
        enemy = kb.adversary(sides[mine][0], country)
        other = sides[theirs][0]
        unnamed = other is None or (remote and kb.category_of(other) == "civilians")
        if unnamed and enemy is not None:
            sides[theirs] = (enemy, _party_kind(enemy, kb))
    theatre = kb.theatre(event.get("location"), event.get("date"))
    if theatre is not None and "state" not in {kind for _, kind in sides}:
        # where one war is the region's war, a side the text leaves unnamed is that war's
        named = [name for name, kind in sides if kind == "group"]
        for i, (_, kind) in enumerate(sides):
            if kind != "other":
                continue
            other = theatre.other_side(named[0]) if named else theatre.sides[i]
            if other is not None:
                sides[i] = (other, _party_kind(other, kb))
    kinds = {kind for _, kind in sides}
    if "state" in kinds:
        return 1
    if event.get("sub_event_type") == "Air/drone strike" and not backed:
        return 1
    if kinds == {"group"}:
        return 2
    return 1


def _ucdp_party(
    event: Mapping[str, Any], role: str, kb: Any, country: str | None
) -> tuple[str | None, str]:
    """The primary warring party on one side of an event, and its kind: "state", "group"
    (a named non-state armed group) or "other" (nobody, civilians, unnamed attackers)."""
    name = event.get(f"actor{role}") or None
    enemy = event.get("actor2" if role == "1" else "actor1") or None
    primary = kb.primary_party(name, country, enemy)
    if primary != name:
        return primary, _party_kind(primary, kb)
    if _is_state(event, role):
        return name, "state"
    return name, "group" if _is_named_armed_group(event, role) else "other"


def _party_kind(name: str, kb: Any) -> str:
    category = kb.category_of(name)
    if category in {"state_forces", "external"}:
        return "state"
    return "group" if category in _ARMED_GROUP_CATEGORIES else "other"


_ARMED_GROUP_CATEGORIES = frozenset({"rebel_group", "political_militia", "identity_militia"})
