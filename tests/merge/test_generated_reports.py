"""Generated news reports through the real pipeline: the same event told differently merges,
other events on the same day in the same town stay apart."""

from __future__ import annotations

from datetime import date

import pytest

from polemos.ingest import article_from_text
from polemos.merge import evaluate
from polemos.merge.generate import generate, ingest_generated
from polemos.pipeline import process
from polemos.store import Store

# Kirkuk, 4 May 2017: a strike on a market, told three ways (one of them by the other
# side, one dated a day late), a strike on a hospital and a clash, the same day, same town
SAME_DAY_SAME_TOWN = [
    (
        "market",
        "2017-05-04",
        "Coalition warplanes bombed a market in Kirkuk on Thursday, killing 12 civilians, "
        "residents said.",
    ),
    (
        "market",
        "2017-05-05",
        "At least 10 civilians were killed yesterday when US-led coalition jets struck a "
        "crowded marketplace in Kirkuk.",
    ),
    (
        "market",
        "2017-05-06",
        "The Islamic State's Amaq agency said on May 5 that coalition aircraft had struck a "
        "market in Kirkuk, killing 40 civilians.",
    ),
    (
        "hospital",
        "2017-05-04",
        "An air strike by coalition aircraft on a hospital in Kirkuk killed 7 civilians on "
        "Thursday, medical sources said.",
    ),
    (
        "hospital",
        "2017-05-05",
        "Coalition jets bombed a clinic in Kirkuk on May 4, killing 8 civilians, according to "
        "activists.",
    ),
    (
        "clash",
        "2017-05-04",
        "Iraqi forces clashed with the Islamic State on the outskirts of Kirkuk on Thursday, "
        "leaving 9 fighters dead.",
    ),
]


def test_same_event_merges_and_other_events_that_day_stay_apart(tmp_path):
    with Store(tmp_path / "kirkuk.duckdb") as store:
        gold = {}
        for label, published, text in SAME_DAY_SAME_TOWN:
            article = process(article_from_text(text, published=date.fromisoformat(published)))
            article_id, _ = store.save_article(article)
            gold[article_id] = label
        scores = evaluate(store, gold)
        market = next(e for e in store.events() if len(e["sources"]) == 3)
    assert (scores.precision, scores.recall) == (1.0, 1.0)
    assert scores.events == 3
    # the toll keeps every report's figure in its range; the claim's 40 is the ceiling
    assert (market["fatalities"]["low"], market["fatalities"]["high"]) == (10, 40)
    assert market["modality"] == "reported"


@pytest.mark.parametrize("seed", [3])
def test_generated_reports_merge_with_high_precision(tmp_path, seed):
    reports = generate(seed, events=25)
    with Store(tmp_path / "generated.duckdb") as store:
        gold = ingest_generated(store, reports)
        everything = evaluate(store, gold)
        mergeable = evaluate(store, gold, mergeable_only=True)
    assert everything.items >= 0.9 * len(reports)  # extraction found nearly every report
    assert everything.precision >= 0.95
    # reports without a place or date are never merged: on the rest, merging finds most
    # pairs (0.88-0.93 measured, docs/merging.md; what it misses are extraction's doers)
    assert mergeable.precision >= 0.95 and mergeable.recall >= 0.8
    assert mergeable.gold_pairs >= 20
