from pathlib import Path

import duckdb
import pytest

from polemos.store import Store, StoreError, migrations

TABLES = {
    "feed_state",
    "seen_items",
    "articles",
    "events",
    "event_sources",
    "places",
    "failures",
    "schema_version",
    "event_blocks",
}


def tables(path: Path) -> set[str]:
    with duckdb.connect(str(path)) as con:
        return {row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}


def test_new_database_gets_every_migration(tmp_path):
    with Store(tmp_path / "new.duckdb") as store:
        assert store.schema_version == len(migrations()) >= 1
    assert tables(tmp_path / "new.duckdb") == TABLES


def test_reopening_migrates_nothing_and_keeps_data(tmp_path):
    path = tmp_path / "again.duckdb"
    with Store(path) as store:
        store.record_failure("a.txt", "empty")
    with Store(path) as store:
        assert store.schema_version == len(migrations())
        assert store.counts()["failures"] == 1
    with duckdb.connect(str(path)) as con:
        applied = con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    assert [row[0] for row in applied] == list(range(1, len(migrations()) + 1))


def test_database_from_a_newer_polemos_is_refused(tmp_path):
    path = tmp_path / "newer.duckdb"
    Store(path).close()
    with duckdb.connect(str(path)) as con:
        con.execute("INSERT INTO schema_version (version, name) VALUES (999, '999_future.sql')")
    with pytest.raises(StoreError, match="upgrade polemos"):
        Store(path)


def test_default_path_is_polemos_duckdb_here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("POLEMOS_DB", raising=False)
    with Store() as store:
        assert store.path == Path("polemos.duckdb")
    assert (tmp_path / "polemos.duckdb").exists()


def test_polemos_db_overrides_the_default_path(tmp_path, monkeypatch):
    monkeypatch.setenv("POLEMOS_DB", str(tmp_path / "from-env.duckdb"))
    with Store() as store:
        assert store.path == tmp_path / "from-env.duckdb"
    assert (tmp_path / "from-env.duckdb").exists()


def test_unopenable_path_says_which_file(tmp_path):
    with pytest.raises(StoreError, match="no-such-dir"):
        Store(tmp_path / "no-such-dir" / "x.duckdb")


def test_database_of_the_first_schema_is_migrated_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.duckdb"
    _, name, sql = migrations()[0]
    with duckdb.connect(str(path)) as con:
        con.execute(
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
            " applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"
        )
        con.execute(sql)
        con.execute("INSERT INTO schema_version (version, name) VALUES (1, ?)", [name])
        con.execute("INSERT INTO articles (hash, title) VALUES ('h', 'Old')")
        con.execute("INSERT INTO events (event_type, date) VALUES ('Battles', '2017-06')")
        con.execute("INSERT INTO event_sources (event_id, article_id) VALUES (1, 1)")
    with Store(path) as store:
        assert store.schema_version == len(migrations())
        [event] = store.events()
        assert event["event_type"] == "Battles"
        assert event["sources"][0]["title"] == "Old"
