"""Two engines over the same shards: a local process pool and Ray Data.

Both call :func:`process_shard` in a worker that built the pipeline once (a pool
initializer; a Ray actor's constructor), so a worker pays for spaCy and the gazetteer once,
not per article. Workers write their shard's Parquet files themselves and hand back only a
small summary, so nothing large crosses between processes.
"""

from __future__ import annotations

import importlib
import json
import multiprocessing as mp
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from polemos.article import Article
from polemos.ingest import IngestFailure
from polemos.pipeline import Pipeline
from polemos.run.output import ShardWriter
from polemos.run.shards import Shard, read_shard

DEFAULT_PIPELINE = "polemos.pipeline:default_pipeline"
ENGINES = ("local", "ray")
WARM_UP_TEXT = "Fighting in Aleppo killed 3 people on Monday, the Syrian Observatory said."


def load_pipeline(spec: str = DEFAULT_PIPELINE) -> Pipeline:
    """The pipeline a ``module:function`` spec builds, warmed so its models are loaded."""
    module, _, name = spec.partition(":")
    factory: Callable[[], Pipeline] = getattr(importlib.import_module(module), name)
    pipeline = factory()
    # stages load their models on first use: pay for that now, once per worker
    pipeline(Article(text=WARM_UP_TEXT))
    return pipeline


# articles run through the pipeline together (as ``polemos ingest`` sends a worker)
PIPE_BATCH = 16


def process_shard(shard: Shard, out: Path, pipeline: Pipeline) -> dict[str, Any]:
    """Read, process and write one shard; a summary with its failures. Never raises on input."""
    started = time.perf_counter()
    writer = ShardWriter(out, shard.name)
    skipped: Counter[str] = Counter()
    failures: list[dict[str, str]] = []
    seen: set[str] = set()
    articles = events = duplicates = 0
    pending: list[Article] = []

    def run_pending() -> None:
        nonlocal articles, events
        # a batch at a time (Pipeline.pipe): spaCy parses its sentences in one call
        for item, result in zip(pending, pipeline.pipe(pending), strict=True):
            if isinstance(result, Exception):  # one article's crash must not stop the run
                failures.append(
                    {
                        "source": item.source or item.url or "?",
                        "reason": "pipeline error",
                        "detail": f"{type(result).__name__}: {result}",
                    }
                )
                continue
            writer.add(result)
            articles += 1
            events += len(result.events)
        pending.clear()

    for item in read_shard(shard, skipped):
        if isinstance(item, IngestFailure):
            failures.append({"source": item.source, "reason": item.reason, "detail": item.detail})
            continue
        if item.hash in seen:  # the same text twice in one shard: the store would keep one
            duplicates += 1
            continue
        seen.add(item.hash)
        pending.append(item)
        if len(pending) == PIPE_BATCH:
            run_pending()
    run_pending()
    writer.write()
    return {
        "shard": shard.index,
        "articles": articles,
        "events": events,
        "duplicates": duplicates,
        "skipped": dict(skipped),
        "failures": failures,
        "seconds": time.perf_counter() - started,
        "worker": os.getpid(),
    }


# ------------------------------------------------------------------------------- local

_worker: dict[str, Any] = {}


def _init_local_worker(spec: str) -> None:
    _worker["pipeline"] = load_pipeline(spec)


def _run_local_shard(shard_json: str, out: str) -> dict[str, Any]:
    return process_shard(Shard.from_json(shard_json), Path(out), _worker["pipeline"])


def run_local(
    shards: list[Shard], out: Path, *, workers: int = 1, pipeline: str = DEFAULT_PIPELINE
) -> Iterator[dict[str, Any]]:
    """Shard summaries, as shards finish, from a pool of ``workers`` processes."""
    # spawn, not fork: a worker starts clean (no inherited DuckDB handles or threads)
    context = mp.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_local_worker,
        initargs=(pipeline,),
    ) as pool:
        futures = {pool.submit(_run_local_shard, s.to_json(), str(out)): s for s in shards}
        for future in as_completed(futures):
            shard = futures[future]
            try:
                yield future.result()
            except BrokenProcessPool as error:
                # a worker died (out of memory, a crash in native code): its shards are lost
                yield _lost_shard(shard, f"worker died: {error}")
            except Exception as error:  # noqa: BLE001 - e.g. the output folder is unwritable
                yield _lost_shard(shard, f"{type(error).__name__}: {error}")


def _lost_shard(shard: Shard, detail: str) -> dict[str, Any]:
    where = (
        shard.paths[0] if len(shard.paths) == 1 else f"{shard.paths[0]} (+{len(shard.paths) - 1})"
    )
    if shard.kind != "files":
        where += f"#{shard.start}"
    return {
        "shard": shard.index,
        "articles": 0,
        "events": 0,
        "duplicates": 0,
        "skipped": {},
        "failures": [{"source": where, "reason": "shard failed", "detail": detail}],
        "seconds": 0.0,
        "worker": None,
    }


# ------------------------------------------------------------------------------- ray


class RayShardWorker:
    """A Ray Data actor: builds the pipeline once, then processes one shard per batch."""

    def __init__(self, out: str, pipeline: str = DEFAULT_PIPELINE):
        self.out = Path(out)
        self.pipeline = load_pipeline(pipeline)

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        results = []
        for shard_json in batch["shard"]:
            shard = Shard.from_json(str(shard_json))
            try:
                result = process_shard(shard, self.out, self.pipeline)
            except Exception as error:  # noqa: BLE001 - report, keep the actor for other shards
                result = _lost_shard(shard, f"{type(error).__name__}: {error}")
            results.append(json.dumps(result))
        return {"result": np.array(results, dtype=object)}


def run_ray(
    shards: list[Shard],
    out: Path,
    *,
    workers: int = 1,
    address: str | None = None,
    pipeline: str = DEFAULT_PIPELINE,
) -> Iterator[dict[str, Any]]:
    """Shard summaries from a Ray Data pipeline over a pool of ``workers`` actors.

    Without ``address`` a local Ray is started (and stopped after); with one, the run joins
    that cluster, whose nodes must see ``out`` and the inputs at the same paths.
    """
    try:
        import ray
        import ray.data
    except ImportError:
        raise RuntimeError(
            "the ray engine needs Ray: pip install 'polemos[ray]' (or use --engine local)"
        ) from None
    started_here = not ray.is_initialized()
    if started_here:
        ray.init(
            address=address,
            # a local Ray gets a CPU per worker even on a smaller machine, or actors would wait
            num_cpus=None if address else max(workers, os.cpu_count() or 1),
            include_dashboard=False,
            log_to_driver=False,
            configure_logging=False,
            # the driver's packages, not a copied working dir: polemos is installed on the nodes
            runtime_env={"env_vars": {"TOKENIZERS_PARALLELISM": "false"}},
        )
    try:
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False
        if not shards:
            return
        dataset = ray.data.from_items(
            [{"shard": s.to_json()} for s in shards], override_num_blocks=len(shards)
        )
        results = dataset.map_batches(
            RayShardWorker,
            fn_constructor_kwargs={"out": str(out.resolve()), "pipeline": pipeline},
            batch_size=1,
            batch_format="numpy",
            compute=ray.data.ActorPoolStrategy(size=workers),
            num_cpus=1,
        )
        for row in results.iter_rows():
            yield json.loads(row["result"])
    finally:
        if started_here:
            ray.shutdown()
