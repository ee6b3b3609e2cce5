"""The ``serve`` click command, started as its own process the way users start it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner

from polemos.serve.commands import serve


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_help_names_the_options() -> None:
    result = CliRunner().invoke(serve, ["--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--db", "--private", "--max-body", "--tiles"):
        assert option in result.output


def test_serve_listens_on_loopback_with_the_token_from_the_environment(
    stories_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "served.duckdb"
    shutil.copy(stories_db, db)
    port = _free_port()
    env = {**os.environ, "POLEMOS_TOKEN": "cli-token"}
    command = [sys.executable, "-c", "from polemos.serve.commands import serve; serve()"]
    process = subprocess.Popen(
        [*command, "--port", str(port), "--db", str(db)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"{url}/events")
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read().decode()  # type: ignore[union-attr]
                assert time.monotonic() < deadline, "polemos serve did not start"
                time.sleep(0.2)
        assert response.status_code == 200 and response.json()["count"] == 6
        assert httpx.get(f"{url}/config").json()["writable"] is True
        denied = httpx.post(
            f"{url}/articles", json={"text": "x"}, headers={"Authorization": "Bearer no"}
        )
        assert denied.status_code == 401
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stderr.close()  # type: ignore[union-attr]


def test_private_without_a_token_is_refused(stories_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "private.duckdb"
    shutil.copy(stories_db, db)
    env = {k: v for k, v in os.environ.items() if k != "POLEMOS_TOKEN"}
    result = CliRunner(env=env).invoke(serve, ["--db", str(db), "--private"])
    assert result.exit_code != 0 and "POLEMOS_TOKEN" in result.output
