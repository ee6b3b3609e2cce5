"""build_gazetteer_from_geonames on a tiny dump in the real 19-column GeoNames format."""

import zipfile
from pathlib import Path

from polemos.geo import Resolver, build_gazetteer_from_geonames
from polemos.geo.gazetteer import Gazetteer

# geonameid name asciiname alternatenames lat lon fclass fcode cc cc2 admin1 admin2 admin3
# admin4 population elevation dem timezone modified
ROWS = [
    "9990001\tDābiq\tDabiq\tDabiq,Dabeq,دابق\t36.5396\t37.2714\tP\tPPL\tSY\t\t09\t\t\t\t"
    "3364\t\t458\tAsia/Damascus\t2020-01-01",
    "9990002\tJabal Dabiq\tJabal Dabiq\t\t36.55\t37.28\tT\tHLL\tSY\t\t09\t\t\t\t0\t\t500"
    "\tAsia/Damascus\t2020-01-01",
    "9990003\tAr Raqqah\tAr Raqqah\tRaqqa,Raqqah,الرقة\t35.95283\t39.00788\tP\tPPLA\tSY\t\t04"
    "\t\t\t\t531952\t\t250\tAsia/Damascus\t2020-01-01",
]


def _write_dump(folder: Path) -> Path:
    path = folder / "SY.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("SY.txt", "\n".join(ROWS) + "\n")
        zf.writestr("readme.txt", "not a dump\n")
    return path


def test_dump_builder_indexes_villages_with_package_admin_codes(tmp_path: Path):
    out = build_gazetteer_from_geonames([_write_dump(tmp_path)], tmp_path / "gz.npz")
    gazetteer = Gazetteer.load(out)
    (dabiq,) = [gazetteer.place(r) for r in gazetteer.lookup("Dabiq")]
    assert (dabiq.geonameid, dabiq.country, dabiq.admin1_code) == (9990001, "SY", "SY.09")
    assert dabiq.admin1 == "Aleppo"  # the English GeoNames name shipped in package data
    assert [gazetteer.feature_code(r) for r in gazetteer.lookup("Jabal Dabiq")] == ["HLL"]


def test_dump_builder_takes_admin_names_from_code_tables(tmp_path: Path):
    codes = tmp_path / "admin1CodesASCII.txt"
    codes.write_text("SY.09\tAleppo Governorate\tAleppo Governorate\t170062\n", encoding="utf-8")
    out = build_gazetteer_from_geonames([_write_dump(tmp_path), codes], tmp_path / "gz.npz")
    gazetteer = Gazetteer.load(out)
    text = "IS fighters left Dabiq, north of Aleppo."
    dabiq, _ = Resolver(gazetteer).resolve(text, [(17, 22), (33, 39)])
    assert dabiq.admin1 == "Aleppo Governorate"
    assert dabiq.precision == "place"


def test_a_seat_geonames_marks_comes_before_a_bigger_town(tmp_path: Path):
    rows = [
        *ROWS,
        # Aleppo's governorate seat under its Arabic name, and a bigger town that is none
        "9990004\tHalab\tHalab\t\t36.20124\t37.16117\tP\tPPLA\tSY\t\t09\t\t\t\t"
        "1500000\t\t390\tAsia/Damascus\t2020-01-01",
        "9990005\tBigtown\tBigtown\t\t36.6\t37.9\tP\tPPL\tSY\t\t09\t\t\t\t"
        "3000000\t\t390\tAsia/Damascus\t2020-01-01",
    ]
    path = tmp_path / "SY.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("SY.txt", "\n".join(rows) + "\n")
    gazetteer = Gazetteer.load(build_gazetteer_from_geonames([path], tmp_path / "gz.npz"))
    aleppo = gazetteer.row_of_code("SY.09")
    assert aleppo is not None
    assert gazetteer.place(gazetteer.seat(aleppo)).name == "Halab"
