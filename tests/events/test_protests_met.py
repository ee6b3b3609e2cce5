"""Demonstrations met by the police, in the wording of the news (fifty-fifth session, from
written set 40). Each sentence written anew here."""

from __future__ import annotations

import pytest
from event_extraction import events as extracted
from event_extraction import rule_events

PUBLISHED = "2021-03-01"


def subs(text: str) -> list[str]:
    return [e["sub_event_type"] for e in extracted(text, PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        # protesters detained are their protest's intervention (ACLED's notes, every one)
        "Police arrested dozens of opposition demonstrators outside the electoral commission "
        "in Kampala on Monday, witnesses said.",
        # a headline's verb
        "Police tear-gas nurses protesting over unpaid allowances outside parliament in Nairobi",
    ],
)
def test_a_protest_met_by_the_police_is_one_with_intervention(text: str) -> None:
    assert "Protest with intervention" in subs(text), text


def test_the_rules_read_protesters_detained_as_the_protest_s_intervention() -> None:
    (event,) = rule_events(
        "Police arrested dozens of opposition demonstrators outside the electoral commission "
        "in Kampala on Monday, witnesses said.",
        PUBLISHED,
    )
    assert event["sub_event_type"] == "Protest with intervention"


def test_arrests_over_protests_of_years_ago_are_arrests() -> None:
    found = subs(
        "Police detained 40 people, including two former mayors, in raids across five "
        "provinces on Tuesday over violent protests in 2015, prosecutors said."
    )
    assert found and found[0] == "Arrests", found


def test_a_rally_for_the_dead_of_years_is_one_rally() -> None:
    # the dead it is for are summed, not the rally
    found = subs(
        "Several hundred people rallied in the main square of Basra on Friday to demand "
        "justice for activists killed since 2019, in a protest that passed off peacefully."
    )
    assert found == ["Peaceful protest"], found


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # people taken at the protest or while it went on (fifty-sixth session)
        ("Riot police detained dozens at a student sit-in outside the education ministry in "
         "Phnom Penh on Tuesday.", "Protest with intervention"),
        ("Over 200 detained as thousands join 'March for Freedom' in Almaty, rights group says",
         "Protest with intervention"),
        # taken at home after it: arrests
        ("Police arrested three organisers at their homes after the rally, their lawyer said.",
         "Arrests"),
    ],
)
def test_the_rules_read_arrests_made_at_a_protest_as_its_intervention(
    text: str, sub_event_type: str
) -> None:
    assert [e["sub_event_type"] for e in rule_events(text, PUBLISHED)] == [sub_event_type]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # in the news, rioters who fight the state's forces riot against it (fifty-sixth
        # session)
        ("Stone-throwing rioters clashed with border police in Hebron's old city on Friday.",
         "Violent demonstration"),
        ("Rioters fought with riot police outside the governor's office in Jos before being "
         "pushed back.", "Violent demonstration"),
        # an ACLED coder's note keeps its coders' reading: a mob, where no demonstration is told
        ("On 4 March 2022, Palestinian rioters clashed with Israeli forces in Beita "
         "(Nablus, West Bank). [size=no report]", "Mob violence"),
        # rioters among themselves: a mob
        ("Rival rioters fought each other in the market in Jos.", "Mob violence"),
    ],
)
def test_the_rules_read_rioters_fighting_the_state_in_the_news_as_a_riot(
    text: str, sub_event_type: str
) -> None:
    assert [e["sub_event_type"] for e in rule_events(text, PUBLISHED)][:1] == [sub_event_type]
