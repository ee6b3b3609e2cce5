"""Pairwise precision and recall of a clustering."""

from __future__ import annotations

import pytest

from polemos.merge import pairwise_scores


def test_a_perfect_clustering_scores_one():
    gold = {1: "a", 2: "a", 3: "b", 4: "b", 5: "c"}
    scores = pairwise_scores({1: 10, 2: 10, 3: 11, 4: 11, 5: 12}, gold)
    assert (scores.precision, scores.recall, scores.f1) == (1.0, 1.0, 1.0)
    assert scores.gold_pairs == 2


def test_an_over_merge_costs_precision_and_a_split_costs_recall():
    gold = {1: "a", 2: "a", 3: "a", 4: "b"}
    # 1, 2 together; 3 alone (a split); 4 wrongly with 1 and 2
    scores = pairwise_scores({1: 10, 2: 10, 3: 11, 4: 10}, gold)
    assert scores.true_pairs == 1  # (1, 2)
    assert scores.predicted_pairs == 3  # (1, 2), (1, 4), (2, 4)
    assert scores.gold_pairs == 3  # (1, 2), (1, 3), (2, 3)
    assert scores.precision == pytest.approx(1 / 3, abs=1e-4)
    assert scores.recall == pytest.approx(1 / 3, abs=1e-4)


def test_items_missing_from_either_side_are_left_out():
    scores = pairwise_scores({1: 10, 2: 10, 9: 10}, {1: "a", 2: "a", 3: "a"})
    assert scores.items == 2
    assert scores.recall == 1.0
