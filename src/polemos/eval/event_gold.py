"""Readers for event gold data: ACLED CSV (notes), CASE 2021 task 2 TSV, UCDP GED CSV.

The format is detected from the header row. Every reader returns :class:`GoldText` items,
one per text the pipeline will read, each with the gold events coded from that text.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from polemos.events.taxonomy import sub_event_types

# CASE 2021 task 2 labels outside ACLED's 25 sub-event types; the task groups them as OTHER
CASE_NON_ACLED = frozenset(
    {"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"}
)
# the label of a text with no ACLED event (CASE's five extra classes, or nothing extracted);
# ACLED's own "Strategic developments / Other" keeps its own name, "Other"
NO_EVENT = "OTHER"


class GoldFormatError(ValueError):
    """The file is none of the event gold formats polemos reads."""


@dataclass
class GoldEvent:
    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    date: str | None = None
    location: str | None = None
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    fatalities: int | None = None
    type_of_violence: int | None = None  # UCDP: 1 state-based, 2 non-state, 3 one-sided


@dataclass
class GoldText:
    id: str
    text: str
    published: str | None
    events: list[GoldEvent] = field(default_factory=list)
    # the text-level class (CASE: the snippet's label mapped to ACLED; NO_EVENT for the extras)
    label: str | None = None
    # the outlets the coder read it in (ACLED's source, UCDP's source_office), as a user's
    # ingest would know them: the outlet's country is context (polemos.outlets)
    source: str | None = None
    # the several reports the text joins, each (text, published, source): UCDP GED's
    # source_headline joins with ";" the headlines of all its sources, as source_date and
    # source_office join their dates and outlets; a user ingests each as an article
    parts: tuple[tuple[str, str | None, str | None], ...] = ()


@dataclass
class GoldSet:
    name: str
    format: str  # acled | case | ucdp
    texts: list[GoldText]


def acled_taxonomy() -> dict[str, tuple[str, str]]:
    """CASE label -> (ACLED event type, sub-event type), from ``data/acled_taxonomy.csv``."""
    return {e.case2021_label: (e.event_type, e.sub_event_type) for e in sub_event_types().values()}


def event_type_of(sub_event_type: str | None) -> str | None:
    """ACLED event type of a sub-event type (None for unknown or NO_EVENT)."""
    entry = sub_event_types().get(sub_event_type or "")
    return entry.event_type if entry else None


def detect_event_format(path: Path) -> str:
    """``acled``, ``case`` or ``ucdp`` from the header row's columns."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        header = f.readline()
    delimiter = "\t" if header.count("\t") > header.count(",") else ","
    columns = {c.strip().strip('"') for c in next(csv.reader([header], delimiter=delimiter))}
    if {"EventSnippet", "SubType"} <= columns:
        return "case"
    if "source_headline" in columns:
        return "ucdp"
    if "notes" in columns and "event_type" in columns:
        return "acled"
    raise GoldFormatError(
        f"{path}: not an event gold file polemos knows (ACLED CSV with 'notes', CASE 2021 TSV "
        f"with 'EventSnippet'/'SubType', UCDP GED CSV with 'source_headline'); "
        f"columns are {sorted(columns)[:12]}"
    )


def read_event_gold(path: str | Path) -> GoldSet:
    """Read any supported event gold file."""
    path = Path(path)
    fmt = detect_event_format(path)
    reader = {"acled": _read_acled, "case": _read_case, "ucdp": _read_ucdp}[fmt]
    return GoldSet(path.stem, fmt, reader(path))


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    number = _float(value)
    return int(number) if number is not None else None


def _text(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def _read_acled(path: Path) -> list[GoldText]:
    texts = []
    with open(path, encoding="utf-8-sig", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            notes = _text(row.get("notes"))
            if not notes:
                continue
            event = GoldEvent(
                event_type=_text(row.get("event_type")),
                sub_event_type=_text(row.get("sub_event_type")),
                actor1=_text(row.get("actor1")),
                actor2=_text(row.get("actor2")),
                date=_text(row.get("event_date")),
                location=_text(row.get("location")),
                admin1=_text(row.get("admin1")),
                latitude=_float(row.get("latitude")),
                longitude=_float(row.get("longitude")),
                # ACLED codes 0 when a report gives no toll
                fatalities=_int(row.get("fatalities")) or 0,
            )
            texts.append(
                GoldText(
                    row.get("event_id_cnty") or str(i),
                    notes,
                    event.date,
                    [event],
                    event.sub_event_type,
                    source=_text(row.get("source")),
                )
            )
    return texts


def _read_case(path: Path) -> list[GoldText]:
    taxonomy = acled_taxonomy()
    texts = []
    with open(path, encoding="utf-8-sig", newline="") as f:
        for i, row in enumerate(csv.DictReader(f, delimiter="\t")):
            snippet = _text(row.get("EventSnippet"))
            label = (row.get("SubType") or "").strip()
            if not snippet or not label:
                continue
            if label in CASE_NON_ACLED:
                texts.append(GoldText(row.get("id") or str(i), snippet, None, [], NO_EVENT))
                continue
            if label not in taxonomy:
                raise GoldFormatError(f"{path}: unknown CASE label {label!r} (row {i + 2})")
            event_type, sub_event_type = taxonomy[label]
            event = GoldEvent(event_type=event_type, sub_event_type=sub_event_type)
            texts.append(GoldText(row.get("id") or str(i), snippet, None, [event], sub_event_type))
    return texts


def _reports_joined(
    headline: str, dates: str | None, offices: str | None
) -> tuple[tuple[str, str | None, str | None], ...]:
    """The sources' own headlines, dates and outlets of a UCDP row whose fields join several
    with ";" ("Warplanes bomb ... Al-Raqqah city;63 were killed yesterday ...", dated
    "2017-06-01;2017-06-01"); () when it has one source or the three lists do not align.
    Character references are read first: their ";" ("&#8220;") joins nothing. A headline
    two sources share is read once, as ingest reads the same article once."""
    from polemos.ingest.boilerplate import decode_character_references

    texts = [t.strip() for t in decode_character_references(headline).split(";")]
    days = [d.strip() or None for d in (dates or "").split(";")]
    outlets = [o.strip() or None for o in (offices or "").split(";")]
    if len(texts) < 2 or not len(texts) == len(days) == len(outlets) or not all(texts):
        return ()
    return tuple(dict.fromkeys(zip(texts, days, outlets, strict=True)))


def _read_ucdp(path: Path) -> list[GoldText]:
    # a headline often reports several events (one per place): group them into one text
    by_headline: dict[str, GoldText] = {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            headline = _text(row.get("source_headline"))
            if not headline:
                continue
            text = by_headline.get(headline)
            if text is None:
                text = GoldText(
                    _text(row.get("id")) or str(i),
                    headline,
                    _text(row.get("source_date")),
                    source=_text(row.get("source_office")),
                    parts=_reports_joined(
                        headline, row.get("source_date"), row.get("source_office")
                    ),
                )
                by_headline[headline] = text
            text.events.append(
                GoldEvent(
                    actor1=_text(row.get("side_a")),
                    actor2=_text(row.get("side_b")),
                    date=_text(row.get("date_start")),
                    location=_text(row.get("where_coordinates")),
                    admin1=_text(row.get("adm_1")),
                    latitude=_float(row.get("latitude")),
                    longitude=_float(row.get("longitude")),
                    fatalities=_int(row.get("best")),
                    type_of_violence=_int(row.get("type_of_violence")),
                )
            )
    return list(by_headline.values())
