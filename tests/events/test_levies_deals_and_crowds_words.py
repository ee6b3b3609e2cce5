"""Levies, deals and crowds met by the police (the rules learnt from written set 78): a new
levy imposed, a 'war tax' ordered; a truce agreed after clashes; bodies exchanged; crowds
detained as they tried to gather, at a blockade, or after gathering for a banned rally. The
sentences here are written anew, not copied from the set."""

from functools import partial

import event_extraction as extraction

PUBLISHED = "2024-11-02"

_types = partial(extraction.types_of, published=PUBLISHED)

LOOTING = "Looting/property destruction"
INTERVENTION = "Protest with intervention"


def test_a_new_levy_imposed_on_every_truck():
    types = _types(
        "JNIM fighters have imposed a new levy of 20,000 CFA francs on every lorry using the "
        "road to Djibo, drivers said."
    )
    assert types[:1] == [LOOTING]


def test_a_war_tax_ordered_in_quotes():
    types = _types(
        "FARC dissidents have ordered coffee growers in Cauca to pay a 'war tax' of 500,000 "
        "pesos a month, the Ombudsman's Office said."
    )
    assert types[:1] == [LOOTING]


def test_a_levy_ordered_on_villagers_of_a_place_named_with_an_apostrophe():
    types = _types(
        "Bandits have ordered farmers in Katsina's Safana area to pay a levy of 5 million "
        "naira before the harvest, residents said."
    )
    assert types[:1] == [LOOTING]


def test_a_truce_agreed_after_clashes_is_the_agreement():
    assert _types("Rival Dinka clans agree truce after Tonj clashes") == ["Agreement"]


def test_bodies_exchanged_are_an_agreement_not_ground_handed_back():
    types = _types(
        "Russia and Ukraine exchanged the bodies of fallen soldiers on Tuesday, with Kyiv "
        "receiving 500 bodies and handing 40 back, officials said."
    )
    assert types[:1] == ["Agreement"]


def test_a_crowd_detained_as_it_tried_to_gather_met_intervention():
    types = _types(
        "Police in Karachi detained more than 100 opposition workers who tried to gather at "
        "Numaish Chowrangi in defiance of a ban on rallies, party officials said."
    )
    assert types[:1] == [INTERVENTION]


def test_people_detained_at_a_road_blockade_met_intervention():
    assert _types("German police detain dozens at motorway climate blockade")[:1] == [INTERVENTION]


def test_people_detained_after_gathering_for_a_banned_rally_met_intervention():
    types = _types(
        "Berlin police detained dozens of people and cleared Oranienplatz after several "
        "hundred gathered for a banned rally on Saturday."
    )
    assert types[:1] == [INTERVENTION]


def test_a_hunger_strike_written_with_a_hyphen_is_a_peaceful_protest():
    types = _types(
        "Families of missing persons began a hunger-strike camp outside the Quetta Press Club "
        "on Monday, holding up pictures of their relatives."
    )
    assert types == ["Peaceful protest"]
