"""Follow-up reports, whose new act comes after an earlier one they name: arrests over a
bombing, forces sent after an attack and its toll, people seized on a road, tolls charged at
roadblocks (the rules learnt from written set 66). The sentences here are written anew, not
copied from the set."""

from functools import partial

import event_extraction as extraction

PUBLISHED = "2022-04-28"

_types = partial(extraction.types_of, published=PUBLISHED)


def test_arrests_over_a_bombing_named_with_its_day_and_place_are_the_act():
    types = _types(
        "Police in Kandy have arrested four more suspects in connection with the Good Friday "
        "mosque bombings, a police spokesman said on Monday."
    )
    assert types[:1] == ["Arrests"]


def test_forces_sent_after_an_attack_whose_toll_its_own_clause_tells():
    types = _types(
        "Uganda has deployed 200 additional police officers to Kasese following last Sunday's "
        "attack on a market that killed nine traders, police said."
    )
    assert types[:1] == ["Change to group/activity"]


def test_the_act_an_opening_clause_dates_the_news_by_is_background():
    types = _types(
        "Two days after jihadists captured the town of Djibo, they executed 14 civilians in "
        "its main market, residents said."
    )
    assert types[:1] == ["Attack"]


def test_people_seized_on_a_road_are_abducted_not_ground_taken():
    assert _types("Bandits seize 15 travellers on Kaduna-Abuja highway")[:1] == [
        "Abduction/forced disappearance"
    ]


def test_tolls_charged_at_a_gang_s_roadblock_are_looting():
    types = _types(
        "Gang members in Martissant have started charging bus drivers 'toll' fees at a "
        "roadblock, drivers said."
    )
    assert types[:1] == ["Looting/property destruction"]


def test_arrests_over_a_heist_are_police_work_on_crime():
    assert "Arrests" not in _types(
        "Three more suspects arrested over Antwerp diamond heist, police say"
    )


def test_ground_taken_in_an_opening_since_clause_is_background_to_the_levy_told():
    types = _types(
        "Since taking the road in March, the gunmen have been forcing drivers on the Gwoza "
        "highway to pay a 'tax' of 3,000 naira per vehicle, drivers said."
    )
    assert types[:1] == ["Looting/property destruction"]


def test_a_force_sent_by_a_country_is_the_group_whose_activity_changes():
    (event,) = extraction.events(
        "Uganda has deployed 200 additional police officers to Kasese, police said.",
        published=PUBLISHED,
    )
    assert event["sub_event_type"] == "Change to group/activity"
    assert (event["actor1"], event["actor2"]) == ("Police Forces of Uganda", None)
