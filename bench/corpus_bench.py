"""How does ``polemos run`` scale with corpus size, workers and engine?

    .venv/bin/python bench/corpus_bench.py --sizes 1000 10000 --engines local ray --workers 1 2
    .venv/bin/python bench/corpus_bench.py --sizes 200 --engines local --workers 1 --json out.json

The corpus is built from the news texts of LGL and GeoWebNews (``../shared/geo/corpora``),
varied so it is not all duplicates: each article is a source text with its sentences
shuffled within paragraphs, up to two gold place names swapped for places from other
documents, and a publication date shifted over two years. It is written once per size as
JSONL (cached in the temp folder) and run through ``polemos.run.run_corpus``.

For each run it prints articles/s over the whole run, the start-up (until the first shard is
done: worker start, model loading, for Ray also ``ray.init``), articles/s after start-up,
ms of wall time per article, peak memory (the driver and all its descendant processes:
pool workers, or Ray's raylet, GCS and actors) and the machine's load average before the
run, since the machine is shared. It asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CORPORA = [REPO.parent / "shared" / "geo" / "corpora" / n for n in ("lgl.xml", "GWN.xml")]
CACHE = Path(tempfile.gettempdir()) / "polemos-corpus-bench"
FIRST_DAY = date(2016, 1, 1)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def source_documents() -> list[tuple[str, list[str]]]:
    """(text, gold place names) of every non-empty document of the corpora."""
    from polemos.eval.geo_corpora import read_geo_corpus

    documents = []
    for path in CORPORA:
        for document in read_geo_corpus(path).documents:
            if document.text.strip():
                places = sorted({t.phrase for t in document.toponyms if t.phrase.istitle()})
                documents.append((document.text, places))
    return documents


def variant(
    number: int, text: str, places: list[str], pool: list[str], vary: bool
) -> dict[str, Any]:
    """Article ``number``: the text varied by a seeded shuffle, place swaps and a date shift."""
    rng = random.Random(number)
    if vary:
        paragraphs = []
        for paragraph in text.split("\n"):
            sentences = _SENTENCE_END.split(paragraph)
            rng.shuffle(sentences)
            paragraphs.append(" ".join(sentences))
        text = "\n".join(paragraphs)
        for place in rng.sample(places, min(2, len(places))):
            text = re.sub(rf"\b{re.escape(place)}\b", rng.choice(pool), text)
    published = FIRST_DAY + timedelta(days=rng.randrange(730))
    return {
        "url": f"http://bench.example/{number}",
        "published": published.isoformat(),
        "text": text,
    }


def build_corpus(size: int) -> Path:
    path = CACHE / f"corpus-{size}.jsonl"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    documents = source_documents()
    pool = sorted({p for _, places in documents for p in places})
    partial = path.with_suffix(".partial")
    with open(partial, "w", encoding="utf-8") as stream:
        for number in range(size):
            text, places = documents[number % len(documents)]
            # the first pass over the sources keeps them as they are; later ones vary
            vary = number >= len(documents)
            stream.write(json.dumps(variant(number, text, places, pool, vary)) + "\n")
    partial.replace(path)
    return path


class MemorySampler:
    """Peak RSS of this process and all its descendants, sampled every half second."""

    def __init__(self) -> None:
        self.peak_total = 0
        self.peak_largest = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            import psutil
        except ImportError:  # without psutil: ru_maxrss of this process and its largest child
            import resource

            self._stop.wait()
            own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
            child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
            self.peak_total, self.peak_largest = own + child, max(own, child)
            return
        self.me = psutil.Process()
        while not self._stop.is_set():
            total = largest = 0
            for process in [self.me, *self.me.children(recursive=True)]:
                try:
                    rss = process.memory_info().rss
                except psutil.Error:
                    continue
                total += rss
                largest = max(largest, rss)
            self.peak_total = max(self.peak_total, total)
            self.peak_largest = max(self.peak_largest, largest)
            self._stop.wait(0.5)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def bench_one(corpus: Path, size: int, engine: str, workers: int, shard_size: int) -> dict:
    from polemos.run import run_corpus

    first: dict[str, float] = {}

    def progress(summary: Any, done: int) -> None:
        if "seconds" not in first:
            first.update(seconds=summary.seconds, articles=summary.articles)

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="polemos-bench-out-") as out, MemorySampler() as memory:
        summary = run_corpus(
            [corpus], out, engine=engine, workers=workers, shard_size=shard_size, progress=progress
        )
    steady_articles = summary.articles - first.get("articles", 0)
    steady_seconds = summary.seconds - first.get("seconds", 0)
    return {
        "size": size,
        "engine": engine,
        "workers": workers,
        "articles": summary.articles,
        "events": summary.events,
        "failures": summary.failures,
        "duplicates": summary.duplicates,
        "seconds": round(summary.seconds, 2),
        "articles_per_s": round(summary.articles / summary.seconds, 2),
        "startup_s": round(first.get("seconds", 0.0), 2),
        "steady_articles_per_s": round(steady_articles / steady_seconds, 2)
        if steady_seconds > 0
        else None,
        "ms_per_article": round(1000 * summary.seconds / max(summary.articles, 1), 2),
        "peak_rss_total_mb": round(memory.peak_total / 2**20),
        "peak_rss_largest_mb": round(memory.peak_largest / 2**20),
        "load_before": round(load_before, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--engines", nargs="+", choices=("local", "ray"), default=["local", "ray"])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--shard-size", type=int, default=64)
    parser.add_argument("--json", type=Path, help="append each result as a JSON line here")
    args = parser.parse_args(argv)
    missing = [p for p in CORPORA if not p.exists()]
    if missing:
        parser.error(f"corpus not found: {missing[0]}")
    print(
        f"{'size':>7} {'engine':>6} {'w':>2} {'art/s':>7} {'start s':>8} {'steady/s':>9} "
        f"{'ms/art':>7} {'peak MB':>8} {'largest':>8} {'load':>5} {'events':>7} {'fail':>5}"
    )
    for size in args.sizes:
        corpus = build_corpus(size)
        for engine in args.engines:
            for workers in args.workers:
                result = bench_one(corpus, size, engine, workers, args.shard_size)
                print(
                    f"{size:>7} {engine:>6} {workers:>2} {result['articles_per_s']:>7.1f} "
                    f"{result['startup_s']:>8.1f} {result['steady_articles_per_s'] or 0:>9.1f} "
                    f"{result['ms_per_article']:>7.1f} {result['peak_rss_total_mb']:>8} "
                    f"{result['peak_rss_largest_mb']:>8} {result['load_before']:>5.1f} "
                    f"{result['events']:>7} {result['failures']:>5}",
                    flush=True,
                )
                if args.json:
                    with open(args.json, "a", encoding="utf-8") as stream:
                        stream.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
