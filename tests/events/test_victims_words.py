"""Who the victims were (the rules learnt from written set 74): a soldier off duty, on leave
or named by his kin is killed as a civilian; a headline's imam shot dead is a civilian
victim; civilians caught in crossfire are the toll of the fight; nurses killed in a raid on
a clinic are civilians whoever came after; levies demanded from every trader. The sentences
here are written anew, not copied from the set."""

from functools import partial

import event_extraction as extraction

PUBLISHED = "2024-05-21"

_events = partial(extraction.events, published=PUBLISHED)
_types = partial(extraction.types_of, published=PUBLISHED)


def test_a_soldier_on_leave_killed_at_home_is_a_civilian_victim():
    types = _types("Gunmen kill policeman on leave and his son at their farm in Zamfara")
    assert types[:1] == ["Attack"]


def test_a_headline_s_off_duty_soldier_shot_dead_by_gunmen():
    (event,) = _events("Off-duty soldier shot dead by gunmen outside mosque in Gao")
    assert event["sub_event_type"] == "Attack"
    assert "Unidentified Armed Group" in (event["actor1"] or "")


def test_a_headline_s_imam_shot_dead_is_a_civilian_victim():
    assert _types("Imam shot dead after evening prayers in Kenya's Garissa")[:1] == ["Attack"]


def test_the_kin_of_a_soldier_are_the_victims_not_the_soldier():
    types = _types(
        "Militants killed the wife and two children of a serving soldier in a village near "
        "Djibo on Monday, residents said."
    )
    assert types[:1] == ["Attack"]


def test_civilians_killed_in_crossfire_are_the_toll_of_the_clash():
    types = _types(
        "Two farmers were killed in crossfire when militiamen and police exchanged fire near "
        "the market in Bunia on Tuesday, a local official said."
    )
    assert types[:1] == ["Armed clash"]


def test_nurses_killed_in_a_raid_on_a_clinic_are_civilians_whoever_came_after():
    types = _types(
        "Gunmen raided a clinic in Beni overnight, killing three nurses before soldiers "
        "arrived, local officials said."
    )
    assert types[:1] == ["Attack"]


def test_a_levy_demanded_from_every_trader_is_extortion():
    types = _types(
        "Militiamen have set up roadblocks near Walikale where they demand 2,000 Congolese "
        "francs from every trader, residents said."
    )
    assert types[:1] == ["Looting/property destruction"]
