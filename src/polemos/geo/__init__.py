"""geo: toponyms in an article -> GeoNames places, admin units and countries.

>>> from polemos.article import Article
>>> from polemos.geo import GeoResolver
>>> article = Article(text="Fighting continued in Raqqa.")
>>> GeoResolver()(article)
>>> article.toponyms[0].place.name
'Ar Raqqah'
"""

from __future__ import annotations

import re

from polemos.article import Article, Place, Toponym
from polemos.geo.gazetteer import (
    Gazetteer,
    build_gazetteer,
    build_gazetteer_from_geonames,
    default_path,
    download_geonames,
    load_gazetteer,
)
from polemos.geo.names import fold
from polemos.geo.resolve import (
    Resolver,
    level_hint,
    recognize_toponyms,
    resolve_toponyms,
)
from polemos.outlets import is_outlet_name, outlet_of

__all__ = [
    "GeoResolver",
    "Gazetteer",
    "Resolver",
    "build_gazetteer",
    "build_gazetteer_from_geonames",
    "default_path",
    "download_geonames",
    "load_gazetteer",
    "recognize_toponyms",
    "resolve_toponyms",
]


class GeoResolver:
    """Pipeline stage: sets ``article.toponyms`` from NER locations and gazetteer matches.

    The gazetteer loads on the first article (once per process). Works on a bare
    ``Article(text=...)``: without NER entities it recognises toponyms by gazetteer
    matching of capitalised words alone.
    """

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.resolver = Resolver(gazetteer)

    def __call__(self, article: Article) -> None:
        text = article.text
        entities = [(e.start, e.end, e.label) for e in article.entities]
        # the nlp stage runs NER only on sentences that may hold an event
        ner_regions = [(s.start, s.end) for s in article.sentences if s.candidate]
        if entities and not ner_regions:
            ner_regions = [(0, len(text))]
        g = self.resolver.gazetteer
        spans = [
            (start, end)
            for start, end in self.resolver.recognize(text, entities, ner_regions)
            # "two residents told Addis Standard": an outlet named in the text is no place,
            # unless a place has the name
            if not (is_outlet_name(text[start:end]) and not g.has_key(fold(text[start:end])))
        ]
        outlet = outlet_of(article)
        countries, theatre = _actor_countries(article), _theatre(article)
        actors = [(m.start, m.end) for m in article.actor_mentions]
        if outlet is not None:
            # where the outlet reports from is a hint, like a demonym ("Syrian"); a monitor
            # of one war places every name in it, as a text on an armed group's war does, and
            # a regional paper every name of a text that points to no other country
            countries.append(outlet.country)
            local = outlet.beat == "war" or (
                outlet.beat == "local"
                and not self.resolver.points_abroad(text, outlet.country)
            )
            if local and outlet.country not in theatre:
                theatre.insert(0, outlet.country)
            if outlet.beat == "war":
                # the monitor's own spellings of its country's places ("Suwaidaa")
                spans = sorted(
                    spans + self.resolver.loose_names_in(text, outlet.country, spans + actors)
                )
        # "Al Hassakah governorate": a unit named by its level word, in a spelling only the
        # loose key knows
        spans = sorted(spans + self.resolver.loose_units_in(text, spans + actors))
        spans = sorted(spans + _names_taken(article, g, spans + actors))
        places: list[Place | None] = self.resolver.resolve(text, spans, countries, theatre)
        article.toponyms = [
            Toponym(
                start=start,
                end=end,
                text=text[start:end],
                sentence=article.sentence_of(start),
                place=place,
                level_hint=level_hint(text, start, end),
            )
            for (start, end), place in zip(spans, places, strict=True)
        ]


# the actors that take ground, and the words of their taking it: "Russian forces took
# Avdiivka", "The rebels have taken Goma", "Wagner seized Soledar"
_TAKERS = frozenset(
    {"state_forces", "rebel_group", "political_militia", "identity_militia", "external",
     "unidentified"}
)  # fmt: skip
_TAKEN_NAME = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:took|taken|takes?|captured|captures|seized|seizes|retook|"
    r"retaken|retakes|recaptured|recaptures)(?:\s+(?:back|full\s+control\s+of|control\s+of))?\s+"
    r"(?:the\s+(?:town|city|village)\s+of\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)
# a person taken, not a place: "took Johnson into custody", "took Father Mensah away" (the
# words data/triggers.yaml's territory_headline excludes)
_PERSON_TAKEN_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:into\s+custody|hostages?|captives?|prisoners?|away|to\s+(?:an?\s+)?unknown|"
    r"from\s+(?:his|her|their)\s+(?:home|house|car|vehicle|farm|shop|office)|"
    r"to\s+(?:court|task|hospital|jail|prison|a\s+hospital|the\s+hospital|a\s+police\s+station))\b"
)
_TITLE = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Father|Fr|Rev|Reverend|Sheikh|Chief|Pastor|Imam|Bishop|Sister|Brother|"
    r"Prof|Professor)\b"
)


def _names_taken(
    article: Article, gazetteer: Gazetteer, taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The name an armed side took, right after its words of taking ("Russian forces took
    Avdiivka"): a place, whenever the gazetteer has the name (the recogniser, which reads no
    actors, doubts a town after "took" as it doubts a person after "took"); spans outside
    ``taken``."""
    text = article.text
    found: list[tuple[int, int]] = []
    for mention in article.actor_mentions:
        if mention.category not in _TAKERS or (mention.actor or "").startswith("Police"):
            continue
        named = _TAKEN_NAME.match(text, mention.end)
        if (
            named is None
            or _TITLE.match(named.group(1))
            or _PERSON_TAKEN_AFTER.match(text, named.end())
        ):
            continue
        words = named.group(1).split()
        start = named.start(1)
        # the longest run of the words the gazetteer knows as one name ("Mocimboa da Praia"
        # is told whole by the recogniser; "Kidal on Tuesday" stops at "Kidal")
        for n in range(len(words), 0, -1):
            end = start + len(" ".join(words[:n]))
            if gazetteer.has_key(fold(text[start:end])):
                if not any(s < end and start < e for s, e in [*taken, *found]):
                    found.append((start, end))
                break
    return found


def _actor_countries(article: Article) -> list[str]:
    """Countries the actors stage found behind actor names: a state's forces ("regime forces"
    in a Syrian article, "FARDC") place the text in their country as a demonym would."""
    from polemos.actors import knowledge

    kb = knowledge()
    found = []
    for mention in article.actor_mentions:
        # only names that carry a country no word of the text gives away: "Syrian forces"
        # is counted already as a demonym, "troops" has the article's country
        if mention.category != "state_forces" or not mention.rule.startswith(
            ("context:", "named-forces")
        ):
            continue
        # the forces' own country first: a context alias's mention carries the article's
        code = kb.state_of(mention.actor) or mention.country
        if code:
            found.append(code)
    return found


# the categories of non-state actors that fight where their fields are; and foreign forces
# that serve only where actors.yaml says (UN missions, Wagner's mercenaries)
THEATRE_CATEGORIES = frozenset({"rebel_group", "political_militia", "identity_militia", "external"})


def _theatre(article: Article) -> list[str]:
    """The countries the article's armed groups fight in: a group's home or its fields
    ("Hezbollah": Lebanon and Syria). A state's forces say nothing of where: armies fight
    abroad ("Russian forces shelled Shostka"), and a context name's state is a guess when
    the text names no country ("National Guard" is Mexico's by default); nor do
    civilians' or protesters' countries ("Ukrainians demonstrated in Pau")."""
    from polemos.actors import knowledge

    kb = knowledge()
    found: list[str] = []
    for mention in article.actor_mentions:
        if mention.category not in THEATRE_CATEGORIES or mention.rule.startswith("context:"):
            # by its own name only: a context name is a guess the text's country made
            # ("NPA" of a French party read as the Philippines' New People's Army)
            continue
        found.extend(c for c in kb.fields.get(mention.actor, ()) if c not in found)
    return found
