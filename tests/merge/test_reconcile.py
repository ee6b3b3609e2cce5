"""One event from many reports: which field wins."""

from __future__ import annotations

from merge_events import NEAR_RAQQA, RAQQA, RAQQA_PROVINCE, make

from polemos.merge import reconcile


def _toll(low, best, high):
    return {"low": low, "best": best, "high": high, "text": f"{best}"}


def test_one_report_is_its_own_event():
    report = make()
    assert reconcile([report]) == report


def test_tolls_keep_the_widest_range_and_the_median_best():
    merged = reconcile(
        [
            make(fatalities=_toll(10, 12, 12)),
            make(fatalities=_toll(15, 15, None)),
            make(fatalities=_toll(8, 20, 25)),
        ]
    )
    assert merged["fatalities"]["low"] == 8
    assert merged["fatalities"]["high"] == 25
    assert merged["fatalities"]["best"] == 15
    assert merged["fatalities"]["text"] == "15"


def test_a_figure_most_reports_give_is_the_best():
    tolls = [_toll(12, 12, 12), _toll(12, 12, 12), _toll(30, 30, 30), _toll(40, 40, 40)]
    merged = reconcile([make(fatalities=t) for t in tolls])
    assert merged["fatalities"]["best"] == 12


def test_an_independent_report_outweighs_a_claim():
    claim = make(modality="claimed", attribution={"source": "Islamic State", "verb": "claimed"})
    merged = reconcile([claim, make(modality="reported")])
    assert merged["modality"] == "reported"
    claims_only = reconcile([claim, make(modality="claimed")])
    assert claims_only["modality"] == "claimed"


def test_every_claimant_is_kept():
    merged = reconcile(
        [
            make(attribution={"source": "Syrian Democratic Forces", "verb": "said"}),
            make(attribution=None),
            make(attribution={"source": "Islamic State", "verb": "claimed"}),
        ]
    )
    assert merged["attribution"]["source"] == "Syrian Democratic Forces"
    assert [c["source"] for c in merged["attribution"]["claimants"]] == [
        "Syrian Democratic Forces",
        "Islamic State",
    ]


def test_the_finest_date_and_place_win():
    merged = reconcile(
        [
            make(date="2017-06", date_precision="month", location=dict(RAQQA_PROVINCE)),
            make(date="2017-06-11", location=dict(NEAR_RAQQA)),
            make(date="2017-06-10", location=dict(RAQQA)),
            make(date="2017-06-10", location=dict(RAQQA)),
        ]
    )
    assert (merged["date"], merged["date_precision"]) == ("2017-06-10", "day")
    assert merged["location"]["name"] == "Raqqa"


def test_an_unknown_side_is_filled_from_other_reports():
    merged = reconcile([make(actor2=None), make(), make(actor2="Unidentified Armed Group")])
    assert merged["actor2"] == "Islamic State"


def test_sides_named_the_other_way_round_are_lined_up():
    swapped = make(actor1="Islamic State", actor2="Syrian Democratic Forces")
    merged = reconcile([make(), swapped, swapped])
    assert (merged["actor1"], merged["actor2"]) == ("Syrian Democratic Forces", "Islamic State")


def test_the_sub_type_most_reports_give_wins():
    capture = {"sub_event_type": "Non-state actor overtakes territory"}
    merged = reconcile([make(), make(**capture), make(**capture)])
    assert merged["sub_event_type"] == "Non-state actor overtakes territory"
