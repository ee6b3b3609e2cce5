"""Crowds on the line between protest and riot, and developments of a war that read like
fighting or like nothing (the rules learnt from written sets 80 and 82): a crowd of villagers
that burns houses is a mob; tear gas is no excessive force; a march
blocked by the police is met; a die-in and a go-slow convoy are protests; weapons found after
a town was retaken, a launcher dismantled and grenades seized are disrupted weapons; a tunnel
found, the names of a group's dead and a group's code of conduct are developments of their
own; brigades moved to a front and a commander named after an abbreviated rank are changes
to a group. The sentences here are written anew, not copied from the sets."""

from functools import partial

import event_extraction as extraction
import pytest

PUBLISHED = "2024-03-14"

_types = partial(extraction.types_of, published=PUBLISHED)
_rule_types = partial(extraction.rule_types, published=PUBLISHED)

MOB = "Mob violence"
RIOT = "Violent demonstration"
INTERVENTION = "Protest with intervention"
PROTEST = "Peaceful protest"
DISRUPTED = "Disrupted weapons use"
OTHER = "Other"
CHANGE = "Change to group/activity"
ARRESTS = "Arrests"


def test_villagers_who_burn_a_community_s_houses_are_a_mob_not_looters():
    types = _rule_types(
        "Villagers in Kaduna's Zangon Kataf area burnt down 15 homes of a neighbouring "
        "community on Tuesday after a farmer was found dead, police said."
    )
    assert types[:1] == [MOB]


def test_a_tear_gas_canister_thrown_back_at_the_police_is_a_riot():
    types = _types(
        "A protester throws a tear gas canister back at riot police during a march against "
        "fuel prices in Nairobi, Kenya, July 7, 2023."
    )
    assert types[:1] == [RIOT]


def test_tear_gas_fired_to_stop_a_banned_march_is_an_intervention_not_excessive_force():
    types = _types(
        "Police fired tear gas on Sunday to stop opposition supporters from gathering for a "
        "banned march in Conakry, and two party officials were briefly held."
    )
    assert types[:1] == [INTERVENTION]


def test_tear_gas_beside_deaths_stays_excessive_force():
    # the words that kill are told beside the gas: not the gas alone
    types = _rule_types(
        "Police fired tear gas on protesters in Conakry on Sunday and two demonstrators "
        "were shot dead."
    )
    assert "Excessive force against protesters" in types


def test_a_march_blocked_by_the_police_is_an_intervention():
    assert _types("Bolivia: riot police block teachers' march, detain 9")[:1] == [INTERVENTION]


def test_people_detained_as_they_tried_to_form_a_human_chain():
    types = _types(
        "Police in Baku detained about 60 people on Saturday as students tried to form a "
        "human chain outside the ministry, a rights group said."
    )
    assert types[:1] == [INTERVENTION]


def test_a_die_in_and_a_go_slow_convoy_are_protests():
    assert _types("Students stage 'die-in' at Cape Town station over rail cuts")[:1] == [PROTEST]
    types = _types(
        "Lorry drivers staged a slow-moving convoy on the M4 on Friday against fuel duty, "
        "police said."
    )
    assert types[:1] == [PROTEST]


def test_a_crowd_of_motorists_that_beats_a_driver_is_a_mob():
    types = _types("Motorists burn bus, beat driver after cyclist killed in Ibadan")
    assert types[:1] == [MOB]


def test_a_group_of_men_beating_a_man_to_death_on_suspicion_is_a_mob():
    types = _rule_types(
        "A group of men beat a trader to death near Gumla on suspicion that he had stolen a "
        "goat, police said."
    )
    assert types[:1] == [MOB]


def test_the_detained_leader_s_supporters_riot_no_arrest_told():
    types = _types(
        "Supporters of the detained opposition leader set fire to a ruling party office in "
        "Dakar on Friday as protests spread."
    )
    assert ARRESTS not in types
    assert types[:1] == [RIOT]


def test_weapons_found_in_a_town_just_retaken_are_disrupted_weapons():
    types = _types(
        "Troops clearing Damasak after it was retaken from jihadists found 40 mortar bombs "
        "and a rocket launcher buried behind the market, the army said on Monday."
    )
    assert types[:1] == [DISRUPTED]


def test_a_rocket_launcher_found_and_dismantled_is_disrupted_not_shelling():
    types = _types(
        "Lebanese soldiers found and dismantled a launcher loaded with two rockets in an olive "
        "grove near Tyre on Tuesday, the army said."
    )
    assert types[:1] == [DISRUPTED]


def test_grenades_seized_in_a_cave_are_disrupted_not_a_grenade_attack():
    types = _types(
        "Gendarmes seized 300 kilograms of ammonium nitrate and four hand grenades hidden in a "
        "cave in Sirnak province, the governor said."
    )
    assert types[:1] == [DISRUPTED]


def test_an_ied_attack_foiled_is_disrupted():
    types = _types("Police foils IED attack on Srinagar bypass, recovers 3 kg of explosives")
    assert types[:1] == [DISRUPTED]


def test_a_tunnel_found_is_a_development_but_not_a_drug_tunnel():
    types = _types(
        "Israeli troops uncovered a tunnel shaft under a school in Rafah, the army said."
    )
    assert types[:1] == [OTHER]
    assert OTHER not in _rule_types(
        "US agents discovered a drug tunnel running from Tijuana to a warehouse in San Diego."
    )


def test_the_names_of_a_group_s_dead_published_are_a_development_not_a_fight():
    types = _types(
        "Hezbollah published the names of nine fighters it said were killed in the south, "
        "the group's media office said."
    )
    assert types[:1] == [OTHER]


def test_a_code_of_conduct_barring_attacks_is_a_development_not_an_attack():
    types = _types(
        "The Pakistani Taliban issued a new code of conduct for its fighters on Sunday, "
        "barring attacks on schools and hospitals."
    )
    assert types[:1] == [OTHER]


def test_people_fleeing_fighting_across_a_border_are_displaced_not_a_fight():
    types = _rule_types(
        "Some 3,000 Sudanese refugees crossed into Chad at Adre on Sunday, fleeing fighting in "
        "El Geneina, the UN refugee agency said."
    )
    assert "Armed clash" not in types


def test_an_arrest_made_without_an_exchange_of_fire():
    types = _types(
        "Police in Anantnag detained seven suspected militant associates during night raids, "
        "adding that the operation ended without any exchange of fire."
    )
    assert types[:1] == [ARRESTS]


def test_a_headline_s_arrest_in_a_raid():
    assert _types("Nigerian troops arrest ISWAP commander in Borno raid")[:1] == [ARRESTS]


def test_brigades_moved_toward_a_front_are_a_change_to_the_group():
    types = _types(
        "KYIV (Reuters) - Ukraine's army said on Tuesday it had begun moving three fresh "
        "brigades toward the Kupiansk direction to shore up its lines."
    )
    assert types[:1] == [CHANGE]


def test_a_commander_named_after_an_abbreviated_rank_with_a_replaced_one_s_death():
    # the sentence does not end at "Brig.", and the month the replaced man was killed is no
    # date of the appointment
    types = _types(
        "The RSF said it had appointed Brig. Gen. Osman Ali as the new commander of its forces "
        "in Kordofan, replacing a commander killed last month."
    )
    assert types[:1] == [CHANGE]


def test_a_call_up_with_a_deadline_next_week_is_no_speculation():
    types = _types(
        "The junta has called up 4,000 reservists in Magway, with the first of them ordered to "
        "report to training camps by next week, local media said."
    )
    assert types[:1] == [CHANGE]


# the mix of CASE 2021's own classes (written set 84)


def test_barrels_releasing_a_gas_are_a_chemical_weapon():
    types = _types(
        "Medics in Kafr Zita said 30 people were treated for choking after helicopters dropped "
        "barrels releasing a yellow gas on the town on Monday night."
    )
    assert types[:1] == ["Chemical weapon"]


def test_a_disease_that_killed_people_is_no_attack():
    types = _rule_types(
        "Cholera has killed 28 people in Sofala province since the outbreak began, the health "
        "ministry said on Thursday."
    )
    assert "Attack" not in types


def test_a_state_of_emergency_approved_by_parliament_is_a_change_of_activity():
    types = _types(
        "Parliament approved a three-month state of emergency in the Amhara region on Friday "
        "after Fano militiamen seized several towns."
    )
    assert types[:1] == [CHANGE]


def test_small_arms_fire_traded_across_a_border_stays_a_clash():
    types = _types(
        "Armenian and Azerbaijani troops traded small-arms fire along the border near Sotk on "
        "Tuesday, the Armenian defence ministry said."
    )
    assert types[:1] == ["Armed clash"]


# the five classes that are not political violence told in war words, and a group's
# changes and other developments (written sets 86 and 88)


def test_an_accident_with_soldiers_or_ordnance_is_no_act_of_war():
    for text in (
        "A military helicopter crashed during a training flight near Mosul on Friday, killing "
        "all four crew members, the army said.",
        "Two sappers were killed when a mortar round they were loading onto a lorry for "
        "disposal detonated near Izium, officials said.",
        "Fire broke out at an army ammunition depot in Jhelum on Sunday, setting off a series "
        "of explosions; officials said the blaze was caused by extreme heat.",
    ):
        assert _types(text) == [], text


def test_a_group_owning_a_day_s_attack_is_its_claim_not_a_new_act():
    types = _types(
        "Al-Shabaab said it carried out Monday's attack on the army base in Lower Shabelle, in "
        "a statement on its radio station."
    )
    assert types == []


def test_a_series_of_bombings_some_group_was_behind_is_the_blame_not_a_new_act():
    types = _types(
        "Police said on Friday that a separatist group was behind a series of coordinated "
        "bombings at shops across Yala province."
    )
    assert types == []


def test_people_who_fled_or_crossed_a_border_are_displaced():
    assert _types(
        "Nearly 9,000 people fled the Carrefour-Feuilles neighbourhood of Port-au-Prince over "
        "the weekend as gangs advanced, the IOM said."
    )[:1] == [OTHER]
    assert _types(
        "About 15,000 people have crossed from Sudan's Darfur into Chad since Sunday, the UN "
        "refugee agency said."
    )[:1] == [OTHER]
    assert _types(
        "Some 6,000 Rohingya have crossed the Naf river into Bangladesh in the past two weeks, "
        "officials said."
    )[:1] == [OTHER]


def test_people_displaced_since_an_offensive_began_are_no_fight_of_the_day():
    types = _types(
        "More than 120,000 people have fled their homes in Rutshuru since M23 rebels renewed "
        "their offensive in March, the UN said."
    )
    assert types[:1] == [OTHER]


def test_soldiers_who_announce_they_took_power_stage_a_coup():
    types = _types(
        "Soldiers appeared on state television early on Thursday to announce they had seized "
        "power and dissolved the government."
    )
    assert types[:1] == [OTHER]
    assert _types("Army officers announce seizure of power in Niamey")[:1] == [OTHER]


def test_a_group_s_leadership_reshuffle_and_split_are_changes():
    assert _types(
        "Al-Shabaab replaces Gedo governor in leadership reshuffle, local sources say"
    )[:1] == [CHANGE]
    assert _types(
        "A bloc of FARC dissident fronts has formally split from the Estado Mayor Central, "
        "saying it will negotiate alone."
    )[:1] == [CHANGE]


def test_troops_sent_as_part_of_an_offensive_are_a_change_not_a_fight():
    types = _types(
        "Nigeria has sent an additional 2,000 troops to Katsina state as part of a renewed "
        "offensive against bandits, army headquarters said on Friday."
    )
    assert types[:1] == [CHANGE]


def test_a_state_of_emergency_after_a_wave_of_raids_is_the_measure():
    types = _types("Niger declares state of emergency in Tillaberi after wave of jihadist raids")
    assert types[:1] == [CHANGE]


def test_a_truce_agreed_on_a_day_is_an_agreement():
    types = _types(
        "The government and the ELN agreed on Friday to a three-month bilateral ceasefire, "
        "negotiators said in Havana."
    )
    assert types[:1] == ["Agreement"]


def test_a_call_up_of_reservists_approved_is_a_change():
    assert _types(
        "The army approved the call-up of some 40,000 reservists on Sunday, a military "
        "official said."
    )[:1] == [CHANGE]


# who was hit, and crowds and the state (written sets 90 and 92, and riots told in words
# the rules did not know: a scuffle, violence that erupted, a protest that turned chaotic)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters scuffled with police as they tried to reach the governor's residence.",
        "Violence erupted during an opposition protest in Conakry on Thursday.",
        "Several officers were hurt when a protest outside the ministry turned chaotic.",
        "Demonstrators tore down a statue of a slave trader in the city centre.",
        "Hundreds of protesters broke into the provincial assembly building on Monday.",
        "Students went on the rampage in Kisii, damaging buses, after a classmate died.",
        "Protesters pushed through police lines and occupied the terminal.",
        "A police van was set alight during the protest in Lyon on Saturday.",
        "Supporters of the defeated candidate burned ballot boxes in Potosi as protests over "
        "the count intensified.",
    ],
)
def test_a_crowd_s_violence_in_words_of_its_own_is_a_violent_demonstration(text):
    assert _rule_types(text)[:1] == [RIOT]


def test_passengers_seized_on_a_highway_are_abducted():
    assert _types("Gunmen seize 25 bus passengers on Katsina highway")[:1] == [
        "Abduction/forced disappearance"
    ]


def test_people_a_group_had_seized_are_no_ground_taken():
    types = _rule_types(
        "Islamic State militants executed five herders they had seized in the desert east of "
        "Homs, the monitor said."
    )
    assert "Non-state actor overtakes territory" not in types


def test_a_man_dead_in_police_custody_after_beatings_is_an_attack():
    types = _types(
        "A 30-year-old man died in police custody in Mashhad days after his arrest, with "
        "bruises from beatings on his body, a rights group said."
    )
    assert types[:1] == ["Attack"]


def test_killings_over_a_land_dispute_or_a_theft_are_crime_not_attacks():
    assert "Attack" not in _types(
        "A farmer was shot dead by his cousins over a land dispute in Okara on Sunday, police "
        "said."
    )
    assert "Attack" not in _types(
        "A taxi driver was killed by passengers who tried to steal his car in Callao, police "
        "said."
    )


def test_a_mine_that_caved_in_is_an_accident():
    assert _types(
        "At least 12 miners were killed when the wall of an artisanal gold mine caved in "
        "near Kenieba, officials said."
    ) == []


def test_residents_who_torch_a_police_post_are_a_mob():
    assert _types("Residents torch police post in Nabire after teen dies in custody")[:1] == [MOB]


# what armed groups take and what armed sides agree (written set 96)


@pytest.mark.parametrize(
    "text",
    [
        "Taliban fighters have set up checkpoints on the Kabul-Jalalabad highway, charging "
        "lorry drivers up to 10,000 afghanis a load, drivers said.",
        "Armed raiders from a neighbouring county made off with about 900 head of cattle from "
        "a camp near Tonj on Sunday, officials said.",
        "Soldiers stripped a flour mill in Wukro of its machinery and loaded it onto lorries, "
        "workers said.",
        "Fighters went house to house in the district, taking cars, gold and phones, residents "
        "said.",
    ],
)
def test_what_an_armed_group_takes_is_looting(text):
    assert _types(text)[:1] == ["Looting/property destruction"]


def test_a_bank_raided_by_fighters_with_no_one_hurt_is_looting_not_a_fight():
    assert _rule_types("OLA fighters raid bank in Nekemte, no casualties reported")[:1] == [
        "Looting/property destruction"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of armed youth from two communities signed a pact in Bor on Sunday pledging to "
        "halt cattle raids.",
        "Rebels and government forces agreed on Monday to a UN-backed deal to evacuate wounded "
        "fighters from the besieged town.",
        "The army and the rebels agree prisoner release under the Doha framework",
        "The two leaders agreed on Friday to form a unity government by March, mediators said.",
    ],
)
def test_deals_between_armed_sides_told_in_other_words_are_agreements(text):
    assert _types(text)[:1] == ["Agreement"]


def test_talks_that_ended_without_a_truce_are_no_agreement():
    types = _rule_types(
        "Delegations of the army and the RSF ended another round of talks in Jeddah on "
        "Thursday without agreeing a humanitarian truce, mediators said."
    )
    assert "Agreement" not in types


def test_artillery_handed_over_under_a_peace_deal_is_no_shelling():
    types = _types(
        "Rebel forces handed over heavy weapons including artillery and rocket launchers to the "
        "national army on Wednesday under the peace agreement, monitors said."
    )
    assert "Shelling/artillery/missile attack" not in types


# blasts and what caused them (written set 98), and a feud's grenade (written sets 60, 61)


def test_a_roadside_blast_that_wounds_rangers_is_a_remote_explosive():
    assert _types("Roadside blast wounds four rangers in Yala's Bannang Sata district")[:1] == [
        "Remote explosive/landmine/IED"
    ]


def test_barrels_that_released_a_gas_smelling_of_chlorine_are_a_chemical_weapon():
    types = _types(
        "Doctors said 40 people were treated after a helicopter dropped barrels that released a "
        "yellowish gas on Kafr Zita late on Sunday."
    )
    assert types[:1] == ["Chemical weapon"]


@pytest.mark.parametrize(
    "text",
    [
        "A series of explosions at an army barracks killed 30 people on Sunday; the government "
        "blamed the negligent handling of dynamite stored at the site.",
        "A fire and explosion at an illegal oil refining site in Rivers State killed 40 people, "
        "officials said.",
        "Two boys were killed when an old mortar round buried in their field exploded as they "
        "burned stubble, mine action officials said.",
    ],
)
def test_an_explosion_told_with_its_accidental_cause_is_no_attack(text):
    assert _rule_types(text) == []


def test_a_claim_naming_the_bombed_place_in_three_words_is_the_claim():
    assert _types("TTP claims Peshawar police lines mosque bombing") == []


def test_a_grenade_amid_a_land_row_stays_a_grenade_attack():
    types = _types("Grenade thrown at house of village chief in Maguindanao amid land row")
    assert types[:1] == ["Grenade"]
