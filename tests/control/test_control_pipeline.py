"""Captures and recaptures told by news articles, through the real pipeline and store, give
the timelines a reader would draw."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from polemos.control import CONTESTED, holdings_on, place_timelines, store_timelines
from polemos.control.commands import control
from polemos.ingest import article_from_text
from polemos.pipeline import process
from polemos.store import Store

IRAQ = "Military Forces of Iraq"
ISIS = "Islamic State"

# (published, text): what a reader learns, article by article
ARTICLES = [
    ("2014-06-11", "Islamic State militants seized Mosul on Tuesday after government troops fled."),
    (
        "2016-02-01",
        "The Islamic State seized Ramadi in May 2015 and held the city for seven months.",
    ),
    (
        "2015-12-28",
        "Iraqi forces recaptured Ramadi from the Islamic State on Sunday, officials said.",
    ),
    # the other side's claim, a day later: outweighed by the report
    (
        "2015-12-29",
        "The Islamic State claimed that its fighters had recaptured Ramadi from Iraqi forces "
        "on Monday.",
    ),
    (
        "2016-05-10",
        "Iraqi forces recaptured Samarra from the Islamic State on Sunday, officials said.",
    ),
    # an independent report of the opposite, two days on: nobody clearly holds Samarra from
    # the first of the two until the army's recapture in June
    (
        "2016-05-11",
        "Islamic State militants seized Samarra on Tuesday after government troops fled.",
    ),
    (
        "2016-06-20",
        "Iraqi troops retook Samarra from the Islamic State on Sunday, the army said.",
    ),
    (
        "2016-10-20",
        "Iraqi forces captured 22 villages in Nineveh province from the Islamic State on "
        "Wednesday.",
    ),
    (
        "2017-07-10",
        "Iraqi forces recaptured Mosul from the Islamic State on Sunday, Prime Minister Haider "
        "al-Abadi said.",
    ),
    # a second report of the same recapture: one more source, not one more event
    ("2017-07-11", "Iraqi troops retook Mosul from ISIS on Sunday after nine months of fighting."),
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("control") / "control.duckdb"
    with Store(path) as store:
        for published, text in ARTICLES:
            article = article_from_text(text, published=date.fromisoformat(published))
            store.save_article(process(article))
    return path


@pytest.fixture
def store(store_path):
    with Store(store_path) as opened:
        yield opened


def _periods(store: Store, place: str) -> list[tuple[str, str, str | None]]:
    [timeline] = [t for t in place_timelines(store, place) if t.kind == "place"]
    return [(p.holder, p.start, p.end) for p in timeline.periods]


def test_mosul_falls_and_is_retaken(store):
    assert _periods(store, "Mosul") == [
        (ISIS, "2014-06-10", "2017-07-09"),
        (IRAQ, "2017-07-09", None),
    ]


def test_two_reports_of_the_recapture_are_one_event_with_both_sentences(store):
    [timeline] = [t for t in place_timelines(store, "Mosul") if t.kind == "place"]
    [recapture] = timeline.periods[-1].evidence
    assert len(recapture.sentences) == 2
    assert any("nine months" in s for s in recapture.sentences)


def test_a_historical_capture_counts_at_its_own_date_and_a_claim_is_outweighed(store):
    assert _periods(store, "Ramadi") == [
        (ISIS, "2015-05", "2015-12-27"),
        (IRAQ, "2015-12-27", None),
    ]
    [timeline] = [t for t in place_timelines(store, "Ramadi") if t.kind == "place"]
    [claim] = timeline.periods[-1].disputed_by
    assert (claim.actor, claim.modality) == (ISIS, "claimed")


def test_contradicting_reports_leave_samarra_contested_until_the_next_capture(store):
    assert _periods(store, "Samarra") == [
        (CONTESTED, "2016-05-08", "2016-06-19"),
        (IRAQ, "2016-06-19", None),
    ]


def test_villages_in_a_province_are_an_area_claim(store):
    areas = [t for t in store_timelines(store) if t.kind == "area"]
    assert [(t.name, t.geonameid) for t in areas] == [("Nineveh", None)]
    assert areas[0].periods[0].holder == IRAQ


def test_what_isis_held_day_by_day(store):
    population = {99072: 1_739_800}.get  # Mosul; Ramadi unknown here

    def people(geonameid: int) -> int:
        return population(geonameid) or 0

    in_2015 = holdings_on(store, "ISIS", "2015-08-01", population_of=people)
    assert sorted(t.name for t in in_2015.places) == ["Mosul", "Ramadi"]
    assert in_2015.population == 1_739_800
    assert [t.name for t in holdings_on(store, "Daesh", "2017-01-01", people).places] == ["Mosul"]
    assert holdings_on(store, "ISIS", "2017-08-01", people).places == []


def test_the_control_command_prints_the_timeline_with_its_evidence(store_path):
    result = CliRunner().invoke(control, ["--place", "Mosul", "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    assert "Islamic State" in result.output and IRAQ in result.output
    assert "seized Mosul on Tuesday" in result.output
    as_json = CliRunner().invoke(
        control, ["--place", "Mosul", "--format", "json", "--db", str(store_path)]
    )
    [timeline] = [t for t in json.loads(as_json.output) if t["kind"] == "place"]
    assert [p["holder"] for p in timeline["periods"]] == [ISIS, IRAQ]


def test_the_control_command_charts_holdings_over_time(store_path, tmp_path):
    plot = tmp_path / "held.png"
    result = CliRunner().invoke(
        control,
        ["--actor", "ISIS", "--from", "2014-01", "--to", "2017-12", "--step", "year",
         "--plot", str(plot), "--db", str(store_path)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.output.splitlines() if line.startswith("20")]
    # 1 Jan of 2014..2017: nothing yet; Mosul; Mosul and Ramadi; Mosul
    assert [(r[0], r[-3]) for r in rows] == [
        ("2014-01-01", "0"),
        ("2015-01-01", "1"),
        ("2016-01-01", "1"),
        ("2017-01-01", "1"),
    ]
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_control_command_says_what_it_needs(store_path):
    result = CliRunner().invoke(control, ["--actor", "ISIS", "--db", str(store_path)])
    assert result.exit_code == 2
    assert "--on" in result.output
