"""Throughput of the geo stage: gazetteer load time, toponyms/s, peak RSS. No assertions.

    .venv/bin/python bench/geo_bench.py [N_DOCS]

Uses the first documents of ../shared/geo/corpora/lgl.xml with their gold spans
(resolution only) and then the GeoResolver stage (recognition + resolution).
"""

from __future__ import annotations

import resource
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from polemos.article import Article
from polemos.geo import GeoResolver, Resolver, default_path, load_gazetteer
from polemos.geo.gazetteer import Gazetteer

LGL = Path(__file__).resolve().parents[1].parent / "shared" / "geo" / "corpora" / "lgl.xml"


def main() -> None:
    n_docs = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    load_gazetteer()  # builds the cache file if missing, outside the timing
    started = time.perf_counter()
    gazetteer = Gazetteer.load(default_path())
    print(f"gazetteer load: {time.perf_counter() - started:.2f} s ({len(gazetteer):,} places)")

    docs = []
    for art in list(ET.parse(LGL).getroot().iter("article"))[:n_docs]:
        spans = [(int(t.findtext("start")), int(t.findtext("end"))) for t in art.iter("toponym")]
        docs.append((art.findtext("text"), spans))
    resolver = Resolver(gazetteer)
    started = time.perf_counter()
    n = sum(len(resolver.resolve(text, spans)) for text, spans in docs)
    seconds = time.perf_counter() - started
    print(f"resolve (gold spans): {n / seconds:.0f} toponyms/s ({n} in {seconds:.2f} s)")

    stage = GeoResolver(gazetteer)
    started = time.perf_counter()
    found = 0
    for text, _ in docs:
        article = Article(text=text)
        stage(article)
        found += len(article.toponyms)
    seconds = time.perf_counter() - started
    print(
        f"GeoResolver stage: {len(docs) / seconds:.0f} articles/s, "
        f"{found / seconds:.0f} toponyms/s ({found} found)"
    )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
