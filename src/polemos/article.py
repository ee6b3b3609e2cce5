"""The shared object every pipeline stage reads and adds to.

An :class:`Article` flows through the stages the way a spaCy ``Doc`` flows
through a ``Language``: ingest sets the text and metadata, nlp adds sentences,
entities, dates and quantities, actors/geo resolve mentions, events adds typed
events. Every annotation carries character offsets into ``Article.text``.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


def content_hash(text: str) -> str:
    """Hash of the normalised article text: the identity used for idempotent ingest."""
    normalised = " ".join(text.split()).casefold()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class Sentence(Span):
    index: int = 0
    # set by the cheap first pass: may this sentence hold an event?
    candidate: bool = False
    # are its dates and quantities on the article? (polemos.nlp.numbers_of finds them)
    numbers_found: bool = False


@dataclass
class Entity(Span):
    label: str  # spaCy label: GPE, LOC, FAC, ORG, NORP, PERSON, DATE, CARDINAL, ...
    sentence: int = 0


@dataclass
class DateMention(Span):
    value: str | None  # ISO date (YYYY-MM-DD, YYYY-MM or YYYY) or None when vague
    precision: str  # day | month | year | vague
    historical: bool = False
    sentence: int = 0


@dataclass
class Quantity(Span):
    """A number with its qualifier and the noun it counts: "at least 3,000 fighters"."""

    low: int | None
    best: int | None
    high: int | None
    qualifier: str  # exact | at_least | more_than | at_most | about | range | vague
    noun: str  # the counted noun, singular lower-case ("fighter", "fighting position")
    sentence: int = 0
    # what is counted: fatalities | wounded | arrested | strikes | vehicles_destroyed ...
    kind: str = ""
    person: bool = False  # counts people (so it can be a toll)


@dataclass
class ActorMention(Span):
    actor: str  # canonical name, or the surface name for unknown groups
    category: str  # ACLED-style category: state_forces, rebel_group, ...
    known: bool = True
    sentence: int = 0
    rule: str = ""
    # ACLED-style name pattern for actors that exist per country ("Civilians ({country_name})"),
    # so an event in another country than the article's gets that country's actor
    template: str | None = None
    country: str | None = None


@dataclass
class Place:
    """A GeoNames place (or admin unit, or country) a toponym resolved to."""

    name: str
    country: str | None  # ISO2
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    geonameid: int | None
    precision: str  # place | admin2 | admin1 | country | unresolved
    admin1_code: str | None = None  # GeoNames code, e.g. SY.04
    population: int = 0
    # P(the point lies within 161 km of the place meant): what a user thresholds
    confidence: float = 0.0
    # how sure the resolver is of its reading of the name, before the answer-confidence
    # model (polemos.geo.confidence): what later stages weigh one reading against another
    # by. A village the text gives with its parent is a sure reading at a coarse point.
    reading: float = 0.0


@dataclass
class Toponym(Span):
    sentence: int = 0
    place: Place | None = None
    # "the Aleppo province": the word that fixes the admin level
    level_hint: str | None = None


@dataclass
class Count:
    kind: str  # fatalities | strikes | vehicles_destroyed | villages_taken | displaced | ...
    value: int | None
    qualifier: str
    text: str = ""


# what is said but is no event: speculation ("civilians will likely be shot"), a denial,
# a habit ("shells fall almost every day"); kept as statements for users who ask
STATEMENT_MODALITIES = frozenset({"speculative", "denied", "habitual"})


@dataclass
class Event:
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    date: str | None
    date_precision: str
    location: dict[str, Any] | None
    fatalities: dict[str, Any]
    counts: list[dict[str, Any]]
    modality: str  # reported | claimed | historical; statements: STATEMENT_MODALITIES
    attribution: dict[str, str] | None
    evidence: dict[str, Any]
    confidence: float
    assoc_actor_1: str | None = None
    inter1: str | None = None
    inter2: str | None = None
    # why each field holds what it holds: field -> "rule id: words used"
    provenance: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Article:
    text: str
    title: str = ""
    url: str | None = None
    published: date | None = None
    site: str | None = None
    source: str | None = None  # where it came from: a path, a feed, a WARC
    raw: str | None = None  # the input before boilerplate removal (HTML or saved page)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    # of the sentences that may hold an event, and of any other a later stage asked about
    # (polemos.nlp.numbers_of): the pattern passes are a fifth of the nlp stage's time
    dates: list[DateMention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    actor_mentions: list[ActorMention] = field(default_factory=list)
    toponyms: list[Toponym] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # stage -> seconds spent, for the benchmark's per-stage shares
    timings: dict[str, float] = field(default_factory=dict)
    # speculative or denied events: not events, kept as statements for users who ask
    statements: list[Event] = field(default_factory=list)
    # sentence index -> spaCy Doc of that sentence (only sentences that may hold an event)
    parses: dict[int, Any] = field(default_factory=dict, repr=False)

    @property
    def hash(self) -> str:
        return content_hash(self.title + "\n" + self.text)

    def sentence_of(self, offset: int) -> int:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s.index
        return len(self.sentences) - 1 if self.sentences else 0

    def metadata(self) -> dict[str, Any]:
        return {
            "hash": self.hash,
            "title": self.title,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "site": self.site,
            "source": self.source,
            "text": self.text,
        }
