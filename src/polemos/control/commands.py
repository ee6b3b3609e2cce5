"""The ``polemos control`` and ``polemos unmerge`` commands (registered in ``polemos.cli``)."""

from __future__ import annotations

import json
from typing import Any

import click

from polemos.control import (
    STEPS,
    Holdings,
    Timeline,
    canonical_actor,
    gazetteer_population,
    holdings,
    holdings_over_time,
    place_timelines,
    plot_holdings,
    store_timelines,
)

DB_HELP = "DuckDB file (default ./polemos.duckdb, or $POLEMOS_DB)."


def _open_store(db: str | None) -> Any:
    from polemos.store import Store, StoreError

    try:
        return Store(db) if db else Store()
    except StoreError as error:
        raise click.ClickException(str(error)) from None


@click.command()
@click.option("--place", help="A place (any spelling, or a GeoNames id): its timeline.")
@click.option("--actor", help="An actor (any alias: ISIS, Daesh): the places it held.")
@click.option("--on", "on_day", help="With --actor: the day (YYYY-MM-DD).")
@click.option("--from", "start", help="Start of a period (YYYY[-MM[-DD]]): holdings over time.")
@click.option("--to", "end", help="End of the period.")
@click.option("--step", type=click.Choice(STEPS), default="month", show_default=True)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.option("--plot", type=click.Path(dir_okay=False), help="With --from/--to: write a PNG.")
@click.option("--db", envvar="POLEMOS_DB", help=DB_HELP)
def control(
    place: str | None,
    actor: str | None,
    on_day: str | None,
    start: str | None,
    end: str | None,
    step: str,
    fmt: str,
    plot: str | None,
    db: str | None,
) -> None:
    """Who held which place, from when, on what evidence.

    \b
    polemos control --place Raqqa                      the place's timeline
    polemos control --actor ISIS --on 2017-06-01       places held that day, and their people
    polemos control --from 2016-01 --to 2017-12 --step month [--actor ISIS] [--plot held.png]

    Captures and handovers set who holds a place from their date (a claim counts less
    than a report); evidence of different holders within a few days leaves it contested.
    Events placed only to a governorate are area claims, shown apart and never counted
    as places (rules: polemos/data/control_rules.yaml).
    """
    if (start is None) != (end is None):
        raise click.UsageError("--from and --to go together")
    if plot and start is None:
        raise click.UsageError("--plot needs --from and --to")
    if not place and not actor and start is None:
        raise click.UsageError("give --place, --actor with --on, or --from and --to")
    if actor and start is None and on_day is None:
        raise click.UsageError("--actor needs --on DAY, or --from and --to")
    try:
        with _open_store(db) as store:
            if place:
                _show_timelines(place, place_timelines(store, place), fmt)
            if actor and on_day:
                found = holdings(
                    store_timelines(store),
                    canonical_actor(actor),
                    on_day,
                    gazetteer_population(store),
                )
                _show_holdings(found, fmt)
            if start is not None and end is not None:
                rows = holdings_over_time(
                    store, start, end, step, actors=[actor] if actor else None
                )
                _show_over_time(rows, fmt)
                if plot:
                    plot_holdings(rows, plot)
                    click.echo(f"polemos control: plot written to {plot}", err=True)
    except ValueError as error:
        raise click.ClickException(str(error)) from None


def _sentence(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _show_timelines(place: str, found: list[Timeline], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps([t.as_dict() for t in found], ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo(f"no control evidence for {place!r} (captures, handovers, bases)")
        return
    for timeline in found:
        where = ", ".join(p for p in (timeline.admin1, timeline.country) if p)
        if timeline.kind == "area":
            label = f"area claims in {timeline.name} ({where}): places within it, not a point"
        else:
            label = f"{timeline.name} ({where})"
        click.echo(label)
        click.echo(f"  {'from':<11} {'until':<11} holder")
        for period in timeline.periods:
            click.echo(f"  {period.start:<11} {period.end or '-':<11} {period.holder}")
            for item in period.evidence:
                click.echo(
                    f"      #{item.event_id} {item.sub_event_type}, {item.modality}"
                    f" ({item.actor}, {item.date})"
                )
                for sentence in item.sentences:
                    click.echo(f"        “{_sentence(sentence)}”")
            for item in period.disputed_by:
                click.echo(
                    f"      disputed by #{item.event_id} {item.modality}:"
                    f" {item.actor} ({item.date})"
                )
        click.echo("")


def _show_holdings(found: Holdings, fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(found.as_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(
        f"{found.actor} on {found.day}: {len(found.places)} places, population {found.population:,}"
    )
    for timeline in found.places:
        period = timeline.period_on(found.day)
        since = period.start if period else "?"
        events = ", ".join(f"#{e.event_id}" for e in period.evidence) if period else ""
        click.echo(f"  {timeline.name:<28} {timeline.country or '':<3} since {since:<11} {events}")
    for timeline in found.areas:
        click.echo(f"  area claim: {timeline.name} ({timeline.country}) — not counted as a place")
    for timeline in found.contested:
        click.echo(f"  contested: {timeline.name}")


def _show_over_time(rows: list[Holdings], fmt: str) -> None:
    if fmt == "json":
        payload = [
            {
                "date": row.day.isoformat(),
                "actor": row.actor,
                "places": len(row.places),
                "population": row.population,
                "area_claims": len(row.areas),
                "place_names": [t.name for t in row.places],
            }
            for row in rows
        ]
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    click.echo(f"{'date':<11} {'actor':<34} {'places':>6} {'population':>12} {'areas':>5}")
    for row in rows:
        click.echo(
            f"{row.day.isoformat():<11} {row.actor[:34]:<34} {len(row.places):>6}"
            f" {row.population:>12,} {len(row.areas):>5}"
        )


@click.command()
@click.argument("event_id", type=int)
@click.argument("source_id", type=int)
@click.option("--db", envvar="POLEMOS_DB", help=DB_HELP)
def unmerge(event_id: int, source_id: int, db: str | None) -> None:
    """Split a wrongly merged report (SOURCE_ID) out of EVENT_ID into an event of its own.

    The report ids are in 'polemos events --id EVENT_ID --format json' (sources[].id).
    Both events are recomputed from the reports they keep.
    """
    from polemos.store import StoreError

    with _open_store(db) as store:
        try:
            new_id = store.unmerge(event_id, source_id)
        except StoreError as error:
            raise click.ClickException(str(error)) from None
    click.echo(f"polemos unmerge: report {source_id} is now event {new_id}; event {event_id} kept")
