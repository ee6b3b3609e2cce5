"""What states' soldiers and police do to civilians, detainees and crowds, in news wording:
homes set ablaze or demolished, extortion by a 'tax', deaths in custody, people taken from home
and never traced, curfew beatings, deployments, and the toll of an act told as what came before
(fifty-seventh session). Each sentence written anew here, not taken from the snippet sets."""

from __future__ import annotations

from functools import partial

import event_extraction as extraction
import pytest
from event_extraction import rule_events

PUBLISHED = "2020-09-03"

# the helpers, read at this file's publication date
events = partial(extraction.events, published=PUBLISHED)
rule_types = partial(extraction.rule_types, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # homes burned or pulled down by troops, no one hurt
        ("Troops set 25 huts ablaze in Dumba village on Monday, residents said.",
         "Looting/property destruction"),
        ("Soldiers demolished the homes of three suspected militants in Tral on Saturday.",
         "Looting/property destruction"),
        # an armed group's 'tax' charged to farmers: extortion, which ACLED codes as looting
        ("FARC dissidents are charging cattle herders in Guaviare a monthly 'tax' per head, "
         "local officials said.", "Looting/property destruction"),
        ("Herders in Bay region said al-Shabaab fighters forced them to give up a tenth of "
         "their goats as 'zakat' last week.", "Looting/property destruction"),
        # people beaten who were no fighters
        ("Police were filmed thrashing youths who had gone out to buy bread during the "
         "curfew in Mombasa.", "Attack"),
        ("A boda boda rider was shot dead by a soldier at a checkpoint in Masaka on "
         "Tuesday night.", "Attack"),
        # the toll of a fight between two sides, whoever died
        ("During a gunfight between police and gang members in Pinheiral, a bystander was "
         "killed.", "Armed clash"),
        # forces called in or deployed
        ("Sindh calls in Rangers to patrol Karachi's old city for Muharram",
         "Change to group/activity"),
    ],
)
def test_the_act_is_coded(text: str, sub_event_type: str) -> None:
    assert rule_types(text)[:1] == [sub_event_type], events(text)


def test_the_dead_of_the_act_before_are_not_the_burning_s() -> None:
    """Homes burned days after soldiers were killed: the burning killed no one, so it stays
    the destruction and is no attack."""
    (burning,) = rule_events(
        "Soldiers set 60 houses ablaze in Anyiin days after two of their comrades were "
        "killed there, residents said.",
        PUBLISHED,
    )
    assert burning["sub_event_type"] == "Looting/property destruction"
    assert burning["fatalities"]["best"] is None


def test_an_arrest_nobody_can_trace_is_a_disappearance() -> None:
    (taken,) = rule_events(
        "Four students detained by soldiers in Kachin on Friday remain unaccounted for, "
        "their families said, and the army denied holding them.",
        PUBLISHED,
    )
    assert taken["sub_event_type"] == "Abduction/forced disappearance"


def test_men_who_took_him_from_home() -> None:
    assert "Abduction/forced disappearance" in rule_types(
        "Armed men in uniform took him from his home in Kupwara on Sunday night, his "
        "brother said."
    )


def test_a_death_in_custody_is_an_act() -> None:
    assert rule_types(
        "A 30-year-old labourer died in police custody in Tuticorin on Saturday, his "
        "family said, alleging he had been tortured."
    )[:1] == ["Attack"]


@pytest.mark.parametrize(
    "text",
    [
        # a city's works, no armed side
        "The municipal council demolished 40 illegal shops along the highway on Monday.",
        # a curfew enforced is no new measure; a march still to come
        "Police enforced the night curfew across the district without incident.",
        "Authorities closed schools in the capital ahead of the planned opposition rally.",
    ],
)
def test_no_act_of_its_own(text: str) -> None:
    assert rule_types(text) == [], events(text)
