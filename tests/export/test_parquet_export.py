import json
from datetime import date

import pyarrow.parquet as pq

from polemos.export import export_events, parquet_schema


def test_parquet_reads_back_with_the_stable_schema(tmp_path, stored_events, hostile):
    assert export_events(stored_events, "parquet", tmp_path / "events.parquet") == 3
    table = pq.read_table(tmp_path / "events.parquet")
    assert table.schema.equals(parquet_schema(), check_metadata=True)
    rows = table.to_pylist()
    battle, attack, protest = rows
    assert battle["id"] == stored_events[0]["id"]
    assert battle["date_start"] == date(2017, 6, 10)
    assert (battle["latitude"], battle["longitude"]) == (35.95283, 39.00788)
    assert battle["fatalities_best"] == 4
    assert json.loads(battle["counts"]) == stored_events[0]["counts"]
    assert json.loads(battle["provenance"]) == {"event_type": "trigger:fought"}
    assert battle["sources"][0]["published"] == date(2017, 6, 12)
    assert battle["sources"][0]["url"] == "https://example.org/raqqa"
    assert attack["fatalities_best"] is None
    assert (attack["date_start"], attack["date_end"]) == (date(2017, 6, 1), date(2017, 6, 30))
    assert protest["actor1"] == hostile
    assert protest["latitude"] is None


def test_empty_export_has_the_same_schema(tmp_path):
    assert export_events([], "parquet", tmp_path / "empty.parquet") == 0
    table = pq.read_table(tmp_path / "empty.parquet")
    assert table.num_rows == 0
    assert table.schema.equals(parquet_schema(), check_metadata=True)


def test_pipeline_events_export_too(tmp_path, events):
    export_events(events, "parquet", tmp_path / "events.parquet")
    table = pq.read_table(tmp_path / "events.parquet")
    assert table.column("id").to_pylist() == [None, None, None]
    assert table.column("sources").to_pylist() == [[], [], []]
