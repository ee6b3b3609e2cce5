from polemos.geo import Resolver
from polemos.geo.resolve import recognize_toponyms


def _surfaces(resolver: Resolver, text: str, entities=()) -> list[str]:
    return [text[s:e] for s, e in resolver.recognize(text, entities)]


def test_gazetteer_matching_finds_capitalised_places(resolver: Resolver):
    text = "Kurdish-led forces advanced from Tal Abyad towards Raqqa and Deir ez-Zor in Syria."
    assert _surfaces(resolver, text) == ["Tal Abyad", "Raqqa", "Deir ez-Zor", "Syria"]


def test_common_words_and_demonyms_are_not_places(resolver: Resolver):
    text = "March was quiet. Police said Syrian and Iraqi officials met on Monday."
    assert _surfaces(resolver, text) == []


def test_ner_entities_add_locations_and_block_names(resolver: Resolver):
    text = "Jordan Peterson spoke about the Euphrates valley in Jordan."
    start = text.index("Euphrates")
    entities = [(0, 15, "PERSON"), (start, start + len("Euphrates valley"), "LOC")]
    assert _surfaces(resolver, text, entities) == ["Euphrates valley", "Jordan"]


def test_place_inside_an_organisation_name_is_found(resolver: Resolver):
    text = "Officers of the Mansfield Police Department arrested him in Mansfield, Ohio."
    assert "Ohio" in _surfaces(resolver, text)


def test_demonyms_only_when_asked(resolver: Resolver):
    text = "Syrian troops shelled Idlib."
    assert _surfaces(resolver, text) == ["Idlib"]
    asked = [text[s:e] for s, e in resolver.recognize(text, (), demonyms=True)]
    assert asked == ["Syrian", "Idlib"]


def test_a_name_joined_by_of_or_do_is_one_place(resolver: Resolver):
    text = (
        "Workers protested in Port of Spain, while police clashed with traffickers in "
        "Laranjal do Jari."
    )
    spain = text.index("Spain")
    # the NER calls "Spain" a country: the whole name the gazetteer knows wins over its pieces
    entities = [(spain, spain + 5, "GPE")]
    surfaces = _surfaces(resolver, text, entities)
    assert "Port of Spain" in surfaces and "Laranjal do Jari" in surfaces
    assert "Spain" not in surfaces


def test_a_known_place_after_words_that_take_one_is_a_place_whatever_the_ner_said(
    resolver: Resolver,
):
    text = "Syrian government forces shelled Idlib and Hama on Monday."
    # the small NER model calls both towns organisations
    entities = [
        (text.index("Idlib"), text.index("Idlib") + 5, "ORG"),
        (text.index("Hama"), text.index("Hama") + 4, "ORG"),
    ]
    assert _surfaces(resolver, text, entities) == ["Idlib", "Hama"]
    # an organisation that no such word introduces stays one
    text = "Apple said on Monday that sales rose."
    assert _surfaces(resolver, text, [(0, 5, "ORG")]) == []


def test_the_city_of_a_city_and_district_bracket_is_a_place(resolver: Resolver):
    text = "Nurses held a rally outside the ministry (Daegu - Jung) on Friday."
    start = text.index("Daegu - Jung")
    # the small NER model calls the bracket a person, and the classifier then doubts Daegu
    entities = [(start, start + len("Daegu - Jung"), "PERSON")]
    assert _surfaces(resolver, text, entities) == ["Daegu"]
    # no bracket, no such reading: a dash between names is not a place on its own
    assert "Daegu" not in _surfaces(resolver, "Daegu - Jung said so.", [(0, 12, "PERSON")])


def test_the_city_of_a_city_and_part_the_ner_calls_a_place_is_a_place(resolver: Resolver):
    # ACLED's way of naming a big city's part; its compass part names nothing by itself,
    # bracket after it or not
    text = "Tenants protested in Chinatown in Los Angeles - Central (California) on Monday."
    start = text.index("Los Angeles - Central")
    entities = [(start, start + len("Los Angeles - Central"), "GPE")]
    surfaces = _surfaces(resolver, text, entities)
    assert "Los Angeles" in surfaces and "Central" not in surfaces
    text = "Students marched in Sydney - North Zone on Monday."
    assert "North Zone" not in _surfaces(resolver, text)


def test_a_name_the_gazetteer_lacks_is_a_place_before_a_bracket_of_nested_units(
    resolver: Resolver,
):
    text = "A patrol found a mine near Tinzar (Gao, Gao) on Friday."
    # the small NER model calls the bracket's names people
    entities = [(text.index("Gao"), text.index("Gao") + 3, "PERSON"),
                (text.rindex("Gao"), text.rindex("Gao") + 3, "PERSON")]  # fmt: skip
    assert _surfaces(resolver, text, entities) == ["Tinzar", "Gao", "Gao"]
    # units that do not hold each other make no place of the name before them
    text = "A patrol found a mine near Tinzar (Gao, Texas) on Friday."
    assert "Tinzar" not in _surfaces(resolver, text, [])


def test_a_transliterated_name_is_found_in_another_spelling(resolver: Resolver):
    # GeoNames spells it "Al-Tabqa"; a hyphenated Arabic article marks the name as a place's
    text = "Clashes in al-Tabaqa, Raqqa governorate."
    entities = [(11, 20, "ORG"), (22, 27, "GPE")]
    spans = resolver.recognize(text, entities)
    assert [text[s:e] for s, e in spans] == ["al-Tabaqa", "Raqqa"]
    tabaqa = resolver.resolve(text, spans)[0]
    assert (tabaqa.country, tabaqa.admin1_code) == ("SY", "SY.04")
    # without the hyphen the name is not taken for a transliteration ("Al Gore")
    assert _surfaces(resolver, "Al Gore spoke in Nashville.", [(0, 7, "PERSON")]) == ["Nashville"]


def test_a_name_its_parent_follows_is_a_place_whatever_the_ner_said(resolver: Resolver):
    text = "Russian forces shelled a factory in Velyka Dymerka, Kyiv, on Thursday."
    start = text.index("Velyka")
    person = [(start, start + len("Velyka Dymerka"), "PERSON")]
    assert _surfaces(resolver, text, person) == ["Velyka Dymerka", "Kyiv"]
    # a person before a unit that holds no place of that name stays a person
    text = "Speaking in Texas, Jordan Peterson, Kyiv's guest, said so."
    start = text.index("Jordan")
    person = [(start, start + len("Jordan Peterson"), "PERSON")]
    assert "Jordan Peterson" not in _surfaces(resolver, text, person)
    # a spelling the gazetteer knows only loosely, given with its governorate
    text = "Turkish forces shelled Tall Refaat (Aleppo) on Sunday."
    spans = resolver.recognize(text, [], ner_regions=[(0, len(text))])
    assert [text[s:e] for s, e in spans] == ["Tall Refaat", "Aleppo"]
    refaat = resolver.resolve(text, spans)[0]
    assert (refaat.country, refaat.admin1_code, refaat.precision) == ("SY", "SY.09", "place")
    # a district given with its province, that the NER took for a person
    text = "Houthi forces shot down a drone over Al Jubah (Marib)."
    start = text.index("Al Jubah")
    marib = text.index("Marib")
    person = [(start, start + len("Al Jubah"), "PERSON"), (marib, marib + len("Marib"), "GPE")]
    assert "Al Jubah" in _surfaces(resolver, text, person)


def test_a_word_in_capitals_inside_prose_is_no_place(resolver: Resolver):
    text = "In Ensenada, supporters of MORENA marched for the president."
    assert _surfaces(resolver, text) == ["Ensenada"]
    # a dateline's capitals are a place
    text = "BEIRUT: Unknown assailants removed the graves near the church."
    assert _surfaces(resolver, text) == ["BEIRUT"]
    text = "Crowds gathered.\nMORENA — The town council met on Monday."
    assert "MORENA" in _surfaces(resolver, text)


def test_the_ghoutas_of_damascus_are_places_and_say_which_madaya(resolver: Resolver):
    text = "Helicopters drop 12 barrels in the Western Ghouta and students get out of Madaya."
    spans = resolver.recognize(text, [])
    assert [text[s:e] for s, e in spans] == ["Western Ghouta", "Madaya"]
    ghouta, madaya = resolver.resolve(text, spans)
    assert (ghouta.country, ghouta.admin1_code) == ("SY", "SY.08")
    assert (madaya.country, madaya.admin1_code) == ("SY", "SY.08")  # not Madaya, Myanmar
    text = "Clashes near Bala town in Eastern Damascus Ghouta."
    spans = resolver.recognize(text, [])
    assert resolver.resolve(text, spans)[-1].admin1_code == "SY.08"


def test_towns_a_verb_of_attack_names_are_places_whatever_the_ner_said(resolver: Resolver):
    text = "Warplanes struck Jisr al-Shughur and Ariha on Monday, killing 12 civilians."
    # the small NER model calls both towns people, and the classifier doubts them
    entities = [(17, 32, "PERSON"), (37, 42, "PERSON")]
    assert _surfaces(resolver, text, entities) == ["Jisr al-Shughur", "Ariha"]
    # after a preposition the doubt stands
    text = "Warplanes flew with Jisr al-Shughur and Ariha on Monday."
    assert _surfaces(resolver, text, [(20, 35, "PERSON"), (40, 45, "PERSON")]) == []


def test_a_name_said_with_a_part_or_a_unit_word_in_lower_case_is_a_place(resolver: Resolver):
    # the small NER model calls these organisations or products, and the classifier doubts
    # them (0.08-0.12): the lower-case words around them can only be said of places
    text = "5 rebels killed by clashes against regime forces in northern Quneitra"
    quneitra = text.index("Quneitra")
    assert _surfaces(resolver, text, [(quneitra, quneitra + 8, "PRODUCT")]) == ["Quneitra"]
    text = "Kasra Faraj village, south Raqqa countryside, Raqqa governorate, Syria"
    assert _surfaces(resolver, text).count("Raqqa") == 2
    # a capitalised unit word is part of a name, and no lower-case part stands before it
    text = "5 rebels killed by clashes against regime forces in Northern Quneitra Company"
    assert "Quneitra" not in _surfaces(resolver, text)
    # a settlement's word before it, with or without "of", as translated headlines write it
    text = "More people flee the city Manbij and the clashes are taking place around it"
    assert _surfaces(resolver, text) == ["Manbij"]


def test_a_town_a_headline_attacks_is_a_place_though_the_ner_calls_it_a_person(
    resolver: Resolver,
):
    # the classifier is sure of the name; the NER's "person" would have dropped it
    for text in (
        "Factions target regime forces and airstrikes on Maarrat al-Nu’man cause casualties",
        "Warplanes target Maarrat al-Nu’man and cause casualties",
        "Casualties in the shelling of Maarrat al-Nu’man",
    ):
        start = text.index("Maarrat")
        entities = [(start, start + len("Maarrat al-Nu’man"), "PERSON")]
        assert _surfaces(resolver, text, entities) == ["Maarrat al-Nu’man"], text
    # a person named after no attack stays a person
    text = "Casualties were reported by Maarrat al-Nu’man on Monday"
    start = text.index("Maarrat")
    entities = [(start, start + len("Maarrat al-Nu’man"), "PERSON")]
    assert _surfaces(resolver, text, entities) == []


def test_a_place_after_a_word_that_takes_one_stays_though_the_ner_calls_it_a_person(
    resolver: Resolver,
):
    # the small NER model calls many Syrian towns people
    text = "Tens of casualties and injuries in airstrikes at Jisr al-Shughur"
    start = text.index("Jisr")
    assert _surfaces(resolver, text, [(start, len(text), "PERSON")]) == ["Jisr al-Shughur"]
    text = "Clashes in Jabal al-Akrad and more bombing target the area"
    assert "Jabal al-Akrad" in _surfaces(resolver, text, [(11, 25, "PERSON")])
    # a part of a person's name is still no place
    text = "He wrote in Jordan Peterson's column."
    assert "Jordan" not in _surfaces(resolver, text, [(12, 27, "PERSON")])


def test_a_country_adjective_before_a_place_name_is_not_part_of_it(resolver: Resolver):
    text = "ISIS slaughtered five Iraqis in the Syrian Albukamal"
    start = text.index("the Syrian")
    assert _surfaces(resolver, text, [(start, len(text), "GPE")]) == ["Albukamal"]
    # a name as a whole stays whole
    text = "Storms hit American Samoa on Monday."
    assert _surfaces(resolver, text, [(11, 25, "GPE")]) == ["American Samoa"]


def test_a_name_with_its_article_apart_after_a_possessive(resolver: Resolver):
    # "Syria's al Bab" is two names, and "al Bab area" says the second is a place though
    # the NER calls it an organisation
    text = "Turkish warplanes strike 15 targets in Syria's al Bab area"
    start = text.index("Syria")
    entities = [(start, start + 5, "GPE"), (text.index("al Bab"), text.index("al Bab") + 6, "ORG")]
    assert _surfaces(resolver, text, entities) == ["Syria", "al Bab"]


def test_what_an_explosion_shakes_is_a_place(resolver: Resolver):
    text = "Violent explosion shakes Harasta targets points of an Islamic Brigade"
    start = text.index("Harasta")
    assert "Harasta" in _surfaces(resolver, text, [(start, start + 7, "NORP")])


def test_a_possessive_that_is_part_of_a_name_stays(resolver: Resolver):
    # GeoNames writes "St. John's" with its apostrophe: without it the name is St. John, a
    # parish of Jersey; a possessive of a name without one still goes ("Syria's")
    text = "People gathered at the Colonial Building in St. John's (Newfoundland and Labrador)."
    assert "St. John's" in [text[s:e] for s, e in recognize_toponyms(text)]
    assert _surfaces(resolver, "Rockets fell in Syria's north.") == ["Syria"]
    text = "Protesters gathered in King's Lynn on Saturday."
    assert _surfaces(resolver, text) == ["King's Lynn"]


def test_names_joined_by_das_d_apostrophe_or_a_persian_e_are_one_place(resolver: Resolver):
    text = "On 18 May 2022, in Olho d'Agua das Flores (Alagoas), a man was shot and killed."
    assert _surfaces(resolver, text)[0] == "Olho d'Agua das Flores"
    text = "Teachers protested in Bandar e Emam Khomeyni city (Khuzestan) demanding pay."
    assert _surfaces(resolver, text)[0] == "Bandar e Emam Khomeyni"
    # Italian, German and Dutch joiners: not "Pieve", a hamlet of the same province
    text = "People gathered in Pieve di Soligo (Treviso, Veneto) at the call of a party."
    assert _surfaces(resolver, text)[0] == "Pieve di Soligo"
    text = "About 100 people marched in Plau am See against coronavirus measures."
    assert _surfaces(resolver, text) == ["Plau am See"]


def test_an_arabic_article_alone_is_no_place(resolver: Resolver):
    # the small NER model cuts "Al" from "Al Bab" and calls it a place: Alabama's
    # abbreviation in the gazetteer; "Montgomery, AL" still is Alabama
    text = "Rebels shot and injured a man from rural Damascus in Al Bab city in Aleppo countryside."
    start = text.index("Al Bab")
    surfaces = _surfaces(resolver, text, [(start, start + 2, "GPE")])
    assert "Al" not in surfaces and "Al Bab" in surfaces
    text = "He was born in Montgomery, AL in 1950."
    start = text.index("AL")
    assert "AL" in _surfaces(resolver, text, [(start, start + 2, "GPE")])


def test_the_town_in_a_bracket_after_an_institution_is_a_place(resolver: Resolver):
    # ACLED's notes put the town after the institution; the NER swallows it into the name
    text = "Members held a press conference at the Wonju City Council (Wonju)."
    start = text.index("the Wonju")
    entities = [(start, len(text) - 2, "ORG")]
    assert _surfaces(resolver, text, entities)[-1:] == ["Wonju"]
    # an institution's short form is no town
    text = "The Ministry of Defence (MoD) has named the serviceman."
    assert _surfaces(resolver, text) == []


def test_a_town_the_ner_splits_into_a_place_and_a_person_is_one_place(resolver: Resolver):
    text = "About 15 people gathered outside the States Chamber in Saint Peter Port to protest."
    saint, peter = text.index("Saint"), text.index("Peter Port")
    entities = [(saint, saint + 5, "GPE"), (peter, peter + 10, "PERSON")]
    assert "Saint Peter Port" in _surfaces(resolver, text, entities)


def test_the_town_of_a_name_the_ner_calls_a_person_is_a_place(resolver: Resolver):
    text = "Government forces advanced on the rebel-held town of Khan Sheikhoun on Tuesday."
    start = text.index("Khan")
    assert "Khan Sheikhoun" in _surfaces(resolver, text, [(start, start + 14, "PERSON")])
    # an adjective that says nothing of a place does not make the next name one
    text = "The new state Constitution in 1818 specifically denied them the vote."
    assert _surfaces(resolver, text) == []


def test_a_headlines_plain_verb_and_the_list_after_an_attacked_town_are_places(
    resolver: Resolver,
):
    # "shell" (a plural subject's present) attacks as "shells" does; the NER calls both
    # towns people, and the classifier doubts "Douma" (0.16)
    text = "Regime forces shell Douma and Harasta in Eastern Ghouta"
    entities = [(20, 25, "PERSON"), (30, 37, "PERSON")]
    assert _surfaces(resolver, text, entities)[:2] == ["Douma", "Harasta"]
    # a sure name listed after an attacked town is attacked too, though called a person
    text = "Airstrikes hit Saraqib, Maarrat al-Numan and Kafr Nabl in Idlib province"
    start = text.index("Maarrat")
    entities = [(15, 22, "GPE"), (start, start + 16, "PERSON")]
    assert "Maarrat al-Numan" in _surfaces(resolver, text, entities)
    # the same list after no attack keeps the NER's person
    text = "Letters from Saraqib, Maarrat al-Numan and friends were read"
    start = text.index("Maarrat")
    entities = [(13, 20, "GPE"), (start, start + 16, "PERSON")]
    assert "Maarrat al-Numan" not in _surfaces(resolver, text, entities)


def test_only_a_place_is_held(resolver: Resolver):
    text = "Syrian government warplanes pounded rebel-held Ariha on Monday"
    start = text.index("Ariha")
    assert _surfaces(resolver, text, [(start, start + 5, "PERSON")]) == ["Ariha"]


def test_a_town_that_bombs_or_shells_fall_on_is_a_place(resolver: Resolver):
    # the NER calls Daraa an organisation; the barrel bombs dropped on it say it is a place
    for text in (
        "Helicopters drop barrel bombs on Daraa",
        "Clashes renewed and shells fall on Daraa",
    ):
        start = text.index("Daraa")
        assert _surfaces(resolver, text, [(start, start + 5, "ORG")]) == ["Daraa"], text
    text = "Apple drops price cuts on Daraa"  # no weapon: the organisation stays one
    start = text.index("Daraa")
    assert _surfaces(resolver, text, [(start, start + 5, "ORG")]) == []


def test_where_people_were_taken_from_is_a_place(resolver: Resolver):
    text = "Last year, Boko Haram abducted 276 schoolgirls from Chibok."
    start = text.index("Chibok")
    assert _surfaces(resolver, text, [(start, start + 6, "ORG")]) == ["Chibok"]
    text = "A statement from Chibok Holdings said sales rose."  # no one was taken
    assert "Chibok" not in _surfaces(resolver, text, [(17, 33, "ORG")])


def test_the_towns_a_road_runs_between_are_places(resolver: Resolver):
    text = "The army defused two roadside bombs on the road between Gao and Ansongo."
    entities = [(text.index("Gao"), text.index("Gao") + 3, "PERSON"),
                (text.index("Ansongo"), text.index("Ansongo") + 7, "PERSON")]  # fmt: skip
    assert _surfaces(resolver, text, entities) == ["Gao", "Ansongo"]
    text = "Talks between Ahmed and Musa failed."
    assert _surfaces(resolver, text, [(14, 19, "PERSON"), (24, 28, "PERSON")]) == []


def test_a_town_an_attack_is_on_is_a_place_but_not_a_person_s_first_name(resolver: Resolver):
    text = "Government forces used chlorine gas in an attack on Douma, inspectors concluded."
    start = text.index("Douma")
    assert _surfaces(resolver, text, [(start, start + 5, "PERSON")]) == ["Douma"]
    text = "He condemned the attack on Jordan Peterson."
    start = text.index("Jordan")
    assert _surfaces(resolver, text, [(start, start + 15, "PERSON")]) == []


def test_a_province_with_its_capitalised_word_after_it_is_a_place(resolver: Resolver):
    text = "Fighting continued in Rakhine State's Paletwa township."
    start = text.index("Rakhine")
    assert _surfaces(resolver, text, [(start, start + 15, "PERSON")]) == ["Rakhine"]


def test_a_name_the_text_calls_a_town_is_no_person(resolver: Resolver):
    text = "Hezbollah fired rockets at the northern Israeli town of Kiryat Shmona."
    start = text.index("Kiryat")
    # the small NER model reads the town as a person
    entities = [(0, 9, "ORG"), (start, start + len("Kiryat Shmona"), "PERSON")]
    assert "Kiryat Shmona" in _surfaces(resolver, text, entities)


def test_names_around_a_quoted_nickname_are_a_person(resolver: Resolver):
    text = 'The gang led by Johnson "Izo" Andre attacked Delmas. Joaquin "El Chapo" Guzman fled.'
    assert _surfaces(resolver, text) == ["Delmas"]


def test_korea_alone_is_the_south_not_a_district_of_chhattisgarh(resolver: Resolver):
    text = "Ukrainians living in Korea held a rally on Saturday."
    start = text.index("Korea")
    (place,) = resolver.resolve(text, [(start, start + len("Korea"))])
    assert place is not None and (place.country, place.precision) == ("KR", "country")


def test_a_person_s_surname_said_alone_is_not_a_place(resolver: Resolver):
    text = (
        "Jalisco Governor Enrique Alfaro said officers were attacked. Alfaro blamed the cartel."
    )
    start = text.index("Enrique")
    entities = [(start, start + len("Enrique Alfaro"), "PERSON")]
    assert _surfaces(resolver, text, entities) == ["Jalisco"]


def test_the_unit_closing_the_bracket_of_a_village_the_gazetteer_lacks_is_a_place(
    resolver: Resolver,
):
    text = "IS Sahel militants ambushed a convoy between Agazragane and Tinzaouatene (Menaka)."
    # the small NER model calls the names people; the village stays unknown, its unit named
    entities = [(45, 55, "PERSON"), (60, 72, "PERSON"), (74, 80, "PERSON")]
    surfaces = _surfaces(resolver, text, entities)
    assert "Menaka" in surfaces and "Tinzaouatene" not in surfaces
    # a bracket closing on no unit names no place
    assert _surfaces(resolver, "He met Tinzaouatene (Reuters) on Friday.", []) == []


def test_a_name_followed_by_a_kind_of_place_is_no_person(resolver: Resolver):
    text = "The attackers invaded Kaura Namoda town during the evening prayers."
    start = text.index("Kaura")
    # the small NER model calls the town a person
    entities = [(start, start + len("Kaura Namoda"), "PERSON")]
    assert _surfaces(resolver, text, entities) == ["Kaura Namoda"]
