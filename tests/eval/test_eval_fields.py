import pytest

from polemos.eval.fields import (
    ActorMap,
    actor_matches,
    actor_variants,
    admin1_matches,
    date_scores,
    default_actor_map,
    fatalities_within,
    headline_names_place,
    text_names_place,
    text_states_number,
)


def test_actor_variants_drop_country_and_period_and_split_acronyms():
    assert actor_variants("Military Forces of Syria (2000-)") == {"military forces of syria"}
    assert actor_variants("QSD: Syrian Democratic Forces") == {
        "qsd syrian democratic forces",
        "qsd",
        "syrian democratic forces",
    }


def test_actor_matches_through_suffixes_and_the_map():
    mapping = ActorMap()
    mapping.add("Syrian Arab Army", "Military Forces of Syria (2000-)", "acled")
    assert actor_matches("Civilians (Syria)", "Civilians (Syria)")
    assert actor_matches("Syrian Arab Army", "Military Forces of Syria (2000-)", "acled", mapping)
    # the map is per dataset
    assert not actor_matches("Syrian Arab Army", "Military Forces of Syria (2000-)", "ucdp",
                             mapping)
    assert actor_matches("Syrian Democratic Forces", "QSD: Syrian Democratic Forces")
    assert actor_matches("Military Forces of Syria",
                         "Military Forces of Syria (2000-) 4th Armored Division")
    assert not actor_matches("Military Forces of Syria", "Military Forces of Turkey (2016-)")
    assert not actor_matches(None, "Civilians (Syria)")


def test_shipped_actor_map_knows_the_obvious_rows():
    mapping = default_actor_map()
    assert actor_matches("ISIS", "Islamic State (Iraq)", "acled", mapping)
    assert actor_matches("Syrian Arab Army", "Military Forces of Syria (2000-)", "acled", mapping)
    # UCDP names Euphrates Shield's Turkish-backed rebels by their operations room
    assert actor_matches("Syrian National Army", "Hawar Kilis Operations Room", "ucdp", mapping)
    # US troops in Syria are the coalition to ACLED ("Global Coalition Against Daesh")
    assert actor_matches("US-led coalition", "Global Coalition Against Daesh", "acled", mapping)


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        # ACLED's names as its current data spells them, beside older spellings
        ("Ahrar al-Sharqiya", "Ahrar al Sharqiyah"),
        ("Giants Brigades", "Giants Brigade"),
        ("Mai-Mai militia", "Mayi Mayi Militia (Democratic Republic of Congo)"),
        ("Return, Reclamation, Rehabilitation", "RRR: Return, Reclamation and Rehabilitation"),
        ("Twa Ethnic Militia", "Batwa Ethnic Militia (Democratic Republic of Congo)"),
        ("SPLM/A-IO", "SPLM-In Opposition: Sudan People's Liberation Movement-In Opposition"),
    ],
)
def test_actor_map_knows_acleds_current_spellings(ours, theirs):
    assert actor_matches(ours, theirs, "acled", default_actor_map())


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        ("Idlib", "Idleb"),
        ("Ar-Raqqah", "Ar Raqqa"),
        ("Al-Hasakah", "Al Hasakeh"),
        ("Deir ez-Zor", "Deir ez Zor Governorate"),
        ("Hama", "Hamah Governorate"),
        ("Daraa", "Dara"),
        ("Dimashq", "Damascus"),
        ("Rif-dimashq", "Rural Damascus"),
        ("Nineveh", "Ninewa"),
        ("Chubut Province", "Chubut"),
        ("Zürich", "Zurich"),
        ("Ḩimş", "Homs"),
        ("Dayr az Zawr", "Deir ez Zor"),
        ("Al Qunayţirah", "Quneitra"),
        ("As Suwaydā’", "As Sweida"),
        ("Dar‘ā", "Dara"),
        ("Al Lādhiqīyah", "Latakia"),
    ],
)
def test_admin1_names_match_across_spellings(ours, theirs):
    assert admin1_matches(ours, theirs)


@pytest.mark.parametrize(("ours", "theirs"), [("Homs", "Hama"), ("Aleppo", "Idleb"),
                                              ("Dimashq", "Rural Damascus"), (None, "Homs"),
                                              ("Ḩamāh", "Homs"), ("Baghdad", "Babil")])
def test_different_admin1_units_do_not_match(ours, theirs):
    assert not admin1_matches(ours, theirs)


def test_dates_exact_and_within_a_day():
    assert date_scores("2022-06-30", "2022-06-30") == (True, True)
    assert date_scores("2022-06-29", "2022-06-30") == (False, True)
    assert date_scores("2022-06-28", "2022-06-30") == (False, False)
    assert date_scores("2022-06", "2022-06-30") == (False, False)
    assert date_scores(None, "2022-06-30") == (False, False)


def test_fatalities_within_ten_percent():
    assert fatalities_within(9, 10)
    assert not fatalities_within(8, 10)
    assert fatalities_within(0, 0)
    assert not fatalities_within(1, 0)


def test_text_names_place_uses_gold_name_variants():
    assert text_names_place("Clashes around Palmyra", "Tadmur/Palmyra town")
    assert text_names_place("Shells hit Ter Ma'la", "Ter Ma’la village")
    assert not text_names_place("Shells hit Homs", "Teir Maaleh village")
    assert not text_names_place("Shells hit Homs", None)


def test_text_states_number():
    assert text_states_number("14 shells hit Homs")
    assert text_states_number("Three killed in Idlib")
    assert not text_states_number("Bombardment targets Idlib and Hama")


def test_admin1_names_in_other_languages_match_through_the_gazetteer():
    from polemos.eval.fields import admin1_matches

    assert admin1_matches("Bavaria", "Bayern")
    assert admin1_matches("South Kivu", "Sud-Kivu")
    assert admin1_matches("Lesser Poland", "Malopolskie")
    assert not admin1_matches("Bavaria", "Niedersachsen")


def test_headline_names_place_reads_transliterations_and_the_governorate():
    # the gold place in another transliteration, found by the gazetteer's skeleton key
    assert headline_names_place("Shells hit Ter Maala", "Teir Maaleh village")
    assert not text_names_place("Shells hit Ter Maala", "Teir Maaleh village")
    # a village of Homs told only as "Homs countryside": its governorate is named
    assert headline_names_place(
        "Clashes in the northern countryside of Homs", "Teir Maaleh village", "Homs Governorate"
    )
    assert not headline_names_place(
        "Clashes in the northern countryside of Homs", "Teir Maaleh village"
    )
    # another event's place is not this event's
    assert not headline_names_place("Shells hit Daraa", "Teir Maaleh village", "Homs Governorate")
    assert not headline_names_place("Shells hit Daraa", None, None)
