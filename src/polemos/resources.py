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


def lowercase_alternation(
    patterns: list[str], what: str, *, at_word_start: bool = False
) -> re.Pattern[str]:
    """One case-sensitive pattern matching any of ``patterns``, for text lowered first.

    Python's ``re`` runs a long alternation about three times faster without IGNORECASE;
    that needs lower-case patterns, so a pattern with a capital (which would never match
    lowered text) is refused, naming ``what`` the patterns are.

    ``at_word_start``: every pattern begins at the start of a word (``\\b`` then a letter,
    digit or group, after any lookbehinds), checked here. The alternation is then tried only
    where a word starts instead of at every character, which makes a search of 180 triggers
    about 3.5 times faster.
    """
    capitals = [p for p in patterns if re.search(r"(?<!\\)[A-Z]", p)]
    if capitals:
        raise ValueError(f"{what} patterns must be lower case: {capitals[0]!r}")
    alternation = "|".join(f"(?:{p})" for p in patterns)
    if not at_word_start:
        return re.compile(alternation)
    elsewhere = [p for p in patterns if not _WORD_START.match(p)]
    if elsewhere:
        raise ValueError(f"{what} patterns must begin at a word (\\b): {elsewhere[0]!r}")
    # ... and, where a word starts, only the patterns that begin with its first letter:
    # one lookahead per letter instead of every pattern (a search matches the same
    # texts; which pattern matches first may differ)
    by_letter: dict[str, list[str]] = {}
    for p in patterns:
        by_letter.setdefault(_first_letter(p), []).append(f"(?:{p})")
    branches = [
        f"(?={letter})(?:{'|'.join(alts)})" if letter else "|".join(alts)
        for letter, alts in sorted(by_letter.items(), key=lambda item: item[0] == "")
    ]
    return re.compile(rf"\b(?=\w)(?:{'|'.join(branches)})")


def _first_letter(pattern: str) -> str:
    """The letter or digit every match of ``pattern`` (validated by ``_WORD_START``)
    begins with, or "" when that is not plain: a group ("(?:air|drone)"), an optional
    letter ("s?hell"), or an alternation at the top level ("kill|slay")."""
    start = _WORD_START.match(pattern)
    assert start is not None
    first = pattern[start.end() - 1]
    if first == "(" or pattern[start.end() : start.end() + 1] in ("?", "*", "{"):
        return ""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return ""
        i += 1
    return first


# lookbehinds (which test before the start, not after it), then a word boundary before a
# letter, a digit or a group
_WORD_START = re.compile(r"(?:\(\?<[!=](?:[^()\\]|\\.)*\))*\\b[a-z0-9(]")
