"""Where an evidence sentence names the event's actors, place, numbers, date and trigger.

The page marks these spans; it gets offsets, not HTML, so article text is never markup.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

_QUOTED = re.compile(r"'([^']+)'")
_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions dozen dozens score scores"
).split()
_NUMBER = re.compile(
    r"(?<![\w.])\d[\d,.]*(?:\s+(?:hundred|thousand|million))?(?!\w)"
    r"|\b(?:tens\s+of\s+thousands|" + "|".join(_NUMBER_WORDS) + r")\b",
    re.IGNORECASE,
)
# the generic word a sentence uses for actors ACLED names by category
_CATEGORY_WORDS = {
    "Civilians": ("civilians", "civilian", "residents", "children", "people"),
    "Protesters": ("protesters", "demonstrators"),
    "Rioters": ("rioters",),
    "Military Forces of": ("army", "troops", "soldiers", "forces", "military"),
    "Police Forces of": ("police", "policemen"),
}

# when spans overlap, the earlier kind in this order wins
KINDS = ("actor", "place", "number", "date", "trigger")


@cache
def _aliases_by_actor() -> dict[str, tuple[str, ...]]:
    from polemos.actors import knowledge

    found: dict[str, list[str]] = {}
    for alias, canonical in knowledge().aliases.items():
        found.setdefault(canonical, []).append(alias)
    return {canonical: tuple(aliases) for canonical, aliases in found.items()}


def _actor_terms(actor: str) -> list[str]:
    return [actor, *_aliases_by_actor().get(actor, ())]


def _category_words(actor: str) -> list[str]:
    return [
        w for prefix, words in _CATEGORY_WORDS.items() if actor.startswith(prefix) for w in words
    ]


def _quoted(provenance: Any, key: str) -> list[str]:
    """The words a rule quoted: "toponym in sentence: 'Raqqa'" -> ["Raqqa"]."""
    if not isinstance(provenance, dict) or not isinstance(provenance.get(key), str):
        return []
    return _QUOTED.findall(provenance[key])


def _find(sentence: str, term: str) -> list[tuple[int, int]]:
    term = term.strip()
    if len(term) < 2:
        return []
    pattern = r"(?<!\w)" + re.escape(term) + r"(?!\w)"
    return [match.span() for match in re.finditer(pattern, sentence, re.IGNORECASE)]


def highlights(
    sentence: str | None,
    event: dict[str, Any],
    trigger: str | None = None,
    trigger_start: int | None = None,
) -> list:
    """Non-overlapping ``{start, end, kind}`` spans of ``sentence``, in order.

    ``kind`` is one of :data:`KINDS`; offsets are Python string indices (code points).
    ``trigger`` and ``trigger_start``: a report's own trigger and its offset in
    ``sentence`` (default: the event's evidence, when ``sentence`` is its sentence).
    """
    if not sentence:
        return []
    terms: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for key in ("actor1", "actor2", "assoc_actor_1"):
        if isinstance(event.get(key), str):
            terms["actor"] += _actor_terms(event[key])
    location = event.get("location") or {}
    terms["place"] += [location.get("name") or "", *_quoted(event.get("provenance"), "location")]
    fatalities = event.get("fatalities") or {}
    terms["number"] += [fatalities.get("text") or ""]
    terms["number"] += [count.get("text") or "" for count in event.get("counts") or []]
    terms["date"] += _quoted(event.get("provenance"), "date")
    evidence = event.get("evidence") or {}
    if trigger is None and sentence == evidence.get("sentence"):
        trigger, trigger_start = evidence.get("trigger"), evidence.get("trigger_start")
    said = trigger or evidence.get("trigger") or ""
    at = trigger_start if trigger is not None else None
    # the trigger where the rules found it, not every time the word recurs ("After an
    # attack on Monday, gunmen launched an attack ..."); its words anywhere when the
    # offset is unknown (events stored before it was kept)
    exact = isinstance(at, int) and bool(said) and sentence[at : at + len(said)] == said
    if not exact:
        terms["trigger"] += [said]

    # tier 0: the words the extractors used; tier 1: generic words ("troops", any number),
    # which only fill what the specific ones leave: "five soldiers" is a toll, not an actor
    spans: list[tuple[int, int, int, str]] = []
    if exact:
        spans.append((0, at, at + len(said), "trigger"))
    for kind in KINDS:
        for term in terms[kind]:
            spans += [(0, start, end, kind) for start, end in _find(sentence, term)]
    for key in ("actor1", "actor2"):
        for word in _category_words(event.get(key) or ""):
            spans += [(1, start, end, "actor") for start, end in _find(sentence, word)]
    spans += [(1, *match.span(), "number") for match in _NUMBER.finditer(sentence)]
    # tiers, then kinds in priority order, longest first; keep what does not overlap
    spans.sort(key=lambda s: (s[0], KINDS.index(s[3]), -(s[2] - s[1]), s[1]))
    kept: list[tuple[int, int, str]] = []
    for _, start, end, kind in spans:
        if all(end <= other_start or start >= other_end for other_start, other_end, _ in kept):
            kept.append((start, end, kind))
    return [{"start": s, "end": e, "kind": k} for s, e, k in sorted(kept)]
