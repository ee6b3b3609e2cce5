"""Sixty-fifth session: passive takings, coders' notes of Africa and Asia, events told in quotes.

Every sentence here was written for these tests (none is a snippet of the written sets or of
the gold data); each asserts what the session changed (the code of its start read most of
them otherwise).
"""

from __future__ import annotations

import pytest

from polemos.eval.events import extract_gold_text


def _events(text: str, published: str = "2024-06-01") -> list[dict]:
    return extract_gold_text(text, published, None)["events"]


def _sub_events(text: str, published: str = "2024-06-01") -> list[str]:
    return [e["sub_event_type"] for e in _events(text, published)]


@pytest.mark.parametrize(
    "text, sub_event_type, actor1, actor2",
    [
        # the side a passive taking was fought against lost the place: the taker is the
        # other side of its war
        (
            "Four villages in Hiiraan region were captured after heavy fighting with al-Shabaab "
            "militants, the Somali army said on Sunday.",
            "Government regains territory",
            "Military Forces of Somalia",
            "Al Shabaab",
        ),
        (
            "Two localities in Masisi territory were seized on Friday after fierce fighting with "
            "the Congolese army, residents said.",
            "Non-state actor overtakes territory",
            None,
            "Military Forces of the Democratic Republic of Congo",
        ),
        # a "by" names the taker, whoever was fought
        (
            "Three villages in Masisi territory were seized by M23 rebels after heavy fighting "
            "with the Congolese army on Tuesday.",
            "Non-state actor overtakes territory",
            "M23",
            "Military Forces of the Democratic Republic of Congo",
        ),
        # a place lost told from its holders' side: who fought them took it
        (
            "The district headquarters was overrun after a day of fighting with Taliban "
            "fighters in Ghazni province.",
            "Non-state actor overtakes territory",
            "Taliban",
            "Military Forces of Afghanistan",
        ),
    ],
)
def test_a_passive_taking_reads_the_side_fought_as_the_loser(text, sub_event_type, actor1, actor2):
    event = _events(text)[0]
    assert event["sub_event_type"] == sub_event_type
    if actor1 is not None:
        assert event["actor1"] == actor1
    else:
        assert event["actor1"] != actor2
    assert event["actor2"] == actor2


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        # the fire a taking was won by is its means
        (
            "Government troops retook the town of Kafr Nabl on Monday following heavy air "
            "strikes, state media said.",
            "Government regains territory",
        ),
        (
            "Wagner fighters captured the village under the cover of artillery fire.",
            "Non-state actor overtakes territory",
        ),
        # who holds the place is no side of the act
        (
            "On 9 May 2020, unidentified gunmen shot dead a mukhtar in Thiban (Deir ez-Zor), an "
            "area under SDF control. Fatalities: 1.",
            "Attack",
        ),
        # a party's crowd that burns at its own rally riots, though a man died
        (
            "On 4 November 2023, BNP activists hurled brick chunks at police, torched vehicles "
            "and vandalised a traffic box near Paltan (Dhaka) during a party rally; a police "
            "constable was beaten to death. Police responded with tear gas. Fatalities: 1.",
            "Violent demonstration",
        ),
        # a girl carried off and raped: ACLED's sexual violence
        (
            "A militia commander forcibly took a girl from her home in Walikale and raped her, "
            "her relatives said.",
            "Sexual violence",
        ),
        # the flight told; the raids it followed are its cause
        (
            "Some 1,500 families were displaced from villages in Yinmabin township following "
            "military raids, local sources said.",
            "Other",
        ),
        # levies in armed groups' words
        (
            "TTP militants sent letters to shopkeepers in Lakki Marwat demanding money as "
            "'jihad tax', police said.",
            "Looting/property destruction",
        ),
        (
            "Residents say al-Shabaab militants collect up to $300 from every truck that "
            "passes through Buulo Mareer.",
            "Looting/property destruction",
        ),
        (
            "Mai-Mai fighters have set up barriers on the road to Lubero and are forcing "
            "motorcyclists to pay 2,000 francs each.",
            "Looting/property destruction",
        ),
        (
            "Villagers in Helmand say Taliban commanders are collecting a tenth of the poppy "
            "harvest as ushr.",
            "Looting/property destruction",
        ),
        # a city that passed without a fight
        (
            "Kunduz city passed to the insurgents without a fight on Sunday, a resident said.",
            "Non-violent transfer of territory",
        ),
        # an operation that met no one
        (
            "Troops wrapped up a four-day combing operation in the Dandakaranya forests on "
            "Thursday without any encounter, police said.",
            "Change to group/activity",
        ),
        # an armed group's courts and rules for its own: ACLED's Other
        (
            "On 3 March 2022, an HTS-run court in Harem (Idleb) sentenced two men to death for "
            "dealing with regime forces.",
            "Other",
        ),
        (
            "Al-Shabaab issued a new 'code of conduct' for its fighters in Jubba on Friday.",
            "Other",
        ),
        # a curfew clamped; a base opened; a cache's rockets seized
        (
            "Curfew clamped in Kakching after fresh tension, internet suspended",
            "Change to group/activity",
        ),
        (
            "The Russian military police have opened a new base at Tabqa airport and deployed "
            "two helicopters there, Russia's defence ministry said.",
            "Headquarters or base established",
        ),
        (
            "Troops seized a large number of mortar rockets in a hideout near Bama, the army said.",
            "Disrupted weapons use",
        ),
    ],
)
def test_what_the_session_reads_anew(text, sub_event_type):
    assert _sub_events(text)[0] == sub_event_type


def test_a_progressive_levy_keeps_its_doer():
    event = _events(
        "Villagers in Helmand say Taliban commanders are collecting a tenth of the poppy "
        "harvest as ushr."
    )[0]
    assert event["sub_event_type"] == "Looting/property destruction"
    assert (event["actor1"], event["actor2"]) == ("Taliban", "Civilians (Afghanistan)")


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        # a crowd's violence told in passing, after the protest: a violent demonstration
        (
            "Bus drivers staged a strike across Lusaka on Monday against new licence fees. "
            "Police reported that some strikers threw stones at buses that kept running.",
            "Violent demonstration",
        ),
        (
            "Thousands rallied outside parliament in Yerevan on Thursday night. The ministry "
            "said some demonstrators had thrown bottles at police.",
            "Violent demonstration",
        ),
        (
            "Vendors in Ndola protested on Monday against their eviction from the bus station; "
            "police said some of them later looted goods from a nearby warehouse.",
            "Violent demonstration",
        ),
        (
            "Villagers of Chirundu marched to the district office on Friday against a new levy, "
            "and police later said a handful of them had stoned a council truck.",
            "Violent demonstration",
        ),
        (
            "Tin miners marching on Oruro to demand higher prices reached the main square on "
            "Tuesday. Police said sticks of dynamite were set off by a group of miners outside "
            "the governor's office.",
            "Violent demonstration",
        ),
        (
            "Crowd turns violent at Bolgatanga rally over land ruling, police say",
            "Violent demonstration",
        ),
        ("Police say stones thrown as Jacmel fuel protest ends", "Violent demonstration"),
        (
            "Police say cars damaged as residents protest quarry plan in Lviv region",
            "Violent demonstration",
        ),
        # a rally told beside a vow is still held
        ("Opposition vows to 'resist to the end' as thousands rally in Khulna", "Peaceful protest"),
        # the crowd's plan to come back every day is no habit of Monday's gathering
        (
            "Hundreds of students gathered in Bishkek's Ala-Too Square on Monday to protest "
            "against a tuition rise, and organisers said they would return every day until it "
            "is dropped.",
            "Peaceful protest",
        ),
        # protests in quieter forms
        (
            "French farmers parked their tractors along the ring road near Toulouse on Monday, "
            "vowing to keep up the blockade until diesel taxes are cut.",
            "Peaceful protest",
        ),
        (
            "Climate activists staged a kayak flotilla in Oslo harbour on Sunday against an oil "
            "platform moored there.",
            "Peaceful protest",
        ),
    ],
)
def test_crowds_in_passing(text, sub_event_type):
    assert _sub_events(text)[0] == sub_event_type


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        # a group's new leaders, troops rotated or redeployed: a change of the group
        (
            "Al-Shabaab has named a new governor for its Bay administration after his "
            "predecessor was killed, residents said.",
            "Change to group/activity",
        ),
        (
            "The ELN elected a new chairman at a congress in Arauca on Friday.",
            "Change to group/activity",
        ),
        (
            "Mali's junta has ordered a rotation of troops in the Menaka region, replacing units "
            "that had served there for a year, the army said.",
            "Change to group/activity",
        ),
        (
            "Sudanese army redeploys two brigades to El Obeid, sources say",
            "Change to group/activity",
        ),
        # ground given up and walked into, a base handed over
        (
            "Burkinabe army trucks rolled into Djibo on Monday, a day after the VDP vacated "
            "their positions there, a resident said.",
            "Non-violent transfer of territory",
        ),
        (
            "M23 fighters walk into Rubaya after FARDC troops withdraw",
            "Non-violent transfer of territory",
        ),
        (
            "MINUSMA hands Ber camp to Malian army as withdrawal begins",
            "Non-violent transfer of territory",
        ),
        # factions that agree to pull back
        (
            "Rival militias in Tripoli agreed late on Sunday to pull their fighters out of the "
            "airport road, the elders' council said.",
            "Agreement",
        ),
        # armed groups' courts
        ("Taliban court orders barbers in Herat to stop trimming beards", "Other"),
        (
            "A court set up by separatists in a village near Bamenda has sentenced two men "
            "accused of informing for the army to exile, local sources said.",
            "Other",
        ),
    ],
)
def test_developments_in_other_words(text, sub_event_type):
    assert _sub_events(text)[0] == sub_event_type


@pytest.mark.parametrize(
    "text, sub_event_type, actor1, actor2",
    [
        # a state's UAVs are its forces
        (
            "On 3 March 2024, Ukrainian UAVs attacked an oil depot in Novozybkov (Bryansk), "
            "setting two tanks on fire, the regional governor said. No casualties reported.",
            "Air/drone strike",
            "Military Forces of Ukraine",
            None,
        ),
        # whom the victims were said to shelter is no side of the killing
        (
            "On 2 May 2023, members of the 5 Segonn gang raided a neighbourhood of Croix-des-"
            "Bouquets (Ouest) accused of sheltering a rival gang and shot dead 4 residents.",
            "Attack",
            None,
            "Civilians (Haiti)",
        ),
        # soldiers sent amid a cartel war: the soldiers moved
        (
            "On 9 October 2024, the Ministry of Defence sent 400 additional soldiers, including "
            "special forces, to Culiacan (Sinaloa) amid fighting between two cartel factions.",
            "Change to group/activity",
            "Military Forces of Mexico",
            None,
        ),
        # a levy per kilo is extortion
        (
            "Members of a cartel imposed a levy of 3 pesos per kilo on avocado growers in "
            "Uruapan (Michoacan) in May 2023, growers said.",
            "Looting/property destruction",
            None,
            None,
        ),
    ],
)
def test_notes_of_the_americas_and_europe(text, sub_event_type, actor1, actor2):
    event = _events(text)[0]
    assert event["sub_event_type"] == sub_event_type
    if actor1 is not None:
        assert event["actor1"] == actor1
    if actor2 is not None:
        assert event["actor2"] == actor2


def test_a_flight_amid_an_offensive_is_the_displacement():
    events = _events(
        "Between 4 and 9 March 2025, more than 12,000 people fled villages of Tame (Arauca) "
        "amid the ELN offensive against FARC dissidents, according to the Ombudsman's Office."
    )
    assert {e["sub_event_type"] for e in events} == {"Other"}


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        # a dead patient's kin who beat doctors are a mob
        (
            "Relatives and neighbours of a patient who died at a hospital in Patna assaulted "
            "two doctors and smashed equipment on Friday night, officials said.",
            "Mob violence",
        ),
        # tear gas and arrests at a crowd whose own violence nothing tells
        (
            "Eldoret police teargas boda boda riders protesting new rules, arrest six",
            "Protest with intervention",
        ),
        # people held as they tried to join a march
        (
            "Police detained dozens of people who tried to join a march in central Minsk on "
            "Sunday, activists said.",
            "Protest with intervention",
        ),
        # youths who later pelted stones, after a procession
        (
            "Thousands joined the funeral procession of a slain militant in Shopian on Friday. "
            "Police said some youths later pelted stones at a police vehicle near the bus stand.",
            "Violent demonstration",
        ),
    ],
)
def test_crowds_and_the_police(text, sub_event_type):
    assert _sub_events(text)[0] == sub_event_type


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        # crowds in officials' words
        (
            "Agitators resorted to stone-pelting at the Baramulla bus stand after Friday prayers, "
            "injuring two policemen, officials said.",
            "Violent demonstration",
        ),
        (
            "Anti-social elements took advantage of the bandh in Siliguri to torch a traffic "
            "kiosk and damage several vehicles, police said.",
            "Violent demonstration",
        ),
        ("Harare police arrest 12 teachers protesting over salaries", "Protest with intervention"),
        # the crowd's own verb joined to its demand
        (
            "Hundreds of workers blocked the Dhaka-Aricha highway at Savar on Monday demanding "
            "unpaid wages and vandalised at least ten vehicles before police dispersed them.",
            "Violent demonstration",
        ),
        # a road blocked to demand is a demonstration
        (
            "On 2 August 2018, thousands of students blocked several major intersections in "
            "Chattogram (Chattogram), demanding safer roads. [size=several thousand]",
            "Peaceful protest",
        ),
        # the protests an arrested man backed are no protest told
        (
            "On 4 December 2022, intelligence forces arrested a singer who had released songs in "
            "support of the protests in Shiraz (Fars), according to state media.",
            "Arrests",
        ),
        # protesters of a strike who set fire to a building riot
        (
            "On 9 October 2019, protesters taking part in the national strike against fuel "
            "price rises set fire to a government building in Cuenca (Azuay). No fatalities "
            "reported. [size=no report]",
            "Violent demonstration",
        ),
    ],
)
def test_crowds_in_officials_words(text, sub_event_type):
    assert _sub_events(text)[0] == sub_event_type


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        # a district cleared of militants is ground regained
        (
            "Iraqi troops cleared the al-Tahrir district of western Mosul of Islamic State "
            "militants on Friday after a day of street fighting, a commander said.",
            "Government regains territory",
        ),
        # a state of siege declared is a security measure
        (
            'President Tshisekedi declared a "state of siege" in Ituri province on Monday, '
            "replacing its civilian governor with an army general.",
            "Change to group/activity",
        ),
        # a deployment after weeks of clashes is the measure, the clashes its cause
        (
            "The government approved the deployment of army troops in Orakzai district for three "
            "months following weeks of tribal clashes, the ministry said.",
            "Change to group/activity",
        ),
    ],
)
def test_operations_and_measures(text, sub_event_type):
    assert _sub_events(text)[0] == sub_event_type


def test_violence_of_days_before_leaves_todays_protest_peaceful():
    # the riot words of the next sentence tell an earlier demonstration, not this one's
    text = (
        "On 3 May 2022, in Valparaiso (Valparaiso), a group of dock workers demonstrated "
        "against the closure of a terminal in front of the port authority. The closure had "
        "already generated violent demonstrations involving dock workers a few days earlier. "
        "[size=no report]"
    )
    assert _sub_events(text)[0] == "Peaceful protest"


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        # sieges: deals to let people out, levies at checkpoints, shops emptied
        (
            "Government, rebels agree to let 200 sick and wounded leave two besieged towns in "
            "simultaneous evacuation",
            "Agreement",
        ),
        (
            "Russia, Ukraine agree humanitarian corridor out of Sievierodonetsk, officials say",
            "Agreement",
        ),
        (
            "Jaish al-Islam agreed on Sunday to leave Harasta for the north under a deal with "
            "Russian officers, a source said.",
            "Agreement",
        ),
        (
            "Militiamen manning checkpoints around the enclave are charging traders up to $900 "
            "for every tonne of flour, merchants said.",
            "Looting/property destruction",
        ),
        (
            "Residents said soldiers emptied shops and grain stores in the town over the "
            "weekend and trucked the goods away.",
            "Looting/property destruction",
        ),
        (
            "Wagner fighters have begun handing over their positions in Soledar to regular army "
            "units, Prigozhin said.",
            "Non-violent transfer of territory",
        ),
        # an artillery college is a place
        (
            "Rebels capture Aleppo artillery college after heavy fighting, say siege broken",
            "Non-state actor overtakes territory",
        ),
        # a coalition named as one, and jihadist fighters, take ground from the army
        (
            "Myanmar's Brotherhood Alliance captures Chinshwehaw after days of fighting; junta "
            "troops surrender",
            "Non-state actor overtakes territory",
        ),
        (
            "Jihadist fighters overran the army post at Djibasso on Sunday and took control of "
            "the town after hours of fighting, sources said.",
            "Non-state actor overtakes territory",
        ),
        # a clash on the edge of a town besieged since November is one event
        (
            "Resistance fighters and junta troops clashed for a third day on the edge of Hakha, "
            "where the garrison has been encircled since October, a spokesman said.",
            "Armed clash",
        ),
        # a general mobilisation called is the act
        (
            "The regional government has called a general mobilisation, ordering all residents "
            "aged 18 to 40 to report for duty.",
            "Change to group/activity",
        ),
        # a crowd's killing of men it accused of rape is mob violence
        (
            "Residents of a township near Durban beat and set alight two men they accused of "
            "raping a girl on Sunday. Both died at the scene.",
            "Mob violence",
        ),
        # a resignation after weeks of protests tells no protest
        (
            "The prime minister resigned and left the capital after weeks of student-led "
            "protests, the army chief said.",
            None,
        ),
    ],
)
def test_sieges_and_their_words(text, sub_event_type):
    found = _sub_events(text)
    assert (found[0] if found else None) == sub_event_type


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        (
            "Kenyan troops enter Kismayo after militant pullout; al-Shabaab vows revenge",
            "Non-violent transfer of territory",
        ),
        ("Sudan's army, SPLM-N sign power-sharing deal in Kadugli", "Agreement"),
    ],
)
def test_entries_and_deals(text, sub_event_type):
    assert _sub_events(text)[0] == sub_event_type
