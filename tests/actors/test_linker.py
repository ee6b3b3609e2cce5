import pytest

from polemos.actors import ActorLinker, knowledge
from polemos.article import Article


def _actors(text: str) -> list[tuple[str, str]]:
    article = Article(text=text)
    ActorLinker()(article)
    return [(m.text, m.actor) for m in article.actor_mentions]


def test_islamic_state_aliases_are_one_actor() -> None:
    found = _actors("ISIS, ISIL, Daesh and the so-called Islamic State; ISIS militants fled.")
    assert {actor for _, actor in found} == {"Islamic State"}
    assert len(found) == 5


def test_lowercase_is_is_not_the_islamic_state() -> None:
    assert _actors("This is what IS fighters did.") == [("IS fighters", "Islamic State")]
    assert _actors("The town is fighters' last hope.") == []


def test_gang_rape_is_a_verb_not_a_gang() -> None:
    def gangs(text: str) -> list[str]:
        return [surface for surface, actor in _actors(text) if actor == "Unidentified Gang"]

    assert gangs("M23 rebels gang-raped two women.") == []
    assert gangs("Survivors of gang rapes by soldiers spoke.") == []
    assert gangs("A gang raided a farm.") == ["gang"]


def test_state_forces_by_demonym_and_special_names() -> None:
    found = dict(_actors("Syrian forces loyal to Bashar Al-Assad and Iraqi troops met the SAA."))
    assert found["Syrian forces loyal to Bashar Al-Assad"] == "Military Forces of Syria"
    assert found["Iraqi troops"] == "Military Forces of Iraq"


def test_us_backed_forces_in_syria_are_the_sdf() -> None:
    found = dict(_actors("In Syria, US backed forces began an offensive on Raqqa."))
    assert found["US backed forces"] == "Syrian Democratic Forces"


def test_generic_head_of_a_named_group_is_dropped() -> None:
    found = _actors("eliminating more than 1,200 militants of the so-called ‘Islamic State'")
    assert [actor for _, actor in found] == ["Islamic State"]


def test_unknown_armed_groups_keep_their_surface_name() -> None:
    found = _actors("The Northern Storm Brigade attacked a checkpoint.")
    assert ("Northern Storm Brigade", "Northern Storm Brigade") in found


def test_group_anaphora_points_to_the_last_named_group() -> None:
    found = _actors("Al Shabaab fighters raided the base. The group later withdrew.")
    assert found[-1] == ("The group", "Al Shabaab")


def test_queries_accept_any_alias() -> None:
    assert knowledge().canonical("Daesh") == "Islamic State"
    assert knowledge().canonical("ISIL") == "Islamic State"


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Russian and Ukrainian forces clashed near the village on Monday.", ("Russia", "Ukraine")),
        (
            "US and British warplanes struck more than 60 targets overnight.",
            ("the United States", "the United Kingdom"),
        ),
    ],
)
def test_two_states_sharing_one_forces_noun_are_both_named(
    text: str, states: tuple[str, str]
) -> None:
    article = Article(text=text)
    ActorLinker()(article)
    assert [m.actor for m in article.actor_mentions] == [f"Military Forces of {s}" for s in states]


def test_a_group_known_by_its_initials_is_kept_by_them() -> None:
    assert _actors("HBDH militants attacked a checkpoint.") == [("HBDH", "HBDH")]
    assert ("EPL", "EPL") in _actors("Police and members of the EPL clashed.")
    # two letters name too much ("AL members" are the Awami League's), and the last word of
    # a longer name is no name ("PKK-YJA STAR militants")
    assert _actors("Two groups of AL members fought.") == []
    assert ("STAR", "STAR") not in _actors("PKK-YJA STAR militants attacked Turkish units.")


def test_an_unknown_force_is_a_group_but_a_state_s_unit_is_not() -> None:
    found = _actors("The army raided the base-camp of the Hero Tiger Force near the village.")
    assert ("Hero Tiger Force", "Hero Tiger Force") in found
    for text in (
        "Special Forces raided a house.",
        "The Joint Task Force arrested a man.",
        "The Marine Corps said two soldiers died.",
        "US Special Forces arrived.",
    ):
        article = Article(text=text)
        ActorLinker()(article)
        assert all(m.rule != "unknown-armed-group" for m in article.actor_mentions), text


def test_a_name_is_matched_in_its_other_transliterations() -> None:
    # the alias list has "Ahrar al Sharqiya" and "Ahrar al-Sharqiyah"
    found = dict(_actors("Clashes between police and Ahrar al Sharqiyah in Rawya."))
    assert found["Ahrar al Sharqiyah"] == "Ahrar al-Sharqiya"
    found = dict(_actors("Clashes between al-Rahman Corps and Jaish al Islam in Arbin."))
    assert found["al-Rahman Corps"] == "Faylaq al-Rahman"
    assert found["Jaish al Islam"] == "Jaysh al-Islam"
    # an acronym only as written: "IS-K" is no "IS kills"
    assert _actors("IS kills 6 YPG")[0] == ("IS", "Islamic State")


def test_a_communal_militia_is_named_after_its_place_as_acled_does() -> None:
    text = "Zamfara militiamen attacked civilians, and members of a Katsina communal militia fled."
    article = Article(text=text)
    ActorLinker()(article)
    mentions = {m.text: m for m in article.actor_mentions}
    zamfara = mentions["Zamfara militiamen"]
    assert zamfara.template == "Zamfara Communal Militia ({country_name})"
    assert zamfara.category == "identity_militia"
    assert mentions["Katsina communal militia"].actor == "Katsina Communal Militia"
    assert dict(_actors("An Islamic militia attacked the village."))["Islamic militia"] == (
        "Islamist Militia"
    )
    # whose side a militia takes, or a country's adjective, names no community
    for text in ("Pro-government militias shelled the town.", "Nigerian militia attacked."):
        assert not any("Communal" in actor for _, actor in _actors(text)), text


def test_prison_guards_are_police() -> None:
    # ACLED: "Police Forces of Kenya (2022-) Prison Guards"
    found = _actors("Prison warders shot dead three inmates who tried to escape.")
    assert ("Prison warders", "Police Forces") in found


def test_an_informer_is_no_force() -> None:
    found = _actors("Maoists killed a former sarpanch after branding him a police informer.")
    assert all(actor != "Police Forces" for _, actor in found)


def test_the_forces_of_a_named_state_are_one_mention() -> None:
    # the leftmost match "the Military" must not swallow the start of the named forces
    found = _actors(
        "The Military Forces of Armenia fired towards the positions of the Military Forces "
        "of Azerbaijan."
    )
    assert found == [
        ("The Military Forces of Armenia", "Military Forces of Armenia"),
        ("the Military Forces of Azerbaijan", "Military Forces of Azerbaijan"),
    ]
    # nor split Brazil's military police into "the military" and "police"
    assert _actors("The military police arrested him.") == [
        ("The military police", "Military Forces")
    ]
    assert _actors("The military arrested him.") == [("The military", "Military Forces")]


def test_a_military_unit_and_armed_pastoralists_are_actors() -> None:
    assert [a for _, a in _actors("Gang members threw grenades at a military unit.")][-1] == (
        "Military Forces"
    )
    assert _actors("Soldiers intercepted armed pastoralists.")[-1] == (
        "armed pastoralists", "Unidentified Armed Group"
    )


def test_forces_before_and_are_not_the_head_of_a_later_name() -> None:
    # "X of the KNU" makes the KNU's men one actor, but not across an "and"
    found = _actors("Fighting broke out between the army and the joint force of the KNU.")
    assert [actor for _, actor in found] == ["Military Forces", "Karen National Liberation Army"]
    assert [a for _, a in _actors("Militants of the so-called Islamic State fled.")] == [
        "Islamic State"
    ]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Al al Haddi and Al Mahmud tribesmen clashed in Mikhlaf Ammar.",
            {"Al al Haddi Tribal Militia", "Al Mahmud Tribal Militia"},
        ),
        (
            "Suspected Dhulbahante-Hassan Ugas sub-clan militia shot two pastoralists.",
            {"Dhulbahante-Hassan Ugas Sub-Clan Militia"},
        ),
        ("Two members from Marehan clan militia shot a driver.", {"Marehan Clan Militia"}),
        (
            "Members of Al al Hubayshi tribe clashed near a school.",
            {"Al al Hubayshi Tribal Militia"},
        ),
        ("Fano militias clashed with ethnic Oromo militias.", {"Oromo Ethnic Militia"}),
        ("Dahalo clashed with residents presumed Tsaramasoandro Communal Militia.",
         {"Tsaramasoandro Communal Militia"}),
    ],
)
def test_a_named_tribe_s_or_clan_s_armed_men_are_its_militia_as_acled_names_it(
    text: str, named: set[str]
) -> None:
    actors = {actor for _, actor in _actors(text)}
    assert named <= actors, actors
    assert not any(actor.startswith("Unidentified") for actor in actors), actors


def test_a_tribe_only_named_or_a_nationality_s_tribesmen_are_no_named_militia() -> None:
    # one of a tribe who is killed is no armed man of it; "Yemeni" says whose, not which
    for text in (
        "A man of the Shammar tribe was killed by gunmen.",
        "Yemeni tribesmen clashed with the Houthis.",
    ):
        assert not any("Tribal Militia" in a and not a.startswith("Unidentified")
                       for _, a in _actors(text)), text
    # a known actor's own tribesmen stay that actor's
    found = _actors("Houthi tribesmen attacked a checkpoint.")
    # (one mention since the fifty-third session: an unidentified group's words after a named
    # group are its head noun, as in "Viv Ansanm gang members")
    assert [a for _, a in found] == ["Houthis"]
    assert not any("Houthi Tribal" in a for _, a in found), found


def test_a_place_s_local_defence_group_is_its_communal_militia() -> None:
    found = _actors("Gunmen clashed with the Ogwashi-Uku local defense group on Monday.")
    assert ("Ogwashi-Uku local defense group", "Ogwashi-Uku Communal Militia") in found
    # a state's named forces are not a community's guards
    assert not any("Communal" in a for _, a in _actors("Israel Defense Forces raided Jenin."))


def test_iran_s_militias_are_acled_s_pro_iran_militia() -> None:
    found = _actors("Israeli jets hit pro-Iranian militia depots; Iran-backed militias fled.")
    assert [a for _, a in found][1:] == ["Militia (Pro-Iran)", "Militia (Pro-Iran)"]


def test_a_context_word_after_a_named_group_is_its_head_noun() -> None:
    # "rebels" alone in the DR Congo would be M23; after CODECO it is CODECO's
    assert _actors("CODECO rebels burned down houses.") == [("CODECO rebels", "CODECO")]
    assert _actors("CODECO-URDPC militants killed a man.")[0] == (
        "CODECO-URDPC militants", "CODECO-URDPC"
    )
    # an article starts another name: two actors
    found = _actors("With cover of Russian bombardment the regime forces advance.")
    assert len(found) == 2


def test_security_guards_are_private_security_forces() -> None:
    found = _actors("A shootout between the security escorts and the police left one dead.")
    assert found[0] == ("security escorts", "Private Security Forces")


def test_one_armed_suspect_or_unknown_shooters_are_an_unidentified_armed_group() -> None:
    assert _actors("Police exchanged fire with an armed suspect.")[-1] == (
        "an armed suspect", "Unidentified Armed Group"
    )
    assert _actors("Unknown shooters opened fire on drug traffickers.")[0] == (
        "Unknown shooters", "Unidentified Armed Group"
    )


def test_unidentified_men_the_text_takes_for_a_group_are_that_group() -> None:
    actors = [actor for _, actor in _actors("Armed men suspected to be Fulani attacked a farm.")]
    assert actors == ["Fulani Ethnic Militia"]
    actors = [
        actor
        for _, actor in _actors("An armed group comprised of ISWAP fighters attacked a base.")
    ]
    assert "Unidentified Armed Group" not in actors
    # what they were seen with is no identity
    actors = [actor for _, actor in _actors("Gunmen on motorbikes attacked a farm in Zamfara.")]
    assert "Unidentified Armed Group" in actors


def test_initials_that_do_an_armed_group_s_deed_are_an_unknown_group() -> None:
    assert ("MRA", "MRA") in _actors("Near Myaung, the MRA attacked 41 soldiers with mines.")
    # initials that only speak are no armed group
    assert _actors("The UNHCR said 300 families had fled.") == []


@pytest.mark.parametrize(
    "text",
    [
        "“Euphrates Wrath” Operation Forces start an offensive towards the north of Raqqa.",
        "The Manbij Military Council repelled an attack near Arima.",
        "Syrian Elite Forces break the siege of their fighters at Bab Baghdad.",
    ],
)
def test_the_sdfs_operations_and_councils_are_the_sdf(text: str) -> None:
    assert "Syrian Democratic Forces" in [actor for _, actor in _actors(text)]


def test_congolese_is_the_democratic_republics_word() -> None:
    assert knowledge().demonyms["congolese"] == "CD"


@pytest.mark.parametrize(
    "text", ["Jubaland forces repelled the attack.", "Puntland security forces raided a camp."]
)
def test_a_somali_member_states_forces_are_somalias(text: str) -> None:
    assert [actor for _, actor in _actors(text)] == ["Military Forces of Somalia"]


def test_a_groups_head_noun_after_its_bracketed_short_name_is_the_group() -> None:
    actors = [a for _, a in _actors("Boko Haram (JAS) militants killed 7 farmers in Mafa.")]
    assert "Unidentified Armed Group" not in actors


def test_a_force_whose_verb_takes_a_group_s_members_is_a_second_actor() -> None:
    # "police arrested dozens of BJP workers": not "police of the BJP"
    actors = [a for _, a in _actors("Police arrested dozens of BJP workers in Lucknow.")]
    assert actors[0].startswith("Police Forces") and "Bharatiya Janata Party" in actors


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("TPLF forces clashed with Afar regional special forces.", "Police Forces of Ethiopia"),
        ("The Senegalese army clashed with the MFDC in Foni.",
         "Movement of Democratic Forces of Casamance"),
        ("Police arrested a Naxal-Maoist militia commander.", "Communist Party of India (Maoist)"),
    ],
)
def test_named_forces_of_the_sahel_ethiopia_and_india(text: str, actor: str) -> None:
    assert actor in [a for _, a in _actors(text)]


def test_servicemen_of_a_nation_are_its_military() -> None:
    assert "Military Forces of Russia" in [
        a for _, a in _actors("One Russian serviceman was injured in the shelling.")
    ]


def test_a_nations_defence_force_is_its_military() -> None:
    assert "Military Forces of Rwanda" in [
        a for _, a in _actors("Rwanda's defence force said 12 insurgents were killed.")
    ]


def test_the_factions_in_syria_are_the_rebels() -> None:
    # the Syrian monitor's headline: its outlet places it in Syria
    article = Article(
        text="Ghouta witnesses clashes between the factions and the regime forces", source="SOHR"
    )
    ActorLinker()(article)
    assert "Syrian National Army" in [m.actor for m in article.actor_mentions]


def _monitor_actors(text: str) -> list[str]:
    # the Syrian monitor's headline: its outlet places it in Syria
    article = Article(text=text, source="SOHR")
    ActorLinker()(article)
    return [m.actor for m in article.actor_mentions]


def test_the_monitor_s_organization_is_the_islamic_state_when_none_was_named() -> None:
    assert _monitor_actors(
        "Clashes between the organization and Hayyaat Tahrir al-Sham in Hama countryside"
    ) == ["Islamic State", "Hayat Tahrir al-Sham"]


@pytest.mark.parametrize(
    "text",
    [
        "The Organization for the Prohibition of Chemical Weapons visited Douma",
        "Human Rights Watch counted 12 dead in Idlib. The organization said the jets were Russian",
    ],
)
def test_an_organization_of_its_own_or_that_speaks_is_not_the_islamic_state(text: str) -> None:
    assert "Islamic State" not in _monitor_actors(text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Coalition’s warplanes destroy a building in Raqqa", "US-led coalition"),
        ("U.S.-backed Syrian forces seize parts of Raqqa", "Syrian Democratic Forces"),
    ],
)
def test_the_coalition_s_planes_and_the_us_backed_syrian_forces(text: str, actor: str) -> None:
    assert _monitor_actors(text)[0] == actor


def test_a_context_word_right_before_a_named_group_is_that_group() -> None:
    # "rebels of the 3R group": one actor; the UN's patrol in the country is its mission's
    actors = [
        a
        for _, a in _actors(
            "Rebels of the 3R group attacked a United Nations patrol near Koui, in the Central "
            "African Republic."
        )
    ]
    assert actors == ["Return, Reclamation, Rehabilitation", "MINUSCA"]


def test_a_context_word_that_does_something_to_a_named_group_stays_its_own() -> None:
    assert _monitor_actors(
        "Shelling by the regime forces on the areas of Jaysh al-Islam leaves 20 dead"
    )[:2] == ["Military Forces of Syria", "Jaysh al-Islam"]


def test_a_name_is_found_inside_a_longer_alias_that_ends_inside_a_word() -> None:
    # "Los Choneros gang" is an alias; "gangs" ends it inside a word, "Los Choneros" is whole
    actors = [a for _, a in _actors("Members of the Los Lobos and Los Choneros gangs fought.")]
    assert actors == ["Los Lobos", "Los Choneros"]


def test_a_force_named_as_a_patron_is_no_actor() -> None:
    assert _actors("Drones hit the city that serves as the army-aligned government's base.") == []


def test_the_ministry_is_the_state_s_ministry_named_before() -> None:
    actors = [
        a
        for _, a in _actors(
            "Russia's Defence Ministry said its troops took the village. The ministry said its "
            "forces had also repelled 27 Ukrainian counterattacks."
        )
    ]
    assert actors.count("Military Forces of Russia") >= 2
    # no ministry named before: the words name no one
    assert "The ministry" not in [t for t, _ in _actors("The ministry said nine were killed.")]


def test_bare_border_guards_are_the_state_s_forces() -> None:
    # "raped by border guard personnel near Maungdaw": the guards of the article's state
    article = Article(text="A woman was raped by border guard personnel near Maungdaw, Myanmar.")
    ActorLinker()(article)
    categories = {m.text: m.category for m in article.actor_mentions}
    assert categories.get("border guard personnel") == "state_forces"
    article = Article(text="Border police detained two smugglers near the crossing.")
    ActorLinker()(article)
    assert [(m.actor, m.category) for m in article.actor_mentions] == [
        ("Police Forces", "state_forces")
    ]
