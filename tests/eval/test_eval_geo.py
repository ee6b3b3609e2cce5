import json

import pytest

from polemos.article import Place
from polemos.eval.geo import (
    evaluate_geo,
    format_geo_table,
    pair_by_overlap,
    recognition_counts,
    recognition_scores,
)
from polemos.eval.geo_corpora import GoldToponym

ALEPPO = Place("Aleppo", "SY", None, None, 36.20, 37.16, 170063, "place")
# about 100 km north of Raqqa's gold point: right within 161 km, wrong id
NEAR_RAQQA = Place("Somewhere", "SY", None, None, 35.95 + 0.9, 39.01, 1, "place")


def oracle_resolver(text, spans):
    answers = {"Aleppo": ALEPPO, "Raqqa": NEAR_RAQQA}
    return [answers.get(text[s:e]) for s, e in spans]


def test_oracle_scores_only_toponyms_with_coordinates(lgl_file):
    [result] = evaluate_geo([lgl_file], "oracle", resolver=oracle_resolver)
    assert result["corpus"] == lgl_file.stem
    assert result["mode"] == "oracle"
    assert result["n"] == 2  # Homs has no gazetteer tag
    m = result["metrics"]
    assert m["acc161"] == 1.0
    assert m["exact_id"] == 0.5
    assert m["no_answer"] == 0.0
    assert m["median_km"] == pytest.approx(50, abs=1)
    assert "recognition" not in result
    json.dumps(result)


def test_unresolved_toponym_counts_as_wrong(lgl_file):
    [result] = evaluate_geo([lgl_file], "oracle", resolver=lambda text, spans: [None] * len(spans))
    assert result["metrics"]["acc161"] == 0.0
    assert result["metrics"]["no_answer"] == 1.0
    assert result["metrics"]["auc"] == pytest.approx(1.0)


def test_split_and_limit_choose_documents(lgl_file):
    [dev] = evaluate_geo([lgl_file], "oracle", split="dev", resolver=oracle_resolver)
    [test] = evaluate_geo([lgl_file], "oracle", split="test", resolver=oracle_resolver)
    assert (dev["docs"], dev["n"]) == (1, 1)
    assert (test["docs"], test["n"]) == (1, 1)
    [limited] = evaluate_geo([lgl_file], "oracle", limit_docs=1, resolver=oracle_resolver)
    assert limited["docs"] == 1


def test_e2e_scores_recognition_and_resolves_overlapping_spans(lgl_file):
    def recognizer(text):
        # "Aleppo" exact, "in Homs" overlapping, "Fighting" spurious; nothing in doc 2
        if text.startswith("Fighting"):
            return [(12, 18), (20, 27), (0, 8)]
        return []

    [result] = evaluate_geo([lgl_file], "e2e", resolver=oracle_resolver, recognizer=recognizer)
    rec = result["recognition"]
    assert rec["exact"]["precision"] == pytest.approx(1 / 3)
    assert rec["exact"]["recall"] == pytest.approx(1 / 3)
    assert rec["overlap"]["precision"] == pytest.approx(2 / 3)
    assert rec["overlap"]["recall"] == pytest.approx(2 / 3)
    assert rec["f1"] == rec["exact"]["f1"]
    # only Aleppo is both recognised and has gold coordinates
    assert result["n"] == 1
    assert result["metrics"]["acc161"] == 1.0


def test_recognition_counts_exact_and_overlap():
    counts = recognition_counts([(0, 5), (10, 15)], [(0, 5), (11, 13), (20, 25)])
    assert counts == {"n_gold": 2, "n_pred": 3, "exact": 1, "overlap_pred": 2, "overlap_gold": 2}
    assert recognition_scores(counts)["overlap"]["recall"] == 1.0


def test_pair_by_overlap_is_one_to_one_largest_first():
    gold = [GoldToponym(0, 10, "x"), GoldToponym(12, 20, "y")]
    assert pair_by_overlap(gold, [(5, 14), (0, 8)]) == [(0, 1), (1, 0)]


def test_resolver_returning_the_wrong_count_is_an_error(lgl_file):
    with pytest.raises(ValueError, match="resolver returned"):
        evaluate_geo([lgl_file], "oracle", resolver=lambda text, spans: [])


def test_gwn_table_mentions_unaligned(gwn_file):
    results = evaluate_geo([gwn_file], "oracle", resolver=lambda t, s: [None] * len(s))
    assert results[0]["unaligned"] == 1
    table = format_geo_table(results)
    assert "acc161" in table and "could not be aligned" in table


def test_bad_mode_is_refused(lgl_file):
    with pytest.raises(ValueError, match="mode"):
        evaluate_geo([lgl_file], "both", resolver=oracle_resolver)


def test_an_answer_on_a_gold_point_missing_its_minus_sign_is_shown_as_mirrored():
    from polemos.eval.geo import score_resolution

    lincoln = Place("Lincoln", "US", "Maine", None, 45.37, -68.50, 1, "place")
    gold_unsigned = GoldToponym(0, 7, "Lincoln", latitude=45.37, longitude=68.50)
    gold_right = GoldToponym(0, 7, "Lincoln", latitude=45.37, longitude=-68.50)
    far = GoldToponym(0, 7, "Lincoln", latitude=-10.0, longitude=20.0)
    m = score_resolution([(gold_unsigned, lincoln), (gold_right, lincoln), (far, lincoln)])
    assert m["metrics"]["mirror"] == pytest.approx(1 / 3)
    assert m["metrics"]["acc161"] == pytest.approx(1 / 3)  # still counted wrong
