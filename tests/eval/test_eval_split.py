import pytest

from polemos.eval.split import split_documents


def test_dev_is_the_first_half_and_test_the_rest():
    docs = list(range(5))
    assert split_documents(docs, "dev") == [0, 1, 2]
    assert split_documents(docs, "test") == [3, 4]
    assert split_documents(docs, "all") == docs


def test_limit_applies_within_the_split():
    assert split_documents(list(range(10)), "test", limit=2) == [5, 6]


def test_unknown_split_is_refused():
    with pytest.raises(ValueError, match="split must be one of"):
        split_documents([1], "train")


def test_alternate_split_keeps_labels_of_sorted_files_on_both_sides() -> None:
    docs = ["a", "a", "a", "a", "b", "b", "b", "b"]
    assert split_documents(docs, "dev", alternate=True) == ["a", "a", "b", "b"]
    assert split_documents(docs, "test", alternate=True) == ["a", "a", "b", "b"]
