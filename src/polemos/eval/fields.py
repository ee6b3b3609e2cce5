"""Loose comparisons of event fields with gold codings: actor names, admin-1 names, dates, tolls.

Gold datasets spell things their own way ("Military Forces of Syria (2000-)",
"Idleb", "Rif Dimashq Governorate"); these functions decide when our value and theirs
name the same thing, so that a score measures extraction, not spelling.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from pathlib import Path

# ---------------------------------------------------------------- text folding


def fold(text: str) -> str:
    """Lower-case ASCII words: accents, apostrophes and punctuation gone, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c))
    # apostrophes and ayn/hamza marks sit inside transliterated Arabic words: drop, not split
    ascii_text = re.sub(r"['’‘`ʼʻʿʾ]", "", ascii_text)
    return " ".join(re.sub(r"[^0-9a-z]+", " ", ascii_text.casefold()).split())


# ---------------------------------------------------------------- actors

_PARENTHESES = re.compile(r"\([^)]*\)")
# ACLED appends the period a state force refers to: "(2000-)", sometimes without brackets
_PERIOD = re.compile(r"\b\d{4}\s*-\s*(\d{4})?")


def actor_variants(name: str) -> set[str]:
    """Folded forms of an actor name without country/period suffixes, and both sides of "QSD: …"."""
    bare = _PERIOD.sub(" ", _PARENTHESES.sub(" ", name))
    forms = {bare}
    if ":" in bare:
        short, _, long = bare.partition(":")
        forms |= {short, long}
    return {f for f in (fold(form) for form in forms) if f}


@dataclass
class ActorMap:
    """Our canonical actor names -> the names a gold dataset uses (per dataset)."""

    # folded canonical name -> dataset ("" for any) -> gold names
    rows: dict[str, dict[str, set[str]]] = field(default_factory=dict)

    def add(self, canonical: str, gold_name: str, dataset: str = "") -> None:
        by_dataset = self.rows.setdefault(fold(canonical), {})
        by_dataset.setdefault(dataset.strip().lower(), set()).add(gold_name)

    def gold_names(self, canonical: str, dataset: str) -> set[str]:
        by_dataset = self.rows.get(fold(canonical), {})
        return by_dataset.get(dataset, set()) | by_dataset.get("", set())

    @classmethod
    def from_csv(cls, path: str | Path) -> ActorMap:
        """Read a ``canonical,gold_name,dataset`` CSV."""
        mapping = cls()
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if row.get("canonical") and row.get("gold_name"):
                    mapping.add(row["canonical"], row["gold_name"], row.get("dataset") or "")
        return mapping


def default_actor_map() -> ActorMap:
    """The shipped ``data/actor_map_acled.csv``, plus the acled/ucdp names in ``actors.yaml``."""
    ref = resources.files("polemos") / "data" / "actor_map_acled.csv"
    mapping = ActorMap.from_csv(Path(str(ref))) if ref.is_file() else ActorMap()
    _add_knowledge_base_names(mapping)
    return mapping


def _add_knowledge_base_names(mapping: ActorMap) -> None:
    # The actor knowledge base may list dataset names; it belongs to the actors stage and
    # its shape can change, so read it defensively and fall back to the CSV alone.
    ref = resources.files("polemos") / "data" / "actors.yaml"
    try:
        import yaml

        data = yaml.safe_load(ref.read_text(encoding="utf-8")) if ref.is_file() else None
    except Exception:  # any failure here only means fewer mapping rows
        return
    actors = data.get("actors") if isinstance(data, dict) else None
    for actor in actors if isinstance(actors, list) else []:
        if not isinstance(actor, dict) or not isinstance(actor.get("name"), str):
            continue
        for dataset in ("acled", "ucdp"):
            names = actor.get(dataset)
            for gold_name in names if isinstance(names, list) else []:
                if isinstance(gold_name, str):
                    mapping.add(actor["name"], gold_name, dataset)


def actor_matches(
    predicted: str | None, gold: str | None, dataset: str = "", actor_map: ActorMap | None = None
) -> bool:
    """Does our actor name the same actor as the gold coding?

    Compared after folding, without ACLED's "(Country)" and "(2000-)" suffixes, either side
    of "QSD: Syrian Democratic Forces", and through the actor map. A gold name that starts
    with ours counts ("Military Forces of Syria (2000-) 4th Armored Division").
    """
    if not predicted or not gold:
        return False
    candidates = {predicted}
    if actor_map is not None:
        candidates |= actor_map.gold_names(predicted, dataset)
    ours = set().union(*(actor_variants(c) for c in candidates))
    theirs = actor_variants(gold)
    if ours & theirs:
        return True
    return any(t.startswith(o + " ") for o in ours for t in theirs if len(o.split()) >= 2)


# ---------------------------------------------------------------- admin-1 units

# words that name the kind of unit, not the unit
_UNIT_WORDS = {
    "governorate", "province", "region", "state", "department", "district", "oblast",
    "prefecture", "county", "muhafazat", "wilayat", "velayat", "division", "territory",
}
_ARABIC_ARTICLES = {"al", "ar", "as", "ad", "an", "at", "az", "ash", "el"}
# GeoNames' transliterations and ACLED's English names that no spelling rule links
ADMIN1_ALIASES = {
    "dimashq": "damascus",
    "rif dimashq": "rural damascus",
    "rif damascus": "rural damascus",
    "halab": "aleppo",
    "nineveh": "ninewa",
    "ninawa": "ninewa",
    "dahuk": "duhok",
    "dohuk": "duhok",
    "arbil": "erbil",
    "hawler": "erbil",
    "sulaymaniyah": "sulaimaniyah",
    "salah ad din": "salah al din",
    "salahuddin": "salah al din",
    "tartous": "tartus",
    "lattakia": "latakia",
    "al ladhiqiyah": "latakia",
}


def admin1_key(name: str) -> str:
    """Folded admin-1 name without unit words and leading Arabic articles."""
    words = [w for w in fold(name).split() if w not in _UNIT_WORDS]
    key = " ".join(words)
    key = ADMIN1_ALIASES.get(key, key)
    words = key.split()
    while len(words) > 1 and words[0] in _ARABIC_ARTICLES:
        words = words[1:]
    key = " ".join(words)
    return ADMIN1_ALIASES.get(key, key)


def _consonants(key: str) -> str:
    # vowels, h, w, y vary most between transliterations (Idlib/Idleb, Hamah/Hama)
    letters = re.sub(r"[aeiouhwy\s]", "", key)
    return re.sub(r"(.)\1+", r"\1", letters)


def admin1_matches(predicted: str | None, gold: str | None) -> bool:
    """Loose equality of admin-1 names across GeoNames, ACLED and UCDP spellings."""
    if not predicted or not gold:
        return False
    a, b = admin1_key(predicted), admin1_key(gold)
    if not a or not b:
        return False
    if a == b or a.replace(" ", "") == b.replace(" ", ""):
        return True
    # same consonants and same first letter: Ḩimş/Homs, Dayr az Zawr/Deir ez Zor
    ca, cb = _consonants(a), _consonants(b)
    if len(ca) >= 2 and ca == cb and a[0] == b[0]:
        return True
    if SequenceMatcher(None, a, b).ratio() >= 0.8:
        return True
    # names in other languages: GeoNames' alternate names say "Bayern" is Bavaria
    return bool(_admin1_codes(predicted) & _admin1_codes(gold))


@lru_cache(maxsize=4096)
def _admin1_codes(name: str) -> frozenset[str]:
    """GeoNames codes (``DE.02``) of the first-level units the gazetteer knows by ``name``."""
    from polemos.geo import load_gazetteer
    from polemos.geo.gazetteer import ADMIN1

    gazetteer = load_gazetteer()
    codes = set()
    for row in gazetteer.lookup(name, loose=False):
        if gazetteer.kind[row] == ADMIN1:
            code = gazetteer.place(row, 1.0).admin1_code
            if code:
                codes.add(code)
    return frozenset(codes)


# ---------------------------------------------------------------- place names in text

_PLACE_KIND = re.compile(
    r"\s+(village|town|city|area|district|sub-?district|governorate|province|region|camp|"
    r"neighbou?rhood|airport|base|road|hill|mountain|river|dam|border crossing|"
    r"countryside|outskirts)$",
    re.IGNORECASE,
)


def place_name_forms(name: str | None) -> list[str]:
    """Folded names a text may use for a gold place: "Tadmur/Palmyra town" -> tadmur, palmyra."""
    if not name:
        return []
    forms = []
    for part in re.split(r"[/,;]| or ", name):
        part = _PLACE_KIND.sub("", part.strip())
        key = fold(part)
        if key:
            forms.append(key)
            words = key.split()
            if len(words) > 1 and words[0] in _ARABIC_ARTICLES:
                forms.append(" ".join(words[1:]))
    return forms


def text_names_place(text: str, name: str | None, loose: bool = False) -> bool:
    """Does the text contain (folded, on word boundaries) one of the forms of ``name``?

    ``loose`` also accepts a run of up to four words with the same transliteration skeleton
    as a form (the gazetteer's secondary key): "Ter Ma'la" names "Teir Maaleh village".
    """
    haystack = f" {fold(text)} "
    forms = place_name_forms(name)
    if any(f" {form} " in haystack for form in forms):
        return True
    if not loose:
        return False
    from polemos.geo.names import secondary_key

    keys = {key for key in map(secondary_key, forms) if key and len(key) >= _LOOSE_KEY_MIN}
    words = haystack.split()
    return any(
        secondary_key(" ".join(words[start : start + size])) in keys
        for size in range(1, 5)
        for start in range(len(words) - size + 1)
    )


# a skeleton of one or two letters ("Ha" of "Hah village") matches too much
_LOOSE_KEY_MIN = 3


def headline_names_place(text: str, place: str | None, admin1: str | None = None) -> bool:
    """Does a headline name the gold event's place, or (given ``admin1``) its admin-1 unit?

    Decided from the text and the gold coding alone, never from the prediction: a subset
    chosen by the prediction's own place would count events the headline says nothing about
    ("Shells hit Daraa" for a gold event in Homs, matched to the Daraa event).
    """
    return text_names_place(text, place, loose=True) or (
        admin1 is not None and text_names_place(text, admin1, loose=True)
    )


_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    "ninety|hundred|hundreds|dozen|dozens|tens|scores"
)
_NUMBER = re.compile(rf"\b(\d+|{_NUMBER_WORDS})\b", re.IGNORECASE)


def text_states_number(text: str) -> bool:
    """Does the text hold a number (digits or a number word)? Only then can it state a toll."""
    return bool(_NUMBER.search(text))


# ---------------------------------------------------------------- dates and tolls


def parse_iso_day(value: str | None) -> date | None:
    """A ``YYYY-MM-DD`` string (or longer timestamp) as a date; None for coarser values."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def date_scores(predicted: str | None, gold: str | None) -> tuple[bool, bool]:
    """(exact, within one day). A month or year answer is never exact for a day in gold."""
    gold_day, pred_day = parse_iso_day(gold), parse_iso_day(predicted)
    if gold_day is None or pred_day is None:
        return (bool(predicted) and predicted == gold, bool(predicted) and predicted == gold)
    gap = abs((pred_day - gold_day).days)
    return gap == 0, gap <= 1


def fatalities_within(predicted: int, gold: int, share: float = 0.10) -> bool:
    """Within ``share`` of the gold toll (a gold toll of 0 must be met exactly)."""
    return abs(predicted - gold) <= share * gold
