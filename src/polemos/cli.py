"""The ``polemos`` command: wires the pipeline, the store and the exports to commands."""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import click

DB_HELP = "DuckDB file (default ./polemos.duckdb, or $POLEMOS_DB)."


def _published(value: str | None) -> date | None:
    from polemos.ingest import BadInput, parse_date

    try:
        return parse_date(value)
    except BadInput as error:
        raise click.BadParameter(str(error), param_hint="--published") from None


def _open_store(db: str | None) -> Any:
    from polemos.store import Store

    return Store(db) if db else Store()


@click.group()
@click.version_option(package_name="polemos")
def main() -> None:
    """News reports about armed conflict in; geocoded, source-attributed events out."""


# -- extract --------------------------------------------------------------------------------


@main.command()
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--published", help="Publication date (YYYY-MM-DD): relative dates resolve against it."
)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.option("--explain", is_flag=True, help="Show which words and rules set each field.")
@click.option(
    "--statements", is_flag=True, help="Also show speculative, denied and habitual statements."
)
def extract(path: str, published: str | None, fmt: str, explain: bool, statements: bool) -> None:
    """Extract events from one article (text, saved page or HTML) without storing them.

    Example: polemos extract examples/raqqa-offensive.txt --published 2017-06-12
    """
    from polemos.ingest import BadInput, article_from_text, decode
    from polemos.pipeline import process

    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    try:
        article = article_from_text(decode(data), published=_published(published), source=path)
    except BadInput as error:
        raise click.ClickException(f"{path}: {error}") from None
    process(article)
    events = [e.to_dict() for e in article.events]
    extra = [e.to_dict() for e in article.statements] if statements else []
    if fmt == "json":
        payload: dict[str, Any] = {"article": article.metadata(), "events": events}
        if statements:
            payload["statements"] = extra
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    click.echo(f"{article.title or path}  ({article.published or 'no date'}, {len(events)} events)")
    click.echo(format_events(events, explain=explain))
    if extra:
        click.echo("\nStatements (not events):")
        click.echo(format_events(extra, explain=explain))


# -- ingest ---------------------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date for articles that carry none (YYYY-MM-DD).")
@click.option("--source", "source_name", help="Name of the source (outlet, feed) to record.")
@click.option("--db", envvar="POLEMOS_DB", help=DB_HELP)
@click.option(
    "--workers",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Processes running the pipeline (one per core); this one writes the store.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress line.")
def ingest(
    paths: tuple[str, ...],
    published: str | None,
    source_name: str | None,
    db: str | None,
    workers: int,
    quiet: bool,
) -> None:
    """Ingest files, folders and globs (text, HTML, JSONL) into the store.

    The same article twice changes nothing. Bad files are recorded in the
    failures table with their reason; the rest of the batch goes on, and the
    command exits non-zero naming them.
    """
    from polemos.ingest import read_paths
    from polemos.ingest.batches import IngestReport
    from polemos.ingest.batches import ingest as ingest_items

    started = time.perf_counter()

    def show_progress(report: IngestReport) -> None:
        if not quiet and (sys.stderr.isatty() or report.processed % 50 == 0):
            rate = report.processed / max(time.perf_counter() - started, 1e-9)
            click.echo(f"\r  {report.processed} articles, {rate:.1f}/s", nl=False, err=True)

    items = read_paths(paths, published=_published(published), source=source_name)
    with _open_store(db) as store:
        report = ingest_items(items, store, workers=workers, progress=show_progress)
        totals = store.counts()
    if not quiet:
        click.echo("", err=True)
    click.echo(
        f"polemos ingest: {report.new} new articles ({report.events} events), "
        f"{report.unchanged} already stored, {len(report.failed)} failed; "
        f"store holds {totals['articles']} articles, {totals['events']} events"
    )
    if report.failed:
        named = "; ".join(f"{f.reason}: {f.source}" for f in report.failed[:10])
        more = f" and {len(report.failed) - 10} more" if len(report.failed) > 10 else ""
        raise click.ClickException(
            f"{len(report.failed)} of {report.done} inputs failed ({named}{more})"
            " — see 'polemos failures'"
        )


@main.command()
@click.option("--db", envvar="POLEMOS_DB", help=DB_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def failures(db: str | None, fmt: str) -> None:
    """Inputs that could not be ingested, with the reason."""
    with _open_store(db) as store:
        rows = store.failures()
    if fmt == "json":
        click.echo(json.dumps(rows, default=str, indent=2))
        return
    for row in rows:
        click.echo(
            f"{row['created_at']}  {row['reason']:<16} {row['source']}  {row['detail'] or ''}"
        )


# -- events / export ------------------------------------------------------------------------


def _filters(func: Any) -> Any:
    options = [
        click.option("--actor", help="Actor (any alias: ISIS, Daesh, ...), as actor1 or actor2."),
        click.option(
            "--type",
            "event_type",
            help="Event type: battles, explosions, "
            "violence_against_civilians, protests, riots, strategic_developments.",
        ),
        click.option("--sub-type", "sub_event_type", help="ACLED sub-event type."),
        click.option("--country", help="ISO2 code or country name."),
        click.option("--since", help="From this date (YYYY[-MM[-DD]])."),
        click.option("--until", help="Up to this date (YYYY[-MM[-DD]])."),
        click.option("--modality", help="reported, claimed, historical (comma-separated)."),
        click.option("--min-confidence", type=float),
        click.option("--db", envvar="POLEMOS_DB", help=DB_HELP),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _query(store: Any, actor: str | None, **filters: Any) -> list[dict[str, Any]]:
    from polemos.actors import knowledge

    if actor:
        actor = knowledge().canonical(actor)
    if filters.get("modality"):
        filters["modality"] = [m.strip() for m in filters["modality"].split(",")]
    try:
        return store.events(actor=actor, **filters)
    except ValueError as error:
        raise click.ClickException(str(error)) from None


@main.command()
@_filters
@click.option("--id", "event_id", type=int, help="One event.")
@click.option(
    "--sources", is_flag=True, help="With --id: every report of the event and its sentence."
)
@click.option("--limit", type=int, default=None)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table")
def events(
    db: str | None,
    event_id: int | None,
    sources: bool,
    limit: int | None,
    fmt: str,
    actor: str | None,
    **filters: Any,
) -> None:
    """Events in the store, filtered."""
    with _open_store(db) as store:
        if event_id is not None:
            found = store.event(event_id)
            if found is None:
                raise click.ClickException(f"no event with id {event_id}")
            rows = [found]
        else:
            rows = _query(store, actor, limit=limit, **filters)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == "csv":
        from polemos.export.writers import write_csv

        write_csv(rows, sys.stdout)
    else:
        click.echo(format_events(rows))
        if sources or event_id is not None:
            for row in rows:
                for source in row.get("sources", []):
                    click.echo(
                        f"  source {source.get('id', '')}: "
                        f"{source.get('title') or source.get('url') or ''} "
                        f"[{source.get('published') or ''}]"
                    )
                    click.echo(f"    “{source.get('sentence') or ''}”")


@main.command()
@_filters
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "geojson", "parquet", "jsonl"]), required=True
)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False))
def export(db: str | None, fmt: str, output: str, actor: str | None, **filters: Any) -> None:
    """Export events: ACLED-style CSV, GeoJSON, Parquet or JSONL."""
    from polemos.export import export_events

    with _open_store(db) as store:
        rows = _query(store, actor, **filters)
    written = export_events(rows, fmt, output)
    click.echo(f"polemos export: {written} events written to {output} ({fmt})")


@main.command()
@click.argument("event_id", type=int)
@click.option("--db", envvar="POLEMOS_DB", help=DB_HELP)
def explain(event_id: int, db: str | None) -> None:
    """Which words triggered an event and which rule set each field."""
    with _open_store(db) as store:
        event = store.event(event_id)
    if event is None:
        raise click.ClickException(f"no event with id {event_id}")
    click.echo(format_events([event], explain=True))


# -- evaluation and gazetteer ---------------------------------------------------------------


@main.group(name="eval")
def eval_group() -> None:
    """Measure quality against gold data (geoparsing corpora, human-coded events)."""


_SPLIT = click.option(
    "--split",
    type=click.Choice(["all", "dev", "test"]),
    default="all",
    show_default=True,
    help="dev: the part to tune on; test: the part to report (see polemos.eval.split).",
)


@eval_group.command(name="geo")
@click.argument("corpora", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--mode",
    type=click.Choice(["oracle", "e2e"]),
    default="oracle",
    show_default=True,
    help="oracle: gold toponyms given, resolution scored; e2e: recognition too.",
)
@click.option("--json", "json_out", type=click.Path(dir_okay=False), help="Write results as JSON.")
@click.option("--limit", type=int, help="At most this many documents per corpus.")
@_SPLIT
def eval_geo(
    corpora: tuple[str, ...], mode: str, json_out: str | None, limit: int | None, split: str
) -> None:
    """Geoparsing accuracy on LGL / TR-News XML, GeoWebNews XML or WikToR JSONL corpora."""
    from polemos.eval import evaluate_geo, format_geo_table

    try:
        results = evaluate_geo(list(corpora), mode=mode, limit_docs=limit, split=split)
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    click.echo(format_geo_table(results))
    _write_json(results, json_out)


@eval_group.command(name="events")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "json_out", type=click.Path(dir_okay=False), help="Write results as JSON.")
@click.option("--confusion", is_flag=True, help="Add a confusion matrix of event types.")
@click.option(
    "--actor-map",
    type=click.Path(exists=True, dir_okay=False),
    help="CSV canonical,gold_name,dataset (default: the shipped map).",
)
@click.option("--limit", type=int, help="At most this many texts per file.")
@_SPLIT
def eval_events(
    gold: tuple[str, ...],
    json_out: str | None,
    confusion: bool,
    actor_map: str | None,
    limit: int | None,
    split: str,
) -> None:
    """Event coding against ACLED notes CSV, CASE 2021 TSV or UCDP GED CSV."""
    from polemos.eval import evaluate_events, format_events_table

    try:
        results = evaluate_events(
            list(gold),
            limit=limit,
            split=split,
            confusion=confusion,
            actor_map=Path(actor_map) if actor_map else None,
        )
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    click.echo(format_events_table(results))
    _write_json(results, json_out)


def _write_json(results: Any, path: str | None) -> None:
    if path:
        Path(path).write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
        click.echo(f"results written to {path}")


@main.group()
def gazetteer() -> None:
    """The offline GeoNames index the geo stage resolves places with."""


@gazetteer.command(name="build")
@click.option(
    "--geonames",
    "dumps",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="GeoNames dump(s): allCountries.zip, SY.zip or .txt, and optionally "
    "admin1CodesASCII.txt / admin2Codes.txt. Without it: the PyPI packages' data.",
)
@click.option("--out", type=click.Path(dir_okay=False), help="Index file (default: the cache).")
def gazetteer_build(dumps: tuple[str, ...], out: str | None) -> None:
    """Build the gazetteer index (from full GeoNames dumps for villages and all features)."""
    from polemos.geo.gazetteer import build_gazetteer, build_gazetteer_from_geonames

    path = build_gazetteer_from_geonames(dumps, out) if dumps else build_gazetteer(out)
    click.echo(f"polemos gazetteer: index written to {path}")


@gazetteer.command(name="download")
@click.argument("countries", nargs=-1, required=True)
@click.option("--dest", type=click.Path(file_okay=False), default=".", show_default=True)
def gazetteer_download(countries: tuple[str, ...], dest: str) -> None:
    """Download GeoNames country dumps (e.g. SY IQ) and code tables: then 'gazetteer build'."""
    from polemos.geo.gazetteer import download_geonames

    paths = download_geonames([c.upper() for c in countries], dest)
    click.echo("downloaded: " + ", ".join(str(p) for p in paths))


# -- formatting -----------------------------------------------------------------------------


def _place(event: dict[str, Any]) -> str:
    location = event.get("location") or {}
    if not location.get("name"):
        return "-"
    parts = [location["name"]]
    if location.get("admin1") and location["admin1"] != location["name"]:
        parts.append(location["admin1"])
    if location.get("country"):
        parts.append(location["country"])
    return ", ".join(parts) + f" [{location.get('precision')}]"


def format_events(events: list[dict[str, Any]], explain: bool = False) -> str:
    """A readable table of event records."""
    if not events:
        return "(no events)"
    lines = []
    for number, event in enumerate(events, start=1):
        toll = event.get("fatalities") or {}
        fatalities = toll.get("text") or ("-" if toll.get("best") is None else str(toll["best"]))
        head = (
            f"{event.get('id', number):>4}  {event.get('date') or '?'}  {event['sub_event_type']}"
        )
        lines.append(head)
        lines.append(
            f"      actors:     {event.get('actor1') or '-'}  vs  {event.get('actor2') or '-'}"
        )
        lines.append(f"      place:      {_place(event)}")
        lines.append(
            f"      fatalities: {fatalities}   modality: {event.get('modality')}"
            f"   confidence: {event.get('confidence')}"
        )
        if event.get("attribution"):
            said = event["attribution"]
            channel = f" ({said['channel']})" if said.get("channel") else ""
            lines.append(f"      according to: {said.get('source')} — {said.get('verb')}{channel}")
        if event.get("counts"):
            counts = ", ".join(f"{c['kind']}={c['value']}" for c in event["counts"])
            lines.append(f"      counts:     {counts}")
        sentence = (event.get("evidence") or {}).get("sentence") or ""
        lines.append(f"      evidence:   “{sentence}”")
        if explain:
            for field, rule in (event.get("provenance") or {}).items():
                lines.append(f"        {field:<15} <- {rule}")
    return "\n".join(lines)


def _register_commands() -> None:
    """Commands that live beside the parts they serve (kept out of this module's imports)."""
    from polemos.control.commands import control, unmerge
    from polemos.run.commands import load, run_command, watch
    from polemos.serve.commands import serve

    for command in (serve, control, unmerge, watch, run_command, load):
        main.add_command(command)


_register_commands()

if __name__ == "__main__":
    main()
