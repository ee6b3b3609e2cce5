"""The learned candidate ranker: gradient-boosted trees over candidate features.

Trained by ``scripts/train_geo_ranker.py`` (scikit-learn's HistGradientBoostingClassifier,
on the dev halves of LGL, GeoWebNews and WikToR only) and shipped as plain arrays in
``data/geo/ranker.npz``, so the product needs no scikit-learn at run time: prediction is a
few vectorised numpy steps per document (every candidate walks every tree at once).

A candidate's probability is the model's estimate that it lies within 161 km of the place
the text means; the resolver picks the most probable candidate and reports that
probability, calibrated on dev data, as its confidence.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

# Feature order is part of the model file: change it only together with retraining.
FEATURES: tuple[str, ...] = (
    "log_population",  # log10(population + 1)
    "log_names",  # log10(number of names + 1): how widely known a place is
    "is_place",
    "is_admin2",
    "is_admin1",
    "is_country",
    "is_region",
    "q_main",  # the query is the candidate's own name
    "q_alt",  # ... one of its alternate names
    "q_skeleton",  # ... only a loose transliteration skeleton
    "q_unit_stripped",  # ... its name without "County"/"Province"
    "whole_name",  # "Texas County" matched whole rather than "Texas" + level word
    "level_fit",  # agreement of the candidate's level with a level word (+/-)
    "unit_named_after_city",  # a unit whose city of the same name is also a candidate
    "country_context",  # other toponyms' belief mass on this candidate's country
    "admin1_context",  # ... on its admin1 unit
    "demonym_country",  # demonyms / country names of the text point to its country
    "in_parent",  # inside the parent the text names ("Paris, Texas")
    "spatial",  # other toponyms have plausible readings near it
    "pop_rank",  # log2(1 + rank by population among the candidates)
    "pop_gap",  # log_population minus the best log_population among the candidates
    "log_candidates",  # log2(number of candidates)
    "text_country",  # the text names its country anywhere
    "text_admin1",  # the text names its admin1 unit anywhere
    "text_admin2",  # the text names its admin2 unit anywhere
    "score_gap",  # hand-weighted context score minus the best one among the candidates
    "query_upper",  # the toponym is written in capitals ("US", "UAE")
    "n_words",  # words in the toponym
    "text_coordinates_km",  # log10(1 + km) to the nearest coordinates the text states; 6: none
)


class Ranker:
    """Boosted trees as flat arrays; :meth:`predict` gives probabilities."""

    def __init__(self, arrays: dict[str, np.ndarray], features: tuple[str, ...] = FEATURES):
        names = [str(n) for n in arrays["features"].tolist()]
        if tuple(names) != features:
            raise ValueError(
                "the geo model file was trained on other features than this code computes: "
                "retrain it with scripts/train_geo_ranker.py"
            )
        feature = arrays["feature"].astype(np.intp)
        threshold = arrays["threshold"].astype(np.float64)
        is_leaf = arrays["is_leaf"].astype(bool)
        nodes = np.arange(len(feature), dtype=np.intp)
        # a leaf points to itself both ways, so every row walks exactly ``depth`` steps with
        # no leaf test: the walk is a few gathers and a comparison per step
        self.feature = np.where(is_leaf, 0, feature)
        self.threshold = np.where(is_leaf, np.inf, threshold)
        left = np.where(is_leaf, nodes, arrays["left"].astype(np.intp))
        right = np.where(is_leaf, nodes, arrays["right"].astype(np.intp))
        # children[2 * node] is the left child, children[2 * node + 1] the right one
        self.children = np.stack([left, right], axis=1).ravel()
        self.value = arrays["value"]
        self.roots = arrays["roots"].astype(np.intp)
        # the walk's own tables, indexed by twice the node (both its slots hold the node's
        # values): a step then needs no doubling of the node, and "value <= threshold" (True
        # is 1) picks the slot whose child is the left one, so needs no negation
        self._feature2 = np.repeat(self.feature, 2)
        self._threshold2 = np.repeat(self.threshold, 2)
        self._next2 = 2 * np.stack([right, left], axis=1).ravel()
        self._value2 = np.repeat(self.value, 2)
        self.depth = int(arrays["depth"])
        self.baseline = float(arrays["baseline"])
        # calibration: answers at or above this probability are the confident ones
        self.threshold_confident = float(arrays["confident_at"])

    @classmethod
    def load(cls, path: str | Path, features: tuple[str, ...] = FEATURES) -> Ranker:
        with np.load(path, allow_pickle=False) as data:
            return cls({k: data[k] for k in data.files}, features)

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Probability per row of ``x`` (n, len(FEATURES))."""
        n = x.shape[0]
        if n == 0:
            return np.zeros(0)
        # twice each row's node (see __init__): seven numpy calls a step where nine were
        node2 = np.broadcast_to(2 * self.roots, (n, len(self.roots))).copy()
        flat = np.ascontiguousarray(x, dtype=np.float64).ravel()
        row_starts = (np.arange(n) * x.shape[1])[:, None]
        feature2, threshold2, next2 = self._feature2, self._threshold2, self._next2
        for _ in range(self.depth):
            # a value above the threshold, or missing (NaN), goes right
            values = flat.take(row_starts + feature2.take(node2))
            node2 = next2.take(node2 + (values <= threshold2.take(node2)))
        raw = self._value2[node2].sum(axis=1) + self.baseline
        return 1.0 / (1.0 + np.exp(-raw))


def default_ranker_path() -> Path:
    return Path(__file__).resolve().parent.parent / "data" / "geo" / "ranker.npz"


_lock = threading.Lock()
_cache: dict[Path, Ranker | None] = {}


def load_ranker(
    path: str | Path | None = None, features: tuple[str, ...] = FEATURES
) -> Ranker | None:
    """The shipped ranker (once per process), or None when no model file is there; with
    ``path`` and ``features``, any model stored in the same form (the answer confidence)."""
    target = Path(path) if path is not None else default_ranker_path()
    with _lock:
        if target not in _cache:
            _cache[target] = Ranker.load(target, features) if target.exists() else None
        return _cache[target]
