"""The benchmark script runs end to end with its trivial pipeline (``--dry``)."""

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BENCH = REPO / "bench" / "pipeline_bench.py"
LGL = REPO.parent / "shared" / "geo" / "corpora" / "lgl.xml"


@pytest.mark.skipif(not LGL.exists(), reason="shared LGL corpus missing")
def test_dry_bench_prints_throughput_memory_and_stage_shares():
    done = subprocess.run(
        [sys.executable, str(BENCH), "--n", "4", "--workers", "2", "--dry", "--corpus", str(LGL)],
        capture_output=True, text=True, timeout=120, check=True,
    )
    assert "articles/s" in done.stdout
    assert "words/s" in done.stdout
    assert "peak RSS" in done.stdout
    assert "share of time per stage" in done.stdout
