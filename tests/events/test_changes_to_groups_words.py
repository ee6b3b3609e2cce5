"""Changes to armed groups and state forces told in the many ways news tells them: a new
theatre commander or police chief, reservists called up, a group that says it resumes its
war, a force moving to another country, a ban in the verb's plain form, and ground left as
another side takes control (the rules learnt from written set 72). The sentences here are
written anew, not copied from the set."""

from functools import partial

import event_extraction as extraction

PUBLISHED = "2023-10-18"

_events = partial(extraction.events, published=PUBLISHED)
_types = partial(extraction.types_of, published=PUBLISHED)


CHANGE = "Change to group/activity"


def test_a_new_commander_named_with_words_between_new_and_his_post():
    types = _types(
        "Mali's army chief on Tuesday named Colonel Abdoulaye Maiga as the new regional "
        "commander of the Gao military zone, replacing an officer killed in an ambush in June."
    )
    assert types[:1] == [CHANGE]


def test_a_group_naming_its_new_spokesman_changes_the_group():
    types = _types("Al-Shabaab has named Ali Dhere as its new chief spokesman, the group said.")
    assert types[:1] == [CHANGE]


def test_a_police_chief_named_in_a_gang_war_changes_the_force():
    types = _types(
        "Ecuador's president has appointed Cesar Zapata as commander general of the National "
        "Police after a week of prison riots."
    )
    assert types[:1] == [CHANGE]


def test_reservists_called_up_ahead_of_an_offensive_whatever_next_month_brings():
    (event,) = _events(
        "The army said on Monday it was calling up about 30,000 reservists ahead of a planned "
        "ground offensive, with the first units due to report next month."
    )
    assert event["sub_event_type"] == CHANGE
    assert event["modality"] != "speculative"


def test_a_group_saying_it_resumes_its_offensive_operations_changes_its_activity():
    types = _types(
        "The FARC dissidents said on Friday they were resuming offensive military operations "
        "after the government ended a ceasefire, in a statement from their command."
    )
    assert types[:1] == [CHANGE]


def test_a_force_that_begins_moving_to_another_country():
    assert _types("Wagner fighters begin moving to Libya after a deal with Haftar")[:1] == [CHANGE]


def test_a_ban_in_the_verb_s_plain_form():
    types = _types("Australia moves to proscribe the Terrorgram group as a terrorist organisation")
    assert types[:1] == [CHANGE]


def test_forces_leaving_a_town_as_another_side_takes_control_hand_it_over():
    types = _types("Serb police leave Zvecan as Kosovo forces take control of the town")
    assert types[:1] == ["Non-violent transfer of territory"]
