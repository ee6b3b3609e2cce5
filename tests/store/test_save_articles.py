"""Saving a batch of articles at once: the same store as saving them one at a time."""

from __future__ import annotations

import pytest

from polemos.ingest import article_from_text
from polemos.merge.generate import generate
from polemos.pipeline import process
from polemos.store import Saved, Store


@pytest.fixture(scope="module")
def generated_articles():
    """Reports of 25 events, several reports each, through the real pipeline."""
    articles = []
    for report in generate(4, events=25):
        article = article_from_text(report.text, published=report.published, title=report.title)
        articles.append(process(article))
    return articles


def _contents(store: Store) -> tuple[list, list, list]:
    """Events (by their first article), their sources and places, without ids.

    Ids are left out: a batch takes event ids for its reports up front, and the ids of the
    reports that merge are left unused.
    """
    con = store._con
    events = con.execute(
        "SELECT min(s.article_id), e.* EXCLUDE (id, created_at) FROM events e"
        " JOIN event_sources s ON s.event_id = e.id GROUP BY ALL ORDER BY 1"
    ).fetchall()
    sources = con.execute(
        "SELECT s.article_id, (SELECT min(article_id) FROM event_sources f"
        "  WHERE f.event_id = s.event_id), s.* EXCLUDE (id, event_id)"
        " FROM event_sources s ORDER BY s.article_id, s.start_offset"
    ).fetchall()
    places = con.execute("SELECT * FROM places ORDER BY geonameid").fetchall()
    return events, sources, places


@pytest.mark.parametrize("batch_size", [3, 1000])
def test_a_batch_stores_what_one_at_a_time_stores(tmp_path, generated_articles, batch_size):
    with Store(tmp_path / "single.duckdb") as single:
        one_by_one = [single.save_article(article) for article in generated_articles]
        expected = _contents(single)
        merged = single.merge_stats["merged"]
    assert merged >= 10  # reports of one event, across and within batches, do merge
    with Store(tmp_path / "batch.duckdb") as batched:
        saved = []
        for start in range(0, len(generated_articles), batch_size):
            saved += batched.save_articles(generated_articles[start : start + batch_size])
        assert _contents(batched) == expected
        assert batched.merge_stats["merged"] == merged
    assert [(s.article_id, s.created, s.error) for s in saved] == [
        (article_id, created, None) for article_id, created in one_by_one
    ]


def test_the_same_text_twice_in_a_batch_is_stored_once(store, make_event, make_article):
    first = make_article("Fighting in Raqqa.", [make_event()], title="t")
    again = make_article("fighting in  raqqa.", [make_event()], title="T")
    saved = store.save_articles([first, again])
    assert saved[0].created and not saved[1].created
    assert saved[0].article_id == saved[1].article_id
    assert store.counts()["articles"] == 1
    assert store.save_articles([again]) == [Saved(saved[0].article_id, False)]


def test_a_bad_article_fails_alone_and_the_batch_goes_on(store, make_event, make_article):
    good = make_article("A good article.", [make_event()])
    bad = make_article("A broken article.", [make_event(), make_event()])
    bad.events[1].confidence = "very high"  # not a number: its insert fails
    other = make_article("Another good one.", [make_event(actor1="Islamic State")])
    saved = store.save_articles([good, bad, other])
    assert [s.created for s in saved] == [True, False, True]
    assert saved[1].article_id is None
    assert saved[1].error is not None and "nothing of it was stored" in saved[1].error
    stored = {e["sources"][0]["article_id"] for e in store.events()}
    assert stored == {saved[0].article_id, saved[2].article_id}
    assert store.counts()["articles"] == 2
