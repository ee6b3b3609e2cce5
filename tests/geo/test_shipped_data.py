"""Package data of the geo stage: country points, regions, English admin names, models."""


from polemos.geo import Gazetteer, Resolver
from polemos.geo.distance import haversine_km
from polemos.geo.gazetteer import REGION
from polemos.geo.ranker import FEATURES, load_ranker
from polemos.geo.recognize import RECOGNIZER_FEATURES, load_recognizer_model


def test_countries_sit_at_their_geonames_points(gazetteer: Gazetteer):
    for iso2, lat, lon in (("RU", 60.0, 100.0), ("US", 39.76, -98.5), ("SY", 35.0, 38.0)):
        place = gazetteer.place(gazetteer.row_of_code(iso2))
        assert haversine_km(place.latitude, place.longitude, lat, lon) < 1, iso2


def test_continents_and_oceans_are_regions(gazetteer: Gazetteer):
    for name, gid in (("Europe", 6255148), ("Indian Ocean", 1545739), ("Middle East", 6269133)):
        rows = [r for r in gazetteer.lookup(name) if gazetteer.kind[r] == REGION]
        assert rows, name
        place = gazetteer.place(rows[0])
        assert (place.geonameid, place.precision) == (gid, "region")


def test_admin1_names_are_the_english_geonames_names(resolver: Resolver):
    text = "Regime forces captured Maskanah. Iraqi forces pushed into Mosul."
    spans = [(text.index("Maskanah"), text.index("Maskanah") + 8),
             (text.index("Mosul"), text.index("Mosul") + 5)]
    maskanah, mosul = resolver.resolve(text, spans)
    assert (maskanah.admin1, maskanah.admin1_code) == ("Aleppo", "SY.09")
    assert (mosul.admin1, mosul.admin1_code) == ("Nineveh", "IQ.15")


def test_transliterated_admin1_names_still_find_the_unit(gazetteer: Gazetteer):
    rows = gazetteer.lookup("Ḩalab")
    assert gazetteer.row_of_code("SY.09") in rows
    assert gazetteer.name(gazetteer.row_of_code("SY.04")) == "Ar-Raqqah"


def test_shipped_models_load_and_match_the_code():
    ranker, recognizer = load_ranker(), load_recognizer_model()
    assert ranker is not None and recognizer is not None
    assert 0 < ranker.threshold_confident < 1
    assert 0 < recognizer.threshold_confident < 1
    import numpy as np

    probs = ranker.predict(np.zeros((3, len(FEATURES))))
    assert probs.shape == (3,) and ((0 <= probs) & (probs <= 1)).all()
    assert recognizer.predict(np.zeros((1, len(RECOGNIZER_FEATURES)))).shape == (1,)


def test_demonym_span_means_its_country_or_region(resolver: Resolver):
    text = "Canadian and European officials met."
    canadian, european = resolver.resolve(text, [(0, 8), (13, 21)])
    assert (canadian.country, canadian.precision) == ("CA", "country")
    assert (european.name, european.precision) == ("Europe", "region")
    # every country's demonym in the actor data counts, not only the geo stage's own list
    text = "Salvadoran migrants met a Slovak architect."
    salvadoran, slovak = resolver.resolve(text, [(0, 10), (26, 32)])
    assert (salvadoran.country, salvadoran.precision) == ("SV", "country")
    assert (slovak.country, slovak.precision) == ("SK", "country")


def test_low_confidence_answers_lower_their_precision(resolver: Resolver):
    # a bare, much-shared name and no context: the point is kept, the claim is not
    (place,) = resolver.resolve("Springfield.", [(0, 11)])
    assert place is not None
    assert place.confidence < resolver.calibrator.threshold_confident
    assert place.precision in ("admin1", "country")
    # with the ranker's own confidence (no answer model) its threshold lowers it
    (place,) = Resolver(resolver.gazetteer, calibrator=None).resolve("Springfield.", [(0, 11)])
    assert place.confidence < resolver.ranker.threshold_confident
    assert place.precision in ("admin1", "country")
