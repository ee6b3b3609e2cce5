"""The polemos command, run as a user runs it: a real process, a real DuckDB file."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BUNDLED_EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "raqqa-offensive.txt"


def polemos(*args: str, db: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "POLEMOS_DB": str(db)}
    process = subprocess.run(
        [sys.executable, "-m", "polemos.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    if check:
        assert process.returncode == 0, process.stderr
    return process


def test_extract_prints_events_as_json(tmp_path: Path) -> None:
    out = polemos(
        "extract",
        str(BUNDLED_EXAMPLE),
        "--published",
        "2017-06-13",
        "--format",
        "json",
        db=tmp_path / "x.duckdb",
    )
    payload = json.loads(out.stdout)
    assert payload["article"]["title"].startswith("Coalition Partners Close In")
    kinds = {e["sub_event_type"] for e in payload["events"]}
    assert {"Armed clash", "Air/drone strike", "Government regains territory"} <= kinds
    assert not (tmp_path / "x.duckdb").exists()  # extract stores nothing


def test_ingesting_the_same_article_twice_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    first = polemos("ingest", str(BUNDLED_EXAMPLE), "--published", "2017-06-13", db=db)
    assert "1 new articles" in first.stdout
    events = json.loads(polemos("events", "--format", "json", db=db).stdout)
    second = polemos("ingest", str(BUNDLED_EXAMPLE), "--published", "2017-06-13", db=db)
    assert "0 new articles" in second.stdout and "1 already stored" in second.stdout
    assert json.loads(polemos("events", "--format", "json", db=db).stdout) == events
    assert len(events) >= 4


def test_a_folder_with_bad_files_ingests_the_good_and_names_the_bad(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "example.txt").write_bytes(BUNDLED_EXAMPLE.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    (folder / "latin1.txt").write_bytes("Affrontements \xe0 Raqqa".encode("latin-1"))
    (folder / "feed.jsonl").write_text(
        json.dumps(
            {
                "url": "https://news.example/1",
                "published": "2017-06-14",
                "text": "Rebels shelled the town of Idlib on Monday, killing three civilians.",
            }
        )
        + "\n{not json\n"
    )
    db = tmp_path / "store.duckdb"
    result = polemos("ingest", str(folder), "--published", "2017-06-13", db=db, check=False)
    assert result.returncode != 0
    assert "2 new articles" in result.stdout
    for name in ("empty.txt", "photo.jpg", "latin1.txt", "feed.jsonl:2"):
        assert name in result.stderr
    assert "4 of 6 inputs failed" in result.stderr
    failures = json.loads(polemos("failures", "--format", "json", db=db).stdout)
    reasons = {Path(f["source"]).name: f["reason"] for f in failures}
    assert reasons == {
        "empty.txt": "empty",
        "photo.jpg": "binary",
        "latin1.txt": "not UTF-8",
        "feed.jsonl:2": "bad JSON",
    }


def test_long_ingest_shows_progress(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(60):
        (folder / f"{number:03}.txt").write_text(
            f"Rebels attacked an army checkpoint near Idlib on Monday, "
            f"killing {number + 1} soldiers."
        )
    result = polemos("ingest", str(folder), "--published", "2017-06-13", db=tmp_path / "s.duckdb")
    assert "50 articles" in result.stderr  # the progress line
    assert "60 new articles" in result.stdout


def test_events_filters_and_exports(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    polemos("ingest", str(BUNDLED_EXAMPLE), "--published", "2017-06-13", db=db)
    by_alias = json.loads(polemos("events", "--actor", "Daesh", "--format", "json", db=db).stdout)
    assert by_alias and all("Islamic State" in (e["actor1"], e["actor2"]) for e in by_alias)
    battles = json.loads(polemos("events", "--type", "battles", "--format", "json", db=db).stdout)
    assert battles and {e["event_type"] for e in battles} == {"Battles"}
    assert json.loads(polemos("events", "--country", "IQ", "--format", "json", db=db).stdout) == []
    out = tmp_path / "events.csv"
    polemos("export", "--format", "csv", "-o", str(out), db=db)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {
        "event_date",
        "event_type",
        "sub_event_type",
        "actor1",
        "actor2",
        "country",
        "admin1",
        "location",
        "latitude",
        "longitude",
        "fatalities",
        "notes",
    } <= set(rows[0])
    geojson = tmp_path / "events.geojson"
    polemos("export", "--format", "geojson", "-o", str(geojson), db=db)
    assert json.loads(geojson.read_text())["type"] == "FeatureCollection"


@pytest.mark.parametrize("bad", ["2017-13-45", "yesterday-ish"])
def test_bad_publication_date_is_a_clear_error(tmp_path: Path, bad: str) -> None:
    result = polemos(
        "extract", str(BUNDLED_EXAMPLE), "--published", bad, db=tmp_path / "x.duckdb", check=False
    )
    assert result.returncode == 2 and "--published" in result.stderr
