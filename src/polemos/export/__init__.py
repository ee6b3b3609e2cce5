"""Event dicts out as files: ACLED-shaped CSV, GeoJSON, Parquet and JSONL.

>>> from polemos.export import export_events
>>> export_events(store.events(country="SY"), "geojson", "syria.geojson")  # doctest: +SKIP
"""

from polemos.export.acled import ACLED_COLUMNS, CSV_COLUMNS, POLEMOS_COLUMNS, acled_row
from polemos.export.flat import FLAT_FIELDS, flat_event
from polemos.export.writers import (
    EXPORT_FORMATS,
    export_events,
    parquet_schema,
    write_csv,
    write_geojson,
    write_jsonl,
    write_parquet,
)

__all__ = [
    "ACLED_COLUMNS",
    "CSV_COLUMNS",
    "EXPORT_FORMATS",
    "FLAT_FIELDS",
    "POLEMOS_COLUMNS",
    "acled_row",
    "export_events",
    "flat_event",
    "parquet_schema",
    "write_csv",
    "write_geojson",
    "write_jsonl",
    "write_parquet",
]
