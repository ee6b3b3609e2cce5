"""A small mixed corpus for corpus runs: a WARC, a JSONL file with a bad line, a text file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sources.pages import gzip_member, news_page, write_warc

ROOT = Path(__file__).resolve().parents[2]
RAQQA = ROOT / "examples" / "raqqa-offensive.txt"

PLACES = ["Raqqa", "Mosul", "Aleppo", "Idlib", "Kirkuk"]


@pytest.fixture
def corpus(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    warc = write_warc(
        folder / "crawl.warc.gz",
        [
            {
                "url": f"http://news.example/{place}",
                "body": news_page(f"Strike near {place}", place, "2017-06-12"),
            }
            for place in PLACES
        ]
        + [{"url": "http://news.example/img", "body": b"\x89PNG", "content_type": "image/png"}],
    )
    # a damaged record at the end: one failure, the rest is read
    with open(warc, "ab") as stream:
        stream.write(gzip_member(b"this is no WARC header\r\n\r\n"))
    jsonl = folder / "wire.jsonl"
    jsonl.write_text(
        json.dumps(
            {
                "url": "http://wire.example/raqqa",
                "published": "2017-06-13",
                "text": RAQQA.read_text(encoding="utf-8"),
            }
        )
        + "\n{not json\n"
        + json.dumps({"url": "http://wire.example/empty", "text": "  "})
        + "\n",
        encoding="utf-8",
    )
    text = folder / "note.txt"
    text.write_text(
        "Clashes between the army and rebels near Homs killed six people on 3 May 2017, "
        "residents said.\n",
        encoding="utf-8",
    )
    return {"warc": warc, "jsonl": jsonl, "text": text, "folder": folder}


def ray_or_skip() -> None:
    """Skip when Ray is missing, unless on CI (CI=true), where the test must run."""
    try:
        import ray  # noqa: F401
    except ImportError:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            raise
        pytest.skip("ray is not installed (pip install 'polemos[ray]'); CI runs this test")
