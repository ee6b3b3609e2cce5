"""How sure an answer is: a second, small model over the resolver's final answers.

The candidate ranker (:mod:`polemos.geo.ranker`) scores readings of a name; the answer a
mention finally gets may come from elsewhere: a parent the text names, a war's theatre, a
place the text placed surely, one sense per discourse. Its ranker probability then says
little about it. This model reads what the answer looks like in the end (how much of the
candidates' belief lies far from it, how precise it is, whether the text's other places
are near it) and gives P(the answer lies within 161 km of the place meant): the confidence
a user thresholds. It is the stacking of Wolpert (1992) applied to calibration: trained on
the resolver's own answers on the dev halves of LGL, GeoWebNews and WikToR, with the
ranker already trained (``scripts/train_geo_ranker.py``), and shipped as the same plain
tree arrays as the ranker.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from polemos.article import Place
from polemos.geo.gazetteer import SKELETON, Gazetteer

# Feature order is part of the model file: change it only together with retraining.
ANSWER_FEATURES: tuple[str, ...] = (
    "confidence",  # the confidence the answer's own route gave it
    "pick_probability",  # the ranker's probability of the answer's row; -1: not a candidate
    "far_best",  # the best ranker probability of a candidate more than 161 km away
    "far_mass",  # the share of the candidates' probability lying more than 161 km away
    "best_probability",  # the best ranker probability of any candidate
    "log_candidates",  # log2(1 + number of candidates)
    "precision",  # 0 place, 1 admin2, 2 admin1, 3 country, 4 region
    "log_population",  # log10(1 + the answer's population)
    "is_candidate",  # the answer is one of the name's own readings
    "skeleton",  # ... matched on a loose transliteration skeleton only
    "log_repeats",  # log2(1 + times the text says the name)
    "log_toponyms",  # log2(1 + toponyms in the text)
    "same_country_share",  # share of the text's other answers in its country; -1: none
    "country_support",  # log2(1 + what implies its country: demonyms, names, a theatre)
    "nearest_other_km",  # log10(1 + km) to the nearest other answer at another point; 6: none
    "query_upper",  # the toponym is written in capitals
    "n_words",  # words in the toponym
)
FAR_KM = 161.0
_PRECISION = {"place": 0, "admin2": 1, "admin1": 2, "country": 3, "region": 4}
_EARTH_KM = 6371.0088


def default_answer_model_path() -> Path:
    return Path(__file__).resolve().parent.parent / "data" / "geo" / "answer_confidence.npz"


def _km(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Great-circle km between points (degrees), element-wise and broadcast."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dl = np.radians(lon2 - lon1)
    h = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * np.arcsin(np.sqrt(np.minimum(1.0, h)))


def answer_features(
    gazetteer: Gazetteer,
    names: Sequence[str],
    candidates: Sequence[dict[int, int]],
    scores: Sequence[dict[int, float]],
    places: Sequence[Place | None],
    support: dict[str, float],
) -> np.ndarray:
    """One row of :data:`ANSWER_FEATURES` per mention (NaN for a mention with no point).

    ``names``: the toponyms as written; ``candidates``: each one's rows -> name-match
    quality; ``scores``: each one's rows -> ranker probability; ``places``: the answers;
    ``support``: the countries the text implies (ISO2 -> weight)."""
    g = gazetteer
    x = np.full((len(places), len(ANSWER_FEATURES)), np.nan)
    located = [i for i, p in enumerate(places) if p is not None and p.latitude is not None]
    if not located:
        return x
    answers = [places[i] for i in located]
    lats = np.array([p.latitude for p in answers], dtype=np.float64)  # type: ignore[union-attr]
    lons = np.array([p.longitude for p in answers], dtype=np.float64)  # type: ignore[union-attr]
    countries = [p.country for p in answers]  # type: ignore[union-attr]
    # every distance at once: answer to answer, and each answer to its name's readings (the
    # per-answer numpy calls cost more than the arithmetic)
    between = _km(lats[:, None], lons[:, None], lats[None, :], lons[None, :])
    sizes = [len(scores[i]) for i in located]
    rows = np.fromiter((r for i in located for r in scores[i]), dtype=np.int64, count=sum(sizes))
    probs = np.fromiter(
        (v for i in located for v in scores[i].values()), dtype=np.float64, count=sum(sizes)
    )
    owner = np.repeat(np.arange(len(located)), sizes)
    far = (
        _km(lats[owner], lons[owner], g.latitude[rows].astype(np.float64),
            g.longitude[rows].astype(np.float64)) > FAR_KM
    )  # fmt: skip
    bounds = np.cumsum([0, *sizes])
    repeats = Counter(name.casefold() for name in names)
    for k, i in enumerate(located):
        place, s = answers[k], scores[i]
        assert place is not None
        row = g.row_of_geonameid(place.geonameid) if place.geonameid else None
        mine, far_mine = probs[bounds[k] : bounds[k + 1]], far[bounds[k] : bounds[k + 1]]
        far_best = float(mine[far_mine].max()) if far_mine.any() else 0.0
        far_mass = float(mine[far_mine].sum() / (mine.sum() or 1.0)) if len(mine) else 0.0
        best = float(mine.max()) if len(mine) else 0.0
        others = len(located) - 1
        same_country = (
            (sum(c == place.country for c in countries) - 1) / others if others else -1.0
        )
        distances = np.delete(between[k], k)
        apart = distances[distances > 0.5]
        name = names[i]
        x[i] = (
            place.confidence,
            s.get(row, -1.0) if row is not None else -1.0,
            far_best,
            far_mass,
            best,
            math.log2(1 + len(s)),
            _PRECISION.get(place.precision, 5),
            math.log10(1 + place.population),
            float(row is not None and row in s),
            float(row is not None and candidates[i].get(row) == SKELETON),
            math.log2(1 + repeats[name.casefold()]),
            math.log2(1 + len(places)),
            same_country,
            math.log2(1 + support.get(place.country or "", 0.0)),
            math.log10(1 + float(apart.min())) if len(apart) else 6.0,
            float(name.isupper()),
            len(name.split()),
        )
    return x
