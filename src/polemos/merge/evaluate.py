"""How good are the merges? Pairwise precision and recall against known groupings.

Every pair of reports is a decision: the same event or not. Precision is the share of
pairs put in one event that are the same real event; recall the share of real same-event
pairs that ended up in one event. Counted from cluster sizes, never by listing pairs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from polemos.store import Store


@dataclass(frozen=True)
class PairwiseScores:
    precision: float
    recall: float
    f1: float
    true_pairs: int  # pairs merged that are one real event
    predicted_pairs: int  # pairs merged
    gold_pairs: int  # pairs that are one real event
    items: int  # reports scored
    events: int  # events the reports were merged into
    gold_events: int  # real events among them

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _pairs(size: int) -> int:
    return size * (size - 1) // 2


def pairwise_scores(
    predicted: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]
) -> PairwiseScores:
    """Pairwise scores of a clustering ``item -> cluster`` against ``item -> gold cluster``.

    Only items in both mappings count. With no pair on one side, its score is 1 (nothing
    wrongly merged, or nothing to find).
    """
    items = [item for item in predicted if item in gold]
    by_both = Counter((predicted[item], gold[item]) for item in items)
    by_predicted = Counter(predicted[item] for item in items)
    by_gold = Counter(gold[item] for item in items)
    true_pairs = sum(_pairs(n) for n in by_both.values())
    predicted_pairs = sum(_pairs(n) for n in by_predicted.values())
    gold_pairs = sum(_pairs(n) for n in by_gold.values())
    precision = true_pairs / predicted_pairs if predicted_pairs else 1.0
    recall = true_pairs / gold_pairs if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairwiseScores(
        round(precision, 4),
        round(recall, 4),
        round(f1, 4),
        true_pairs,
        predicted_pairs,
        gold_pairs,
        len(items),
        len(by_predicted),
        len(by_gold),
    )


def evaluate(
    store: Store, gold: Mapping[int, Hashable], mergeable_only: bool = False
) -> PairwiseScores:
    """Merge quality of a store whose articles each report one known event.

    ``gold`` maps article id -> the real event the article reports. Each article's first
    stored report is scored (an article that yielded no event is left out; an article's
    further events are extraction's business, not merging's). With ``mergeable_only``,
    reports whose extracted event has no place or no date are left out too: merging never
    joins those, so this measures the matcher on what extraction gave it.
    """
    from polemos.merge.blocking import levels_of

    predicted: dict[int, int] = {}
    for article_id, event_id, report in store.first_reports(list(gold)):
        if mergeable_only and levels_of(report) is None:
            continue
        predicted[article_id] = event_id
    return pairwise_scores(predicted, gold)
