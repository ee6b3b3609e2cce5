"""Schemathesis against the OpenAPI spec of a live server: no input gives a 500.

Bounded to a few dozen examples per operation so the run stays well under a minute.
The operations are driven through Hypothesis directly: schemathesis' pytest fixture
loader (``from_fixture``) does not work with pytest 9.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from polemos.serve import create_app

FUZZ_TOKEN = "fuzz-token"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def test_no_request_makes_the_server_fail(
    stories_db: Path, tmp_path: Path, live_server: type
) -> None:
    copy = tmp_path / "fuzz.duckdb"
    shutil.copy(stories_db, copy)
    with live_server(create_app(copy, token=FUZZ_TOKEN, max_body=16 * 1024)) as server:
        schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
        operations = [result.ok() for result in schema.get_all_operations()]
        assert len(operations) >= 8
        for operation in operations:
            _fuzz(operation)


def _fuzz(operation: schemathesis.APIOperation) -> None:
    @given(case=operation.as_strategy())
    @settings(
        max_examples=25,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,  # the same examples every run: a failure here is reproducible
        database=None,
    )
    def run(case: schemathesis.Case) -> None:
        # with the token, POST /articles bodies reach the real pipeline, not just the 401
        case.call_and_validate(headers={"Authorization": f"Bearer {FUZZ_TOKEN}"}, checks=CHECKS)

    run()
