"""Readers for geoparsing gold corpora: LGL-style XML (LGL, TR-News), GeoWebNews XML, WikToR JSONL.

The format is detected from the content, never from the file name, so a renamed or
re-exported corpus still reads. Every reader yields :class:`GeoDocument` objects whose
toponym offsets point into the document text.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

# GeoWebNews annotates 14 "pragmatic" types. These eight are place names used for a place
# (literally or as metonymy/modifier) and are the only ones that carry coordinates; the
# rest (Literal_Expression "the church", Non_Lit_Expression "citizens", Non_Toponym,
# Demonym, Language, Homonym "Paris Hilton") are not toponyms a geoparser should find.
GWN_TOPONYM_TYPES = frozenset(
    {
        "Literal",
        "Mixed",
        "Coercion",
        "Embedded_Literal",
        "Embedded_Non_Lit",
        "Non_Literal_Modifier",
        "Literal_Modifier",
        "Metonymic",
    }
)
# how far from a GeoWebNews offset we look for its phrase when the offset is off
GWN_REALIGN_WINDOW = 200


class CorpusFormatError(ValueError):
    """The file is none of the geo gold formats polemos reads."""


@dataclass
class GoldToponym:
    start: int
    end: int
    phrase: str
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    kind: str = ""  # GeoWebNews type; empty elsewhere

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass
class GeoDocument:
    id: str
    text: str
    toponyms: list[GoldToponym]


@dataclass
class GeoCorpus:
    name: str
    format: str  # lgl | gwn | wiktor
    documents: list[GeoDocument]
    # GeoWebNews annotations whose phrase was not found near their offset (left out)
    unaligned: int = 0
    notes: list[str] = field(default_factory=list)


def detect_geo_format(path: Path) -> str:
    """``lgl``, ``gwn`` or ``wiktor``, from the first kilobytes of the file."""
    with open(path, encoding="utf-8", errors="replace") as f:
        head = f.read(65536)
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped.startswith("{"):
        first = stripped.splitlines()[0]
        try:
            record = json.loads(first)
        except json.JSONDecodeError as e:
            raise CorpusFormatError(
                f"{path}: starts like JSONL but line 1 is not JSON ({e})"
            ) from e
        if isinstance(record, dict) and "text" in record and "toponyms" in record:
            return "wiktor"
        raise CorpusFormatError(f"{path}: JSONL without 'text' and 'toponyms' keys")
    if stripped.startswith("<"):
        if "<gaztag" in head or "<phrase>" in head:
            return "lgl"
        if "<extractedName>" in head or "<geonamesID" in head:
            return "gwn"
        if "<article" in head:
            # an LGL/GWN file whose first article has no toponyms in the first 64 kB
            return "lgl" if "<toponyms" in head and "<type>" not in head else "gwn"
    raise CorpusFormatError(
        f"{path}: not a geo gold corpus polemos knows (LGL/TR-News XML, GeoWebNews XML, "
        "WikToR JSONL)"
    )


def read_geo_corpus(path: str | Path) -> GeoCorpus:
    """Read any supported geo gold corpus."""
    path = Path(path)
    fmt = detect_geo_format(path)
    reader = {"lgl": _read_lgl, "gwn": _read_gwn, "wiktor": _read_wiktor}[fmt]
    return reader(path)


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value not in (None, "") else None
    except ValueError:
        return None


def _read_lgl(path: Path) -> GeoCorpus:
    root = ET.parse(path).getroot()
    docs: list[GeoDocument] = []
    for i, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        toponyms = []
        for tp in art.iter("toponym"):
            start, end = _int(tp.findtext("start")), _int(tp.findtext("end"))
            if start is None or end is None:
                continue
            gaz = tp.find("gaztag")
            lat = lon = gid = None
            if gaz is not None:
                lat, lon = _float(gaz.findtext("lat")), _float(gaz.findtext("lon"))
                gid = _int(gaz.get("geonameid"))
            toponyms.append(
                GoldToponym(start, end, tp.findtext("phrase") or text[start:end], lat, lon, gid)
            )
        docs.append(GeoDocument(art.get("docid") or str(i), text, toponyms))
    return GeoCorpus(path.stem, "lgl", docs)


def realign(text: str, phrase: str, start: int, window: int = GWN_REALIGN_WINDOW) -> int | None:
    """The start of ``phrase`` in ``text`` nearest ``start`` within ``window``, or None."""
    if 0 <= start and text[start : start + len(phrase)] == phrase:
        return start
    lo = max(0, start - window)
    hi = min(len(text), max(0, start) + len(phrase) + window)
    best: int | None = None
    pos = text.find(phrase, lo, hi)
    while pos != -1:
        if best is None or abs(pos - start) < abs(best - start):
            best = pos
        pos = text.find(phrase, pos + 1, hi)
    return best


def _read_gwn(path: Path) -> GeoCorpus:
    root = ET.parse(path).getroot()
    docs: list[GeoDocument] = []
    unaligned = 0
    for i, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        toponyms = []
        for tp in art.iter("toponym"):
            phrase = tp.findtext("extractedName") or ""
            start = _int(tp.findtext("start"))
            if start is None or not phrase:
                unaligned += 1
                continue
            found = realign(text, phrase, start)
            if found is None:
                unaligned += 1
                continue
            kind = tp.findtext("type") or ""
            if kind not in GWN_TOPONYM_TYPES:
                continue
            toponyms.append(
                GoldToponym(
                    found,
                    found + len(phrase),
                    phrase,
                    _float(tp.findtext("latitude")),
                    _float(tp.findtext("longitude")),
                    _int(tp.findtext("geonamesID")),
                    kind,
                )
            )
        docs.append(GeoDocument(art.get("file") or str(i), text, toponyms))
    notes = [f"{unaligned} annotation(s) whose phrase is not near their offset were left out"]
    return GeoCorpus(path.stem, "gwn", docs, unaligned=unaligned, notes=notes if unaligned else [])


def _read_wiktor(path: Path) -> GeoCorpus:
    docs: list[GeoDocument] = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if not line.strip():
                continue
            record = json.loads(line)
            text = record["text"]
            toponyms = [
                GoldToponym(
                    int(t["start"]),
                    int(t["end"]),
                    t.get("phrase") or text[int(t["start"]) : int(t["end"])],
                    _float(t.get("lat")),
                    _float(t.get("lon")),
                    _int(t.get("geonameid")),
                )
                for t in record.get("toponyms", [])
            ]
            docs.append(GeoDocument(str(record.get("id", i)), text, toponyms))
    return GeoCorpus(path.stem, "wiktor", docs)
