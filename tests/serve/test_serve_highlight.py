"""Highlights and the serve layer's query helpers, without a server."""

from __future__ import annotations

import pytest

from polemos.serve.highlight import highlights
from polemos.serve.queries import admin1_code, event_stats, parse_bbox, parse_modality


def _marked(sentence: str, event: dict, trigger: str | None = None) -> list[tuple[str, str]]:
    return [
        (h["kind"], sentence[h["start"] : h["end"]]) for h in highlights(sentence, event, trigger)
    ]


def test_actor_aliases_place_numbers_and_trigger_are_marked() -> None:
    sentence = "Daesh fighters shelled Mosul, killing five soldiers and 3 civilians."
    event = {
        "actor1": "Islamic State",
        "actor2": "Military Forces of Iraq",
        "location": {"name": "Mosul"},
        "fatalities": {"text": "five soldiers"},
        "evidence": {"trigger": "shelled"},
    }
    assert _marked(sentence, event) == [
        ("actor", "Daesh"),
        ("trigger", "shelled"),
        ("place", "Mosul"),
        ("number", "five soldiers"),
        ("number", "3"),
    ]


def test_spans_never_overlap_and_stay_inside_the_sentence() -> None:
    sentence = "Islamic State fighters took Islamic State positions in the State of Raqqa 12 12."
    event = {"actor1": "Islamic State", "location": {"name": "Raqqa"}}
    spans = highlights(sentence, event)
    for first, second in zip(spans, spans[1:], strict=False):
        assert first["end"] <= second["start"]
    assert all(0 <= s["start"] < s["end"] <= len(sentence) for s in spans)


def test_offsets_are_code_points_beyond_the_basic_plane() -> None:
    sentence = "🔥 Raqqa was shelled."
    (span,) = highlights(sentence, {"location": {"name": "Raqqa"}})
    assert sentence[span["start"] : span["end"]] == "Raqqa"


def test_no_sentence_no_highlights() -> None:
    assert highlights(None, {"actor1": "Islamic State"}) == []


def test_bbox_and_modality_parsing() -> None:
    assert parse_bbox("38, 35, 38.8, 36.5") == (38.0, 35.0, 38.8, 36.5)
    assert parse_bbox("") is None
    with pytest.raises(ValueError, match="west,south,east,north"):
        parse_bbox("1,2,x,4")
    assert parse_modality(["reported,claimed", " Historical "]) == [
        "reported",
        "claimed",
        "historical",
    ]


def test_admin1_codes_from_geonames_names() -> None:
    assert admin1_code("SY", "Ar-Raqqah") == "SY.04"
    assert admin1_code("sy", "ar raqqah") == "SY.04"
    assert admin1_code("IQ", "Ar-Raqqah") is None
    assert admin1_code(None, "Aleppo") is None


def test_stats_keep_coarse_dates_out_of_the_days() -> None:
    events = [
        {"date": "2017-06-13", "event_type": "Battles", "actor1": "A", "actor2": "A",
         "fatalities": {"best": 3}},
        {"date": "2017-06", "event_type": "Riots", "actor1": "B", "fatalities": {"best": None}},
    ]  # fmt: skip
    stats = event_stats(events)
    assert stats["by_day"] == [{"day": "2017-06-13", "count": 1}]
    assert stats["coarse_dates"] == 1 and stats["fatalities"] == 3
    assert stats["by_actor"] == [{"name": "A", "count": 1}, {"name": "B", "count": 1}]


def test_the_trigger_is_marked_where_the_rules_found_it() -> None:
    sentence = "After an attack on Monday, gunmen launched an attack on a checkpoint."
    second = sentence.rindex("attack")
    event = {"evidence": {"sentence": sentence, "trigger": "attack", "trigger_start": second}}
    spans = [h for h in highlights(sentence, event) if h["kind"] == "trigger"]
    assert [(h["start"], h["end"]) for h in spans] == [(second, second + len("attack"))]
    # another report's sentence, or an event stored without the offset: every occurrence
    event = {"evidence": {"sentence": "other", "trigger": "attack", "trigger_start": second}}
    assert len([h for h in highlights(sentence, event) if h["kind"] == "trigger"]) == 2
