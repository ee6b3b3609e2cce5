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
    # ... and, where a word starts, only the patterns that begin with its first two
    # characters: a lookahead per letter, then one per pair, instead of every pattern (a
    # search matches the same texts; which pattern matches first may differ). Filed by the
    # first letter alone the 440 triggers took 1.2 ms an article of the bench's news, by
    # the pair 0.5 ms
    # (a pattern that may begin with one of a few pairs is filed under each of them:
    # a lookahead per word start and pair is most of a search's time)
    by_letter: dict[str, dict[str, list[str]]] = {}
    for p in patterns:
        pairs = first_pairs(p)
        for pair in pairs or _first_letter(p) or first_letters(p) or [""]:
            # a pattern with no known pair stays under its letter, after the pairs
            by_letter.setdefault(pair[:1], {}).setdefault(pair if pairs else "", []).append(
                f"(?:{p})"
            )
    branches = [
        f"(?={letter})(?:{_led_by(by_pair)})" if letter else _led_by(by_pair)
        for letter, by_pair in sorted(by_letter.items(), key=lambda item: item[0] == "")
    ]
    return re.compile(rf"\b(?=\w)(?:{'|'.join(branches)})")


def _led_by(alternatives: dict[str, list[str]]) -> str:
    """An alternation of lists of patterns, each led by a lookahead for its key (none for
    the key "", tried last)."""
    return "|".join(
        f"(?={re.escape(lead)})(?:{'|'.join(alts)})" if lead else "|".join(alts)
        for lead, alts in sorted(alternatives.items(), key=lambda item: item[0] == "")
    )


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
        letters = _prefixes(parsed, _constants, 1)
        if (parsed.state.flags & ~flags) & re.IGNORECASE:  # capitals too, set by the pattern
            return ""
    except Exception:  # noqa: BLE001 - a pattern this cannot read is merely tried everywhere
        return ""
    if not letters or not all(c.isascii() and c.isalnum() for c in letters):
        return ""
    return "".join(sorted(letters))


def first_pairs(pattern: str) -> set[str]:
    """The pairs of characters any match of ``pattern`` begins with, when its groups and
    classes say which (letters, digits, a space, hyphen or apostrophe: "s?hell" -> "sh",
    "he"), else an empty set."""
    try:
        from re import _constants, _parser

        parsed = _parser.parse(pattern)
        pairs = _prefixes(parsed, _constants, 2)
        if parsed.state.flags & re.IGNORECASE:
            return set()
    except Exception:  # noqa: BLE001 - a pattern this cannot read is filed by its letter
        return set()
    if not pairs or any(len(p) < 2 or not all(c in _PAIR_CHARACTERS for c in p) for p in pairs):
        return set()
    return pairs


_PAIR_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 -'")


def led_by_first_letters(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled, opened with a lookahead for the letters its matches begin with
    when :func:`first_letters` can tell: the same matches, without trying every alternative
    at every character."""
    letters = first_letters(pattern, flags)
    return re.compile(f"(?=[{letters}])(?:{pattern})" if letters else pattern, flags)


def _prefixes(items: Any, sre: Any, k: int) -> set[str] | None:
    """The strings of ``k`` characters a match of parsed ``items`` may begin with (shorter
    where a match may end sooner), or None when that is not plain to see or too many.
    ``sre``: the module of the parser's opcodes."""
    found = {""}
    for op, arg in items:
        if all(len(p) >= k for p in found):
            break
        item = _item_prefixes(op, arg, sre, k)
        if item is None:
            return None
        found = {p if len(p) >= k else (p + q)[:k] for p in found for q in item}
        if len(found) > _MOST_PREFIXES:
            return None
    return found


# more prefixes than this and a pattern is not worth filing under each
_MOST_PREFIXES = 256


def _item_prefixes(op: Any, arg: Any, sre: Any, k: int) -> set[str] | None:
    if op is sre.LITERAL:
        return {chr(arg)}
    if op is sre.AT or op in (sre.ASSERT, sre.ASSERT_NOT):
        return {""}  # \b, lookbehinds and lookaheads match no character
    if op is sre.IN:
        found: set[str] = set()
        for kind, value in arg:
            if kind is sre.LITERAL:
                found.add(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] < 64:
                found.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None
        return found
    if op is sre.SUBPATTERN:
        return None if arg[1] or arg[2] else _prefixes(arg[3], sre, k)  # no inline flags
    if op is sre.BRANCH:
        found = set()
        for branch in arg[1]:
            alternative = _prefixes(branch, sre, k)
            if alternative is None:
                return None
            found |= alternative
        return found
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, most, repeated = arg
        once = _prefixes(repeated, sre, k)
        if once is None:
            return None
        found = {""} if least == 0 else set()
        times = {""}
        for n in range(1, min(most, k) + 1):  # more than k repeats begin as k do
            times = {(p + q)[:k] for p in times for q in once}
            if n >= least or n == k:
                found |= times
        return found
    return None


# lookbehinds (which test before the start, not after it), then a word boundary before a
# letter, a digit or a group
_WORD_START = re.compile(r"(?:\(\?<[!=](?:[^()\\]|\\.)*\))*\\b[a-z0-9(]")
