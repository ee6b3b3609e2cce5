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
    # (a pattern that may begin with one of a few letters is filed under each of them:
    # a lookahead per word start and letter is most of a search's time)
    by_letter: dict[str, list[str]] = {}
    for p in patterns:
        for letter in _first_letter(p) or first_letters(p) or [""]:
            by_letter.setdefault(letter, []).append(f"(?:{p})")
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


def first_letters(pattern: str, flags: int = 0) -> str:
    """The letters and digits any match of ``pattern`` begins with, when its groups and
    classes say which ("(?:air|drone)" -> "ad", "(?:fighter )?jets?" -> "fj"), else ""
    (a number, a class of other characters, anything else). Said before a search's
    alternatives in a lookahead, they spare trying every alternative at every character."""
    # a fifth of the patterns of triggers.yaml begin with a group, and a pattern with no
    # first letter is tried at every word: they took most of a search's time
    try:
        from re import _constants, _parser  # the stdlib's own reading of a pattern

        parsed = _parser.parse(pattern, flags)
        letters = _first_characters(parsed, _constants)
        if (parsed.state.flags & ~flags) & re.IGNORECASE:  # capitals too, set by the pattern
            return ""
    except Exception:  # noqa: BLE001 - a pattern this cannot read is merely tried everywhere
        return ""
    if not letters or not all(c.isascii() and c.isalnum() for c in letters):
        return ""
    return "".join(sorted(letters))


def led_by_first_letters(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled, opened with a lookahead for the letters its matches begin with
    when :func:`first_letters` can tell: the same matches, without trying every alternative
    at every character."""
    letters = first_letters(pattern, flags)
    return re.compile(f"(?=[{letters}])(?:{pattern})" if letters else pattern, flags)


def _first_characters(items: Any, sre: Any) -> set[str] | None:
    """The characters a match of parsed ``items`` begins with, or None when that is not
    plain to see. ``sre``: the module of the parser's opcodes."""
    repeats = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
    optional: set[str] = set()  # the first characters of optional items on the way
    for op, arg in items:
        if op is sre.AT or op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # \b, lookbehinds and lookaheads match no character
        if op in repeats and arg[0] == 0:
            first = _first_characters(arg[2], sre)  # "(?:fighter )?jets?"
            if first is None:
                return None
            optional |= first
            continue
        if op is sre.LITERAL:
            return optional | {chr(arg)}
        if op is sre.IN:
            found = set(optional)
            for kind, value in arg:
                if kind is sre.LITERAL:
                    found.add(chr(value))
                elif kind is sre.RANGE and value[1] - value[0] < 64:
                    found.update(chr(c) for c in range(value[0], value[1] + 1))
                else:
                    return None
            return found
        if op is sre.SUBPATTERN and not arg[1] and not arg[2]:  # no inline flags
            first = _first_characters(arg[3], sre)
        elif op is sre.BRANCH:
            first = set()
            for branch in arg[1]:
                alternative = _first_characters(branch, sre)
                if alternative is None:
                    return None
                first |= alternative
        elif op in repeats:
            first = _first_characters(arg[2], sre)
        else:
            return None
        return None if first is None else optional | first
    return None


# lookbehinds (which test before the start, not after it), then a word boundary before a
# letter, a digit or a group
_WORD_START = re.compile(r"(?:\(\?<[!=](?:[^()\\]|\\.)*\))*\\b[a-z0-9(]")
