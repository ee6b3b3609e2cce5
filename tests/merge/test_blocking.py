"""Block keys never hide a match: whenever two events may match, they share a key."""

from __future__ import annotations

import random
from datetime import date, timedelta

from merge_events import RAQQA, make

from polemos.merge import compare, merge_rules, query_keys, stored_keys


def _random_event(rng: random.Random, event_id: int) -> dict:
    day = date(2017, 6, 1) + timedelta(days=rng.randint(0, 6))
    precision = rng.choice(["day", "day", "month", "year"])
    value = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": "2017"}[precision]
    level = rng.choice(["place", "place", "admin1", "country"])
    location = {
        **RAQQA,
        # points around Raqqa, up to ~45 km off, across grid-cell borders
        "latitude": RAQQA["latitude"] + rng.uniform(-0.4, 0.4),
        "longitude": RAQQA["longitude"] + rng.uniform(-0.5, 0.5),
        "geonameid": rng.randint(1, 50),
        "admin1": rng.choice(["Ar-Raqqah", "Aleppo"]),
        "precision": level,
    }
    return make(id=event_id, date=value, date_precision=precision, location=location)


def test_every_possible_match_shares_a_block_key():
    rules = merge_rules()
    rng = random.Random(5)
    events = [_random_event(rng, i) for i in range(300)]
    possible = 0
    for new in events[:150]:
        wanted = set(query_keys(new, rules))
        for stored in events[150:]:
            if compare(new, stored, rules) is not None:
                possible += 1
                assert wanted & set(stored_keys(stored, rules)), (new, stored)
    assert possible > 100  # the test saw many matches, not a lucky few


def test_far_or_distant_in_time_events_share_no_key():
    rules = merge_rules()
    here = make()
    later = make(date="2017-06-20")
    far = make(location={**RAQQA, "latitude": 33.5, "longitude": 36.3, "admin1": "Damascus"})
    assert not set(query_keys(here, rules)) & set(stored_keys(later, rules))
    assert not set(query_keys(here, rules)) & set(stored_keys(far, rules))


def test_events_without_date_or_place_get_no_keys():
    rules = merge_rules()
    assert stored_keys(make(date=None), rules) == []
    assert stored_keys(make(location=None), rules) == []
    assert query_keys(make(date="2017-02-30"), rules) == []
