"""Periods of control from evidence: reports, claims, contradictions, area claims."""

from __future__ import annotations

from datetime import date
from typing import Any

from polemos.control import CONTESTED, build_timeline, evidence_of, holdings, timelines

TABQA = {
    "name": "Tabqa",
    "country": "SY",
    "admin1": "Ar-Raqqah",
    "admin2": None,
    "latitude": 35.83544,
    "longitude": 38.54812,
    "geonameid": 163270,
    "precision": "place",
}
ALEPPO_PROVINCE = {
    "name": "Aleppo",
    "country": "SY",
    "admin1": "Aleppo",
    "admin2": None,
    "latitude": 36.2,
    "longitude": 37.1,
    "geonameid": 170062,
    "precision": "admin1",
}

_ids = iter(range(1, 10_000))


def capture(actor: str, day: str, modality: str = "reported", **fields: Any) -> dict[str, Any]:
    sub_type = (
        "Government regains territory"
        if actor.startswith("Military Forces")
        else "Non-state actor overtakes territory"
    )
    event = {
        "id": next(_ids),
        "sub_event_type": sub_type,
        "actor1": actor,
        "actor2": None,
        "date": day,
        "modality": modality,
        "location": dict(TABQA),
        "sources": [{"sentence": f"{actor} took Tabqa ({day}, {modality})."}],
    }
    event.update(fields)
    return event


def periods(*events: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    [timeline] = timelines(events)
    return [(p.holder, p.start, p.end) for p in timeline.periods]


def test_captures_and_recaptures_make_consecutive_periods():
    assert periods(
        capture("Islamic State", "2014-01", modality="historical"),
        capture("Syrian Democratic Forces", "2017-05-10"),
        capture("Islamic State", "2017-08-01"),
    ) == [
        ("Islamic State", "2014-01", "2017-05-10"),
        ("Syrian Democratic Forces", "2017-05-10", "2017-08-01"),
        ("Islamic State", "2017-08-01", None),
    ]


def test_more_evidence_of_the_same_holder_extends_its_period():
    result = timelines(
        [
            capture("Syrian Democratic Forces", "2017-05-10"),
            capture("Syrian Democratic Forces", "2017-06-01"),
        ]
    )
    [period] = result[0].periods
    assert len(period.evidence) == 2


def test_a_claim_against_a_report_is_outweighed_and_shown():
    [timeline] = timelines(
        [
            capture("Syrian Democratic Forces", "2017-05-10"),
            capture("Islamic State", "2017-05-11", modality="claimed"),
        ]
    )
    [period] = timeline.periods
    assert period.holder == "Syrian Democratic Forces"
    assert [e.actor for e in period.disputed_by] == ["Islamic State"]


def test_contradicting_reports_leave_the_place_contested():
    assert periods(
        capture("Islamic State", "2016-01-01"),
        capture("Syrian Democratic Forces", "2017-05-10"),
        capture("Islamic State", "2017-05-12"),
        capture("Syrian Democratic Forces", "2017-06-20"),
    ) == [
        ("Islamic State", "2016-01-01", "2017-05-10"),
        (CONTESTED, "2017-05-10", "2017-06-20"),
        ("Syrian Democratic Forces", "2017-06-20", None),
    ]


def test_a_base_is_weak_evidence():
    base = capture("Islamic State", "2017-05-11")
    base["sub_event_type"] = "Headquarters or base established"
    assert evidence_of(base).weight < evidence_of(capture("Islamic State", "2017-05-11")).weight
    assert periods(capture("Syrian Democratic Forces", "2017-05-10"), base) == [
        ("Syrian Democratic Forces", "2017-05-10", None)
    ]


def test_events_that_say_nothing_about_control_are_ignored():
    clash = capture("Islamic State", "2017-05-11", sub_event_type="Armed clash")
    nobody = capture("Islamic State", "2017-05-11", actor1=None)
    undated = capture("Islamic State", None)
    assert timelines([clash, nobody, undated]) == []


def test_an_admin1_event_is_an_area_claim_not_a_point():
    area = capture("Syrian National Army", "2017-03-01", location=dict(ALEPPO_PROVINCE))
    [timeline] = timelines([area])
    assert timeline.kind == "area"
    assert timeline.geonameid is None
    held = holdings([timeline], "Syrian National Army", "2017-03-05", lambda gid: 1_000_000)
    assert held.places == [] and held.population == 0
    assert [t.name for t in held.areas] == ["Aleppo"]


def test_holdings_count_places_and_their_people():
    ours = timelines(
        [
            capture("Islamic State", "2014-01", modality="historical"),
            capture(
                "Islamic State",
                "2014-06-10",
                location={**TABQA, "name": "Mosul", "geonameid": 99072},
            ),
            capture(
                "Military Forces of Iraq",
                "2017-07-09",
                location={**TABQA, "name": "Mosul", "geonameid": 99072},
            ),
        ]
    )
    population = {163270: 69_000, 99072: 1_700_000}.get
    in_2016 = holdings(ours, "Islamic State", date(2016, 1, 1), lambda g: population(g) or 0)
    in_2018 = holdings(ours, "Islamic State", date(2018, 1, 1), lambda g: population(g) or 0)
    assert sorted(t.name for t in in_2016.places) == ["Mosul", "Tabqa"]
    assert in_2016.population == 1_769_000
    assert [t.name for t in in_2018.places] == ["Tabqa"]
    before = holdings(ours, "Islamic State", date(2013, 6, 1), lambda g: 1)
    assert before.places == []


def test_evidence_is_weighed_by_modality():
    assert build_timeline([]) == []
    report = evidence_of(capture("Islamic State", "2017-05-11"))
    claim = evidence_of(capture("Islamic State", "2017-05-11", modality="claimed"))
    history = evidence_of(capture("Islamic State", "2014", modality="historical"))
    assert report.weight > claim.weight > 0
    assert history.weight == report.weight
