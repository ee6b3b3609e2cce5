"""A corpus cut into shards: small pieces of work that any worker can read by itself.

A shard names where its articles are (a byte range of a WARC or JSONL file, or a few whole
files), not the articles: the driver sends a few bytes per shard and each worker reads its
own input, so the driver's memory stays flat however large the corpus, and one large WARC
still spreads over every worker.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from polemos.article import Article
from polemos.ingest import (
    JSONL_SUFFIXES,
    BadInput,
    IngestFailure,
    article_from_record,
    expand_paths,
    read_path,
)
from polemos.ingest.warc import is_warc, read_warc, warc_split_points

# articles per shard: small enough to balance two workers on a few hundred articles and to
# lose little on a crash, large enough that per-shard costs (a task, a file) stay small
DEFAULT_SHARD_SIZE = 64


@dataclass(frozen=True)
class Shard:
    index: int
    kind: str  # warc | jsonl | files
    paths: tuple[str, ...]  # one file for warc and jsonl; a few for files
    start: int = 0  # byte offset of the first record (warc, jsonl)
    end: int | None = None  # byte offset where the next shard starts; None: end of file
    first_line: int = 1  # jsonl: the line number at ``start``, to name failures as path:line

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Shard:
        data = json.loads(text)
        data["paths"] = tuple(data["paths"])
        return cls(**data)

    @property
    def name(self) -> str:
        return f"part-{self.index:06d}"


def plan_shards(
    inputs: Iterable[str | Path], *, size: int = DEFAULT_SHARD_SIZE
) -> tuple[list[Shard], list[IngestFailure]]:
    """Shards of about ``size`` records over files, folders and globs; and inputs not found."""
    shards: list[Shard] = []
    missing: list[IngestFailure] = []
    loose: list[str] = []

    def add(kind: str, paths: tuple[str, ...], **where: int | None) -> None:
        shards.append(Shard(len(shards), kind, paths, **where))  # type: ignore[arg-type]

    for path in expand_paths(inputs):
        name = str(path)
        if not path.exists():
            missing.append(IngestFailure(name, "not found", "no such file or folder"))
        elif is_warc(path):
            try:
                points = warc_split_points(path, size)
            except OSError as error:
                missing.append(IngestFailure(name, "unreadable", error.strerror or str(error)))
                continue
            for start, end in zip(points, [*points[1:], None], strict=True):
                add("warc", (name,), start=start, end=end)
        elif path.suffix.lower() in JSONL_SUFFIXES:
            for start, end, line in _jsonl_split_points(path, size):
                add("jsonl", (name,), start=start, end=end, first_line=line)
        else:
            loose.append(name)
            if len(loose) == size:
                add("files", tuple(loose))
                loose = []
    if loose:
        add("files", tuple(loose))
    return shards, missing


def _jsonl_split_points(path: Path, size: int) -> Iterator[tuple[int, int | None, int]]:
    starts: list[tuple[int, int]] = [(0, 1)]
    offset = 0
    records = 0
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                if records and records % size == 0:
                    starts.append((offset, number))
                records += 1
            offset += len(line)
    for i, (start, line) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else None
        yield start, end, line


def read_shard(
    shard: Shard, skipped: Counter[str] | None = None
) -> Iterator[Article | IngestFailure]:
    """The articles (or failures) of one shard, in input order; never raises on bad input."""
    if shard.kind == "warc":
        yield from read_warc(shard.paths[0], start=shard.start, end=shard.end, skipped=skipped)
    elif shard.kind == "jsonl":
        yield from _read_jsonl_range(shard)
    else:
        for name in shard.paths:
            yield from read_path(Path(name))


def _read_jsonl_range(shard: Shard) -> Iterator[Article | IngestFailure]:
    name = shard.paths[0]
    try:
        handle = open(name, "rb")  # noqa: SIM115 - closed below
    except OSError as error:
        yield IngestFailure(name, "unreadable", error.strerror or str(error))
        return
    with handle:
        handle.seek(shard.start)
        offset = shard.start
        for number, raw in enumerate(handle, start=shard.first_line):
            if shard.end is not None and offset >= shard.end:
                return
            offset += len(raw)
            if not raw.strip():
                continue
            where = f"{name}:{number}"
            try:
                record = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as error:
                yield IngestFailure(where, "not UTF-8", f"invalid byte at offset {error.start}")
                continue
            except json.JSONDecodeError as error:
                yield IngestFailure(where, "bad JSON", error.msg)
                continue
            try:
                yield article_from_record(record, published=None, source=where)
            except BadInput as error:
                yield IngestFailure(where, error.reason, error.detail)
