import pytest

from polemos.nlp.quantities import find_quantities, number_value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3,000", 3000),
        ("eight", 8),
        ("twenty-one", 21),
        ("1.5 million", 1_500_000),
        ("a hundred", 100),
    ],
)
def test_number_words_and_digits(text: str, value: int) -> None:
    assert number_value(text) == value


def _q(text: str) -> list[tuple]:
    return [(q.text, q.low, q.best, q.high, q.qualifier, q.kind) for q in find_quantities(text)]


def test_qualifiers_set_bounds() -> None:
    assert _q("there are at least 3,000 fighters in the city") == [
        ("at least 3,000 fighters", 3000, 3000, None, "at_least", "persons")
    ]
    assert _q("eliminating more than 1,200 militants") == [
        ("more than 1,200 militants", 1200, 1200, None, "more_than", "fatalities")
    ]


def test_a_list_after_one_verb_shares_it() -> None:
    kinds = [
        k
        for *_, k in _q(
            "with 24 strikes engaged 18 tactical units; destroyed 19 boats, "
            "12 fighting positions, eight vehicles."
        )
    ]
    assert kinds == [
        "strikes",
        "tactical_units_engaged",
        "boats_destroyed",
        "fighting_positions_destroyed",
        "vehicles_destroyed",
    ]


def test_toll_and_other_counts_are_kept_apart() -> None:
    found = _q("killing 6 civilians and wounding 10 to 15 others")
    assert found[0][5] == "fatalities" and found[0][2] == 6
    assert found[1][1:5] == (10, 10, 15, "range") and found[1][5] == "wounded"


def test_the_verb_after_an_including_aside_counts_the_whole() -> None:
    found = _q("at least 42 people, including seven women and three children, were killed")
    assert found[0][:3] == ("at least 42 people", 42, 42)
    assert found[0][5] == "fatalities"


def test_the_verb_after_a_named_unit_counts_its_members() -> None:
    found = _q("Two servicemen of the Armenian Armed Forces were killed overnight")
    assert found[0][:3] == ("Two servicemen", 2, 2)
    assert found[0][5] == "fatalities"
    # the dead and the hurt summed are no toll
    (summed,) = _q("More than 26 members of Tahrir al-Sham have been killed and injured")
    assert summed[5] != "fatalities"


def test_one_named_by_rank_or_by_name_and_age_is_a_toll_of_one() -> None:
    (named,) = _q("Sergeant Afrim Bunjaku, 36, was killed and a colleague was wounded.")
    assert named[2] == 1 and named[5] == "fatalities"  # 36 is his age
    (ranked,) = _q("Private Narek Mkrtchyan was shot dead.")
    assert ranked[2] == 1 and ranked[5] == "fatalities"


def test_vague_numbers() -> None:
    (hundreds,) = _q("they are slaughtering civilians by the hundreds.")
    assert hundreds[1:6] == (100, 100, 999, "vague", "fatalities")
    (dozens,) = _q("Dozens of people were killed")
    assert dozens[4:] == ("vague", "fatalities")


def test_years_and_days_are_not_counts() -> None:
    assert _q("Raqqa fell in January of 2014 and again on 12 June 2017") == []


@pytest.mark.parametrize(
    "text",
    [
        "Military forces shot and killed a man from a nearby village.",
        "A minor was killed and her body was found in a home.",
        "Gunmen killed the village administrator at his home.",
        "Houthi forces ambushed a tribal sheikh, killing him on the road.",
        "A man was burnt to death by a mob after he left prison.",
    ],
)
def test_a_single_death_without_a_number_is_a_toll_of_one(text: str) -> None:
    (toll,) = [q for q in find_quantities(text) if q.kind == "fatalities"]
    assert (toll.low, toll.best, toll.high) == (1, 1, 1)


def test_a_number_is_not_counted_again_as_a_single_death() -> None:
    tolls = [q for q in find_quantities("Police killed the 3 suspects.") if q.kind == "fatalities"]
    assert [q.best for q in tolls] == [3]
    assert [q for q in find_quantities("They killed the man's dog.") if q.kind] == []


def test_a_death_toll_raised_to_a_number_is_a_toll_and_a_span_of_time_is_not() -> None:
    found = find_quantities("Mine explosions raise the death toll to 18 in 48 hours")
    assert [(q.best, q.kind) for q in found] == [(18, "fatalities"), (48, "")]
    (months,) = find_quantities("The highest daily death toll in nearly 3 months")
    assert months.kind == ""


def test_a_nationality_in_the_plural_counts_people() -> None:
    (three,) = find_quantities("Israeli troops killed three Palestinians in a raid")
    assert (three.best, three.kind, three.person) == (3, "fatalities", True)
    (missiles,) = find_quantities("Russia launched 3 Russian missiles at Kyiv")
    assert not missiles.person


def test_the_word_right_after_a_number_says_what_it_counts() -> None:
    found = find_quantities("The attack left 5 dead and 12 wounded")
    assert [(q.best, q.kind) for q in found] == [(5, "fatalities"), (12, "wounded")]


def test_children_are_people_and_a_place_after_them_is_not_counted() -> None:
    (three,) = find_quantities("A landmine killed three children near the town of Kidal")
    assert (three.kind, three.person) == ("fatalities", True)


def test_a_distance_to_a_place_is_no_ground_taken() -> None:
    (found,) = find_quantities("The attack took place near Muqdadiya, 80 km northeast of Baghdad.")
    assert found.kind == "distance"
    (found,) = find_quantities("Rebels took control of 80 km of the road.")
    assert found.kind == "km_taken"


def test_an_age_is_no_count() -> None:
    assert find_quantities("Gunmen shot dead a 45-year-old man.")[0].best == 1


def test_a_plural_is_read_back_to_the_noun_counted() -> None:
    # "houses" is not "hous", "wives" not "wif": each reading is tried against the vocabulary
    kinds = [(t, k) for t, *_, k in _q("They burned at least 45 houses and 34 vehicles.")]
    assert kinds == [
        ("at least 45 houses", "houses_destroyed"),
        ("34 vehicles", "vehicles_destroyed"),
    ]
    (wives,) = _q("Two wives were killed")
    assert wives[2] == 2 and wives[5] == "fatalities"


def test_a_units_number_is_its_name_not_a_count() -> None:
    assert _q("Rada detained the 444 Brigade's commander at Mitiga airport.") == []
    # ... and the unit's men are counted
    (soldiers,) = _q("20 Army soldiers were killed.")
    assert soldiers[2] == 20 and soldiers[5] == "fatalities"


def test_a_number_that_names_a_road_a_gate_or_a_text_counts_nothing() -> None:
    for text in (
        "A bomb on Highway 9 killed a soldier near Kandahar.",
        "A wreck on Route 30 killed a passenger on Sunday.",
        "Protesters gathered at Gate 4 of the ministry.",
        "The council cited Resolution 2254 after 3 soldiers died.",
    ):
        assert not any(q.best in {9, 30, 4, 2254} for q in find_quantities(text)), text
    (toll,) = [q for q in find_quantities("The bomb killed 9 soldiers near Kandahar.")]
    assert (toll.best, toll.kind) == (9, "fatalities")


def test_a_list_of_people_before_one_verb_shares_its_kind():
    found = find_quantities("Two soldiers, three policemen and four civilians were wounded.")
    assert [(q.best, q.kind) for q in found] == [(2, "wounded"), (3, "wounded"), (4, "wounded")]


def test_the_passive_right_after_a_count_says_what_befell_it():
    found = find_quantities(
        "The ministry said 107 people had been detained and that 21 police officers had been "
        "injured."
    )
    assert [(q.best, q.kind) for q in found] == [(107, "arrested"), (21, "wounded")]


def test_animals_killed_are_no_toll():
    found = find_quantities("Armed men killed 25 heads of cattle and 3 herders.")
    assert [(q.best, q.kind) for q in found] == [(25, "livestock"), (3, "fatalities")]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # words that begin like a month are no date: "sep-aratists", "mar-ines", "jun-ior"
        ("Soldiers killed four separatists.", [(4, "fatalities")]),
        ("Three marines were killed.", [(3, "fatalities")]),
        ("Two junior officers were wounded.", [(2, "wounded")]),
        # a year after an abbreviated month is no count
        ("On 14 Jan. 2022 five people were killed.", [(5, "fatalities")]),
    ],
)
def test_counts_beside_month_like_words(text: str, counted: list) -> None:
    assert [(q.best, q.kind) for q in find_quantities(text)] == counted


def test_a_count_named_in_an_aside_before_its_verb_is_what_the_verb_says():
    found = find_quantities(
        "The ministry said one man, 25-year-old Jihad Abu Alia, was killed by gunfire."
    )
    assert [(q.best, q.kind) for q in found] == [(1, "fatalities")]


def test_no_one_counts_nobody():
    assert find_quantities("Most rockets were intercepted and no one was hurt.") == []
    assert [(q.best, q.kind) for q in find_quantities("Only one was hurt.")] == [(1, "wounded")]


def test_people_forced_to_flee_are_displaced():
    found = find_quantities("The gang set fire to 45 homes, forcing nearly 6,000 people to flee.")
    assert [(q.best, q.kind) for q in found] == [(45, "houses"), (6000, "displaced")]


def test_digits_that_begin_a_name_count_nothing():
    found = find_quantities(
        "Rebels of the 3R group attacked a patrol at 10am, killing one soldier."
    )
    assert [(q.best, q.kind) for q in found] == [(1, "fatalities")]


def test_others_wounded_after_a_death_are_wounded():
    found = find_quantities("A peacekeeper was killed and two others were wounded.")
    assert [(q.best, q.kind) for q in found] == [(1, "fatalities"), (2, "wounded")]


def test_a_count_after_a_preposition_is_not_what_the_verb_before_befell():
    found = find_quantities(
        "Pakistan said 26 people were killed and 46 wounded in the Indian missile strikes on "
        "six locations."
    )
    assert [(q.best, q.kind) for q in found] == [(26, "fatalities"), (46, "wounded"), (6, "")]


def test_a_ransom_is_money_not_people_taken():
    found = find_quantities("The man was abducted and a 5 million naira ransom was paid.")
    assert [(q.best, q.kind) for q in found] == [(5_000_000, "money")]


@pytest.mark.parametrize("sum_", ["20,000 kyat", "300,000 Afghanis", "5,000 gourdes", "40 euros"])
def test_every_currency_of_the_vocabulary_is_money(sum_):
    found = find_quantities(f"His family said a ransom of {sum_} was paid.")
    assert [q.kind for q in found] == ["money"]


@pytest.mark.parametrize(
    "text, best",
    [
        ("Over 2 lakh people were displaced by the floods.", 200_000),
        ("Nearly 1.5 lakh villagers fled their homes.", 150_000),
        ("Two hundred thousand people fled the fighting.", 200_000),
    ],
)
def test_lakhs_and_two_scales_multiply(text, best):
    assert [q.best for q in find_quantities(text)] == [best]


def test_a_weight_in_pounds_is_not_money():
    found = find_quantities("Police seized 500 pounds of explosives in the raid.")
    assert [(q.best, q.kind) for q in found] == [(500, "taken")]


def test_a_toll_that_rose_counts_the_dead_however_far_its_noun():
    found = find_quantities(
        "The death toll from an attack by al Shabaab militants on a popular beach in Somalia's "
        "capital Mogadishu rose to 37 on Saturday."
    )
    assert [(q.best, q.kind) for q in found] == [(37, "fatalities")]


def test_a_victim_and_another_are_two():
    found = find_quantities(
        "An Israeli drone strike on a car killed a Hezbollah field commander and another man."
    )
    assert [(q.best, q.kind) for q in found] == [(2, "fatalities")]


def test_the_neutralised_are_dead_in_british_spelling_too():
    found = find_quantities(
        'The air force struck the attackers, "neutralising" about 30 terrorists.'
    )
    assert [(q.best, q.kind) for q in found] == [(30, "fatalities")]


def test_hundreds_of_thousands_are_one_count_of_a_hundred_thousand():
    found = find_quantities("The camp shelters hundreds of thousands of people who fled.")
    assert [(q.best, q.high) for q in found] == [(100_000, 999_999)]


def test_goods_by_measure_are_no_people_taken():
    found = find_quantities("Police arrested two men for smuggling 3,000 litres of diesel.")
    assert [(q.best, q.kind) for q in found] == [(2, "arrested"), (3000, "measure")]


def test_people_joined_to_a_count_without_a_number_share_its_verb():
    found = find_quantities(
        "A source said at least 50 soldiers and volunteer fighters had been killed."
    )
    assert [(q.best, q.kind) for q in found] == [(50, "fatalities")]


def test_a_name_s_acronym_in_brackets_does_not_hide_the_counted_noun():
    found = find_quantities(
        "Two soldiers and three New People's Army (NPA) rebels were killed in an encounter."
    )
    assert [(q.best, q.kind) for q in found] == [(2, "fatalities"), (3, "fatalities")]
    # a phrase of ordinary words before the noun is no name: the verb stays out of reach
    found = find_quantities(
        "The bombing raises to about 320 the number of persons who were killed in the city."
    )
    assert [q.kind for q in found] != ["fatalities"]


def test_people_of_a_named_body_joined_to_the_next_count_share_its_verb():
    found = find_quantities("He said 16 members of the security forces and 14 gunmen were killed.")
    assert [(q.best, q.kind) for q in found] == [(16, "fatalities"), (14, "fatalities")]


def test_one_person_joined_to_a_count_without_a_number_adds_one():
    found = find_quantities("An air strike hit a school, killing nine students and a teacher.")
    assert [(q.best, q.kind) for q in found] == [(10, "fatalities")]
    found = find_quantities("Militants killed 12 soldiers and their commander on Friday.")
    assert [(q.best, q.kind) for q in found] == [(13, "fatalities")]
    # one written as a number is a count of its own
    found = find_quantities("One sergeant and one soldier were killed.")
    assert sum(q.best for q in found if q.kind == "fatalities") == 2


def test_counts_joined_before_died_share_the_verb():
    found = find_quantities(
        "An officer said five soldiers and more than a dozen militants died in the fighting."
    )
    assert [(q.best, q.kind) for q in found] == [(5, "fatalities"), (12, "fatalities")]


@pytest.mark.parametrize(
    "text",
    [
        "Saheed Vassell was killed around 5 p.m. on Wednesday.",
        "Gunmen fired at the convoy at 11am near the market.",
        "He was killed at 5 AM on Monday.",
        "His mother died three years ago, at age 81, and he kept her pension.",
    ],
)
def test_a_time_of_day_or_an_age_is_no_toll(text):
    assert not [q for q in find_quantities(text) if q.kind == "fatalities"]


def test_a_party_s_supporters_after_pm_are_counted():
    (found,) = [q for q in find_quantities("Police killed 4 PM supporters at 5 AM.")
                if q.kind == "fatalities"]
    assert found.best == 4


def test_martyrs_counted_are_the_dead():
    # SOHR's and South Asian papers' word for the dead of an attack
    (found,) = [
        q
        for q in find_quantities("At least 5 martyrs following the bombing of warplanes in Douma")
        if q.kind == "fatalities"
    ]
    assert (found.low, found.best) == (5, 5)
