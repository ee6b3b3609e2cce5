"""What ``polemos watch`` remembers between rounds and restarts: feed validators and items seen.

Kept beside :class:`~polemos.store.Store` (same file, same connection) rather than in it,
so the feed watcher's SQL lives in the store package without growing the article store.

>>> with Store("news.duckdb") as store:                     # doctest: +SKIP
...     log = FeedLog(store)
...     if log.should_fetch(link, max_attempts=5):
...         ...
...         log.record_item(link, feed_url=feed, url=link, status="ingested", article_id=7)
"""

from __future__ import annotations

from datetime import date
from typing import Any

from polemos.store.store import Store

ITEM_STATUSES = ("ingested", "failed", "rejected")


class FeedLog:
    """Feed state and seen items in a store's database (migration 004_feed_watch)."""

    def __init__(self, store: Store):
        self.store = store
        # the store's own connection: one writer per DuckDB file, and one transaction scope
        self._con = store._con

    # -- feeds ----------------------------------------------------------------------------

    def feed_state(self, feed_url: str) -> dict[str, Any] | None:
        """The last answer of a feed: etag, last_modified, last_error, ...; None if never polled."""
        return self._one(
            "SELECT feed_url, etag, last_modified, last_polled, last_success, last_error,"
            " consecutive_failures FROM feed_state WHERE feed_url = ?",
            [feed_url],
        )

    def record_poll(
        self,
        feed_url: str,
        *,
        ok: bool,
        etag: str | None = None,
        last_modified: str | None = None,
        error: str | None = None,
    ) -> None:
        """Note a poll of a feed; a failed poll keeps the validators of the last good one."""
        if ok:
            self._con.execute(
                "INSERT INTO feed_state (feed_url, etag, last_modified, last_polled, last_success,"
                " last_error, consecutive_failures)"
                " VALUES (?, ?, ?, current_timestamp, current_timestamp, NULL, 0)"
                " ON CONFLICT (feed_url) DO UPDATE SET"
                " etag = coalesce(excluded.etag, feed_state.etag),"
                " last_modified = coalesce(excluded.last_modified, feed_state.last_modified),"
                " last_polled = excluded.last_polled, last_success = excluded.last_success,"
                " last_error = NULL, consecutive_failures = 0",
                [feed_url, etag, last_modified],
            )
        else:
            self._con.execute(
                "INSERT INTO feed_state (feed_url, last_polled, last_error, consecutive_failures)"
                " VALUES (?, current_timestamp, ?, 1)"
                " ON CONFLICT (feed_url) DO UPDATE SET"
                " last_polled = excluded.last_polled, last_error = excluded.last_error,"
                " consecutive_failures = feed_state.consecutive_failures + 1",
                [feed_url, error or "failed"],
            )

    # -- items ----------------------------------------------------------------------------

    def item(self, item_key: str) -> dict[str, Any] | None:
        """What is known of one item, or None if it was never seen."""
        return self._one(
            "SELECT item_key, feed_url, url, published, status, attempts, last_error, article_id,"
            " first_seen, updated_at FROM seen_items WHERE item_key = ?",
            [item_key],
        )

    def should_fetch(self, item_key: str, *, max_attempts: int) -> bool:
        """True for an item never seen, or one that failed fewer than ``max_attempts`` times."""
        row = self._con.execute(
            "SELECT status, attempts FROM seen_items WHERE item_key = ?", [item_key]
        ).fetchone()
        if row is None:
            return True
        status, attempts = row
        return status == "failed" and int(attempts) < max_attempts

    def record_item(
        self,
        item_key: str,
        *,
        feed_url: str,
        url: str | None,
        status: str,
        published: date | None = None,
        error: str | None = None,
        article_id: int | None = None,
    ) -> int:
        """Note one attempt at an item; returns how many attempts it has had."""
        if status not in ITEM_STATUSES:
            raise ValueError(f"status: expected one of {', '.join(ITEM_STATUSES)}, got {status!r}")
        row = self._con.execute(
            "INSERT INTO seen_items (item_key, feed_url, url, published, status, attempts,"
            " last_error, article_id) VALUES (?, ?, ?, ?, ?, 1, ?, ?)"
            " ON CONFLICT (item_key) DO UPDATE SET"
            " url = coalesce(excluded.url, seen_items.url),"
            " published = coalesce(excluded.published, seen_items.published),"
            " status = excluded.status,"
            " attempts = seen_items.attempts + 1, last_error = excluded.last_error,"
            " article_id = coalesce(excluded.article_id, seen_items.article_id),"
            " updated_at = now()"
            " RETURNING attempts",
            [item_key, feed_url, url, published, status, error, article_id],
        ).fetchone()
        assert row is not None
        return int(row[0])

    def items(self, feed_url: str | None = None, status: str | None = None) -> list[dict[str, Any]]:
        """Seen items, oldest first, optionally of one feed or one status."""
        conditions, params = [], []
        if feed_url is not None:
            conditions.append("feed_url = ?")
            params.append(feed_url)
        if status is not None:
            conditions.append("status = ?")
            params.append(status)
        where = " AND ".join(conditions) or "TRUE"
        return self._all(
            "SELECT item_key, feed_url, url, published, status, attempts, last_error, article_id,"
            f" first_seen, updated_at FROM seen_items WHERE {where} ORDER BY first_seen, item_key",
            params,
        )

    def _one(self, sql: str, params: list[object]) -> dict[str, Any] | None:
        rows = self._all(sql, params)
        return rows[0] if rows else None

    def _all(self, sql: str, params: list[object]) -> list[dict[str, Any]]:
        cursor = self._con.execute(sql, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
