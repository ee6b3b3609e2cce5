"""Sixty-fifth session: passive takings, coders' notes of Africa and Asia, events told in quotes.

Every sentence here was written for these tests (none is a snippet of the written sets or of
the gold data); each asserts what the session changed (the code of its start read most of
them otherwise).
"""

from __future__ import annotations

import pytest

from polemos.eval.events import extract_gold_text


def _events(text: str, published: str = "2024-06-01") -> list[dict]:
    return extract_gold_text(text, published, None)["events"]


def _sub_events(text: str, published: str = "2024-06-01") -> list[str]:
    return [e["sub_event_type"] for e in _events(text, published)]


@pytest.mark.parametrize(
    "text, sub_event_type, actor1, actor2",
    [
        # the side a passive taking was fought against lost the place: the taker is the
        # other side of its war
        (
            "Four villages in Hiiraan region were captured after heavy fighting with al-Shabaab "
            "militants, the Somali army said on Sunday.",
            "Government regains territory",
            "Military Forces of Somalia",
            "Al Shabaab",
        ),
        (
            "Two localities in Masisi territory were seized on Friday after fierce fighting with "
            "the Congolese army, residents said.",
            "Non-state actor overtakes territory",
            None,
            "Military Forces of the Democratic Republic of Congo",
        ),
        # a "by" names the taker, whoever was fought
        (
            "Three villages in Masisi territory were seized by M23 rebels after heavy fighting "
            "with the Congolese army on Tuesday.",
            "Non-state actor overtakes territory",
            "M23",
            "Military Forces of the Democratic Republic of Congo",
        ),
        # a place lost told from its holders' side: who fought them took it
        (
            "The district headquarters was overrun after a day of fighting with Taliban "
            "fighters in Ghazni province.",
            "Non-state actor overtakes territory",
            "Taliban",
            "Military Forces of Afghanistan",
        ),
    ],
)
def test_a_passive_taking_reads_the_side_fought_as_the_loser(text, sub_event_type, actor1, actor2):
    event = _events(text)[0]
    assert event["sub_event_type"] == sub_event_type
    if actor1 is not None:
        assert event["actor1"] == actor1
    else:
        assert event["actor1"] != actor2
    assert event["actor2"] == actor2
