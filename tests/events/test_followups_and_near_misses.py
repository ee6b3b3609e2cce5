"""Sixty-seventh session: follow-up stories, acts told as what came before, near misses.

Every sentence here was written for these tests (none is a snippet of the written sets or of
the gold data); most assert what the session changed (the code of its start read them
otherwise), a few guard its new rules against reaching too far.
"""

from __future__ import annotations

import pytest
from event_extraction import text_events as _events
from event_extraction import text_sub_events as _sub_events


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        # the news is the new leader; the strike that killed the old one came before it, told
        # eight words after "two days after"
        (
            "Al-Shabaab named Ahmed Diriye as its new emir on Saturday, two days after the "
            "group's founder was killed in a US drone strike near Jilib.",
            "Change to group/activity",
        ),
        # ... or told as the death that left the post empty
        (
            "Boko Haram has appointed a new amir to replace a commander killed in a Chadian "
            "airstrike in March, residents said.",
            "Change to group/activity",
        ),
        # an act a vigil marks the anniversary of is the vigil's cause, not the news
        (
            "Police detained 15 people at a candlelight vigil in Minsk on Sunday marking a year "
            "since riot police stormed the metro station.",
            "Protest with intervention",
        ),
        # a state of emergency extended is a change of activity, whatever the model reads
        (
            "The cabinet extended the emergency decree in three southern provinces for another "
            "90 days on Monday, citing insurgent attacks.",
            "Change to group/activity",
        ),
        # an armed group's poison in a camp's water, the chemical named
        (
            "Militants poisoned the water tank of a police camp in Sukma with pesticide, "
            "sickening 20 officers, officials said.",
            "Chemical weapon",
        ),
        # an armed group's own camp
        (
            "Al-Shabaab fighters have set up a camp near Bulo Burde, herders said on Friday.",
            "Headquarters or base established",
        ),
        # ground left to the other side
        (
            "Militiamen enter Djugu town after army pulls out, residents say",
            "Non-violent transfer of territory",
        ),
        # a fight named by the weapons of both sides
        (
            "Taliban fighters and Pakistani border guards traded heavy machine-gun and mortar "
            "fire near Chaman on Sunday.",
            "Armed clash",
        ),
        # the abducted named by what befell them, in a march's demand
        (
            "Hundreds of parents marched through Kaduna on Tuesday to demand the release of "
            "kidnapped schoolgirls.",
            "Peaceful protest",
        ),
        # a headline's mob and its act
        ("Mob lynches suspected thief in Kasarani", "Mob violence"),
        # the attack the arrests are for
        ("Police detain three over Kathua attack", "Arrests"),
        # a deal whose name is quoted
        (
            "Manila and NDF rebels agree to 'Christmas peace initiative' in Mindanao",
            "Agreement",
        ),
        # a headline's arson, its verb in the present
        ("OPM burns school and clinic in Intan Jaya", "Looting/property destruction"),
        # missiles launched from bombers: ACLED's air strike
        (
            "Russian forces launched Kh-101 cruise missiles from Tu-95 bombers at Lviv "
            "overnight, officials said.",
            "Air/drone strike",
        ),
    ],
)
def test_the_news_is_the_act_told(text: str, sub_event_type: str) -> None:
    assert _sub_events(text)[:1] == [sub_event_type]


@pytest.mark.parametrize(
    "text",
    [
        # a blast whose cause the next sentence tells: an accident
        "A munitions depot at a barracks near Pointe-Noire exploded on Sunday, killing two "
        "soldiers. The army ruled out an attack and blamed the heat.",
        "Police ruled out a terrorist attack after the fire at the Garissa barracks.",
        # an inquiry's finding of whose the act was, with its day between
        "The UN inquiry concluded on Monday that a government helicopter dropped the barrel "
        "bomb that hit the market in Hass.",
    ],
)
def test_no_act_of_war(text: str) -> None:
    assert not [s for s in _sub_events(text) if s != "Other"], _sub_events(text)


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # a camp for the displaced is no base
        (
            "Militias have set up a camp for people displaced by the floods near Beledweyne.",
            "Headquarters or base established",
        ),
        # rebels leaving talks hand over no ground
        (
            "M23 rebels pulled out of the Doha talks on Friday, accusing Kinshasa of bad faith.",
            "Non-violent transfer of territory",
        ),
        # a fire's damage is no one's act
        ("Blaze burns 30 homes in Mathare slum", "Looting/property destruction"),
        # a well said to be poisoned, no chemical named, no doer's act
        (
            "Villagers in Garissa said a well was poisoned after a dispute over grazing land.",
            "Chemical weapon",
        ),
    ],
)
def test_new_words_stay_in_their_sense(text: str, not_expected: str) -> None:
    assert not_expected not in _sub_events(text)


def test_an_act_blamed_on_a_named_group_is_attribution() -> None:
    from polemos.eval.events import case_events

    events = _events(
        "The army blamed the Arakan Army for Tuesday's bomb blast at a Sittwe market that "
        "killed four traders, a claim the group rejected."
    )
    assert events and not case_events(events)
