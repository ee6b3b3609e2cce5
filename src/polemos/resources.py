"""Access to the knowledge files shipped in ``polemos/data`` (actors, triggers, rules)."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml


def data_path(name: str) -> Path:
    return Path(str(files("polemos") / "data" / name))


@cache
def load_yaml(name: str) -> Any:
    with open(data_path(name), encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def lowercase_alternation(patterns: list[str], what: str) -> re.Pattern[str]:
    """One case-sensitive pattern matching any of ``patterns``, for text lowered first.

    Python's ``re`` runs a long alternation about three times faster without IGNORECASE;
    that needs lower-case patterns, so a pattern with a capital (which would never match
    lowered text) is refused, naming ``what`` the patterns are.
    """
    capitals = [p for p in patterns if re.search(r"(?<!\\)[A-Z]", p)]
    if capitals:
        raise ValueError(f"{what} patterns must be lower case: {capitals[0]!r}")
    return re.compile("|".join(f"(?:{p})" for p in patterns))
