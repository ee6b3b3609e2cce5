"""The real gazetteer, shared by the geo tests (built into the user cache on first use)."""

from __future__ import annotations

import pytest

from polemos.geo import Gazetteer, Resolver, load_gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="session")
def resolver(gazetteer: Gazetteer) -> Resolver:
    return Resolver(gazetteer)
