"""Write event dicts (``Store.events``, ``Event.to_dict``) as CSV, GeoJSON, Parquet, JSONL."""

from __future__ import annotations

import csv
import json
import os
import time
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from polemos.export.acled import CSV_COLUMNS, acled_row
from polemos.export.flat import FLAT_FIELDS, flat_event

if TYPE_CHECKING:
    import pyarrow as pa

EXPORT_FORMATS = ("csv", "geojson", "parquet", "jsonl")
PARQUET_SCHEMA_VERSION = "2"  # 2: type_of_violence

# characters str.splitlines() breaks lines at that json.dumps leaves raw
_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def export_events(events: Iterable[dict[str, Any]], fmt: str, out: str | Path) -> int:
    """Write events to the file ``out`` in ``fmt`` (csv, geojson, parquet, jsonl); returns how many.

    The file appears whole or not at all: it is written beside ``out`` and renamed.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(
            f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}"
        )
    out = Path(out)
    partial = out.with_name(f".{out.name}.partial")
    try:
        if fmt == "parquet":
            written = write_parquet(events, partial)
        else:
            writer = {"csv": write_csv, "geojson": write_geojson, "jsonl": write_jsonl}[fmt]
            # newline="": the csv module writes its own \r\n and must see quoted newlines raw
            with open(partial, "w", encoding="utf-8", newline="") as stream:
                written = writer(events, stream)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return written


def write_csv(events: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    """ACLED's columns, then polemos's (CSV_COLUMNS), one row per event; returns how many."""
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    timestamp = int(time.time())
    written = 0
    for written, event in enumerate(events, start=1):
        writer.writerow(acled_row(event, written, timestamp))
    return written


def write_jsonl(events: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    """One event dict per line, as given; returns how many."""
    written = 0
    for event in events:
        stream.write(_json(event) + "\n")
        written += 1
    return written


def write_geojson(events: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    """A FeatureCollection of Points; events without coordinates have ``geometry: null``."""
    features = [_feature(event) for event in events]
    stream.write(_json({"type": "FeatureCollection", "features": features}))
    stream.write("\n")
    return len(features)


def _feature(event: dict[str, Any]) -> dict[str, Any]:
    properties = flat_event(event)
    latitude, longitude = properties["latitude"], properties["longitude"]
    geometry = None
    if latitude is not None and longitude is not None:
        geometry = {"type": "Point", "coordinates": [longitude, latitude]}
    feature: dict[str, Any] = {"type": "Feature", "geometry": geometry, "properties": properties}
    if properties["id"] is not None:
        feature["id"] = properties["id"]
    return feature


def _json(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, default=_json_default)
    for raw, escaped in _LINE_BREAKS.items():
        text = text.replace(raw, escaped)
    return text


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} {value!r} as JSON")


def parquet_schema() -> pa.Schema:
    """The Parquet columns: the same for every export, empty or not."""
    import pyarrow as pa

    source = pa.struct(
        [
            ("article_id", pa.int64()),
            ("url", pa.string()),
            ("title", pa.string()),
            ("published", pa.date32()),
            ("site", pa.string()),
            ("sentence", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("modality", pa.string()),
            ("attribution_source", pa.string()),
            ("attribution_verb", pa.string()),
            ("fatalities_low", pa.int64()),
            ("fatalities_best", pa.int64()),
            ("fatalities_high", pa.int64()),
        ]
    )
    types = {
        "id": pa.int64(),
        "date_start": pa.date32(),
        "date_end": pa.date32(),
        "latitude": pa.float64(),
        "longitude": pa.float64(),
        "geonameid": pa.int64(),
        "type_of_violence": pa.int64(),
        "fatalities_low": pa.int64(),
        "fatalities_best": pa.int64(),
        "fatalities_high": pa.int64(),
        "confidence": pa.float64(),
        "evidence_start": pa.int64(),
        "evidence_end": pa.int64(),
        # free-form in the pipeline (any keys), so JSON text keeps the schema fixed
        "counts": pa.string(),
        "provenance": pa.string(),
        # "element": the list item name Parquet readers give back
        "sources": pa.list_(pa.field("element", source)),
    }
    return pa.schema(
        [(name, types.get(name, pa.string())) for name in FLAT_FIELDS],
        metadata={"polemos.schema_version": PARQUET_SCHEMA_VERSION},
    )


def write_parquet(events: Iterable[dict[str, Any]], path: str | Path) -> int:
    """The events as one Parquet table with :func:`parquet_schema`; returns how many."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = []
    for event in events:
        row = flat_event(event)
        row["counts"] = _json(row["counts"])
        row["provenance"] = _json(row["provenance"])
        for source in row["sources"]:
            published = source["published"]
            source["published"] = date.fromisoformat(published) if published else None
        rows.append(row)
    table = pa.Table.from_pylist(rows, schema=parquet_schema())
    pq.write_table(table, str(path))
    return len(rows)
