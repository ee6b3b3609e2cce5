"""A state that speaks by its capital, its seat, its officials or its name (fifty-third
session)."""

from __future__ import annotations

import pytest

from polemos.actors import state_speakers


@pytest.mark.parametrize(
    ("text", "code", "speaker"),
    [
        ("Russian forces captured Krynky, Moscow says.", "RU", "Moscow"),
        ("The Kremlin said the village was taken.", "RU", "The Kremlin"),
        ("Washington has said the strikes will go on.", "US", "Washington"),
        ("Russian officials claimed the capture of Krynky.", "RU", "Russian officials"),
        ("The strike was confirmed, Israeli government officials said.", "IL",
         "Israeli government officials"),
    ],
)
def test_a_state_speaks_by_its_capital_seat_officials_or_name(
    text: str, code: str, speaker: str
) -> None:
    ((start, end, found, _),) = state_speakers(text)
    assert (text[start:end], found) == (speaker, code)


def test_a_state_that_tells_of_its_own_act_is_its_doer_not_a_speaker() -> None:
    # "Russia says it took village": the actor stage reads Russia as the doer
    assert state_speakers("Russia says it took village in Donetsk region") == []
    # nor does a demonym before a plain noun make a state speak
    assert state_speakers("Russian tanks said to be near the town.") == []
