"""WARC ingest: HTML responses become articles; other records are skipped and counted;
a damaged record is one failure and the rest of the file is read."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from polemos.article import Article
from polemos.ingest import IngestFailure, read_paths
from polemos.ingest.warc import iter_warc, read_warc, warc_split_points

from .pages import gzip_member, news_page, warc_bytes, write_warc

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64

MIXED = [
    # the page's own date wins over the fetch date
    {"url": "http://news.example/raqqa", "body": news_page("Raqqa strike", "Raqqa", "2017-06-12")},
    {"url": "http://news.example/logo.png", "body": PNG, "content_type": "image/png"},
    {"url": "http://news.example/gone", "body": news_page("Gone", "Mosul"), "status": 404},
    {"url": "http://news.example/down", "body": "<html>oops</html>", "status": 500},
    {"url": "http://news.example/raqqa", "rec_type": "request", "body": b"GET / HTTP/1.1\r\n\r\n"},
    # no date in the page: the WARC-Date (fetch date) stands in
    {
        "url": "http://news.example/mosul",
        "body": news_page("Mosul clashes", "Mosul"),
        "date": "2017-07-02T08:30:00Z",
    },
]

# a record whose WARC header is garbage, and one whose HTTP part is missing
BROKEN_HEADER = b"this is not a WARC header line\r\n\r\n"
NO_HTTP = (
    b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://news.example/x\r\n"
    b"Content-Length: zz\r\n\r\nhello\r\n\r\n"
)


@pytest.mark.parametrize("suffix", [".warc.gz", ".warc"])
def test_html_responses_become_articles_and_the_rest_is_counted(
    tmp_path: Path, suffix: str
) -> None:
    path = write_warc(tmp_path / f"crawl{suffix}", MIXED)
    skipped: Counter[str] = Counter()
    items = list(read_warc(path, skipped=skipped))
    assert all(isinstance(item, Article) for item in items)
    by_url = {a.url: a for a in items}
    assert set(by_url) == {"http://news.example/raqqa", "http://news.example/mosul"}
    assert by_url["http://news.example/raqqa"].published == date(2017, 6, 12)
    assert by_url["http://news.example/mosul"].published == date(2017, 7, 2)
    assert by_url["http://news.example/mosul"].title == "Mosul clashes"
    assert "weapons depot" in by_url["http://news.example/mosul"].text
    assert "Home" not in by_url["http://news.example/mosul"].text
    assert by_url["http://news.example/raqqa"].source.startswith(f"{path}#")
    # warcio's writer adds a warcinfo-less file: request + png + 2 errors
    assert skipped == {"not HTML": 1, "HTTP error": 2, "not a response": 1}


@pytest.mark.parametrize("gz", [True, False])
def test_a_damaged_record_is_one_failure_and_the_file_goes_on(tmp_path: Path, gz: bool) -> None:
    pages = [
        {"url": f"http://news.example/{n}", "body": news_page(f"Report {n}", place)}
        for n, place in enumerate(["Raqqa", "Mosul", "Aleppo"])
    ]
    damage = BROKEN_HEADER + NO_HTTP
    if gz:
        damage = gzip_member(BROKEN_HEADER) + gzip_member(NO_HTTP)
    path = tmp_path / ("broken.warc.gz" if gz else "broken.warc")
    path.write_bytes(warc_bytes(pages[:1], gz=gz) + damage + warc_bytes(pages[1:], gz=gz))
    items = list(read_warc(path))
    failures = [item for item in items if isinstance(item, IngestFailure)]
    articles = [item for item in items if isinstance(item, Article)]
    assert [a.url for a in articles] == [p["url"] for p in pages]
    assert [f.reason for f in failures] == ["malformed WARC record"] * 2
    assert "not a WARC" in failures[0].detail or "Invalid WARC record" in failures[0].detail
    assert all(f.source.startswith(f"{path}#") for f in failures)


def test_read_paths_dispatches_warc_files(tmp_path: Path) -> None:
    write_warc(tmp_path / "a.warc.gz", MIXED)
    write_warc(tmp_path / "b.WARC", MIXED[:1])
    (tmp_path / "c.txt").write_text("Clashes broke out in Mosul on Sunday, the army said.")
    items = list(read_paths([tmp_path]))
    assert [type(i).__name__ for i in items] == ["Article"] * 4
    assert {i.url for i in items} == {
        "http://news.example/raqqa",
        "http://news.example/mosul",
        None,
    }


def test_an_unreadable_warc_is_a_failure(tmp_path: Path) -> None:
    [item] = list(read_paths([tmp_path / "missing.warc.gz"]))
    assert isinstance(item, IngestFailure) and item.reason == "not found"
    folder = tmp_path / "dir.warc"
    folder.mkdir()
    [item] = list(read_warc(folder))
    assert isinstance(item, IngestFailure) and item.reason == "unreadable"


@pytest.mark.parametrize("suffix", [".warc.gz", ".warc"])
def test_split_points_cut_the_file_into_pieces_that_cover_it_once(
    tmp_path: Path, suffix: str
) -> None:
    records = MIXED * 3
    path = tmp_path / f"big{suffix}"
    data = warc_bytes(records[:7], gz=suffix.endswith("gz"))
    data += gzip_member(BROKEN_HEADER) if suffix.endswith("gz") else BROKEN_HEADER
    path.write_bytes(data + warc_bytes(records[7:], gz=suffix.endswith("gz")))
    whole = [(offset, type(item).__name__) for offset, item in iter_warc(path)]
    points = warc_split_points(path, every=4)
    assert points[0] == 0 and len(points) == -(-len(whole) // 4)
    pieces = []
    for start, end in zip(points, [*points[1:], None], strict=True):
        pieces.extend((o, type(i).__name__) for o, i in iter_warc(path, start=start, end=end))
    assert pieces == whole
    assert ("IngestFailure" in {kind for _, kind in whole}) and len(whole) == len(records) + 1
