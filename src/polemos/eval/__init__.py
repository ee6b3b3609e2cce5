"""Measuring polemos: geoparsing on LGL/GeoWebNews/WikToR, events on ACLED/CASE/UCDP gold.

Every evaluation splits documents the same way (:mod:`polemos.eval.split`): tune on
``dev``, report ``test``.
"""

from polemos.eval.events import evaluate_events, format_events_table
from polemos.eval.geo import evaluate_geo, format_geo_table

__all__ = ["evaluate_events", "evaluate_geo", "format_events_table", "format_geo_table"]
