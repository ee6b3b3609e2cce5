"""Date expressions, resolved against the publication date.

Expressions are found with patterns (cheap, and they keep the precision the text
gives: "January of 2014" is a month, not the 12th of it) and resolved with
dateparser relative to the publication date. Vague expressions ("recently",
"for the past several months") get no day: their precision is ``vague``.
A date well before the article's own time marks a historical mention.
Precision is day, week ("last week": the week's Monday), month, year or vague. What is
still to come ("tomorrow", "next Saturday", "next month") resolves after the publication
date, so that the events stage can tell a plan from a report.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from polemos.article import DateMention
from polemos.nlp.quantities import number_value

# news reports events of the last days or weeks; what lies further back is history
HISTORICAL_AFTER = timedelta(days=31)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

# (pattern, precision): longer, more precise patterns first
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\b{_YEAR}-[01]\d-[0-3]\d\b"), "day"),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I), "day"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I), "day"),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b", re.I), "day"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*\d)", re.I), "day"),
    (re.compile(rf"\b(?:(?:early|mid|late)-?\s?)?{_MONTH}(?:\s+of)?,?\s+{_YEAR}\b", re.I), "month"),
    (re.compile(rf"\b(?:in\s+)?{_MONTH}\s+(?:of\s+)?(?:last|this)\s+year\b", re.I), "month"),
    # "last June": the last June before this month
    (re.compile(rf"\blast\s+{_MONTH}\b(?!\s*\d)", re.I), "month"),
    (
        re.compile(
            rf"\b(?:in|since|during|until|by|of)\s+(?:(?:early|mid|late)-?\s*)?{_YEAR}\b", re.I
        ),
        "year",
    ),
    (
        re.compile(rf"\b(?:in|since|during|until|by|early|late|mid-?)\s+{_MONTH}\b(?!\s+\d)", re.I),
        "month",
    ),
    (
        re.compile(
            r"\b(?:yesterday|today|tomorrow|tonight|last night|this morning|this afternoon|"
            # "killed 40 in an overnight raid": a raid by night, on no day ("struck overnight"
            # is last night)
            r"this evening|earlier today|(?<!\ban )(?<!\bthe )(?<!\ba )overnight)\b",
            re.I,
        ),
        "day",
    ),
    (
        re.compile(
            rf"\b(?:on|last|this|next)\s+{_WEEKDAY}(?:\s+(?:night|morning|evening|afternoon))?\b",
            re.I,
        ),
        "day",
    ),
    (
        # wire style: "killed 11 people late Saturday", "early Sunday", "Saturday night"
        # (a bare "said Saturday" dates the telling, not the event, and stays out)
        re.compile(
            rf"\b(?:(?:late|early)\s+(?:on\s+)?{_WEEKDAY}|{_WEEKDAY}\s+(?:night|morning|evening|"
            r"afternoon))\b",
            re.I,
        ),
        "day",
    ),
    (
        # AP style writes the day bare: "killed 15 people during Sunday mass", "Sunday's
        # attack"; not the telling's: "a church official said Monday"
        re.compile(
            r"\b(?<!Good )(?<!Black )(?<!Bloody )(?<!Ash )(?<!Holy )(?<!Palm )(?<!Easter )"
            r"(?<!said )(?<!says )(?<!told )(?<!added )(?<!announced )(?<!reported )"
            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
        "day",
    ),
    (
        # "killed in the fighting over the weekend": the weekend's first day (its Saturday)
        re.compile(
            r"\b(?:over|at|during|on)\s+the\s+weekend\b|\b(?:last|this|past|next)\s+weekend\b",
            re.I,
        ),
        "day",
    ),
    (
        re.compile(
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
            r"days?\s+ago\b",
            re.I,
        ),
        "day",
    ),
    (
        re.compile(
            r"\b(?:last|this|next)\s+week\b|\b(?:\d+|one|two|three|a)\s+weeks?\s+ago\b", re.I
        ),
        "week",
    ),
    (
        re.compile(
            r"\b(?:last|this|next)\s+month\b|\b(?:\d+|one|two|three|a)\s+months?\s+ago\b", re.I
        ),
        "month",
    ),
    (
        re.compile(
            r"\b(?:last|this|next)\s+year\b|\b(?:\d+|one|two|three|a)\s+years?\s+ago\b", re.I
        ),
        "year",
    ),
    (
        re.compile(
            r"\b(?:recently|in recent (?:days|weeks|months)|(?:for|over|in) the (?:past|last) "
            r"(?:several|few|couple of)?\s*(?:days|weeks|months|years)|earlier this "
            r"(?:week|month|year)|lately)\b",
            re.I,
        ),
        "vague",
    ),
]


def _settings(published: date) -> dict:
    return {
        "RELATIVE_BASE": datetime(published.year, published.month, published.day, 12),
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }


_MONTHS = {
    name: index
    for index, name in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        start=1,
    )
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _direct(expression: str, published: date | None) -> date | None:
    """The common forms, resolved without dateparser: it costs ~10 ms a call, and a
    news article holds many dates; dateparser stays the fallback for the rest."""
    words = re.findall(r"[a-z]+|\d+", expression.casefold())
    numbers = [int(w) for w in words if w.isdigit()]
    months = [_MONTHS[w[:3]] for w in words if w[:3] in _MONTHS and w != "mayor"]
    year = next((n for n in numbers if n > 1800), None)
    day = next((n for n in numbers if 1 <= n <= 31), None)
    if published is not None:
        if "yesterday" in words or ("last" in words and "night" in words):
            return published - timedelta(days=1)
        if "tomorrow" in words:
            return published + timedelta(days=1)
        if "next" in words:
            # what is still to come: "next Saturday", "next week", "next month"
            for index, weekday in enumerate(WEEKDAYS):
                if weekday in words:
                    return published + timedelta(days=(index - published.weekday()) % 7 or 7)
            if "week" in words:
                return published + timedelta(days=7 - published.weekday())
            if "month" in words:
                return (published.replace(day=28) + timedelta(days=4)).replace(day=1)
            if "year" in words:
                return date(published.year + 1, 1, 1)
        if "weekend" in words:
            # the last Saturday up to the publication date (a Sunday paper's is the day before)
            saturday = published - timedelta(days=(published.weekday() - 5) % 7)
            return saturday + timedelta(days=7) if "next" in words else saturday
        if (
            words
            and words[-1] in {"today", "tonight", "morning", "afternoon", "evening", "overnight"}
            and not any(w in WEEKDAYS for w in words)
        ):
            return published
        for index, weekday in enumerate(WEEKDAYS):
            if weekday in words:
                # "on Monday" in a Monday paper is that day; otherwise the last one before it
                return published - timedelta(days=(published.weekday() - index) % 7)
        if "ago" in words:
            amount = next((n for n in map(number_value, words) if n is not None), 1)
            unit = next((w for w in words if w.startswith(("day", "week", "month", "year"))), "day")
            days = {"day": 1, "wee": 7, "mon": 30, "yea": 365}[unit[:3]] * amount
            return published - timedelta(days=days)
        if "week" in words:
            start = published - timedelta(days=published.weekday())
            return start - timedelta(days=7) if "last" in words else start
        if "month" in words and not months:
            first = published.replace(day=1)
            return (first - timedelta(days=1)).replace(day=1) if "last" in words else first
        if "year" in words and year is None and not months:
            return date(published.year - (1 if "last" in words else 0), 1, 1)
        if "year" in words and year is None and months:
            # "in March last year", "in March this year"
            return date(published.year - (1 if "last" in words else 0), months[0], 1)
    if months and year is None and published is not None and "last" in words:
        # "last June" told in June is a year back; told in November, this year's
        month = months[0]
        return date(published.year - (0 if month < published.month else 1), month, 1)
    if months:
        month = months[0]
        if year is None:
            if published is None:
                return None
            # a month without a year is the last such month up to the publication date
            year = published.year if month <= published.month else published.year - 1
        return date(year, month, day if day and _valid(year, month, day) else 1)
    if year is not None:
        return date(year, 1, 1)
    return None


def _valid(year: int, month: int, day: int) -> bool:
    return day <= calendar.monthrange(year, month)[1]


def _parse(expression: str, published: date | None) -> date | None:
    iso = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", expression)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    direct = _direct(expression, published)
    if direct is not None:
        return direct
    import dateparser  # loads its language data on first use

    cleaned = re.sub(
        r"^(?:on|in|since|during|until|by|of|early|late|mid-?)\s+", "", expression, flags=re.I
    )
    cleaned = re.sub(r"\bof\b", "", cleaned)
    settings = _settings(published) if published else {"PREFER_DAY_OF_MONTH": "first"}
    parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def last_day(day: date, precision: str) -> date:
    if precision == "year":
        return date(day.year, 12, 31)
    if precision == "month":
        return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
    if precision == "week":
        return day + timedelta(days=6)
    return day


def format_date(day: date, precision: str) -> str:
    """ISO as precise as known: 2014-01-12 at month precision is '2014-01'."""
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def find_dates(
    text: str, published: date | None, offset: int = 0, sentence: int = 0
) -> list[DateMention]:
    """Date mentions in one sentence (``offset``: the sentence's start in the article)."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern, precision in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            expression = match.group()
            if precision == "vague":
                found.append(
                    DateMention(
                        offset + start, offset + end, expression, None, "vague", sentence=sentence
                    )
                )
                continue
            relative = re.search(r"\b(?:last|this)\s+(?:week|month|year)\b|ago\b", expression, re.I)
            if relative and published is None:
                continue
            day = _parse(expression, published)
            if day is None:
                continue
            stored_precision = precision
            historical = bool(
                published
                and (
                    last_day(day, precision) < published - HISTORICAL_AFTER
                    # "Last month, an attack on another convoy killed 15", "In December" told
                    # in January: a month gone by, told without its day, is background
                    or precision in {"month", "year"}
                    and last_day(day, precision) < published.replace(day=1)
                )
            )
            found.append(
                DateMention(
                    offset + start,
                    offset + end,
                    expression,
                    format_date(day, stored_precision),
                    stored_precision,
                    historical=historical,
                    sentence=sentence,
                )
            )
    found.sort(key=lambda d: d.start)
    return found
