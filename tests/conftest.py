"""Shared fixtures: paths to the reference data beside the project and to its own example."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RAQQA_PAGE = SHARED / "examples" / "raqqa-2017.txt"
BUNDLED_EXAMPLE = ROOT / "examples" / "raqqa-offensive.txt"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("CI must run beside ../shared/ (the reference data)")
        pytest.skip("../shared/ (reference data) is not beside the project")
    return SHARED


@pytest.fixture(scope="session")
def raqqa_page(shared: Path) -> Path:
    return RAQQA_PAGE
