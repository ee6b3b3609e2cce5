"""polemos.ingest.batches: articles through the pipeline into a store, in batches."""

from __future__ import annotations

from datetime import date

from polemos.article import Article
from polemos.ingest import IngestFailure, article_from_text
from polemos.ingest.batches import ingest
from polemos.pipeline import Pipeline, default_pipeline
from polemos.store import Store

TEXTS = [
    f"Rebels attacked an army checkpoint near {town} on Monday, killing {n} soldiers."
    for n, town in enumerate(["Idlib", "Hama", "Aleppo", "Homs", "Deraa", "Raqqa"] * 3, 2)
] + ["Coalition aircraft struck Mosul on Sunday, killing 4 civilians, activists said."] * 2


def _items() -> list[Article | IngestFailure]:
    items: list[Article | IngestFailure] = [
        article_from_text(text, published=date(2017, 6, 13), source=f"{i}.txt")
        for i, text in enumerate(TEXTS)
    ]
    items.insert(5, IngestFailure("photo.jpg", "binary"))
    return items


def _stored(store: Store) -> list[tuple]:
    return sorted(
        (e["sub_event_type"], e["actor1"], e["location"]["name"], e["fatalities"]["best"],
         tuple(sorted(s["article_id"] for s in e["sources"])))
        for e in store.events()
    )  # fmt: skip


def test_two_workers_store_what_one_process_stores(tmp_path):
    with Store(tmp_path / "one.duckdb") as one:
        single = ingest(_items(), one, batch_size=4)
        expected = _stored(one)
    with Store(tmp_path / "two.duckdb") as two:
        pooled = ingest(_items(), two, workers=2, batch_size=4)
        assert _stored(two) == expected
        assert [f["reason"] for f in two.failures()] == ["binary"]
    # the same text twice is one article; the failure is counted, not stored
    assert (single.new, single.unchanged, len(single.failed)) == (len(TEXTS) - 1, 1, 1)
    assert (pooled.new, pooled.unchanged, pooled.events) == (single.new, 1, single.events)
    assert single.events >= len(TEXTS) - 1


def test_a_crashing_article_is_recorded_and_the_rest_goes_on(tmp_path):
    standard = default_pipeline()

    def fragile(article: Article) -> None:
        if "Hama" in article.text:
            raise RuntimeError("a bug in a stage")

    pipeline = Pipeline([*standard.stages, ("fragile", fragile)])
    with Store(tmp_path / "s.duckdb") as store:
        report = ingest(_items(), store, pipeline=pipeline, batch_size=4)
        failures = store.failures()
        towns = {e["location"]["name"] for e in store.events()}
    assert {f["reason"] for f in failures} == {"binary", "pipeline error"}
    assert sum(f["reason"] == "pipeline error" for f in failures) == 3
    assert "RuntimeError: a bug in a stage" in failures[-1]["detail"]
    assert "Hama" not in towns and {"Idlib", "Mosul"} <= towns
    assert report.new == len(TEXTS) - 1 - 3


def test_an_article_the_store_refuses_fails_alone(tmp_path):
    def spoil(article: Article) -> None:
        if "Homs" in article.text:
            article.events[0].confidence = "very high"  # not a number: the insert fails

    pipeline = Pipeline([*default_pipeline().stages, ("spoil", spoil)])
    with Store(tmp_path / "s.duckdb") as store:
        report = ingest(_items(), store, pipeline=pipeline, batch_size=8)
        reasons = [f["reason"] for f in store.failures()]
        stored = store.counts()["articles"]
    assert reasons.count("store error") == 3
    assert stored == report.new == len(TEXTS) - 1 - 3


def test_a_batch_stage_is_run_once_per_batch_and_an_error_stays_with_its_article():
    calls: list[int] = []

    class Counting:
        """A stage with a batch method, like the nlp stage."""

        def __call__(self, article: Article) -> None:
            self.pipe([article])

        def pipe(self, articles: list[Article]) -> None:
            calls.append(len(articles))
            if any("Hama" in a.text for a in articles):
                raise RuntimeError("one bad article in the batch")
            for article in articles:
                article.title = "seen"

    pipeline = Pipeline([("count", Counting())])
    articles = [article_from_text(t, published=date(2017, 6, 13)) for t in TEXTS[:4]]
    results = pipeline.pipe(articles)
    # the batch call failed, so each article was run alone: only Hama's is lost
    assert calls == [4, 1, 1, 1, 1]
    assert [type(r).__name__ for r in results] == ["Article", "RuntimeError", "Article", "Article"]
    assert all(r.title == "seen" for r in results if isinstance(r, Article))
    calls.clear()
    assert all(isinstance(r, Article) for r in pipeline.pipe([articles[0], articles[2]]))
    assert calls == [2]


def test_the_nlp_stage_parses_a_batch_as_it_parses_one_article():
    standard = default_pipeline()
    nlp = standard.get("nlp")
    one_by_one = [article_from_text(t, published=date(2017, 6, 13)) for t in TEXTS[:6]]
    batched = [article_from_text(t, published=date(2017, 6, 13)) for t in TEXTS[:6]]
    for article in one_by_one:
        nlp(article)
    nlp.pipe(batched)
    for a, b in zip(one_by_one, batched, strict=True):
        assert [(e.start, e.end, e.label) for e in a.entities] == [
            (e.start, e.end, e.label) for e in b.entities
        ]
        assert sorted(a.parses) == sorted(b.parses) and a.parses
        assert [t.dep_ for d in a.parses.values() for t in d] == [
            t.dep_ for d in b.parses.values() for t in d
        ]
