"""Accuracy within 161 km of polemos.geo with gold toponym spans given (oracle setting).

    .venv/bin/python bench/geo_eval.py [--split dev|test|all] [--corpus lgl,gwn,wiktor]

Each corpus's documents are split in order: the first half ("dev") is the only part the
resolver's weights were looked at on; the second half ("test") is held out. A toponym
counts when the gold has coordinates; an unresolved toponym counts as wrong.
Also reports e2e recognition precision/recall/F1 (exact span match) without NER.
"""

from __future__ import annotations

import argparse
import json
import math
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from polemos.geo import Resolver, load_gazetteer

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "geo" / "corpora"

Doc = tuple[str, list[tuple[int, int, float | None, float | None]]]


def load_lgl() -> list[Doc]:
    docs = []
    for art in ET.parse(CORPORA / "lgl.xml").getroot().iter("article"):
        tops = []
        for t in art.iter("toponym"):
            g = t.find("gaztag")
            lat = g.findtext("lat") if g is not None else None
            lon = g.findtext("lon") if g is not None else None
            tops.append(
                (int(t.findtext("start")), int(t.findtext("end")),
                 float(lat) if lat else None, float(lon) if lon else None)
            )
        docs.append((art.findtext("text"), tops))
    return docs


def load_gwn() -> list[Doc]:
    docs = []
    for art in ET.parse(CORPORA / "GWN.xml").getroot().iter("article"):
        text = art.findtext("text")
        tops = []
        for t in art.iter("toponym"):
            lat, lon = t.findtext("latitude"), t.findtext("longitude")
            start, end = int(t.findtext("start")), int(t.findtext("end"))
            # 5 of 6,612 offsets are off in the corpus: skip those rather than mis-score
            if text[start:end] != t.findtext("extractedName"):
                continue
            # metonymic uses and toponyms without a GeoNames id are not scored (as in
            # Gritta et al. 2019's geocoding evaluation)
            if not t.findtext("geonamesID"):
                lat = lon = None
            tops.append((start, end, float(lat) if lat else None, float(lon) if lon else None))
        docs.append((text, tops))
    return docs


def load_wiktor() -> list[Doc]:
    docs = []
    with open(CORPORA / "WikToR.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            tops = [(t["start"], t["end"], t["lat"], t["lon"]) for t in d["toponyms"]]
            docs.append((d["text"], tops))
    return docs


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 6371 * 2 * math.asin(math.sqrt(min(1.0, a)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="dev", choices=["dev", "test", "all"])
    parser.add_argument("--corpus", default="lgl,gwn,wiktor")
    parser.add_argument("--limit", type=int, default=0, help="at most this many documents")
    parser.add_argument("--errors", type=int, default=0, help="print this many errors")
    args = parser.parse_args()
    resolver = Resolver(load_gazetteer())
    loaders = {"lgl": load_lgl, "gwn": load_gwn, "wiktor": load_wiktor}
    for name in args.corpus.split(","):
        docs = loaders[name]()
        half = len(docs) // 2
        docs = {"dev": docs[:half], "test": docs[half:], "all": docs}[args.split]
        if args.limit:
            docs = docs[: args.limit]
        hits = total = shown = 0
        tp = fp = fn = 0
        started = time.perf_counter()
        n_toponyms = 0
        for text, tops in docs:
            spans = [(s, e) for s, e, _, _ in tops]
            places = resolver.resolve(text, spans)
            n_toponyms += len(spans)
            for (s, e, lat, lon), place in zip(tops, places, strict=True):
                if lat is None:
                    continue
                total += 1
                ok = place is not None and km(lat, lon, place.latitude, place.longitude) <= 161
                hits += ok
                if not ok and shown < args.errors:
                    shown += 1
                    got = place and (place.name, place.country, place.admin1, place.precision)
                    print(f"  {text[s:e]!r}: gold {lat:.2f},{lon:.2f} got {got}")
            found = set(resolver.recognize(text))
            gold = set(spans)
            tp += len(found & gold)
            fp += len(found - gold)
            fn += len(gold - found)
        seconds = time.perf_counter() - started
        p = tp / max(1, tp + fp)
        r = tp / max(1, tp + fn)
        print(
            f"{name} {args.split}: acc@161km {hits / max(1, total):.3f} ({hits}/{total}); "
            f"recognition P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}; "
            f"{len(docs)} docs, {n_toponyms / seconds:.0f} toponyms/s (resolve + recognize)"
        )


if __name__ == "__main__":
    main()
