"""Response shapes of the API, for its OpenAPI description and for clients.

Events keep the keys of the README's data model; ``extra="allow"`` lets fields the
pipeline gains later through without a change here.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorOut(BaseModel):
    """Every 4xx/5xx body: a short stable ``error`` and a ``detail`` a person can act on."""

    error: str = Field(examples=["bad filter"])
    detail: Any = Field(default=None, examples=["country: no country is called 'Narnia'"])


class Highlight(BaseModel):
    start: int
    end: int
    kind: Literal["actor", "place", "number", "date", "trigger"]


class Location(Open):
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    precision: str | None = None


class Source(Open):
    article_id: int | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    site: str | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None
    modality: str | None = None
    attribution: dict[str, Any] | None = None
    highlights: list[Highlight] | None = Field(
        default=None, description="Spans of `sentence` naming actors, place, numbers, date."
    )


class Event(Open):
    id: int
    event_type: str
    sub_event_type: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    date: str | None = None
    date_precision: str | None = None
    location: Location | None = None
    fatalities: dict[str, Any] | None = None
    counts: list[dict[str, Any]] = []
    modality: str | None = None
    attribution: dict[str, Any] | None = None
    evidence: dict[str, Any] | None = None
    confidence: float | None = None
    sources: list[Source] = []


class EventPage(BaseModel):
    events: list[Event]
    count: int = Field(description="Events on this page.")
    limit: int
    offset: int
    next_offset: int | None = Field(description="Offset of the next page; null on the last.")


class Feature(BaseModel):
    type: Literal["Feature"] = "Feature"
    id: int | None = None
    geometry: dict[str, Any] | None
    properties: dict[str, Any]


class FeatureCollection(BaseModel):
    type: Literal["FeatureCollection"] = "FeatureCollection"
    features: list[Feature]


class Count(BaseModel):
    name: str
    count: int


class DayCount(BaseModel):
    day: str
    count: int


class Stats(BaseModel):
    total: int
    fatalities: int = Field(description="Sum of the best fatality estimates.")
    coarse_dates: int = Field(description="Events dated to the month or year only, or undated.")
    by_day: list[DayCount]
    by_type: list[Count]
    by_sub_type: list[Count]
    by_actor: list[Count]
    by_modality: list[Count]
    by_country: list[Count]


class Place(Open):
    geonameid: int
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    precision: str | None = None
    population: int | None = None
    event_count: int = Field(description="Events located at this place.")


class Control(BaseModel):
    on: str
    place: str | None
    actor: str | None
    holdings: list[dict[str, Any]]


class IngestResult(BaseModel):
    article_id: int
    created: bool = Field(description="False when the same text was stored before.")
    events: list[Event]


class PageConfig(BaseModel):
    tiles: str | None = Field(description="Tile URL template, or null for boundaries only.")
    tile_attribution: str
    control: bool = Field(description="Whether /control can answer in this build.")
    writable: bool = Field(description="Whether POST /articles is enabled (a token is set).")
