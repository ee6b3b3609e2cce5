"""Ingest: files, folders, globs, HTML and JSONL into :class:`Article` objects.

Readers never raise on bad input: each yields either an ``Article`` or an
``IngestFailure`` naming the source and the reason, so one bad file or line
never stops a batch.
"""

from __future__ import annotations

import glob
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from polemos.article import Article
from polemos.ingest.boilerplate import clean_saved_page

# a news article is rarely above 200 kB of text; 20 MB is a dump, not an article
MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}


@dataclass
class IngestFailure:
    source: str
    reason: str  # short and stable: empty | binary | not UTF-8 | too large | ...
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.reason}: {self.source}" + (f" ({self.detail})" if self.detail else "")


class BadInput(ValueError):
    """Input that cannot become an article; ``reason`` is short and stable."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


def parse_date(value: date | datetime | str | None) -> date | None:
    """A publication date from an ISO string, a date, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    if parsed is None:
        raise BadInput("bad date", f"cannot read {text!r} as a date (use YYYY-MM-DD)")
    return parsed.date()


_HTML_MARKERS = re.compile(r"<\s*(html|body|head|p|div|article|!doctype)\b", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_MARKERS.search(text[:4096]))


_ENGLISH_WORDS = frozenset(
    "the of and to in is was that for on with by as at from it were are has have be said "
    "an or not but this which who they he she his her their its had been will after over "
    "down up out into near than more also".split()
)
# the commonest words of the other languages news arrives in, none of them English
_FOREIGN_WORDS = frozenset(
    "de la le les des et du une un est dans pour sur par qui que el los las y en del con "
    "por para una es se da do dos das em não o os der die das und ist nicht mit von zu im "
    "il di che della per non sono".split()
)


def check_english(text: str) -> None:
    """The extractors are English-only: refuse other languages clearly instead of coding
    noise. A headline may hold no English function word ("Ukrainian forces shot down 3
    Russian missiles"); it is refused only when another language's words, or another
    script, say what it is."""
    cased = re.findall(r"[^\W\d_]+", text[:20000])
    words = [w.casefold() for w in cased]
    if len(words) < 8:
        return  # too short to judge; short English headlines are common
    english = sum(w in _ENGLISH_WORDS for w in words) / len(words)
    if english >= 0.05:
        return
    # a foreign article opening a name is part of the name ("El Fasher", "La Paz", "Des
    # Moines"): an English headline may name such places and no English function word; and
    # one such word alone in a short text decides nothing
    foreign_count = sum(
        w in _FOREIGN_WORDS and not (word[:1].isupper() and following[:1].isupper())
        for w, word, following in zip(words, cased, [*cased[1:], ""], strict=True)
    )
    foreign = foreign_count / len(words) if foreign_count >= 2 else 0.0
    other_script = sum(not w.isascii() for w in words) / len(words)
    if foreign >= 0.1 or other_script > 0.5 or english == 0 and len(words) >= 40:
        raise BadInput("not English", "polemos extracts events from English text only")


def decode(data: bytes) -> str:
    """Bytes to text, with the reason when they are not an article."""
    if not data.strip():
        raise BadInput("empty", "no text")
    if len(data) > MAX_BYTES:
        raise BadInput("too large", f"{len(data):,} bytes > {MAX_BYTES:,}")
    if b"\x00" in data[:8192]:
        raise BadInput("binary", "NUL bytes: not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadInput("not UTF-8", f"invalid byte at offset {error.start}") from None


def article_from_html(
    html: str,
    *,
    published: date | None = None,
    title: str = "",
    url: str | None = None,
    source: str | None = None,
) -> Article:
    # trafilatura: the maintained reference for main-text extraction from news pages
    import trafilatura

    document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if document is None or not (document.text or "").strip():
        raise BadInput("no article text", "the HTML holds no main text trafilatura could find")
    text = document.text.strip()
    found_title = (title or document.title or "").strip()
    # trafilatura keeps the headline as the first line of the text
    first, _, rest = text.partition("\n")
    if found_title and first.strip() == found_title and rest.strip():
        text = rest.strip()
    if published is None and document.date:
        published = parse_date(document.date)
    text = _paragraphs(text)
    check_english(text)
    return Article(
        text=text,
        title=found_title,
        url=url or document.url,
        published=published,
        site=document.sitename,
        source=source,
        raw=html,
    )


def _paragraphs(text: str) -> str:
    # trafilatura separates paragraphs by single newlines; the pipeline expects blank lines
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def article_from_text(
    text: str,
    *,
    published: date | None = None,
    title: str = "",
    url: str | None = None,
    html: bool | None = None,
    source: str | None = None,
) -> Article:
    """An article from plain text, a page saved as text, or HTML (detected unless ``html``)."""
    if not text.strip():
        raise BadInput("empty", "no text")
    if html or (html is None and looks_like_html(text)):
        return article_from_html(text, published=published, title=title, url=url, source=source)
    page = clean_saved_page(text)
    if not page.text.strip():
        raise BadInput("no article text", "only boilerplate was found")
    check_english(page.text)
    return Article(
        text=page.text,
        title=title or page.title,
        url=url,
        published=published,
        site=page.site,
        source=source,
        raw=text,
    )


def article_from_record(record: dict, *, published: date | None, source: str) -> Article:
    """An article from a JSONL record ``{"url","title","published","text"|"html"}``."""
    if not isinstance(record, dict):
        raise BadInput("bad record", "a JSONL line must be a JSON object")
    body = record.get("html") or record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise BadInput("empty", 'the record has no "text" or "html"')
    return article_from_text(
        body,
        published=parse_date(record.get("published")) or published,
        title=str(record.get("title") or ""),
        url=record.get("url"),
        html=True if record.get("html") else None,
        source=source,
    )


def expand_paths(patterns: Iterable[str | Path]) -> list[Path]:
    """Files named by paths, folders (recursively) and glob patterns, in a stable order."""
    found: list[Path] = []
    for pattern in patterns:
        path = Path(pattern)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file()))
        elif path.exists():
            found.append(path)
        else:
            matches = sorted(Path(p) for p in glob.glob(str(pattern), recursive=True))
            found.extend(p for p in matches if p.is_file())
            if not matches:
                found.append(path)  # reported as missing by read_path
    return found


def read_path(
    path: Path, *, published: date | None = None, source: str | None = None
) -> Iterator[Article | IngestFailure]:
    """Articles (or failures) from one file: text, saved page, HTML, JSONL or WARC."""
    name = str(path)
    if name.lower().endswith((".warc", ".warc.gz")):
        # imported here: the WARC reader builds on this module
        from polemos.ingest.warc import read_warc

        yield from read_warc(path, published=published, source=source)
        return
    try:
        data = path.read_bytes()
    except OSError as error:
        yield IngestFailure(name, "unreadable", error.strerror or str(error))
        return
    try:
        text = decode(data)
    except BadInput as error:
        yield IngestFailure(name, error.reason, error.detail)
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _read_jsonl(text, name, published=published, source=source)
        return
    try:
        article = article_from_text(
            text,
            published=published,
            html=True if path.suffix.lower() in HTML_SUFFIXES else None,
            source=source or name,
        )
        yield article
    except BadInput as error:
        yield IngestFailure(name, error.reason, error.detail)


def _read_jsonl(
    text: str, name: str, *, published: date | None, source: str | None
) -> Iterator[Article | IngestFailure]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield IngestFailure(where, "bad JSON", error.msg)
            continue
        try:
            yield article_from_record(record, published=published, source=source or where)
        except BadInput as error:
            yield IngestFailure(where, error.reason, error.detail)


def read_paths(
    patterns: Iterable[str | Path], *, published: date | None = None, source: str | None = None
) -> Iterator[Article | IngestFailure]:
    for path in expand_paths(patterns):
        if not path.exists():
            yield IngestFailure(str(path), "not found", "no such file or folder")
            continue
        yield from read_path(path, published=published, source=source)
