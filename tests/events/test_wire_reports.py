"""Whole wire reports, as news agencies write them, coded end to end.

Each file in ``wire_reports/`` is a hand-written report in the agencies' style (a headline,
a dateline, one-sentence paragraphs, the telling after the told, background paragraphs):
the events are what an ACLED coder would code from it. A change that breaks one should say
why it is right to."""

from __future__ import annotations

from pathlib import Path

import pytest

import polemos

REPORTS = Path(__file__).parent / "wire_reports"

# file -> (publication date, [(sub-event type, actor 1, actor 2, place, date, best toll)])
EXPECTED = {
    # a claim, then "The attack took place on Friday in the village of Ntotwe in Mocimboa da
    # Praia district, according to residents who fled to ... Pemba"; a deployment "since 2021"
    "mozambique": ("2024-06-12", [
        ("Attack", "Islamic State", "Civilians (Mozambique)", "Mocimboa da Praia", "2024-06-07", 5),
        ("Armed clash", "Military Forces of Rwanda", "Islamic State", "Macomia", "2024-06-09", 12),
    ]),
    # the same two sides in one village that day, told twice; the RSF's own claim; the
    # killings judged a massacre
    "sudan": ("2024-06-06", [
        ("Attack", "Rapid Support Forces", "Civilians (Sudan)", "Al Jazīrah", "2024-06-05", 100),
        ("Armed clash", "Rapid Support Forces", "Military Forces of Sudan", "Al Jazīrah",
         "2024-06-05", None),
    ]),
    # a long dateline; "Congo"; a town taken after fighting, though militias withdrew; a bomb
    # told "On Monday" after Tuesday's taking
    "drc": ("2024-04-30", [
        ("Non-state actor overtakes territory", "M23",
         "Military Forces of the Democratic Republic of Congo", "North Kivu", "2024-04-30", None),
        ("Attack", "Unidentified Armed Group (Democratic Republic of Congo)",
         "Civilians (Democratic Republic of Congo)", "Goma", "2024-04-29", 12),
    ]),
    # the army's claim, then "The attack took place in the Bannu district"; the TTP's claim
    # of responsibility two paragraphs on; "Separately"
    "pakistan": ("2024-11-21", [
        ("Suicide bomb", "Tehrik-i-Taliban Pakistan", "Military Forces of Pakistan",
         "Bannu District", "2024-11-19", 10),
        ("Armed clash", "Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)",
         "Bannu District", "2024-11-19", 6),
        ("Attack", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)",
         "Kurram District", "2024-11-21", 38),
    ]),
    # a claim of responsibility paragraphs after the bombing; "A day earlier"
    "afghan": ("2024-09-02", [
        ("Suicide bomb", "Islamic State Khorasan Province", "Civilians (Afghanistan)", "Kabul",
         "2024-09-02", 6),
        ("Armed clash", "Taliban", "Islamic State Khorasan Province", "Nangarhar", "2024-09-01", 2),
    ]),
    # the dateline is the only place of the lead, Mali lies across the border, the Tahoua
    # region told after is where; attacks "increased since the coup" are background
    "niger": ("2024-03-21", [
        ("Armed clash", "Unidentified Armed Group (Niger)", "Military Forces of Niger",
         "Tahoua Region", "2024-03-20", 29),
    ]),
    # "he said" goes on with the army's words; the war since 2017 and its toll are background
    "cameroon": ("2024-07-08", [
        ("Armed clash", "Ambazonian separatists", "Military Forces of Cameroon", "North-West",
         "2024-07-07", 5),
    ]),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_wire_report_is_coded_as_a_coder_would(name: str) -> None:
    published, expected = EXPECTED[name]
    found = polemos.extract((REPORTS / f"{name}.txt").read_text(), published=published)
    coded = [
        (
            e["sub_event_type"],
            e["actor1"],
            e["actor2"],
            (e["location"] or {}).get("name"),
            e["date"],
            e["fatalities"]["best"],
        )
        for e in found["events"]
    ]
    assert coded == expected
    # the headline is the title, no event of its own
    assert found["article"]["title"]
