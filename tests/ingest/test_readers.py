from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from polemos.ingest import (
    BadInput,
    IngestFailure,
    article_from_text,
    decode,
    parse_date,
    read_paths,
)

PAGE = (Path(__file__).parent / "data" / "strike-page.html").read_text(encoding="utf-8")


def test_html_main_text_without_menus_and_footer() -> None:
    article = article_from_text(PAGE)
    assert article.title == "Strike hits depot"
    assert article.site == "Example News"
    assert article.published == date(2017, 6, 12)
    assert "weapons depot" in article.text
    assert "Home" not in article.text and "newsletter" not in article.text
    assert "All rights reserved" not in article.text


def test_saved_page_drops_title_lines_and_boilerplate(raqqa_page: Path) -> None:
    article = article_from_text(raqqa_page.read_text(encoding="utf-8"))
    assert article.title == "Is the End of ISIS as a Caliphate Near?"
    assert article.site == "The American Spectator"
    assert not article.text.startswith("Is the End")
    for boilerplate in (
        "Sign up to receive our latest updates",
        "By submitting this form",
        "Subscribe Today",
        "Free Market Loving Patriot",
    ):
        assert boilerplate not in article.text
    assert article.text.startswith("After months of planning")
    assert article.text.rstrip().endswith("for a long time.")


def test_same_article_same_hash_whatever_the_whitespace() -> None:
    one = article_from_text("Clashes broke out in Mosul.\n\nTwo were killed.")
    two = article_from_text("Clashes broke out  in Mosul.\n\n\nTwo were killed. ")
    assert one.hash == two.hash


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"caf\xe9 au lait and clashes in Mosul", "not UTF-8"),
    ],
)
def test_decode_refuses_bad_bytes(data: bytes, reason: str) -> None:
    with pytest.raises(BadInput) as error:
        decode(data)
    assert error.value.reason == reason


def test_non_english_text_is_refused() -> None:
    with pytest.raises(BadInput) as error:
        article_from_text(
            "Des affrontements ont éclaté dans la ville de Raqqa entre les forces "
            "kurdes et les djihadistes, selon une ONG syrienne basée au Royaume-Uni."
        )
    assert error.value.reason == "not English"


@pytest.mark.parametrize(
    "headline",
    [
        "Sudan: SAF Antonov bombs El Fasher livestock market, 12 dead",
        "Bolivia: police clash with cocaleros near La Paz Plaza Murillo, 5 hurt",
    ],
)
def test_an_english_headline_naming_places_with_foreign_articles_is_read(headline) -> None:
    assert article_from_text(headline).text == headline


def test_bad_dates_are_refused_clearly() -> None:
    assert parse_date("2017-06-12") == date(2017, 6, 12)
    with pytest.raises(BadInput, match="cannot read"):
        parse_date("not a date at all")


def test_folder_with_bad_files_yields_articles_and_failures(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Government forces shelled Idlib on Monday, killing 3.")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.bin").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 clashes".encode("latin-1"))
    lines = [
        json.dumps(
            {
                "url": "http://a.example/1",
                "title": "One",
                "published": "2017-06-12",
                "text": "Clashes erupted in Aleppo between rebels and the army.",
            }
        ),
        "{broken json",
        json.dumps({"url": "http://a.example/2", "html": PAGE}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines))
    items = list(read_paths([tmp_path]))
    articles = [i for i in items if not isinstance(i, IngestFailure)]
    failures = {
        Path(f.source.split(":")[0]).name
        + (":" + f.source.split(":")[1] if ":" in f.source else ""): f.reason
        for f in items
        if isinstance(f, IngestFailure)
    }
    assert len(articles) == 3
    assert failures == {
        "empty.txt": "empty",
        "image.bin": "binary",
        "latin1.txt": "not UTF-8",
        "feed.jsonl:2": "bad JSON",
    }
    jsonl = [a for a in articles if a.url == "http://a.example/1"][0]
    assert jsonl.published == date(2017, 6, 12) and jsonl.title == "One"


def test_missing_path_is_a_failure_not_a_crash(tmp_path: Path) -> None:
    items = list(read_paths([tmp_path / "nope.txt"]))
    assert len(items) == 1 and isinstance(items[0], IngestFailure)
    assert items[0].reason == "not found"


def test_an_english_headline_without_function_words_is_english() -> None:
    article = article_from_text("Ukrainian forces shot down 3 Russian missiles near Zaporizhia")
    assert article.text.startswith("Ukrainian forces")
    with pytest.raises(BadInput):
        article_from_text("Los soldados atacaron la ciudad de Alepo y mataron a tres civiles")
