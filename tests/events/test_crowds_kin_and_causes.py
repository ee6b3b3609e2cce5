"""Sixty-eighth session: crowds and what met them, the kin of the dead, acts told as causes.

Every sentence here was written for these tests (none is a snippet of the written sets or of
the gold data); most assert what the session changed (the code of its start read them
otherwise), the rest guard its new rules against reaching too far.
"""

from __future__ import annotations

import pytest
from event_extraction import text_sub_events as _sub_events


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        # a crowd that blocks main roads and burns buses; the note's "Casualties unknown."
        # names no act of its own
        (
            "On 3 May 2023, supporters of the opposition blocked main roads in Dhaka, setting "
            "buses alight and beating police officers with sticks. [size=thousands] "
            "Casualties unknown.",
            "Violent demonstration",
        ),
        # the explosions heard are the jets' bombs, not a bomb of their own
        (
            "Israeli jets pounded a Hezbollah depot in the Bekaa valley, residents said, with "
            "explosions heard across the area.",
            "Air/drone strike",
        ),
        # people who fled as fighting spread: the flight is the news (ACLED's Other)
        (
            "About 20,000 people fled their villages in Ituri this week as fighting spread, aid "
            "agencies said.",
            "Other",
        ),
        # a raid on a meeting that arrested activists, the gathering only the charge
        (
            "Police raided a meeting of opposition activists in Harare and arrested 30 of them, "
            "accusing them of holding an illegal gathering.",
            "Arrests",
        ),
        # the arrests are the news; the brawl they followed is told in a clause of its own
        (
            "Police detained 35 fans after supporters of rival clubs clashed before the match in "
            "Split on Saturday.",
            "Arrests",
        ),
        # "Some threw bottles": the words before the verb are its doers, not a vague plural
        (
            "Thousands of farmers marched on parliament in Brussels on Thursday. Some threw "
            "bottles at riot police, who charged with batons.",
            "Violent demonstration",
        ),
        # poison poured into wells by an armed group, a chlorine-like gas a helicopter dropped
        (
            "Militiamen poured pesticide into the wells of two villages near Geneina, poisoning "
            "dozens of residents.",
            "Chemical weapon",
        ),
        (
            "A helicopter dropped canisters that released a chlorine-like gas over the village, "
            "medics said.",
            "Chemical weapon",
        ),
        # the kin of the dead protest; their dead are not the crowd's victims
        (
            "Relatives of two men killed in what police called an encounter held a sit-in "
            "outside the press club on Monday, demanding an inquiry.",
            "Peaceful protest",
        ),
        # arrests made under a state of emergency declared before them
        (
            "Police detained 11 members of an opposition party in Dessie under the newly "
            "declared state of emergency, their lawyer said.",
            "Arrests",
        ),
        # a factory's worker is no accident's sign
        (
            "A mob beat to death a factory supervisor accused of blasphemy and set his body on "
            "fire, police in Sialkot said.",
            "Mob violence",
        ),
        # guards: a town taken after weeks of fighting is still taken; the dead of a raid told
        # as the news are still its victims; police in a state who open fire are its doers
        (
            "Rebels captured the town after weeks of fighting with the army.",
            "Non-state actor overtakes territory",
        ),
        ("Three students were killed in a police raid on a hostel in Kano on Tuesday.", "Attack"),
        ("Two robbers were killed when police in Lagos State opened fire on their car.", "Attack"),
    ],
)
def test_the_act_told(text: str, sub_event_type: str) -> None:
    assert _sub_events(text)[:1] == [sub_event_type]


@pytest.mark.parametrize(
    "text",
    [
        # a hunting accident, however it was fired
        "A farmer was shot dead when a neighbour mistook him for a wild boar, police in Kogi said.",
        # the fighting of years past is no fight of the day
        "The militia said it would disband after six years of fighting alongside government "
        "troops.",
        # a court's sentence for a riot told before
        "Court jails 20 fans over stadium riot",
        # the reason for sanctions
        "Canada slaps sanctions on five Iranian police chiefs over protest crackdown",
        # a march's call for the remains of the murdered: no killing told
        "Several hundred people walked through Edmonton on Saturday, calling for a search of "
        "the city dump for the remains of murdered women.",
        # work handed on is no ground taken
        "The company said it was leaving Niger after four years, with its personnel and "
        "operations being taken over by a new state-run force.",
    ],
)
def test_no_act_of_violence(text: str) -> None:
    violent = {
        "Attack",
        "Armed clash",
        "Mob violence",
        "Violent demonstration",
        "Government regains territory",
        "Non-state actor overtakes territory",
    }
    assert not violent & set(_sub_events(text)), _sub_events(text)


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        # a cache named by what it held: explosive material, mortar rounds, homemade mines
        (
            "Soldiers seized 150 kg of explosive material and 60 mortar rounds from a rebel "
            "depot near Kidal.",
            "Disrupted weapons use",
        ),
        # a raid that met no fight and found weapons is their seizure
        (
            "Police raided a house in Mandalay and seized six homemade mines and a pistol "
            "belonging to a PDF cell.",
            "Disrupted weapons use",
        ),
        ("India and Pakistan agree to stop all firing along the Line of Control", "Agreement"),
        # extortion by letter; the sum demanded is no crowd's demand
        (
            "Traders in Peshawar say they have received extortion letters from the TTP "
            "demanding up to Rs 5 million each.",
            "Looting/property destruction",
        ),
        (
            "A toxic powder was sprayed into a girls' school in Sar-e Pul, sending 60 pupils to "
            "hospital; officials blamed militants.",
            "Chemical weapon",
        ),
        # a headline's "held in": taken by the police
        ("Maoist area commander carrying Rs 5 lakh bounty held in Odisha's Malkangiri", "Arrests"),
        # a state's plain-clothes agents detaining protesters
        ("Iranian security agents detain 30 protesters in Tehran", "Protest with intervention"),
        # fire on a march named by its day
        (
            "Police opened fire on an Independence Day march in Caracas, killing four people.",
            "Excessive force against protesters",
        ),
        # the governor's compound is a place retaken, not a person taken
        (
            "Afghan troops retook the governor's compound in Kunduz on Friday.",
            "Government regains territory",
        ),
        # the act after the stopping of a car, "then", is no act under the stopping
        (
            "Villagers stopped a pickup carrying suspected thieves, then beat and burned three "
            "of them to death, police said.",
            "Mob violence",
        ),
        # the death that left the post empty, told after "after"
        (
            "Al-Shabaab named a new commander for Lower Shabelle after the previous commander "
            "was killed in a US airstrike.",
            "Change to group/activity",
        ),
        # a headline's rally against strikes named by a bare plural
        ("Thousands rallied in Erbil against Iranian strikes", "Peaceful protest"),
        (
            "About 8,000 people have been displaced by the fighting around Goma, the UN said.",
            "Other",
        ),
        # a square's name; a crowd that went home
        (
            "A crowd of 5,000 rallied peacefully in Martyrs' Square in Beirut on Sunday and "
            "dispersed by nightfall.",
            "Peaceful protest",
        ),
    ],
)
def test_the_act_told_second_round(text: str, sub_event_type: str) -> None:
    assert _sub_events(text)[:1] == [sub_event_type]


@pytest.mark.parametrize(
    "text",
    [
        "NIA names LeT chief as mastermind of Pulwama attack",
        "The UN Security Council met on Friday to discuss the fighting in Sudan.",
        "Prosecutors charged two men with the murder of a shopkeeper in Tijuana.",
    ],
)
def test_told_of_an_act_before(text: str) -> None:
    assert not _sub_events(text), _sub_events(text)


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        # fire traded, its weapons named: a fight, not shelling
        (
            "Armenian and Azerbaijani troops traded gunfire and mortar rounds near Sotk on "
            "Tuesday.",
            "Armed clash",
        ),
        # a couple shot at a checkpoint: civilians
        (
            "Soldiers at a checkpoint shot dead an elderly couple near Bakhmut, police said.",
            "Attack",
        ),
        # a vigil broken up; the abducted it was for are an earlier act's
        (
            "Riot police broke up a candlelight vigil for abducted students in Minsk and "
            "detained 10 people.",
            "Protest with intervention",
        ),
        # the flight is the news; the attack came days before
        (
            "About 5,000 people have fled villages around Kaya in the days since militants "
            "attacked a market, aid groups said.",
            "Other",
        ),
        # houses burnt that fighting had emptied before
        (
            "Gunmen burnt down 20 houses in Kalehe that had been abandoned after earlier fighting.",
            "Looting/property destruction",
        ),
    ],
)
def test_the_act_told_third_round(text: str, sub_event_type: str) -> None:
    assert _sub_events(text)[:1] == [sub_event_type]
