"""The ``watch``, ``run`` and ``load`` commands, as click command objects for ``cli.py``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

DB_HELP = "DuckDB file (default ./polemos.duckdb, or $POLEMOS_DB)."


def _open_store(db: str | None):  # noqa: ANN202 - the Store class is imported lazily
    from polemos.store import Store, StoreError

    try:
        return Store(db) if db else Store()
    except StoreError as error:
        raise click.ClickException(str(error)) from None


def _seconds(value: str, name: str) -> float:
    from polemos.ingest.feeds import parse_duration

    try:
        seconds = parse_duration(value)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint=name) from None
    if seconds <= 0:
        raise click.BadParameter("must be more than 0", param_hint=name)
    return seconds


@click.command()
@click.argument("feeds_file", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--every", default="15m", show_default=True, help="Time between rounds: 30s, 15m, 1h."
)
@click.option("--rounds", type=click.IntRange(min=1), help="Stop after this many rounds.")
@click.option("--db", envvar="POLEMOS_DB", help=DB_HELP)
@click.option("--timeout", default="20s", show_default=True, help="Per connect and read.")
@click.option(
    "--host-interval",
    default="1s",
    show_default=True,
    help="Least time between two requests to one host.",
)
@click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True)
@click.option(
    "--max-attempts",
    type=click.IntRange(min=1),
    default=5,
    show_default=True,
    help="Rounds a failing page is tried in before it is given up (and recorded as a failure).",
)
def watch(
    feeds_file: str,
    every: str,
    rounds: int | None,
    db: str | None,
    timeout: str,
    host_interval: str,
    retries: int,
    max_attempts: int,
) -> None:
    """Poll RSS/Atom feeds (FEEDS_FILE: one URL a line) and ingest each new item's page.

    What was seen is kept in the store, so a restart fetches nothing twice; failed pages
    are tried again in later rounds. One line per round sums it up.

    Example: polemos watch feeds.txt --every 15m
    """
    from polemos.ingest.feeds import Watcher, read_feed_list
    from polemos.ingest.fetch import Fetcher

    feeds = read_feed_list(feeds_file)
    if not feeds:
        raise click.ClickException(f"{feeds_file} names no feed (one URL a line)")
    interval = _seconds(every, "--every")
    fetcher = Fetcher(
        timeout=_seconds(timeout, "--timeout"),
        per_host_interval=_seconds(host_interval, "--host-interval"),
        retries=retries,
    )
    click.echo(
        f"polemos watch: {len(feeds)} feeds every {every}"
        + (f", {rounds} rounds" if rounds else " (Ctrl-C to stop)"),
        err=True,
    )
    with _open_store(db) as store:
        watcher = Watcher(
            store,
            feeds,
            fetcher=fetcher,
            max_attempts=max_attempts,
            echo=lambda line: click.echo(line, err=not line.startswith("round ")),
        )
        try:
            watcher.run(interval, rounds)
        except KeyboardInterrupt:
            click.echo("polemos watch: stopped; what was done is saved", err=True)


@click.command(name="run")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Output folder.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True)
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--ray-address", help="A Ray cluster to join (default: start Ray on this machine).")
@click.option(
    "--shard-size",
    type=click.IntRange(min=1),
    default=64,
    show_default=True,
    help="Records per piece of work.",
)
@click.option("--overwrite", is_flag=True, help="Replace an earlier run in --out.")
@click.option("--quiet", "-q", is_flag=True, help="No progress line.")
def run_command(
    inputs: tuple[str, ...],
    out: str,
    engine: str,
    workers: int,
    ray_address: str | None,
    shard_size: int,
    overwrite: bool,
    quiet: bool,
) -> None:
    """Process WARC, JSONL, text and HTML inputs into Parquet events partitioned by month and
    country (OUT/events/month=YYYY-MM/country=XX/), with OUT/failures.jsonl.

    A bad record goes to the failures file with its reason and the run goes on; the command
    then exits non-zero with the count. 'polemos load OUT' brings the run into a store.

    Example: polemos run crawl/*.warc.gz --out runs/june --engine ray --workers 8
    """
    from polemos.run import OutputExists, RunSummary, run_corpus

    if ray_address and engine != "ray":
        raise click.BadParameter("only with --engine ray", param_hint="--ray-address")

    def progress(summary: RunSummary, done: int) -> None:
        if not quiet:
            rate = summary.articles / max(summary.seconds, 1e-9)
            click.echo(
                f"\r  {done}/{summary.shards} shards, {summary.articles} articles, "
                f"{summary.failures} failed, {rate:.1f} articles/s",
                nl=not sys.stderr.isatty(),
                err=True,
            )

    try:
        summary = run_corpus(
            inputs,
            out,
            engine=engine,
            workers=workers,
            ray_address=ray_address,
            shard_size=shard_size,
            overwrite=overwrite,
            progress=progress,
        )
    except (OutputExists, RuntimeError, ValueError) as error:
        raise click.ClickException(str(error)) from None
    if not quiet and sys.stderr.isatty():
        click.echo("", err=True)
    click.echo(summary.line())
    if summary.failures:
        reasons = ", ".join(f"{n} {r}" for r, n in sorted(summary.failure_reasons.items()))
        raise click.ClickException(
            f"{summary.failures} records failed ({reasons}) — see {Path(out) / 'failures.jsonl'}"
        )


@click.command()
@click.argument("out", type=click.Path(exists=True, file_okay=False))
@click.option("--db", envvar="POLEMOS_DB", help=DB_HELP)
def load(out: str, db: str | None) -> None:
    """Bring the output of 'polemos run' into the store (loading twice changes nothing)."""
    from polemos.run import load_run

    with _open_store(db) as store:
        try:
            summary = load_run(out, store)
        except FileNotFoundError as error:
            raise click.ClickException(str(error)) from None
        click.echo(summary.line(store.counts()))
