from datetime import date

import pytest

from polemos.nlp.dates import find_dates

PUBLISHED = date(2017, 6, 12)  # a Monday


@pytest.mark.parametrize(
    ("text", "value", "precision", "historical"),
    [
        ("Raqqa was seized in January of 2014.", "2014-01", "month", True),
        ("On 30 June 2022, in Comodoro Rivadavia", "2022-06-30", "day", False),
        ("Clashes on June 3 killed four.", "2017-06-03", "day", False),
        ("the army said on Monday", "2017-06-12", "day", False),
        ("on Sunday night", "2017-06-11", "day", False),
        ("yesterday", "2017-06-11", "day", False),
        ("three days ago", "2017-06-09", "day", False),
        ("in 2015", "2015", "year", True),
        ("last week", "2017-06-05", "week", False),
        ("December 25, 2016", "2016-12-25", "day", True),
        # a month gone by, told without its day, is background
        ("Last month, an attack on another convoy killed 15", "2017-05", "month", True),
        ("In May, ten people died in Ayacucho", "2017-05", "month", True),
        ("In early June, gunmen killed 5", "2017-06", "month", False),
        ("Last June, the town was evacuated", "2016-06", "month", True),
        ("Last March, the town was evacuated", "2017-03", "month", True),
        ("In late 2016, Serbs erected barricades", "2016", "year", True),
    ],
)
def test_dates_resolve_against_publication(
    text: str, value: str, precision: str, historical: bool
) -> None:
    found = find_dates(text, PUBLISHED)
    assert [(d.value, d.precision, d.historical) for d in found] == [(value, precision, historical)]


@pytest.mark.parametrize("text", ["recently", "For the past several months", "in recent weeks"])
def test_vague_dates_have_no_day(text: str) -> None:
    (found,) = find_dates(text, PUBLISHED)
    assert found.value is None and found.precision == "vague"


def test_offsets_point_into_the_article() -> None:
    sentence = "Fighting resumed on 5 March 2022 near Kharkiv."
    (found,) = find_dates(sentence, PUBLISHED, offset=100)
    assert found.start == 100 + sentence.index("5 March")


def test_relative_dates_need_a_publication_date() -> None:
    assert find_dates("last week", None) == []
    assert [d.value for d in find_dates("on 3 May 2019", None)] == ["2019-05-03"]


def test_wire_style_weekdays_date_the_event_but_not_the_telling() -> None:
    sunday = date(2024, 6, 16)
    for text in ("killed 11 people late Saturday", "Saturday night", "early on Saturday"):
        (found,) = find_dates(text, sunday, 0, 0)
        assert found.value == "2024-06-15", text
    assert find_dates("authorities said Saturday", sunday, 0, 0) == []


def test_a_bare_weekday_dates_the_event_as_ap_writes_it() -> None:
    monday = date(2024, 2, 26)
    for text in ("killed 15 people during Sunday mass", "Sunday's attack killed 15"):
        (found,) = find_dates(text, monday, 0, 0)
        assert found.value == "2024-02-25", text
    assert find_dates("a church official said Monday", monday, 0, 0) == []
    assert find_dates("marched on Good Friday", monday, 0, 0) == []


def test_what_is_still_to_come_resolves_after_publication():
    from datetime import date as day

    from polemos.nlp.dates import find_dates

    found = {d.text: d.value for d in find_dates(
        "a rally tomorrow, another next Saturday, a strike next week and talks next month",
        day(2024, 6, 1),
    )}
    assert found == {
        "tomorrow": "2024-06-02",
        "next Saturday": "2024-06-08",
        "next week": "2024-06-03",
        "next month": "2024-07",
    }


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a Monday paper's weekend is the Saturday before; a Sunday paper's, the day before
        ("17 people were killed in the fighting over the weekend.", "2025-01-27", "2025-01-25"),
        ("Clashes broke out over the weekend.", "2025-01-26", "2025-01-25"),
        ("A rally is planned for next weekend.", "2025-01-29", "2025-02-01"),
    ],
)
def test_the_weekend_is_its_saturday(text: str, published: str, day: str) -> None:
    (found,) = find_dates(text, date.fromisoformat(published))
    assert found.value == day
