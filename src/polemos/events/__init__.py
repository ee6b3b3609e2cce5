"""events stage: triggers -> typed events with roles, counts, claims, modality and evidence.

For each sentence that may hold an event, the trigger words of
``data/triggers.yaml`` propose sub-event types; the most specific anchored
trigger wins. Roles come from the actor mentions around the trigger (the doer
before an active verb or after "by" in a passive, the target after), place from
the sentence's toponyms or, when the sentence names none, from the places just
before it ("the city"), date from the sentence's date mentions, toll and other
counts from its quantities. Speculative and denied events are kept apart as
statements. Every field records the rule that set it (``Event.provenance``).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from copy import deepcopy
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Any

from polemos.actors import (
    GENERIC_REBELS,
    GROUP_CATEGORIES,
    POLICE_CAUSE_AFTER,
    ActorKnowledge,
    fill_template,
    knowledge,
    names_a_side_or_seat,
    patron_of_a_named_client,
    state_speakers,
)
from polemos.article import (
    STATEMENT_MODALITIES,
    ActorMention,
    Article,
    DateMention,
    Event,
    Place,
    Quantity,
    Sentence,
    Toponym,
)
from polemos.events import modality
from polemos.events.taxonomy import event_type_of, sub_event_types
from polemos.geo.resolve import (
    CODED_AS,
    PLACE_KINDS,
    PLACE_PART_AFTER,
    bracket_parents,
    in_dateline,
    sends_envoy,
)
from polemos.nlp import numbers_of
from polemos.nlp.dates import WEEKDAYS, last_day
from polemos.nlp.quantities import OF_THEIR_BODY, currency_names, number_value
from polemos.outlets import outlet_of
from polemos.resources import first_letters, load_yaml

# ACLED's inter codes by actor category
INTER_CODES = {
    "state_forces": "1",
    "rebel_group": "2",
    "political_militia": "3",
    "identity_militia": "4",
    "rioters": "5",
    "protesters": "6",
    "civilians": "7",
    "external": "8",
    "unidentified": "3",
}
# a toponym resolved with less confidence than this yields, as the event's place, to a sure
# one of the same precision (chosen on the dev split: 0.3 -> 0.5 helps, 0.7 adds nothing)
DOUBTFUL_PLACE = 0.5
# a town's reading sure enough to stand against the units a sentence gives as parents
SURE_TOWN = 0.8
PRECISION_RANK = {"place": 0, "admin2": 1, "admin1": 2, "country": 3, "unresolved": 4}
# a region inside one country ("the southern Gaza Strip", "Eastern Ghouta") is finer than the
# country, coarser than its provinces; one across countries ("the Sahel") comes last
REGION_RANK = 2.5


def _place_rank(place: Place) -> float:
    """How coarse a place is, for choosing the finest the sentence names."""
    if place.precision == "region":
        return REGION_RANK if place.country else 5
    return PRECISION_RANK.get(place.precision, 5)


# counts of these things make an event an area claim ("22 villages"): no single point
TOLL_KINDS = {"fatalities", "wounded"}
AREA_KINDS = {"villages", "villages_taken", "towns", "towns_taken", "square_km", "km"}
ARMED = {
    "state_forces",
    "rebel_group",
    "political_militia",
    "identity_militia",
    "external",
    "unidentified",
    "unknown",
}
# the armed whom a text names as such: "unknown" is a side no word tells at all
NAMED_ARMED = ARMED - {"unknown"}
VICTIM_CATEGORIES = {"civilians"}
RETAKE_WORDS = re.compile(r"\b(?:re\w+|liberat\w+|regain\w*|retook|retaken|drove|expelled)\b", re.I)


@dataclass(frozen=True)
class Trigger:
    id: str
    sub_event_type: str
    pos: str
    priority: int
    pattern: re.Pattern[str]
    # a weapon that may also end an actor's name: "Russian warplanes" struck
    instrument: bool = False
    # the doer the words themselves name, when the sentence names none (a monitor's
    # incident code: Airwars' "(S518)" logs a strike of the US-led coalition in Syria)
    doer: str | None = None
    # the two sides are named after the words ("killed in clashes between X and Y"), not
    # before them: whoever is named before is the toll
    sides_after: bool = False
    # the words tell the dead found ("3 corpses found with marks of torture"): who is named
    # before them found the dead, and the killer is unknown
    found_dead: bool = False
    # phrases that end in the trigger's words where they tell no event ("the movie was shot in
    # 18 days", "a heart attack"): see :func:`_in_other_sense`
    not_in: re.Pattern[str] | None = None
    # the same pattern without IGNORECASE, for text lowered first (:func:`find_triggers`);
    # None where that would not match the same (a capital or another script in the pattern)
    lowered: re.Pattern[str] | None = None


@lru_cache(maxsize=1)
def triggers() -> tuple[Trigger, ...]:
    loaded = []
    for entry in load_yaml("triggers.yaml")["triggers"]:
        alternatives = "|".join(f"(?:{p})" for p in entry["patterns"])
        # find_triggers runs every trigger over every sentence: a lookahead for the letters
        # its matches begin with skips most characters at once (a third of its time)
        letters = [first_letters(p) for p in entry["patterns"]]
        if all(letters):
            alternatives = f"(?=[{''.join(sorted(set(''.join(letters))))}])(?:{alternatives})"
        # a cased trigger's words count only with their case: "take" before a capital
        cased = bool(entry.get("cased", False))
        pattern = re.compile(alternatives, 0 if cased else re.IGNORECASE)
        loaded.append(
            Trigger(
                entry["id"],
                entry["sub_event_type"],
                entry.get("pos", "verb"),
                int(entry.get("priority", 0)),
                pattern,
                bool(entry.get("instrument", False)),
                entry.get("doer"),
                bool(entry.get("sides_after", False)),
                bool(entry.get("found_dead", False)),
                _ending_phrases(entry.get("not_in")),
                None if cased else _lowered(alternatives),
            )
        )
    return tuple(sorted(loaded, key=lambda t: -t.priority))


def _ending_phrases(phrases: list[str] | None) -> re.Pattern[str] | None:
    """A trigger's ``not_in`` phrases as one pattern."""
    if not phrases:
        return None
    return re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE)


# how far before a trigger its not_in phrases may begin
NOT_IN_REACH = 80


def _told_in_other_sense(text: str, label: str) -> bool:
    """Does the text hold, in one of its ``not_in`` phrases, the words of a trigger that would
    tell an event of ``label``'s kind? ("appeared in court on charges including sexual
    assault" read as sexual violence; not "withdrew from the town without a shot fired" read
    as a handover, whatever the killing's words in it mean)"""
    return any(
        _in_other_sense(trigger, text, match.start(), match.end())
        for trigger in triggers()
        if trigger.not_in is not None and _tells_of_kind(trigger, label)
        for match in trigger.pattern.finditer(text)
    )


def _tells_of_kind(trigger: Trigger, label: str) -> bool:
    """Would the trigger's words tell an event of ``label``'s kind: a killing's or a strike's
    any violence, ground taken any taking of ground, any other the event type of its own?"""
    if trigger.sub_event_type in ("killing", "strike"):
        return event_type_of(label) in _VIOLENT
    if trigger.sub_event_type == "territory":
        return label in _TERRITORY_TAKEN
    return event_type_of(trigger.sub_event_type) == event_type_of(label)


def _in_other_sense(trigger: Trigger, text: str, start: int, end: int) -> bool:
    """Do the trigger's words at ``start:end`` end one of its ``not_in`` phrases: a phrase
    that reaches into the words and ends within them ("a heart attack", "held on to beat"
    where the trigger is "beat the")?"""
    if trigger.not_in is None:
        return False
    return any(
        found.end() > start
        for found in trigger.not_in.finditer(text, max(0, start - NOT_IN_REACH), end)
    )


def _lowered(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """``pattern`` compiled case-sensitive, to run on lowered text where it finds what it finds
    with IGNORECASE on the text itself (a third faster): only for a pattern of ASCII with no
    capital letter (an escape's, ``\\W``, is no letter), no inline flag, and no escape that
    names a character by its code or a group by its number."""
    if not pattern.isascii() or _CASED_PATTERN.search(pattern):
        return None
    return re.compile(pattern, flags)


_CASED_PATTERN = re.compile(r"(?<!\\)[A-Z]|\(\?[-aiLmsux]|\\[\\xuUN0-9]")


def _caseless_beyond_ascii(text: str) -> bool:
    """Does lowering the text change no character but A-Z, to a-z, one for one? Then a lower
    case ASCII pattern matches the lowered text case-sensitively where IGNORECASE matches the
    text: IGNORECASE folds only letters with a case, and those beyond ASCII ("É", the Kelvin
    sign, the long s, a dotted capital I) are what :func:`find_triggers` leaves to it."""
    if text.isascii():
        return True
    beyond = set("".join(_BEYOND_ASCII.findall(text)))
    return all(c.lower() == c == c.upper() for c in beyond)


_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]+")


def _finditer_folded(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``pattern`` (compiled with IGNORECASE) in ``text``, found case-sensitive in
    the lowered text where that finds the same (:func:`_lowered`,
    :func:`_caseless_beyond_ascii`)."""
    lowered = _lowered_pattern(pattern)
    if lowered is not None and _caseless_beyond_ascii(text):
        return (m.span() for m in lowered.finditer(text.lower()))
    return (m.span() for m in pattern.finditer(text))


@lru_cache(maxsize=64)
def _lowered_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    flags = pattern.flags
    return _lowered(pattern.pattern, flags & ~re.IGNORECASE) if flags & re.IGNORECASE else None


# a word of the list right after (at most one word between), in the text after a trigger
_RIGHT_AFTER = r"^\s*(?:[\w-]+\s+)?(?:{words})\b"
# how each list of data/cues.yaml becomes a pattern: {words} is the list as an alternation
_CUE_SHAPES = {
    "accident": r"\b(?:{words})\b",
    "industrial_release": r"\b(?:{words})\b",
    "ordinary_charges": r"\b(?:{words})\b",
    "weapon_talk": r"\b(?:{words})\b",
    "conflict_deal": r"\b(?:{words})\b",
    "base_words": r"\b(?:{words})\b",
    "weapon_words": r"\b(?:{words})\b",
    "means_of_war": r"\b(?:{words})\b",
    "political_figures": r"\b(?:{words})\b",
    "arrest_politics": r"\b(?:{words})\b",
    "counter_protest": r"\b(?:{words})\b",
    "police": r"\b(?:{words})\b",
    "private_guards": r"\b(?:{words})\b",
    "destructive_acts": r"\b(?:{words})",  # matched in a trigger's own words
    "demonstration": r"\b(?:{words})",
    # the harm, then whom or what it hit, within the clause
    "crowd_harms": r"\b(?:{words})\b[^.;]{{0,60}}?\b(?:houses?|homes?|vehicles?|cars?|bus(?:es)?|"
    r"shops?|business(?:es)?|stores?|property|residents?|civilians?|passers?-?by|drivers?|"
    r"villagers?|a man|a woman|people|journalists?|mayor|(?:suspected\s+)?thie(?:f|ves)|"
    r"robbers?|shopkeepers?|traders?|vendors?|workers?|students?|teachers?|a person|a boy|"
    r"a girl|(?:two|three|four|five|several)\s+(?:men|women|persons|boys|girls))\b",
    "foreigners": r"\b(?:{words})\b",
    "mutual": r"(?:{words})",  # stems, matched in a trigger's own words
    # the verb right before the attack it names: "repelled an attack", "thwarted the assault"
    "repelled": r"\b(?:{words})\s+(?:(?:an?|the|their|its)\s+)?(?:[\w-]+\s+)?$",
    # the verb right before the strikes it names: "carried out (several) (air)strikes"
    "carried_out": r"\b(?:{words})\s+(?:[\w-]+\s+){{0,2}}$",
    # the verb right after the weapon that does it: "warplanes (intensively) bombard"
    "instrument_acts": _RIGHT_AFTER,
    "platform_acts": _RIGHT_AFTER,
    # the passive verb, "by" and at most two words (whose) right before the weapon
    "instrument_done_by": r"\b(?:{words})\s+by\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}$",
    "platforms": r"\b(?:{words})$",  # the last word of a trigger's own words
    "organised_crime": r"\b(?:{words})\b",
    "robbers": r"\b(?:{words})\b",
    "private_motive": r"\b(?:{words})\b",
    "private_motive_told": r"\b(?:{words})\b",
    "execution_marks": r"\b(?:{words})\b",
    "gang_victim": r"\b(?:{words})\b",
    "excessive_force": r"\b(?:{words})\b",
    "drug_site": r"\b(?:{words})\b",
    "displacement": r"\b(?:{words})\b",
    "sports": r"\b(?:{words})\b",
    "trial": r"\b(?:{words})\b",
    "crime_story": r"\b(?:{words})\b",
    "government_acts": r"\b(?:{words})\b",
}


# (every list of data/cues.yaml once: 8 held a quarter of them, and a news article asked
# for the others over again)
@cache
def _cue(name: str) -> re.Pattern[str]:
    """One list of data/cues.yaml as a pattern (the words that change what a trigger means)."""
    entry = load_yaml("cues.yaml")[name]
    if name == "intervention":
        # who stepped in, then what they did, within the clause
        who, did = "|".join(entry["who"]), "|".join(entry["did"])
        return re.compile(
            rf"\b(?:{who})\b[^.;]{{0,60}}?\b(?:{did})\b"
            # "six activists were arrested by the police"
            rf"|(?<!who )(?<!that )(?<!which )\b(?:was|were)\s+(?:\w+\s+)?(?:{did})\s+"
            rf"(?:[\w-]+\s+){{0,3}}?by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{who})\b"
            # a crowd "was dispersed", tear gas fired: only the authorities do that
            r"|\b(?:was|were|been)\s+(?:\w+ly\s+|later\s+)?dispersed\b"
            # "At least two protestors were arrested": who arrests at a protest is known
            r"|(?<!who )(?<!that )(?<!which )\b(?:was|were)\s+(?:\w+ly\s+)?(?:arrested|detained)\b"
            # a headline's "Over 200 detained as thousands join ..."
            r"|\b(?:\d[\d,]*|dozens|scores|hundreds|thousands)\s+(?:people\s+)?(?:arrested|detained)\b"
            r"|\b(?:fired|used|lobbed|threw)\s+tear\s*gas\b"
            # "dispersed the group with tear gas": only the authorities do that
            r"|\b(?:with|using)\s+tear\s*gas\b"
            # "protesters are pepper-sprayed": only the authorities do that
            r"|\bpepper[- ]spray(?:ed)?\b",
            re.IGNORECASE,
        )
    return re.compile(_CUE_SHAPES[name].format(words="|".join(entry)), re.IGNORECASE)


_NAMED_MARCH = re.compile(r" (?:for|against|on|to) [A-Z]")
# "March was another volatile month": the month, as a sentence's subject
_MONTH_SAID = re.compile(r" (?:was|is|has|had|will|saw|brought|ended|began)\b")
# who makes a demand that is a protest: a crowd, or a pronoun for one
_RIOTERS = re.compile(r"\b(?:rioters|mobs?|fans|hooligans|gangs?|vandals)\b", re.IGNORECASE)
_CROWD_BEFORE = re.compile(
    r"\b(?:protesters|protestors|demonstrators|residents|workers|people|crowds?|students|"
    r"teachers|farmers|villagers|traders|vendors|drivers|activists|supporters|members|"
    r"employees|staff|nurses|doctors|youths?|women|mothers|families|relatives|they|"
    r"participants|marchers|strikers|unions?|locals|inhabitants|community|communities|"
    r"parents|retirees|pensioners|miners|fishermen|journalists|lawyers|rally|protest|"
    r"demonstration|march|sit-in)\b",
    re.IGNORECASE,
)


# a sentence that opens on how long after another act it is: "Days after ...", "Since seizing"
_OPENING_AFTER = re.compile(
    r"\W*(?:(?:just|only|barely)\s+)?(?:(?:an?|one|two|three|four|five|a\s+few)\s+"
    r"(?:hours?|days?|weeks?|months?)|hours|days|weeks|months|shortly|soon)\s+after\b|"
    r"\W*since\b",
    re.IGNORECASE,
)
# the words between a cause's trigger and the toll its relative clause tells ("attack on a bus
# that killed")
_TOLL_OF_THE_CAUSE = re.compile(r"[^,;.]{0,60}?\b(?:that|which|in\s+which)\s+(?:had\s+)?")
# a sum of money right after a demand: a levy's, not a crowd's cause
_MONEY_AFTER = re.compile(
    r"\w*\s+(?:up\s+to\s+|about\s+|as\s+much\s+as\s+|between\s+)?(?:\$|US\$|USD|€|£|"
    rf"\d[\d,.]*\s+(?:CFA\s+)?{currency_names('pound')}\b)",
    re.IGNORECASE,
)
# weapons' words that are also names: an oil company, a basketball team
_NAME_LIKE_WEAPON = re.compile(r"(?i:shell|rockets?)")


def _title_case(text: str) -> bool:
    """Is the sentence a headline in title case ("Turkish Artillery Shells Afrin"), where a
    capital says nothing of a name?"""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    long = [w for w in words if len(w) > 3]
    return bool(long) and sum(w[0].isupper() for w in long) >= 0.7 * len(long)


@dataclass
class TriggerMatch:
    trigger: Trigger
    start: int  # offset in the sentence
    end: int
    text: str
    # the weapon that ends an actor's name ("Russian warplanes"): it neither splits clauses
    # nor outranks the same sentence's own verbs and nouns of a more specific type
    in_actor: bool = False
    # "an operation to capture the men": the aim of an act, not the act
    intended: bool = False


_UNDER_BEFORE = re.compile(r"\bunder\s+(?:heavy\s+|intense\s+|fierce\s+|constant\s+)?$")
_SUSPECTS_IN_THE_ACT = re.compile(
    r"\b(?:arrest\w*|detain\w*|charged|suspects?|convicted|sentenced|accused|indicted)\b"
    r"[^.;]{0,50}?\b(?:in|over|for)\s+(?:connection\s+with\s+)?(?:the|last\s+\w+['’]s|"
    r"this\s+\w+['’]s)\s+(?:[A-Z0-9][\w-]+\s+){0,2}$"
    # "arrested three more suspects in connection with the Easter Sunday church bombings"
    r"|\b(?:arrest\w*|detain\w*|suspects?)\b[^.;]{0,50}?\bin\s+connection\s+with\s+the\s+"
    r"(?:[\w'’-]+\s+){0,3}$"
    # "detained four people on Friday over the knife attack at a church"
    r"|\b(?:arrested|detained)\b[^.;]{0,50}?\bover\s+the\s+(?:[\w'’-]+\s+){0,2}$"
)


# arrests and the act they are for, named after them
_ARRESTED_FOR_AN_ACT = re.compile(
    r"\b(?:arrested|detained)\b[^.;]{0,50}?\b(?:over|in\s+connection\s+with)\s+"
    r"(?:the|last\s+\w+['’]s)\b",
    re.IGNORECASE,
)


def find_triggers(sentence: Sentence, mentions: list[ActorMention]) -> list[TriggerMatch]:
    """Trigger matches in a sentence, most specific first, none inside an actor's name
    unless a weapon ends it: "Russian warplanes" names the actor and what it struck with."""
    found = []
    inside = [(m.start - sentence.start, m.end - sentence.start) for m in mentions]
    support = _support_spans(sentence.text)
    text = sentence.text
    # case-sensitive patterns on the lowered sentence, where that finds the same (almost all
    # news sentences): IGNORECASE folds the case of every character it tries
    lowered = text.lower() if _caseless_beyond_ascii(text) else None
    for trigger in triggers():
        if lowered is not None and trigger.lowered is not None:
            matches = trigger.lowered.finditer(lowered)
        else:
            matches = trigger.pattern.finditer(text)
        for match in matches:
            if any(a <= match.start() < b for a, b in support) or (
                # "Euphrates Shield forces backed by Turkish warplanes clashed": no commas (not
                # "Regime forces backed by Hezbollah clashes with rebels": the verb)
                trigger.pos != "verb"
                and _BACKED_BY_BEFORE.search(
                    sentence.text, max(0, match.start() - 40), match.start()
                )
            ):
                continue  # "backed by US airstrikes": the help, not the act
            if _in_other_sense(trigger, text, match.start(), match.end()):
                continue  # "the movie was shot in 18 days": the words mean no event here
            if trigger.pos == "noun" and _SUSPECTS_IN_THE_ACT.search(
                text, max(0, match.start() - 80), match.start()
            ):
                # "Police arrested two suspects in the Cali bombing": the act the arrests are
                # for, told before; the arrests are this sentence's act
                continue
            if trigger.id == "protest" and text.startswith("March", match.start()) and (
                (match.start() > 0 and not _NAMED_MARCH.match(text, match.end()))
                or _MONTH_SAID.match(text, match.end())
            ):
                # "during February and March": the month, capitalised mid-sentence (not "the
                # March for Our Lives", "the March on Washington")
                continue
            if (
                trigger.id == "shelling"
                and _NAME_LIKE_WEAPON.fullmatch(match.group())
                and text[match.start()].isupper()
                and text[match.start() - 1 : match.start()] == " "
                and not _title_case(text)
            ):
                continue  # "former CISOs from BP and Shell", "the Houston Rockets": a name
            if (
                trigger.id == "riot"
                and match.group().lower().startswith("vandal")
                and not _CROWD_BEFORE.search(text)
                and not _RIOTERS.search(text)
            ):
                # "his car had been parked yards from his home when it was vandalised": a
                # thing damaged by no crowd the sentence names is no riot
                continue
            if (
                trigger.id == "protest"
                and match.group().lower().startswith("demand")
                and (
                    not _CROWD_BEFORE.search(text, max(0, match.start() - 80), match.start())
                    # "armed youths at checkpoints are demanding up to $300 per truck": a levy
                    or _MONEY_AFTER.match(text, match.end())
                )
            ):
                # "He has demanded a jury trial", "the FSA also demanded a clarification": a
                # demand is a protest's only when a crowd makes it
                continue
            held = [(s, e) for s, e in inside if s <= match.start() and match.end() <= e]
            if any(not (trigger.instrument and match.end() == e) for _, e in held):
                continue
            intended = _AIM_BEFORE.search(
                sentence.text, 0, match.start()
            ) is not None and not _tried_to_protest(trigger, sentence.text, match.start())
            found.append(
                TriggerMatch(
                    trigger,
                    match.start(),
                    match.end(),
                    text[match.start() : match.end()],  # the sentence's own case
                    bool(held),
                    intended,
                )
            )
    # the act that caused one told before it ("set fire to a bus after the arrest of their
    # leader") yields to it, as an act aimed at does; not the first act told ("Tension in
    # al-Bab after the murder of a fighter")
    first = min((m.start for m in found), default=0)
    arrests = [m.end for m in found if m.trigger.id == "arrests"]
    # "Army deploys troops to restive region after clashes": a measure taken after a fight
    measures = [m.end for m in found if m.trigger.sub_event_type in _MEASURE_KINDS]
    # "30,000 people have fled their homes ... following insurgent attacks": the flight told,
    # the fighting it followed its cause (ACLED's displacement, as Other)
    measures += [m.end for m in found if m.trigger.id == "displacement"]
    displaced = any(m.trigger.id == "displacement" for m in found)
    protests = [m.end for m in found if m.trigger.sub_event_type in _PROTEST_KINDS]
    # ("carried away eight women and children ... during the raid": the raid is how)
    done_to_people = [m.end for m in found if m.trigger.id in ("killing", "abduction")]
    # "2 Taliban members were killed and 2 were wounded following a grenade attack": the
    # weapon a toll told first came after is the act, not its cause
    toll_first = any(
        m.start == first
        and m.trigger.id == "killing"
        and _PASSIVE_AUX_BEFORE.search(sentence.text, max(0, m.start - 20), m.start)
        for m in found
    )
    for m in found:
        if (
            m.start > first
            and _CAUSE_BEFORE.search(sentence.text, max(0, m.start - 40), m.start)
            and not (toll_first and m.trigger.sub_event_type in _WEAPON_KINDS)
        ):
            m.intended = True
        # "were looted, set on fire and destroyed in what appears to be a targeted attack":
        # the acts told, named
        if m.start > first and _WHAT_APPEARS_BEFORE.search(
            sentence.text, max(0, m.start - 60), m.start
        ):
            m.intended = True
        # "targeted the cargo ship with several missiles, the latest in a series of attacks":
        # the acts the one told belongs to, not another
        if m.start > first and _SERIES_BEFORE.search(sentence.text, max(0, m.start - 30), m.start):
            m.intended = True
        # "carried out strikes on two anti-ship cruise missiles": the weapons struck, not
        # fired
        if (
            m.start > first
            and m.trigger.id == "shelling"
            and _WEAPON_STRUCK_BEFORE.search(sentence.text, max(0, m.start - 60), m.start)
        ):
            m.intended = True
        # "Fleeing clashes between the KIA and military forces, about 3,000 villagers ... took
        # shelter in churches": the fight the displaced fled, told first
        if (
            displaced
            and _FIGHT_NOUN.match(m.text)
            and _FLEEING_BEFORE.search(sentence.text, max(0, m.start - 30), m.start)
        ):
            m.intended = True
        # "the military arrested four local civilians following armed clash with local
        # defense forces": the fight the arrests came after, not the act told
        if (
            any(end <= m.start for end in arrests + measures)
            and _FIGHT_NOUN.match(m.text)
            and _BARE_CAUSE_BEFORE.search(sentence.text, max(0, m.start - 30), m.start)
        ):
            m.intended = True
        # "Police arrested 20 fans after supporters of the two clubs clashed outside the
        # stadium": the brawl the arrests came after, its doers named in the clause
        if (
            any(end <= m.start for end in arrests)
            and _CLASHED.fullmatch(m.text)
            and _AFTER_THEY_FOUGHT_BEFORE.search(sentence.text, max(0, m.start - 60), m.start)
        ):
            m.intended = True
        # "arrested two men for the killing of two soldiers": what they were taken for
        if any(end <= m.start for end in arrests) and _ARRESTED_FOR_BEFORE.search(
            sentence.text, max(0, m.start - 60), m.start
        ):
            m.intended = True
        # "took full control of the town after militants withdrew under heavy bombardment":
        # the fire the other side gave way under, not the act told
        if m.start > first and _UNDER_BEFORE.search(
            sentence.text, max(0, m.start - 25), m.start
        ):
            m.intended = True
        # "arrested activist Joshua Wong on charges related to organising an illegal
        # protest": what the arrest was for, not a protest met there
        if (
            m.trigger.sub_event_type in _PROTEST_KINDS
            and any(end <= m.start for end in arrests)
            and _CHARGED_FOR_BEFORE.search(sentence.text, max(0, m.start - 60), m.start)
        ):
            m.intended = True
        # "the scene of a deadly 2017 chemical weapons attack": an act of another year,
        # named for the place, not told
        # (a verb's trigger too: no verb follows "the 2016 cafe")
        if _YEAR_BEFORE.search(sentence.text, max(0, m.start - 30), m.start):
            m.intended = True
        # "staged a protest in Hubballi against the recent killing of a Hindu man": what
        # the protest was against, not a second act
        if (
            m.trigger.sub_event_type not in _PROTEST_KINDS
            and any(end <= m.start for end in protests)
            and (
                _PROTESTED_BEFORE.search(sentence.text, max(0, m.start - 50), m.start)
                or (
                    m.trigger.pos == "noun"
                    and _PROTESTED_BARE_BEFORE.search(sentence.text, max(0, m.start - 50), m.start)
                )
                # "protesting against the Turkish army airstrikes that targeted the region on
                # 1 February, during which 3 civilians were killed": told of the act protested
                or any(
                    _within_the_protested(sentence.text, end, m.start)
                    for end in protests
                    if end <= m.start
                )
            )
        ):
            m.intended = True
        # "rallied ... to mourn dozens of demonstrators killed last month in a brutal raid":
        # the dead a crowd mourns, and the act that killed them, are not the crowd's act
        if any(
            end <= m.start and _MOURNED_BEFORE.search(sentence.text, end, m.start)
            for end in protests
        ):
            m.intended = True
        # "arrested 14 suspected gang members in raids": the raids are how, the arrests what;
        # "killed six people ... in an overnight raid on a village": a raid on the ground is
        # how they were killed (a strike from the air keeps its own type)
        if m.trigger.id == "strike_generic" and any(
            end <= m.start and _MEANS_BEFORE.match(sentence.text, end, m.start)
            for end in arrests + (done_to_people if m.text.casefold().startswith("raid") else [])
        ):
            m.intended = True
        # "arrested a rapper who had released songs in support of the protests": the protests
        # the arrested backed, no protest told
        if (
            m.trigger.sub_event_type in _PROTEST_KINDS
            and any(end <= m.start for end in arrests)
            and _IN_SUPPORT_OF_BEFORE.search(sentence.text, max(0, m.start - 40), m.start)
        ):
            m.intended = True
        # "Officers seized 1,248 bags of heroin ... in raids in the city ... and arrested 13
        # people": the raids the arrests told after were made in
        if (
            m.trigger.id == "strike_generic"
            and m.text.casefold().startswith("raid")
            and any(end > m.end for end in arrests)
            and _IN_RAIDS_BEFORE.search(sentence.text, max(0, m.start - 30), m.start)
        ):
            m.intended = True
        # "Militants attacked the town, which the army had recaptured in March": what was
        # done to the place or people before, told of them, not the act
        # "Militants who had seized the town in June attacked it again": who they are
        if m.trigger.sub_event_type not in _PROTEST_KINDS and (
            (m.start > first and _RELATIVE_CLAUSE_BEFORE.search(
                sentence.text, max(0, m.start - 50), m.start
            ))
            or _HAD_DONE_BEFORE.search(sentence.text, max(0, m.start - 30), m.start)
        ):
            m.intended = True
        # "Looters ransacked shops ... after gangs took control of the area": the act a later
        # clause says came first, by its own doer (not "after the arrest": a noun, above)
        if (
            m.start > first
            and m.trigger.sub_event_type not in _PROTEST_KINDS
            and _PAST_VERB.match(m.text)
            and _AFTER_DOER_BEFORE.search(sentence.text, max(0, m.start - 50), m.start)
        ):
            m.intended = True
        # "JNIM militants overran a military post ..., seizing weapons and vehicles": the spoils
        # of the capture or fight told before
        if (
            m.trigger.id == "weapons_seized"
            and any(
                o.end <= m.start
                and (
                    o.trigger.id == "territory_taken"
                    # (not "raided a hideout, seizing weapons": the raid found them)
                    or (o.trigger.id == "clash" and not o.text.casefold().startswith("raid"))
                )
                for o in found
            )
            and _SPOILS_BEFORE.search(sentence.text, max(0, m.start - 3), m.start)
        ):
            m.intended = True
        # "recaptured Al Naimah from rebel factions after two days of shelling and ground
        # fighting": the fire a taking was won by is its means, not an act of its own
        if (
            m.trigger.sub_event_type in _WEAPON_KINDS
            and any(
                o.trigger.id == "territory_taken"
                and not o.intended
                and o.end <= m.start
                and ";" not in sentence.text[o.end : m.start]
                for o in found
            )
            and _MEANS_OF_A_TAKING_BEFORE.search(sentence.text, max(0, m.start - 50), m.start)
        ):
            m.intended = True
        # "foiled a plot ..., seizing a suicide vest and explosives": the weapon seized, not used
        if m.trigger.sub_event_type in _WEAPON_KINDS and _SEIZED_BEFORE.search(
            sentence.text, max(0, m.start - 40), m.start
        ):
            m.intended = True
    # "Since seizing the road last month, Boko Haram fighters have been forcing traders to pay
    # a 'tax'": the act an opening clause dates the news by is background, where the sentence
    # tells another act after it
    opening = _OPENING_AFTER.match(text)
    clause_end = text.find(",", opening.end()) if opening else -1
    if clause_end > 0 and any(m.start > clause_end for m in found):
        for m in found:
            if m.start < clause_end:
                m.intended = True
    # "deployed 300 officers following last weekend's attack on a bus that killed 11": the toll
    # told in the cause's own relative clause is the cause's
    for m in found:
        if m.trigger.id == "killing" and any(
            cause.intended
            and cause.end <= m.start
            and _TOLL_OF_THE_CAUSE.fullmatch(text, cause.end, m.start)
            for cause in found
        ):
            m.intended = True
    # "exchanged 37 abducted women and children under a deal": the people swapped were taken
    # before; the swap is the act told
    for swap in [m for m in found if m.trigger.id == "prisoner_swap"]:
        for m in found:
            if m is not swap and swap.start <= m.start and m.end <= swap.end:
                m.intended = True
    # "Turkish artillery shelled": the verb is the trigger, before the actor's weapon; "clashed
    # after police carried out an operation to capture the men": the act, before its aim
    return sorted(found, key=lambda m: (m.intended, -m.trigger.priority, m.in_actor))


# a relative clause in the pluperfect, its subject between ("the town, which the army had"),
# and the adverbs that may follow its "had"
_WHICH_HAD = r",\s*(?:which|whom)\s+(?:[\w'.-]+\s+){1,4}?had\s+"
_HAD_ADVERB = r"(?:(?:first|earlier|previously|briefly|already)\s+)?"
_RELATIVE_CLAUSE_BEFORE = re.compile(_WHICH_HAD + _HAD_ADVERB + "$", re.IGNORECASE)
_AFTER_DOER_BEFORE = re.compile(
    # (its doer, not an act: "24 hours after a violent attack killed about 20 fighters")
    r"\b(?:after|once)\s+(?:(?!(?:attacks?|strikes?|bombardments?|shelling|raids?|assaults?|"
    r"explosions?|blasts?|bombings?|fighting|clashes)\b)[\w'’-]+\s+){1,3}?(?:had\s+)?$",
    re.IGNORECASE,
)
# the doer's verb, not a noun ("after heavy shelling": the fire the act came after)
_PAST_VERB = re.compile(
    r"(?:\w+ed|took|overran|fought|struck|hit|shot|stole|blew|threw|burnt|drove|beat|broke|"
    r"ran|seized|set)\b",
    re.IGNORECASE,
)
# (and a truce agreed after clashes: "Somali clan militias agree truce after Galkayo clashes")
_MEASURE_KINDS = frozenset(
    {"Change to group/activity", "Headquarters or base established", "Agreement"}
)
_DIPLOMACY_OVER_BEFORE = re.compile(
    r"\b(?:expel(?:s|led|ling)?|summon(?:s|ed|ing)?|recall(?:s|ed|ing)?|sanction(?:s|ed|ing)?|"
    r"lodg(?:e|es|ed|ing)\s+(?:a\s+)?(?:strong\s+|formal\s+)?protest|"
    # "handed him a strongly worded protest note over shelling that killed nine"
    r"protest\s+notes?|notes?\s+of\s+protest|d[ée]marches?|"
    # "imposed travel bans and asset freezes on eight police commanders over the crackdown
    # on protesters, a week after security forces fired on worshippers"
    r"travel\s+bans?|asset\s+freezes?)\b[^.;]{0,90}?"
    r"\b(?:over|for|after)\s+(?:(?:the|a|an|its|their|last\s+\w+'s)\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_SPOILS_BEFORE = re.compile(r",\s*$")
# a protest named as what someone backed: "in support of the farmers' protests"
_IN_SUPPORT_OF_BEFORE = re.compile(
    r"\b(?:in\s+support\s+of|in\s+solidarity\s+with|supporting|backing)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# a taking's means after it: "after two days of shelling", "following heavy air strikes",
# "under the cover of artillery fire", "backed by drone strikes"
_MEANS_OF_A_TAKING_BEFORE = re.compile(
    r"\b(?:after|following|amid|under\s+(?:the\s+)?cover\s+of|(?:backed|supported)\s+by)\s+"
    r"(?:(?:an?|the|two|three|four|five|several|days|weeks|hours|of|heavy|intense|fierce|"
    r"sustained|massive|preparatory|artillery|aerial)\s+){0,4}$",
    re.IGNORECASE,
)
_SEIZED_BEFORE = re.compile(
    # ("Police recover AK-47s, grenades from a Maoist dump": a headline's present, a list)
    r"\b(?:seiz(?:e|es|ed|ing)|recover(?:s|ed|ing)?|confiscat(?:e|es|ed|ing)|defus(?:e|es|ed|ing)|"
    r"dismantl(?:e|es|ed|ing)|finds?|found|finding|discover(?:s|ed|ing)?)\s+"
    # ("seized a large number of mortar rockets")
    r"(?:[\w'’,-]+\s+){0,5}?$|"
    # "uncovered an ISIS weapons cache containing rifles, RPGs and explosive belts"
    r"\bcaches?\s+(?:of|containing|holding|with)\s+[^.;]{0,80}$",
    re.IGNORECASE,
)
_HAD_DONE_BEFORE = re.compile(r"\b(?:who|which|that)\s+had\s+" + _HAD_ADVERB + "$", re.IGNORECASE)
# an aside that names who helped: ", backed by US airstrikes,", ", with the support of the
# coalition,"; ACLED lists the helper as an associated actor, never as a side
_SUPPORT_ASIDE = re.compile(
    r",\s*(?:(?:backed|supported|aided|assisted|helped|covered|escorted)\s+by|with\s+(?:the\s+)?"
    r"(?:air\s+)?(?:support|backing|help|cover)\s+(?:of|from)|"
    # "Rwandan troops, deployed in the province since 2021 to help Mozambique's army, clashed"
    r"(?:deployed|sent|stationed|based|dispatched)\s+[^,;.]{0,60}?\bto\s+"
    r"(?:help|support|assist|back|bolster|aid))\s+[^,;.]{1,80},|"
    # "JNIM, al Qaeda's affiliate in the Sahel, later attacked": the group's patron
    r",\s*[^,;.]{1,40}?['’]s\s+(?:affiliate|branch|ally|wing|offshoot|franchise|arm|proxy)"
    r"(?:\s+[^,;.]{1,60})?,|"
    # "in Al Shuhail, an area under SDF control", "in Idlib, which is held by HTS": who
    # holds the place, no side of the act
    r",\s*(?:(?:an?|the)\s+(?:[\w-]+\s+)?(?:area|region|town|village|city|district|"
    r"neighbou?rhood|territory|part|countryside|zone)|(?:which|that)\s+(?:is|was|are|were))\s+"
    r"(?:(?:now|still|then|largely|mostly)\s+)?(?:under\s+(?:the\s+)?[^,;.]{1,40}?\s+control|"
    r"(?:held|controlled|run)\s+by\s+[^,;.]{1,40}?)(?=\s*(?:[,;.]|$))|"
    # "raided a neighbourhood accused of sheltering a rival gang and shot dead 6 residents":
    # whom the victims were said to help, no side of the act
    r"\b(?:accused|suspected)\s+of\s+(?:sheltering|harbou?ring|hiding|supporting|aiding|"
    r"collaborating\s+with|informing\s+for|spying\s+for|working\s+for)\s+[^,;.]{1,40}?"
    r"(?=\s+and\b|\s*[,;.]|$)",
    re.IGNORECASE,
)


def _names_the_next(
    pattern: re.Pattern[str], mention: ActorMention, other: ActorMention, text: str
) -> bool:
    """Do the words ``pattern`` reads right after the mention lead into the other actor's
    name ("al Qaeda linked al-Shabaab", "rebels led by HTS")?"""
    words = pattern.match(text, mention.end)
    if words is None or other.start < words.end():
        return False
    # ("the al Qaeda-linked group JNIM": a kind of body before the name)
    return other.start - words.end() <= 4 or _KIND_OF_BODY.fullmatch(
        text, words.end(), other.start
    ) is not None


_KIND_OF_BODY = re.compile(
    r"(?:(?:jihadist|militant|armed|rebel|insurgent|extremist|terrorist)\s+)?"
    r"(?:group|faction|militia|movement|coalition|alliance|organi[sz]ation|outfit|network)\s+",
    re.IGNORECASE,
)


_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|according\s+to)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)


def _speaks(mention: ActorMention, text: str) -> bool:
    """Is the mention one who tells ("police said", "said regional police spokesman X")?"""
    return (
        _SAID_BEFORE.search(text, max(0, mention.start - 60), mention.start) is not None
        or modality.source_verb(mention, text[mention.end : mention.end + 80]) is not None
    )


def _guessed_client_of_the_next(
    mention: ActorMention, text: str, others: Iterable[ActorMention]
) -> bool:
    """Is the actor read from the article's war for a bare word ("rebels" in Congo) that
    the text ties to a group named right after it ("Rebels linked to the Islamic State")?"""
    if not mention.rule.startswith("context"):
        return False
    tie = _TIED_TO_AFTER.match(text, mention.end)
    return tie is not None and any(
        m.start == tie.end() and m.category in GROUP_CATEGORIES for m in others
    )


_TIED_TO_AFTER = re.compile(
    r"\s+(?:linked|affiliated|allied|tied|connected|loyal)\s+(?:to|with)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _named_as_a_patron(event: Event) -> bool:
    """Is the event's doer named in its sentence only as the patron of an unnamed group
    ("an al Qaeda-linked group", "Islamic State-affiliated fighters")?"""
    if not event.actor1:
        return False
    sentence = event.evidence.get("sentence", "")
    folded = sentence.casefold()
    for alias in _aliases_of(event.actor1):
        at = folded.find(alias)
        if at >= 0 and _PATRON_AFTER.match(sentence, at + len(alias)):
            return True
        # "Rebels linked to the Islamic State group attacked a church": the patron after
        if at >= 0 and _LINKED_TO_BEFORE.search(sentence, max(0, at - 30), at):
            return True
    return False


_LINKED_TO_BEFORE = re.compile(
    r"\b(?:rebels|militants|fighters|insurgents|gunmen|jihadists|group)\s+(?:linked|affiliated|"
    r"allied|tied|connected)\s+(?:to|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _aliases_of(actor: str) -> tuple[str, ...]:
    """The folded names the knowledge base knows an actor by, longest first."""
    from polemos.actors import knowledge

    aliases = knowledge().aliases.items()
    names = {alias for alias, name in aliases if name == actor} | {actor.casefold()}
    return tuple(sorted(names, key=len, reverse=True))


def _patron_of_the_next(
    mention: ActorMention, text: str, others: Iterable[ActorMention]
) -> bool:
    """Is the actor named only as the patron of the group named right after it ("al Qaeda
    linked al-Shabaab militants")? Before a bare noun ("IS allied faction") or a group no
    name tells ("Islamic State-linked insurgents") it is the best name of the group.
    ``text`` is the article's, ``others`` its actor mentions."""
    return mention.category not in VICTIM_CATEGORIES and any(
        m.category != "unidentified" and _names_the_next(_PATRON_AFTER, mention, m, text)
        for m in others
    )


def _client_no_name_tells(
    mention: ActorMention, text: str, others: Iterable[ActorMention]
) -> bool:
    """Is the actor a group no name tells, named by its patron just before ("Islamic
    State-linked insurgents"): the patron's mention speaks for it."""
    return mention.category == "unidentified" and any(
        m.category not in VICTIM_CATEGORIES
        and _names_the_next(_PATRON_AFTER, m, mention, text)
        for m in others
    )


def _led_by_the_next(
    mention: ActorMention, text: str, others: Iterable[ActorMention]
) -> bool:
    """Is the actor a coalition named by who leads it right after ("rebels led by HTS")?"""
    return any(
        m.actor != mention.actor and _names_the_next(_LED_BY_AFTER, mention, m, text)
        for m in others
    )


# after a speaker: "said five of their fighters", "confirmed that two of its soldiers"
_OWN_DEAD_TOLD = re.compile(
    r"\s+(?:has\s+|have\s+)?(?:said|says|announced|confirmed|reported|acknowledged|admitted)"
    # "Hezbollah announced the deaths of two of its members"
    r"\s+(?:on\s+\w+\s+)?(?:that\s+|the\s+(?:deaths?|killing)\s+of\s+)?"
    r"(?:(?:at\s+least|some|about|around)\s+)?[\w,-]+\s+of\s+"
    r"(?:its|their|his)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:soldiers|fighters|members|troops|"
    r"commanders|men|personnel|officers|policemen|militants|leaders|guards|operatives|"
    r"servicemen|combatants)\b",
    re.IGNORECASE,
)
# who the dead of the act just told were: "two of the dead were members of its armed wing"
_OF_THE_DEAD = re.compile(
    r"\b(?:of|among)\s+the\s+(?:dead|killed|victims|casualties|wounded|injured)\b",
    re.IGNORECASE,
)
# between two names of one actor: "Russian mercenaries from the Wagner Group"
_ONE_NAME_TWICE = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?|\s*\(\s*|\s*,\s*")
_LED_BY_AFTER = re.compile(r",?\s+(?:led|headed|spearheaded|dominated)\s+by\s+(?:the\s+)?")
# ("Hamas-led militants": the leader names the militants as a patron names its clients)
_PATRON_AFTER = re.compile(
    r"[\s-]+(?:linked|affiliated|aligned|allied|backed|sponsored|supported|funded|led)\s+"
    r"(?!(?:with|to|by|in|on|at|and)\b)(?=\w)",
    re.IGNORECASE,
)
# the words before a helper's name: "backed by local clan militias", "supported by
# opposition rebels" (a generic helper's own noun is the mention: "rebels")
_HELPER_WORD = (
    r"(?:the|local|allied|foreign|opposition|rebel|regime|government|tribal|clan|[Pp]ro-\w+|"
    # ("FACA troops backed by Russian instructors and Rwandan forces drove": who they are)
    r"instructors|advis[eo]rs|contractors|mercenaries|troops|forces|fighters|militias?|units|"
    r"[A-Z][\w'’.-]*)\s+"
)
_ESCORT_AFTER = re.compile(r"\s+escorts?\b", re.IGNORECASE)
_ALLY_BEFORE = re.compile(
    r"\b(?:alongside|together\s+with|side\s+by\s+side\s+with)\s+(?:the\s+)?$", re.IGNORECASE
)
_BACKED_BY_BEFORE = re.compile(
    rf"\b(?:backed|supported|aided|assisted|helped)\s+by\s+(?:{_HELPER_WORD}){{0,3}}"
    # "backed by the International Coalition and US special forces": both helpers
    rf"(?:and\s+(?:{_HELPER_WORD}){{0,2}})?$"
)


def _support_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SUPPORT_ASIDE.finditer(text)]


# an act named by its day: "following Sunday's attack", "after yesterday's raids"
_A_DAY_S = r"(?:yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s"
# the words that tie an act to another it answers: "in relation to the assassination"
_IN_CONNECTION_WITH = r"in\s+(?:connection|relation)\s+(?:with|to)"
# "an operation to capture", "in order to seize", "attempts to storm": what follows is an aim
_CAUSE_BEFORE = re.compile(
    # "arrested three vendors in relation to the assassination of a Pyu Saw Htee leader"
    r"\b(?:after|following|in\s+(?:retaliation|response)\s+(?:for|to)|"
    rf"{_IN_CONNECTION_WITH}|for\s+(?:their|his|her)\s+(?:alleged\s+)?"
    r"(?:role|involvement|part|participation)\s+in)\s+"
    r"(?:the|a|an|their|his|her|its|earlier|previous|past|"
    # "have fled into Langtang town following last week's raids": the raids named by their day
    rf"(?:last|this)\s+\w+['’]s|{_A_DAY_S})\s+(?:alleged\s+)?$",
    re.IGNORECASE,
)
# the harm of someone an act answers, named after it: "arrested in relation to the
# assassination of a Pyu Saw Htee leader", "detained for the killing of two soldiers"; or
# whom the victim had blamed
_WHOSE_DEATH_ANSWERED = re.compile(
    rf"\b(?:{_IN_CONNECTION_WITH}|for|over)\s+(?:the\s+)?(?:alleged\s+)?"
    r"(?:assassinations?|killings?|murders?|deaths?|abductions?|kidnappings?)\s+of\s+"
    r"(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,2}?$"
    # "arrested two men for killing two soldiers"
    r"|\b(?:for|over|suspected\s+of|accused\s+of)\s+(?:allegedly\s+)?(?:killing|murdering|"
    r"attacking|abducting|kidnapping|assassinating)\s+(?:an?\s+|the\s+|two\s+|three\s+|"
    r"several\s+)?(?:[\w-]+\s+){0,2}?$"
    # "was killed hours after accusing the RSF of genocide": whom the victim had accused
    r"|\bafter\s+(?:publicly\s+)?(?:accusing|blaming|critici[sz]ing|denouncing|condemning)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# what the victims were accused of, right before the side they were said to serve: "accusing
# them of collaborating with the insurgents", "suspected of informing the army"
_SAID_TO_SERVE_BEFORE = re.compile(
    r"\b(?:accus\w+|suspect\w*|on\s+suspicion)\s+(?:(?:them|him|her|the\s+[\w-]+)\s+)?of\s+"
    r"(?:being\s+)?(?:collaborat\w+|inform\w*|spying|spies|working|cooperat\w+|support\w*|"
    r"help\w*|aid\w*|collud\w+|links?|ties|sympathi[sz]\w+|passing\s+(?:on\s+)?information)\s+"
    r"(?:with|for|on|to|of)?\s*"
    r"(?:the\s+)?$"
    # ("shot dead 4 Fulani herders they suspected of being bandit informants")
    r"|\b(?:accus\w+|suspect\w*)\s+(?:(?:them|him|her)\s+)?of\s+being\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
# the fights an arrest may follow ("arrested four civilians following armed clash")
# ... and the riots a measure answers ("appointed a new police chief after a week of prison
# riots")
_FIGHT_NOUN = re.compile(
    r"(?:clash|fighting|battle|gunfight|firefight|encounter|attack|ambush|riot|unrest|"
    # "3,000 families were displaced ... following military raids in the area"
    r"raid|offensive|operation|shelling|bombardment|air\s?strike|airstrike|incursion|"
    r"violence|hostilities)",
    re.IGNORECASE,
)
_WHAT_APPEARS_BEFORE = re.compile(
    r"\bin\s+what\s+(?:appears|appeared|seems|seemed|looked|looks|was|is|police\s+called|"
    r"officials\s+called)\s+(?:to\s+(?:be|have\s+been)\s+|like\s+)?(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_SERIES_BEFORE = re.compile(
    r"\b(?:series|string|wave|spate)\s+of\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_WEAPON_STRUCK_BEFORE = re.compile(
    r"\b(?:strikes?|struck|attacks?|attacked|raids?|destroy(?:ed|ing|s)?|target(?:ed|ing|s)?|"
    r"intercept(?:ed|ing|s)?|seiz(?:ed|ing|es)|captur(?:ed|ing|es))\s+(?:on\s+|against\s+)?"
    r"(?:(?!by\b|with\b|from\b|using\b|and\b|or\b|of\b)[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
_PASSIVE_AUX_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$", re.I)
# the kinds of trigger that name a weapon, whose act a toll told before it may follow
_WEAPON_KINDS = frozenset(
    {"Grenade", "Remote explosive/landmine/IED", "Suicide bomb", "Air/drone strike",
     "Shelling/artillery/missile attack", "strike"}
)  # fmt: skip
_FLEEING_BEFORE = re.compile(
    r"\b(?:fleeing|fled|escaping|to\s+escape|fearing|for\s+fear\s+of)\s+(?:the\s+)?"
    r"(?:(?:renewed|heavy|fierce|intense|ongoing|recent)\s+)?$",
    re.IGNORECASE,
)
_BARE_CAUSE_BEFORE = re.compile(
    r"\b(?:after|following|amid)\s+(?:(?:armed|heavy|fierce|intense|deadly|violent)\s+)?$"
    # "deploys KDF to Kerio Valley after spate of bandit attacks", "deployed 600 officers ...
    # after tribal clashes": the fights the measure answers, named by their kind or doers
    # ("fled ... amid the ELN offensive against FARC dissidents")
    rf"|\b(?:after|following|amid)\s+(?:(?:a|an|the|recent|renewed|fresh|last\s+\w+['’]s|{_A_DAY_S})"
    r"\s+)?"
    r"(?:(?:spate|series|string|wave|surge|rash|round|flare-up|upsurge|week|weeks|days|months)"
    r"\s+of\s+)?"
    r"(?:(?:recent|renewed|fresh|deadly|armed|heavy|fierce|violent|tribal|ethnic|communal|"
    r"inter-?communal|clan|sectarian|cross-border|bandit|herder|herdsmen|militia|gang|rebel|"
    r"jihadist|militant|terrorist|retaliatory|reprisal)\s+)*(?:[\w'’-]+\s+)?$"
    # "have fled ... as fighting edged closer to their villages": what they fled, going on;
    # "have been displaced by the fighting in the Catatumbo region"
    r"|\b(?:as|by)\s+(?:the\s+)?(?:(?:heavy|fierce|intense|renewed|fresh|ongoing)\s+)?$",
    re.IGNORECASE,
)
# "a day after", "weeks after": how long after another act, right before the words of that act
_SO_LONG_AFTER_WORD = (
    r"\b(?:an?\s+(?:day|week|month|year|hour)|days|weeks|months|years|hours)\s+after"
)
_SO_LONG_AFTER = _SO_LONG_AFTER_WORD + r"\s+"
# an act the event answers, told after it, that killed: its dead are its own
_ANSWERED_KILLING = re.compile(
    r"\b(?:after|following|in\s+(?:retaliation|response|reply)\s+(?:for|to))\s+"
    rf"(?:the|a|an|their|his|her|its|last\s+\w+['’]s|{_A_DAY_S})\s+[^.;]*?"
    r"\b(?:killed|killing|kills|assassinated)\b|"
    # ... and the words right before a toll that make it another act's: "set 40 houses ablaze
    # days after two colleagues were killed", "the home of a Palestinian accused of killing"
    rf"{_SO_LONG_AFTER}$|"
    r"\b(?:accused|suspected|convicted|charged)\s+(?:of|with)\s+$",
    re.IGNORECASE,
)
def _within_the_protested(text: str, protest_end: int, at: int) -> bool:
    """Is ``at`` within the words that tell the act a protest was against ("protesting
    against the airstrikes that targeted Sinjar, during which 3 were killed"), with no act
    of the protest's own day between ("..., when police opened fire")?"""
    harm = _PROTESTED_HARM.search(text, protest_end, at)
    return harm is not None and not _THE_PROTEST_MET.search(text, harm.end(), at)


_THE_PROTEST_MET = re.compile(
    # (not "killed while covering an Israeli raid": what the victim was doing)
    r"\b(?:when|while(?!\s+(?:covering|reporting|working|travell?ing|on\s+duty))|as|then|"
    r"police|security|troops|soldiers|forces|opened\s+fire|protesters|demonstrators)\b",
    re.IGNORECASE,
)
# what a crowd protests: an act of violence ("against the airstrikes that targeted Sinjar")
_PROTESTED_HARM = re.compile(
    r"\b(?:against|over|condemning|denouncing|protesting)\s+(?:the\s+)?[^.;]{0,80}?"
    r"\b(?:air\s*strikes?|strikes?|killings?|attacks?|shelling|bombings?|massacres?|murders?|"
    r"deaths?|bombardments?)\b",
    re.IGNORECASE,
)
_MOURNED_BEFORE = re.compile(
    r"\b(?:mourn|commemorat|honou?r|remember)\w*\s+[^.;,]{0,80}$", re.IGNORECASE
)
_CHARGED_FOR_BEFORE = re.compile(
    r"\b(?:for|over|on\s+charges\s+(?:of|related\s+to)|charged\s+with|accused\s+of|"
    r"due\s+to\s+(?:charges\s+)?(?:related\s+to)?)\s+(?:\w+\s+){0,2}?"
    r"(?:organi[sz]ing|leading|calling|planning|inciting|staging|holding)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
# what an arrest was for, told right before the act's word: "arrested two men for the
# killing of", "detained on charges of murder", "in connection with the attack"
_ARRESTED_FOR_BEFORE = re.compile(
    r"\b(?:for|over|on\s+charges\s+(?:of|related\s+to)|charged\s+with|accused\s+of|"
    rf"suspected\s+of|{_IN_CONNECTION_WITH})\s+"
    r"(?:the\s+|their\s+|his\s+|her\s+|a\s+|an\s+)?(?:alleged\s+|suspected\s+|recent\s+)?$"
    # "detains three men suspected of firing rockets", "arrests 16 suspected of plotting rocket
    # and drone attacks": the act they are held for, told in their own verb
    r"|\b(?:suspected\s+of|accused\s+of|charged\s+with)\s+(?:[\w-]+\s+){1,4}?$",
    re.IGNORECASE,
)
# "a deadly 2017 chemical weapons attack", "the 2013 sarin attack" (not "On 5 May 2022
# airstrikes killed ...": a date, no name)
_YEAR_BEFORE = re.compile(
    r"\b(?:(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+)?|"
    # a headline's article dropped: "Court convicts three militia members over 2019 massacre"
    r"(?:over|for|in|of)\s+)(?:19|20)\d\d\s+(?:[a-z][\w-]*\s+)?$",
    re.IGNORECASE,
)
_PROTESTED_BEFORE = re.compile(
    r"\b(?:against|over|condemning|denouncing|to\s+(?:denounce|condemn|protest)|"
    r"(?:demanding|demand|seeking|calling\s+for)\s+justice\s+(?:for|after))\s+"
    r"(?:the|a|an|their|his|her|its|this)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# ... and a headline's bare plural noun: "Kurdish women hold rally in Qamishli against Turkish
# strikes" (for a noun trigger only: "traders protesting against fuel rationing clashed with
# soldiers" is the crowd's own fight)
_PROTESTED_BARE_BEFORE = re.compile(
    r"\b(?:against|over|condemning|denouncing)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_IN_RAIDS_BEFORE = re.compile(r"\b(?:in|during)\s+(?:an?\s+|several\s+|[\w-]+\s+)?$", re.I)
_MEANS_BEFORE = re.compile(
    r"[^.;]{0,80}?\b(?:in|during)\s+(?:an?\s+|the\s+)?(?:(?:series\s+of|joint|several|overnight|"
    r"separate|coordinated|night)\s+)?$",
    re.IGNORECASE,
)
_TRIED_BEFORE = re.compile(r"\b(?:tried|trying|attempted|attempting)\s+to\s+$", re.IGNORECASE)


def _tried_to_protest(trigger: Trigger, text: str, start: int) -> bool:
    """A protest's words right after an attempt's: "detained 50 workers when they tried to
    gherao the Chief Minister's residence" tells a crowd out protesting, no plan (not "accused
    of trying to stage a coup during opposition protests": the coup was the attempt)."""
    return (
        trigger.sub_event_type in _PROTEST_KINDS
        and _TRIED_BEFORE.search(text, 0, start) is not None
    )


_AIM_BEFORE = re.compile(
    r"\b(?:operation|order|attempts?|bid|effort|tried|trying|sought|aim\w*)\s+to\s+$"
    # "troops had gone into the camp to arrest suspects": where they went, for what
    r"|\b(?:went|gone|came|moved|entered|deployed|sent|dispatched|arrived)\s+"
    r"(?:(?:in|into|to|the|a|an|camp|area|village|town|city|neighbou?rhood)\s+){0,3}to\s+$"
    # "arrested 25 activists ahead of planned protests", "not linking the arrests to the
    # planned protests": what was to come
    r"|\b(?:ahead\s+of|before)\s+(?:the\s+|a\s+)?(?:planned|upcoming|scheduled|expected)\s+$"
    # "Police arrest 20 opposition activists ahead of Dhaka rally": the rally to come
    r"|\bahead\s+of\s+(?:(?:the|a|an|their|its|his|her|Saturday's|Sunday's|Monday's|Tuesday's|"
    r"Wednesday's|Thursday's|Friday's|next\s+week's|this\s+week's)\s+)?(?:[\w'’-]+\s+){0,2}$"
    r"|\b(?:planned|upcoming|scheduled|proposed|threatened|potential)\s+$",
    re.IGNORECASE,
)


# evidence["told_as"] of an act told as what its doer claimed ("IS claimed responsibility for a
# car bomb that killed eight"): an event, which CASE 2021 codes as the attribution
TOLD_AS_CLAIM = "its doer's claim of responsibility"
# ... and of an act told as what another says of who did it ("The army said Boko Haram
# fighters were behind Sunday's raid"): CASE 2021's attribution of responsibility too
TOLD_AS_BLAMED = "the responsibility another lays on its doer"
TOLD_AS_ATTRIBUTION = (TOLD_AS_CLAIM, TOLD_AS_BLAMED)


# The classifier reads the rules' findings as features: its label overrides the rule's above
# the first threshold; it drops a rule event as not-an-event (crime, disaster, diplomacy)
# above the second, and codes a sentence with no trigger word only above the third. Chosen
# on the dev split alone: a classifier trained on half of its rows, the pipeline scored on
# the other half, and on UCDP's dev headlines, which the classifier never sees. For the
# temperature-scaled SVM (scripts/train_event_classifier.py), 0.5/0.85 against the 0.3/0.5
# chosen for the logistic regression before it: CASE 2021 sub-event accuracy 0.738 -> 0.746,
# OTHER F1 0.800 -> 0.816; ACLED notes 0.905 -> 0.900; UCDP type of violence 0.525 -> 0.539,
# event recall 0.668 -> 0.676 (a veto at 0.5 dropped car bombings at markets as accidents).
# Overriding at any probability turned the example article's "offensive against Mosul" into
# a strategic development at p=0.14.
CLASSIFIER_OVERRIDE = 0.5
# ... and in news: on news nobody tuned on, the model alone beat the rules that overrule it
# (forty-second session: CASE test 0.769 against 0.721); 0.3 took the CASE dev halves 0.8690
# -> 0.8810, notes unchanged
CLASSIFIER_OVERRIDE_NEWS = 0.3
# a coder's note opens on its date ("On 12 March 2023, ..."); news does not. Some of ACLED's
# open with a tag before it ("Non-violent activity: On ...", "Elections/referendum: On ...")
_NOTE_STYLE = re.compile(
    r"\s*(?:(?P<tag>[A-Z][\w /-]{0,30}?):\s*)?(?:On|Around|Between|From|Since|During|In|Over)"
    r"\s+(?:the\s+)?"
    r"(?:(?:night|week|weekend|morning|evening)\s+of\s+)?\d{1,2}(?:\s*(?:-|and|to)\s*\d{1,2})?"
    r"\s+[A-Z][a-z]+\s+\d{4}\b"
)
CLASSIFIER_NONE = 0.85
# ... and in news from 0.5, where the rule's sentence tells nothing of political violence
# (_tells_of_war: no armed side, means of war or political figure). Forty-fourth session, this
# change alone: the written snippet sets nobody tuned on (4, 9, 10, 11, 12, and 7, 8) +10
# snippets of 1,470, none lost, OTHER F1 up or equal on each; the LGL and GeoWebNews news 183
# -> 164 events, the ones lost local crime and past wars; UCDP's dev headlines, the CASE dev
# halves and the re3d documents' real events unchanged. Without the guard it gained twice as
# many snippets, but vetoed a governor's killing, the Owo church attack and SOHR's "Warplanes
# continue targeting areas" (UCDP dev type of violence 0.594 -> 0.592); with the means of war
# alone as the guard, 0.4 lost headlines and 0.6 gained fewer snippets than 0.5
CLASSIFIER_NONE_NEWS = 0.5
# ... and from 0.7 whatever the sentence names, unless it tells of people killed or hurt
# (_people_hurt). Forty-fifth session: the written sets decided on (4, 9-13, 7, 8) +5 snippets of
# 1,680 (0.6: +7, without the harm guard +10 and +14, but a condemned attack on Camp Hurriya
# that "killed and injured camp residents" and a Baghdad market bombing were lost in the re3d
# documents); CASE dev halves 0.8810 -> 0.8849; UCDP dev one gold event fewer; the LGL and
# GeoWebNews news 164 -> 149 events, the ones lost war talked of, local crime and history
CLASSIFIER_NONE_NEWS_SURE = 0.7
CLASSIFIER_ALONE = 0.6
# ... and codes the lead of a report the rules found nothing in above the fourth: its whole
# paragraph is what the model learnt from, unlike one sentence. Dev halves (scripts/
# dev_halves.py): 0.6 -> 0.4 took ACLED notes 0.9289 -> 0.9329 and CASE 0.8016 -> 0.8056;
# 0 took CASE's weighted F1 down again. In the 788 LGL and GeoWebNews texts it codes 2 leads
# (a treaty signed, a court's sentence).
CLASSIFIER_LEAD = 0.4


# ACLED's tag of a crowd's size, which its coders give demonstrations alone (protests and
# riots: every note of the dev half of acled_notes_dev.csv that has one, and no other)
_CROWD_SIZE = re.compile(r"\[size=[^\]]*\]")
# a demonstration told, not a crowd's violence alone (mob violence, in ACLED's words)
_DEMONSTRATION_TOLD = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|(?-i:march)|march(?:ed|es|ing)|sit-ins?|"
    r"picket\w*|strik(?:e|es|ers|ing)|boycott\w*)\b",
    re.IGNORECASE,
)  # (the month, "On 11 March 2024", is no march)


def _code_as_a_crowd_s(article: Article, kb: ActorKnowledge) -> None:
    """A coder's note with a crowd's size ("... over a land dispute. [size=no report]") is of
    a demonstration: when no event of it is a protest or a riot, its first is the crowd's
    ("locals clashed with members of the BJP" is mob violence, not a battle; "police
    arrested 12 of them" a protest's intervention)."""
    if not article.events or any(e.event_type in _CROWDS for e in article.events):
        return
    event = article.events[0]
    if event.sub_event_type == "Arrests":
        label = "Protest with intervention"
    elif (
        event.sub_event_type in ("Attack", "Armed clash")
        and kb.category_of(event.actor1 or "") == "state_forces"
        and (event.actor2 is None or kb.category_of(event.actor2) not in NAMED_ARMED)
    ):
        # "police and military forces opened fire on residents gathered ... in support of
        # striking dock workers, killing 2", "... on participants of the gathering": the
        # state's force on the crowd, no armed side told
        label = "Excessive force against protesters"
    elif event.event_type in _VIOLENT or event.sub_event_type == "Looting/property destruction":
        told = _DEMONSTRATION_TOLD.search(article.text)
        label = "Violent demonstration" if told else "Mob violence"
    else:
        return
    event.provenance["sub_event_type"] = (
        "the note's crowd size over: " + event.provenance.get("sub_event_type", "")
    )
    event.sub_event_type = label
    event.event_type = event_type_of(label)
    _acled_roles(event, article, kb)


@cache
def acled_note_tags() -> dict[str, str]:
    """The tags ACLED's notes open with, and the sub-event type each names."""
    return dict(load_yaml("acled_note_tags.yaml"))


def _note_tag(note: re.Match[str] | None) -> str | None:
    """The known tag a coder's note (its _NOTE_STYLE match) opens with ("Movement of forces: On
    3 May 2022, ...")."""
    tag = note.group("tag") if note else None
    return tag if tag in acled_note_tags() else None


# what a sentence the classifier alone types as one of these must name (data/cues.yaml), and
# whether an armed side named will do instead: ACLED's agreements are between the sides of a
# conflict, about it; a base is an armed group's; a weapon disrupted is a weapon whoever
# disrupts it
# talks that made no deal
_NO_DEAL = re.compile(
    r"\b(?:failed\s+to\s+(?:reach|agree|secure|clinch|strike)|without\s+(?:an?\s+)?(?:agreement|"
    r"deal|breakthrough)|far\s+apart|no\s+(?:agreement|deal|breakthrough)|talks\s+(?:collapsed|"
    r"broke\s+down|stalled|failed))\b",
    re.IGNORECASE,
)
# the words of a base or headquarters set up, moved or taken over: a base the classifier
# alone reads must be one of them
_SET_UP = re.compile(
    r"\b(?:establish\w*|set(?:ting)?\s+up|sets\s+up|open(?:ed|s|ing)|buil[dt]\w*|construct\w*|"
    r"mov(?:ed|es|ing)|relocat\w*|made|mak(?:es|ing)|turn(?:ed|s|ing)|convert\w*|install\w*|new|"
    r"occup\w*|took\s+over|tak(?:en|es|ing)\s+over|seiz\w*|station\w*|deploy\w*|transform\w*)\b",
    re.IGNORECASE,
)
_MODEL_ONLY_NEEDS = {
    "Agreement": ("conflict_deal", True),
    "Headquarters or base established": ("base_words", True),
    "Disrupted weapons use": ("weapon_words", False),
}


class EventExtractor:
    """Pipeline stage: sets ``article.events`` (and ``article.statements``)."""

    def __init__(self, use_classifier: bool = True):
        self.use_classifier = use_classifier

    def __call__(self, article: Article) -> None:
        kb = knowledge()
        article.events = []
        article.statements = []
        dominant = _dominant_actors(article)
        # the event the last sentence told of: a sentence that goes on about an earlier act
        # ("The missile hit a residential neighbourhood" after another act) hands on to it
        told: Event | None = None
        for sentence in article.sentences:
            if sentence.candidate:
                found = self._sentence_event(article, sentence, kb, dominant)
            elif self.use_classifier:
                found = [e for e in [self._model_event(article, sentence, kb, dominant)] if e]
            else:
                continue
            if told is not None and _THE_ACT_ON_A_PLACE.match(sentence.text):
                # "The attack on Nungchappi village ... came a day after an elderly woman was
                # shot dead": the act told before, named by its place, whatever else is told
                _placed_where_it_took_place(article, sentence, told)
            for event in found:
                if self.use_classifier and _a_crime_s_sexual_violence(event, article, sentence):
                    continue
                if event.modality in STATEMENT_MODALITIES:
                    article.statements.append(event)
                    continue
                earlier = _recalled_earlier(event, article.events)
                if (
                    earlier is article.events
                    and told is not None
                    and article.events
                    and told is not article.events[-1]
                    and event.modality != "claimed"
                    and _own(event, "location", "context")
                ):
                    # the sentence before went on about an earlier act: so may this one
                    earlier = article.events[: article.events.index(told) + 1]
                if _absorbed(event, earlier, article):
                    told = earlier[-1]
                else:
                    _sides_fighting_on(event, article.events)
                    article.events.append(event)
                    told = event
            if told is not None and all(e.modality in STATEMENT_MODALITIES for e in found):
                _placed_where_it_took_place(article, sentence, told)
            if not found and told is not None:
                _toll_after(article, sentence, told)
                _victims_after(article, sentence, told, kb)
                _identified_after(article, sentence, told, kb)
        if self.use_classifier and not article.events and not article.statements:
            lead = self._lead_event(article, kb, dominant)
            if lead is not None:
                article.events.append(lead)
        _drop_a_sum_of_what_follows(article)
        _off_the_field(article)
        for event in article.events:
            _raid_that_only_arrested(event)
            _a_raid_that_only_burned(event, article)
            _the_moved_force_acts(event)
        note = _NOTE_STYLE.match(article.text)
        tag = _note_tag(note)
        if tag is not None:
            self._code_as_tagged(article, tag, kb, dominant)
        elif note is not None and _CROWD_SIZE.search(article.text):
            _code_as_a_crowd_s(article, kb)

    def _code_as_tagged(
        self, article: Article, tag: str, kb: ActorKnowledge, dominant: list[ActorMention]
    ) -> None:
        """A note ACLED's coder opened with a tag ("Displacement: On 2 March 2022, more than
        3,000 villagers were forced to flee due to raids by about 100 military troops") is of
        the tag's sub-event type (data/acled_note_tags.yaml): its first event takes it, unless
        one already has it; a note the rules and the model found nothing in ("Training: On 30
        March 2022, the graduation ceremony of Batch 21 of MRA Division 3 was held") gets one,
        told by its first sentence."""
        label = acled_note_tags()[tag]
        told = f"the note's tag ({tag}:)"
        if any(e.sub_event_type == label for e in article.events):
            return
        if article.events:
            event = article.events[0]
            event.provenance["sub_event_type"] = (
                f"{told} over: " + event.provenance.get("sub_event_type", "")
            )
            event.sub_event_type = label
            event.event_type = event_type_of(label)
            return
        if not article.sentences:
            return
        sentence = article.sentences[0]
        mentions = [m for m in article.actor_mentions if m.sentence == sentence.index]
        event = self._wordless_event(article, sentence, "note_tag", label, mentions, kb, dominant)
        event.provenance["sub_event_type"] = told
        _acled_roles(event, article, kb)
        article.events.append(event)

    def _sentence_event(
        self, article: Article, sentence: Sentence, kb: ActorKnowledge, dominant: list[ActorMention]
    ) -> list[Event]:
        """One event per clause that holds an anchored trigger ("Clashes in A and shelling
        on B" reports two)."""
        mentions = [m for m in article.actor_mentions if m.sentence == sentence.index]
        quantities = numbers_of(article, sentence)[1]
        parse = article.parses.get(sentence.index)
        matches = find_triggers(sentence, mentions)
        if not matches and self.use_classifier:
            # the first pass's words, each in a sense that tells no event here ("two months
            # after the junta seized power", "a heart attack"): a sentence with no trigger
            return [e for e in [self._model_event(article, sentence, kb, dominant)] if e]
        events: list[Event] = []
        statements: list[Event] = []
        clause_of: list[tuple[int, int]] = []  # the clause each kept event was told in
        for start, end in _clauses(sentence, matches, mentions):
            inside = [m for m in matches if start <= m.start < end]
            # (a stable sort: the acts told as what came after yield, in their order; so does
            # the artillery of a clash told in the same clause)
            inside = sorted(
                inside,
                key=lambda m: (
                    _told_as_what_followed(m, sentence, inside)
                    or _told_as_what_came_before(m, sentence, inside)
                    or _told_of_the_place(m, sentence, inside)
                    or _told_in_a_past_aside(m, sentence, inside),
                    _fire_of_a_clash(m, sentence, inside),
                ),
            )
            if (
                inside
                and all(m.intended and m.trigger.id == "strike_generic" for m in inside)
                and not all(m.intended for m in matches)
            ):
                # "seized heroin ... in raids in the city, police said, and arrested 13 people":
                # a clause that holds only the raids another clause's act was done in (an
                # attempt at an act is still one: "An attempt to assassinate a commander")
                continue
            unreal: Event | None = None
            for match in inside:
                if not _anchored(match, sentence, quantities, article):
                    continue
                event = self._build(
                    article,
                    sentence,
                    match,
                    mentions,
                    quantities,
                    parse,
                    kb,
                    dominant,
                    clause=(sentence.start + start, sentence.start + end),
                    role_match=_main_predicate(match, inside),
                )
                if (
                    event.modality == "claimed"
                    and _told_by_its_claim(match, sentence, article)
                    and not _ground_claimed(match, sentence)
                ):
                    # (not "Russia claims Ukrainian drone attack on Crimea": the doer's foe)
                    event.evidence["told_as"] = TOLD_AS_CLAIM
                elif _told_as_blamed(match, sentence, article):
                    event.evidence["told_as"] = TOLD_AS_BLAMED
                elif not article.events:
                    _claimed_after_by(event, match, sentence, article, kb)
                if self.use_classifier and event.modality not in STATEMENT_MODALITIES:
                    # (a statement is no event to type: the clause's next trigger is asked,
                    # as without the model: "have fled villages ..., fearing fresh insurgent
                    # attacks" is a wave of the displaced, not attacks the model vetoes)
                    event = _classify(event, article, sentence, (start, end), match, kb)
                if event is not None:
                    _crowd_turned_violent(event, article, sentence)
                if event is not None and event.modality in STATEMENT_MODALITIES:
                    # "Clashes on the edge of Kafr Nabl and the army tries to regain control of it":
                    # what is attempted is no event, but the clashes are
                    unreal = unreal or event
                    continue
                if event is not None:
                    _intervention_told_after(event, article, sentence)
                    _claimant_told_after(event, article, sentence, kb)
                    _disappearance_told(event, article)
                    _violence_told(event, article, sentence)
                    _acled_roles(event, article, kb)
                    if events and _crowd_says(event, events[-1]):
                        _fold_crowd_words(events[-1], event)
                    elif (
                        not events
                        or _reports_apart(event, events)
                        or _change_beside_violence(event, events[-1])
                        or _opens_another_act(sentence, start, mentions)
                        or _its_own_doer(event, events[-1], sentence, start, match, mentions)
                        or _another_part_of_the_place(sentence, clause_of[-1], (start, end))
                        or _placed_apart_by_an_unknown_name(
                            article, sentence, (clause_of[-1], (start, end)), events[-1], event
                        )
                    ):
                        events.append(event)
                        events += _at_places_listed(article, sentence, (start, end), event)
                        clause_of += [(start, end)] * (len(events) - len(clause_of))
                    else:
                        _upgrade(events[-1], event)
                        _fold_into(events[-1], event)
                unreal = None
                break
            if unreal is not None:
                _acled_roles(unreal, article, kb)
                statements.append(unreal)
        return events + statements

    def _lead_event(
        self, article: Article, kb: ActorKnowledge, dominant: list[ActorMention]
    ) -> Event | None:
        """A report the rules found no event in, not even a denied or speculative one ("a US
        military patrol took place in Basira town", "the military sealed off the house of a
        representative"): the classifier reads its lead paragraph, as a whole, and codes the
        first sentence of it that names an actor or a place when it is sure of an ACLED type."""
        from polemos.events.classifier import classifier_text, paragraph_window

        if not article.sentences:
            return None
        first, last = paragraph_window(article, article.sentences[0])
        lead = classifier_text(article, article.sentences[0])
        if _INQUIRY_FOUND.search(lead):
            # "The investigation has established that the railway station was hit by a
            # missile": an inquiry's finding of whose an act was, which the rules left out,
            # tells no new act, whatever else the model reads in its words
            return None
        for sentence in article.sentences[first : last + 1]:
            if [m for m in article.actor_mentions if m.sentence == sentence.index] or (
                _sentence_places(article, sentence.index)
            ):
                return self._model_event(article, sentence, kb, dominant, lead)
        return None

    def _model_event(
        self,
        article: Article,
        sentence: Sentence,
        kb: ActorKnowledge,
        dominant: list[ActorMention],
        read: str | None = None,
    ) -> Event | None:
        """A sentence with no trigger word may still report an event in words the rules lack
        ("truck drivers blocked a highway"): the classifier alone decides, when it is sure and
        the sentence names an actor or a place. ``read``: the words it classifies, when more
        than the sentence's."""
        from polemos.events.classifier import NONE_LABEL, load_classifier

        classifier = load_classifier()
        mentions = [m for m in article.actor_mentions if m.sentence == sentence.index]
        if classifier is None or not (mentions or _sentence_places(article, sentence.index)):
            return None
        label, probability = classifier.predict(read or sentence.text, {"trigger": "none"})
        if label == NONE_LABEL or probability < (CLASSIFIER_LEAD if read else CLASSIFIER_ALONE):
            return None
        if _STANDING_PRESENCE.search(sentence.text):
            # "Islamic State militants are active in the area": who is where, no act
            return None
        if _told_in_other_sense(read or sentence.text, label):
            # "appeared in court on charges including sexual assault": the rules read the
            # words of violence there as something else, and the model reads the same words
            return None
        if (
            event_type_of(label) == "Protests"
            and not _PROTEST_WORDS.search(read or sentence.text)
            and mentions
            and all(m.category == "state_forces" for m in mentions)
        ):
            # "the Malian army received a delivery of new combat helicopters": the state's
            # forces alone, no crowd and no word of one
            return None
        if (
            event_type_of(label) not in _CROWDS
            and _cue("accident").search(sentence.text)
            and not any(m.category in ARMED for m in mentions)
            # "a gas cylinder ... released a chlorine smell": an attack's agent or its
            # symptoms told, where the model reads a chemical attack
            and not (label == "Chemical weapon" and _MEANS_TOLD[label].search(sentence.text))
        ):
            # "ordered the evacuation of 10,000 residents as the volcano erupted": a disaster,
            # no one's act (a crowd that blocks a road over the flooding still protests)
            return None
        if label == "Arrests" and _ordinary_arrest(
            sentence, numbers_of(article, sentence)[1], article
        ):
            return None  # "arrested three men on drug charges": a crime's arrest, as the rules
        if label == "Agreement" and _NO_DEAL.search(read or sentence.text):
            return None  # "failed to reach agreement in talks in Jeddah": talks, no deal
        if label == "Headquarters or base established" and not _SET_UP.search(
            read or sentence.text
        ):
            return None  # "Flowers piled up outside Oakland police headquarters": none set up
        needs, or_armed = _MODEL_ONLY_NEEDS.get(label, (None, False))
        if (
            needs is not None
            and not (or_armed and any(m.category in ARMED for m in mentions))
            and not _cue(needs).search(read or sentence.text)
        ):
            # "city firefighters agreed to a pay freeze": no side of a conflict and nothing
            # about one; "Belk opened a new store in Richmond": no base and no armed side;
            # "Police found Ms. Odell": no weapon
            return None
        if (
            label == "Change to group/activity"
            and article.events
            and article.events[-1].event_type in _VIOLENT
            and _SENT_IN_RESPONSE.search(sentence.text)
        ):
            return None  # "He said security forces had been deployed to the area": the response
        if (
            article.events
            and article.events[-1].event_type in _VIOLENT
            and _OF_THE_DEAD.search(sentence.text)
        ):
            return None  # "Islamic Jihad said two of the dead were members of its armed wing"
        if any(e.event_type in _VIOLENT for e in article.events) and _BODIES_FOUND.search(
            sentence.text
        ):
            # "Police found the bodies of between seven and nine men in the street": the dead
            # of the fight told before, found; the finders did nothing to them
            return None
        event = self._wordless_event(article, sentence, "model", label, mentions, kb, dominant)
        event.provenance["sub_event_type"] = (
            f"model {classifier.trained_on} (p={probability:.2f}), no trigger word"
            + (", read over the lead of a report with no event found" if read else "")
        )
        # "residents blocked an avenue by setting obstacles on fire": the crowd's own acts
        # make it a violent demonstration, whatever the model read
        _crowd_turned_violent(event, article, sentence)
        _acled_roles(event, article, kb)
        return event

    def _wordless_event(
        self,
        article: Article,
        sentence: Sentence,
        source: str,
        label: str,
        mentions: list[ActorMention],
        kb: ActorKnowledge,
        dominant: list[ActorMention],
    ) -> Event:
        """The event of a sentence whose type no trigger words gave: the model's reading or a
        coder's tag (``source``), with the roles, place, date and toll the sentence tells."""
        match = TriggerMatch(Trigger(source, label, "verb", 0, re.compile("")), 0, 0, "")
        quantities = numbers_of(article, sentence)[1]
        return self._build(article, sentence, match, mentions, quantities, None, kb, dominant)

    def _build(
        self,
        article: Article,
        sentence: Sentence,
        match: TriggerMatch,
        mentions: list[ActorMention],
        quantities: list[Quantity],
        parse: Any,
        kb: ActorKnowledge,
        dominant: list[ActorMention],
        clause: tuple[int, int] | None = None,
        role_match: TriggerMatch | None = None,
    ) -> Event:
        provenance: dict[str, str] = {"trigger": f"{match.trigger.id}: {match.text!r}"}
        said = _attribution_of(sentence, clause, mentions)
        trigger_of_roles = role_match or match
        role_match = _governing_predicate(trigger_of_roles, parse)
        if role_match.start < trigger_of_roles.start and _owner_named_on(
            sentence, trigger_of_roles, mentions
        ):
            # "21 civilians were killed in Russian air strikes": the weapon's owner named on
            # it is the doer, whatever the predicate before it
            role_match = trigger_of_roles
        shared_subject: TriggerMatch | None = None
        if clause is not None and not (
            clause[0] <= sentence.start + role_match.start < clause[1]
        ):
            if _SUBJECTLESS_BEFORE.search(
                sentence.text, max(0, trigger_of_roles.start - 30), trigger_of_roles.start
            ):
                # "Troops clashed with Tigrayan fighters and captured the town": a verb joined
                # with no subject of its own shares the predicate's subject
                shared_subject = role_match
            # "Regime forces shell Daraa and rebels target a checkpoint": a predicate in
            # another clause (the parse hung "target" on "shell") has other roles
            role_match = trigger_of_roles
        role_mentions = _drop_speakers(mentions, said, sentence, role_match)
        if clause is not None and (
            # "targeted a tanker ..., hours after U.S. and British warplanes struck": the
            # other act's actors are not this one's
            _opens_another_act(sentence, clause[1] - sentence.start, mentions)
            # "Warplanes carry out raids on Deir Ezzor and the Islamic State carries out an
            # attack on the regime forces": nor are those of a next clause that opens with a
            # doer of its own
            or any(m.start == clause[1] for m in mentions)
        ):
            role_mentions = [m for m in role_mentions if m.start < clause[1]]
        actor1, actor2, role_rule = _roles(
            sentence, role_match, role_mentions, article, dominant
        )
        if shared_subject is not None:
            subject = _roles(sentence, shared_subject, role_mentions, article, dominant)[0]
            if subject is not None and subject.actor != (actor1 and actor1.actor):
                if actor2 is not None and actor2.actor == subject.actor:
                    actor2 = None
                actor1 = subject
                role_rule = f"the subject of {shared_subject.text!r}, the verb joined to"
        cleared = (
            next(
                (m for m in _named_inside(match, role_mentions, sentence) if m.category in ARMED),
                None,
            )
            if match.trigger.sub_event_type == "territory" and _CLEARED_OF.search(match.text)
            else None
        )
        if cleared is not None and actor2 is None:
            # "The village was cleared of militants", "Troops cleared the area of al-Shabaab
            # fighters": the side named in the clearing's own words lost the place
            if actor1 is not None and actor1.actor == cleared.actor:
                actor1 = None
            actor2, role_rule = cleared, f"{role_rule}; the side the place was cleared of"
        if match.trigger.id == "group_moves" and (
            actor1 is None or role_rule.startswith("actors after the trigger")
        ):
            # "the Ministry of National Defence sent 600 additional soldiers to Culiacán amid
            # fighting between the Chapitos and Mayos": the forces the move's own words name
            # moved; the sides of the fighting after it are the move's cause
            moved = next(
                (m for m in _named_inside(match, role_mentions, sentence) if m.category in ARMED),
                None,
            )
            if moved is not None:
                actor1, actor2, role_rule = moved, None, "the forces the move's words name"
        if role_match is not trigger_of_roles:
            role_rule += f" (of {role_match.text!r}, the predicate the trigger hangs from)"
        provenance["actor1"] = provenance["actor2"] = role_rule

        place, place_rule = _location(article, sentence, match, quantities, clause)
        provenance["location"] = place_rule
        from polemos.actors import article_country

        country = place.country if place and place.country else article_country(article, kb)
        actor1_name = _actor_name(actor1, country, kb)
        actor2_name = _actor_name(actor2, country, kb)
        if match.trigger.doer and role_rule.startswith("actors after the trigger"):
            # "Explosive barrels targeted Reef Dimashq and more losses in rebels": the
            # weapon names its doer; the actors after it are its targets
            actor1_name, actor2_name, actor2 = None, actor1_name, actor1
        if (
            match.trigger.id == "territory_taken"
            and role_rule.startswith("actors after the trigger")
            and actor1 is not None
            and _fought_side_of_a_passive_taking(sentence, match, actor1)
        ):
            # "Several villages were captured after fierce fighting with al-Shabaab militants":
            # the side a passive taking was fought against lost the place; the taker is the
            # other side of its war, where one is known
            enemy = kb.adversary(actor1_name, country)
            actor1_name, actor2_name, actor2, actor1 = enemy, actor1_name, actor1, None
            provenance["actor2"] = "passive taking: the side fought after the trigger lost it"
            provenance["actor1"] = (
                f"the other side of the war in {country} (actors.yaml)"
                if actor1_name
                else "passive taking: the taker not named"
            )
        if actor1_name is None and cleared is not None and actor2 is cleared:
            actor1_name = kb.adversary(actor2_name, country)
            if actor1_name:
                provenance["actor1"] = f"the other side of the war in {country} (actors.yaml)"
        if actor1_name is None and match.trigger.doer:
            # the doer may be a state's forces, of the country where it happened
            actor1_name = fill_template(match.trigger.doer, country, kb)
            provenance["actor1"] = f"the doer trigger {match.trigger.id} names"
        if actor1_name and actor1_name == actor2_name:
            actor2_name, actor2 = None, None
        if (
            actor1_name is None
            and match.trigger.id == "interception"
            and (enemy := kb.adversary(actor2_name, country)) is not None
        ):
            # "Russian drones were shot down over Kharkiv": whoever shot them down is the
            # other side of the war they were flown in (ACLED: the interceptor is actor1)
            actor1_name = enemy
            provenance["actor1"] = f"the other side of the war in {country} (actors.yaml)"

        sub_event_type, type_rule = _sub_event_type(
            match,
            _as_read_here(actor1, actor1_name, kb),
            _as_read_here(actor2, actor2_name, kb),
            quantities,
            kb,
            sentence,
            article,
        )
        doerless_strike = actor1_name is None and match.trigger.sub_event_type == "strike"
        striker = _air_striker_before(article) if doerless_strike else None
        if striker is not None:
            # "Near Mosul, five strikes engaged four ISIL tactical units": a strike report's
            # list goes on with the strikes of the air force it began with
            actor1_name, sub_event_type = striker, "Air/drone strike"
            provenance["actor1"] = f"the article's air striker before: {striker}"
            type_rule = f"trigger {match.trigger.id} + the strikes of {striker} before"
        rioting = actor1 is not None and actor1.category == "rioters"
        if sub_event_type == "Violent demonstration" and (
            rioting or _cue("destructive_acts").search(match.text)
        ):
            from polemos.events.classifier import classifier_text

            demonstration = _cue("demonstration").search(classifier_text(article, sentence))
            against_the_state = _rioting_against_the_state(
                actor1.category if actor1 else None, actor2.category if actor2 else None, article
            )
            if not demonstration and not against_the_state:
                # stones thrown, tyres burnt, a ward vandalised by a dead patient's kin, with
                # no demonstration told: a mob (ACLED's mob violence is rioting outside of a
                # demonstration)
                sub_event_type, type_rule = "Mob violence", type_rule + " + no demonstration"
        if sub_event_type == "Looting/property destruction" and (
            rioting or _crowd_of_civilians(actor1, article.text)
        ):
            # "Rioters torched shops": ACLED's rioters riot; the destruction is their riot's.
            # So is a crowd's of civilians ("Villagers torched around 20 houses belonging to
            # members of another community"): ACLED codes no civilians as doers, and its
            # looting is an armed or organised actor's (no looting of its dev notes is a
            # crowd's)
            from polemos.events.classifier import classifier_text

            told = _cue("demonstration").search(classifier_text(article, sentence))
            sub_event_type = "Violent demonstration" if told else "Mob violence"
            type_rule += " + rioters destroying"
        elif (
            sub_event_type == "Looting/property destruction"
            and match.text
            and actor1 is not None
            and (
                actor1.category == "protesters"
                # "Workers of the closed jute mill ransacked the manager's office", "Supporters
                # of a losing candidate ransacked the district election office": a crowd with
                # a cause in common, whose damage is its demonstration's
                or (
                    actor1.category == "civilians"
                    and _CROWD_WITH_A_CAUSE.fullmatch(actor1.text) is not None
                )
                # "BNP activists hurled brick chunks at police, torched vehicles ... during a
                # party rally": a party's crowd that destroys at its own rally riots
                or (
                    actor1.category == "political_militia"
                    and _cue("demonstration").search(sentence.text) is not None
                )
            )
        ):
            # "supporters of Imran Khan set fire to the Corps Commander House": demonstrators
            # who destroy demonstrate violently
            sub_event_type = "Violent demonstration"
            type_rule += " + protesters destroying"
        if sub_event_type == "Government regains territory" and (
            state := _state_abroad(
                kb,
                actor1_name,
                place.country if place is not None else None,
                [
                    _actor_name(m, country, kb)
                    for m in _named_beside(article, actor1) + _backing(article, actor1)
                ],
            )
        ):
            # "Russian troops captured Avdiivka": ACLED's overtaking is by a non-state actor
            # or a foreign state's forces; a government regains its own territory
            sub_event_type = "Non-state actor overtakes territory"
            type_rule += f" + the forces of {state} abroad ({place.country})"
        provenance["sub_event_type"] = type_rule
        event_type = event_type_of(sub_event_type)
        if sub_event_type in _SIDED and actor2_name is None:
            # "the KIA and allied PDF fighters attacked": no doer named beside the doer is
            # the other side
            beside = {_actor_name(m, country, kb) for m in _named_beside(article, actor1)}
            names = (_actor_name(m, country, kb) for m in dominant)
            actor2_name = next(
                (
                    a
                    for a in names
                    if a != actor1_name
                    and a not in beside
                    # a digest's main adversary in another war fights nobody here
                    and (not country or not kb.fields.get(a) or country in kb.fields[a])
                ),
                None,
            )
            if actor2_name:
                provenance["actor2"] = "article's main adversary: " + actor2_name
            elif (enemy := kb.adversary(actor1_name, country)) is not None:
                actor2_name = enemy
                provenance["actor2"] = f"the other side of the war in {country} (actors.yaml)"

        date_value, precision, historical, date_rule = _date(article, sentence, match)
        provenance["date"] = date_rule
        if clause is not None and clause[0] > sentence.start:
            # "... killing at least four civilians, and the coalition responded with air
            # strikes on Sanaa": a later clause's act counts only what its own words count
            quantities = [q for q in quantities if clause[0] <= q.start < clause[1]]
        elif clause is not None and _BREAK_TO_ANOTHER_ACT.search(
            article.text, max(0, clause[1] - 60), clause[1]
        ):
            # "... fired a missile at Ben Gurion airport, hours after Israeli jets struck ports
            # ..., killing nine people": the dead of the act told as its time are that act's
            quantities = [q for q in quantities if q.start < clause[1]]
        # "fired rockets at northern Israel, wounding two people, after an Israeli strike
        # killed one of its commanders": the dead of the act it answers are that act's
        trigger_end = sentence.start + match.end
        quantities = [
            q
            for q in quantities
            if q.kind != "fatalities"
            or q.start < trigger_end
            or not (
                _ANSWERED_KILLING.search(article.text, trigger_end, q.start)
                # "marked the first anniversary of anti-tax protests in which dozens of people
                # were killed": the dead of the act remembered
                or _REMEMBERED_ACT.search(article.text, max(sentence.start, q.start - 150), q.start)
            )
        ]
        if event_type in _CROWDS:
            # "protesting against the Turkish army airstrikes ..., during which 3 civilians
            # were killed": the dead of the act protested are that act's
            quantities = [
                q
                for q in quantities
                if q.kind != "fatalities"
                or q.start < trigger_end
                or not (
                    _within_the_protested(article.text, trigger_end, q.start)
                    # "rallied to mourn dozens of demonstrators killed last month"
                    or _MOURNED_BEFORE.search(article.text, trigger_end, q.start)
                )
            ]
        fatalities, toll_rule = _fatalities(quantities, article.text)
        provenance["fatalities"] = toll_rule
        counts = [
            {
                "kind": q.kind,
                "value": q.best if q.best is not None else q.low,
                "qualifier": q.qualifier,
                "text": q.text,
            }
            for q in quantities
            # a distance ("80 km northeast of Baghdad") says where, it counts nothing
            if q.kind and q.kind not in {"fatalities", "persons", "distance"}
        ]

        attribution = _attribution_here(said, mentions, country, kb, actor1_name)
        teller = (attribution or {}).get("source")
        if actor1_name is None and sub_event_type == "Air/drone strike" and kb.flies(teller):
            # "A drone struck a group of gunmen ..., the army said": the teller's own strike
            actor1_name = teller
            provenance["actor1"] = f"the air force telling of its strike: {teller}"
        if said is not None and attribution and attribution["source"] != said.source:
            said = replace(said, source=attribution["source"])  # the speaker named for here
        mood, mood_rule = _modality(
            sentence, match, parse, said, historical, (actor1_name, actor2_name)
        )
        if (
            mood in ("reported", "claimed")
            and _TO_COME_DATE.search(date_rule)
            and _yet_to_come(article.published, date_value, precision)
        ):
            # "causing violence during opposition protests next month": dated after the report
            mood, mood_rule = "speculative", f"dated after publication: {date_value}"
        provenance["modality"] = mood_rule
        confidence = _confidence(actor1_name, actor2_name, place, date_rule, mood)
        category1 = kb.category_of(actor1_name) if actor1_name else None
        category2 = kb.category_of(actor2_name) if actor2_name else None
        return Event(
            event_type=event_type,
            sub_event_type=sub_event_type,
            actor1=actor1_name,
            actor2=actor2_name,
            date=date_value,
            date_precision=precision,
            location=_location_dict(place),
            fatalities=fatalities,
            counts=counts,
            modality=mood,
            attribution=attribution,
            evidence={
                "sentence": sentence.text,
                "start": sentence.start,
                "end": sentence.end,
                "trigger": match.text,
                "trigger_start": match.start if match.text else None,
            },
            confidence=confidence,
            inter1=INTER_CODES.get(category1 or ""),
            inter2=INTER_CODES.get(category2 or ""),
            provenance=provenance,
        )


# words that tell a protest: without one the classifier makes no protest of an event
_PROTEST_WORDS = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march\w*|sit-ins?|picket\w*|"
    r"strik(?:e|es|ers|ing)|boycott\w*|petition\w*|vigils?|crowds?|gather\w*|chant\w*|"
    r"placards?|banners?|slogans?|activists?|students?|workers?|mourners?|supporters?|"
    r"demand\w*|denounc\w*)\b",
    re.IGNORECASE,
)


# the crowd of a violent demonstration, in words that name no protest
_RIOT_WORDS = re.compile(
    r"\b(?:riot\w*|unrest|mobs?|youths|agitat\w*|hartals?|bandhs?|stone[- ]pelt\w*|"
    r"pelt\w*\s+stones|angry|furious|irate)\b",
    re.IGNORECASE,
)
# a crowd's violence on people or their homes: "youths attacked homes", "a mob beat"
_MOB_ON_PEOPLE = re.compile(r"\b(?:attack\w*|beat\w*|assault\w*|lynch\w*|chas\w*)", re.IGNORECASE)


def _classify(
    event: Event,
    article: Article,
    sentence: Sentence,
    clause: tuple[int, int],
    match: TriggerMatch,
    kb: ActorKnowledge,
) -> Event | None:
    """Let the learned classifier confirm, change or veto the rules' sub-event type.

    A clause of a sentence that reports several events ("shelled Homs and clashes erupted in
    Aleppo") is read alone: the rest of the sentence is about the other events."""
    from polemos.events.classifier import (
        NONE_LABEL,
        classifier_text,
        hints_of,
        load_classifier,
    )

    classifier = load_classifier()
    if classifier is None or match.trigger.doer:
        # an incident code has no words for the classifier to read: the code is the type
        return event
    if clause == (0, len(sentence.text)):
        text = classifier_text(article, sentence)
    else:
        text = sentence.text[clause[0] : clause[1]]
    label, probability = classifier.predict(text, hints_of(event))
    if label == NONE_LABEL:
        if event.evidence.get("told_as") in TOLD_AS_ATTRIBUTION:
            # the model learnt CASE's attribution snippets as no event: the act they claim is one
            return event
        if _ACT_OF_WAR.fullmatch(match.text) or (
            (_ACT_OF_WAR.search(sentence.text) or _WEAPON_OF_WAR.search(sentence.text))
            and _people_hurt(event)
        ):
            # "Assassination attempt targets a judge in Daraa countryside", "At least 5 martyrs
            # following the bombing of warplanes in Douma": words that name an act of war and
            # nothing else, or the people it killed, whatever the model reads around them
            return event
        if (
            match.trigger.id == "killing"
            and event.sub_event_type == "Attack"
            and _people_hurt(event)
            and _TERROR_S_MARKS.search(sentence.text)
            # (not "police ruled out terrorism", nor a trial's "accused over the 2015 siege")
            and not _cue("accident").search(sentence.text)
            and not _cue("trial").search(sentence.text)
        ):
            # "a man stabbed festival-goers at random", "stabbed to death ... by a man who told
            # police he supported the far-right Golden Dawn party": a lone attacker's killing,
            # told as terror or of a political cause, which the model reads as a crime
            return event
        if match.trigger.id in _KEPT_OVER_NO_EVENT and not _cue("accident").search(sentence.text):
            # "Army seizes power in coup", "a mass grave was found near Izium", "10,000 people
            # have fled their homes", "approved a ban on TLP under the Anti-Terrorism Act": the
            # words name the development (ACLED's "Other", a group's change), which the model,
            # having seen few, reads as nothing (a flood's displaced are no one's)
            return event
        if event.sub_event_type == "Arrests" and any(
            e.event_type in _VIOLENT for e in article.events
        ):
            # "Gunmen killed at least 50 people in an attack on a church ... Police said they
            # had arrested three suspects": the arrests of an act of political violence
            return event
        if probability >= CLASSIFIER_NONE and (
            text == sentence.text
            or _sure_of_no_event(classifier.predict(sentence.text, hints_of(event)))
        ):
            # the words around a sentence type its event; they do not veto it alone ("No
            # group has claimed responsibility. Police said they had arrested three suspects";
            # "the governor ... was killed hours after accusing the RSF of genocide. The RSF
            # denied involvement")
            return None
        if _NOTE_STYLE.match(article.text):
            return event  # a coder's note tells an act: what the rules were made for
        if probability >= CLASSIFIER_NONE_NEWS and not _tells_of_war(event, sentence, kb):
            # "A woman was stabbed Tuesday morning while jogging near Briarcliff Road, police
            # said", "An enemy attack while serving in ... the first Gulf War left him with
            # severe neurological damage": news the model reads as no event, with nothing of
            # political violence in the rule's sentence
            return None
        if probability >= CLASSIFIER_NONE_NEWS_SURE and not _people_hurt(event):
            # "the recent provocative movements of the Polisario, which are a violation of the
            # ceasefire", "Such an attack shows the desperation of Daesh": war talked of, where
            # the model is sure no act is told and the words tell of nobody killed or hurt
            return None
        return event
    if label in _PEOPLE_TAKEN and _place_taken(article, sentence, match):
        return event  # "Raqqa was seized by ISIS": a town taken, not people
    if event.sub_event_type == "Arrests" and _ARRESTED_FOR_AN_ACT.search(sentence.text):
        # "detained four people on Friday over the knife attack at a church in Nice that
        # killed three": the arrests are the news, the act they answer told as their cause
        return event
    if match.trigger.id == "disrupted_weapons" and _STOPPED_IN_TIME.search(sentence.text):
        # "Soldiers shot dead a teenage suicide bomber ... before she could set off her
        # explosives": the bomb that did not go off, whatever the bomber's name tells the model
        return event
    if (
        label in _TERRITORY_TAKEN
        and match.trigger.sub_event_type == "territory"
        and _person_taken(sentence.text, match.start, match.end)
    ):
        return event  # "Russian troops seized the head of the orphanage": a person, no ground
    if (
        label in _TERRITORY_TAKEN
        and event.sub_event_type in _TERRITORY_TAKEN
        and event.actor1 is not None
        and kb.category_of(event.actor1) in _TAKERS_OF_A_KNOWN_SIDE
    ):
        # "ISIS fighters recaptured the village of Kashma from the Syrian Arab Army": who took
        # it says which (ACLED: a government regains, a non-state actor overtakes), whatever
        # "recaptured" suggests to the model
        return event
    if (
        event.sub_event_type == "Armed clash"
        and label == "Attack"
        and event.provenance.get("sub_event_type", "").endswith(_TOLL_OF_A_FIGHT)
    ):
        # "were killed in crossfire when gunmen and soldiers traded fire": the unarmed dead
        # of a fight between two sides are its toll (ACLED codes the clash), whoever they were
        return event
    if (
        event.event_type == "Battles"
        and event_type_of(label) == "Violence against civilians"
        and event.actor2 is not None
        and kb.category_of(event.actor2) in NAMED_ARMED
        and not event.provenance.get("actor2", "").startswith(_ACTOR2_GUESSED)
    ):
        # ACLED's violence against civilians is violence against the unarmed: a soldier or
        # a policeman shot is a side of a battle, whatever the words around it suggest (off
        # duty they are civilians already: the actor stage makes them so)
        return event
    if (
        event_type_of(label) == "Protests"
        # (a riot the rules read may be the model's demonstration: "burned tyres")
        or (label == "Violent demonstration" and event.event_type != "Riots")
    ) and not (
        _PROTEST_WORDS.search(sentence.text[clause[0] : clause[1]])
        or (label == "Violent demonstration" and _RIOT_WORDS.search(sentence.text))
        # (the sentences after a protest told say what it was against, in any words)
        or (article.events and article.events[-1].event_type in _CROWDS)
        or (not article.events and _PROTEST_WORDS.search(text))
    ):
        # "troops shot dead a 19-year-old Palestinian during a raid", "police stormed the
        # opposition's headquarters, firing tear gas inside": no protest is told; nor
        # in "opposition parties signed a joint statement condemning the arrest" after the
        # arrests told, whatever protest the sentences around it tell
        return event
    if (
        event.event_type == "Protests"
        and label == "Other"
        and event.inter1 in (INTER_CODES["protesters"], INTER_CODES["civilians"])
        and _PROTEST_WORDS.search(match.text)
    ):
        # "Hundreds of residents protested in Jos ..., blocking the main road and demanding
        # better security": a crowd's protest, whatever else the words around it tell
        return event
    if (
        event.sub_event_type == "Mob violence"
        and label == "Violent demonstration"
        and event.inter2 in (None, INTER_CODES["civilians"])
        and _MOB_ON_PEOPLE.search(match.text)
        and not _PROTEST_WORDS.search(sentence.text)
        # (a coder's note of a crowd's size tells a demonstration: "[size=no report]")
        and "[size=" not in article.text
    ):
        # "Masked youths attacked homes of Roma families in Ballymena": a crowd's violence on
        # people and their homes, no demonstration told, is mob violence (ACLED's definitions)
        return event
    if label == "Peaceful protest" and _cue("destructive_acts").search(match.text):
        return event  # stones thrown, tyres burnt, barricades: no peaceful protest (ACLED)
    if (
        event.sub_event_type == "Protest with intervention"
        and label == "Arrests"
        and "detained at a protest" in event.provenance.get("sub_event_type", "")
        and _CROWD_DISPERSED.search(sentence.text)
    ):
        # "police detained 35 people and used tear gas to disperse students gathered ... to
        # protest": people taken as the police broke up a protest are its intervention (ACLED);
        # not a notable man arrested "as he prepared to join" one, which the model reads
        return event
    if (
        event.sub_event_type == "Protest with intervention"
        and label == "Peaceful protest"
        and "detained at a protest" in event.provenance.get("sub_event_type", "")
    ):
        # "police forces rounded up dozens of PTM supporters who had gathered peacefully
        # outside the National Press Club": a protest whose people were taken was met
        return event
    if (
        event.sub_event_type in ("Peaceful protest", "Protest with intervention")
        and label == "Violent demonstration"
        and _POLICE_STEPPED_IN.search(text)
        and not _CROWD_VIOLENCE.search(text)
        and not _DEMONSTRATORS_VIOLENCE.search(text)
        and not _CLASHED.search(text)
        and not _tells_a_riot(text)
    ):
        # "Nakuru police teargas matatu operators protesting new traffic rules, arrest nine":
        # tear gas and arrests at a crowd whose own violence nothing tells
        return event
    if (
        (event.event_type in _VIOLENT or event.sub_event_type == "Disrupted weapons use")
        and label in _PEACEFUL_DEVELOPMENTS
        and probability < CLASSIFIER_NONE
    ):
        # "Regime forces advance in Homs countryside", "the factions target the regime
        # forces", "seized 206 weapons": what the rules read; only a sure model turns it
        # into a troop movement
        return event
    if (
        event.event_type in _VIOLENT
        and event_type_of(label) not in _VIOLENT
        and article.events
        and article.events[-1].event_type in _VIOLENT
        and _OPENS_ON_THE_ACT.fullmatch(sentence.text, 0, max(0, _trigger_at(event)))
    ):
        # "The attack took place on Friday in the village of Ntotwe": a sentence that opens
        # on the violence just told says where and when it was; what the model reads around
        # it is no other act ("protested against the killing of a teacher" is the model's)
        return event
    if label in _MEANS_TOLD and not _MEANS_TOLD[label].search(
        _what_the_strike_released(article, sentence)
        if label == "Chemical weapon" and event.sub_event_type in _DELIVERIES_OF_GAS
        # (a grenade's later sentences tell its blast and its throwers' flight in other words)
        else text
        if label == "Grenade"
        else sentence.text
    ):
        # "since his arrest last month ... seek help committing suicide", "hundreds of rebels
        # had been killed in the offensive" beside a sentence on chlorine, "Two people died
        # ... where a missile hit a building" after a paragraph of missiles shot down: a
        # suicide bombing, arrests, a chemical attack or a weapon stopped are the sentence's
        # own, told in its words
        return event
    # (in the clause and the rest of the sentence: "vandalized vehicles, a BJP office and
    # pelted stones during a demonstration" splits into clauses, the first with no
    # demonstration told; not "staged protest, claiming that the relatives of an AL leader
    # beat the driver": the beating told after the protest)
    if label == "Mob violence" and _DURING_A_DEMONSTRATION.search(sentence.text, clause[0]):
        # "vandalized vehicles during a demonstration", "clashed with the police ... the
        # demonstrators demanded": violence by demonstrators is a violent demonstration,
        # mob violence is a crowd's without one (ACLED's definitions)
        label = "Violent demonstration"
    if (
        # ("Indian and Pakistani troops exchanged small-arms fire": the clash's own words)
        (match.trigger.id == "exchange_fire" or match.text.lower().startswith("exchang"))
        and event.sub_event_type == "Armed clash"
        and label in _WEAPONS_OF
    ):
        # "Houthi forces and pro-Hadi forces exchanged artillery shelling": an exchange is
        # a clash, with whatever weapons (ACLED)
        return event
    weapons = _WEAPONS_OF.get(label)
    if weapons is not None and event.sub_event_type in _WEAPONS_OF and not weapons.search(text):
        # "Turkish army forces carried out shelling", "carried out a mine attack": a weapon's
        # sub-event type the words name no weapon of stays the rules' reading
        return event
    if (
        label == "Government regains territory"
        and event.sub_event_type not in _TERRITORY_TAKEN
        and kb.category_of(event.actor1 or "") in ARMED - {"state_forces", "external"}
    ):
        # "7 fighters of the SDF were killed in battles of controlling villages": no state
        # is told taking anything back
        return event
    if (
        label in _TERRITORY_TAKEN
        and event.sub_event_type not in _TERRITORY_TAKEN
        and not _GROUND_TAKEN_WORDS.search(text)
    ):
        # "Troops, ISWAP terrorists in fierce gun duel near Damboa": no ground is told taken
        return event
    if (
        label in _STRIKES_FROM_AFAR
        and _SMALL_ARMS.search(match.text)
        and not _WEAPONS_OF["Shelling/artillery/missile attack"].search(sentence.text)
        and not _WEAPONS_OF["Air/drone strike"].search(sentence.text)
    ):
        # "Indian and Pakistani troops traded small-arms fire along the Line of Control": the
        # words name the guns, no shell or aircraft, whatever the model reads of such borders
        return event
    if (
        event.sub_event_type == "Mob violence"
        and label in _CROWDS_AT_A_PROTEST
        and _ON_SUSPICION.search(sentence.text, match.end)
    ):
        # "A crowd at Baghdad's al-Wathba square beat a teenager to death ... after accusing
        # him of firing at protesters": a crowd's punishment of a suspect, whatever protest
        # the model reads around it
        return event
    if match.trigger.id == "displacement" and event_type_of(label) in _FIGHTS_AND_BLASTS:
        # "More than 40,000 people have fled Kalma ... amid fears of fighting": the rules found
        # no act in the clause, whatever fighting the model reads as the flight's cause
        return event
    if (
        label == "Looting/property destruction"
        and match.trigger.id == "property_destruction"
        and event.sub_event_type == "Violent demonstration"
    ):
        # "Supporters of a losing candidate ransacked the district election office": the rules
        # read the looting's doers as a crowd with a cause, whose damage is its riot (ACLED
        # codes no looting by rioters)
        return event
    if (
        match.trigger.id == "agreement"
        and match.text.casefold().startswith("surrender")
        and event_type_of(label) == "Battles"
        and not _FIGHTING_TOLD.search(sentence.text)
    ):
        # "about 1,100 Boko Haram fighters had surrendered to troops in Bama over the past
        # week": fighters who gave themselves up, no fight told, whatever fighters and troops
        # the model reads as a clash
        return event
    if match.trigger.id in _TOLD_DEVELOPMENTS:
        # "troops uncovered a tunnel shaft under a school", "published the names of nine
        # fighters it said were killed": the words name the development; the model, having
        # seen few, reads the weapons or the dead around them
        return event
    if "the other side withdrew" in event.provenance.get("sub_event_type", "") and (
        label in _TERRITORY_TAKEN
    ):
        return event  # "... seized the area following the withdrawal of Puntland forces"
    if match.trigger.id == "property_destruction" and label == "Other":
        # "a gang has been extorting 'taxes' from truck drivers", "set fire to the office":
        # property taken or destroyed by force is ACLED's looting, not a development the
        # model reads as "Other" for want of violence against people
        return event
    if match.trigger.id in _NAMED_DEVELOPMENTS and label in _PEACEFUL_DEVELOPMENTS:
        # "imposed a 24-hour curfew", "Control of the enclave passed to the administration ...
        # in line with the border accord": the words name the development, whichever other
        # one the model reads around them
        return event
    if label == "Non-violent transfer of territory" and _FOUGHT_FOR.search(sentence.text):
        # "took full control of the town after militants withdrew under heavy bombardment"
        return event
    if label == "Looting/property destruction" and match.trigger.id == "chemical_weapon":
        # "A toxic powder was sprayed into a girls' school ..., sending 60 pupils to hospital":
        # a poison used on people, whatever school or well the model reads as property hit
        return event
    if (
        label == "Armed clash"
        and event.sub_event_type == "Attack"
        and _NO_FIGHT_TOLD.search(sentence.text + " " + _next_in_paragraph(article, sentence))
    ):
        # "military police shot and killed a 17-year-old boy on his way to school ...
        # Residents said there was no exchange of fire": the fight the model reads is denied
        return event
    if label == "Grenade" and "dropped from a drone" in event.provenance.get("sub_event_type", ""):
        # "flew a small drone over the checkpoint and dropped two grenades into its courtyard":
        # what the rules read as dropped from a drone stays ACLED's drone strike, whatever
        # grenade the model reads
        return event
    if (
        label == "Looting/property destruction"
        and event.sub_event_type == "Remote explosive/landmine/IED"
        and _EXPLOSIVES_SAID.search(sentence.text)
    ):
        # "Militants blew up a section of the Trans Forcados pipeline with explosives": what
        # a charge destroys is its blast (ACLED's remote explosive), as a strike's is its
        return event
    if label == "Looting/property destruction" and event.sub_event_type in _STRIKES_FROM_AFAR:
        # "Near Bayji, one strike engaged an ISIL tactical unit and destroyed an ISIL-held
        # building": what a strike or a shell destroys is the strike's damage, not looting
        return event
    if label == "Agreement" and not _cue("conflict_deal").search(sentence.text):
        # "we took him into custody," the sergeant said: an act the rules read, and no deal
        # between a conflict's sides in its own sentence (the sentence before told of a
        # standoff's talks)
        return event
    override = CLASSIFIER_OVERRIDE if _NOTE_STYLE.match(article.text) else CLASSIFIER_OVERRIDE_NEWS
    if label != event.sub_event_type and probability >= override:
        event.provenance["sub_event_type"] = (
            f"model {classifier.trained_on} (p={probability:.2f}) over rule: "
            + event.provenance.get("sub_event_type", "")
        )
        if label == "Government regains territory" and (
            abroad := _state_abroad(
                kb,
                event.actor1,
                (event.location or {}).get("country"),
                [event.assoc_actor_1] if event.assoc_actor_1 else [],
            )
        ):
            # "Russian forces take Avdiivka": the rules' reading of a state's forces abroad
            # holds for the model's too (see EventExtractor._build)
            label = "Non-state actor overtakes territory"
            event.provenance["sub_event_type"] += f" + the forces of {abroad} abroad"
        event.sub_event_type = label
        event.event_type = event_type_of(label)
    return event


def _state_abroad(
    kb: ActorKnowledge, doer: str | None, country: str | None, beside: list[str | None]
) -> str | None:
    """The state whose forces ``doer`` are, where the act's ``country`` is another one: none
    where a doer ``beside`` them is that country's own ("Rwandan and Mozambican troops retake
    Mocímboa da Praia port": foreign forces fighting beside the state's regain its ground with
    it), nor where they fight for that country's state ("Russian special forces retook Palmyra":
    actors.yaml's secondary parties)."""
    state = kb.state_of(doer) if doer else None
    if not state or not country or country == state:
        return None
    if any(kb.state_of(name) == country for name in beside):
        return None
    if kb.state_of(kb.primary_party(doer, country)) == country:
        return None
    return state


# the charge that did it, named: "with explosives", "dynamite", "a bomb"
_EXPLOSIVES_SAID = re.compile(r"\b(?:explosives?|dynamite|bombs?|ieds?)\b", re.IGNORECASE)
# a fight said not to have been: "there was no exchange of fire", "the victims were unarmed"
_NO_FIGHT_TOLD = re.compile(
    r"\bno\s+(?:exchange\s+of\s+(?:fire|gunfire)|clash(?:es)?|firefight|shoot-?out|crossfire)\b|"
    r"\b(?:was|were)\s+unarmed\b",
    re.IGNORECASE,
)


# the strikes that deliver gas: "Government forces shelled the town of Kafr Zita. Residents
# said the shells released a yellow gas that smelled of chlorine": the strike told, then what
# it released (a barrel bomb's doer-coded trigger is never read by the model)
# (and the strikes whose damage the model may read as looting: _STRIKES_FROM_AFAR)
_STRIKES_FROM_AFAR = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
_DELIVERIES_OF_GAS = _STRIKES_FROM_AFAR


def _what_the_strike_released(article: Article, sentence: Sentence) -> str:
    """The strike's sentence and the next one in its paragraph, where a chemical attack's
    agent or symptoms are often told."""
    return sentence.text + " " + _next_in_paragraph(article, sentence)


# a standing presence, told in the present: "militants are active in the area"
_STANDING_PRESENCE = re.compile(
    r"\b(?:is|are|remain|remains)\s+(?:still\s+|also\s+)?(?:active|present|based|stationed)\b",
    re.IGNORECASE,
)
# trigger words that name an act of war and have no other sense
_ACT_OF_WAR = re.compile(
    r"\b(?:assassinat\w*|massacres?|suicide\s+(?:bomb\w*|attack\w*|blast)|air\s*strikes?|"
    r"airstrikes?|drone\s+strikes?|shell(?:ed|ing)|barrel\s+bombs?|bombings?|bombardments?|"
    r"terror(?:ist)?\s+attacks?|gun-?battles?)\b",
    re.IGNORECASE,
)
# a lone attacker's killing told as terror, or of a cause: at random, far-right, jihadist
_TERROR_S_MARKS = re.compile(
    r"\b(?:at\s+random|indiscriminately|far-right|neo-?nazis?|white\s+supremacists?|"
    r"jihadists?|islamists?|terror(?:ism|ist)?|allahu?\s+akbar|radicali[sz]ed)\b",
    re.IGNORECASE,
)
# ... and the weapons of one, which talk names too ("the missiles targeting Aramco come from
# the north"): an act only with the people it hurt
_WEAPON_OF_WAR = re.compile(
    r"\b(?:warplanes?|missiles?|rockets?|mortars?|artillery)\b", re.IGNORECASE
)


def _a_crime_s_sexual_violence(event: Event, article: Article, sentence: Sentence) -> bool:
    """"Phila. rape suspect to stand trial in Lock Haven", "a serious sexual assault on a
    16-year-old girl": sexual violence in news with no armed or political side and no war
    told, in an article of no political violence, is a crime; ACLED codes the sexual violence
    of political actors (and the model, which learnt the words from those alone, reads any
    such crime as theirs)."""
    if event.sub_event_type != "Sexual violence" or _NOTE_STYLE.match(article.text):
        return False
    # (the sides the sentence names: the roles' default, an unidentified armed group, is none)
    named = any(
        m.category in NAMED_ARMED
        for m in article.actor_mentions
        if m.sentence == sentence.index
    )
    return not (
        named
        or _cue("means_of_war").search(sentence.text)
        or _cue("political_figures").search(sentence.text)
        or _HELD_BY_A_STATE.search(sentence.text)
        # "militiamen forced them into sex in exchange for food": armed men no list names
        or _ARMED_MEN_WORDS.search(sentence.text)
        or any(e.event_type in _VIOLENT for e in article.events)
    )


# "guards had sexually abused detainees during interrogation": people a state holds and
# questions, whose abuse is its forces' (not an inmate's assault in a county jail)
_HELD_BY_A_STATE = re.compile(r"\b(?:detainees|interrogations?)\b", re.IGNORECASE)


def _tells_of_war(event: Event, sentence: Sentence, kb: ActorKnowledge) -> bool:
    """Does a rule's event tell of political violence in its own words, whatever the
    classifier reads: an armed side named (a gunman will do, or the police), a means of war
    or a war's tally, or a political figure (data/cues.yaml)?"""
    sides = {kb.category_of(name) for name in (event.actor1, event.actor2) if name}
    return bool(
        sides & NAMED_ARMED
        or _cue("means_of_war").search(sentence.text)
        or _cue("political_figures").search(sentence.text)
    )


def _sure_of_no_event(prediction: tuple[str, float]) -> bool:
    """Does the classifier read a sentence alone as no event, more than by a toss-up?"""
    from polemos.events.classifier import NONE_LABEL

    label, probability = prediction
    return label == NONE_LABEL and probability >= CLASSIFIER_ALONE


# what is said of weapons stopped before use: shot down, defused, seized, found, cleared
_STOPPED = re.compile(
    r"\b(?:shot\s+down|shoot\w*\s+down|intercept\w*|downed|defus\w*|seiz\w*|captur\w*|"
    r"confiscat\w*|recover\w*|found|discovered|uncovered|cleared|dismantl\w*|foil\w*|"
    r"thwart\w*|neutrali[sz]\w*|destroy\w*|detonated\s+safely|disposed|caches?|"
    # (not the weapons of an attack: "attacked the soldiers with improvised explosive devices")
    r"suspicious|(?<!\bwith\s)(?<!\bwith\simprovised\s)explosive\s+devices?|accidental\w*|"
    r"prematurely)\b",
    re.IGNORECASE,
)
# the words a sentence must hold for the classifier to make its act a suicide bombing,
# arrests, a chemical attack or a weapon stopped
_MEANS_TOLD = {
    "Disrupted weapons use": _STOPPED,
    "Suicide bomb": re.compile(
        # (not "help committing suicide": a death of one's own, no bomb)
        r"\b(?:suicide\s+(?:bomb\w*|attack\w*|car|truck|vest|belt|blast|operation|squad)|"
        r"bomb\w*|blew|blow\w*|explo\w*|vests?|belts?|detonat\w*|blasts?|"
        r"SVBIEDs?|VBIEDs?|kamikaze|body-?borne)\b",
        re.IGNORECASE,
    ),
    # ("Carter commented on yesterday's terrorist bombings in Istanbul": no one taken)
    "Arrests": re.compile(
        r"\b(?:arrest\w*|detain\w*|detention|custody|held|hold(?:s|ing)?|nab\w*|round(?:ed|ing)?\s+up|"
        r"apprehend\w*|picked\s+up|pick(?:s|ing)?\s+up|jail\w*|prison\w*|captur\w*|seiz\w*|"
        r"abduct\w*|took|taken|suspects?|raid\w*|charged|remand\w*|handcuff\w*|sweeps?|"
        r"intercept\w*)\b",
        re.IGNORECASE,
    ),
    # ("picketers torched a covered van and hurled brickbats at a police box": no grenade)
    "Grenade": re.compile(r"\b(?:grenades?|bombs?|explosives?|explosive\s+devices?)\b", re.I),
    "Chemical weapon": re.compile(
        r"\b(?:chemical\w*|chlorine|chloropicrin|sarin|mustard|nerve|toxic|poison\w*|"
        r"gas(?:es|sed)?|phosphorus|napalm|tear\s+gas|bleach|"
        # the symptoms a chemical leaves: "treated for breathing difficulties and blurred vision",
        # "children with blisters and vomiting", "a yellowish cloud and a strong smell"
        r"breathing|suffocat\w*|chok(?:ed|ing)|asphyxia\w*|respiratory|blurred\s+vision|"
        r"blister\w*|vomit\w*|foam(?:ing)?\s+at\s+the\s+mouth|smell\w*|fumes|"
        r"yellow(?:ish)?\s+(?:cloud|smoke|gas)|burns?\s+to\s+(?:the|their|his|her)\s+"
        r"(?:skin|eyes|throat))\b",
        re.IGNORECASE,
    ),
}
_MISSILE = re.compile(r"\b(?:ballistic\s+|cruise\s+)?missiles?\b", re.IGNORECASE)
# the words each weapon's sub-event type needs: the classifier may not turn one weapon's
# act into another's without them
_WEAPONS_OF = {
    "Air/drone strike": re.compile(
        r"\b(?:air|aerial|aviation|jets?|planes?|warplanes?|aircraft|drones?|helicopters?|bombers?|"
        r"UAVs?|airstrikes?|air\s?raids?|sorties|barrel\s+bombs?)\b",
        re.IGNORECASE,
    ),
    "Shelling/artillery/missile attack": re.compile(
        r"\b(?:shell\w*|artillery|mortars?|rockets?|missiles?|cannons?|howitzers?|grads?|"
        r"bombard\w*|projectiles?|katyushas?|MLRS|tanks?|explosions?)\b",
        re.IGNORECASE,
    ),
    "Remote explosive/landmine/IED": re.compile(
        r"\b(?:IEDs?|explo\w*|(?:land)?mines?|bomb\w*|blasts?|detonat\w*|booby|VBIEDs?|"
        r"grenades?)\b",
        re.IGNORECASE,
    ),
}
_DURING_A_DEMONSTRATION = re.compile(
    r"\b(?:demonstrat(?:ion|ions|ors|ing|ed)|protest(?:s|ers|ors|ing|ed)?|sit-ins?|"
    # (not "a rally": violence at a party's rally is ACLED's mob violence)
    r"(?:a|the)\s+march)\b",
    re.IGNORECASE,
)
# the other side of a clash when the text names none: a guess, no ground to keep a type on
_ACTOR2_GUESSED = ("article's main adversary", "the other side of the war")
# homes pulled down: an armed side's act of punishment or clearance, a city's works otherwise
_DEMOLITION_WORDS = re.compile(r"demolish|bulldoz", re.IGNORECASE)
# the words of an armed group's extortion among the looting trigger's
_EXTORTION_WORDS = re.compile(
    r"\b(?:zakat|tax(?:es)?|levy|levies|tolls|vacunas?|cupos?|extortion|ransom|protection)\b",
    re.IGNORECASE,
)
# a mobilisation ordered: the order is the act ("ordered a general mobilisation")
_MOBILISATION_WORDS = re.compile(
    # ("ordered a rotation of troops": the order is the rotation)
    r"(?:(?:general|partial|full|total|national)\s+)?(?:mobili[sz]ation|conscription|"
    r"rotation)\b",
    re.IGNORECASE,
)
# an armed group named by what it is, where the actors' knowledge lacks its name ("the
# long-time leader of the Ansar Bel militia", "the founder of a Shan armed group")
_ARMED_GROUP_WORDS = re.compile(
    r"\b(?:militias?|armed\s+groups?|rebels?|rebel\s+groups?|insurgents?|insurgency|jihadists?|"
    r"guerrillas?|militants?|separatists?|taliban|factions?|outfits?|gangs?|bandits|gunmen|"
    r"armed\s+men)\b",
    re.IGNORECASE,
)
# the model's readings of a crowd at a protest, which a crowd's punishment of a suspect is not
_CROWDS_AT_A_PROTEST = frozenset(
    {"Violent demonstration", "Excessive force against protesters", "Protest with intervention"}
)
# the guns a clash's words name, which no shell or aircraft fires
_SMALL_ARMS = re.compile(
    r"\b(?:small[- ]arms|gunfire|rifle|machine[- ]gun|automatic\s+weapons)\b", re.IGNORECASE
)
_FIGHTS_AND_BLASTS = frozenset({"Battles", "Explosions/Remote violence"})
# triggers whose words name the event whatever the model reads around them: a tunnel found,
# a group's word on its dead or its rules, and what an armed group takes at its checkpoints or
# from herds and factories (which the model reads as a base or nobody's development)
_TOLD_DEVELOPMENTS = frozenset({"tunnel_found", "group_tells", "extortion"})
# a fight told (not its "fighters")
_FIGHTING_TOLD = re.compile(
    r"\b(?:clash\w*|fighting|fought|gunfights?|gun\s+battles?|shoot-?outs?|battl\w+|firefights?|"
    r"exchang\w+\s+(?:of\s+)?fire|encounters?|offensive|assault)\b",
    re.IGNORECASE,
)
# the words of ACLED's "Other" developments (triggers.yaml: coup, mass_grave, ...)
_OTHER_DEVELOPMENTS = frozenset(
    {"coup", "mass_grave", "displacement", "leader_died", "tunnel_found", "group_tells"}
)
# developments the rules' words name, kept where the model reads no event: it saw few of
# them (a state of emergency extended: a change of activity, sixty-seventh session)
_KEPT_OVER_NO_EVENT = _OTHER_DEVELOPMENTS | {"group_banned", "security_measure"}
_NAMED_DEVELOPMENTS = frozenset(
    {"security_measure", "territory_unopposed", "forces_raised", "group_order"}
    | _OTHER_DEVELOPMENTS
)
_PEACEFUL_DEVELOPMENTS = {
    "Change to group/activity",
    "Agreement",
    "Headquarters or base established",
    "Other",
}
_PEOPLE_TAKEN = {"Abduction/forced disappearance", "Arrests"}
_TERRITORY_TAKEN = {"Government regains territory", "Non-state actor overtakes territory"}
# the words of ground taken, in any form: what a territory's sub-event type needs said
_GROUND_TAKEN_WORDS = re.compile(
    r"\b(?:seiz\w*|captur\w*|took|take[sn]?|taking|retook|retak\w*|recaptur\w*|regain\w*|"
    r"liberat\w*|overr?an|overrun\w*|control\w*|held|hold\w*|advanc\w*|expel\w*|drove|driv\w+\s+out|"
    r"clear\w*|free[ds]?|freeing|entered|enter\w*|storm\w*|fell|fall\w*|los[ets]\w*|lost|"
    r"territor\w*|ground|gains?|gained|push\w*|pocket|stronghold|reclaim\w*|restor\w*|secur\w*)\b",
    re.IGNORECASE,
)
_NON_STATE_SIDES = frozenset({"rebel_group", "political_militia", "identity_militia"})
# who may hold ground a side left unnamed takes from them
_GROUND_HOLDERS = _NON_STATE_SIDES | {"unidentified"}
_TAKERS_OF_A_KNOWN_SIDE = _NON_STATE_SIDES | {"state_forces"}
# what stands between a taking verb and the place it took: "seized the town of X", "X was
# seized", "X has fallen to"
_TAKEN_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:(?:strategic\s+)?(?:town|city|village|district|area|region)\s+of\s+)?"
)
_TAKEN_BEFORE = re.compile(r"\s+(?:was|were|has been|had been|have been)\s+$")


# the head of "<head> of [the] [adjective] <name>": a place's word leaves the name the head
_OF_HEAD = re.compile(r"\b([\w-]+)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_LAST_WORDS = re.compile(r"(?:\b[\w-]+\s+){0,2}$")
_PLACE_HEADS = frozenset(
    "town city village villages district province governorate region state area outskirts "
    "suburb suburbs centre center heart capital county municipality commune hamlet "
    "settlement neighbourhood neighborhood part parts rest most much countryside".split()
)


_PLACE_OF_ITS_PEOPLE = re.compile(
    r"\b(?:city|town|village|district|region|province|state|country|camp|capital|area|island)"
    r"\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)


def _person_taken(text: str, trigger_start: int, trigger_end: int) -> bool:
    """Is a passive taking verb's subject a person ("The mayor of the occupied town of
    Dniprorudne was seized by Russian soldiers"), or an active one's object ("Russian troops
    seized the head of the orphanage"), or a headline's ("Nuclear plant director seized by
    Russian patrol")?"""
    before = _TAKEN_BEFORE.search(text[:trigger_start])
    if before is not None:
        subject = _SUBJECT_START.sub("", text[: before.start()], count=1)
        return _UNARMED_TARGET.match(subject) is not None
    if _fighter_taken(text, trigger_start, trigger_end):
        return True  # "captured a regional commander of the Clan del Golfo": a man, no ground
    taken = _OBJECT_START.sub("", text[trigger_end:], count=1)
    person = _UNARMED_TARGET.match(taken)
    # (the unarmed targets' homes and cars are no one taken: "seized their homes", "retook
    # the governor's compound")
    return (
        person is not None
        and not _PROPERTY_NAMED.search(person.group())
        and not _POSSESSED_PROPERTY_AT.match(taken, person.end())
    ) or (
        _BY_AFTER.match(text, trigger_end) is not None
        and _PERSON_HEAD_BEFORE.search(text, max(0, trigger_start - 30), trigger_start)
        is not None
    )


# what opens the object of an active taking verb before its head noun: " the", " its deputy"
_OBJECT_START = re.compile(
    r"^\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
    # ("seize two foreign oil engineers": how many, and from where)
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+)?"
    r"(?:(?:deputy|former|local|acting|foreign)\s+)?",
    re.IGNORECASE,
)
_BY_AFTER = re.compile(r"\s+by\b")


def _fighter_taken(text: str, trigger_start: int, trigger_end: int) -> bool:
    """Is an active taking verb's object an armed man or men ("captured a regional commander
    of the Clan del Golfo", "seized three militants")? (Not the men a place was cleared of or
    fell to: "declared the Old City of Mosul cleared of Islamic State fighters", "fell to
    Islamic State fighters".)"""
    if not _TAKING_VERB_AT_END.search(text, trigger_start, trigger_end):
        return False
    taken = _OBJECT_START.sub("", text[trigger_end:], count=1)
    return _CAPTIVE_FIGHTER_AT.match(taken) is not None


_TAKING_VERB_AT_END = re.compile(
    r"\b(?:captur\w*|seiz\w*|took|takes?|taking|nabb\w*|caught|grabb\w*|apprehend\w*)$",
    re.IGNORECASE,
)


# an armed man or men as the object of a taking verb (not "rebels' positions": their ground)
# ("captured Clan del Golfo leader Dairo Antonio Úsuga": a group's name before its man)
_CAPTIVE_FIGHTER_AT = re.compile(
    r"(?:(?:regional|senior|top|key|notorious|wanted|alleged|suspected|high-ranking|"
    r"[A-Z][\w-]+|del|de|al|el|la)\s+){0,3}(?:commanders?|kingpins?|ringleaders?|militants|"
    r"fighters|insurgents|jihadists|operatives|emirs?|lieutenants?|leaders?|bosses|boss)\b"
    r"(?!['’])"
)
_PROPERTY_NAMED = re.compile(
    r"\b(?:residence|homes?|houses?|cars?|shops?|buildings?|areas?|compounds?|offices?|"
    r"palace|headquarters|mansion|farms?)\b"
)
# what a person's possessive names, right after the person: "'s compound", "'s new office"
_POSSESSED_PROPERTY_AT = re.compile(
    r"['’]s?\s+(?:(?:new|old|main|official|private|family)\s+)?" + _PROPERTY_NAMED.pattern
)
# the head of a headline's subject that is a person ("plant director seized by")
_PERSON_HEAD_BEFORE = re.compile(
    r"\b(?:director|head|chief|mayor|governor|official|manager|engineer|journalist|activist|"
    r"priest|doctor|teacher|student|volunteer|employee|worker|lawyer|judge)s?\s+$",
    re.IGNORECASE,
)


# what opens a subject before its head noun: "The", "On Sunday, the", "Its deputy"
_SUBJECT_START = re.compile(
    r"^(?:[^,]{0,40},\s+)?(?:the|a|an|its|their|his|her)?\s*(?:(?:deputy|former|local|town|"
    r"city|village|district|regional|acting)\s+)?"
    # ("A Pamiri activist living in Moscow was seized by unidentified men": a people's name)
    r"(?:(?-i:[A-Z][a-z]+)\s+(?=(?-i:[a-z])))?",
    re.IGNORECASE,
)


def _headed_by_place(before_name: str) -> bool:
    """Is the name the taken thing, not what it names a part of? "the town of Kashma was
    seized" took the town; "the mayor of the occupied town of Dniprorudne was seized" took
    the mayor."""
    while head := _OF_HEAD.search(before_name):
        if head.group(1).lower() not in _PLACE_HEADS:
            return False
        # ("the occupied town of": the adjectives before the place's word are its own)
        before_name = _LAST_WORDS.sub("", before_name[: head.start(1)])
    return True


def _place_taken(article: Article, sentence: Sentence, match: TriggerMatch) -> bool:
    """Is what a taking verb ("seized", "captured") took a place the text names? Any name the
    article takes as a place counts, here or elsewhere: "Raqqa was seized" opens a sentence,
    where the recogniser may miss a name it found in the sentence before."""
    if match.trigger.sub_event_type != "territory":
        return False
    names = {t.text for t in article.toponyms if t.place is not None}
    if not names:
        return False
    before = _TAKEN_BEFORE.search(sentence.text[: match.start])
    if before and any(
        sentence.text[: before.start()].endswith(n)
        and _headed_by_place(sentence.text[: before.start() - len(n)])
        for n in names
    ):
        return True
    after = _TAKEN_AFTER.match(sentence.text, match.end)
    return bool(after) and any(sentence.text.startswith(n, after.end()) for n in names)


# forces sent where violence was just told: the response to it, no development of its own
_SENT_IN_RESPONSE = re.compile(
    r"\b(?:deployed|sent|dispatched|rushed)\s+(?:[\w-]+\s+){0,3}?to\s+the\s+(?:area|scene|site|"
    r"village|town|region)\b",
    re.IGNORECASE,
)


def _next_in_paragraph(article: Article, sentence: Sentence) -> str:
    """The words of the sentence after this one, when the same paragraph goes on."""
    return _beside_in_paragraph(article, sentence, 1)


def _beside_in_paragraph(article: Article, sentence: Sentence, step: int) -> str:
    """The words of the sentence ``step`` away (-1: the one before, 1: the one after), when
    the same paragraph holds both."""
    other = next((s for s in article.sentences if s.index == sentence.index + step), None)
    if other is None:
        return ""
    first, last = (other, sentence) if step < 0 else (sentence, other)
    if "\n" in article.text[first.end : last.start]:
        return ""
    return other.text


# a later sentence that names neither its own place nor its own date, with an event of a
# compatible type, tells more of the event before it ("They demanded ...", "One soldier
# was killed"): it adds to that event instead of making a new one
# a place taken after its holders left: "following the withdrawal of Puntland forces"
_WITHDRAWAL = re.compile(
    r"\b(?:after|following|when|as)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:withdrawal|withdrew|pulled\s+out|retreat(?:ed)?|abandoned|left)\b",
    re.IGNORECASE,
)
# ... unless the taking was fought for: "seized the town after fighting with Congolese troops"
_FOUGHT_FOR = re.compile(
    r"\b(?:after|following|amid)\s+(?:(?:heavy|fierce|days\s+of|weeks\s+of|intense)\s+)?"
    r"(?:fighting|clashes|battles?|an?\s+assault|an?\s+offensive)\b|"
    # "Al-Shabaab fighters stormed and took over the town": taken by assault
    r"\bstormed\s+(?:and\s+)?(?:took|taken|captured|seized|overran)\b|"
    # "gangs attacked Mirebalais, overran the police station ... and took control of the town
    # after police forces withdrew": the holders left under attack
    r"\b(?:attacked|overran)\b[^.;]{0,200}?\b(?:took|taken|seized|captured)\b|"
    # "after government forces retreated under fire": a withdrawal fought for
    r"\b(?:retreated|withdrew|pulled\s+out|fled)\s+under\s+(?:heavy\s+|intense\s+)?"
    r"(?:fire|attack|bombardment|shelling|air\s+strikes|airstrikes)\b",
    re.IGNORECASE,
)
_ATTACKS_TRIGGER = re.compile(r"^clash: 'attacks?'$")
# the raid an abduction may have been: "stormed a school", "raided the village"
_RAIDED = re.compile(r"\b(?:storm|raid|attack|invad)", re.IGNORECASE)
_UPGRADES = {
    ("Peaceful protest", "Arrests"): "Protest with intervention",
    ("Protest with intervention", "Arrests"): "Protest with intervention",
    ("Peaceful protest", "Protest with intervention"): "Protest with intervention",
    (
        "Peaceful protest",
        "Excessive force against protesters",
    ): "Excessive force against protesters",
    ("Protest with intervention", "Excessive force against protesters"): (
        "Excessive force against protesters"
    ),
    ("Peaceful protest", "Violent demonstration"): "Violent demonstration",
    # tear gas at a crowd that burns buses: a violent demonstration, as ACLED codes it
    ("Protest with intervention", "Violent demonstration"): "Violent demonstration",
    # "seized the area following the withdrawal of Puntland forces": taken without a fight
    ("Non-state actor overtakes territory", "Non-violent transfer of territory"): (
        "Non-violent transfer of territory"
    ),
    ("Government regains territory", "Non-violent transfer of territory"): (
        "Non-violent transfer of territory"
    ),
    # "clashing with insurgents and capturing a village": a battle that changed who holds the
    # place is coded as the taking (ACLED), when the side that fought took it in the sentence
    # that tells of the battle
    ("Armed clash", "Government regains territory"): "Government regains territory",
    ("Armed clash", "Non-state actor overtakes territory"): "Non-state actor overtakes territory",
    # "rounded up men at the market and later executed them": the killing, not the arrest
    ("Arrests", "Attack"): "Attack",
    # "The death toll from an attack by al Shabaab on a beach rose to 37. Gunmen and a
    # suicide bomber attacked Lido beach": a complex attack with a suicide bomber is coded as
    # the suicide bombing (ACLED)
    ("Attack", "Suicide bomb"): "Suicide bomb",
    ("Armed clash", "Suicide bomb"): "Suicide bomb",
    # "stormed a girls' boarding school in Dapchi and seized 110 students": the raid was the
    # abduction (one that killed is the attack: see _upgrade)
    ("Attack", "Abduction/forced disappearance"): "Abduction/forced disappearance",
}
_VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
_CROWDS = {"Protests", "Riots"}
# the doers a protest's hurt may name, none of whom fights a battle: nobody, people, a crowd
_NO_DOERS_OF_HARM = {
    None, INTER_CODES["civilians"], INTER_CODES["protesters"], INTER_CODES["rioters"]
}


# how many distinct words of a game, or of a trial, make an article one
DOMAIN_WORDS = 3


def _drop_a_sum_of_what_follows(article: Article) -> None:
    """"Air strikes by Myanmar's military killed at least 17 people in two separate attacks
    ... killing 10 people ... killed seven civilians": a lead whose toll is the sum of the
    tolls of the acts told after it (two or more) counts those acts, not one of its own
    (ACLED codes each act)."""
    events = article.events
    for index, lead in enumerate(events[:-2]):
        best = lead.fatalities.get("best")
        if not best or lead.event_type not in _VIOLENT:
            continue
        after = [
            e
            for e in events[index + 1 :]
            if e.event_type in _VIOLENT and e.date == lead.date and e.modality != "historical"
        ]
        tolls = [e.fatalities.get("best") for e in after if e.fatalities.get("best")]
        if len(tolls) >= 2 and sum(tolls) == best:
            lead.provenance["dropped"] = "its toll is the sum of the acts told after it"
            article.events = [e for e in events if e is not lead]
            return


_ARRESTED_IN_SENTENCE = re.compile(r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?)\b", re.I)
_RAID_TRIGGER = re.compile(r"raids?|raided|raiding", re.I)


def _the_moved_force_acts(event: Event) -> None:
    """"Uganda has deployed 200 additional police officers to Kasese": the force sent is the
    group whose activity changes, ACLED's actor1 of a change to group/activity, where the
    roles read it as the object of the verb and name no doer (a country is none)."""
    if (
        event.sub_event_type != "Change to group/activity"
        or event.actor1 is not None
        or event.actor2 is None
        or event.inter2 not in _ARMED_INTERS
    ):
        return
    event.actor1, event.inter1 = event.actor2, event.inter2
    event.actor2, event.inter2 = None, None
    event.provenance["actor1"] = (
        "the force sent or changed, no doer named: " + event.provenance.get("actor2", "")
    )
    event.provenance["actor2"] = "none: the change is the force's own"


def _a_raid_that_only_burned(event: Event, article: Article) -> None:
    """"Bandits stormed Kadawa village and set fire to granaries and dozens of houses ... No
    one was hurt, as villagers had fled": a raid on a village that burnt or looted it and,
    as its words or the next sentence say, hurt no one is ACLED's looting/property
    destruction, not an attack on people."""
    sentence = event.evidence.get("sentence", "")
    if (
        event.sub_event_type not in ("Attack", "Armed clash")
        or event.fatalities.get("best")
        or any(c.get("kind") in ("wounded", "abducted") for c in event.counts or [])
        or not _RAID_WORDS.search(event.provenance.get("trigger", ""))
        # ("raided Um Kuka village and carried off cars": a raid on a place of homes, with
        # no other side named, is a clash only by default)
        or (
            event.sub_event_type == "Armed clash"
            and (event.actor2 is not None or not _A_PLACE_OF_HOMES.search(sentence))
        )
    ):
        return
    end = event.evidence.get("end")
    after = article.text[end : end + 200] if isinstance(end, int) else ""
    if not _PROPERTY_BURNT.search(sentence) or not (
        _NOBODY_HURT_SAID.search(sentence) or _NOBODY_HURT_SAID.match(after.lstrip())
    ):
        return
    event.sub_event_type = "Looting/property destruction"
    event.event_type = event_type_of(event.sub_event_type)
    event.provenance["sub_event_type"] = (
        event.provenance.get("sub_event_type", "") + "; property burnt, no one hurt"
    )


# what a raid did to a place's property
_PROPERTY_BURNT = re.compile(
    r"\b(?:set\s+fire|set\s+(?:[\w-]+\s+){0,4}?(?:ablaze|alight|on\s+fire)|torch(?:ed|ing)|"
    r"burn(?:ed|t|ing)\s+(?:down\s+)?(?:[\w-]+\s+){0,3}?(?:houses|homes|huts|granaries|shops|"
    r"stores|barns|crops)|loot(?:ed|ing)|razed|plunder(?:ed|ing)|pillag(?:ed|ing)|"
    r"(?:carried|carted|made)\s+off|stole|rustled)\b",
    re.IGNORECASE,
)
_A_PLACE_OF_HOMES = re.compile(
    r"\b(?:villages?|towns?|hamlets?|settlements?|communit(?:y|ies)|markets?|homes|houses|"
    r"neighbou?rhoods?)\b",
    re.IGNORECASE,
)
# nobody hurt, said outright ("No one was hurt, as villagers had fled")
_NOBODY_HURT_SAID = re.compile(
    r"(?:^|\b)(?:no\s+one|nobody|no\s+(?:one\s+)?(?:casualties|injuries|deaths))\s+(?:was|were|"
    r"has\s+been|had\s+been)?\s*(?:hurt|injured|killed|harmed|reported)\b",
    re.IGNORECASE,
)


def _raid_that_only_arrested(event: Event) -> None:
    """"Israeli forces raided the Jenin refugee camp and arrested 12 people": a raid on
    civilians that harmed no one and took people away is an arrest (ACLED's "Arrests"); so is
    the state's raid on a village "where they arrested 15 suspected separatists", no fight
    told."""
    # (the words that tell the charge absorbed beside the arrests: "detained around 30 young
    # men accused of joining anti-coup strikes and sheltering protest leaders", "arrested 14
    # suspected IPOB members accused of planning to enforce a sit-at-home order")
    absorbed = set(_ABSORBED_KINDS.findall(event.provenance.get("absorbed", ""))) - {
        "protest",
        "group_order",
    }
    # the arrests in the raid's own clause are only counted; those told after are absorbed
    arrests_told = (
        absorbed == {"arrests"}
        or (not absorbed and any(c.get("kind") == "arrested" for c in event.counts or []))
        # "Police arrested a ranking NPA leader ... in a pre-dawn raid": the raid the arrest
        # was made in
        or (not absorbed and _ARRESTED_IN_A_RAID.search(event.evidence.get("sentence", "")))
    )
    if (
        not (
            event.event_type == "Violence against civilians"
            or (event.event_type == "Battles" and event.inter1 == INTER_CODES["state_forces"])
            # "ED arrests former minister in Kolkata after 20-hour raid": a raid read as fire
            # from afar for want of aircraft, though no weapon is named
            or (
                event.sub_event_type == "Shelling/artillery/missile attack"
                and "no aircraft" in event.provenance.get("sub_event_type", "")
                and not _WEAPONS_OF["Shelling/artillery/missile attack"].search(
                    event.evidence.get("sentence", "")
                )
            )
        )
        or not _RAID_WORDS.search(event.provenance.get("trigger", ""))
        # arrests and nothing else told after ("The military troops beat up one of villagers")
        or not arrests_told
        # (a note's "No fatalities reported" is a toll of none)
        or event.fatalities.get("best")
        or any(c.get("kind") == "wounded" for c in event.counts or [])
    ):
        return
    event.sub_event_type = "Arrests"
    event.event_type = event_type_of(event.sub_event_type)
    event.provenance["sub_event_type"] = (
        event.provenance.get("sub_event_type", "") + "; a raid that harmed no one, arrests made"
    )


_ABSORBED_KINDS = re.compile(r"(\w+): '")
_ARRESTED_IN_A_RAID = re.compile(
    # (a decimal point is no sentence's end: "a P5.6-million bounty")
    r"\b(?:arrest(?:ed|s)?|detain(?:ed|s)?|apprehend(?:ed|s)?|nab(?:bed|s)?)\b(?:[^.;]|\.\d){0,150}?"
    # ("Philippine troops arrest Abu Sayyaf sub-leader in Sulu raid": a headline's raid)
    r"\bin\s+(?:(?:an?|the|their|its)\s+)?(?:[\w-]+\s+){0,3}?raids?\b"
    # "raided the homes of seven NLD lawmakers before dawn and took them away": the raid's
    # people taken off, the state's arrests
    r"|\b(?:raid(?:ed|s)?|stormed)\b[^.;]{0,150}?\band\s+(?:took|hauled|whisked|led|carted)\s+"
    r"(?:them|him|her|the\s+[\w-]+)\s+(?:away|off)\b",
    re.IGNORECASE,
)
# ("detained 18 suspected Islamic State members ... in simultaneous raids": the plural too)
_RAID_WORDS = re.compile(r"^\w+: '(?:raids?|raided|raiding|stormed)\b", re.IGNORECASE)


# the acts a private motive told in the news's words takes out of political violence
_GUNS_AND_FISTS = frozenset({"Attack", "Armed clash"})


def _off_the_field(article: Article) -> None:
    """An article about a game ("Ben White struck twice", "Arsenal's attack ran riot") or a
    trial ("The victim was attacked after an argument, the court heard") tells no new event in
    the words of violence, unless people were counted harmed (a bombing at a stadium) or, at
    a trial, the sentence dates its act to the days of the report; nor does a local crime
    story, in the violence of no one known, nor a robbery by no one known."""
    if not article.events:
        return
    text = article.text
    sports = {text[s:e].casefold() for s, e in _finditer_folded(_cue("sports"), text)}
    trial = {text[s:e].casefold() for s, e in _finditer_folded(_cue("trial"), text)}
    if len(sports) >= DOMAIN_WORDS:
        article.events = [
            e
            for e in article.events
            if e.fatalities.get("best") or any(c["kind"] == "wounded" for c in e.counts)
        ]
    if len(trial) >= DOMAIN_WORDS:
        # (an act the sentence dates long before, "who stabbed a teenager to death ... in
        # 2022 was jailed", is the crime on trial all the same)
        article.events = [
            e
            for e in article.events
            if _own(e, "date", "date in sentence") and e.modality != "historical"
        ]
    if _crime_story(article):
        # a local crime story: what no armed group did is a crime, not ACLED's violence (but
        # CASE 2021 codes a sexual assault a police report tells as sexual violence)
        # (an arson a sheriff's office tells of, "set the bed and couch on fire", is a crime
        # too)
        article.events = [
            e
            for e in article.events
            if (e.event_type not in _VIOLENT and e.sub_event_type != "Looting/property destruction")
            or e.sub_event_type == "Sexual violence"
            or not (e.actor1 is None or e.actor1.startswith("Unidentified"))
        ]
    # "Armed robbers attacked a commercial bank in Owo, killing a police guard and carting
    # away money": a robbery, whoever it killed (not where organised crime is told: ACLED
    # codes a gang's violence); "Man shot dead in dispute over plot of land": a private feud
    note = bool(_NOTE_STYLE.match(text))
    article.events = [
        e
        for e in article.events
        if e.event_type not in _VIOLENT
        or not (e.actor1 is None or e.actor1.startswith("Unidentified"))
        or not _a_private_crime(e, note)
    ]


def _a_private_crime(event: Event, note: bool) -> bool:
    """Is a violent event by no one known told as a robbery or a private feud, and organised
    crime (which ACLED codes) not told? ``note``: the text is a coder's note."""
    sentence = event.evidence.get("sentence", "")
    if _NO_LINK_TO_A_SIDE.search(sentence):
        # "four armed robbers looted a money exchange and shot dead an employee; police said
        # the gang had no links to militant groups": a crime told as no side's
        return True
    return bool(
        (
            _cue("robbers").search(sentence)
            or _cue("private_motive").search(sentence)
            or (
                # (shootings and beatings only: a grenade or a bomb "amid a land row" is the
                # weapon of a conflict's feuds, as the written sets code it)
                event.sub_event_type in _GUNS_AND_FISTS
                and not note
                and _cue("private_motive_told").search(sentence)
            )
        )
        and not _cue("organised_crime").search(sentence)
    )


# "had no links to militant groups", "No link to any political or armed group": a crime that
# its teller says was no side's
_NO_LINK_TO_A_SIDE = re.compile(
    r"\b(?:no|not|without)\s+(?:any\s+)?(?:known\s+)?(?:links?|ties|connections?)\s+(?:to|with)\s+"
    r"(?:any\s+)?(?:(?:political|militant|armed|terror\w*|insurgent|rebel|jihadist)\s+(?:or\s+)?)+"
    r"(?:groups?|organi[sz]ations?|movements?|outfits?)\b|"
    r"\bnot\s+(?:been\s+)?linked\s+to\s+(?:any\s+)?(?:political|militant|armed|terror\w*|insurgent|"
    r"rebel)\b|"
    # ("No political actor involved")
    r"\bno\s+political\s+(?:actors?|groups?|motives?|links?)\s+(?:was\s+|were\s+)?(?:involved|suspected)\b",
    re.IGNORECASE,
)


def _crime_story(article: Article) -> bool:
    """A local crime story: the words of a police beat, no organised crime, and no armed side
    but the police."""
    return _crime_words(article.text) >= DOMAIN_WORDS and not any(
        _armed_not_police(m) for m in article.actor_mentions
    )


@lru_cache(maxsize=16)
def _crime_words(text: str) -> int:
    """How many distinct words of a police beat the text has (none where organised crime is
    told: ACLED codes a gang's violence)."""
    if _cue("organised_crime").search(text):
        return 0
    return len({text[s:e].casefold() for s, e in _finditer_folded(_cue("crime_story"), text)})


def _armed_not_police(mention: ActorMention) -> bool:
    """An armed side other than the police of a crime story."""
    return mention.category in ARMED and not _cue("police").search(mention.text)


def _named_armed(name: str | None, inter: str | None) -> bool:
    return bool(name) and not name.startswith("Unidentified") and inter in _ARMED_INTERS


def _sides_fighting_on(event: Event, earlier: list[Event]) -> None:
    """"The clashes erupted on Monday between the 444 Brigade and Rada ... Gunfire and
    explosions shook the southern suburbs through Tuesday": fighting told at the same place
    with no side named is the fighting of the sides named before."""
    if not earlier or event.event_type != "Battles":
        return
    if event.actor2 is not None and not _own(event, "actor2", "article's main adversary"):
        return
    if not (event.actor1 or "Unidentified").startswith("Unidentified"):
        return
    previous = earlier[-1]
    if (
        previous.event_type == "Battles"
        and _named_armed(previous.actor1, previous.inter1)
        and _named_armed(previous.actor2, previous.inter2)
        and _same_or_within(event, previous)
    ):
        event.actor1, event.inter1 = previous.actor1, previous.inter1
        event.actor2, event.inter2 = previous.actor2, previous.inter2
        event.provenance["actor1"] = event.provenance["actor2"] = (
            "the sides of the fighting told before"
        )


def _own(event: Event, field: str, prefix: str | tuple[str, ...]) -> bool:
    return event.provenance.get(field, "").startswith(prefix)


def _recalled_earlier(event: Event, events: list[Event]) -> list[Event]:
    """The events up to the one the event's sentence points back to: the last, unless it
    is of another type and one of the two before it is of the event's ("Israeli warplanes
    struck several villages ... Hezbollah said ... The Israeli military said about 20 rockets
    were fired ... The strikes hit the outskirts of Kfar Kila": the strikes of the lead)."""
    if len(events) < 2:
        return events
    back = range(len(events) - 2, max(-1, len(events) - 4), -1)
    source = (event.attribution or {}).get("source")
    if (
        _voice(event) == "claimed"
        and source
        and not _one_of_its_sides(source, events[-1])
        and events[-1].event_type in _VIOLENT
    ):
        # "Houthi military spokesman Yahya Saree said the group had targeted military
        # gatherings in Marib", told after the coalition's reply: its account of its own act
        for index in back:
            if events[index].modality != "historical" and _one_of_its_sides(
                source, events[index]
            ):
                return events[: index + 1]
    last = events[-1]
    if (
        len(events) >= 2
        and events[-2].evidence.get("start") == last.evidence.get("start")
        and events[-2].event_type == event.event_type
        and (_recalls(event) or _object_told(event, events[-2]))
        and not _same_or_within(event, last)
        and _same_or_within(event, events[-2])
    ):
        # "A Russian missile strike on a store in Kharkiv killed seven, while Ukrainian
        # drones set fire to a depot in Bryansk. Two guided bombs hit the store on the
        # outskirts of Ukraine's second-largest city": of one sentence's acts, the one whose
        # place holds it
        return events[:-1]
    if last.sub_event_type == event.sub_event_type or not _recalls(event):
        return events
    for index in back:
        if events[index].sub_event_type == event.sub_event_type:
            return events[: index + 1]
    # "... fired a ballistic missile and several drones at the city of Marib ... The missile
    # hit a residential neighbourhood": the act whose words it takes up
    word = (event.evidence.get("trigger") or "").casefold()
    if word:
        for index in back:
            told = events[index]
            if told.event_type == event.event_type and re.search(
                rf"\b{re.escape(word)}", told.evidence.get("sentence", "").casefold()
            ):
                return events[: index + 1]
    return events


def _absorbed(event: Event, earlier: list[Event], article: Article | None = None) -> bool:
    """Fold an event into the last one when its sentence only elaborates on it (``article``:
    where its sentence's places are read, to tell a side's account of the act from another's)."""
    if not earlier or event.modality == "historical":
        return False
    previous = earlier[-1]
    if previous.evidence.get("start") == event.evidence.get("start"):
        return False  # its own sentence already told it apart (a clause, a listed place)
    if _NEW_REPORT.match(event.evidence.get("sentence", "")):
        return False  # "In a separate incident, ...", "Elsewhere, ...": another event
    if _ALSO_ELSEWHERE.search(event.evidence.get("sentence", "")) and not _same_or_within(
        event, previous
    ):
        # "The march, which also took place in Cordoba, Rosario and Mendoza": the same
        # crowd's act in other places, events of their own (ACLED codes each place)
        return False
    opening = _IN_THE_TOWN_OF.match(event.evidence.get("sentence", ""))
    if opening is not None and opening.group(1) not in previous.evidence.get("sentence", ""):
        # "In the town of Matuu, east of Nairobi, protesters set fire to a police station":
        # a town the act before was not told in opens a report of its own
        return False
    timed = _TOLD_AS_ITS_TIME.search(
        event.evidence.get("sentence", ""), 0, max(0, _trigger_at(event))
    )
    if timed is not None:
        # "The violence came hours after a Palestinian gunman shot dead two Israeli
        # brothers": the act the one just told followed, not that act
        if article is not None and _RECALLED_ACT.match(event.evidence.get("sentence", "")):
            # "The attack on the base in the municipality of Tibu came days after ...": the
            # words before say where the act just told was
            _placed_by_its_recall(previous, article, event, timed)
        return False
    if (
        previous.event_type in _CROWDS
        and _own(event, "trigger", "killing:")
        and not event.fatalities.get("best")
        and event.inter1 in _NO_DOERS_OF_HARM
        and not _own(event, "date", "date in sentence")
        and _same_or_within(event, previous)
    ):
        # "... police used water cannon and tear gas to disperse them. The interior ministry
        # said 43 people were detained and 32 police officers were injured": the hurt of the
        # protest just told, not a fight of those detained with the police
        _fold_into(previous, event)
        return True
    if (
        previous.event_type == "Violence against civilians"
        and event.event_type == "Battles"
        and event.inter1 == INTER_CODES["state_forces"]
        and event.inter2 in _ARMED_INTERS
        and event.fatalities.get("best") is not None
        and previous.actor1 not in (None, event.actor1)
        and event.provenance.get("actor1", "").startswith("active")
    ):
        # "... opened fire on villagers. Security forces retaliated and killed 10 suspected
        # militants": the state's fight with the attackers is a battle of its own (ACLED)
        return False
    if (
        # "residents of Katowice protested against fossil fuels ... They believe fossil fuels
        # are one of the main causes of the ongoing Russian invasion of Ukraine": a sentence
        # with no trigger word that only the model types as the act just told, on no day of
        # its own, goes on about that act (its cause, its organisers), whatever it names
        _own(event, "trigger", "model:")
        and event.sub_event_type == previous.sub_event_type
        and not _own(event, "date", "date in sentence")
        and event.modality == previous.modality
    ):
        _fold_into(previous, event)
        return True
    if _crowd_says(event, previous) and not (
        _own(event, "date", "date in sentence") and event.date != previous.date
    ):
        _fold_crowd_words(previous, event)
        return True
    # "The attack took place in the Bannu district": the sentence points back to the act
    # just told, whoever told it, and may only say where it was, in the words of any type
    # "At least 17 people were killed in the fighting over the weekend": harmed in the act
    # just told (whichever act that was: not a pointer back past it)
    trigger_at = _trigger_at(event)
    harmed_in_it = (
        trigger_at >= 0
        and _HARMED_IN_THE_ACT_TOLD.match(event.evidence.get("sentence", ""), trigger_at)
        is not None
        and not _ANOTHER_ACT.search(event.evidence.get("sentence", ""))
    )
    recalled = (_recalls(event) or harmed_in_it) and (
        {previous.event_type, event.event_type} <= _VIOLENT
        # "The attackers also seized weapons and burned vehicles": what the doers just told
        # of did in the same attack, of any type
        or (
            previous.event_type in _VIOLENT
            and _RECALLED_DOERS.match(event.evidence.get("sentence", "")) is not None
        )
    )
    # "Bodies of the 12 rebels and a cache of weapons were recovered from the site": what
    # was found where the fighting just told took place is that fighting's, not a seizure
    found_there = (
        previous.event_type in _VIOLENT
        and event.sub_event_type in {"Change to group/activity", "Disrupted weapons use"}
        and (
            _FOUND_AT_THE_SCENE.search(event.evidence.get("sentence", "")) is not None
            or (
                event.sub_event_type == "Disrupted weapons use"
                and _THE_WEAPONS_TOLD_STOPPED.search(event.evidence.get("sentence", ""))
                is not None
            )
            # "The attack on the base in Mansila was claimed by JNIM, which said it had seized
            # weapons and ammunition": the spoils of the act the sentence names again
            or _RECALLED_ACT.match(event.evidence.get("sentence", "")) is not None
        )
    )
    recalled = recalled or found_there
    # "Al Shabaab militants kill five in attack on Kenyan village" (a headline placed by no
    # word of its own), then the lead that says where: told after, the place is the lead's
    placed_after = _own(previous, "location", ("article focus", "no place found")) and _own(
        event, "location", "toponym in"
    )
    # "Rebels attack UN peacekeepers in Central African Republic, one killed", then the lead
    # "A Moroccan peacekeeper was killed ... near the town of Koui, MINUSCA said": a headline
    # that says no one's word goes on in its lead, which says whose word it is and where
    lead_of_the_headline = (
        article is not None
        and _says_no_ones_word(previous)
        and (
            previous.event_type == event.event_type
            # "Cattle raid in South Sudan's Jonglei kills 27", then "Armed youths raided cattle
            # camps ..., killing 27 people": the toll the headline gives, of a kind of violence
            # the lead says
            or (
                {previous.event_type, event.event_type} <= _VIOLENT
                and previous.fatalities.get("best") is not None
                and previous.fatalities.get("best") == event.fatalities.get("best")
            )
        )
        and article.sentence_of(previous.evidence.get("start", -1)) == 0
        and article.sentence_of(event.evidence.get("start", -1)) == 1
        and (
            _same_or_within(event, previous) or _finer_within(event, previous) or placed_after
        )
    )
    # another voice: a claim beside a report stays its own statement (residents, then
    # witnesses, reporting the same strike tell one event)
    another_voice = not lead_of_the_headline and (
        _voice(previous) != _voice(event)
        or (
            _voice(event) != "reported"
            and event.attribution
            # the same teller, whatever the channel ("said", "said in a statement")
            and event.attribution.get("source") != (previous.attribution or {}).get("source")
        )
    ) and not (
        # "Three attackers were also killed in the exchange of fire, he said": the teller of
        # the sentence before goes on
        previous.attribution
        and not event.attribution
        and _PRONOUN_TELLS.search(event.evidence.get("sentence", ""))
    )
    # "ISWAP said in a statement that its fighters had killed 20 soldiers", "Al-Shabaab said
    # its fighters had carried out the bombing": a side's own account of the fight or attack
    # just told, on no day of its own, is that act (ACLED codes one event, its notes give
    # both versions)
    # "JNIM ... claimed responsibility for the ambush on Wednesday, saying it had killed
    # dozens of soldiers": what the claim says it did is the act it claims, told on the day
    # of the claim
    claims_the_act = (
        {previous.event_type, event.event_type} <= _VIOLENT
        and _CLAIMED_THE_ACT.search(event.evidence.get("sentence", "")) is not None
        and not _NEW_REPORT.match(event.evidence.get("sentence", ""))
    )
    own_account = claims_the_act or (
        event.modality == "claimed"
        and previous.event_type in _VIOLENT
        # "The Israeli military said that troops had fired 'warning shots' at suspects" after
        # the shooting told: a side's account that no trigger word types, whatever type the
        # model reads in its words
        and (event.event_type in _VIOLENT or _own(event, "trigger", "model:"))
        and (
            _one_of_its_sides((event.attribution or {}).get("source"), previous)
            # "Jihadists killed 28 soldiers ... The JNIM group said it had carried out the
            # attack": the act whose doer the report named by no name is the claimant's
            or (
                (previous.actor1 or "Unidentified").startswith("Unidentified")
                and (event.attribution or {}).get("source") == event.actor1
            )
        )
        # ("The U.S. military said Friday it carried out an airstrike ... the strike on
        # Thursday targeted militants": the day of an act told on no day of its own)
        and (
            not _own(event, "date", "date in sentence")
            or _own(previous, "date", "publication date")
        )
        and not _NEW_REPORT.match(event.evidence.get("sentence", ""))
        # "claims to have recaptured 22 villages", "had attacked three army camps": a sum of
        # its acts, not its version of this one
        and not _TARGETS_COUNTED.search(event.evidence.get("sentence", ""))
        # "Hezbollah said it fired dozens of rockets at an Israeli base in response" after
        # the Israeli strike on its men: the side struck answers with an act of its own
        and not _IN_ANSWER.search(event.evidence.get("sentence", ""))
    )
    # ... at the act's place: "Israeli air strikes killed 18 people in Gaza City ... The
    # Israeli military said it struck a Hamas command centre in Khan Younis" is another strike
    # ("the drone hit the car on the road between Qamishli and the village of Tal Hamis"
    # after "a drone struck a vehicle near Qamishli" names the act's place too)
    own_account = own_account and (
        _same_or_within(event, previous)
        or _finer_within(event, previous)
        or (article is not None and _names_the_place_of(article, event, previous))
        # "..., hours after Israeli jets struck ports in Houthi-controlled areas ... The
        # Israeli strikes hit the port of Hodeidah": an act no word placed, placed after
        or placed_after
    )
    # ACLED's unit: the same two actors at the same place on the same day are one event ("RSF
    # fighters killed more than 100 people in Gezira ... RSF fighters stormed the village
    # using heavy artillery"; "the army said ... The governor said three drones hit the
    # barracks"), whatever the words of each sentence type it as and whoever tells it
    same_dyad = (
        {previous.event_type, event.event_type} <= _VIOLENT
        and event.actor1 is not None
        and not event.actor1.startswith("Unidentified")
        and (
            (event.actor1, event.actor2) == (previous.actor1, previous.actor2)
            # "Two soldiers and three NPA rebels were killed in an encounter ... Troops ...
            # were fired upon by around 20 rebels": a fight's two sides, told either way round
            or (
                event.event_type == previous.event_type == "Battles"
                and (event.actor1, event.actor2) == (previous.actor2, previous.actor1)
            )
        )
        and event.date == previous.date
    )
    # "Israeli forces opened fire on crowds ... in Rafah ... Witnesses said tanks and drones
    # opened fire as thousands of people walked towards the site": an act on the same victims
    # that day whose doer no word names is the act just told, in other words
    no_doer_told_on = (
        {previous.event_type, event.event_type} <= _VIOLENT
        and event.actor1 is None
        and previous.actor1 is not None
        and event.actor2 is not None
        and event.actor2 == previous.actor2
        and event.date == previous.date
    )
    same_dyad = same_dyad or no_doer_told_on
    # "Two marines were wounded.": a toll alone, with no place, day or doer of its own, is
    # the toll of the act just told, whoever told that act
    told_on = _own(event, "location", "context") and not _own(event, "date", "date in sentence")
    toll_alone = (
        (
            told_on
            # "...; hospital sources in Parachinar put the toll at 47": a place of its own in
            # the act's province, on no day of its own, still counts the act's dead
            or (
                not _own(event, "date", "date in sentence")
                and (event.location or {}).get("admin1") is not None
                and (event.location or {}).get("admin1") == (previous.location or {}).get("admin1")
            )
        )
        and (previous.event_type in _VIOLENT | _CROWDS or _destruction_with_gunfire(previous))
        and _TOLL_ALONE.match(event.evidence.get("sentence", "")) is not None
    )
    # "... killing at least five people. The KNCHR said in a statement on Wednesday that five
    # people were shot dead in the capital's central business district and in Kibera": the
    # same toll told again, by no doer, on no other day, is the act's
    restated_toll = (
        previous.event_type in _VIOLENT | _CROWDS
        and event.event_type in _VIOLENT
        and event.fatalities.get("best")
        and event.fatalities.get("best") == previous.fatalities.get("best")
        and (event.actor1 is None or event.actor1.startswith("Unidentified"))
        and event.date == previous.date
        and (event.location or {}).get("country") == (previous.location or {}).get("country")
    )
    toll_alone = toll_alone or restated_toll
    # "Police fired tear gas at thousands of opposition supporters ... Protesters set fire to
    # several buses, witnesses said": the same crowd that day, whoever tells of it
    crowd_told_on = told_on and {previous.event_type, event.event_type} <= _CROWDS
    # "Twenty-nine soldiers were killed ... when suspected jihadists ambushed an army unit,
    # the ministry said. More than 100 'terrorists' attacked the soldiers with explosive
    # devices, the ministry said": the same sides' act, placed and dated by the one told
    sides_told_on = (
        told_on
        and event.event_type == previous.event_type
        and (event.actor1, event.actor2) == (previous.actor1, previous.actor2)
    )
    # "The attack took place in the town of Kalat, ..., according to local police chief": a
    # sentence that only says where or when the act pointed back to was, in anyone's words
    placing = recalled and _TOOK_PLACE.search(event.evidence.get("sentence", "")) is not None
    # "Police spokesman Yazid Abubakar confirmed the kidnapping": a word on the act told
    confirming = recalled and _CONFIRMS_BEFORE.search(
        event.evidence.get("sentence", ""), 0, max(0, _trigger_at(event))
    )
    if (
        another_voice
        # (what was found or taken where the act was is its spoils, in anyone's words)
        and not (
            recalled and (event.modality == "reported" or placing or confirming or found_there)
        )
        and not (toll_alone or crowd_told_on or sides_told_on or own_account or same_dyad)
    ):
        return False
    # a finer place told after: the same event when the sentence points back to it or
    # counts nothing of its own ("Near Mosul, five strikes engaged ..." after "11 strikes
    # in Iraq" is one of a list)
    finer = (
        _finer_within(event, previous)
        and "where it went or came from" not in event.provenance.get("location", "")
        and (
            (event.sub_event_type == previous.sub_event_type or recalled)
            and (recalled or not (event.counts or event.fatalities.get("best")))
            or lead_of_the_headline
            # "Clashes between Syria's security forces and gunmen ... killed at least 30 in
            # Latakia. The Observatory said 16 members of the security forces and 14 gunmen
            # were killed in the fighting near the town of Jableh": the same sides that day,
            # placed finer in the same unit, with the same toll (ACLED's unit of one event)
            or (
                same_dyad
                and event.event_type == previous.event_type == "Battles"
                and event.fatalities.get("best") is not None
                and event.fatalities.get("best") == previous.fatalities.get("best")
            )
        )
    )
    # "... in central Gaza killed at least 30. The strike hit the Khadija school in the city of
    # Deir al-Balah": the act pointed back to, placed anew nearby in the same unit
    placed_anew = (
        recalled
        # "prevented the evacuation of people from Mariupol to Zaporizhia": not where it was
        and "where it went or came from" not in event.provenance.get("location", "")
    ) and (
        _near_in_unit(event, previous)
        # "on the Elwak-Kotulo road in Mandera South ... The officers ... near Omar Jillo":
        # two names the gazetteer lacks, both placed in the same county
        or _both_lacked_in_one_unit(event.location or {}, previous.location or {})
        # "The attack on the base in the rural area of Campo Dos, in the municipality of
        # Tibu": the act named again, placed anew in the same province
        or (
            _RECALLED_ACT.match(event.evidence.get("sentence", "")) is not None
            and (event.location or {}).get("admin1") == (previous.location or {}).get("admin1")
            and (event.location or {}).get("country") == (previous.location or {}).get("country")
            # "... in the Haitian capital's Delmas neighborhood ... The attack was carried out
            # by members of the gang in Canaan": a name the gazetteer lacks, placed only by
            # its unit, does not unplace the town told first
            and _rank(event.location) <= _rank(previous.location)
        )
    )
    # an account placed by no word of its own is placed where the act was
    placed_by_it = not _own(event, "location", "context")
    if not (
        _same_or_within(event, previous)
        or finer
        or placed_after
        or placed_anew
        or (own_account and (not placed_by_it or _near_in_unit(event, previous)))
        or claims_the_act
        # "... were killed in the final assault": the act pointed back to, told with no place
        # of its own, is where it was
        or (recalled and not placed_by_it and event.event_type in _VIOLENT)
        or (
            toll_alone
            and (event.location or {}).get("admin1") == (previous.location or {}).get("admin1")
        )
    ):
        return False
    if (
        _own(event, "location", "across the country")
        and event.event_type in _VIOLENT
        and not _recalls(event)
    ):
        return False  # "Russia also launched 53 missiles ... across the country": wider
    # "The perpetrators were arrested two days later": the doers' arrest, told as the end of
    # their act (ACLED's notes tell it so), on whatever day
    doers_arrested = (
        _own(event, "trigger", "arrests")
        and previous.event_type in _VIOLENT
        and _RECALLED_DOERS.match(event.evidence.get("sentence", "")) is not None
    )
    if (
        # "The next day, armed men attacked Bagan's market": a day counted from the act
        # told before is another day
        _own(event, "date", ("date in sentence", "a day from the event told before"))
        and event.date != previous.date
        and not claims_the_act
        and not doers_arrested
        # "... seized Rubaya on Tuesday. The rebels took control after .... On Monday, a bomb
        # hit a camp": a day the earlier report was told on, or took from the one before it
        and _own(previous, "date", ("date in sentence", "date of the event told before"))
        and not _day_within(event, previous)
        and not _the_night_before(event, previous)
        # "... killed a Shell staff ... The man was abducted during the weekend": what befell
        # the victim just told before the act, that act's beginning
        and not (
            _VICTIM_S_EARLIER_FATE.match(event.evidence.get("sentence", ""))
            and (event.date or "") < (previous.date or "")
        )
    ):
        return False
    if (
        event.event_type == previous.event_type == "Explosions/Remote violence"
        and event.provenance.get("trigger", "").startswith(_FIRING_TRIGGERS)
        and event.actor1 not in (None, previous.actor1, previous.actor2)
        and previous.actor1
        and not (event.actor1 or "").startswith("Unidentified")
        and event.inter1 in _ARMED_INTERS
        and event.provenance.get("actor1", "").startswith("active")
    ):
        return False  # "The RSF shelled a hospital. The army responded with airstrikes"
    pair = (previous.sub_event_type, event.sub_event_type)
    killing = _own(event, "trigger", "killing") and previous.event_type in _VIOLENT
    # "Gang members also set fire to at least 45 homes": what the attackers did besides
    # (ACLED: the attack's own destruction, one event)
    also_destroyed = (
        event.sub_event_type == "Looting/property destruction"
        and previous.event_type in _VIOLENT
        and (
            _ALSO_DID.search(event.evidence.get("sentence", ""), 0, max(0, _trigger_at(event)))
            is not None
            # "Several homes were set on fire.": burnt by no one the sentence names
            or (
                (event.actor1 or "Unidentified").startswith("Unidentified")
                and _DESTROYED_BY_NO_ONE.search(event.evidence.get("trigger") or "") is not None
            )
        )
    )
    # "After the attack, the car was set on fire": the attack is the one just told
    if not (
        previous.event_type == event.event_type
        or pair in _UPGRADES
        or killing
        or also_destroyed
        or doers_arrested
        or recalled
        or same_dyad
        or toll_alone
        or crowd_told_on
        or own_account
    ):
        return False
    if claims_the_act:
        event.provenance["date"] = "the day of the claim"  # not the act's day
    if own_account and (another_voice or claims_the_act):
        # the other side's count of the dead is its claim, not a toll to add (ACLED takes the
        # most conservative report)
        event.fatalities = {} if previous.fatalities.get("best") is not None else event.fatalities
        if (
            previous.event_type == "Battles"
            and (event.actor1, event.actor2) == (previous.actor2, previous.actor1)
            and _BEGAN_IT.search(event.provenance.get("trigger", ""))
            and event.provenance.get("actor1", "").startswith("active")
            and not _BEGAN_IT.search(previous.provenance.get("trigger", ""))
        ):
            # "a soldier was wounded during an encounter with NPA militants. The military
            # claimed that the militants attacked": who began the fight, ACLED's actor 1
            previous.actor1, previous.actor2 = event.actor1, event.actor2
            previous.inter1, previous.inter2 = event.inter1, event.inter2
            previous.provenance["actor1"] = "the side that attacked, told after"
    if not toll_alone:
        _upgrade(previous, event)  # a toll alone says nothing of the act's type ...
    elif pair == _PROTESTERS_DEAD:
        # ... but protesters' dead do of the force met: "police fired lead pellets and tear
        # gas canisters at demonstrators ... 2 young protesters were killed" (ACLED's
        # excessive force; the toll is the act's, whatever day its own sentence falls back to)
        previous.sub_event_type = event.sub_event_type
        previous.event_type = event_type_of(previous.sub_event_type)
        previous.provenance["sub_event_type"] = (
            previous.provenance.get("sub_event_type", "") + "; protesters killed, told after"
        )
    if lead_of_the_headline and previous.event_type != event.event_type:
        # the lead's words say what the headline's were too few to
        previous.sub_event_type, previous.event_type = event.sub_event_type, event.event_type
        previous.actor1, previous.inter1 = event.actor1, event.inter1
        previous.actor2, previous.inter2 = event.actor2, event.inter2
        for field in ("sub_event_type", "actor1", "actor2"):
            previous.provenance[field] = event.provenance.get(field, "") + " (the lead)"
    if lead_of_the_headline and previous.attribution is None and event.attribution:
        # the lead says whose word the headline's act is, and how it was told
        previous.modality, previous.attribution = event.modality, event.attribution
        previous.provenance["modality"] = event.provenance.get("modality", "") + " (the lead)"
    _fold_into(previous, event)
    if finer or placed_after or placed_anew:
        # "air strikes on a village in Sagaing region ... Fighter jets bombed a gathering in
        # Pazigyi village in Kanbalu township": the later sentence says where
        _placed_as_told_after(previous, event)
    return True


# the people fired on said to be protesting, after the act: "... on teachers and residents
# blocking the highway in protest"
_PROTESTING_AFTER = re.compile(
    # ("opened fire on residents blockading the Senkata fuel plant": a blockade's crowd)
    r"[^.;]{0,160}?\b(?:in\s+protest|protesting|demonstrating|blockading|"
    r"staging\s+a\s+(?:protest|sit-in)|"
    # ("fired on tens of thousands of Gazans ... who had marched to the tent camps")
    r"who\s+(?:had\s+)?(?:marched|rallied|gathered\s+to\s+protest)|"
    # ("opened fire on thousands of farmers blocking the Cotabato-Davao highway to demand")
    r"blocking\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:highway|road|roads|street|bridge)|"
    # ("Young woman shot dead by Basij gunman at Tehran election protest")
    r"at\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:protests?|rall(?:y|ies)|demonstrations?|sit-ins?))\b",
    re.IGNORECASE,
)
_PROTESTERS_DEAD = ("Protest with intervention", "Excessive force against protesters")
# triggers that name a side's own fire ("airstrikes", "shelled"), and ACLED's codes of the
# armed sides (state forces, rebels, political and identity militias, external forces)
_FIRING_TRIGGERS = ("air_strike:", "shelling:", "strike_generic:", "bombardment:")
_ARMED_INTERS = {"1", "2", "3", "4", "8"}
_NON_STATE_INTERS = {"2", "3", "4"}


# a trigger's words that tell who began a fight
_BEGAN_IT = re.compile(
    r"'.*\b(?:attacked|ambushed|stormed|raided|assaulted|opened\s+fire)\b", re.IGNORECASE
)


_TARGETS_COUNTED = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|scores\s+of|several|"
    r"many|numerous)\s+(?:[\w-]+\s+)?(?:villages|towns|camps|positions|targets|bases|posts|"
    r"checkpoints|areas|sites|locations|outposts|settlements|strongholds|hideouts)\b",
    re.IGNORECASE,
)


def _voice(event: Event) -> str:
    """The event's modality, where a claim by no side of the act it tells ("Two fighter jets
    dropped bombs on Let Yet Kone village, the Depayin People's Defense Force said") is a
    report of it."""
    source = (event.attribution or {}).get("source")
    if event.modality == "claimed" and source not in (event.actor1, event.actor2):
        return "reported"
    return event.modality


_LAID_BY = re.compile(
    r"\b(?:left\s+(?:over|behind)|planted|laid|placed|hidden|rigged|detonated)\s+by\b", re.I
)
_TAKING = frozenset({"Non-state actor overtakes territory", "Government regains territory"})


def _one_of_its_sides(source: str | None, event: Event) -> bool:
    """Is the speaker one of the event's two sides, or a branch of one ("Islamic State West
    Africa Province" of "Islamic State")?"""
    if not source:
        return False
    return any(
        side and (side == source or source.startswith(side + " ") or side.startswith(source + " "))
        for side in (event.actor1, event.actor2)
    )


def _crowd_turned_violent(event: Event, article: Article, sentence: Sentence) -> None:
    """Police who fire on a crowd that hurls stones, torches buses or storms a parliament
    face a riot: ACLED's violent demonstration (excessive force and intervention are for
    crowds that stayed peaceful), its rioters named by the roles."""
    if event.sub_event_type == "Peaceful protest" or (
        # "Residents marched to the border post ..., and police later said a handful of them
        # had stoned a vehicle": a march the model re-typed as a mob is a demonstration told
        # (ACLED's mob violence is rioting outside of one)
        event.sub_event_type == "Mob violence"
        and _PROTEST_WORDS.fullmatch(event.evidence.get("trigger") or "")
    ):
        # "blocked the road by setting tires on fire", "demonstrated by vandalizing the
        # branch": the demonstrators' own acts, after the trigger's words (a cause after
        # "against", "after", "who" is another's: "protested after a mob torched"; the act
        # the model re-typed a protest is none of its own)
        at = max(0, _trigger_at(event)) + len(event.evidence.get("trigger") or "")
        found = _DEMONSTRATORS_VIOLENCE.search(sentence.text, at)
        if (
            found is not None
            and _CAUSE_BETWEEN.search(sentence.text, at, found.start())
            and not (
                _A_COMMA_BEFORE.search(sentence.text, 0, found.start())
                and found[0].split()[0].endswith("ing")
            )
            # (nor "blocked the highway demanding unpaid wages and vandalised 15 vehicles":
            # the crowd's own verb joined to its demand)
            and not (
                _AND_BEFORE.search(sentence.text, 0, found.start())
                and found[0].split()[0].endswith("ed")
                and not _ANOTHER_S_ACT_BETWEEN.search(sentence.text, at, found.start())
            )
        ):
            # (but "blocked roads after the arrest of their leader, beating police officers
            # and setting fire to vehicles": a gerund after the cause's comma is the crowd's)
            found = None
        if found is None and (clause := _CLAUSE_OF_ITS_OWN.search(sentence.text, at)):
            # "Traders protested against their relocation; police said some of them later
            # looted goods from stalls", "..., and police later said a handful of them had
            # stoned a vehicle": the crowd's acts in a clause of their own, past the cause
            found = _CROWD_VIOLENCE.search(sentence.text, clause.start())
        if found is None:
            # "Activists of the Shiv Sena blackened signboards and smashed the glass facade
            # ..., protesting against the film": the crowd's acts told first, with no other
            # doer nor cause before them ("after gunmen torched the school, villagers
            # protested" is the protest's cause)
            start = max(0, _trigger_at(event))
            found = _DEMONSTRATORS_VIOLENCE.search(sentence.text, 0, start)
            if found is not None and _OTHER_DOER_OR_CAUSE.search(sentence.text, 0, found.start()):
                found = None
        if found is None:
            # "... blocked the highway as a demonstration. Demonstrators attacked vehicles
            # that attempted to go through": the crowd's acts told next, in its paragraph
            following = _next_in_paragraph(article, sentence)
            found = _CROWD_VIOLENCE.search(following) if following else None
            if found is None and following:
                # "Police said several sticks of dynamite were set off by a group of miners
                # near the Vice-Presidency": the crowd's violence told in the passive
                found = _CROWD_VIOLENCE_PASSIVE.search(following)
        if found is None:
            return
    elif event.sub_event_type not in _PROTESTS_MET:
        return
    else:
        found = _CROWD_VIOLENCE.search(sentence.text)
        if found is None:
            return
    event.sub_event_type = "Violent demonstration"
    event.event_type = event_type_of(event.sub_event_type)
    event.provenance["sub_event_type"] = (
        event.provenance.get("sub_event_type", "") + f"; the crowd's own violence: {found[0]!r}"
    )


_PROTESTS_MET = frozenset({"Protest with intervention", "Excessive force against protesters"})
# the police's own acts at a crowd, and a fight the crowd took part in
_POLICE_STEPPED_IN = re.compile(
    r"\b(?:tear\s?-?gas\w*|disperse\w*|arrest\w*|detain\w*|water\s+cannons?|baton\w*)\b",
    re.IGNORECASE,
)
# the police breaking a crowd up, not only taking people from it
_CROWD_DISPERSED = re.compile(
    r"\b(?:tear\s?-?gas\w*|dispers\w*|water\s+cannons?|baton\w*|broke\s+up|break(?:ing)?\s+up)\b",
    re.IGNORECASE,
)
_CLASHED = re.compile(r"\b(?:clash\w*|scuffl\w*|fought|fight\w*|skirmish\w*|brawl\w*)\b", re.I)
# a fight or a toll in a raid's sentence: then the raid was more than a search
_FOUGHT_OR_HURT = re.compile(
    r"\b(?:clash\w*|fought|fight\w*|gunfights?|firefights?|exchang\w*\s+(?:of\s+)?fire|"
    r"shoot-?outs?|killed|killing|dead|died|wounded|injured|injuring)\b",
    re.IGNORECASE,
)
# the start of a clause of another act, its doers named, right before its verb ("after
# supporters of the two clubs")
_AFTER_THEY_FOUGHT_BEFORE = re.compile(
    r"\b(?:after|following|when)\s+(?:(?!after\b|when\b)[\w'’-]+\s+){1,6}$", re.IGNORECASE
)
_AND_BEFORE = re.compile(r"\band\s+(?:then\s+|later\s+|also\s+)?$", re.IGNORECASE)
_ANOTHER_S_ACT_BETWEEN = re.compile(
    r"\b(?:who|which|that|after|following|because|over|against)\b", re.IGNORECASE
)
# a clause of its own after a protest's: a semicolon, or another's word joined to it
_CLAUSE_OF_ITS_OWN = re.compile(
    r";|,\s+(?:and|but|while)\s+(?:[\w-]+\s+){0,3}?(?:said|say|says|reported|added)\b",
    re.IGNORECASE,
)
# the comma (and "and") right before a crowd's act told as a gerund ("..., torching buses")
_A_COMMA_BEFORE = re.compile(r",\s+(?:and\s+)?$")
_DEMONSTRATORS_VIOLENCE = re.compile(
    r"\b(?:vandali[sz](?:ed|ing)|looted|smashed|ransacked|torched|hurled|pelted|"
    r"threw\s+(?:stones|rocks|bricks|bottles|objects|projectiles|petrol\s+bombs)|"
    # not "set BJP flags on fire", "burnt effigies": a symbol burnt is a peaceful protest's
    r"set(?:ting)?\s+(?:(?!flags?\b|effig|posters?\b|cop(?:y|ies)\b|pictures?\b|photos?\b)"
    r"[\w-]+\s+){0,4}?(?:ablaze|on\s+fire|alight)|setting\s+fire\s+to\s+(?!(?:[\w-]+\s+)"
    r"{0,2}?(?:flags?|effig\w+|posters?|cop(?:y|ies)|pictures?|photos?)\b)|"
    r"(?:burning|burned|burnt|burn)\s+(?:[\w-]+\s+)?(?:tyres|tires|debris|obstacles|objects|"
    r"barricades|branches|logs)|attacked\s+(?:\w+\s+)?(?:vehicles|cars|buses|police|officers)|"
    r"tied\s+up|"
    # "set fire to the gateman's cabin", "damaged a police jeep", "manhandled the engineer",
    # a headline's "buses stoned"; the crowd's act as a gerund, not a cause's noun ("against
    # the looting of shops")
    r"set\s+fire\s+to\s+(?!(?:[\w-]+\s+){0,2}?(?:flags?|effig\w+|posters?|cop(?:y|ies)|"
    r"pictures?|photos?)\b)|"
    r"damaged\s+(?:(?:a|an|the|two|three|four|five|several|many|dozens\s+of|some|public|"
    r"government|police|private|parked)\s+){0,2}(?:[\w-]+\s+)?(?:vehicles?|cars?|jeeps?|bus(?:es)?|"
    r"trucks?|shops?|offices?|buildings?|property|windows?|computers|furniture|gates?|booths?|"
    r"houses?|homes?|stalls?|signboards?|kiosks?|stations?|posts?)\b|"
    r"manhandl\w+|roughed\s+up|blackened|stoned|broke\s+into|"
    # "beating police officers", "beat up a journalist": whom a crowd beats
    r"beat(?:ing)?\s+(?:up\s+)?(?:(?:a|an|the|two|three|several|some)\s+)?(?:[\w-]+\s+)?"
    r"(?:police(?:men)?|policem[ae]n|officers?|journalists?|reporters?|passers-by|drivers?|"
    r"motorists|officials?)\b|"
    r"(?<!the\s)(?<!of\s)(?:looting|torching|ransacking|smashing|vandali[sz]ing))\b",
    re.IGNORECASE,
)
_OTHER_DOER_OR_CAUSE = re.compile(
    r"\b(?:after|following|since|over|against|because|when|who|which|gunmen|militants|"
    r"soldiers|troops|police\w*|officers|forces|bandits|attackers|assailants|rebels|"
    r"fighters|unknown|unidentified|miscreants|goons|thugs|settlers|men)\b",
    re.I,
)
_CAUSE_BETWEEN = re.compile(
    r"\b(?:against|over|after|following|because|who|which|denounc\w*|condemn\w*|demand\w*)\b",
    re.I,
)
_CROWD_VIOLENCE = re.compile(
    r"\b(?:protesters|demonstrators|students|crowds?|rioters|youths|mobs?|supporters|marchers|"
    r"participants|agitators|(?:some|many|several|a\s+few|a\s+section|a\s+group)\s+(?:among|"
    r"of)\s+them|"
    # the crowd named by its trade the sentence before: "Police reported that some strikers
    # threw stones", "a handful of them had stoned a ZIMRA vehicle"
    r"strikers|miners|farmers|traders|villagers|residents|(?:a\s+)?handful\s+of\s+them)\b"
    r"[^.;]{0,80}?\b(?:hurl\w*|threw|thrown|throwing|pelt\w*|ston(?:ed|ing)|torch(?:ed|ing)\b|"
    r"set\s+off\s+(?:[\w-]+\s+){0,3}?(?:dynamite|explosives|firecrackers)|"
    r"(?:tried\s+to\s+)?(?:break|broke)\s+down\s+(?:the\s+)?(?:[\w-]+\s+)?(?:gates?|doors?|barriers?|fences?)|"
    r"set\s+(?:[\w-]+\s+){0,4}?(?:ablaze|on\s+fire|alight)|set\s+fire|vandali[sz]\w*|"
    r"loot\w*|stormed|forced\s+their\s+way|smash\w*|ransack\w*|"
    # "Demonstrators attacked vehicles", "broke car windshields": the crowd's own damage
    r"attacked\s+(?:\w+\s+)?(?:vehicles|cars|buses|trucks|police|officers)|"
    r"broke\s+(?:\w+\s+){0,2}?(?:windshields|windscreens|windows)|slashed|manhandl\w+|"
    r"roughed\s+up|damaged\s+(?:(?:a|an|the|two|three|several|many|some|public|government|"
    r"police)\s+){0,2}(?:[\w-]+\s+)?(?:vehicles?|cars?|jeeps?|bus(?:es)?|trucks?|shops?|offices?|"
    r"buildings?|property|windows?|computers|furniture|gates?|booths?|houses?|homes?)\b|"
    r"(?:flattened|deflated)\s+(?:\w+\s+)?(?:tires|tyres)|"
    # "The demonstrators burned furniture on the road": ACLED's definition names burning
    # tyres among a violent demonstration's destructive acts
    r"(?:burn(?:ed|t|ing)|torch\w*)\s+(?:[\w-]+\s+){0,2}?(?:tyres|tires|furniture|debris|"
    r"barricades|vehicles|cars|buses|trucks|motorcycles|shops|houses|buildings|offices))",
    re.IGNORECASE,
)


_CROWD_VIOLENCE_PASSIVE = re.compile(
    r"\b(?:dynamite|firecrackers|explosives|stones|rocks|bottles|molotov\s+cocktails|"
    r"petrol\s+bombs)\s+(?:were|was)\s+(?:set\s+off|thrown|hurled)\s+by\s+(?:a\s+group\s+of\s+|"
    r"some\s+|a\s+few\s+)?(?:miners|protesters|demonstrators|marchers|strikers|workers|students|"
    r"youths)\b",
    re.IGNORECASE,
)


# the side fired on answering with fire: "responded with mortars", "returned fire"
_FIRED_BACK = re.compile(
    r"\b(?:responded|retaliated|returned\s+fire|fired\s+back|hit\s+back)\b", re.IGNORECASE
)


def _upgrade(previous: Event, event: Event) -> None:
    """A protest told further ("... and pelted stones", "police dispersed them") becomes
    the graver sub-event type the later words report, with the roles of that type."""
    pair = (previous.sub_event_type, event.sub_event_type)
    if (
        # (a bomb's doers are gone or dead: "troops returned fire" after a suicide bombing
        # fought the attackers who followed it, within the bombing ACLED codes)
        previous.sub_event_type == "Shelling/artillery/missile attack"
        and event.event_type in ("Explosions/Remote violence", "Battles")
        and event.actor1 is not None
        and event.actor1 == previous.actor2
        and _FIRED_BACK.search(event.evidence.get("sentence", ""))
    ):
        # "fired mortar shells against ATMIS ... ATMIS forces responded to the attack with
        # mortars": the side fired on fought back, an armed clash (ACLED)
        previous.sub_event_type = "Armed clash"
        previous.event_type = event_type_of(previous.sub_event_type)
        previous.provenance["sub_event_type"] = (
            previous.provenance.get("sub_event_type", "") + "; the side fired on fired back"
        )
        return
    if (
        pair == ("Armed clash", "Shelling/artillery/missile attack")
        and _ATTACKS_TRIGGER.search(previous.provenance.get("trigger", ""))
        and event.evidence.get("start") == previous.evidence.get("start")
    ):
        # "mounted 22 attacks on Ukrainian army positions ..., they used 110mm mortar
        # systems": the attacks were the shelling the same sentence names (fighting that
        # shelling only went with stays the battle, as ACLED codes it)
        previous.sub_event_type = event.sub_event_type
        previous.event_type = event.event_type
        return
    if pair not in _UPGRADES:
        return
    if previous.sub_event_type in _PROTEST_KINDS and (
        event.modality == "historical"
        or (event.date and previous.date and event.date[:7] != previous.date[:7])
    ):
        # "protested ... against the police killing of a protester on 1 June 2020": the act of
        # another day a protest is against does not meet it
        return
    if pair == ("Attack", "Abduction/forced disappearance") and (
        previous.fatalities.get("best")
        or event.evidence.get("start") != previous.evidence.get("start")
        or not _RAIDED.search(previous.evidence.get("trigger") or "")
    ):
        return  # "killed three villagers and abducted five": the killing is the attack
    if event.sub_event_type == "Non-violent transfer of territory" and _FOUGHT_FOR.search(
        previous.evidence.get("sentence", "")
    ):
        return  # "seized Rubaya after fighting with Congolese troops. ... militias withdrew"
    if event.sub_event_type in _TAKING and previous.sub_event_type == "Armed clash" and (
        event.actor1 not in (None, previous.actor1)
        or event.evidence.get("start") != previous.evidence.get("start")
    ):
        # another side took the place, or a later sentence tells of a takeover ("Federal
        # forces have jointly taken over the administration"): not this battle's end
        return
    previous.sub_event_type = _UPGRADES[pair]
    kind = event_type_of(previous.sub_event_type)
    if kind != previous.event_type and kind == event.event_type:
        # protesters who turn violent are rioters, as ACLED names them
        previous.actor1, previous.inter1 = event.actor1, event.inter1
    previous.event_type = kind
    if event.actor2 and not previous.actor2:
        previous.actor2, previous.inter2 = event.actor2, event.inter2


# "the attack", "this shooting", "the Dioura strike"
_RECALLING = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:[A-Z][\w'’-]+\s+){0,2}$"
)


def _recalls(event: Event) -> bool:
    """Is the event's trigger a noun that points back ("the attack", "this shooting"), or
    its sentence one that goes on about the doers just told of ("The attackers detonated a
    car bomb at the gate before gunmen forced their way inside")?"""
    at = _trigger_at(event)
    sentence = event.evidence.get("sentence", "")
    if (
        _RECALLED_DOERS.match(sentence)
        or _RECALLED_ACT.match(sentence)
        or _RECALLED_VICTIMS.match(sentence)
    ) and not _ANOTHER_ACT.search(sentence):
        return True
    if _CHARACTERISED.search(sentence):
        return True  # "the killings amounted to a massacre": what was told, named
    if at > 0 and _PRONOUN_HARMED.search(sentence, 0, at):
        return True  # "identified the man ... and said he was killed by occupation gunfire"
    return at > 0 and _RECALLING.search(sentence, 0, at) is not None


# what an act was done to, named with "the" right after its trigger ("hit the Epicentr store
# on the outskirts", "attacked the workers on Wednesday"): its last word is the head noun
_DEFINITE_OBJECT_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:the|these|those)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?P<head>[a-z]{3,})(?=\s+(?:on|in|at|near|of|who|which|that|and|after|before)\b|[,.;]|$)"
)
# heads that name a place or side anyone may name again for another act
_GENERIC_OBJECTS = frozenset(
    "city town village area region country province district border capital outskirts "
    "government army military forces group side north south east west centre center "
    "front frontline line day night week people".split()
)


def _object_told(event: Event, previous: Event) -> bool:
    """Is what the event's trigger was done to named with "the" after it, by a word the
    previous event's sentence used ("A missile strike on a crowded hardware store killed
    seven ... Two guided bombs hit the Epicentr store")?"""
    sentence = event.evidence.get("sentence", "")
    at = _trigger_at(event)
    if at < 0:
        return False
    match = _DEFINITE_OBJECT_AFTER.match(sentence, at + len(event.evidence.get("trigger") or ""))
    if match is None or match.group("head") in _GENERIC_OBJECTS:
        return False
    head = match.group("head").removesuffix("s")
    told = previous.evidence.get("sentence", "")
    return re.search(rf"\b{re.escape(head)}s?\b", told, re.IGNORECASE) is not None


_ALSO_DID = re.compile(r"\balso\s+(?:\w+\s+)?$", re.IGNORECASE)
_TOOK_PLACE = re.compile(r"\b(?:took\s+place|happened|occurred)\b", re.IGNORECASE)
_CONFIRMS_BEFORE = re.compile(
    r"\b(?:confirmed|condemned|denounced|acknowledged|deplored|"
    # "Russia's defence ministry did not comment on the strike": a word on it, or none
    r"comment(?:ed|ing)?\s+on|respond(?:ed|ing)?\s+to)\s+(?:the|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_FOUND_AT_THE_SCENE = re.compile(
    r"\b(?:recovered|found|seized|looted|captured|took)\s+(?:[\w-]+\s+){0,9}?(?:from|at|on)\s+"
    r"the\s+(?:(?:encounter|attack|clash|gunfight)\s+(?:site|scene|spot)\b|(?:site|scene|spot)\b|"
    # "JNIM said it had seized weapons and vehicles from the camp": the spoils of the attack
    r"(?:camp|base|barracks|garrison|post|outpost|position)\b|"
    # "Weapons were also recovered from the killed terrorists": from the fight's dead
    r"(?:killed|slain|dead|neutrali[sz]ed|arrested|captured)\s+)",
    re.IGNORECASE,
)
# "Hezbollah said it fired dozens of rockets ... The Israeli military said most of the
# rockets were intercepted": the weapons of the act just told, stopped in part (ACLED codes
# the attack), not a disruption of their own
_THE_WEAPONS_TOLD_STOPPED = re.compile(
    r"\b(?:(?:most|many|some|all|several|none|half|\d+|one|two|three|four|five)\s+of\s+)?"
    r"the\s+(?:[\w-]+\s+)?(?:rockets|missiles|drones|projectiles|shells|uavs)\s+(?:were|was|"
    r"had\s+been|have\s+been)\s+(?:\w+\s+)?(?:intercepted|shot\s+down|downed)\b",
    re.IGNORECASE,
)
_NEW_REPORT = re.compile(
    r"\s*(?:In\s+(?:a|another)\s+(?:separate\s+)?(?:incident|attack)|Separately|Elsewhere|"
    r"In\s+neighbou?ring|In\s+another)\b",
    re.IGNORECASE,
)
_IN_THE_TOWN_OF = re.compile(
    r"\s*In\s+the\s+(?:[\w-]+\s+){0,2}?(?:town|city|village)\s+of\s+([A-Z][\w'’-]+)"
)
_ALSO_KILLED = re.compile(r"\b(?:were|was|had\s+been|have\s+been)\s+also\s+killed\b")
# a sentence that only counts the harmed: "Two marines were wounded.", "Three civilians were
# also killed in the exchange."
_HARMED_WORDS = (
    # "His wife, who was riding behind him, was slightly injured."
    # "at least 42 people, including seven women and three children, were killed"
    r"(?:[\w-]+\s+){0,4}[\w-]+(?:,\s*(?:who|which|including|among\s+them)\s+[^,;.]{1,60},)?"
    r"\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:also\s+)?"
    r"(?:\w+ly\s+)?(?:killed|wounded|injured|hurt)"
)
_HARMED_TOO = r"(?:[\w-]+\s+){1,3}(?:killed|wounded|injured|hurt)"
_TOLL_ALONE = re.compile(
    # "Buba said three soldiers were killed and five others wounded."
    # "A local official, speaking on condition of anonymity, said ..."
    r"\s*(?:[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,7}(?:,\s+[^,;.]{1,60},)?\s+(?:said|says|added)\s+"
    r"(?:that\s+)?)?"
    # "There were no fatalities and five soldiers were injured."
    r"(?:[Tt]here\s+were\s+no\s+(?:fatalities|deaths|casualties)(?:\s+reported)?,?\s+"
    r"(?:and|but)\s+)?"
    rf"{_HARMED_WORDS}(?:,?\s+and\s+(?:that\s+)?(?:{_HARMED_WORDS}|{_HARMED_TOO}))?"
    r"(?:\s+in\s+the\s+\w+(?:\s+of\s+fire)?)?"
    # "A woman was injured and several houses were damaged."
    # "... and that several fuel tankers were burnt"
    r"(?:,?\s+and\s+(?:that\s+)?(?:[\w-]+\s+){1,4}(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:\w+ly\s+)?(?:damaged|destroyed|burnt|burned|torched)(?:\s+or\s+destroyed)?)?"
    # "... were wounded and were taken to hospitals in Parachinar": where the hurt were taken
    r"(?:,?\s+and\s+(?:were|was|had\s+been|have\s+been)\s+(?:taken|rushed|transferred|moved|"
    r"evacuated|admitted)\s+to\s+[^.;]*)?"
    # "..., a figure the army rejected as false"
    r"(?:,\s+a\s+(?:figure|toll|number|claim)\s+[^.;]*)?"
    # "...; hospital sources put the toll at 47"
    r"(?:;\s+[^.;]{0,60}?\bthe\s+(?:figure|toll|number)\b[^.;]*)?"
    # "..., police said."
    r"(?:,\s+(?:[\w-]+\s+){1,3}(?:said|says|added))?\s*\.?[\"”]?\s*$"
)
# "which also took place in Cordoba, Rosario and Mendoza": the act told, in other places
_ALSO_ELSEWHERE = re.compile(
    r"\balso\s+(?:took\s+place|held|staged|happened|occurred|marched|rallied|protested|"
    r"gathered|demonstrated)\s+(?:\w+\s+)?(?:in|across|at|outside)\b",
    re.IGNORECASE,
)
# "killed in the fighting": harmed in the act just told, right after the trigger
_HARMED_IN_THE_ACT_TOLD = re.compile(
    # ("killed during the siege": the siege just told)
    # ("killed in the final assault": one word may stand before the act's)
    r"\S*\s+(?:in|during)\s+the\s+(?:[a-z-]+\s+)?(?:fighting|clashes|attack|assault|strikes?|"
    r"airstrikes?|"
    r"shelling|bombing|violence|raid|ambush|battle|unrest|massacre|siege|standoff|hostage\s+"
    r"crisis|rescue\s+operation)\b(?!\s+(?:in|at|near|on)\b)"
)
# "The assault, which began on Friday ..., involved heavy shelling": the act just told
_RECALLED_ACT = re.compile(
    r"\s*(?:The|This|That)\s+(?:attack|assault|strike|airstrike|air\s+strike|raid|offensive|"
    r"bombing|shelling|ambush|massacre|fighting|clashes|onslaught)\b"
    # "The attack on the base in Puerto Jordan was carried out with ...": the act's target
    # named again with the article; "The attack in Kidal", "on a convoy" may be another's
    r"(?!\s+(?:in|at|near)\b|\s+on\s+(?!the\b))"
)
_RECALLED_DOER_WORDS = (
    r"(?:attackers|gunmen|assailants|bombers|perpetrators|raiders|militants|insurgents|"
    r"jihadists|extremists|terrorists|bandits)\b"
)
_RECALLED_DOERS = re.compile(
    rf"\s*(?:The|These|Those)\s+{_RECALLED_DOER_WORDS}"
    # "A militia leader in the town ... said the attackers had burnt several houses": a
    # teller's words of them
    rf"|[^.;]{{0,120}}?\b(?:said|says|added|told\s+\w+)\s+(?:that\s+)?(?:the|these|those)\s+"
    rf"{_RECALLED_DOER_WORDS}"
    # a witness's words of the attack just told: "\"They burned houses and they took our
    # children,\" he said"
    r"|\s*[\"“]They\s+(?!(?:said|say|told|were|are|have|had)\b)"
)
# "Three police officers were killed ... The officers, attached to the Rural Border Patrol
# Unit, were on a routine patrol when their Land Cruiser struck the explosive": the harmed
# just told, and how it befell them
_RECALLED_VICTIMS = re.compile(
    r"\s*(?:The|These|Those)\s+(?:officers|policemen|soldiers|troops|victims|workers|"
    r"passengers|villagers|civilians|dead|deceased)\b(?:,[^,;.]{1,80},)?\s+(?:were|was|had)\b"
)
# the one just told as killed, told in what befell them before: "The man was abducted"
_VICTIM_S_EARLIER_FATE = re.compile(
    r"\s*(?:The|This)\s+(?:man|woman|boy|girl|child|victim|teacher|trader|farmer|driver|"
    r"official|worker)\s+(?:was|had\s+been)\s+(?:\w+ly\s+)?(?:abducted|kidnapped|seized|"
    r"taken|held)\b"
)
_PRONOUN_TELLS = re.compile(
    r",\s+(?:he|she|they)\s+(?:said|says|added|told\s+\w+)\.?\s*$|^(?:He|She|They)\s+(?:said|added)\b"
)
# words that judge an act told already: "said the killings amounted to a massacre"
_CHARACTERISED = re.compile(
    r"\b(?:amount(?:s|ed)?\s+to|constitut(?:e|es|ed)|described\s+(?:it|them|the\s+\w+)\s+as|"
    r"called\s+(?:it|them)|condemned\s+(?:the|this|these)\s+\w+\s+as)\s+(?:an?\s+)?"
    r"(?:massacres?|genocide|war\s+crimes?|ethnic\s+cleansing|crimes?\s+against\s+humanity|"
    r"terrorist\s+attacks?|terrorism)\b",
    re.IGNORECASE,
)
_PRONOUN_HARMED = re.compile(r"\b(?:he|she)\s+(?:was|had\s+been)\s+$")
# words that make a sentence about the same doers another act: "then", "later", "another"
_ANOTHER_ACT = re.compile(r"\b(?:then|later|another|again|next|afterwards)\b", re.I)


# a sentence's opening words before a trigger that opens it on an act told already
_OPENS_ON_THE_ACT = re.compile(r"\s*(?:The|This|That)\s+(?:[\w-]+\s+)?", re.IGNORECASE)


def _trigger_at(event: Event) -> int:
    """Where the event's trigger starts in its sentence (-1: unknown). An event stored
    before the offset was kept has only the words: their first occurrence."""
    evidence = event.evidence
    if evidence.get("trigger_start") is not None:
        return int(evidence["trigger_start"])
    trigger = evidence.get("trigger") or ""
    return evidence.get("sentence", "").find(trigger) if trigger else -1


def _intervention_told_after(event: Event, article: Article, sentence: Sentence) -> None:
    """A peaceful protest the authorities broke up, arrested or dispersed, in its own
    sentence or the next of its paragraph, is a protest with intervention (ACLED); one met
    with force the codebook calls excessive there is excessive force against protesters."""
    if event.sub_event_type not in {met for met, *_ in _PROTEST_MET_BY}:
        return
    following = [s for s in article.sentences if s.index == sentence.index + 1]
    told = [sentence] + [s for s in following if "\n" not in article.text[sentence.end : s.start]]
    # "police dispersed the crowd", then "used excessive force to disperse the protesters",
    # "opened fire on the crowd": force the codebook calls excessive, not a mere intervention
    for met, cue, sub_event_type, why in _PROTEST_MET_BY:
        if event.sub_event_type != met:
            continue
        found = next((f for t in told if (f := _cue(cue).search(t.text))), None)
        if found:
            event.sub_event_type = sub_event_type
            event.event_type = event_type_of(sub_event_type)
            event.provenance["sub_event_type"] = (
                event.provenance.get("sub_event_type", "") + f"; {why}: {found[0]!r}"
            )


# how the authorities met a protest, in order: (the protest's type so far, the cue, the type
# it becomes, the provenance's words)
_PROTEST_MET_BY = (
    ("Peaceful protest", "intervention", "Protest with intervention", "intervention told"),
    ("Protest with intervention", "excessive_force", "Excessive force against protesters",
     "excessive force"),
)


def _claimant_told_after(
    event: Event, article: Article, sentence: Sentence, kb: ActorKnowledge
) -> None:
    """An attack nobody is named in, whose responsibility a group claims in the next
    sentences of its paragraph ("a roadside bomb targeted a Taliban vehicle ... IS-K claimed
    responsibility"): ACLED codes the claimant as the doer."""
    if (
        event.actor1 is not None
        and kb.category_of(event.actor1) not in {"unidentified", "unknown"}
        # "Unidentified Gang (Haiti)": a kind of group, none named
        and not event.actor1.startswith("Unidentified")
    ):
        return
    if event.event_type not in (
        "Explosions/Remote violence",
        "Violence against civilians",
        "Battles",
    ):
        return
    from polemos.events.classifier import paragraph_window

    # the next two sentences of its paragraph; a wire's one-sentence paragraphs: the next
    # three sentences, when the claim points back to the act ("claimed responsibility for the
    # attack")
    paragraph_end = min(paragraph_window(article, sentence)[1], sentence.index + 2)
    country = (event.location or {}).get("country")
    by = _CLAIMED_BY.search(sentence.text)
    if by is not None:
        # "... killing at least nine people, in an attack claimed by the Islamist group
        # al-Shabaab": the claimant named in the act's own sentence
        claimants = _armed_named_after(article, sentence, by.end())
        if _doer_named(event, claimants[:1], country, kb, "claimed by, in its sentence"):
            return
    # "... massacred 44 villagers, Niger's government said, blaming the Islamic State"
    if _doer_named(event, _blamed(article, sentence), country, kb, "blamed, in its sentence"):
        return
    # "A bomb struck a vehicle in Kech, killing four; the BLA claimed the attack": the
    # claimant right before the claim in the act's own sentence
    claimant = _claimant(article, sentence, right_before=True)
    if _doer_named(event, claimant, country, kb, "claimed it, in its sentence"):
        return
    # a claim that points back to the act ("claimed responsibility for the attack") reaches
    # further, over the wire's one-sentence paragraphs of the act's details, until another
    # report begins
    for told in article.sentences[sentence.index + 1 : sentence.index + 7]:
        if _NEW_REPORT.match(told.text):
            break
        if _RECALLED_ACT.match(told.text) and _TOOK_PLACE.search(told.text):
            # "The attack took place in the Bannu district ... . The Pakistani Taliban claimed
            # responsibility.": the act told on, its paragraph in reach as the act's own
            paragraph_end = max(
                paragraph_end, min(paragraph_window(article, told)[1], told.index + 2)
            )
        if (
            told.index > paragraph_end
            and not _CLAIMED_THE_ACT.search(told.text)
            # "... the army said. ... It blamed the National Liberation Army": the teller
            # names the doer a paragraph on
            and not (told.index <= sentence.index + 3 and _BLAMED_ON_AFTER.search(told.text))
        ):
            continue
        # "The bomb was suspected to be planted by Malay Muslim separatists": the doer
        # named after the words, as suspected as ACLED's notes code it
        if _doer_named(event, _blamed(article, told), country, kb, "blamed after it"):
            return
        if _CLAIMED_IT.search(told.text) is None:
            continue
        _doer_named(event, _claimant(article, told), country, kb, "claimed responsibility after it")
        return


def _blamed(article: Article, told: Sentence) -> list[ActorMention]:
    """The armed actor a sentence blames ("planted by X", "blaming X"), if any."""
    blamed = _BLAMED_ON_AFTER.search(told.text)
    return _armed_named_after(article, told, blamed.end())[:1] if blamed is not None else []


def _claimant(article: Article, told: Sentence, right_before: bool = False) -> list[ActorMention]:
    """The armed actor named before a sentence's claim ("IS-K claimed responsibility"), if
    any; ``right_before``: within a few words of it (the act itself told before that)."""
    claim = _CLAIMED_IT.search(told.text)
    if claim is None:
        return []
    claimants = [
        m
        for m in article.actor_mentions
        if m.sentence == told.index
        and m.start - told.start < claim.start()
        and (not right_before or claim.start() - (m.end - told.start) <= _BY_AGENT_GAP)
        and m.category in NAMED_ARMED
        # "JNIM, al-Qaeda's affiliate in the Sahel, claimed": the patron in an aside
        and not _PATRON_OF_IT.match(article.text, m.end)
        # "Al Shabaab, which is allied with al Qaeda, claimed": the ally in a relative clause
        and not _RELATIVE_ASIDE_BEFORE.search(article.text, max(told.start, m.start - 50), m.start)
    ]
    return claimants[-1:]


_RELATIVE_ASIDE_BEFORE = re.compile(r",\s*(?:which|who)\s+(?:is|are|was|were|has|have)\b[^,;]*$")


def _doer_named(
    event: Event, named: list[ActorMention], country: str | None, kb: ActorKnowledge, why: str
) -> bool:
    """Make the one actor named the event's doer, unless it is already its target."""
    name = _actor_name(named[0], country, kb) if named else None
    if not name or name == event.actor2:
        return False
    event.actor1 = name
    event.provenance["actor1"] = f"{why}: {named[0].text!r}"
    return True


def _armed_named_after(
    article: Article, told: Sentence, words_end: int, gap: int | None = None
) -> list[ActorMention]:
    """The armed actors a sentence names right after some words of it ("claimed by the
    Islamist group al-Shabaab", "planted by Malay Muslim separatists"), within ``gap``
    characters (a doer's "by": _BY_AGENT_GAP)."""
    gap = _BY_AGENT_GAP if gap is None else gap
    return [
        m
        for m in article.actor_mentions
        if m.sentence == told.index
        and 0 <= m.start - told.start - words_end <= gap
        and m.category in NAMED_ARMED
    ]


# "was suspected to be planted by", "police blamed the attack on": who did it, told after
_BLAMED_ON_AFTER = re.compile(
    r"\b(?:(?:planted|placed|carried\s+out|perpetrated|committed|detonated)\s+by|"
    r"blamed\s+(?:(?:it|the\s+\w+)\s+)?on|attributed\s+(?:(?:it|the\s+\w+)\s+)?to|"
    # "the military blamed the Dawlah Islamiyah": a name blamed outright
    # ("the army blamed the paramilitary Rapid Support Forces")
    r"blam(?:ed|ing)(?=\s+(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+)?(?-i:[A-Z])))\s+"
    r"(?:(?:the|suspected|alleged)\s+)*",
    re.I,
)
# a group's own men, in whose words it claims an act ("said its fighters carried out")
# ("the group's naval forces had carried out the attack on the British-owned tanker")
_ITS_FIGHTERS = (
    # ("bandit leader Bello Turji claimed in a video that his fighters carried out")
    r"(?:(?:its|their|his|the\s+group['’]s)\s+[\"“'‘]?(?:naval\s+|armed\s+|military\s+)?"
    # (IS's own word: "its 'soldiers' had killed")
    r"(?:fighters|men|militants|members|mujahideen|forces|soldiers)[\"”'’]?"
    # ... and its name for its men: "Amaq news agency said that 'soldiers of the caliphate'
    # had carried out the attack"
    r"|[\"“'‘]?soldiers\s+of\s+the\s+caliphate[\"”'’]?"
    # ... or of its branch: "fighters of its Central Africa Province (ADF) carried out"
    r"|(?:fighters|militants|soldiers|members)\s+of\s+its\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:province|wing|branch|affiliate)(?:\s+\([^()]{1,20}\))?)"
)
# a doer's own word that an act was its, in other words than "claimed" ("The Taliban took
# credit for", "The Communist Party ... owned up to the killing of a former militiaman")
# ("the BLA issued a statement taking responsibility for the coordinated attacks")
_OWNED_UP_TO = (
    r"(?:took|takes|take|taking)\s+(?:credit|responsibility)\s+for|(?:own(?:ed|s)?|owning)\s+up\s+to"
)
_CLAIMED_BEFORE = re.compile(
    # "Authorities blamed the bombing on the BLA": whose it was, not another bombing
    # ... "its fighters were behind the deadly attack on the hotel": a claim of one
    # "blamed FARC dissidents of the Central General Staff for Sunday's car bomb attack"
    # ("blamed IPOB and its armed wing, ESN, for the attacks": a list of the blamed)
    r"\b(?:claim\w*\s+(?:responsibility(?:\s+[\w'’-]+){0,3}?\s+for\s+)?|"
    # ("New IRA admits responsibility for Derry courthouse car bomb", "the government held
    # Houthi forces responsible for the missile attack": owned up to, or laid on its doer)
    r"(?:admit\w*|accept\w*)\s+responsibility(?:\s+[\w'’-]+){0,3}?\s+for\s+|"
    r"h[eo]ld\w*\s+(?:[\w'’,-]+\s+){1,6}?responsible\s+for\s+|"
    rf"(?:{_OWNED_UP_TO})\s+|"
    # ("Maduro blamed the Colombian 'far right' and exiled opposition figures on Sunday for")
    r"blam\w*\s+(?:[\w'’,-]+\s+){0,12}?for\s+|"
    r"blam\w*\s+|(?:was|were)\s+behind\s+|"
    # "Police attributed the killing of the sarpanch to the Maoists": whose it was
    r"attribut(?:e|es|ed|ing)\s+|"
    # "The UN Secretary-General condemned Tuesday's airstrike on a market": what is
    # condemned was told already
    r"(?:condemn|denounc)\w*\s+|"
    # "Iran is responsible for Aramco attacks", "two detachments were responsible for the
    # attack in Cambrils": whose the act was
    r"(?:is|are|was|were)\s+(?:(?:also|directly|solely)\s+)?responsible\s+for\s+|"
    # "said its fighters had carried out last week's attack on the army post", "said in a
    # statement that the group carried out Wednesday's attack"
    rf"(?:{_ITS_FIGHTERS}|the\s+group)"
    r"\s+(?:had\s+)?carried\s+out\s+|"
    # "JNIM said it carried out Tuesday's attack on the gendarmerie school": a day's act
    # the teller owns (not "the army said it carried out strikes")
    r"(?:it|they)\s+(?:had\s+)?carried\s+out\s+(?=(?:last\s+\w+?['’]?s|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)(?:\s|$)))"
    # ("condemned the 'barbaric' attack": a word in quotes too)
    # ("was behind the Easter Sunday suicide bombings": three words after "the"; one after
    # "that", which may also join a clause: "claimed that the militants attacked")
    # ("held Bozize responsible for the CPC's attacks": a possessive among them)
    r"(?:(?:the|last\s+\w+['’]s)(?:\s+['‘\"“]?[\w-]+(?:['’]s)?['’\"”]?){0,3}$|"
    # "the BRN insurgent group was behind a series of coordinated bombings": a run of acts
    r"an?\s+(?:series|string|spate|wave)\s+of(?:\s+[\w-]+){0,2}$|"
    r"(?:this|that)(?:\s+['‘\"“]?[\w-]+['’\"”]?)?$|"
    # "claimed responsibility for Monday's attack on a police checkpost", "for Sunday's car
    # bomb attack"
    # (and "last weeks attack": the apostrophe lost)
    # ("blamed ADF rebels for Friday night's attack")
    r"(?:last\s+\w+?['’]?s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+night)?['’]s)"
    r"(?:\s+[\w-]+){0,2}$)|"
    # a headline's: "Islamic State claims responsibility for Kabul airport bombing" (not
    # "claimed responsibility for killing 12 soldiers": the act claimed, told here)
    r"\b(?:claim|admit)\w*\s+responsibility\s+for\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+$|"
    # ... "JNIM claims deadly attack on Djibo army base": the claim is the news
    # ("Taliban claim attack on Kabul hotel", "Resistance group claims drone attack on
    # Naypyitaw airbase": a plural doer's claim, the act's means before its noun)
    r"\bclaims?(?:\s+(?:deadly|twin|suicide|fatal|major|latest|new|weekend|overnight|drone|"
    r"rocket|mortar|grenade|bomb|gang|arson))?$|"
    # ... "Al-Shabaab claims Lido beach attack", "militants behind Pahalgam attack": an act
    # named by its place (a capital: not "the army claims rebels shelled the town")
    # ("IS claims Kabul wedding hall blast that killed 63": two words of the place)
    r"\b(?:claims?|behind)\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?-i:[A-Z])[\w'’-]*"
    # ("Jamaat-ul-Ahrar claims Peshawar police lines mosque bombing": three words of the place)
    r"(?:\s+[a-z][\w-]*){0,3}$|"
    # "Thai officials say BRN behind coordinated bomb attacks", "OPCW team finds Syrian air
    # force behind sarin, chlorine attacks": whose the attacks were
    r"\b(?:say|says|said|finds?|found|conclude[sd]?)\s+(?:[\w'’-]+\s+){1,4}behind"
    r"(?:\s+[\w,-]+){0,2}$|"
    # ... and "Plateau governor condemns attack on Bokkos villages"
    # ("Buhari condemns 'senseless' killing of 43 farmers")
    r"\b(?:condemn|denounc)(?:s|es)(?:\s+['‘\"“]?[\w-]+['’\"”]?){0,2}$|"
    # "an investigation had found that a youth group ... carried out the killing of hundreds":
    # whose an act was, found out
    r"\b(?:found|finds|concluded|concludes|established|determined)\s+that\s+[^.;]{0,120}?\b"
    # (an act known before: not "determined that the government carried out a third chemical
    # attack", told here first)
    # ("concluded that Turkish forces had fired the artillery shells that killed 9 tourists")
    r"(?:carried\s+out|perpetrated|committed|orchestrated|fired|launched|planted|"
    r"(?:was|were)\s+behind)\s+"
    r"(?:the|last\s+\w+['’]s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)"
    r"(?:\s+[\w'’-]+){0,2}$|"
    # ("Iran is responsible for Aramco attacks": one word before the act, whatever its case)
    r"\b(?:is|are|was|were)\s+responsible\s+for\s+[A-Z][\w'’-]*$|"
    # "claimed responsibility for a car bomb in Diyarbakir on Friday that killed eight people":
    # the claimed act's toll
    r"\bclaim\w*\s+responsibility\s+for\s+[^.;]{0,100}?\b(?:that|which)(?:\s+had)?$|"
    # ... "said its fighters were behind Tuesday's attack on a police checkpoint, which killed
    # five officers"; a headline's "Government blames Sarantaporo rebels for village massacre"
    r"\b(?:was|were)\s+behind\s+[^.;]{0,100}?\b(?:that|which)(?:\s+had)?$|"
    # ... "said its fighters carried out Friday's attack on the Asasey hotel, which killed 26"
    rf"\b{_ITS_FIGHTERS}\s+(?:had\s+)?"
    r"carried\s+out\s+[^.;]{0,100}?\b(?:that|which)(?:\s+had)?$|"
    r"\bblames?\s+(?:[\w'’,-]+\s+){0,8}?for\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+$|"
    # ... "Kyiv blames Russian sabotage group for blast that damaged rail bridge"
    r"\bblames?\s+(?:[\w'’,-]+\s+){0,8}?for$",
    re.I,
)
# a headline's claim right before the act it claims: "ISWAP claims responsibility for attack"
_CLAIMED_FOR = re.compile(r"\bclaim\w*\s+responsibility\s+for$", re.IGNORECASE)
# the doer's own word that the act told after it was theirs: "Al-Shabaab claimed
# responsibility for a suicide bombing at a hotel in Mogadishu on Friday that killed 12", "IS
# took credit for", "said its fighters carried out Friday's attack" (not "No group has claimed
# responsibility for": _NO_CLAIM)
_RESPONSIBILITY_CLAIMED = re.compile(
    # ("claimed responsibility via its Amaq news agency on Thursday for")
    # ("claimed responsibility, through its Amaq agency, for the 25 June ambush": commas)
    r"\b(?:(?:claim|admit)\w*\s+responsibility(?:,?\s+[\w'’-]+){0,7}?,?\s+for|"
    # "IS Central Africa Province claims via Amaq that its fighters killed" ("claimed through
    # Amaq and its weekly al-Naba that its fighters had stormed"; "published photographs via
    # Amaq and claimed its fighters had beheaded": no "that")
    # ("claimed in a Telegram statement that its members had launched the drones")
    rf"claim\w*\s+(?:(?:via|through|in|on)\s+(?:[\w'’-]+\s+){{1,6}})?(?:that\s+)?{_ITS_FIGHTERS}|"
    rf"{_OWNED_UP_TO}|{_ITS_FIGHTERS}\s+(?:had\s+)?"
    r"(?:carried\s+out|(?:was|were)\s+behind)|"
    # "the Qassam Brigades said on its Telegram channel that it was behind" ("said in a
    # statement that it had carried out the drone attack on the Toribío police post")
    r"\bthat\s+(?:it|they)\s+(?:had\s+been|was|were)\s+behind|"
    r"\bthat\s+(?:it|they)\s+had\s+carried\s+out|"
    # "TPNPB spokesman Sebby Sambom said the group's Kodap III unit was responsible for"
    r"\b(?:its|the\s+group['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:unit|wing|brigade|battalion|cell)\s+"
    r"(?:had\s+been|was|were)\s+(?:responsible\s+for|behind))"
    # the act's own words ("for Friday's car bomb"), or its toll ("... that killed eight")
    r"(?:(?:\s+[\w'’-]+){0,4}|\s[^.;]{0,120}?\b(?:that|which)(?:\s+had)?"
    # ... or what it says its fighters did ("..., saying two of its fighters had detonated")
    # ("saying in a statement on its Amaq news agency that two of its members had detonated")
    rf"|\s[^.;]{{0,120}}?\bsaying\s+(?:[\w'’-]+\s+){{0,8}}?(?:that\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{_ITS_FIGHTERS}|it|they)"
    r"(?:\s+[\w'’-]+){0,3})$",
    re.IGNORECASE,
)
# a headline's "JNIM claims deadly attack on Djibo army base", where _CLAIMED_BEFORE reads a
# claimed act
_CLAIMS_BEFORE = re.compile(r"\bclaims?(?:\s+[\w'’-]+){0,3}$", re.IGNORECASE)
# "TTP claimed the attack on a police checkpoint that killed four constables": an act claimed
# by its name (the act's noun right after, or its toll after the named act; not "Russia
# claimed the strike hit a command post", a claim of what a strike did)
_ACT_NOUNS = r"(?:attacks?|bombings?|blasts?|killings?|ambush(?:es)?|assaults?|raids?|massacre)"
_ACT_CLAIMED_BEFORE = re.compile(
    # ("al-Shabaab claimed through Shahada News Agency the killing of a security official")
    r"\bclaim(?:ed|s)\s+(?:(?:through|via)\s+(?:[\w'’-]+\s+){1,4})?"
    r"(?:the|last\s+\w+['’]s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)"
    r"(?:\s+[\w'’-]+)?$",
    re.IGNORECASE,
)
_ACT_NOUN = re.compile(_ACT_NOUNS, re.IGNORECASE)
# (a headline's "Taliban claim Jalalabad prison compound attack that killed 29": no article)
_CLAIMED_ACT_TOLL_BEFORE = re.compile(
    r"\bclaim(?:ed|s)?\s+(?:(?:the|a|an|last\s+\w+['’]s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)"
    rf"day['’]s)\s+)?(?:[\w'’-]+\s+){{0,3}}?{_ACT_NOUNS}\b[^.;]{{0,120}}?\b(?:that|which)"
    r"(?:\s+had)?$",
    re.IGNORECASE,
)
# "No group has yet claimed responsibility for the bombing", "the Taliban denied claiming":
# no claim made
_NO_CLAIM = re.compile(
    r"\b(?:no|not|nobody|none|never|yet\s+to|denied|denies|deny|without)\b(?:\s+[\w'’-]+){0,3}?"
    r"\s+(?:claim|took|take|taking)",
    re.IGNORECASE,
)
# "IS-K claimed responsibility", "the group claimed the attack" ("No group has claimed
# responsibility" names none: no actor stands before it)
# "Al-Shabaab said ... that its fighters had carried out the bombing": a claim in other words
_CARRIED_OUT_THE_ACT = (
    rf"\b{_ITS_FIGHTERS}\s+(?:had\s+)?"
    r"(?:carried\s+out\s+the|(?:were|was)\s+behind\s+the\s+(?:[\w-]+\s+)?)"
    r"\s*(?:attack|bombing|blast|killing|ambush|assault|raid)\b"
)
_CLAIMED_IT = re.compile(
    r"\bclaim(?:ed|s)\s+(?:responsibility|the\s+(?:attack|bombing|blast|killing))\b|"
    + _CARRIED_OUT_THE_ACT,
    re.I,
)
# an act told as the answer to the one before: "in response", "in retaliation", "retaliated"
_IN_ANSWER = re.compile(
    r"\bin\s+(?:response|retaliation|reply)\b|\bretaliat(?:ed|es|ing)\b|"
    r"\bresponded\s+(?:by|with)\b|"
    # "The army said its air force later struck the attackers": an act that followed
    r"\b(?:later|afterwards|subsequently)\s+(?:struck|bombed|shelled|hit|targeted|pursued|"
    r"chased|attacked|raided|launched|conducted|carried\s+out)\b",
    re.IGNORECASE,
)
_CLAIMED_THE_ACT = re.compile(
    r"\bclaim(?:ed|s)\s+(?:responsibility\s+for\s+)?the\s+(?:[\w-]+\s+)?(?:attack|bombing|"
    r"blast|explosion|killing|killings|ambush|assault|massacre)\b|"
    # "The Resistance Front, claimed responsibility in a social media post": for no other act
    r"\bclaimed\s+responsibility\b(?!\s+for\b)(?=\s+(?:in|on|via|through)\b|\s*[.,])|"
    + _CARRIED_OUT_THE_ACT,
    re.I,
)
_PATRON_OF_IT = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:affiliate|branch|arm|franchise|offshoot|ally|wing|proxy)\b"
)
_CLAIMED_BY = re.compile(
    r"\b(?:attack|bombing|blast|assault|ambush|killing|raid)s?\s+(?:that\s+was\s+|later\s+)?"
    r"claimed\s+by\s+(?:the\s+)?",
    re.I,
)


_PEOPLE_HURT = re.compile(
    # "leads to human losses", "the death of a man"; not "casualties unknown"
    r"\b(?:injur|wound|kill|dead|died|deaths?\b|human\s+loss|"
    r"casualt(?!ies\s+(?:are\s+|were\s+|remain\s+)?(?:unknown|not\b)))\w*",
    re.IGNORECASE,
)


def _victims_after(article: Article, sentence: Sentence, event: Event, kb: ActorKnowledge) -> None:
    """Shelling or a bomb told in one sentence and the civilians it hurt in the very next
    ("... launched 7 rockets at Mykolaiv. 9 civilians were injured."): ACLED codes the
    civilians as its target."""
    last = event.evidence.get("more", [{}])[-1].get("end", event.evidence.get("end", 0))
    if any(last <= s.start < sentence.start for s in article.sentences):
        return  # only the very next sentence
    if "\n" in article.text[last : sentence.start]:
        return
    _civilians_hurt(event, sentence.text, kb)


def _identified_after(
    article: Article, sentence: Sentence, event: Event, kb: ActorKnowledge
) -> None:
    """"... killed three suspected militants in a gunfight. ... Police said the militants
    belonged to the Lashkar-e-Taiba group": a later sentence that says who the unidentified
    side was, in so many words."""
    if event.event_type not in _VIOLENT:
        return
    said = _BELONGED_TO.search(sentence.text)
    if said is None:
        _blamed_after(article, sentence, event, kb)
        return
    group = next(
        (
            m
            for m in article.actor_mentions
            if m.sentence == sentence.index
            and 0 <= m.start - sentence.start - said.end() <= 4
            and m.category in NAMED_ARMED
        ),
        None,
    )
    if group is None:
        return
    country = (event.location or {}).get("country")
    for role in ("actor1", "actor2"):
        if (getattr(event, role) or "").startswith("Unidentified Armed Group"):
            setattr(event, role, _actor_name(group, country, kb))
            setattr(event, "inter" + role[-1], INTER_CODES.get(group.category or ""))
            event.provenance[role] = f"identified after it: {group.text!r}"
            return


def _blamed_after(article: Article, sentence: Sentence, event: Event, kb: ActorKnowledge) -> None:
    """"Drones struck fuel depots in Port Sudan ... The army blamed the Rapid Support Forces":
    the armed side a later sentence blames is the doer no word named (an air strike's doer
    guessed from the state's air force, or an unidentified group)."""
    blamed = _BLAMED_ON_AFTER.search(sentence.text)
    guessed = event.actor1 is None or event.actor1.startswith("Unidentified") or (
        event.provenance.get("actor1", "").startswith("unattributed")
    )
    if (
        blamed is None
        or not guessed
        # the next sentence, on this act: not "has blamed gangs such as Los Choneros for a
        # wave of violence"
        or sentence.index - article.sentence_of(event.evidence.get("start", 0)) > 1
        or _BLAMED_FOR_MORE.search(sentence.text, blamed.end())
    ):
        return
    group = next(
        (
            m
            for m in article.actor_mentions
            if m.sentence == sentence.index
            and 0 <= m.start - sentence.start - blamed.end() <= 4
            and m.category in ARMED - {"unknown", "unidentified"}
            and m.template is None
            and m.actor != event.actor2
        ),
        None,
    )
    if group is None:
        return
    event.actor1 = _actor_name(group, (event.location or {}).get("country"), kb)
    event.inter1 = INTER_CODES.get(group.category or "")
    event.provenance["actor1"] = f"blamed after it: {group.text!r}"


_BLAMED_FOR_MORE = re.compile(
    r"\b(?:such\s+as|for\s+(?:a|the)\s+(?:wave|spate|surge|series|rise|string|campaign))\b",
    re.IGNORECASE,
)
# "the militants belonged to", "the attackers were members of": who the side was
_BELONGED_TO = re.compile(
    r"\bthe\s+(?:(?:slain|dead|killed|suspected)\s+)?(?:militants|attackers|gunmen|assailants|"
    r"insurgents|rebels|fighters)\s+(?:belonged\s+to|were\s+(?:(?:all\s+)?members\s+of|"
    r"affiliated\s+with|from))\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _civilians_hurt(event: Event, told: str, kb: ActorKnowledge) -> None:
    """Make the civilians a later sentence says were hurt the target of shelling or a bomb
    that has none."""
    if event.event_type != "Explosions/Remote violence" or event.actor2 is not None:
        return
    country = (event.location or {}).get("country")
    # people hurt, not houses damaged: ACLED leaves the target empty when a shell only
    # "damaged civilian infrastructure, casualties unknown"
    if country and _CIVILIAN_HARM.search(told) and _PEOPLE_HURT.search(told):
        event.actor2 = fill_template("Civilians ({country_name})", country, kb)
        event.inter2 = INTER_CODES["civilians"]
        event.provenance["actor2"] = "civilians hurt, told in the next sentence"


_WHEREABOUTS_UNKNOWN = re.compile(
    r"\bwhereabouts\b[^.;]{0,40}?\b(?:unknown|not known|remain\w* unclear)\b"
    # "taken to unknown locations"
    r"|\b(?:to|at)\s+(?:an?\s+)?unknown\s+(?:locations?|destinations?|places?)\b"
    # "found no trace of them in any jail or morgue", "remain unaccounted for", "the Navy
    # has denied holding them", "police said they had no record of their arrest"
    r"|\bno\s+trace\s+of\s+(?:him|her|them)\b|\bremain(?:s|ed)?\s+unaccounted\s+for\b"
    r"|\bden(?:y|ies|ied)\s+(?:holding|having\s+(?:detained|arrested)|detaining|arresting)\s+"
    r"(?:him|her|them)\b|\bno\s+record\s+of\s+(?:his|her|their)\s+(?:arrest|detention)\b"
    # "his family still has no information on where he is being held", "their families have
    # not heard from them since"
    r"|\bno\s+(?:information|word|news)\s+(?:on|of|about)\s+where\s+(?:he|she|they)\s+"
    r"(?:is|are|was|were)\s+(?:being\s+)?(?:held|detained|kept)\b"
    r"|\b(?:not|never)\s+(?:heard\s+from|seen)\s+(?:him|her|them)\s+(?:since|again)\b",
    re.IGNORECASE,
)


def _violence_told(event: Event, article: Article, sentence: Sentence) -> None:
    """Violence a sub-event type hides: air strikes in a fight on the ground; people
    arrested or abducted and beaten or killed ("7 residents were beaten and arrested by the
    Taliban", "arrested three passers-by. One of them was beaten ... by soldiers", "abducted
    and killed a farmer"): ACLED codes the violence, an attack, not the capture."""
    if event.sub_event_type == "Air/drone strike" and _AIR_GROUND.search(sentence.text):
        # "a combined air-ground operation involving airstrikes against JNIM": ACLED codes
        # air power in support of a fight on the ground as the clash
        event.sub_event_type = "Armed clash"
        event.event_type = event_type_of(event.sub_event_type)
        event.provenance["sub_event_type"] = (
            event.provenance.get("sub_event_type", "") + "; a fight on the ground too"
        )
        return
    if event.sub_event_type not in ("Arrests", "Abduction/forced disappearance"):
        return
    told = sentence.text + " " + _next_in_paragraph(article, sentence)
    found = _ABUSED.search(told)
    if found is None and event.sub_event_type == "Abduction/forced disappearance":
        # "ELN members abducted and killed a local farmer": the captive killed is the attack
        # (ACLED's dev notes code 13 of 14 abductions told with harm so); in the abduction's
        # own sentence: "He was kidnapped from Lebanon. He admitted that he had abducted and
        # killed citizens" tells of other captives
        found = _CAPTIVES_KILLED.search(sentence.text)
    if found:
        event.sub_event_type = "Attack"
        event.event_type = event_type_of(event.sub_event_type)
        event.provenance["sub_event_type"] = (
            event.provenance.get("sub_event_type", "") + f"; abuse told: {found[0]!r}"
        )


_CAPTIVES_KILLED = re.compile(
    r"\b(?:abducted|kidnapped|seized)\s+and\s+(?:later\s+|then\s+)?(?:killed|murdered|executed|"
    r"beheaded|shot\s+dead)\b|"
    # "two siblings were abducted in the Diamantino neighborhood and tortured": the passive's
    # subject, the captives, harmed ("abducted three civilians and killed their livestock" is
    # not)
    r"\b(?:was|were|been)\s+(?:abducted|kidnapped)\b[^.;]{0,60}?\band\s+(?:later\s+|then\s+)?"
    r"(?:tortured|beaten|killed|murdered|executed|beheaded|shot\s+dead)\b|"
    r"\b(?:later|then|subsequently|before\s+being)\s+(?:killed|murdered|executed|beheaded|"
    r"shot\s+dead)\b",
    re.IGNORECASE,
)
_AIR_GROUND = re.compile(
    r"\b(?:air[- ](?:and[- ])?ground|ground[- ](?:and[- ])?air|combined\s+(?:air|aerial))\b",
    re.IGNORECASE,
)
_ABUSED = re.compile(
    r"\b(?:were|was|being|been|got)\s+(?:\w+\s+){0,2}?(?:beaten|tortured|kicked|slapped|"
    r"whipped|flogged|violently\s+assaulted)\b|"
    r"\b(?:beat|beating|beaten|tortured|torturing|kicked|kicking|slapped|whipped)\s+"
    # ("beat and cut him with knives while he was held in a water drum")
    r"(?:and\s+(?:cut|stabbed|burned|kicked|whipped|tortured)\s+)?"
    r"(?:them|him|her|the\s+(?:men|man|detainees?|protesters?|residents?))\b"
    # ("a man arrested by soldiers at a checkpoint ... died under interrogation")
    r"|\bdied\s+(?:under|during|in)\s+(?:interrogation|torture|custody|detention)\b",
    re.IGNORECASE,
)


def _disappearance_told(event: Event, article: Article) -> None:
    """An arrest whose paragraph says the people's whereabouts are unknown, or that they
    were taken to an unknown place, is a forced disappearance (ACLED)."""
    if event.sub_event_type != "Arrests":
        return
    from polemos.events.classifier import event_text

    found = _WHEREABOUTS_UNKNOWN.search(event_text(article, event))
    if found:
        event.sub_event_type = "Abduction/forced disappearance"
        event.event_type = event_type_of(event.sub_event_type)
        event.provenance["sub_event_type"] = (
            event.provenance.get("sub_event_type", "") + f"; disappearance told: {found[0]!r}"
        )


def _placed_where_it_took_place(article: Article, sentence: Sentence, event: Event) -> None:
    """ "PESHAWAR (AP) - Gunmen opened fire on a convoy ... The attack took place in the
    Kurram district, where dozens have been killed in recent months": a sentence that points
    back to the act and says where it was places it, when the act's own sentence gave only
    the dateline's city or a coarser unit (what else the sentence tells is no event)."""
    if event.event_type not in _VIOLENT or event.evidence.get("end", 0) > sentence.start:
        return
    opening = _RECALLED_ACT.match(sentence.text)
    took = _TOOK_PLACE_IN.match(sentence.text, opening.end()) if opening else None
    # "The attack on Nungchappi village in Bishnupur district came a day after ...": the
    # act named again by its place
    named_by_place = took is None and _THE_ACT_ON_A_PLACE.match(sentence.text)
    took = took or named_by_place
    if took is None:
        return
    last = event.evidence.get("more", [{}])[-1].get("end", event.evidence["end"])
    if any(last <= s.start < sentence.start for s in article.sentences):
        return  # only the very next sentence
    # the place the sentence gives before its aside (", where ...", ", which ...")
    aside = _ASIDE_OF_A_PLACE.search(sentence.text, took.end())
    end = sentence.start + (aside.start() if aside else len(sentence.text))
    if named_by_place:
        # "The attack on the base in the municipality of Tibu came days after the ELN killed
        # two police officers in Cucuta": the act's own place is told before the verb
        verb = _VERB_AFTER_THE_ACT.search(sentence.text, took.end())
        end = min(end, sentence.start + verb.start()) if verb else end
    named = [
        t
        for t in _sentence_places(article, sentence.index)
        if t.start < end
        and t.place.precision in ("place", "admin2", "admin1")
        and not in_dateline(article.text, t.start, t.end)
    ]
    if not named:
        return
    where = min(named, key=lambda t: (PRECISION_RANK[t.place.precision], t.start))
    earlier = event.location or {}
    # the dateline's city, or a place borrowed from the sentences before: no place of its own
    borrowed = _own(event, "location", ("toponym in sentence, the dateline's", "context"))
    if earlier and where.place.country != earlier.get("country"):
        return
    if not borrowed and PRECISION_RANK[where.place.precision] >= _rank(earlier):
        return
    event.location = _location_dict(where.place)
    event.provenance["location"] = f"where the act took place, told after: {where.text!r}"
    _add_evidence(event, {"sentence": sentence.text, "start": sentence.start, "end": sentence.end})


# words that point back to the act just told: "ended the siege", "killed all five attackers"
_THE_ACT_AGAIN = re.compile(
    r"\b(?:the|all\s+(?:\w+\s+)?)(?:siege|standoff|attack|assault|raid|attackers|gunmen|"
    r"assailants|hostage-takers)\b",
    re.IGNORECASE,
)
_THE_ACT_ON_A_PLACE = re.compile(
    r"\s*(?:The|This|That)\s+(?:attack|assault|strike|airstrike|air\s+strike|raid|bombing|"
    r"shelling|ambush|massacre)\s+(?:on|in|at)\s+"
    # "The attack on the base in Mansila": the target, then its town
    r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:base|camp|barracks|post|outpost|checkpoint|garrison|"
    r"village|town)\s+(?:in|at|of|near)\s+)?"
    # "The attack on the base in the municipality of Tibu": the unit's kind, then its name
    r"(?:the\s+(?:[\w-]+\s+)?(?:municipality|district|town|village|city|province|region|"
    r"county|department|township|area)\s+of\s+)?(?=[A-Z])"
)
_VERB_AFTER_THE_ACT = re.compile(
    r"\s(?:came|comes|followed|follows|was|is|were|are|left|killed|wounded|happened|occurred|"
    r"took|marked|marks)\b"
)
_TOOK_PLACE_IN = re.compile(
    r"\s+(?:took\s+place|happened|occurred)\b(?:\s+[\w-]+){0,4}?\s+(?:in|at|near|outside)\b",
    re.IGNORECASE,
)
_ASIDE_OF_A_PLACE = re.compile(
    r",\s+(?:where|which|when|whose|an?\s|the\s)|;|\s+-\s", re.IGNORECASE
)


def _toll_after(article: Article, sentence: Sentence, event: Event) -> None:
    """A toll in a sentence of its own right after an event ("... shot at a merchant and his
    sons. 3 fatalities.") is that event's, when the event has none and the paragraph goes on."""
    if event.fatalities.get("best") is not None or event.evidence.get("end", 0) > sentence.start:
        return
    if event.sub_event_type in _NO_DEAD_OF_THEIR_OWN:
        return  # "police had arrested at least 60 people. Amnesty put the death toll at seven"
    if "\n" in article.text[event.evidence["end"] : sentence.start]:
        return
    last = event.evidence.get("more", [{}])[-1].get("end", event.evidence["end"])
    between = [s for s in article.sentences if last <= s.start < sentence.start]
    if between:
        return  # only the very next sentence: further on, a toll may be of anything
    tolls = numbers_of(article, sentence)[1]
    fatalities, rule = _fatalities(tolls, article.text)
    if fatalities["best"] is None:
        return
    event.fatalities = fatalities
    event.provenance["fatalities"] = rule + " (next sentence)"
    _add_evidence(event, {"sentence": sentence.text, "start": sentence.start, "end": sentence.end})


# sub-event types whose acts kill no one: a toll told after them is another act's
_NO_DEAD_OF_THEIR_OWN = frozenset(
    {"Arrests", "Peaceful protest", "Agreement", "Change to group/activity",
     "Headquarters or base established", "Non-violent transfer of territory"}
)  # fmt: skip


def _add_evidence(event: Event, span: dict[str, Any]) -> None:
    """One more sentence the event was read from, beside its own."""
    event.evidence.setdefault("more", []).append(span)


def _attribution_here(
    said: modality.Attribution | None,
    mentions: list[ActorMention],
    country: str | None,
    kb: ActorKnowledge,
    doer: str | None = None,
) -> dict[str, str | None] | None:
    """Who said it, named for the event's country: "the army said" of a camp in Mali is
    Mali's army in an article that also tells of Burkina Faso; "the Defence Ministry said"
    of Turkish strikes in Iraq is Turkey's, the doer's own."""
    if said is None:
        return None
    told = said.as_dict()
    speaker = next((m for m in mentions if m.actor == said.source and m.template), None)
    if speaker is not None and speaker.category == "state_forces" and doer:
        country = kb.state_of(doer) or country
    if speaker is not None and country:
        told["source"] = _actor_name(speaker, country, kb)
    return told


def _near_in_unit(event: Event, previous: Event) -> bool:
    """Is the later event's own town near the earlier one's, in the same first-level unit?"""
    from polemos.geo.distance import haversine_km

    place, earlier = event.location or {}, previous.location or {}
    if not _own(event, "location", "toponym in"):
        return False
    if place.get("precision") != "place" or earlier.get("precision") != "place":
        return False
    if place.get("admin1") != earlier.get("admin1") or None in (
        place.get("latitude"),
        earlier.get("latitude"),
    ):
        return False
    km = haversine_km(
        place["latitude"], place["longitude"], earlier["latitude"], earlier["longitude"]
    )
    return km <= DISTRICT_KM


def _lacked_in(place: dict[str, Any], unit: dict[str, Any]) -> bool:
    """Is ``place`` a name the gazetteer lacks, placed in the very unit ``unit`` is?"""
    level = unit.get("precision")
    return (
        place.get("geonameid") is None
        and unit.get("geonameid") is not None
        and level in ("admin1", "admin2")
        and place.get("precision") == level
        and place.get("country") == unit.get("country")
        and place.get(level) is not None
        and place.get(level) == unit.get(level)
    )


def _both_lacked_in_one_unit(place: dict[str, Any], earlier: dict[str, Any]) -> bool:
    """Are both places names the gazetteer lacks, placed in the same unit?"""
    level = place.get("precision")
    return (
        place.get("geonameid") is None
        and earlier.get("geonameid") is None
        and level in ("admin1", "admin2")
        and earlier.get("precision") == level
        and place.get("country") == earlier.get("country")
        and place.get(level) is not None
        and place.get(level) == earlier.get(level)
    )


def _rank(place: dict[str, Any] | None) -> int:
    """How coarse a location is: a town 0, up to a country; no place coarsest."""
    return PRECISION_RANK.get((place or {}).get("precision") or "unresolved", 4)


def _names_the_place_of(article: Article, event: Event, previous: Event) -> bool:
    """Does the event's sentence name the place the earlier event was placed at?"""
    earlier = previous.location or {}
    start, end = event.evidence.get("start", 0), event.evidence.get("end", 0)
    return any(
        start <= t.start < end
        and t.place is not None
        and (t.place.geonameid, t.place.name) == (earlier.get("geonameid"), earlier.get("name"))
        for t in article.toponyms
    )


def _finer_within(event: Event, previous: Event) -> bool:
    """Does the later event name a finer place inside the unit the earlier one was placed
    in ("a village in Sagaing region", then "in Kanbalu township")?"""
    place, earlier = event.location or {}, previous.location or {}
    unit = earlier.get("precision")
    if _own(previous, "location", "toponym in sentence, the dateline's"):
        # "NIAMEY (Reuters) - Twenty-nine soldiers were killed near the border ... an army unit
        # in the Tahoua region": the dateline said only the country
        unit = "country"
    if not _own(event, "location", "toponym in") or unit not in ("admin1", "admin2", "country"):
        return False
    if _lacked_in(place, earlier):
        return True  # "raided Salama village" after "in Kenya's Lamu county"
    if _rank(place) >= PRECISION_RANK[unit]:
        return False
    return place.get("country") == earlier.get("country") and (
        unit == "country" or (place.get(unit) is not None and place.get(unit) == earlier.get(unit))
    )


def _same_or_within(event: Event, previous: Event) -> bool:
    """Is the later event's place the earlier one's, or a unit that holds it ("Russian forces
    shelled Zarichne. As a result of the shelling of the Donetsk region, 3 were killed"), or
    none of its own (its sentence names no place)?"""
    place, earlier = event.location or {}, previous.location or {}
    if not _own(event, "location", "toponym in"):
        # a sentence that names no place has the article's place, however precise: "...
        # clashed at Ihioma (Orlu, Imo). Four militants were killed" is Ihioma's event
        return True
    rank, earlier_rank = _rank(place), _rank(earlier)
    if rank == earlier_rank:
        if rank == PRECISION_RANK["country"]:
            # "the camp at Boulkessi", a village the gazetteer lacks, lies in Mali as Mali does
            return place.get("country") == earlier.get("country")
        return place == earlier or _lacked_in(place, earlier)
    if rank < earlier_rank or place.get("country") != earlier.get("country"):
        return False
    # a unit holds the earlier place when the place lies in it; a country holds all of its own
    unit = place.get("precision")
    if unit not in ("admin1", "admin2"):
        return True
    if place.get(unit) is not None and place.get(unit) == earlier.get(unit):
        return True
    return unit == "admin2" and _district_of_the_city(place, earlier)


def _district_of_the_city(district: dict[str, Any], city: dict[str, Any]) -> bool:
    """Is the second-level unit a district of the earlier town, the town named as the place
    ("... attack on Kyiv ... A missile struck a building in the Sviatoshynskyi district"): in
    the same first-level unit, its point within a city's reach of the town's?"""
    from polemos.geo.distance import haversine_km

    if city.get("precision") != "place" or district.get("admin1") != city.get("admin1"):
        return False
    if None in (district.get("latitude"), city.get("latitude")):
        return False
    km = haversine_km(
        district["latitude"], district["longitude"], city["latitude"], city["longitude"]
    )
    return km <= DISTRICT_KM


_DESTROYED_BY_NO_ONE = re.compile(
    r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?"
    r"(?:set|burn|torch|loot|destroy|ransack|razed|demolish)",
    re.IGNORECASE,
)


def _the_night_before(event: Event, previous: Event) -> bool:
    """Is the event's day the one before an act told as "overnight" ("killed 40 in attacks
    overnight, officials said on Saturday ... struck the villages late on Friday")?"""
    if not (event.date and previous.date and event.date_precision == "day"):
        return False
    if "overnight" not in previous.provenance.get("date", ""):
        return False
    try:
        night = date.fromisoformat(previous.date) - timedelta(days=1)
    except ValueError:
        return False
    return event.date == night.isoformat()


def _day_within(event: Event, previous: Event) -> bool:
    """Is the event's date a day of the week, month or year the previous event is dated by?"""
    if not (event.date and previous.date and event.date_precision == "day"):
        return False
    if previous.date_precision not in ("week", "month", "year"):
        return False
    # "2024-06" and "2024" are stored without the day: the span's first day
    first = date.fromisoformat((previous.date + "-01-01")[:10])
    return first <= date.fromisoformat(event.date) <= last_day(first, previous.date_precision)


def _the_other_sides_dead(previous: Event, event: Event) -> bool:
    """"... killing 10 soldiers. Six militants were killed when troops returned fire": the
    dead the later sentence names (the subject of its passive) are armed men of another kind
    than the dead already counted, so both tolls are the event's."""
    if (
        event.event_type == previous.event_type == "Battles"
        and event.actor2 is not None
        and (event.actor1, event.actor2) == (previous.actor2, previous.actor1)
        and event.provenance.get("actor1", "").startswith("active")
        # (not "about 20 fighters of both parties were killed": the dead of the one fight)
        and _DOERS_DEAD.search(event.fatalities.get("text") or "")
    ):
        # "Militants attacked a checkpoint, killing seven soldiers ... Security forces returned
        # fire, killing four of the attackers": the fight told from the other side, its dead
        return True
    if not (
        event.provenance.get("actor2", "").startswith("passive: target the subject")
        and event.inter2 in _ARMED_INTERS
    ):
        return False
    if (
        _DOERS_DEAD.search(previous.fatalities.get("text") or "")
        and previous.inter1 in _ARMED_INTERS - {INTER_CODES["state_forces"]}
        and event.actor2 is not None
        and event.actor2 == previous.actor2 != previous.actor1
    ):
        # "repelled an attack by ISWAP ..., killing 23 of the attackers. Two soldiers were
        # killed": the dead counted first were the attackers'; the later, the other side's
        return True
    return (
        previous.inter2 is not None
        and event.inter2 != previous.inter2
        and event.actor2 not in (None, previous.actor2)
    )


# a toll of the doers: "23 of the attackers", "killing 12 militants"
_DOERS_DEAD = re.compile(
    r"\b(?:attackers|assailants|militants|insurgents|jihadists|terrorists|gunmen|bandits)\b",
    re.IGNORECASE,
)


_SIDE_S_TOLL = "a side's claim, by "


def _a_side_s_word(event: Event, act: Event) -> bool:
    """Is the event told in the words of one of the act's two sides?"""
    return event.modality == "claimed" and _one_of_its_sides(
        (event.attribution or {}).get("source"), act
    )


def _names_the_counted(told: str | None, toll: dict[str, Any]) -> bool:
    """Does the toll text ``told`` count the people ``toll`` counts ("five soldiers and more
    than a dozen militants" those of "30 soldiers")?"""
    counted = re.findall(r"[a-z]+", (toll.get("text") or "").casefold())
    if not counted or not told:
        return False
    noun = counted[-1].removesuffix("s")
    return any(w.removesuffix("s") == noun for w in re.findall(r"[a-z]+", told.casefold()))


def _toll_raised(previous: Event, event: Event) -> bool:
    """Does the later sentence raise the act's toll ("raising the death toll to 12", "the
    toll rose to 12"), to the count the event read?"""
    best, before = event.fatalities.get("best"), previous.fatalities.get("best")
    if best is None or before is None or best <= before:
        return False
    sentence, said = event.evidence.get("sentence", ""), event.fatalities.get("text") or ""
    return any(
        sentence[raised.end() :].lstrip().startswith(said)
        for raised in _TOLL_RAISED.finditer(sentence)
    )


_TOLL_RAISED = re.compile(
    r"\b(?:rais\w*|bring\w*|brought|push\w*|tak(?:es|ing)|took)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:toll|number\s+of\s+(?:dead|deaths|fatalities|people\s+killed))\s+to\b|"
    r"\btoll\s+(?:has\s+|had\s+)?(?:rose|risen|climbed|increased|jumped|reached)(?:\s+to)?\b",
    re.IGNORECASE,
)


def _destruction_with_gunfire(event: Event) -> bool:
    """Is the event a destruction whose sentence also tells a killing or shooting ("the gang
    torched houses and shot at anyone in the streets")?"""
    absorbed = set(_ABSORBED_KINDS.findall(event.provenance.get("absorbed", "")))
    return event.sub_event_type == "Looting/property destruction" and bool(
        absorbed & {"killing", "clash", "exchange_fire"}
    )


def _is_headline(sentence_text: str) -> bool:
    """Does the sentence end with no full stop, as a headline does?"""
    return not sentence_text.rstrip().endswith((".", "”", '"'))


def _headline_pair(sentence: Sentence, offset: int, first: ActorMention, between: str) -> bool:
    """Do two armed sides open a headline with only a comma between them ("FARDC, Wazalendo
    fighters retake Kitshanga", "Troops, ISWAP terrorists in fierce gun duel"), after a kicker
    if any ("HAITI: Police, gangs trade fire for hours in Solino")?"""
    return (
        _COMMA_ONLY.fullmatch(between) is not None
        and _is_headline(sentence.text)
        and first.category in ARMED
        and _KICKER_ONLY.fullmatch(sentence.text, 0, first.start - offset) is not None
    )


def _says_no_ones_word(event: Event) -> bool:
    """Is the event told in a headline (no full stop) that says no one's word?"""
    return event.attribution is None and _is_headline(event.evidence.get("sentence", ""))


def _tells_a_riot(text: str) -> bool:
    return any(t.pattern.search(text) for t in triggers() if t.id == "riot")


def _fold_into(previous: Event, event: Event) -> None:
    """Keep what a later sentence or clause adds to an event: its toll and counts."""
    if previous.fatalities.get("best") is None and event.fatalities.get("best") is not None:
        previous.fatalities = event.fatalities
        if _a_side_s_word(event, previous):
            previous.provenance["fatalities"] = (
                f"{_SIDE_S_TOLL}{event.attribution['source']}: {event.fatalities.get('text')!r}"
            )
        if _destruction_with_gunfire(previous) and previous.fatalities.get("best"):
            # "... torched houses and shot at anyone in the streets. At least seven people
            # were killed.": destruction that killed is an attack (ACLED)
            previous.sub_event_type = "Attack"
            previous.event_type = "Violence against civilians"
            previous.provenance["sub_event_type"] = (
                previous.provenance.get("sub_event_type", "") + "; its toll told after: an attack"
            )
    elif (
        (
            previous.provenance.get("fatalities", "").startswith(_SIDE_S_TOLL)
            # "Al Shabaab militants attacked a base ..., the group said, claiming to have
            # killed 30 soldiers": the act told in its doer's words, toll and all (the dead
            # it claims are the other side's, as a later side's claim folded in)
            or (
                previous.modality == "claimed"
                and previous.actor1 is not None
                and (previous.attribution or {}).get("source") == previous.actor1
                and _own(previous, "fatalities", "toll:")
            )
        )
        and event.fatalities.get("best")
        and event.fatalities["best"] < previous.fatalities.get("best", 0)
        and not _a_side_s_word(event, previous)
        # (the same victims: "One of the mortars ... killed two civilians" adds its own; or
        # a battle's dead told again, the claimed among them: "five soldiers and more than a
        # dozen militants died in the fighting" after "claiming to have killed 30 soldiers",
        # not "21 hostages and four soldiers" after "killing all 33 attackers", nor "three
        # soldiers were also killed")
        and (
            event.actor2 == previous.actor2
            or (
                previous.event_type == event.event_type == "Battles"
                and _names_the_counted(event.fatalities.get("text"), previous.fatalities)
                and not _ALSO_KILLED.search(event.evidence.get("sentence", ""))
            )
        )
    ):
        # "JNIM ... said its fighters killed 21 soldiers. A local official said at least 15
        # soldiers had died": ACLED takes the most conservative report over a side's claim
        previous.fatalities = event.fatalities
        previous.provenance["fatalities"] = (
            f"lower than a side's claim, told after: {event.fatalities.get('text')!r}"
        )
    elif (
        previous.fatalities.get("qualifier") == "vague"
        and event.fatalities.get("qualifier") not in (None, "vague")
        and (event.fatalities.get("best") or 0) > (previous.fatalities.get("best") or 0)
    ):
        # "... killing dozens of soldiers and civilians. One of them said at least 50 soldiers
        # and volunteer fighters had been killed": a number for the toll a word gave
        previous.fatalities = event.fatalities
        previous.provenance["fatalities"] = (
            f"a number for the toll told in words: {event.fatalities.get('text')!r}"
        )
    elif _toll_raised(previous, event):
        # "Two of the wounded later died in hospital, raising the death toll to 12": the
        # act's toll as last told
        previous.fatalities = event.fatalities
        previous.provenance["fatalities"] = (
            f"toll raised after: {event.fatalities.get('text')!r}"
        )
    elif event.fatalities.get("best") is not None and (
        _ALSO_KILLED.search(event.evidence.get("sentence", ""))
        or _the_other_sides_dead(previous, event)
    ):
        # "... killed five soldiers. Three attackers were also killed": ACLED counts every
        # death of the event
        before, more = previous.fatalities, event.fatalities
        previous.fatalities = {
            **before,
            **{
                bound: before[bound] + more[bound]
                if before.get(bound) is not None and more.get(bound) is not None
                else None
                for bound in ("low", "best", "high")
            },
            "text": f"{before.get('text')} + {more.get('text')}",
        }
    if _own(event, "date", "date in sentence") and (
        not _own(previous, "date", "date in sentence")
        or _day_within(event, previous)
        or _the_night_before(event, previous)
    ):
        # "Gunmen killed 14 people ..., police said on Sunday. The attackers stormed Kadawa
        # village late on Friday": the later sentence dates the act, as "on Friday" does
        # what was told of "last week"
        previous.date, previous.date_precision = event.date, event.date_precision
        previous.provenance["date"] = event.provenance["date"] + " (told after)"
    # "... shelled Zarichne. 1 civilian was killed": ACLED codes the civilians as the target;
    # "Russian forces shelled Krasnohorivka. 28 Ukrainian soldiers were killed": a shelling's
    # or a bomb's dead of another armed side, too
    armed_dead = (
        previous.event_type == "Explosions/Remote violence"
        and event.actor2 not in (None, previous.actor1)
        and event.inter2 in _ARMED_INTERS
        and event.provenance.get("actor2", "").startswith("passive: target the subject")
    )
    if (
        previous.actor2 is None
        and (event.inter2 == INTER_CODES["civilians"] or armed_dead)
        and previous.event_type in _VIOLENT
        # "said the killings amounted to a massacre" judges what was told, names no target
        and not _CHARACTERISED.search(event.evidence.get("sentence", ""))
    ):
        previous.actor2, previous.inter2 = event.actor2, event.inter2
        previous.provenance["actor2"] = "victims named in a later sentence"
        if (
            previous.sub_event_type == "Armed clash"
            and previous.inter2 == INTER_CODES["civilians"]
            and previous.inter1 in _ARMED_INTERS
            # an attack, not a fight ("clashed", "battled": the other side fought back)
            and _ONE_SIDED_ASSAULT.search(previous.provenance.get("trigger", ""))
        ):
            # "armed men attacked the market ... Two people were killed": an armed side's
            # attack whose only victims are civilians is an attack on civilians (ACLED)
            previous.sub_event_type = "Attack"
            previous.event_type = event_type_of(previous.sub_event_type)
            previous.provenance["sub_event_type"] = (
                previous.provenance.get("sub_event_type", "") + "; its victims civilians"
            )
    if (
        event.attribution
        and event.modality == previous.modality
        # the lead says "police said"
        and _says_no_ones_word(previous)
    ):
        previous.attribution = event.attribution
        previous.provenance["modality"] = event.provenance.get("modality", "") + " (told after)"
    if (
        previous.event_type == event.event_type == "Battles"
        and (previous.actor1 or "Unidentified").startswith("Unidentified")
        and _named_armed(event.actor1, event.inter1)
        and _named_armed(event.actor2, event.inter2)
    ):
        # "Fighting between two armed groups killed 27 people. The clashes erupted ...
        # between the 444 Brigade and the Special Deterrence Force": the sides, named after
        sides = [(event.actor1, event.inter1), (event.actor2, event.inter2)]
        state_first = previous.sub_event_type == "Government regains territory"
        if (
            previous.sub_event_type in _TAKING
            and (sides[0][1] == "1") != state_first
            # (two states' forces: "Russian forces captured the village", the first the taker)
            and sides[0][1] != sides[1][1]
        ):
            # "... said its fighters had captured the villages ... Government forces and
            # HTS fought": the taker is actor 1, the state's forces when it regains ground
            sides.reverse()
        (previous.actor1, previous.inter1), (previous.actor2, previous.inter2) = sides
        previous.provenance["actor1"] = previous.provenance["actor2"] = (
            "sides named in a later sentence"
        )
    elif (
        (
            previous.event_type == event.event_type
            # "The attack by the Allied Democratic Forces took place in Komanda": the act
            # pointed back to, in the words of any type
            or _RECALLED_ACT.match(event.evidence.get("sentence", "")) is not None
        )
        and (
            (previous.actor1 or "").startswith("Unidentified")
            # "Rebels attack UN peacekeepers ... rebels of the 3R group attacked": the group
            or previous.actor1 == GENERIC_REBELS
            # "Fighters from an al Qaeda-linked group killed scores ... Militants from JNIM
            # stormed the outskirts": the patron named a client the next sentence names
            or _named_as_a_patron(previous)
        )
        and event.actor1 not in (previous.actor1, previous.actor2)
        and _named_armed(event.actor1, event.inter1)
        # a group, not a state's forces: "police confirmed the attack but said 18 were
        # killed" tells of it
        and event.inter1 in _NON_STATE_INTERS
        and (
            event.actor2 in (None, previous.actor2)
            # a target its sentence does not name, guessed from the article's war
            or event.provenance.get("actor2", "").startswith(
                ("article's main adversary", "the other side of the war")
            )
        )
    ):
        # "Gang members ... killed at least 70 people ... The Gran Grif gang opened fire on
        # residents": the doer named when the act is told again
        previous.actor1, previous.inter1 = event.actor1, event.inter1
        previous.provenance["actor1"] = "doer named in a later sentence"
    if (
        previous.event_type == "Protests"
        and event.sub_event_type == "Violent demonstration"
        # the riot's own words, not the model's reading ("threw snowballs at a police
        # officer": ACLED's coder kept the protest peaceful)
        and _tells_a_riot(event.evidence.get("sentence", ""))
    ):
        # "The annual march began peacefully ... As it reached Exarchia, hooded youths hurled
        # petrol bombs at riot police": a demonstration some of whose marchers turned violent
        # is a violent demonstration (ACLED), its sides the rioters and the police
        previous.sub_event_type, previous.event_type = event.sub_event_type, event.event_type
        previous.actor1, previous.inter1 = event.actor1, event.inter1
        previous.actor2, previous.inter2 = event.actor2, event.inter2
        previous.provenance["sub_event_type"] = (
            previous.provenance.get("sub_event_type", "") + "; turned violent, told after"
        )
    _civilians_hurt(previous, event.evidence.get("sentence", ""), knowledge())
    previous.counts.extend(c for c in event.counts if c not in previous.counts)
    if event.evidence["start"] != previous.evidence["start"]:
        _add_evidence(previous, {k: event.evidence[k] for k in ("sentence", "start", "end")})
    previous.provenance["absorbed"] = (
        previous.provenance.get("absorbed", "") + f" {event.provenance.get('trigger', '')}"
    ).strip()


_UNNAMED = {"unidentified", "unknown"}
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
_ON_A_TARGET = re.compile(
    r"\s+(?:on|upon|against|targeting)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|\d)\b)"
)
_APPOSITION = re.compile(r"\s*[,:(]\s*(?:namely\s+|including\s+)?")
# "withdrew from", "garrison surrenders", "surrendered their base": the side that gave up ground
_GAVE_UP_GROUND = re.compile(
    r"withdr(?:ew|awn|awal)\b|(?:[\w-]+\s+){0,3}?surrender", re.IGNORECASE
)
_NATION_IN_NAME = re.compile(r"\(([^()]+)\)$")


def _acled_roles(event: Event, article: Article, kb: ActorKnowledge) -> None:
    """Roles as ACLED codes them for each event type.

    Whoever protests is "Protesters (country)" (a named organiser becomes the associated
    actor), rioters are "Rioters (country)", the victims of violence against civilians are
    "Civilians (country)", and an attacker nobody names is an unidentified armed group.
    """
    from polemos.actors import article_country

    country = (event.location or {}).get("country") or article_country(article, kb)

    def generic(template: str) -> str:
        return fill_template(template, country, kb)

    def category(name: str | None) -> str | None:
        return kb.category_of(name) if name else None

    before = (event.actor1, event.actor2)
    crowds = {"protesters", "rioters"}
    if (
        event.sub_event_type == "Armed clash"
        and category(event.actor1) in crowds | {None}
        and category(event.actor2) in crowds
    ):
        event.actor1, event.actor2 = event.actor2, event.actor1
    if event.sub_event_type == "Armed clash" and category(event.actor1) in crowds:
        # "clashes between protesters and security forces killed 17": a crowd fights no
        # battle; ACLED codes its fight with the forces as a violent demonstration
        event.sub_event_type, event.event_type = "Violent demonstration", "Riots"
        event.actor1 = generic("Rioters ({country_name})")
        event.provenance["sub_event_type"] = (
            event.provenance.get("sub_event_type", "") + "; a crowd's clash is a riot"
        )
    if (
        event.sub_event_type == "Looting/property destruction"
        and (event.fatalities.get("best") or 0) > 0
        and category(event.actor1) not in crowds
    ):
        # "settlers rampaged through Huwara, setting fire to houses and cars, and a man was
        # shot dead": destruction that killed is an attack (ACLED)
        event.sub_event_type, event.event_type = "Attack", "Violence against civilians"
        event.provenance["sub_event_type"] = (
            event.provenance.get("sub_event_type", "") + "; destruction that killed: an attack"
        )
    kind, sub = event.event_type, event.sub_event_type
    if (
        sub == "Non-violent transfer of territory"
        and event.actor2 is not None
        and _GAVE_UP_GROUND.match(event.evidence.get("trigger") or "")
        and not event.provenance.get("actor1", "").startswith("the taker")
    ):
        # "Ukrainian forces withdrew from the village of Hirnyk", "Afghan army garrison
        # surrenders to Taliban": ACLED's actor 1 is the side that gains the ground, the one
        # that left its actor 2
        event.actor1, event.actor2 = event.actor2, event.actor1
        event.inter1, event.inter2 = event.inter2, event.inter1
        event.provenance["actor1"] = "the taker: the other side of the one that gave it up"
        event.provenance["actor2"] = "the side that gave up the ground"
    # "rival gangs clashed", "rioters fought each other": ACLED names the one kind both sides
    # a side the text does not name, guessed from the article's war
    actor2_guessed = event.provenance.get("actor2", "").startswith(_ACTOR2_GUESSED)
    among_themselves = (
        sub in {"Armed clash", "Mob violence"}
        # "12 people were injured in a clash between two groups of BCL": a brawl among one
        # crowd, whoever the sentence names beside it (ACLED: rioters on both sides)
        and (
            event.actor2 is None
            # "clashes between the major factions of the Eastern Ghouta": not the regime
            or actor2_guessed
            or sub == "Mob violence"
            and category(event.actor2) != "state_forces"
        )
        and _reciprocal(event.evidence.get("sentence", ""), _trigger_at(event))
    )
    if kind in {"Protests", "Riots"}:
        from polemos.events.classifier import event_text

        crowd = "protesters" if kind == "Protests" else "rioters"
        template = (
            "Protesters ({country_name})" if crowd == "protesters" else "Rioters ({country_name})"
        )
        if category(event.actor1) != crowd:
            if event.actor1 and category(event.actor1) not in {"civilians", "state_forces"}:
                event.assoc_actor_1 = event.actor1
            if category(event.actor2) == "state_forces" or event.actor1 is None:
                pass
            elif category(event.actor1) == "state_forces":
                event.actor2 = event.actor1
            # "Israeli settlers attacked Palestinian farmers near Ramallah": a crowd of a
            # nation its name gives is that nation's (ACLED: Rioters (Israel), with Settlers
            # (Israel) associated), wherever it gathered
            nation = _NATION_IN_NAME.search(event.assoc_actor_1 or "")
            code = kb.country_code(nation.group(1)) if nation else None
            event.actor1 = fill_template(template, code, kb) if code else generic(template)
        if sub == "Violent demonstration" and _EACH_OTHER.search(
            event.evidence.get("sentence", "")
        ):
            # "activists clashed with each other during a demonstration ... Police
            # intervened": the crowd's two parts are the sides (ACLED: rioters both)
            event.actor2 = event.actor1
        elif sub in {"Protest with intervention", "Excessive force against protesters"}:
            police = _police_named(article, event) or generic("Police Forces of {country_name}")
            if (
                sub == "Protest with intervention"
                and category(event.actor2) != "state_forces"
                and _attacked_by_a_crowd(event_text(article, event))
            ):
                # "members of the movement attacked the demonstrators", "protesters were
                # beaten by unknown people": no authority stepped in; a crowd attacked them
                # (ACLED: rioters as the protest's other side)
                event.actor2 = generic("Rioters ({country_name})")
            elif category(event.actor2) != "state_forces":
                event.actor2 = police
            elif not event.actor2.startswith("Police Forces of") and _intervened(
                "police", article, event
            ):
                # "against the Russian military invasion ... Police intervened": the police
                # who stepped in, not the army the protest was about
                event.actor2 = police
        elif sub == "Mob violence":
            mutual = _cue("mutual").search(event.evidence.get("trigger") or "") is not None
            if among_themselves or (mutual and category(event.actor2) != "state_forces"):
                # "locals clashed with BJP members": a brawl of two crowds, rioters both
                event.actor2 = event.actor1
            elif category(event.actor2) not in {"civilians", "state_forces"}:
                event.actor2 = generic("Civilians ({country_name})")
        elif sub == "Peaceful protest" or category(event.actor2) not in {"state_forces"}:
            # a peaceful protest has no other side (ACLED's interaction 60), whoever it was
            # against ("against the Russian military aggression") or who watched it ("police
            # were present"); police who stepped in made it a protest with intervention
            event.actor2 = None
            # the event's paragraph, as the classifier reads it: who else was there
            told = event_text(article, event)
            if sub == "Peaceful protest" and _cue("counter_protest").search(told):
                event.actor2 = generic(template)  # "20 people held a counter-demonstration"
            elif sub == "Violent demonstration" and _cue("police").search(
                # "to protest against police brutality": the cause, not the other side
                _POLICE_AS_CAUSE.sub("", told)
            ):
                event.actor2 = generic("Police Forces of {country_name}")
            elif sub == "Violent demonstration" and _cue("private_guards").search(told):
                # "The group pelted stones at security guards"
                event.actor2 = generic("Private Security Forces ({country_name})")
            elif sub == "Violent demonstration" and _cue("crowd_harms").search(told):
                event.actor2 = generic("Civilians ({country_name})")
    elif kind == "Violence against civilians":
        if category(event.actor2) != "civilians":
            if category(event.actor1) == "civilians":
                event.actor1, event.actor2 = event.actor2, event.actor1
            else:
                event.actor2 = generic("Civilians ({country_name})")
        if event.actor1 is None:
            event.actor1 = generic("Unidentified Armed Group ({country_name})")
    elif sub == "Arrests" and category(event.actor2) not in ARMED:
        # ACLED codes the people arrested as civilians; foreigners (migrants) as international
        foreign = _cue("foreigners").search(event.evidence.get("sentence", "")) is not None
        event.actor2 = (
            "Civilians (International)" if foreign else generic("Civilians ({country_name})")
        )
        if event.actor1 is None:
            # "two journalists were arrested in Minsk": who arrests is the state, most often
            # its police (ACLED's arrests by an unnamed force)
            event.actor1 = generic("Police Forces of {country_name}")
    elif sub == "Disrupted weapons use" and event.actor2 is None:
        if not _INTERCEPTED.search(event.evidence.get("sentence", "")):
            # a cache seized, a mine defused: whoever laid them, unnamed (ACLED)
            event.actor2 = generic("Unidentified Armed Group ({country_name})")
    elif sub == "Looting/property destruction":
        if event.actor2 is None or event.provenance.get("actor2", "").startswith(_ACTOR2_GUESSED):
            # property nobody armed holds is civilians' (ACLED codes its owners as the
            # target), not the war's other side a raid the classifier re-typed was given as
            # a guess
            event.actor2 = generic("Civilians ({country_name})")
        if event.actor1 is None:
            # "unidentified perpetrators set fire to a school", "an arsonist": ACLED's
            # unidentified armed group, as for an attack nobody is named in
            event.actor1 = generic("Unidentified Armed Group ({country_name})")
    elif kind == "Battles":
        theatre = kb.theatre(event.location, event.date)
        if theatre is None and (event.location or {}).get("precision") in (None, "country"):
            # "fire in both directions of the frontline near Pyshchevyk", a village no
            # gazetteer knows, in Ukraine in January 2022: the country's one war then
            theatre = kb.countrywide_theatre(country, event.date)
        if event.actor1 is None and event.actor2 is None and theatre is not None:
            # fighting nobody is named in, where one war is the war (actors.yaml: theatres):
            # its two sides ("in both directions of the frontline near Pyshchevyk")
            event.actor1, event.actor2 = theatre.sides
            event.provenance["actor1"] = event.provenance["actor2"] = "the theatre's two sides"
        if event.actor1 is None and sub == "Government regains territory" and country:
            # "Al Shabaab fighters were driven out of Bulo Burte": a government regains
            # what it regains with its own forces (ACLED)
            event.actor1 = generic("Military Forces of {country_name}")
        if event.actor1 is None:
            event.actor1 = generic("Unidentified Armed Group ({country_name})")
        if category(event.actor2) == "civilians":
            # a battle is fought with the armed ("stormed a hotel, killing nine people before
            # security forces ended the siege"): the other armed side the sentence names
            index = article.sentence_of(event.evidence.get("start", 0))
            armed = next(
                (
                    name for m in article.actor_mentions
                    if m.sentence == index
                    and m.category in ARMED - {"unknown", "unidentified"}
                    # "..., said regional police spokesman Ignatius Benny": who tells of it
                    and not _speaks(m, article.text)
                    and (name := generic(m.template) if m.template else m.actor) != event.actor1
                ),
                None,
            )  # fmt: skip
            if armed is not None:
                event.actor2 = armed
                event.provenance["actor2"] = "the armed side the battle's sentence names"
        if among_themselves and (
            category(event.actor1) in _SAME_KIND_SIDES
            # "two groups of Puntland security forces clashed": one actor on both sides
            or category(event.actor2) in {None, "civilians"}
            or actor2_guessed
        ):
            event.actor2 = event.actor1
            event.provenance["actor2"] = "a fight among one kind: the doer on both sides"
    elif kind == "Explosions/Remote violence":
        if category(event.actor1) == "civilians":
            # "15 people killed in the airstrikes": the people are the victims, not the doers;
            # "two civilians were killed when a landmine left over by ISIS exploded": the armed
            # actor named with them is the doer
            if category(event.actor2) in ARMED - {"state_forces"} and _LAID_BY.search(
                event.evidence.get("sentence", "")
            ):
                event.actor1, event.actor2 = event.actor2, event.actor1
            else:
                event.actor1, event.actor2 = None, event.actor2 or event.actor1
        if event.actor2 is None and _hits_civilians(event):
            event.actor2 = generic("Civilians ({country_name})")
        elif (
            category(event.actor2) == "civilians"
            and not _people_hurt(event)
            and not _PEOPLE_AIMED_AT.search(event.evidence.get("sentence", ""))
        ):
            # "shelled civilian infrastructure in Chervone. Casualties unknown.": the people
            # whose homes were hit are no target ACLED names when nobody was hurt (drones that
            # "targeted workers of a demining team" aimed at people: they are)
            event.actor2 = None
        if (
            sub == "Remote explosive/landmine/IED"
            and category(event.actor1) == "state_forces"
            and category(event.actor2) != "state_forces"
            and _STRUCK_BY_A_BOMB.search(event.evidence.get("sentence", ""))
        ):
            # "a Malian army vehicle hit an IED likely planted by JNIM", "a bomb exploded at
            # the police checkpoint": the force is the target; the doer is whoever planted it
            planter = event.actor2 if category(event.actor2) in ARMED else None
            event.actor1, event.actor2 = planter, event.actor1
        theatre = kb.theatre(event.location, event.date)
        if event.actor1 is None and sub == "Air/drone strike" and theatre and theatre.air:
            # over a region whose war has its own air power (actors.yaml: theatres), the
            # strikes nobody claims are that power's: the coalition's over Raqqa in 2017
            event.actor1 = theatre.air
            event.provenance["actor1"] = f"unattributed air strike: {theatre.air}'s theatre"
        elif (
            event.actor1 is None
            and sub == "Shelling/artillery/missile attack"
            and theatre
            and theatre.air
            and _MISSILE.search(event.evidence.get("sentence", ""))
            and category(event.actor2) == "civilians"
        ):
            # "a missile hit a residential building" in Lviv: the war's missiles are its air
            # power's (Russia's in Ukraine), as its unclaimed drones are
            event.actor1 = theatre.air
            event.provenance["actor1"] = f"unattributed missile: {theatre.air}'s theatre"
        elif (
            event.actor1 is None and sub == "Air/drone strike" and _air_striker_before(article)
        ):
            # "A Ukrainian drone attack sparked a fire at a refinery in Krasnodar ...
            # Separately, drones struck the Morozovsk military airfield": the striker the
            # article named, not the struck state's own air force
            event.actor1 = _air_striker_before(article)
            event.provenance["actor1"] = "unattributed air strike: the article's named striker"
        elif event.actor1 is None and sub == "Air/drone strike" and country in kb.air_countries:
            # aircraft nobody names over a country whose state flies are most often its own
            # (actors.yaml: state_forces.air); the rule is named in the provenance
            event.actor1 = generic("Military Forces of {country_name}")
            event.provenance["actor1"] = "unattributed air strike: the state's air force"
        elif event.actor1 is None and sub in _PLANTED:
            # a mine, a grenade, a bomb nobody claims: ACLED's unidentified armed group
            event.actor1 = generic("Unidentified Armed Group ({country_name})")
    if country in kb.gang_countries:
        from polemos.events.classifier import event_text

        gang = generic("Unidentified Gang ({country_name})")
        armed_group = generic("Unidentified Armed Group ({country_name})")
        unnamed_doer = armed_group in (event.actor1, event.actor2)
        # the event's paragraph, read only where a rule below needs it (a hot path)
        told = event_text(article, event) if unnamed_doer or sub in _GANG_LOSSES else ""
        if unnamed_doer and (
            _cue("organised_crime").search(told) or _cue("execution_marks").search(told)
        ):
            # "shot dead by armed men in a drive-by", "his body was found handcuffed":
            # organised crime's (ACLED)
            if event.actor1 == armed_group:
                event.actor1 = gang
            if event.actor2 == armed_group:
                event.actor2 = gang
        cue, doer, reason = _GANG_LOSSES.get(sub, ("", None, ""))
        if (
            cue
            and category(event.actor2) in {None, "civilians"}
            and (doer is None or category(event.actor1) == doer)
            and _cue(cue).search(told)
        ):
            event.actor2 = gang
            event.provenance["actor2"] = reason
    if (
        sub == "Other"
        and category(event.actor1) in {None, "civilians"}
        and _cue("displacement").search(event.evidence.get("sentence", ""))
    ):
        # "3544 people were evacuated from Polohy", "8400 refugees from Ukraine arrived in the
        # Czech Republic": the displaced are a displacement's actor, with no other side
        # (ACLED), and refugees are the people of the country they fled
        origin = _fled_country(article, event) or country
        event.actor1 = fill_template("Civilians ({country_name})", origin, kb)
        event.actor2 = None
    if event.actor1 is None and sub in _GOVERNMENT_DECIDES:
        # "the Polish government expelled 45 diplomats", "a general election was held":
        # a development no armed actor did is the government's (ACLED: "Government of X")
        state = _government_of(article, event, kb)
        if state is not None and (state or country):
            event.actor1 = fill_template("Government of {country_name}", state or country, kb)
            event.provenance["actor1"] = "a government's act: " + event.actor1
    if sub in _TERRITORY_CHANGES and category(event.actor2) == "civilians":
        # "seizing the town of Sake, residents said": a town changes hands between armed
        # sides; whoever lives there is no side of it
        event.actor2 = None
    for role, other in (("actor1", event.actor2), ("actor2", event.actor1)):
        coalition = kb.coalition_of(getattr(event, role), country, other)
        if coalition is not None:
            # "a U.S. military patrol" in Hasakah (actors.yaml: state_forces.coalitions)
            event.provenance[role] = (
                event.provenance.get(role, "") + f"; {getattr(event, role)} fights as {coalition}"
            )
            setattr(event, role, coalition)
    if kind not in {"Protests", "Riots"} and category(event.actor2) == "protesters":
        # "drones targeted workers of a demining team": outside a protest, civilians
        event.actor2 = generic("Civilians ({country_name})")
    if (event.actor1, event.actor2) != before:
        event.provenance["actor1"] = (
            event.provenance.get("actor1", "") + "; ACLED roles for " + kind
        )
    event.inter1 = INTER_CODES.get(category(event.actor1) or "")
    event.inter2 = INTER_CODES.get(category(event.actor2) or "")


# the developments a government, not its forces, decides: a deal, a curfew, an election
_GOVERNMENT_DECIDES = {"Agreement", "Change to group/activity", "Other"}
# "the Government of Moldova", "the government of Kenya", "the Polish government"
_GOVERNMENT_NAMED = re.compile(
    r"\b[Gg]overnment\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})"
    r"|\b(?P<adjective>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+government\b"
)


_GOVERNMENT_TELLS = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?government(?:\s+of(?:\s+(?-i:[A-Z])[\w'-]*)+)?"
    r"|\b(?:the\s+)?(?:[\w'-]+\s+){0,3}?government(?:\s+of(?:\s+(?-i:[A-Z])[\w'-]*)+)?"
    r"(?:\s+[\w'-]+){0,2}?\s+(?:said|says|told|reported|stated|claimed|confirmed)\b",
    re.IGNORECASE,
)


def _government_of(article: Article, event: Event, kb: ActorKnowledge) -> str | None:
    """The state whose government did an event its text tells with a government's words
    (data/cues.yaml: government_acts): the one its government is named for ("the Greek
    government", "the Government of Moldova"), else "" for the event's own country; None
    when no such word is there."""
    from polemos.events.classifier import event_text

    start = event.evidence.get("start") or 0
    end = start + len(event.evidence.get("sentence") or "")
    if any(
        start <= m.start < end and m.category in ARMED
        for m in article.actor_mentions
    ):
        # "a convoy of Syrian army reinforcements reached Ein Issa, the government said":
        # the forces the sentence names did it, whoever told of it
        return None
    # "..., the Government of National Unity said": who told of it did not do it
    told = _GOVERNMENT_TELLS.sub(" ", event_text(article, event))
    if not _cue("government_acts").search(told):
        return None
    for named in _GOVERNMENT_NAMED.finditer(told):
        words = (named.group("of") or named.group("adjective")).split()
        # "the Government of Moldova submitted": the longest run of words that is a country
        for size in range(len(words), 0, -1):
            code = kb.demonyms.get(" ".join(words[:size]).casefold())
            if code:
                return code
    return ""


_TERRITORY_CHANGES = {
    "Non-state actor overtakes territory",
    "Government regains territory",
    "Non-violent transfer of territory",
}
_INTERCEPTED = re.compile(r"\b(?:intercept\w*|shot down|shoots? down|downed)\b", re.I)


def _attacked_by_a_crowd(told: str) -> bool:
    """Does the protest's paragraph tell harm done with no police and no intervention?"""
    return (
        not _cue("police").search(told)
        and not _cue("intervention").search(told)
        and _cue("crowd_harms").search(told) is not None
    )


def _police_named(article: Article, event: Event) -> str | None:
    """The police the event's sentence names with their state ("Israeli police forces
    assaulted Palestinian protesters"), or the state's forces the next sentence says broke
    the protest up: theirs, not the police of the protest's country."""
    start, end = event.evidence["start"], event.evidence["end"]
    for mention in article.actor_mentions:
        if (
            start <= mention.start < end
            and mention.rule == "demonym+police"
            and mention.actor.startswith("Police Forces of")
        ):
            return mention.actor
    # "Palestinians protested in Ramallah. Israeli forces fired tear gas to disperse the
    # demonstrators": the state's forces that broke it up, named in the next sentence
    after = next((s for s in article.sentences if s.start >= end), None)
    if after is None or "\n" in article.text[end : after.start]:
        return None
    if not _cue("intervention").search(after.text):
        return None
    return next(
        (
            m.actor
            for m in article.actor_mentions
            if after.start <= m.start < after.end
            and m.rule in ("demonym+police", "demonym+forces")
        ),
        None,
    )


# the people before the country they fled: "refugees from Ukraine", "civilians fleeing Sudan"
_FLED_FROM = re.compile(
    r"\b(?:refugees|asylum[- ]seekers|evacuees|people|civilians|families)\s+"
    r"(?:from|fleeing)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _fled_country(article: Article, event: Event) -> str | None:
    """The country the event's sentence says its displaced people fled, if it names one."""
    start = event.evidence.get("start")
    if start is None:
        return None
    index = article.sentence_of(start)
    for toponym in article.toponyms:
        place = toponym.place
        if (
            toponym.sentence == index
            and place is not None
            and place.precision == "country"
            and _FLED_FROM.search(article.text, max(0, toponym.start - 40), toponym.start)
        ):
            return place.country
    return None


def _named_beside(article: Article, actor: ActorMention | None) -> list[ActorMention]:
    """The actors listed with ``actor`` in its sentence ("X and allied Y", "X, Y")."""
    if actor is None:
        return []
    beside = []
    for m in article.actor_mentions:
        if m.sentence != actor.sentence or m is actor:
            continue
        first, second = (m, actor) if m.end <= actor.start else (actor, m)
        between = article.text[first.end : second.start]
        if len(between) <= 30 and (
            _BOTH_SIDES.match(between) or _LISTED_WITH_WORDS.match(between)
        ):
            beside.append(m)
    return beside


def _backing(article: Article, actor: ActorMention | None) -> list[ActorMention]:
    """The actors its sentence names as ``actor``'s backers or allies ("X, backed by Y,")."""
    if actor is None:
        return []
    return [
        m
        for m in article.actor_mentions
        if m.sentence == actor.sentence
        and m is not actor
        # ("Kenyan troops serving with the African Union, backed by Somali government
        # soldiers and the Ras Kamboni militia, seized")
        and (
            _BACKED_BY_BEFORE.search(article.text, max(0, m.start - 60), m.start)
            or _ALLY_BEFORE.search(article.text, max(0, m.start - 40), m.start)
        )
    ]


def _intervened(who: str, article: Article, event: Event) -> bool:
    """Does the event's paragraph name ``who`` (a list of data/cues.yaml) stepping in?"""
    from polemos.events.classifier import event_text

    told = event_text(article, event)
    found = _cue("intervention").search(told)
    return bool(found) and _cue(who).search(found[0]) is not None


# events with another side even when the text names none: a clash, a town taken or given up
_SIDED = {
    "Armed clash",
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Non-violent transfer of territory",
}
# a protest attacked, anywhere in the sentence: "attacks against peaceful protestors"
_PROTESTERS_TARGETED = re.compile(
    # ("police opened fire on a protest demanding loan waivers")
    r"\b(?:on|at|against|upon|targeting|crackdown\s+on|fired\s+(?:on|at))\s+(?:the\s+|an?\s+)?"
    r"(?:(?:peaceful|unarmed)\s+)?(?:protesters|protestors|demonstrators|protests?)\b|"
    # "Myanmar forces kill 7 as they fire on sit-in"
    # ("opened fire on a Mother's Day march", "fired pellets at a peaceful procession")
    r"\bfir(?:e|es|ed|ing)\s+(?:[\w-]+\s+)?(?:on|at|into)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:sit-ins?|processions?|"
    # (a march in lower case: "fired on March 3" is a date)
    r"rall(?:y|ies)|marches|(?-i:march)|vigils?|demonstrations?|crowds?\s+of\s+protesters)\b|"
    # "shot dead three people at a candlelight vigil", "at a peaceful rally"
    r"\bat\s+(?:a|an|the)\s+(?:(?:peaceful|candlelight|candle-lit|silent|opposition|"
    r"anti-government|student)\s+){1,2}(?:vigil|rally|march|sit-in|demonstration|protest)\b|"
    r"\bat\s+(?:a|an|the)\s+(?:vigil|sit-in|demonstration|protest)\b|"
    # "ran over and killed a motorcycle taxi driver during protests outside parliament"
    r"\b(?:during|amid)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:protests?|demonstrations?)\b",
    re.IGNORECASE,
)
# the arrested named as demonstrators ("Hirak demonstrators"), not activists or members
_DEMONSTRATORS = re.compile(r"\b(?:protesters|protestors|demonstrators|marchers)\b", re.I)
# the arrests, then the protest they were made at or while it went on
_PROTEST_NOUN = (
    r"(?:rall(?:y|ies)|protests?|demonstrations?|march(?:es)?|encampments?|sit-ins?|vigils?|"
    # South Asia's words: "during stir outside Vidhana Soudha", "at a dharna"
    r"pickets?|blockades?|stirs?|agitations?|dharnas?|demos?)"
)
# (the words between name the protest: not "at their homes after the rally"; a campaign's
# rally is no protest)
_PROTEST_NAMED = (
    r"(?:(?!(?:after|before|following|since|over|for|campaign|election|electoral)\b)"
    r"[\w'’-]+\s+){0,3}?[\"'‘“]?"
    + _PROTEST_NOUN
)
_ARRESTED_AT_A_PROTEST = re.compile(
    r"\b(?:detain(?:ed|s|ing)?|arrest(?:ed|s|ing)?|rounded\s+up|round\s+up)\b[^.;]{0,80}?"
    rf"\b(?:(?:at|during)\s+(?:(?:a|an|the|their|its)\s+)?{_PROTEST_NAMED}\b|"
    r"as\s+(?:[\w'’,-]+\s+){0,8}?(?:rallied|marched|protested|demonstrated|"
    rf"join(?:ed)?\s+(?:(?:an?|the)\s+)?{_PROTEST_NAMED}\b)|"
    # "detained more than 200 PTI workers who tried to gather at Liberty Chowk in defiance of
    # a ban", "... after several hundred gathered for a banned rally": a crowd met as it came
    r"who\s+(?:had\s+)?(?:tried|attempted|sought|came|gathered)\s+to\s+(?:gather|assemble|rally|"
    r"march|protest|demonstrate)\b|"
    # "rounded up dozens of PTM supporters who had gathered peacefully outside the National
    # Press Club"
    r"who\s+(?:had\s+)?(?:gathered|assembled|rallied)\s+(?:peacefully\s+)?(?:outside|at|in|near|"
    r"before|in\s+front\s+of)\b|"
    # "Zimbabwe police arrest 15 nurses protesting over salaries", "arrest 45 youths marching
    # on parliament over corruption"
    r"(?:protesting|demonstrating|rallying)\s+(?:over|against|for|outside|in|at)\b|"
    r"marching\s+(?:on|to|towards?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:parliament|assembly|"
    r"state\s+house|presidency|palace|ministry|governor['’]s\s+office|city\s+hall)\b|"
    # "detained 56 members ... who were marching toward the legislature"
    r"who\s+(?:were|had\s+been)\s+(?:marching|rallying|protesting|demonstrating|picketing)\b|"
    # "detained 35 people and used tear gas to disperse students gathered ... to protest"
    r"(?:used|fired)\s+tear[- ]?gas\s+(?:[\w-]+\s+){0,3}?(?:disperse|break\s+up)\b|"
    # "detained 27 people ... as they broke up a march in Diyarbakir", "detained at least 20
    # young people ... after breaking up a flash mob at Hledan junction"
    r"as\s+(?:they|police|officers|security\s+forces)\s+(?:broke\s+up|dispersed)\s+(?:an?\s+|the\s+)?"
    rf"{_PROTEST_NAMED}\b|"
    r"after\s+(?:breaking\s+up|dispersing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:flash\s+mobs?|protests?|rall(?:y|ies)|march(?:es)?|demonstrations?|sit-ins?|gatherings?)\b|"
    # "detained dozens of people who tried to join a march in central Havana"
    r"who\s+(?:had\s+)?(?:tried|attempted|sought)\s+to\s+join\s+(?:(?:an?|the)\s+)?"
    rf"(?:[\w-]+\s+)?{_PROTEST_NAMED}\b|"
    # "detained at least 140 people ... as women dressed in white tried to form a human chain"
    # ("... when they tried to stage a flash protest")
    r"(?:as|when|while)\s+(?:[\w'’,-]+\s+){0,8}?(?:tried|attempted|sought)\s+to\s+(?:gather|"
    r"assemble|rally|march|protest|demonstrate|form\s+a\s+human\s+chain|(?:hold|stage)\s+"
    r"(?:an?\s+)?(?:[\w-]+\s+)?(?:rally|protest|vigil|march|sit-in|demonstration))\b|"
    r"(?:after|when|as)\s+(?:[\w'’,-]+\s+){0,4}?(?:gathered|assembled)\s+(?:for|at|to)\b|"
    # "arrest 17 nurses holding a sit-in over unpaid wages"
    r"(?:holding|staging)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:sit-in|protest|vigil|rally|"
    r"demonstration|march|picket)\b)",
    re.IGNORECASE,
)
# "a crackdown on (peaceful) demonstrators", "fired at the protesters": what precedes a target
_TARGETED_BEFORE = re.compile(
    r"\b(?:on|at|against|upon|targeting|crackdown on|dispersed)\s+(?:the\s+)?(?:[a-z-]+\s+)?$"
)
_PLANTED = {"Remote explosive/landmine/IED", "Grenade", "Suicide bomb"}
# the words that make whoever a bomb hit its target: "hit an IED", "struck a landmine",
# "was hit by an anti-personnel mine", "an explosion occurred at the police checkpoint"
_STRUCK_BY_A_BOMB = re.compile(
    r"\b(?:hit|struck|stepped\s+on|ran\s+over|triggered|was\s+hit\s+by)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:IEDs?|(?:land)?mines?|bombs?|explosive\s+devices?)\b"
    r"|\b(?:explosion|blast|IED|bomb)\b[^.;]{0,40}?\b(?:at|targeting|targeted)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:police|military|army|soldiers?|checkpoint|convoy|patrol|vehicle)",
    re.IGNORECASE,
)


# words that put both sides of a fight in one group: "rival gangs", "fought each other"
_GROUP_NOUNS = (
    r"(?:men|members|groups|gangs|factions|clans|tribes|communities|militias|militiamen|"
    r"individuals|rioters|residents|villagers|gunmen|traffickers|shooters|assailants|"
    r"criminals|cartels|bandits|youths)"
)
_EACH_OTHER_WORDS = r"each other|one another|among themselves"
_RECIPROCAL = re.compile(
    rf"\b(?:{_EACH_OTHER_WORDS}|between them|rival|"
    rf"between(?: \w+){{0,3}} {_GROUP_NOUNS}(?! and)|"
    r"inter-?(?:communal|clan|tribal|gang|factional|militia))\b",
    re.IGNORECASE,
)
_EACH_OTHER = re.compile(rf"\b(?:{_EACH_OTHER_WORDS})\b", re.IGNORECASE)
# "two groups of youths clashed": two of a kind as the doers, before the act; "Murle and
# Anyuak youths clashed": two named of a kind as the fight's subject
_TWO_OF_A_KIND = re.compile(
    rf"(?i:\b(?:two|opposing|different)(?: \w+){{0,2}} {_GROUP_NOUNS}\b)"
    rf"|\b[A-Z][\w'’-]+ and (?:[A-Z][\w'’-]+ ){{1,3}}(?:[a-z][\w-]+ ){{0,2}}{_GROUP_NOUNS}"
    r"(?:,[^,.;]{0,40},)? (?:clashed|fought|brawled)\b",
)


def _reciprocal(sentence: str, trigger_at: int) -> bool:
    """Does the sentence tell a fight among one kind ("clashed with each other", "between
    two groups", "two gangs fought")? "Two men" after the act (its trigger at
    ``trigger_at``, -1 when unknown) are its victims, not a side: "residents captured two
    men ... and beat them"."""
    if _RECIPROCAL.search(sentence):
        return True
    end = trigger_at if trigger_at >= 0 else len(sentence)
    # the sides begin before the act; the pattern's own verb may be the trigger ("Agoon and
    # Ali Madaxweyne sub clan militias ... clashed")
    found = _TWO_OF_A_KIND.search(sentence)
    return found is not None and found.start() < end


# actors ACLED names by kind, so two groups of the kind carry one name
_SAME_KIND_SIDES = {"unidentified", "political_militia", "identity_militia", "rioters"}

# where ACLED codes gangs, the losses that are a gang's, not civilians': sub-event type ->
# (the cue in the event's paragraph, the doer's category it needs, the provenance)
_GANG_LOSSES = {
    # "armed men opened fire on a man ... The victim was a drug dealer": a fight with a gang
    "Armed clash": ("gang_victim", None, "the victim is said to be a gang's man"),
    # "state police seized and destroyed a plantation with 42,000 poppy plants"
    "Looting/property destruction": (
        "drug_site", "state_forces", "a drug site the state destroyed is a gang's"
    ),
}

# where one report ends and the next begins inside a sentence: "; ", ", while", " and "
# or ", and " when a new trigger follows
# "..., the ministry said, as Hezbollah said it fired rockets at a base": another speaker's
# report of another act
_ANOTHER_SPEAKER_AS = (
    r",\s+as\s+(?=[^,;.]{1,50}?\b(?:said|says|claimed|claims|announced)\s+"
    r"(?:that\s+)?(?:it|they|its|their)\b)"
)
_ANOTHER_SPEAKER = re.compile(_ANOTHER_SPEAKER_AS, re.I)
# "... targeted a tanker in the Gulf of Aden, hours after U.S. and British warplanes struck
# Houthi sites": another act, told as the time of this one
# how soon one act came after another: "hours after", "shortly before"
_TIME_GAP = r"(?:hours|days|minutes|moments|weeks|shortly|soon)"
_ANOTHER_ACT_TIMED = rf",\s+(?:{_TIME_GAP}|just)\s+(?:after|before)\s+"
_CAME_UNDER = re.compile(r"(?:came|come|comes|coming)\s+under\b", re.IGNORECASE)
_PRONOUN_JUST_BEFORE = re.compile(r"\b(?:they|it|he|she)\s+$", re.IGNORECASE)
_FROM_OR_BY_BEFORE = re.compile(r"\b(?:from|by)\s+(?:the\s+|suspected\s+)?(?:[\w-]+\s+)?$")
_TOLD_AS_ITS_TIME = re.compile(
    r"\b(?:came|happened|occurred|took\s+place|followed)\s+(?:just\s+)?"
    rf"(?:{_TIME_GAP}|a\s+day|a\s+week)\s+(?:after|before)\s+(?:[\w'’-]+\s+){{0,10}}$",
    re.IGNORECASE,
)
_TIMED_BY_ANOTHER_ACT = re.compile(_ANOTHER_SPEAKER_AS + "|" + _ANOTHER_ACT_TIMED, re.I)
# the same break, right before the clause of another act it opens
_BREAK_TO_ANOTHER_ACT = re.compile(f"(?:{_ANOTHER_SPEAKER_AS}|{_ANOTHER_ACT_TIMED})$", re.I)
_CLAUSE_BREAK = re.compile(
    # ", adding that it shot down 40 drones": a second report in the speaker's words
    r";\s+|,?\s+while\s+|,?\s+and\s+(?:the\s+|a\s+|an\s+)?|,\s+adding(?:\s+that)?\s+|"
    # "Clashes ... killed at least 30 people, a war monitor said, as Israel struck government
    # tanks": another side's act at the same time
    r",\s+as\s+(?=[A-Z])|"
    # "had stepped up patrols after a car bomb hit a post last month, but on Tuesday ELN rebels
    # kidnapped two contractors": another day's act
    r",\s+but\s+(?:late\s+|early\s+)?on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+|"
    + _ANOTHER_SPEAKER_AS
    + "|"
    + _ANOTHER_ACT_TIMED,
    re.I,
)


def _clauses(
    sentence: Sentence, matches: list[TriggerMatch], mentions: Sequence[ActorMention] = ()
) -> list[tuple[int, int]]:
    """Clause spans (offsets in the sentence), split only where a trigger follows the break
    ("Turkish artillery and airstrikes targeted": an actor's weapon starts no clause)."""
    matches = [m for m in matches if not m.in_actor]
    if len(matches) < 2:
        return [(0, len(sentence.text))]
    cuts = [0]
    timed_cuts = set()
    for found in _CLAUSE_BREAK.finditer(sentence.text):
        timed = _timed_break(sentence, found.start(), found.end(), mentions)
        if timed:
            timed_cuts.add(found.end())
        joined_verb = not timed and any(
            m.trigger.pos == "verb" and m.end == found.start()
            and not _TOLL_NOUN_BEFORE.search(sentence.text, 0, m.start)
            for m in matches
        )
        # a trigger right after the break, or after at most two modifiers ("renewed violent")
        ahead = sentence.text[found.end() :]
        # "... and Syria Democratic Forces advance in": an actor's name, however long, and
        # two words more
        named = next(
            (m.end - sentence.start for m in mentions if m.start - sentence.start == found.end()),
            found.end(),
        )
        # ("and Israel responded with airstrikes": the verb's "with" before its weapon; "and
        # the Islamic State organization carries out an attack": after a doer's name, a
        # phrasal verb's particle and the article of its object)
        lead = (_LEAD_AFTER_A_DOER if named > found.end() else _LEAD).match(sentence.text[named:])
        reach = named + (lead.end() if lead else 0)
        if timed:
            reach = len(sentence.text)  # another report, another act: whatever act it tells
        after = [m for m in matches if found.end() <= m.start <= reach]
        # two verbs joined share their doer and what they did it to: "captured and detained
        # 118 migrants", "abducted and killed a farmer" report one act; so does a verb whose
        # object points back: "rounded up men from the village and shot them"
        if joined_verb or any(
            m.trigger.pos == "verb" and _POINTS_BACK_AFTER.match(sentence.text, m.end)
            for m in after
            if m.start == found.end()
        ):
            continue
        before = max(
            (m for m in matches if m.end <= found.start()), key=lambda m: m.end, default=None
        )
        if before is None:
            continue  # nothing told before the break but an actor's weapon
        if before.start < cuts[-1] and cuts[-1] in timed_cuts:
            # "..., hours after U.S. and British warplanes struck": the other act's clause
            # tells no act yet
            continue
        if _BETWEEN_OPEN.search(sentence.text, cuts[-1], found.start()):
            continue  # "fighting between the SDF and the Islamic State ... killed 12": one side
        # "aerial and artillery bombardment": two weapons of one act, not two clauses
        if (
            "and" in found.group()
            and _WEAPON_MODIFIER.search(sentence.text, 0, found.start())
            and _WEAPON_MODIFIED.match(ahead)
        ):
            continue
        # "Warplanes and helicopters target towns": the weapons are the subject of the verb
        # after the break, not a clause of their own
        if (
            before.trigger.instrument
            and before.end == found.start()
            and any(m.trigger.pos == "verb" for m in after)
            and _SUBJECT_ONLY.fullmatch(sentence.text[cuts[-1] : found.start()])
        ):
            continue
        # "a pro-Ukraine and anti-Russia rally": two stances of one crowd
        if _STANCE.match(ahead):
            continue
        # "protested at City Hall and marched down Market Street": one crowd's doings
        if before.trigger.id == "protest" and any(
            m.trigger.id == "protest" and m.start == found.end() and m.text.endswith("ed")
            for m in after
        ):
            continue
        # "six were killed and 23 others injured in grenade attacks": one toll, one report
        tolls = before.trigger.id == "killing"
        if tolls and any(m.trigger.id == "killing" for m in after):
            continue
        # "Casualties and injuries in airstrikes on X": the toll of the strikes told after it
        if before.trigger.id in ("killing", "casualties") and _MORE_TOLL.match(ahead):
            continue
        if after or (
            found.group().strip().startswith(";") and any(m.start >= found.end() for m in matches)
        ):
            cuts.append(found.end())
    cuts.append(len(sentence.text))
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


_STANCE = re.compile(r"(?:pro|anti)-", re.IGNORECASE)
# the words a clause may tell before its act: two words at most, then a verb's "with"; after a
# doer's name, also a phrasal verb's particle and the article of its object ("carries out an")
_LEAD = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}(?:with\s+)?")
_LEAD_AFTER_A_DOER = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,2}(?:(?:out|up)\s+)?(?:(?:an?|the|new|another)\s+)?(?:with\s+)?"
)
# the object of a verb that points back to the people the clause before acted on
_POINTS_BACK_AFTER = re.compile(r"\s+(?:them|him|her)\b")
# "leaves wounded", "left dead": a toll's participle used as a noun, not a verb another joins
_TOLL_NOUN_BEFORE = re.compile(r"\b(?:leav(?:es|e|ing)|left|the)\s+$", re.I)
# "between X" with no comma, semicolon or "and" since: the next "and" joins the second side
_BETWEEN_OPEN = re.compile(r"\bbetween\b(?:(?!\band\b)[^,;])*$", re.I)
# the words that say which weapons an act used: "aerial and artillery bombardment"
_WEAPON_WORD = r"(?:aerial|air|ground|artillery|rocket|missile|naval|mortar|drone|tank)"
_WEAPON_MODIFIER = re.compile(rf"\b{_WEAPON_WORD}$", re.I)
_WEAPON_MODIFIED = re.compile(
    rf"{_WEAPON_WORD}\s+(?:bombardments?|shelling|fire|attacks?|strikes?|bombing|shells)\b", re.I
)
# a clause start that is a noun phrase and no more: "Warplanes", "Russian jets"
_SUBJECT_ONLY = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}[\w'’-]+")
_MORE_TOLL = re.compile(r"(?:[\w-]+\s+)?(?:injur|wound|deaths?\b|dead\b|missing\b)", re.I)


def _told_as_what_followed(
    match: TriggerMatch, sentence: Sentence, clause_matches: list[TriggerMatch]
) -> bool:
    """Is the trigger told as what came after another act of its clause ("stormed a military
    base ..., killing 11 soldiers before troops retook the base")? The act told first is the
    clause's event; what followed it is not what it was."""
    if match.trigger.id == "suicide_bomb":
        # "opened fire on worshippers ... before detonating an explosive vest": the attacker's
        # own blast ends the attack, and a suicide bombing is what ACLED codes it as
        return False
    later = _THEN_CAME.search(sentence.text, 0, match.start)
    return later is not None and any(
        m.start < later.start() for m in clause_matches if m is not match
    )


# "months after capturing the base", "weeks after it seized the town", "a week after fighting
# between troops and the Arakan Army", "a day after fuel price protests": an act of before,
# dated from the one the clause tells
_BEFORE_IT_CAME = re.compile(
    rf"{_SO_LONG_AFTER}(?:[\w'’-]+\s+){{0,12}}$",
    re.IGNORECASE,
)
# an earlier act the news follows from, right before the trigger
_EARLIER_ACT_BEFORE = re.compile(
    # "had driven IS militants out of al-Zuhur after a day of street fighting in which the
    # extremists sent six VBIEDs": what the fight before the act held
    r"\b(?:after|following)\s+(?:[\w'’-]+\s+){0,6}?(?:fighting|clashes|battles?|offensive|"
    r"assault|siege)\s+(?:in|during)\s+which\b[^.;]*$"
    # "mobs attacked Muslim-owned shops ... in the wake of the Easter Sunday bombings"
    r"|\bin\s+the\s+(?:immediate\s+)?wake\s+of\s+(?:[\w'’-]+\s+){0,6}$"
    # "arrested 22 people at a vigil ... marking a month since officers stormed the platform"
    r"|\bmark(?:s|ed|ing)?\s+(?:an?\s+|one\s+|two\s+|three\s+|six\s+|the\s+first\s+)?"
    r"(?:days?|weeks?|months?|years?|anniversary)\s+(?:since|of)\s+(?:[\w'’-]+\s+){0,6}$"
    # "have fled villages around Djibo in the week since soldiers raided three settlements"
    r"|\bin\s+the\s+(?:hours?|days?|weeks?|months?)\s+since\s+(?:[\w'’-]+\s+){0,6}$"
    # "appointed a new wali ... to replace a commander killed in a Nigerian airstrike": the
    # death that left the post empty
    r"|\b(?:replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?)\s+(?:an?\s+|the\s+|its\s+|their\s+|"
    r"his\s+)?(?:[\w'’-]+\s+){0,3}?(?:leader|commander|chief|emir|amir|wali|head|founder)\s+"
    r"(?:who\s+(?:was|had\s+been)\s+)?(?:killed|slain)\s+(?:[\w'’-]+\s+){0,4}$"
    # "named a new chief for its Bajaur chapter after the previous commander was killed in a
    # security operation"
    r"|\b(?:after|following)\s+(?:the|its|their|his)\s+(?:previous\s+|former\s+|late\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:leader|commander|chief|emir|amir|wali|head|founder|governor|"
    # ("a new commander ... after his predecessor was killed in an air strike last month")
    r"predecessor)\s+(?:was|had\s+been)\s+(?:(?:killed|slain)\s+(?:[\w'’-]+\s+){0,4})?$"
    # "named ... as its new secretary-general, a month after Nasrallah was killed in an
    # Israeli strike": the death of weeks before
    r"|\b(?:days?|weeks?|months?|years?|a\s+(?:day|week|fortnight|month|year))\s+after\s+"
    r"(?:[\w'’-]+\s+){1,4}?(?:was|were|had\s+been)\s+(?:(?:killed|slain)\s+(?:[\w'’-]+\s+){0,4})?$",
    re.IGNORECASE,
)
# the same told first, as the sentence's opening clause: "A week after a roadside blast killed
# two soldiers in Jolo, Air Force planes dropped bombs on ..." (after a dateline's dash)
_AFTER_IT_OPENS = re.compile(
    r"(?:^|—\s*)(?:[\w-]+\s+){0,3}?(?:days?|weeks?|months?|years?|hours?|decades?)\s+after\b"
    r"[^,;—]*$",
    re.IGNORECASE,
)


def _told_as_what_came_before(
    match: TriggerMatch, sentence: Sentence, clause_matches: list[TriggerMatch]
) -> bool:
    """Is the trigger told as what came before another act of its clause ("moved their
    command centre into the former headquarters ..., months after capturing the base", "A day
    after fuel price protests, soldiers went door to door")?"""
    if _TOLD_AS_ITS_TIME.search(sentence.text, 0, match.start) is not None:
        # "The attack on Nungchappi village came a day after an elderly woman was shot dead":
        # the act named to date the other is told here for its own sake
        return False
    if (
        _BEFORE_IT_CAME.search(sentence.text, 0, match.start) is not None
        or _EARLIER_ACT_BEFORE.search(sentence.text, 0, match.start) is not None
    ) and any(m.start < match.start for m in clause_matches if m is not match):
        return True
    if _AFTER_IT_OPENS.search(sentence.text, 0, match.start) is None:
        return False
    # the opening clause ends at its comma: the act the sentence tells comes after it
    comma = sentence.text.find(",", match.end)
    return comma >= 0 and any(m.start > comma for m in clause_matches if m is not match)


def _told_of_the_place(
    match: TriggerMatch, sentence: Sentence, clause_matches: list[TriggerMatch]
) -> bool:
    """Is the trigger told of the place another act of its clause took place at ("established a
    new camp at Minpa, a kilometre from the spot where 17 personnel were killed in an ambush in
    March")? The place's story, not the news."""
    return _PLACE_WHERE_BEFORE.search(sentence.text, 0, match.start) is not None and any(
        m.start < match.start for m in clause_matches if m is not match
    )


# ", overrun by", ", held by the": an aside naming who held a place, right before the holder
_HELD_BY_BEFORE = re.compile(r",\s*(?:[\w-]+\s+){1,3}?by\s+(?:the\s+)?(?:[\w-]+\s+)?$")
# the rest of the aside after the holder, up to the passive's auxiliary
_ASIDE_CLOSES = re.compile(r"[^,;.]{0,50},\s*")


def _told_in_a_past_aside(
    match: TriggerMatch, sentence: Sentence, clause_matches: list[TriggerMatch]
) -> bool:
    """Is the trigger told in an aside set off by commas, of a time before the news, with
    another act of its clause after it ("The town of Mutwanga, overrun by rebels last month,
    was retaken on Friday")? What befell the place before, not the news."""
    if not _ASIDE_OPENS_BEFORE.search(sentence.text, 0, match.start):
        return False
    close = sentence.text.find(",", match.end)
    return (
        close > 0
        and _EARLIER_TIME.search(sentence.text, match.end, close) is not None
        and any(m.start > close for m in clause_matches if m is not match)
    )


# the aside's opening comma (", overrun by", ", which was seized by") right before the trigger
_ASIDE_OPENS_BEFORE = re.compile(r",\s*(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?$")
# a time before the news, told inside the aside ("last month", "in 2014", "in March")
_EARLIER_TIME = re.compile(
    r"\b(?:last\s+(?:week|month|year|spring|summer|autumn|winter)|(?:days|weeks|months|years)"
    r"\s+ago|earlier\s+(?:this|in\s+the)\s+(?:week|month|year)|in\s+(?:19|20)\d\d|in\s+(?:"
    r"January|February|March|April|May|June|July|August|September|October|November|December))\b",
    re.IGNORECASE,
)


# a place and the "where" of what once happened there, before the trigger
_PLACE_WHERE_BEFORE = re.compile(
    r"\b(?:spot|place|site|area|village|town|city|road|junction|checkpoint|bridge|camp|market|"
    r"location|scene|locality|neighbou?rhood|street|highway|square)\s+where\b[^.;]{0,120}$",
    re.IGNORECASE,
)


def _fire_of_a_clash(
    match: TriggerMatch, sentence: Sentence, clause_matches: list[TriggerMatch]
) -> bool:
    """Is the trigger the shelling of a clash its clause tells ("Russian forces used
    artillery and clashed with the Ukrainian Army")? Both sides fought: ACLED's armed clash,
    whatever weapons one of them used."""
    return match.trigger.id == "shelling" and any(
        m.trigger.id == "clash" and _CLASHED_WITH.match(sentence.text, m.start)
        for m in clause_matches
    )


# the verb of a fight between two sides: "clashed with", "fought against"
_CLASHED_WITH = re.compile(
    r"(?:clash(?:ed|es|ing)?|fought|fighting)\s+(?:with|against)\b", re.IGNORECASE
)


# "before troops retook", "before the army recaptured": the act that came after, with its
# doer's name (a few words) between
_THEN_CAME = re.compile(r"\bbefore\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


def _main_predicate(match: TriggerMatch, clause_matches: list[TriggerMatch]) -> TriggerMatch:
    """The trigger whose subject and object are the roles.

    "X attacked the base, killing 3 soldiers", "Clashes between X and Y killed 5": the killing
    types the event (it outranks the attack) but is a consequence; its doer and victims are
    those of the fighting named before it."""
    if match.trigger.id != "killing":
        return match
    earlier = [m for m in clause_matches if m.start < match.start and m.trigger.id != "killing"]
    return min(earlier, key=lambda m: m.start) if earlier else match


# how a trigger word hangs from the clause's predicate when it is not the predicate itself:
# "attacked Turkish soldiers via heavy guns", "targeted YPG forces with artillery shelling",
# "launched airstrikes on"; a subject ("Clashes between X and Y erupted") is not followed up
_UNDER_PREDICATE = frozenset(
    {"pobj", "prep", "pcomp", "dobj", "compound", "amod", "appos", "nmod", "conj", "advcl"}
)


_ACCUSING = re.compile(r"accus(?:e|ed|es|ing)|blam(?:e|ed|es|ing)", re.IGNORECASE)
_ASSUMING = re.compile(r"believed|suspected|thought|presumed|assumed", re.IGNORECASE)
_TO_BE_OF = re.compile(r"\s+to\s+(?:be|belong|have\s+been)\b", re.IGNORECASE)


def _owner_named_on(sentence: Sentence, match: TriggerMatch, mentions: list[ActorMention]) -> bool:
    """Is an armed actor named right on an instrument trigger ("Russian air strikes",
    "coalition shelling")?"""
    if not match.trigger.instrument:
        return False
    offset = sentence.start
    return any(
        m.category in ARMED
        and m.start - offset < match.start
        and (
            m.end - offset == match.end  # the weapon ends the actor's name
            or (
                m.end - offset <= match.start
                and not sentence.text[m.end - offset : match.start].strip()
            )
        )
        for m in mentions
    )


def _governing_predicate(match: TriggerMatch, parse: Any) -> TriggerMatch:
    """The predicate whose subject and object are the roles, when the trigger is an
    instrument or object of it: the parse's head chain up to the first word with a subject.
    Without a parse, or when the trigger is the predicate, the trigger itself."""
    if parse is None or _cue("repelled").search(parse.text[: match.start]):
        return match  # a repelled attack: the attack's own roles (see _roles)
    token = next((t for t in parse if t.idx <= match.start < t.idx + len(t.text)), None)
    for _ in range(7):
        if token is None:
            return match
        if any(child.dep_ in ("nsubj", "nsubjpass") for child in token.children):
            # the first word up the chain with a subject of its own ("when jets struck a
            # market" is its own clause: its predicate is the trigger); an accusation is no
            # predicate of the act ("the SDF accused Turkish forces of shelling Kobani": its
            # subject is the source, its object the doer; "Turkish army says hits IS" is)
            if token.idx >= match.start or _ACCUSING.fullmatch(token.text):
                return match
            if _ASSUMING.fullmatch(token.text) and _TO_BE_OF.match(
                parse.text, token.idx + len(token.text)
            ):
                # "Gunmen believed to belong to an ISIS cell shot dead a shepherd": the parse
                # hangs the act from the guess of who they are, which is no predicate of it
                return match
            if token.lower_ in _TELLING_WORDS and _WORDS_BETWEEN.search(
                parse.text, token.idx + len(token.text), match.start
            ):
                # "Police said two gunmen on a motorcycle opened fire": what is told has its
                # own subject, whatever the parse hung it from
                return match
            return TriggerMatch(match.trigger, token.idx, token.idx + len(token.text), token.text)
        # "were wounded following a grenade attack": the parse hangs "following" as the
        # verb's complement, a preposition all the same
        if token.dep_ not in _UNDER_PREDICATE and not (
            token.dep_ == "xcomp" and token.lower_ == "following"
        ):
            return match
        token = token.head
    return match


def _in_apposition(
    mention: ActorMention,
    mentions: list[ActorMention],
    text: str,
    offset: int,
    trigger_at: int | None = None,
) -> bool:
    """Is the mention what the actor named right before it is, set off by commas ("The
    Arakan Army, one of the strongest ethnic armed groups, said")? Or, the trigger's place
    given, named inside such an aside that closes before the trigger ("The Arakan Army, an
    ethnic armed group fighting Myanmar's military junta, said it had captured")?"""
    start, end = mention.start - offset, mention.end - offset
    if not _APPOSITION_CLOSES.match(text, end):
        # an aside that closes before the trigger: whatever it names is no side of the act
        # told after it; an act inside the aside keeps the names it holds
        goes_on = _ASIDE_GOES_ON.match(text, end)
        if trigger_at is None or goes_on is None or goes_on.end() > trigger_at:
            return False
    return any(
        other.end - offset <= start
        and other.actor != mention.actor
        and _APPOSITION_OPENS.fullmatch(text, other.end - offset, start)
        for other in mentions
    )


_APPOSITION_OPENS = re.compile(
    r"\s*,\s*(?:one\s+of\s+(?:the\s+)?|an?\s+|the\s+)(?:[\w'’-]+\s+){0,6}", re.IGNORECASE
)
_APPOSITION_CLOSES = re.compile(r"\s*,")
_ASIDE_GOES_ON = re.compile(r"[^,;:.()\"“”]{1,40}?,")
# "with the coalition's air support": a side's helper, named without commas
_SUPPORT_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:air|aerial|artillery|drone|naval|fire|logistical)\s+)?"
    r"(?:support|backing|cover)\b",
    re.IGNORECASE,
)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
_AGREEING = re.compile(
    r"sign(?:ed|s)?|agree(?:d|s)?|reach(?:ed|es)?|conclud(?:ed|es)|struck|inked|accept(?:ed|s)?",
    re.IGNORECASE,
)
# what opens a clause whose verb has no subject of its own: "and captured", ", then seized"
_SUBJECTLESS_BEFORE = re.compile(
    r"(?:\band|\bthen|,)(?:\s+(?:then|later|also|eventually|subsequently|\w+ly))?\s+$",
    re.IGNORECASE,
)


def _attribution_of(
    sentence: Sentence, clause: tuple[int, int] | None, mentions: list[ActorMention]
) -> modality.Attribution | None:
    """Who says so, in the sentence; in its clause alone when another speaker's report is
    cut from it ("..., the ministry said, as Hezbollah said it fired rockets")."""
    start, end = 0, len(sentence.text)
    if clause is not None:
        a, b = clause[0] - sentence.start, clause[1] - sentence.start
        for cut in _ANOTHER_SPEAKER.finditer(sentence.text):
            if cut.end() == a:
                start = a
            if cut.start() == b or cut.end() == b:
                end = cut.start()
    if (start, end) == (0, len(sentence.text)):
        said = modality.attribution(sentence.text, mentions, sentence.start)
    else:
        inside = [m for m in mentions if start <= m.start - sentence.start < end]
        said = modality.attribution(sentence.text[start:end], inside, sentence.start + start)
    if said is not None and (said.party or said.category is not None):
        return said
    # ("Russian officials said": the state's officials, not any reporter's "officials")
    return _state_speaking(sentence.text[start:end]) or said


def _state_speaking(text: str) -> modality.Attribution | None:
    """"..., Moscow says", "The Kremlin said ...": a state speaks by a name that holds no
    actor mention; its word is its forces' (a claim when they are a side of the act)."""
    speakers = state_speakers(text)
    if not speakers:
        return None
    _, _, code, verb = speakers[0]
    kb = knowledge()
    return modality.Attribution(
        fill_template(kb.forces_template, code, kb), verb, None, True, "state_forces"
    )


_HARMED_WHEN = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}(?:were|was)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)\b"
    r"[^.;]{0,60}?\bwhen\b"
)
# what the police themselves do, whatever words they tell it in
_POLICE_ACTS = frozenset(
    {"Arrests", "Excessive force against protesters", "Protest with intervention",
     "Disrupted weapons use"}
)  # fmt: skip
# "Police said the shooting ...": a statement whose subject is a crime the police name
_SPEAKER_OF_THE_ACT = re.compile(
    r"\s+(?:said|says|told\s+\w+|reported|added|stated)\s+(?:that\s+)?"
    r"(?:the|a|an|this|these)\s+(?:[\w-]+\s+){0,2}?(?:shootings?|attacks?|assaults?|"
    r"killings?|stabbings?|murders?|rapes?|abductions?|kidnappings?|incident)\b",
    re.IGNORECASE,
)
_TELLING_WORDS = frozenset(
    {"said", "says", "say", "told", "tells", "reported", "reports", "added", "stated", "claimed"}
)
# two words or more between a telling verb and the act it tells
_WORDS_BETWEEN = re.compile(r"\w+\W+\w+")


def _at_places_listed(
    article: Article, sentence: Sentence, clause: tuple[int, int], event: Event
) -> list[Event]:
    """ "Clashes in Aleppo and Idlib", "raids on Kafr Nabl, Ariha and Saraqib": one event at
    each place the clause lists with the event's own, as ACLED and UCDP code an event (one
    place, one day). The toll, told for all of them, stays with the first."""
    location = event.location or {}
    if location.get("precision") in (None, "country", "region"):
        return []
    text = article.text
    start, end = sentence.start + clause[0], sentence.start + clause[1]
    places = [
        t
        for t in _sentence_places(article, sentence.index)
        if start <= t.start < end and t.place.precision not in ("country", "unresolved")
    ]
    # a bracket lists parents ("(Beni, Nord-Kivu)"), not places of their own
    places = [
        t for t in places if not _names_a_parent(text, t, places) and not _in_brackets(text, t)
    ]
    own = next((t for t in places if _location_dict(t.place) == location), None)
    if own is None:
        return []
    chain = [own]
    for step in (1, -1):  # rightwards, then leftwards from the event's own place
        ordered = sorted(places, key=lambda t: t.start * step)
        at = ordered.index(own)
        for other in ordered[at + 1 :]:
            last = chain[-1] if step == 1 else chain[0]
            gap = text[last.end : other.start] if step == 1 else text[other.end : last.start]
            if not _LIST_JOINT.fullmatch(gap):
                break
            if step == 1:
                chain.append(other)
            else:
                chain.insert(0, other)
    if any(_BETWEEN.search(text, max(0, t.start - 12), t.start) for t in chain):
        return []  # "between Milk River and Coutts": a road, one event
    copies = []
    seen = [location]
    for toponym in chain:
        where = _location_dict(toponym.place)
        if where in seen or _reading(toponym.place) < DOUBTFUL_PLACE:
            continue
        if any(_holds(toponym.place, o.place) or _holds(o.place, toponym.place) for o in chain):
            continue  # "Ivanivka, Kharkiv": the unit that holds a listed place is its parent
        if len(copies) >= MAX_LISTED_PLACES:
            break  # a list of a hundred villages is one more kind of hostile text
        seen.append(where)
        clone = deepcopy(event)
        clone.location = where
        clone.fatalities = _fatalities([])[0]
        clone.provenance["location"] = f"listed with {own.text!r}: {toponym.text!r}"
        clone.provenance["fatalities"] = f"the toll is the first listed place's ({own.text!r})"
        copies.append(clone)
    return copies


def _in_brackets(text: str, toponym: Toponym) -> bool:
    opening = max(text.rfind("(", 0, toponym.start), text.rfind("[", 0, toponym.start))
    closing = max(text.rfind(")", 0, toponym.start), text.rfind("]", 0, toponym.start))
    return opening > closing


def _holds(unit: Place, place: Place) -> bool:
    """Is ``place`` inside the admin unit or country ``unit`` (and not the same)?"""
    if unit is place or unit.country != place.country:
        return False
    if unit.precision == "country":
        return place.precision != "country"
    if unit.precision == "admin1":
        return place.precision in ("admin2", "place") and place.admin1_code == unit.admin1_code
    if unit.precision == "admin2":
        return place.precision == "place" and place.admin2 == unit.name
    return False


MAX_LISTED_PLACES = 24
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
# "battles erupted between the army and Nusra": the sides named after the trigger
_SIDES_BETWEEN_AFTER = re.compile(r"\s+between\b", re.IGNORECASE)
# between two places of one list: ", ", " and ", ", and the "
_LIST_JOINT = re.compile(
    # "in Aleppo southern countryside and Idlib": the first place's part before the joint
    PLACE_PART_AFTER + r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:(?:in|on|at|near)\s+)?(?:the\s+)?"
    # "the countryside of Hama and areas in Daraa", "and towns in the countryside of Homs"
    r"(?:(?:areas?|towns?|villages?|parts?|neighbou?rhoods?)\s+(?:in|of)\s+(?:the\s+)?)?"
    # "the countryside of A and the southern countryside of B", "in A and in B city"
    r"(?:(?:(?:north|south)?(?:east|west)?(?:ern)?|central|far)\s+)?"
    r"(?:(?:countryside|outskirts|vicinity|suburbs|city|town|village)\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)


def _timed_break(
    sentence: Sentence, start: int, end: int, mentions: Sequence[ActorMention]
) -> bool:
    """Is the break at ``start:end`` (offsets in the sentence) one after which another
    speaker's word or another act told as the time of this one opens ("..., hours after U.S.
    and British warplanes struck"), with a doer of its own ("weeks after the decrease of
    bombing" tells none)?"""
    return _TIMED_BY_ANOTHER_ACT.match(sentence.text, start) is not None and any(
        0 <= m.start - sentence.start - end <= 20 for m in mentions
    )


def _opens_another_act(
    sentence: Sentence, start: int, mentions: Sequence[ActorMention]
) -> bool:
    """Does the clause that starts (or ends) at ``start`` border such a break? It is
    another act, wherever it was."""
    return any(
        m.end() == start and _timed_break(sentence, m.start(), m.end(), mentions)
        for m in _TIMED_BY_ANOTHER_ACT.finditer(sentence.text)
    )


def _placed_apart_by_an_unknown_name(
    article: Article,
    sentence: Sentence,
    clauses: tuple[tuple[int, int], tuple[int, int]],
    kept: Event,
    event: Event,
) -> bool:
    """ "Clashes in Jobar, and Bombardment on Reef Dimashq", "Martyrs in Homs and clashes
    continue in Sahm al-Jolan": one of the two clauses names a place of its own the gazetteer
    lacks, so the other clause's place, which both events took, is that clause's alone: two
    events."""
    if not (
        _own(kept, "location", "toponym in")
        and _own(event, "location", "toponym in")
        and kept.location == event.location
    ):
        return False
    places = _sentence_places(article, sentence.index)
    known = [(t.start, t.end) for t in article.toponyms if t.sentence == sentence.index]
    known += [(m.start, m.end) for m in article.actor_mentions if m.sentence == sentence.index]
    return any(
        _names_only_an_unknown_place(sentence, places, known, clause, other)
        for clause, other in (clauses, clauses[::-1])
    )


def _names_only_an_unknown_place(
    sentence: Sentence,
    places: list[Toponym],
    known: list[tuple[int, int]],
    clause: tuple[int, int],
    other: tuple[int, int],
) -> bool:
    """Does the clause name no place the gazetteer knows, but a name after a preposition of
    place (or a verb of attack: "bomb Al-Lataminah") that is neither a known place nor an
    actor, nor told in the other clause too ("in Zee Taw village, Pauk township, ... raided
    the village and set houses on fire in Zee Taw village": one place named twice)?
    ``places``: the sentence's resolved places; ``known``: the spans of its toponyms and
    actors."""
    first, last = sentence.start + clause[0], sentence.start + clause[1]
    if any(first <= t.start < last for t in places):
        return False  # the clause's place is one the gazetteer knows
    for name in _AT_A_NAME.finditer(sentence.text, *clause):
        start, end = sentence.start + name.start(1), sentence.start + name.end(1)
        if not any(a < end and start < b for a, b in known) and (
            sentence.text.find(name.group(1), *other) < 0
        ):
            return True
    return False


# "in Jobar", "on al-Lataminah": a capitalised name after a preposition of place
_AT_A_NAME = re.compile(
    r"\b(?:in|on|at|near|(?:bomb|shell|target|raid|storm)(?:s|ed)?)\s+(?:the\s+)?"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b)"
    # (the Arabic article lowercase: "al-Hashemiya")
    r"((?:(?:al|el|ad|ar|as|ash|at|az)-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def _another_part_of_the_place(
    sentence: Sentence, kept: tuple[int, int], clause: tuple[int, int]
) -> bool:
    """ "Regime forces shell the northern countryside of Homs and clashes in the eastern
    countryside of Homs", "8 killed in bombardment at Aleppo city, and clashes north of the
    city": a later clause told in another part of the place the first was (another side of
    it, its countryside beside its city) is an event of its own, though the gazetteer places
    both at the one unit; ACLED and UCDP code one event per place."""
    here = {w.casefold() for w in _PART_OF_A_PLACE.findall(sentence.text, *clause)}
    there = {w.casefold() for w in _PART_OF_A_PLACE.findall(sentence.text, *kept)}
    return bool(here) and bool(there) and here != there


# the words that say which part of a place an act was in
_PART_OF_A_PLACE = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\b|\b(?:countryside|outskirts|"
    r"city|neighbou?rhoods?|suburbs?|desert|centre|center)\b",
    re.IGNORECASE,
)


def _its_own_doer(
    event: Event,
    kept: Event,
    sentence: Sentence,
    clause_start: int,
    match: TriggerMatch,
    mentions: Sequence[ActorMention],
) -> bool:
    """ "... and the Islamic State organization carries out an attack on sites of the regime
    forces": a later clause that opens with its own doer, another than the first clause's,
    and goes on to its act, is another act, wherever it was ("... and Islamic Forces inside
    the picket tent, demanding the bodies of those killed" tells no act of theirs)."""
    if event.actor1 is None or event.actor1 == kept.actor1:
        return False
    return any(
        m.start - sentence.start == clause_start
        and m.category in ARMED
        and _LEAD_AFTER_A_DOER.fullmatch(sentence.text, m.end - sentence.start, match.start)
        for m in mentions
    )


def _reports_apart(event: Event, kept: list[Event]) -> bool:
    """A later clause of a sentence is an event of its own only when it names its own place
    ("clashes in A and shelling on B"); otherwise it tells more of the first ("abducted
    and killed a farmer")."""
    return _own(event, "location", "toponym in clause") and all(
        e.location != event.location for e in kept
    )


# what makes force on protesters excessive in ACLED's sense: lethal weapons or grave harm
_LETHAL_FORCE = re.compile(
    r"\b(?:kill\w*|dead|died|deaths?|fatal\w*|shot|shoot\w*|fir(?:e|ed|ing)|bullets?|"
    r"live\s+(?:rounds|ammunition)|guns?|gunfire|stabb\w*|seriously|critically|grievous\w*|"
    r"crackdown|massacre\w*|martyr\w*)\b",
    re.IGNORECASE,
)


def _change_beside_violence(event: Event, previous: Event) -> bool:
    """"Several brigades merge in Jaysh Hama and 7 casualties in aerial bombardment and mine
    explosions": a group's change told first and violence after it, in one sentence, are two
    acts (the violence tells no more of the change; a change told after violence, "the murder
    of hundreds ... and the recruitment of children", stays part of its telling)."""
    return previous.sub_event_type == "Change to group/activity" and event.event_type in _VIOLENT


# the words and signs of a crowd: "staged a protest ... and demanded freedom for Tibet", "They
# demanded the construction of a health center in Quilcapuncu"
_CROWD_SAYS = re.compile(r"protest: '(?:demand|chant|placard|banner|signs)", re.IGNORECASE)


def _fold_crowd_words(previous: Event, event: Event) -> None:
    """Fold a crowd's demand into its protest; its place, when finer inside the protest's
    ("living in Kenya, staged a protest ... carrying banners outside the Russian embassy, in
    Kilimani (Dagoretti North, Nairobi county)"), is where the crowd stood."""
    _fold_into(previous, event)
    if _finer_within(event, previous):
        _placed_as_told_after(previous, event)


def _placed_by_its_recall(
    previous: Event, article: Article, event: Event, timed: re.Match[str]
) -> None:
    """The act just told takes a finer place in its own unit that a later sentence names
    when it recalls the act, before it says what came after ("The attack on the base in the
    municipality of Tibu came days after the ELN killed two police officers in Cucuta")."""
    start = event.evidence.get("start", 0)
    earlier = previous.location or {}
    for toponym in article.toponyms:
        if not start <= toponym.start < start + timed.start() or toponym.place is None:
            continue
        place = _location_dict(toponym.place) or {}
        if (
            place.get("country") == earlier.get("country")
            and _rank(place) < _rank(earlier)
            and (
                earlier.get("precision") == "country"
                or place.get("admin1") == earlier.get("admin1")
            )
        ):
            previous.location = place
            previous.provenance["location"] = (
                f"toponym in the sentence that recalls it: {toponym.text!r}"
            )
            return


def _placed_as_told_after(previous: Event, event: Event) -> None:
    """The earlier event takes the place a later report of it gives."""
    previous.location = event.location
    previous.provenance["location"] = event.provenance["location"] + " (told after)"


def _crowd_says(event: Event, previous: Event) -> bool:
    """What the crowd just told asks for or chants, or the protest named again ("spoke at the
    protest"), is that crowd's, not a gathering of its own, wherever its demand points."""
    return (
        event.event_type in _CROWDS
        and previous.event_type in _CROWDS
        and (
            (
                event.event_type == "Protests"
                and _CROWD_SAYS.match(event.provenance.get("trigger", "")) is not None
            )
            or _recalls(event)
        )
    )


_CIVILIAN_HARM = re.compile(
    r"\b(?:civilians?|residential|homes?|houses?|villagers?|residents?|people|children|women|"
    r"market|school|hospital|mosque|church|neighbou?rhoods?|minors?|boys?|girls?|"
    r"businessm[ae]n|farmers?|shepherds?|passengers?|medical|clinic)\b",
    re.IGNORECASE,
)


def _hits_civilians(event: Event) -> bool:
    """Shelling or bombing that kills or wounds people where civilians live targets
    civilians; one that only damaged their homes has no target (ACLED)."""
    # "Residents reported heavy artillery fire": the people who tell are not those hit
    told = _CIVILIANS_TELLING.sub(" ", _its_sentences(event))
    return bool(_CIVILIAN_HARM.search(told)) and _people_hurt(event)


def _its_sentences(event: Event) -> str:
    """The event's sentence and those folded into it, as one text."""
    more = " ".join(s["sentence"] for s in event.evidence.get("more", []))
    return event.evidence.get("sentence", "") + " " + more


def _people_hurt(event: Event) -> bool:
    """Did the act kill or wound anyone, by its toll or in its own words?"""
    if event.fatalities.get("best") or any(c["kind"] == "wounded" for c in event.counts):
        return True
    return bool(_PEOPLE_HURT.search(_NOBODY_HURT.sub(" ", _its_sentences(event))))


# people, not their homes or "civilian infrastructure"
_PEOPLE_AIMED_AT = re.compile(
    r"\b(?:civilians|villagers|residents|people|children|women|workers|passengers|farmers|"
    r"shepherds|families|crowds?|worshippers|students|pupils|fishermen)\b",
    re.IGNORECASE,
)
# "causing no injuries or fatalities", "there were no casualties": nobody hurt
_NOBODY_HURT = re.compile(
    r"\b(?:no|without|nor)\s+(?:reported\s+)?(?:injur|casualt|fatalit|deaths?|one\s+(?:was\s+)?"
    r"(?:hurt|injured|killed|wounded))\w*(?:\s+or\s+\w+)?",
    re.IGNORECASE,
)


_CIVILIANS_TELLING = re.compile(
    r"\b(?:(?:local\s+)?residents?|villagers?|people|witnesses)\s+"
    r"(?:(?:also|later)\s+)?(?:said|say|says|reported|report|told|tell|described|recounted)\b",
    re.IGNORECASE,
)


def _air_striker_before(article: Article) -> str | None:
    """The doer of the article's last air strike so far, when the text named it."""
    strikes = (e for e in reversed(article.events) if e.sub_event_type == "Air/drone strike")
    event = next(strikes, None)
    if event is None or event.provenance.get("actor1", "").startswith("unattributed"):
        return None
    return event.actor1


def _dominant_actors(article: Article) -> list[ActorMention]:
    """Armed actors by how often the article names them (one mention of each): the fallback
    adversary of a battle."""
    armed = [
        m for m in article.actor_mentions
        if m.category in {"rebel_group", "political_militia"}
        # "al Qaeda linked al-Shabaab militants": a patron is no side; "rebels led by HTS"
        # are HTS's
        and not _patron_of_the_next(m, article.text, article.actor_mentions)
        and not _led_by_the_next(m, article.text, article.actor_mentions)
    ]  # fmt: skip
    counts = Counter(m.actor for m in armed)
    first = {m.actor: m for m in reversed(armed)}
    return [first[actor] for actor, _ in counts.most_common()]


# a bomb someone built and set, whatever it went off beside ("A car bomb exploded at a petrol
# station in Mogadishu", "a roadside bomb exploded near a factory"): no accident
_PLANTED_DEVICE = re.compile(
    # ("a bomb planted under the railway track ... exploded as a freight train passed")
    r"\b(?:planted|hidden|concealed)\b|"
    r"\b(?:car|truck|roadside|motorcycle|pipe|parcel|letter|sticky|magnetic)\s+bombs?\b|"
    r"\bv?ieds?\b|\bimprovised\b",
    re.IGNORECASE,
)
# ... or said to be laid: "Two coaches of the Jaffar Express derailed after an explosive
# device planted on the track went off" (someone's bomb, whatever wreck it caused)
_PLANTED_AFTER = re.compile(
    r"\s+(?:that\s+had\s+been\s+|which\s+had\s+been\s+)?(?:planted|laid|hidden|concealed)\b",
    re.IGNORECASE,
)
# a verb of saying, "that" and a name: the clause it opens tells who did the act after it
_SAID_THAT_NAME = re.compile(
    r"\b(?:said|say|says|alleged|allege|claimed|claim|reported|added|confirmed|believe)\s+"
    r"that\s+(?-i:(?!The\b)[A-Z])[\w'’-]*(?:\s+[\w'’-]+)?\s*$",
    re.IGNORECASE,
)
# triggers an accident also fits ("explosion", "killed"): see data/cues.yaml, accident
# (and a security measure: "declared a state of emergency after floods killed 40 people" is
# a disaster's, no political violence's)
# (and "no immediate reports of casualties" after a quake's avalanches)
_ACCIDENT_PRONE = {
    "remote_explosive",
    "killing",
    "casualties",
    "strike_generic",
    "security_measure",
}
# the storms and quakes that flatten homes and uproot trees with no one's hand
_NATURE_S_FORCE = re.compile(
    r"\b(?:typhoons?|cyclones?|hurricanes?|tornado(?:e?s)?|storms?|earthquakes?|quakes?|"
    r"floods?|floodwaters|landslides?|mudslides?|tsunamis?|avalanches?)\b",
    re.IGNORECASE,
)
# an accident said so, whatever armed men were there: "an accidental blast at an army depot"
_SAID_ACCIDENTAL = re.compile(
    r"\baccidental(?:ly)?\b|\bby\s+accident\b|\brul(?:e|ed|ing|es)\s+out\s+(?:sabotage|foul\s+play"
    r"|an?\s+(?:attack|terrorist\s+attack))"
    # the cause told: a fault, the heat, a drill, ordnance handled for disposal, a road
    r"|\b(?:electrical|technical)\s+(?:fault|malfunction)s?\b"
    r"|\bshort[- ]circuit|\bcaused\s+by\s+(?:the\s+)?(?:extreme\s+|intense\s+|high\s+)?heat\b"
    # (not a "training mission", the name of armies' missions abroad: "EU Training Mission")
    r"|\btraining\s+(?:flight|exercise|drill|sortie|accident)s?\b"
    r"|\bno\s+sign\s+of\s+(?:hostile\s+fire|foul\s+play|sabotage|an\s+attack)"
    r"|\bfor\s+disposal\b|\b(?:trying|attempting|tried|attempted)\s+to\s+(?:defuse|dismantle|disarm|move)\s+(?:it|them)\b"
    r"|\bpoor\s+state\s+of\s+the\s+road"
    r"|\b(?:negligen(?:t|ce)|improper|careless)\s+(?:handling|storage)\b",
    re.IGNORECASE,
)
_BLAST_WORD = re.compile(r"\b(?:blasts?|explosions?|exploded|detonated)\b", re.IGNORECASE)


# verbs news also uses of tariffs, fires, courts and games: "tariffs that have targeted
# China", "fighting two apartment fires", "captures all the excitement", "the glass struck
# the child"
# (and "students are being recruited", "a prototype deployed off the coast": a group's
# change only where armed sides are told)
# the words of destruction that storms and fires share with armed men
_DESTROYED_WORD = re.compile(r"(?:destroyed|razed)\b", re.IGNORECASE)
# an act still to come: "an expected offensive", "an imminent attack"
_NOT_YET_BEFORE = re.compile(
    r"\b(?:expected|anticipated|planned|imminent|looming|feared|impending|upcoming)"
    r"(?:\s+[\w-]+){0,2}$|"
    # "deploys FC across Islamabad ahead of TLP march": what is still to come
    r"\bahead\s+of(?:\s+[\w'’-]+){0,2}$",
    re.IGNORECASE,
)
# acts told as the cause of what the sentence tells, many and undated: a background
_WAVE_IT_FOLLOWED_BEFORE = re.compile(
    r"\b(?:following|after|amid|amidst|despite|due\s+to|because\s+of|in\s+response\s+to)\s+"
    r"(?:a|an|the)\s+(?:recent\s+|new\s+|fresh\s+)?(?:wave|spate|series|string|surge|upsurge|"
    r"rise|escalation|increase|spike|flurry)\s+(?:of|in)(?:\s+[\w-]+){0,2}$",
    re.IGNORECASE,
)
# the length of a spell of violence that came before what a sentence tells
_SPELL_OF_IT_BEFORE = re.compile(
    r"\b(?:after|following)\s+(?:nearly\s+|almost\s+|about\s+|some\s+|more\s+than\s+|over\s+)?"
    r"(?:(?:\d+|an?|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+)?"
    # (a headline's "after week of fighting")
    r"(?:days?|weeks?|months?|years?)\s+of(?:\s+[\w-]+){0,3}$",
    re.IGNORECASE,
)
_DEAL_TOLD = re.compile(
    r"\b(?:agree\w*|accept\w*|deal|truce|cease-?fire|roadmap|road\s+map|surrender\w*|"
    r"reconcil\w*|settlement|evacuation\s+deal)\b",
    re.IGNORECASE,
)
_METAPHOR_PRONE = {"territory_taken", "targeting", "clash", "strike_generic", "group_change"}


# "took control of several localities", "seized two villages": ground taken, named or not
_PLACES_TAKEN = re.compile(
    r"\s+(?:(?:the|a|an|several|two|three|four|five|\d+|more|new|other|some)\s+)*"
    r"(?:[\w-]+\s+)?(?:localit(?:y|ies)|villages?|towns?|cit(?:y|ies)|areas?|positions?|"
    r"bases?|hills?|districts?|neighbou?rhoods?|territor(?:y|ies)|outposts?|checkpoints?|"
    r"camps?|airports?|airbases?)\b",
    re.IGNORECASE,
)


# the fighting words news also uses of courts, games and campaigns
_FIGURATIVE_FIGHT = re.compile(r"(?:fight|fought|battl|attack|offensive|assault)", re.I)
# armed men by the words for them that no group's name holds ("militiamen", "reservists"),
# beside _ARMED_GROUP_WORDS' groups
# ("Armed herders rape two women on farm in Benue": herders, bandits or men who bear arms)
_ARMED_MEN_WORDS = re.compile(
    r"\b(?:militiamen|fighters|combatants|reservists|conscripts|troops|soldiers|"
    r"paramilitar(?:y|ies)|bandits|armed\s+(?:herders|herdsmen|men|bandits|groups?))\b",
    re.IGNORECASE,
)


_HARM_WORDS = re.compile(
    r"\b(?:casualties|injuries|killed|dead|deadly|fatal|lethal|bloody|wounded|injured|martyrs?|"
    r"fatalities|beat|beaten|lynch\w*|stabbed|assaulted|torched)\b",
    re.I,
)


def _armed_side_told(article: Article, sentence: Sentence) -> bool:
    """Does the sentence name an armed actor, or an armed group by what it is ("the Ansar Bel
    militia", "bandits") where the actors' knowledge lacks its name?"""
    return any(
        m.sentence == sentence.index and m.category in ARMED for m in article.actor_mentions
    ) or _ARMED_GROUP_WORDS.search(sentence.text) is not None


def _armed_in_paragraph(
    article: Article,
    sentence: Sentence,
    categories: set[str],
    mentions: list[ActorMention] | None = None,
) -> bool:
    """Does the sentence's paragraph name an actor of one of ``categories`` (among
    ``mentions``, by default the article's)?"""
    from polemos.events.classifier import paragraph_window

    first, last = paragraph_window(article, sentence)
    return any(
        first <= m.sentence <= last and m.category in categories
        for m in (article.actor_mentions if mentions is None else mentions)
    )


# "police said", "deputies reported": an actor named as the teller
_TELLING_AFTER = re.compile(
    # ("the North Charleston Police Department reported": the rest of the force's name)
    r"(?:\s+(?:Department|Dept\.?|Service|Command|Headquarters|spokes(?:man|woman|person)))?"
    # ("police in Akwa Ibom said": where the force is)
    r"(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})?"
    # ("police and local officials said": the police among those who tell)
    r"(?:\s+and\s+(?:[\w-]+\s+)?(?:officials|authorities|residents|witnesses|doctors|medics|"
    r"rescuers|firefighters|sources))?"
    r"\s*,?\s*(?:(?:also|later|have|has|had)\s+)?(?:said|say|says|reported|report|told|"
    r"confirmed|added|stated)\b"
)


_ACCUSES_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?accus(?:ed|es|ing)\s+",
    re.IGNORECASE,
)
_INVESTIGATING_AFTER = re.compile(
    r"(?:\s+(?:Department|Dept\.?|officers|detectives|investigators))?\s+(?:are|is|were|was|have"
    r"\s+been|had\s+been)\s+(?:now\s+|still\s+|also\s+)?(?:investigating|looking\s+into|probing|"
    r"searching\s+for|seeking|trying\s+to\s+(?:find|identify|locate|determine))\b"
)
_TOLD_TO_BEFORE = re.compile(
    r"\b(?:told|tells|admitted\s+to|confessed\s+to|informed|called|notified|alerted)\s+"
    r"(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}$"
)


def _police_looking_into(mention: ActorMention, text: str) -> bool:
    """Are these the police, named as the ones who investigate an act or are told of it?"""
    return _cue("police").search(mention.text) is not None and (
        _INVESTIGATING_AFTER.match(text, mention.end) is not None
        or _TOLD_TO_BEFORE.search(text, max(0, mention.start - 50), mention.start) is not None
    )


def _only_telling(mention: ActorMention, text: str) -> bool:
    """Are these the police, named only as the ones who tell ("..., police said"), or the
    side that runs the office that tells ("the Houthi-run interior ministry said")? (An armed
    group that says so claims the act: "ISIS said it was behind it".)"""
    return (
        (
            _TELLING_AFTER.match(text, mention.end) is not None
            # "..., SANA said, quoting police"
            or _QUOTING_BEFORE.search(text, max(0, mention.start - 30), mention.start)
            is not None
        )
        and _cue("police").search(mention.text) is not None
    ) or _ITS_OFFICE_TELLING_AFTER.match(text, mention.end) is not None


# a side's officials who tell ("Taliban officials say over 1,000 killed"): what they tell of
# an accident or a disaster is not their act
_OFFICIALS_TELLING_AFTER = re.compile(
    r"\s+(?:officials|authorities|administration|spokesm[ae]n|spokesperson)\s*,?\s*"
    r"(?:said|say|says|reported|told|announced)\b",
    re.IGNORECASE,
)
_QUOTING_BEFORE = re.compile(r"\b(?:quoting|citing)\s+(?:the\s+|local\s+)?$", re.IGNORECASE)
# the office a side runs, telling: "the Hamas-run health ministry said"
_ITS_OFFICE_TELLING_AFTER = re.compile(
    r"-(?:run|led|controlled)\s+(?:[\w-]+\s+){0,2}?(?:ministry|government|authorities|"
    r"administration|media|agency|television|radio|civil\s+defen[cs]e)\s*,?\s*"
    r"(?:said|says|reported|told|announced)\b",
    re.IGNORECASE,
)


_BARE_STRIKE = re.compile(r"(?i:struck|strikes?)")
_STRIKE_MEANS = re.compile(
    r"\b(?:missiles?|rockets?|shells?|shelling|mortars?|artillery|bombs?|bombing|drones?|"
    r"air\s*strikes?|airstrikes?|warplanes?|jets?|aircraft|planes?|helicopters?|projectiles?|"
    r"munitions?|bombardment|strikes|forces|troops|army|military|militants?|rebels?|fighters|"
    r"explosives?|IEDs?)\b",
    re.IGNORECASE,
)


def _violence_near(
    match: TriggerMatch, sentence: Sentence, quantities: list[Quantity], article: Article
) -> bool:
    """Does anything around a metaphor-prone verb say it is armed violence: an armed actor
    in its paragraph, a toll, a place taken, or (for fighting and strikes, as headlines tell
    them: "Clashes in the countryside of Aleppo") a place in its sentence?"""
    if match.trigger.id == "strike_generic" and _BARE_STRIKE.fullmatch(match.text):
        # "struck a garbage can and a tree", "struck the 17-year-old across the face": a bare
        # strike is armed only with a weapon or an armed side (not the police of a crime
        # story) in its paragraph ("... fired cruise missiles at Jeddah ... two storage tanks
        # were struck")
        from polemos.events.classifier import classifier_text, paragraph_window

        first, last = paragraph_window(article, sentence)
        return (
            _STRIKE_MEANS.search(classifier_text(article, sentence)) is not None
            # "An Israeli airstrike on a school ... Earlier Saturday, a strike on a house in
            # the Nuseirat refugee camp killed five people": the strikes the report tells of
            or any(e.event_type == "Explosions/Remote violence" for e in article.events)
            or any(
                first <= m.sentence <= last and _armed_not_police(m)
                for m in article.actor_mentions
            )
        )
    if _armed_in_paragraph(article, sentence, ARMED | {"rioters"}):
        return True
    # "17,000 bullets were captured": arms taken count as the violence they serve
    if any(q.kind in TOLL_KINDS | {"taken"} for q in quantities):
        return True
    if (
        _place_taken(article, sentence, match)
        or _PLACES_TAKEN.match(sentence.text, match.end)
        or _PLACES_TAKEN.search(" " + match.text)
    ):
        return True
    if _HARM_WORDS.search(sentence.text):
        return True  # "Casualties and injuries in targeting of the border town"
    if match.trigger.id == "group_change" and (
        _armed_side_told(article, sentence) or _ARMED_MEN_WORDS.search(sentence.text)
    ):
        # "The militia announced ... that it was disbanding", "Dozens of militiamen ...
        # defected to the federal army": armed men the actor lists do not name, whose
        # change the sentence tells
        return True
    if match.trigger.id in ("territory_taken", "group_change"):
        return False
    if match.trigger.id == "clash" and not _FIGURATIVE_FIGHT.match(match.text):
        return True  # "Continued clashes in Menbej countryside": clashes are fighting
    # "Factions target areas in Sheikh Maqsood": a place below a country's level
    return any(
        t.sentence == sentence.index and (t.place is None or t.place.precision != "country")
        for t in article.toponyms
    )


def _armed_take_a_place(match: TriggerMatch, sentence: Sentence, article: Article) -> bool:
    """"Taliban take Kandahar": a place's name right after "take", and an armed actor named
    before it in the sentence."""
    lead = _TAKEN_PLACE_LEAD.match(sentence.text, match.end)
    at = sentence.start + (lead.end() if lead else match.end)
    placed = any(t.start == at and t.place is not None for t in article.toponyms) or (
        # "M23 takes Rubaya coltan mining town": a name the gazetteer lacks, told as a place
        _NAMED_AS_A_PLACE.match(sentence.text, at - sentence.start) is not None
    )
    return placed and any(
        m.sentence == sentence.index
        and m.category in ARMED
        and m.end <= sentence.start + match.start
        for m in article.actor_mentions
    )


_NAMED_AS_A_PLACE = re.compile(
    r"[A-Z][\w'’-]+(?:\s+[a-z][\w-]*){0,3}?\s+(?:town|village|city|district|base|airport)\b"
)
_TAKEN_PLACE_LEAD = re.compile(r"\s+(?:the\s+(?:town|city|village)\s+of\s+)?")


def _told_by_its_claim(match: TriggerMatch, sentence: Sentence, article: Article) -> bool:
    """Is the act told as what a named doer claimed ("IS claimed responsibility for a car bomb
    in Diyarbakir that killed eight"; not "The group said its fighters carried out", whose
    claimant the words do not name)? CASE 2021 codes such news as the attribution of
    responsibility, not as the act (eval crosswalk: polemos.eval.events)."""
    before = sentence.text[: match.start].rstrip()
    claim = (
        _RESPONSIBILITY_CLAIMED.search(before)
        or (_CLAIMED_BEFORE.search(before) and _CLAIMS_BEFORE.search(before))
        or (_ACT_NOUN.fullmatch(match.text) and _ACT_CLAIMED_BEFORE.search(before))
        or _CLAIMED_ACT_TOLL_BEFORE.search(before)
    )
    if claim is None or _NO_CLAIM.search(before, max(0, claim.start() - 40), claim.end()):
        return False
    return any(
        m.sentence == sentence.index
        and m.category in NAMED_ARMED
        and m.start - sentence.start < claim.start()
        for m in article.actor_mentions
    )


def _ground_claimed(match: TriggerMatch, sentence: Sentence) -> bool:
    """ "RSF claims capture of army division headquarters in Babanusa": a side claims the
    ground it took, the way most takings are first told; the taking is the news, not whose
    act it was (no responsibility owned up to)."""
    return match.trigger.id == "territory_taken" and not _RESPONSIBILITY_CLAIMED.search(
        sentence.text, 0, match.start
    )


def _told_as_blamed(match: TriggerMatch, sentence: Sentence, article: Article) -> bool:
    """Is the act told as what a named armed actor was behind, told before it in its
    sentence ("The Nigerian army said on Monday that Boko Haram fighters were behind Sunday's
    raid on Dalori"), or as what one is accused of or "blamed ... for"? Whose act it was is
    the news: CASE 2021's attribution."""
    accused = _ACCUSED_OF_BEFORE.search(sentence.text, 0, match.start) or _BLAMED_FOR_BEFORE.search(
        sentence.text, 0, match.start
    )
    if accused is not None:
        # "Sudan's army accused the Rapid Support Forces of carrying out the shelling": the
        # accused named between the accusation and its "of"
        return any(
            m.sentence == sentence.index
            and m.category in NAMED_ARMED
            and accused.start("named") <= m.start - sentence.start < accused.end("named")
            for m in article.actor_mentions
        )
    done = _DID_THE_EARLIER_ACT_BEFORE.search(sentence.text, max(0, match.start - 60), match.start)
    if done is not None and _TELLER_BEFORE.search(sentence.text, 0, done.start()) is not None:
        # "Kenyan police say al-Shabaab operatives planted the explosive device that killed
        # three officers in Lamu county last week", "Amaq said ... one of the group's fighters
        # carried out last Friday's bombing": an act of days before, told for who did it
        return (
            done.group("day") is not None
            or _DAYS_BEFORE.search(sentence.text, match.end) is not None
        )
    blamed = _BLAMED_BEFORE.search(sentence.text, 0, match.start)
    if blamed is None:
        return False
    return any(
        m.sentence == sentence.index
        and m.category in NAMED_ARMED
        and m.end - sentence.start <= blamed.start() + 1
        and _SUBJECT_OF_BLAME.fullmatch(sentence.text, m.end - sentence.start, blamed.start())
        for m in article.actor_mentions
    )


# "planted the", "carried out last Friday's": who did an act, right before its words
_DID_THE_EARLIER_ACT_BEFORE = re.compile(
    r"\b(?:carried\s+out|planted|organi[sz]ed|orchestrated|masterminded|perpetrated)\s+"
    r"(?:the\s+|(?P<day>(?:last\s+)?(?:\w+day|week|month)['’]s\s+))(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# who tells it, before: "police say", "the agency said that", "investigators believe"
_TELLER_BEFORE = re.compile(
    r"\b(?:said|says|say|told|believe[sd]?|concluded|found|statement|according\s+to)\b",
    re.IGNORECASE,
)
# the act's day told as days before the telling: "last week", "on Friday" is not enough
_DAYS_BEFORE = re.compile(
    r"[^.;]{0,120}?\b(?:last\s+(?:week|month|year)|(?:days?|weeks?)\s+(?:ago|earlier)|"
    r"earlier\s+this\s+(?:week|month))\b",
    re.IGNORECASE,
)
# "accused the RSF of carrying out the": an accusation right before the act's words
_ACCUSED_OF_BEFORE = re.compile(
    r"\baccus(?:ed|es|ing)\s+(?P<named>[^.;]{2,60}?)\s+of\s+(?:carrying\s+out|conducting|"
    r"launching|perpetrating|staging|being\s+behind|having\s+carried\s+out)\s+"
    r"(?:(?:the|a|an|last\s+\w+['’]s|\w+day['’]s)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "blamed the People's Defence Force for Friday's parcel bomb blast ... that killed": the
# blamed named between the blame and its "for", the act after
_BLAMED_FOR_BEFORE = re.compile(
    r"\bblam(?:ed|es|ing)\s+(?P<named>[^.;]{2,60}?)\s+for\s+(?:the\s+|an?\s+|last\s+\w+['’]s\s+|"
    r"\w+day['’]s\s+)(?!(?:deaths?|killings?|violence|unrest|insecurity)\b)[^.;]{0,80}$",
    re.IGNORECASE,
)
# "were behind", "was responsible for": the blame, before the act's words
_BLAMED_BEFORE = re.compile(
    r"\s(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:behind|responsible\s+for)\s",
    re.IGNORECASE,
)
# the blamed actor's own words up to the blame ("fighters", "militants loyal to the group")
_SUBJECT_OF_BLAME = re.compile(r"(?:\s+(?:fighters|militants|members|insurgents|gunmen))?\s*")


def _claimant_after(
    match: TriggerMatch, sentence: Sentence, article: Article
) -> ActorMention | None:
    """The named armed actor that the clause after the act says claimed it ("A roadside bomb
    that killed four soldiers near Gao was claimed on Wednesday by JNIM"), if any."""
    claim = _CLAIMED_AFTER.match(sentence.text, match.end)
    if claim is None:
        return None
    # (a wider gap than a doer's "by": "claimed on Friday by the so-called Islamic State")
    named = _armed_named_after(article, sentence, claim.end(), gap=40)
    return named[0] if named else None


def _claimed_after_by(
    event: Event, match: TriggerMatch, sentence: Sentence, article: Article, kb: ActorKnowledge
) -> None:
    """An act first told with its claim after it ("A roadside bomb that killed four soldiers
    near Gao was claimed on Wednesday by JNIM"): the claimant's act, on its word."""
    claimant = _claimant_after(match, sentence, article)
    if claimant is None or event.modality not in ("reported", "claimed"):
        return
    country = (event.location or {}).get("country")
    if not _doer_named(event, [claimant], country, kb, "claimed by, after the act"):
        return
    event.modality = "claimed"
    event.attribution = {"source": event.actor1, "verb": "claimed", "channel": None}
    event.provenance["modality"] = f"claimed by {claimant.text!r}, after the act"
    event.evidence["told_as"] = TOLD_AS_CLAIM


def _anchored(
    match: TriggerMatch,
    sentence: Sentence,
    quantities: list[Quantity],
    article: Article,
) -> bool:
    """Noun triggers must name a specific event: counted, or singular with a place or actor."""
    from polemos.events.classifier import classifier_text

    text = sentence.text
    if match.trigger.id == "territory_headline" and not _armed_take_a_place(
        match, sentence, article
    ):
        return False  # "Police take Johnson into custody", "Fans take Manchester by storm"
    # (the cause said first: it is rare, and the accident cue is a long alternation that every
    # sentence's killing would otherwise be searched with)
    if (
        _SAID_ACCIDENTAL.search(text)
        # "An ammunition depot ... exploded ..., killing three soldiers. The defence ministry
        # ruled out an attack": a blast whose cause the paragraph tells
        or (
            _BLAST_WORD.search(text)
            and _SAID_ACCIDENTAL.search(classifier_text(article, sentence))
        )
    ) and (
        match.trigger.id in ("remote_explosive", "shelling")
        or (
            match.trigger.id in ("killing", "casualties", "disrupted_weapons")
            and (_BLAST_WORD.search(text) or _cue("accident").search(text))
        )
    ):
        # "An accidental blast at an army ammunition depot killed three soldiers, the defence
        # ministry said, ruling out sabotage", "a helicopter crashed during a training flight,
        # killing all five crew", "an artillery shell they were loading for disposal
        # detonated": an accident, whatever armed men it killed
        return False
    if match.trigger.id == "shelling" and any(
        cue.start() <= match.start and match.end <= cue.end()
        for cue in _cue("accident").finditer(text)
    ):
        # "a World War II-era shell they were trying to dig out ... exploded": the shell is
        # a war's leftover, gone off by accident, no one's fire
        return False
    if (
        match.trigger.id == "property_destruction"
        and _NATURE_S_FORCE.search(text)
        and not _armed_side_told(article, sentence)
    ):
        return False  # "Typhoon Mangkhut tore through northern Luzon, uprooting trees"
    if match.trigger.id in _ACCIDENT_PRONE and not (
        _PLANTED_DEVICE.search(match.text) or _PLANTED_AFTER.match(text, match.end)
    ):
        # "A tank at an industrial plant exploded. The blast began in its solvents": the
        # paragraph tells what the explosion was, and its armed actors who could have caused it
        told_here = match.trigger.id == "killing" and _cue("accident").search(text)
        told_around = _cue("accident").search(classifier_text(article, sentence))
        if told_here or told_around:
            # "..., police said": the police who tell of a wreck did not cause it, nor a
            # ruling group's officials who tell of a quake's dead ("Taliban officials say")
            doers = [
                m
                for m in article.actor_mentions
                if not _only_telling(m, article.text)
                and not _OFFICIALS_TELLING_AFTER.match(article.text, m.end)
            ]
            if told_around and not _armed_in_paragraph(article, sentence, ARMED, doers):
                return False  # "an explosion at a chemical plant killed 3": an accident
            if told_here and not any(
                m.sentence == sentence.index and m.category in ARMED for m in doers
            ):
                # "Scores have been injured in the disaster, triggered by torrential rain. The
                # military has taken up the grim task of ...": the soldiers after are no doers
                return False
    if (
        match.trigger.id == "chemical_weapon"
        and _cue("industrial_release").search(classifier_text(article, sentence))
        and not _armed_in_paragraph(article, sentence, ARMED)
    ):
        return False  # "a chlorine gas leak at a water treatment plant": an accident
    if match.trigger.id == "arrests" and _ordinary_arrest(sentence, quantities, article):
        return False
    if (
        match.trigger.id == "property_destruction"
        and (_EXTORTION_WORDS.search(match.text) or _DEMOLITION_WORDS.match(match.text))
        and not _armed_side_told(article, sentence)
    ):
        # "The council levied new taxes", "The city began collecting tolls": a state's
        # taxes, extortion is an armed group's; "the council demolished 40 illegal shops":
        # a city's works, no one's act
        return False
    if match.trigger.id == "leader_died" and not _armed_side_told(article, sentence):
        return False  # "the town's long-time mayor died of cancer": no conflict's leader
    if (
        match.trigger.id == "territory_taken"
        and _DRIVEN_OUT.search(match.text)
        and not any(
            m.sentence == sentence.index
            and m.category in ARMED
            and m.start - sentence.start < match.start
            for m in article.actor_mentions
        )
    ):
        # "We have supported the liberation of key towns ... and pushed ISIL out of Kobane":
        # ground taken by driving a side out is taken by an armed side the clause names first
        return False
    if (
        # "arrested 30 suspected internet fraudsters in a raid on a hideout": the arrests' raid
        (_RAID_TRIGGER.fullmatch(match.text) and _ARRESTED_IN_SENTENCE.search(text))
        # "arrested five members of a highway robbery gang who had looted cash and cattle":
        # the crime the arrests were for
        or (
            match.intended
            and match.trigger.id == "property_destruction"
            and _ARRESTED_IN_SENTENCE.search(text, 0, match.start)
        )
    ) and _ordinary_arrest(sentence, quantities, article):
        # the police's ordinary arrests, and what they were made in or for
        return False
    if match.trigger.id in ("shelling", "air_strike") and any(
        talk.start() <= match.start < talk.end()
        for talk in _cue("weapon_talk").finditer(text)
    ):
        # "anti-missile defences", "a deal for 180 howitzers and artillery", "the sale of 24
        # F-16 fighter jets": weapons talked of, not fired
        return False
    before = text[: match.start].rstrip()
    if (
        _CLAIMED_BEFORE.search(before)
        or (_CLAIMED_FOR.search(before) and not match.text.lower().endswith("ing"))
    ) and not (not article.events and _told_by_its_claim(match, sentence, article)):
        # "Al Shabaab claimed responsibility for the attack": told already; a headline's
        # "ISWAP claims responsibility for attack on Malam Fatori base" (not "claimed
        # responsibility for killing 12 soldiers": the act claimed, told here); but where
        # nothing was told before, the claim is the act's first telling, and the act an event
        return False
    if _DIPLOMACY_OVER_BEFORE.search(text, max(0, match.start - 120), match.start):
        # "Karsovia expels Velmarian ambassador over cross-border shelling of its villages":
        # the act a state's diplomacy answers, told already
        return False
    if _TOPIC_OF.search(before):
        # "would publish a report on drone strikes", "an investigation into the Dioura strike"
        return False
    if not match.text.casefold().endswith("ed") and _INVESTIGATING_BEFORE.search(before):
        # "a gathering against the judge investigating the port explosion": what an inquiry is
        # on (not "Detectives investigating the New IRA arrested four men": their act, a verb)
        return False
    if _A_CASE_AFTER.match(text, match.end):
        # "NIA arrests 3 JMB operatives in Burdwan blast case", "the Pulwama attack probe": an
        # act named by the case or inquiry it became, told before
        return False
    if _ANSWERED_BEFORE.search(before):
        # "fired ballistic missiles at two bases in retaliation for the killing of its
        # commander in a U.S. drone strike": the act answered, told as the cause of the news
        return False
    if _WANTED_FOR_BEFORE.search(before):
        # "Wanted for a string of bombings of the pipeline, ELN commander alias Geronimo was
        # captured": the acts a man is wanted for, told as the charge
        return False
    if (
        _FOUND_THAT_BEFORE.search(before) and _DONE_BY_AFTER.match(text, match.end)
    ) or _LINKED_BEFORE.search(before):
        # "investigators have found that the Easter Sunday bombings of churches and hotels were
        # carried out by members of a local Islamist group": whose the act was, found out
        return False
    if _INQUIRY_FOUND_BEFORE.search(before):
        # "An investigation by the policing oversight authority found that officers of the
        # General Service Unit fired the shots that killed a baby": an inquiry's finding of
        # whose the act was, told after the act
        return False
    if _CLAIMED_AFTER.match(text, match.end) and not (
        not article.events and _claimant_after(match, sentence, article) is not None
    ):
        # "An ambush that killed 11 soldiers on Tuesday was claimed on Friday by the Islamic
        # State group": the claim is the news, the act told already (where nothing was told
        # before, the claim's first telling of the act, as _told_by_its_claim's)
        return False
    # "these strikes", "this attack": points back to an event already coded ("indicate that
    # an airstrike struck": a "that" before an article joins a clause, it points at nothing; so
    # does one after a verb of saying before a name: "have alleged that Maoist cadres poisoned
    # a hand pump" (not "confirmed that the explosion took place": the blast told already)
    if re.search(
        r"\b(?:these|those|such|this|that|the same)(?:\s+(?!an?\b)\w+){0,2}$", before, re.I
    ) and not _SAID_THAT_NAME.search(before):
        if match.trigger.pos == "noun" or re.search(
            r"\b(?:these|those|such|this)\s*$", before, re.I
        ):
            return False
    generic = re.search(
        r"\b(?:several|other|many|some|numerous|recent|previous|past|future|further)"
        r"(?:\s+\w+){0,2}$",
        before,
        re.I,
    )
    if (
        generic
        and match.text.lower().endswith("s")
        # the trigger's own word in the plural ("several airstrikes"), not a verb's object
        # ("Some threw objects at riot police", "some protesters threw stones": the words
        # before are its doers)
        and (match.trigger.pos == "noun" or " " not in match.text.strip())
        and not _several_that_struck(match, text, generic)
    ):
        return False
    year_before = _YEAR_BEFORE.search(text, max(0, match.start - 30), match.start)
    if year_before is not None and (
        article.published is None
        or int(re.search(r"(?:19|20)\d\d", year_before.group()).group()) < article.published.year
    ):
        return False  # "sentenced seven militants to death for the 2016 cafe attack": of old
    if _WAVE_IT_FOLLOWED_BEFORE.search(before) and match.text.lower().endswith("s"):
        return False  # "declared a state of emergency following a wave of gang attacks"
    spell = _SPELL_OF_IT_BEFORE.search(before)
    if spell and (
        _DEAL_TOLD.search(text, match.end) or _DEAL_TOLD.search(text, 0, spell.start())
    ):
        # "After nearly two months of siege and shelling, the Central Committee accepted a
        # roadmap", "Elders broker truce between clan militias after week of fighting": how
        # long the fighting went on before the deal the sentence tells (not "After four days
        # of attacks ISIS controls Palmyra": how it was taken)
        return False
    if _NOT_YET_BEFORE.search(before):
        return False  # "ahead of an expected Fano offensive", "fears of an imminent attack"
    dated = _DATED_BY_IT_BEFORE.search(before)
    if dated and not _SAID_AT_ITS_END.search(before, 0, dated.start()):
        # "Qatar's foreign minister flew to Tehran on Saturday for talks, a day after Iran fired
        # missiles at Israel": the act dates the news of its main clause, told before it (not
        # "..., Action Against Hunger said on Sunday, a day after ISWAP fighters abducted six
        # aid workers": a statement's occasion is the act it speaks of)
        return False
    if (
        match.trigger.id == "property_destruction"
        and _DESTROYED_WORD.match(match.text)
        and _cue("accident").search(text)
    ):
        return False  # "Hurricane Betsy utterly destroyed the church": no one's act
    if match.trigger.id in _METAPHOR_PRONE and not _violence_near(
        match, sentence, quantities, article
    ):
        return False
    if match.trigger.pos != "noun":
        return True
    counted = any(
        q.start - sentence.start <= match.start <= q.end - sentence.start + 1 for q in quantities
    )
    if counted:
        return True
    # ("chlorine gas", "a mustard gas attack": no plural)
    plural = match.text.lower().endswith("s") and not match.text.lower().endswith(("ss", "gas"))
    # a named place makes it particular, even one the gazetteer lacks ("Human losses in
    # Shekh Maqsoud neighborhood")
    has_place = any(t.sentence == sentence.index for t in article.toponyms)
    # "airstrikes kill 200 soldiers": a toll makes the strikes particular ones
    tolled = any(q.kind in TOLL_KINDS for q in quantities)
    # "Turkish warplanes carried out airstrikes against PKK forces": an armed actor's acts
    carried_out = _cue("carried_out").search(text[: match.start]) is not None and any(
        m.sentence == sentence.index and m.category in ARMED for m in article.actor_mentions
    )
    # "Renewed airstrikes target vehicles": the weapon does a particular act
    # "Warplanes and helicopters target towns": the weapons joined share the verb
    after = _CO_WEAPONS.sub("", text[match.end :], count=1)
    acts = match.trigger.instrument and (
        _cue("instrument_acts").match(after) is not None
        or _cue("instrument_done_by").search(text, max(0, match.start - 80), match.start)
        is not None
        # "Drone units dropped grenades on the army's trenches", "Iraqi F-16s bomb IS
        # hideouts": the act's verb inside the trigger's own words
        or _DROPPED_OR_BOMBED.search(match.text) is not None
    )
    if match.trigger.instrument and _cue("platforms").search(match.text):
        # "Warplanes carry out strikes on villages west of Idlib": the aircraft acts;
        # "warplanes are flying over Hasaka" tells of none
        acts = acts or _cue("platform_acts").match(after) is not None
        return (
            acts
            or tolled
            or re.search(r"\bby(?:\s+[\w-]+)?$", before) is not None
            # "Russia attacked Kyiv with waves of Shahed drones": what the act was done with
            or _ATTACKED_WITH_BEFORE.search(before) is not None
            # "Russian forces launched a wave of Shahed attack drones at Odesa": sent at a
            # target, the drones are the act
            or (_LAUNCHED_BEFORE.search(before) is not None and _AIMED_AFTER.match(after))
            # "CJNG members flew drones over the community of El Terrero ... and dropped
            # explosive devices on several houses" (not "drones flew over Poland")
            or (
                _FLEW_BEFORE.search(before) is not None
                and _DROPPED_OR_BOMBED.search(text, match.end) is not None
            )
        )
    return not plural or has_place or tolled or carried_out or acts


# the weapons sent, their count or their wave between: "launched a wave of Shahed attack
# drones", "launched 48 drones"; then where to ("at Odesa", "on Kyiv", "from trucks"; not
# "over": "sent drones over Poland" crossed a border and struck nothing)
_LAUNCHED_BEFORE = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|fir(?:ed|es|ing)|sen(?:t|ds|ding))(?:\s+(?:an?|the|their|its))?"
    r"(?:\s+(?:waves?|swarms?|barrages?|salvos?|dozens|scores|hundreds)\s+of)?"
    r"(?:\s+[\w-]+){0,3}$",
    re.IGNORECASE,
)
_FLEW_BEFORE = re.compile(
    r"\b(?:flew|fl(?:y|ies|ying|own)|us(?:ed|ing)|deploy(?:ed|ing))(?:\s+[\w-]+){0,2}$",
    re.IGNORECASE,
)
_AIMED_AFTER = re.compile(r"\s*(?:at|on|against|towards?|into|from)\s", re.IGNORECASE)
_STOPPED_IN_TIME = re.compile(
    r"\bbefore\s+(?:he|she|they|it)\s+(?:could|was\s+able|were\s+able|managed|had\s+a\s+chance)\b",
    re.IGNORECASE,
)
_DROPPED_OR_BOMBED = re.compile(r"\b(?:dropp?(?:ed|ing|s)?|bomb(?:s|ed)?)\b", re.IGNORECASE)


_DATED_BY_IT_BEFORE = re.compile(
    rf",\s+(?:just\s+|only\s+|barely\s+)?{_SO_LONG_AFTER_WORD}(?:\s+[\w'’-]+){{0,12}}$",
    re.IGNORECASE,
)
_SAID_AT_ITS_END = re.compile(
    r"\b(?:said|says|told|stated|added|warned)\b(?:\s+[\w'’-]+){0,4}$", re.IGNORECASE
)


# an arrest of this many or more is a mass arrest, politically significant whatever the charge
# (ACLED's codebook: "politically significant mass arrests")
MASS_ARREST = 10


def _ordinary_arrest(sentence: Sentence, quantities: list[Quantity], article: Article) -> bool:
    """A police arrest for an ordinary crime ("was arrested and charged with aggravated
    arson", "HCSD arrests woman on drug charges"): its paragraph names the charge, or the
    article is a local crime story, nothing political is told, and it is no mass arrest.
    ACLED codes arrests only when they are politically significant; the crime, when it was
    violence, is its own event."""
    from polemos.events.classifier import classifier_text

    window = classifier_text(article, sentence)
    if _NO_LINK_TO_A_SIDE.search(window):
        # "arrested a gang suspected of a string of armed robberies. No link to any political
        # or armed group": whatever the gang, no side's
        return True
    if _cue("arrest_politics").search(window):
        return False
    # "CIDG arrested NPA commander 'Ka Yuni' ..., faces murder charges": a rebel group's man,
    # whatever he is charged with
    if any(
        m.sentence == sentence.index and m.category == "rebel_group" and m.known
        for m in article.actor_mentions
    ):
        return False
    # the charge named, or a police beat's story (whatever the charge)
    charged = _cue("ordinary_charges").search(window) is not None
    if not charged and not _crime_story(article):
        return False
    # (a crime ring broken up, its charge named, is no mass arrest however many are held:
    # "dismantled a people-smuggling network ..., arresting 18 people", "raided an online
    # fraud call centre ... and arrested 42 people"; a sweep's 40 on drug charges is one)
    return (charged and _CRIME_RING.search(window) is not None) or not any(
        q.kind == "arrested" and (q.best or 0) >= MASS_ARREST for q in quantities
    )


_CRIME_RING = re.compile(
    r"\b(?:rings?|networks?|syndicates?|scams?|fraud\w*|smuggl\w*|(?:voice-)?phishing|"
    r"gangs?\s+dedicated\s+to|"
    # ("arrested 23 members of a so-called 'microbes' gang accused of a spate of machete robberies")
    r"gangs?\s+(?:accused|suspected)\s+of|"
    r"(?:human|people|sex)\s+trafficking|trafficking\s+(?:of\s+)?(?:women|people|persons|"
    r"migrants|children))\b",
    re.IGNORECASE,
)


# (a note's bracket names the place's district and province: "attacked the oil depot in
# Proletarsk (Proletarsky, Rostov) in Russia with long-range drones")
_ATTACKED_WITH_BEFORE = re.compile(
    r"\b(?:attack(?:ed|ing|s)?|struck|hit|target(?:ed|ing|s)?|pound(?:ed|ing)|"
    r"bombard(?:ed|ing)|strik(?:es|ing))\b(?:[^.;,()]|\([^().;]{0,60}\)){0,70}?\bwith"
    r"(?:\s+(?:waves?|swarms?|dozens|scores|"
    r"hundreds|a\s+barrage|barrages|a\s+salvo|salvos|a\s+wave|a\s+swarm)\s+of)?(?:\s+[\w-]+)?$",
    re.IGNORECASE,
)
# "drove al-Shabaab fighters out of": ground taken by driving the other side out
_DRIVEN_OUT = re.compile(r"\bout\s+of$", re.IGNORECASE)
# the acts a man is wanted, jailed or charged for, right before the trigger
_WANTED_FOR_BEFORE = re.compile(
    r"\b(?:wanted|sought|jailed|convicted|indicted|sentenced|charged|tried|prosecuted)\s+"
    r"(?:for|over|with|in\s+connection\s+with)(?:\s+[\w'’,-]+){0,5}$",
    re.IGNORECASE,
)
# the claim of the act, told after it in its clause: "An ambush that killed 11 soldiers near the
# border on Tuesday was claimed on Friday by"
_CLAIMED_AFTER = re.compile(
    r"[^.;]{0,120}?\b(?:was|were|has\s+been|have\s+been)\s+claimed\s+(?:[\w,]+\s+){0,3}?by\b",
    re.IGNORECASE,
)
_A_CASE_AFTER = re.compile(
    r"\s+(?:case|cases|probe|trial|verdict|accused|convicts?|inquiry|chargesheet|charge\s+sheet)\b",
    re.IGNORECASE,
)
# an inquiry that found who did it: "An investigation by ... found that", "the autopsy
# established that"
_INQUIRY_FOUND_WORDS = (
    # ("A new report by the UN human rights office found that", "Their report ... concludes
    # that a Syrian air force helicopter dropped the chlorine cylinder")
    r"\b(?:investigations?|investigators|reports?|inquir(?:y|ies)|inquests?|probes?|"
    r"autops(?:y|ies)|post-mortems?|commissions?\s+of\s+inquiry|fact-finding\s+missions?)\b"
    r"[^.;]{0,80}?\b(?:"
    r"found|finds|concluded|concludes|established|establishes|determined|determines|revealed|"
    r"reveals)\s+"
    # (the day of the finding between: "concluded on Thursday that"; the weight of it: "had
    # found reasonable grounds to believe that")
    r"(?:(?:on\s+\w+|today|yesterday|last\s+\w+)\s+)?(?:(?:reasonable\s+)?grounds\s+to\s+"
    r"believe\s+)?that\b"
)
_INQUIRY_FOUND_BEFORE = re.compile(_INQUIRY_FOUND_WORDS + r"[^.;]*$", re.IGNORECASE)
_INQUIRY_FOUND = re.compile(_INQUIRY_FOUND_WORDS, re.IGNORECASE)
_FOUND_THAT_BEFORE = re.compile(
    r"(?:\b(?:found|finds|concluded|concludes|established|determined|confirmed)\s+that"
    # ("Investigators said the car bomb that killed a militia commander in Janzour last week
    # was planted by members of a rival armed group": what an inquiry's men tell of the act)
    r"|\b(?:investigators|prosecutors|detectives)\s+(?:said|say|says|believe|believed)"
    r"(?:\s+that)?)(?:\s+the)?(?:\s+[\w'’-]+){0,3}$",
    re.IGNORECASE,
)
# "investigators had linked the parcel bomb that exploded at a roadside pork eatery in Kampala
# to a cell of the ADF": whose the act was, traced
_LINKED_BEFORE = re.compile(
    r"\b(?:investigators|prosecutors|detectives|police|officials|(?:forensic\s+)?tests|evidence)\s+"
    # ("forensic tests linked the explosives used in a string of bombings ... to a BRN cell")
    r"(?:had\s+|have\s+|has\s+)?(?:linked|tied|traced)\s+(?:the|last\s+\w+['’]s)"
    r"(?:\s+[\w'’-]+){0,6}$"
    # ("Ukraine says fragments prove Kh-101 cruise missile hit Kyiv children's hospital")
    r"|\b(?:fragments|debris|remnants|wreckage)\s+(?:prove|proves|proved|show|shows|showed)"
    r"(?:\s+that)?(?:\s+[\w'’-]+){0,3}$",
    re.IGNORECASE,
)
_DONE_BY_AFTER = re.compile(
    r"[^.;]{0,120}?\b(?:was|were)\s+(?:carried\s+out|perpetrated|committed|orchestrated|"
    r"planted|placed|masterminded)\s+by\b",
    re.IGNORECASE,
)
# the act an act answers, in the same stretch of clause (not "In retaliation for the
# shelling, Ukraine launched drone strikes": the comma ends the cause)
_ANSWERED_BEFORE = re.compile(
    r"\b(?:in\s+(?:retaliation|revenge|reprisal|response)\s+(?:for|to)|to\s+avenge)\b"
    # (a full stop only inside a name: "in a U.S. drone strike", not "Al-Bokamal... the")
    r"(?:[^;,.…\"“”]|\.(?=\s+[a-z]|\w|$)){0,100}$",
    re.IGNORECASE,
)
_TOPIC_OF = re.compile(
    r"\b(?:report|reports|investigation|investigations|inquiry|probe|study|documentary|inquest)"
    r"\s+(?:on|into|about)(?:\s+[\w'’-]+){0,3}$|"
    # "imposed sanctions on two RSF commanders, citing their role in attacks on civilians":
    # the acts a measure answers, no new one
    r"\b(?:role|roles|involvement|complicity|implicated)\s+in(?:\s+the)?(?:\s+[\w-]+)?$|"
    # "accused of filming the aftermath of strikes", "notes describing the bombing of the
    # drama theatre": what is shown or told of, no act of that day
    r"\b(?:filming|filmed|photograph\w*)\s+(?:the\s+)?(?:aftermath|scene|site|damage)\s+of"
    r"(?:\s+the)?(?:\s+[\w'’-]+){0,2}$|"
    r"\b(?:describing|depicting)(?:\s+the)?(?:\s+[\w'’-]+){0,2}$|"
    # "NIA chargesheet names top Maoist leaders as plotters of Jhiram Ghati ambush": who
    # planned an act told before
    r"\b(?:plotters?|masterminds?|planners?|architects?)\s+of(?:\s+the)?(?:\s+[\w'’-]+){0,3}$|"
    # "the Security Council met ... to discuss the weekend's fighting in eastern Congo"
    r"\b(?:discuss|discussed|discusses|discussing)(?:\s+the)?(?:\s+[\w'’-]+){0,2}$|"
    # "the surge in IED attacks in south Bijapur reflects a shift in tactics": a trend
    r"\b(?:surge|rise|spike|increase|uptick|upsurge|decline|drop|fall)\s+in(?:\s+[\w'’-]+){0,2}$|"
    # "empathising with Israel with regards to Palestinian rockets": what is talked about
    r"\b(?:with\s+regards?\s+to|in\s+regard\s+to|regarding|concerning|in\s+relation\s+to)"
    r"(?:\s+[\w'’-]+){0,2}$|"
    # "Pakistan and Afghanistan hold talks in Doha over cross-border attacks": what the talks
    # are about (not "talks stalled over the weekend as shelling went on")
    r"\b(?:talks|meetings?|summit|discussions?|negotiations?|dialogue|consultations?)\b"
    r"[^.;]{0,40}?\b(?:over|about|on)(?:\s+(?!weekend\b|night\b|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)[\w'’-]+){0,2}$",
    re.IGNORECASE,
)
_INVESTIGATING_BEFORE = re.compile(
    r"\b(?:investigating|probing)\s+(?:the|a|an|last\s+\w+['’]s|this\s+\w+['’]s)"
    r"(?:\s+[\w'’-]+){0,2}$",
    re.IGNORECASE,
)
_BODIES_FOUND = re.compile(
    r"\b(?:found|discovered|recovered)\s+(?:the\s+)?(?:bod(?:y|ies)|corpses?|remains)\b|"
    # "Residents said bodies were left lying in the streets of Penha"
    r"\b(?:bod(?:y|ies)|corpses)\s+(?:were|was|had\s+been|lay|remained)\s+(?:left\s+)?"
    r"(?:lying|strewn|scattered|abandoned|piled)\b",
    re.I,
)
_CO_WEAPONS = re.compile(
    r"^\s+(?:and|&)\s+(?:[\w-]+\s+)?"
    r"(?:helicopters?|warplanes|jets|drones|aircraft|planes|gunships|artillery)(?=\s)",
    re.I,
)


def _several_that_struck(match: TriggerMatch, text: str, generic: re.Match[str]) -> bool:
    """Are "several rockets" the doers of an act the sentence tells ("Several rockets slammed
    into a residential neighbourhood")? A count in words, and the weapons' own verb: particular
    ones, where "several recent airstrikes" or "other drones" are not."""
    return (
        match.trigger.instrument
        and generic.group().split()[0].casefold() in ("several", "many", "numerous")
        and _cue("instrument_acts").match(_CO_WEAPONS.sub("", text[match.end :], count=1))
        is not None
    )


def _is_source(mention: ActorMention, said: modality.Attribution, sentence: Sentence) -> bool:
    """The speaker of 'X said' is not a role when another actor is named before the trigger.

    "US forces stated that they ... engaged" and "the SAA claims to have recaptured"
    speak of their own acts: the speaker stays the doer.
    """
    if mention.actor != said.source:
        return False
    return modality.source_verb(mention, sentence.text[mention.end - sentence.start :]) is not None


def _drop_speakers(
    mentions: list[ActorMention],
    said: modality.Attribution | None,
    sentence: Sentence,
    match: TriggerMatch,
) -> list[ActorMention]:
    if said is None:
        return mentions
    speakers = [m for m in mentions if _is_source(m, said, sentence)]
    if not speakers:
        return mentions
    # "the Depayin People's Defense Force (PDF) said": its initials speak with it
    speakers += [
        m
        for m in mentions
        if m.actor == said.source
        and m not in speakers
        and any(
            sentence.text[s.end - sentence.start : m.start - sentence.start].strip() == "("
            for s in speakers
        )
    ]
    if all(m.category in VICTIM_CATEGORIES for m in speakers):
        # "Residents reported heavy artillery fire in Omdurman": witnesses, not its target
        return [m for m in mentions if m not in speakers]
    trigger_at = sentence.start + match.start
    # "The Houthis said they fired two missiles at a ship, the latest in a campaign that the
    # group says is in solidarity with Gaza": a speaker after the act speaks of another thing
    last_speaker = ([m for m in speakers if m.start < trigger_at] or speakers)[-1]
    if _OWN_DEAD_TOLD.match(sentence.text, last_speaker.end - sentence.start):
        return mentions  # "The Houthis said five of their fighters were killed": the target
    after = last_speaker.end - sentence.start
    if (
        _CONFIRMED_THE_ACT.match(sentence.text, after)
        or modality.OUTLET_AFTER.match(sentence.text[after:])
        or _tells_anothers_act(last_speaker, sentence, trigger_at)
    ):
        # "Zamfara police spokesman Yazid Abubakar confirmed the attack but said 18 people
        # were killed", "Houthi-run al-Masirah TV said the raids hit" (its outlet reports),
        # "Police said a car bomb killed three": the speaker tells of the act, not of its own
        return [m for m in mentions if m not in speakers]
    others_between = [
        m
        for m in mentions
        if last_speaker.end <= m.start < trigger_at
        and m.actor != said.source
        # "The Arakan Army, one of the strongest ethnic armed groups, said it had seized"
        and not _in_apposition(
            m, mentions, sentence.text, sentence.start, trigger_at - sentence.start
        )
    ]
    if (
        not others_between
        and last_speaker.start < trigger_at
        and not _relays(last_speaker, sentence, trigger_at)
        # "The Israeli military said about 20 rockets were fired from Lebanon": fire that
        # came from elsewhere is not the speaker's
        and not _FIRED_FROM.search(sentence.text, last_speaker.end - sentence.start)
    ):
        return mentions
    return [m for m in mentions if m not in speakers]


# "Police said a car bomb killed three", "the army said an explosion killed four soldiers":
# the told act has a subject of its own, something a speaker is not ("it", "its forces"); so
# have "Police say Bassett approached Beedle and stabbed him", "police said he opened fire"
_A_SUBJECT_OF_ITS_OWN = re.compile(
    r"\s*(?i:that\s+)?(?:(?i:an?)\s+(?!(?i:few|number|total)\b)|(?i:he|she)\s|"
    r"(?i:the\s+(?:suspects?|gunm[ae]n|attackers?|assailants?|shooters?|killers?|man|woman|"
    r"boy|girl|teen(?:ager)?|driver))\b|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s+[a-z]+ed\b))"
)


# telling verbs whose "a"/"an" opens a clause, not an object the speaker owns
_CLAUSE_VERB = re.compile(
    r"said|says|say|stated|states|added|noted|wrote|reported|reports|alleged|alleges|"
    r"insisted|declared",
    re.I,
)


def _tells_anothers_act(speaker: ActorMention, sentence: Sentence, trigger_at: int) -> bool:
    """Does the speaker's clause give the act a subject of its own before the trigger?"""
    verb = modality.source_verb(speaker, sentence.text[speaker.end - sentence.start :])
    if verb is None or not _CLAUSE_VERB.fullmatch(verb.group("verb")):
        return False  # "IS claimed a suicide car bomb attack", "announced an offensive": its own
    # source_verb reads a copy with asides taken out: count back from the sentence's end
    rest = verb.string[verb.end() :]
    subject = _A_SUBJECT_OF_ITS_OWN.match(rest)
    trigger_in_rest = len(rest) - (sentence.end - trigger_at)
    return subject is not None and subject.end() <= trigger_in_rest


_CONFIRMED_THE_ACT = re.compile(
    r"\s*(?:[\w.'’-]+\s+){0,5}?(?:confirmed|reported|condemned)\s+the\s+(?:attack|killings?|"
    r"incident|raid|bombing|shooting|ambush|strike|clash(?:es)?|assault|massacre)\b"
)
_FIRED_FROM = re.compile(
    r"\b(?:were|was|had\s+been|have\s+been)\s+(?:fired|launched)\s+(?:\w+\s+)?from\b", re.I
)
_TELLING = re.compile(rf"\b(?:{modality.ATTRIBUTION_VERBS})\b", re.IGNORECASE)


def _relays(speaker: ActorMention, sentence: Sentence, trigger_at: int) -> bool:
    """Does the speaker tell what another told ("UKMTO said a vessel reported an explosion
    near it")? Then the act is not the speaker's own."""
    after = sentence.text[speaker.end - sentence.start : trigger_at - sentence.start]
    if modality.source_verb(speaker, after) is None:
        return False
    told = _TELLING.search(after)
    # the second telling verb may be the very predicate the act hangs from ("reported")
    return told is not None and (
        _TELLING.search(after, told.end()) is not None
        or _TELLING.match(sentence.text, trigger_at - sentence.start) is not None
    )


_WORKED_BY_BEFORE = re.compile(
    r"\b(?:operated|flown|piloted|controlled)\s+by\s+(?:the\s+)?$", re.IGNORECASE
)


def _roles(
    sentence: Sentence,
    match: TriggerMatch,
    mentions: list[ActorMention],
    article: Article,
    dominant: list[ActorMention],
) -> tuple[ActorMention | None, ActorMention | None, str]:
    """The doer and the target of the act the trigger tells (``dominant``: the article's
    armed actors by how often it names them, :func:`_dominant_actors`)."""
    offset = sentence.start
    # "Somali forces, backed by US airstrikes, retook": who helped is neither side
    support = _support_spans(sentence.text)
    if support:
        mentions = [
            m for m in mentions if not any(a <= m.start - offset < b for a, b in support)
        ]
    # the sentence's every mention, speakers too: "The Arakan Army, one of ..." names what
    # the apposition after it is, whether or not it speaks
    named_here = [m for m in article.actor_mentions if m.sentence == sentence.index]
    # "government forces backed by local clan militias recaptured": no commas, the same;
    # "al Qaeda linked al-Shabaab militants": the patron named as a modifier
    mentions = [
        m for m in mentions
        if not _BACKED_BY_BEFORE.search(sentence.text, max(0, m.start - offset - 60),
                                        m.start - offset)
        # "Al-Shabaab fighters, who are linked to al-Qaida,": the patron named, not a side
        and not patron_of_a_named_client(m, article.text, mentions)
        and not _patron_of_the_next(m, article.text, mentions)
        and not _client_no_name_tells(m, article.text, mentions)
        # "Syrian rebels led by Hayat Tahrir al-Sham": the leader's name speaks for them
        and not _led_by_the_next(m, article.text, mentions)
        # "Rebels linked to the Islamic State group" in Congo: a guess from the country's
        # war yields to the patron the text names
        and not _guessed_client_of_the_next(m, article.text, mentions)
        # "The Arakan Army, one of the strongest ethnic armed groups, said": what it is
        and not _in_apposition(m, named_here, sentence.text, offset, match.start)
        # "a convoy travelling under police escort": who guarded the target, not the target
        and not _ESCORT_AFTER.match(sentence.text, m.end - offset)
        # "arrested three vendors in relation to the assassination of a Pyu Saw Htee
        # leader": whose man the act answers, not its target
        and not (
            m.start - offset >= match.end
            and _WHOSE_DEATH_ANSWERED.search(sentence.text, max(0, m.start - offset - 70),
                                             m.start - offset)
        )
        # "shot dead the chief of a village, accusing them of informing the FACA": whom the
        # victims were said to serve, not a side of the act
        and not (
            m.start - offset >= match.end
            and _SAID_TO_SERVE_BEFORE.search(sentence.text, max(0, m.start - offset - 70),
                                             m.start - offset)
        )
        # "Grand Prairie police are investigating the death of a 16-year-old who was
        # killed", "Ms. Sears told police a strange man ... shot her": the police who look
        # into an act or hear of it did not do it
        and not _police_looking_into(m, article.text)
        # "Syria has accused Israel of bombarding an area west of Damascus", "a Russian
        # spokesman accused the US-led coalition of killing 60 civilians": the accuser tells,
        # the accused did it
        and not (
            m.end - offset <= match.start
            and _ACCUSES_AFTER.match(sentence.text, m.end - offset) is not None
        )
        # "fought alongside federal troops": an ally, no side
        and not _ALLY_BEFORE.search(sentence.text, max(0, m.start - offset - 25),
                                    m.start - offset)
        # "pro-Hadi forces with Saudi-led coalition air support clashed": the help
        and not (
            _SUPPORT_AFTER.match(sentence.text, m.end - offset)
            and _WITH_BEFORE.search(sentence.text, max(0, m.start - offset - 10), m.start - offset)
        )
    ]  # fmt: skip
    # "Russian warplanes struck": the actor whose name ends in the trigger is before it
    weapon_end = match.end if match.trigger.instrument else -1
    # ... or inside it: "Syrian government helicopters" of the trigger "helicopters dropped"
    before = [
        m
        for m in mentions
        if m.end - offset <= match.start
        or m.end - offset == weapon_end
        # ... or named into the trigger's own words: "Syrian government helicopters" of the
        # instrument "helicopters dropped", "Ukrainian air defence forces" of the trigger
        # "air defence forces shot down"
        or m.start - offset < match.start < m.end - offset <= match.end
        # ... or who works the weapon, named inside its words: "A drone operated by ELN
        # guerrillas dropped"
        or (
            match.trigger.instrument
            and match.start < m.start - offset
            and m.end - offset <= match.end
            and _WORKED_BY_BEFORE.search(sentence.text, match.start, m.start - offset)
            is not None
        )
        # ... or the subject the trigger's words open with: "Gunmen torch homes", "Hartal
        # supporters torch bus" (the headline patterns that name who acts)
        # (not the victims "people were killed during the clashes" open with)
        or (
            m.start - offset == match.start
            and m.end - offset < match.end
            and not _PASSIVE_AUX_AFTER.match(sentence.text, m.end - offset)
        )
    ]
    after = [m for m in mentions if m.start - offset >= match.end]
    mourner = next(
        (m for m in mentions if _OWN_DEAD_TOLD.match(sentence.text, m.end - offset)), None
    )
    if mourner is not None and mourner.category in ARMED:
        # "The Houthis said five of their fighters were killed in 73 strikes", "Hamas said two
        # of its commanders were killed in an Israeli air strike": who mourns its own dead is
        # the target; the doer, another armed actor the sentence names
        doer = next(
            (m for m in mentions if m.actor != mourner.actor and m.category in ARMED), None
        )
        return doer, mourner, "the speaker's own dead: the speaker the target"
    rival = next(
        (
            m
            for m in before
            if m.category in ARMED
            and _RIVAL_FACTIONS_OF.search(
                sentence.text, max(0, m.start - offset - 40), m.start - offset
            )
        ),
        None,
    )
    if rival is not None and match.trigger.id in ("clash", "exchange_fire"):
        # "Gunmen from rival factions of the Sinaloa cartel battled": the group fought itself
        return rival, rival, "rival factions of one group"
    owner = next(
        (
            m
            for m in after
            if match.trigger.instrument
            and m.category in NAMED_ARMED
            and _OF_THE.fullmatch(sentence.text, match.end, m.start - offset)
            and _ON_A_TARGET.match(sentence.text, m.end - offset)
        ),
        None,
    )
    if owner is not None:
        # "A child killed by shelling of the factions on Aleppo city": the Syrian monitor's
        # "of" names whose fire it was; "on" what it hit
        target = next((m for m in after if m.start > owner.start), None)
        return owner, target, "the fire's owner after 'of', its target after 'on'"
    if match.trigger.id == "killed_in_fighting" and dominant:
        # "At least 17 people were killed in the fighting, including 13 peacekeepers", "37
        # soldiers and 16 opposition fighters had been killed in the fighting": the dead are
        # the toll of the fight the article tells, between its armed group and that group's
        # enemy
        return dominant[0], None, "the dead of a fight: the article's war"
    if _FELL_TO.fullmatch(match.text):
        # "Maarat al-Numan, held by opposition factions since 2012, fell to regime forces": the
        # side the place fell to took it; who held it, named before, lost it
        taker = next(
            (m for m in after if 0 <= m.start - offset - match.end <= _BY_AGENT_GAP), None
        )
        if taker is not None:
            loser = next((m for m in reversed(before) if m.actor != taker.actor), None)
            return taker, loser, "'fell to': the taker after it, who held the place before"
    if match.trigger.sides_after:
        # "... between Al-Zenky and HTS rising to 5 civilian martyrs": sides, not victims
        sides = [m for m in after if m.category not in VICTIM_CATEGORIES]
        named = [m for m in sides if m.template is None and m.category not in _UNNAMED]
        if len({m.actor for m in named}) >= 2:
            # "between two rival armed groups, CJNG and Sinaloa Cartel": the names the
            # words of a kind are given by
            sides = named
        first = sides[0] if sides else None
        return (
            first,
            next((m for m in sides if m.actor != first.actor), None) if first else None,
            "the sides named after 'between'",
        )
    if match.trigger.found_dead:
        # "Police found the body of a woman with gunshot wounds": the police found her
        dead = next((m for m in before + after if m.category in VICTIM_CATEGORIES), None)
        return None, dead, "dead found: the killer unknown, the dead the target"
    left = sentence.text[: match.start]
    # "were also killed", "was reportedly shot": a word of when or how between
    auxiliary = re.search(
        r"\b(was|were|been|being|is|are|be)\s+(?:(?:\w+ly|also|later|then|too|all|both)\s+)?$",
        left,
        re.I,
    )
    inside = _AUXILIARY_INSIDE.search(match.text)
    # "they are slaughtering civilians" is no passive; "200 IS killed" names the group
    # (nor "are collecting one-tenth of their harvest as ushr": the progressive's verb first)
    first_word = match.text.split(maxsplit=1)[0].casefold() if match.text else ""
    progressive = first_word.endswith("ing") and first_word != "being"
    passive = not match.text.endswith("ing") and not progressive and (
        (auxiliary is not None and auxiliary[1] != "IS")
        # "M23 rebels were pushed out of Kitshanga by the army": the trigger's own auxiliary
        or _AUXILIARY_OPENS.match(match.text) is not None
        # "a Houthi missile was intercepted by a US warship": the weapon the words name
        # first, then the auxiliary
        or inside is not None
    )
    # where the passive's auxiliary begins: before the trigger, or the trigger's own (after
    # the weapon its words name first: "drones were shot down")
    auxiliary_start = (
        auxiliary.start()
        if auxiliary is not None
        else match.start + inside.start()
        if inside is not None
        else match.start
    )
    counted = before[-1] if before else None
    if (
        not passive
        and counted is not None
        and _HEADLINE_PARTICIPLE.fullmatch(match.text)
        # "killed in an ambush", not "killed 8 civilians": no object after it
        and _NO_OBJECT_AFTER.match(sentence.text, match.end)
        and _COUNT_RIGHT_BEFORE.search(sentence.text, 0, counted.start - offset)
        and _MEMBERS_BETWEEN.fullmatch(sentence.text, counted.end - offset, match.start)
    ):
        # a headline's passive: "30 IS killed during clashes against SDF", "15 SDF fighters
        # killed in IS attack": the counted are the victims; the doer, the armed actor after
        doer = next((m for m in after if m.actor != counted.actor and m.category in ARMED), None)
        return doer, counted, "headline passive: the counted are the victims"
    if (
        not passive
        and counted is not None
        and counted.category in VICTIM_CATEGORIES
        and _HEADLINE_PARTICIPLE.fullmatch(match.text)
        and _BY_RIGHT_AFTER.match(sentence.text, match.end)
    ):
        # "A child killed by regime sniper fire in Eastern Ghouta": a headline's passive with
        # no auxiliary, its doer after "by"
        doer = _armed_named_after_by(sentence, after)
        if doer is not None:
            return doer, counted, "headline passive: doer after 'by', target the subject"
    if passive:
        # "was shot dead and another man was injured ... by two armed individuals": the
        # first "by" of the clause, however far, names the doer when an actor follows it
        by_agent = re.search(r"^[^;]*?\bby\b", sentence.text[match.end :], re.I)
        agent = None
        by_agent_end = match.end + by_agent.end() if by_agent else 0
        if by_agent:
            agent_at = by_agent_end
            agent = next(
                (m for m in after if 0 <= m.start - offset - agent_at + 1 <= _BY_AGENT_GAP),
                None,
            )
        patient = before[-1] if before else None
        if patient is not None and _PASSIVE_OF_ANOTHER_SUBJECT.search(
            sentence.text, patient.end - offset, auxiliary_start
        ):
            # "the convoy was travelling under police escort ... when it was ambushed": the
            # passive's subject is the clause's own, no actor named before it
            patient = None
            if agent is None:
                return None, None, "passive: the subject no actor, the doer not named"
        if agent is not None:
            return agent, patient, "passive: doer after 'by', target the subject"
        if (
            patient is not None
            and match.trigger.sub_event_type == "territory"
            and _HELD_BY_BEFORE.search(sentence.text, 0, patient.start - offset)
            and _ASIDE_CLOSES.fullmatch(sentence.text, patient.end - offset, auxiliary_start)
        ):
            # "The town of Mutwanga, overrun by rebels last month, was retaken": who held the
            # place, named in an aside of its story, lost it; the subject is the place
            return None, patient, "passive taking: the holder the aside names lost it"
        if patient is not None and by_agent and not _BY_COUNT.match(sentence.text, by_agent_end):
            # "was shot dead by armed drug suspects": the subject is the target, whoever
            # the doer the text names is, even when it is no actor we know
            return None, patient, "passive: target the subject, the doer unknown"
        if patient is not None and not by_agent:
            # "40 people were killed when al-Shabaab militants stormed a hotel": the subject
            # is the target; the doer, if any, is the armed actor named after
            doer = next(
                (
                    m
                    for m in after
                    if m.actor != patient.actor
                    and m.category in ARMED
                    # "... one of the deadliest attacks on the army": the target again
                    and not _AIMED_BEFORE.search(
                        sentence.text, max(0, m.start - offset - 12), m.start - offset
                    )
                    # "were detained and handed over to police": who took them over after
                    and not _HANDED_TO_BEFORE.search(
                        sentence.text, max(0, m.start - offset - 30), m.start - offset
                    )
                ),
                None,
            )
            told = doer is not None and _DOER_CLAUSE.search(
                sentence.text, match.end, doer.start - offset
            )
            if told and "between" not in sentence.text[match.end : doer.start - offset]:
                return doer, patient, "passive: target the subject, the doer in the clause after"
            if doer is not None and _FIGHT_WITH.fullmatch(
                sentence.text, match.end, doer.start - offset
            ):
                # "Two terrorists were killed in an encounter with security forces"
                return doer, patient, "passive: target the subject, killed in a fight with the doer"
            if (
                doer is not None
                and _IN_AN.fullmatch(sentence.text, match.end, doer.start - offset)
                and (
                    _ITS_ACT_AFTER.match(sentence.text, doer.end - offset)
                    # "an Israeli air strike": the weapon ends the actor's name
                    or _ITS_ACT_AFTER.search(doer.text)
                )
            ):
                # "22 Palestinians have been killed in an Israeli air strike"
                return doer, patient, "passive: target the subject, killed in the doer's act"
            # "three New People's Army (NPA) rebels": one side named twice is one mention
            named_at = len(before) - 1  # the patient, the last actor named before
            if (
                len(before) >= 3
                and before[-2].actor == patient.actor
                and _ONE_NAME_TWICE.fullmatch(
                    sentence.text, before[-2].end - offset, patient.start - offset
                )
            ):
                named_at -= 1
            named = before[named_at]
            other_side = before[named_at - 1] if named_at > 0 else None
            if (
                doer is None
                and other_side is not None
                and other_side.category in ARMED
                and patient.category in ARMED
                and other_side.actor != patient.actor
                and _TWO_SIDES_HARMED.fullmatch(
                    sentence.text, other_side.end - offset, named.start - offset
                )
                and _SUBJECT_OF_PASSIVE.fullmatch(
                    sentence.text, patient.end - offset, auxiliary_start
                )
                # "... had been killed in the fighting": the toll of the act told before, whose
                # sides that act's own sentence named
                and not _HARMED_IN_THE_ACT_TOLD.match(sentence.text, match.start)
            ):
                # "Five soldiers and three communist rebels were killed in a firefight": the
                # dead of both sides name the sides, in the order told
                return other_side, patient, "passive: the harmed of both sides, each a side"
            if doer is None and (
                patient.category in VICTIM_CATEGORIES
                or (
                    (
                        len(before) == 1
                        or all(
                            _JOINED_SUBJECTS.fullmatch(
                                sentence.text, a.end - offset, b.start - offset
                            )
                            for a, b in zip(before, before[1:], strict=False)
                        )
                    )
                    and (
                        _SUBJECT_OF_PASSIVE.fullmatch(
                            sentence.text, patient.end - offset, auxiliary_start
                        )
                        # "Two servicemen and one local resident were injured"
                        or _AND_PEOPLE_HARMED_TOO.fullmatch(
                            sentence.text, patient.end - offset, auxiliary_start
                        )
                    )
                    and not _NO_DOER_TOLD.search(sentence.text, match.end)
                )
            ):
                # "Three people were wounded in a stabbing attack": civilians a passive
                # harmed are its target, never its doer; "Buba said three soldiers were
                # killed": so are the armed, when no one else is named before them
                return None, patient, "passive: target the subject, the doer not named"
    weapon = match.text[:5].casefold() == "with " or _BY_MEANS_OF.search(left) is not None
    if len(before) >= 2 and weapon:
        # "the PDF attacked two military boats with remote-controlled explosives": the
        # actor a verb of attack takes before the weapon is the target, its subject the doer
        # ("attacked a military vehicle carrying five soldiers with mines": the first after it)
        for k in range(1, len(before)):
            target = before[k]
            verb = _ATTACK_VERB_BEFORE.search(sentence.text, 0, target.start - offset)
            if verb is not None and before[k - 1].end - offset <= verb.start():
                return before[k - 1], target, "weapon: the doer before the verb, the target after"
    if _CAME_UNDER.match(match.text) and before:
        # "Soldiers were responding to reports of armed men in the village when they came
        # under fire": whoever came under fire is the target (the subject "they" points back
        # to the sentence's first actor); the doer is named after "from" or "by", if at all
        target = before[0] if _PRONOUN_JUST_BEFORE.search(left) else before[-1]
        doer = next(
            (
                m
                for m in after
                if m.category in ARMED
                and _FROM_OR_BY_BEFORE.search(sentence.text, 0, m.start - offset)
            ),
            None,
        )
        return doer, target, "came under fire: its subject the target"
    if (
        match.trigger.id == "arrests"
        and before
        and before[-1].category not in ("state_forces", "civilians")
        and _ITS_MEMBERS_AFTER.match(sentence.text, match.end)
    ):
        # "The government blamed the attack on the SPLM-IO, and arrested several of its
        # officials": whose members were taken, the target; the taker is no actor named
        return None, before[-1], "arrested its members: the group they belong to the target"
    struck_by = _STRUCK_BY_BEFORE.search(left) if match.trigger.pos == "noun" else None
    if (
        struck_by is not None
        and before
        # the subjects of that passive: "Two Abkhaz servicemen and one local resident were
        # injured as a result of an explosion"; no act told before it, no clause of its own
        and not _ACT_BETWEEN.search(sentence.text, 0, struck_by.start())
        and ";" not in sentence.text[before[0].start - offset : struck_by.start()]
    ):
        # "A police officer was hit by an anti-personnel mine": the subject the weapon hit
        # is its target; its doer, if any, is named after "by" ("... planted by al-Shabaab")
        doer = _armed_named_after_by(sentence, after)
        return doer, before[-1], "struck by the weapon: the subject its target"
    if (
        before
        and match.trigger.instrument
        and _OPENS_WHAT_IT_SAID.search(
            sentence.text, before[-1].end - offset, match.start
        )
    ):
        # "The People's Defense Force in Depayin township said two fighter jets dropped
        # bombs": the weapon opens what the speaker said; the speaker flew none of it
        before = before[:-1]
    actor1 = before[-1] if before else None
    rule = "active: nearest actor before the trigger"
    if (
        actor1 is not None
        and actor1.actor.startswith("Police")
        and match.trigger.sub_event_type not in _POLICE_ACTS
        and _SPEAKER_OF_THE_ACT.match(sentence.text, actor1.end - offset, match.end)
    ):
        # "Police said the sexual assaults happened in his apartment": the police tell of
        # a crime they name no doer of; they did not commit it
        actor1 = next((m for m in after if m.category in ARMED), None)
        rule = "the police tell of the act: its doer named after, if at all"
    if actor1 is not None and _HARMED_WHEN.match(
        sentence.text[actor1.end - offset : match.start]
    ):
        # "Two Colombian soldiers were killed and at least eight wounded when explosives
        # dropped from drones struck a military base": the harmed of the main clause are the
        # act's target; its doer, if any, is named after "by" ("when a landmine left over by
        # ISIS exploded")
        doer = _armed_named_after_by(sentence, after)
        return doer, actor1, "harmed when the act struck: the target"
    if (
        actor1 is not None
        and (
            _DIED.fullmatch(match.text) is not None
            or _DIED.search(sentence.text, actor1.end - offset, match.start) is not None
        )
        and not any(
            m.category in ARMED
            and _ACT_BETWEEN.search(sentence.text, m.end - offset, actor1.start - offset)
            for m in before[:-1]
        )
    ):
        # "Two soldiers died in the blast", "A US serviceman ... died alongside him and five
        # others were wounded in the blast" (the predicate of the blast the parse found):
        # who died in the act is its target; the doer, if any, is named after "by"
        doer = _armed_named_after_by(sentence, after)
        return doer, actor1, "died in the act: the target"
    if actor1 is not None and actor1.category in VICTIM_CATEGORIES and len(before) >= 2:
        # "Gunmen ... killed 23 villagers in an overnight raid": the victims a verb took
        # before the trigger, the armed subject of that verb the doer
        doer = next((m for m in reversed(before[:-1]) if m.category in ARMED), None)
        if doer is not None and _HARM_VERB.search(
            sentence.text, doer.end - offset, actor1.start - offset
        ):
            return doer, actor1, "the armed subject of the verb that harmed the victims"
    if before and after and _cue("repelled").search(left):
        # "Ukrainian forces repelled the attack of Russian forces": the attacker is after
        return after[0], before[-1], "repelled attack: the attacker named after it"
    if actor1 is None and _PRONOUN_DOER.search(left):
        earlier = [m for m in article.actor_mentions if m.sentence < sentence.index]
        if match.trigger.sub_event_type in _KINDS_OF_VIOLENCE:
            # "... killing 14 people, a committee said. The army-aligned joint forces said
            # they repelled an RSF ground assault": the civilians told of before fight and
            # strike no one, and "they" are not the side the clause names after them
            sides_after = {m.actor for m in after}
            earlier = [
                m for m in earlier
                if m.category not in VICTIM_CATEGORIES and m.actor not in sides_after
            ]  # fmt: skip
        if earlier:
            actor1, rule = earlier[-1], "pronoun: last actor named before"
    actor2 = next((m for m in after if actor1 is None or m.actor != actor1.actor), None)
    if actor2 is not None and _AIMED_AT_BEFORE.search(
        sentence.text, max(0, actor2.start - offset - 25), actor2.start - offset
    ):
        # "A drone strike targeting insurgents mistakenly killed at least 85 civilians": the
        # civilians it harmed are its target, not those it was aimed at (ACLED codes who was
        # hit)
        harmed = next(
            (
                m for m in after
                if m.category in VICTIM_CATEGORIES
                and _HARM_VERB.search(sentence.text, actor2.end - offset, m.start - offset)
            ),
            None,
        )  # fmt: skip
        actor2 = harmed or actor2
    if len(before) >= 2 and _cue("mutual").search(match.text):
        first, second = before[-2], before[-1]
        between = sentence.text[first.end - offset : second.start - offset]
        lead = sentence.text[second.end - offset : match.start]
        # "police forces and suspected Gulf Clan members clashed": one side each, when
        # nothing after names another ("... after police carried out an operation" names
        # one of them again)
        if (
            (
                actor2 is None
                or actor2.actor in (first.actor, second.actor)
                # "Indian and Pakistani troops exchanged artillery fire ..., killing 10
                # civilians": the civilians are the toll of the exchange, not a side
                or actor2.category in VICTIM_CATEGORIES
            )
            and first.actor != second.actor
            and (
                _BOTH_SIDES.match(between)
                # "Troops, ISWAP terrorists in fierce gun duel": a headline's pair
                or _headline_pair(sentence, offset, first, between)
            )
            # (", with both sides shelling each other's positions": the pair told again)
            and (len(lead) <= 30 or (len(lead) <= 60 and _BOTH_SIDES_AGAIN.search(lead)))
        ):
            return first, second, "both sides named before a mutual verb"
    if actor1 is not None and len(before) >= 2 and actor1 is before[-1]:
        first = before[-2]
        if first.actor == actor1.actor and len(before) >= 3 and _ONE_NAME_TWICE.fullmatch(
            sentence.text, first.end - offset, actor1.start - offset
        ):
            # "Malian soldiers and Russian mercenaries from the Wagner Group killed": one
            # doer named twice; the list is of the doers before it
            actor1, first = first, before[-3]
        between = sentence.text[first.end - offset : actor1.start - offset]
        # "ENDF, Federal Police, and SNNP regional special forces clashed": a list whose
        # "and" comes after the nearest actor
        listed = _LISTED_WITH_WORDS.match(between) is not None and (
            _AND.search(sentence.text, actor1.end - offset, match.start) is not None
            # a headline's list has no "and": "FARDC, Wazalendo fighters retake Kitshanga"
            or _headline_pair(sentence, offset, first, between)
        )
        if (
            first.actor != actor1.actor
            and (_BOTH_SIDES.match(between) or listed)
            # "Regime forces shell Daraa and rebels target ...": two clauses, two doers
            and not _ACT_BETWEEN.search(between)
        ):
            if _AGREEING.fullmatch(match.text) and first.category in ARMED | {"unknown"}:
                # "Sudan's army and the paramilitary Rapid Support Forces signed a
                # ceasefire": the two parties are the sides of the agreement
                return first, actor1, "both parties named before the agreement's verb"
            # "Turkish and JWS forces targeted ...": ACLED's actor1 is the first named
            actor1, rule = first, "active: the first of the doers named together"
            # ... of a longer list too: "the military, police and Pyu Saw Htee members"
            for earlier in reversed(before[:-2]):
                joint = sentence.text[earlier.end - offset : actor1.start - offset]
                if earlier.actor == actor1.actor or not _LISTED_BEFORE.match(joint):
                    break
                actor1 = earlier
    if actor1 is None and actor2 is not None and after[0].category != "civilians":
        between = sentence.text[match.end : actor2.start - offset]
        if _DOER_NAMED_AFTER.fullmatch(between):
            # "a drone attack blamed on the RSF", "shelling attributed to Russian forces"
            actor1 = actor2
            actor2 = next((m for m in after if m.actor != actor1.actor), None)
            rule = "the doer the attack is blamed on or attributed to"
        elif match.text and (
            # (a sentence the model alone types has no trigger: its first actor is its doer)
            _TARGET_BEFORE.search(between)
            # "two rockets were fired late Saturday at a base hosting U.S. troops"
            or _FIRED_AT_BETWEEN.match(between)
            or _struck_right_before(between)
            # "Jihadist fighters overran the army detachment": the object of a verb whose
            # subject the text names as no known actor is its target, not its doer
            or (not passive and _object_of_the_verb(match, actor2, sentence, article))
            # "a car bomb exploded near a military checkpoint": the force's post, the target
            or _POST_AFTER.match(sentence.text, actor2.end - offset)
            or _POST_AFTER.search(" " + actor2.text.split()[-1]) is not None
            # "Army recaptures Marte from ISWAP": who lost the place, not who took it
            or (match.trigger.sub_event_type == "territory" and _TAKEN_FROM.search(between))
            # "A drone struck a group of gunmen": a verb's object, not its doer ("battles
            # erupted between the army and Nusra": the sides, after "between")
            or (
                not passive
                and _PAST_VERB_END.search(match.text)
                and left.strip()
                and not _SIDES_BETWEEN_AFTER.match(sentence.text, match.end)
            )
            # "A suicide bomber blew himself up ... in a police compound": a bomb's doer is
            # named before it or after "by"/"from"; a force after it is what it hit
            or (
                match.trigger.sub_event_type in _BOMB_KINDS
                and not weapon  # "after being attacked with explosives, the military ..."
                and not _FROM_OR_BY.search(between)
                # (a foreign force too: "a convoy carrying supplies for the U.S.-led coalition")
                and actor2.category in ("state_forces", "external")
            )
        ):
            # "fired artillery at Houthi positions", "militiamen clashed with FARDC", "five
            # strikes engaged four ISIL tactical units": the one actor named is the target;
            # the doer is someone the text does not name
            rule = "target after the trigger; the doer is not named"
        else:
            # "Clashes between X and Y", "fighting with X": one actor named after the trigger
            actor1 = actor2
            rest = after[1:]
            named = [m for m in rest if m.template is None and m.category not in _UNNAMED]
            if (
                (actor1.template is not None or actor1.category in _UNNAMED)
                and len({m.actor for m in named}) >= 2
                and _APPOSITION.fullmatch(
                    sentence.text, actor1.end - offset, named[0].start - offset
                )
            ):
                # "between two rival armed groups, CJNG and Sinaloa Cartel": the names the
                # words of a kind go on to give
                actor1, rest = named[0], rest[rest.index(named[0]) + 1 :]
            if not match.text:
                # a sentence only the model types: "the military, police, and Pyu Saw Htee
                # members sealed off the house" lists its doers first; the other side is
                # named after them
                rest = _past_co_doers(sentence.text, offset, actor1, rest)
            elif (
                len(rest) >= 2
                and _CO_DOER_JOINT.fullmatch(
                    sentence.text, actor1.end - offset, rest[0].start - offset
                )
                and _AGAINST_JOINT.fullmatch(
                    sentence.text, rest[0].end - offset, rest[1].start - offset
                )
            ):
                # "between Tahrir al-Sham and the factions against the regime forces": the
                # two named together are one side, the one they fight is after "against"
                rest = rest[1:]
            actor2 = next((m for m in rest if m.actor != actor1.actor), None)
            rule = "actors after the trigger"
    if actor2 is None and match.trigger.id == "interception":
        # "shot down 3 Russian missiles": whose weapons, named inside the trigger's words
        actor2 = next(
            (
                m
                for m in _named_inside(match, mentions, sentence)
                if actor1 is None or m.actor != actor1.actor
            ),
            None,
        )
    if actor1 is not None and actor2 is None and _cue("mutual").search(match.text):
        # "Nigerian troops on patrol were engaged by IPOB militants in an armed clash": a
        # clash has two sides; the other armed actor the sentence names before is one
        other = next(
            (
                m
                for m in reversed(before)
                if m.actor != actor1.actor and m.category in ARMED and m.end <= actor1.start
            ),
            None,
        )
        if other is not None:
            actor2, rule = other, rule + "; the other side named before"
    return actor1, actor2, rule


_BY_RIGHT_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)
_HEADLINE_PARTICIPLE = re.compile(
    r"killed|wounded|injured|executed|slain|abducted|kidnapped|arrested|"
    # ("Off-duty soldier shot dead by gunmen at family home"; not a bare "shot", the active
    # past of "two gunmen shot at a merchant")
    r"shot\s+dead|gunned\s+down|murdered|stabbed\s+to\s+death|hacked\s+to\s+death|"
    r"beheaded|lynched",
    re.IGNORECASE,
)
_NO_OBJECT_AFTER = re.compile(
    r"\s*(?:$|[,.;:]|(?:in|during|by|near|around|at|on|after|when|as|while|and|yesterday|"
    r"today|overnight)\b)",
    re.IGNORECASE,
)
# a count right before the actor ("30 IS", "12 members of the regime"), not a date's year
_COUNT_RIGHT_BEFORE = re.compile(
    r"(?<![\d,])\b(?!(?:19|20)\d\d\b)(?:\d+(?:,\d{3})*|dozens|scores|hundreds|tens|several|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\s+"
    r"(?:(?:members|fighters|elements)\s+of\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_MEMBERS_BETWEEN = re.compile(
    r"\s*(?:(?:members?|fighters?|militants?|soldiers?|elements?|operatives?|forces|troops)\s+)?"
    r"(?:(?:were|are)\s+)?",
    re.IGNORECASE,
)
_HARM_VERB = re.compile(
    r"\b(?:killed|kills|shot|abducted|kidnapped|attacked|wounded|injured|massacred|"
    r"executed|beheaded|slaughtered|raped|beat|tortured)\b",
    re.IGNORECASE,
)
# the clause after a passive that tells who did it: "were killed when militants stormed"
_DOER_CLAUSE = re.compile(r"\b(?:when|as|after|while)\b", re.IGNORECASE)
# the weapons fired from afar that ACLED's shelling names: "fired several missiles at"
_FIRED_WEAPON = r"(?:missiles?|rockets?|mortars?|shells|artillery)"
_FIRED_FROM_AFAR = re.compile(rf"\b{_FIRED_WEAPON}\b", re.IGNORECASE)
# what an act was done "with": "targeted the cargo ship with several missiles"
_WITH_WEAPON_AFTER = re.compile(
    r"[^.;]{0,80}?\bwith\s+(?:[\w-]+\s+){0,3}?(?:(?P<air>drones?|air\s*strikes?|"
    rf"warplanes?|aircraft)|{_FIRED_WEAPON})\b",
    re.IGNORECASE,
)
# rounds that do not kill: "fired tear gas shells", "rubber bullets"
_NOT_LETHAL_ROUNDS = re.compile(r"\b(?:gas|tear|rubber|pellets?|smoke|water|flares?)\b", re.I)
_AIRCRAFT_WORD = (
    r"(?:aviation|air(?!\s+defen[cs]e)|aerial|warplanes?|jets?|aircraft|helicopters?|"
    r"air\s*strikes?)"
)
_GUN_WORD = rf"(?:shelling|{_FIRED_WEAPON})"
_AIR_WITH_GUNS = re.compile(
    rf"\b{_AIRCRAFT_WORD}\s+(?:and|&)\s+(?:[\w-]+\s+)?{_GUN_WORD}\b"
    rf"|\b{_GUN_WORD}\s+(?:and|&)\s+(?:[\w-]+\s+)?{_AIRCRAFT_WORD}\b"
    # "Military helicopters fired rockets on Let Yet Kone village": rockets from the air
    # ... and told with whose they are ("Two attack helicopters of the Philippine Air Force
    # fired rockets at")
    r"|\b(?:helicopters?|gunships?|warplanes?|jets?|aircraft|drones?)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:fired|launched|shot)\s+(?:[\w-]+\s+){0,2}?(?:rockets?|missiles?)\b",
    re.IGNORECASE,
)
_DRONE_DROPPED = re.compile(
    r"\b(?:drones?|UAVs?|unmanned\s+aerial|quadcopters?|copters?)\b", re.IGNORECASE
)
_DROPPED_BY_A_DRONE = re.compile(
    r"\b(?:drones?|UAVs?|quadcopters?)\b[^.;]{0,40}?\bdrop(?:s|ped|ping)?\b|"
    r"\bdrop(?:s|ped|ping)?\b[^.;]{0,40}?\b(?:by|from)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:drones?|UAVs?|quadcopters?)\b",
    re.IGNORECASE,
)
_BOMB_KINDS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED", "Grenade"})
_FROM_OR_BY = re.compile(r"\b(?:by|from|of)\b", re.IGNORECASE)
# between an attack and the one actor named after it, words that make that actor its doer
_DOER_NAMED_AFTER = re.compile(
    r"[^,;.]{0,25}?\b(?:blamed\s+on|attributed\s+to|claimed\s+by|carried\s+out\s+by|"
    r"launched\s+by|conducted\s+by)\s+(?:(?:the|suspected|alleged)\s+)*",
    re.IGNORECASE,
)
# how far after "by" the doer's name may start: "by two armed men", "by the security forces"
_BY_AGENT_GAP = 25
_FELL_TO = re.compile(r"(?:fell|falls|fall|falling)\s+to", re.IGNORECASE)
# the trigger words of an assault on one side (not "clashed", "battled": a fight)
_ONE_SIDED_ASSAULT = re.compile(r"\b(?:attack|ambush|stormed|storming|raid)", re.IGNORECASE)
# "they attacked", not "He said two suspects had been arrested": the teller is no doer
_HANDED_TO_BEFORE = re.compile(
    r"\b(?:handed|turned|transferred)\s+(?:them\s+|him\s+|her\s+)?(?:over\s+)?to\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_ITS_MEMBERS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?of\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:officials|members|"
    r"leaders|supporters|cadres|activists|fighters|commanders|lawmakers|officers)\b",
    re.IGNORECASE,
)
# the trigger kinds whose doer fights, strikes or kills: an ACLED sub-event type of a violent
# event type, or a kind the rules resolve later ("killing", "strike", "territory")
_KINDS_OF_VIOLENCE = frozenset(
    {"killing", "strike", "territory"}
    | {name for name, entry in sub_event_types().items() if entry.event_type in _VIOLENT}
)
_AIMED_AT_BEFORE = re.compile(r"\b(?:targeting|aimed\s+at|meant\s+for|intended\s+for)\s+$", re.I)
_PRONOUN_DOER = re.compile(
    rf"\b(?:they|it|he|she)\b(?!\s+(?:also\s+)?(?:{modality.ATTRIBUTION_VERBS})\b)", re.IGNORECASE
)
# between the actor before a passive and its auxiliary: a clause of its own begins ("...
# under police escort ... when it was ambushed")
_PASSIVE_OF_ANOTHER_SUBJECT = re.compile(
    r"\b(?:when|while|after|before|because|until|where|as)\s+(?:\w+\s+){0,3}$", re.IGNORECASE
)
# between a passive's subject and its auxiliary: "three soldiers were", "members were",
# "Volunteers for the Defence of the Homeland (VDP) were"
_SUBJECT_OF_PASSIVE = re.compile(
    r"\)?\s*(?:\([^)]{1,12}\)\s*)?"
    # what the subject was doing: "Soldiers guarding the governor were killed", "Police
    # officers who tried to intervene were also killed"
    r"(?:,?\s*(?:who|that)\s+(?:[\w'’-]+\s+){1,5}?,?\s*|[a-z]+ing\s+(?:[\w'’-]+\s+){1,3}?)?"
    r"(?:\w+\s+){0,1}"
)
# between the dead of two sides: "Five soldiers and three communist rebels", "a soldier and
# two militants"
_TWO_SIDES_HARMED = re.compile(r"\s+and\s+(?:an?\s+|one\s+|\d+\s+|[a-z]+\s+)?")
# between the harmed a passive's subject joins: "soldiers and members of the VDP"
_JOINED_SUBJECTS = re.compile(
    r"\s*(?:\(|,|and|&)\s*(?:and\s+)?(?:(?:members|fighters|soldiers|troops|officers)\s+of\s+)?"
    r"(?:the\s+)?"
)
# who died of the act told after: "died alongside him and five others were wounded in"
_DIED = re.compile(r"\b(?:died|perished)\b", re.IGNORECASE)
# people a passive harmed besides the actor named first: "servicemen and one local resident"
_AND_PEOPLE_HARMED_TOO = re.compile(
    r"\s+and\s+(?:an?|one|two|three|four|five|six|\d+|several|other)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:civilians?|residents?|people|persons?|villagers?|children|women|men|man|woman|child|"
    r"passers-by|others|bystanders?)\s+",
    re.IGNORECASE,
)
# fighting told after a passive names two sides, not only its dead
_NO_DOER_TOLD = re.compile(
    r"\b(?:clash(?:es)?|encounter|fighting|exchange|gunfight|battle|internal)\b", re.I
)
# "killed by the dozen", "by 10": a measure after "by", not the doer
_BY_COUNT = re.compile(r"\s*(?:the\s+)?(?:\d|dozens?\b|hundreds?\b|thousands?\b|scores?\b)", re.I)
_POLICE_AS_CAUSE = re.compile(r"\bpolice" + POLICE_CAUSE_AFTER.pattern, re.IGNORECASE)
_ACT_BETWEEN = re.compile(
    r"\b(?:shell(?:s|ed)?|target(?:s|ed)?|attack(?:s|ed)?|bomb(?:s|ed)?|strike|strikes|struck|"
    r"hit(?:s)?|kill(?:s|ed)?|storm(?:s|ed)?|raid(?:s|ed)?|seize[sd]?|captured?|clash(?:es|ed)?)\b",
    re.IGNORECASE,
)
# what joins two sides named as one subject: "X forces and the Y", "X and suspected Y"
_BOTH_SIDES = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:and|&)\s+"
    # "Malian soldiers and fighters from Russia's Africa Corps"
    r"(?:(?:members|fighters|militants|mercenaries|troops|soldiers)\s+(?:of|from)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)

# the words that bring in the weapon an act was done with: "via 3 hand grenades"
_BY_MEANS_OF = re.compile(r"\b(?:with|via|using)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# a verb of attack right before its object ("attacked two military boats")
_ATTACK_VERB_BEFORE = re.compile(
    r"\b(?:attack(?:ed|s)?|target(?:ed|s)?|struck|hit|ambush(?:ed|es)?|shelled|bombed|"
    # ("an attack by the Islamic State" names the doer)
    # ("two strikes destroyed three tunnel entrances and two ISIL fighting positions": a list
    # of what was hit before the actor)
    r"engag(?:ed|es)|destroy(?:ed|s)|fired\s+(?:at|on|upon))(?!\s+by\b)\s+(?:[\w,-]+\s+){0,6}"
    # "target a camp of the “Islamic State”": the quotes SOHR puts round a group's name
    r"[\"“‘']?$",
    re.IGNORECASE,
)
# between a verb and an actor, what makes the actor another clause's ("bombardment targets
# Hama countryside and IS targets SDF")
# (not a list of what was hit: "destroyed three tunnel entrances and two ISIL positions")
_LISTED_COUNT = r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\b"
_CLAUSE_JOINT = re.compile(rf",\s*and\b|\band\b(?!{_LISTED_COUNT})|;|,(?!{_LISTED_COUNT})")


_PAST_VERB_END = re.compile(r"(?:[a-z]ed|\bstruck|\bhit|\bshot)$")


_RIVAL_FACTIONS_OF = re.compile(
    r"\b(?:rival|warring|competing|feuding)\s+(?:factions|wings|cells|branches|clans)\s+"
    r"(?:of|within)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FIRED_AT_BETWEEN = re.compile(
    r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:fired|launched|lobbed|dropped|aimed)\b"
    r"[^.;]{0,50}?\b(?:at|on|toward|towards|against)\b",
    re.IGNORECASE,
)
_AIMED_BEFORE = re.compile(r"\b(?:on|against|targeting)\s+(?:the\s+)?$", re.IGNORECASE)
_IN_AN = re.compile(r"\s+(?:in|during|by)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?", re.IGNORECASE)
_ITS_ACT_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:air\s*strikes?|air\s+raids?|strikes?|attacks?|shelling|"
    r"bombardment|raids?|drone\s+strikes?|missile|rocket|artillery|ambush|bombing|"
    # "killed in a police operation against drug traffickers"
    r"operations?|crackdowns?|offensives?|incursions?|assaults?|sweeps?)\b",
    re.IGNORECASE,
)
_FIGHT_WITH = re.compile(
    r"\s+(?:in|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:encounters?|clash(?:es)?|"
    r"gun-?fights?|gun-?battles?|firefights?|exchange\s+of\s+fire|shoot-?outs?|operations?|"
    r"raids?)\s+(?:with|by)\s+(?:the\s+)?",
    re.IGNORECASE,
)


# a weapon named as what hit the subject: "was hit by an anti-personnel mine", "were
# wounded by a roadside bomb", "were injured as a result of an explosion"
_STRUCK_BY_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?(?:hit|struck|wounded|injured|"
    r"hurt|damaged|destroyed|blown\s+up)\s+(?:by|in|as\s+a\s+result\s+of)\s+"
    r"(?:an?\s+|the\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# the doer named after "by", right before the actor: "a landmine left over by ISIS"
_BY_RIGHT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")


def _armed_named_after_by(sentence: Sentence, after: list[ActorMention]) -> ActorMention | None:
    """The first armed actor after the trigger named right after "by" ("a landmine left over
    by ISIS", "an IED planted by al-Shabaab"): the doer of an act told by what it harmed."""
    return next(
        (
            m
            for m in after
            if m.category in ARMED
            and _BY_RIGHT_BEFORE.search(sentence.text, 0, m.start - sentence.start)
        ),
        None,
    )


_AGAINST_JOINT = re.compile(r"\s+against\s+(?:the\s+)?", re.IGNORECASE)
_CO_DOER_JOINT = re.compile(r"\s*(,\s*(?:and\s+)?|and\s+)(?:the\s+)?", re.IGNORECASE)


def _past_co_doers(text: str, offset: int, first: Any, rest: list[Any]) -> list[Any]:
    """The mentions after a list of doers that begins with ``first``: "the military,
    police, and Pyu Saw Htee members" (a list with a comma), or a state's two forces ("the
    military and police"), name one side."""
    listed = [first]
    for m in rest:
        joint = _CO_DOER_JOINT.fullmatch(text, listed[-1].end - offset, m.start - offset)
        if joint is None:
            break
        listed.append(m)
    if len(listed) < 2:
        return rest
    commas = "," in text[first.end - offset : listed[-1].start - offset]
    if not commas:
        # "police and protesters": two sides, unless both are the state's forces
        same_side = [first]
        for m in listed[1:]:
            if not (m.category == first.category == "state_forces"):
                break
            same_side.append(m)
        listed = same_side
    return rest[len(listed) - 1 :]


# the words for people that make a parse's subject a doer, where the actor lists name none
# ("Unknown fighters", "young men"; a force the text places in no country): a place or a thing
# the parse takes for a subject ("Tadmur desert is witnessing") is no doer
_PEOPLE_ACTING = re.compile(
    r"(?:fighters|gunmen|men|attackers|assailants|militants|insurgents|rebels|jihadists|"
    r"militiamen|combatants|raiders|kidnappers|bandits|elements|members|youths|mob|crowd|"
    r"group|groups|unit|units|squad|cell|cells|"
    r"army|troops|soldiers|forces|police|military|militia|militias)",
    re.IGNORECASE,
)


def _object_of_the_verb(
    match: TriggerMatch, mention: ActorMention, sentence: Sentence, article: Article
) -> bool:
    """Is the mention inside the direct object of the trigger's own verb (the pipeline
    parses without a tagger: a word with a subject and an object is the verb), a verb whose
    subject is people ("Unknown fighters kill five soldiers", "Jihadist fighters overran
    the army detachment")? The parse says so; a sentence the cheap pass left unparsed, or a
    trigger that is no verb ("clashes between X and Y"), is not read this way."""
    parse = article.parses.get(sentence.index)
    if parse is None or not match.trigger.pattern.search(match.text):
        # (nor the predicate a trigger hangs from: "..., flying the group's flag")
        return False
    verb = next(
        (
            t for t in parse
            if match.start <= t.idx < match.end
            and any(c.dep_ == "nsubj" and _PEOPLE_ACTING.fullmatch(c.text) for c in t.children)
        ),
        None,
    )  # fmt: skip
    if verb is None or _cue("mutual").search(match.text):
        # ("Tadmur desert is witnessing clashes between regime forces and IS": a place is
        # no doer; a clash's sides are both its doers)
        return False
    at = mention.start - sentence.start
    return any(
        c.dep_ == "dobj" and c.left_edge.idx <= at < c.right_edge.idx + len(c.right_edge)
        for c in verb.children
    )


def _struck_right_before(between: str) -> bool:
    """Does a verb of attack or its toll take the actor after it as its object ("five
    strikes engaged four ISIL units", "..., killing six soldiers"), in the same clause?"""
    verb = _ATTACK_VERB_BEFORE.search(between) or _TOLL_VERB_BEFORE.search(between)
    return verb is not None and not _CLAUSE_JOINT.search(between, verb.start())


_TOLL_VERB_BEFORE = re.compile(
    # ("killed by the coalition's warplanes" names the doer)
    r"\b(?:killing|wounding|injuring|killed|wounded|injured|kills?|wounds?|injures?)"
    r"(?!\s+by\b)\s+(?:[\w-]+\s+){0,3}[\"“‘']?$",
    re.IGNORECASE,
)
# a force's post or its men on the move, after its name: what an attack is aimed at
_POST_AFTER = re.compile(
    r"\s+(?:checkpoints?|bases?|convoys?|patrols?|posts?|outposts?|barracks|positions?|"
    r"vehicles?|camps?|headquarters|station)\b",
    re.IGNORECASE,
)  # ... or inside it: the alias "military checkpoint"
# what joins a doer to the next of a list: "the military, police and ..."
_LISTED_BEFORE = re.compile(r"^\s*,\s*(?:the\s+)?$")
_LISTED_WITH_WORDS = re.compile(r"^\s*,\s*(?:[\w-]+\s+){0,2}$")
_AND = re.compile(r",?\s+and\s+")
_COMMA_ONLY = re.compile(r"\s*,\s*")
# nothing but a headline's kicker: a place or a label in capitals and a colon ("SUDAN:", "LIVE:")
_KICKER_ONLY = re.compile(r"\s*(?:[A-Z][A-Z .'-]{1,30}:\s*)?")
_PASSIVE_AUX_AFTER = re.compile(r"\s+(?:were|was|is|are|(?:has|have|had)\s+been|being)\b", re.I)
_TAKEN_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# the words right before an actor that make it the target: "at", "against", "positions of"
_TARGET_BEFORE = re.compile(
    r"\b(?:at|on|against|targeting|toward|towards|into|positions? of|belonging to|"
    r"(?:building|office|offices|house|home|headquarters|premises|property|vehicles?|cars?|"
    r"camps?|bases?|checkpoints?|sites?|convoys?|posts?|gatherings?|hideouts?|strongholds?|"
    # "a position belonging to the 80th brigade of PMF": the unit of the group hit
    r"brigades?|battalions?|regiments?|"
    # "a vehicle of the Afghan Taliban": a capitalised modifier before the name
    r"depots?) of)(?:\s+the)?(?:\s+(?:local|main|regional|district|provincial|municipal))?"
    r"(?-i:\s+[A-Z][\w-]+)?\s*"
    r"[\"“‘']?$",
    re.I,
)


def _actor_name(
    mention: ActorMention | None, country: str | None, kb: ActorKnowledge
) -> str | None:
    if mention is None:
        return None
    if mention.template and country:
        # "civilians" in an event in Iraq are Civilians (Iraq), whatever the article's country
        if mention.rule == "bare-forces":
            # "troops raided a house in Hebron": the occupier's (actors.yaml: occupied)
            country = kb.occupiers.get(country, country)
        return fill_template(mention.template, country, kb)
    return kb.in_country(mention, country)


_UNARMED_TARGET = re.compile(
    r"\b(?:(?:local\s+)?council(?:lor)?(?:\s+members?)?|candidates?|lawyers?|journalists?|"
    r"brothers?|sisters?|sons?|daughters?|grand(?:sons?|daughters?|children)|wife|husband|"
    # ("shot dead an elderly couple as they tried to drive to Ukrainian-held territory")
    r"relatives?|aid\s+workers?|NGO|Red\s+Cross|(?:elderly\s+|young\s+)?couples?|"
    # "an adolescent was killed and his body was found buried": the young and women
    r"adolescents?|teen(?:ager)?s?|minors?|child(?:ren)?|schoolchildren|infants?|bab(?:y|ies)|"
    # ("shot dead a Shia schoolteacher"; "ambushed a truck carrying food to Mocimboa da Praia,
    # killing the driver": a vehicle of goods or travellers)
    r"schoolteachers?|(?:trucks?|lorr(?:y|ies)|buses|bus|minibus(?:es)?|vehicles?|cars?)\s+"
    r"carrying\s+(?:[\w-]+\s+)?(?:food|aid|relief|goods|passengers|traders|civilians|travell?ers)|"
    r"wom[ae]n|(?<!armed\s)youths?|"
    r"motorists?|motorcyclists?|commuters?|passengers?|passers-by|teachers?|doctors?|"
    # ("A Pamiri activist ... was seized by unidentified men": no ground taken; nor "Armed
    # men seize four U.S. citizens in Matamoros")
    # ("Gunmen shot dead prominent Hezbollah critic Lokman Slim in his car")
    r"activists?|bloggers?|dissidents?|critics?|"
    r"(?:(?-i:[A-Z])[\w.-]*\s+)?(?:citizens|nationals)|"
    # "opened fire on a bus carrying pilgrims": people on their way to worship or leisure
    r"pilgrims?|worshippers?|devotees?|tourists?|picnickers?|wedding\s+guests?|"
    # ... or to a festival, a concert, a market ("stabbed festival-goers at random"), and the
    # artists they hear ("Anti-fascist rapper Pavlos Fyssas was stabbed to death")
    r"festival-?goers|concert-?goers|revell?ers|shoppers|spectators|"
    # ("opened fire on their minibus", "beat student Abrar Fahad to death")
    r"(?:their|his|her|a)\s+(?:minibus|bus|van)|students?|mukhtars?|"
    # ("Houthi sniper kills 10-year-old boy in Taiz", "shot and killed a 20-year-old Black
    # man during a traffic stop": the young, and anyone told by their age)
    r"boys?|girls?|\d+-year-old\s+(?:[\w-]+\s+)?(?:m[ae]n|wom[ae]n|persons?|students?)|"
    # ("ZANU-PF militia beat to death an MDC polling agent")
    r"polling\s+agents?|election\s+(?:officials?|workers?|officers?)|"
    # ("fired on the patients", "shot dead the owner of a tortilla shop", "fired on a US
    # commercial airliner")
    r"patients|owners?\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:shop|store|restaurant|bar|"
    r"business|stall|hotel)|(?:commercial\s+|passenger\s+)?airliners?|passenger\s+(?:jets?|planes?)|"
    # ("hacked a local BNP leader with sharp weapons": a party's man, no fighter)
    r"local\s+(?:(?-i:[A-Z])[\w-]*\s+)?(?:party\s+)?(?:leaders?|politicians?|officials?)|"
    r"party\s+(?:leaders?|workers?|activists?|members?|officials?)|"
    r"rappers?|singers?|musicians?|poets?|artists?|"
    r"nurses?|shopkeepers?|vendors?|businessm[ae]n|foreigners?|expatriates?|"
    # "seize two foreign oil engineers" (not an army's combat engineers)
    r"(?:(?!army\b|military\b|combat\b|sapper\b)[\w-]+\s+)?(?:engineers?|contractors?|technicians?)|"
    # people about their trade: "shot at a merchant and his two sons", "attacked miners"
    r"merchants?|traders?|miners?|farmers?|herders?|shepherds?|fisherm[ae]n|pastoralists?|"
    # "shot dead three rubber tappers", "opened fire on a Yanomami community"
    # (a people's community, named: not "took control of the community", a place)
    r"(?:rubber\s+)?tappers?|labou?rers?|loggers?|woodcutters?|porters?|"
    r"(?-i:[A-Z][\w-]+)\s+communit(?:y|ies)|"
    # "opened fire on Palestinian fishing boats": the fishermen's boats
    r"fishing\s+(?:boats?|vessels?|trawlers?|canoes?)|"
    r"(?:his|her|their)\s+(?:residence|home|house|car|shop)|"
    # "shot at a residential house", "shot dead the head of Vovchansk Forestry", "the mayor"
    r"residential\s+(?:houses?|homes?|buildings?|areas?|compounds?)|(?:deputy\s+)?mayors?|"
    r"heads?\s+of\s+(?:the\s+)?(?!(?:police|army|military|security|militia|armed|rebel|"
    r"insurgent|gang)\b)[\w-]+|"
    # "killed a former sarpanch", "shot dead a village chief", "a community leader"
    r"(?:village|community|tribal|traditional|religious|social|clan)\s+"
    r"(?:heads?|chiefs?|elders?|leaders?)|sarpanch|headm[ae]n|imams?|priests?|pastors?|"
    # "the governor of the state ... was killed": officials are unarmed (ACLED's attacks)
    r"governors?|ministers?|lawmakers?|legislators?|parliamentarians?|senators?|judges?|"
    r"prosecutors?|"
    r"clerics?|monks?|"
    # "A radio broadcaster was gunned down", "a barangay captain", "a tricycle driver"
    r"reporters?|broadcasters?|photographers?|cameram[ae]n|bloggers?|"
    r"(?:radio|tv|television)\s+(?:hosts?|anchors?|commentators?|presenters?)|"
    r"council(?:m[ae]n|wom[ae]n)|barangay\s+(?:captains?|chairm[ae]n|officials?|kagawads?)|"
    r"(?:school\s+)?principals?|professors?|lecturers?|"
    r"(?:tricycle|taxi|bus|truck|lorry|motorcycle|rickshaw|bajaj|boda\s+boda|okada|tuk-tuk|"
    r"moto-?taxi|minibus|auto-rickshaw|delivery)\s+drivers?|"
    # "shot dead a residents' association leader", "three members of a family", "an
    # environmental defender": people of a neighbourhood, a family, a cause
    r"(?:residents['’]?|neighbou?rhood|neighbou?rs['’]?)\s+association\s+(?:leaders?|"
    r"presidents?|heads?)|members\s+of\s+(?:an?\s+|the\s+|one\s+)?(?:[\w-]+\s+)?family|"
    r"family\s+members|(?:environmental|land|human\s+rights|rights)\s+(?:defenders?|activists?)|"
    r"(?:boda\s+boda|okada|tricycle|motorcycle|motorbike|bike|taxi)\s+(?:riders?|operators?)|"
    # "shot dead a non-local labourer": people at work ("the third killing of a migrant worker")
    r"labou?rers?|(?:migrant|non-local|construction|farm|factory|road|brick[- ]kiln)\s+workers?|"
    # "Off-duty soldier shot dead at family home", "a policeman on leave": out of the fight
    r"(?:off[- ]duty|retired)\s+(?:[\w-]+\s+){0,2}?[\w-]+|"
    r"(?:soldiers?|police(?:m[ae]n)?|officers?|troopers?|constables?|servicem[ae]n)\s+"
    r"(?:who\s+(?:was|were)\s+)?on\s+(?:leave|holiday|vacation)|"
    # "stormed the village, setting fire to homes": what the raiders burn is people's
    r"(?:set(?:ting)?\s+(?:fire\s+to|ablaze)|torch(?:ed|ing)|burn(?:ed|t|ing)(?:\s+down)?)\s+"
    r"(?:(?:the|their|several|dozens\s+of|\d+|\w+)\s+){0,2}(?:homes|houses|huts|granaries))\b"
)


_TOLL_OF_A_FIGHT = " + the toll of a fight between two sides"
_OUT_OF_THE_FIGHT_BEFORE = re.compile(
    r"\b(?:off[- ]duty|retired)\s+(?:[\w-]+\s+)?$"
    # "killed the parents and younger brother of a serving soldier": his kin are the victims
    r"|\b(?:parents|relatives|family|families|wife|wives|children|sons?|daughters?|brothers?|"
    r"sisters?|mother|father|kin)\s+(?:[\w-]+\s+){0,3}?of\s+(?:an?\s+|the\s+)?"
    r"(?:serving\s+|local\s+)?$",
    re.IGNORECASE,
)
_ON_LEAVE_AFTER = re.compile(
    r"\s+(?:who\s+(?:was|were)\s+)?(?:on\s+(?:leave|holiday|vacation)|off\s+duty)\b",
    re.IGNORECASE,
)


def _out_of_the_fight(mention: ActorMention, sentence: Sentence) -> bool:
    """Is a state force's man named as off duty, on leave or retired ("soldier on leave"), or
    only as the one whose kin were the victims ("the parents of a serving soldier")?"""
    start, end = mention.start - sentence.start, mention.end - sentence.start
    return bool(
        _OUT_OF_THE_FIGHT_BEFORE.search(sentence.text, max(0, start - 25), start)
        or _ON_LEAVE_AFTER.match(sentence.text, end)
    )


# "killed in crossfire when gunmen and soldiers traded fire": the dead of a fight
_CROSSFIRE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?in\s+(?:the\s+|a\s+)?cross-?fire\b", re.I)


def _unarmed_headline_subject(left: str, sentence: Sentence, match: TriggerMatch) -> bool:
    """Does a headline's passive with no auxiliary ("Imam shot dead after dawn prayers",
    "Off-duty soldier shot dead by gunmen") have an unarmed subject?"""
    if sentence.text.rstrip()[-1:] in ".!?" or not _HEADLINE_PARTICIPLE.fullmatch(match.text):
        return False
    # (a headline's capitals say nothing: "Imam Shot Dead")
    return len(left.split()) <= 6 and _unarmed_named_first(left.lower())


def _unarmed_subject(left: str) -> bool:
    """Does a passive's subject, the words before its auxiliary, name an unarmed person
    before any armed one ("the governor of the state, Khamis Abakar, was")?"""
    auxiliary = _AUXILIARY_AT_END.search(left)
    return auxiliary is not None and _unarmed_named_first(left[: auxiliary.start()])


def _unarmed_named_first(subject: str) -> bool:
    """Does a subject name an unarmed person before any armed one?"""
    unarmed = _UNARMED_TARGET.search(subject)
    armed = _ARMED_VICTIMS.search(subject)
    return unarmed is not None and (armed is None or unarmed.start() < armed.start())


# a trigger that holds its passive's auxiliary: "were pushed out", "was driven out"
_AUXILIARY_OPENS = re.compile(r"(?:was|were|been|being)\s", re.IGNORECASE)
# ... or after the weapon it names first: "a Houthi missile was intercepted"
_AUXILIARY_INSIDE = re.compile(
    r"\s(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:shot\s+down|intercepted|downed)$",
    re.IGNORECASE,
)
_AUXILIARY_AT_END = re.compile(r"\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$")


# a passive taking ("were captured", "was retaken"): its auxiliary right before the trigger
_PASSIVE_AUXILIARY_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:(?:\w+ly|also|later|then|soon)\s+)?$", re.I
)
# what a passive taking tells of the side named after it: fought ("after heavy fighting with
# the Congolese army") or killed ("after clashes that left 11 insurgents dead")
_FOUGHT_SIDE_BEFORE = re.compile(
    r"\b(?:after|following|amid|during|in)\s+(?:[\w'’-]+\s+){0,5}?(?:fighting|clash(?:es)?|"
    r"battles?|combat|gun-?fights?|gun-?battles?|exchanges?\s+of\s+fire|encounters?|"
    r"offensives?|assaults?|operations?)\s+(?:with|against)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$"
    r"|\b(?:that|which)\s+(?:left|killed)\s+(?:[\w'’-]+\s+){0,4}?$",
    re.I,
)
# the verbs of a place lost, told from its defenders' side: who fought them took it
_LOST_BY_ITS_HOLDERS = re.compile(r"\b(?:overr[au]n|fell|fallen|lost)\b", re.I)


# "cleared of insurgents", "clearing the villages of the last Shabaab fighters": a place's
# clearing, with the side it was cleared of
_CLEARED_OF = re.compile(r"\bclear(?:ed|ing|s)?\b[^.;]{0,60}?\bof\s+\S", re.IGNORECASE)


def _fought_side_of_a_passive_taking(
    sentence: Sentence, match: TriggerMatch, named: ActorMention
) -> bool:
    """Is ``named``, the actor after a passive taking with no "by", the side it was fought
    against ("Several villages were captured after fierce fighting with al-Shabaab militants",
    "The town was retaken after clashes that left 11 insurgents dead")? Then it lost the
    place, not took it. Verbs of the place's loss ("was overrun after fighting with Taliban
    fighters") tell it from the holders' side: there the side fought is the taker. (The side
    a place was "cleared of" is read in EventExtractor._build, from the trigger's words.)"""
    if _LOST_BY_ITS_HOLDERS.search(match.text):
        return False
    if not (
        _PASSIVE_AUXILIARY_BEFORE.search(sentence.text, 0, match.start)
        or _AUXILIARY_OPENS.match(match.text)
    ):
        return False
    between = sentence.text[match.end : named.start - sentence.start]
    return len(between) <= 100 and _FOUGHT_SIDE_BEFORE.search(between) is not None


def _named_inside(
    match: TriggerMatch, mentions: list[ActorMention], sentence: Sentence
) -> list[ActorMention]:
    """The mentions inside the trigger's own words ("shot down 3 Russian missiles", "sent 600
    additional soldiers to"), in the sentence's order."""
    return [
        m
        for m in mentions
        if match.start <= m.start - sentence.start and m.end - sentence.start <= match.end
    ]


def _as_read_here(
    mention: ActorMention | None, name: str | None, kb: ActorKnowledge
) -> ActorMention | None:
    """The mention with the category of the actor its country reads it as ("the SNA" in
    Somalia is its army, a state force; elsewhere the Syrian National Army)."""
    if mention is None or not name or not mention.rule.startswith("context"):
        return mention
    category = kb.category_of(name)
    if not category or category == mention.category:
        return mention
    return replace(mention, category=category)


def _rioting_against_the_state(
    category1: str | None, category2: str | None, article: Article | None
) -> bool:
    """Rioters who fight the state's forces, in the news ("Palestinian rioters clashed with IDF
    troops in Nablus", "Rioters fought with riot police outside the governor's office"): they
    riot against it, a violent demonstration (CASE 2021's dev half and the written sets: all 5
    such), though no demonstration is told; ACLED's notes code most of them as a mob (5 of
    8), and keep their coders' reading."""
    return (
        category1 == "rioters"
        and category2 == "state_forces"
        and article is not None
        and not _NOTE_STYLE.match(article.text)
    )


# one named member of a party right after its name: "BJP sarpanch", "TMC leader"
_ONE_OF_A_PARTY_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:(?:local|district|block|former|senior|youth|village|ward)\s+)?(?:sarpanch|"
    r"leader|worker|councill?or|activist|functionary|office-bearer|MLA|MP|legislator|"
    # ("A Trinamool Congress panchayat member was shot dead by unidentified assailants")
    r"candidate|panch|panchayat\s+member|corporator|official)\b",
    re.IGNORECASE,
)


_BOTH_SIDES_AGAIN = re.compile(r"\bboth\s+sides\s*$", re.IGNORECASE)


def _sub_event_type(
    match: TriggerMatch,
    actor1: ActorMention | None,
    actor2: ActorMention | None,
    quantities: list[Quantity],
    kb: ActorKnowledge,
    sentence: Sentence,
    article: Article | None = None,
) -> tuple[str, str]:
    kind = match.trigger.sub_event_type
    rule = f"trigger {match.trigger.id}"
    category1 = actor1.category if actor1 else None
    category2 = actor2.category if actor2 else None
    if category2 == "state_forces" and actor2 is not None and _out_of_the_fight(actor2, sentence):
        # "Gunmen kill soldier on leave and his brother at village wedding": a state's man
        # off duty is killed as a civilian (ACLED's attack), not met in battle
        category2 = "civilians"
    if (
        category2 == "political_militia"
        and actor2 is not None
        and _ONE_OF_A_PARTY_AFTER.match(sentence.text, actor2.end - sentence.start)
    ):
        # "Militants shoot dead BJP sarpanch outside his home": one of a party's men, no
        # party's crowd that fights (ACLED's attack on a civilian, the party associated)
        category2 = "civilians"
    if kind == "territory":
        # "captured 118 migrants", "seized two soldiers": people taken, not a place
        after = sentence.start + match.end
        if any(
            q.person
            and 0 <= q.start - after <= 20
            # "taken control of the city of about two million people": the place's people
            and not _PLACE_OF_ITS_PEOPLE.search(sentence.text, match.end, q.start - sentence.start)
            for q in quantities
        ) or _person_taken(sentence.text, match.start, match.end):
            if category1 == "state_forces" or (
                # "Army captures regional commander of the Clan del Golfo": an armed group's
                # man taken by a side left unnamed is the state's arrest
                category1 is None and _fighter_taken(sentence.text, match.start, match.end)
            ):
                return "Arrests", rule + " + people taken by a state force"
            return "Abduction/forced disappearance", rule + " + people taken"
        if category1 in {"state_forces"} or (
            category1 in {None, "external", "unknown"} and RETAKE_WORDS.search(match.text)
        ):
            return "Government regains territory", rule + " + doer is a state force"
        if actor1 is not None and actor1.actor in kb.state_side:
            # "PMF and army units storm Baiji refinery, retake it from Daesh"
            return "Government regains territory", rule + " + doer fights on the state's side"
        if category1 is None and category2 in _GROUND_HOLDERS:
            # "after M23 rebels were pushed out", "the militants were driven out of the town":
            # a rebel or militia losing ground to a side left unnamed loses it to the state
            return "Government regains territory", rule + " + a non-state side lost it"
        if not _FOUGHT_FOR.search(sentence.text) and (
            _WITHDRAWAL.search(sentence.text)
            or (article is not None and _WITHDRAWAL.search(_next_in_paragraph(article, sentence)))
        ):
            # "... have taken control of Af-Urur. The militants seized the area following
            # the withdrawal of Puntland forces": taken without a fight
            return "Non-violent transfer of territory", rule + " + the other side withdrew"
        return "Non-state actor overtakes territory", rule + " + doer is not a state force"
    if kind in _PLANTED and (
        _DEFUSED_BEFORE.search(sentence.text, max(0, match.start - 60), match.start)
        or _DEFUSED_AFTER.match(sentence.text, match.end)
    ):
        # "police deactivated an explosive device", "an IED was defused", "injured in a blast
        # when trying to defuse explosives": a weapon stopped (ACLED's disrupted weapons use)
        return "Disrupted weapons use", rule + " + the device was defused"
    if (
        kind == "killing"
        and _FIRED_FROM_AFAR.search(match.text)
        and not _NOT_LETHAL_ROUNDS.search(match.text)
    ):
        # "fired several missiles at the cargo ship": the weapon the verb names types it
        return "Shelling/artillery/missile attack", rule + " + missiles or shells fired"
    if kind == "killing" and match.trigger.id == "targeting":
        means = _WITH_WEAPON_AFTER.match(sentence.text, match.end)
        if means is not None and not _NOT_LETHAL_ROUNDS.search(means.group()):
            # "targeted the cargo ship Star Nasia with several missiles", "targeted the
            # base with drones": the weapon it was done with types it
            if means.group("air"):
                return "Air/drone strike", rule + " + done with aircraft"
            return "Shelling/artillery/missile attack", rule + " + done with missiles or shells"
    if kind == "Shelling/artillery/missile attack" and _AIR_WITH_GUNS.search(sentence.text):
        # "used aviation and artillery to strike", "an air and artillery attack": ACLED codes
        # the two together as the air strike (7 of 7 such notes in the dev split)
        return "Air/drone strike", rule + " + aircraft fired with the guns"
    if kind == "Remote explosive/landmine/IED" and _DROPPED_BY_A_DRONE.search(sentence.text):
        # "Cartel gunmen used drones to drop explosive devices on the community", "the
        # explosives were dropped by drones": what a drone drops is ACLED's drone strike
        return "Air/drone strike", rule + " + dropped by a drone"
    if kind == "Grenade" and _DRONE_DROPPED.search(sentence.text):
        # "dropped VOG-17 fragmentation grenades, using an unmanned aerial vehicle": a
        # grenade a drone drops is ACLED's drone strike
        return "Air/drone strike", rule + " + dropped from a drone"
    if kind == "strike" and _GROUND_RAID.fullmatch(match.text):
        if (
            (actor1 is not None and _GROUND_DOER.search(actor1.text))
            or _GROUND_RAIDER.search(sentence.text, max(0, match.start - 20), match.start)
            # "A massive police operation against a drug gang ... in the deadliest raid"
            or _GROUND_OPERATION.search(sentence.text)
        ):
            # "gunmen killed 23 villagers in an overnight raid on Kadisau", "fighters were
            # killed in a military raid on their camp": a raid on foot, an attack or a clash
            # as its victims say, not a strike from afar
            kind, rule = "killing", rule + " + a raid on the ground"
    if kind == "strike":
        if _FIRED_WEAPON_BEFORE.search(sentence.text, max(0, match.start - 40), match.start):
            # "a Houthi ballistic missile struck a petrol station": the missile fired from the
            # ground is the doer, whoever flies (ACLED's missile attacks)
            return "Shelling/artillery/missile attack", rule + " + a missile or shell struck"
        if actor1 is not None and kb.flies(actor1.actor):
            return "Air/drone strike", rule + f" + {actor1.actor} flies"
        if _AIRCRAFT_NAMED.search(sentence.text):
            return "Air/drone strike", rule + " + aircraft named"
        if (
            actor1 is None
            and article is not None
            and _AIRCRAFT_NAMED.search(_beside_in_paragraph(article, sentence, -1))
            and not _WEAPONS_OF["Shelling/artillery/missile attack"].search(sentence.text)
        ):
            # "... when the jets came back on Tuesday. Two strikes flattened the vegetable
            # market": the aircraft the sentence before brought
            return "Air/drone strike", rule + " + aircraft named the sentence before"
        if (
            category1 == "state_forces"
            and actor1 is not None
            and actor1.actor.startswith("Military Forces of ")
            and match.text.casefold().startswith("bomb")
            and not _WEAPONS_OF["Shelling/artillery/missile attack"].search(sentence.text)
        ):
            # "The Colombian armed forces bombed an encampment of dissidents": an army's bombs
            # with no gun named to fire them fall from its aircraft
            return "Air/drone strike", rule + " + an army's bombs, no artillery"
        if (
            category1
            in {"rebel_group", "political_militia", "identity_militia", "unknown", "unidentified"}
            and match.text.casefold().startswith("bomb")
            and not _WEAPONS_OF["Shelling/artillery/missile attack"].search(sentence.text)
        ):
            # "the Ye-U PDF bombed the General Administration Office": a rebel's bomb with
            # no gun to fire it is planted (ACLED's remote explosive)
            return "Remote explosive/landmine/IED", rule + " + a rebel's bomb, no artillery"
        if (
            category1 is None
            and match.text.casefold().startswith("bombing")
            and (
                _BOMBING_AT_A_PLACE.match(sentence.text, match.end)
                or _PLACE_OF_A_BOMBING.search(sentence.text, 0, match.start)
            )
            and not _WEAPONS_OF["Shelling/artillery/missile attack"].search(sentence.text)
        ):
            # "A bombing at a mosque in Kabul killed 12", "the Kabul mosque bombing": a bomb
            # that went off where people gather, no gun or aircraft told to have sent it
            # (ACLED: a remote explosive, or a suicide bomb where the words say so)
            return "Remote explosive/landmine/IED", rule + " + a bombing at a place"
        return "Shelling/artillery/missile attack", rule + " + no aircraft"
    if kind == "Arrests" and actor2 is not None and _DEMONSTRATORS.search(actor2.text):
        # "police arrested dozens of Hirak demonstrators": demonstrators detained are their
        # protest's intervention (ACLED: every such note of the dev half); not "activists"
        # or a party's members, who may be arrested anywhere
        return "Protest with intervention", rule + " + demonstrators detained"
    if kind in ("Arrests", "Peaceful protest") and _ARRESTED_AT_A_PROTEST.search(sentence.text):
        # "Police detain dozens at Gaza solidarity encampment", "over 300 detained as
        # thousands join 'March of Unity'": people taken at the protest, while it went on
        # (not "arrested at home after the rally")
        return "Protest with intervention", rule + " + detained at a protest"
    protesters_targeted = (
        category1 == "protesters"
        and actor1 is not None
        and (
            _TARGETED_BEFORE.search(sentence.text, 0, max(0, actor1.start - sentence.start))
            # "its violent crackdown on peaceful demonstrators, including ... activists"
            or _PROTESTERS_TARGETED.search(sentence.text)
        )
    )
    if kind == "Armed clash" and protesters_targeted:
        # "its crackdown on peaceful demonstrators ... fatal attacks": they are the target
        return "Excessive force against protesters", rule + " + protesters targeted"
    if kind == "Armed clash" and category1 == "rioters" and not _cue("demonstration").search(
        sentence.text
    ):
        if _rioting_against_the_state(category1, category2, article):
            return "Violent demonstration", rule + " + rioters fought the state's forces"
        # "Palestinian rioters clashed with Israeli military forces": a crowd's violence with
        # no demonstration told is ACLED's mob violence
        return "Mob violence", rule + " + rioters fought"
    if kind == "Armed clash" and (
        category1 in ("protesters", "rioters")
        or (category2 == "protesters" and _cue("mutual").search(match.text))
    ):
        # "demonstrators fought with police", "activists clashed with each other during a
        # demonstration": ACLED's violent demonstration, not a battle
        return "Violent demonstration", rule + " + protesters fought"
    raid = kind == "Armed clash" and _RAID_TRIGGER.fullmatch(match.text) is not None
    arrested = _ARRESTED_IN_SENTENCE.search(sentence.text, match.end) if raid else None
    if (
        arrested is not None
        and category2 == "protesters"
        and not _cue("demonstration").search(sentence.text, 0, arrested.end())
    ):
        # "police raided a meeting and arrested 12 activists, accusing them of holding an
        # unauthorised gathering": the raid was the arrests, of people met indoors (the
        # gathering told after, as the charge), not a crowd in the street
        return "Arrests", rule + " + activists arrested in a raid"
    if (
        raid
        and not _FOUGHT_OR_HURT.search(sentence.text)
        # (a raid that arrested people is told as the arrests, whatever it found)
        and not _ARRESTED_IN_SENTENCE.search(sentence.text)
        and any(
            t.pattern.search(sentence.text, match.end)
            for t in triggers()
            if t.id == "weapons_seized"
        )
    ):
        # "police and military forces raided a house and seized 4 homemade mines, a pistol and
        # bomb-making materials": a raid that found weapons and met no fight is their seizure
        return "Disrupted weapons use", rule + " + weapons seized in a raid"
    if kind == "Armed clash" and category2 == "protesters":
        if not _LETHAL_FORCE.search(sentence.text):
            # "Protesters were pushed back by police wielding batons": force short of lethal
            # weapons or grave harm is ACLED's intervention, not excessive force
            return "Protest with intervention", rule + " + protesters pushed, no lethal force"
        # "a violent crackdown on peaceful demonstrators ... fatal attacks"
        return "Excessive force against protesters", rule + " + protesters attacked"
    # "IS opened fire on a local council member's car", "gunmen attacked two NGO vehicles":
    # no actor named as the target, but unarmed people or their things
    unarmed_target = actor2 is None and bool(
        _UNARMED_TARGET.search(sentence.text, match.end)
        # "attacked a Baloch person": one unnamed person, the act's object
        or (kind == "Armed clash" and _ONE_PERSON_AFTER.match(sentence.text, match.end))
        or (
            kind in ("Armed clash", "killing")
            and _ONE_PERSON_SHOT_AFTER.match(sentence.text, match.end) is not None
        )
        # "the governor of the state, Khamis Abakar, was killed": a passive's unarmed subject
        or _unarmed_subject(sentence.text[: match.start])
        or _unarmed_headline_subject(sentence.text[: match.start], sentence, match)
        # "thrashing youths who stepped out during curfew": the victims in the trigger's words
        or (kind == "killing" and _UNARMED_TARGET.search(match.text) is not None)
    )
    # "Clashes between herders and farmers kill 20": two sides that fought each other, named
    # as such, whatever their trade (ACLED's communal militias)
    fought_between = match.trigger.id == "killed_in_clashes" and re.search(
        r"\bbetween\b", match.text, re.IGNORECASE
    )
    if kind == "killing" or (
        kind == "Armed clash"
        and (category2 in VICTIM_CATEGORIES or unarmed_target)
        and not fought_between
    ):
        victims = (
            category2 in VICTIM_CATEGORIES
            or unarmed_target
            or any(q.kind == "fatalities" and q.noun in _CIVILIAN_NOUNS for q in quantities)
            # "killing at least 42 people, including women and children"
            or (
                any(q.kind == "fatalities" for q in quantities)
                and _INCLUDING_CIVILIANS.search(sentence.text, match.end) is not None
            )
            # "Car ploughs into Magdeburg Christmas market, killing five", "drove a truck into
            # crowds celebrating Bastille Day, killing 84 before police shot him": a vehicle
            # driven into a crowd kills the crowd (not the police named after)
            or _DRIVEN_INTO_A_CROWD.search(sentence.text, 0, match.start) is not None
            # "Hundreds of men, women and young people were working on the trench when
            # fighters ... opened fire on them": the people named before the act
            or (
                actor2 is None
                and article is not None
                and _ON_THEM.match(sentence.text, match.end) is not None
                and any(
                    m.sentence == sentence.index
                    and m.category == "civilians"
                    and m.end - sentence.start <= match.start
                    for m in article.actor_mentions
                )
                and not any(
                    m.sentence == sentence.index
                    and m.category in ARMED
                    and (actor1 is None or m.actor != actor1.actor)
                    for m in article.actor_mentions
                )
            )
            # "militants killed one person", "shot at a group of young men": ACLED's dev notes
            # code 24 such acts as attacks and 2 as clashes, both of those told as fights
            or (
                actor2 is None
                and _UNNAMED_PEOPLE.search(sentence.text, match.end) is not None
                and _FIGHT_TOLD.search(sentence.text) is None
                and _ARMED_VICTIMS.search(sentence.text, match.end) is None
            )
            # "opened fire on unarmed community members", "Residents said the men were
            # unarmed": the victims said to be unarmed, in the act's sentence or the next
            or _SAID_UNARMED.search(
                sentence.text[match.end :]
                + " "
                + (_next_in_paragraph(article, sentence) if article is not None else "")
            )
            is not None
        )
        if category2 == "protesters" or (
            # "federal police opened fire on teachers and residents blocking the highway in
            # protest against the education reform": people fired on as they protest
            category2 == "civilians"
            and _PROTESTING_AFTER.match(sentence.text, match.end)
        ):
            if _cue("demonstration").search(sentence.text):
                rest = sentence.text[: match.start] + " " + sentence.text[match.end :]
                if _LESS_LETHAL.search(match.text) and not _LETHAL_FORCE.search(rest):
                    # "Security forces fired tear gas ... to stop opposition supporters from
                    # gathering for a banned march": force short of lethal, the intervention
                    return "Protest with intervention", rule + " + less-lethal force"
                return "Excessive force against protesters", rule + " + victims are protesters"
            victims = True  # "workers", "supporters" where no protest is told: civilians
        if (
            category1 == "rioters"
            or (category1 == "civilians" and _CROWD_S_KILLING.search(match.text))
            or (
                # "A group of men beat a dairy farmer to death ... on suspicion that he was
                # smuggling cattle": no armed group named, a crowd's punishment of a suspect
                category1 is None
                and _CROWD_S_KILLING.search(match.text)
                and _ON_SUSPICION.search(sentence.text, match.end)
            )
        ):
            # ("Residents stoned and burned 13 suspected gang members to death": a crowd's
            # justice, whoever its victims)
            return "Mob violence", rule + " + a crowd did it"
        if category1 == "protesters":
            # "supporters of the opposition clashed with ruling party activists, leaving 20
            # injured": a crowd that hurts, as "demonstrators fought with police" above
            return "Violent demonstration", rule + " + protesters did it"
        if (
            # (or no victims named: "Myanmar forces kill 7 as they fire on sit-in")
            (victims or actor2 is None)
            and category1 in {None, "state_forces"}
            and _PROTESTERS_TARGETED.search(sentence.text)
        ):
            # "a civilian was killed ... as a result of Israeli attacks against peaceful
            # protestors": lethal force on a protest
            return "Excessive force against protesters", rule + " + a protest attacked"
        if victims and (
            _FIGHT_BETWEEN_BEFORE.search(sentence.text, 0, match.start)
            # "A woman ... and a schoolboy were killed in crossfire when gunmen and soldiers
            # traded fire": civilians caught in a fight are its toll (ACLED's clash)
            or _CROSSFIRE_AFTER.match(sentence.text, match.end)
        ):
            # "During the shoot-out between the bandits and soldiers, four soldiers were
            # injured while one civilian was killed": the dead of a fight, whoever they were
            return "Armed clash", rule + _TOLL_OF_A_FIGHT
        if victims and not _TOLL_INCLUDES_FORCES.search(sentence.text):
            return "Attack", rule + " + victims are civilians"
        # ("left 64 people dead, including four police officers": both sides died)
        return "Armed clash", rule + " + victims are armed"
    return kind, rule


# the victims said to be unarmed ("the group was unarmed", "on unarmed community members")
_SAID_UNARMED = re.compile(
    r"\b(?:was|were|had\s+been|are|is)\s+(?:all\s+)?unarmed\b|\bunarmed\s+(?:[\w-]+\s+)?(?:"
    r"civilians|men|man|women|woman|people|villagers|youths?|teen\w*|boys?|members|migrants|"
    r"residents|farmers|students)\b",
    re.IGNORECASE,
)
# the aircraft that make a strike an air strike ("the Kabul airport bombing": a place named
# after aircraft, not one; Iran's Shahed and Russia's Geran are drones: "Shahed-136 loitering
# munitions")
_AIRCRAFT_NAMED = re.compile(
    r"\b(?:air(?!ports?\b|lines?\b|fields?\b)|aerial|plane|jet|drone|aircraft|helicopter|"
    r"aviation|war ?planes?|loitering\s+munitions?|shaheds?\b|gerans?\b)",
    re.IGNORECASE,
)
_FIRED_WEAPON_BEFORE = re.compile(
    r"\b(?:missiles?|rockets?|shells?|mortars?|mortar\s+rounds?|iskanders?|grads?)\s+$",
    re.IGNORECASE,
)
# plural people of no armed group, who act as a crowd ("villagers", "angry residents")
_CROWD_OF_PEOPLE = re.compile(
    r"\b(?:villagers|residents|locals|youths|mobs?|crowds?|motorists|commuters|bystanders|"
    r"onlookers|passers-?by|neighbou?rs|farmers|traders|vendors|worshipp?ers)\b",
    re.IGNORECASE,
)


# a crowd named by its trade, school or side, who share a grievance
_CROWD_WITH_A_CAUSE = re.compile(
    r"(?:(?:angry|irate|agitated|striking|protesting)\s+)?(?:students|workers|employees|"
    r"labou?rers|supporters|party\s+workers|cadres)",
    re.IGNORECASE,
)


def _crowd_of_civilians(actor: ActorMention | None, text: str) -> bool:
    return (
        actor is not None
        and actor.category == "civilians"
        and (
            _CROWD_OF_PEOPLE.search(actor.text) is not None
            # "Hundreds of people set fire to churches": people told as a crowd
            or _SO_MANY_OF.search(text, max(0, actor.start - 30), actor.start) is not None
        )
    )


_SO_MANY_OF = re.compile(
    r"\b(?:hundreds|thousands|dozens|scores|(?:an?\s+)?(?:angry\s+)?(?:crowd|group|mob))\s+of\s+$",
    re.IGNORECASE,
)


# the suspicion a crowd punishes: "on suspicion that he was smuggling cattle", "after
# accusing him of firing at protesters"
_ON_SUSPICION = re.compile(
    r"\b(?:on\s+(?:the\s+)?suspicion\s+(?:that|of)|(?:accusing|suspecting)\s+(?:him|her|them)\s+of)\b",
    re.IGNORECASE,
)
# force that does not kill: the intervention against a protest, not excessive force
_LESS_LETHAL = re.compile(
    r"\b(?:tear[- ]?gas|water[- ]?cannons?|rubber\s+bullets|pepper\s+spray|stun\s+grenades?)\b",
    re.IGNORECASE,
)
_CROWD_S_KILLING = re.compile(
    r"\b(?:stoned|lynched|burn(?:ed|t)|beat|beaten|hacked)\b", re.IGNORECASE
)
_TOLL_INCLUDES_FORCES = re.compile(
    r"\b(?:people|persons)\s+(?:dead|killed),?\s+(?:including|among\s+them)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:police(?:\s+officers|men)?|soldiers|troops|security\s+personnel|members\s+of\s+the\s+"
    r"security\s+forces)\b",
    re.IGNORECASE,
)


# the verbs of a device made safe, right before it or told of it right after
_DEFUSING = (
    r"defus(?:e|es|ed|ing)|deactivat(?:e|es|ed|ing)|disarm(?:ed|ing)|neutrali[sz](?:ed|ing)|"
    # "police explosives experts dismantled another booby-trapped car"
    r"dismantl(?:e|es|ed|ing)"
)
_DEFUSED_BEFORE = re.compile(rf"\b(?:{_DEFUSING})\s+(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE)
_DEFUSED_AFTER = re.compile(
    # ("An improvised explosive device attached to the car of a serviceman from the local
    # enlistment office in Dnipro was defused": the device's own words between)
    # (not past another act told of it: "one device detonated inside a cathedral while
    # several others were deactivated")
    r"(?:\s+(?!(?:while|whereas|but|detonated|exploded|went)\b)[\w'’-]+){0,14}?"
    r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    rf"(?:{_DEFUSING}|detonated\s+safely)\b"
    # "a blast when trying to defuse explosives": the device went off being made safe
    r"|[^.;]{0,40}?\b(?:trying|attempting|tried|attempted)\s+to\s+"
    r"(?:defuse|deactivate|disarm|neutrali[sz]e)\b",
    re.IGNORECASE,
)
_GROUND_RAID = re.compile(r"raids?", re.IGNORECASE)
# where a bomb is set off, not aimed: "a bombing at a mosque", "the Kabul market bombing"
_BOMBING_VENUES = (
    r"(?:mosques?|churche?s?|temples?|shrines?|synagogues?|markets?|bazaars?|bus(?:es)?|"
    r"bus\s+stations?|train|stations?|caf[eé]s?|restaurants?|hotels?|weddings?|funerals?|"
    r"rall(?:y|ies)|schools?|stadiums?|concerts?|checkpoints?|shops?|malls?|"
    r"nightclubs?|bars?|polling\s+stations?|festivals?|gatherings?|crowds?)"
)
_BOMBING_AT_A_PLACE = re.compile(
    r"\s+(?:at|outside|inside|near|in)\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}?"
    + _BOMBING_VENUES
    + r"\b",
    re.IGNORECASE,
)
_PLACE_OF_A_BOMBING = re.compile(
    # ("yesterday's terrorist bombings in Istanbul": terrorists plant, they do not shell)
    r"\b(?:" + _BOMBING_VENUES + r"|terror(?:ist)?)\s+$", re.IGNORECASE
)
_GROUND_RAIDER = re.compile(r"\b(?:military|army|police|ground|commando|security)\s+$", re.I)
_GROUND_OPERATION = re.compile(
    r"\b(?:police|military|army|security|counter-?terror\w*|joint)\s+(?:operations?|sweeps?)\b",
    re.I,
)
_GROUND_DOER = re.compile(
    r"\b(?:gunmen|bandits?|militants?|militia(?:men|s)?|fighters|troops|soldiers|police|"
    r"(?<!air )forces|policemen|officers|attackers|assailants|men|herders|insurgents|rebels|"
    r"jihadists)\b",
    re.IGNORECASE,
)


_ONE_PERSON_AFTER = re.compile(
    r"\s+(?:an?|one)\s+(?:(?:young|elderly|old|local|(?-i:[A-Z][\w-]*))\s+)?"
    r"(?:person|man|woman|boy|girl|child|civilian)\b",
    re.IGNORECASE,
)
# "approached the former MP ... and shot her in the head": the one person told before, shot
# as one shoots a victim (not "accuse the SDF of killing a young man" beside clashes)
_ONE_PERSON_SHOT_AFTER = re.compile(
    r"\s+(?:him|her)\s+(?:dead|in\s+the\s+(?:head|chest|back|neck|face)|several\s+times|"
    r"at\s+(?:point-blank|close)\s+range)\b",
    re.IGNORECASE,
)
_ON_THEM = re.compile(r"\s+(?:on|at)\s+them\b", re.IGNORECASE)
_UNNAMED_PEOPLE = re.compile(
    r"\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:group\s+of\s+)?"
    # "an IDP man", "a Baloch person": one word of who they are
    r"(?:(?:young|elderly|old|unidentified|local|(?-i:[A-Z][\w-]*))\s+)?"
    r"(?:person|people|persons|man|men|individuals?|boys?|girls?|youths?)\b",
    re.IGNORECASE,
)
_DRIVEN_INTO_A_CROWD = re.compile(
    r"\b(?:dr[io]ve|drives|driving|plough\w*|plow\w*|ram(?:s|med|ming)|slam\w*|smash\w*)\s+"
    r"(?:[\w-]+\s+){0,3}?into\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:crowds?|markets?|"
    r"pedestrians|shoppers|revell?ers|worshippers|festival-?goers|passers-?by|people)\b",
    re.IGNORECASE,
)
_FIGHT_TOLD = re.compile(
    r"\b(?:clash\w*|fight\w*|gunfights?|shoot-?outs?|exchang\w+\s+(?:of\s+)?fire|encounters?|"
    r"battl\w+|firefights?|crossfire)\b",
    re.IGNORECASE,
)
# a fight between two sides, told before the toll in its sentence
_FIGHT_BETWEEN_BEFORE = re.compile(
    r"\b(?:clash(?:es)?|fighting|battles?|gunfights?|firefights?|shoot-?outs?|gun\s*battles?|"
    r"exchanges?\s+of\s+fire)\s+between\b[^.;]{0,80}?\band\b",
    re.IGNORECASE,
)
_ARMED_VICTIMS = re.compile(
    r"\b(?:soldiers?|troops|militants?|fighters?|rebels?|police\w*|officers?|traffickers?|"
    r"gang\s+members?|bandits?|insurgents?|guards?|militiam[ae]n|combatants?|suspects?)\b",
    re.IGNORECASE,
)
_INCLUDING_CIVILIANS = re.compile(
    r"\b(?:people|persons),?\s+(?:including|among\s+them)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:women|children|a\s+child|a\s+woman|civilians|students|worshippers|passengers)\b",
    re.IGNORECASE,
)
_CIVILIAN_NOUNS = {
    "civilian",
    "villager",
    "resident",
    "child",
    "woman",
    "farmer",
    "student",
    "worshipper",
    "passenger",
    "pilgrim",
    "refugee",
    "migrant",
    "baby",
    "infant",
    # "killing six shoppers": people about their day
    "shopper",
    "customer",
    "bystander",
    "pedestrian",
    "commuter",
    "patient",
    "fisherman",
    "fishermen",
    "herder",
    "miner",
    "diner",
    "mourner",
    "guest",
    "tourist",
    "pupil",
    "teacher",
    "trader",
    "vendor",
    # "killing two nurses and a patient": people at their work of care, faith or news
    "nurse",
    "doctor",
    "medic",
    "health worker",
    "aid worker",
    "imam",
    "priest",
    "pastor",
    "journalist",
}


def _sentence_places(article: Article, index: int) -> list[Toponym]:
    """Resolved toponyms of a sentence, less those inside an actor's name ("US forces")."""
    actors = [(m.start, m.end) for m in article.actor_mentions if m.sentence == index]
    return [
        t
        for t in article.toponyms
        if t.sentence == index
        and t.place is not None
        and not any(s <= t.start and t.end <= e for s, e in actors)
        # "against the US dollar": a currency's country is no place of the event
        and not _CURRENCY_AFTER.match(article.text, t.end)
        # "residents of the Cantonment Road blocked the traffic in Shorkot": a street's name
        and not _STREET_AFTER.match(article.text, t.end)
        # "a pro-Ukraine rally", "in solidarity with Ukraine", "against Russia's invasion of
        # Ukraine": a side taken or a cause, not where it happened
        and not _STANCE_OR_CAUSE_BEFORE.search(article.text, max(0, t.start - 30), t.start)
        # "the Svoboda party protested", "Movement for United Georgia Party": a name that
        # names a party (the gold corpora count it a toponym); "an Arlington party" is one
        and not (
            _PARTY_AFTER.match(article.text, t.end)
            and not _INDEFINITE_BEFORE.search(article.text, max(0, t.start - 4), t.start)
        )
        # "..., Cook said", "Moscow said": a speaker (a person the gazetteer has a county for,
        # or a capital for its government) is not where it happened
        and not _SAID_AFTER.match(article.text, t.end)
        # "the Tripoli-based Government of National Unity": a body's name
        and not _BODY_OF_BEFORE.search(article.text, max(0, t.start - 30), t.start)
        # "contacted by the Bangkok Post": a newspaper's name
        and not _NEWSPAPER_AFTER.match(article.text, t.end)
        # "the Sudan Doctors Network said", "the Kenya Red Cross": a body's name
        and not _BODY_NAMED_AFTER.match(article.text, t.end)
        # "quoted by the state news agency SANA": an outlet's name, not Yemen's Sanaa;
        # "According to Baku,": a capital for its government
        and not _OUTLET_OR_SOURCE_BEFORE.search(article.text, max(0, t.start - 30), t.start)
        # "a group of pilgrims from Novi Sad were staying", "workers, all migrants from South
        # Sulawesi": where people come from, not where the act was
        and not _PEOPLE_FROM_BEFORE.search(article.text, max(0, t.start - 100), t.start)
        # "flown to Moscow for treatment", "taken to hospital in Pristina": where the hurt
        # were taken, not where they were hurt
        and not _TAKEN_FOR_CARE_BEFORE.search(article.text, max(0, t.start - 40), t.start)
        # "Krasnodar governor Veniamin Kondratyev said": the speaker's title
        and not _OFFICIAL_AFTER.match(article.text, t.end)
        # "Kyiv's military insisted", "Moscow's forces captured", "while Kyiv awaits US
        # weapons": a capital for its state, not where it happened
        and not _STATE_AFTER.match(article.text, t.end)
        # "The Palestinian Health Ministry in Ramallah said": where the teller sits
        and not (
            _SEAT_BEFORE.search(article.text, max(0, t.start - 40), t.start)
            and _TELLS_AFTER.match(article.text, t.end)
        )
        # "..., Saudi Arabia and the United States said in a joint statement": states that
        # tell, not where
        and not (t.place.precision == "country" and _STATES_TELL_AFTER.match(article.text, t.end))
        # "the ambassador of the United States in Athens": the envoy's country is not where
        and not sends_envoy(article.text, t.start, t.end)
        # "US-backed forces", "backed by the United Arab Emirates", "a Beirut-based group":
        # whose side or seat, not where it happened
        and not names_a_side_or_seat(article.text, t.start, t.end)
    ]


_PARTY_AFTER = re.compile(r"\s+party\b", re.IGNORECASE)
_STANCE_OR_CAUSE_BEFORE = re.compile(
    r"\b(?:pro|anti)-$|\b(?:invasion\s+of|aggression\s+against|solidarity\s+with|"
    r"support\s+(?:of|for))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ROAD_NAMED_BY = re.compile(
    r"(?:\s*[-–]\s*[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?)*\s*(?:[-–]\s*)?\s+"
    r"(?:highway|road|motorway|expressway|freeway)\b",
    re.IGNORECASE,
)
_STREET_AFTER = re.compile(r"\s+(?:Road|Street|Avenue|Boulevard|Lane|Rd\.|St\.)(?!\w)")
_SEAT_BEFORE = re.compile(
    r"\b(?:Ministry|Government|Authority|Embassy|Consulate|Office|Council|Command)\s+"
    r"(?:based\s+)?in\s+$"
)
_TELLS_AFTER = re.compile(
    r"\s+(?:said|says|identified|announced|reported|confirmed|stated|told|denied|accused)\b"
)
_STATES_TELL_AFTER = re.compile(
    r"(?:\s+and\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?" + _TELLS_AFTER.pattern
)
_OUTLET_OR_SOURCE_BEFORE = re.compile(
    r"\b(?:(?:news\s+)?agency|broadcaster|television|channel|newspaper|daily|outlet|website|"
    r"according\s+to)\s+$",
    re.IGNORECASE,
)
_PEOPLE_FROM_BEFORE = re.compile(
    r"\b(?:pilgrims|people|residents|workers|migrants|villagers|families|refugees|traders|"
    r"passengers|students|visitors|tourists|natives?|labourers|laborers|settlers|herders|"
    # "13 foreign peacekeepers from South Africa, Malawi and Uruguay": a list of homes
    r"peacekeepers|nationals|citizens|journalists|mercenaries|volunteers|sailors|"
    r"crew\s+members)\s+"
    r"from\s+(?:the\s+)?(?:(?:provinces?|regions?|districts?|state)\s+of\s+)?"
    r"(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:the\s+)?)*$",
    re.IGNORECASE,
)
_TAKEN_FOR_CARE_BEFORE = re.compile(
    r"\b(?:flown|taken|rushed|evacuated|transferred|airlifted|admitted|brought|transported)\s+"
    r"to\s+(?:(?:a|the)\s+(?:[\w-]+\s+)?)?(?:(?:hospitals?|clinics?)\s+in\s+)?$",
    re.IGNORECASE,
)
_NEWSPAPER_AFTER = re.compile(
    r"\s+(?:Post|Times|Herald|Tribune|Gazette|Observer|Chronicle|Standard|Daily|Journal|Star|"
    r"Guardian|Telegraph|Independent|Express|Mail)\b"
)
_BODY_NAMED_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:Network|Council|Committee|Union|Association|"
    r"Observatory|Red\s+Cross|Red\s+Crescent|Commission|Foundation|Institute|Society|"
    r"Federation|Syndicate)\b"
)
_BODY_OF_BEFORE = re.compile(
    r"\b(?:Government|Ministry|Council|Party|Front|Movement|Bank|University|Committee)\s+of\s+"
    r"(?:the\s+)?$"
)
_OFFICIAL_AFTER = re.compile(
    r"(?:['’]s)?\s+(?i:regional\s+|provincial\s+|state\s+)?(?i:governor|mayor)\s+[A-Z]|"
    # "Mandera County Police Commander Samuel Mutunga said"
    r"(?:\s+County)?\s+(?:Police|Regional|County|District|Provincial)\s+(?:Commander|Commissioner|"
    r"Chief|Police\s+Commander|Administrator|Officer)\b"
)
_STATE_AFTER = re.compile(
    r"['’]s\s+(?:military|army|armed\s+forces|forces|troops|government|defen[cs]e\s+ministry|"
    r"general\s+staff|air\s+force|navy|leadership)\b|"
    r"\s+(?:awaits|waits|vowed|vows|warned|warns|rejected|rejects|demanded|demands|responded|"
    r"retaliated|wants|hopes|(?:stepped|steps|ramped|ramps)\s+up|escalated|escalates|"
    r"announced|announces|imposed|imposes|accused|accuses|blamed|blames|condemned|condemns|"
    r"denied|denies|insisted|insists|pledged|pledges|threatened|threatens)\b"
)
_SAID_AFTER = re.compile(rf"\s+(?:{modality.ATTRIBUTION_VERBS})\b")
_INDEFINITE_BEFORE = re.compile(r"\ban?\s+$", re.IGNORECASE)


_CURRENCY_AFTER = re.compile(
    rf"\s+(?:{currency_names('pound', 'currency')})\b", re.IGNORECASE
)


def _location(
    article: Article,
    sentence: Sentence,
    match: TriggerMatch,
    quantities: list[Quantity],
    clause: tuple[int, int] | None = None,
) -> tuple[Place | None, str]:
    # ("90 kilometers north of Mogadishu" is a distance: it measures where, nothing taken)
    area = any(q.kind in AREA_KINDS for q in quantities)
    coded = [
        t
        for index in range(sentence.index - 3, sentence.index + 4)
        for t in _sentence_places(article, index)
        if _CODED_AS.search(article.text, max(0, t.start - 60), t.start)
    ]
    if coded:
        # the place a coder says the event was coded to ("coded to Gusau", "Coded as
        # provincial capital Ramadi"), as ACLED's notes write it when the text names a
        # village the gazetteer lacks or only a province
        unit = _parent_unit_against(article, coded[0])
        if unit is not None:
            return unit.place, f"coded as {coded[0].text!r}, read doubtfully: {unit.text!r}"
        return coded[0].place, f"coded as: {coded[0].text!r}"
    here = [
        t for t in _sentence_places(article, sentence.index) if t.place.precision != "unresolved"
    ]
    # "shells fall on the capital", "clashes south of the Syrian capital": the country's
    # capital city, where the clause (or else the sentence) names nothing nearer than a
    # country; "the Capital" is no governorate of Kuwait or Bahrain
    here = [t for t in here if t.text.casefold() != "capital"]
    # "... told reporters in Mogadishu": where it was said is no place of the act; nor
    # "Puntland forces" where the forces are ("following the withdrawal of Puntland forces")
    here = [
        t for t in here
        if not _where_told(article.text, t)
        and not (
            t.place.precision != "place" and _FORCES_AFTER.match(article.text, t.end)
        )
        # "an attack near the border with Mali", "a Kenyan village near the Somalia border":
        # the land across the border
        and not (
            t.place.precision == "country"
            and (
                _BORDER_WITH.search(article.text, max(0, t.start - 20), t.start)
                or _BORDER_AFTER.match(article.text, t.end)
            )
        )
    ]  # fmt: skip
    # "Hayat Tahrir al-Sham, the dominant group in Idlib, said its fighters shelled ... the
    # Latakia countryside": where the actor is said to be, when the act has a place of its own
    here = [
        t for t in here
        if not _ACTOR_ASIDE_BEFORE.search(article.text, max(0, t.start - 80), t.start)
    ] or here  # fmt: skip
    # "in Coyoctor (Canar), ... blocked the Cuenca - Canar - Alausi highway": the towns a
    # road is named by are not where it was blocked, when the text names another place
    off_road = [t for t in here if not _ROAD_NAMED_BY.match(article.text, t.end)]
    if any(t.place.precision != "country" for t in off_road):
        here = off_road
    # "... the deadliest attack since Washington stepped up its campaign in Yemen": what a
    # since-clause after the act tells happened elsewhere, or everywhere
    trigger_end = sentence.start + match.end
    # ("... killing at least 26 people, two weeks after a deadly attack on tourists in Indian
    # Kashmir": where the act its time is told by took place)
    here = [
        t for t in here
        if not (
            t.start > trigger_end
            and (
                _SINCE_CLAUSE_BEFORE.search(article.text, trigger_end, t.start)
                or _EARLIER_ACT_CLAUSE.search(article.text, trigger_end, t.start)
            )
        )
    ] or here  # fmt: skip
    # "MOGADISHU, Somalia (AP) — ... stormed a hotel in Somalia's capital": the dateline's
    # city is where the reporter filed from, nothing nearer
    nearer = [
        t
        for t in here
        if t.place.precision != "country" and not in_dateline(article.text, t.start, t.end)
    ]
    spans = []
    if clause is not None and not any(clause[0] <= t.start < clause[1] for t in nearer):
        spans.append(clause)
    if not nearer:
        spans.append((sentence.start, sentence.end))
    for span in spans:
        capital = _capital_said(article, span, here)
        if capital is not None:
            return capital
    named = here
    # "in Tame (Arauca)", "at Oleksandropil, Donetsk.": the parent of a place, not another place
    here = [t for t in here if not _names_a_parent(article.text, t, here)] or here
    # "at Sira village in Latti block area (Udhampur district, J&K)": a town read in another
    # province than the units the sentence gives as parents is a namesake, unless sure
    units = [
        t.place.admin1_code
        for t in named
        if t.place.precision in ("admin1", "admin2")
        and _reading(t.place) >= DOUBTFUL_PLACE
        and _in_a_bracket_of_units(article.text, t)
    ]
    if units:
        here = [
            t
            for t in here
            if t.place.precision != "place"
            or t.place.admin1_code in units
            or _reading(t.place) >= SURE_TOWN
        ] or here
    # a doubtful reading in another country than the sure ones is a namesake, not the place
    # (the parents count: "Lay Kay village, Bilin township (Thaton district, Mon State)" is
    # not Les Cayes, Haiti); a name used as a modifier ("the US supreme court") says nothing
    # of where this was
    parse = article.parses.get(sentence.index)
    sure = {
        t.place.country
        for t in named
        if _reading(t.place) >= DOUBTFUL_PLACE
        and t.place.precision != "country"
        and not _country_modifies(parse, t, sentence)
        # (where the reporter filed from: "DUBAI (Reuters) - U.S. forces carried out air
        # strikes on the Yemeni port city of Hodeidah")
        and not in_dateline(article.text, t.start, t.end)
    }
    if sure:
        # (a name the gazetteer lacks, placed by the parent the text gives it, "Ghobeiry
        # municipality (Baabda)", is no namesake)
        here = [
            t for t in here
            if _reading(t.place) >= DOUBTFUL_PLACE
            or t.place.country in sure
            or (t.place.geonameid is None and bracket_parents(article.text, t.end))
        ] or here  # fmt: skip
    own_clause = False
    if clause is not None:
        # a clause that names its own place keeps it; one that names none shares the sentence's
        # (a wire's dateline, "KANO, Nigeria (Reuters) - Gunmen killed 14 ... in Zamfara
        # state", is no clause's place)
        own = [
            t for t in here
            if clause[0] <= t.start < clause[1] and not in_dateline(article.text, t.start, t.end)
        ]
        # other clauses name places of their own, or "the capital"
        own_clause = bool(own) and (
            len(own) < len(here)
            or any(
                not clause[0] <= said.start() < clause[1]
                for said in _THE_CAPITAL.finditer(article.text, sentence.start, sentence.end)
            )
        )
        if own and all(
            t.place.precision == "country"
            and not _PART_OF_A_COUNTRY_BEFORE.search(article.text, max(0, t.start - 30), t.start)
            for t in own
        ):
            # "MOGADISHU, Somalia (AP) — A car bomb exploded near Somalia's presidential
            # palace": a clause that names only the country keeps the dateline's town in it
            # (not "BANGUI - ... a village in northwestern Central African Republic")
            own += [
                t
                for t in here
                if in_dateline(article.text, t.start, t.end)
                and t.place.precision != "country"
                and t.place.country in {o.place.country for o in own}
            ]
        if not own and _BREAK_TO_ANOTHER_ACT.search(
            article.text, max(0, clause[0] - 60), clause[0]
        ):
            # "... fired a missile at Ben Gurion airport near Tel Aviv, hours after Israeli
            # jets struck ports in Houthi-controlled areas": the other act's places are not
            # this one's
            here = []
        here = own or here
    here = _districts_in_their_city(article, here)
    here = [_city_of_neighbourhood(article, t) or t for t in here]
    here = [_round_up_unit(article, sentence, t) for t in here]
    trigger_at = sentence.start + match.start
    if _ACROSS_THE_COUNTRY.search(sentence.text) and all(
        # ("... across the country to protest against a trade agreement between the
        # European Union and South American countries": a region no more says where)
        t.place.precision in ("country", "region") for t in here
    ):
        # "Russia also launched 53 missiles and 47 drones at energy facilities across the
        # country": the country the article is about, not the one that fired
        country = _country_place(article)
        if country is not None:
            return country, "across the country: the article's country"
    if here:
        ranked = sorted(
            here,
            key=lambda t: (
                # "KHARTOUM (Reuters) - ... shelled a camp near El Fasher": a wire's dateline
                # is where the reporter filed from
                # (but not to a country alone: "NAIROBI (Reuters) - ... into Kenya's
                # parliament" was in Nairobi)
                in_dateline(article.text, t.start, t.end)
                and any(o is not t and o.place.precision != "country" for o in here),
                # "Israel struck targets in southern Lebanon": a country that acts is a side,
                # not where it acted; nor is one naming whose the thing is ("US and British
                # warplanes struck ... across Yemen")
                t.place.precision == "country"
                and (
                    0 <= trigger_at - t.end <= 2
                    or _BY_BEFORE.search(article.text, max(0, t.start - 12), t.start) is not None
                    or _country_modifies(parse, t, sentence)
                ),
                # "Af-Urur, 90 km south of Bossaso": the town is where a place is measured from
                _FAR_FROM.search(article.text, max(0, t.start - 60), t.start) is not None,
                # "blocked the road towards Chiclayo", "fired from Gaza": where the act
                # went or came from, after where it was
                _went_or_came_from(article.text, t, match),
                # "demonstrated in Vasteras ... to denounce the shooting in Oslo, Norway": a
                # place after the words that give a protest's cause, another before them
                _in_the_cause(article.text, match, t, here),
                # a town, or a municipality that holds none of the towns named, before a
                # province or a country
                0 if _lone_unit(t, here) else _place_rank(t.place),
                # a doubtful reading ("Confederation" of an organisation's name) after a sure one
                _reading(t.place) < DOUBTFUL_PLACE,
                # "in Ravelo (Potosi), ... blocked the Sucre - Oruro highway", "in Cadereyta
                # Jimenez, Nuevo Leon, ... in Colonia Bella Vista", "in the rural area of Caloto
                # municipality (Cauca), ... in the El Pajarito area": a place given with its
                # parents is where it happened, as ACLED's notes write it
                not (bracket_parents(article.text, t.end) or _comma_parent(article.text, t, named)),
                _place_rank(t.place),
                abs(t.start - trigger_at),
            ),
        )
        best = ranked[0]
        if area and best.place.precision == "place":
            return _admin1_of(best.place), f"area claim: admin1 of {best.text!r}"
        if _FAR_FROM.search(article.text, max(0, best.start - 60), best.start):
            # somewhere that far from it: its province, not its point
            return _admin1_of(best.place), f"measured from {best.text!r}: its admin1"
        where = "toponym in clause" if own_clause else "toponym in sentence"
        if in_dateline(article.text, best.start, best.end):
            unknown = _UNKNOWN_SETTLEMENT.search(sentence.text)
            home = _armed_groups_home(article) if unknown else None
            if home is not None and home.country != best.place.country:
                # "BEIRUT (Reuters) - HTS arrested ... in the town of Sarmada": a town the
                # gazetteer lacks lies where the armed groups told of are, not where the
                # reporter filed from
                return home, (
                    f"a place the gazetteer lacks ({unknown.group('name')!r}): the country of "
                    f"{home.name}'s armed groups"
                )
            # the name as the geoparser kept it, placed in its country only
            kept = None if unknown is None else next(
                (
                    t.place
                    for t in named
                    if t.text == unknown.group('name') and t.place.precision == "country"
                ),
                None,
            )
            # "the south Lebanese town of Khirbet Selm": the people's word names its country
            people = (
                knowledge().demonyms.get(unknown.group("people").casefold())
                if unknown is not None and unknown.group("people")
                else None
            )
            if kept is None and people is not None:
                told = _country_as_place(people)
                if told is not None:
                    return told, (
                        f"a place the gazetteer lacks ({unknown.group('name')!r}): the country its "
                        f"people's word names, not the dateline's town"
                    )
            country = kept or (_country_place(article) if unknown is not None else None)
            if country is not None and (kept or country.country == best.place.country):
                # "PORT-AU-PRINCE (AP) — ... residents of the central Haitian town of
                # Pont-Sonde": a town the gazetteer lacks, not the reporter's city
                return country, (
                    f"a place the gazetteer lacks ({unknown.group('name')!r}): its country, not "
                    "the dateline's town"
                )
            home = _armed_groups_home(article)
            if home is not None and home.country != best.place.country:
                # "BANGKOK (Reuters) - Air strikes by Myanmar's military killed at least 17
                # people": the country the armed sides are of, not where the reporter filed
                # from
                return home, (
                    f"the country of {home.name}'s armed groups, not the dateline's town"
                )
            # no place but where the reporter filed from: a later sentence's place is finer
            where = "toponym in sentence, the dateline's"
        elif _went_or_came_from(article.text, best, match):
            before = (
                _place_before_in(article, sentence, best.place.country)
                if _ROAD_TO_BEFORE.search(article.text, max(0, best.start - 16), best.start)
                else None
            )
            if before is not None:
                # "a Druze merchant was abducted on the highway to Damascus", told of Sweida:
                # somewhere on the road from the place the text is about, not at its end
                return before.place, (
                    f"context: place named before: {before.text!r}, not the road's end "
                    f"{best.text!r}"
                )
            # "escorting supply trucks from Djibo to Arbinda, came under fire near the village
            # of Gaskinde": only where it went or came from, no finer place of the act
            where += ", where it went or came from"
        return best.place, f"{where}: {best.text!r}"
    unknown = _UNKNOWN_SETTLEMENT.search(sentence.text)
    if unknown is not None:
        # "a strike on a cafe in the village of Hroza": a village the gazetteer lacks, not
        # the place of the sentence before; its country is what is known
        country = _country_place(article)
        if country is not None:
            return country, f"a place the gazetteer lacks ({unknown.group('name')!r}): its country"
    state = _forces_of_a_new_paragraph(article, sentence)
    if state is not None and (home := _country_as_place(state)) is not None:
        # "Malian troops took over a base in Ber" in a paragraph after one on Nairobi: the
        # country of its forces, not the place of another paragraph's act
        return home, f"no place named: the country of its forces ({state}), a new paragraph"
    if _THE_PROVINCE.search(sentence.text):
        # "Government forces deployed to the province ... came under attack": the province
        # named last, not a town a sentence between named
        for index in range(sentence.index - 1, max(-1, sentence.index - 8), -1):
            units = [
                t
                for t in _sentence_places(article, index)
                if t.place.precision == "admin1"
                and not in_dateline(article.text, t.start, t.end)
                and not _where_told(article.text, t)
            ]
            if units:
                return units[-1].place, f"context: the province named before: {units[-1].text!r}"
    # no place named here: the places just before ("the city", "22 villages" nearby)
    country_before: Toponym | None = None
    for index in range(sentence.index - 1, max(-1, sentence.index - 8), -1):
        earlier = [
            _city_of_neighbourhood(article, t) or t
            for t in _sentence_places(article, index)
            # "KYIV, Ukraine (AP) —": where the reporter filed from; "told reporters in
            # Mogadishu": where it was said
            if not in_dateline(article.text, t.start, t.end)
            and not _where_told(article.text, t)
            # "in northern Benin near the borders with Niger and Burkina Faso": the lands
            # beyond are not where the act was
            and not _BEYOND_THE_BORDER.search(article.text, max(0, t.start - 60), t.start)
        ]
        if not earlier:
            continue
        # "The capture of Hama ... came a week after the rebels seized Aleppo": the place of
        # the act another's time is told by is not the one the next sentence goes on about
        opened = article.sentences[index].start
        earlier = [
            t for t in earlier
            if not _ANOTHER_ACT_S_TIME_BEFORE.search(article.text, opened, t.start)
        ] or earlier  # fmt: skip
        if area:
            admin = [t for t in earlier if t.place.precision == "admin1"]
            if admin:
                return admin[-1].place, f"area claim: admin1 named before: {admin[-1].text!r}"
            return _admin1_of(earlier[-1].place), f"area claim: admin1 of {earlier[-1].text!r}"
        specific = sorted(
            earlier, key=lambda t: (_place_rank(t.place), -t.start)
        )
        best = specific[0]
        if country_before is None and best.place.precision == "country":
            # "... in the city of Zahedan ... the Norway-based Iran Human Rights group said.
            # State media said ...": a country named in between, the town before it
            country_before = best
            continue
        if country_before is not None and best.place.country != country_before.place.country:
            best = country_before
        return best.place, f"context: place named before: {best.text!r}"
    told = next((e for e in reversed(article.events) if e.location), None)
    if country_before is not None and not (
        told is not None
        and told.location.get("country") == country_before.place.country
        and told.location.get("precision") != "country"
        and _THE_ACT_AGAIN.search(sentence.text) is not None
    ):
        # (the act told before, placed finer in that country, is where its aftermath was:
        # "stormed a hotel near Somalia's presidential palace ... security forces ended the
        # siege" in the dateline's Mogadishu)
        return country_before.place, f"context: place named before: {country_before.text!r}"
    if told is not None:
        # "Police fired tear gas ... in the Bangladeshi capital. One police officer was
        # killed": no place named since, the place of the act told before
        return _place_of(told), "context: the place of the event told before"
    focus = _focus_place(article)
    if focus is not None:
        return focus, f"article focus: {focus.name}"
    home = _armed_groups_country(article)
    if home is not None:
        return home, f"no place found: the country of {home.name}'s armed groups"
    outlet = outlet_of(article)
    covered = _country_as_place(outlet.country) if outlet is not None else None
    if covered is not None:
        # "ISIS executes five men accused of spying" on the Syrian Observatory's site
        return covered, f"no place found: the country its outlet covers, {covered.name}"
    return None, "no place found"


def _forces_of_a_new_paragraph(article: Article, sentence: Sentence) -> str | None:
    """The state whose forces alone a paragraph's first sentence names, when no act told so
    far was that state's or in it (ISO2), else None; None too when the sentence says they
    were sent abroad ("deployed in the province") or points to a place told ("the village")."""
    if sentence.index == 0:
        return None
    before = article.sentences[sentence.index - 1]
    if "\n" not in article.text[before.end : sentence.start]:
        return None
    if _DEPLOYED_THERE.search(sentence.text) or _THE_PLACE_TOLD.search(sentence.text):
        # "Rwandan troops deployed in the province since 2021 launched an operation": forces
        # sent abroad act where they were sent, not at home; "Israeli civilians had entered
        # the village": the place told before
        return None
    kb = knowledge()
    states = {
        kb.state_of(m.actor)
        for m in article.actor_mentions
        # named forces ("Malian troops"), not bare ones ("the army") whose state is a guess
        if m.sentence == sentence.index and m.category == "state_forces" and m.template is None
    }
    if len(states) != 1 or None in states:
        return None
    state = states.pop()
    for event in article.events:
        if (event.location or {}).get("country") == state or state in {
            kb.state_of(event.actor1 or ""),
            kb.state_of(event.actor2 or ""),
        }:
            return None
    return state


_THE_PLACE_TOLD = re.compile(r"\bthe\s+(?:village|town|city|camp|neighbou?rhood)\b(?!\s+of\b)")
_DEPLOYED_THERE = re.compile(
    r"\b(?:deployed|stationed|based)\s+(?:in|to)\s+(?:the\s+)?(?:province|region|state|"
    r"country|area|district|north|south|east|west)\b",
    re.IGNORECASE,
)
# "drones launched by Russia": the doer, not a place
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
# not "(fatalities coded to Novotroitske event)": the toll is another event's, told there
_CODED_AS = re.compile(
    rf"(?<!fatalities\s)(?<!casualties\s)(?<!deaths\s)\b{CODED_AS}\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "90 km south of", "some 40 kilometres from": a place measured from another (a few km, and
# "outside", "near" say the place itself)
_FAR_FROM = re.compile(
    r"\b(?:[2-9]\d|\d{3,})\s*(?:km|kms|kilometres|kilometers|miles)\s+"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:of|from)|from|away\s+from)"
    r"\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)


def _in_the_cause(text: str, match: TriggerMatch, toponym: Toponym, places: list[Toponym]) -> bool:
    """Does the toponym come after the words that give the act's cause ("to denounce the
    shooting in Oslo"), with another of the sentence's places before them?"""
    first = min((t.end for t in places if t is not toponym), default=None)
    if first is None or first >= toponym.start:
        return False
    # a protest is "against" its cause; an offensive is "against" where it was
    protest = match.trigger.sub_event_type in _PROTEST_KINDS
    if _CAUSE_WORDS.search(text, first, toponym.start) is not None:
        return True
    if not protest or _AGAINST.search(text, first, toponym.start) is None:
        return False
    # "In Kenya, police fired tear gas at protesters demonstrating against a new finance bill
    # in Nairobi": a town in the country named before is where they were, unless what they
    # are against is an act done there ("against the killing of a teacher in Oslo")
    earlier = [t for t in places if t is not toponym and t.end <= toponym.start]
    finer_within = all(
        t.place.country == toponym.place.country
        and _place_rank(t.place) > _place_rank(toponym.place)
        for t in earlier
    )
    return not finer_within or _PROTESTED_ACT.search(text, first, toponym.start) is not None


# the words that give an act's cause or topic rather than its place
_CAUSE = (
    r"in (?:response|reaction|reply) to|in the wake of|following|in solidarity with|"
    r"in support of|in memory of|to (?:denounce|condemn|mark|commemorate|protest)|over the"
)
_CAUSE_WORDS = re.compile(rf"\b(?:{_CAUSE})\b", re.IGNORECASE)
_AGAINST = re.compile(r"\bagainst\b", re.IGNORECASE)
_PROTESTED_ACT = re.compile(
    rf"\b(?:{_CAUSE}|against)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?"
    r"(?:killings?|murders?|deaths?|shootings?|arrests?|detentions?|attacks?|rapes?|"
    r"assassinations?|abductions?|kidnappings?|lynchings?|beatings?)\b",
    re.IGNORECASE,
)
_PROTEST_KINDS = frozenset(
    {"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
     "Violent demonstration", "Mob violence"}
)  # fmt: skip

# "Puntland forces": a unit named as whose the forces are
_FORCES_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:security|armed|special|regional|state)\s+)?"
    r"(?:forces|troops|soldiers|army|police|militias?|fighters)\b"
)


def _where_told(text: str, toponym: Toponym) -> bool:
    """Is the place where the words were said ("told reporters in Mogadishu", "said at a
    news conference in Kabul", "speaking in Geneva"), or where those who tell fled ("residents
    who fled to the provincial capital Pemba"), not where the act was?"""
    window = max(0, toponym.start - 60), toponym.start
    return (
        _TOLD_IN_BEFORE.search(text, *window) is not None
        or _FLED_TO_BEFORE.search(text, *window) is not None
        # "the Britain-based monitor said": where the teller sits
        or _BASED_AFTER.match(text, toponym.end) is not None
    )


_TOLD_IN_BEFORE = re.compile(
    r"\b(?:told|said|says|speaking|spoke|addressing)\s+(?:(?:reporters|journalists|a|an|the|"
    r"news|press|conference|briefing|rally|crowd|parliament|lawmakers)\s+){0,3}"
    r"(?:in|at|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BASED_AFTER = re.compile(r"[-\s](?:based|headquartered)\b", re.IGNORECASE)
_FLED_TO_BEFORE = re.compile(
    r"\b(?:(?:fled|flee|flees|fleeing|escaped|evacuated|displaced|relocated|diverted|rerouted)"
    r"\s+(?:[\w-]+\s+){0,2}?"
    r"(?:to|into|towards?)|(?:took|taking|sought|seeking|found|finding)\s+(?:refuge|shelter)\s+"
    r"in)\s+(?:the\s+)?(?:(?:provincial|regional|district|state|national|nearby|neighbou?ring)\s+)?"
    r"(?:(?:capital|city|town)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
_ACTOR_ASIDE_BEFORE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:group|faction|force|forces|militia|power|"
    r"rebels?|alliance|coalition|movement|authorit(?:y|ies)|party)\s+(?:in|of|from)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_BORDER_WITH = re.compile(r"\bborders?\s+with\s+(?:the\s+)?$", re.IGNORECASE)
_BORDER_AFTER = re.compile(r"(?:'s|’s)?\s+border\b", re.IGNORECASE)
# ... and "near the border with Burkina Faso": the land across the border
# a country across a border, however many are listed: "near the borders with Niger and
# Burkina Faso"
_BEYOND_THE_BORDER = re.compile(
    r"\b(?:borders?\s+with|bordering)\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,|\s+and)\s+)*$"
)
_ELSEWHERE_BEFORE = re.compile(
    r"\b(?:towards?|from|border\s+with|bordering|"
    # "forced thousands of residents to flee to Dikwa and Maiduguri": where they fled
    r"(?:flee|fled|fleeing)\s+to|"
    # "took control of the town, a key supply route to Goma": what the town leads to
    r"routes?\s+to|gateway\s+to|"
    # "abducted on the highway to Damascus": the road's end, not where it was
    r"(?:highway|motorway|road)\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
def _place_before_in(article: Article, sentence: Sentence, country: str) -> Toponym | None:
    """The finest place below a country, in ``country``, that the sentences just before name
    (the nearest sentence that names one), not a dateline's."""
    for index in range(sentence.index - 1, max(-1, sentence.index - 4), -1):
        earlier = [
            t
            for t in _sentence_places(article, index)
            if t.place.country == country
            and t.place.precision not in ("country", "unresolved")
            and not in_dateline(article.text, t.start, t.end)
        ]
        if earlier:
            return min(earlier, key=lambda t: (_place_rank(t.place), -t.start))
    return None


_THE_PROVINCE = re.compile(
    r"\b(?:the|that)\s+(?:province|governorate|region|state)\b(?!\s+(?:of|media|television|"
    r"news|department|capital|governor|government|security|forces|army|police|council|"
    r"legislature|assembly|broadcaster|agency|apparatus)\b)(?!['’])"
)
_ROAD_TO_BEFORE = re.compile(r"\b(?:highway|motorway|road)\s+to\s+(?:the\s+)?$", re.IGNORECASE)


def _went_or_came_from(text: str, toponym: Toponym, match: TriggerMatch) -> bool:
    """Is the toponym where the act went or came from ("fired from Gaza", "blocked the road
    towards Chiclayo", "escorting supply trucks from Djibo to Arbinda"), not where it was?"""
    if _ELSEWHERE_BEFORE.search(text, max(0, toponym.start - 12), toponym.start):
        return True
    if _PLANNED_AT_BEFORE.search(text, max(0, toponym.start - 60), toponym.start):
        return True  # "a cell that was planning to fire rockets at Israel": what it planned
    return match.trigger.sub_event_type not in _PROTEST_KINDS and bool(
        _BOUND_FOR_BEFORE.search(text, max(0, toponym.start - 40), toponym.start)
        or _JOURNEY_BEFORE.search(text, max(0, toponym.start - 50), toponym.start)
    )


_PLANNED_AT_BEFORE = re.compile(
    r"\b(?:planning|preparing|plotting|intending|about|poised)\s+to\s+(?:[\w-]+\s+){1,4}?"
    r"(?:at|on|in|into|against)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "escorting supply trucks from Djibo to Arbinda": where it was going (where a march went is
# where ACLED places it: "marched from Echillais to La Rochelle")
_BOUND_FOR_BEFORE = re.compile(r"\bfrom\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+to\s+$")
# "The boat, which was travelling between Gao and Mopti, was targeted near Bamba": the ends
# of the journey the target was on
_JOURNEY_BEFORE = re.compile(
    r"\b(?:travell?ing|heading|going|sailing|driving|moving|plying|en\s+route)\s+"
    r"(?:back\s+)?(?:between|from|to|towards?|for)\s+"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:and|to)\s+)?$"
)


def _country_modifies(parse: Any, toponym: Toponym, sentence: Sentence) -> bool:
    """Is the toponym a country naming whose thing a noun is ("the US supreme court", "a U.S
    convoy", "Russia's army"), not where it was?"""
    if parse is None or toponym.place.precision != "country":
        return False
    end = toponym.end - sentence.start
    last = next((t for t in parse if t.idx < end <= t.idx + len(t.text)), None)
    return last is not None and last.dep_ in _MODIFIER_DEPS and last.head.i > last.i


_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


# "Hazrati Imam Sahib district, Kunduz": the kind of place before the comma and the parent
_KIND_THEN_COMMA = re.compile(rf"(?:\s+(?:{PLACE_KINDS}))?\s*,\s*", re.IGNORECASE)


# between a region and the place it belongs to: "the Eastern Ghouta of Damascus", "Western
# Ghouta in Damascus", "the Eastern Ghouta of the capital Damascus"
_REGION_OF = re.compile(r"\s+(?:of|in)\s+(?:the\s+capital\s+)?")


def _in_a_bracket_of_units(text: str, toponym: Toponym) -> bool:
    """Is the toponym one of a bracket's list of parent units ("(Udhampur district, J&K)")?"""
    opening = text.rfind("(", max(0, toponym.start - 80), toponym.start)
    return (
        opening >= 0
        and ")" not in text[opening : toponym.start]
        and bool(bracket_parents(text, opening))
    )


def _names_a_parent(text: str, toponym: Toponym, others: list[Toponym]) -> bool:
    """Does the toponym name the parent of another: "Tame (Arauca)", "Bwisegha village (Beni,
    Nord-Kivu)", "Oleksandropil, Donetsk." (a closing "X, Y", not a list "X, Y and Z"), "the
    Eastern Ghouta of Damascus"?"""
    opening = text.rfind("(", 0, toponym.start)
    if opening >= 0 and ")" not in text[opening : toponym.start]:
        if not bracket_parents(text, opening):
            return False  # "(coded to Chitre)": no list of parents
        head = text[:opening].rstrip()
        bare = re.sub(rf"\s+(?:{PLACE_KINDS})$", "", head, flags=re.IGNORECASE)
        # "in Zap region (Al Amadiya district) of Duhok": the parent of a name the gazetteer
        # reads only doubtfully is the finest place known (a doubtful reading inside the
        # parent's province is a namesake about as often as not: dev location 0.795 -> 0.790)
        return any(
            o is not toponym
            and o.end in (len(head), len(bare))
            and _reading(o.place) >= DOUBTFUL_PLACE
            for o in others
        )
    if any(
        o is not toponym
        and o.place.precision == "region"
        and _REGION_OF.fullmatch(text, o.end, toponym.start)
        for o in others
    ):
        return True  # "the Eastern Ghouta of Damascus": the city says which Ghouta
    child = next(
        (
            o
            for o in others
            if o is not toponym and _KIND_THEN_COMMA.fullmatch(text[o.end : toponym.start])
        ),
        None,
    )
    if child is None or re.match(r"\s*(?:,\s*[A-Z]|and\b)", text[toponym.end :]):
        return False
    parent, place = toponym.place, child.place
    return parent.precision in {"admin1", "country"} or (
        parent.admin1 is not None and parent.admin1 == place.admin1
    )


def _parent_unit_against(article: Article, toponym: Toponym) -> Toponym | None:
    """"Ta Khun Taing (coded as Ta Khun Taing) (Shwebo township, Shwebo district, Sagaing
    region)": a doubtful reading of a village the gazetteer lacks ("Tagondaing" in Kayin)
    that the bracket of units after it contradicts yields to the most specific unit."""
    if _reading(toponym.place) >= DOUBTFUL_PLACE:
        return None
    text = article.text
    close = text.find(")", toponym.end, toponym.end + 2)
    spans = bracket_parents(text, close + 1 if close >= 0 else toponym.end)
    units = [
        t
        for t in article.toponyms
        if t.place
        and t.place.precision in ("admin1", "admin2")
        and any(s <= t.start < e for s, e in spans)
    ]
    if not units:
        # "a businessman in Anyoeny-Agaal market (Aweil South county, Northern Bahr el Ghazal
        # state) [coded to Anyang]": the units named before, read surer, in another country
        # than the doubtful reading (China's Anyang)
        units = [
            t
            for t in article.toponyms
            if t.sentence == toponym.sentence
            and t.end <= toponym.start
            and t.place
            and t.place.precision in ("admin1", "admin2")
            and t.place.country != toponym.place.country
            and _reading(t.place) > _reading(toponym.place)
        ]
    if not units or any(u.place.admin1_code == toponym.place.admin1_code for u in units):
        return None
    return min(units, key=lambda t: _place_rank(t.place))


def _lone_unit(toponym: Toponym, places: list[Toponym]) -> bool:
    """Is the toponym a second-level unit that holds none of the other places named?"""
    unit = toponym.place
    return unit.precision == "admin2" and not any(
        t.place.precision == "place" and t.place.admin2 == unit.name
        and t.place.admin1_code == unit.admin1_code
        for t in places
    )  # fmt: skip


def _comma_parent(text: str, toponym: Toponym, others: list[Toponym]) -> bool:
    """Is the toponym followed by a comma and a unit that holds it ("Ensenada, Baja
    California", "Lymany, Mykolaiv region")?"""
    place = toponym.place
    for other in others:
        parent = other.place
        if other is toponym or not _KIND_THEN_COMMA.fullmatch(text[toponym.end : other.start]):
            continue
        if parent.precision == "country":
            return parent.country == place.country
        if parent.precision in {"admin1", "admin2"}:
            return parent.admin1_code == place.admin1_code
    return False


# "the capital", "the Syrian capital", not "the capital Damascus" / "the capital, Kabul" (the
# name is a toponym of its own) nor "the capital of Idlib province" (a province's capital)
_THE_CAPITAL = re.compile(
    r"\b[Tt]he\s+(?:(?P<demonym>[A-Z][a-z]+)\s+)?[Cc]apital(?:['’]s)?\b"
    r"(?!\s*,?\s*[A-Z]|\s+of\b|-)"
)


_PARLIAMENT = re.compile(
    r"(?<!state\s)(?<!regional\s)(?<!provincial\s)(?<!European\s)(?<!local\s)"
    r"\b(?:parliament|[Nn]ational\s+[Aa]ssembly)(?:\s+building)?\b(?!\s+of\b)"
)
# "Sudan's capital", "in Iraq's capital" (not "the capital Damascus": that names it)
_OWNERS_CAPITAL = re.compile(
    r"\b(?P<owner>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+capital\b(?!\s*,?\s*[A-Z]|\s+of\b)"
)


def _capital_said(
    article: Article, span: tuple[int, int], here: list[Toponym]
) -> tuple[Place, str] | None:
    """The capital city the words in ``span`` call "the capital": of the country a demonym
    before it names, else of the one country the sentence names, else of the article's."""
    kb = knowledge()
    owned = _OWNERS_CAPITAL.search(article.text, *span)
    if owned is not None and kb.demonyms.get(owned["owner"].casefold()):
        # "in Sudan's capital": that country's
        said, country = owned, kb.demonyms[owned["owner"].casefold()]
    else:
        said = _THE_CAPITAL.search(article.text, *span)
        if said is None and not here:
            # "protesters stormed parliament": the house of the nation sits in its capital
            said = _PARLIAMENT.search(article.text, *span)
        if said is None:
            return None
        country = (
            kb.demonyms.get(said["demonym"].casefold())
            if said.re is _THE_CAPITAL and said["demonym"]
            else None
        )
    if said.re is _THE_CAPITAL and said["demonym"] and country is None:
        return None  # "the Provincial capital": no country's
    named = {t.place.country for t in here if t.place.country}
    if country is None and len(named) == 1:
        country = named.pop()
    if country is None and not named:
        from polemos.actors import article_country

        country = article_country(article, kb)
    if country is None:
        return None
    try:
        from polemos.geo.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    except (ImportError, OSError):
        return None
    row = gazetteer.capital(country)
    if row is None:
        return None
    if said.re is _PARLIAMENT:
        # no place named: an inference from the context, as a place named before is
        return gazetteer.place(row, confidence=0.8), (
            f"context: the capital, where {said.group(0)!r} sits, of {country}"
        )
    return gazetteer.place(row, confidence=0.8), f"the capital: {said.group(0)!r} of {country}"


def _districts_in_their_city(article: Article, here: list[Toponym]) -> list[Toponym]:
    """"in Ciudad de Mexico - Benito Juarez", "Sydney - Central": ACLED's city and its
    district; a district read as a namesake far from the city it is said of yields to the city."""
    from polemos.geo.distance import haversine_km

    kept = []
    for t in here:
        city = next(
            (
                c
                for c in here
                if c.end < t.start
                and _CITY_DASH.fullmatch(article.text, c.end, t.start)
                and c.place.precision in ("place", "admin1")
                and c.place.latitude is not None
            ),
            None,
        )
        far = (
            city is not None
            and t.place.latitude is not None
            and haversine_km(
                city.place.latitude, city.place.longitude, t.place.latitude, t.place.longitude
            )
            > DISTRICT_KM
        )
        if not far:
            kept.append(t)
    return kept


def _round_up_unit(article: Article, sentence: Sentence, toponym: Toponym) -> Toponym:
    """"In Daraa, unidentified gunmen shot dead a man ... in the town of Tafas", "In Idlib,
    regime forces shelled the villages of Kansafra": a monitor's round-up opens each
    paragraph on a governorate, which the city of the same name would stand for."""
    place = toponym.place
    if (
        place is None
        or place.precision != "place"
        or not place.admin1
        or not _ROUND_UP_OPENING.fullmatch(article.text, sentence.start, toponym.start)
        or not article.text.startswith(",", toponym.end)
    ):
        return toponym
    if _bare_name(place.admin1) != _bare_name(toponym.text):
        return toponym
    unit = _admin1_of(place)
    return dataclasses.replace(toponym, place=unit) if unit.precision == "admin1" else toponym


_ROUND_UP_OPENING = re.compile(r"\s*In\s+")


def _bare_name(name: str) -> str:
    """A unit's name without its Arabic article and its kind: "Al-Hasakah" -> "hasakah"."""
    words = re.sub(r"[^a-z]+", " ", name.casefold()).split()
    words = [w for w in words if w not in ("governorate", "province", "region", "state")]
    while len(words) > 1 and words[0] in ("al", "ar", "as", "ad", "an", "at", "az", "ash", "el"):
        words = words[1:]
    return "".join(words)


def _city_of_neighbourhood(article: Article, toponym: Toponym) -> Toponym | None:
    """"The shootout erupted in the Tierra Blanca neighborhood" of a city the article told
    of ("CULIACAN, Mexico (AP) — ... a neighborhood of Culiacan"): a neighbourhood the
    gazetteer reads as a namesake town far away is in that city, where the event goes."""
    from polemos.geo.distance import haversine_km

    if not _CITY_PART_AFTER.match(article.text, toponym.end) or toponym.place is None:
        return None
    place = toponym.place
    for t in reversed(article.toponyms):
        if t.sentence > toponym.sentence or toponym.sentence - t.sentence > 2 or t is toponym:
            continue
        if in_dateline(article.text, t.start, t.end):
            continue
        city = t.place
        if city is None or city.precision != "place" or city.latitude is None:
            continue
        if place.latitude is not None and (
            haversine_km(city.latitude, city.longitude, place.latitude, place.longitude)
            <= DISTRICT_KM
        ):
            return None  # the neighbourhood read in its own city
        return t
    return None


_CITY_PART_AFTER = re.compile(r"\s+(?:neighbou?rhood|quarter|suburb|barrio|colonia)\b")


# a city and its district the way ACLED's notes join them, and how far a district may lie
_CITY_DASH = re.compile(r"\s+[-–]\s+")
DISTRICT_KM = 40.0


def _focus_place(article: Article) -> Place | None:
    # "NAIROBI, Jan 5 (Reuters) -": where the reporter filed from is no focus of the story
    places = Counter(
        t.place.geonameid
        for t in article.toponyms
        if t.place
        and t.place.precision == "place"
        and not in_dateline(article.text, t.start, t.end)
        # "..., Kyiv says": a capital speaking for its government is no place of the story
        and not _SAID_AFTER.match(article.text, t.end)
    )
    if not places:
        return None
    geonameid = places.most_common(1)[0][0]
    return next(t.place for t in article.toponyms if t.place and t.place.geonameid == geonameid)


# "in northwestern Central African Republic", "in the north of Mali": a part of the country
_PART_OF_A_COUNTRY_BEFORE = re.compile(
    r"\b(?:(?:north|south|east|west)\w*|central|the\s+(?:north|south|east|west)\w*\s+of)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# "the village of Hroza", "the town of Wad al-Noura": a settlement named, maybe one the
# gazetteer lacks (checked against the sentence's resolved places by the caller)
_UNKNOWN_SETTLEMENT = re.compile(
    # "the village of Hroza", "the central Haitian town of Pont-Sonde"
    r"\bthe\s+(?:[a-z][\w-]*\s+|(?P<people>[A-Z][a-z]+(?:an|ian|ese|i))\s+){0,3}?"
    r"(?:village|town|hamlet|settlement)\s+of\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


_ACROSS_THE_COUNTRY = re.compile(
    r"\b(?:across|throughout|all\s+over|around)\s+the\s+country\b",
    re.IGNORECASE,
)


def _country_place(article: Article) -> Place | None:
    """The article's country as a place (its centroid, country precision)."""
    from polemos.actors import article_country

    code = article_country(article, knowledge())
    return _country_as_place(code) if code is not None else None


def _country_as_place(code: str) -> Place | None:
    try:
        from polemos.geo.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
        row = gazetteer.row_of_code(code)
    except (ImportError, OSError):
        return None
    return gazetteer.place(row, confidence=0.5) if row is not None else None


def _armed_groups_country(article: Article) -> Place | None:
    """The one home country of the armed groups an article names, when it names no place
    at all that the gazetteer knows: the event's country, if not where in it."""
    if any(t.place for t in article.toponyms):
        return None
    return _armed_groups_home(article)


def _armed_groups_home(article: Article) -> Place | None:
    """The one home country of the armed groups an article names, as a place."""
    from polemos.actors import armed_groups_homes

    homes = armed_groups_homes(article, knowledge())
    return _country_as_place(next(iter(homes))) if len(homes) == 1 else None


def _admin1_of(place: Place) -> Place:
    """The governorate a place lies in, as a place of its own (an area, not a point)."""
    if place.precision in {"admin1", "country"} or not place.admin1_code:
        return place
    try:
        from polemos.geo.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
        row = gazetteer.row_of_code(place.admin1_code)
        if row is not None:
            return gazetteer.place(row, confidence=place.confidence)
    except (ImportError, OSError):
        pass
    return Place(
        name=place.admin1 or place.name,
        country=place.country,
        admin1=place.admin1,
        admin2=None,
        latitude=None,
        longitude=None,
        geonameid=None,
        precision="admin1",
        admin1_code=place.admin1_code,
    )


def _reading(place: Place) -> float:
    """How sure the resolver is of its reading of the name (its confidence when no answer
    model rated the answer)."""
    return place.reading or place.confidence


def _place_of(event: Event) -> Place:
    """The place an earlier event was coded at, for a sentence that goes on telling of it."""
    where = event.location or {}
    return Place(
        name=where.get("name") or "",
        country=where.get("country"),
        admin1=where.get("admin1"),
        admin2=where.get("admin2"),
        latitude=where.get("latitude"),
        longitude=where.get("longitude"),
        geonameid=where.get("geonameid"),
        precision=where.get("precision") or "unresolved",
        confidence=event.confidence,
    )


def _location_dict(place: Place | None) -> dict[str, Any] | None:
    """An event's location: the place's, save that an event told only at the level of an
    admin unit ("clashes in the Chernihiv region", "in Bamyan province") lies at the unit's
    seat (polemos.geo.gazetteer.Gazetteer.seat), as ACLED codes it at the unit's capital with
    a coarser precision, not at the middle of the unit, where nothing may have happened.
    The precision stays the unit's."""
    if place is None:
        return None
    latitude, longitude = place.latitude, place.longitude
    if place.precision in ("admin1", "admin2") and place.geonameid:
        latitude, longitude = _seat_point(place.geonameid, latitude, longitude)
    return {
        "name": place.name,
        "country": place.country,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "latitude": latitude,
        "longitude": longitude,
        "geonameid": place.geonameid,
        "precision": place.precision,
    }


@lru_cache(maxsize=4096)
def _seat_point(
    geonameid: int, latitude: float | None, longitude: float | None
) -> tuple[float | None, float | None]:
    """The point of the seat of the admin unit ``geonameid`` when (latitude, longitude) is the
    unit's own point; the given point otherwise (a town read at a coarser precision keeps
    its own)."""
    from polemos.geo import load_gazetteer
    from polemos.geo.gazetteer import ADMIN1, ADMIN2

    gazetteer = load_gazetteer()
    row = gazetteer.row_of_geonameid(geonameid)
    if row is None or gazetteer.kind[row] not in (ADMIN1, ADMIN2):
        return latitude, longitude
    own = (round(float(gazetteer.latitude[row]), 5), round(float(gazetteer.longitude[row]), 5))
    seat = gazetteer.seat(row)
    if own != (latitude, longitude) or seat is None:
        return latitude, longitude
    return round(float(gazetteer.latitude[seat]), 5), round(float(gazetteer.longitude[seat]), 5)


# a threat or a plan told after the act, whose own day a "next week" is
_PLANNED_BETWEEN = re.compile(
    r"\b(?:threaten\w*|vow\w*|plan\w*|intend\w*|promis\w*|warn\w*)\s+to\b", re.IGNORECASE
)


def _date(
    article: Article, sentence: Sentence, match: TriggerMatch
) -> tuple[str | None, str, bool, str]:
    # "KHARTOUM, June 12 (Reuters) - ... on Tuesday": the dateline's date is the filing's
    # (the dateline opens the lead, after the headline when there is one)
    opening = _DATELINE_OPENING.match(article.text, sentence.start)
    trigger_at, trigger_end = sentence.start + match.start, sentence.start + match.end
    # "killed 14 people ..., police said on Sunday": the day of the telling, not of the act
    # "Rwandan troops, deployed in the province since 2021, clashed", "retook the town,
    # which IS had held since 2014": a state's start dates no act
    mentions = [
        d for d in numbers_of(article, sentence)[0]
        if (opening is None or d.start >= opening.end())
        and not _TELLING_BEFORE.search(article.text, max(0, d.start - 40), d.start)
        # "In a statement read on state television on Monday evening, the army said": the
        # day of the telling
        and not _STATEMENT_DATED.search(
            article.text[max(0, d.start - 60) : d.start]
            + (" on " if d.text.casefold().startswith("on ") else "")
        )
        # "recaptured Baiji from militants who seized it in June", "attacked the town, which
        # the army had recaptured in March, killing": when something else was done there
        and not _TAKING_CLAUSE_BEFORE.search(
            article.text, trigger_end if d.start > trigger_end else sentence.start, d.start
        )
        # "arrested 20 activists ahead of Saturday's rally": the day of what is to come
        and not _AHEAD_OF_BEFORE.search(article.text, max(0, d.start - 20), d.start)
        # "the fighting went on until the early hours of Monday": when it ended, not began
        and not _UNTIL_BEFORE.search(article.text, max(0, d.start - 40), d.start)
        and not d.text.casefold().startswith(("until ", "till "))
        # "The death toll from an attack ... rose to 37 on Saturday": when the toll was told
        and not _TOLL_ROSE_TO_BEFORE.search(article.text, max(0, d.start - 40), d.start)
        # "called up reservists for two months of training starting next week": when what
        # the act sets going begins, not the act
        and not (
            d.start > trigger_end
            and _STARTING_BEFORE.search(article.text, max(0, d.start - 20), d.start)
        )
        # "called up some 5,000 reservists ..., with the first batch ordered to report to
        # training centres in Monywa by next week": a deadline to come, not the act's day
        and not (
            d.start > trigger_end
            and d.text.casefold().startswith("next ")
            and _DEADLINE_BY_BEFORE.search(article.text, max(0, d.start - 8), d.start)
        )
        # "Farmers stage sit-in outside Punjab assembly, threaten to block highways next
        # week": the day of what they threaten, not of the sit-in
        and not (
            d.start > trigger_end
            and d.text.casefold().startswith("next ")
            and _PLANNED_BETWEEN.search(article.text, trigger_end, d.start)
        )
        and (
            not (d.text.casefold().startswith("since ")
                 or _SINCE_BEFORE.search(article.text, max(0, d.start - 8), d.start))
            # "... since early August, when the militia took Bahir Dar": the when's date
            or _WHEN_AFTER.match(article.text, d.end)
        )
        # "killed 38 ..., the deadliest attack since Washington stepped up its campaign last
        # month": the date of what a since-clause after the act tells
        and not (
            d.start > trigger_end
            and (
                _SINCE_CLAUSE_BEFORE.search(article.text, trigger_end, d.start)
                # "... the early months of the war, which began with the U.S.-led invasion in
                # March 2003": when something else began
                or _BEGAN_CLAUSE_BEFORE.search(article.text, trigger_end, d.start)
            )
        )
    ]  # fmt: skip
    if match.trigger.sub_event_type in _PROTEST_KINDS:
        # "protested in Srinagar against the killing of a shopkeeper last week": the day of
        # the act the crowd protests, not of the protest
        mentions = [
            d for d in mentions
            if d.start < trigger_end
            or not _PROTESTED_ACT.search(article.text, trigger_end, d.start)
        ]  # fmt: skip
    exact = [d for d in mentions if d.value]
    # "Air strikes killed 20 people on Sunday, days after armed youths overran a garrison":
    # the day told before an after-clause is that of the main act; the clause's own act came
    # some days earlier, in the month of it (at the finest)
    earlier = [
        d
        for d in exact
        if d.end <= trigger_at and _EARLIER_ACT_CLAUSE.search(article.text, d.end, trigger_at)
    ]
    exact = [d for d in exact if d not in earlier]
    if earlier and not exact:
        day = earlier[-1]
        return (
            day.value[:7],
            "month",
            day.historical,
            f"days before the date in sentence: {day.text!r}",
        )
    if exact:
        best = min(exact, key=lambda d: abs(d.start - trigger_at))
        told_on = _TOLD_ON_A_WEEKDAY.search(sentence.text)
        if told_on is not None and article.published and _TODAY_WORDS.search(best.text):
            # "shelled Kherson overnight, killing three, the governor said Sunday" in a Monday
            # paper: the night before the telling, not before the paper
            weekday = WEEKDAYS.index(told_on.group(1).casefold())
            day = article.published - timedelta(days=(article.published.weekday() - weekday) % 7)
            return (
                day.isoformat(),
                "day",
                best.historical,
                f"date in sentence: {best.text!r}, told on {told_on.group(1)}",
            )
        return best.value, best.precision, best.historical, f"date in sentence: {best.text!r}"
    if _SAME_MONTH.search(sentence.text):
        # "... erupted in August 2023, when the militia seized Lalibela. A drone strike on a
        # market in Finote Selam that same month killed 26": the month named just before
        named = [
            d
            for index in range(sentence.index - 1, max(-1, sentence.index - 3), -1)
            for d in reversed(numbers_of(article, article.sentences[index])[0])
            if d.value and d.precision in ("month", "day")
        ]
        if named:
            month = named[0]
            return (
                month.value[:7],
                "month",
                month.historical,
                f"the same month as {month.text!r}",
            )
    told = _event_told_before(article, sentence)
    shift = _DAY_BEFORE.search(sentence.text) or _DAY_AFTER.search(sentence.text)
    anchor = next(
        (e for e in reversed(article.events) if e.date_precision == "day" and e.date), None
    )
    if shift is not None and anchor is not None:
        # "A day earlier, Taliban forces killed two suspected ISIS-K militants": a day
        # counted from the act told before, not from the publication
        # ("Two days earlier, suspected jihadists ambushed a military convoy")
        counted = next((g for g in shift.groups() if g), None)
        days = (number_value(counted) if counted else None) or 1
        step = -days if shift.re is _DAY_BEFORE else days
        day = date.fromisoformat(anchor.date) + timedelta(days=step)  # type: ignore[arg-type]
        return day.isoformat(), "day", False, f"a day from the event told before: {shift.group()!r}"
    earlier_act = _DAYS_AFTER_AN_ACT.search(sentence.text)
    if (
        earlier_act is not None
        and anchor is not None
        and not mentions
        and sentence.start + earlier_act.end() <= trigger_at
    ):
        # "The attack on Nungchappi came a day after an elderly woman was shot dead": the act
        # the after-clause names came that many days before the act told before
        counted = next((g for g in earlier_act.groups() if g), None)
        days = (number_value(counted) if counted else None) or 1
        day = date.fromisoformat(anchor.date) - timedelta(days=days)  # type: ignore[arg-type]
        return day.isoformat(), "day", False, (
            f"days before the event told before: {earlier_act.group()!r}"
        )
    if anchor is not None and not mentions and _HOURS_AFTER.search(sentence.text):
        # "Hours after the attack, the Sudanese army said its warplanes had carried out air
        # strikes": the day of the act it points back to, however far back that was told
        return anchor.date, "day", False, f"the day of the act told before: {anchor.date}"
    # "The Arakan Army ... said on Saturday it had seized a base", a paragraph after another
    # side's act: the day it was told of, not the other act's ("The KNCHR said on Wednesday
    # that five people were shot dead" tells the act before again)
    told_apart = (
        told is not None
        and "\n" in article.text[_last_told(told) : sentence.start]
        and any(
            m.sentence == sentence.index
            and m.category in ARMED
            and m.actor not in (told.actor1, told.actor2)
            for m in article.actor_mentions
        )
    )
    telling = (
        [
            d
            for d in numbers_of(article, sentence)[0]
            if d.value
            and d.precision == "day"
            and (opening is None or d.start >= opening.end())
            and _TELLING_BEFORE.search(article.text, max(0, d.start - 40), d.start)
        ]
        if (told is None or told_apart) and not mentions
        else []
    )
    if telling:
        # "the ISPR said on Saturday that security forces conducted an operation": no day of
        # its own; the act came by the day it was told of, closer than the publication's
        day = telling[0]
        return day.value, day.precision, False, f"day it was told: {day.text!r}"
    if told is not None and not mentions:
        # "... attacked El Fasher on Wednesday, killing 27. The RSF shelled a hospital":
        # the sentences after a dated report go on telling it
        return told.date, told.date_precision, False, f"date of the event told before: {told.date}"
    before = _dated_sentence_before(article, sentence) if told is None and not mentions else None
    if before is not None:
        # "Shortly before 3 a.m. on Sunday, a police patrol was sent to check two trucks ...
        # Officers came under fire": the paragraph goes on with the day it just set
        return before.value, "day", False, f"date of the sentence before: {before.text!r}"
    published = article.published
    lead = _lead_day(article) if not mentions else None
    if lead is not None:
        # "NAIROBI (AP) — police opened fire on protesters ... on Tuesday ... Outside the
        # capital, thousands marched through central Mombasa": the report's day goes on
        return lead.date, "day", False, f"the day of the report's lead act: {lead.date}"
    if published is None:
        return None, "unknown", False, "no date and no publication date"
    if mentions:
        # "recently", "for the past several months": before publication, day unknown
        return (
            f"{published.year:04d}-{published.month:02d}",
            "month",
            False,
            f"vague date {mentions[0].text!r}: publication month",
        )
    return published.isoformat(), "day", False, "publication date"


# the verbs of a telling: "said", "told Reuters", "announced"
_TELLING_VERB = r"said|says|told\s+(?:[\w.]+\s+){0,2}?|announced|added|stated"
# the telling verb, then the subject of what was told: "... said two fighter jets" (not
# "said its jets": the speaker's own)
_OPENS_WHAT_IT_SAID = re.compile(
    rf"\b(?:{_TELLING_VERB})\s+(?:that\s+)?"
    r"(?:(?:an?|the|two|three|several|\d+)\s+(?:(?!(?:its|their|our|his|her|it|they|we)\b)"
    r"[\w-]+\s+){0,2}|(?:(?!(?:its|their|our|his|her|it|they|we)\b)[\w-]+\s+){1,2})$",
    re.IGNORECASE,
)
# the day a report was told on, in a wire's words: "the governor said Sunday"
_TOLD_ON_A_WEEKDAY = re.compile(
    rf"\b(?:{_TELLING_VERB}|reported)\s+(?:on\s+)?"
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.IGNORECASE,
)
# the words of a day counted from the telling: "overnight", "today", "this morning"
_TODAY_WORDS = re.compile(
    r"^(?:overnight|today|tonight|earlier\s+today|this\s+(?:morning|afternoon|evening))$",
    re.IGNORECASE,
)
# the words of a telling right before a date: "police said on Sunday", "told Reuters on
# Monday", "said in a statement on Friday"
_TELLING_BEFORE = re.compile(
    rf"\b(?:{_TELLING_VERB}|confirmed|tweeted)"
    r"(?:\s+in\s+a\s+statement)?\s*$"
)
_TOLL_ROSE_TO_BEFORE = re.compile(
    r"\b(?:rose|risen|rises|climbed|jumped|increased|reached)\s+(?:to\s+)?(?:at\s+least\s+)?"
    r"[\d,]+\s+$",
    re.IGNORECASE,
)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_SINCE_CLAUSE_BEFORE = re.compile(r"\bsince\b[^,.;:()]*$", re.IGNORECASE)
_BEGAN_CLAUSE_BEFORE = re.compile(
    # (a full stop inside a word, "the U.S.-led invasion", ends no clause)
    r"\b(?:which|that|when\s+it)\s+(?:first\s+)?(?:began|started|erupted|broke\s+out|"
    # "The strike came despite a ceasefire that took effect in November 2024": when a truce
    # or a law began to hold
    r"took\s+effect|came\s+into\s+(?:force|effect)|(?:was|were)\s+(?:signed|agreed))\b"
    r"(?:[^.;:()]|\.(?=\S))*$"
    # "appointed ... as the new field commander ..., replacing a commander killed last
    # month": when the one replaced fell
    r"|\b(?:replac(?:ing|es)|succeed(?:ing|s))\b(?:[^.;:()]|\.(?=\S))*$",
    re.IGNORECASE,
)
_AHEAD_OF_BEFORE = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:the\s+)?$", re.I)
_TAKING_CLAUSE_BEFORE = re.compile(
    # "recaptured Baiji from militants who seized it in June", "regained the town, seized by
    # the Islamic State group two months ago": when the place was lost, not retaken
    r"(?:\b(?:who|which|that)\s+(?:had\s+)?(?:first\s+)?(?:seized|captured|took|overran|"
    r"stormed|recaptured|retook)|,\s*(?:seized|captured|taken|overrun)\s+by"
    # "attacked the town, which the army had recaptured in March": told of the place
    r"|" + _WHICH_HAD + r"\w+)\b"
    # up to the date, with no other verb ("who had seized the town in June attacked it again
    # on Sunday": Sunday is the attack's)
    r"(?:(?!\b(?!armed\b)\w{3,}ed\s)[^,.;:()])*$",
    re.IGNORECASE,
)
_EARLIER_ACT_CLAUSE = re.compile(
    r"\b(?:days|weeks|months|(?:a|one|two|three|several|a\s+few)\s+(?:days?|weeks?|months?))"
    r"\s+after\b[^,.;:()]*$",
    re.IGNORECASE,
)
_STATEMENT_DATED = re.compile(
    # (not "said in a statement that the strike on Thursday": what the statement tells)
    r"\b(?:statement|communiqu[eé]|video|broadcast|briefing|press\s+conference)\b"
    r"(?:(?!\bthat\b)[^,.;]){0,40}?\s+(?:late\s+|early\s+)?on\s+$",
    re.IGNORECASE,
)
_DEADLINE_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
_STARTING_BEFORE = re.compile(
    r"\b(?:starting|beginning|effective|commencing|as\s+of)\s+(?:from\s+)?$"
    # "agreed a bilateral ceasefire that will begin on October 1": the truce to come
    r"|\b(?:will|would|(?:is|are|was|were)\s+(?:due|set|scheduled)\s+to)\s+(?:begin|start|"
    r"take\s+effect|come\s+into\s+(?:force|effect))\s+(?:on\s+|from\s+)?$"
    # ... "calling up 60,000 reservists, with the first units due to report next month"
    r"|\b(?:due|set|scheduled)\s+to\s+(?:report|arrive|deploy|join)\s+(?:for\s+duty\s+)?"
    r"(?:on\s+|from\s+|by\s+)?$",
    re.IGNORECASE,
)
_UNTIL_BEFORE = re.compile(
    r"\b(?:until|till|into)\s+(?:the\s+(?:early\s+)?(?:hours|morning|evening|night)\s+of\s+)?$",
    re.IGNORECASE,
)
# "a day before" alone counts from the act told before; "a day after the rebels ambushed a
# convoy" counts from the act it names
_NO_COMPLEMENT = r"(?!\s+[\w\"“'‘])"
# "a day", "two days": how many (the count its group holds)
_SO_MANY_DAYS = r"(?:a\s+day|(one|two|three|four|five|six|[1-6])\s+days?)"
# "a week", "two weeks" ("came a week after the rebels seized Aleppo")
_SO_MANY_WEEKS = r"(?:a\s+week|(?:one|two|three|[1-3])\s+weeks)"
_DAY_BEFORE = re.compile(
    rf"\b{_SO_MANY_DAYS}\s+earlier\b|\b{_SO_MANY_DAYS}\s+before\b{_NO_COMPLEMENT}|"
    rf"\bthe\s+(?:day|night)\s+before\b{_NO_COMPLEMENT}|\bthe\s+previous\s+(?:day|night)\b",
    re.IGNORECASE,
)
_DAY_AFTER = re.compile(
    rf"\b{_SO_MANY_DAYS}\s+later\b|\b{_SO_MANY_DAYS}\s+after\b{_NO_COMPLEMENT}|"
    r"\bthe\s+(?:next|following)\s+day\b",
    re.IGNORECASE,
)
# "came a day after an elderly woman was shot dead": the act named after it came earlier
_DAYS_AFTER_AN_ACT = re.compile(
    rf"\b(?:came|comes|happened|occurred|took\s+place)\s+{_SO_MANY_DAYS}\s+after\b"
    r"(?=\s+[\w\"“'‘])",
    re.IGNORECASE,
)
_ANOTHER_ACT_S_TIME_BEFORE = re.compile(
    rf"{_ANOTHER_ACT_TIMED}|\b(?:came|comes|happened|occurred|took\s+place|followed)\s+"
    rf"(?:just\s+)?(?:{_TIME_GAP}|{_SO_MANY_DAYS}|{_SO_MANY_WEEKS})\s+(?:after|before)\b",
    re.IGNORECASE,
)
_WHEN_AFTER = re.compile(r",?\s+when\b")
_SAME_MONTH = re.compile(r"\b(?:that|the)\s+same\s+month\b", re.IGNORECASE)
_HOURS_AFTER = re.compile(
    r"\b(?:hours|minutes|shortly|soon|moments|just)\s+(?:after|before)\s+the\s+(?:attack|"
    r"shelling|strikes?|bombing|blast|assault|massacre|raid|ambush|explosion|fighting|clashes)\b",
    re.IGNORECASE,
)
# a wire's dateline: the city in capitals, its country or a date, the agency, a dash
_DATELINE_OPENING = re.compile(
    r"\s*(?:[A-Z][A-Z .'’-]{2,40}(?:,[^\n()—–]{1,60}?)?"
    # "March 10 (Reuters) -": a dateline without a city
    r"|(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?=\s*\())"
    r"\s*(?:\([^)\n]{1,30}\)\s*)?(?:—|–|-|:)\s"
)


# how many days before its publication a report's lead act may be and still date the
# undated acts the report goes on to tell
LEAD_DAYS = 3


def _lead_day(article: Article) -> Event | None:
    """The report's first act, when its own sentence dated it to a day shortly before the
    publication (a next-day wire's "on Tuesday")."""
    lead = next((e for e in article.events if e.modality != "historical"), None)
    if (
        lead is None
        or article.published is None
        or lead.date_precision != "day"
        or not lead.date
        or not lead.provenance.get("date", "").startswith("date in sentence")
    ):
        return None
    days = (article.published - date.fromisoformat(lead.date)).days
    return lead if 0 < days <= LEAD_DAYS else None


def _dated_sentence_before(article: Article, sentence: Sentence) -> DateMention | None:
    """The day the sentence just before sets, in the same paragraph, when it tells no act and
    is not the dateline's or a telling's."""
    if sentence.index == 0:
        return None
    previous = article.sentences[sentence.index - 1]
    if "\n" in article.text[previous.end : sentence.start]:
        return None
    opening = _DATELINE_OPENING.match(article.text, previous.start)
    days = [
        d
        for d in numbers_of(article, previous)[0]
        if d.value
        and d.precision == "day"
        and not d.historical
        and (opening is None or d.start >= opening.end())
        and not _TELLING_BEFORE.search(article.text, max(0, d.start - 40), d.start)
    ]
    return days[-1] if len(days) == 1 or len({d.value for d in days}) == 1 else None


# how many sentences back a dated event still dates the undated sentences after it
DATE_CARRIES = 3


def _last_told(event: Event) -> int:
    """Where the last sentence that told of the event starts."""
    return max(
        [event.evidence["start"]] + [more["start"] for more in event.evidence.get("more", [])]
    )


def _event_told_before(article: Article, sentence: Sentence) -> Event | None:
    """The last event of the sentences just before, when its own sentence dated it to a
    day (not history)."""
    if not article.events:
        return None
    event = article.events[-1]
    # counted from the last sentence that told of it ("The village volunteers retaliated ...
    # A man was killed on the spot ... In the evening, a mob set fire")
    if sentence.index - article.sentence_of(_last_told(event)) > DATE_CARRIES:
        return None
    dated = event.provenance.get("date", "").startswith(("date in sentence", "date of the"))
    if not dated or event.date_precision != "day" or event.modality == "historical":
        return None
    return event


_REMEMBERED_ACT = re.compile(
    r"\b(?:anniversary|commemoration|remembrance|memory)\s+of\b[^.;]*$", re.IGNORECASE
)


def _fatalities(
    quantities: list[Quantity], text: str | None = None
) -> tuple[dict[str, Any], str]:
    """The act's toll: its first count of the dead, and those ``text`` joins to it by "and"
    ("killing five soldiers and 11 insurgents" is 16 dead: ACLED counts all of them)."""
    tolls = [q for q in quantities if q.kind == "fatalities"]
    if not tolls:
        return {"low": None, "best": None, "high": None, "text": None}, "no toll stated"
    first = tolls[0]
    joined = [first] + (_joined_tolls(first, tolls[1:], text) if text is not None else [])
    total = {
        bound: (
            sum(getattr(q, bound) for q in joined)
            if all(getattr(q, bound) is not None for q in joined)
            else getattr(first, bound)
        )
        for bound in ("low", "best", "high")
    }
    said = text[first.start : joined[-1].end] if text is not None and joined[1:] else first.text
    return {**total, "text": said, "qualifier": first.qualifier}, f"toll: {said!r}"


def _joined_tolls(first: Quantity, later: list[Quantity], text: str) -> list[Quantity]:
    """The counts of the dead that follow ``first`` joined to it as one list of kinds."""
    if not first.noun or _INCLUDING_BEFORE.search(text, max(0, first.start - 20), first.start):
        return []  # "24 killed, including 3 commanders and 8 civilians": some of the dead
    joined: list[Quantity] = []
    joiners: list[str] = []
    for toll in later:
        last = (joined or [first])[-1]
        joining = _PEOPLE_TOLLS_JOINED if last.person else _TOLLS_JOINED
        joiner = joining.fullmatch(text, last.end, toll.start)
        if joiner is None and last.best == 1 and _OTHERS_AFTER.match(text, toll.end):
            # "killing the Taliban's refugee minister Khalil Haqqani and five others": one
            # named by title and name, and the others
            joiner = _NAMED_ONE_AND.fullmatch(text, last.end, toll.start)
        if (
            joiner is None
            # "killed a policeman and five others": the others are of the same dead
            or not (toll.noun or _OTHERS_AFTER.match(text, toll.end))
            or _HURT_AFTER.match(text, toll.end)
        ):
            break  # "the toll rose to 12 and more than 40 others were injured"
        joined.append(toll)
        joiners.append(joiner.group(0))
    # a comma joins only a list that "and" ends: "One dead, one seriously injured" is two acts
    while joiners and not _AND_JOINS.search(joiners[-1]):
        joined.pop()
        joiners.pop()
    return joined


# "five soldiers and 11 insurgents", "two soldiers, three civilians and a child": the
# dead of one act counted by kind
# "a woman and her two children", "a man and his three sons": their kin are more dead
# ("five police officers and four civilians": the count's noun may run a word on)
_TOLLS_JOINED = re.compile(
    r"(?:\s+(?:officers|members|personnel|men|women|fighters|soldiers))?"
    r"(?:,?\s+(?:and|as\s+well\s+as|plus)\s+(?:(?:his|her|their)\s+)?|,\s*)"
)
# ... after people counted, the body they belong to: "16 members of the security forces and
# 14 gunmen" (not "12 dead of the regime forces and 17 ISIS members killed during ...")
_PEOPLE_TOLLS_JOINED = re.compile(f"{OF_THEIR_BODY}?{_TOLLS_JOINED.pattern}")
_AND_JOINS = re.compile(r"\b(?:and|as\s+well\s+as|plus)\b")
_INCLUDING_BEFORE = re.compile(r"\b(?:including|among\s+them|of\s+whom|among\s+whom)\s+$", re.I)
_OTHERS_AFTER = re.compile(r"\s+(?:others|more)\b")
_NAMED_ONE_AND = re.compile(r",?(?:\s+[a-z]+){0,2}(?:\s+[A-Z][\w'’-]+){1,4},?\s+and\s+")
_HURT_AFTER = re.compile(
    r"\s+(?:(?:were|was|are|have\s+been|had\s+been)\s+)?(?:\w+ly\s+)?(?:injured|wounded|hurt)\b"
)


# the words of a date still to come (a date written out after the publication date is more
# often a wrong publication date than a plan)
_TO_COME_DATE = re.compile(r"\b(?:next|tomorrow)\b", re.IGNORECASE)


def _yet_to_come(published: date | None, value: str | None, precision: str | None) -> bool:
    """Is an act dated after its report? (Without a publication date, the dates module
    resolves relative words against today, so today is the report's day.)"""
    if not value:
        return False
    published = published or date.today()
    if precision in ("day", "week"):
        return value > published.isoformat()
    if precision == "month":
        return value[:7] > published.isoformat()[:7]
    return False


# someone told the act, and then someone else denied it, in a clause of their own
_TOLD_THEN_DENIED = re.compile(
    r"\b(?:alleged|said|says|claimed|claims|told|reported|alleges|allege|say)\b[^;.]{0,40};\s*"
    r"[^;.]{0,60}?\bden(?:ied|ies)\b"
    # "..., their families said, and the army denied holding them": custody denied, the
    # others' word stands (what ACLED calls a forced disappearance)
    r"|\bden(?:ied|ies)\s+(?:holding|having\s+(?:detained|arrested)|detaining|arresting)\s+"
    r"(?:him|her|them)\b"
)


_FOR_A_TERM = re.compile(r"\bfor\s+(?:\w+\s+)?(?:days|weeks|months|years)\b", re.IGNORECASE)
# (not "has displaced more than 40,000 people since March": a fight's months summed)
_A_WAVE_S_SPAN = re.compile(
    r"\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:(?:few|several|two|three|\d+)\s+)?"
    r"(?:days?|weeks?)\b",
    re.IGNORECASE,
)
_SINCE_DAYS_AGO = re.compile(
    r"\bsince\s+(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    # ("have fled their homes in Djugu territory since the start of the week")
    r"the\s+weekend|last\s+week|the\s+(?:start|beginning)\s+of\s+the\s+week)\b"
    # ("have fled villages around Kamanyola in the two days since fighting erupted")
    r"|\bin\s+the\s+(?:\w+\s+)?(?:days?|hours?)\s+since\b"
    # ("had been evacuated from Batken region since the fighting with Tajikistan broke out")
    r"|\bsince\s+(?:the\s+)?(?:[\w-]+\s+)?(?:fighting|clashes|offensive|hostilities|shelling)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:broke\s+out|erupted|began|started|flared)\b",
    re.IGNORECASE,
)


_UNDER_THE_DEAL = re.compile(
    r"\W*under\s+the\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|truce|ceasefire|cease-fire|pact)\b",
    re.IGNORECASE,
)
_MEASURE_ANNOUNCED = re.compile(
    r"\b(?:announc|declar|decid|decree|order)(?:ed|es|ing)?\b", re.IGNORECASE
)
# ... and a deployment told by who decided it
_DEPLOYMENT_TOLD = re.compile(
    r"\b(?:said|says|told|announc\w*|confirm\w*|declar\w*|decid\w*|order\w*)\b", re.IGNORECASE
)
_MEASURE_THREATENED = re.compile(
    # ("may", not the month's "May")
    r"\b(?:if|unless|could|might|(?-i:may)|threaten\w*|warn\w*|consider\w*|mull\w*|propos\w*)\b",
    re.IGNORECASE,
)


def _modality(
    sentence: Sentence,
    match: TriggerMatch,
    parse: Any,
    said: modality.Attribution | None,
    historical: bool,
    sides: tuple[str | None, str | None] = (None, None),
) -> tuple[str, str]:
    cue = modality.speculative(
        sentence.text,
        match.start,
        parse,
        attempt_is_act=match.trigger.id in _ATTEMPTED_ACTS
        or _tried_to_protest(match.trigger, sentence.text, match.start),
        stopping_is_act=match.trigger.sub_event_type in _INTERVENTIONS,
        # "ordered residents to pay a 'protection levy'": the demand is the extortion; "ordered
        # a general mobilisation": the order is the change of activity
        demand_is_act=(
            match.trigger.id == "property_destruction"
            and _EXTORTION_WORDS.search(match.text) is not None
        )
        or (
            match.trigger.sub_event_type == "Change to group/activity"
            and _MOBILISATION_WORDS.match(match.text) is not None
        )
        # "Taliban court orders shrine caretakers to halt Sufi gatherings": the court's order
        # is what the group tells
        or match.trigger.id == "group_tells",
    )
    if (
        cue
        and match.trigger.id == "security_measure"
        and _MEASURE_ANNOUNCED.search(sentence.text)
        and not _MEASURE_THREATENED.search(sentence.text)
    ):
        # "a full curfew will be imposed across Hasakah, the Autonomous Administration
        # announced": the measure decided is the act, whenever it begins (not "a curfew will
        # be imposed if the protests continue, the governor warned")
        cue = None
    if (
        cue
        and match.trigger.id in ("group_moves", "group_change", "headquarters")
        and _DEPLOYMENT_TOLD.search(sentence.text)
        and not _MEASURE_THREATENED.search(sentence.text)
    ):
        # "Chad will send 1,000 additional troops to its Lac province, the armed forces chief
        # of staff said", "announced that their units would merge into a single command,
        # naming a former officer as its leader": a move decided, told by who decided it, is
        # the change
        cue = None
    if (
        cue
        and match.trigger.sub_event_type == "Agreement"
        and _UNDER_THE_DEAL.match(sentence.text)
    ):
        # "Under the deal, the fighters will release 20 captured soldiers in exchange for 40
        # detained members": the terms of a deal made, told in the future they set
        cue = None
    if cue:
        return "speculative", cue
    negation = modality.denied(sentence.text, match.start)
    if (
        not negation
        and said
        and said.verb in {"denied", "denies"}
        and _TOLD_THEN_DENIED.search(sentence.text, match.end)
    ):
        # "men ... picked him up from his home, his family alleged; RAB has denied holding
        # him": the accused's denial answers what others told, who are the event's source
        return "claimed", f"told, then {said.source} {said.verb}"
    if negation or (said and said.verb in {"denied", "denies"}):
        return "denied", negation or f"{said.source} {said.verb}"
    habit = modality.habitual(sentence.text, match.start)
    if habit and not (
        # "workers have stopped work since Tuesday": one strike going on, not days summed;
        # "3,000 villagers have crossed into Mizoram since Sunday": one wave of the displaced
        (
            (match.trigger.sub_event_type in _PROTEST_KINDS or match.trigger.id == "displacement")
            and _SINCE_DAYS_AGO.search(habit)
        )
        # (the habit's words cut short: "since the start of" the week)
        or (
            match.trigger.id == "displacement"
            and _SINCE_DAYS_AGO.search(sentence.text, match.end) is not None
        )
        # "6,000 Rohingya have crossed the Naf river into Bangladesh in the past two weeks":
        # one wave's span
        or (match.trigger.id == "displacement" and _A_WAVE_S_SPAN.search(habit))
        # "had agreed to a ceasefire for three months": the deal's term
        or (match.trigger.sub_event_type == "Agreement" and _FOR_A_TERM.search(habit))
    ):
        return "habitual", habit
    if historical:
        return "historical", "date well before publication"
    era = modality.long_ago(sentence.text, match.start)
    if era:
        return "historical", era
    if said and said.party:
        if said.category in ("state_forces", "external") and not any(
            side and (side.startswith(said.source) or said.source.startswith(side))
            for side in sides
        ):
            # "bandits killed 23 villagers, police said": a state's word (or a peacekeeping
            # mission's) on what others did is a report; on its own acts or its enemy's
            # attack on it, a claim
            return "reported", f"stated as fact by {said.source}, no side of it"
        return "claimed", f"{said.source} {said.verb}"
    return "reported", "stated as fact" + (f" by {said.source}" if said else "")


# acts whose attempt ACLED codes as the act: an attempted assassination is an attack, an
# attempt to advance or to storm a town a clash ("Russian forces unsuccessfully attempted to
# advance")
_ATTEMPTED_ACTS = frozenset(
    {"killing", "execution", "suicide_bomb", "remote_explosive", "clash"}
)
# the sub-event types whose trigger tells a crowd stopped: the stopping is the act
_INTERVENTIONS = frozenset({"Protest with intervention", "Excessive force against protesters"})


def _confidence(
    actor1: str | None, actor2: str | None, place: Place | None, date_rule: str, mood: str
) -> float:
    score = 0.45
    score += 0.15 if actor1 else 0.0
    score += 0.1 if actor2 else 0.0
    score += 0.15 * (place.confidence if place and place.confidence else (0.5 if place else 0.0))
    score += 0.1 if date_rule.startswith("date in sentence") else 0.03
    if mood == "claimed":
        score -= 0.05
    return round(min(score, 0.99), 3)
