"""The border between political violence and the news told in its words: smugglers and goods
intercepted, a war's old shell gone off, a protest note over shelling, a condemnation, an
inquiry's finding of whose an act was, talks to end fighting; and the changes to a group told in
few words (an emergency decree extended, a deployment approved, a halt to operations
announced). Each sentence written anew here, not taken from the snippet sets (fifty-eighth
session)."""

from __future__ import annotations

from functools import partial

import event_extraction as extraction
import pytest

from polemos.events import TOLD_AS_CLAIM

PUBLISHED = "2019-11-20"

events = partial(extraction.events, published=PUBLISHED)
rule_types = partial(extraction.rule_types, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        # people and goods stopped at a border: crime, no weapons and no ground
        "Coast guards intercepted two smugglers off Mannar on Sunday and seized 400 bottles of "
        "arrack hidden in their boat.",
        "Border guards seized 75 cartons of cigarettes and 30 sacks of sugar near Kurigram.",
        # a shell left by a war long over
        "A Second World War shell exploded as workers dug a drain in Rabaul on Friday, killing "
        "one man, police said.",
        # diplomacy over an act told elsewhere
        "The foreign ministry delivered a note of protest to the Indian envoy over firing that "
        "killed two villagers along the Line of Control, a spokesman said.",
        # a headline's condemnation; an inquiry's finding
        "Governor condemns 'barbaric' attack on Kagoro villagers",
        "A parliamentary inquiry concluded that a splinter faction of the militia carried out the "
        "massacre of 40 herders in Yirgacheffe last year.",
        "Prosecutors have established that the Christmas Eve bombings of two churches were "
        "carried out by a cell of the banned group.",
        # the arrests of ordinary crime: thieves, robbers, dealers, swindlers
        "Police in Bishkek detained three men suspected of robbing a currency exchange office "
        "at knifepoint.",
        "Gendarmes arrested a gang that stole goats from herders near Kaya and sold them at the "
        "Ouagadougou cattle market.",
        "Police arrested three heroin peddlers at a bus stand in Amritsar on Friday.",
        "The organisers of a Ponzi scheme that took $4 million from teachers were detained in "
        "Kampala.",
        # fighting named as what talks would end
        "Envoys met in Addis Ababa on Monday for talks on a mechanism to halt the fighting in "
        "the Benishangul region, diplomats said.",
    ],
)
def test_no_act_of_political_violence_is_told(text: str) -> None:
    assert rule_types(text) == [], events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The interior ministry on Thursday extended the emergency decree in three northern "
        "districts for another 60 days.",
        "The cabinet approved the deployment of paramilitary forces in the port city for three "
        "months ahead of the polls.",
        "The KNPP announced that it would suspend its military operations for the rest of the "
        "month, a spokesman said.",
        # forces sent or withdrawn, told in the passive or as a beginning
        "Two battalions of Kenyan troops have been deployed to Lamu county, the defence "
        "ministry said on Friday.",
        "Burundi began deploying 600 soldiers to South Kivu under a bilateral accord.",
        "Russian troops began pulling out of the airbase outside Qamishli on Sunday.",
        # a state's ban of a group
        "The home ministry proscribed the Baloch Yakjehti outfit on Thursday.",
        "Parliament approved a ban on the Hizb ut-Tahrir under the Anti-Terrorism Act.",
    ],
)
def test_a_change_to_a_group_told_in_few_words(text: str) -> None:
    assert rule_types(text)[:1] == ["Change to group/activity"]


def test_a_ban_of_a_group_stands_whatever_the_model_reads():
    [event] = events(
        "The cabinet approved a ban on the Hizb ut-Tahrir under the Anti-Terrorism Act."
    )
    assert event["sub_event_type"] == "Change to group/activity"


def test_a_group_barred_from_a_place_is_no_ban_of_the_group():
    assert rule_types("The school banned the group from using its hall for meetings.") == []


def test_owning_up_to_a_killing_is_the_doer_s_claim_and_an_event():
    [event] = events(
        "The Communist Party of the Philippines owned up to the ambush of an army patrol in "
        "Las Navas, Northern Samar, that killed two soldiers."
    )
    assert event["actor1"] == "New People's Army"
    assert event["modality"] == "claimed"
    assert event["evidence"]["told_as"] == TOLD_AS_CLAIM


def test_a_day_between_the_speaker_and_the_verb_still_makes_the_speaker_s_word():
    [event] = events("The army on Tuesday claimed its troops killed 12 militants near Mopti.")
    assert event["modality"] == "claimed"
    assert event["attribution"]["verb"] == "claimed"


def test_an_inquiry_s_finding_of_an_act_told_first_is_the_act():
    # a finding about an act named as known ("carried out the massacre") is whose it was; one
    # told here first ("carried out a fourth chlorine attack") is the act
    found = rule_types(
        "Inspectors have determined that government forces carried out a fourth chlorine "
        "attack on Saraqib on 4 November."
    )
    assert found == ["Chemical weapon"]


@pytest.mark.parametrize(
    "text",
    [
        "British troops fired on an unarmed crowd in Amritsar in 1919, killing hundreds.",
        "The 1982 Hama massacre, in which government troops killed thousands, is rarely spoken "
        "of in Syria.",
    ],
)
def test_an_act_named_with_a_year_long_past_is_history(text: str) -> None:
    # with no publication date to measure from: a year before any conflict data set's first
    found = extraction.events(text, published=None)
    assert found and all(e["modality"] == "historical" for e in found)


def test_a_count_that_looks_like_a_year_is_no_date():
    [event] = events("Militants killed 1950 villagers in the raid on Baga, officials said.")
    assert event["modality"] != "historical"
