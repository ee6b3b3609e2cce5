"""WARC files (``.warc``, ``.warc.gz``): every HTML response record becomes an article.

warcio, not resiliparse's fastwarc: warcio is pure Python (installs anywhere the rest of
polemos does), it decodes chunked and gzip-encoded HTTP bodies for us, it gives each record's
byte offset (which ``polemos run`` splits files on) and its writer is what the tests build
WARCs with. fastwarc parses faster, but parsing is microseconds per record against tens of
milliseconds of NLP per article, so its speed would not show in any run.

A record that cannot be parsed becomes an :class:`IngestFailure` naming the file and the
record's offset; the reader then looks for the next record start and goes on, so one damaged
record costs one article, not the rest of the file.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from polemos.article import Article
from polemos.ingest import MAX_BYTES, BadInput, IngestFailure, article_from_html, looks_like_html

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")

# why a record was not read as an article: keys of the ``skipped`` counter
SKIP_NOT_RESPONSE = "not a response"  # request, metadata, warcinfo, revisit records
SKIP_HTTP_ERROR = "HTTP error"  # status >= 400
SKIP_REDIRECT = "redirect or no content"  # 1xx, 204, 3xx: no page in the record
SKIP_NOT_HTML = "not HTML"

_GZIP_MAGIC = b"\x1f\x8b\x08"
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_RESYNC_CHUNK = 1 << 20


def is_warc(path: str | Path) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)


@dataclass
class WarcPage:
    """An HTML response record: what :func:`article_from_warc_page` needs."""

    source: str  # path#offset
    url: str | None
    fetched: date | None  # WARC-Date: when the crawler fetched the page
    html: str


@dataclass
class WarcSkip:
    """A record that holds no article (not a response, an error status, not HTML)."""

    source: str
    reason: str


WarcItem = WarcPage | WarcSkip | IngestFailure


def iter_warc(
    path: str | Path, *, start: int = 0, end: int | None = None
) -> Iterator[tuple[int, WarcItem]]:
    """(offset, item) for each record that starts in ``[start, end)``, in file order.

    ``start`` must be a record's offset (0, or one this function gave). Never raises on bad
    records; a file that cannot be opened is one failure.
    """
    from warcio.archiveiterator import ArchiveIterator

    name = str(path)
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed in the finally below
    except OSError as error:
        yield start, IngestFailure(name, "unreadable", error.strerror or str(error))
        return
    try:
        gzipped = handle.read(2) == _GZIP_MAGIC[:2]
        position: int | None = start
        while position is not None and (end is None or position < end):
            handle.seek(position)
            offset = position
            records: Any = None
            try:
                records = ArchiveIterator(handle)
                for record in records:
                    # while a record is current, the iterator's offset is where it starts
                    offset = records.offset
                    if end is not None and offset >= end:
                        return
                    yield offset, _classify(record, f"{name}#{offset}")
                position = None  # the end of the file
            except Exception as error:  # noqa: BLE001 - any parse error costs one record
                offset = max(offset, getattr(records, "offset", offset))
                if end is not None and offset >= end:
                    return
                yield (
                    offset,
                    IngestFailure(
                        f"{name}#{offset}",
                        "malformed WARC record",
                        f"{type(error).__name__}: {error}",
                    ),
                )
                position = _next_record_start(handle, offset + 1, gzipped)
    finally:
        handle.close()


def _classify(record: Any, source: str) -> WarcItem:
    if record.rec_type not in ("response", "resource"):
        return WarcSkip(source, SKIP_NOT_RESPONSE)
    url = record.rec_headers.get_header("WARC-Target-URI")
    fetched = _warc_date(record.rec_headers.get_header("WARC-Date"))
    http = record.http_headers
    if record.rec_type == "response":
        if http is None:
            if (url or "").lower().startswith(("http:", "https:")):
                return IngestFailure(
                    source, "malformed WARC record", "an HTTP response without HTTP headers"
                )
            return WarcSkip(source, SKIP_NOT_RESPONSE)  # dns:, ftp: and other protocols
        status = int(http.get_statuscode() or 0)
        if status >= 400:
            return WarcSkip(source, SKIP_HTTP_ERROR)
        if status < 200 or status >= 300 or status == 204:
            return WarcSkip(source, SKIP_REDIRECT)
        content_type = http.get_header("Content-Type") or ""
    else:  # a resource record carries its type in the WARC headers
        content_type = record.rec_headers.get_header("Content-Type") or ""
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime and mime not in HTML_TYPES:
        return WarcSkip(source, SKIP_NOT_HTML)
    body = record.content_stream().read(MAX_BYTES + 1)
    if len(body) > MAX_BYTES:
        return IngestFailure(source, "too large", f"more than {MAX_BYTES:,} bytes")
    if not body.strip():
        return IngestFailure(source, "empty", "the response has no body")
    html = _decode(body, content_type)
    if not mime and not looks_like_html(html):  # no Content-Type: judge by the bytes
        return WarcSkip(source, SKIP_NOT_HTML)
    return WarcPage(source=source, url=url, fetched=fetched, html=html)


def _decode(body: bytes, content_type: str) -> str:
    match = _CHARSET.search(content_type)
    if match:
        try:
            return body.decode(match.group(1))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown charset header is common: let detection decide
    from trafilatura.utils import decode_file

    return str(decode_file(body))


def _warc_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _next_record_start(handle: IO[bytes], position: int, gzipped: bool) -> int | None:
    """The offset of the next thing that looks like a record start at or after ``position``."""
    marker = _GZIP_MAGIC if gzipped else b"WARC/1."
    handle.seek(position)
    overlap = b""
    base = position
    while True:
        chunk = handle.read(_RESYNC_CHUNK)
        if not chunk:
            return None
        data = overlap + chunk
        found = data.find(marker)
        while found != -1:
            at = base - len(overlap) + found
            # an uncompressed record starts a line; a gzip member starts anywhere
            if gzipped or at == 0 or (found > 0 and data[found - 1 : found] == b"\n"):
                return at
            found = data.find(marker, found + 1)
        overlap = data[-(len(marker) + 1) :]
        base += len(chunk)


def article_from_warc_page(page: WarcPage, *, published: date | None = None) -> Article:
    """The page's article; its date is the page's own, else the fetch date, else ``published``.

    Raises :class:`BadInput` when the page holds no article.
    """
    article = article_from_html(page.html, url=page.url, source=page.source)
    if article.published is None:
        article.published = page.fetched or published
    return article


def read_warc(
    path: str | Path,
    *,
    published: date | None = None,
    source: str | None = None,
    start: int = 0,
    end: int | None = None,
    skipped: Counter[str] | None = None,
) -> Iterator[Article | IngestFailure]:
    """Articles (or failures) from the HTML responses of a WARC; skipped records are counted
    in ``skipped`` by reason. ``source`` names the articles (default ``path#offset``)."""
    for _, item in iter_warc(path, start=start, end=end):
        if isinstance(item, WarcSkip):
            if skipped is not None:
                skipped[item.reason] += 1
        elif isinstance(item, IngestFailure):
            yield item
        else:
            try:
                article = article_from_warc_page(item, published=published)
            except BadInput as error:
                yield IngestFailure(item.source, error.reason, error.detail)
                continue
            if source:
                article.source = source
            yield article


def warc_split_points(path: str | Path, every: int) -> list[int]:
    """Record offsets that cut a WARC into pieces of ``every`` records: the first is 0.

    Reads the whole file once (decompressing, but parsing no page), so pieces of one large
    WARC can go to different workers.
    """
    points = [0]
    for number, (offset, _) in enumerate(_iter_offsets(path)):
        if number and number % every == 0:
            points.append(offset)
    return points


def _iter_offsets(path: str | Path) -> Iterator[tuple[int, None]]:
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as handle:
        gzipped = handle.read(2) == _GZIP_MAGIC[:2]
        position: int | None = 0
        while position is not None:
            handle.seek(position)
            offset = position
            records: Any = None
            try:
                records = ArchiveIterator(handle, no_record_parse=True)
                for _ in records:
                    offset = records.offset
                    yield offset, None
                position = None
            except Exception:  # noqa: BLE001 - the worker reading the piece reports it
                offset = max(offset, getattr(records, "offset", offset))
                position = _next_record_start(handle, offset + 1, gzipped)
