"""RSS and Atom feeds, watched: poll each feed, fetch each new item's page, ingest it.

What was seen is kept in the store (``polemos.store.feeds.FeedLog``), item by item as it is
done, so a watcher stopped at any point and started again fetches nothing twice and retries
what failed. A feed or a page that fails is logged with its reason and tried again in a later
round (pages up to ``max_attempts`` times); one bad feed never stops the others.
"""

from __future__ import annotations

import re
import time
from calendar import timegm
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from polemos.ingest import BadInput, article_from_html, looks_like_html
from polemos.ingest.fetch import Fetcher, FetchError, Response
from polemos.pipeline import Pipeline, process
from polemos.store import Store
from polemos.store.feeds import FeedLog

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """Seconds in ``90``, ``30s``, ``15m``, ``2h`` or ``1d``; ValueError otherwise."""
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"not a duration: {text!r} (use e.g. 30s, 15m, 2h)")
    return float(match.group(1)) * _UNITS[match.group(2).lower()]


def read_feed_list(path: str | Path) -> list[str]:
    """Feed URLs from a file, one a line; blank lines and ``#`` comments are ignored."""
    urls: list[str] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and line not in urls:
            urls.append(line)
    return urls


@dataclass
class FeedItem:
    key: str  # the item's link, else its guid: what "seen" means
    url: str | None
    feed_url: str
    title: str = ""
    published: date | None = None


class FeedError(Exception):
    """A feed that could not be read; ``reason`` is short and stable."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def parse_feed(body: bytes, feed_url: str, headers: dict[str, str] | None = None) -> list[FeedItem]:
    """The items of an RSS or Atom document, in feed order; FeedError if it is not a feed."""
    import feedparser

    response_headers = {"content-location": feed_url, **(headers or {})}
    parsed = feedparser.parse(body, response_headers=response_headers)
    if parsed.bozo and not parsed.entries and not parsed.feed.get("title"):
        detail = getattr(parsed, "bozo_exception", None)
        raise FeedError(f"not a feed ({detail})" if detail else "not a feed")
    items: list[FeedItem] = []
    for entry in parsed.entries:
        url = entry.get("link") or None
        key = url or entry.get("id")
        if not key:
            continue  # an item with neither link nor id cannot be fetched or remembered
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = datetime.fromtimestamp(timegm(stamp), UTC).date() if stamp else None
        items.append(FeedItem(key, url, feed_url, entry.get("title", ""), published))
    return items


@dataclass
class RoundStats:
    number: int
    feeds: int = 0
    feeds_failed: int = 0
    feeds_unchanged: int = 0
    items_new: int = 0
    retried: int = 0
    ingested: int = 0
    duplicates: int = 0  # the article was already in the store (another feed, an earlier file)
    events: int = 0
    failed: int = 0  # will be retried
    rejected: int = 0  # no article there: never again
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        feeds = f"{self.feeds} feeds"
        notes = [f"{self.feeds_failed} failed"] if self.feeds_failed else []
        if self.feeds_unchanged:
            notes.append(f"{self.feeds_unchanged} unchanged")
        if notes:
            feeds += f" ({', '.join(notes)})"
        retried = f" + {self.retried} retried" if self.retried else ""
        return (
            f"round {self.number}: {feeds}, {self.items_new} new items{retried}: "
            f"{self.ingested} ingested ({self.events} events), {self.duplicates} already stored, "
            f"{self.failed} failed (retried later), {self.rejected} not articles "
            f"in {self.seconds:.1f} s"
        )


class Watcher:
    """Polls feeds into a store, round after round.

    ``echo`` receives progress lines; ``pipeline`` defaults to the standard one.
    """

    def __init__(
        self,
        store: Store,
        feeds: Iterable[str],
        *,
        fetcher: Fetcher | None = None,
        pipeline: Pipeline | None = None,
        max_attempts: int = 5,
        echo: Callable[[str], None] = print,
    ):
        self.store = store
        self.log = FeedLog(store)
        self.feeds = list(feeds)
        self.fetcher = fetcher or Fetcher()
        self.pipeline = pipeline
        self.max_attempts = max_attempts
        self.echo = echo

    def run(
        self,
        every: float,
        rounds: int | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> list[RoundStats]:
        """Rounds ``every`` seconds apart (start to start), ``rounds`` of them or forever."""
        done: list[RoundStats] = []
        number = 0
        while rounds is None or number < rounds:
            number += 1
            stats = self.run_round(number)
            done.append(stats)
            self.echo(stats.summary())
            if rounds is not None and number >= rounds:
                break
            sleep(max(0.0, every - stats.seconds))
        return done

    def run_round(self, number: int = 1) -> RoundStats:
        """Poll every feed once, then fetch and ingest new items and earlier failures."""
        started = time.monotonic()
        stats = RoundStats(number, feeds=len(self.feeds))
        todo: dict[str, FeedItem] = {}
        for feed_url in self.feeds:
            for item in self._poll(feed_url, stats):
                if item.key not in todo and self.log.should_fetch(
                    item.key, max_attempts=self.max_attempts
                ):
                    todo[item.key] = item
                    if self.log.item(item.key) is None:
                        stats.items_new += 1
                    else:
                        stats.retried += 1
        # items that failed before, whether or not their feed still lists them
        for row in self.log.items(status="failed"):
            if row["item_key"] not in todo and row["attempts"] < self.max_attempts:
                todo[row["item_key"]] = FeedItem(
                    row["item_key"], row["url"], row["feed_url"], published=row["published"]
                )
                stats.retried += 1
        for position, item in enumerate(todo.values(), start=1):
            self._ingest(item, stats)
            if position % 10 == 0:
                self.echo(f"  round {number}: {position}/{len(todo)} items")
        stats.seconds = time.monotonic() - started
        return stats

    def _poll(self, feed_url: str, stats: RoundStats) -> list[FeedItem]:
        state = self.log.feed_state(feed_url) or {}
        headers = {"Accept": FEED_ACCEPT}
        if state.get("etag"):
            headers["If-None-Match"] = state["etag"]
        if state.get("last_modified"):
            headers["If-Modified-Since"] = state["last_modified"]
        try:
            response = self.fetcher.get(feed_url, headers)
            if response.status == 304:
                self.log.record_poll(feed_url, ok=True)
                stats.feeds_unchanged += 1
                return []
            items = parse_feed(response.body, response.url, response.headers)
        except (FetchError, FeedError) as error:
            stats.feeds_failed += 1
            self.log.record_poll(feed_url, ok=False, error=error.reason)
            self.echo(f"  feed failed: {feed_url}: {error.reason} (tried again next round)")
            return []
        self.log.record_poll(
            feed_url,
            ok=True,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
        )
        return items

    def _ingest(self, item: FeedItem, stats: RoundStats) -> None:
        status, reason, article_id = "failed", "", None
        try:
            if not item.url:
                raise BadInput("no link", "the feed item has no link to fetch")
            response = self.fetcher.get(item.url, {"Accept": "text/html, */*;q=0.5"})
            article = article_from_html(
                _html_of(response), published=item.published, url=response.url, source=item.feed_url
            )
            try:
                process(article, self.pipeline)
            except Exception as error:  # noqa: BLE001 - one article's crash must not stop a round
                raise _PipelineError(f"{type(error).__name__}: {error}") from error
            article_id, created = self.store.save_article(article)
        except FetchError as error:
            # a page too large or not on the web stays so; the rest may work later
            status = "failed" if error.retryable or error.status else "rejected"
            reason = error.reason
        except BadInput as error:
            status, reason = "rejected", f"{error.reason}: {error.detail}".rstrip(": ")
        except _PipelineError as error:
            status, reason = "failed", f"pipeline error: {error}"
        else:
            status = "ingested"
            if created:
                stats.ingested += 1
                stats.events += len(article.events)
            else:
                stats.duplicates += 1
        attempts = self.log.record_item(
            item.key,
            feed_url=item.feed_url,
            url=item.url,
            status=status,
            published=item.published,
            error=reason or None,
            article_id=article_id,
        )
        if status == "ingested":
            return
        source = item.url or item.key
        if status == "rejected":
            stats.rejected += 1
        else:
            stats.failed += 1
        if status == "rejected" or attempts >= self.max_attempts:
            note = reason if status == "rejected" else f"gave up after {attempts} attempts"
            self.store.record_failure(source, reason.split(":", 1)[0], note)
            self.echo(f"  not ingested: {source}: {reason}")
        else:
            self.echo(f"  failed: {source}: {reason} (attempt {attempts}, tried again later)")
        stats.failures.append(f"{reason}: {source}")


class _PipelineError(Exception):
    pass


def _html_of(response: Response) -> str:
    body = response.body
    if response.content_type and response.content_type not in HTML_TYPES:
        raise BadInput("not HTML", f"the page is {response.content_type}")
    if not body.strip():
        raise BadInput("empty", "the page has no body")
    text: str | None = None
    if response.charset:
        try:
            text = body.decode(response.charset)
        except (LookupError, UnicodeDecodeError):
            text = None  # a wrong charset header: let detection decide
    if text is None:
        from trafilatura.utils import decode_file

        text = str(decode_file(body))
    if not response.content_type and not looks_like_html(text):
        raise BadInput("not HTML", "the page has no content type and does not look like HTML")
    return text
