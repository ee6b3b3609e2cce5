from pathlib import Path

import pytest

from polemos.eval.geo_corpora import (
    CorpusFormatError,
    detect_geo_format,
    read_geo_corpus,
    realign,
)


def test_formats_are_detected_from_content_not_names(lgl_file, gwn_file, wiktor_file):
    assert detect_geo_format(lgl_file) == "lgl"
    assert detect_geo_format(gwn_file) == "gwn"
    assert detect_geo_format(wiktor_file) == "wiktor"


def test_unknown_content_is_refused_with_the_formats_we_read(tmp_path: Path):
    path = tmp_path / "lgl.xml"
    path.write_text("id,text\n1,hello\n", encoding="utf-8")
    with pytest.raises(CorpusFormatError, match="LGL"):
        detect_geo_format(path)


def test_lgl_toponym_without_gaztag_counts_for_recognition_only(lgl_file):
    corpus = read_geo_corpus(lgl_file)
    doc = corpus.documents[0]
    assert [(t.phrase, t.has_coordinates) for t in doc.toponyms] == [
        ("Aleppo", True),
        ("Homs", False),
    ]
    assert doc.toponyms[0].geonameid == 170063
    assert doc.text[doc.toponyms[0].start : doc.toponyms[0].end] == "Aleppo"


def test_gwn_realigns_offsets_keeps_toponym_types_and_counts_the_unalignable(gwn_file):
    corpus = read_geo_corpus(gwn_file)
    toponyms = corpus.documents[0].toponyms
    assert [(t.phrase, t.start, t.kind) for t in toponyms] == [("Paris", 19, "Literal")]
    assert corpus.unaligned == 1  # Lyon is nowhere in the text


def test_realign_picks_the_occurrence_nearest_the_offset():
    text = "Homs ... Homs ......... Homs"
    assert realign(text, "Homs", 10) == 9
    assert realign(text, "Homs", 0) == 0
    assert realign(text, "Idlib", 0) is None


def test_wiktor_reads_points(wiktor_file):
    doc = read_geo_corpus(wiktor_file).documents[0]
    assert (doc.toponyms[0].latitude, doc.toponyms[0].longitude) == (51.38, 1.38)
