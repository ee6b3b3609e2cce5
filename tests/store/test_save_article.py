from dataclasses import dataclass
from datetime import date

import pytest

from polemos.article import Event
from polemos.store import StoreError

EMPTY = {"articles": 0, "events": 0, "event_sources": 0, "places": 0, "failures": 0}


def test_saved_event_reads_back_as_the_pipeline_dict(store, make_event, make_article):
    event = make_event()
    article_id, created = store.save_article(
        make_article(
            "Text.", [event], title="T", url="https://x.org/1", published=date(2017, 6, 12)
        )
    )
    assert created
    [stored] = store.events()
    assert {k: v for k, v in stored.items() if k not in ("id", "sources")} == event.to_dict()
    [source] = stored["sources"]
    assert source["article_id"] == article_id
    assert source["url"] == "https://x.org/1"
    assert source["published"] == "2017-06-12"
    assert source["sentence"] == event.evidence["sentence"]
    assert store.event(stored["id"]) == stored


def test_event_without_place_or_attribution_reads_back_as_none(store, make_event, make_article):
    event = make_event(location=None, attribution=None, counts=[], provenance={})
    store.save_article(make_article("Text.", [event]))
    [stored] = store.events()
    assert stored["location"] is None
    assert stored["attribution"] is None


def test_saving_the_same_text_again_changes_nothing(store, make_event, make_article):
    first = store.save_article(make_article("Same  text.", [make_event()], title="T"))
    counts = store.counts()
    # the hash ignores spacing and case, so a re-crawl of the page is the same article
    again = store.save_article(make_article("same text.", [make_event(), make_event()], title="t"))
    assert first == (first[0], True)
    assert again == (first[0], False)
    assert store.counts() == counts


def test_article_failing_mid_way_leaves_nothing(store, make_event, make_article):
    article = make_article("Two events, the second broken.", [make_event(), make_event()])
    article.events[1].confidence = "very high"  # not a number: its insert fails
    with pytest.raises(StoreError, match="nothing of it was stored"):
        store.save_article(article)
    assert store.counts() == EMPTY


def test_article_failing_at_its_last_insert_leaves_nothing(
    store, make_event, make_article, make_toponym
):
    # places are upserted after the article and its events: fail there
    article = make_article("Events saved, then a broken place.", [make_event(), make_event()])
    article.toponyms = [make_toponym({**article.events[0].location, "geonameid": 1}, 10)]
    article.toponyms[0].place.latitude = "north"
    with pytest.raises(StoreError):
        store.save_article(article)
    assert store.counts() == EMPTY


def test_failed_article_can_be_saved_once_fixed(store, make_event, make_article):
    article = make_article("Broken, then fixed.", [make_event(confidence="high")])
    with pytest.raises(StoreError):
        store.save_article(article)
    article.events[0].confidence = 0.8
    article_id, created = store.save_article(article)
    assert created
    assert store.counts()["events"] == 1
    assert store.events()[0]["sources"][0]["article_id"] == article_id


def test_places_are_upserted_once_with_the_largest_population(
    store, make_event, make_article, make_toponym
):
    raqqa = make_event().location
    first = make_article("One.", [make_event()])
    first.toponyms = [make_toponym(raqqa, 200_000)]
    second = make_article("Two.", [make_event()])
    second.toponyms = [make_toponym({**raqqa, "admin2": "Raqqa District"}, 0)]
    store.save_article(first)
    store.save_article(second)
    [place] = store.places()
    assert place["geonameid"] == raqqa["geonameid"]
    assert place["population"] == 200_000
    assert place["admin2"] == "Raqqa District"


def test_articles_list_metadata_without_text_unless_asked(store, make_article):
    store.save_article(make_article("Body.", [], title="T", published=date(2017, 6, 12)))
    [listed] = store.articles()
    assert listed["title"] == "T"
    assert listed["published"] == "2017-06-12"
    assert "text" not in listed
    assert store.articles(text=True)[0]["text"] == "Body."
    assert store.article(listed["id"])["text"] == "Body."
    assert store.article(listed["id"] + 1) is None


def test_keys_without_a_column_read_back_too(store, make_event, make_article):
    @dataclass
    class LaterEvent(Event):  # an Event that has gained a field since this schema
        severity: str = "high"

    fields = make_event().to_dict()
    fields["evidence"]["trigger"] = "fought"
    fields["fatalities"]["qualifier"] = "range"
    fields["location"]["admin1_code"] = "SY.04"
    fields["attribution"]["channel"] = "statement"
    event = LaterEvent(**fields)
    store.save_article(make_article("Text.", [event]))
    [stored] = store.events()
    assert {k: v for k, v in stored.items() if k not in ("id", "sources")} == event.to_dict()
    assert stored["sources"][0]["trigger"] == "fought"
