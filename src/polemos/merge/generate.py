"""News-like reports of known events, for measuring merges: same event, different words.

Each generated event is told by two to four reports that differ as real wire copy does:
another template (other verbs, other word order, actors named by other aliases: ISIS,
Daesh, the Islamic State), another figure for the dead ("at least 12", "15", "more than
10"), a date told relative to another publication day, sometimes a day off, and now and
then the other side's claim ("Amaq said ... killed 40"). Next to them, *distractors*:
other events on the same day in the same town (a strike on the hospital as well as the
market, a clash with another group), which must stay apart.

``generate(seed, events)`` is deterministic for a seed; each report carries the label of
the event it tells of, for ``polemos.merge.evaluate``.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from polemos.store import Store

# towns the shipped gazetteer resolves to a point, with the country they are in
TOWNS = (
    "Manbij",
    "Homs",
    "Aleppo",
    "Mosul",
    "Tikrit",
    "Ramadi",
    "Kirkuk",
    "al-Bab",
    "Albu Kamal",
    "Samarra",
    "Tal Afar",
    "Khan Shaykhun",
)

# one actor, several names: reports of one event rarely name the parties alike
SDF = ("the Syrian Democratic Forces", "the SDF", "US-backed Syrian Democratic Forces")
ISIS = ("the Islamic State", "ISIS", "Daesh", "ISIL")
ARMY = ("Syrian government forces", "the Syrian army", "Syrian Arab Army troops")
IRAQ = ("Iraqi forces", "the Iraqi army", "Iraqi security forces")
COALITION = ("the US-led coalition", "coalition")
RUSSIA = ("Russian", "Russian air force")

TARGETS = {
    "market": ("market", "crowded marketplace", "busy market"),
    "hospital": ("hospital", "field hospital", "clinic"),
    "school": ("school", "primary school"),
    "bakery": ("bakery", "bread line outside a bakery"),
    "mosque": ("mosque", "mosque during Friday prayers"),
    "checkpoint": ("checkpoint", "security checkpoint"),
}
MONITORS = (
    "the Syrian Observatory for Human Rights",
    "local officials",
    "residents",
    "medical sources",
    "activists",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class GeneratedReport:
    text: str
    published: date
    title: str
    gold: str  # label of the event the report tells of
    kind: str  # strike | clash | bombing | capture
    claim: bool = False  # one side's claim rather than an independent report


@dataclass(frozen=True)
class _Event:
    label: str
    kind: str
    town: str
    day: date
    target: str
    toll: int
    side_a: tuple[str, ...]  # the doer's names
    side_b: tuple[str, ...]  # the other party's names


def _when(rng: random.Random, day: date, published: date) -> str:
    """How a report published on ``published`` names ``day``."""
    gap = (published - day).days
    options = [f"on {MONTHS[day.month - 1]} {day.day}"]
    if 0 < gap < 6:
        options.append(f"on {WEEKDAYS[day.weekday()]}")
    if gap == 1:
        options.append("yesterday")
    if gap == 0:
        options.append("on " + WEEKDAYS[day.weekday()])
    return rng.choice(options)


def _toll(rng: random.Random, toll: int, claim: bool) -> str:
    if claim:
        return str(toll * 2 + rng.randint(5, 15))  # a party inflates the other side's losses
    return rng.choice(
        [str(toll), f"at least {max(toll - 2, 1)}", str(toll + rng.randint(1, 3)), f"{toll}"]
    )


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _strike(rng: random.Random, e: _Event, when: str, claim: bool) -> str:
    target = rng.choice(TARGETS[e.target])
    actor = rng.choice(e.side_a)
    n = _toll(rng, e.toll, claim)
    if claim:
        return (
            f"The Islamic State's Amaq news agency said {when} that {actor} warplanes had "
            f"struck a {target} in {e.town}, killing {n} civilians."
        )
    return rng.choice(
        [
            f"An air strike by {actor} aircraft on a {target} in {e.town} killed {n} civilians "
            f"{when}, {rng.choice(MONITORS)} said.",
            f"{_cap(actor)} warplanes bombed a {target} in {e.town} {when}, killing {n} "
            f"civilians, according to {rng.choice(MONITORS)}.",
            f"{_cap(n)} civilians were killed {when} when {actor} jets struck a {target} in "
            f"the town of {e.town}, {rng.choice(MONITORS)} reported.",
        ]
    )


def _clash(rng: random.Random, e: _Event, when: str, claim: bool) -> str:
    a, b = rng.choice(e.side_a), rng.choice(e.side_b)
    n = _toll(rng, e.toll, claim)
    if claim:
        return (
            f"{_cap(rng.choice(e.side_b))} claimed {when} that its fighters had killed {n} "
            f"members of {a} in clashes near {e.town}."
        )
    return rng.choice(
        [
            f"Fighting between {a} and {b} near {e.town} killed {n} fighters {when}, "
            f"{rng.choice(MONITORS)} said.",
            f"{_cap(a)} clashed with {b} on the outskirts of {e.town} {when}, leaving {n} "
            "fighters dead.",
            f"{_cap(b)} fighters attacked positions of {a} near {e.town} {when}, and {n} "
            "combatants were killed in the fighting that followed.",
        ]
    )


def _bombing(rng: random.Random, e: _Event, when: str, claim: bool) -> str:
    target = rng.choice(TARGETS[e.target])
    n = _toll(rng, e.toll, claim)
    if claim:
        return (
            f"{_cap(rng.choice(ISIS))} claimed responsibility for a car bomb attack on a "
            f"{target} in {e.town} {when}, saying it had killed {n} people."
        )
    return rng.choice(
        [
            f"A car bomb exploded at a {target} in {e.town} {when}, killing {n} people, "
            f"{rng.choice(MONITORS)} said.",
            f"{_cap(n)} people were killed {when} when a suicide bomber detonated an "
            f"explosives-laden car near a {target} in {e.town}.",
            f"A bombing at a {target} in {e.town} killed {n} people {when}, according to "
            f"{rng.choice(MONITORS)}.",
        ]
    )


def _capture(rng: random.Random, e: _Event, when: str, claim: bool) -> str:
    a, b = rng.choice(e.side_a), rng.choice(e.side_b)
    if claim:
        return (
            f"A spokesman for {a} announced {when} that its fighters had captured {e.town} "
            f"from {b}."
        )
    return rng.choice(
        [
            f"{_cap(a)} captured {e.town} from {b} {when}, {rng.choice(MONITORS)} said.",
            f"{_cap(a)} seized full control of {e.town} {when} after {b} militants withdrew.",
            f"{_cap(a)} took control of {e.town} from {b} {when}, according to "
            f"{rng.choice(MONITORS)}.",
        ]
    )


_TELL = {"strike": _strike, "clash": _clash, "bombing": _bombing, "capture": _capture}


def _sides(rng: random.Random, kind: str, town: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    iraq = town in {"Mosul", "Tikrit", "Ramadi", "Kirkuk", "Samarra", "Tal Afar"}
    if kind == "strike":
        return rng.choice([COALITION, RUSSIA] if not iraq else [COALITION]), ()
    if kind == "bombing":
        return ISIS, ()
    return rng.choice([SDF, ARMY] if not iraq else [IRAQ]), ISIS


def _events(rng: random.Random, count: int, start: date) -> list[_Event]:
    events: list[_Event] = []
    while len(events) < count:
        kind = rng.choice(["strike", "clash", "bombing", "capture"])
        town = rng.choice(TOWNS)
        day = start + timedelta(days=rng.randint(0, 120))
        # two events in one town within days of each other happen by design (distractors
        # below), never by the dice: by chance they would be one event told twice
        if any(e.town == town and abs((e.day - day).days) <= 10 for e in events):
            continue
        side_a, side_b = _sides(rng, kind, town)
        target = rng.choice(list(TARGETS))
        base = _Event(
            f"E{len(events) + 1}", kind, town, day, target, rng.randint(3, 40), side_a, side_b
        )
        events.append(base)
        # a distractor: another event on the same day in the same town, now and then
        if rng.random() < 0.4 and len(events) < count and kind in {"strike", "bombing"}:
            other = rng.choice([t for t in TARGETS if t != target])
            events.append(
                _Event(
                    f"E{len(events) + 1}",
                    kind,
                    town,
                    day,
                    other,
                    rng.randint(3, 40),
                    side_a,
                    side_b,
                )
            )
        elif rng.random() < 0.4 and len(events) < count:
            # a different kind of event there that day: a strike beside a clash; at another
            # target (a bombing and an air strike at one bakery on one day read as one event
            # to people too)
            other_kind = "strike" if kind != "strike" else "clash"
            a, b = _sides(rng, other_kind, town)
            events.append(
                _Event(
                    f"E{len(events) + 1}",
                    other_kind,
                    town,
                    day,
                    rng.choice([t for t in TARGETS if t != target]),
                    rng.randint(3, 40),
                    a,
                    b,
                )
            )
    return events


def generate(
    seed: int = 1, events: int = 40, start: date = date(2017, 3, 1)
) -> list[GeneratedReport]:
    """Reports of ``events`` generated events (2-4 reports each, distractors included),
    in a shuffled order, as one-paragraph articles."""
    rng = random.Random(seed)
    reports: list[GeneratedReport] = []
    for event in _events(rng, events, start):
        count = rng.randint(2, 4)
        claim_at = rng.randrange(count) if rng.random() < 0.35 else -1
        for index in range(count):
            # reports come out the same day or one or two days later; one in six is a day off
            published = event.day + timedelta(days=rng.choice([0, 1, 1, 2]))
            told_day = event.day
            if rng.random() < 1 / 6:
                told_day = event.day + timedelta(days=rng.choice([-1, 1]))
                published = max(published, told_day)
            when = _when(rng, told_day, published)
            claim = index == claim_at
            sentence = _TELL[event.kind](rng, event, when, claim)
            reports.append(
                GeneratedReport(
                    text=sentence,
                    published=published,
                    title=f"Dispatch {event.label}-{index + 1}",
                    gold=event.label,
                    kind=event.kind,
                    claim=claim,
                )
            )
    rng.shuffle(reports)
    return reports


def ingest_generated(store: Store, reports: Iterable[GeneratedReport]) -> dict[int, str]:
    """Run each report through the real pipeline into ``store``; article id -> gold label."""
    from polemos.ingest import article_from_text
    from polemos.pipeline import process

    gold: dict[int, str] = {}
    for report in reports:
        article = article_from_text(report.text, published=report.published, title=report.title)
        process(article)
        article_id, _ = store.save_article(article)
        gold[article_id] = report.gold
    return gold


def main(argv: list[str] | None = None) -> None:
    """Merge precision and recall on generated reports: ``python -m polemos.merge.generate``."""
    import argparse
    import tempfile
    from pathlib import Path

    from polemos.merge.evaluate import evaluate
    from polemos.store import Store

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--seeds", default="3,4,5", help="comma-separated (1-2 are dev)")
    parser.add_argument("--events", type=int, default=60)
    args = parser.parse_args(argv)
    print("| seed | reports | events (gold) | all reports: P / R | with place and date: P / R |")
    print("|---:|---:|---:|---|---|")
    for seed in (int(s) for s in args.seeds.split(",")):
        reports = generate(seed, args.events)
        with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "g.duckdb") as store:
            gold = ingest_generated(store, reports)
            every = evaluate(store, gold)
            placed = evaluate(store, gold, mergeable_only=True)
        print(
            f"| {seed} | {every.items} of {len(reports)} | {every.events} ({every.gold_events})"
            f" | {every.precision:.3f} / {every.recall:.3f}"
            f" | {placed.precision:.3f} / {placed.recall:.3f} ({placed.items} reports) |"
        )


if __name__ == "__main__":
    main()
