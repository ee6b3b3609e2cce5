"""Corpus runs on the local engine: partitioned Parquet with extract's records, per-record
failures, and a load into the store that is idempotent."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pytest
from click.testing import CliRunner

import polemos
from polemos.run import OutputExists, load_run, run_corpus
from polemos.run.commands import load, run_command
from polemos.run.shards import plan_shards
from polemos.store import Store

from .conftest import RAQQA

EXPECTED_FAILURES = {"malformed WARC record": 1, "bad JSON": 1, "empty": 1}


def events_table(out: Path) -> list[dict]:
    dataset = ds.dataset(out / "events", format="parquet", partitioning="hive")
    return dataset.to_table().to_pylist()


@pytest.fixture(scope="module")
def local_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, object]:
    # one run of two workers serves the tests below: each worker loads spaCy once
    from .conftest import corpus as make_corpus

    tmp = tmp_path_factory.mktemp("run")
    inputs = make_corpus.__wrapped__(tmp)  # type: ignore[attr-defined]
    out = tmp / "out"
    summary = run_corpus([inputs["folder"]], out, engine="local", workers=2, shard_size=2)
    return out, inputs, summary


def test_every_good_record_becomes_partitioned_events(local_run: tuple) -> None:
    out, _, summary = local_run
    assert summary.articles == 7  # 5 pages, the Raqqa wire story, the note
    assert summary.skipped == {"not HTML": 1}
    folders = {p.relative_to(out / "events").parent.as_posix() for p in out.glob("events/*/*/*")}
    assert "month=2017-06/country=SY" in folders and "month=2017-06/country=IQ" in folders
    rows = events_table(out)
    assert len(rows) == summary.events
    assert {(r["month"], r["country"]) for r in rows} >= {("2017-06", "SY"), ("2017-06", "IQ")}
    for row in rows:
        if row["month"] is not None:
            assert row["date"].startswith(row["month"])
    # DuckDB reads the same layout
    rows = duckdb.sql(
        "SELECT month, country, count(*) FROM"
        f" read_parquet('{out}/events/**/*.parquet', hive_partitioning=true) GROUP BY ALL"
    ).fetchall()
    assert sum(n for _, _, n in rows) == summary.events
    assert ("2017-06", "SY") in {(str(month), country) for month, country, _ in rows}


def test_the_records_are_those_extract_gives(local_run: tuple) -> None:
    out, _, _ = local_run
    text = RAQQA.read_text(encoding="utf-8")
    expected = polemos.extract(text, published="2017-06-13")
    rows = [r for r in events_table(out) if r["article_hash"] == expected["article"]["hash"]]
    got = [json.loads(r["event_json"]) for r in sorted(rows, key=lambda r: r["event_index"])]
    assert got == expected["events"] and len(got) >= 4
    first = sorted(rows, key=lambda r: r["event_index"])[0]
    assert first["sub_event_type"] == got[0]["sub_event_type"]
    assert first["latitude"] == (got[0]["location"] or {}).get("latitude")


def test_each_bad_record_is_a_failure_with_its_reason(local_run: tuple) -> None:
    out, inputs, summary = local_run
    failures = [json.loads(line) for line in (out / "failures.jsonl").read_text().splitlines()]
    assert summary.failure_reasons == EXPECTED_FAILURES and summary.failures == 3
    sources = {f["reason"]: f["source"] for f in failures}
    assert sources["bad JSON"] == f"{inputs['jsonl']}:2"
    assert sources["empty"] == f"{inputs['jsonl']}:3"
    assert sources["malformed WARC record"].startswith(f"{inputs['warc']}#")
    assert json.loads((out / "run.json").read_text())["articles"] == 7


def test_load_saves_through_the_store_and_twice_changes_nothing(
    local_run: tuple, tmp_path: Path
) -> None:
    out, _, summary = local_run
    with Store(tmp_path / "s.duckdb") as store:
        first = load_run(out, store)
        events = store.events()
        second = load_run(out, store)
        assert store.events() == events
        failures = store.failures()
    assert (first.new, first.events, first.failures) == (7, summary.events, 3)
    assert (second.new, second.unchanged, second.failures) == (0, 7, 0)
    assert len(failures) == 3
    raqqa = [e for e in events if e["sources"][0]["url"] == "http://wire.example/raqqa"]
    assert raqqa and raqqa[0]["evidence"]["sentence"]


def test_loading_matches_ingesting_the_same_article(local_run: tuple, tmp_path: Path) -> None:
    out, _, _ = local_run
    with Store(tmp_path / "ingest.duckdb") as store:
        text = RAQQA.read_text(encoding="utf-8")
        article = polemos.ingest.article_from_record(
            {"url": "http://wire.example/raqqa", "published": "2017-06-13", "text": text},
            published=None,
            source="x",
        )
        polemos.pipeline.process(article)
        store.save_article(article)
        ingested = store.events()
    with Store(tmp_path / "load.duckdb") as store:
        load_run(out, store)
        url = "http://wire.example/raqqa"
        # the corpus's own "Strike near Raqqa" page reports one of the article's events: the
        # merged event holds both reports, under the earlier one
        merged = [e for e in store.events() if any(s["url"] == url for s in e["sources"])]
        loaded = [e for e in merged if [s["url"] for s in e["sources"]] == [url]]
        starts = {e["evidence"]["start"] for e in loaded}
        alone = [e for e in ingested if e["evidence"]["start"] in starts]

    def reports(events: list[dict]) -> list[dict]:
        keep = ("sentence", "start", "end", "modality", "attribution", "fatalities", "trigger")
        found = [{k: s[k] for k in keep} for e in events for s in e["sources"] if s["url"] == url]
        return sorted(found, key=lambda r: r["start"])

    def comparable(events: list[dict]) -> list[dict]:
        keep = (
            "event_type",
            "sub_event_type",
            "actor1",
            "actor2",
            "date",
            "location",
            "fatalities",
            "modality",
            "attribution",
            "evidence",
            "confidence",
        )
        return [{k: e[k] for k in keep} for e in events]

    # every report of the article is loaded, and its events that no other page reported
    # are the same as ingesting it alone
    assert reports(merged) == reports(ingested)
    assert len(loaded) >= len(ingested) - 1
    assert comparable(loaded) == comparable(alone)


def test_a_rerun_into_the_same_folder_is_refused_unless_asked(
    local_run: tuple, tmp_path: Path
) -> None:
    out, inputs, _ = local_run
    with pytest.raises(OutputExists):
        run_corpus([inputs["text"]], out)
    again = tmp_path / "again"
    summary = run_corpus([inputs["text"]], again, workers=1)
    assert summary.articles == 1 and summary.failures == 0
    summary = run_corpus([inputs["text"]], again, overwrite=True)
    assert summary.articles == 1
    assert len(list((again / "articles").glob("*.parquet"))) == 1


def test_shards_split_large_inputs_and_cover_them_once(corpus: dict[str, Path]) -> None:
    shards, missing = plan_shards([corpus["folder"], corpus["folder"] / "nope.txt"], size=2)
    kinds = [s.kind for s in shards]
    # 5 pages + 1 image, 2 a shard; the damaged record at the end falls in the last one
    warc = [s for s in shards if s.kind == "warc"]
    assert len(warc) == 3 and warc[0].start == 0 and warc[-1].end is None
    assert all(a.end == b.start for a, b in zip(warc, warc[1:], strict=False))
    assert kinds.count("jsonl") == 2 and kinds.count("files") == 1
    assert [m.reason for m in missing] == ["not found"]


def test_the_run_command_exits_non_zero_with_the_count(
    corpus: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(
        run_command, [str(corpus["jsonl"]), str(corpus["text"]), "--out", str(out), "-q"]
    )
    assert result.exit_code == 1
    assert "2 articles" in result.output
    assert "2 records failed (1 bad JSON, 1 empty)" in result.output
    loaded = runner.invoke(load, [str(out), "--db", str(tmp_path / "s.duckdb")])
    assert loaded.exit_code == 0, loaded.output
    assert "2 new articles" in loaded.output and "2 failures recorded" in loaded.output
    refused = runner.invoke(run_command, [str(corpus["text"]), "--out", str(out)])
    assert refused.exit_code == 1 and "--overwrite" in refused.output
    wrong = runner.invoke(
        run_command, [str(corpus["text"]), "--out", str(out), "--ray-address", "x"]
    )
    assert wrong.exit_code == 2
