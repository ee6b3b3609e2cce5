"""Communal and local violence: clan and herder fights, deployments and bases after them,
swaps of captives, drug hauls and robbers' arrests (the rules learnt from written set 60).
The sentences here are written anew, not copied from the set."""

from functools import partial

import event_extraction as extraction
import pytest

PUBLISHED = "2023-05-10"

_types = partial(extraction.types_of, published=PUBLISHED)


def test_the_dead_of_a_fight_told_with_its_day_before_when():
    types = _types(
        "Nine people were killed late on Thursday when gunmen from two Marehan sub-clans "
        "fought with rifles over a borehole near Bulo Hawo, elders said."
    )
    assert types[:1] == ["Armed clash"]


def test_a_crowd_fired_on_while_it_protests_is_force_against_protesters():
    types = _types("Police open fire on farmers protesting a dam project in Jharkhand; two dead")
    assert types[:1] == ["Excessive force against protesters"]


def test_a_march_is_one_event_whatever_the_clause_after_it_tells_of_years():
    types = _types(
        "Hundreds of women from Agatu marched to the Government House in Makurdi on "
        "Monday, carrying placards demanding the return of farms they say have been "
        "occupied by armed herders since 2018."
    )
    assert types[:1] == ["Peaceful protest"]


def test_a_perfect_in_the_trigger_s_own_clause_still_sums_months():
    # the perfect of the trigger's own clause, no speaker before it, is still a sum ("has
    # displaced ... since March"): a fight's months, no one event
    types = _types(
        "Fighting in the district has displaced more than 40,000 people since March, the "
        "agency said."
    )
    assert types == []


@pytest.mark.parametrize(
    "text",
    [
        "Government deploys GSU officers to Kerio Valley after a spate of bandit attacks",
        "Authorities deployed 400 additional officers to Intan Jaya on Sunday after tribal "
        "clashes over land left three people dead.",
    ],
)
def test_forces_sent_after_fights_are_the_act_told(text):
    assert _types(text)[:1] == ["Change to group/activity"]


def test_a_regional_security_outfit_opening_a_command_base():
    types = _types("Western Nigeria Security Network opens new command base in Ikare")
    assert types[:1] == ["Headquarters or base established"]


def test_a_swap_of_abducted_children_is_an_agreement_not_an_abduction():
    types = _types(
        "Elders of the two communities exchanged 21 abducted children in Likuangole on "
        "Saturday under a deal brokered by the county commissioner."
    )
    assert types[:1] == ["Agreement"]


def test_a_reconciliation_agreement_signed_by_tribes():
    types = _types(
        "Sheikhs of two tribes in Dhi Qar signed a reconciliation agreement on Tuesday, "
        "ending a feud over farmland."
    )
    assert types[:1] == ["Agreement"]


@pytest.mark.parametrize(
    "text",
    [
        # a lorry of stolen goods stopped by police: no weapon
        "Police on Friday intercepted a lorry carrying 40 stolen goats near Isiolo and "
        "arrested its driver.",
        # a drug haul's arrests
        "Police in Kisumu seized 120 kilogrammes of bhang hidden in a maize lorry and "
        "arrested two men, the county commander said.",
        # the robbers' loot, what the police's arrests were for
        "Police in Bogura arrested four members of a highway robbery gang who had looted "
        "cash and mobile phones from bus passengers.",
    ],
)
def test_police_work_on_ordinary_crime_is_no_event(text):
    types = _types(text)
    assert "Disrupted weapons use" not in types
    assert "Arrests" not in types
    assert "Looting/property destruction" not in types


def test_a_lorry_of_weapons_intercepted_is_still_disrupted_weapons():
    types = _types(
        "Soldiers intercepted a lorry carrying 30 rifles and boxes of ammunition near "
        "the border on Sunday."
    )
    assert types[:1] == ["Disrupted weapons use"]


def test_helicopters_of_an_air_force_firing_rockets_strike_from_the_air():
    types = _types(
        "Two attack helicopters of the Nigerian Air Force fired rockets at a bandits' "
        "camp in Zamfara on Monday, killing at least 12, the military said."
    )
    assert types[:1] == ["Air/drone strike"]


@pytest.mark.parametrize(
    "text",
    [
        # the raids before, named by their day, are what the people fled
        "More than 4,000 people from Berom villages have fled into Jos following last "
        "week's raids, emergency officials said.",
        # a headline's count of the displaced
        "More than 15,000 displaced as Tiv-Jukun crisis deepens, aid agencies say",
    ],
)
def test_a_wave_of_the_displaced_is_acled_s_other(text):
    assert _types(text)[:1] == ["Other"]
