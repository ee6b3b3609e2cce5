import json

import pytest

from polemos.export import export_events


def test_one_event_dict_per_line_reads_back_equal(tmp_path, stored_events):
    assert export_events(stored_events, "jsonl", tmp_path / "events.jsonl") == 3
    text = (tmp_path / "events.jsonl").read_text(encoding="utf-8")
    # str.splitlines() also breaks at U+2028, which the hostile text holds
    lines = text.splitlines()
    assert [json.loads(line) for line in lines] == stored_events


def test_pipeline_events_read_back_equal(tmp_path, events):
    export_events(events, "jsonl", tmp_path / "events.jsonl")
    with open(tmp_path / "events.jsonl", encoding="utf-8") as handle:
        assert [json.loads(line) for line in handle] == events


def test_unknown_format_is_an_error_and_writes_nothing(tmp_path, events):
    with pytest.raises(ValueError, match="csv, geojson, parquet, jsonl"):
        export_events(events, "xlsx", tmp_path / "events.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_failed_export_leaves_no_file(tmp_path, events):
    events[1]["confidence"] = object()  # not JSON: the writer fails on the second event
    with pytest.raises(TypeError):
        export_events(events, "jsonl", tmp_path / "events.jsonl")
    assert list(tmp_path.iterdir()) == []
