import pytest

HOSTILE_ACTOR = "Robert'); DROP TABLE events;--"


def actors(events):
    return [event["actor1"] for event in events]


def test_no_filter_returns_everything_by_date(filled):
    events = filled.events()
    assert len(events) == 5
    # undated events sort last
    assert [e["date"] for e in events] == ["2017", "2017-06", "2017-06-10", "2017-06-10", None]


@pytest.mark.parametrize("actor", ["Islamic State", "islamic state", "ISLAMIC STATE", "lamic st"])
def test_actor_matches_actor1_or_actor2_in_any_case_or_part(filled, actor):
    assert actors(filled.events(actor=actor)) == ["Islamic State", "Syrian Democratic Forces"]


@pytest.mark.parametrize("actor", ["x' OR 1=1 --", "%", "_", "'; DELETE FROM events; --"])
def test_actor_that_looks_like_sql_matches_nothing_and_breaks_nothing(filled, actor):
    before = filled.counts()
    assert filled.events(actor=actor) == []
    assert filled.counts() == before


def test_actor_with_sql_in_its_name_is_just_a_name(filled):
    assert actors(filled.events(actor=HOSTILE_ACTOR)) == [HOSTILE_ACTOR]
    assert filled.counts()["events"] == 5


@pytest.mark.parametrize(
    ("event_type", "expected"),
    [
        ("Battles", 2),
        ("battles", 2),
        ("BATTLES", 2),
        ("battle", 2),
        ("Explosions/Remote violence", 1),
        ("explosions", 1),
        ("remote_violence", 1),
        ("explosions_remote_violence", 1),
        ("violence_against_civilians", 1),
        ("protests", 1),
        ("riots", 0),
        ("strategic_developments", 0),
        ("weddings", 0),
    ],
)
def test_event_type_takes_acled_names_and_shorthands(filled, event_type, expected):
    assert len(filled.events(event_type=event_type)) == expected


@pytest.mark.parametrize(
    "sub_event_type", ["Air/drone strike", "air_drone_strike", "AIR DRONE STRIKE"]
)
def test_sub_event_type_ignores_case_and_punctuation(filled, sub_event_type):
    assert actors(filled.events(sub_event_type=sub_event_type)) == ["US-led coalition"]


@pytest.mark.parametrize("country", ["SY", "sy", "SYR", "Syria", "syria"])
def test_country_takes_codes_and_names(filled, country):
    assert {e["location"]["country"] for e in filled.events(country=country)} == {"SY"}
    assert len(filled.events(country=country)) == 3


def test_unknown_country_is_an_error_that_says_what_to_give(filled):
    with pytest.raises(ValueError, match="ISO code"):
        filled.events(country="Atlantis")


def test_since_keeps_periods_that_end_after_it(filled):
    # "2017-06" (a month) overlaps 11 June; the battle of 10 June does not
    assert [e["date"] for e in filled.events(since="2017-06-11")] == ["2017", "2017-06"]


def test_until_keeps_periods_that_start_before_it(filled):
    dates = [e["date"] for e in filled.events(until="2017-06-10")]
    assert dates == ["2017", "2017-06", "2017-06-10", "2017-06-10"]
    assert filled.events(until="2016") == []


def test_since_and_until_together_take_a_month(filled):
    assert len(filled.events(since="2017-06", until="2017-06")) == 4


def test_unreadable_date_is_an_error(filled):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        filled.events(since="last week")


def test_modality_takes_one_or_several(filled):
    assert actors(filled.events(modality="claimed")) == ["US-led coalition"]
    assert len(filled.events(modality=["Claimed", "reported"])) == 5


def test_min_confidence(filled):
    assert [
        e["confidence"] for e in filled.events(min_confidence=0.65, order_by="-confidence")
    ] == [
        0.9,
        0.7,
    ]


def test_bbox_keeps_events_inside_it(filled):
    # west, south, east, north around Raqqa and Tabqa, not Mosul
    assert {e["location"]["name"] for e in filled.events(bbox=(38, 35, 40, 37))} == {
        "Raqqa",
        "Tabqa",
    }
    # a box across the antimeridian holds none of them
    assert filled.events(bbox=(170, -10, -170, 10)) == []


def test_bad_bbox_is_an_error(filled):
    with pytest.raises(ValueError, match="west, south, east, north"):
        filled.events(bbox=(38, 37, 40, 35))


def test_limit_offset_and_order(filled):
    by_confidence = [e["confidence"] for e in filled.events(order_by="-confidence")]
    assert by_confidence == [0.9, 0.7, 0.6, 0.5, 0.4]
    page = filled.events(order_by="-confidence", limit=2, offset=1)
    assert [e["confidence"] for e in page] == [0.7, 0.6]


@pytest.mark.parametrize("order_by", ["date; DROP TABLE events", "actor1", ""])
def test_order_by_outside_the_whitelist_is_an_error(filled, order_by):
    with pytest.raises(ValueError, match="order_by"):
        filled.events(order_by=order_by)


def test_filters_combine(filled):
    events = filled.events(actor="islamic", country="Syria", event_type="battles", since="2017-06")
    assert actors(events) == ["Syrian Democratic Forces"]


def test_article_id_keeps_that_article_s_events(filled):
    mosul = next(a["id"] for a in filled.articles() if a["title"] == "Mosul")
    assert actors(filled.events(article_id=mosul)) == ["Islamic State"]


def test_event_by_unknown_id_is_none(filled):
    assert filled.event(10_000) is None
