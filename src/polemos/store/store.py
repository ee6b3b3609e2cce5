"""The DuckDB store of articles, events, their sources, places and failures."""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any, NamedTuple

import duckdb

from polemos.article import Article, Event
from polemos.store.dates import date_bounds
from polemos.store.filters import order_clause, where_clause

DEFAULT_PATH = "polemos.duckdb"

_MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")

_EVENT_COLUMNS = (
    "id, event_type, sub_event_type, actor1, actor2, assoc_actor_1, inter1, inter2, "
    "date, date_precision, location_name, country, admin1, admin2, latitude, longitude, "
    "geonameid, location_precision, fatalities_low, fatalities_best, fatalities_high, "
    "fatalities_text, counts, modality, attribution_source, attribution_verb, confidence, "
    "provenance, extra"
)
_EVENT_INSERT_COLUMNS = (
    "id", "event_type", "sub_event_type", "actor1", "actor2", "assoc_actor_1", "inter1",
    "inter2", "date", "date_precision", "date_start", "date_end", "location_name", "country",
    "admin1", "admin2", "latitude", "longitude", "geonameid", "location_precision",
    "fatalities_low", "fatalities_best", "fatalities_high", "fatalities_text", "counts",
    "modality", "attribution_source", "attribution_verb", "confidence", "provenance", "extra",
)  # fmt: skip
_SOURCE_INSERT_COLUMNS = (
    "event_id", "article_id", "sentence", "start_offset", "end_offset", "attribution_source",
    "attribution_verb", "modality", "fatalities_low", "fatalities_best", "fatalities_high",
    "extra", "event", "merge_score", "merge_detail",
)  # fmt: skip
_PLACE_INSERT_COLUMNS = (
    "geonameid", "name", "country", "admin1", "admin2", "latitude", "longitude", "precision",
    "population",
)  # fmt: skip
_LOCATION_COLUMNS = (
    "location_name", "country", "admin1", "admin2", "latitude", "longitude", "geonameid",
    "location_precision",
)  # fmt: skip


# the keys of an event dict that have columns; any others are kept in the `extra` JSON columns
_MODELLED = {
    "event": {
        "event_type", "sub_event_type", "actor1", "actor2", "assoc_actor_1", "inter1", "inter2",
        "date", "date_precision", "location", "fatalities", "counts", "modality",
        "attribution", "evidence", "confidence", "provenance",
    },
    "location": {
        "name", "country", "admin1", "admin2", "latitude", "longitude", "geonameid", "precision",
    },
    "fatalities": {"low", "best", "high", "text"},
    "attribution": {"source", "verb"},
}  # fmt: skip
_MODELLED_EVIDENCE = {"sentence", "start", "end"}


class _Report(NamedTuple):
    source: dict[str, Any]  # an item of an event dict's `sources`
    evidence_extra: dict[str, Any]


class Saved(NamedTuple):
    """What became of one article given to :meth:`Store.save_articles`."""

    article_id: int | None  # None if it could not be stored
    created: bool  # False if the same text was stored already
    error: str | None = None  # why it could not be stored


class StoreError(Exception):
    """The store could not do what was asked; the message says why and what to do."""


def default_path() -> Path:
    """``$POLEMOS_DB`` if set, else ``./polemos.duckdb``."""
    return Path(os.environ.get("POLEMOS_DB") or DEFAULT_PATH)


def migrations() -> list[tuple[int, str, str]]:
    """The shipped schema migrations as (version, file name, SQL), oldest first."""
    found = []
    for entry in files("polemos.store").joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [version for version, _, _ in found]
    if versions != list(range(1, len(found) + 1)):
        raise StoreError(f"migrations must be numbered 001, 002, ... with no gap; found {versions}")
    return found


class Store:
    """Articles and the events extracted from them, in one DuckDB file.

    One connection, so one thread at a time; DuckDB lets one process at a time write a file.
    """

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else default_path()
        # events saved, candidate comparisons and merges since opening (bench/merge_bench.py)
        self.merge_stats: Counter[str] = Counter()
        try:
            self._con = duckdb.connect(str(self.path))
        except duckdb.Error as exc:
            hint = ""
            if "lock" in str(exc).lower():
                hint = " (another process is using it: wait for it, or set POLEMOS_DB)"
            raise StoreError(f"cannot open the database {self.path}: {exc}{hint}") from exc
        try:
            self._migrate()
        except BaseException:
            self._con.close()  # release the file lock for whoever fixes the problem
            raise

    # -- schema ---------------------------------------------------------------------------

    def _migrate(self) -> None:
        self._con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version ("
            " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
            " applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"
        )
        current = self.schema_version
        available = migrations()
        if current > len(available):
            raise StoreError(
                f"{self.path} has schema version {current} but this polemos knows only "
                f"{len(available)}: upgrade polemos to use this database"
            )
        for version, name, sql in available[current:]:
            self._con.begin()
            try:
                self._con.execute(sql)
                self._con.execute(
                    "INSERT INTO schema_version (version, name) VALUES (?, ?)", [version, name]
                )
                self._con.commit()
            except duckdb.Error as exc:
                self._con.rollback()
                raise StoreError(f"migration {name} failed on {self.path}: {exc}") from exc
        blocks_version = next(v for v, name, _ in available if name.endswith("_merge_control.sql"))
        if current < blocks_version:
            # block keys are computed in Python (polemos.merge.blocking), not by the SQL
            self.rebuild_merge_index()

    @property
    def schema_version(self) -> int:
        """The newest migration applied to this database (0 for an empty one)."""
        row = self._con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()
        return int(row[0]) if row else 0

    # -- writing --------------------------------------------------------------------------

    def save_article(self, article: Article, merge: bool = True) -> tuple[int, bool]:
        """Store an article with its events and places in one transaction; (article id, created).

        An article whose hash is already stored is left as it is: (its id, False). With
        ``merge`` (the default) each event that is a report of an event already stored
        (``polemos.merge``, rules in ``data/merge_rules.yaml``) becomes one more source of
        that event instead of a new event.
        """
        try:
            [saved] = self._save_batch([article], merge)
        except (duckdb.Error, TypeError, ValueError) as exc:
            if isinstance(exc, duckdb.ConstraintException):
                # another connection stored the same text between our check and our insert
                existing = self._article_ids([article.hash]).get(article.hash)
                if existing is not None:
                    return existing, False
            raise StoreError(
                f"could not save article {_describe(article)}; nothing of it was stored: {exc}"
            ) from exc
        assert saved.article_id is not None
        return saved.article_id, saved.created

    def save_articles(self, articles: Sequence[Article], merge: bool = True) -> list[Saved]:
        """Store many articles as :meth:`save_article` stores each, in order, in one transaction.

        DuckDB's cost is per statement, not per row, so a batch takes a handful of statements
        where one article at a time takes ten each. If the batch cannot be stored, nothing of
        it is, and each article is then tried alone: one bad article fails alone, and its
        ``Saved`` says why.
        """
        if not articles:
            return []
        try:
            return self._save_batch(articles, merge)
        except (duckdb.Error, TypeError, ValueError):
            saved = []
            for article in articles:
                try:
                    saved.append(Saved(*self.save_article(article, merge)))
                except StoreError as exc:
                    saved.append(Saved(None, False, str(exc)))
            return saved

    def _save_batch(self, articles: Sequence[Article], merge: bool) -> list[Saved]:
        """Store the articles whose hash is new in one transaction; rolled back on any error."""
        hashes = [article.hash for article in articles]
        ids = self._article_ids(hashes)
        new: dict[str, Article] = {}
        for article, article_hash in zip(articles, hashes, strict=True):
            if article_hash not in ids:
                new.setdefault(article_hash, article)  # the same text twice in one batch
        if new:
            self._con.begin()
            try:
                new_ids = self._insert_articles(new)
                _EventBatch(
                    self, [(new_ids[h], article.events) for h, article in new.items()], merge
                ).save()
                self._upsert_places(list(new.values()))
                self._con.commit()
            except BaseException:
                self._con.rollback()
                raise
            ids.update(new_ids)
        saved = []
        for article_hash in hashes:
            created = new.pop(article_hash, None) is not None
            saved.append(Saved(ids[article_hash], created))
        return saved

    def _article_ids(self, hashes: Sequence[str]) -> dict[str, int]:
        """Stored articles' ids by hash, for those of ``hashes`` that are stored."""
        found: dict[str, int] = {}
        # an explicit IN list of parameters is what DuckDB answers with an index scan
        for chunk in _chunks(sorted(set(hashes)), 500):
            placeholders = ", ".join(["?"] * len(chunk))
            for article_hash, article_id in self._con.execute(
                f"SELECT hash, id FROM articles WHERE hash IN ({placeholders})", list(chunk)
            ).fetchall():
                found[article_hash] = int(article_id)
        return found

    def _insert_articles(self, articles: dict[str, Article]) -> dict[str, int]:
        """Insert articles (by hash); their new ids by hash."""
        ids: dict[str, int] = {}
        items = list(articles.items())
        for chunk in _chunks(items, _ROWS_PER_INSERT):
            rows = [[h, a.title, a.url, a.published, a.site, a.source, a.text] for h, a in chunk]
            # lists unnested, as in _insert_rows
            for article_hash, article_id in self._con.execute(
                "INSERT INTO articles (hash, title, url, published, site, source, text)"
                f" SELECT {', '.join(['unnest(?)'] * 7)} RETURNING hash, id",
                [list(column) for column in zip(*rows, strict=True)],
            ).fetchall():
                ids[article_hash] = int(article_id)
        return ids

    def _next_event_ids(self, count: int) -> list[int]:
        if count == 0:
            return []
        return [
            int(row[0])
            for row in self._con.execute(
                "SELECT nextval('events_id_seq') FROM range(?)", [count]
            ).fetchall()
        ]

    # -- merging reports of one event (polemos.merge decides; this only reads and writes) --

    def _match_reports(
        self,
        article_id: int,
        reports: list[dict[str, Any]],
        keys: list[set[str]],
        blocks: dict[str, set[int]],
        candidates: dict[int, dict[str, Any]],
    ) -> list[Any]:
        """For each report, the stored event it is a report of (a ``merge.Match``) or None.

        ``keys``: each report's query keys; ``blocks`` and ``candidates``: the stored events
        filed under them (:meth:`_blocked_events`, :meth:`_merge_candidates`).
        """
        from polemos.merge import choose_match, merge_rules

        rules = merge_rules()
        matches: list[Any] = []
        joined: set[int] = set()  # events this article already reports: one report each
        for report, report_keys in zip(reports, keys, strict=True):
            ids = {event_id for key in report_keys for event_id in blocks.get(key, ())}
            usable = [
                candidates[event_id]
                for event_id in sorted(ids)
                if event_id in candidates
                and event_id not in joined
                # two events told by one article are two events
                and article_id not in candidates[event_id]["article_ids"]
            ]
            self.merge_stats["events"] += 1
            self.merge_stats["comparisons"] += len(usable)
            match = choose_match(report, usable, rules)
            if match is not None:
                joined.add(match.event_id)
                self.merge_stats["merged"] += 1
            matches.append(match)
        return matches

    def _blocked_events(self, keys: set[str]) -> dict[str, set[int]]:
        """Block key -> ids of the events filed under it (``polemos.merge.blocking``)."""
        found: dict[str, set[int]] = {}
        ordered = sorted(keys)
        # an explicit IN list of parameters is what DuckDB answers with an index scan
        for chunk in _chunks(ordered, 500):
            placeholders = ", ".join(["?"] * len(chunk))
            for block, event_id in self._con.execute(
                f"SELECT block, event_id FROM event_blocks WHERE block IN ({placeholders})",
                chunk,
            ).fetchall():
                found.setdefault(block, set()).add(int(event_id))
        return found

    def _event_block_keys(self, event_ids: list[int]) -> list[tuple[str, int]]:
        """(block key, event id) of each key these events are filed under."""
        return [
            (block, int(event_id))
            for block, event_id in self._con.execute(
                "SELECT block, event_id FROM event_blocks"
                " WHERE event_id IN (SELECT unnest(?::BIGINT[]))",
                [list(event_ids)],
            ).fetchall()
        ]

    def _merge_candidates(self, event_ids: list[int]) -> dict[int, dict[str, Any]]:
        """Events by id as event dicts, with their reports' sentences and article ids."""
        candidates: dict[int, dict[str, Any]] = {}
        for chunk in _chunks(event_ids, 500):
            placeholders = ", ".join(["?"] * len(chunk))
            for row in self._rows(
                f"SELECT {_EVENT_COLUMNS} FROM events e WHERE id IN ({placeholders})", list(chunk)
            ):
                event = _event_dict(row, [])
                event["sentences"], event["article_ids"] = [], set()
                candidates[row["id"]] = event
            for event_id, article_id, sentence in self._con.execute(
                "SELECT event_id, article_id, sentence FROM event_sources"
                f" WHERE event_id IN ({placeholders}) ORDER BY id",
                list(chunk),
            ).fetchall():
                if event_id in candidates:
                    candidates[event_id]["sentences"].append(sentence or "")
                    candidates[event_id]["article_ids"].add(int(article_id))
        return candidates

    def _recompute_event(self, event_id: int, previous: dict[str, Any] | None = None) -> None:
        """Rewrite an event (and its block keys) from all of its reports.

        ``previous``: the event as it was, when known: its keys are rewritten only if they
        changed (most merges change no date or place), which saves two statements.
        """
        from polemos.merge import merge_rules, reconcile, stored_keys

        reports = self.event_reports(event_id)
        if not reports:
            self._con.execute("DELETE FROM events WHERE id = ?", [event_id])
            self._con.execute("DELETE FROM event_blocks WHERE event_id = ?", [event_id])
            return
        event = reconcile([report["event"] for report in reports])
        values = _event_row(event_id, event)
        assignments = ", ".join(f"{column} = ?" for column in _EVENT_INSERT_COLUMNS[1:])
        self._con.execute(f"UPDATE events SET {assignments} WHERE id = ?", [*values[1:], event_id])
        rules = merge_rules()
        keys = stored_keys(event, rules)
        if previous is not None and stored_keys(previous, rules) == keys:
            return
        self._con.execute("DELETE FROM event_blocks WHERE event_id = ?", [event_id])
        if keys:
            self._insert_rows("event_blocks", ("block", "event_id"), [[k, event_id] for k in keys])

    def event_reports(self, event_id: int) -> list[dict[str, Any]]:
        """Each report of an event, oldest first: ``{source_id, article_id, event}``.

        ``event`` is the report's own event as its article told it (the pipeline dict), the
        material ``reconcile`` and ``unmerge`` rebuild events from.
        """
        rows = list(
            self._rows(
                "SELECT id, article_id, event, sentence, start_offset, end_offset, modality,"
                " attribution_source, attribution_verb, fatalities_low, fatalities_best,"
                " fatalities_high, extra FROM event_sources WHERE event_id = ? ORDER BY id",
                [event_id],
            )
        )
        fallback: dict[str, Any] | None = None
        reports = []
        for row in rows:
            if row["event"]:
                event = json.loads(row["event"])
            else:
                # stored before reports kept their own event (schema < 3): such an event had
                # one report, so the event row is that report
                if fallback is None:
                    fallback = self.event(event_id) or {}
                event = _report_from_row(fallback, row)
            reports.append(
                {"source_id": row["id"], "article_id": row["article_id"], "event": event}
            )
        return reports

    def unmerge(self, event_id: int, source_id: int) -> int:
        """Split report ``source_id`` out of event ``event_id`` into an event of its own.

        Both events are recomputed from their reports; returns the new event's id.
        """
        from polemos.merge import merge_rules, stored_keys

        row = self._con.execute(
            "SELECT event_id FROM event_sources WHERE id = ?", [source_id]
        ).fetchone()
        if row is None or int(row[0]) != event_id:
            raise StoreError(
                f"report {source_id} is not a source of event {event_id}: "
                f"see 'polemos events --id {event_id} --sources' for its reports"
            )
        count = self._con.execute(
            "SELECT count(*) FROM event_sources WHERE event_id = ?", [event_id]
        ).fetchone()
        if count is None or int(count[0]) < 2:
            raise StoreError(f"event {event_id} has only this report: there is nothing to split")
        report = next(r for r in self.event_reports(event_id) if r["source_id"] == source_id)
        self._con.begin()
        try:
            [new_id] = self._next_event_ids(1)
            self._insert_rows(
                "events", _EVENT_INSERT_COLUMNS, [_event_row(new_id, report["event"])]
            )
            self._con.execute(
                "UPDATE event_sources SET event_id = ?, merge_score = NULL, merge_detail = ?"
                " WHERE id = ?",
                [new_id, f"split from event {event_id}", source_id],
            )
            keys = stored_keys(report["event"], merge_rules())
            if keys:
                self._insert_rows(
                    "event_blocks", ("block", "event_id"), [[k, new_id] for k in keys]
                )
            self._recompute_event(event_id)
            self._con.commit()
        except BaseException:
            self._con.rollback()
            raise
        return new_id

    def rebuild_merge_index(self) -> int:
        """File every event under its block keys again (after a change of the merge rules'
        grid or window); returns how many keys were written."""
        from polemos.merge import merge_rules, stored_keys

        rules = merge_rules()
        self._con.begin()
        try:
            self._con.execute("DELETE FROM event_blocks")
            written = 0
            batch: list[list[Any]] = []
            for event in self._iter_event_dicts():
                batch.extend([key, event["id"]] for key in stored_keys(event, rules))
                if len(batch) >= 5000:
                    self._insert_rows("event_blocks", ("block", "event_id"), batch)
                    written, batch = written + len(batch), []
            if batch:
                self._insert_rows("event_blocks", ("block", "event_id"), batch)
                written += len(batch)
            self._con.commit()
        except BaseException:
            self._con.rollback()
            raise
        return written

    def first_reports(self, article_ids: Sequence[int]) -> list[tuple[int, int, dict[str, Any]]]:
        """(article id, event id, the report's own event) of each article's first report."""
        if not article_ids:
            return []
        rows = self._con.execute(
            "SELECT article_id, arg_min(event_id, id), arg_min(event, id) FROM event_sources"
            " WHERE article_id IN (SELECT unnest(?::BIGINT[])) GROUP BY article_id",
            [list(article_ids)],
        ).fetchall()
        return [
            (int(article_id), int(event_id), json.loads(event) if event else {})
            for article_id, event_id, event in rows
        ]

    # -- territorial control (polemos.control reads these) --------------------------------

    def events_of_types(
        self, sub_event_types: Sequence[str], until: str | date | None = None
    ) -> list[dict[str, Any]]:
        """Events of any of these ACLED sub-event types, oldest first, shaped as in
        :meth:`events`; with ``until`` only those whose period starts on or before it."""
        if not sub_event_types:
            return []
        placeholders = ", ".join(["?"] * len(sub_event_types))
        sql = f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.sub_event_type IN ({placeholders})"
        params: list[object] = list(sub_event_types)
        if until is not None:
            bounds = date_bounds(until)
            if bounds is None:
                raise ValueError(f"until: expected YYYY[-MM[-DD]], got {until!r}")
            sql += " AND e.date_start <= ?"
            params.append(bounds[1])
        sql += " ORDER BY e.date_start NULLS LAST, e.id"
        rows = list(self._rows(sql, params))
        reports = self._sources([row["id"] for row in rows])
        return [_event_dict(row, reports.get(row["id"], [])) for row in rows]

    def place_populations(self, geonameids: Sequence[int]) -> dict[int, int]:
        """Population of stored places by GeoNames id (0 where unknown)."""
        if not geonameids:
            return {}
        return {
            int(geonameid): int(population or 0)
            for geonameid, population in self._con.execute(
                "SELECT geonameid, population FROM places"
                " WHERE geonameid IN (SELECT unnest(?::BIGINT[]))",
                [list(geonameids)],
            ).fetchall()
        }

    def _iter_event_dicts(self) -> Iterator[dict[str, Any]]:
        cursor = self._con.execute(f"SELECT {_EVENT_COLUMNS} FROM events e ORDER BY id")
        names = [column[0] for column in cursor.description]
        while chunk := cursor.fetchmany(2000):
            for values in chunk:
                yield _event_dict(dict(zip(names, values, strict=True)), [])

    def _insert_rows(
        self, table: str, columns: tuple[str, ...], rows: list[list[Any]], suffix: str = ""
    ) -> None:
        # table and column names come from this module's constants, never from a caller
        select = ", ".join(["unnest(?)"] * len(columns))
        # one list parameter per column, unnested in step: DuckDB binds a few lists five
        # times faster than a VALUES list of one parameter per value (170 rows of places:
        # 2 ms against 13). At most one vector of rows a statement, so that the rows (and
        # the ids their defaults draw from a sequence) go in in order, as VALUES put them.
        for chunk in _chunks(rows, _ROWS_PER_INSERT):
            self._con.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) SELECT {select}{suffix}",
                [list(column) for column in zip(*chunk, strict=True)],
            )

    def _upsert_places(self, articles: list[Article]) -> None:
        places: dict[int, dict[str, Any]] = {}
        # the first value found is kept: the latest article first, as if saved one at a time
        for article in reversed(articles):
            # toponyms first: their Place carries the population a location dict lacks
            for toponym in article.toponyms:
                place = toponym.place
                if place is not None and place.geonameid is not None:
                    _merge_place(places, vars(place))
            for event in article.events:
                if event.location and event.location.get("geonameid") is not None:
                    _merge_place(places, event.location)
        if not places:
            return
        rows = [
            [geonameid]
            + [place.get(column) for column in _PLACE_INSERT_COLUMNS[1:-1]]
            + [place.get("population") or 0]
            for geonameid, place in places.items()
        ]
        self._insert_rows(
            "places",
            _PLACE_INSERT_COLUMNS,
            rows,
            " ON CONFLICT (geonameid) DO UPDATE SET"
            " name = coalesce(excluded.name, places.name),"
            " country = coalesce(excluded.country, places.country),"
            " admin1 = coalesce(excluded.admin1, places.admin1),"
            " admin2 = coalesce(excluded.admin2, places.admin2),"
            " latitude = coalesce(excluded.latitude, places.latitude),"
            " longitude = coalesce(excluded.longitude, places.longitude),"
            " precision = coalesce(excluded.precision, places.precision),"
            " population = greatest(excluded.population, places.population)",
        )

    def record_failure(self, source: str, reason: str, detail: str = "") -> int:
        """Note that ``source`` could not be processed, and why; returns the failure's id."""
        row = self._con.execute(
            "INSERT INTO failures (source, reason, detail) VALUES (?, ?, ?) RETURNING id",
            [source, reason, detail],
        ).fetchone()
        assert row is not None
        return int(row[0])

    # -- reading --------------------------------------------------------------------------

    def events(
        self,
        actor: str | None = None,
        event_type: str | None = None,
        sub_event_type: str | None = None,
        country: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        modality: str | Sequence[str] | None = None,
        min_confidence: float | None = None,
        bbox: Sequence[float] | None = None,
        limit: int | None = None,
        offset: int = 0,
        order_by: str = "date",
        article_id: int | None = None,
    ) -> list[dict[str, Any]]:
        """Events matching every filter given, as pipeline event dicts plus ``id`` and ``sources``.

        ``actor`` matches part of actor1 or actor2, any case; ``event_type`` takes ACLED names
        or shorthands ("battles", "remote_violence"); ``country`` an ISO code or a name;
        ``since``/``until`` (YYYY[-MM[-DD]]) keep events whose date period overlaps them;
        ``bbox`` is (west, south, east, north); ``order_by`` one of
        ``polemos.store.ORDER_BY_CHOICES``. Raises ValueError on an unusable filter.
        """
        where, params = where_clause(
            actor=actor,
            event_type=event_type,
            sub_event_type=sub_event_type,
            country=country,
            since=since,
            until=until,
            modality=modality,
            min_confidence=min_confidence,
            bbox=bbox,
            article_id=article_id,
        )
        order = order_clause(order_by)
        sql = f"SELECT {_EVENT_COLUMNS} FROM events e WHERE {where} ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(_non_negative(limit, "limit"))
        if offset:
            sql += " OFFSET ?"
            params.append(_non_negative(offset, "offset"))
        rows = list(self._rows(sql, params))
        reports = self._sources([row["id"] for row in rows])
        return [_event_dict(row, reports.get(row["id"], [])) for row in rows]

    def event(self, event_id: int) -> dict[str, Any] | None:
        """One event by id, shaped as in :meth:`events`, or None."""
        rows = list(self._rows(f"SELECT {_EVENT_COLUMNS} FROM events e WHERE id = ?", [event_id]))
        if not rows:
            return None
        return _event_dict(rows[0], self._sources([event_id]).get(event_id, []))

    def _sources(self, event_ids: list[int]) -> dict[int, list[_Report]]:
        by_event: dict[int, list[_Report]] = {}
        if not event_ids:
            return by_event
        rows = self._rows(
            "SELECT s.id, s.event_id, s.article_id, a.url, a.title, a.published, a.site,"
            " s.sentence, s.start_offset, s.end_offset, s.modality, s.attribution_source,"
            " s.attribution_verb, s.fatalities_low, s.fatalities_best, s.fatalities_high, s.extra,"
            " s.merge_score"
            " FROM event_sources s JOIN articles a ON a.id = s.article_id"
            # a semi-join on the unnested ids: list_contains would scan the list per row
            " WHERE s.event_id IN (SELECT unnest(?::BIGINT[])) ORDER BY s.event_id, s.id",
            [event_ids],
        )
        for row in rows:
            evidence_extra = json.loads(row["extra"]) if row["extra"] else {}
            source = {
                # the report's id: what 'polemos unmerge EVENT_ID SOURCE_ID' takes
                "id": row["id"],
                "article_id": row["article_id"],
                "url": row["url"],
                "title": row["title"],
                "published": _iso(row["published"]),
                "site": row["site"],
                "sentence": row["sentence"],
                "start": row["start_offset"],
                "end": row["end_offset"],
                "modality": row["modality"],
                "attribution": _attribution(row),
                "fatalities": {
                    "low": row["fatalities_low"],
                    "best": row["fatalities_best"],
                    "high": row["fatalities_high"],
                },
                # how well it matched the event it was merged into (None: its first report)
                "merge_score": row["merge_score"],
            }
            # evidence keys beyond sentence/start/end ("trigger"), where they clash with nothing
            source.update({k: v for k, v in evidence_extra.items() if k not in source})
            by_event.setdefault(row["event_id"], []).append(_Report(source, evidence_extra))
        return by_event

    def articles(
        self, limit: int | None = None, offset: int = 0, text: bool = False
    ) -> list[dict[str, Any]]:
        """Stored articles' metadata, oldest first; with ``text=True`` their text too."""
        columns = "id, hash, title, url, published, site, source, ingested_at"
        sql = f"SELECT {columns}{', text' if text else ''} FROM articles ORDER BY id"
        params: list[object] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(_non_negative(limit, "limit"))
        if offset:
            sql += " OFFSET ?"
            params.append(_non_negative(offset, "offset"))
        return [_jsonable(row) for row in self._rows(sql, params)]

    def article(self, article_id: int) -> dict[str, Any] | None:
        """One article's metadata and text by id, or None."""
        rows = list(
            self._rows(
                "SELECT id, hash, title, url, published, site, source, ingested_at, text"
                " FROM articles WHERE id = ?",
                [article_id],
            )
        )
        return _jsonable(rows[0]) if rows else None

    def places(self) -> list[dict[str, Any]]:
        """Every place an event or toponym resolved to, by GeoNames id."""
        return list(
            self._rows(
                "SELECT geonameid, name, country, admin1, admin2, latitude, longitude, precision,"
                " population FROM places ORDER BY geonameid",
                [],
            )
        )

    def failures(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Recorded failures, oldest first."""
        sql = "SELECT id, source, reason, detail, created_at FROM failures ORDER BY id"
        params: list[object] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(_non_negative(limit, "limit"))
        return [_jsonable(row) for row in self._rows(sql, params)]

    def counts(self) -> dict[str, int]:
        """Rows per table: articles, events, event_sources, places, failures."""
        tables = ("articles", "events", "event_sources", "places", "failures")
        # table names come from the tuple above, never from a caller
        sql = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {t}" for t in tables)
        return {name: int(count) for name, count in self._con.execute(sql).fetchall()}

    def _rows(self, sql: str, params: list[object]) -> Iterator[dict[str, Any]]:
        cursor = self._con.execute(sql, params)
        names = [column[0] for column in cursor.description]
        for values in cursor.fetchall():
            yield dict(zip(names, values, strict=True))

    # -- lifetime -------------------------------------------------------------------------

    def close(self) -> None:
        """Close the database file; closing twice is harmless."""
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"


def _event_row(event_id: int, data: dict[str, Any]) -> list[Any]:
    location = data.get("location") or {}
    fatalities = data.get("fatalities") or {}
    attribution = data.get("attribution") or {}
    bounds = date_bounds(data.get("date"))
    return [
        event_id,
        data["event_type"],
        data.get("sub_event_type"),
        data.get("actor1"),
        data.get("actor2"),
        data.get("assoc_actor_1"),
        data.get("inter1"),
        data.get("inter2"),
        data.get("date"),
        data.get("date_precision"),
        bounds[0] if bounds else None,
        bounds[1] if bounds else None,
        location.get("name"),
        location.get("country"),
        location.get("admin1"),
        location.get("admin2"),
        location.get("latitude"),
        location.get("longitude"),
        location.get("geonameid"),
        location.get("precision"),
        fatalities.get("low"),
        fatalities.get("best"),
        fatalities.get("high"),
        fatalities.get("text"),
        json.dumps(data.get("counts") or [], ensure_ascii=False),
        data.get("modality"),
        attribution.get("source"),
        attribution.get("verb"),
        data.get("confidence"),
        json.dumps(data.get("provenance") or {}, ensure_ascii=False),
        _extra_json(data),
    ]


def _source_row(
    event_id: int,
    article_id: int,
    data: dict[str, Any],
    merge_score: float | None = None,
    merge_detail: str | None = None,
) -> list[Any]:
    fatalities = data.get("fatalities") or {}
    attribution = data.get("attribution") or {}
    evidence = data.get("evidence") or {}
    return [
        event_id,
        article_id,
        evidence.get("sentence"),
        evidence.get("start"),
        evidence.get("end"),
        attribution.get("source"),
        attribution.get("verb"),
        data.get("modality"),
        fatalities.get("low"),
        fatalities.get("best"),
        fatalities.get("high"),
        _unmodelled_json(evidence, _MODELLED_EVIDENCE),
        # the report's own event: what the merged event is recomputed, or split back, from
        json.dumps(data, ensure_ascii=False, default=str),
        merge_score,
        merge_detail,
    ]


def _report_from_row(event: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    """A report's event from its event and its source row, for rows kept without one."""
    report = {k: v for k, v in event.items() if k not in ("id", "sources")}
    evidence_extra = json.loads(row["extra"]) if row.get("extra") else {}
    report["evidence"] = {
        "sentence": row["sentence"],
        "start": row["start_offset"],
        "end": row["end_offset"],
        **evidence_extra,
    }
    report["modality"] = row["modality"] or report.get("modality")
    if row["attribution_source"] is not None or row["attribution_verb"] is not None:
        report["attribution"] = {
            "source": row["attribution_source"],
            "verb": row["attribution_verb"],
        }
    report["fatalities"] = {
        **(report.get("fatalities") or {}),
        "low": row["fatalities_low"],
        "best": row["fatalities_best"],
        "high": row["fatalities_high"],
    }
    return report


# DuckDB's vector size: the rows of one insert statement
_ROWS_PER_INSERT = 2048


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _merge_place(places: dict[int, dict[str, Any]], place: dict[str, Any]) -> None:
    merged = places.setdefault(int(place["geonameid"]), {})
    for key, value in place.items():
        if value is not None and merged.get(key) is None:
            merged[key] = value


def _event_dict(row: dict[str, Any], reports: list[_Report]) -> dict[str, Any]:
    extra = json.loads(row["extra"]) if row["extra"] else {}
    location = None
    if any(row[column] is not None for column in _LOCATION_COLUMNS) or "location" in extra:
        location = {
            "name": row["location_name"],
            "country": row["country"],
            "admin1": row["admin1"],
            "admin2": row["admin2"],
            "latitude": row["latitude"],
            "longitude": row["longitude"],
            "geonameid": row["geonameid"],
            "precision": row["location_precision"],
            **extra.get("location", {}),
        }
    attribution = _attribution(row)
    if attribution is not None or "attribution" in extra:
        attribution = {**(attribution or {}), **extra.get("attribution", {})}
    # the event's evidence is its first report; later reports (merges) are in sources
    first = reports[0] if reports else _Report({}, {})
    return {
        "id": row["id"],
        "event_type": row["event_type"],
        "sub_event_type": row["sub_event_type"],
        "actor1": row["actor1"],
        "actor2": row["actor2"],
        "date": row["date"],
        "date_precision": row["date_precision"],
        "location": location,
        "fatalities": {
            "low": row["fatalities_low"],
            "best": row["fatalities_best"],
            "high": row["fatalities_high"],
            "text": row["fatalities_text"],
            **extra.get("fatalities", {}),
        },
        "counts": json.loads(row["counts"]) if row["counts"] else [],
        "modality": row["modality"],
        "attribution": attribution,
        "evidence": {
            "sentence": first.source.get("sentence"),
            "start": first.source.get("start"),
            "end": first.source.get("end"),
            **first.evidence_extra,
        },
        "confidence": row["confidence"],
        "assoc_actor_1": row["assoc_actor_1"],
        "inter1": row["inter1"],
        "inter2": row["inter2"],
        "provenance": json.loads(row["provenance"]) if row["provenance"] else {},
        **extra.get("event", {}),
        "sources": [report.source for report in reports],
    }


def _extra_json(data: dict[str, Any]) -> str | None:
    """The keys of an event dict that have no column, as JSON; None if there are none."""
    extra: dict[str, Any] = {}
    for part, modelled in _MODELLED.items():
        value = data if part == "event" else data.get(part)
        if isinstance(value, dict):
            unmodelled = {k: v for k, v in value.items() if k not in modelled}
            if unmodelled:
                extra[part] = unmodelled
    return json.dumps(extra, ensure_ascii=False) if extra else None


def _unmodelled_json(value: dict[str, Any], modelled: set[str]) -> str | None:
    unmodelled = {k: v for k, v in value.items() if k not in modelled}
    return json.dumps(unmodelled, ensure_ascii=False) if unmodelled else None


def _attribution(row: dict[str, Any]) -> dict[str, str] | None:
    if row["attribution_source"] is None and row["attribution_verb"] is None:
        return None
    return {"source": row["attribution_source"], "verb": row["attribution_verb"]}


def _iso(value: object) -> object:
    return value.isoformat() if isinstance(value, date | datetime) else value


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {key: _iso(value) for key, value in row.items()}


def _non_negative(value: int, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name}: expected a whole number >= 0, got {value!r}")
    return value


def _describe(article: Article) -> str:
    return repr(article.url or article.source or article.title or article.hash[:12])


class _EventBatch:
    """Writes the events of a batch of new articles with a few statements per batch.

    Reports are matched in article order, exactly as if each article were saved alone: the
    stored events filed under the batch's keys are read once, the batch's own new events
    join them in memory as they are made, and a merge writes what is pending, recomputes the
    merged events (``Store._recompute_event``) and reads those events again.
    """

    def __init__(self, store: Store, articles: list[tuple[int, list[Event]]], merge: bool):
        from polemos.merge import merge_rules, query_keys

        self.store, self.merge, self.rules = store, merge, merge_rules()
        self.articles = [
            (article_id, [e.to_dict() for e in events]) for article_id, events in articles
        ]
        self.keys = [
            [set(query_keys(report, self.rules)) for report in reports] if merge else []
            for _, reports in self.articles
        ]
        self.events: list[list[Any]] = []
        self.sources: list[list[Any]] = []
        self.blocks: list[list[Any]] = []
        self.free_ids: list[int] = []
        # events that later reports may match: ids by block key, event dicts by id
        self.filed: dict[str, set[int]] = {}
        self.candidates: dict[int, dict[str, Any]] = {}

    def save(self) -> None:
        if self.merge:
            self._read_stored()
        for position, (article_id, reports) in enumerate(self.articles):
            if not reports:
                continue
            matches: list[Any] = [None] * len(reports)
            if self.merge:
                matches = self.store._match_reports(
                    article_id, reports, self.keys[position], self.filed, self.candidates
                )
            self._add(position, article_id, reports, matches)
            merged = sorted({match.event_id for match in matches if match is not None})
            if merged:
                self._write()
                for event_id in merged:
                    self.store._recompute_event(event_id, self.candidates.get(event_id))
                self._read_again(merged)
        self._write()

    def _add(
        self, position: int, article_id: int, reports: list[dict[str, Any]], matches: list[Any]
    ) -> None:
        from polemos.merge import stored_keys

        for report, match in zip(reports, matches, strict=True):
            if match is not None:
                self.sources.append(
                    _source_row(match.event_id, article_id, report, match.score, match.describe())
                )
                continue
            if not self.free_ids:
                # ids for this article's new events and every later report: one statement
                later = sum(len(r) for _, r in self.articles[position + 1 :])
                fresh = sum(1 for m in matches if m is None)
                self.free_ids = self.store._next_event_ids(fresh + later)[::-1]
            event_id = self.free_ids.pop()
            keys = stored_keys(report, self.rules)
            row = _event_row(event_id, report)
            self.events.append(row)
            self.blocks.extend([key, event_id] for key in keys)
            self.sources.append(_source_row(event_id, article_id, report))
            if self.merge:
                # as the store would give it back: later articles of the batch may report it
                event = _event_dict(dict(zip(_EVENT_INSERT_COLUMNS, row, strict=True)), [])
                event["sentences"] = [(report.get("evidence") or {}).get("sentence") or ""]
                event["article_ids"] = {article_id}
                self.candidates[event_id] = event
                for key in keys:
                    self.filed.setdefault(key, set()).add(event_id)

    def _read_stored(self) -> None:
        keys = {
            key for article_keys in self.keys for report_keys in article_keys for key in report_keys
        }
        self.filed = self.store._blocked_events(keys)
        ids = sorted({event_id for found in self.filed.values() for event_id in found})
        self.candidates = self.store._merge_candidates(ids)

    def _read_again(self, event_ids: list[int]) -> None:
        """Events rewritten by a merge, read back: their keys and dicts may have changed."""
        changed = set(event_ids)
        for found in self.filed.values():
            found -= changed
        for key, event_id in self.store._event_block_keys(event_ids):
            self.filed.setdefault(key, set()).add(event_id)
        for event_id in event_ids:
            self.candidates.pop(event_id, None)
        self.candidates.update(self.store._merge_candidates(event_ids))

    def _write(self) -> None:
        if self.events:
            self.store._insert_rows("events", _EVENT_INSERT_COLUMNS, self.events)
        if self.sources:
            self.store._insert_rows("event_sources", _SOURCE_INSERT_COLUMNS, self.sources)
        if self.blocks:
            self.store._insert_rows("event_blocks", ("block", "event_id"), self.blocks)
        self.events, self.sources, self.blocks = [], [], []
