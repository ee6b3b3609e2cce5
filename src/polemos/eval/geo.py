"""Geoparsing evaluation: how well polemos finds and places toponyms on gold corpora.

>>> results = evaluate_geo([Path("../shared/geo/corpora/lgl.xml")], "oracle", split="dev")
>>> print(format_geo_table(results))                          # doctest: +SKIP

Modes:

- ``oracle``: the gold toponym spans go to ``resolve_toponyms``; only resolution is scored.
- ``e2e``: ``recognize_toponyms`` finds spans, ``resolve_toponyms`` places them; recognition
  is scored on spans (exact and overlapping), resolution on recognised toponyms that overlap
  a gold toponym with coordinates (each gold toponym paired with at most one prediction).

Metrics follow Gritta et al. 2018 ("What's missing in geographical parsing?"): a toponym
left unresolved gets the largest possible error, 20,039 km, in ``mean_km``, ``median_km``
and ``auc`` and counts as wrong in ``acc161`` and ``exact_id``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal

from polemos.eval.geo_corpora import GeoCorpus, GeoDocument, GoldToponym, read_geo_corpus
from polemos.eval.metrics import (
    ACC_KM,
    accuracy_of_most_confident,
    distance_metrics,
    haversine_km,
    prf,
)
from polemos.eval.split import split_documents

SpanList = list[tuple[int, int]]
Resolver = Callable[[str, SpanList], Sequence[Any]]
Recognizer = Callable[[str], SpanList]
Mode = Literal["oracle", "e2e"]


def _default_resolver() -> Resolver:
    # imported late: the geo stage loads a gazetteer, and scoring tests need none of it
    from polemos.geo.resolve import resolve_toponyms

    return resolve_toponyms


def _default_recognizer() -> Recognizer:
    from polemos.geo.resolve import recognize_toponyms

    return recognize_toponyms


def _coordinates(place: Any) -> tuple[float, float] | None:
    """(lat, lon) of a Place, a dict with latitude/longitude, or None for no answer."""
    if place is None:
        return None
    if isinstance(place, dict):
        lat, lon = place.get("latitude"), place.get("longitude")
    else:
        lat, lon = getattr(place, "latitude", None), getattr(place, "longitude", None)
    if lat is None or lon is None:
        return None
    return float(lat), float(lon)


def _geonameid(place: Any) -> int | None:
    if place is None:
        return None
    gid = place.get("geonameid") if isinstance(place, dict) else getattr(place, "geonameid", None)
    try:
        return int(gid) if gid is not None else None
    except (TypeError, ValueError):
        return None


def toponym_error_km(gold: GoldToponym, place: Any) -> float | None:
    """Distance from the answer to the gold point; None when there is no answer."""
    answer = _coordinates(place)
    if answer is None or not gold.has_coordinates:
        return None
    assert gold.latitude is not None and gold.longitude is not None
    return haversine_km(gold.latitude, gold.longitude, answer[0], answer[1])


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _overlap_len(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def recognition_counts(gold: SpanList, pred: SpanList) -> dict[str, int]:
    """Span counts for one document: exact matches and overlaps on each side."""
    gold_set, pred_set = set(gold), set(pred)
    exact = len(gold_set & pred_set)
    return {
        "n_gold": len(gold_set),
        "n_pred": len(pred_set),
        "exact": exact,
        "overlap_pred": sum(1 for p in pred_set if any(_overlaps(p, g) for g in gold_set)),
        "overlap_gold": sum(1 for g in gold_set if any(_overlaps(g, p) for p in pred_set)),
    }


def recognition_scores(counts: dict[str, int]) -> dict[str, Any]:
    """P/R/F1, exact and overlapping; the top-level figures are the strict (exact) ones."""
    exact = prf(counts["exact"], counts["n_pred"], counts["exact"], counts["n_gold"])
    overlap = prf(
        counts["overlap_pred"], counts["n_pred"], counts["overlap_gold"], counts["n_gold"]
    )
    return {**exact, "exact": exact, "overlap": overlap}


def pair_by_overlap(gold: Sequence[GoldToponym], pred: SpanList) -> list[tuple[int, int]]:
    """(gold index, pred index) pairs, one-to-one, largest overlap first."""
    candidates = sorted(
        (
            (_overlap_len((g.start, g.end), p), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(pred)
            if _overlaps((g.start, g.end), p)
        ),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def mirrored_share(
    pairs: Sequence[tuple[GoldToponym, Any]], errors: Sequence[float | None]
) -> float | None:
    """Of all answers, the share that miss the gold point by more than 161 km but hit it with
    its latitude or longitude sign flipped: WikToR writes some western and southern points
    without their minus sign ("Lincoln, Maine" at 68.5 E). A defect of the gold data, shown
    so that readers can judge it; such answers still count as wrong in every other figure."""
    if not pairs:
        return None
    hits = 0
    for (gold, place), error in zip(pairs, errors, strict=True):
        answer = _coordinates(place)
        if answer is None or error is None or error <= ACC_KM:
            continue
        assert gold.latitude is not None and gold.longitude is not None
        flips = ((-gold.latitude, gold.longitude), (gold.latitude, -gold.longitude),
                 (-gold.latitude, -gold.longitude))
        if any(haversine_km(lat, lon, *answer) <= ACC_KM for lat, lon in flips):
            hits += 1
    return hits / len(pairs)


def score_resolution(pairs: Sequence[tuple[GoldToponym, Any]]) -> dict[str, Any]:
    """Resolution metrics over (gold toponym with coordinates, answer) pairs."""
    errors = [toponym_error_km(gold, place) for gold, place in pairs]
    metrics: dict[str, Any] = distance_metrics(errors)
    # the geo issue's calibration target: the 90 % most confident answers, >= 95 % right
    metrics["acc161_kept90"], metrics["kept90_threshold"] = accuracy_of_most_confident(
        errors, [getattr(place, "confidence", None) for _, place in pairs]
    )
    metrics["mirror"] = mirrored_share(pairs, errors)
    with_id = [(g, p) for g, p in pairs if g.geonameid is not None]
    metrics["exact_id"] = (
        sum(1 for g, p in with_id if _geonameid(p) == g.geonameid) / len(with_id)
        if with_id
        else None
    )
    return {"n": len(errors), "n_exact_id": len(with_id), "metrics": metrics}


def evaluate_corpus(
    corpus: GeoCorpus,
    mode: str = "oracle",
    limit_docs: int | None = None,
    split: str = "all",
    *,
    resolver: Resolver | None = None,
    recognizer: Recognizer | None = None,
) -> dict[str, Any]:
    """Score one already-read corpus; see :func:`evaluate_geo`."""
    if mode not in ("oracle", "e2e"):
        raise ValueError(f"mode must be 'oracle' or 'e2e', not {mode!r}")
    resolver = resolver or _default_resolver()
    if mode == "e2e":
        recognizer = recognizer or _default_recognizer()
    docs: list[GeoDocument] = split_documents(corpus.documents, split, limit_docs)

    pairs: list[tuple[GoldToponym, Any]] = []
    counts = {"n_gold": 0, "n_pred": 0, "exact": 0, "overlap_pred": 0, "overlap_gold": 0}
    elapsed = 0.0
    for doc in docs:
        gold_spans = [(t.start, t.end) for t in doc.toponyms]
        started = time.perf_counter()
        if mode == "oracle":
            spans = gold_spans
        else:
            assert recognizer is not None
            spans = [(int(s), int(e)) for s, e in recognizer(doc.text)]
        places = list(resolver(doc.text, spans)) if spans else []
        elapsed += time.perf_counter() - started
        if len(places) != len(spans):
            raise ValueError(
                f"resolver returned {len(places)} places for {len(spans)} spans "
                f"(document {doc.id} of {corpus.name})"
            )
        if mode == "oracle":
            pairs.extend((t, p) for t, p in zip(doc.toponyms, places, strict=True)
                         if t.has_coordinates)
        else:
            for key, value in recognition_counts(gold_spans, spans).items():
                counts[key] += value
            located = [t for t in doc.toponyms if t.has_coordinates]
            pairs.extend((located[gi], places[pi]) for gi, pi in pair_by_overlap(located, spans))

    scored = score_resolution(pairs)
    metrics = scored["metrics"]
    metrics["docs_per_s"] = len(docs) / elapsed if elapsed > 0 else None
    result: dict[str, Any] = {
        "corpus": corpus.name,
        "format": corpus.format,
        "mode": mode,
        "split": split,
        "docs": len(docs),
        "n": scored["n"],
        "n_by_metric": {"exact_id": scored["n_exact_id"]},
        "metrics": metrics,
    }
    if mode == "e2e":
        result["recognition"] = recognition_scores(counts)
        result["n_by_metric"]["recognition_gold"] = counts["n_gold"]
        result["n_by_metric"]["recognition_pred"] = counts["n_pred"]
    if corpus.unaligned:
        result["unaligned"] = corpus.unaligned
    return result


def evaluate_geo(
    paths: Sequence[str | Path],
    mode: Mode | str = "oracle",
    limit_docs: int | None = None,
    split: str = "all",
    *,
    resolver: Resolver | None = None,
    recognizer: Recognizer | None = None,
) -> list[dict[str, Any]]:
    """Evaluate geoparsing on each gold corpus; one result dict per corpus.

    ``split`` is ``all``, ``dev`` (first half of documents in file order) or ``test``;
    ``limit_docs`` keeps the first N documents of that split. ``resolver`` and ``recognizer``
    default to ``polemos.geo.resolve.resolve_toponyms`` / ``recognize_toponyms``.
    """
    return [
        evaluate_corpus(
            read_geo_corpus(path), mode, limit_docs, split,
            resolver=resolver, recognizer=recognizer,
        )
        for path in paths
    ]


def _fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def format_geo_table(results: Sequence[dict[str, Any]]) -> str:
    """A plain-text table of :func:`evaluate_geo` results, one row per corpus."""
    header = ["corpus", "mode", "split", "docs", "n", "acc161", "mean_km", "median_km", "auc",
              "kept90", "exact_id", "no_answer", "mirror", "docs/s"]
    e2e = any("recognition" in r for r in results)
    if e2e:
        header += ["P", "R", "F1", "P~", "R~", "F1~"]
    rows = [header]
    for r in results:
        m = r["metrics"]
        row = [r["corpus"], r["mode"], r.get("split", "all"), _fmt(r.get("docs")), _fmt(r["n"]),
               _fmt(m["acc161"]), _fmt(m["mean_km"], 0), _fmt(m["median_km"], 0),
               _fmt(m["auc"]), _fmt(m["acc161_kept90"]), _fmt(m["exact_id"]), _fmt(m["no_answer"]),
               _fmt(m.get("mirror")), _fmt(m["docs_per_s"], 1)]
        if e2e:
            rec = r.get("recognition")
            if rec:
                row += [_fmt(rec["exact"][k]) for k in ("precision", "recall", "f1")]
                row += [_fmt(rec["overlap"][k]) for k in ("precision", "recall", "f1")]
            else:
                row += ["-"] * 6
        rows.append(row)
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(cell.rjust(w) if i else cell.ljust(w) for i, (cell, w) in
                       enumerate(zip(row, widths, strict=True))) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    notes = [f"{r['corpus']}: {r['unaligned']} gold annotation(s) could not be aligned to the "
             "text and were left out" for r in results if r.get("unaligned")]
    if e2e:
        notes.append("P/R/F1: exact span match; P~/R~/F1~: overlapping spans")
    notes.append("no answer counts as wrong (20,039 km) in acc161, mean, median and AUC")
    notes.append(
        "kept90: acc161 of the 90 % of answers with the highest confidence (a user's threshold)"
    )
    notes.append("mirror: share of answers off the gold point but on it with a sign flipped "
                 "(gold points missing their minus sign); counted wrong above")
    return "\n".join(lines + [""] + notes)
