"""A run's output folder: Parquet events partitioned hive-style by month and country,
the articles they came from, and the failures.

    OUT/events/month=2017-06/country=SY/part-000003.parquet
    OUT/events/month=__HIVE_DEFAULT_PARTITION__/country=__HIVE_DEFAULT_PARTITION__/...
    OUT/articles/part-000003.parquet
    OUT/failures.jsonl            {"source", "reason", "detail"} a line
    OUT/run.json                  what ran, and the totals

Each shard writes files named after it, so a shard's events and articles are found together
(``polemos load`` reads shard by shard) and a rerun of a shard replaces its files. Each file
is written under a dot-name and renamed: readers never see half a file.

Read the events with ``pyarrow.dataset.dataset(OUT / "events", partitioning="hive")`` or
DuckDB's ``read_parquet('OUT/events/**/*.parquet', hive_partitioning = true)``. ``event_json``
holds each event exactly as ``polemos extract`` gives it; the other columns are those of
``polemos export --format parquet`` (less ``id`` and ``sources``, which only a store has).
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from polemos.article import Article, Event
from polemos.export import flat_event, parquet_schema

if TYPE_CHECKING:
    import pyarrow as pa

NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"  # what Hive, Spark, pyarrow and DuckDB read as null
EVENTS_DIR = "events"
ARTICLES_DIR = "articles"
FAILURES_FILE = "failures.jsonl"
SUMMARY_FILE = "run.json"
_NOT_IN_FILES = ("id", "sources", "country")  # store-only fields, and a partition key


def event_schema() -> pa.Schema:
    """The columns of an events file (month and country are in its folder names)."""
    import pyarrow as pa

    export = parquet_schema()
    columns = [export.field(name) for name in export.names if name not in _NOT_IN_FILES]
    columns += [
        pa.field("article_hash", pa.string()),
        pa.field("event_index", pa.int32()),  # the event's place in its article's list
        pa.field("event_json", pa.string()),
    ]
    return pa.schema(columns, metadata={"polemos.run_schema_version": "1"})


def article_schema() -> pa.Schema:
    import pyarrow as pa

    return pa.schema(
        [
            ("hash", pa.string()),
            ("title", pa.string()),
            ("url", pa.string()),
            ("published", pa.date32()),
            ("site", pa.string()),
            ("source", pa.string()),
            ("text", pa.string()),
            ("events", pa.int32()),
        ]
    )


def event_month(event: dict[str, Any]) -> str | None:
    """``YYYY-MM`` of the event's date; None when it is unknown or only a year."""
    value = event.get("date") or ""
    return value[:7] if len(value) >= 7 else None


def event_rows(article: Article) -> list[tuple[str | None, str | None, dict[str, Any]]]:
    """(month, country, row) for each of the article's events."""
    rows = []
    for index, event in enumerate(article.events):
        data = event.to_dict()
        row = flat_event(data)
        country = row.pop("country")
        for name in ("id", "sources"):
            row.pop(name)
        row["counts"] = json.dumps(row["counts"], ensure_ascii=False)
        row["provenance"] = json.dumps(row["provenance"], ensure_ascii=False)
        row["article_hash"] = article.hash
        row["event_index"] = index
        row["event_json"] = json.dumps(data, ensure_ascii=False)
        rows.append((event_month(data), country, row))
    return rows


def article_row(article: Article) -> dict[str, Any]:
    return {
        "hash": article.hash,
        "title": article.title,
        "url": article.url,
        "published": article.published,
        "site": article.site,
        "source": article.source,
        "text": article.text,
        "events": len(article.events),
    }


class ShardWriter:
    """Collects one shard's rows and writes its files."""

    def __init__(self, out: Path, name: str):
        self.out = out
        self.name = name
        self.articles: list[dict[str, Any]] = []
        self.events: dict[tuple[str | None, str | None], list[dict[str, Any]]] = defaultdict(list)

    def add(self, article: Article) -> None:
        self.articles.append(article_row(article))
        for month, country, row in event_rows(article):
            self.events[(month, country)].append(row)

    def write(self) -> None:
        import pyarrow as pa

        for (month, country), rows in self.events.items():
            folder = self.out / EVENTS_DIR / f"month={_part(month)}" / f"country={_part(country)}"
            _write(
                pa.Table.from_pylist(rows, schema=event_schema()), folder / f"{self.name}.parquet"
            )
        if self.articles:
            table = pa.Table.from_pylist(self.articles, schema=article_schema())
            _write(table, self.out / ARTICLES_DIR / f"{self.name}.parquet")


def _part(value: str | None) -> str:
    return quote(value, safe="") if value else NULL_PARTITION


def _write(table: pa.Table, path: Path) -> None:
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    pq.write_table(table, partial)
    os.replace(partial, path)


# ------------------------------------------------------------------------------- reading


def shard_names(out: Path) -> list[str]:
    """The shards that wrote articles, in order."""
    return sorted(p.stem for p in (out / ARTICLES_DIR).glob("part-*.parquet"))


def read_shard_articles(out: Path, name: str) -> Iterator[Article]:
    """The articles one shard wrote, with their events, as the pipeline made them."""
    import pyarrow.parquet as pq

    events: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
    for path in sorted((out / EVENTS_DIR).glob(f"*/*/{name}.parquet")):
        table = pq.read_table(path, columns=["article_hash", "event_index", "event_json"])
        for row in table.to_pylist():
            events[row["article_hash"]].append((row["event_index"], json.loads(row["event_json"])))
    known = {f.name for f in fields(Event)}
    for row in pq.read_table(out / ARTICLES_DIR / f"{name}.parquet").to_pylist():
        article = Article(
            text=row["text"],
            title=row["title"] or "",
            url=row["url"],
            published=row["published"],
            site=row["site"],
            source=row["source"],
        )
        # keys a newer polemos added to Event are dropped rather than failing the load
        article.events = [
            Event(**{k: v for k, v in data.items() if k in known})
            for _, data in sorted(events.get(row["hash"], []), key=lambda pair: pair[0])
        ]
        yield article


def read_failures(out: Path) -> list[dict[str, str]]:
    path = out / FAILURES_FILE
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]
