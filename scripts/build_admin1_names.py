"""Derive ``data/geo/admin1_names.tsv``: ACLED's names of first-level units that GeoNames
does not know ("Idleb", "Zaporizhia", "Shan-North", "Seoul Special City"), each with the
GeoNames admin-1 code of the unit its events lie in.

    .venv/bin/python scripts/build_admin1_names.py ../shared/gold/events/acled_notes_dev.csv

ACLED writes its own spellings, and splits a few GeoNames units (Shan State into Shan-North,
-South and -East): a note's "(Kutkai, Shan-North)" names a unit the gazetteer must find.
Only the dev half of the notes is read (``polemos eval``'s ``dev`` split of each file given),
so the test half stays held out. A name is kept when the nearest gazetteer places of its
events (within 50 km) agree on one unit for at least 70 % of them; the unit is then the
name's reading, as GeoNames' own alternate names are, if the two names look alike (a word
of one begins a word of the other, or the spellings are close: "Idleb" and "Idlib") or at
least three events all agree ("Province 1" is Koshi). Without that check a county ACLED codes
as a unit of its own ("Clare") would become a name of the province around it (Munster).
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

import numpy as np

from polemos.eval.event_gold import read_event_gold
from polemos.eval.split import split_documents
from polemos.geo import load_gazetteer
from polemos.geo.gazetteer import ADMIN1, PLACE
from polemos.geo.names import fold

NEAR_KM = 50.0
AGREEMENT = 0.7
SURE_VOTES = 3
OUT = Path(__file__).resolve().parents[1] / "src/polemos/data/geo/admin1_names.tsv"


def look_alike(a: str, b: str) -> bool:
    """ "Shan-North" and "Shan State", "North Jeolla" and "Jeollabuk-do", "Idleb" and "Idlib"."""
    a, b = fold(a).replace("-", " "), fold(b).replace("-", " ")
    for x in a.split():
        for y in b.split():
            if len(x) >= 4 and len(y) >= 4 and (x.startswith(y) or y.startswith(x)):
                return True
    return SequenceMatcher(None, a, b).ratio() >= 0.6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("acled_csv", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()

    g = load_gazetteer()
    places = np.flatnonzero(g.kind == PLACE)
    lat = np.radians(g.latitude[places].astype(float))
    lon = np.radians(g.longitude[places].astype(float))

    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for path in args.acled_csv:
        gold = read_event_gold(path)
        for text in split_documents(gold.texts, "dev", None, alternate=True):
            for ev in text.events:
                if ev.admin1 and ev.latitude is not None and ev.longitude is not None:
                    points[ev.admin1].append((ev.latitude, ev.longitude))

    rows = []
    for name, pts in sorted(points.items()):
        if any(g.kind[r] == ADMIN1 for r in g.lookup(name, loose=False)):
            continue  # GeoNames already knows it
        votes: Counter[str] = Counter()
        for plat, plon in pts:
            p1, l1 = np.radians(plat), np.radians(plon)
            a = (
                np.sin((lat - p1) / 2) ** 2
                + np.cos(p1) * np.cos(lat) * np.sin((lon - l1) / 2) ** 2
            )
            km = 6371.0 * 2 * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
            nearest = int(np.argmin(km))
            a1 = int(g.admin1[places[nearest]])
            if km[nearest] <= NEAR_KM and a1 >= 0:
                votes[g.code(a1)] += 1
        if not votes:
            continue
        code, n = votes.most_common(1)[0]
        unit = g.name(g.row_of_code(code))
        if n / len(pts) >= AGREEMENT and (
            look_alike(name, unit) or n == len(pts) >= SURE_VOTES
        ):
            rows.append((name, code, g.name(g.row_of_code(code)), n, len(pts)))

    with open(args.out, "w", encoding="utf-8", newline="") as fh:
        fh.write(
            "# ACLED's names of admin-1 units GeoNames does not know -> GeoNames admin-1 code."
            "\n# Written by scripts/build_admin1_names.py from the dev half of ACLED notes;"
            " the events\n# of each name lie in that unit (votes of events / events).\n"
        )
        out = csv.writer(fh, delimiter="\t", lineterminator="\n")
        out.writerow(("name", "code", "geonames_name", "votes", "events"))
        out.writerows(rows)
    print(f"{len(rows)} names of {len(points)} ACLED admin-1 units written to {args.out}")


if __name__ == "__main__":
    main()
