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
    # Myanmar's Madaya is the bigger town; Hezbollah besieged Syria's
    place = _places("Hezbollah kills 2 persons in besieged Madaya")["Madaya"]
    assert place is not None and place.country == "SY" and place.admin1_code == "SY.08"
    # the Islamic State's Palmyra is Tadmur, not a Brazilian town once called so
    place = _places("The Islamic State withdrew from Palmyra city after hours")["Palmyra"]
    assert place is not None and place.country == "SY"


def test_a_group_that_fights_in_many_wars_keeps_each_war_s_towns():
    # the Islamic State fights in the Sahel too: Menaka is Mali's, not a Syrian village the
    # gazetteer lacks, and the soldiers it killed are Mali's
    text = "Islamic State fighters ambushed a patrol near Menaka, killing 11 soldiers."
    place = _places(text)["Menaka"]
    assert place is not None and (place.country, place.precision) == ("ML", "place")
    from polemos.pipeline import extract

    (event,) = extract(text, published="2023-05-10")["events"]
    assert event["actor2"] == "Military Forces of Mali"


def test_a_war_s_village_the_gazetteer_lacks_is_not_placed_abroad():
    # "Arbin" is known only in France: the Nusra Front's Arbin is a Syrian village the
    # gazetteer lacks, placed no nearer than the country
    place = _places("The Nusra Front shelled Arbin city, killing 2 fighters")["Arbin"]
    assert place is not None and (place.country, place.precision) == ("SY", "country")
    assert place.geonameid is None
    # with no armed group the same sentence says nothing of the country
    place = _places("Shells fell on Arbin city, killing 2 people")["Arbin"]
    assert place is not None and place.country == "FR"
    # nor does a context name's default reading ("National Guard": Mexico's)
    place = _places("The National Guard shelled Arbin city, killing 2 people")["Arbin"]
    assert place is not None and place.country == "FR"


def test_a_digest_s_other_wars_keep_their_own_places():
    # the Islamic State's and the PKK's wars are Iraq's, but the digest's other paragraphs
    # tell of Ukraine's and Libya's
    places = _places(
        "Two people were killed by Russian shelling in the southern city of Kherson on "
        "Saturday.\n\nIn Iraq, two soldiers were killed by a bomb near Tarmiyah, north of "
        "Baghdad. Islamic State militants are active in the area.\n\nLibyan National Army "
        "forces clashed with armed groups in the southern town of Murzuq.\n\nTurkish drones "
        "struck PKK positions in northern Iraq's Duhok province."
    )
    kherson, murzuq = places["Kherson"], places["Murzuq"]
    assert kherson is not None and (kherson.country, kherson.precision) == ("UA", "place")
    assert murzuq is not None and murzuq.country == "LY"
    assert places["Tarmiyah"] is not None and places["Tarmiyah"].country == "IQ"


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


def test_a_loose_reading_abroad_yields_to_the_country_the_text_is_about():
    # "Al Woroud" is GeoNames' Warroad, Minnesota by its consonants alone
    text = (
        "An IED hit a Syrian Republican Guard vehicle in Al Woroud neighborhood of "
        "Qodsayya city in Rural Damascus."
    )
    places = _places(text)
    assert places["Al Woroud"] is not None and places["Al Woroud"].country == "SY"
    assert places["Rural Damascus"].admin1_code == "SY.08"  # Rif Dimashq, not the city
    assert places["Qodsayya"].admin1_code == "SY.08"


def test_a_hamlet_abroad_known_by_an_alias_yields_to_the_country_the_text_is_about():
    # Ireland's Conna (526 people) is also called Konna: the Malian town the gazetteer lacks
    text = (
        "SEVARE, Mali - French and Malian troops retook the town of Konna on Friday after "
        "fighting with Islamist rebels, Malian officers said."
    )
    place = _places(text)["Konna"]
    assert place is not None and place.country == "ML" and place.precision != "place"


def test_a_town_the_gazetteer_lacks_lies_in_its_bracket_s_places_as_the_text_reads_them():
    text = "On 19 April 2022, people staged a protest in Avissawella (Colombo, Western)."
    place = _places(text)["Avissawella"]
    # Sri Lanka's Colombo in its Western Province, not Ghana's Western region
    assert place is not None and (place.country, place.admin1_code) == ("LK", "LK.36")
    assert place.geonameid is None and place.precision != "place"
    # bracket names that do not hold each other say nothing ("Irepodun" of Osun, not Ekiti)
    text = "On 5 March 2022, locals protested in Iworoko (Irepodun, Ekiti) to demand a title."
    place = _places(text)["Iworoko"]
    assert place is None or place.admin1 != "Osun State"


def test_a_compass_word_in_a_bracket_does_not_move_a_town_abroad():
    # ACLED's "Southern" region of Malta is no GeoNames unit; Hong Kong's Southern is no parent
    place = _places("On 22 March 2022, 30 people rallied in Hamrun (Southern).")["Hamrun"]
    assert place is not None and place.country == "MT" and place.precision == "place"
    # Libya's "West" after the city's own district: not Cameroon's West region
    text = "Migrants demonstrated in Tripoli - Tripoli (Tripoli, West). Libyan police came."
    from polemos.pipeline import process

    city, _, district = (t.place for t in process(Article(text=text)).toponyms)
    assert (city.country, city.precision) == ("LY", "place") and district.country == "LY"


def test_a_short_acronym_read_abroad_of_all_the_text_s_places_is_no_place():
    text = (
        "Cadres of JP and a candidate of NC staged a demonstration at Janata Campus in "
        "Biratnagar (Morang district)."
    )
    places = _places(text)
    assert places.get("NC") is None and places["Biratnagar"].country == "NP"
    # nor does it lend its state to a village the gazetteer lacks before the village's bracket
    places = _places(
        "A clash ensued between cadres of NC and cadres of CPN(UML) in Badigadh rural "
        "municipality (Baglung district)."
    )
    assert places.get("NC") is None and places["Badigadh"].country == "NP"
    # beside a place of its own country it is that country's unit
    place = _places("Police in Raleigh, NC arrested two men.")["NC"]
    assert place is not None and place.admin1 == "North Carolina"


def test_a_country_or_unit_named_with_and_is_one_place():
    places = _places(
        "The team from Trinidad and Tobago landed. Protesters gathered in Srinagar "
        "(Srinagar, Jammu and Kashmir). Aleppo and Idlib were shelled."
    )
    assert places["Trinidad and Tobago"].country == "TT"
    assert places["Jammu and Kashmir"].precision == "admin1"
    assert "Trinidad" not in places and "Kashmir" not in places
    # two towns joined by "and" stay two
    assert places["Aleppo"].country == places["Idlib"].country == "SY"


def test_nigeria_s_local_government_areas() -> None:
    from polemos.pipeline import process

    # "LGA" says the name is a unit (the NER calls "Mariga LGA" a person) and the country
    # (Liberia has a Guma too); the bracket after it is the state, not the country Niger
    text = "Gunmen ambushed a patrol in Kwanan Dutse, Mariga LGA (Niger). Three policemen died."
    places = {t.text: t.place for t in process(Article(text=text)).toponyms}
    assert places["Mariga"].country == "NG"
    assert (places["Niger"].country, places["Niger"].precision) == ("NG", "admin1")
    place = _places("They were displaced from Umemger village of Guma LGA.")["Guma LGA"]
    assert place.country == "NG" and place.admin1 == "Benue State"
    # a district named before another district is not in it: Niger State's Magama is not
    # the village of Jibia LGA, which the gazetteer lacks
    text = "Militiamen attacked miners in Magama, Jibia LGA (Katsina)."
    assert _places(text)["Magama"].admin1 == "Katsina State"


def test_a_name_said_with_a_town_word_and_without_is_one_place() -> None:
    from polemos.pipeline import process

    text = (
        "On 29 March 2022, an armed security escort of the Pilar town vice mayor was killed "
        "during a shootout between the security escorts and the police in Barangay Poblacion "
        "(Pilar, Abra, Cordillera Administrative Region)."
    )
    pilars = [t.place for t in process(Article(text=text)).toponyms if t.text == "Pilar"]
    assert len(pilars) == 2 and {p.admin1 for p in pilars} == {"Cordillera"}
    # a town's word inside the name makes another place
    places = _places("Migrants went to Mexico. Others are set to carry migrants to Mexico City.")
    assert places["Mexico City"].precision == "place"


def test_a_bracket_s_names_are_units_even_a_demonym_or_a_compass_word() -> None:
    # Ethiopia's Somali region, not the Somalis' country
    text = "Rioters barricaded roads in Aw Bare (Fafan, Somali) after two students died."
    assert _places(text)["Fafan"].country == "ET"
    # thirty units are called "Central": the one that holds Nuwara Eliya
    text = "People staged a protest in Lindula city (Nuwara Eliya, Central) over fuel."
    place = _places(text)["Lindula city"]
    assert (place.country, place.admin1) == ("LK", "Central Province")


def test_an_envoy_s_country_is_no_context_for_where_the_envoy_is() -> None:
    from polemos.pipeline import process

    text = (
        "Thousands joined the Pride March in Athens. Ministers and the ambassador of the "
        "United States in Athens participated in the march."
    )
    article = process(Article(text=text))
    assert {t.place.country for t in article.toponyms if t.text == "Athens"} == {"GR"}
    assert all(e.location["country"] == "GR" for e in article.events)


def test_a_place_abroad_a_war_s_group_strikes_keeps_the_country_said_before_it() -> None:
    text = "Yemen's Houthis said they targeted the Israeli port of Eilat with a ballistic missile."
    assert _places(text)["Eilat"].country == "IL"


def test_headlines_joined_by_a_bare_semicolon_keep_their_places():
    # one token "Shughur;About" had made the NER read "Jisr al-Shughur;About" as a person
    places = _places("Casualties in airstrikes at Jisr al-Shughur;About 50 killed in Idlib")
    assert places["Jisr al-Shughur"].country == "SY"


def test_a_plural_unit_word_names_both_units_of_a_pair():
    places = _places("Air defences downed 37 drones over the Belgorod and Kursk regions.")
    assert places["Belgorod"].precision == "admin1"
    assert places["Kursk"].precision == "admin1"


def test_namesakes_that_support_only_each_other_yield_to_the_famous_places():
    # Pennsylvania's Palmyra and Maryland's Damascus lie near each other; nothing else in the
    # text points to the United States
    places = _places("Fighting in Palmyra and Damascus")
    assert (places["Palmyra"].country, places["Damascus"].country) == ("SY", "SY")
    assert places["Palmyra"].admin1_code == "SY.11"  # Tadmur, Homs
    # a text that names the namesakes' state keeps them
    places = _places("Storms hit Palmyra and Lebanon in Pennsylvania on Monday")
    assert places["Palmyra"].country == "US"


def test_a_unit_read_by_another_name_yields_to_the_unit_or_city_of_that_name():
    # Moscow Oblast is also called "Moscow"; the city (a first-level unit of its own) is
    # what "Moscow" names
    place = _places("Explosions were heard in Moscow on Monday.")["Moscow"]
    assert place.admin1_code == "RU.48"  # Moscow, not Moscow Oblast (RU.47)
    # a unit that holds a place the text names keeps its reading: Kyiv Oblast, not the city
    places = _places("Russian and Ukrainian forces clashed in Irpin, Kyiv.")
    assert places["Kyiv"].admin1_code == places["Irpin"].admin1_code == "UA.13"


def test_a_big_city_listed_after_a_place_is_a_place_and_not_a_county_namesake():
    # the small NER model calls Lyon a person; listed after Paris it is the next place, and
    # France's Lyon, not Nevada's Lyon County read by its name without "County"
    text = "Thousands marched in Paris and Lyon on Saturday against the pension reform."
    places = _places(text)
    assert places["Lyon"].country == "FR" and places["Paris"].country == "FR"
    # the county by its own name stays the county
    place = _places("Flooding closed roads in Lyon County, Nevada.")["Lyon County"]
    assert place.country == "US"
    # a country too: Lebanon, not Pennsylvania's Lebanon County
    places = _places("Troops entered Lebanon and Damascus")
    assert (places["Lebanon"].country, places["Lebanon"].precision) == ("LB", "country")


def test_a_ruler_s_title_is_no_place():
    # SOHR's "the truce of the Caesar and Sultan" (Putin's and Erdogan's): the NER calls
    # "Sultan" a place, and Libya, Turkey and the US have villages of the name
    text = "The truce of the Caesar and Sultan ends its 45th day with breaches in Syrian areas"
    assert "Sultan" not in _places(text)
    assert "Caesar" not in _places(text)


def test_a_unit_named_by_its_level_word_is_read_in_any_transliteration():
    # "Hassakah" is no GeoNames spelling of Al-Hasakah; its level word says it is a unit's
    article = Article(text="May 11th 2017: (S706) Markada, Al Hassakah governorate, Syria")
    GeoResolver()(article)
    units = [t for t in article.toponyms if t.text == "Al Hassakah"]
    assert units and units[0].place is not None
    assert (units[0].place.country, units[0].place.precision) == ("SY", "admin1")
    # a capitalised name before a level word that names no such unit stays unread
    article = Article(text="Fighting in Qwertzuiop province killed five.")
    GeoResolver()(article)
    assert not any(t.text.startswith("Qwertzuiop") for t in article.toponyms)


def test_a_name_its_kind_s_word_calls_a_place_is_read_in_its_spelling_variants():
    places = _places(
        "On 26 January 2022, regime forces shelled Ziyara town in the countryside of Hama. "
        "Turkish forces shelled Khaneh village in the countryside of Tell Abiad in Ar Raqqa."
    )
    # GeoNames writes "Az Ziyārah" and "Tall Abyaḑ"
    assert places["Ziyara"].admin1_code == "SY.10" and places["Ziyara"].precision == "place"
    assert places["Tell Abiad"].admin1_code == "SY.04"
    # a people's name before "village" is no loose spelling of a town ("Mettet", "Amet")
    places = _places("Armed men opened fire on Meitei village volunteers guarding the village.")
    assert "Meitei" not in places


def test_a_village_placed_abroad_is_in_the_country_the_text_names_not_the_bureau_s():
    # "Welingara" is known only in Gambia; the Malian village lies in the country the report
    # names, not in Senegal, where the DAKAR bureau files from
    text = (
        "Mali army, Russian mercenaries kill dozens in central Mali village: HRW\n\n"
        "DAKAR, March 28 (Reuters) - Malian soldiers and suspected Russian mercenaries executed "
        "at least 40 civilians in the central village of Welingara in early March, Human "
        "Rights Watch said on Thursday.\n\n"
        "Witnesses told the rights group that soldiers rounded up men from the village and "
        "shot them near a dry riverbed. Some of the bodies were later burned.\n\n"
        "Mali's military government did not respond to a request for comment."
    )
    place = _places(text)["Welingara"]
    assert place is not None and (place.country, place.precision) == ("ML", "country")
    assert place.geonameid is None


def test_a_unit_after_a_country_s_possessive_is_the_parent():
    # GeoNames knows Zhuravka in the Chernihiv region only: the village named in Donetsk lies
    # in Donetsk, not in the homonym
    place = _places(
        "Russian forces have captured the village of Zhuravka in Ukraine's Donetsk region, "
        "Russia's Defence Ministry said."
    )["Zhuravka"]
    assert place is not None and (place.admin1, place.geonameid) == ("Donetsk", None)


def test_a_country_of_two_words_before_its_unit_is_the_parent_too():
    # GeoNames knows Turkey's Solhan only: the village in Burkina Faso's Yagha province is
    # placed at the province it is said to lie in, not at the homonym in another country
    place = _places(
        "Gunmen killed at least 132 people in an overnight raid on the village of Solhan in "
        "Burkina Faso's Yagha province, the government said."
    )["Solhan"]
    assert place is not None and place.country == "BF" and place.geonameid is None


def test_a_town_whose_country_is_said_right_before_it_is_not_doubted_abroad():
    # the U.S. named twice does not move "the Yemeni port city of Hodeidah" to the US
    place = _places(
        "DUBAI (Reuters) - U.S. forces carried out a series of air strikes on the Yemeni port "
        "city of Hodeidah late on Thursday, the Houthi-run Al Masirah television reported, "
        "killing at least three people. The Houthis said they had fired a ballistic missile at "
        "an Israeli city and launched drones at U.S. warships in the Red Sea in response to "
        "the strikes."
    )["Hodeidah"]
    assert place is not None and place.country == "YE"


def test_a_unit_joined_by_and_is_whole_before_its_possessive():
    places = _places(
        "Two militants were killed in an encounter in Jammu and Kashmir's Kulgam district on "
        "Saturday, police said."
    )
    assert "Jammu" not in places
    assert places["Jammu and Kashmir"].precision == "admin1"
    assert places["Kulgam"].precision == "admin2"


def test_a_town_that_fell_into_a_side_s_hands_is_a_place_though_it_opens_the_sentence() -> None:
    # alone at the sentence's start, the recogniser doubts "Kidal"; what befell it says place
    places = _places("Kidal has fallen into the hands of the Malian army.")
    assert places["Kidal"].country == "ML"
    places = _places("Mosul fell to the Islamic State in June 2014.")
    assert places["Mosul"].country == "IQ"


def test_a_capital_that_speaks_for_its_government_does_not_pull_a_town_into_its_country():
    # "Moscow says" is Russia's government: Soledar stays in Ukraine, where it lies
    places = _places("Russia takes Soledar after weeks of heavy fighting, Moscow says.")
    assert places["Soledar"].country == "UA"


def test_an_outlet_the_text_names_is_no_place() -> None:
    from polemos.outlets import is_outlet_name

    assert is_outlet_name("Addis Standard") and is_outlet_name("addis-standard")
    assert not is_outlet_name("Addis Ababa")
    places = _places(
        "Three people were killed in Bahir Dar on Monday, a witness told Addis Standard."
    )
    assert "Addis Standard" not in places
    assert places["Bahir Dar"] is not None and places["Bahir Dar"].country == "ET"


def test_a_bracket_s_unit_named_with_and_holds_the_town() -> None:
    """Northern Ireland's districts ("Mid and East Antrim") are one unit in a bracket, and
    Ireland's abbreviated county ("Co. Antrim") is no Colorado (whose postal code is CO):
    read so, the town is the district's, not a namesake in Washington state."""
    places = _places(
        "On 3 March 2024, a pipe bomb exploded outside a house in Ballymena "
        "(Mid and East Antrim, Co. Antrim). No injuries were reported."
    )
    assert places["Ballymena"].country == "GB"
    assert places["Ballymena"].precision == "place"
    assert places["Mid and East Antrim"].country == "GB"
    # two units joined by "and" in a bracket that the gazetteer does not know as one name
    # leave the town to the text's other places
    places = _places("Shells hit Ariha (Idlib and Hama) on Monday, killing two in Syria.")
    assert places["Ariha"].country == "SY"
