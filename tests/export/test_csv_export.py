import csv
import json
from pathlib import Path

import pytest

from polemos.export import ACLED_COLUMNS, CSV_COLUMNS, export_events

ACLED_SAMPLE = Path(__file__).parents[3] / "shared" / "gold" / "events" / "acled_notes_dev.csv"


def read(path):
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return reader.fieldnames, list(reader)


def test_columns_are_acled_s_then_polemos_s(tmp_path, stored_events):
    export_events(stored_events, "csv", tmp_path / "events.csv")
    header, _ = read(tmp_path / "events.csv")
    assert tuple(header) == CSV_COLUMNS
    assert tuple(header[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS


@pytest.mark.skipif(not ACLED_SAMPLE.exists(), reason="needs ../shared/gold/events")
def test_acled_columns_match_acled_s_own_export():
    with open(ACLED_SAMPLE, encoding="utf-8", newline="") as handle:
        assert tuple(next(csv.reader(handle))) == ACLED_COLUMNS


def test_stored_battle_row(tmp_path, stored_events):
    assert export_events(stored_events, "csv", tmp_path / "events.csv") == 3
    _, rows = read(tmp_path / "events.csv")
    battle = rows[0]
    assert battle["event_id_cnty"] == f"SYR{stored_events[0]['id']}"
    assert battle["event_date"] == "2017-06-10"
    assert battle["year"] == "2017"
    assert battle["time_precision"] == "1"
    assert battle["disorder_type"] == "Political violence"
    assert (battle["inter1"], battle["inter2"], battle["interaction"]) == ("2", "2", "22")
    assert (battle["country"], battle["iso"]) == ("Syria", "760")
    assert (battle["location"], battle["geo_precision"]) == ("Raqqa", "1")
    assert (float(battle["latitude"]), float(battle["longitude"])) == (35.95283, 39.00788)
    assert battle["source"] == "Example News"
    assert battle["notes"] == "The SDF said it fought IS in Raqqa."
    assert battle["fatalities"] == "4"
    assert (battle["fatalities_low"], battle["fatalities_high"]) == ("3", "5")
    assert (battle["modality"], battle["attribution_source"]) == ("claimed", "SDF spokesman")
    assert json.loads(battle["counts"]) == stored_events[0]["counts"]
    assert json.loads(battle["source_urls"]) == ["https://example.org/raqqa"]


def test_month_date_unknown_toll_and_civilian_target(tmp_path, stored_events):
    export_events(stored_events, "csv", tmp_path / "events.csv")
    _, rows = read(tmp_path / "events.csv")
    attack = rows[1]
    assert (attack["event_date"], attack["time_precision"]) == ("2017-06-01", "3")
    assert (attack["date"], attack["date_precision"]) == ("2017-06", "month")
    # ACLED writes 0 for an unreported toll; the empty low/high say it was unknown
    assert (attack["fatalities"], attack["fatalities_low"]) == ("0", "")
    assert attack["civilian_targeting"] == "Civilian targeting"
    assert attack["interaction"] == "27"


def test_hostile_text_reads_back_unchanged(tmp_path, stored_events, hostile):
    export_events(stored_events, "csv", tmp_path / "events.csv")
    _, rows = read(tmp_path / "events.csv")
    assert len(rows) == 3
    protest = rows[2]
    assert protest["actor1"] == hostile
    assert protest["notes"] == hostile
    assert (protest["latitude"], protest["event_date"], protest["country"]) == ("", "", "")
    assert (protest["inter1"], protest["inter2"], protest["interaction"]) == ("6", "0", "60")


def test_pipeline_events_are_numbered_in_order(tmp_path, events):
    export_events(events, "csv", tmp_path / "events.csv")
    _, rows = read(tmp_path / "events.csv")
    assert [row["event_id_cnty"] for row in rows] == ["SYR1", "SYR2", "3"]
    assert [row["polemos_id"] for row in rows] == ["", "", ""]
