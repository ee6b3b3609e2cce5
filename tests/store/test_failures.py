def test_failures_are_recorded_in_order(store):
    first = store.record_failure("a.txt", "empty")
    second = store.record_failure("b.bin", "binary", "first bytes: '\x00\x01'; DROP TABLE x")
    failures = store.failures()
    assert [f["id"] for f in failures] == [first, second]
    assert failures[1]["source"] == "b.bin"
    assert failures[1]["reason"] == "binary"
    assert failures[1]["detail"] == "first bytes: '\x00\x01'; DROP TABLE x"
    assert failures[0]["detail"] == ""
    assert isinstance(failures[0]["created_at"], str)
    assert store.counts()["failures"] == 2


def test_failures_limit(store):
    for name in ("a", "b", "c"):
        store.record_failure(name, "empty")
    assert [f["source"] for f in store.failures(limit=2)] == ["a", "b"]
