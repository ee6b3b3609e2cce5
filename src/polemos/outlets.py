"""The country an article's outlet covers, from ``data/outlets.yaml``.

GDELT places a story by its source's country when the text alone cannot; so does an analyst
who reads "Clashes continue in Barada valley" on the Syrian Observatory's site. The outlet is
known from the article's site name (trafilatura reads it off an HTML page), the source name
given at ingest (``polemos ingest --source SOHR``; a data set's source column, "SOHR;SOHR"),
or the page's address; an outlet no list names, by the country its name brackets or the
country's domain its name or address is under.

>>> from polemos.article import Article
>>> outlet_of(Article(text="...", source="SOHR"))
Outlet(country='SY', beat='war')
>>> outlet_of(Article(text="...", url="https://www.radiookapi.net/2023/01/02/x"))
Outlet(country='CD', beat='')
>>> outlet_of(Article(text="...", source="Reuters")) is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from unidecode import unidecode

from polemos.article import Article
from polemos.resources import load_yaml

BEATS = ("war", "local")  # narrowest first
# "SOHR;SOHR", "O Pais; Angola Press Agency", "SOHR, Airwars": a data set's list of sources
_SEPARATORS = re.compile(r"\s*[;,|]\s*")


@dataclass(frozen=True)
class Outlet:
    country: str  # ISO2
    # "war": a monitor of that country's war, every place it names is read there when it
    # can be, as those of a text on an armed group's war are; "local": a regional paper, the
    # same for a text that points to no other country; "": a national outlet, a hint only
    beat: str = ""


@cache
def _outlets() -> tuple[dict[str, Outlet], dict[str, Outlet], dict[str, Outlet]]:
    """(name key -> outlet, capitalised short name -> outlet, domain -> outlet)."""
    names: dict[str, Outlet] = {}
    short: dict[str, Outlet] = {}
    domains: dict[str, Outlet] = {}
    for entry in load_yaml("outlets.yaml")["outlets"]:
        outlet = Outlet(str(entry["country"]).upper(), str(entry.get("beat") or ""))
        for name in entry.get("names", ()):
            if len(name) <= 3:
                # "INA", "PTI": initials are a word too ("ina" in Spanish): only as written
                short[name] = outlet
            else:
                names[_name_key(name)] = outlet
        for domain in entry.get("domains", ()):
            domains[domain.casefold()] = outlet
    return names, short, domains


def _name_key(name: str) -> str:
    """"Ouest-France", "Ouest France" and "OUEST FRANCE" are one name: case, hyphens, dots,
    spaces and accents do not matter ("L'Orient-Le Jour", "Actualite.cd", "Le Dauphine
    Libere" as ACLED writes "Le Dauphiné Libéré")."""
    folded = unidecode(name) if not name.isascii() else name
    return " ".join(re.sub(r"[-_.\u2010-\u2015]+", " ", folded).casefold().split())


def _outlet_named(name: str) -> Outlet | None:
    names, short, _ = _outlets()
    name = " ".join(name.split())
    known = short.get(name) if len(name) <= 3 else names.get(_name_key(name))
    if known is None and (country := _COUNTRY_AFTER.search(name)):
        # "Dawn (Pakistan)", "El Comercio (Ecuador)", "Online Khabar (Nepali)": ACLED's
        # source lists tell same-named outlets apart by their country or its language, so a
        # listed outlet's country is known
        code = _country_codes().get(_name_key(country.group(1)))
        return Outlet(code) if code else None
    if known is None and _DOMAIN_NAME.match(name):
        # "Oe24.At", "Report.az": an outlet named by its address is of the country whose
        # domain it is under, as a page at that address is
        return _outlet_at("http://" + name)
    return known


def is_outlet_name(name: str) -> bool:
    """Is this, as a text writes it, the name of an outlet the list knows ("a local official
    told Addis Standard")? Initials only as the list writes them."""
    names, short, _ = _outlets()
    name = " ".join(name.split())
    return name in short if len(name) <= 3 else _name_key(name) in names


# a name written as a web address: "Oe24.At", "Kayes-Kunafoni.com", "news.sky.sk"
_DOMAIN_NAME = re.compile(r"(?:[\w-]+\.)+[A-Za-z]{2}$")
# country-code domains sold to the world for their letters ("Kloop.io" is no outlet of the
# British Indian Ocean Territory, "Euroradio.fm" none of Micronesia): they say nothing of where
_VANITY_DOMAINS = frozenset(
    "ac ad ag ai am as bz cc cd co dj fm gg gl im io is la ly me ms mu nu sh so st sx tk to tv vc"
    " ws".split()
)


_COUNTRY_AFTER = re.compile(r"\S\s*\(([^()]{4,40})\)$")


@cache
def _country_codes() -> dict[str, str]:
    """Name key of a country (GeoNames' English name, ACLED's where it differs) or of its
    people's word ("Nepali", "Austrian") -> ISO2."""
    from polemos.actors import _geonames_country_names

    codes = {_name_key(name): code for code, name in _geonames_country_names().items()}
    for code, info in load_yaml("demonyms.yaml").items():
        codes[_name_key(info["name"])] = code
        for demonym in info.get("demonyms", ()):
            # a word two peoples share ("Congolese") names no one country
            key = _name_key(demonym)
            codes[key] = "" if codes.get(key, code) != code else code
    return {key: code for key, code in codes.items() if code}


@cache
def _country_domain(tld: str) -> Outlet | None:
    """The outlet of a name under a country's two-letter domain (".at" Austria, ".uk" the
    United Kingdom), none for a vanity domain."""
    tld = tld.casefold()
    if tld in _VANITY_DOMAINS:
        return None
    code = "GB" if tld == "uk" else tld.upper()
    from polemos.actors import _geonames_country_names

    return Outlet(code) if code in _geonames_country_names() else None


def _outlet_at(url: str) -> Outlet | None:
    """The outlet of a page's address: a listed outlet's domain, else the country whose
    domain the address is under (a national hint, as GDELT reads a source's country off its
    domain: "www.elheraldo.hn" is Honduras's)."""
    _, _, domains = _outlets()
    try:
        host = (urlsplit(url).hostname or "").casefold()
    except ValueError:  # a malformed address says nothing
        return None
    tld = host.rpartition(".")[2]
    while host:
        if host in domains:
            return domains[host]
        _, _, host = host.partition(".")
    return _country_domain(tld) if len(tld) == 2 else None


def outlet_of(article: Article) -> Outlet | None:
    """The article's outlet, when the outlets it names cover one country; None when none is
    known or they cover several."""
    found = [
        outlet
        for field in (article.site, article.source)
        for name in _SEPARATORS.split(field or "")
        if name and (outlet := _outlet_named(name))
    ]
    if article.url and (outlet := _outlet_at(article.url)):
        found.append(outlet)
    if len({outlet.country for outlet in found}) != 1:
        return None
    # the narrowest beat of the outlets named: a war monitor's, else a regional paper's
    beats = {outlet.beat for outlet in found}
    return Outlet(found[0].country, next((b for b in BEATS if b in beats), ""))
