import json

from polemos.export import FLAT_FIELDS, export_events


def test_feature_collection_keeps_events_without_coordinates(tmp_path, stored_events, hostile):
    assert export_events(stored_events, "geojson", tmp_path / "events.geojson") == 3
    collection = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    battle, attack, protest = collection["features"]
    assert battle["type"] == "Feature"
    assert battle["geometry"] == {"type": "Point", "coordinates": [39.00788, 35.95283]}
    assert battle["id"] == stored_events[0]["id"]
    assert protest["geometry"] is None
    assert protest["properties"]["actor1"] == hostile


def test_properties_are_the_flattened_event(tmp_path, stored_events):
    export_events(stored_events, "geojson", tmp_path / "events.geojson")
    collection = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))
    properties = collection["features"][0]["properties"]
    assert tuple(properties) == FLAT_FIELDS
    assert properties["location_name"] == "Raqqa"
    assert properties["country_name"] == "Syria"
    assert properties["date_start"] == "2017-06-10"
    assert properties["fatalities_best"] == 4
    assert properties["attribution_verb"] == "said"
    assert properties["evidence_sentence"] == "The SDF said it fought IS in Raqqa."
    assert properties["counts"] == stored_events[0]["counts"]
    assert properties["sources"][0]["url"] == "https://example.org/raqqa"


def test_pipeline_events_have_no_feature_id(tmp_path, events):
    export_events(events, "geojson", tmp_path / "events.geojson")
    collection = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))
    assert "id" not in collection["features"][0]
    assert collection["features"][0]["properties"]["sources"] == []
