"""Strategic developments and the acts beside them in news wording: forces moved, ground left
or taken without a fight, a camp set up, extortion, arrests made in a raid, and the past told
of a place or before the news (fifty-sixth session). Each sentence written anew here, not
taken from the snippet sets."""

from __future__ import annotations

from functools import partial

import event_extraction as extraction
import pytest

PUBLISHED = "2021-03-18"

# the helpers, read at this file's publication date
events = partial(extraction.events, published=PUBLISHED)
first_type = partial(extraction.first_type, published=PUBLISHED)
rule_types = partial(extraction.rule_types, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # units rushed or sent somewhere by their number: forces moved
        ("Junta rushes three more battalions to Hpakant as clashes with the KIA spread",
         "Change to group/activity"),
        ("Centre rushes 50 additional CRPF companies to Imphal ahead of the polls",
         "Change to group/activity"),
        # ground left to those who move in, or left by those who held it
        ("Turkish-backed fighters took up positions at an outpost near Ain Issa vacated by "
         "Russian military police on Sunday, a war monitor said.",
         "Non-violent transfer of territory"),
        # the news, then the fighting that came a week before it
        ("Scores of houses were burned down in Minbya township's Thayet village a week after "
         "fighting between the army and the Arakan Army emptied it, residents said on Friday.",
         "Looting/property destruction"),
        # the truce, then how long the fighting went on before it
        ("Imams broker truce between rival Dinka militias in Tonj after week of fighting "
         "over cattle", "Agreement"),
        # an armed group's "tax" notes: extortion, which ACLED codes as looting
        ("Underground outfits serve 'tax' demand notes on Churachandpur shopkeepers",
         "Looting/property destruction"),
    ],
)
def test_the_main_act_is_coded(text: str, sub_event_type: str) -> None:
    assert first_type(text) == sub_event_type, events(text)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a withdrawal under way: ground left
        ("Government troops began withdrawing from their last positions in the Wadi al-Jufra "
         "area on Monday, local sources said.",
         "Non-violent transfer of territory"),
        # the news, then the place's past told after "where"
        ("Paramilitary forces established a new camp at Tekalguda on Monday, a few hundred "
         "metres from the spot where 22 troopers were killed in a Maoist ambush last year, "
         "police said.",
         "Headquarters or base established"),
        # the raid an arrest was made in (a decimal point is no sentence's end: "a
        # P2.4-million bounty")
        ("Soldiers and police arrested a senior New People's Army commander, who carried a "
         "P2.4-million bounty, in a dawn raid on a safe house in Iligan City on Monday.",
         "Arrests"),
    ],
)
def test_the_rules_code_the_main_act(text: str, sub_event_type: str) -> None:
    assert rule_types(text) == [sub_event_type]


def test_the_detention_of_a_would_be_candidate_is_political() -> None:
    (event,) = events(
        "Authorities in Minsk on Wednesday detained a businessman who had planned to run "
        "against the president in the coming election, accusing him of fraud and money laundering."
    )
    assert event["sub_event_type"] == "Arrests"


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("Army units recapture Saraqib after heavy clashes with Nusra fighters",
         "Military Forces of Syria", "Hayat Tahrir al-Sham"),
        ("DSS operatives arrested three IPOB members in Owerri on Tuesday.",
         "Police Forces of Nigeria", "Indigenous People of Biafra"),
        # a headline's two states' troops sharing the noun: the first is the host's
        ("Somali, Kenyan troops recapture Ras Kamboni from al-Shabaab",
         "Military Forces of Somalia", "Al Shabaab"),
    ],
)
def test_named_forces_are_their_state_s_or_group_s(text: str, actor1: str, actor2: str) -> None:
    (event,) = events(text)
    assert (event["actor1"], event["actor2"]) == (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a headline's present "liberate" takes a place, as "liberated" does
        ("Army units liberate Khan Shaykhun after fierce battles with jihadists",
         "Khān Shaykhūn"),
        # "the strategic town of": a kind of place with a word before it
        ("Rebels seized the strategic town of Maaret al-Numan on Tuesday after days of "
         "fighting.", "Ma‘arrat an Nu‘mān"),
    ],
)
def test_a_place_a_word_of_taking_or_its_kind_introduces_is_found(text: str, place: str) -> None:
    (event,) = events(text)
    assert event["location"]["name"] == place


@pytest.mark.parametrize(
    "text",
    [
        "Police attributed the murder of the village headman to the Maoists' Darbha committee.",
        "Investigators name two gunmen behind Mumbai hotel attack",
    ],
)
def test_an_act_attributed_by_its_name_is_told_already(text: str) -> None:
    # whose the act was is the news, not another act (CASE 2021's attribution of
    # responsibility; a doer's own claim: tests/events/test_responsibility_claims.py)
    assert events(text) == []


def test_the_news_of_an_arrest_is_no_arrest() -> None:
    # the arrest was told already; the news is what followed it
    found = events(
        "News of the opposition leader's arrest at the airport reached Lahore within the hour. "
        "By nightfall his supporters had set a police van on fire on Mall Road."
    )
    assert found and "Arrests" not in [e["sub_event_type"] for e in found], found
