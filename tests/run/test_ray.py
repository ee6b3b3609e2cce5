"""The Ray engine on a local Ray: the same output as the local engine."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from polemos.run import run_corpus

from .conftest import ray_or_skip


# Ray's DataContext reads its own deprecated settings when it is copied to the workers
@pytest.mark.filterwarnings("ignore::DeprecationWarning:ray")
def test_ray_gives_what_the_local_engine_gives(corpus: dict[str, Path], tmp_path: Path) -> None:
    ray_or_skip()
    inputs = [corpus["warc"], corpus["jsonl"]]
    local = run_corpus(inputs, tmp_path / "local", engine="local", workers=1, shard_size=3)
    ray = run_corpus(inputs, tmp_path / "ray", engine="ray", workers=2, shard_size=3)
    assert (ray.articles, ray.events, ray.failures) == (local.articles, local.events, 3)
    assert ray.articles == 6 and ray.events > 0

    def records(out: Path) -> list[tuple]:
        table = ds.dataset(out / "events", format="parquet", partitioning="hive").to_table()
        return sorted(
            (r["month"], r["country"], r["article_hash"], r["event_index"], r["event_json"])
            for r in table.to_pylist()
        )

    assert records(tmp_path / "ray") == records(tmp_path / "local")

    def failures(out: Path) -> list[dict]:
        lines = (out / "failures.jsonl").read_text().splitlines()
        return sorted((json.loads(line) for line in lines), key=lambda f: f["source"])

    assert failures(tmp_path / "ray") == failures(tmp_path / "local")
