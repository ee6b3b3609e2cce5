"""An act first told through its doer's claim of responsibility is an event of that doer's,
on its word (modality "claimed"); a claim of an act told before adds no second event, and a
claim nobody made is no claim. Sentences written anew here (fifty-eighth session), beside
those of older tests that read a doer's claim as no event, moved here and marked so."""

from __future__ import annotations

from functools import partial

import event_extraction as extraction
import pytest

from polemos.events import TOLD_AS_CLAIM

PUBLISHED = "2021-03-08"

events = partial(extraction.events, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "sub_event_type", "doer", "killed"),
    [
        ("Al-Shabaab claimed responsibility for a suicide bombing at a restaurant in Mogadishu "
         "on Friday that killed nine people.", "Suicide bomb", "Al Shabaab", 9),
        ("Islamic State has claimed responsibility for a roadside bomb near Tikrit on Saturday "
         "that killed four Iraqi soldiers.", "Remote explosive/landmine/IED", "Islamic State", 4),
        ("The Taliban took credit for an ambush on an army convoy in Helmand on Sunday that "
         "killed six soldiers.", "Armed clash", "Taliban", 6),
    ],
)
def test_a_claim_that_first_tells_an_act_is_the_doer_s_event(text, sub_event_type, doer, killed):
    [event] = events(text)
    assert event["sub_event_type"] == sub_event_type
    assert event["actor1"] == doer
    assert event["modality"] == "claimed"
    assert event["fatalities"]["best"] == killed
    assert event["evidence"]["told_as"] == TOLD_AS_CLAIM


@pytest.mark.parametrize(
    ("text", "published", "doer"),
    [
        ("Al-Shabaab said in a statement that its fighters were behind the deadly attack on the "
         "hotel", "2019-10-01", "Al Shabaab"),
        ("The Tehreek-e-Taliban Pakistan claimed responsibility for Monday's attack on a police "
         "checkpost in Khyber Pakhtunkhwa's Lakki Marwat district, a TTP spokesman said.",
         "2023-05-10", "Tehrik-i-Taliban Pakistan"),
        ("Islamic State claims responsibility for Kabul airport bombing in statement on its news "
         "agency", "2023-05-10", "Islamic State"),
        ("Islamic State claimed responsibility for a car bomb in the southeastern Turkish city of "
         "Diyarbakir on Friday that killed eight people and wounded more than 100, Reuters "
         "reported.", "2023-05-10", "Islamic State"),
        ("Islamic State claimed responsibility on Sunday for last week's suicide bombing outside "
         "a ministry in Kabul.", "2023-05-10", "Islamic State"),
        ("ISWAP claims responsibility for attack on Malam Fatori military base", "2023-05-10",
         "Islamic State West Africa Province"),
        ("JNIM claims deadly attack on Djibo army base in Burkina Faso", "2023-05-10", "JNIM"),
        ("The Pakistani Taliban said in a statement that its fighters were behind Tuesday's "
         "attack on a police checkpoint, which killed five officers.", "2023-05-10",
         "Tehrik-i-Taliban Pakistan"),
        ("ISWAP claims Konduga market bombing in Amaq statement", "2023-05-10",
         "Islamic State West Africa Province"),
    ],
)
def test_a_named_doer_s_claim_tells_one_act_on_its_word(text, published, doer):
    # written before this session as "no event" (CASE 2021 codes them as the attribution of
    # responsibility): the act is an event, and the crosswalk of polemos.eval codes it so
    [event] = extraction.events(text, published)
    assert event["actor1"] == doer
    assert event["modality"] == "claimed"
    assert event["evidence"]["told_as"] == TOLD_AS_CLAIM
    # (a bombing claimed at an airport, or by a group without aircraft, fell from no plane)
    assert not event["sub_event_type"].startswith("Air/")


def test_a_claim_of_an_act_told_before_adds_nothing():
    found = events(
        "A car bomb killed seven people at a market in Baquba on Friday. "
        "Islamic State claimed responsibility for the attack on Saturday."
    )
    assert [e["sub_event_type"] for e in found] == ["Remote explosive/landmine/IED"]
    assert "told_as" not in found[0]["evidence"]
    assert found[0]["fatalities"]["best"] == 7


@pytest.mark.parametrize(
    "text",
    [
        "No group has yet claimed responsibility for the bombing in Kabul on Monday that "
        "killed 12 people.",
        # the foe's act alleged by the other side: no doer's own claim
        "Moscow claims Ukrainian drone attack on an oil depot in Bryansk.",
    ],
)
def test_words_that_are_no_doer_s_claim_mark_no_claim(text):
    assert all(e["evidence"].get("told_as") != TOLD_AS_CLAIM for e in events(text))


def test_an_act_claimed_by_its_name_with_its_toll_is_told_by_the_claim():
    [event] = events(
        "The Islamic State group claimed the ambush on a militia convoy near Baiji that killed "
        "five fighters on Thursday."
    )
    assert event["actor1"] == "Islamic State"
    assert event["evidence"]["told_as"] == TOLD_AS_CLAIM


def test_a_claim_of_what_a_strike_did_claims_no_responsibility():
    # (the strike's doer says where it hit: a claim of its effect, no attribution)
    assert all(
        e["evidence"].get("told_as") != TOLD_AS_CLAIM
        for e in events("The Russian army claimed the strike hit a fuel depot near Kramatorsk.")
    )


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("A roadside bomb that killed four soldiers near Gao on Monday was claimed on Wednesday "
         "by JNIM.", "JNIM"),
        # (written before this session as "no new act", a claim told after the act)
        ("A roadside bombing that killed four soldiers near Gao on Monday was claimed on "
         "Wednesday by an al-Qaeda affiliate.", "Al-Qaeda"),
    ],
)
def test_an_act_first_told_with_its_claim_after_it_is_the_claimant_s(text, doer):
    [event] = events(text)
    assert event["sub_event_type"] == "Remote explosive/landmine/IED"
    assert event["actor1"] == doer
    assert event["modality"] == "claimed"
    assert event["evidence"]["told_as"] == TOLD_AS_CLAIM
