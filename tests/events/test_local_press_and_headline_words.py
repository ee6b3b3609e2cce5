"""Crowds, strikes, raids and headlines in the words of local English-language press (the
rules learnt from written sets 100, 102, 104, 110 and 116): a bandh or hartal that turns
violent, a crowd that damages, manhandles or sets fire to things while it protests, and a
crowd of workers or students that ransacks an office are riots; a doctors' strike, a climate
strike, a boycott of classes and a shutdown observed are protests, not air strikes or
nothing; arrests made when people tried to stage a protest are its intervention; an
ordinary crime's arrests are no ACLED event; a South Asian "encounter" is a gunfight; a
party's one member shot dead is a civilian attacked; fighters who surrender are no clash;
a town entered after the other side pulled out changes hands without a fight. The sentences
here are written anew, not copied from the sets."""

from functools import partial

import event_extraction as extraction

PUBLISHED = "2024-05-20"

_types = partial(extraction.types_of, published=PUBLISHED)
_events = partial(extraction.events, published=PUBLISHED)

RIOT = "Violent demonstration"
PROTEST = "Peaceful protest"
INTERVENTION = "Protest with intervention"
FORCE = "Excessive force against protesters"
ARRESTS = "Arrests"
CLASH = "Armed clash"
ATTACK = "Attack"
AGREEMENT = "Agreement"
HANDOVER = "Non-violent transfer of territory"
DISRUPTED = "Disrupted weapons use"
CHEMICAL = "Chemical weapon"


def test_a_hartal_that_turns_violent_is_a_riot():
    assert _types("Hartal turns violent in Thrissur; two buses damaged")[:1] == [RIOT]


def test_a_demonstration_that_turned_ugly_far_after_its_cause_is_a_riot():
    types = _types(
        "A march against the new land law by farmers from three districts turned ugly in "
        "Lusaka on Friday, police said."
    )
    assert types[:1] == [RIOT]


def test_protesters_who_damage_a_police_jeep_riot():
    types = _types(
        "Residents of Kalyanpur protesting the death of a boy in a hit-and-run damaged a "
        "police jeep on Monday, officials said."
    )
    assert types[:1] == [RIOT]


def test_a_crowd_that_protests_against_a_burning_does_not_riot():
    # the burning is the protest's cause, told after "against": no act of the crowd
    types = _types(
        "Hundreds of residents of Rampur protested on Monday against the burning of a "
        "temple by unknown men last week."
    )
    assert types[:1] == [PROTEST]


def test_activists_who_smash_a_shop_front_before_the_protest_word_riot():
    types = _types(
        "Activists of a student union smashed the glass front of a cinema in Pune on "
        "Saturday, protesting against a film they called offensive."
    )
    assert types[:1] == [RIOT]


def test_an_act_before_the_protest_word_by_gunmen_is_the_cause_not_the_crowd_s():
    types = _types(
        "After gunmen torched a school in Bauchi, villagers protested in the town square "
        "on Sunday."
    )
    assert RIOT not in types


def test_some_among_them_who_manhandle_an_engineer_make_the_protest_a_riot():
    types = _types(
        "Villagers protesting power cuts gathered at the Sector 4 substation on Monday "
        "night. Some among them manhandled an engineer and damaged furniture, police said."
    )
    assert types[:1] == [RIOT]


def test_workers_who_ransack_an_office_riot_not_loot():
    types = _types(
        "Workers of a closed sugar mill ransacked the administrative office in Muzaffarnagar "
        "on Thursday over three months of unpaid wages."
    )
    assert types[:1] == [RIOT]


def test_a_doctors_strike_is_a_protest_not_an_air_strike():
    assert _types("Junior doctors' strike enters fourth day in Lahore hospitals")[:1] == [PROTEST]


def test_strikes_over_pay_are_a_protest():
    types = _types(
        "Teachers in more than 300 schools walked out on Tuesday in the first of three "
        "strikes over pay, with picket lines outside the education office in Cardiff."
    )
    assert types[:1] == [PROTEST]


def test_a_shutdown_observed_is_a_protest():
    types = _types(
        "Markets and schools stayed closed in Srinagar on Friday as a shutdown called by "
        "traders against a new levy was observed without incident."
    )
    assert types[:1] == [PROTEST]


def test_students_who_boycott_classes_protest():
    types = _types(
        "Students of Makerere University boycotted classes on Wednesday over a rise in "
        "tuition fees."
    )
    assert types[:1] == [PROTEST]


def test_an_air_strike_is_still_a_strike():
    types = _types("Israeli strikes on Rafah killed 12 people on Tuesday, medics said.")
    assert types[:1] == ["Air/drone strike"]


def test_arrests_when_people_tried_to_stage_a_protest_are_its_intervention():
    types = _types(
        "Police arrested at least 25 people in Minsk on Sunday when they tried to stage a "
        "silent protest near the main square, rights groups said."
    )
    assert types[:1] == [INTERVENTION]


def test_arrests_during_a_stir_are_an_intervention():
    types = _types("Cops detain 30 youth activists during stir outside Raj Bhavan in Patna")
    assert types[:1] == [INTERVENTION]


def test_arrests_of_a_carjacking_ring_are_no_event():
    assert _types("Police arrest three suspected members of a Nairobi carjacking syndicate") == []


def test_a_political_arrest_stays_an_arrest():
    types = _types(
        "Police arrested opposition leader Kizza Besigye in Kampala on Monday, his party said."
    )
    assert types[:1] == [ARRESTS]


def test_an_agency_s_raid_that_arrests_a_minister_is_an_arrest_not_a_bombardment():
    assert _types("CBI arrests former minister in Patna after 18-hour raid")[:1] == [ARRESTS]


def test_militants_killed_in_an_encounter_were_in_a_gunfight():
    types = _types("Two militants killed in Shopian encounter, search operation on")
    assert types[:1] == [CLASH]


def test_an_encounter_underway_is_a_gunfight():
    types = _types("Encounter underway in Baramulla's Kreeri, militants believed trapped")
    assert types[:1] == [CLASH]


def test_a_close_encounter_with_an_animal_is_no_event():
    assert _types("A hiker had a close encounter with a bear in the park on Sunday.") == []


def test_a_later_encounter_named_in_the_background_is_no_clash():
    types = _types(
        "The faction has named a new commander after its chief died of wounds sustained "
        "in a March encounter with troops, military intelligence said."
    )
    assert CLASH not in types


def test_a_party_s_one_member_shot_dead_is_a_civilian_attacked():
    assert _types("Militants shoot dead BJP leader outside his house in Anantnag")[:1] == [ATTACK]


def test_party_workers_who_clash_stay_a_clash():
    types = _types("BJP workers clashed with TMC workers in Howrah on Sunday, injuring six.")
    assert types[:1] == [CLASH]


def test_police_who_fire_at_protesters_in_a_headline_use_excessive_force():
    assert _types("Cops Fire at Farmers' Protesters in Mandsaur; 5 Dead")[:1] == [FORCE]


def test_teachers_who_hold_a_demo_protest():
    assert _types("Ghana: Teachers hold demo over unpaid allowances in Tamale")[:1] == [PROTEST]


def test_members_held_in_a_headline_are_arrested():
    assert _types("NIA raids 9 locations in Kerala, 5 PFI members held")[:1] == [ARRESTS]


def test_a_blast_bid_foiled_is_disrupted_weapons_use():
    assert _types("Cops foil blast bid, seize 15 kg RDX in Amritsar")[:1] == [DISRUPTED]


def test_wells_laced_with_chemicals_are_a_chemical_weapon():
    types = _types("Militia laces village wells with chemicals in North Darfur, residents say")
    assert types[:1] == [CHEMICAL]


def test_fighters_who_surrendered_are_no_clash():
    types = _types(
        "The army said on Monday that about 400 ISWAP fighters and their families had "
        "surrendered to troops in Monguno on Sunday."
    )
    assert types[:1] == [AGREEMENT]


def test_a_town_entered_after_the_other_side_pulled_out_changes_hands_without_a_fight():
    types = _types(
        "Ukrainian troops entered the village of Davydiv Brid on Tuesday after Russian "
        "forces pulled out overnight, a local official said."
    )
    assert types[:1] == [HANDOVER]


def test_a_gas_cylinder_blast_whose_sabotage_police_rule_out_is_no_attack():
    assert _types("Gas cylinder blast kills four at Karachi hotel; police rule out sabotage") == []


def test_a_summoned_ambassador_s_protest_against_a_quran_burning_is_no_riot():
    types = _types(
        "Pakistan summoned Denmark's envoy on Monday to protest against a planned Quran "
        "burning outside its embassy in Copenhagen."
    )
    assert RIOT not in types


def test_a_pistol_seized_in_a_raid_is_no_ground_taken():
    types = _types(
        "Police and soldiers arrested a suspected Abu Sayyaf sub-leader in a raid in "
        "Zamboanga City on Friday, seizing a .45 caliber pistol from him."
    )
    assert "Government regains territory" not in types


def test_a_protest_s_words_that_something_damaged_dignity_are_no_riot():
    types = _types(
        "Residents of the town protested on Sunday, saying the ruling had damaged the "
        "dignity of their village, and demanded an apology."
    )
    assert types[:1] == [PROTEST]


def test_people_who_fled_after_attacks_are_a_displacement_not_a_clash():
    types = _types(
        "More than 12,000 people have fled their homes in Niger's Tillaberi region this week "
        "following jihadist attacks, the UN refugee agency said on Friday."
    )
    assert types[:1] == ["Other"]


def test_a_village_raided_and_burnt_with_no_one_hurt_is_property_destruction():
    types = _types(
        "Gunmen on Sunday stormed Tungan Doki village and set fire to dozens of houses and "
        "a granary after residents refused to pay a levy, a local chief said. No one was "
        "hurt, as the villagers had fled the day before."
    )
    assert types[:1] == ["Looting/property destruction"]


def test_a_raid_that_burnt_and_killed_stays_an_attack():
    types = _types(
        "Gunmen on Sunday stormed Tungan Doki village, killed four villagers and set fire "
        "to dozens of houses, a local chief said."
    )
    assert types[:1] == [ATTACK]


def test_rebels_who_collect_a_tax_from_trucks_loot():
    types = _types(
        "M23 rebels have begun collecting a 'tax' of 40 dollars from every truck at a new "
        "checkpoint near Rubare, drivers said on Tuesday."
    )
    assert types[:1] == ["Looting/property destruction"]


def test_a_council_that_collects_a_tax_tells_no_event():
    assert _types("The city council began collecting a tax of 2 dollars on every parked car.") == []


def test_soldiers_and_national_guard_members_sent_to_a_state_are_a_change_to_the_force():
    types = _types(
        "Mexico's government sent 800 soldiers and National Guard members to Sinaloa on "
        "Monday to reinforce security, the defence ministry said."
    )
    assert types[:1] == ["Change to group/activity"]


def test_students_whisked_away_from_a_school_are_abducted():
    types = _types(
        "Gunmen stormed a secondary school in Kankara on Friday night and whisked away an "
        "unspecified number of students, police said."
    )
    assert types[:1] == ["Abduction/forced disappearance"]


def test_gunmen_who_fire_on_a_community_attack_civilians():
    types = _types(
        "Illegal loggers opened fire on a Munduruku community in Para state on Monday, "
        "killing a teenager, health officials said."
    )
    assert types[:1] == [ATTACK]


def test_rubber_tappers_shot_dead_are_civilians_attacked():
    types = _types(
        "Suspected militants shot dead two rubber tappers in Yala's Bannang Sata district on "
        "Tuesday, police said."
    )
    assert types[:1] == [ATTACK]


def test_a_community_taken_over_is_ground_taken_not_civilians_attacked():
    types = _types(
        "Hundreds of bandits stormed Tudun Wada village and took control of the community "
        "after overpowering local vigilantes in a gun battle, a resident said."
    )
    assert types[:1] == ["Non-state actor overtakes territory"]


def test_rioters_who_fight_law_enforcement_officials_riot_against_the_state():
    events = _events(
        "Rioters fought with law enforcement officials before breaching a door of the state "
        "capitol on Wednesday."
    )
    assert [e["sub_event_type"] for e in events][:1] == [RIOT]
    assert (events[0].get("actor2") or "").startswith("Police Forces")


def test_members_holding_talks_are_not_held():
    assert _types("Hamas members held talks with Egyptian mediators in Cairo on Monday.") == []
