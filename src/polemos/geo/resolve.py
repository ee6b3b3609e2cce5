"""Toponym recognition and resolution with document context.

Resolution scores every gazetteer candidate of a toponym by

* prominence: population (log) and admin level (countries and states are named more);
* how the name matched: the place's own name, an alternate name, or only a loose
  transliteration skeleton;
* document context: countries and admin1 units the other toponyms of the document point
  to, demonyms ("Syrian", "Kurdish"), and how close each candidate lies to plausible
  readings of the other toponyms;
* parent phrases: "Paris, Texas", "Maskanah in Aleppo province";
* level words: "the Aleppo province" is the governorate, "the city of Aleppo" the city.

A toponym the gazetteer lacks resolves to the nearest parent the text names ("a village
near Raqqa") with its precision lowered, never to a made-up exact point.

These hand-weighted scores run a few context rounds; the shipped ranker
(:mod:`polemos.geo.ranker`) then re-scores every candidate from the same signals plus
population rank, names the text states anywhere and coordinates it gives, and its
probability is the answer's confidence. Below the calibrated threshold an answer keeps its
point but its precision is lowered to admin1 or country. Unknown names fall back to the
parent the text names, a place inside the name ("Colorado State University") or the
nearest place the document resolved, always at a coarser precision and without an id.
Last, a name said again in the text is the same place ("one sense per discourse"): the
reading of the mention whose parent the text states, else of the surest one, goes to the
mentions of that name that state none.

Hand weights and both models were fitted on the first half of each corpus in
``../shared/geo/corpora`` (LGL, GeoWebNews, WikToR); the second halves are held out.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

import numpy as np

from polemos.article import Place
from polemos.geo.confidence import ANSWER_FEATURES, answer_features, default_answer_model_path
from polemos.geo.distance import haversine_km
from polemos.geo.gazetteer import (
    ADMIN1,
    ADMIN2,
    ALT_NAME,
    COUNTRY,
    MAIN_NAME,
    PLACE,
    REGION,
    SKELETON,
    UNIT_STRIPPED,
    Gazetteer,
    load_gazetteer,
)
from polemos.geo.lexicon import (
    ARABIC_NAMING_COUNTRIES,
    COMPASS_WORDS,
    COUNTRYSIDE_OF_CITY_UNIT,
    DEMONYMS,
    FIRST_LEVEL_COUNTIES,
    KEEP_PHRASES,
    LEVEL_WORDS,
    LINKED_COUNTRIES,
    LINKED_SHARE,
    NOT_CANDIDATES,
    REGION_DEMONYMS,
    STOP_WORDS,
    UNIT_DEMONYMS,
    UNIT_WORD_COUNTRIES,
)
from polemos.geo.names import fold, has_transliterated_word, is_transliterated
from polemos.geo.ranker import FEATURES, Ranker, load_ranker
from polemos.geo.recognize import (
    SpanFeatures,
    choose_spans,
    is_demonym,
    load_recognizer_model,
)
from polemos.resources import led_by_first_letters

# -- scoring weights (tuned on the first halves of the corpora only) ------------------------
W_POPULATION = 0.4  # per decade of population
KIND_BONUS = {PLACE: 0.3, ADMIN2: 0.0, ADMIN1: 1.0, COUNTRY: 3.0, REGION: 2.0}
QUALITY_BONUS = {0: 0.0, ALT_NAME: -0.15, SKELETON: -0.8, UNIT_STRIPPED: -1.0}
W_COUNTRY_CONTEXT = 2.5
W_ADMIN1_CONTEXT = 1.5
W_DEMONYM = 1.0
W_PARENT = 4.0
W_SPATIAL = 1.5  # other toponyms have plausible readings near this candidate
SPATIAL_KM = 200.0
SPATIAL_CANDIDATES = 20  # readings per other toponym that count as support
NAMED_AFTER_CITY_PENALTY = 1.5  # a bare "Aleppo" is the city, not the governorate
# ... when the city is of its province's scale: a town that holds less than a twentieth of the
# province's people ("Bihar" for Bihar Sharif, in the state of Bihar) is not what the
# province's bare name means (set a priori, not tuned; districts, the size of towns, keep
# the penalty)
CITY_SHARE_OF_ITS_NAMESAKE_UNIT = 0.05
CAPITAL_OVER_NAMESAKE = 20  # a capital this many times a namesake's size wins by its name
# a town this many times the size of namesakes that support only each other is the place meant
NAMESAKE_OF_FAMOUS = 5
# a place or unit this many times the size of a unit read by another name is the one meant
UNIT_OWN_NAME_LARGER = 1.5
MAX_CANDIDATES = 60
CONTEXT_ROUNDS = 3
W_WHOLE_NAME = 1.0  # "Texas County" matched whole beats "Texas" + a level word

_LEVEL_ALTERNATION = "|".join(sorted(LEVEL_WORDS, key=len, reverse=True))
_LEVEL_AFTER = re.compile(rf"\s+({_LEVEL_ALTERNATION})\b", re.IGNORECASE)
# "the Belgorod and Kursk regions", "Borno and Yobe states": the plural names both units
_PAIRED_LEVEL_AFTER = re.compile(
    r"\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
    r"(regions|provinces|governorates|districts|counties|oblasts)\b"
)
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z]")
_LEVEL_BEFORE = re.compile(rf"\b({_LEVEL_ALTERNATION})\s+of\s+$", re.IGNORECASE)
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"['’]s?$")

# lower-case words inside names: articles, "of", and the "and" of Yemen's "Khabb wa Ash Shaaf"
_JOINER = r"(?:al|el|ar|as|ad|an|az|ash|ez|ed|es|de|del|do|da|dos|das|di|du|la|of|og|wa|y)"
# the Arabic article a transliterated name may begin with in lower case: "al-Raqqa"
_ARTICLE = r"(?:al|el|ar|as|ad|an|az|ash|ez|ed|es)"
# "St. Lawrence County": the abbreviated saint is part of the name; so is Ireland's
# abbreviated county ("Larne (Mid and East Antrim, Co. Antrim)"), whose "Co" alone is
# Colorado's postal code
_NAME_WORD = r"(?:(?:St|Co)\.(?=\s[A-Z])|[A-Z][\w'’ʿ-]*)"
_NAME = rf"{_NAME_WORD}(?:[ -](?:{_JOINER}[ -])?{_NAME_WORD})*"
_JOINER_WORD = re.compile(rf"[ -]{_JOINER}[ -]")
_DIRECTION = r"(?:north|south|east|west)(?:[- ]?(?:east|west))?"
# "Kansas City, North": a compass point alone names no parent ("North Carolina" does)
_NOT_A_COMPASS_POINT = (
    r"(?!(?:North|South|East|West|Central|(?:North|South)-?(?:east|west))(?:ern)?\b(?![ -][A-Z]))"
)
# "seized Ramadi in May 2015": a month or a weekday names no parent
_NOT_A_DATE = (
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
# what may follow a toponym to name its parent: "X, Y", "X in (northern) Y", "X, a village
# near Y", "X north of Y", "X in the Y province"
_PARENT_AFTER = re.compile(
    # "Al Jadida village, Raqqa governorate", "Kulu district of Konya": the toponym's own
    # kind may come first
    rf"(?:\s+(?:village|town|city|area|camp|neighbou?rhood|district|sub-?district|township|"
    rf"municipality|commune|county|province|governorate|region))?"
    rf"(?:\s*\([^()]{{1,60}}\))?(?:\s*,)?"
    rf"(?:\s+(?:(?:is|was|lies)\s+)?(?:an?|the)(?:\s+[a-z-]+){{1,4}}?)?(?:\s*,)?\s*"
    rf"(?:,|\s(?:in|near|outside|of|at|close\s+to|{_DIRECTION}\s+of)\s)\s*(?:the\s+)?"
    rf"(?:(?:province|governorate|district|city|town|village|state|county|region)\s+of\s+)?"
    rf"(?:(?:{_DIRECTION}(?:ern)?|central|rural|eastern|western|northern|southern)\s+)?"
    # "al-Suwar town in the eastern countryside of Deir Ezzor": the unit around the town
    rf"(?:countryside\s+of\s+(?:the\s+)?)?"
    # "Zhuravka in Ukraine's Donetsk region", "Solhan in Burkina Faso's Yagha province": the
    # unit, not the country that holds it
    rf"(?:(?:[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*['’]s\s+"
    rf"(?=(?:{_ARTICLE}-)?{_NAME}\s+(?:{_LEVEL_ALTERNATION})\b))?"
    rf"{_NOT_A_COMPASS_POINT}{_NOT_A_DATE}((?:{_ARTICLE}-)?{_NAME})"
    rf"(?:\s+({_LEVEL_ALTERNATION})\b)?"
)
# "Franklin, Delaware, and Union counties": group 1 the list of names
_COUNTY_LIST = re.compile(rf"((?:{_NAME}(?:,\s+|,?\s+and\s+))+{_NAME})\s+counties\b")
# the country's adjective before a definition's kind of unit: "the Mexican state of "
_UNIT_ADJECTIVE = re.compile(r"\b([A-Z][a-z]+)\s+[a-z]+\s+of\s+(?:the\s+)?$")
# how high an admin level is, by gazetteer kind
_LEVEL = {ADMIN2: 1, ADMIN1: 2, COUNTRY: 3}
# the words that say what kind of state a name is, not where
_POLITY_WORDS = frozenset(
    {"republic", "kingdom", "federation", "commonwealth", "emirate", "emirates", "sultanate",
     "principality", "union", "democratic", "islamic", "people's", "peoples", "federal",
     "socialist", "united"}
)  # fmt: skip
# a name, and the longer name it may begin: "Democratic Republic | of the Congo"
_NAME_OF_THE = re.compile(rf"({_NAME})(\s+of\s+(?:the\s+)?{_NAME})?")
# where a definition turns from the units that hold the place to its neighbours
_DEFINITION_ASIDE = re.compile(
    r",?\s+(?:near|along|on\s+the|bordering|adjacent|across|approximately|about|situated|"
    r"located|lying|close\s+to|between|north|south|east|west)\b|;"
)
# where a definition's sentence ends: a full stop before a capital or a line break
_DEFINITION_END = re.compile(r"\.\s+(?=[A-Z])|\n")
# "X, Y" closing a clause: Y is X's parent, not the next item of a list
_CLOSING_PARENT = re.compile(
    # "Kani township, Sagaing region": the place's own kind of unit may come first
    rf"(?:\s+(?:{_LEVEL_ALTERNATION}|township|tehsil|woreda|upazila))?,\s*"
    # "Togher, Co Louth gathered": a county by its Irish and British title is a unit
    # whatever follows it
    rf"(?:(?:County|Co\.?)\s+{_NAME}\b|{_NOT_A_COMPASS_POINT}{_NAME}"
    rf"(?:\s+(?:{_LEVEL_ALTERNATION}|LGAs?))?"
    # ... closing the clause, or followed by one more, outer name that closes it
    # ("Al Jadida village, Raqqa governorate, Syria")
    # (", and Afghanistan" goes on with a list: "from Syria, Iraq, and Afghanistan")
    # ... or followed by a word that opens another part of the sentence ("near Orikhove,
    # Luhansk region as Russian forces attempted to advance"); not by a verb, whose subject
    # the name is ("Beyond Madinaty, Liverpool have other academies")
    rf"(?=\s*(?:[.;:)]|$|,\s+(?!(?:and|or|nor)\b)[a-z])"
    rf"|\s+(?:on|in|at|after|as|where|when|while|amid|during|following|near|before|since)\s"
    rf"|,\s*{_NAME}\s*(?:[.;:)]|$)"
    # ... or by whoever said so ("near Sarmada, Syria, Cook said")
    rf"|,\s*{_NAME}\s+(?:said|says|told|added|stated)\b"
    # ... or by its own parents in a bracket ("in Magama, Jibia LGA (Katsina)")
    rf"|\s*\())"
)
# "Hamilton Square in Birkenhead": the place the first lies in
_IN_PARENT = re.compile(
    rf"(?:\s+(?:village|town|city|area|camp|neighbou?rhood))?\s+in\s+(?:the\s+)?"
    # "al-Suwar town in the eastern countryside of Deir Ezzor"
    rf"(?:(?:{_DIRECTION}(?:ern)?\s+)?countryside\s+of\s+(?:the\s+)?)?"
    # "the town of Mahas in central Somalia": a part of the country named by its direction
    # (not "in the southern Sudanese capital": a people's adjective, no parent's name)
    rf"(?:(?:{_DIRECTION}(?:ern)?|central|eastern|western|northern|southern)\s+"
    rf"(?![A-Z][\w'’-]*(?:ese|ian|ish|i)\s+[a-z]))?"
    rf"{_NOT_A_COMPASS_POINT}{_NOT_A_DATE}(?:{_ARTICLE}-)?[A-Z]"
)
# "Lima is a town in Seminole County, Oklahoma": the definition names the unit that holds it,
# after the brackets and asides an encyclopaedic first sentence puts before it ("Yuma
# (Cocopah: Yuum) is a city in and the county seat of", "Medina, originally Young's Corner,
# is a community located entirely in", "X is a western suburb of Sydney")
# "73 kilometres (45 mi) north-west of ": how far and which way from a town
_MEASURED_FROM = (
    rf"\d[\d.,]*\s*(?:km|kilomet(?:re|er)s|miles|mi)\b\.?(?:\s*\([^()]{{0,20}}\))?\s+"
    rf"{_DIRECTION}(?:ward)?\s+of\s"
)
# a run of one to three capitalised words, Arabic articles between them ("Khan Shekhon",
# "Darat Izza", "Sheikh Miskeen"), hyphens inside them ("Der-Ezor")
_LOOSE_NAME_RUN = re.compile(
    r"\b[A-Z][a-z'’‘]+(?:-[A-Za-z][a-z'’‘]*)*"
    r"(?:\s+(?:(?:al|el|ad|ash|as|az)-)?[A-Z][a-z'’‘]+(?:-[A-Za-z][a-z'’‘]*)*){0,2}"
)
# a run of words as the words before its last one (None for one word) and the last
_LAST_WORD = re.compile(r"(?:(.*\S)\s+)?(\S+)", re.DOTALL)
# a first- or second-level unit's word right after a name: "Al Hassakah governorate"
_LEVEL_WORD_AFTER = re.compile(
    r"\s+(" + "|".join(w for w, v in LEVEL_WORDS.items() if v in ("admin1", "admin2")) + r")\b",
    re.IGNORECASE,
)
_IS_A_PLACE_IN = re.compile(
    r"(?:\s*/[^/\n]{1,40}/)?(?:\s*\([^()]{0,300}\))*"
    r"(?:\s*,\s+(?:originally|formerly|also|officially)\b[^.()]{0,100}?,)?"
    r",?\s+(?:is|was)\s+(?:an?|the|one\s+of\s+the(?:\s+\d+)?)\s+(?:[\w-]+\s+){0,5}?(?i:town|village|city|hamlet|community|"
    r"municipality|suburb|neighbou?rhood|borough|township|locality|settlement|place|district|"
    r"area|parish|quarter|commune|capital|seat|site|county|province|department|region|island|"
    r"governorate|state|estate|woreda|harbou?r|port|bay|beach|lake|valley|mountain|"
    r"peninsula|ward|barrio|oasis|base|station|territory|colony|atoll)s?(?:\s*\([^()]{0,30}\))?"
    r"(?:\s+(?:located|situated|found|lying)(?:\s+entirely)?)?"
    r"(?:\s*,?\s+(?:in(?:\s+and\s+the\s+county\s+seat\s+of)?|of|near|within|on)\s"
    # "a small rural town 73 kilometres (45 mi) north-west of Hobart": the town it is
    # measured from (STATED_DISTANCE reads how far)
    rf"|\s+(?:about\s+|approximately\s+|some\s+|roughly\s+)?{_MEASURED_FROM})"
)
# how far a definition says its place lies from the town it names: group 1 the number,
# group 2 the unit
STATED_DISTANCE = re.compile(rf"(?=(\d[\d.,]*)\s*([a-z]+))(?:{_MEASURED_FROM})\s*$")
# ... and the unit it names: "X is a Statutory Town located in Park County",
# "the capital city of the U.S. state of Texas", "in the Mexican state of Baja California
# Sur", "in the canton of Ticino". The capitalised word before a kind is a country's
# adjective or a unit's own name ("the Saddar Town of Karachi", "the Oromia Region of
# Ethiopia"): either way the unit after "of" holds the place, and is read, where the whole
# "Oromia Region of Ethiopia" is no name the gazetteer knows (on dev WikToR this reads 17
# more mentions right than taking only countries' adjectives, and none fewer)
_DEFINED_PARENT = re.compile(
    rf"{_IS_A_PLACE_IN.pattern}\s*(?:the\s+)?(?:U\.S\.\s+)?"
    rf"(?:(?:[A-Z][a-z]+\s+)?(?i:province|governorate|district|state|county|region|department|"
    rf"shire|municipality|city|town|canton|prefecture|oblast|territory|parish)\s+of\s+)?"
    rf"(?:(?:{_DIRECTION}(?:ern)?|central)\s+)?"
    rf"{_NOT_A_COMPASS_POINT}({_NAME})(?:\s+({_LEVEL_ALTERNATION})\b)?"
)


def _parent_after(text: str, end: int) -> re.Match[str] | None:
    """The phrase after a toponym ending at ``end`` that names its parent, if any: group 1
    is the parent's name, group 2 a level word after it ("Raqqa governorate")."""
    found = _DEFINED_PARENT.match(text, end) or _PARENT_AFTER.match(text, end)
    if found and (
        _POSSESSIVE_NEXT.match(text, found.end(1))
        or (found.group(1)[-2:] in ("'s", "’s") and _LOWER_WORD_NEXT.match(text, found.end(1)))
    ):
        # "in the Donetsk region, Russia's defence ministry said": a new phrase, no parent
        # ("St. John's, Newfoundland" is one)
        return None
    return found


_POSSESSIVE_NEXT = re.compile(r"['’]s\s+[a-z]")
_LOWER_WORD_NEXT = re.compile(r"\s+[a-z]")
_WORD = re.compile(r"[A-Za-z][a-z]+")
_LETTERS = re.compile(r"[A-Za-z]+")

# "Moscow says", "Kyiv has denied": a place that speaks is its government, named by its seat
# (a metonym), which says nothing of where the text's other places lie
_SPEECH_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:said|says|claimed|claims|announced|announces|denied|"
    r"denies|confirmed|confirms|accused|accuses|warned|warns|insisted|insists|responded|"
    r"blamed|blames|reported|reports)\b"
)


def _speaks(text: str, end: int) -> bool:
    return _SPEECH_AFTER.match(text, end) is not None


# (the lookahead for their first letters, implied by the names, spares the search trying
# every name at every character: two fifths of its time)
_MULTIWORD_DEMONYM = re.compile(
    rf"(?=[{''.join(sorted({d[0] for d in DEMONYMS if ' ' in d}))}])\b(?:"
    + "|".join(
        r"\s+".join(map(re.escape, d.split()))
        for d in sorted(DEMONYMS, key=len, reverse=True)
        if " " in d
    )
    + r")s?\b",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"[A-Z]{2,3}")
# "the Damascus countryside", "the (eastern) countryside of Damascus", "rural Damascus"; its
# outskirts and suburbs are the city's (UCDP codes "the eastern outskirts of Damascus" to
# the city: Jobar and Qaboun lie inside its unit)
_COUNTRYSIDE = re.compile(r"['’]?s?\s+countryside\b", re.IGNORECASE)
# a parent name that is only a compass point or the like: "(Southern)", "(North-East)"
_COMPASS_NAME = re.compile(
    r"(?:(?:North|South|East|West)(?:ern)?(?:[- ]?(?:North|South|East|West)(?:ern)?)?|Central|"
    r"Upper|Lower|Middle|Coast(?:al)?)(?:\s+(?:Region|Province|District|Zone))?",
    re.IGNORECASE,
)
_RURAL_NAME = re.compile(r"(?:Rural|Rif|Reef)\s+(.+)", re.IGNORECASE)
_COUNTRYSIDE_OF = re.compile(
    r"\b(?:countryside\s+of\s+(?:the\s+)?|rural\s+|rif\s+)$", re.IGNORECASE
)
# "Ajigin (Damboa, Borno)", "Kyauk Taung village (Thaton district, Mon state)": the
# bracket names the parents, most specific first, as ACLED's notes and many wires write
# a "person" the NER finds whose name is a place this big is the place
PROMINENT_POPULATION = 100_000
# ranker probabilities this close are a tie (Resolver._best_ranked)
RANKED_TIE = 0.01
SUBURB_KM = 50.0  # how far from the town its definition names a suburb or village may lie
_BEFORE_BRACKET = re.compile(rf"({_NAME})\s*\(")
# an institution's name, and the bracket after it that holds only a town's name: "the Wonju
# City Council (Wonju)" (not "the Ministry of Defence (MoD)", "Dozhd (Rain) TV")
_INSTITUTION_END = re.compile(
    r"\b(?:Council|Office|Court|Building|Hall|Station|Hospital|University|College|School|"
    r"Ministry|Department|Cent(?:re|er)|Committee|Headquarters|Chamber|Assembly|Plant|"
    r"Factory|Airport|Stadium|Square|Church|Mosque|Temple|Embassy|Consulate|Parliament|"
    r"Prison|Market|Port|Base|Camp|Bureau|Agency|Authority|Police)$"
)
_TOWN_IN_BRACKET = re.compile(r"\s*\([A-Z][a-z]+(?:[ -][A-Z]?[a-z]+)*\)")
# a bracket that places what precedes it by city and district, as ACLED's notes do: "in
# front of the LG Twin Towers (Seoul City - Yeongdeungpo)"
# "Los Angeles - Central", "(Seoul City - Yongsan)": ACLED names a big city's part after
# the city and a spaced dash
_CITY_DISTRICT = re.compile(rf"(?<![\w-])({_NAME})\s+[-–]\s+({_NAME})")
# the kinds of place a name may carry before its parents: "Caruaru municipality (Pernambuco)",
# "Kani township (Yinmarbin district, Sagaing region)", "Imam Sahib district, Kunduz"
PLACE_KINDS = (
    r"village|town|city|countryside|township|district|sub-?district|area|neighbou?rhood|camp|"
    r"municipality|province|county|region|commune|locality|department|corregimiento|ward|state|"
    r"governorate|"
    r"LGA|woreda|upazila|tehsil"
)
# a kind of place right after a name: "Kaura Namoda town", "Bulo Marer village"
_KIND_AFTER = re.compile(
    r"\s+(?:town|village|city|hamlet|township|municipality|district|province|governorate|"
    r"neighbou?rhood|camp)\b(?!['’]s)",
    re.IGNORECASE,
)
# the kind of place a name is said to be right before it: "the town of", "the village of"
_KIND_OF_BEFORE = re.compile(
    r"\b(?:town|village|city|hamlet|settlement|kibbutz|moshav|township|municipality|"
    r"district|province|governorate|region|neighbou?rhood|camp|port|border\s+town|"
    # "the outskirts of Kfar Kila" (a person, to the small NER model)
    r"outskirts|suburbs?|vicinity|countryside|environs)\s+of\s+$",
    re.IGNORECASE,
)
# ("Rangeli municipality-7 (Morang district)": the ward's number after the kind)
_BRACKET_AFTER = re.compile(rf"(?:\s+(?:{PLACE_KINDS})(?:-\d+)?)?\s*\(([^()]{{2,90}})\)")
# a bracket that says something of the place rather than list its parents: "(coded to
# Chitre)", "(as reported)"; "(al-Raqqa)" lists one; nor one that gives the name in another
# language or its sound: "(Somali: Dhanaan)", "(/ˌsæn rəˈfɛl/)"
_NOT_PARENTS = re.compile(
    r"^\s*(?!(?:al|el|ar|as|ad|an|az|ash|ez|ed|es)[-\s'’])[a-z]|^[^:/]*[:/]"
)


# "X (Liberty) is a municipality": a bracket the sentence goes on from with its
# verb glosses the name rather than lists its parents
_GLOSS_END = re.compile(r"\s*(?:,\s*)?(?:is|was|are|were)\b")


def _is_acronym_before(bracket: str, text: str, end: int) -> bool:
    """Is ``bracket`` ("SWA", "FUTO") the initials of the words that end at ``end``
    ("South Waziristan Agency", "University of Technology, Owerri")?"""
    if not (2 <= len(bracket) <= 8 and bracket.isalpha() and bracket.isupper()):
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", text[max(0, end - 120) : end]))
    return bracket in initials[-len(bracket) - 2 :]


# a unit's name in a bracket, with the "and" a few units' names hold ("Ballymena (Mid and
# East Antrim)", "(Srinagar, Jammu and Kashmir)"): commas part the bracket's units, so an
# "and" inside one part joins a name, not two parents (whose first word, "Mid" alone, is
# read loosely as Mead, Washington)
_BRACKET_NAME = re.compile(rf"{_NAME}(?:\s+and\s+{_NAME})*")


def bracket_parents(text: str, end: int) -> list[tuple[int, int]]:
    """Spans of the names in a bracket right after a toponym, most specific first."""
    match = _BRACKET_AFTER.match(text, end)
    if not match or _NOT_PARENTS.match(match.group(1)) or _GLOSS_END.match(text, match.end()):
        return []
    if _is_acronym_before(match.group(1).strip(), text, end):
        return []  # "South Waziristan Agency (SWA)": the name's short form
    spans = []
    for part in re.finditer(r"[^,;]+", match.group(1)):
        name = _BRACKET_NAME.search(part.group())
        if name:
            spans.append(
                (
                    match.start(1) + part.start() + name.start(),
                    match.start(1) + part.start() + name.end(),
                )
            )
    return spans


# coordinates stated in the text, as encyclopaedic and some news texts do:
# "(39.145, -74.684)", "32°20′59″N 87°38′28″W"
_DECIMAL_POINT = re.compile(r"\((-?\d{1,2}\.\d{3,})\s*[,;]\s*(-?\d{1,3}\.\d{3,})\)")
_DMS_POINT = re.compile(
    r"(\d{1,2})°\s*(?:(\d{1,2})[′']\s*)?(?:(\d{1,2}(?:\.\d+)?)[″\"]\s*)?([NS])[,\s]+"
    r"(\d{1,3})°\s*(?:(\d{1,2})[′']\s*)?(?:(\d{1,2}(?:\.\d+)?)[″\"]\s*)?([EW])"
)
NO_COORDINATES = 6.0


def text_coordinates(text: str) -> list[tuple[float, float]]:
    """Points the text states in decimal or degree-minute-second form."""
    return [(lat, lon) for lat, lon, _ in stated_points(text)]


def stated_points(text: str) -> list[tuple[float, float, int]]:
    """Points the text states, each with the offset where it is written."""
    points = []
    for m in _DECIMAL_POINT.finditer(text):
        lat, lon = float(m.group(1)), float(m.group(2))
        if abs(lat) <= 90 and abs(lon) <= 180:
            points.append((lat, lon, m.start()))
    for m in _DMS_POINT.finditer(text):
        d1, m1, s1, ns, d2, m2, s2, ew = m.groups()
        lat = int(d1) + int(m1 or 0) / 60 + float(s1 or 0) / 3600
        lon = int(d2) + int(m2 or 0) / 60 + float(s2 or 0) / 3600
        if lat <= 90 and lon <= 180:
            points.append((-lat if ns == "S" else lat, -lon if ew == "W" else lon, m.start()))
    return points


# "Milan is located at 39°7′22″N 85°7′50″W", "Nazareth is located in eastern Castro County
# ... at 34°", "this town has a latitude and longitude of 6°": a sentence that says where
# its subject is, up to the point it states
_SAYS_WHERE = re.compile(
    r"\b(?:located|situated|lies|lying|latitude|longitude|coordinates)\b", re.IGNORECASE
)
_SENTENCE_SUBJECT = re.compile(
    rf"(?:(?P<it>it|the\s+(?:town|village|city|community|hamlet|settlement|place|cdp)|"
    rf"this\s+(?:town|village|city|community|hamlet|settlement|place))|(?P<name>{_NAME}))"
    r"(?=\s+(?:not\s+\w+\s+)?(?:is|was|lies|has)\b)",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?]\s+)(?=\S)")
# how sure the resolver is of a country named in a text on that country's war
THEATRE_COUNTRY_SURE = 0.9
# the words that begin a settlement's own name in the languages of conflict zones' maps
# ("Puerto Jordan", "San Pedro", "Villa Nueva", "Fort Portal"): such a name is a town's
_SETTLEMENT_HEADS = frozenset(
    "puerto porto port san santa santo sao ciudad villa vila fort saint st ste ban".split()
)
# the Arabic heads of settlement names ("Ras Baalbek", "Tal Kurdi", "Kafr Nabl"): where the
# text places no country, a name the gazetteer lacks that begins with one is a village's own,
# a feature neither of its head ("Ras" is Saudi Arabia's Ar Rass) nor of its other words
# ("Kurdi" an Egyptian village), but of the head with them ("Deir Ezzor Desert")
_ARABIC_HEADS = frozenset(
    "ras tal tall tell deir dayr kafr kfar ain ayn bir jabal jebel wadi khirbet khirbat umm "
    "beit bayt qasr marj".split()
)
# how sure a reading must be to place the local features the gazetteer lacks around it
FOCUS_SURE = 0.5
# below this the ranker's pick in a country none of the text's sure places lie in is a
# namesake abroad of a place the gazetteer lacks (set a priori, not tuned)
DOUBTED_ABROAD = 0.15
# ... and below this, a pick whose name is only one of its alternate names ("Gulshan" read as
# Iran's Golshan in a report from Dhaka), where one sure pick lies in another country
DOUBTED_ALT_NAME_ABROAD = 0.3
# fewer people than this, a place matched by an alternate name only is as loose a reading as a
# skeleton's when nothing in the text points to its country (set a priori, not tuned)
HAMLET_POPULATION = 1000
# how near a candidate must lie to the point its text states to be the place
STATED_POINT_KM = 25.0


# countries, admin1 units and admin2 units the text names anywhere
_Units = tuple[set[int], set[int], set[int]]


@dataclass
class _Mention:
    start: int
    end: int
    query: str
    hint: str | None
    candidates: dict[int, int]  # row -> name-match quality
    prior: dict[int, float] = field(default_factory=dict)
    # best candidates of the parent the text names for this one ("Paris, Texas")
    parent: list[int] = field(default_factory=list)
    # per candidate: [matched whole, level-word fit, unit named after a candidate city]
    parts: dict[int, list[float]] = field(default_factory=dict)
    # a wire's dateline: only the big cities of the name are candidates (_dateline_city)
    dateline: bool = False
    # "the ambassador of the United States in Athens": a country that sends an envoy says
    # where the envoy is not; it is no context for the text's places
    envoy: bool = False
    # "Cairo's gated suburb of Madinaty": the span of the toponym that owns this one, told
    # before it (_OWNER_BEFORE), when the text names one
    owner: tuple[int, int] | None = None


@dataclass
class _RoundContext:
    """Per name (casefolded query) of a text, in one context round: its belief in countries
    and in admin1 units, and its likeliest non-country readings with their plausibility."""

    countries: dict[str, dict[int, float]] = field(default_factory=dict)
    admin1s: dict[str, dict[int, float]] = field(default_factory=dict)
    supporters: dict[str, tuple[list[int], list[float]]] = field(default_factory=dict)
    # (candidate row -> line of ``support``, and per line the support each name of
    # ``supporters``, in its order, gives that row): see Resolver._spatial_support
    support_lines: dict[int, int] = field(default_factory=dict)
    support: np.ndarray | None = None
    # per name: the other names' summed beliefs in countries and admin1 units, and how many
    # they are (Resolver._others_beliefs)
    others: dict[str, tuple[dict[int, float], dict[int, float], int]] = field(
        default_factory=dict
    )


def level_hint(text: str, start: int, end: int) -> str | None:
    """The admin level the words in or around a toponym name ("Aleppo province")."""
    words = text[start:end].split()
    if len(words) > 1:
        for word in (words[-1], words[0]):
            hint = LEVEL_WORDS.get(word.casefold())
            if hint:
                return hint
    after = _LEVEL_AFTER.match(text, end) or _PAIRED_LEVEL_AFTER.match(text, end)
    if after:
        return LEVEL_WORDS[after.group(1).casefold()]
    before = _LEVEL_BEFORE.search(text[max(0, start - 30) : start])
    if before:
        return LEVEL_WORDS[before.group(1).casefold()]
    if text.startswith(")", end) and _OPENS_AFTER_A_NAME.search(
        text, max(0, start - 60), start
    ):
        # "Tondobi (Seytenga, Seno)", "Tame (Arauca)": the name that closes the bracket after
        # a place is the unit that holds it (ACLED's notes and the wires write places so)
        return "admin1"
    return None


# "Tondobi (" or "Tondobi (Seytenga, " right before the name, with no other bracket between
_OPENS_AFTER_A_NAME = re.compile(r"[A-Z][\w'’-]*\s+\((?:[^()]{1,40},\s*)?$")


def _query_of(surface: str, g: Gazetteer | None = None) -> tuple[str, str | None]:
    """The name to look up (without a leading "the" or a possessive), and the same
    without its level word ("Aleppo province" -> "Aleppo") if it has one."""
    surface = without_possessive(_LEADING_THE.sub("", surface.strip()), g)
    words = surface.split()
    if len(words) > 1 and words[-1].casefold() in LEVEL_WORDS:
        return surface, " ".join(words[:-1])
    if len(words) > 2 and words[0].casefold() in LEVEL_WORDS and words[1] == "of":
        return surface, " ".join(words[2:])
    return surface, None


def _repick(
    i: int,
    row: int,
    scores: list[dict[int, float]],
    picks: list[int | None],
    confidences: list[float],
) -> None:
    """Mention ``i`` read as ``row`` instead, as sure as of the reading it displaced."""
    picks[i] = row
    confidences[i] = max(scores[i].get(row, 0.0), confidences[i])


# the words that name a part of a place ("Northern Nicosia", "Greater Cairo")
_PART_WORDS = COMPASS_WORDS | {"upper", "lower", "greater", "outer", "inner", "downtown"}


class Resolver:
    """Resolves toponyms against a :class:`Gazetteer` (loaded lazily if not given)."""

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        ranker: Ranker | None | str = "shipped",
        recognizer: Ranker | None | str = "shipped",
        calibrator: Ranker | None | str = "shipped",
    ):
        self._gazetteer = gazetteer
        # "shipped": the model in package data if there is one; None: hand weights only
        self._ranker = load_ranker() if ranker == "shipped" else ranker
        # the answer-confidence model is trained on the shipped ranker's answers: with any
        # other ranker (or none) the confidence stays the ranker's own
        if calibrator == "shipped":
            calibrator = (
                load_ranker(default_answer_model_path(), ANSWER_FEATURES)
                if ranker == "shipped"
                else None
            )
        self._calibrator = calibrator
        self._recognizer: Ranker | None | str = recognizer
        self._last_matches: tuple[str, list[tuple[int, int]]] | None = None
        self._excluded_rows: frozenset[int] | None = None
        if isinstance(self._ranker, str):
            raise TypeError("ranker is a Ranker, None or 'shipped'")

    @property
    def ranker(self) -> Ranker | None:
        return self._ranker  # type: ignore[return-value]

    @property
    def calibrator(self) -> Ranker | None:
        return self._calibrator  # type: ignore[return-value]

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    # -- candidates --------------------------------------------------------------------------

    def _candidates(self, query: str, hint: str | None) -> dict[int, int]:
        g = self.gazetteer
        found = g.lookup(query)
        if hint in ("admin1", "admin2"):
            # "Nineveh Governorate" may be a unit's full name: look it up whole as well
            full = g.lookup(f"{query} {'governorate' if hint == 'admin1' else 'district'}")
            for row, q in full.items():
                found.setdefault(row, q)
        excluded = self._not_candidates()
        if excluded and not excluded.isdisjoint(found):
            found = {r: q for r, q in found.items() if r not in excluded}
        if is_transliterated(query) and found and all(q == SKELETON for q in found.values()):
            found = {r: q for r, q in found.items() if self._arabic_naming(r)}
        if len(found) > MAX_CANDIDATES:
            pops = {r: self._prior(r, q) for r, q in found.items()}
            keep = sorted(pops, key=pops.__getitem__, reverse=True)[:MAX_CANDIDATES]
            found = {r: found[r] for r in keep}
        return found

    def _not_candidates(self) -> frozenset[int]:
        """The rows of the GeoNames records no news means by their names (lexicon)."""
        if self._excluded_rows is None:
            rows = (self.gazetteer.row_of_geonameid(gid) for gid in NOT_CANDIDATES)
            self._excluded_rows = frozenset(r for r in rows if r is not None)
        return self._excluded_rows

    def _arabic_naming(self, row: int) -> bool:
        return self.gazetteer.country_code(row) in ARABIC_NAMING_COUNTRIES

    def _prior(self, row: int, quality: int) -> float:
        g = self.gazetteer
        return (
            W_POPULATION * math.log10(int(g.population[row]) + 1)
            + KIND_BONUS[int(g.kind[row])]
            + QUALITY_BONUS[quality]
        )

    def _mention(self, text: str, start: int, end: int, hint: str | None = None) -> _Mention:
        hint = hint or level_hint(text, start, end)
        full, stripped = _query_of(text[start:end], self.gazetteer)
        candidates = self._candidates(full, hint) if full else {}
        whole = set(candidates)
        after = _LEVEL_AFTER.match(text, end)
        if (
            after
            and not stripped
            and LEVEL_WORDS[after.group(1).casefold()] in ("admin1", "admin2")
            # "Dublin City Council", "Plateau State Government": an institution's name
            and not _CAPITALISED_AFTER.match(text, after.end())
        ):
            # "in Plateau state": the name with the level word after it may be a unit's whole
            # name ("Plateau State", Nigeria's), as against a namesake's bare one (Benin's
            # Plateau department)
            with_level = self._candidates(f"{full} {after.group(1)}", hint)
            stripped = full
            whole = set(with_level)
            for row, q in with_level.items():
                candidates[row] = min(q, candidates.get(row, q))
        if stripped:
            # "Kansas City" is a name, "Aleppo province" a name plus a level: try both,
            # trusting the whole name more
            for row, q in self._candidates(stripped, hint).items():
                candidates.setdefault(row, q)
        g = self.gazetteer
        if hint == "place" and candidates and all(g.kind[r] != PLACE for r in candidates):
            # "Sivasagar city (Sivasagar district, Assam)": the town a unit is named after,
            # though the gazetteer knows the spelling only as the unit's
            for row, q in self._namesake_towns(candidates).items():
                candidates.setdefault(row, q)
        # "Guma LGA": a kind of unit only Nigeria (and Australia) has, not Liberia's Guma
        level_word = after.group(1) if after else (full.split()[-1] if stripped else "")
        own_countries = {
            g.country_id(cc) for cc in UNIT_WORD_COUNTRIES.get(level_word.casefold(), ())
        }
        inside = {r: q for r, q in candidates.items() if int(g.country[r]) in own_countries}
        if inside:
            candidates = inside
        if hint == "admin2" and level_word.casefold() in ("county", "counties"):
            # "Lamu county": Kenya's first-level unit, unless a second-level one elsewhere
            # has the name
            first = {g.country_id(cc) for cc in FIRST_LEVEL_COUNTIES}
            kinds_there = {
                (int(g.kind[r]), int(g.country[r]) in first) for r in candidates
            }
            if (ADMIN1, True) in kinds_there and (ADMIN2, False) not in kinds_there:
                hint = "admin1"
        rural = _RURAL_NAME.match(full)
        if rural and not whole:
            # "Rural Damascus", "Rif Damascus": ACLED's and SOHR's name of the unit around
            # the city, one span
            around = self._countryside(self._candidates(rural.group(1), None))
            if around:
                candidates, hint = around, "admin1"
        if _COUNTRYSIDE.match(text, end) or _COUNTRYSIDE_OF.search(text, max(0, start - 40), start):
            around = self._countryside(candidates)
            if around:
                candidates, hint = around, "admin1"
        # "Spanish Town" is a town's whole name, not Spain's adjective and a level word
        demonym_row = (
            None
            if (stripped and whole) or _in_parent_bracket(text, start, end)
            else self._demonym_row(stripped or full)
        )
        if demonym_row is not None:
            # "Syrian", "European": gold corpora mark these as toponyms meaning the country
            # or region; never "Canadian County" for "Canadian"
            candidates = {demonym_row: MAIN_NAME}
        mention = _Mention(start, end, stripped or full, hint, candidates)
        for row, q in candidates.items():
            is_whole = bool(stripped and row in whole)
            kind = int(g.kind[row])
            fit = 0.0
            if hint == "admin1":
                fit = {ADMIN1: 3.0, ADMIN2: 1.5}.get(kind, -3.0)
            elif hint == "admin2":
                fit = {ADMIN2: 3.0, ADMIN1: 1.0}.get(kind, -2.0)
            elif hint == "place":
                fit = 1.5 if kind == PLACE else -1.0
            mention.prior[row] = self._prior(row, q) + (W_WHOLE_NAME if is_whole else 0.0) + fit
            mention.parts[row] = [float(is_whole), fit, 0.0]
        if hint not in ("admin1", "admin2"):
            self._penalise_units_named_after_cities(mention)
        return mention

    def _namesake_towns(self, candidates: dict[int, int]) -> dict[int, int]:
        """The towns that bear the names of the admin units among ``candidates``, in or near
        the unit (Sibsāgar, the town, for Sibsāgar district), each with its unit's match
        quality."""
        g = self.gazetteer
        towns: dict[int, int] = {}
        for unit, quality in candidates.items():
            if g.kind[unit] not in (ADMIN1, ADMIN2):
                continue
            name = fold(g.name(unit))
            for row in g.lookup(g.name(unit), loose=False):
                if (
                    g.kind[row] == PLACE
                    and g.country[row] == g.country[unit]
                    and fold(g.name(row)) == name
                    and g.contains(unit, row)
                ):
                    towns[row] = min(quality, towns.get(row, quality))
        return towns

    def _countryside(self, candidates: dict[int, int]) -> dict[int, int]:
        """The readings of "the Damascus countryside": for a city that is an admin1 unit of
        its own, the unit around it instead of the city and its unit (Rif Dimashq, not
        Dimashq); empty when the name is no such city."""
        g = self.gazetteer
        around: dict[int, int] = {}
        for row, quality in candidates.items():
            unit = row if g.kind[row] == ADMIN1 else int(g.admin1[row])
            code = COUNTRYSIDE_OF_CITY_UNIT.get(g.code(unit)) if unit >= 0 else None
            outer = g.row_of_code(code) if code else None
            if outer is not None:
                around[outer] = min(quality, around.get(outer, quality))
        return around

    def _demonym_row(self, query: str) -> int | None:
        key = fold(query)
        g = self.gazetteer
        region = REGION_DEMONYMS.get(key) or REGION_DEMONYMS.get(key.removesuffix("s"))
        if region:
            rows = [r for r, q in g.lookup(region, loose=False).items() if g.kind[r] == REGION]
            return rows[0] if rows else None
        unit = UNIT_DEMONYMS.get(key) or UNIT_DEMONYMS.get(key.removesuffix("s"))
        if unit:
            return g.row_of_code(unit)
        countries = DEMONYMS.get(key) or DEMONYMS.get(key.removesuffix("s"))
        if countries and len(countries) == 1:
            return g.row_of_code(countries[0])
        return None

    def _penalise_units_named_after_cities(self, mention: _Mention) -> None:
        g = self.gazetteer
        places = [r for r in mention.candidates if g.kind[r] == PLACE]
        if not places:
            return
        for row in mention.candidates:
            unit_people = int(g.population[row])
            if g.kind[row] in (ADMIN1, ADMIN2) and any(
                g.contains(row, p)
                and (
                    g.kind[row] == ADMIN2
                    or int(g.population[p]) >= CITY_SHARE_OF_ITS_NAMESAKE_UNIT * unit_people
                )
                for p in places
            ):
                mention.prior[row] -= NAMED_AFTER_CITY_PENALTY
                mention.parts[row][2] = 1.0

    # -- resolution --------------------------------------------------------------------------

    def resolve(
        self,
        text: str,
        spans: Sequence[tuple[int, int]],
        countries: Sequence[str] = (),
        theatre: Sequence[str] = (),
    ) -> list[Place | None]:
        """One :class:`Place` (or None) per span, using the whole text as context.

        ``countries``: ISO2 codes the text implies by other means than names (the actors
        stage: "regime forces" are Syria's), weighed like a demonym ("Syrian").
        ``theatre``: the countries the text's armed actors fight in; a name read in another
        country is read inside them when it can be (see :meth:`_into_theatre`).

        With the shipped answer-confidence model, each answer's confidence is that model's
        P(within 161 km) (see :mod:`polemos.geo.confidence`)."""
        if not spans:
            return []
        mentions, scores, places, support = self._answers(text, spans, countries, theatre)
        if self.calibrator is None:
            return places
        x = self.answer_features(text, mentions, scores, places, support)
        return self._calibrated(x, places)

    def answer_features(
        self,
        text: str,
        mentions: list[_Mention],
        scores: list[dict[int, float]],
        places: list[Place | None],
        support: dict[str, float],
    ) -> np.ndarray:
        """The answer-confidence model's inputs, one row per mention (NaN: no point)."""
        names = [text[m.start : m.end] for m in mentions]
        candidates = [m.candidates for m in mentions]
        return answer_features(self.gazetteer, names, candidates, scores, places, support)

    def answer_examples(
        self, text: str, spans: Sequence[tuple[int, int]]
    ) -> tuple[list[Place | None], np.ndarray]:
        """The answers before calibration and their features (for training the model)."""
        if not spans:
            return [], np.zeros((0, len(ANSWER_FEATURES)))
        mentions, scores, places, support = self._answers(text, spans, (), ())
        return places, self.answer_features(text, mentions, scores, places, support)

    def _calibrated(self, x: np.ndarray, places: list[Place | None]) -> list[Place | None]:
        """Each answer with the answer model's confidence, the resolver's own kept as its
        ``reading``. Answers are copied: one sense per discourse shares one Place among
        mentions.

        The precision stays what the reading gave (:meth:`_answer` lowers a reading the
        ranker doubts). The answer model learnt from US-heavy corpora: it rates a foreign
        capital beside a US name ("Bogota (Bogota, D.C.)") or a lone Iraqi town below its
        threshold, where lowering their precision moved dev ACLED events off Bogota and put
        Samarra's capture at the province."""
        calibrator = self.calibrator
        assert calibrator is not None
        located = [i for i, p in enumerate(places) if p is not None and p.latitude is not None]
        if not located:
            return places
        probs = calibrator.predict(x[located])
        out = list(places)
        for i, prob in zip(located, probs.tolist(), strict=True):
            place = out[i]
            assert place is not None
            out[i] = replace(place, confidence=float(prob), reading=place.confidence)
        return out

    def _answers(
        self,
        text: str,
        spans: Sequence[tuple[int, int]],
        countries: Sequence[str],
        theatre: Sequence[str],
    ) -> tuple[list[_Mention], list[dict[int, float]], list[Place | None], dict[str, float]]:
        """The mentions, their candidates' scores and their answers, before calibration; and
        the countries the text supports (ISO2 -> weight): those its demonyms, country names
        and actors imply, and a war's theatre, which implies its countries as "Iraqi" does."""
        mentions, scores, demonyms, units = self._analyse(text, spans, countries)
        g = self.gazetteer
        support: dict[str, float] = defaultdict(float)
        for number, weight in demonyms.items():
            code = g.iso2_of(number)
            if code:
                support[code] += weight
        for code in theatre:
            support[code] += 1.0
        if self.ranker is not None:
            features = self.features(text, mentions, scores, demonyms, units)
            hand = scores
            scores = self._ranked(features)
            picks = [
                self._best_ranked(m, s, h) for m, s, h in zip(mentions, scores, hand, strict=True)
            ]
            confidences = [
                s[p] if p is not None else 0.0 for s, p in zip(scores, picks, strict=True)
            ]
        else:
            picks = [self._best(m, s) for m, s in zip(mentions, scores, strict=True)]
            confidences = [
                self._confidence(m, s, p) if p is not None else 0.0
                for m, s, p in zip(mentions, scores, picks, strict=True)
            ]

        self._parents_hold_children(text, mentions, scores, picks, confidences)
        self._capitals_by_name(mentions, scores, picks, confidences)
        pointed = self._countries_pointed_to(demonyms, units)
        self._namesake_clusters(mentions, scores, picks, confidences, pointed)
        self._units_by_their_own_name(mentions, scores, picks, confidences)
        self._capitals_over_their_units(mentions, scores, picks, confidences)
        self._counties_by_a_city_s_name(mentions, scores, picks, confidences, pointed)
        self._units_of_the_sentence(text, mentions, scores, picks, confidences)
        abroad = self._into_theatre(text, mentions, scores, picks, confidences, theatre)
        abroad.update(self._loose_abroad(mentions, picks, demonyms, units))
        abroad.update(self._doubted_abroad(text, mentions, picks, confidences))
        # "cadres of NC ... in Badigadh rural municipality (Baglung district)": initials read
        # as North Carolina would lend their state to the village the gazetteer lacks, so
        # they go before any fallback reads a parent from them
        # (the places are built only for a text with a short acronym among its names: most
        # have none, and this runs for every text)
        foreign: set[int] = set()
        if any(_ACRONYM.fullmatch(text[m.start : m.end]) for m in mentions):
            foreign = set(
                self._foreign_acronyms(
                    text, mentions, [None if p is None else g.place(p) for p in picks], demonyms
                )
            )
        for i in foreign:
            picks[i] = None
        # the readings of the names in a bracket, read with the whole text: "Avissawella
        # (Colombo, Western)" lies where that Colombo is, whatever a Colombo alone might be
        resolved = {
            (m.start, m.end): (pick, conf)
            for m, pick, conf in zip(mentions, picks, confidences, strict=True)
            if pick is not None
        }
        places: list[Place | None] = []
        for i, (m, s, pick, conf) in enumerate(
            zip(mentions, scores, picks, confidences, strict=True)
        ):
            if i in foreign:
                places.append(None)
                continue
            if i in abroad:
                # a parent the text names places it, else the unit of the nearest place
                # the text placed, else the country the text is about
                country = abroad[i]
                places.append(
                    self._fallback(text, m, resolved, theatre)
                    or self._document_focus(text, m, mentions, picks, confidences)
                    or (self._unplaced(text, m, country, 0.05) if country is not None else None)
                )
                continue
            if pick is None:
                places.append(
                    self._demonym_country(m)
                    or self._embedded(text, m)
                    or self._fallback(text, m, resolved, theatre)
                    or self._partial_name(text, m, picks, units)
                    or self._document_focus(text, m, mentions, picks, confidences)
                )
                continue
            if self._contradicts_parent(text, m, pick) and not self._parent_elsewhere(
                text, m, pick
            ):
                # "Geneva, New York" picked in Ohio: the candidate inside the named parent;
                # "Pescador (Cauca)" with only a Brazilian Pescador known: the text's own
                # parent wins, at its coarser precision, over a same-named place elsewhere
                inside = [r for r in s if not self._contradicts_parent(text, m, r)]
                if inside:
                    pick = max(inside, key=s.__getitem__)
                    conf = s[pick] if self.ranker is not None else self._confidence(m, s, pick)
                    places.append(self._answer(pick, s, conf))
                    continue
                fallback = self._fallback(text, m, resolved, theatre)
                if fallback is not None:
                    places.append(fallback)
                    continue
            places.append(self._answer(pick, s, conf))
        self._at_stated_points(text, mentions, scores, places)
        self._context_acronyms(text, mentions, places, demonyms)
        for i in self._foreign_acronyms(text, mentions, places, demonyms):
            places[i] = None
        return mentions, scores, _one_sense_per_discourse(text, mentions, places), support

    def _capitals_by_name(
        self,
        mentions: list[_Mention],
        scores: list[dict[int, float]],
        picks: list[int | None],
        confidences: list[float],
    ) -> None:
        """"a hospital in Rome" in a text about Liverpool and London that names the United
        States twice is Italy's capital, not Rome, Georgia: a country's capital by its own
        name beats a far smaller namesake abroad when the text's other places all lie
        outside the namesake's country. The ranker weighs a country named anywhere as
        support for every place in it. Changes ``picks`` and ``confidences`` in place."""
        g = self.gazetteer
        capitals: dict[int, int] = {}  # mention -> the capital its name also names
        for i, (mention, pick) in enumerate(zip(mentions, picks, strict=True)):
            if pick is None or mention.parent or g.kind[pick] != PLACE:
                continue
            capital = next(
                (
                    r
                    for r, q in mention.candidates.items()
                    if q == MAIN_NAME
                    and g.kind[r] == PLACE
                    and g.country[r] != g.country[pick]
                    and r == g.capital(g.country_code(r) or "")
                ),
                None,
            )
            if capital is not None and (
                int(g.population[pick]) * CAPITAL_OVER_NAMESAKE <= int(g.population[capital])
            ):
                capitals[i] = capital
        # namesakes of capitals support no one: "LONDON ... Rome" read as Ohio's twice
        others = [
            p
            for j, p in enumerate(picks)
            if j not in capitals and p is not None and g.kind[p] != COUNTRY
        ]
        for i, capital in capitals.items():
            pick = picks[i]
            assert pick is not None
            # only in a text about places abroad (two at least): "Rome ... Atlanta" is
            # Georgia's Rome, and a local paper's "Dublin" beside one misread school is its
            # own town
            if len(set(others)) < 2 or any(g.country[p] == g.country[pick] for p in others):
                continue
            _repick(i, capital, scores, picks, confidences)

    def _namesake_clusters(
        self,
        mentions: list[_Mention],
        scores: list[dict[int, float]],
        picks: list[int | None],
        confidences: list[float],
        pointed: set[int],
    ) -> None:
        """"Fighting in Palmyra and Damascus" is Syria's, not Pennsylvania's Palmyra and
        Maryland's Damascus: towns named after famous places abroad support each other in
        the ranker's context (the United States has a Palmyra, Damascus, Lebanon and Athens
        a few hundred kilometres apart). When every reading in a country is a far smaller
        namesake of a place in one other country, and nothing else in the text (a unit, the
        country, a demonym) points to the namesakes' country, the text is about the famous
        places. Two such names at least: one alone is the ranker's call. ``pointed``: the
        countries the text points to (:meth:`_countries_pointed_to`). Changes ``picks`` and
        ``confidences`` in place."""
        g = self.gazetteer
        by_country: dict[int, list[int]] = defaultdict(list)
        for i, pick in enumerate(picks):
            if pick is not None and g.kind[pick] != COUNTRY:
                by_country[int(g.country[pick])].append(i)
        for country, indices in by_country.items():
            if len({picks[i] for i in indices}) < 2:
                continue  # "Dublin" eight times is one name
            if country in pointed:
                continue
            famous: dict[int, int] = {}
            for i in indices:
                pick = picks[i]
                assert pick is not None
                mention = mentions[i]
                if mention.parent or g.kind[pick] not in (PLACE, ADMIN2):
                    break
                abroad = [
                    r for r, q in mention.candidates.items()
                    if q in (MAIN_NAME, ALT_NAME)
                    and int(g.country[r]) != country
                    and g.kind[r] in (PLACE, ADMIN1)
                    and int(g.population[r]) >= NAMESAKE_OF_FAMOUS * max(1, int(g.population[pick]))
                ]  # fmt: skip
                if not abroad:
                    break
                famous[i] = max(abroad, key=lambda r: int(g.population[r]))
            else:
                if len({int(g.country[r]) for r in famous.values()}) != 1:
                    continue
                for i, row in famous.items():
                    _repick(i, row, scores, picks, confidences)

    def _units_by_their_own_name(
        self,
        mentions: list[_Mention],
        scores: list[dict[int, float]],
        picks: list[int | None],
        confidences: list[float],
    ) -> None:
        """"Explosions in Moscow" are in the city of Moscow, not in Moscow Oblast, which is
        called "Moscow" only among its other names: a first-level unit read by another name
        yields to a larger place or unit of its country whose own name it is, where no level
        word says otherwise ("the Moscow region"). Changes ``picks`` and ``confidences`` in
        place."""
        g = self.gazetteer
        for i, (mention, pick) in enumerate(zip(mentions, picks, strict=True)):
            # first-level units only: a county read by a city's name ("Clay, Douglas and
            # Grant counties") is what the level word after the list says
            if pick is None or mention.hint or g.kind[pick] != ADMIN1:
                continue
            if mention.candidates.get(pick) != ALT_NAME:
                continue
            if self._holds_another_pick(pick, picks):
                continue  # "in Irpin, Kyiv": the unit that holds a place the text names
            own = [
                r for r, q in mention.candidates.items()
                if q == MAIN_NAME and g.country[r] == g.country[pick]
                and g.kind[r] in (PLACE, ADMIN1)
                and int(g.population[r]) >= UNIT_OWN_NAME_LARGER * int(g.population[pick])
            ]  # fmt: skip
            if own:
                _repick(i, max(own, key=lambda r: int(g.population[r])), scores, picks, confidences)

    def _holds_another_pick(self, unit: int, picks: list[int | None]) -> bool:
        """Does the unit hold a place the text names ("in Irpin, Kyiv")?"""
        g = self.gazetteer
        return any(p is not None and p != unit and g.contains(unit, p) for p in picks)

    def _capitals_over_their_units(
        self,
        mentions: list[_Mention],
        scores: list[dict[int, float]],
        picks: list[int | None],
        confidences: list[float],
    ) -> None:
        """"Students staged a protest in Buenos Aires" is in the capital, not in the province
        of Buenos Aires, more populous as it is: a unit that shares its name with its
        country's capital yields to the capital where no level word ("Buenos Aires province")
        or parent says otherwise and no other place the text names lies in the unit. Changes
        ``picks`` and ``confidences`` in place."""
        g = self.gazetteer
        for i, (mention, pick) in enumerate(zip(mentions, picks, strict=True)):
            if pick is None or mention.hint or mention.parent or g.kind[pick] not in (
                ADMIN1,
                ADMIN2,
            ):
                continue
            if self._holds_another_pick(pick, picks):
                continue  # "in Irpin, Kyiv": the unit that holds a place the text names
            if any(
                p is not None and p != pick and g.kind[p] == g.kind[pick]
                and g.country[p] == g.country[pick]
                for p in picks
            ):  # fmt: skip
                continue  # "western states such as California or Washington": units named
            capital = g.capital(g.country_code(pick) or "")
            if capital is not None and mention.candidates.get(capital) == MAIN_NAME:
                _repick(i, capital, scores, picks, confidences)

    def _counties_by_a_city_s_name(
        self,
        mentions: list[_Mention],
        scores: list[dict[int, float]],
        picks: list[int | None],
        confidences: list[float],
        pointed: set[int],
    ) -> None:
        """"Protests in Paris and Lyon" are in France's Lyon, not Nevada's Lyon County, and
        "Troops entered Lebanon and Damascus" the country, not Pennsylvania's Lebanon County:
        a second-level unit read by another name than its own, with no level word ("Lyon
        County", "Clay and Grant counties") and nothing in the text pointing to its country,
        yields to a far larger town or country whose own name it is. The ranker learnt from
        local news of the United States, where county names without their word are common;
        it reads Europe's cities in the light of their American namesakes. Changes ``picks``
        and ``confidences`` in place."""
        g = self.gazetteer
        for i, (mention, pick) in enumerate(zip(mentions, picks, strict=True)):
            if pick is None or mention.hint or mention.parent or g.kind[pick] != ADMIN2:
                continue
            if mention.candidates.get(pick) == MAIN_NAME or int(g.country[pick]) in pointed:
                continue
            towns = [
                r for r, q in mention.candidates.items()
                if q == MAIN_NAME and g.kind[r] in (PLACE, COUNTRY)
                and int(g.population[r]) >= NAMESAKE_OF_FAMOUS * max(1, int(g.population[pick]))
            ]  # fmt: skip
            if towns:
                town = max(towns, key=lambda r: int(g.population[r]))
                _repick(i, town, scores, picks, confidences)

    def loose_names_in(
        self, text: str, country: str, taken: Sequence[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Capitalised names a war monitor of ``country`` writes in its own spelling, which
        only the loose transliteration key finds, and only in that country ("Suwaidaa",
        "Shaddadi", "Qameshly" in a Syrian Observatory headline): spans the recogniser
        passes over, outside ``taken`` (spans of toponyms and actors already found)."""
        g = self.gazetteer
        home = g.country_id(country)
        found: list[tuple[int, int]] = []
        for run in _LOOSE_NAME_RUN.finditer(text):
            start, end = run.span()
            name = _POSSESSIVE_END.sub("", run.group(0))
            end = start + len(name)
            words = fold(name).split()
            if (
                not words
                or all(w in STOP_WORDS for w in words)
                or is_demonym(name)
                or any(s < end and start < e for s, e in [*taken, *found])
                or g.lookup(name, loose=False)
            ):
                continue
            loose = g.lookup(name)
            if any(g.country[r] == home for r in loose):
                found.append((start, end))
        return found

    def loose_units_in(
        self, text: str, taken: Sequence[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Capitalised names followed by their level word that only the loose transliteration
        key finds as a unit of that level: "Al Hassakah governorate", "Hassakeh province"
        (GeoNames' "Al-Hasakah"). The level word says the name is a unit's, so a spelling the
        gazetteer lacks is no reason to pass it over; spans outside ``taken``."""
        g = self.gazetteer
        found: list[tuple[int, int]] = []
        for run in _LOOSE_NAME_RUN.finditer(text):
            start, name = run.start(), run.group(0)
            head, last = _LAST_WORD.fullmatch(name).groups()  # type: ignore[union-attr]
            if LEVEL_WORDS.get(last.casefold()) in ("admin1", "admin2"):
                # the run took a capitalised level word: "Al Hassakah Governorate"
                if not head:
                    continue
                level, name = LEVEL_WORDS[last.casefold()], head
            else:
                after = _LEVEL_WORD_AFTER.match(text, run.end())
                if after is None:
                    continue
                level = LEVEL_WORDS[after.group(1).casefold()]
            end = start + len(name)
            if (
                all(w in STOP_WORDS for w in fold(name).split())
                or any(s < end and start < e for s, e in [*taken, *found])
                or g.lookup(name, loose=False)
            ):
                continue
            kind = ADMIN1 if level == "admin1" else ADMIN2
            if any(g.kind[r] == kind for r in g.lookup(name)):
                found.append((start, end))
        return found

    def points_abroad(self, text: str, home: str) -> bool:
        """Does the text name, or name a first-level unit of, or a demonym of, a country
        other than ``home`` (ISO2)? ("Russian shelling hit Bakhmut" in a French paper)"""
        demonyms, units = self._text_context(text)
        home_id = self.gazetteer.country_id(home)
        return any(c != home_id for c in self._countries_pointed_to(demonyms, units))

    def _countries_pointed_to(self, demonyms: dict[int, float], units: _Units) -> set[int]:
        """The countries the text names, or names a first-level unit of, or a demonym of."""
        named_countries, named_admin1, _ = units
        pointed = {int(self.gazetteer.country[unit]) for unit in named_admin1}
        pointed |= set(named_countries)
        return pointed | {country for country, weight in demonyms.items() if weight > 0}

    def _units_of_the_sentence(
        self,
        text: str,
        mentions: list[_Mention],
        scores: list[dict[int, float]],
        picks: list[int | None],
        confidences: list[float],
    ) -> None:
        """"In the eastern Donetsk region, Russian shelling killed two civilians in the town of
        Kostiantynivka": a place read outside the first-level unit its own sentence names
        yields to a reading inside it, as "X in Y" would; the document's other units (the
        Mykolaiv region of the sentence before) say less. Changes ``picks`` in place."""
        g = self.gazetteer
        units = [
            (m, p) for m, p in zip(mentions, picks, strict=True)
            if p is not None and g.kind[p] == ADMIN1
        ]  # fmt: skip
        if not units:
            return
        for i, (mention, pick) in enumerate(zip(mentions, picks, strict=True)):
            if pick is None or g.kind[pick] != PLACE:
                continue
            same = [
                unit for m, unit in units
                if _one_sentence(text, min(m.start, mention.start), max(m.end, mention.end))
            ]  # fmt: skip
            if not same or any(g.contains(unit, pick) for unit in same):
                continue
            inside = {
                r: p for r, p in scores[i].items()
                if g.kind[r] == PLACE and any(g.contains(unit, r) for unit in same)
                and p >= SENTENCE_UNIT_SHARE * scores[i].get(pick, 0.0)
            }  # fmt: skip
            if inside:
                picks[i] = max(inside, key=inside.__getitem__)
                confidences[i] = inside[picks[i]]

    def _into_theatre(
        self,
        text: str,
        mentions: list[_Mention],
        scores: list[dict[int, float]],
        picks: list[int | None],
        confidences: list[float],
        theatre: Sequence[str],
    ) -> dict[int, int | None]:
        """A report on a war names its places: "Hezbollah shells Madaya" is Syria's Madaya,
        not Myanmar's larger town, and the Islamic State's Palmyra is Tadmur. A pick
        outside the countries the text's armed groups fight in yields to the best reading
        inside them, unless the text names the pick's parent or the pick is a big city
        ("linked to the Paris attack"). With no reading inside, the war's village is one
        the gazetteer lacks, never a same-named village abroad: those mentions' indices
        are returned, each with the row of the war's country, their picks dropped. The
        general corpora the ranker learnt from hold few such texts, so it weighs actors
        like any demonym. Changes ``picks`` and ``confidences`` in place."""
        g = self.gazetteer
        inside_ids = {g.country_id(code) for code in theatre} - {-1}
        abroad: dict[int, int | None] = {}
        if not inside_ids:
            return abroad
        home = g.row_of_code(theatre[0])
        # first-level units the text names by their own names, and no place of the war's
        # countries is called so: "Cabo Delgado" is Mozambique's province whatever war the
        # Islamic State's name recalls ("Al Jawf" in a Yemeni text is Yemen's, not Saudi's)
        named_units = {
            pick
            for mention, pick in zip(mentions, picks, strict=True)
            if pick is not None
            and g.kind[pick] == ADMIN1
            and mention.candidates.get(pick) in (MAIN_NAME, ALT_NAME)
            and not any(int(g.country[r]) in inside_ids for r in mention.candidates)
        }
        for i, (mention, probs, pick) in enumerate(zip(mentions, scores, picks, strict=True)):
            if pick is not None and g.kind[pick] == COUNTRY and int(g.country[pick]) in inside_ids:
                # "Hezbollah ... struck targets in southern Lebanon": the war's own country
                # by name, however many Lebanons Pennsylvania has
                confidences[i] = max(confidences[i], THEATRE_COUNTRY_SURE)
                continue
            if pick is None or mention.parent or int(g.country[pick]) in inside_ids:
                continue
            if g.kind[pick] in (COUNTRY, REGION) or pick in named_units:
                continue
            if any(g.contains(unit, pick) for unit in named_units):
                continue  # "Cabo Delgado's Macomia district": inside a unit the text names
            if self._country_said_before(text, mention, pick):
                continue  # "the Houthis targeted the Israeli port of Eilat": the text says whose
            if (
                g.kind[pick] == PLACE
                and self._prominent_name(mention, pick)
                and mention.candidates.get(pick) == MAIN_NAME
            ):
                # a big city by its own name, not a province: "Hamas ... in Gaza" is no
                # Mozambique; Mali's Boni is not Bonn, once called so
                continue
            if self._country_in_its_sentence(text, mention, pick):
                # "Libyan National Army forces clashed with armed groups in the southern town
                # of Murzuq": a digest's paragraph on another war says whose
                continue
            inside = [r for r in probs if int(g.country[r]) in inside_ids]
            if not inside:
                picks[i], confidences[i] = None, 0.0
                abroad[i] = home
                continue
            # as sure of the reading in the war's country as of the one it displaced
            _repick(i, max(inside, key=probs.__getitem__), scores, picks, confidences)
        return abroad

    def _prominent_name(self, mention: _Mention, pick: int) -> bool:
        """Is the pick a big city, or the seat of a big first-level unit of its name ("Kherson",
        the city of the oblast of Kherson)?"""
        g = self.gazetteer
        if g.population[pick] >= PROMINENT_POPULATION:
            return True
        return any(
            g.kind[r] == ADMIN1
            and q == MAIN_NAME
            and g.population[r] >= PROMINENT_POPULATION
            and g.contains(r, pick)
            for r, q in mention.candidates.items()
        )

    def _country_in_its_sentence(self, text: str, mention: _Mention, pick: int) -> bool:
        """Does the mention's own sentence name the pick's country by name or adjective?"""
        g = self.gazetteer
        code = g.iso2_of(int(g.country[pick]))
        ends = list(_SENTENCE_END.finditer(text, 0, mention.start))
        start = ends[-1].end() if ends else 0
        stop = _SENTENCE_END.search(text, mention.end)
        return _names_country(text[start : stop.start() if stop else len(text)], code)

    def _country_said_before(self, text: str, mention: _Mention, pick: int) -> bool:
        """Does the pick's country's adjective or name stand right before the mention ("the
        Israeli port of Eilat", "Israel's Eilat")?"""
        code = self.gazetteer.iso2_of(int(self.gazetteer.country[pick]))
        return _names_country(text[max(0, mention.start - 30) : mention.start], code)

    def _loose_abroad(
        self,
        mentions: list[_Mention],
        picks: list[int | None],
        demonyms: dict[int, float],
        units: _Units,
    ) -> dict[int, int | None]:
        """Picks that match only loosely (the consonant skeleton: "Al Woroud" read as
        Warroad) in a country nothing else in the text points to, when something points
        elsewhere ("Syrian", "Rural Damascus"): a village the gazetteer lacks, not a town
        abroad. Their indices, each with the row of the country the text points to most;
        their picks are dropped for a named parent, else that country, to place them."""
        g = self.gazetteer
        named_countries, named_admin1, _ = units
        support: dict[int, int] = defaultdict(int)
        for number, weight in demonyms.items():
            if weight > 0:
                support[number] += 1
        for number in named_countries:
            support[number] += 1
        for row in named_admin1:
            support[int(g.country[row])] += 1
        # ... and a hamlet known by one of its alternate names only ("SEVARE, Mali - French
        # and Malian troops retook Konna" read as Conna, a village of 526 in Ireland, whose
        # Irish name is Konna), where the text points elsewhere twice
        loosely = [
            pick is not None
            and (
                m.candidates.get(pick) == SKELETON
                or (
                    m.candidates.get(pick) == ALT_NAME
                    and g.kind[pick] == PLACE
                    and int(g.population[pick]) < HAMLET_POPULATION
                )
            )
            for m, pick in zip(mentions, picks, strict=True)
        ]
        for pick, loose_pick in zip(picks, loosely, strict=True):
            if pick is not None and not loose_pick:
                support[int(g.country[pick])] += 1
        loose: dict[int, int | None] = {}
        if not any(support.values()):
            return loose
        likeliest = max(support, key=support.__getitem__)
        code = g.iso2_of(likeliest)
        home = g.row_of_code(code) if code else None
        for i, (m, pick) in enumerate(zip(mentions, picks, strict=True)):
            if pick is None or not loosely[i]:
                continue
            if m.candidates.get(pick) != SKELETON and support[likeliest] < 2:
                continue
            if not support.get(int(g.country[pick])):
                picks[i] = None
                loose[i] = home
        return loose

    def _doubted_abroad(
        self,
        text: str,
        mentions: list[_Mention],
        picks: list[int | None],
        confidences: list[float],
    ) -> dict[int, int | None]:
        """Picks the ranker doubts (below DOUBTED_ABROAD) in a country none of the text's
        sure picks lie in, when two or more lie in another: "the town of Bagan" in a report
        from Kurram, Pakistan is a village the gazetteer lacks, not Bagan in Novosibirsk
        Oblast. Their indices, each with the row of the country most sure picks lie in;
        as for loose matches, a named parent or that country then places them."""
        g = self.gazetteer
        # only the ranker's sure picks count: a demonym ("Irish") or a country named in
        # passing says less of where a text is than the places it names surely
        support: dict[int, int] = defaultdict(int)
        # (a sure town or unit, not a country named: "Khan Younis" beside "Israel")
        places: set[int] = set()
        for m, pick, confidence in zip(mentions, picks, confidences, strict=True):
            if pick is not None and confidence >= FOCUS_SURE and not _speaks(text, m.end):
                support[int(g.country[pick])] += 1
                if g.kind[pick] not in (COUNTRY, REGION):
                    places.add(int(g.country[pick]))
        doubted: dict[int, int | None] = {}
        if not support:
            return doubted
        surest_country_picks = max(support.values())
        likeliest = max(support, key=support.__getitem__)
        code = g.iso2_of(likeliest)
        home = g.row_of_code(code) if code else None
        for i, (pick, confidence) in enumerate(zip(picks, confidences, strict=True)):
            if pick is None or g.kind[pick] in (COUNTRY, REGION):
                continue
            if not (
                (confidence < DOUBTED_ABROAD and surest_country_picks >= 2)
                or (
                    confidence < DOUBTED_ALT_NAME_ABROAD
                    and mentions[i].candidates.get(pick) == ALT_NAME
                    and places - {int(g.country[pick])}
                )
            ):
                continue
            if not support.get(int(g.country[pick])) and not self._country_said_before(
                text, mentions[i], pick
            ):
                # ("the Yemeni port city of Hodeidah" in a text that names the U.S. twice:
                # the country said right before the name is where it is)
                picks[i] = None
                doubted[i] = home
        return doubted

    def _context_acronyms(
        self,
        text: str,
        mentions: list[_Mention],
        places: list[Place | None],
        context: dict[int, float],
    ) -> None:
        """"SA" in a text that speaks of South Africans, "NZ" beside New Zealand: a short
        acronym no surer reading claims is the initials of a country the text names."""
        g = self.gazetteer
        by_initials: dict[str, int] = {}
        # the context counts countries by the gazetteer's country number, not by row
        for number, weight in sorted(context.items(), key=lambda kv: kv[1]):
            iso2 = g.iso2_of(number)
            row = g.row_of_code(iso2) if iso2 and weight > 0 else None
            if row is not None:
                words = [w for w in g.name(row).split() if w[:1].isupper()]
                if len(words) >= 2:
                    by_initials["".join(w[0] for w in words)] = row
        if not by_initials:
            return
        for i, m in enumerate(mentions):
            surface = text[m.start : m.end]
            row = by_initials.get(surface) if _ACRONYM.fullmatch(surface) else None
            here = places[i]
            if row is not None and (here is None or here.confidence < SURE_OWN_READING):
                places[i] = g.place(row, SURE_OWN_READING)

    def _foreign_acronyms(
        self,
        text: str,
        mentions: list[_Mention],
        places: list[Place | None],
        context: dict[int, float],
    ) -> list[int]:
        """"NC" in a report from Nepal is the Nepali Congress, not North Carolina: the
        mentions that are short acronyms read as a unit of a country nothing else in the
        text points to, when its other places lie elsewhere (an organisation's initials)."""
        g = self.gazetteer
        countries: dict[str | None, int] = defaultdict(int)
        for m, place in zip(mentions, places, strict=True):
            if place is not None and not _ACRONYM.fullmatch(text[m.start : m.end]):
                countries[place.country] += 1
        for number, weight in context.items():
            if weight > 0:
                countries[g.iso2_of(number)] += 1
        return [
            i
            for i, (m, place) in enumerate(zip(mentions, places, strict=True))
            if place is not None
            and place.precision != "country"
            and _ACRONYM.fullmatch(text[m.start : m.end])
            and not countries.get(place.country)
            and any(countries.values())
        ]

    def _at_stated_points(
        self,
        text: str,
        mentions: list[_Mention],
        scores: list[dict[int, float]],
        places: list[Place | None],
    ) -> None:
        """ "Milan is located at 39°7′22″N 85°7′50″W": the name the text gives a point is
        there, every time it is said: its candidate at the point, or, when the gazetteer
        lacks the place, the point itself, in the unit of the nearest place the gazetteer
        knows. The ranker only weighs distance to stated points against the rest."""
        points = stated_points(text)
        if not points:
            return
        g = self.gazetteer
        for lat, lon, at in points:
            name = self._subject_of_point(text, mentions, at)
            if name is None:
                continue
            for i, m in enumerate(mentions):
                if fold(text[m.start : m.end]) != name:
                    continue
                here = places[i]
                if here is not None and _point_km(here, lat, lon) <= STATED_POINT_KM:
                    continue
                near = [r for r in m.candidates if _row_km(g, r, lat, lon) <= STATED_POINT_KM]
                if near:
                    best = max(near, key=lambda r: (scores[i].get(r, 0.0), g.population[r]))
                    places[i] = g.place(best, max(scores[i].get(best, 0.0), SURE_OWN_READING))
                else:
                    places[i] = self._place_at(text[m.start : m.end], lat, lon)

    @staticmethod
    def _subject_of_point(text: str, mentions: list[_Mention], at: int) -> str | None:
        """The folded name of what the sentence stating the point at ``at`` places: its
        subject when a name, else ("It is located at", "this town has a latitude") the
        text's first toponym, which a text that gives coordinates is about."""
        starts = [m.end() for m in _SENTENCE_START.finditer(text, max(0, at - 300), at)]
        start = starts[-1] if starts else max(0, at - 300)
        if not _SAYS_WHERE.search(text, start, at):
            return None
        subject = _SENTENCE_SUBJECT.match(text, start)
        if subject is None:
            return None
        if subject.group("it"):
            return fold(text[mentions[0].start : mentions[0].end]) if mentions else None
        return fold(subject.group("name"))

    def _place_at(self, name: str, lat: float, lon: float) -> Place:
        """A place the gazetteer lacks at a point the text states, in the admin units of the
        nearest known place within reach (none when there is none)."""
        g = self.gazetteer
        nearest = self._nearest_place(lat, lon)
        unit = g.place(nearest, 1.0) if nearest is not None else None
        return Place(
            name=name,
            country=unit.country if unit else None,
            admin1=unit.admin1 if unit else None,
            admin2=unit.admin2 if unit else None,
            latitude=round(lat, 5),
            longitude=round(lon, 5),
            geonameid=None,
            precision="place",
            admin1_code=unit.admin1_code if unit else None,
            population=0,
            confidence=SURE_OWN_READING,
        )

    def _nearest_place(self, lat: float, lon: float, reach_km: float = 30.0) -> int | None:
        g = self.gazetteer
        # a box of about 55 km around the point (narrower east-west near the poles) before
        # the exact distances
        box = (np.abs(g.latitude - lat) < 0.5) & (np.abs(g.longitude - lon) < 0.7)
        box &= g.kind == PLACE
        rows = np.flatnonzero(box)
        if not len(rows):
            return None
        km = [_row_km(g, int(r), lat, lon) for r in rows]
        best = int(np.argmin(km))
        return int(rows[best]) if km[best] <= reach_km else None

    def _contradicts_parent(self, text: str, mention: _Mention, pick: int) -> bool:
        """Does the text name a parent ("X (Y, Z)", "in X, Y.") that the pick lies outside?"""
        g = self.gazetteer
        if not mention.parent:
            return False
        if g.kind[pick] == COUNTRY:
            # a country is nobody's child, unless a definition says the name is a town
            # inside another ("Canada is an unincorporated community in Marion County,
            # Kansas")
            return bool(_IS_A_PLACE_IN.match(text, mention.end)) and all(
                g.country[p] != g.country[pick] for p in mention.parent
            )
        if mention.owner is not None and _parent_after(text, mention.end) is None:
            # "Aleppo's eastern district of Sukkari": near the town that owns the part (not
            # Scurry, Texas, by the name's loose key), inside the unit
            top = mention.parent[0]
            if g.kind[top] == PLACE:
                return _km(g, top, pick) > SUBURB_KM
            return not any(p == pick or g.contains(p, pick) for p in mention.parent)
        if not bracket_parents(text, mention.end):
            # "shelled Baranivka, Sumy.": only a closing "X, Y" with Y a unit, not a list
            # ("Aleppo, Homs and Hama"), and only for a small place: a same-named village
            # elsewhere is the likelier mistake than a city outside its named unit
            defined = _IS_A_PLACE_IN.match(text, mention.end)
            closing = defined or _CLOSING_PARENT.match(text, mention.end)
            units = [p for p in mention.parent if g.kind[p] in (ADMIN1, ADMIN2, COUNTRY)]
            top = mention.parent[0]
            if defined and g.kind[top] == PLACE:
                # "X is a suburb found in Cape Town": near the town its definition names
                return _km(g, top, pick) > SUBURB_KM + _stated_km(text[: defined.end()])
            if not closing and _IN_PARENT.match(text, mention.end):
                named = _parent_after(text, mention.end)
                if (
                    named is not None
                    and named.group(2)
                    and g.kind[top] == ADMIN1
                    and g.kind[pick] == PLACE
                    and g.population[pick] < PROMINENT_POPULATION
                ):
                    # "the village of Maliivka in the Dnipropetrovsk region": a unit named with
                    # its level word says outright where the village is, not Mykolaiv's
                    return not any(p == pick or g.contains(p, pick) for p in units)
                # "in Hamilton Square in Birkenhead": not a Hamilton Square in another country
                return all(g.country[p] != g.country[pick] for p in mention.parent)
            if not closing or not units:
                return False
            if all(g.country[p] != g.country[pick] for p in units):
                return True  # "Al Jadida village, Raqqa governorate": not Morocco's
            if defined:
                # "X is a town in Franklin County, New York" says outright where it
                # is: not Brandon, Florida, however big, nor a Brandon County elsewhere;
                # and when the unit's own parent is named too ("Yuma County, Arizona"),
                # only the unit's reading inside it (which ranks first) counts
                named = _parent_after(text, mention.end)
                if named and _parent_after(text, named.end()):
                    units = units[:1]
                return not any(p == pick or g.contains(p, pick) for p in units)
            # ... called by its own name: Donetsk, once "Oleksandrivka" among its alternate
            # names, is not the village of that name in Kharkiv that "Oleksandrivka, Kharkiv" is
            prominent = g.population[pick] >= PROMINENT_POPULATION
            if g.kind[pick] == ADMIN2:
                # "Magama, Jibia LGA": a district lies in no other district
                return not any(p == pick or g.contains(p, pick) for p in units)
            if g.kind[pick] != PLACE or (prominent and mention.candidates.get(pick) == MAIN_NAME):
                return False
            return not any(g.contains(p, pick) for p in units)
        if g.kind[pick] == ADMIN1 and all(g.kind[p] == PLACE for p in mention.parent):
            return False  # "at Arizona (Ayton)": no town holds a state; the bracket is a name
        return not any(p == pick or g.contains(p, pick) for p in mention.parent)

    def _unplaced(self, text: str, mention: _Mention, row: int, confidence: float) -> Place:
        """A toponym the gazetteer lacks, placed at the unit ``row`` points to: the place's
        name is the toponym's, with no GeoNames id and a coarser precision."""
        place = self.gazetteer.place(row, confidence)
        place.name = text[mention.start : mention.end]
        place.geonameid = None
        # a village of Manitoba lies where Manitoba's towns are, not in its empty north
        lat, lon = self.gazetteer.settled_point(row)
        place.latitude, place.longitude = round(lat, 5), round(lon, 5)
        if place.precision == "place":
            place.precision = "admin2" if place.admin2 else "admin1" if place.admin1 else "country"
        return place

    def _partial_name(
        self, text: str, mention: _Mention, picks: list[int | None], units: _Units
    ) -> Place | None:
        """ "Colorado State University", "Manila Cathedral": a feature named after a place
        the document is about; accepted only inside a country or admin1 unit the document's
        other answers are in, or that it names ("the Sucre - Oruro highway" in a text that
        names Potosi is Bolivia's)."""
        words = text[mention.start : mention.end].split()
        if len(words) < 2 or fold(words[0]) in _SETTLEMENT_HEADS:
            # "Puerto Jordan", "San Pedro": a town's own name, whose head says it is one; no
            # feature of Jordan's
            return None
        g = self.gazetteer
        named_countries, named_admin1, _ = units
        # the units other names of the text name: "Sucre" itself names Sucre states
        own = set(fold(text[mention.start : mention.end]).split())
        named_admin1 = {p for p in named_admin1 if not own & set(fold(g.name(p)).split())}
        countries = {int(g.country[p]) for p in picks if p is not None} | named_countries
        countries |= {int(g.country[p]) for p in named_admin1}
        admin1s = {int(g.admin1[p]) for p in picks if p is not None} | {
            p for p in picks if p is not None and g.kind[p] == ADMIN1
        }
        admin1s |= named_admin1
        arabic_head = fold(words[0]) in _ARABIC_HEADS
        for n in range(len(words) - 1, 0, -1):
            for i in range(len(words) - n + 1):
                name = " ".join(words[i : i + n])
                key = fold(name)
                if not key or (arabic_head and not countries and (i > 0 or n < 2)) or (
                    # "outside Vidhana Soudha", in a text that places no country: no feature of
                    # a later word alone ("Soudha", a Cretan village's other name) but of the
                    # name's first words ("Manila Cathedral": Manila)
                    not countries
                    and i > 0
                    # ("Northern Nicosia", "Eastern Damascus Ghouta": a part of a place named
                    # by its side is still that place's)
                    and not all(fold(w) in _PART_WORDS for w in words[:i])
                ) or all(
                    w in STOP_WORDS or w in LEVEL_WORDS or w in _POLITY_WORDS for w in key.split()
                ):
                    # ("the Republic of Drevania" is no feature of Republic, Missouri)
                    continue
                found = g.lookup(name, loose=False)
                best, best_score = None, -math.inf
                for row, q in found.items():
                    kind = int(g.kind[row])
                    inside = (
                        kind in (COUNTRY, ADMIN1)
                        and int(g.country[row]) in countries
                        or int(g.admin1[row]) in admin1s
                        or row in admin1s
                        or not countries
                    )
                    if not inside:
                        continue
                    score = self._prior(row, q)
                    if score > best_score:
                        best, best_score = row, score
                if best is not None:
                    return self._unplaced(text, mention, best, 0.2)
        return None

    def _document_focus(
        self,
        text: str,
        mention: _Mention,
        mentions: list[_Mention],
        picks: list[int | None],
        confidences: list[float],
    ) -> Place | None:
        """A local feature ("Royal Street", "City Hall") the gazetteer lacks: the nearest
        place the document resolved surely, else the nearest it resolved at all, at a
        coarser precision. A doubtful reading nearby ("Franklin" of a street, read as
        Franklin County, Ohio) is a worse guess than the sure city the text is about."""
        g = self.gazetteer
        resolved = [
            (other, pick, conf)
            for other, pick, conf in zip(mentions, picks, confidences, strict=True)
            if pick is not None
            and g.kind[pick] not in (COUNTRY, REGION)
            # "Russia takes Soledar, Moscow says": a government named by its seat
            and not _speaks(text, other.end)
        ]
        # "BAMAKO (Reuters) - ... the camp at Boulkessi": a wire's dateline is where the
        # reporter filed from; alone, it says only the country
        datelines = [r for r in resolved if is_dateline(text, r[0].start, r[0].end)]
        resolved = [r for r in resolved if r not in datelines]
        if not resolved and datelines:
            # "DAKAR (Reuters) - ... the central village of Welingara ... Mali's military
            # government": a country the text names is nearer than the bureau's
            named = [
                (abs(other.start - mention.start), pick)
                for other, pick in zip(mentions, picks, strict=True)
                if pick is not None
                and g.kind[pick] == COUNTRY
                and not in_dateline(text, other.start, other.end)
                # "the camp at Boulkessi, near the border with Burkina Faso": the other side
                and not _ACROSS_BEFORE.search(text, max(0, other.start - 30), other.start)
            ]
            if named:
                return self._unplaced(text, mention, min(named)[1], 0.1)
            country = g.row_of_code(g.country_code(datelines[0][1]) or "")
            return self._unplaced(text, mention, country, 0.1) if country is not None else None
        sure = [r for r in resolved if r[2] >= FOCUS_SURE]
        pool = sure or resolved
        # the region the text is most surely about ("Louisiana", "Lafayette"), before a
        # nearer reading it is less sure of ("Franklin" three times, Franklin County, Ohio)
        region = {pick: self._region_of(pick) for _, pick, _ in pool}
        weight: dict[tuple[int, str], float] = defaultdict(float)
        for _, pick, conf in pool:
            weight[region[pick]] += conf
        top = max(weight.values(), default=0.0)
        pool = [r for r in pool if weight[region[r[1]]] >= top - 1e-9]
        best, best_gap = None, math.inf
        for other, pick, _ in pool:
            gap = abs(other.start - mention.start)
            if gap < best_gap:
                best, best_gap = pick, gap
        if best is None:
            return None
        return self._unplaced(text, mention, best, 0.1)

    def _region_of(self, row: int) -> tuple[int, str]:
        """A row's country and first-level unit (the unit's own code for an admin1)."""
        g = self.gazetteer
        place = g.place(row)
        return int(g.country[row]), place.admin1_code or ""

    def candidate_features(self, text: str, spans: Sequence[tuple[int, int]]) -> list[np.ndarray]:
        """Per span, its candidates' rows and ranker features (for training the ranker)."""
        if not spans:
            return []
        mentions, scores, demonyms, units = self._analyse(text, spans)
        return self.features(text, mentions, scores, demonyms, units)

    def _analyse(
        self, text: str, spans: Sequence[tuple[int, int]], countries: Sequence[str] = ()
    ) -> tuple[list[_Mention], list[dict[int, float]], dict[int, float], _Units]:
        """Candidates of every span and their hand-weighted scores after the context rounds."""
        mentions = [self._mention(text, s, e) for s, e in spans]
        for m in mentions:
            self._dateline_city(text, m)
            m.envoy = sends_envoy(text, m.start, m.end)
        self._link_parents(text, mentions)

        demonyms, units = self._text_context(text)
        for code in countries:
            row = self.gazetteer.country_id(code)
            if row >= 0:
                demonyms[row] += 1.0
        self._link_countries(demonyms)

        # Context is circular (Alexandria is in Minnesota if Brandon is, and vice versa):
        # start from the priors, then let each round's scores weigh the next round's support.
        scores: list[dict[int, float]] = [m.prior for m in mentions]
        for _ in range(CONTEXT_ROUNDS):
            context = self._round_context(mentions, scores)
            # a name said again (same words, level, parent and readings) scores as it did:
            # its context is every other name, the same for each of its mentions. The same
            # words may have other readings ("Spanish colonists", "in Spanish)"): then they
            # are another name
            said: dict[tuple[object, ...], dict[int, float]] = {}
            scores = []
            for m in mentions:
                key = (
                    text[m.start : m.end], m.hint, tuple(m.parent), m.dateline,
                    tuple(m.prior.items()),
                )  # fmt: skip
                if key not in said:
                    said[key] = self._contextual(m, context, demonyms)
                scores.append(dict(said[key]))
        return mentions, scores, demonyms, units

    def _answer(self, pick: int, scores: dict[int, float], confidence: float) -> Place:
        """The pick's Place. Below the calibrated threshold the precision is lowered to the
        pick's admin1 unit when the likely readings agree on it, else to its country: the
        point stays the pick's (the best estimate) but is no longer claimed exactly."""
        g = self.gazetteer
        place = g.place(pick, confidence)
        ranker = self.ranker
        kind = int(g.kind[pick])
        if ranker is None or confidence >= ranker.threshold_confident or kind in (COUNTRY, REGION):
            return place
        total = sum(scores.values()) or 1.0
        # a doubted province ("Manitoba", its only reading) is still that province when the
        # likely readings all lie in it
        a1 = pick if kind == ADMIN1 else int(g.admin1[pick])
        agree = sum(
            p
            for r, p in scores.items()
            if a1 >= 0 and (g.admin1[r] == a1 and r != a1 or kind == ADMIN1 and r == a1)
        )
        place.precision = "admin1" if a1 >= 0 and agree / total >= 0.8 else "country"
        return place

    def _ranked(self, features: list[np.ndarray]) -> list[dict[int, float]]:
        """Ranker probabilities per mention: candidate row -> P(within 161 km)."""
        ranker = self.ranker
        assert ranker is not None
        sizes = [len(f) for f in features]
        if not sum(sizes):
            return [{} for _ in features]
        x = np.concatenate([f[:, 1:] for f in features if len(f)])
        probs = ranker.predict(x)
        out: list[dict[int, float]] = []
        k = 0
        for f in features:
            rows = f[:, 0].astype(int).tolist()
            out.append(dict(zip(rows, probs[k : k + len(rows)].tolist(), strict=True)))
            k += len(rows)
        return out

    def features(
        self,
        text: str,
        mentions: list[_Mention],
        scores: list[dict[int, float]],
        demonyms: dict[int, float],
        units: _Units,
    ) -> list[np.ndarray]:
        """Per mention, an array (candidates, 1 + len(FEATURES)): the row, then features."""
        g = self.gazetteer
        context = self._round_context(mentions, scores)
        text_countries, text_admin1, text_admin2 = units
        stated = text_coordinates(text)
        points = np.radians(np.asarray(stated)) if stated else None
        out = []
        nf = len(FEATURES)
        for i, mention in enumerate(mentions):
            rows = list(scores[i])
            if not rows:
                out.append(np.zeros((0, nf + 1)))
                continue
            parts = self._context_parts(mention, context, demonyms, rows)
            x = np.zeros((len(rows), nf + 1))
            r = np.asarray(rows)
            x[:, 0] = r
            logpop = np.log10(g.population[r].astype(np.float64) + 1)
            kind = g.kind[r]
            quality = np.asarray([mention.candidates[row] for row in rows])
            x[:, 1] = logpop
            x[:, 2] = np.log10(g.n_names[r].astype(np.float64) + 1)
            for j, k in enumerate((PLACE, ADMIN2, ADMIN1, COUNTRY, REGION)):
                x[:, 3 + j] = kind == k
            for j, q in enumerate((MAIN_NAME, ALT_NAME, SKELETON, UNIT_STRIPPED)):
                x[:, 8 + j] = quality == q
            x[:, 12:15] = parts["prior_parts"]
            x[:, 15] = parts["country"]
            x[:, 16] = parts["admin1"]
            x[:, 17] = parts["demonym"]
            x[:, 18] = parts["parent"]
            x[:, 19] = parts["spatial"]
            order = np.argsort(-logpop, kind="stable")
            rank = np.empty(len(rows))
            rank[order] = np.arange(len(rows))
            x[:, 20] = np.log2(1 + rank)
            x[:, 21] = logpop - logpop.max()
            x[:, 22] = np.log2(len(rows))
            countries = g.country[r]
            a1 = np.where(kind == ADMIN1, r, g.admin1[r])
            a2 = np.where(kind == ADMIN2, r, g.admin2[r])
            x[:, 23] = [int(c) in text_countries for c in countries.tolist()]
            x[:, 24] = [int(a) in text_admin1 for a in a1.tolist()]
            x[:, 25] = [int(a) in text_admin2 for a in a2.tolist()]
            sc = np.asarray([scores[i][row] for row in rows])
            x[:, 26] = sc - sc.max()
            surface = text[mention.start : mention.end]
            x[:, 27] = surface.isupper()
            x[:, 28] = len(surface.split())
            x[:, 29] = NO_COORDINATES
            if points is not None:
                lat1 = g.latitude_radians[r][:, None]
                lon1 = g.longitude_radians[r][:, None]
                a = (
                    np.sin((points[None, :, 0] - lat1) / 2) ** 2
                    + np.cos(lat1)
                    * np.cos(points[None, :, 0])
                    * np.sin((points[None, :, 1] - lon1) / 2) ** 2
                )
                km = 6371.0 * 2 * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
                x[:, 29] = np.log10(1 + km.min(axis=1))
            out.append(x)
        return out

    def _link_countries(self, support: dict[int, float]) -> None:
        """Support for a country is support for the lands GeoNames splits from it
        (``LINKED_COUNTRIES``), at ``LINKED_SHARE``; in place."""
        g = self.gazetteer
        extra: dict[int, float] = defaultdict(float)
        for code, linked in LINKED_COUNTRIES.items():
            weight = support.get(g.country_id(code), 0.0)
            if weight <= 0:
                continue
            for other in linked:
                extra[g.country_id(other)] += LINKED_SHARE * weight
        for row, weight in extra.items():
            if row >= 0:
                support[row] = max(support.get(row, 0.0), weight)

    def _text_context(self, text: str) -> tuple[dict[int, float], _Units]:
        """Countries the text names or implies anywhere, spans or not ("Syrian",
        "Lebanon's"), and the countries, admin1 and admin2 units it names by name."""
        g = self.gazetteer
        found: dict[int, float] = defaultdict(float)
        # each distinct word looked up once (a text's few hundred words, twice over, were
        # most of this method's time); where a demonym is among them, each of its
        # occurrences is read where it stands
        if any(word.casefold() in DEMONYMS for word in set(_WORD.findall(text))):
            for match in _WORD.finditer(text):
                codes = DEMONYMS.get(match.group().casefold(), ())
                if codes and sends_envoy(text, match.start(), match.end()):
                    continue  # "the American embassy in Athens"
                for cc in codes:
                    found[g.country_id(cc)] += 1.0
        # (counted in the order the words first occur: the countries come in the same order)
        for word, times in Counter(_LETTERS.findall(text)).items():
            for cc in UNIT_WORD_COUNTRIES.get(word.casefold(), ()):
                found[g.country_id(cc)] += float(times)
        for phrase in _MULTIWORD_DEMONYM.findall(text):
            # "South Africans", "Sri Lankan": no one word of them says the country
            for cc in DEMONYMS.get(" ".join(phrase.casefold().split()).removesuffix("s"), ()):
                found[g.country_id(cc)] += 1.0
        countries: set[int] = set()
        admin1: set[int] = set()
        admin2: set[int] = set()
        for start, end in self._gazetteer_matches(text):
            for row, quality in g.lookup(text[start:end], loose=False).items():
                if quality == SKELETON:
                    continue
                kind = g.kind[row]
                if kind == COUNTRY and sends_envoy(text, start, end):
                    continue
                if kind == COUNTRY:
                    found[int(g.country[row])] += 1.0
                    countries.add(int(g.country[row]))
                elif kind == ADMIN1:
                    admin1.add(row)
                elif kind == ADMIN2:
                    admin2.add(row)
        return found, (countries, admin1, admin2)

    def _demonym_country(self, mention: _Mention) -> Place | None:
        """A span the caller says is a toponym but is a demonym ("Syrian"): its country.

        Recognition never proposes demonyms; gold annotations (LGL) do, meaning the country.
        """
        countries = DEMONYMS.get(fold(mention.query).removesuffix("s"), ()) or DEMONYMS.get(
            fold(mention.query), ()
        )
        if len(countries) != 1:
            return None
        row = self.gazetteer.row_of_code(countries[0])
        return None if row is None else self.gazetteer.place(row, 0.5)

    def _embedded(self, text: str, mention: _Mention) -> Place | None:
        """A name the gazetteer lacks that carries its country's or region's adjective or
        acronym ("the British Embassy", "the US Federal Reserve", "the European Central
        Bank"): that country or region, at its precision, as gold corpora code such names."""
        words = text[mention.start : mention.end].split()
        if len(words) < 2:
            return None
        for word in words:
            key = fold(_POSSESSIVE.sub("", word))
            if key in _ACRONYM_COUNTRY and word.isupper():
                row = self.gazetteer.row_of_code(_ACRONYM_COUNTRY[key])
            else:
                row = self._demonym_row(key)
            if row is not None:
                return self._unplaced(text, mention, row, 0.2)
        return None

    def _best(self, mention: _Mention, scores: dict[int, float]) -> int | None:
        if not scores:
            return None
        return max(scores, key=scores.__getitem__)

    @staticmethod
    def _town_share(mention: _Mention, pick: int) -> float:
        return 0.2 if mention.candidates.get(pick) == UNIT_STRIPPED else 0.5

    def _best_ranked(
        self, mention: _Mention, probs: dict[int, float], hand: dict[int, float]
    ) -> int | None:
        """The most probable candidate; a level word ("the Aleppo province") restricts the
        choice to units of that level when one is plausible (the corpora rarely say it, so
        the ranker alone under-weighs it). When the text says the level, candidates as
        probable as the best within RANKED_TIE are told apart by their hand-weighted
        scores: the ranker answers "within 161 km?", which two readings 100 km apart both
        are ("Bahawalpur city (Punjab)" is not Bahawalnagar, one of whose other names is
        Bahawalpur)."""
        if mention.hint in ("admin1", "admin2"):
            g = self.gazetteer
            level = ADMIN1 if mention.hint == "admin1" else ADMIN2
            units = {r: p for r, p in probs.items() if g.kind[r] == level and p >= 0.02}
            if units:
                return max(units, key=units.__getitem__)
        pick = self._best(mention, probs)
        if pick is not None and mention.hint is not None:
            tied = [r for r, p in probs.items() if p >= probs[pick] - RANKED_TIE]
            pick = max(tied, key=lambda r: hand.get(r, -math.inf))
        if pick is None or mention.hint not in (None, "place"):
            return pick
        g = self.gazetteer
        if g.kind[pick] in (ADMIN1, ADMIN2):
            # a bare "Mayadin" is the town, not the district named after it: the corpora
            # score both as right (they lie close), events need the town; "Shwebo town" says
            # so itself
            towns = [
                r
                for r, p in probs.items()
                if g.kind[r] == PLACE
                and p >= self._town_share(mention, pick) * probs[pick]
                and g.country[r] == g.country[pick]
                # a wide municipality's centre lies far from its seat ("Ensenada"); a state's
                # city is another matter ("New York")
                and (_km(g, r, pick) <= 150 or g.kind[pick] == ADMIN2 and g.contains(pick, r))
            ]
            if towns:
                return max(towns, key=probs.__getitem__)
        return pick

    def _confidence(self, mention: _Mention, scores: dict[int, float], pick: int) -> float:
        top = scores[pick]
        total = sum(math.exp(min(50.0, s - top)) for s in scores.values())
        confidence = 1.0 / total
        if mention.candidates[pick] == SKELETON:
            confidence *= 0.6
        return max(0.05, min(1.0, confidence))

    def _beliefs(self, scores: dict[int, float]) -> tuple[dict[int, float], dict[int, float]]:
        g = self.gazetteer
        if not scores:
            return {}, {}
        top = max(scores.values())
        weights = {r: math.exp(s - top) for r, s in scores.items()}
        total = sum(weights.values())
        countries: dict[int, float] = defaultdict(float)
        admin1s: dict[int, float] = defaultdict(float)
        for row, w in weights.items():
            countries[int(g.country[row])] += w / total
            a1 = row if g.kind[row] == ADMIN1 else int(g.admin1[row])
            if a1 >= 0:
                admin1s[a1] += w / total
        return countries, admin1s

    def _contextual(
        self, mention: _Mention, context: _RoundContext, demonyms: dict[int, float]
    ) -> dict[int, float]:
        if not mention.prior:
            return {}
        rows = list(mention.prior)
        parts = self._context_parts(mention, context, demonyms, rows)
        total = (
            np.asarray([mention.prior[r] for r in rows])
            + W_COUNTRY_CONTEXT * parts["country"]
            + W_ADMIN1_CONTEXT * parts["admin1"]
            + W_DEMONYM * parts["demonym"]
            + W_PARENT * parts["parent"]
            + W_SPATIAL * parts["spatial"]
        )
        return dict(zip(rows, total.tolist(), strict=True))

    def _round_context(
        self, mentions: list[_Mention], scores: list[dict[int, float]]
    ) -> _RoundContext:
        """What every name of the text says of the others in one context round: its
        belief in countries and admin1 units, and its likeliest readings with their
        plausibility, once per name (the first of its mentions with candidates)."""
        g = self.gazetteer
        context = _RoundContext()
        for m, s in zip(mentions, scores, strict=True):
            key = m.query.casefold()
            if key in context.countries or not s or m.envoy:
                continue
            context.countries[key], context.admin1s[key] = self._beliefs(s)
            top = sorted(s, key=s.__getitem__, reverse=True)
            best = s[top[0]]
            top = [r for r in top[:SPATIAL_CANDIDATES] if g.kind[r] != COUNTRY]
            if top:
                context.supporters[key] = (top, [math.exp(s[r] - best) for r in top])
        # the rows _context_parts asks about: a mention's candidates with a prior, scored
        candidates = dict.fromkeys(
            r for m, s in zip(mentions, scores, strict=True) for r in (*m.prior, *s)
        )
        self._support_table(context, list(candidates))
        return context

    def _context_parts(
        self,
        mention: _Mention,
        context: _RoundContext,
        demonyms: dict[int, float],
        rows: list[int],
    ) -> dict[str, np.ndarray]:
        """The context signals of each candidate of ``mention``, before weighting: from
        every other name of the text (not the mention's own, however often it is said)."""
        g = self.gazetteer
        own = mention.query.casefold()
        country_ctx, admin1_ctx, n = self._others_beliefs(context, own)
        parent_rows = mention.parent
        spatial = self._spatial_support(context, rows, own)
        m = len(rows)
        out = {k: np.zeros(m) for k in ("country", "admin1", "demonym", "parent", "spatial")}
        out["prior_parts"] = np.asarray([mention.parts.get(r, [0.0, 0.0, 0.0]) for r in rows])
        r = np.asarray(rows)
        kind = g.kind[r]
        countries = g.country[r].tolist()
        if n:
            out["country"] = np.asarray([country_ctx.get(c, 0.0) for c in countries]) / (n + 1)
            a1s = np.where(kind == ADMIN1, r, g.admin1[r]).tolist()
            out["admin1"] = np.asarray(
                [admin1_ctx.get(a, 0.0) if a >= 0 else 0.0 for a in a1s]
            ) / (n + 1)
        if demonyms:
            named = np.asarray([demonyms.get(c, 0.0) for c in countries])
            out["demonym"] = np.minimum(1.0, named / 2)
        if parent_rows:
            out["parent"] = np.asarray(
                [any(g.contains(p, row) for p in parent_rows if p != row) for row in rows], float
            )
        if spatial is not None:
            out["spatial"] = np.where(kind != COUNTRY, spatial, 0.0)
        return out

    @staticmethod
    def _others_beliefs(
        context: _RoundContext, own: str
    ) -> tuple[dict[int, float], dict[int, float], int]:
        """The beliefs in countries and admin1 units of every name of the round but ``own``,
        summed (in the names' order), and how many names those are."""
        # asked for every mention of every name in each round: once per name and round
        found = context.others.get(own)
        if found is None:
            country_ctx: dict[int, float] = defaultdict(float)
            admin1_ctx: dict[int, float] = defaultdict(float)
            for key, beliefs in context.countries.items():
                if key != own:
                    for c, w in beliefs.items():
                        country_ctx[c] += w
                    for a, w in context.admin1s[key].items():
                        admin1_ctx[a] += w
            n = len(context.countries) - (own in context.countries)
            found = context.others[own] = (country_ctx, admin1_ctx, n)
        return found

    def _support_table(self, context: _RoundContext, rows: list[int]) -> None:
        """For every candidate row of the text, each name's support of it: how plausible
        the name's most plausible reading near the row is (plausibility exp(prior - best
        prior), nearness exp(-km / SPATIAL_KM)). Toponyms of one document tend to lie close
        together."""
        # once per round for all the text's candidates: per mention, a dozen numpy calls on
        # a few hundred pairs cost more than the pairs themselves
        g = self.gazetteer
        supporters: list[int] = []
        weights: list[float] = []
        bounds: list[int] = []
        for top, plausibility in context.supporters.values():
            bounds.append(len(supporters))
            supporters += top
            weights += plausibility
        if not supporters or not rows:
            return
        lat1 = g.latitude_radians[rows][:, None]
        lon1 = g.longitude_radians[rows][:, None]
        lat2 = g.latitude_radians[supporters][None, :]
        lon2 = g.longitude_radians[supporters][None, :]
        a = (
            np.sin((lat2 - lat1) / 2) ** 2
            + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
        )
        km = 6371.0 * 2 * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
        support = np.exp(-km / SPATIAL_KM) * np.asarray(weights)[None, :]
        context.support = np.maximum.reduceat(support, bounds, axis=1)
        context.support_lines = {row: i for i, row in enumerate(rows)}

    def _spatial_support(
        self, context: _RoundContext, rows: list[int], own: str
    ) -> np.ndarray | None:
        """Per candidate: the mean of the other names' support of it (``_support_table``)."""
        others = [i for i, key in enumerate(context.supporters) if key != own]
        if not others or context.support is None:
            return None
        per_other = context.support[[context.support_lines[row] for row in rows]]
        if len(others) < per_other.shape[1]:
            # C order, as a table of the others alone: a row's sum then adds up the same way
            per_other = np.ascontiguousarray(per_other[:, others])
        # the mean's own sum and division, without its checks (a third of this call)
        return np.add.reduce(per_other, axis=1) / len(others)

    def _link_parents(self, text: str, mentions: list[_Mention]) -> None:
        """ "X, Y" and "X in Y": Y names X's parent, whether or not Y is a mention itself;
        "X, Y County, Z": Z narrows down which Y is meant."""
        by_start = {m.start: m for m in mentions}
        for m in mentions:
            m.owner = self._owner_span(text, m, by_start)
            m.parent = self._parent_rows(text, m, by_start, depth=2)
            if not m.parent and m.owner is not None:
                prior = by_start[m.owner[0]].prior
                m.parent = sorted(prior, key=prior.__getitem__, reverse=True)[:5]
            defined = _IS_A_PLACE_IN.match(text, m.end)
            if defined and (not m.parent or _COUNTY_LIST.match(text, defined.end())):
                # "a village in the Pare Mountains, in the Kilimanjaro region": the phrase
                # right after "in" names nothing the gazetteer knows; the rest may. "in
                # Franklin, Delaware, and Union counties in the U.S. state of Ohio" is
                # three counties of Ohio, not the state of Delaware
                m.parent = self._definition_units(text, m, defined) or m.parent

    @staticmethod
    def _owner_span(
        text: str, mention: _Mention, by_start: dict[int, _Mention]
    ) -> tuple[int, int] | None:
        """The span of the town or unit a possessive before the name says it is part of:
        "Cairo's gated suburb of Madinaty" (:data:`_OWNER_BEFORE`). The owner must be a
        toponym of the text itself: "Salah's home village of Nagrig" is a man's."""
        owner = _OWNER_BEFORE.search(text, max(0, mention.start - 80), mention.start)
        if owner is None or _whole(by_start.get(owner.start(1)), owner.end(1)) is None:
            return None
        return owner.start(1), owner.end(1)

    def _dateline_city(self, text: str, mention: _Mention) -> None:
        """ "WASHINGTON (AP) —", "NEW YORK —": a wire's dateline names a city, not the state
        or country of the same name. Keeps only the big cities of the name, when there are."""
        if not is_dateline(text, mention.start, mention.end) or mention.hint:
            return
        g = self.gazetteer
        cities = {
            r: q
            for r, q in mention.candidates.items()
            if g.kind[r] == PLACE and g.population[r] >= PROMINENT_POPULATION
        }
        if cities:
            mention.dateline = True
            mention.candidates = cities
            mention.prior = {r: p for r, p in mention.prior.items() if r in cities} or {
                r: 1.0 / len(cities) for r in cities
            }

    def _definition_units(
        self, text: str, mention: _Mention, defined: re.Match[str]
    ) -> list[int]:
        """The admin units and countries a definition sentence names, narrowed to the most
        specific one the later ones hold: "Suji is a small village in the Pare Mountains, in
        the Kilimanjaro region of north-eastern Tanzania" -> Kilimanjaro, Tanzania's. Used
        when the phrase right after "is a village in" names no unit the gazetteer knows."""
        g = self.gazetteer
        # from the words after "is a village in" (``defined``, the _IS_A_PLACE_IN match),
        # past the name's sound and other forms
        start = defined.end()
        stop = _DEFINITION_END.search(text, start, start + 400)
        sentence_end = stop.start() if stop else min(len(text), start + 400)
        # up to where it goes on to the neighbours: "..., Russia, located on the border with
        # Kazakhstan", "in northern Idaho, situated along the border with Washington"
        aside = _DEFINITION_ASIDE.search(text, start, sentence_end)
        sentence_end = aside.start() if aside else sentence_end
        own = fold(text[mention.start : mention.end])
        counties = _COUNTY_LIST.match(text, start)
        named: list[list[int]] = []
        for found in _NAME_OF_THE.finditer(text, start, sentence_end):
            # "the Democratic Republic of the Congo" whole when the gazetteer knows it so
            names = [found.group(0), found.group(1)] if found.group(2) else [found.group(0)]
            if counties and found.end() <= counties.end(1):
                names = [f"{found.group(0)} County"]  # "Franklin, Delaware, and Union counties"
            for name in names:
                if own in fold(name):
                    break  # "the municipal seat of Santa Ana Municipality": its own unit
                # own and alternate names only: "Canadian" is no Canadian County
                found_rows = {
                    r: quality
                    for r, quality in g.lookup(name, loose=False).items()
                    if g.kind[r] in (ADMIN1, ADMIN2, COUNTRY) and quality in (MAIN_NAME, ALT_NAME)
                }
                # a unit's own name before another's alternate ("Idaho" is not Idaho County)
                main = [r for r, quality in found_rows.items() if quality == MAIN_NAME]
                rows = main or list(found_rows)
                if rows:
                    named.append(rows)
                    break
        for i, rows in enumerate(named):
            # the most specific unit whose readings every later unit holds one of ("Fairfield
            # County, Connecticut": none of the known Fairfield Counties is Connecticut's, so
            # Connecticut it is)
            narrowed = rows
            level = min(_LEVEL[int(g.kind[r])] for r in rows)
            for later in named[i + 1 :]:
                # a later unit of a higher level must hold it; one of the same level ("...
                # the county seat of Logan County") says nothing of it
                if all(_LEVEL[int(g.kind[o])] <= level for o in later):
                    continue
                narrowed = [r for r in narrowed if any(o != r and g.contains(o, r) for o in later)]
            if narrowed and (len(narrowed) < len(rows) or len(rows) == 1 or i == len(named) - 1):
                return sorted(narrowed, key=lambda r: -int(g.population[r]))[:5]
        return []

    def _parents_hold_children(
        self,
        text: str,
        mentions: list[_Mention],
        scores: list[dict[int, float]],
        picks: list[int | None],
        confidences: list[float],
    ) -> None:
        """A parent the text names for a surely placed child ("Atlatlahucan, Morelos") is the
        reading of it that holds the child: the state of Morelos, not a town called Morelos.
        Changes ``picks`` and ``confidences`` in place."""
        g = self.gazetteer
        index = {id(m): i for i, m in enumerate(mentions)}
        by_start = {m.start: m for m in mentions}
        for child, pick, conf in zip(mentions, picks, confidences, strict=True):
            if pick is None or conf < SURE_CHILD:
                continue
            for parent in self._parent_mentions(text, child, by_start):
                i = index[id(parent)]
                # "Santa Cruz de la Sierra (Santa Cruz)": the parent is not the child itself
                if picks[i] is None or (picks[i] != pick and g.contains(picks[i], pick)):
                    continue
                holding = [r for r in scores[i] if r != pick and g.contains(r, pick)]
                if holding:
                    picks[i] = max(holding, key=scores[i].__getitem__)
                    confidences[i] = max(confidences[i], conf)

    def _parent_mentions(
        self, text: str, mention: _Mention, by_start: dict[int, _Mention]
    ) -> list[_Mention]:
        """The mentions that name ``mention``'s parents ("X (Y, Z)", "X, Y", "X in Y")."""
        brackets = bracket_parents(text, mention.end)
        if brackets:
            starts = [start for start, _ in brackets]
        else:
            match = _parent_after(text, mention.end)
            starts = [match.start(1)] if match else []
        return [by_start[s] for s in starts if s in by_start and by_start[s] is not mention]

    def _parent_rows(
        self,
        text: str,
        mention: _Mention,
        by_start: dict[int, _Mention],
        depth: int,
        end: int | None = None,
    ) -> list[int]:
        """The likeliest readings of the parent the text names after ``mention`` (after
        ``end`` when given: "the Darling Downs region | of Queensland")."""
        end = mention.end if end is None else end
        brackets = bracket_parents(text, end)
        if brackets:
            # the outermost unit (last) is the surest; the inner ones narrow it down
            rows: dict[int, float] = {}
            g = self.gazetteer
            for rank, (start, stop) in enumerate(reversed(brackets)):
                parent = _whole(by_start.get(start), stop) or self._mention(text, start, stop, None)
                if parent is mention or not parent.prior:
                    continue
                holding = self._holding(parent.prior, mention)
                readings = holding or parent.prior
                if rows:
                    # an inner unit lies inside the outer ones: in "Muse town (Muse district,
                    # Shan-North state)" the district is not Muse, Pennsylvania
                    inside = {
                        r: p
                        for r, p in readings.items()
                        if any(o != r and g.contains(o, r) for o in rows)
                    }
                    if not inside and holding and not self._holds_a_candidate(rows, mention):
                        # the place and its named district agree, the outer unit holds
                        # neither: "Timika town (Mimika regency, Papua province)", told by
                        # the province's name before it was split; "Shwegu town (Shwegu
                        # township, Bhamo district, Kayin state)" for Kachin. Two names
                        # that agree outweigh the one that does not.
                        rows = {}
                        inside = holding
                    readings = inside
                best = sorted(readings, key=readings.__getitem__, reverse=True)[:3]
                for row in best:
                    rows[row] = max(rows.get(row, 0.0), parent.prior[row] - rank)
            if rows:
                return sorted(rows, key=rows.__getitem__, reverse=True)[:5]
        match = _parent_after(text, end)
        if not match:
            return []
        start, stop, hint = self._parent_name(text, match)
        parent = _whole(by_start.get(start), stop)
        if parent is None:
            parent = self._mention(text, start, stop, hint)
        if parent is mention or not parent.prior:
            return []
        readings = dict(parent.prior)
        if match.re is _DEFINED_PARENT:
            # "in the English county of Suffolk": England's, not Massachusetts' Suffolk County
            readings = self._of_the_adjectives_country(text, match, readings)
        grand = (
            self._parent_rows(text, parent, by_start, depth - 1, match.end()) if depth > 1 else []
        )
        if grand:
            # "Belmont County, Ohio": only the readings inside the named grandparent, when
            # there are any, whether or not a same-named unit elsewhere (Belmont, Western
            # Australia) holds a candidate of the child
            g = self.gazetteer
            inside = {
                row: score + W_PARENT
                for row, score in readings.items()
                if any(g.contains(p, row) for p in grand if p != row)
            }
            if not inside and match.re is _DEFINED_PARENT and g.kind[grand[0]] != PLACE:
                # a definition's unit unknown inside the state it ends with ("the Darling
                # Downs region of Queensland"): the state holds the place
                return grand
            readings = inside or readings
        prior = self._holding(readings, mention) or readings
        return sorted(prior, key=prior.__getitem__, reverse=True)[:5]

    def _of_the_adjectives_country(
        self, text: str, match: re.Match[str], readings: dict[int, float]
    ) -> dict[int, float]:
        """The readings of a definition's unit in the country its adjective names ("the
        Mexican state of", "the English county of"), when there are; else all of them."""
        adjective = _UNIT_ADJECTIVE.search(text, match.start(), match.start(1))
        if adjective is None:
            return readings
        countries = DEMONYMS.get(adjective.group(1).casefold(), ())
        if not countries:
            return readings
        g = self.gazetteer
        ids = {g.country_id(code) for code in countries}
        inside = {r: p for r, p in readings.items() if int(g.country[r]) in ids}
        return inside or readings

    def _holds_a_candidate(self, units: Iterable[int], child: _Mention) -> bool:
        """Does one of the units hold (or is it) one of the child's candidates?"""
        g = self.gazetteer
        return any(u == c or g.contains(u, c) for u in units for c in child.candidates)

    def _holding(self, readings: dict[int, float], child: _Mention) -> dict[int, float]:
        """The readings of a named parent that hold one of the child's candidates: in
        "Camiri (Santa Cruz)" the Bolivian department, not Argentina's province, whichever
        is more prominent on its own. Empty when none does (the child may be unknown)."""
        g = self.gazetteer
        rows = list(child.candidates)
        if not rows:
            return {}
        countries = set(g.country[rows].tolist())
        admin1s = set(g.admin1[rows].tolist())
        admin2s = set(g.admin2[rows].tolist())
        held = {}
        for row, score in readings.items():
            kind = g.kind[row]
            if (
                (kind == COUNTRY and g.country[row] in countries)
                or (kind == ADMIN1 and row in admin1s)
                or (kind == ADMIN2 and row in admin2s)
            ):
                held[row] = score
        return held

    def _parent_elsewhere(self, text: str, mention: _Mention, pick: int) -> bool:
        """Is the bracket's parent a compass word that names no unit of the pick's country
        ("Hamrun (Southern)": ACLED's region of Malta, which GeoNames splits into councils;
        "(Tripoli, West)": Libya's, after the city's own district)? Then it says nothing
        against the pick, whichever country's "Southern" it might be.
        "Pescador (Cauca)" names one country's unit, and a Brazilian Pescador is not in it."""
        g = self.gazetteer
        brackets = bracket_parents(text, mention.end)
        if not brackets:
            return False
        country = int(g.country[pick])
        compass = False
        for start, end in brackets:
            name = text[start:end]
            readings = g.lookup(name, loose=False)
            if pick in readings or any(g.contains(r, pick) for r in readings):
                continue  # "Tripoli - Tripoli (Tripoli, West)": the city's own district
            if not _COMPASS_NAME.fullmatch(name):
                return False
            if any(int(g.country[r]) == country for r in readings):
                return False
            compass = True
        return compass

    def _fallback(
        self,
        text: str,
        mention: _Mention,
        resolved: dict[tuple[int, int], tuple[int, float]] | None = None,
        theatre: Sequence[str] = (),
    ) -> Place | None:
        """A toponym the gazetteer lacks: the parent the text names, at a coarser precision.
        ``resolved``: span -> (row, confidence) of the text's other toponyms; ``theatre``:
        the countries the text's armed groups fight in (see :meth:`_parent_in_context`)."""
        parent = None
        brackets = bracket_parents(text, mention.end)
        resolved = resolved or {}
        if brackets and not mention.candidates:
            # a name the gazetteer lacks ("Avissawella (Colombo, Western)"): its first
            # bracket name as the text's context placed it, when every bracket name was
            # placed surely, each inside the next ("(Irepodun, Ekiti)" read as Osun's
            # Irepodun is no answer, nor "(Solhan, Yagha)" read as Turkey's Solhan)
            placed = [resolved.get(span, (None, 0.0)) for span in brackets]
            rows = [row for row, confidence in placed if confidence >= FOCUS_SURE]
            g = self.gazetteer
            nested = all(
                outer == inner or g.contains(outer, inner) for inner, outer in pairwise(rows)
            )
            if len(rows) == len(brackets) and nested:
                return self._unplaced(text, mention, rows[0], 0.3 * placed[0][1])
        for index, (start, end) in enumerate(brackets):
            candidate = self._mention(text, start, end, None)
            candidate.prior = self._parent_in_context(candidate.prior, theatre)
            if candidate.prior:
                # "(Beni, Nord-Kivu)": the outer names say which Beni; a name none of whose
                # readings lies inside them ("Mukwe" read loosely as a Colombian town, in
                # "(Mukwe, Kavango East)") yields to the outer name
                outer = [self._mention(text, s, e, None) for s, e in brackets[index + 1 :]]
                inside = self._inside(candidate.prior, outer)
                if not inside and any(unit.prior for unit in outer):
                    continue
                parent = candidate
                if inside:
                    parent.prior = inside
                break
        if parent is None:
            placed = resolved.get(mention.owner) if mention.owner is not None else None
            if placed:
                # "Cairo's gated suburb of Madinaty", "Aleppo's eastern district of Sukkari":
                # the town that owns the part, as the text placed it, told before the name
                return self._unplaced(text, mention, placed[0], 0.3 * placed[1])
        if parent is None:
            match = _parent_after(text, mention.end)
            if not match:
                return None
            joint = text[mention.end : match.start(1)].strip()
            if joint == "," and not _CLOSING_PARENT.match(text, mention.end):
                return None  # "Beyond Madinaty, Liverpool have ...": a comma, not a parent
            parent = self._mention(text, *self._parent_name(text, match))
            parent.prior = self._parent_in_context(parent.prior, theatre)
            # "in Seminole County, Oklahoma": the reading its own parent narrowed down
            linked = [r for r in mention.parent if r in parent.prior]
            if linked:
                parent.prior = {r: parent.prior[r] for r in linked[:1]}
            elif mention.parent and _IS_A_PLACE_IN.match(text, mention.end):
                # the units the rest of the definition names ("in the Pare Mountains, in the
                # Kilimanjaro region"): see _definition_units
                return self._unplaced(text, mention, mention.parent[0], 0.3)
        pick = self._best(parent, parent.prior)
        if pick is None:
            return None
        # "a village near Raqqa": somewhere in Raqqa's district, not at Raqqa's point
        confidence = 0.3 * self._confidence(parent, parent.prior, pick)
        return self._unplaced(text, mention, pick, confidence)

    def _parent_in_context(
        self, prior: dict[int, float], theatre: Sequence[str]
    ) -> dict[int, float]:
        """The readings of a parent name inside the countries the text's armed groups fight
        in, when any are: read alone, the parent of "Pileta (Sucre)" is Venezuela's Sucre
        state, in a text on Colombia's Gulf Clan it is Colombia's department. (The reading
        the whole text gave the parent's own mention is no better guide: "El Alto (La Paz)"
        reads its La Paz as Jalisco's, where an El Alto also lies.)"""
        if theatre:
            g = self.gazetteer
            inside = {r: p for r, p in prior.items() if g.iso2_of(int(g.country[r])) in theatre}
            if inside:
                return inside
        return prior

    def _parent_name(self, text: str, match: re.Match[str]) -> tuple[int, int, str | None]:
        """The span and level word of the parent a "X, Y" or "X in Y" match found. The name
        pattern runs on over a lower-case article ("Dayr as Salman"): in "near Orikhove,
        Luhansk as Russian forces advanced" the parent is Luhansk, the name before the first
        such word, when the gazetteer knows it and not the whole."""
        start, stop = match.start(1), match.end(1)
        joiner = _JOINER_WORD.search(text, start, stop)
        if joiner is not None and not self.gazetteer.lookup(text[start:stop]):
            if self.gazetteer.lookup(text[start : joiner.start()], loose=False):
                return start, joiner.start(), None  # the level word was not its
        return start, stop, LEVEL_WORDS.get((match.group(2) or "").casefold())

    def _inside(self, prior: dict[int, float], outer: list[_Mention]) -> dict[int, float]:
        """The candidates of ``prior`` inside a likely reading of every outer name; of any
        reading, for a name thirty units share ("(Nuwara Eliya, Central)")."""
        g = self.gazetteer
        kept = dict(prior)
        for unit in outer:
            if not unit.prior:
                continue
            readings = sorted(unit.prior, key=unit.prior.__getitem__, reverse=True)
            if not _COMPASS_NAME.fullmatch(unit.query):
                readings = readings[:3]
            kept = {r: p for r, p in kept.items() if any(g.contains(u, r) for u in readings)}
        return kept

    # -- recognition -------------------------------------------------------------------------

    @property
    def recognizer_model(self) -> Ranker | None:
        if self._recognizer == "shipped":
            self._recognizer = load_recognizer_model()
        return self._recognizer  # type: ignore[return-value]

    def recognize(
        self,
        text: str,
        entities: Iterable[tuple[int, int, str]] = (),
        ner_regions: Sequence[tuple[int, int]] | None = None,
        demonyms: bool = False,
    ) -> list[tuple[int, int]]:
        """Toponym spans from NER locations, gazetteer matches of capitalised words and
        demonyms, kept by the shipped span classifier.

        ``entities`` are ``(start, end, label)`` from an NER pass over ``ner_regions``
        (default: the whole text when entities are given). Without a classifier file,
        GPE/LOC/FAC become toponyms and other labels block gazetteer matches inside them.
        Demonyms ("Syrian") are context, not toponyms, unless ``demonyms`` (gold corpora
        such as LGL count them, meaning the country).
        """
        entities = list(entities)
        model = self.recognizer_model
        if model is not None:
            if ner_regions is None:
                ner_regions = [(0, len(text))] if entities else []
            spans, x = self.span_features(text, entities, ner_regions)
            probs = model.predict(x)
            chosen = choose_spans(spans, probs, model.threshold_confident)
            chosen, attacked, taken = self._where_words_say(text, spans, probs, chosen)
            chosen = self._with_bracketed(text, spans, chosen)
            chosen = self._whole_joined_names(text, spans, chosen)
            chosen = _without_lone_articles(text, spans, probs, chosen)
            # names inside a person's name are not places ("Jordan Peterson"); a one-word
            # "person" or a prominent place is left to the classifier: the small NER model
            # calls many towns people ("Homs", "Mayadin")
            people = [
                (s, e)
                for s, e, label in entities
                if label == "PERSON"
                and len(text[s:e].split()) > 1
                and not self._prominent(text[s:e])
                # "Mariga LGA", "Rakhine State's": no person ends in a unit's word
                and _POSSESSIVE_END.sub("", text[s:e].split()[-1].casefold()) not in LEVEL_WORDS
            ]
            chosen = [
                (s, e)
                for s, e in chosen
                if not any(a < e and s < b for a, b in people)
                or (s, e) in attacked
                # "the northern Israeli town of Kiryat Shmona": no person is a town
                or _KIND_OF_BEFORE.search(text, max(0, s - 30), s) is not None
                # ... nor "invaded Kaura Namoda town"
                or _KIND_AFTER.match(text, e) is not None
                or ((s, e) in taken and (s, e) in people)
                or self._held_by_parent(text, s, e)
                or self._possessed_by_parent(text, s, e)
                or self._whole_name_around(text, s, e, people)
            ]
            # "Governor Enrique Alfaro said ... Alfaro blamed the cartel": the surname of a
            # person the text named, said alone, is that person
            surnames = {text[s:e].split()[-1] for s, e in people}
            chosen = [
                (s, e)
                for s, e in chosen
                if text[s:e] not in surnames
                or (s, e) in attacked
                or (s, e) in taken
                or _KIND_OF_BEFORE.search(text, max(0, s - 30), s) is not None
                or self._held_by_parent(text, s, e)
                or self._possessed_by_parent(text, s, e)
            ]
            chosen = self._with_named_parent(text, spans, probs, chosen)
            chosen = [(s, e) for s, e in chosen if not _shouted_in_prose(text, s, e)]
            # the small NER model calls "Daegu - Jung" a person
            chosen = self._city_of_district(text, chosen, entities)
            chosen = [self._without_demonym(text, s, e) for s, e in chosen]
            if not demonyms:
                chosen = [(s, e) for s, e in chosen if not is_demonym(text[s:e])]
            return chosen
        spans: list[tuple[int, int]] = []
        blocked: list[tuple[int, int]] = []
        for start, end, label in entities:
            if label in ("GPE", "LOC", "FAC"):
                start, end = _trim_entity(text, start, end, self.gazetteer)
                if end > start:
                    spans.append((start, end))
            elif label in ("PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"):
                blocked.append((start, end))
        taken = spans + blocked
        for start, end in self._gazetteer_matches(text):
            if not any(s < end and start < e for s, e in taken):
                spans.append((start, end))
        return sorted(set(spans))

    def _prominent(self, surface: str) -> bool:
        g = self.gazetteer
        rows = g.lookup(surface, loose=False)
        return any(int(g.population[row]) >= PROMINENT_POPULATION for row in rows)

    def _prominent_by_own_name(self, surface: str) -> bool:
        """Is this the main name of a town of PROMINENT_POPULATION or more?"""
        g = self.gazetteer
        return any(
            q == MAIN_NAME and g.kind[row] == PLACE
            and int(g.population[row]) >= PROMINENT_POPULATION
            for row, q in g.lookup(surface, loose=False).items()
        )  # fmt: skip

    def _with_bracketed(
        self, text: str, spans: list[tuple[int, int]], chosen: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """'Tame (Arauca)': a known name followed by a bracket of known parent names is a
        place whatever the NER thought of it (wires and ACLED's notes write places so). So
        is a name the gazetteer lacks when its bracket's units hold each other: "near
        Imenas (Gao, Gao)", "at Ihioma (Orlu, Imo)"."""
        g = self.gazetteer
        extra: list[tuple[int, int]] = []
        before_bracket = [m.span(1) for m in _BEFORE_BRACKET.finditer(text)]
        for s, e in sorted(set(spans) | set(before_bracket)):
            parents = bracket_parents(text, e)
            if not parents or any(a < e and s < b for a, b in chosen):
                continue
            if (
                len(parents) == 1
                and _INSTITUTION_END.search(text[s:e])
                and _TOWN_IN_BRACKET.match(text, e)
                and self._settlement_named(text[slice(*parents[0])])
                and not any(a < parents[0][1] and parents[0][0] < b for a, b in chosen)
            ):
                # "the Wonju City Council (Wonju)", "the Branch Office (Jeonju)": ACLED's notes
                # put the town an institution stands in after it; the bracket is the place
                extra.append(parents[0])
                continue
            if not g.has_key(fold(text[s:e])) and not self._nested_units(text, parents):
                # "Tondobi (Seytenga, Seno)", "In Chinnana (Menaka)": a village the gazetteer
                # lacks, its bracket closing on a unit it knows; the unit is a place named
                # (the village is left to the NER and the classifier)
                outer = parents[-1]
                if self._names_a_unit(text[slice(*outer)]) and not any(
                    a < outer[1] and outer[0] < b for a, b in chosen + extra
                ):
                    extra.append(outer)
                continue
            if any(g.has_key(fold(text[a:b])) for a, b in parents):
                extra.append((s, e))
                for a, b in parents:
                    if g.has_key(fold(text[a:b])) and not any(
                        x < b and a < y for x, y in chosen + extra
                    ):
                        extra.append((a, b))
        return sorted(set(chosen) | set(extra))

    def _whole_name_around(
        self, text: str, start: int, end: int, people: list[tuple[int, int]]
    ) -> bool:
        """Is the span a place's whole name that holds the "person" the NER saw in it
        ("Saint Peter Port", of which the NER made the person "Peter Port")?"""
        inside = [(a, b) for a, b in people if a < end and start < b]
        return all(start <= a and b <= end and (a, b) != (start, end) for a, b in inside) and (
            self._settlement_named(text[start:end])
        )

    def _settlement_named(self, name: str) -> bool:
        """Is ``name`` exactly the name of a populated place (not only a unit's or a
        loose match)?"""
        g = self.gazetteer
        return any(
            g.kind[r] == PLACE and q != SKELETON for r, q in g.lookup(name, loose=False).items()
        )

    def _possessed_by_parent(self, text: str, start: int, end: int) -> bool:
        """"Khyber Pakhtunkhwa's Lakki Marwat district", "Nigeria's Zamfara": a name after a
        unit's possessive that the unit holds is a place, whatever the NER called it."""
        before = _POSSESSIVE_PARENT_BEFORE.search(text, max(0, start - 50), start)
        if before is None:
            return False
        g = self.gazetteer
        units = [
            r for r in g.lookup(before.group(1), loose=False) if g.kind[r] in (ADMIN1, COUNTRY)
        ]
        return any(
            r != u and g.kind[r] in (PLACE, ADMIN2) and g.contains(u, r)
            for r in g.lookup(text[start:end], loose=False)
            for u in units
        )

    def _held_by_parent(self, text: str, start: int, end: int) -> bool:
        """Is a name followed by the name of a unit that holds a place of that name: "Velyka
        Dymerka, Kyiv", "Novyi Bykiv, Chernihiv", "Tall Refaat (Aleppo)"? The small NER model
        calls many such villages people; the parent says they are places."""
        g = self.gazetteer
        parents = bracket_parents(text, end)[-1:]
        names = [text[a:b] for a, b in parents]
        comma = _COMMA_PARENT.match(text, end)
        if comma:
            # "Oaxaca State", "Kharkiv Oblast": the unit's name with or without its kind
            names += [comma.group(1), _UNIT_KIND_AFTER.sub("", comma.group(1))]
        units = [
            r
            for name in names
            for r in g.lookup(name, loose=False)
            if g.kind[r] in (ADMIN1, ADMIN2, COUNTRY)
        ]
        if not units:
            return False
        surface = text[start:end]
        # a spelling variant only inside the named unit: "Tall Refaat" for GeoNames'
        # "Tall Rif'at" of Aleppo, the loose key alone being too weak a match elsewhere
        # a district in its province too: "Al Jubah (Marib)"
        return any(
            r != u and (g.kind[r] == PLACE or (g.kind[r] == ADMIN2 and g.kind[u] != ADMIN2))
            and g.contains(u, r)
            for r in g.lookup(surface)
            for u in units
        )

    def _with_named_parent(
        self,
        text: str,
        spans: list[tuple[int, int]],
        probs: np.ndarray,
        chosen: list[tuple[int, int]],
    ) -> list[tuple[int, int]]:
        """A name the classifier doubted that its parent's name follows ("Tall Refaat (Aleppo)",
        "Lymany, Mykolaiv") is a place; the longest such name of overlapping ones."""
        extra: list[tuple[int, int]] = []
        for k in sorted(range(len(spans)), key=lambda i: spans[i][0] - spans[i][1]):
            s, e = spans[k]
            if probs[k] < PARENT_FLOOR or any(a < e and s < b for a, b in chosen + extra):
                continue
            if self._held_by_parent(text, s, e):
                extra.append((s, e))
        return sorted(set(chosen) | set(extra))

    def _names_a_unit(self, name: str) -> bool:
        """Is the name, as written, an admin-1 or admin-2 unit the gazetteer knows?"""
        g = self.gazetteer
        return any(
            g.kind[r] in (ADMIN1, ADMIN2) and q != SKELETON
            for r, q in g.lookup(name, loose=False).items()
        )

    def _nested_units(self, text: str, parents: list[tuple[int, int]]) -> bool:
        """Does a bracket list at least two known names, the first inside the last?"""
        if len(parents) < 2:
            return False
        g = self.gazetteer
        inner = g.lookup(text[slice(*parents[0])], loose=False)
        outer = [r for r in g.lookup(text[slice(*parents[-1])], loose=False) if g.kind[r] != PLACE]
        return any(o != i and g.contains(o, i) for o in outer for i in inner)

    def _without_demonym(self, text: str, start: int, end: int) -> tuple[int, int]:
        """ "the Syrian Albukamal": a place name after a country's adjective is the name alone
        (the adjective still counts as context); "American Samoa", a name as a whole, stays."""
        first, space, rest = text[start:end].partition(" ")
        if not space or not rest[:1].isupper() or not is_demonym(first):
            return start, end
        if self._known_name(text[start:end]):
            return start, end
        # a loose match will do for a long name ("Albukamal" for GeoNames' "Albu Kamal"):
        # the adjective's country still weighs on its reading
        if not (self._known_name(rest) or (len(rest) >= 6 and self.gazetteer.lookup(rest))):
            return start, end
        return start + len(first) + 1, end

    def _city_of_district(
        self, text: str, chosen: list[tuple[int, int]], entities: list[tuple[int, int, str]]
    ) -> list[tuple[int, int]]:
        """ "(Seoul City - Yongsan)", "Los Angeles - Central": the known city of a city and
        its part is a place, whatever the NER made of the whole (the span classifier, seeing
        the NER's entity end elsewhere, doubts it); a part that is only a compass word
        ("Central", "North Zone") is none ("Central (California)" is not a town). Outside a
        bracket, only where the NER does not call the whole a person or an organisation
        ("Daegu - Jung said so")."""
        named = [(s, e) for s, e, label in entities if label in ("PERSON", "ORG")]
        extra, compass = [], set()
        for m in _CITY_DISTRICT.finditer(text):
            bracketed = (
                m.start() > 0 and text[m.start() - 1] == "(" and text.startswith(")", m.end())
            )
            if not bracketed and any(a <= m.start() < b for a, b in named):
                continue
            s, e = m.span(1)
            if text[s:e].endswith(" City") and not self._known_name(text[s:e]):
                e -= len(" City")  # "Sejong City"
            part = m.group(2)
            if _COMPASS_NAME.fullmatch(part):  # "North Zone": its unit word is allowed
                compass.add(m.span(2))
            if any(a < e and s < b for a, b in chosen) or not self._known_name(text[s:e]):
                continue
            extra.append((s, e))
        if not extra and not compass:
            return chosen
        return sorted((set(chosen) | set(extra)) - compass)

    def _where_words_say(
        self,
        text: str,
        spans: list[tuple[int, int]],
        probs: np.ndarray,
        chosen: list[tuple[int, int]],
    ) -> tuple[list[tuple[int, int]], set[tuple[int, int]], set[tuple[int, int]]]:
        """A known place name right after words that take a place ("shelled Idlib", "near
        Hama", "in X and Y") is a place even when the NER called it an organisation, as the
        small model does with many towns of the conflicts polemos codes. Also returned: the
        names a verb of attack introduced ("struck Jisr al-Shughur and Ariha"), places even
        when the NER calls them people; and those a word that takes a place introduced
        ("airstrikes at Jisr al-Shughur"), places even when the NER calls the very same words
        a person (not a part of a person's name: "in Jordan Peterson's book")."""
        out = set(chosen)
        attacked_spans: set[tuple[int, int]] = set()
        taken_spans: set[tuple[int, int]] = set()
        for k in sorted(range(len(spans)), key=lambda i: spans[i]):
            s, e = spans[k]
            before = text[max(0, s - 40) : s]
            listed_after_attacked = any(
                b <= s and _LISTED_AFTER.fullmatch(text[b:s]) for _, b in attacked_spans
            )
            # "marched in Paris and Lyon": listed after a place a word that takes a place
            # introduced, a city's own name the small NER model calls a person is the next
            # place (a big city's: "at Glacier Ridge, Deer Run and Thomas elementary schools",
            # "in Clay County, Ching grew up" list no town)
            listed_after_taken = any(
                b <= s and _LISTED_AFTER.fullmatch(text[b:s]) for _, b in taken_spans
            ) and self._prominent_by_own_name(text[s:e])
            if (s, e) in out and (
                _ATTACKED.search(before)
                or _MASSACRE_AFTER.match(text, e)
                or _FALLEN_AFTER.match(text, e)
                or listed_after_attacked
            ):
                # chosen already, and attacked ("the Khan Shaykhun massacre" too): kept even
                # if the NER calls it a person
                attacked_spans.add((s, e))
            if (s, e) in out and (
                _PLACE_TAKING_WORD.search(before) or _LOWER_KIND_BEFORE.search(before)
            ):
                # "clashes in Jabal al-Akrad", "the rebel-held town of Khan Sheikhoun", chosen
                # already
                taken_spans.add((s, e))
            # "Mariga LGA": a unit's word after a name says it is a place, however sure the
            # classifier is that the NER's "person" is one
            level_after = bool(_LOWER_LEVEL_AFTER.match(text, e)) and not (
                _NAME_RUNS_ON_BEFORE.search(text, max(0, s - 30), s)
            )  # "Al Bab city": the whole name's word, not "Bab"'s
            # "Reef Dimashq", "Rural Idlib": the countryside of a known place is a place
            rural = _RURAL_NAME.fullmatch(text[s:e])
            rural_known = bool(rural and self.gazetteer.lookup(rural.group(1), loose=False))
            level_after = level_after or rural_known or self._unit_word_after(text, s, e)
            # "struck Saraqib and Maarat al-Numan": listed after a place attacked, a name the
            # small NER model calls a person is the next place of the list
            floor = (
                LISTED_PLACE_FLOOR
                if listed_after_attacked or listed_after_taken
                else ATTACKED_PLACE_FLOOR
            )
            if (probs[k] < floor and not level_after) or any(
                a < e and s < b for a, b in out
            ):
                continue
            listed = [b for _, b in out if b <= s and _LISTED_AFTER.fullmatch(text[b:s])]
            fallen = _FALLEN_AFTER.match(text, e) is not None
            attacked = fallen or _ATTACKED.search(before) is not None or any(
                b == end for b in listed for _, end in attacked_spans
            )
            goes_on = _NAME_GOES_ON.match(text, e)
            if attacked and goes_on and goes_on.group(1).casefold() not in LEVEL_WORDS:
                attacked = False  # "the attack on Jordan Peterson": a longer name's first word
            taking = _PLACE_TAKING_WORD.search(before)
            # words that can only be said of a place: a part of it, or its unit's word
            of_a_place = (
                bool(taking and (taking["part"] or taking["held"]))
                or level_after
                or bool(_AREA_AFTER.match(text, e))
                or bool(_LOWER_KIND_BEFORE.search(before))
            )
            if probs[k] < PLACE_WORD_FLOOR and not (attacked or of_a_place or listed_after_taken):
                continue
            if not (taking or listed or of_a_place or fallen):
                continue
            surface = text[s:e]
            if (
                self._prominent(surface)
                or self._known_name(surface)
                or rural_known
                # "al-Tabaqa" for GeoNames' "Al-Tabqa"
                or (is_transliterated(surface) and bool(self.gazetteer.lookup(surface)))
                # "struck Jisr al-Shughur": the name of its district will do; "struck Saraqib
                # and Maarat al-Numan": a spelling variant of a transliterated name too
                or (attacked and bool(self.gazetteer.lookup(
                    surface, loose=has_transliterated_word(surface)
                )))
                # "shelled Ziyara town" for GeoNames' "Ziyarah", "the countryside of Tell
                # Abiad" for "Tall Abyaḑ": a spelling variant of a name its kind's word says
                # is a place
                or (
                    (level_after or bool(_LOWER_KIND_BEFORE.search(before)))
                    and self.gazetteer.spelt_like(surface)
                )
            ):
                out.add((s, e))
                taken_spans.add((s, e))
                if attacked:
                    attacked_spans.add((s, e))
        return sorted(out), attacked_spans, taken_spans

    def _unit_word_after(self, text: str, s: int, e: int) -> bool:
        """"Rakhine State's Paletwa township": a province's name with its own unit's word
        capitalised after it, closing the name, is the province, even where the NER calls
        the whole a person (GeoNames writes "Rakhine", not "Rakhine State"). Not in the
        United States, where "Ohio State" is a university and its teams."""
        after = _CAPITAL_UNIT_AFTER.match(text, e)
        if after is None or _NAME_RUNS_ON_BEFORE.search(text, max(0, s - 30), s):
            return False
        g = self.gazetteer
        return any(
            g.kind[r] == ADMIN1 and g.country_code(r) != "US"
            for r, q in g.lookup(text[s:e], loose=False).items()
            if q in (MAIN_NAME, ALT_NAME)
        )

    def _known_name(self, surface: str) -> bool:
        """Is this the main or an alternate name of some place (not a loose match)?"""
        found = self.gazetteer.lookup(surface, loose=False)
        return any(q in (MAIN_NAME, ALT_NAME) for q in found.values())

    def _whole_joined_names(
        self, text: str, spans: list[tuple[int, int]], chosen: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """'Port of Spain', 'Laranjal do Jari': a place's whole name joined by 'of', 'do',
        'de' ... wins over the pieces chosen inside it ('Port', 'Spain')."""
        out = set(chosen)
        for s, e in spans:
            if not _JOINED_NAME.search(text[s:e]) or (s, e) in out:
                continue
            inside = [(a, b) for a, b in out if s <= a and b <= e]
            crossing = [(a, b) for a, b in out if a < e and s < b and (a, b) not in inside]
            if not inside or crossing:
                continue
            if self._known_name(text[s:e]):
                out -= set(inside)
                out.add((s, e))
        return sorted(out)

    def span_features(
        self,
        text: str,
        entities: Sequence[tuple[int, int, str]],
        ner_regions: Sequence[tuple[int, int]],
    ) -> tuple[list[tuple[int, int]], np.ndarray]:
        """Candidate toponym spans and their classifier features (also for training)."""
        return SpanFeatures(self.gazetteer, self._gazetteer_matches).candidates(
            text, entities, ner_regions
        )

    def _gazetteer_matches(self, text: str) -> list[tuple[int, int]]:
        """Longest gazetteer names in capitalised runs, left to right."""
        # recognition and the text's context both ask, one after the other, for one text
        if self._last_matches is not None and self._last_matches[0] == text:
            return self._last_matches[1]
        matches = list(self._find_gazetteer_matches(text))
        self._last_matches = (text, matches)
        return matches

    def _find_gazetteer_matches(self, text: str) -> Iterator[tuple[int, int]]:
        g = self.gazetteer
        yield from self._units_joined_by_and(text)
        for offset, _, tokens in capitalised_runs(text):
            i = 0
            while i < len(tokens):
                matched = False
                for j in range(min(len(tokens), i + 6), i, -1):
                    start = offset + tokens[i].start()
                    end = offset + tokens[j - 1].end()
                    surface = text[start:end]
                    if not _TOKEN_START.match(surface) or (
                        _INNER_POSSESSIVE.search(surface) and not has_apostrophe_name(g, surface)
                    ):
                        continue  # "Syria's al Bab" is two names; "King's Lynn" is one
                    bare = without_possessive(surface, g)
                    key = fold(bare)
                    if not self._plausible(text, start, key, j - i):
                        continue
                    if g.has_key(key) or g.has_key(key.split(" ", 1)[-1]) and " " in key:
                        yield start, end - (len(surface) - len(bare))
                        i = j
                        matched = True
                        break
                if not matched:
                    i += 1

    def _units_joined_by_and(self, text: str) -> Iterator[tuple[int, int]]:
        """"Trinidad and Tobago", "Jammu and Kashmir", "Newfoundland and Labrador": a country
        or unit whose name joins two names by "and", which capitalised runs split (the
        pieces stay candidates; the whole wins where it is chosen, see
        ``_whole_joined_names``). Only units and countries: "Sodom and Gomorrah" is two."""
        g = self.gazetteer
        for m in _AND_JOINED.finditer(text):
            left = list(_TOKEN.finditer(m.group(1)))
            right = list(_TOKEN.finditer(m.group(2)))
            found = None
            for i in range(len(left)):  # "In Trinidad and Tobago": drop leading words
                for j in range(len(right), 0, -1):  # "... Tobago Police": and trailing ones
                    start = m.start(1) + left[i].start()
                    end = m.start(2) + right[j - 1].end()
                    # "Jammu and Kashmir's Kulgam district": the unit's possessive
                    bare = without_possessive(text[start:end], g)
                    rows = g.lookup(bare, loose=False)
                    if any(g.kind[r] in (COUNTRY, ADMIN1, ADMIN2) for r in rows):
                        found = (start, start + len(bare))
                        break
                if found:
                    break
            if found:
                yield found

    def _plausible(self, text: str, start: int, key: str, n_tokens: int) -> bool:
        if key in KEEP_PHRASES:
            return True
        words = key.split()
        if all(w in STOP_WORDS for w in words) or key in DEMONYMS or key in REGION_DEMONYMS:
            return False
        if n_tokens == 1:
            if len(key) < 3 or (key.upper() == text[start : start + len(key)] and len(key) <= 3):
                # short all-caps tokens are acronyms, not places (US/UK come as "U.S.")
                return key in _COUNTRY_ACRONYMS
            # a capitalised common word at the start of a sentence ("Most", "Reading")
            if _at_sentence_start(text, start) and _occurs_as_word(key, text, start + len(key)):
                return False
        return True


def _whole(mention: _Mention | None, end: int) -> _Mention | None:
    """The mention if it spans the whole parent name ending at ``end``: the "Belmont" of
    "Belmont County" is not the county."""
    return mention if mention is not None and mention.end == end else None


def _states_parent(text: str, mention: _Mention) -> int:
    """How outright the text gives the mention's parent: 2 in a definition ("Albany is a city
    in Shackelford County, Texas"), 1 in a bracket or a closing "X, Y", 0 not at all. A
    definition says what the text is about; an "X, Y" may be a namesake ("settlers from
    Albany, Georgia")."""
    if not mention.parent:
        return 0
    if _IS_A_PLACE_IN.match(text, mention.end):
        return 2
    return int(bool(bracket_parents(text, mention.end) or _CLOSING_PARENT.match(text, mention.end)))


_ENVOY_BEFORE = re.compile(
    r"\b(?:ambassadors?|embass(?:y|ies)|envoys?|consul(?:ate)?s?)\s+(?:of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ENVOY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:ambassadors?|embass(?:y|ies)|envoys?|consul(?:ate)?s?)\b", re.IGNORECASE
)


def sends_envoy(text: str, start: int, end: int) -> bool:
    """Is the name the country of an embassy or an envoy ("the US embassy", "the ambassador
    of the United States")? Not "the ambassador to Greece": that is where the envoy is."""
    return bool(
        _ENVOY_BEFORE.search(text, max(0, start - 40), start) or _ENVOY_AFTER.match(text, end)
    )


def _names_country(words: str, code: str | None) -> bool:
    """Do ``words`` name the country ``code`` by its name or adjective ("Israeli", "Israel's")?"""
    return any(code in DEMONYMS.get(w.casefold(), ()) for w in re.findall(r"[A-Za-z]+", words))


def _in_parent_bracket(text: str, start: int, end: int) -> bool:
    """Is the span one of a bracket's names of units ("Aw Bare (Fafan, Somali)": Ethiopia's
    Somali region, not a demonym)?"""
    opening = text.rfind("(", max(0, start - 90), start)
    return (
        opening >= 0
        and ")" not in text[opening:start]
        and re.match(r"\s*[,;)]", text[end:]) is not None
    )


_COARSENESS = defaultdict(lambda: 5, {"place": 0, "admin2": 1, "admin1": 2, "country": 3})


def _one_sense_per_discourse(
    text: str, mentions: list[_Mention], places: list[Place | None]
) -> list[Place | None]:
    """A name said twice in one text is one place (Gale, Church and Yarowsky's "one sense
    per discourse"): "Belmont is a town in Dawes County, Nebraska ... Belmont grew" is the
    same Belmont both times. The reading of a mention whose parent the text states, else of
    the surest one, goes to the less sure mentions with no parent of their own; and when the
    gazetteer lacks the stated place (Belmont, Nebraska), its unplaced answer also goes to
    the bare mentions whose reading is not sure (a Belmont elsewhere)."""
    groups: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        # "the Pilar town vice mayor ... in Barangay Poblacion (Pilar, Abra)": a town's word
        # after the name says no more than the bare name; a unit's word names another place,
        # and so does a word of the name ("Mexico City")
        hint = m.hint if m.hint in ("admin1", "admin2") else None
        groups[(fold(text[m.start : m.end]), m.query, hint)].append(i)
    answers = list(places)
    for members in groups.values():
        placed = [i for i in members if places[i] is not None]
        if len(members) < 2 or not placed:
            continue
        stated = {i: _states_parent(text, mentions[i]) for i in placed}
        # the first definition: a later "X is the largest city in Y" may be of a namesake
        anchor = max(
            placed,
            key=lambda i: (
                stated[i],
                -mentions[i].start if stated[i] == 2 else 0,
                places[i].confidence,
            ),
        )
        # a surer reading goes to the bare mentions; so does the unplaced answer of a
        # mention whose stated parent the gazetteer lacks the place in: a bare mention's
        # reading, unless a sure one, is then a same-named place elsewhere
        lacking = stated[anchor] > 0 and places[anchor].geonameid is None
        for i in members:
            mine = places[i]
            if i == anchor or mentions[i].parent:
                continue
            if (
                mine is None
                or mine.confidence < places[anchor].confidence
                # two placings of a name the gazetteer lacks, as unsure: the finer for both
                # ("in Zee Taw village, Pauk township ...", later "in Zee Taw village")
                or (
                    mine.geonameid is None
                    and mine.confidence == places[anchor].confidence
                    and _COARSENESS[mine.precision] > _COARSENESS[places[anchor].precision]
                )
                or (lacking and mine.confidence < SURE_OWN_READING)
            ):
                answers[i] = places[anchor]
    return answers


def _occurs_as_word(word: str, text: str, start: int) -> bool:
    """Does ``word`` occur in ``text`` after ``start`` as a whole word (case as given)?"""
    # str.find, not a regex per word: the words vary, and compiling one each time costs more
    # than the search (the regex cache is soon full)
    at = text.find(word, start)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at > start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-"):
            return True
        at = text.find(word, at + 1)
    return False


# how sure a child's place must be to choose its named parent's reading
SURE_CHILD = 0.5
# a reading this sure stands against a same-named place the text defines but the gazetteer
# lacks (dev WikToR: 150 mentions come right and 22 wrong below it, 5 and 42 above)
SURE_OWN_READING = 0.8
_ACRONYM_COUNTRY = {"us": "US", "usa": "US", "uk": "GB", "uae": "AE", "drc": "CD"}
_COUNTRY_ACRONYMS = frozenset(_ACRONYM_COUNTRY)
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[\w'’ʿ-]+")
_INNER_POSSESSIVE = re.compile(r"['’]s\s")
_TOKEN_START = re.compile(r"[A-Z]|(?:al|el|ar|as|ad|an|az|ash|ez)-[A-Z]|(?:al|el) [A-Z]")
# a run of capitalised words, letting Arabic articles and "of"/"de" join them:
# "Deir ez-Zor", "Ras al-Ain", "Tal Abyad"; "Bosnia and Herzegovina" is two runs, and
# Resolver._units_joined_by_and finds the whole
# ACLED's notes name the place they were coded to: "(coded as Kitchanga)", "Coded as
# provincial capital Ramadi", "coded to admin center, Alem Tena", "coded to the nearby
# urban center, Seraba", "(coded Apostolove)"
CODED_AS = (
    r"coded(?:\s+(?:to|as))?(?:\s+(?:the\s+)?(?:nearby\s+)?"
    r"(?:(?:provincial|territorial|district|state|regional)\s+)?"
    r"(?:capital|(?:admin(?:istrative)?|urban)\s+cent(?:er|re)),?)?"
)
# verbs of attack and capture, whose object is a place
_ATTACK_VERBS = (
    r"shelled|bombed|struck|targeted|hit|attacked|stormed|captured|seized|entered|"
    r"besieged|raided|recaptured|retook|liberated|overran|"
    # "Russian forces retake Avdiivka", "the fall of Kabul": ground taken (not a bare "take":
    # "police take Johnson into custody")
    r"retake|retakes|retaken|retaking|recaptures|liberates|liberate|liberating|overruns|"
    r"(?:take|takes|took|taken|taking)\s+(?:full\s+|complete\s+)?control\s+(?:of|over)|"
    r"(?:the\s+)?fall\s+of|"
    # headlines' present tense: "warplanes target Zabadani", "regime forces shell Douma"
    r"targets?|shells?|bombs?|hits|storms?|captures?|seizes?|besieges?|raid|pound(?:s|ed)?|"
    # "the army began shelling Douma", "warplanes pounding Ariha"
    r"shelling|bombing|targeting|attacking|storming|capturing|seizing|besieging|raiding|"
    r"pounding|"
    # "a violent explosion shakes Harasta", "a blast rocked Kabul"
    r"shakes|shook|rocks|rocked|"
    # and their nouns: "airstrikes on Maarrat al-Nu'man", "the shelling of Daraa"
    r"(?:air\s?|drone\s+|missile\s+|rocket\s+)?(?:strikes?|raids?)\s+on|"
    r"(?:bombardment|shelling|bombing)\s+(?:on|of)|"
    # "helicopters drop barrel bombs on Daraa", "shells fall on Harasta"
    r"(?:bombs|shells|rockets|missiles|mortars)\s+(?:on|at)|(?:fall|falls|fell)\s+on|"
    # "a chlorine attack on Douma", "the assault on Mosul"
    r"(?:attacks?|assaults?|offensive)\s+(?:on|against)"
)
_NAME_GOES_ON = re.compile(r"\s+([A-Z][a-z]+)\b")
# "rebel-held", "IS-controlled", "government-besieged"
_HELD_BY = r"[A-Za-z]+-(?:held|controlled|besieged)\s+"
# words after which a name is a place: "shelled Idlib", "in Hama", "the outskirts of Homs"
# (led by its first letters: searched before every candidate name, in 60% of the time)
_PLACE_TAKING_WORD = led_by_first_letters(
    # "abducted 276 schoolgirls from Chibok", "fled from Raqqa": where people were taken from
    r"\b(?:(?:abducted|kidnapped|fled|expelled|withdrew|retreated|evacuated|displaced|ousted)"
    r"\b[^.;]{0,30}?\bfrom|"
    r"in|near|at|outside|around|into|towards?|between|"
    # "the road from Gao to Ansongo"
    r"(?:road|route|highway|axis)\s+(?:from|to)|"
    rf"{_ATTACK_VERBS}|{CODED_AS})\s+(?:the\s+)?"
    # "in northern Quneitra", "shelled eastern Aleppo": a part of the place, in lower case
    r"(?-i:(?P<part>(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern|central)\s+)?"
    # "pounded rebel-held Ariha": only a place is held
    rf"(?P<held>{_HELD_BY})?$",
    re.IGNORECASE,
)
# "Raqqa governorate", "Nasib town's", "the Hama countryside": a unit's or a settlement's
# word in lower case after a name says the name is a place (in capitals it is part of a
# name: "Ohio State University")
_NAME_RUNS_ON_BEFORE = re.compile(r"\b[A-Z][\w'’]*[\s-]+$")
_POSSESSIVE_PARENT_BEFORE = re.compile(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s\s+$")
_LOWER_LEVEL_AFTER = re.compile(rf"\s+(?:{_LEVEL_ALTERNATION}|LGAs?)\b")
# "in Syria's al Bab area", "the Hama countryside": what only a place has
_POSSESSIVE_END = re.compile(r"['’]s$")
# a part of a named town or unit, said before the part's own name: "Cairo's gated suburb of",
# "Damascus' southern district of", "Mosul's Old City quarter of" (up to three words between)
_OWNER_BEFORE = re.compile(
    rf"\b({_NAME})['’]s?\s+(?:[\w-]+\s+){{0,3}}?(?:suburb|district|neighbou?rhood|quarter|"
    r"village|area|outskirts|camp)s?\s+of\s+$"
)
# "Rakhine State's", "Kachin State" closing a capitalised run: a province's own word
_CAPITAL_UNIT_AFTER = re.compile(
    r"\s+(?:State|Province|Governorate|Oblast|Region)(?:['’]s\b|(?![\w'’-]|\s+[A-Z]))"
)
_AREA_AFTER = re.compile(r"\s+(?:area|countryside|outskirts|suburbs|environs)\b")
# "the city Manbij", "the town of Tabqa", "the villages of": a settlement's or a unit's word
# in lower case before a name (translated headlines drop the "of")
_LOWER_KIND_BEFORE = re.compile(
    # "the rebel-held town of Khan Sheikhoun", "the besieged city of", "the strategic town of"
    rf"\bthe\s+(?:[a-zA-Z]+(?:-[a-z]+)+\s+|[a-z]+\s+){{0,2}}(?:(?:{PLACE_KINDS})s?|cities|villages)"
    r"\s+(?:of\s+)?$"
)
# a place's part or kind said after it, before the next place of a list: "Aleppo southern
# countryside and Hama", "Hama city and Homs" (the events stage's lists use it too)
PLACE_PART_AFTER = (
    r"(?:['’]s?)?(?:\s+(?:(?:(?:north|south)?(?:east|west)?(?:ern)?|central)\s+)?"
    r"(?:countryside|outskirts|city|town|governorate|province|district|area))?"
)
# between two places of a list: "Idlib and Hama", "Kafr Nabl, Ariha"
_LISTED_AFTER = re.compile(rf"{PLACE_PART_AFTER}\s*(?:,\s*and|,|and|&)\s+")
# "Lymany, Mykolaiv region": the unit named after a place and a comma
_COMMA_PARENT = re.compile(rf",\s*({_NAME})")
_UNIT_KIND_AFTER = re.compile(rf"\s+(?:{PLACE_KINDS}|oblast|rayon)$", re.IGNORECASE)
# a word in capitals inside lower-case prose is an acronym or a party ("supporters of MORENA"),
# not a place; a dateline's ("BEIRUT:", "NEWARK —") stands at a line's start or before a mark
_SHOUTED = re.compile(r"[A-Z][A-Z'’-]{3,}(?:\s+[A-Z][A-Z'’-]+)*")
_DATELINE_AFTER = re.compile(r"\s*(?:[,:(—–\-\x97”'’]|$)")


def _without_lone_articles(
    text: str, spans: list[tuple[int, int]], probs: np.ndarray, chosen: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """An Arabic article alone is no place ("Al", which the NER cut from "Al Bab city", is
    Alabama's abbreviation): the longest candidate it begins instead, or nothing."""
    out = []
    for start, end in chosen:
        surface = text[start:end]
        # "Montgomery, AL" is Alabama
        if surface.casefold() not in _ARTICLE_WORDS or surface.isupper():
            out.append((start, end))
            continue
        longer = [
            (s, e) for (s, e), p in zip(spans, probs, strict=True)
            if s == start and e > end and p >= LONE_ARTICLE_FLOOR
            and not any(a < e and s < b for a, b in chosen if (a, b) != (start, end))
        ]  # fmt: skip
        if longer:
            out.append(max(longer, key=lambda span: span[1]))
    return out


_ARTICLE_WORDS = frozenset(_ARTICLE.strip("(?:)").split("|"))
# how probable a longer span an article begins must be to stand for it
LONE_ARTICLE_FLOOR = 0.05


def _shouted_in_prose(text: str, start: int, end: int) -> bool:
    if not _SHOUTED.fullmatch(text[start:end]):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() or _DATELINE_AFTER.match(text, end):
        return False
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    # a headline or a whole line written in capitals says nothing by its case
    return sum(c.islower() for c in letters) > 0.5 * len(letters)


# how probable the span classifier must still find a name that such words introduce; after
# a verb of attack or capture, less: "Warplanes struck Jisr al-Shughur and Ariha", two towns
# the small NER model calls people (after a preposition, 0.04 cost dev LGL 0.008 precision)
PLACE_WORD_FLOOR = 0.1
ATTACKED_PLACE_FLOOR = 0.03
LISTED_PLACE_FLOOR = 0.005
_ATTACKED = led_by_first_letters(  # (as _PLACE_TAKING_WORD: half its time)
    rf"\b(?:{_ATTACK_VERBS})\s+(?:the\s+)?(?:{_HELD_BY})?$", re.IGNORECASE
)
# "the Houla massacre": a massacre is named after its place
_MASSACRE_AFTER = re.compile(r"\s+massacres?\b", re.IGNORECASE)
# "Kidal has fallen into the hands of the army", "Mosul fell to the Islamic State": a place
# that falls is taken
_FALLEN_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:fell|fallen|falls)\s+(?:to|into|under)\s", re.IGNORECASE
)
# and one its parent's name follows, a place inside that parent being called so
PARENT_FLOOR = 0.02
# a place name whose words are joined by a lower-case word: "Port of Spain", "Rio de Janeiro"
_JOINED_NAME = re.compile(r"\s(?:of|de|do|dos|da|das|del|du|la|le|on|upon|y|and)\s")
# two capitalised runs joined by "and": "Trinidad and Tobago", "Saint Kitts and Nevis"
_AND_JOINED = re.compile(
    # (the lookahead, implied by the pattern, spares trying it at every character: half its
    # time)
    r"(?=[A-Z])((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+and\s+(?:the\s+)?"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)
_CAPITALISED_RUN = re.compile(
    # a run begins with a capital or an article's "a" or "e": the lookahead, implied by what
    # follows, spares trying every branch at every character (three fifths of its time)
    r"(?=[A-Zae])(?:"
    r"(?:(?:al|el|ar|as|ad|an|az|ash|ez)-)?(?:[A-Z]\.){2,}"
    # "al-Bab", and "Syria's al Bab area" with the article apart
    r"|(?:(?:al|el|ar|as|ad|an|az|ash|ez)-|\b(?:al|el) )?[A-Z][\w'’ʿ]*(?:-[\w'’ʿ]+)*"
    # "Santa Cruz de la Sierra", "Villa de los Santos": a joiner may bring its article;
    # "Castilla y Leon" is joined by "and"
    # "Olho d'Agua das Flores", "Bandar e Emam Khomeyni" (Persian's ezafe, written apart);
    # "Pieve di Soligo", "Plau am See", "Neustadt an der Weinstrasse", "Bergen op Zoom"
    r"(?:(?:\s+|\s+(?:al|el|ar|as|ad|an|az|ash|ez|de|du|la|le|of|on|upon|del|do|da|dos|das|y|e|"
    r"di|della|delle|dei|degli|am|im|sur|sous|en|bei|aan|op)"
    r"(?:\s+(?:la|las|los|le|les|der|den|dem))?\s+"
    r"|\s+(?:al|el|ar|as|ad|an|az|ash|ez)-|\s+d['’](?=[A-Z]))"
    # "Damascus on Monday", "Aleppo in January": a date after a place joins no name
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|June|July|August|September|October|November|December)\b)"
    r"[A-Z][\w'’ʿ]*(?:-[\w'’ʿ]+)*)*"
    r")"
)


@lru_cache(maxsize=2)
def capitalised_runs(text: str) -> list[tuple[int, str, list[re.Match[str]]]]:
    """The text's capitalised runs: where each starts, its words, and their tokens (with
    offsets in the run). Read only: callers share the list."""
    # recognition's candidates and the gazetteer matches both walk the runs of one text, one
    # after the other, and the pattern (its joiners and lookaheads) is slow: found once
    return [
        (run.start(), run.group(0), list(_TOKEN.finditer(run.group(0))))
        for run in _CAPITALISED_RUN.finditer(text)
    ]


# what follows a wire's dateline: "WASHINGTON (AP) —", "CAIRO -", "RALEIGH, N.C. ("
# "KYIV, Ukraine (AP) —", "KHARTOUM, June 12 (Reuters) -", "BEIRUT, Sept. 3, 2024 -"
# after the city: its country or state and the date, each after a comma ("KYIV, Ukraine (AP)
# —", "SANAA, Jan 12 (AFP) -", "GOMA, Democratic Republic of Congo, April 30 (Reuters) -")
_DATELINE = re.compile(
    r"(?:,\s*[A-Z][A-Za-z.'’-]{1,12}(?:\s+(?:of|the|and|[A-Z][A-Za-z.'’-]{1,12})){0,3}"
    r"(?:\s+\d{1,2}(?:,\s*\d{4})?)?){0,2}\s*(?:\(|—|–|-\s|:)"
)


def _stated_km(definition: str) -> float:
    """How far a definition that ends "... 73 kilometres north-west of " puts its place from
    the town that follows (0 when it does not measure)."""
    found = STATED_DISTANCE.search(definition)
    if not found:
        return 0.0
    try:
        number = float(found.group(1).replace(",", ""))
    except ValueError:
        return 0.0
    return number * (1.609 if found.group(2).startswith("mi") else 1.0)


def is_dateline(text: str, start: int, end: int) -> bool:
    """Does the name open a line as a wire's dateline ("WASHINGTON (AP) —", "KYIV, Ukraine
    (AP) —")?"""
    # "Addis Abeba, May 20, 2025 (Addis Standard) -", "Kabul (AFP) –": a city in title case,
    # when an agency in brackets and a dash follow
    titled = not text[start:end].isupper() and text[start:start + 1].isupper()
    if not text[start:end].isupper() and not titled:
        return False
    # "MOSCOW/KYIV, June 20 (AFP) -": a dateline of two cities
    line_start = text.rfind("\n", 0, start) + 1
    if not (
        _at_line_start(text, start)
        or _DATELINE_FIRST_CITY.fullmatch(text, line_start, start) is not None
    ):
        return False
    second = _DATELINE_SECOND_CITY.match(text, end)
    after = _DATELINE.match(text, second.end() if second else end)
    if after is None:
        return False
    return not titled or (
        _at_line_start(text, start) and _AGENCY_DASH.match(text, after.end() - 1) is not None
    )


_AGENCY_DASH = re.compile(r"\([^)\n]{1,30}\)\s*(?:—|–|-)\s")


_DATELINE_FIRST_CITY = re.compile(r"\s*[A-Z][A-Z.'’ -]{1,30}/\s*")
_DATELINE_SECOND_CITY = re.compile(r"\s*/\s*[A-Z][A-Z.'’ -]{1,30}(?=[,\s(])")


# a country named as the land beyond: "near the border with Burkina Faso", "In neighbouring
# Niger", "mercenaries from Russia"
_ACROSS_BEFORE = re.compile(
    r"\b(?:border\s+with|bordering|neighbou?ring|across\s+the\s+border\s+in|from)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# "KANO, Nigeria, June 3 (Reuters) -": the country or state a dateline names after its city
_DATELINE_CITY_BEFORE = re.compile(r"([A-Z][A-Z.'’ -]{1,30}),\s*$")


def in_dateline(text: str, start: int, end: int) -> bool:
    """Is the name part of a wire's dateline: its city, or the country or state written after
    the city ("KANO, Nigeria, June 3 (Reuters) -")? Both say where the reporter filed from."""
    if is_dateline(text, start, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    city = _DATELINE_CITY_BEFORE.fullmatch(text, line_start, start)
    return city is not None and is_dateline(text, city.start(1), city.end(1))


def _one_sentence(text: str, start: int, end: int) -> bool:
    """Does the stretch of text hold no sentence's end (a full stop before a capital, or a
    line break)?"""
    return _SENTENCE_END.search(text, start, end) is None


_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s+(?=[A-Z\"“])|\n")
# how probable, against the pick, a reading inside its sentence's unit must be to replace it
SENTENCE_UNIT_SHARE = 0.3


def _at_line_start(text: str, start: int) -> bool:
    return start == 0 or text[:start].rstrip(" \t").endswith("\n")


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:"


def _trim_entity(
    text: str, start: int, end: int, g: Gazetteer | None = None
) -> tuple[int, int]:
    surface = text[start:end]
    lead = _LEADING_THE.match(surface)
    if lead:
        start += lead.end()
    surface = text[start:end]
    opened = surface.find("(")
    if opened > 0 and ")" not in surface[opened:]:
        # "Tiloa (Banibangou": the NER ran a name into the bracket of its parents
        surface = surface[:opened]
    stripped = without_possessive(surface, g)
    return start, start + len(stripped.rstrip())


def without_possessive(surface: str, g: Gazetteer | None = None) -> str:
    """The surface without a possessive ("Syria's" -> "Syria"), unless the gazetteer names a
    place with it ("St. John's" is not St. John, a parish of Jersey)."""
    # (asked of every n-gram of every capitalised run: most hold no apostrophe to strip)
    if "'" not in surface and "’" not in surface:
        return surface
    stripped = _POSSESSIVE.sub("", surface)
    if stripped != surface and g is not None and has_apostrophe_name(g, surface):
        return surface
    return stripped


def has_apostrophe_name(g: Gazetteer, surface: str) -> bool:
    """Is ``surface`` ("St. John's", "King's Lynn") the name of a place whose own name has
    the apostrophe? "Queen's" only matches Queens, and stays a possessive."""
    if "'" not in surface and "’" not in surface:
        return False
    for row in g.lookup(surface, loose=False):
        name = g.name(row).replace("’", "'").casefold()
        if "'s" in name and fold(name) == fold(surface):
            return True
    return False


def _row_km(g: Gazetteer, row: int, lat: float, lon: float) -> float:
    return haversine_km(float(g.latitude[row]), float(g.longitude[row]), lat, lon)


def _point_km(place: Place, lat: float, lon: float) -> float:
    return haversine_km(place.latitude, place.longitude, lat, lon)


def _km(g: Gazetteer, a: int, b: int) -> float:
    return _row_km(g, a, float(g.latitude[b]), float(g.longitude[b]))


_default: Resolver | None = None


def default_resolver() -> Resolver:
    """The process-wide resolver over the default gazetteer."""
    global _default
    if _default is None:
        _default = Resolver()
    return _default


def resolve_toponyms(text: str, spans: list[tuple[int, int]]) -> list[Place | None]:
    """Resolve given toponym spans (e.g. gold ones) in ``text``: one Place or None each."""
    return default_resolver().resolve(text, spans)


def recognize_toponyms(text: str, ner: bool = True, demonyms: bool = True) -> list[tuple[int, int]]:
    """Find toponym spans in ``text`` as the gold corpora define them: with spaCy NER over
    the whole text (``ner=True``) or gazetteer matching and context alone (``ner=False``);
    demonyms meaning a country ("Syrian") included unless ``demonyms=False``."""
    entities: list[tuple[int, int, str]] = list(ner_entities([text]))[0] if ner else []
    regions = [(0, len(text))] if ner else []
    return default_resolver().recognize(text, entities, regions, demonyms=demonyms)


def ner_entities(
    texts: Iterable[str], batch_size: int = 16
) -> Iterator[list[tuple[int, int, str]]]:
    """spaCy's named entities of each text, ``(start, end, label)``, from NER alone."""
    from polemos.nlp import load_spacy

    nlp = load_spacy()
    # only what NER needs, and only while these texts run: the nlp stage shares this object
    with nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in ("tok2vec", "ner")]):
        for doc in nlp.pipe(texts, batch_size=batch_size):
            yield [(e.start_char, e.end_char, e.label_) for e in doc.ents]
