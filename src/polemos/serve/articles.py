"""``POST /articles``: a request body (text, HTML or JSON) to an :class:`Article`.

Nothing here fetches a URL: a ``url`` in the JSON is kept as metadata only.
"""

from __future__ import annotations

import json
from typing import Any

from polemos.article import Article
from polemos.ingest import BadInput, article_from_text, decode, parse_date

# a news article is tens of kB; HTML pages a few hundred
DEFAULT_MAX_BODY = 2 * 1024 * 1024

MEDIA_TYPES = ("text/plain", "text/html", "application/json")
_JSON_KEYS = {"title", "published", "text", "html", "url"}


class UnsupportedMediaType(Exception):
    """The body's Content-Type is none of :data:`MEDIA_TYPES`."""


def media_type(content_type: str | None) -> str:
    """The bare media type of a Content-Type header ("text/plain; charset=utf-8" -> text/plain)."""
    bare = (content_type or "").split(";", 1)[0].strip().lower()
    if bare not in MEDIA_TYPES:
        raise UnsupportedMediaType(
            f"Content-Type must be one of {', '.join(MEDIA_TYPES)}; got {content_type or 'none'!r}"
        )
    return bare


def _text_field(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadInput("bad record", f'"{key}" must be a string, got {type(value).__name__}')
    return value


def article_from_body(
    body: bytes,
    content_type: str | None,
    *,
    title: str | None = None,
    published: str | None = None,
) -> Article:
    """The article a request body holds; ``title``/``published`` from the query for text bodies.

    Raises UnsupportedMediaType, or BadInput with a short reason (empty, not UTF-8, binary,
    bad JSON, bad record, bad date, not English, no article text).
    """
    kind = media_type(content_type)
    text = decode(body)
    if kind != "application/json":
        return article_from_text(
            text,
            published=parse_date(published),
            title=title or "",
            html=True if kind == "text/html" else None,
            source="POST /articles",
        )
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        raise BadInput("bad JSON", f"{error.msg} at line {error.lineno}") from None
    if not isinstance(record, dict):
        raise BadInput("bad record", 'expected a JSON object {"title", "published", "text"|"html"}')
    unknown = sorted(set(record) - _JSON_KEYS)
    if unknown:
        raise BadInput("bad record", f"unknown keys {unknown}; expected {sorted(_JSON_KEYS)}")
    body_text, html = _text_field(record, "text"), _text_field(record, "html")
    if bool(body_text) == bool(html):
        raise BadInput("bad record", 'give exactly one of "text" or "html", as a non-empty string')
    return article_from_text(
        html or body_text or "",
        published=parse_date(_text_field(record, "published") or published),
        title=_text_field(record, "title") or title or "",
        url=_text_field(record, "url"),
        html=True if html else None,
        source="POST /articles",
    )
