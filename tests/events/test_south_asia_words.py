"""South and Southeast Asia's insurgencies as the region's own papers tell them: a banned
party's new chief, a faction's claim, poison in a camp's water, an aid convoy taken on the
road, a wave of refugees since a weekday (the rules learnt from written set 68). The sentences
here are written anew, not copied from the set."""

from functools import partial

import event_extraction as extraction

PUBLISHED = "2023-09-14"

_events = partial(extraction.events, published=PUBLISHED)
_types = partial(extraction.types_of, published=PUBLISHED)


def test_a_banned_party_naming_a_new_general_secretary_changes_the_group():
    types = _types(
        "GADCHIROLI: The outlawed CPI (Maoist) has named a new general secretary, a month "
        "after its previous chief was shot dead in an encounter with the C-60 commandos."
    )
    assert types[:1] == ["Change to group/activity"]


def test_two_sides_agreeing_on_a_peace_plan_is_an_agreement():
    assert _types("Manila, NDF panels agree on peace roadmap at Oslo talks")[:1] == ["Agreement"]


def test_failing_to_agree_on_a_peace_plan_is_none():
    types = _types("The government and the rebels failed to agree on a peace roadmap in Oslo.")
    assert "Agreement" not in types


def test_rebels_poisoning_a_camp_s_water_use_a_chemical_weapon():
    types = _types(
        "SUKMA: Nine jawans fell ill after Maoists allegedly mixed insecticide into the water "
        "tank of a CRPF camp at Minpa, police said."
    )
    assert types[:1] == ["Chemical weapon"]


def test_a_well_laced_with_poison_by_rebels_is_a_chemical_weapon():
    types = _types(
        "Villagers in Bukidnon fell ill after a community well was laced with pesticide by "
        "suspected New People's Army rebels, the army said."
    )
    assert types[:1] == ["Chemical weapon"]


def test_a_river_polluted_by_a_factory_is_no_weapon():
    assert _types("The Yamuna was contaminated with chemicals from a dyeing unit.") == []


def test_an_aid_convoy_seized_on_the_road_takes_no_ground():
    types = _types(
        "A convoy of trucks carrying food for displaced families was seized by soldiers at a "
        "checkpoint outside Sittwe, aid workers said."
    )
    assert not {"Government regains territory", "Non-state actor overtakes territory"} & set(types)


def test_refugees_crossing_since_a_weekday_are_one_wave():
    types = _types(
        "More than 2,000 villagers have crossed into India's Manipur state from Myanmar's "
        "Sagaing region since Tuesday, officials said, as clashes between the army and "
        "resistance groups spread."
    )
    assert types[:1] == ["Other"]


def test_a_faction_s_claim_in_a_headline_is_told_as_the_claim():
    (event,) = _events("TTP faction claims responsibility for Quetta cantonment market blast")
    assert event["modality"] == "claimed"
    assert event["evidence"].get("told_as") == "its doer's claim of responsibility"
