"""Is a new report the same event as a stored one? Hard rules first, then a score."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from polemos.geo.distance import haversine_km
from polemos.merge.blocking import SPACE_LEVELS, TIME_LEVELS, levels_of
from polemos.merge.rules import MergeRules
from polemos.store.dates import date_bounds

# words that say nothing about which event a sentence tells of
_STOP_WORDS = frozenset(
    """a an the and or but of in on at to from by for with without into onto over under near
    as is are was were be been being has have had do does did it its this that these those
    they them their he she his her we our you your i said says say according also after
    before during while when where which who whom whose what than then there here some
    any all more most least at-least about around least killed least not no one two three
    four five six seven eight nine ten dozens hundreds least early late on-the yesterday
    today monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december""".split()
)
_WORD = re.compile(r"[a-z]+")


@dataclass
class Match:
    """A stored event a new report may be: its score and the parts that made it."""

    event_id: int
    score: float
    parts: dict[str, float] = field(default_factory=dict)

    def describe(self) -> str:
        parts = ", ".join(f"{name} {value:.2f}" for name, value in self.parts.items())
        return f"score {self.score:.2f} ({parts})"


def content_words(sentence: str | None) -> frozenset[str]:
    """The words of a sentence that can tell one event from another (lower case, no numbers)."""
    if not sentence:
        return frozenset()
    return frozenset(w for w in _WORD.findall(sentence.lower()) if w not in _STOP_WORDS)


def _trigrams(sentence: str | None) -> frozenset[str]:
    """Each content word's character trigrams, the word padded with a space either side.

    Word by word: joined into one string, the words' order was the frozenset's, which the
    string hash (PYTHONHASHSEED) sets, and the trigrams across two words made the same two
    reports merge in one run and not in the next.
    """
    trigrams: set[str] = set()
    for word in content_words(sentence):
        padded = f" {word} "
        trigrams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return frozenset(trigrams)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def text_similarity(a: str | None, b: str | None) -> float:
    """Half word Jaccard, half character-trigram Jaccard of two sentences' content words.

    Words reward the same nouns ("market", "convoy"); trigrams forgive inflection
    ("captured" / "capture", "Raqqa" / "Raqqah") that whole words miss.
    """
    return 0.5 * _jaccard(content_words(a), content_words(b)) + 0.5 * _jaccard(
        _trigrams(a), _trigrams(b)
    )


def targets_of(sentence: str | None, rules: MergeRules) -> frozenset[str]:
    """The targets (``data/merge_rules.yaml``: market, hospital, ...) a sentence names."""
    if not sentence:
        return frozenset()
    return frozenset(name for name, pattern in rules.targets.items() if pattern.search(sentence))


def _date_score(a: str, b: str, level: str, rules: MergeRules) -> float | None:
    if level == "day":
        gap = abs(date.fromisoformat(a).toordinal() - date.fromisoformat(b).toordinal())
        if gap > rules.date_window_days:
            return None
        return 1.0 - gap / (rules.date_window_days + 1)
    bounds_a, bounds_b = date_bounds(a), date_bounds(b)
    assert bounds_a is not None and bounds_b is not None  # levels_of checked both
    if bounds_a[0] > bounds_b[1] or bounds_b[0] > bounds_a[1]:
        return None
    return 0.5


def _same_unit(a: dict[str, Any], b: dict[str, Any], keys: tuple[str, ...]) -> bool:
    def norm(value: Any) -> str:
        return " ".join(str(value or "").casefold().split())

    return all(norm(a.get(k)) == norm(b.get(k)) and a.get(k) for k in keys)


def _place_score(
    a: dict[str, Any], b: dict[str, Any], level: str, rules: MergeRules
) -> float | None:
    if level == "place":
        if a.get("geonameid") is not None and a.get("geonameid") == b.get("geonameid"):
            return 1.0
        km = haversine_km(a["latitude"], a["longitude"], b["latitude"], b["longitude"])
        if km > rules.place_max_km:
            return None
        return 1.0 - km / rules.place_max_km
    if not _same_unit(a, b, ("country", "admin1") if level == "admin1" else ("country",)):
        return None
    return 0.5


def is_unknown(actor: str | None, rules: MergeRules) -> bool:
    """Not named, or named only as an unidentified group."""
    return actor is None or any(actor.startswith(prefix) for prefix in rules.unknown_actors)


def victims_second(
    actor1: str | None, actor2: str | None, rules: MergeRules
) -> tuple[str | None, str | None]:
    """Actors with a lone victim moved to the target's slot: victims are never the doer."""
    if actor1 and actor2 is None and any(actor1.startswith(v) for v in rules.victim_actors):
        return None, actor1
    return actor1, actor2


def _slot(a: str | None, b: str | None, rules: MergeRules) -> float | None:
    """1 for the same actor, 0.5 when either is unknown, None for two different actors."""
    if is_unknown(a, rules) or is_unknown(b, rules):
        return 0.5
    return 1.0 if a == b else None


def actor_alignment(
    new: dict[str, Any], stored: dict[str, Any], rules: MergeRules
) -> tuple[float, bool] | None:
    """(actor score, swapped) for the best way to line up the two events' actors, or None.

    Symmetric sub-types ("A clashed with B") may name the actors in either order; victims
    named alone are the target (``victims_second``). Otherwise roles must agree: who took
    the town, who struck whom, is what tells one event from another.
    """
    options: list[tuple[float, bool]] = []
    new1, new2 = victims_second(new.get("actor1"), new.get("actor2"), rules)
    old1, old2 = victims_second(stored.get("actor1"), stored.get("actor2"), rules)
    orders = [(False, new1, new2)]
    if {new.get("sub_event_type"), stored.get("sub_event_type")} & rules.symmetric_types:
        orders.append((True, new2, new1))
    for swapped, first, second in orders:
        one = _slot(first, old1, rules)
        two = _slot(second, old2, rules)
        if one is not None and two is not None:
            options.append(((one + two) / 2, swapped))
    if options:
        return max(options, key=lambda option: option[0])
    return None


def _toll_score(new: dict[str, Any], stored: dict[str, Any], rules: MergeRules) -> float:
    def best(event: dict[str, Any]) -> int | None:
        toll = event.get("fatalities") or {}
        for key in ("best", "low", "high"):
            if toll.get(key) is not None:
                return int(toll[key])
        return None

    a, b = best(new), best(stored)
    if a is None or b is None:
        return 0.5
    low, high = sorted((a, b))
    if high == 0 or high <= low * rules.toll_ratio:
        return 1.0
    return 0.0


def compare(
    new: dict[str, Any],
    stored: dict[str, Any],
    rules: MergeRules,
    stored_sentences: list[str] | None = None,
) -> Match | None:
    """How well ``new`` matches ``stored``; None when a hard rule keeps them apart.

    ``stored_sentences`` are the sentences of the stored event's reports (default: its own
    evidence sentence); the text score is the best over them.
    """
    if not rules.types_compatible(new.get("sub_event_type"), stored.get("sub_event_type")):
        return None
    levels_new, levels_stored = levels_of(new), levels_of(stored)
    if levels_new is None or levels_stored is None:
        return None
    space = SPACE_LEVELS[
        max(SPACE_LEVELS.index(levels_new[0]), SPACE_LEVELS.index(levels_stored[0]))
    ]
    when = TIME_LEVELS[max(TIME_LEVELS.index(levels_new[1]), TIME_LEVELS.index(levels_stored[1]))]
    date_part = _date_score(new["date"], stored["date"], when, rules)
    if date_part is None:
        return None
    place_part = _place_score(new["location"], stored["location"], space, rules)
    if place_part is None:
        return None
    actors = actor_alignment(new, stored, rules)
    if actors is None:
        return None
    sentence = (new.get("evidence") or {}).get("sentence")
    sentences = stored_sentences
    if sentences is None:
        sentences = [(stored.get("evidence") or {}).get("sentence") or ""]
    new_targets = targets_of(sentence, rules)
    if new_targets:
        stored_targets = frozenset().union(*(targets_of(s, rules) for s in sentences))
        # both name what was hit, and not the same thing: two strikes, not one
        if stored_targets and not new_targets & stored_targets:
            return None
    parts = {
        "date": date_part,
        "place": place_part,
        "actors": actors[0],
        "text": max((text_similarity(sentence, s) for s in sentences), default=0.0),
        "toll": _toll_score(new, stored, rules),
    }
    total = sum(rules.weights.values())
    score = sum(rules.weights[name] * value for name, value in parts.items()) / total
    return Match(
        int(stored.get("id") or 0), round(score, 4), {k: round(v, 3) for k, v in parts.items()}
    )
