"""Does merging stay flat as the store grows? Ingest N synthetic events with merging on.

    .venv/bin/python bench/merge_bench.py                 # N = 1k, 10k, 100k
    .venv/bin/python bench/merge_bench.py --sizes 1000,10000 --per-article 5

Events are made directly (no pipeline: this measures the store and the matcher): 5 per
article, over 2,000 places in Syria and Iraq and a period that grows with N (a news
archive grows by adding days, not by packing more into each), a third of them further
reports of an event already stored (another day, another toll, another wording). For each
N it prints the cost per article and the candidate comparisons per event, overall and for
the last tenth of the articles (the cost at the store's final size): near-linear matching
keeps both flat from 1k to 100k.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from polemos.article import Article, Event
from polemos.store import Store

EVENTS_PER_DAY = 20  # across all places: the archive's density, constant as N grows
SUB_TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Violence against civilians", "Attack"),
    ("Battles", "Non-state actor overtakes territory"),
]
ACTORS = [
    "Islamic State",
    "Syrian Democratic Forces",
    "Military Forces of Syria",
    "Military Forces of Iraq",
    "US-led coalition",
    "Hayat Tahrir al-Sham",
    "Syrian National Army",
]
WORDS = "market hospital school convoy checkpoint village bridge road field base".split()


def _places(rng: random.Random, count: int) -> list[dict]:
    places = []
    for index in range(count):
        lat, lon = rng.uniform(32.5, 37.0), rng.uniform(36.0, 46.0)
        country = "SY" if lon < 41.5 else "IQ"
        places.append(
            {
                "name": f"Place {index}",
                "country": country,
                "admin1": f"{country}-A{int(lat * 2) % 7}{int(lon) % 5}",
                "admin2": None,
                "latitude": round(lat, 5),
                "longitude": round(lon, 5),
                "geonameid": 10_000_000 + index,
                "precision": "place",
            }
        )
    return places


def _event(rng: random.Random, base: dict | None, places: list[dict], day0: date, days: int):
    if base is None:
        event_type, sub_type = rng.choice(SUB_TYPES)
        actor1, actor2 = rng.sample(ACTORS, 2)
        place = rng.choice(places)
        day = day0 + timedelta(days=rng.randrange(days))
        toll = rng.randint(0, 40)
        words = rng.sample(WORDS, 3)
    else:
        # another report of a stored event: a day off now and then, another toll
        event_type, sub_type = base["event_type"], base["sub_event_type"]
        actor1, actor2 = base["actor1"], base["actor2"] if rng.random() < 0.7 else None
        place = base["location"]
        day = date.fromisoformat(base["date"]) + timedelta(days=rng.choice([0, 0, 1, -1]))
        toll = max(0, (base["fatalities"]["best"] or 0) + rng.randint(-3, 3))
        words = base["_words"]
    sentence = (
        f"{actor1} and {actor2 or 'others'} fought near {place['name']} by the "
        f"{' and the '.join(words)}, killing {toll}."
    )
    data = {
        "event_type": event_type,
        "sub_event_type": sub_type,
        "actor1": actor1,
        "actor2": actor2,
        "date": day.isoformat(),
        "date_precision": "day",
        "location": dict(place),
        "fatalities": {"low": toll, "best": toll, "high": toll, "text": str(toll)},
        "counts": [],
        "modality": rng.choice(["reported", "reported", "claimed"]),
        "attribution": None,
        "evidence": {"sentence": sentence, "start": 0, "end": len(sentence)},
        "confidence": 0.8,
    }
    return data, words


def run(size: int, per_article: int, seed: int = 7) -> dict[str, float]:
    rng = random.Random(seed)
    places = _places(rng, 2000)
    days = max(30, size // EVENTS_PER_DAY)
    day0 = date(2014, 1, 1)
    made: list[dict] = []
    articles = []
    for index in range(0, size, per_article):
        events = []
        for _ in range(min(per_article, size - index)):
            base = rng.choice(made[-5000:]) if made and rng.random() < 1 / 3 else None
            data, words = _event(rng, base, places, day0, days)
            if base is None:
                made.append({**data, "_words": words})
            events.append(Event(**data))
        article = Article(text=f"synthetic article {index}", title=f"bench {seed} {index}")
        article.events = events
        articles.append(article)

    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "bench.duckdb") as store:
        tail_from = len(articles) - max(1, len(articles) // 10)
        started = time.perf_counter()
        tail_started, tail_stats = started, None
        for number, article in enumerate(articles):
            if number == tail_from:
                tail_started, tail_stats = time.perf_counter(), dict(store.merge_stats)
            store.save_article(article)
        elapsed = time.perf_counter() - started
        tail_elapsed = time.perf_counter() - tail_started
        stats = store.merge_stats
        tail_events = stats["events"] - (tail_stats or {}).get("events", 0)
        tail_comparisons = stats["comparisons"] - (tail_stats or {}).get("comparisons", 0)
        counts = store.counts()
    return {
        "events": size,
        "articles": len(articles),
        "stored_events": counts["events"],
        "merged": stats["merged"],
        "seconds": elapsed,
        "ms_per_article": 1000 * elapsed / len(articles),
        "ms_per_article_last_tenth": 1000 * tail_elapsed / (len(articles) - tail_from),
        "comparisons_per_event": stats["comparisons"] / max(stats["events"], 1),
        "comparisons_per_event_last_tenth": tail_comparisons / max(tail_events, 1),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--per-article", type=int, default=5)
    args = parser.parse_args(argv)
    header = (
        f"{'events':>7} {'articles':>8} {'stored':>7} {'merged':>7} {'seconds':>8}"
        f" {'ms/article':>10} {'(last 10%)':>10} {'cmp/event':>9} {'(last 10%)':>10}"
    )
    print(header)
    for size in (int(s) for s in args.sizes.split(",")):
        r = run(size, args.per_article)
        print(
            f"{r['events']:>7} {r['articles']:>8} {r['stored_events']:>7} {r['merged']:>7}"
            f" {r['seconds']:>8.1f} {r['ms_per_article']:>10.2f}"
            f" {r['ms_per_article_last_tenth']:>10.2f} {r['comparisons_per_event']:>9.2f}"
            f" {r['comparisons_per_event_last_tenth']:>10.2f}",
            flush=True,
        )


if __name__ == "__main__":
    sys.exit(main())
