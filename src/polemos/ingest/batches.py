"""Articles through the pipeline into a store, in batches, on one or more processes.

``polemos ingest`` is this loop. Two costs shape it:

- DuckDB's cost is per statement, not per row: ``Store.save_articles`` stores a batch of
  articles in a handful of statements where one article at a time takes ten each.
- The pipeline is CPU-bound Python: with ``workers`` > 1 it runs in a pool of processes
  (spawned, each building the pipeline once), while this process reads the inputs and is
  the store's one writer (DuckDB lets one process write a file). Results come back in input
  order, so the store merges reports exactly as a single process would.

A batch is stored in one transaction: a crash mid-batch leaves none of it, and the same
input ingested again stores it then (an article already stored changes nothing).
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from polemos.article import Article
from polemos.ingest import IngestFailure
from polemos.pipeline import Pipeline
from polemos.run.engines import DEFAULT_PIPELINE, load_pipeline

BATCH_SIZE = 64
# articles per task sent to a worker: enough to amortise the hand-over and to give spaCy
# a batch of sentences (8 -> 16: 96-97 -> 100-103 articles/s with 2 workers on LGL and
# GeoWebNews), few enough to keep both workers busy to the end of a small input
TASK_SIZE = 16


@dataclass
class IngestReport:
    """What one ingest did: counts, and the inputs that failed (also recorded in the store)."""

    processed: int = 0  # inputs through the pipeline (stored or not yet)
    new: int = 0
    unchanged: int = 0
    events: int = 0
    failed: list[IngestFailure] = field(default_factory=list)

    @property
    def done(self) -> int:
        """Inputs finished: stored, found stored already, or failed."""
        return self.new + self.unchanged + len(self.failed)


def ingest(
    items: Iterable[Article | IngestFailure],
    store: Any,
    *,
    workers: int = 1,
    pipeline: Pipeline | None = None,
    worker_pipeline: str = DEFAULT_PIPELINE,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Process ``items`` (from ``polemos.ingest.read_paths`` and the like) into ``store``.

    Failures, the readers' and the pipeline's, are recorded in the store with their reason;
    the rest goes on. With one worker ``pipeline`` runs here (default: the standard one);
    worker processes build theirs from ``worker_pipeline``, a ``module:function`` spec.
    """
    if workers < 1:
        raise ValueError(f"workers: expected 1 or more, got {workers}")
    if workers > 1 and pipeline is not None:
        raise ValueError("a pipeline object cannot be sent to worker processes: use workers=1")
    report = IngestReport()
    processed = (
        _processed_here(items, pipeline)
        if workers == 1
        else _processed_in_pool(items, workers, worker_pipeline)
    )
    batch: list[Article] = []
    for item in processed:
        report.processed += 1
        if isinstance(item, IngestFailure):
            store.record_failure(item.source, item.reason, item.detail)
            report.failed.append(item)
        else:
            batch.append(item)
            if len(batch) == batch_size:
                _save(store, batch, report)
                batch = []
        if progress is not None:
            progress(report)
    if batch:
        _save(store, batch, report)
    return report


def _save(store: Any, batch: list[Article], report: IngestReport) -> None:
    for article, saved in zip(batch, store.save_articles(batch), strict=True):
        if saved.error is not None:
            failure = IngestFailure(_name(article), "store error", saved.error)
            store.record_failure(failure.source, failure.reason, failure.detail)
            report.failed.append(failure)
        elif saved.created:
            report.new += 1
            report.events += len(article.events)
        else:
            report.unchanged += 1


def _name(article: Article) -> str:
    return article.source or article.url or article.title or "?"


def _process(articles: list[Article], pipeline: Pipeline) -> list[Article | IngestFailure]:
    """The pipeline over a task's articles at once (``Pipeline.pipe``); one article's crash
    becomes its failure and the batch goes on."""
    out: list[Article | IngestFailure] = []
    for article, result in zip(articles, pipeline.pipe(articles), strict=True):
        if isinstance(result, Exception):
            detail = f"{type(result).__name__}: {result}"
            out.append(IngestFailure(_name(article), "pipeline error", detail))
        else:
            result.parses = {}  # spaCy's parses served the stages; the store keeps none
            out.append(result)
    return out


def _processed_here(
    items: Iterable[Article | IngestFailure], pipeline: Pipeline | None
) -> Iterator[Article | IngestFailure]:
    from polemos.pipeline import default_pipeline

    pipeline = pipeline or default_pipeline()
    for task in _tasks(items):
        if isinstance(task[0], IngestFailure):
            yield from task
        else:
            yield from _process(task, pipeline)


# -------------------------------------------------------------------- the worker pool

_worker: dict[str, Pipeline] = {}


def _init_worker(spec: str) -> None:
    _worker["pipeline"] = load_pipeline(spec)


def _process_task(articles: list[Article]) -> list[Article | IngestFailure]:
    return _process(articles, _worker["pipeline"])


def _tasks(items: Iterable[Article | IngestFailure]) -> Iterator[list[Article | IngestFailure]]:
    """Items in runs: failures alone (nothing to process), articles TASK_SIZE at a time."""
    articles: list[Article | IngestFailure] = []
    for item in items:
        if isinstance(item, IngestFailure):
            if articles:
                yield articles
                articles = []
            yield [item]
        else:
            articles.append(item)
            if len(articles) == TASK_SIZE:
                yield articles
                articles = []
    if articles:
        yield articles


def _processed_in_pool(
    items: Iterable[Article | IngestFailure], workers: int, spec: str
) -> Iterator[Article | IngestFailure]:
    # spawn, not fork: a worker starts clean (no inherited DuckDB handle or threads)
    context = mp.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_init_worker, initargs=(spec,)
    ) as pool:
        # a bounded window of tasks in flight, taken back in input order: memory stays flat
        # however large the input, and merges happen in the order a single process sees
        window: deque[tuple[list[Any], Future[list[Any]] | None]] = deque()
        for task in _tasks(items):
            is_failure = isinstance(task[0], IngestFailure)
            window.append((task, None if is_failure else pool.submit(_process_task, task)))
            if len(window) > 4 * workers:
                yield from _result(*window.popleft())
        while window:
            yield from _result(*window.popleft())


def _result(task: list[Any], future: Future[list[Any]] | None) -> list[Any]:
    if future is None:
        return task
    try:
        return future.result()
    except Exception as error:  # noqa: BLE001 - a worker died (out of memory, native crash)
        detail = f"worker failed: {type(error).__name__}: {error}"
        return [IngestFailure(_name(article), "pipeline error", detail) for article in task]
