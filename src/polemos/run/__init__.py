"""Corpus-scale runs: many inputs -> partitioned Parquet events, on a process pool or Ray.

>>> from polemos.run import run_corpus, load_run
>>> summary = run_corpus(["crawl.warc.gz"], "out/", engine="local", workers=2)  # doctest: +SKIP
>>> with Store("conflict.duckdb") as store:                                     # doctest: +SKIP
...     load_run("out/", store)
"""

from __future__ import annotations

import json
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from polemos.run.engines import DEFAULT_PIPELINE, ENGINES, load_pipeline, process_shard
from polemos.run.output import (
    ARTICLES_DIR,
    EVENTS_DIR,
    FAILURES_FILE,
    SUMMARY_FILE,
    read_failures,
    read_shard_articles,
    shard_names,
)
from polemos.run.shards import DEFAULT_SHARD_SIZE, Shard, plan_shards

__all__ = [
    "DEFAULT_PIPELINE",
    "ENGINES",
    "LoadSummary",
    "RunSummary",
    "Shard",
    "load_pipeline",
    "load_run",
    "plan_shards",
    "process_shard",
    "run_corpus",
]


class OutputExists(Exception):
    """The output folder holds an earlier run."""


@dataclass
class RunSummary:
    engine: str
    workers: int
    shards: int = 0
    articles: int = 0
    events: int = 0
    duplicates: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    failures: int = 0
    failure_reasons: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    plan_seconds: float = 0.0

    def line(self) -> str:
        skipped = sum(self.skipped.values())
        rate = self.articles / self.seconds if self.seconds else 0.0
        return (
            f"polemos run: {self.articles} articles, {self.events} events, "
            f"{self.failures} failed, {skipped} records skipped, {self.duplicates} duplicates "
            f"in {self.seconds:.1f} s ({rate:.1f} articles/s, {self.engine} engine, "
            f"{self.workers} worker{'s' if self.workers != 1 else ''})"
        )


def run_corpus(
    inputs: Iterable[str | Path],
    out: str | Path,
    *,
    engine: str = "local",
    workers: int = 1,
    ray_address: str | None = None,
    shard_size: int = DEFAULT_SHARD_SIZE,
    pipeline: str = DEFAULT_PIPELINE,
    overwrite: bool = False,
    progress: Callable[[RunSummary, int], None] | None = None,
) -> RunSummary:
    """Process WARC, JSONL, text and HTML inputs into ``out`` (see ``polemos.run.output``).

    Failures are per record: each goes to ``out/failures.jsonl`` and the run goes on.
    Raises OutputExists if ``out`` holds an earlier run and ``overwrite`` is false.
    """
    from polemos.run.engines import run_local, run_ray

    if engine not in ENGINES:
        raise ValueError(f"engine: expected one of {', '.join(ENGINES)}, got {engine!r}")
    if workers < 1:
        raise ValueError(f"workers: expected 1 or more, got {workers}")
    inputs = [str(i) for i in inputs]
    out = Path(out)
    _prepare(out, overwrite)
    started = time.perf_counter()
    shards, missing = plan_shards(inputs, size=shard_size)
    summary = RunSummary(engine=engine, workers=workers, shards=len(shards))
    summary.plan_seconds = time.perf_counter() - started
    skipped: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    with open(out / FAILURES_FILE, "w", encoding="utf-8") as failures:

        def note(failure: dict[str, str]) -> None:
            failures.write(json.dumps(failure, ensure_ascii=False) + "\n")
            reasons[failure["reason"]] += 1
            summary.failures += 1

        for item in missing:
            note({"source": item.source, "reason": item.reason, "detail": item.detail})
        if engine == "local":
            results = run_local(shards, out, workers=workers, pipeline=pipeline)
        else:
            results = run_ray(shards, out, workers=workers, address=ray_address, pipeline=pipeline)
        for done, result in enumerate(results, start=1):
            summary.articles += result["articles"]
            summary.events += result["events"]
            summary.duplicates += result["duplicates"]
            skipped.update(result["skipped"])
            for failure in result["failures"]:
                note(failure)
            failures.flush()
            if progress is not None:
                summary.seconds = time.perf_counter() - started
                progress(summary, done)
    summary.skipped = dict(skipped)
    summary.failure_reasons = dict(reasons)
    summary.seconds = time.perf_counter() - started
    record = {"inputs": inputs, **asdict(summary)}
    (out / SUMMARY_FILE).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return summary


def _prepare(out: Path, overwrite: bool) -> None:
    earlier = [out / EVENTS_DIR, out / ARTICLES_DIR, out / FAILURES_FILE, out / SUMMARY_FILE]
    if any(path.exists() for path in earlier):
        if not overwrite:
            raise OutputExists(
                f"{out} holds an earlier run: give another --out, or --overwrite to replace it"
            )
        for path in earlier:
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink(missing_ok=True)
    out.mkdir(parents=True, exist_ok=True)


@dataclass
class LoadSummary:
    new: int = 0
    unchanged: int = 0
    events: int = 0
    failures: int = 0  # failures recorded now (ones already in the store are not repeated)

    def line(self, totals: dict[str, int] | None = None) -> str:
        text = (
            f"polemos load: {self.new} new articles ({self.events} events), "
            f"{self.unchanged} already stored, {self.failures} failures recorded"
        )
        if totals:
            text += f"; store holds {totals['articles']} articles, {totals['events']} events"
        return text


def load_run(out: str | Path, store: Any) -> LoadSummary:
    """Bring a run's articles, events and failures into a store, through ``save_articles``:
    loading twice changes nothing, and the store merges as it does on ingest."""
    out = Path(out)
    if not (out / ARTICLES_DIR).is_dir() and not (out / FAILURES_FILE).exists():
        raise FileNotFoundError(f"{out} is not the output of 'polemos run' (no {ARTICLES_DIR}/)")
    summary = LoadSummary()
    for name in shard_names(out):
        articles = list(read_shard_articles(out, name))
        # a shard at a time: the store writes a batch in a few statements
        for article, saved in zip(articles, store.save_articles(articles), strict=True):
            if saved.error is not None:
                store.record_failure(
                    article.source or article.url or "?", "store error", saved.error
                )
                summary.failures += 1
            elif saved.created:
                summary.new += 1
                summary.events += len(article.events)
            else:
                summary.unchanged += 1
    known = {(f["source"], f["reason"], f["detail"] or "") for f in store.failures()}
    for failure in read_failures(out):
        key = (failure["source"], failure["reason"], failure.get("detail") or "")
        if key not in known:
            store.record_failure(*key)
            known.add(key)
            summary.failures += 1
    return summary
