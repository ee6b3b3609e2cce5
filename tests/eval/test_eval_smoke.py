"""The real pipeline on 3 documents of each shared corpus: it runs and yields every metric.

Slow (loads spaCy and the gazetteer); the figures themselves are not checked here.
"""

import importlib
from pathlib import Path

import pytest

from polemos.eval import evaluate_events, evaluate_geo, format_events_table, format_geo_table

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GEO = [SHARED / "geo" / "corpora" / name for name in ("lgl.xml", "GWN.xml", "WikToR.jsonl")]
EVENTS = [
    SHARED / "gold" / "events" / name
    for name in ("acled_notes_dev.csv", "case2021_task2_dev.tsv",
                 "ucdp_ged191_syria_2016_2017.csv")
]

pytestmark = pytest.mark.slow


def _require(module: str) -> None:
    try:
        importlib.import_module(module)
    except ImportError as e:
        pytest.skip(f"{module} is not importable yet: {e}")


@pytest.fixture(scope="module", autouse=True)
def _shared_data():
    missing = [p for p in GEO + EVENTS if not p.exists()]
    if missing:
        pytest.skip(f"shared data missing: {missing[0]}")


@pytest.mark.parametrize("mode", ["oracle", "e2e"])
def test_geo_on_three_documents_of_each_corpus(mode):
    _require("polemos.geo.resolve")
    results = evaluate_geo(GEO, mode, limit_docs=3, split="test")
    assert [r["corpus"] for r in results] == ["lgl", "GWN", "WikToR"]
    for r in results:
        assert r["n"] > 0
        assert 0.0 <= r["metrics"]["acc161"] <= 1.0
    assert "acc161" in format_geo_table(results)


def test_events_on_three_texts_of_each_gold_set():
    for module in ("polemos.nlp", "polemos.actors", "polemos.geo", "polemos.events",
                   "polemos.ingest"):
        _require(module)
    try:
        from polemos.pipeline import default_pipeline

        default_pipeline()
    except (ImportError, AttributeError) as e:
        pytest.skip(f"the default pipeline cannot be built yet: {e}")
    results = evaluate_events(EVENTS, limit=3, split="test")
    assert [r["format"] for r in results] == ["acled", "case", "ucdp"]
    for r in results:
        assert r["n"] == 3
        assert "event_f1" in r["metrics"]
        assert len(r.get("failures", [])) < 3, r["failures"][0]
    assert "ev F1" in format_events_table(results)
