from polemos.article import Article, Sentence
from polemos.geo import GeoResolver


def test_stage_sets_toponyms_on_a_bare_article():
    text = "Shelling hit the Aleppo province. Iraqi forces entered Mosul."
    article = Article(
        text=text,
        sentences=[Sentence(0, 33, text[:33], index=0), Sentence(34, len(text), text[34:], 1)],
    )
    GeoResolver()(article)
    got = [(t.text, t.sentence, t.level_hint, t.place.admin1_code) for t in article.toponyms]
    assert got == [("Aleppo", 0, "admin1", "SY.09"), ("Mosul", 1, None, "IQ.15")]


def _places(text: str) -> dict[str, object]:
    from polemos.pipeline import process

    article = process(Article(text=text))
    return {t.text: t.place for t in article.toponyms}


def test_a_war_s_actors_place_its_towns_in_their_country():
    # Myanmar's Madaya is the bigger town; the regime and Hezbollah besiege Syria's
    place = _places("Hezbollah and the regime forces kill 2 persons in besieged Madaya")["Madaya"]
    assert place is not None and place.country == "SY" and place.admin1_code == "SY.08"
    # the Islamic State's Palmyra is Tadmur, not a Brazilian town once called so
    place = _places("The Islamic State withdrew from Palmyra city after hours")["Palmyra"]
    assert place is not None and place.country == "SY"


def test_a_war_s_village_the_gazetteer_lacks_is_not_placed_abroad():
    # "Arbin" is known only in France: the regime's Arbin is a village the gazetteer lacks
    assert _places("The regime forces shelled Arbin city, killing 2 fighters")["Arbin"] is None
    # with no armed actor the same sentence says nothing of the country
    place = _places("Shells fell on Arbin city, killing 2 people")["Arbin"]
    assert place is not None and place.country == "FR"


def test_foreign_forces_and_guessed_acronyms_say_nothing_of_where():
    # Russia's forces fight in Ukraine; "NPA" here is a French party, not the Philippines'
    place = _places("Russian forces shelled Shostka district, Sumy.")["Shostka"]
    assert place is not None and place.country == "UA"
    text = "At the call of the NPA and LFI, 200 persons demonstrated in Tarbes."
    place = _places(text)["Tarbes"]
    assert place is not None and place.country == "FR"


def test_a_village_in_the_countryside_of_a_governorate_stays_in_it():
    # the gazetteer knows an Indian Suar only: the Syrian village is placed in its governorate
    text = "Warplanes killed 45 persons in al-Suwar town in the countryside of Deir Ezzor"
    places = _places(text)
    assert places["al-Suwar"] is not None and places["al-Suwar"].admin1_code == "SY.07"
    assert places["al-Suwar"].precision != "place"
    assert places["Deir Ezzor"].country == "SY"  # "Ezzor": the article run into "Zor"


def test_a_massacre_is_named_after_its_town_though_the_ner_calls_it_a_person():
    text = "Khan Shaykhun massacre claims the lives of 7 citizens"
    place = _places(text).get("Khan Shaykhun")
    assert place is not None and place.admin1_code == "SY.12"
