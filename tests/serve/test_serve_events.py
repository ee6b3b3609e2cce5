"""GET /events, /events/{id}, /events.geojson, /stats, /places, /config over a real server."""

from __future__ import annotations

from typing import Any

import httpx
import pytest


def _events(api: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    response = api.get("/events", params=params)
    assert response.status_code == 200, response.text
    return response.json()["events"]


def _by_sub_type(api: httpx.Client, sub_type: str) -> dict[str, Any]:
    (event,) = [e for e in _events(api, limit=1000) if e["sub_event_type"] == sub_type]
    return event


def test_all_events_of_the_example_are_served(api: httpx.Client) -> None:
    body = api.get("/events").json()
    assert body["count"] == 6 and body["next_offset"] is None
    names = {e["location"]["name"] for e in body["events"]}
    assert names == {"Ar Raqqah", "Al-Tabqa", "Al Mayādīn", "Aleppo", "Mosul"}


def test_actor_filter_takes_any_alias(api: httpx.Client) -> None:
    by_alias = _events(api, actor="Daesh")
    assert len(by_alias) == 4
    assert all("Islamic State" in (e["actor1"], e["actor2"]) for e in by_alias)
    assert [e["id"] for e in by_alias] == [e["id"] for e in _events(api, actor="isil")]


def test_type_country_modality_and_confidence_filters(api: httpx.Client) -> None:
    assert {e["event_type"] for e in _events(api, type="explosions")} == {
        "Explosions/Remote violence"
    }
    assert len(_events(api, type="explosions")) == 2
    assert [e["location"]["name"] for e in _events(api, country="IQ")] == ["Mosul"]
    assert len(_events(api, country="Syria")) == 5
    (claimed,) = _events(api, modality="claimed")
    assert claimed["location"]["name"] == "Al-Tabqa"
    both = _events(api, modality=["claimed", "historical"])
    assert {e["modality"] for e in both} == {"claimed", "historical"}
    confident = _events(api, min_confidence=0.85)
    assert len(confident) == 4 and all(e["confidence"] >= 0.85 for e in confident)


def test_sub_type_filter(api: httpx.Client) -> None:
    (event,) = _events(api, sub_type="Government regains territory")
    assert event["location"]["name"] == "Al-Tabqa"


def test_date_range_keeps_overlapping_periods(api: httpx.Client) -> None:
    old = _events(api, until="2016")
    assert [e["date"] for e in old] == ["2014-03"]
    assert len(_events(api, since="2017-06-13", until="2017-06-13")) == 2
    assert len(_events(api, since="2017-06-11")) == 4


def test_admin1_filter_by_name_and_by_geonames_code(api: httpx.Client) -> None:
    deir = _events(api, admin1="Deir ez-Zor")
    assert [e["location"]["name"] for e in deir] == ["Al Mayādīn"]
    assert [e["id"] for e in _events(api, admin1="SY.07")] == [deir[0]["id"]]
    assert len(_events(api, admin1="ar-raqqah")) == 3
    # a code the pipeline set itself (an admin1-level event) is matched too
    assert [e["location"]["name"] for e in _events(api, admin1="sy.09")] == ["Aleppo"]


def test_bounding_box(api: httpx.Client) -> None:
    # west of 38.8° E: Tabqa only, not Raqqa (39.0) nor Mayadin (40.5)
    (event,) = _events(api, bbox="38,35,38.8,36.5")
    assert event["location"]["name"] == "Al-Tabqa"


def test_pages_cover_every_event_once(api: httpx.Client) -> None:
    seen, offset = [], 0
    while offset is not None:
        body = api.get("/events", params={"limit": 4, "offset": offset, "order_by": "-id"}).json()
        seen += [e["id"] for e in body["events"]]
        offset = body["next_offset"]
    assert seen == sorted(seen, reverse=True) and len(seen) == len(set(seen)) == 6


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"country": "Narnia"}, "country"),
        ({"since": "June 2017"}, "since"),
        ({"bbox": "1,2,3"}, "bbox"),
        ({"bbox": "10,50,20,40"}, "south <= north"),
    ],
)
def test_unusable_filters_are_400_with_a_reason(
    api: httpx.Client, params: dict[str, str], words: str
) -> None:
    response = api.get("/events", params=params)
    assert response.status_code == 400
    assert response.json()["error"] == "bad filter" and words in response.json()["detail"]


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": "many"},
        {"offset": -1},
        {"order_by": "colour"},
        {"min_confidence": 2},
    ],
)
def test_malformed_parameters_are_422_naming_the_parameter(
    api: httpx.Client, params: dict[str, Any]
) -> None:
    response = api.get("/events", params=params)
    assert response.status_code == 422
    (name,) = params
    assert response.json()["detail"][0]["where"] == f"query.{name}"


def test_one_event_has_its_sources_and_highlighted_evidence(api: httpx.Client) -> None:
    tabqa = _by_sub_type(api, "Government regains territory")
    event = api.get(f"/events/{tabqa['id']}").json()
    (source,) = event["sources"]
    assert source["title"] == "Fighting around Raqqa" and source["published"] == "2017-06-13"
    sentence = source["sentence"]
    marked = {(h["kind"], sentence[h["start"] : h["end"]]) for h in source["highlights"]}
    assert ("place", "Tabqa") in marked
    assert ("actor", "ISIL") in marked and ("actor", "Army") in marked
    assert ("number", "at least 40 militants") in marked
    assert ("trigger", "recaptured") in marked


def test_missing_event_is_a_json_404(api: httpx.Client) -> None:
    response = api.get("/events/987654")
    assert response.status_code == 404
    assert response.json() == {"error": "not found", "detail": "no event with id 987654"}


def test_geojson_points_with_properties(api: httpx.Client) -> None:
    response = api.get("/events.geojson", params={"actor": "ISIS"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/geo+json")
    collection = response.json()
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 4
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        location = feature["properties"]["location"]
        assert (lon, lat) == (location["longitude"], location["latitude"])
        # derived from the GeoNames admin1 name when the pipeline did not set it
        assert location["admin1_code"] == {"SY": "SY.04", "IQ": "IQ.15"}[location["country"]]


def test_stats_count_by_day_type_and_actor(api: httpx.Client) -> None:
    stats = api.get("/stats").json()
    assert stats["total"] == 6 and stats["coarse_dates"] == 1
    assert stats["by_day"] == [
        {"day": "2017-06-10", "count": 1},
        {"day": "2017-06-11", "count": 1},
        {"day": "2017-06-12", "count": 1},
        {"day": "2017-06-13", "count": 2},
    ]
    assert {"name": "Battles", "count": 4} in stats["by_type"]
    assert stats["by_actor"][0] == {"name": "Islamic State", "count": 4}
    assert stats["fatalities"] == 40 + 17 + 5
    assert api.get("/stats", params={"type": "battles"}).json()["total"] == 4


def test_place_with_its_event_count(api: httpx.Client) -> None:
    tabqa = _by_sub_type(api, "Government regains territory")["location"]
    place = api.get(f"/places/{tabqa['geonameid']}").json()
    assert place["name"] == "Al-Tabqa" and place["admin1_code"] == "SY.04"
    assert place["event_count"] == 1
    assert api.get("/places/1").status_code == 404


def test_page_config_and_openapi(api: httpx.Client) -> None:
    config = api.get("/config").json()
    assert config["tiles"] is None and config["writable"] is True
    spec = api.get("/openapi.json").json()
    assert {"/events", "/events/{event_id}", "/events.geojson", "/control", "/stats",
            "/places/{geonameid}", "/articles"} <= set(spec["paths"])  # fmt: skip


def test_page_and_assets_are_served_with_a_strict_policy(api: httpx.Client) -> None:
    page = api.get("/")
    assert page.status_code == 200 and "polemos" in page.text
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assets = ["/static/app.js", "/static/vendor/leaflet/leaflet.js"]
    assets += ["/static/geo/countries-50m.json", "/static/geo/admin1-mideast.geojson"]
    for asset in assets:
        assert api.get(asset).status_code == 200, asset
