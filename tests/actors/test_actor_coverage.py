"""Coverage of the actor knowledge base: groups ACLED codes often, and words that are not actors."""

import pytest

from polemos.actors import ActorLinker, knowledge
from polemos.article import Article


def _actors(text: str) -> list[tuple[str, str]]:
    article = Article(text=text)
    ActorLinker()(article)
    return [(m.text, m.actor) for m in article.actor_mentions]


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        (
            "TTP militants attacked a checkpoint in North Waziristan.",
            "TTP militants",
            "Tehrik-i-Taliban Pakistan",
        ),
        (
            "Comando Vermelho drug traffickers exchanged fire with police in Rio de Janeiro.",
            "Comando Vermelho drug traffickers",
            "Comando Vermelho",
        ),
        (
            "Lashkar-e-Taiba militants ambushed an army patrol in Kupwara.",
            "Lashkar-e-Taiba militants",
            "Lashkar-e-Taiba",
        ),
        (
            "Imbonerakure beat two opposition members in Kirundo province.",
            "Imbonerakure",
            "Imbonerakure",
        ),
        (
            "Mayi-Mayi militiamen attacked a FARDC position near Beni.",
            "Mayi-Mayi militiamen",
            "Mai-Mai militia",
        ),
        (
            "Ambazonian separatists abducted a teacher in Bamenda.",
            "Ambazonian separatists",
            "Ambazonian separatists",
        ),
        ("Fano fighters clashed with ENDF troops near Gondar.", "Fano fighters", "Fano militia"),
        (
            "Kataib Hezbollah claimed a drone attack on a base in Anbar.",
            "Kataib Hezbollah",
            "Kataib Hezbollah",
        ),
        (
            "NPA rebels ambushed an army patrol in Northern Samar.",
            "NPA rebels",
            "New People's Army",
        ),
        (
            "The Gulf Clan attacked a police station in Antioquia.",
            "Gulf Clan",
            "Gaitanist Self-Defense Forces of Colombia",
        ),
        (
            "Forces loyal to Khalifa Haftar shelled the outskirts of Tripoli.",
            "Forces loyal to Khalifa Haftar",
            "Libyan National Army",
        ),
        (
            "Israeli settlers torched cars in a village near Nablus.",
            "Israeli settlers",
            "Settlers (Israel)",
        ),
        (
            "Members of the 400 Mawozo gang kidnapped seventeen missionaries.",
            "400 Mawozo gang",
            "400 Mawozo",
        ),
        (
            "ISIS-K claimed the suicide bombing at the airport.",
            "ISIS-K",
            "Islamic State Khorasan Province",
        ),
        (
            "Rashtriya Rifles soldiers cordoned off the village.",
            "Rashtriya Rifles",
            "Military Forces of India",
        ),
        ("Naxalites ambushed CRPF jawans in Sukma.", "CRPF jawans", "Police Forces of India"),
        # what a state's forces fire names them as its warplanes do
        ("Russian airstrikes on Idlib killed 5 civilians.", "Russian airstrikes",
         "Military Forces of Russia"),
        ("Turkish shelling killed 3 SDF fighters.", "Turkish shelling",
         "Military Forces of Turkey"),
        ("A U.S. strike hit two al-Qaida vehicles.", "U.S. strike",
         "Military Forces of the United States"),
    ],
)
def test_frequently_coded_actors_are_known(text: str, surface: str, actor: str) -> None:
    # the linker may fold a following generic head into the mention ("Rashtriya Rifles soldiers")
    assert any(found == actor and surface in mention for mention, found in _actors(text))


def test_acronyms_are_told_apart_by_case() -> None:
    found = _actors(
        "JeM terrorists struck in Pulwama while JEM fighters attacked a town in Darfur."
    )
    assert ("JeM terrorists", "Jaish-e-Mohammed") in found
    assert ("JEM fighters", "Justice and Equality Movement") in found


def test_names_that_depend_on_the_country() -> None:
    assert ("Separatists", "Ambazonian separatists") in _actors(
        "Separatists attacked Cameroonian soldiers in the Northwest region."
    )
    assert ("separatists", "Novorossiya forces") in _actors(
        "Ukrainian troops said separatists shelled their positions."
    )
    assert ("Maoist rebels", "New People's Army") in _actors(
        "Maoist rebels attacked Filipino soldiers in Mindanao."
    )
    assert ("Maoists", "Communist Party of India (Maoist)") in _actors(
        "Maoists ambushed Indian police in Dantewada."
    )


def test_kia_keeps_meaning_the_kachin_independence_army() -> None:
    # upper-case KIA is the Kachin Independence Army as before; the car maker is not an actor
    assert ("KIA fighters", "Kachin Independence Army") in _actors(
        "KIA fighters overran a junta outpost in Kachin State."
    )
    assert _actors("He drove a Kia to the market.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Let them tip the driver before they enter the lion's den.",
        "Ports on the Sea of Azov reopened after the storm.",
        "BNP Paribas shares rose on Monday, PTI reported.",
        "The film festival in Fano, Italy, drew a large crowd.",
        "The Sinai Province governor opened a new school.",
    ],
)
def test_ordinary_words_are_not_actors(text: str) -> None:
    assert _actors(text) == []


def test_queries_accept_new_aliases() -> None:
    assert knowledge().canonical("Pakistani Taliban") == "Tehrik-i-Taliban Pakistan"
    assert knowledge().canonical("Clan del Golfo") == "Gaitanist Self-Defense Forces of Colombia"
    assert knowledge().canonical("TTP: Tehreek-i-Taliban Pakistan") == "Tehrik-i-Taliban Pakistan"
