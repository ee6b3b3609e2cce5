import math

import pytest

from polemos.eval.metrics import (
    MAX_ERROR_KM,
    accuracy_of_most_confident,
    confusion,
    distance_metrics,
    error_auc,
    haversine_km,
    macro_f1,
    prf,
    weighted_f1,
)


def test_haversine_one_degree_of_latitude_is_111_km():
    assert haversine_km(0, 0, 1, 0) == pytest.approx(111.19, abs=0.05)


def test_haversine_known_city_pair():
    # London - Paris, about 343.5 km great-circle
    assert haversine_km(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(343.5, abs=1.0)


def test_haversine_antipodes_is_half_the_circumference():
    assert haversine_km(0, 0, 0, 180) == pytest.approx(math.pi * 6371.0088, rel=1e-9)


def test_haversine_is_zero_for_the_same_point():
    assert haversine_km(36.2, 37.1, 36.2, 37.1) == 0


def test_point_100_km_away_is_within_161_km_and_200_km_is_not():
    lat100 = 100 / 111.195  # degrees of latitude for ~100 km
    lat200 = 200 / 111.195
    errors = [haversine_km(0, 0, lat100, 0), haversine_km(0, 0, lat200, 0)]
    assert errors[0] == pytest.approx(100, abs=0.5)
    assert errors[1] == pytest.approx(200, abs=0.5)
    assert distance_metrics(errors)["acc161"] == 0.5


def test_no_answer_is_wrong_and_costs_the_maximum_error():
    m = distance_metrics([0.0, None])
    assert m["acc161"] == 0.5
    assert m["no_answer"] == 0.5
    assert m["mean_km"] == pytest.approx(MAX_ERROR_KM / 2)
    assert m["median_km"] == pytest.approx(MAX_ERROR_KM / 2)


def test_auc_of_all_zero_errors_is_zero():
    assert error_auc([0.0, 0.0, 0.0]) == 0.0


def test_auc_of_all_maximum_errors_is_one():
    assert error_auc([MAX_ERROR_KM] * 4) == pytest.approx(1.0)


def test_auc_is_the_trapezoid_area_under_sorted_scaled_log_errors():
    # sorted scaled errors [0, 1]: one trapezoid of width 1, heights 0 and 1
    assert error_auc([MAX_ERROR_KM, 0.0]) == pytest.approx(0.5)
    mid = math.exp(math.log(MAX_ERROR_KM + 1) / 2) - 1  # scales to 0.5
    assert error_auc([0.0, mid, MAX_ERROR_KM]) == pytest.approx(0.5)


def test_auc_of_nothing_is_none():
    assert error_auc([]) is None


def test_prf():
    assert prf(2, 4, 2, 2) == {"precision": 0.5, "recall": 1.0, "f1": pytest.approx(2 / 3)}
    assert prf(0, 0, 0, 3)["f1"] == 0.0


def test_weighted_and_macro_f1_on_a_tiny_confusion():
    gold = ["A", "A", "A", "B"]
    pred = ["A", "A", "B", "B"]
    # A: P 1, R 2/3, F1 0.8 (support 3); B: P 1/2, R 1, F1 2/3 (support 1)
    assert weighted_f1(gold, pred) == pytest.approx((0.8 * 3 + 2 / 3) / 4)
    assert macro_f1(gold, pred) == pytest.approx((0.8 + 2 / 3) / 2)


def test_weighted_f1_over_chosen_labels_ignores_the_others_support():
    gold = ["A", "OTHER"]
    pred = ["A", "A"]
    # A: P 1/2, R 1 -> F1 2/3; OTHER has no F1 of its own
    assert weighted_f1(gold, pred, ["A"]) == pytest.approx(2 / 3)


def test_confusion_counts_gold_rows_and_predicted_columns():
    assert confusion(["A", "A", "B"], ["A", "B", "B"]) == {"A": {"A": 1, "B": 1}, "B": {"B": 1}}


def test_kept90_scores_the_most_confident_answers_and_ranks_no_answer_last():
    # ten answers: the two least confident are wrong, and one toponym got no answer
    errors = [1.0] * 8 + [5000.0, 5000.0, None]
    confidences = [0.9] * 8 + [0.2, 0.1, None]
    accuracy, threshold = accuracy_of_most_confident(errors, confidences, keep=0.8)
    # 80 % of 11 is 9 answers: the eight right ones and the 0.2 one
    assert threshold == 0.2
    assert accuracy == 8 / 9
    # confidence that says nothing: the kept share is as right as the whole
    flat, _ = accuracy_of_most_confident(errors[:10], [0.5] * 10, keep=0.9)
    assert flat == 0.8


def test_kept90_keeps_ties_at_the_threshold_whole():
    accuracy, threshold = accuracy_of_most_confident([1.0, 1.0, 9000.0, 1.0], [0.9, 0.5, 0.5, 0.5])
    assert threshold == 0.5
    assert accuracy == 3 / 4
