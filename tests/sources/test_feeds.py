"""Feeds watched against a real HTTP server on loopback: pages that are slow, missing,
broken, redirected, huge or not HTML; restarts that fetch nothing twice."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from polemos.ingest.feeds import Watcher, parse_duration, parse_feed, read_feed_list
from polemos.ingest.fetch import Fetcher, FetchError, user_agent
from polemos.run.commands import watch
from polemos.store import Store
from polemos.store.feeds import FeedLog

from .http_server import Route, Site, serve
from .pages import news_page


def rss(site: Site, items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{site.url(path)}</link>"
        "<pubDate>Mon, 12 Jun 2017 09:00:00 GMT</pubDate></item>"
        for path, title in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<link>{site.base}</link>{entries}</channel></rss>"
    )


def atom(site: Site, items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f'<entry><title>{title}</title><link href="{site.url(path)}"/><id>{path}</id>'
        "<updated>2017-06-14T09:00:00Z</updated></entry>"
        for path, title in items
    )
    return (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>'
        f"<id>urn:wire</id><updated>2017-06-14T09:00:00Z</updated>{entries}</feed>"
    )


def quick_fetcher(**overrides: float) -> Fetcher:
    """Short timeouts and back-off: the failures under test happen in well under a second."""
    settings = {"timeout": 0.5, "deadline": 1.0, "retries": 1, "backoff": 0.01}
    settings.update(overrides)
    return Fetcher(per_host_interval=0.0, **settings)  # type: ignore[arg-type]


@pytest.fixture
def site() -> Site:
    with serve() as site:
        yield site


def test_a_round_ingests_good_pages_and_names_each_bad_one(site: Site, tmp_path: Path) -> None:
    site.routes = {
        "/good": Route(body=news_page("Strike near Raqqa", "Raqqa")),
        "/moved": Route(status=301, headers={"Location": "/target"}),
        "/target": Route(body=news_page("Clashes in Mosul", "Mosul")),
        "/slow": Route(body=news_page("Slow", "Aleppo"), delay=1.5),
        "/trickle": Route(body=news_page("Trickle", "Idlib"), trickle=0.3),
        "/broken": Route(status=500, body="oops"),
        "/huge": Route(body="<html><body>" + "<p>filler text</p>" * 10_000 + "</body></html>"),
        "/report.pdf": Route(body=b"%PDF-1.4 ...", content_type="application/pdf"),
    }
    paths = ["/good", "/moved", "/slow", "/trickle", "/missing", "/broken", "/huge", "/report.pdf"]
    site.routes["/feed"] = Route(
        body=rss(site, [(p, p.strip("/")) for p in paths]), content_type="application/rss+xml"
    )
    lines: list[str] = []
    with Store(tmp_path / "w.duckdb") as store:
        fetcher = quick_fetcher(max_bytes=100_000)
        stats = Watcher(store, [site.url("/feed")], fetcher=fetcher, echo=lines.append).run_round()
        articles = {a["url"]: a for a in store.articles()}
        items = {i["url"]: i for i in FeedLog(store).items()}
        recorded = {f["source"]: f["reason"] for f in store.failures()}
    assert set(articles) == {site.url("/good"), site.url("/target")}  # the redirect's end
    assert articles[site.url("/good")]["published"] == "2017-06-12"  # the feed's date
    assert stats.ingested == 2 and stats.events > 0
    assert {url: i["status"] for url, i in items.items()} == {
        site.url("/good"): "ingested",
        site.url("/moved"): "ingested",
        site.url("/slow"): "failed",
        site.url("/trickle"): "failed",
        site.url("/missing"): "failed",
        site.url("/broken"): "failed",
        site.url("/huge"): "rejected",
        site.url("/report.pdf"): "rejected",
    }
    assert items[site.url("/slow")]["last_error"] == "timeout"
    assert items[site.url("/trickle")]["last_error"] == "timeout"
    assert items[site.url("/missing")]["last_error"] == "HTTP 404"
    assert items[site.url("/broken")]["last_error"] == "HTTP 500"
    assert site.hits["/broken"] == 2  # one retry within the round
    assert site.hits["/missing"] == 1  # a 404 is not retried at once
    assert recorded == {site.url("/huge"): "too large", site.url("/report.pdf"): "not HTML"}
    assert (stats.failed, stats.rejected) == (4, 2)
    assert any("HTTP 500" in line and "tried again later" in line for line in lines)
    assert all(agent.startswith("polemos/") for agent in site.agents)


def test_a_restart_fetches_nothing_twice_and_retries_failures(site: Site, tmp_path: Path) -> None:
    site.routes = {
        "/a": Route(body=news_page("Strike near Raqqa", "Raqqa")),
        "/b": Route(status=500),
        "/feed": Route(body="", content_type="application/rss+xml"),
    }
    site.routes["/feed"].body = rss(site, [("/a", "A"), ("/b", "B")])
    db = tmp_path / "w.duckdb"
    with Store(db) as store:
        first = Watcher(store, [site.url("/feed")], fetcher=quick_fetcher(retries=0), echo=print)
        assert first.run_round().ingested == 1
    # the page comes back and the feed drops the item: the retry comes from the store
    site.routes["/b"] = Route(body=news_page("Clashes in Mosul", "Mosul"))
    site.routes["/feed"].body = rss(site, [("/a", "A")])
    with Store(db) as store:  # a new process would open the file the same way
        again = Watcher(store, [site.url("/feed")], fetcher=quick_fetcher(retries=0), echo=print)
        stats = again.run_round(2)
        assert (stats.items_new, stats.retried, stats.ingested) == (0, 1, 1)
        assert {i["status"] for i in FeedLog(store).items()} == {"ingested"}
        third = again.run_round(3)
        assert (third.items_new, third.retried, third.ingested) == (0, 0, 0)
        assert store.counts()["articles"] == 2
    assert site.hits["/a"] == 1 and site.hits["/b"] == 2


def test_one_bad_feed_does_not_stop_the_others(site: Site, tmp_path: Path) -> None:
    site.routes = {
        "/atom": Route(body="", content_type="application/atom+xml"),
        "/page": Route(body=news_page("Clashes in Mosul", "Mosul")),
        "/not-a-feed": Route(body=b"\x00\x01\x02 binary", content_type="application/octet-stream"),
        "/down": Route(status=503),
    }
    site.routes["/atom"].body = atom(site, [("/page", "Mosul")])
    feeds = [
        site.url("/down"),
        site.url("/not-a-feed"),
        "http://127.0.0.1:9/closed",
        site.url("/atom"),
    ]
    with Store(tmp_path / "w.duckdb") as store:
        stats = Watcher(store, feeds, fetcher=quick_fetcher(retries=0), echo=print).run_round()
        log = FeedLog(store)
        errors = {feed: (log.feed_state(feed) or {}).get("last_error") for feed in feeds}
        [article] = store.articles()
    assert stats.feeds_failed == 3 and stats.ingested == 1
    assert article["published"] == "2017-06-14"  # the Atom entry's date
    assert errors[site.url("/down")] == "HTTP 503"
    assert errors[site.url("/not-a-feed")].startswith("not a feed")
    assert errors["http://127.0.0.1:9/closed"].startswith("unreachable")
    assert errors[site.url("/atom")] is None


def test_an_unchanged_feed_costs_a_304(site: Site, tmp_path: Path) -> None:
    site.routes = {"/feed": Route(body="", content_type="application/rss+xml", etag='"v1"')}
    site.routes["/feed"].body = rss(site, [])
    with Store(tmp_path / "w.duckdb") as store:
        watcher = Watcher(store, [site.url("/feed")], fetcher=quick_fetcher(), echo=print)
        assert watcher.run_round(1).feeds_unchanged == 0
        assert watcher.run_round(2).feeds_unchanged == 1
        assert FeedLog(store).feed_state(site.url("/feed"))["etag"] == '"v1"'


def test_retries_back_off_and_obey_the_per_host_interval(site: Site) -> None:
    site.routes = {"/flaky": Route(body="<html><p>ok</p></html>", fail_times=2)}
    waits: list[float] = []
    fetcher = Fetcher(retries=3, backoff=0.5, per_host_interval=0.0, sleep=waits.append)
    assert fetcher.get(site.url("/flaky")).status == 200
    assert waits == [0.5, 1.0] and site.hits["/flaky"] == 3
    # two requests to one host wait out the interval; another host does not wait
    now = [100.0]
    waits.clear()
    polite = Fetcher(per_host_interval=2.0, sleep=waits.append, clock=lambda: now[0])
    polite.get(site.url("/flaky"))
    polite.get(site.url("/flaky"))
    polite.get(site.url("/flaky").replace("127.0.0.1", "localhost"))
    assert waits == [2.0]


def test_only_web_addresses_are_fetched(tmp_path: Path) -> None:
    secret = tmp_path / "secret.html"
    secret.write_text("<html><p>private</p></html>")
    with pytest.raises(FetchError) as caught:
        Fetcher().get(secret.as_uri())
    assert caught.value.reason.startswith("not a web address") and not caught.value.retryable


def test_feed_parsing_and_settings(site: Site, tmp_path: Path) -> None:
    items = parse_feed(rss(site, [("/x", "X"), ("/y", "Y")]).encode(), site.url("/feed"))
    assert [(i.url, i.title, i.published) for i in items] == [
        (site.url("/x"), "X", date(2017, 6, 12)),
        (site.url("/y"), "Y", date(2017, 6, 12)),
    ]
    assert [parse_duration(t) for t in ("90", "30s", "15m", "2h")] == [90, 30, 900, 7200]
    with pytest.raises(ValueError):
        parse_duration("soon")
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(
        "# wires\nhttp://a.example/rss\n\nhttp://b.example/atom\nhttp://a.example/rss\n"
    )
    assert read_feed_list(feeds) == ["http://a.example/rss", "http://b.example/atom"]
    assert user_agent().startswith("polemos/") and "(+" in user_agent()


def test_the_watch_command_runs_rounds_and_sums_each_up(site: Site, tmp_path: Path) -> None:
    site.routes = {
        "/page": Route(body=news_page("Strike near Raqqa", "Raqqa")),
        "/feed": Route(body="", content_type="application/rss+xml"),
    }
    site.routes["/feed"].body = rss(site, [("/page", "Raqqa"), ("/gone", "Gone")])
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(site.url("/feed") + "\n")
    db = tmp_path / "w.duckdb"
    args = [str(feeds), "--every", "0.1s", "--rounds", "2", "--db", str(db), "--retries", "0"]
    result = CliRunner().invoke(watch, [*args, "--host-interval", "0.01s"])
    assert result.exit_code == 0, result.output
    rounds = [line for line in result.output.splitlines() if line.startswith("round ")]
    assert len(rounds) == 2
    assert "0 new items + 1 retried" in rounds[1]
    assert "2 new items" in rounds[0] and "1 ingested" in rounds[0]
    assert "1 failed" in rounds[0]
    assert site.hits["/page"] == 1 and site.hits["/gone"] == 2
