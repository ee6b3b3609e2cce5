"""The period an ISO date of day, month or year precision names."""

from __future__ import annotations

import calendar
import re
from datetime import date

_PARTIAL_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_bounds(value: str | date | None) -> tuple[date, date] | None:
    """First and last day of ``2017``, ``2017-06`` or ``2017-06-12``; None if not such a date."""
    if value is None:
        return None
    if isinstance(value, date):
        return value, value
    match = _PARTIAL_ISO.match(value.strip())
    if not match:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, day), date(year, month, day)
    except ValueError:  # 2017-13, 2017-02-30: not a date, so no period
        return None
