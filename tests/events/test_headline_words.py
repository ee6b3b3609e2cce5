"""Headlines and their standfirsts (written set 54's register): a claim naming its act by a
place of two words, weapons recovered in the present tense, an act named by its case, a blame
whose act is named by three words, a deployment ordered at once, a trafficking bust, Sudan's
paramilitaries. Each sentence written anew here, not taken from the snippet sets (fifty-eighth
session)."""

from __future__ import annotations

from functools import partial

import event_extraction as extraction
import pytest

from polemos.events import TOLD_AS_CLAIM

PUBLISHED = "2018-04-02"

events = partial(extraction.events, published=PUBLISHED)
rule_types = partial(extraction.rule_types, published=PUBLISHED)


def test_a_claimed_act_named_by_a_place_of_two_words_is_told_by_the_claim():
    [event] = events("Taliban claim Jalalabad prison compound attack that killed 29")
    assert event["actor1"] == "Taliban"
    assert event["evidence"]["told_as"] == TOLD_AS_CLAIM


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Troops recover rifles, grenades from NSCN hideout in Mon district",
         "Disrupted weapons use"),
        ("Army unearths arms cache near Lashkar Gah", "Disrupted weapons use"),
        ("Police arrest two ULFA cadres in Tinsukia bomb blast case", "Arrests"),
        ("Home ministry orders immediate deployment of 40 more companies of paramilitary forces "
         "to Darjeeling", "Change to group/activity"),
    ],
)
def test_a_headline_s_act(text: str, sub_event_type: str) -> None:
    assert rule_types(text)[:1] == [sub_event_type]


@pytest.mark.parametrize(
    "text",
    [
        "Court acquits four in 2006 Varanasi temple blast trial",
        "Indonesian police free 25 Cambodian workers, hold 5 in trafficking bust",
        "Egypt blames Muslim Brotherhood for Cairo church bombing. CAIRO (AFP) - Egypt's "
        "interior ministry said on Monday a Brotherhood cell was behind the Palm Sunday church "
        "bombing that killed 28 worshippers.",
    ],
)
def test_a_case_a_bust_or_a_blame_is_no_new_act(text: str) -> None:
    assert rule_types(text) == [], events(text)


def test_sudan_s_paramilitaries_are_the_rsf():
    [event] = events(
        "Paramilitaries raped women during a raid on a camp near Nyala in Sudan's South Darfur, "
        "doctors said."
    )
    assert event["sub_event_type"] == "Sexual violence"
    assert event["actor1"] == "Rapid Support Forces"
