"""The ``polemos serve`` command (registered in ``polemos.cli``)."""

from __future__ import annotations

import ipaddress
import os

import click

from polemos.serve.articles import DEFAULT_MAX_BODY


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command(name="serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--db", envvar="POLEMOS_DB", help="DuckDB file (default ./polemos.duckdb).")
@click.option(
    "--private",
    is_flag=True,
    help="Reads need the API token too (by default only POST /articles does).",
)
@click.option(
    "--max-body",
    type=click.IntRange(1),
    default=DEFAULT_MAX_BODY,
    show_default=True,
    help="Largest request body in bytes.",
)
@click.option(
    "--tiles",
    envvar="POLEMOS_TILES",
    help="Tile URL template for a background map, e.g. "
    "https://tile.openstreetmap.org/{z}/{x}/{y}.png (default: bundled boundaries only).",
)
@click.option("--tile-attribution", default="", help="Attribution shown with --tiles.")
def serve(
    host: str,
    port: int,
    db: str | None,
    private: bool,
    max_body: int,
    tiles: str | None,
    tile_attribution: str,
) -> None:
    """Serve the store: a REST API (OpenAPI at /openapi.json) and a map page at /.

    POST /articles is enabled when POLEMOS_TOKEN is set and takes it as
    'Authorization: Bearer <token>'. The server holds the database open:
    run 'polemos ingest' on it through POST /articles, or stop the server first.

    Example: POLEMOS_TOKEN=s3cret polemos serve --db conflict.duckdb --port 8000
    """
    import uvicorn

    from polemos.serve.app import create_app
    from polemos.store import StoreError

    token = os.environ.get("POLEMOS_TOKEN") or None
    if private and token is None:
        raise click.ClickException("--private needs an API token: set POLEMOS_TOKEN")
    if not _is_loopback(host) and token is None:
        click.echo(
            f"polemos serve: listening on {host}, reachable from other machines; "
            "writes are off (no POLEMOS_TOKEN)",
            err=True,
        )
    try:
        app = create_app(
            db,
            token=token,
            private=private,
            max_body=max_body,
            tiles=tiles,
            tile_attribution=tile_attribution,
        )
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"polemos serve: http://{host}:{port}/  (API docs at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")
