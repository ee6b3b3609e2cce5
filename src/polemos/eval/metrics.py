"""Scoring arithmetic shared by the geo and event evaluations: distances, error curves, F1.

Pure Python and numpy, so the evaluation does not pull in scikit-learn.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence

import numpy as np

from polemos.geo.distance import haversine_km  # noqa: F401 (re-exported for the evals)

# Half the Earth's circumference: the largest possible error. Gritta et al. (2018) give
# toponyms a geoparser leaves unresolved this error, so that no answer is never better
# than a wrong answer.
MAX_ERROR_KM = 20039.0
# 161 km = 100 miles: the usual "accuracy@161" threshold of geoparsing papers.
ACC_KM = 161.0


def error_auc(errors_km: Sequence[float]) -> float | None:
    """Area under the curve of sorted log errors, Gritta et al. 2018; 0 is perfect, 1 worst.

    Each error becomes ln(error + 1) / ln(20039 + 1), the errors are sorted, and the area
    under that curve (trapezoids, x normalised to [0, 1]) is the score.
    """
    if not errors_km:
        return None
    scaled = np.log(np.clip(np.asarray(errors_km, dtype=float), 0.0, MAX_ERROR_KM) + 1.0)
    scaled = np.sort(scaled) / math.log(MAX_ERROR_KM + 1.0)
    if len(scaled) == 1:
        return float(scaled[0])
    # x runs over [0, 1] in len-1 equal steps
    area = float(np.sum((scaled[1:] + scaled[:-1]) / 2.0)) / (len(scaled) - 1)
    return area


def distance_metrics(errors_km: Sequence[float | None]) -> dict[str, float | None]:
    """acc161, mean/median km and AUC over per-toponym errors; ``None`` means no answer."""
    filled = [MAX_ERROR_KM if e is None else float(e) for e in errors_km]
    n = len(filled)
    if n == 0:
        return {"acc161": None, "mean_km": None, "median_km": None, "auc": None, "no_answer": None}
    return {
        "acc161": sum(1 for e, raw in zip(filled, errors_km, strict=True)
                      if raw is not None and e <= ACC_KM) / n,
        "mean_km": float(np.mean(filled)),
        "median_km": float(np.median(filled)),
        "auc": error_auc(filled),
        "no_answer": sum(1 for e in errors_km if e is None) / n,
    }


def accuracy_of_most_confident(
    errors_km: Sequence[float | None], confidences: Sequence[float | None], keep: float = 0.9
) -> tuple[float | None, float | None]:
    """Calibration: acc161 of the ``keep`` share of answers a user keeps by thresholding
    confidence (the most confident first; no answer ranks last), and that threshold.

    Ties at the threshold are kept whole, as a threshold would keep them.
    """
    n = len(errors_km)
    if n == 0:
        return None, None
    ranked = sorted(
        zip(confidences, errors_km, strict=True),
        key=lambda pair: -1.0 if pair[1] is None or pair[0] is None else pair[0],
        reverse=True,
    )
    cut = max(1, round(keep * n))
    threshold = ranked[cut - 1][0]
    if threshold is not None and ranked[cut - 1][1] is not None:
        while cut < n and ranked[cut][0] == threshold and ranked[cut][1] is not None:
            cut += 1
    kept = ranked[:cut]
    right = sum(1 for _, e in kept if e is not None and e <= ACC_KM)
    return right / len(kept), threshold


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1; tp counted on each side, since overlap matching is not 1:1."""
    precision = tp_pred / n_pred if n_pred else 0.0
    recall = tp_gold / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def per_label_f1(
    gold: Sequence[Hashable], pred: Sequence[Hashable], labels: Iterable[Hashable] | None = None
) -> dict[Hashable, tuple[float, int]]:
    """label -> (F1, support in gold), for ``labels`` (default: every gold label)."""
    if len(gold) != len(pred):
        raise ValueError(f"gold has {len(gold)} labels, pred has {len(pred)}")
    labels = sorted(set(gold), key=str) if labels is None else list(labels)
    tp: Counter[Hashable] = Counter()
    n_pred: Counter[Hashable] = Counter(pred)
    n_gold: Counter[Hashable] = Counter(gold)
    for g, p in zip(gold, pred, strict=True):
        if g == p:
            tp[g] += 1
    out: dict[Hashable, tuple[float, int]] = {}
    for label in labels:
        out[label] = (prf(tp[label], n_pred[label], tp[label], n_gold[label])["f1"], n_gold[label])
    return out


def macro_f1(
    gold: Sequence[Hashable], pred: Sequence[Hashable], labels: Iterable[Hashable] | None = None
) -> float | None:
    """Unweighted mean of per-label F1 (labels default to those in gold)."""
    scores = per_label_f1(gold, pred, labels)
    return sum(f for f, _ in scores.values()) / len(scores) if scores else None


def weighted_f1(
    gold: Sequence[Hashable], pred: Sequence[Hashable], labels: Iterable[Hashable] | None = None
) -> float | None:
    """Per-label F1 weighted by gold support, like scikit-learn's ``average="weighted"``.

    With an explicit ``labels`` list (as scikit-learn's ``labels=``), items whose gold label
    is outside it have no F1 of their own, but predicting a listed label for them still
    lowers that label's precision.
    """
    scores = per_label_f1(gold, pred, labels)
    support = sum(s for _, s in scores.values())
    if not support:
        return None
    return sum(f * s for f, s in scores.values()) / support


def confusion(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> dict[str, dict[str, int]]:
    """gold label -> predicted label -> count, as nested plain dicts for JSON."""
    table: dict[str, dict[str, int]] = {}
    for g, p in zip(gold, pred, strict=True):
        row = table.setdefault(str(g), {})
        row[str(p)] = row.get(str(p), 0) + 1
    return table
