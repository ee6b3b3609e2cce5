"""How fast is polemos on real news? Times ``polemos.extract`` and ingest into a store.

    .venv/bin/python bench/pipeline_bench.py --n 50 --workers 2
    .venv/bin/python bench/pipeline_bench.py --n 20 --dry      # a trivial pipeline: tests the bench

The texts are the news articles of LGL and GeoWebNews (``../shared/geo/corpora``),
alternating between the two. Each worker process loads the pipeline once and warms it on
a short text before the clock starts, so the figures are steady-state throughput, and the
load time is printed apart. Two phases:

- extract: ``polemos.extract(text, published=...)``, as a user of the API calls it;
- ingest: what ``polemos ingest --workers N`` does (``polemos.ingest.batches.ingest``): this
  process reads the texts and writes one throw-away DuckDB file in batches, while N worker
  processes run the pipeline (with one worker, this process runs it). Its rate is counted
  from the first stored article, so the workers' start-up (printed apart) is not in it.

It prints articles/s, words/s, peak RSS (this process and its workers) and the share of
time per stage from ``Article.timings``. It asserts nothing.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = [REPO.parent / "shared" / "geo" / "corpora" / n for n in ("lgl.xml", "GWN.xml")]
PUBLISHED = date(2017, 6, 12)
WARM_UP_TEXT = "Fighting in Aleppo killed 3 people on Monday, the Syrian Observatory said."

# per worker process: set by _init_worker, used by the task functions
_state: dict[str, Any] = {}


# ---------------------------------------------------------------- the dry stand-ins


def _dry_pipeline() -> Any:
    """A pipeline of trivial stages, so the bench itself can be tested without models."""
    from polemos.pipeline import Pipeline

    def sentences(article: Any) -> None:
        article.sentence_count = article.text.count(". ") + 1

    def words(article: Any) -> None:
        article.word_count = len(article.text.split())

    return Pipeline([("nlp", sentences), ("geo", words)])


class _DryStore:
    """Stands in for ``polemos.store.Store`` in dry runs."""

    def save_articles(self, articles: Any) -> list[Any]:
        from polemos.store import Saved

        return [Saved(0, True) for _ in articles]

    def record_failure(self, *args: Any) -> int:
        return 0


def _article_from_text(text: str, published: date) -> Any:
    try:
        from polemos.ingest import article_from_text
    except ImportError:
        if not _state.get("dry"):
            raise
        from polemos.article import Article

        return Article(text=text, published=published)
    return article_from_text(text, published=published)


# ---------------------------------------------------------------- worker side


def _init_worker(dry: bool, ready: Any) -> None:
    started = time.perf_counter()
    _state["dry"] = dry
    if dry:
        pipeline = _dry_pipeline()
    else:
        from polemos.pipeline import default_pipeline

        pipeline = default_pipeline()
    _state["pipeline"] = pipeline
    # stages load their models lazily: pay for that here, not in the first timed article
    try:
        pipeline(_article_from_text(WARM_UP_TEXT, PUBLISHED))
    except Exception as e:  # a failing warm-up shows up again, per article, in the figures
        print(f"warm-up failed in worker {os.getpid()}: {type(e).__name__}: {e}", file=sys.stderr)
    _state["load_s"] = time.perf_counter() - started
    ready.wait()


class _RecordingPipeline:
    """Wraps a pipeline to keep the timings of the article ``extract`` builds and drops."""

    def __init__(self, pipeline: Any):
        self.pipeline = pipeline
        self.timings: dict[str, float] = {}

    def __call__(self, article: Any) -> Any:
        result = self.pipeline(article)
        self.timings = dict(article.timings)
        return result


def _run_extract(text: str) -> dict[str, Any]:
    import polemos

    recorder = _RecordingPipeline(_state["pipeline"])
    started = time.perf_counter()
    try:
        # extract() only calls its pipeline, so a stand-in with __call__ does
        polemos.extract(text, published=PUBLISHED, pipeline=recorder)  # type: ignore[arg-type]
        error = None
    except Exception as e:  # count failures, keep timing the rest
        error = f"{type(e).__name__}: {e}"
    total = time.perf_counter() - started
    stages = dict(recorder.timings)
    # what extract spends outside the stages: ingest (page cleaning) and serialising
    stages["ingest+output"] = max(0.0, total - sum(stages.values()))
    return {"seconds": total, "stages": stages, "error": error}


# ---------------------------------------------------------------- driver side


def load_texts(paths: list[Path], n: int) -> list[str]:
    """``n`` news texts, alternating between the corpora (cycled if ``n`` is larger)."""
    from polemos.eval.geo_corpora import read_geo_corpus

    per_corpus = [[d.text for d in read_geo_corpus(p).documents if d.text.strip()] for p in paths]
    mixed: list[str] = []
    for i in range(max((len(texts) for texts in per_corpus), default=0)):
        mixed.extend(texts[i] for texts in per_corpus if i < len(texts))
    if not mixed:
        raise SystemExit(f"no texts found in {', '.join(map(str, paths))}")
    return [mixed[i % len(mixed)] for i in range(n)]


def _peak_rss_mb() -> tuple[float, float]:
    # ru_maxrss is in kilobytes on Linux; children = the largest worker that has exited
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def _report(phase: str, texts: list[str], results: list[dict[str, Any]], wall: float) -> None:
    words = sum(len(t.split()) for t in texts)
    failures = [r["error"] for r in results if r["error"]]
    stage_totals: dict[str, float] = defaultdict(float)
    for r in results:
        for stage, seconds in r["stages"].items():
            stage_totals[stage] += seconds
    busy = sum(stage_totals.values())
    print(f"\n{phase}: {len(texts)} articles, {words} words in {wall:.2f} s")
    print(
        f"  {len(texts) / wall:8.2f} articles/s   {words / wall:10.0f} words/s   "
        f"{1000 * sum(r['seconds'] for r in results) / len(results):8.1f} ms/article "
        "(per worker)"
    )
    if failures:
        print(f"  {len(failures)} failed; first: {failures[0]}")
    if busy > 0:
        print("  share of time per stage:")
        for stage, seconds in sorted(stage_totals.items(), key=lambda kv: -kv[1]):
            print(
                f"    {stage:<16}{100 * seconds / busy:6.1f} %  "
                f"{1000 * seconds / len(results):8.1f} ms/article"
            )


def run_ingest(texts: list[str], workers: int, store_dir: str, dry: bool) -> None:
    """The ingest phase: ``polemos.ingest.batches.ingest`` into a new DuckDB file."""
    from polemos.ingest.batches import DEFAULT_PIPELINE, ingest

    if dry:
        store: Any = _DryStore()
        pipeline = _dry_pipeline() if workers == 1 else None
    else:
        from polemos.pipeline import default_pipeline
        from polemos.store import Store

        store = _TimedStore(Store(Path(store_dir) / "ingest.duckdb"))
        pipeline = default_pipeline() if workers == 1 else None
        if pipeline is not None:  # warm the models in this process, as a worker does
            pipeline(_article_from_text(WARM_UP_TEXT, PUBLISHED))
    first: list[float] = []

    def note_first(report: Any) -> None:
        if not first:
            first.extend([time.perf_counter(), report.processed])

    items = (_article_from_text(text, PUBLISHED) for text in texts)
    started = time.perf_counter()
    report = ingest(
        items,
        store,
        workers=workers,
        pipeline=pipeline,
        # workers import this file as a module to build the trivial pipeline
        worker_pipeline="pipeline_bench:_dry_pipeline" if dry else DEFAULT_PIPELINE,
        progress=note_first,
    )
    ended = time.perf_counter()
    steady_wall = ended - first[0]
    steady_n = len(texts) - first[1]
    words = sum(len(t.split()) for t in texts)
    print(
        f"\ningest: {len(texts)} articles, {words} words in {ended - started:.2f} s "
        f"(first article after {first[0] - started:.1f} s: workers starting)"
    )
    steady_words = words * steady_n / len(texts)
    print(
        f"  {steady_n / steady_wall:8.2f} articles/s   {steady_words / steady_wall:10.0f} words/s"
        "   (from the first article on)"
    )
    print(
        f"  {report.new} new, {report.unchanged} already stored, {len(report.failed)} failed"
        + (f"; first: {report.failed[0]}" if report.failed else "")
    )
    if isinstance(store, _TimedStore):
        print(f"  store (this process): {1000 * store.seconds / len(texts):.1f} ms/article")
        store.close()


class _TimedStore:
    """A store that adds up the time spent saving (the writer's share of the work)."""

    def __init__(self, store: Any):
        self.store, self.seconds = store, 0.0

    def save_articles(self, articles: Any) -> Any:
        started = time.perf_counter()
        try:
            return self.store.save_articles(articles)
        finally:
            self.seconds += time.perf_counter() - started

    def record_failure(self, *args: Any) -> int:
        return self.store.record_failure(*args)

    def close(self) -> None:
        self.store.close()


def run(n: int, workers: int, phases: list[str], corpora: list[Path], dry: bool) -> None:
    texts = load_texts(corpora, n)
    print(
        f"polemos bench: {n} articles from {', '.join(p.name for p in corpora)}, "
        f"{workers} worker(s){' (dry: trivial pipeline)' if dry else ''}"
    )
    with tempfile.TemporaryDirectory(prefix="polemos-bench-") as store_dir:
        if "extract" in phases:
            ctx = mp.get_context("spawn")  # no inherited state: each worker loads like a real one
            ready = ctx.Barrier(workers + 1)
            pool = ctx.Pool(workers, initializer=_init_worker, initargs=(dry, ready))
            try:
                started = time.perf_counter()
                ready.wait()
                print(
                    f"workers ready in {time.perf_counter() - started:.1f} s "
                    "(loading and warming the pipeline)"
                )
                started = time.perf_counter()
                results = pool.map(_run_extract, texts, chunksize=1)
                _report("extract", texts, results, time.perf_counter() - started)
            finally:
                pool.close()
                pool.join()
        if "ingest" in phases:
            run_ingest(texts, workers, store_dir, dry)
    own, children = _peak_rss_mb()
    print(f"\npeak RSS: driver {own:.0f} MB, largest worker {children:.0f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=50, help="articles per phase (default 50)")
    parser.add_argument("--workers", type=int, choices=(1, 2), default=1)
    parser.add_argument("--phase", choices=("extract", "ingest", "both"), default="both")
    parser.add_argument(
        "--corpus",
        type=Path,
        action="append",
        help="an LGL-style, GeoWebNews or WikToR file (repeatable; "
        "default: LGL and GeoWebNews from ../shared)",
    )
    parser.add_argument(
        "--dry",
        action="store_true",
        help="a trivial pipeline and no store: checks the bench, not polemos",
    )
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be at least 1")
    corpora = args.corpus or DEFAULT_CORPORA
    missing = [p for p in corpora if not p.exists()]
    if missing:
        parser.error(f"corpus not found: {missing[0]} (give one with --corpus)")
    if not args.dry:
        try:
            from polemos.pipeline import default_pipeline

            default_pipeline()
        except ImportError as e:
            print(f"pipeline_bench: the pipeline is not ready ({e}); try --dry", file=sys.stderr)
            return 2
    phases = ["extract", "ingest"] if args.phase == "both" else [args.phase]
    run(args.n, args.workers, phases, corpora, args.dry)
    return 0


if __name__ == "__main__":
    sys.exit(main())
