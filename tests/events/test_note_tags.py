"""The tags ACLED's notes open with ("Displacement: On 2 March 2022, ..."): the coder's word
for the note's sub-event type (data/acled_note_tags.yaml). Each note written anew here."""

from __future__ import annotations

import pytest
from event_extraction import events, rule_events

from polemos.events import acled_note_tags
from polemos.events.taxonomy import sub_event_types

FLED = (
    "On 4 May 2023, in Nyaung Pin village (Kani township, Monywa district, Sagaing region), "
    "more than 2,000 villagers fled their homes after about 80 military troops raided the "
    "village and shot dead two men."
)


def sub_event_types_of(text: str) -> list[str]:
    return [e["sub_event_type"] for e in events(text, "2023-05-10")]


def test_every_tag_names_a_sub_event_type() -> None:
    known = set(sub_event_types())
    assert acled_note_tags()
    assert all(label in known for label in acled_note_tags().values())


def test_a_tagged_note_is_of_its_tag_s_type_whatever_its_words_tell() -> None:
    # the same words without the tag tell the raid's killing
    assert sub_event_types_of(FLED)[0] == "Attack"
    tagged = events("Displacement: " + FLED, "2023-05-10")
    assert tagged[0]["sub_event_type"] == "Other"
    assert tagged[0]["event_type"] == "Strategic developments"
    assert tagged[0]["actor1"] == "Military Forces of Myanmar"


@pytest.mark.parametrize("find", [events, rule_events])
def test_a_tagged_note_with_no_act_the_rules_know_gets_its_event(find) -> None:
    note = (
        "On 12 April 2023, in Kale township (Kale district, Sagaing region), the graduation "
        "ceremony of the second batch of the Kale PDF was held."
    )
    tagged = find("Training: " + note, "2023-04-20")
    assert [e["sub_event_type"] for e in tagged] == ["Other"]
    assert tagged[0]["date"] == "2023-04-12"
    # (the model may read the type from the lead as well; the rules alone have the tag only)
    assert find is events or "tag" in tagged[0]["provenance"]["sub_event_type"]


def test_an_event_of_the_tag_s_type_already_found_is_kept_as_it_is() -> None:
    note = (
        "Looting: On 9 June 2023, Al Shabaab militants looted shops and took away livestock "
        "in Buulo Mareer (Marka, Lower Shabelle)."
    )
    found = events(note, "2023-06-15")
    assert found[0]["sub_event_type"] == "Looting/property destruction"
    assert "tag" not in found[0]["provenance"]["sub_event_type"]


@pytest.mark.parametrize(
    "text",
    [
        # a tag ACLED's notes do not use
        "Update: " + FLED,
        # news, not a coder's note: no date opens it after the words before the colon
        "Displacement: villagers fled Nyaung Pin after troops raided it and shot dead two men.",
    ],
)
def test_no_known_tag_before_a_note_s_date_changes_nothing(text: str) -> None:
    assert "Other" not in sub_event_types_of(text)


ASSAULT = (
    "On 9 May 2023, members of the ruling party assaulted and injured three opposition "
    "activists and vandalised their car in Kushtia (Kushtia, Khulna) over a local dispute."
)
CLASH = (
    "On 9 May 2023, a group of traders clashed with soldiers at a fuel station in Kushtia "
    "(Kushtia, Khulna) over fuel rationing. The soldiers fired warning shots."
)


@pytest.mark.parametrize(
    ("note", "untagged", "tagged"),
    [(ASSAULT, "Attack", "Mob violence"), (CLASH, "Armed clash", "Mob violence")],
)
def test_a_note_with_a_crowd_s_size_is_a_crowd_s_event(note, untagged, tagged) -> None:
    # ACLED gives a crowd's size to demonstrations alone
    assert sub_event_types_of(note)[0] == untagged
    found = events(note + " [size=no report]", "2023-05-10")
    assert found[0]["sub_event_type"] == tagged
    assert found[0]["actor1"] == "Rioters (Bangladesh)"


def test_a_crowd_s_size_after_a_demonstration_told_makes_its_violence_a_riot() -> None:
    note = (
        "On 9 May 2023, traders protesting against fuel rationing clashed with soldiers at a "
        "fuel station in Kushtia (Kushtia, Khulna). [size=around 50]"
    )
    assert sub_event_types_of(note)[0] == "Violent demonstration"
