"""Elections, coups and political unrest: juntas' appointments and mobilisations, lawmakers
taken away in raids, rallies on the way to or from, inquiries' findings (the rules learnt
from written set 62). The sentences here are written anew, not copied from the set."""

from functools import partial

import event_extraction as extraction

PUBLISHED = "2023-08-02"

_events = partial(extraction.events, published=PUBLISHED)
_types = partial(extraction.types_of, published=PUBLISHED)


def test_a_junta_naming_a_prime_minister_changes_its_rule():
    (event,) = _events(
        "Guinea's junta appointed Bernard Goumou as interim prime minister on Friday."
    )
    assert event["sub_event_type"] == "Change to group/activity"
    assert event["actor1"] == "Military Forces of Guinea"


def test_a_mobilisation_ordered_is_the_act_not_a_plan():
    types = _types(
        "Mali's transitional president ordered a general mobilisation on Tuesday to reinforce "
        "the army against jihadist groups."
    )
    assert types[:1] == ["Change to group/activity"]


def test_lawmakers_taken_away_in_a_raid_are_arrested():
    types = _types(
        "Soldiers raided the homes of four opposition MPs in Conakry before dawn on Sunday and "
        "took them away, their party said."
    )
    assert types[:1] == ["Arrests"]


def test_a_rally_on_the_way_to_is_no_protest():
    types = _types(
        "Six people died when a bus carrying opposition supporters to a campaign rally "
        "plunged into a ravine near Mbale on Saturday, police said."
    )
    assert "Peaceful protest" not in types


def test_an_inquiry_s_finding_of_who_shot_is_no_new_event():
    types = _types(
        "An inquiry by the national human rights commission found that officers of the "
        "presidential guard fired the shots that killed two students during the election "
        "protests in Kinshasa, the commission said."
    )
    assert types == []


def test_an_inquiry_s_finding_is_not_read_again_by_the_model_as_another_act():
    # the rules leave the missile out (found by the inquiry, told before); the classifier,
    # which reads a report's lead where the rules found nothing, must not code it either
    types = _types(
        "The investigation has established that the bus depot in Kherson was hit by a cruise "
        "missile fired by the Russian army, the regional prosecutor's office said."
    )
    assert types == []


def test_people_who_crossed_a_border_fleeing_are_a_wave_of_the_displaced():
    types = _types(
        "More than 5,000 people have crossed into Guinea from villages around Kailahun this "
        "week, fleeing the post-election violence, the UN refugee agency said."
    )
    assert types[:1] == ["Other"]


def test_armed_men_demanding_money_per_truck_levy_it():
    types = _types(
        "Armed youths manning checkpoints on the Juba-Nimule road are demanding up to $200 per "
        "truck from traders, the chamber of commerce said."
    )
    assert types[:1] == ["Looting/property destruction"]


def test_a_levy_in_any_currency_of_the_vocabulary_is_a_levy():
    types = _types(
        "Gunmen at the Hpakant junction are demanding 50,000 kyat per truck from jade "
        "traders, drivers said."
    )
    assert types[:1] == ["Looting/property destruction"]


def test_a_crowd_s_demand_stays_a_protest():
    types = _types("Hundreds of teachers demanding 14 months of unpaid salaries marched in Juba.")
    assert types[:1] == ["Peaceful protest"]


def test_refugees_who_crossed_from_one_country_into_another():
    types = _types(
        "Some 9,000 people crossed from Sudan into South Sudan at Renk in the past four days, "
        "UNHCR said on Friday."
    )
    assert types[:1] == ["Other"]


def test_pauses_agreed_for_a_vaccination_campaign_are_an_agreement():
    types = _types("Army, rebels agree to humanitarian pauses in North Kivu for measles campaign")
    assert types[:1] == ["Agreement"]
