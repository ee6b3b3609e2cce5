"""GET /control: who held which place on a day, from polemos.control's timelines."""

from __future__ import annotations

import importlib.util
from typing import Any

import httpx
import pytest

CONTROL_BUILT = importlib.util.find_spec("polemos.control") is not None


def _held(api: httpx.Client, **params: Any) -> dict[str, str | None]:
    response = api.get("/control", params=params)
    assert response.status_code == 200, response.text
    return {h["name"]: h["actor"] for h in response.json()["holdings"]}


@pytest.mark.skipif(CONTROL_BUILT, reason="polemos.control exists: the 501 no longer applies")
def test_control_is_501_with_a_clear_message_until_it_is_built(api: httpx.Client) -> None:
    response = api.get("/control", params={"on": "2017-06-13"})
    assert response.status_code == 501
    assert response.json()["error"] == "control not available"
    assert "polemos.control" in response.json()["detail"]
    assert api.get("/config").json()["control"] is False


@pytest.mark.skipif(not CONTROL_BUILT, reason="polemos.control is not in this build")
def test_who_held_what_on_a_day(api: httpx.Client) -> None:
    # the stories: IS took Raqqa in March 2014; the army retook Tabqa on 13 June 2017
    assert _held(api, on="2014-01-15") == {}
    assert _held(api, on="2016-01-01") == {"Ar Raqqah": "Islamic State"}
    assert _held(api, on="2017-06-14") == {
        "Ar Raqqah": "Islamic State",
        "Al-Tabqa": "Military Forces of Syria",
    }
    assert api.get("/config").json()["control"] is True


@pytest.mark.skipif(not CONTROL_BUILT, reason="polemos.control is not in this build")
def test_control_by_actor_alias_and_by_place(api: httpx.Client) -> None:
    assert _held(api, on="2017-06-14", actor="Daesh") == {"Ar Raqqah": "Islamic State"}
    (tabqa,) = api.get("/control", params={"on": "2017-06-14", "place": "172374"}).json()[
        "holdings"
    ]
    assert tabqa["since"] == "2017-06-13" and tabqa["latitude"] == pytest.approx(35.83758)
    assert tabqa["admin1_code"] == "SY.04" and tabqa["evidence"]


def test_control_needs_a_day(api: httpx.Client) -> None:
    assert api.get("/control").status_code == 422
    response = api.get("/control", params={"on": "June"})
    assert response.status_code == 400 and "YYYY-MM-DD" in response.json()["detail"]
