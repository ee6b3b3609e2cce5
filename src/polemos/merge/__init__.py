"""One event, many reports: match a new report to the stored event it tells of.

``Store.save_article`` asks this package, for each new event, which stored event it is a
report of (``choose_match``); the store finds the candidates by block keys
(``blocking``), and rewrites a merged event from all its reports (``reconcile``). The rules
are data: ``polemos/data/merge_rules.yaml``, explained in ``docs/merging.md``.

>>> from polemos.merge import compare, merge_rules          # doctest: +SKIP
>>> compare(new_event, stored_event, merge_rules())          # doctest: +SKIP
Match(event_id=7, score=0.83, parts={'date': 1.0, 'place': 1.0, ...})
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from polemos.merge.blocking import levels_of, query_keys, stored_keys
from polemos.merge.evaluate import PairwiseScores, evaluate, pairwise_scores
from polemos.merge.match import Match, compare, text_similarity
from polemos.merge.reconcile import reconcile
from polemos.merge.rules import MergeRules, MergeRulesError, merge_rules, rules_from_dict


def choose_match(
    report: dict[str, Any], candidates: Iterable[dict[str, Any]], rules: MergeRules | None = None
) -> Match | None:
    """The best-scoring candidate at or above the rules' threshold, or None.

    ``candidates`` are stored event dicts with ``id`` and, optionally, ``sentences`` (the
    sentences of all their reports). Ties go to the older event (lower id).
    """
    rules = rules or merge_rules()
    best: Match | None = None
    for candidate in candidates:
        match = compare(report, candidate, rules, candidate.get("sentences"))
        if match is None or match.score < rules.threshold:
            continue
        if best is None or (match.score, -match.event_id) > (best.score, -best.event_id):
            best = match
    return best


__all__ = [
    "Match",
    "MergeRules",
    "MergeRulesError",
    "PairwiseScores",
    "choose_match",
    "compare",
    "evaluate",
    "levels_of",
    "merge_rules",
    "pairwise_scores",
    "query_keys",
    "reconcile",
    "rules_from_dict",
    "stored_keys",
    "text_similarity",
]
