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


def test_two_demonyms_sharing_a_forces_noun_name_two_states_forces() -> None:
    from polemos.actors import ActorLinker
    from polemos.article import Article

    article = Article(text="Russian and Ukrainian forces clashed near the village on Monday.")
    ActorLinker()(article)
    assert [m.actor for m in article.actor_mentions] == [
        "Military Forces of Russia",
        "Military Forces of Ukraine",
    ]


def test_a_group_known_by_its_initials_is_kept_by_them() -> None:
    assert _actors("HBDH militants attacked a checkpoint.") == [("HBDH", "HBDH")]
    assert ("EPL", "EPL") in _actors("Police and members of the EPL clashed.")
    # two letters name too much ("AL members" are the Awami League's), and the last word of
    # a longer name is no name ("PKK-YJA STAR militants")
    assert _actors("Two groups of AL members fought.") == []
    assert ("STAR", "STAR") not in _actors("PKK-YJA STAR militants attacked Turkish units.")
