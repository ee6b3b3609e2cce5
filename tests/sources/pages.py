"""Hand-written news pages and a WARC writer (warcio's) for the source tests."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def news_page(title: str, place: str, day: str = "", killed: str = "four") -> str:
    """An English news page trafilatura finds the article in; ``day`` sets its own date."""
    meta = f'<meta name="date" content="{day}">' if day else ""
    return (
        f"<html><head><title>{title}</title>{meta}</head><body>"
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        f"<article><h1>{title}</h1>"
        f"<p>An air strike near {place} destroyed a weapons depot on Sunday, officials of the "
        "US-led coalition said in a statement to reporters.</p>"
        f"<p>Residents reported heavy fighting in the eastern districts of {place} overnight, "
        f"and at least {killed} people were killed in the clashes between the two sides.</p>"
        "</article><footer><p>Copyright Example News.</p></footer></body></html>"
    )


def warc_bytes(records: list[dict], *, gz: bool = True) -> bytes:
    """A WARC of response (or other) records: dicts with url, body, status, content_type,
    date, rec_type; written by warcio's own writer."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for spec in records:
        rec_type = spec.get("rec_type", "response")
        body = spec.get("body", b"")
        body = body.encode("utf-8") if isinstance(body, str) else body
        headers = None
        if rec_type == "response":
            status = spec.get("status", 200)
            headers = StatusAndHeaders(
                f"{status} {'OK' if status < 400 else 'Error'}",
                [("Content-Type", spec.get("content_type", "text/html; charset=utf-8"))],
                protocol="HTTP/1.1",
            )
        warc_headers = {"WARC-Date": spec.get("date", "2017-06-13T10:00:00Z")}
        record = writer.create_warc_record(
            spec.get("url", "http://news.example/a"),
            rec_type,
            payload=io.BytesIO(body),
            http_headers=headers,
            warc_headers_dict=warc_headers,
        )
        writer.write_record(record)
        record.raw_stream.close()  # warcio spools the payload to a temporary file
    return out.getvalue()


def write_warc(path: Path, records: list[dict], *, gz: bool | None = None) -> Path:
    gz = path.name.endswith(".gz") if gz is None else gz
    path.write_bytes(warc_bytes(records, gz=gz))
    return path


def gzip_member(data: bytes) -> bytes:
    return gzip.compress(data)
