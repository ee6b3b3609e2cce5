"""Violence by remote means and against civilians in news wording: aircraft that drop bombs,
rockets counted in words, throats slit and people burned alive, people and notables seized,
captives held, bombs' makings seized, and the act of before told as the sentence's opening
clause (fifty-seventh session). Each sentence written anew here, not taken from the snippet
sets."""

from __future__ import annotations

from functools import partial

import event_extraction as extraction
import pytest
from event_extraction import rule_events

PUBLISHED = "2019-08-14"

# the helpers, read at this file's publication date
events = partial(extraction.events, published=PUBLISHED)
first_type = partial(extraction.first_type, published=PUBLISHED)
rule_types = partial(extraction.rule_types, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # the aircraft's own act
        ("Air force jets dropped bombs on rebel camps near Tumbi on Tuesday, the army said.",
         "Air/drone strike"),
        # weapons counted in words, then what they did
        ("Several rockets slammed into a crowded market in Baidoa on Monday, wounding "
         "nine traders.", "Shelling/artillery/missile attack"),
        # killings by the knife and by fire
        ("Eleven herders were found with their throats slit near Kaura after gunmen raided "
         "their camp, police said.", "Attack"),
        ("Militiamen burned two elderly women alive inside their hut in Djugu, a local "
         "official said.", "Attack"),
        # people seized by number, a notable seized by title: abductions, no ground taken
        ("Pirates seized six sailors from a cargo ship anchored off Bonny Island on Sunday.",
         "Abduction/forced disappearance"),
        ("Suspected jihadists seized a parish priest on the road to Dori on Friday evening.",
         "Abduction/forced disappearance"),
        # a raid that carried off students and killed none
        ("Bandits stormed a secondary school in Kankara and seized 80 pupils, the governor "
         "said on Saturday.", "Abduction/forced disappearance"),
        # a bomb's makings seized
        ("Soldiers seized detonators, fertiliser and four improvised bombs in a raid on a "
         "farmhouse outside Mopti.", "Disrupted weapons use"),
    ],
)
def test_the_act_is_coded(text: str, sub_event_type: str) -> None:
    assert first_type(text) == sub_event_type, events(text)
    assert rule_types(text)[:1] == [sub_event_type]


def test_a_raid_that_killed_stays_the_attack() -> None:
    """Killings beside the abduction make the raid the attack: the abduction alone is not
    what the raid was."""
    text = (
        "Gunmen stormed Gidan Bature village on Friday, shot dead four men and abducted ten "
        "women."
    )
    assert rule_types(text)[:1] == ["Attack"]


def test_the_opening_clause_tells_what_came_before() -> None:
    """"A week after X, Y": Y is the news; X still an event when nothing else is told."""
    news = (
        "A week after a landmine killed three soldiers near Kidal, army helicopters fired "
        "rockets at militant positions in the hills on Sunday, the army said."
    )
    assert rule_types(news)[:1] == ["Air/drone strike"]
    alone = "A landmine killed three soldiers near Kidal on Sunday, the army said."
    assert rule_types(alone)[:1] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Rebels said they were holding two kidnapped engineers captive and would free them "
         "for a ransom.", "Abduction/forced disappearance"),
    ],
)
def test_captives_held(text: str, sub_event_type: str) -> None:
    assert sub_event_type in rule_types(text), events(text)


@pytest.mark.parametrize(
    "text",
    [
        # a metaphor of hostages; a seized asset; missiles talked of
        "Opposition senators are holding the budget hostage over the new tax, the minister said.",
        "Customs officers seized a journalist's camera at the airport on Monday.",
        "Several other rockets are being developed by the state space agency.",
    ],
)
def test_no_act_told(text: str) -> None:
    assert rule_types(text) == [], events(text)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # ground taken by driving the other side out of it (not people driven from homes)
        ("Somali troops drove al-Shabaab fighters out of Bulo Burte on Sunday after a "
         "two-day battle, the army said.", "Government regains territory"),
        # a gunfight named by its two sides
        ("Heavy gunfire between two rival gangs shook the Cite Soleil slum of Port-au-Prince "
         "on Tuesday.", "Armed clash"),
        # a commander captured by the state's forces: an arrest, no ground
        ("Maoist commander Ramesh Oyam was captured by police commandos in a forest near "
         "Bijapur on Thursday.", "Arrests"),
    ],
)
def test_who_fought_whom(text: str, sub_event_type: str) -> None:
    assert rule_types(text)[:1] == [sub_event_type], events(text)


@pytest.mark.parametrize(
    "text",
    [
        # the claimed act's toll, after the fighters' own words
        "The group said its fighters carried out Sunday's raid on the Mandera police camp, "
        "which killed six officers.",
        # the act a man is wanted for; the act another answers, told as its cause
        "Wanted for a string of ambushes in Kunar, the former militant now runs a bakery in "
        "Kabul.",
        # goods seized, no ground; a suspect named by what befell him; an attack's mastermind
        "Cocaine worth $2 million seized at Guayaquil port, three dockers held",
        "The minister said an arrested suspect had confessed to links with the group.",
        "Court names Abu Zubair as the Garissa attack mastermind",
        # people driven from their homes: displacement, no ground taken
        "The floods have driven thousands of families out of their villages in Sindh.",
    ],
)
def test_no_new_act(text: str) -> None:
    assert rule_types(text) == [], events(text)


def test_the_act_answered_yields_to_the_answer() -> None:
    (fired,) = rule_events(
        "Militants fired rockets at an army camp in Zhob on Friday in retaliation for the "
        "killing of their commander in a drone strike last month.",
        PUBLISHED,
    )
    assert fired["sub_event_type"] == "Shelling/artillery/missile attack"
