"""Merging in a real DuckDB store: saving, reading every report back, splitting."""

from __future__ import annotations

import json
from datetime import date

import duckdb
import pytest
from click.testing import CliRunner
from merge_events import TABQA, make

from polemos.article import Article, Event
from polemos.cli import main as cli
from polemos.control.commands import unmerge as unmerge_command
from polemos.store import Store, StoreError, migrations


def _article(text: str, *events: dict, day: date = date(2017, 6, 11)) -> Article:
    article = Article(text=text, title=text[:20], url=f"https://example.org/{abs(hash(text))}")
    article.published = day
    article.events = [Event(**event) for event in events]
    return article


def _report(sentence: str, **fields) -> dict:
    return make(evidence={"sentence": sentence, "start": 0, "end": len(sentence)}, **fields)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "merge.duckdb") as opened:
        yield opened


def test_two_reports_of_one_clash_become_one_event_with_two_sources(store):
    store.save_article(_article("First.", _report("SDF and IS fought in Raqqa.")))
    store.save_article(
        _article(
            "Second.",
            _report(
                "IS said it killed 9 SDF fighters in Raqqa.",
                date="2017-06-11",
                modality="claimed",
                attribution={"source": "Islamic State", "verb": "said"},
                fatalities={"low": 9, "best": 9, "high": 9, "text": "9"},
            ),
        )
    )
    [event] = store.events()
    assert [s["sentence"] for s in event["sources"]] == [
        "SDF and IS fought in Raqqa.",
        "IS said it killed 9 SDF fighters in Raqqa.",
    ]
    assert event["sources"][1]["merge_score"] >= 0.6
    assert event["fatalities"]["low"] == 4 and event["fatalities"]["high"] == 9
    assert event["modality"] == "reported"
    assert event["attribution"]["claimants"] == [{"source": "Islamic State", "verb": "said"}]
    assert store.counts()["events"] == 1 and store.counts()["event_sources"] == 2


def test_two_events_of_one_article_stay_two(store):
    store.save_article(_article("Twice.", _report("A clash."), _report("Another clash.")))
    assert store.counts()["events"] == 2


def test_an_article_adds_one_report_to_an_event_at_most(store):
    store.save_article(_article("First.", _report("A clash in Raqqa.")))
    store.save_article(_article("Second.", _report("Clash one."), _report("Clash two.")))
    assert sorted(len(e["sources"]) for e in store.events()) == [1, 2]


def test_different_places_stay_apart_and_merging_can_be_turned_off(store):
    store.save_article(_article("Raqqa.", _report("In Raqqa.")))
    store.save_article(_article("Tabqa.", _report("In Tabqa.", location=dict(TABQA))))
    store.save_article(_article("Raqqa again.", _report("In Raqqa again.")), merge=False)
    assert store.counts()["events"] == 3


def test_every_report_is_shown_with_its_sentence(store):
    sentences = [f"Report number {n} of the Raqqa clash." for n in range(1, 7)]
    for sentence in sentences:
        store.save_article(_article(sentence, _report(sentence)))
    [event] = store.events()
    result = CliRunner().invoke(
        cli, ["events", "--id", str(event["id"]), "--sources", "--db", str(store.path)]
    )
    assert result.exit_code == 0, result.output
    for sentence in sentences:
        assert sentence in result.output


def test_unmerge_gives_a_report_back_its_own_event(store):
    first = _report("SDF and IS fought in Raqqa.")
    wrong = _report(
        "IS claimed it repelled the SDF near Raqqa.",
        modality="claimed",
        fatalities={"low": 30, "best": 30, "high": 30, "text": "30"},
    )
    store.save_article(_article("First.", first))
    store.save_article(_article("Second.", wrong))
    [merged] = store.events()
    assert merged["fatalities"]["high"] == 30
    source_id = merged["sources"][1]["id"]

    new_id = store.unmerge(merged["id"], source_id)

    kept, split = store.event(merged["id"]), store.event(new_id)
    assert [s["sentence"] for s in kept["sources"]] == ["SDF and IS fought in Raqqa."]
    assert kept["fatalities"]["high"] == 4  # recomputed from the report it keeps
    assert {k: v for k, v in split.items() if k not in ("id", "sources")} == wrong
    assert [s["id"] for s in split["sources"]] == [source_id]


def test_unmerge_refuses_what_it_cannot_split(store):
    store.save_article(_article("First.", _report("One.")))
    store.save_article(_article("Second.", _report("Two.")))
    [event] = store.events()
    with pytest.raises(StoreError, match="not a source of event"):
        store.unmerge(event["id"] + 1, event["sources"][0]["id"])
    store.unmerge(event["id"], event["sources"][1]["id"])
    with pytest.raises(StoreError, match="only this report"):
        store.unmerge(event["id"], event["sources"][0]["id"])


def test_the_unmerge_command_splits_and_says_so(tmp_path):
    path = tmp_path / "cli.duckdb"
    with Store(path) as store:
        store.save_article(_article("First.", _report("One.")))
        store.save_article(_article("Second.", _report("Two.")))
        [event] = store.events()
    runner = CliRunner()
    source = event["sources"][1]["id"]
    result = runner.invoke(unmerge_command, [str(event["id"]), str(source), "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert f"report {source} is now event" in result.output
    again = runner.invoke(unmerge_command, [str(event["id"]), str(source), "--db", str(path)])
    assert again.exit_code == 1
    assert "not a source of event" in again.output
    with Store(path) as store:
        assert store.counts()["events"] == 2


def test_matching_compares_only_nearby_events(store):
    # 200 events a month apart each: a new report sees the one it matches, not the rest
    for n in range(200):
        day = date.fromordinal(date(2010, 1, 1).toordinal() + 30 * n).isoformat()
        store.save_article(_article(f"Old {n}.", _report(f"Clash {n}.", date=day)))
    before = dict(store.merge_stats)
    store.save_article(_article("New.", _report("Clash again.", date="2010-01-02")))
    assert store.merge_stats["comparisons"] - before["comparisons"] == 1
    assert store.merge_stats["merged"] - before.get("merged", 0) == 1


def test_events_stored_before_merging_existed_can_be_merged_into(tmp_path):
    path = tmp_path / "old.duckdb"
    blocks_version = next(v for v, name, _ in migrations() if name.endswith("_merge_control.sql"))
    with duckdb.connect(str(path)) as con:
        con.execute(
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
            " applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"
        )
        for version, name, sql in migrations()[: blocks_version - 1]:
            con.execute(sql)
            con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", [version, name])
        con.execute("INSERT INTO articles (hash, title) VALUES ('h', 'Old')")
        old = make()
        con.execute(
            "INSERT INTO events (event_type, sub_event_type, actor1, actor2, date,"
            " date_precision, location_name, country, admin1, latitude, longitude, geonameid,"
            " location_precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                old["event_type"], old["sub_event_type"], old["actor1"], old["actor2"],
                old["date"], "day", "Raqqa", "SY", "Ar-Raqqah", 35.95283, 39.00788, 163345,
                "place",
            ],
        )  # fmt: skip
        con.execute(
            "INSERT INTO event_sources (event_id, article_id, sentence) VALUES (1, 1, 'Old.')"
        )
    with Store(path) as store:
        store.save_article(_article("New.", _report("New report of the old clash.")))
        [event] = store.events()
        assert [s["sentence"] for s in event["sources"]] == ["Old.", "New report of the old clash."]
        assert json.dumps(store.event_reports(event["id"])[0]["event"]["location"])
