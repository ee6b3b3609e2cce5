"""The web page in a real browser: Playwright driving Debian's Chromium, network off.

Runs when /usr/bin/chromium exists (``.ci/install-browser`` installs it); without it the
tests skip, except in CI (``CI=true``), where a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest

from polemos.article import Article, Event
from polemos.serve import create_app
from polemos.store import Store

CHROMIUM = Path(os.environ.get("POLEMOS_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
IN_CI = os.environ.get("CI", "").lower() == "true"

if not CHROMIUM.exists() and not IN_CI:
    pytest.skip(
        f"no browser at {CHROMIUM}: run .ci/install-browser (CI=true makes this a failure)",
        allow_module_level=True,
    )
playwright_api = pytest.importorskip("playwright.sync_api")
sync_playwright, expect = playwright_api.sync_playwright, playwright_api.expect

HOSTILE_TITLE = '<img src=x onerror="window.__xss=1">Militia news'
HOSTILE_ACTOR = "<script>window.__xss=4</script>Brigade"
HOSTILE_SENTENCE = (
    "The <script>window.__xss=6</script> Brigade attacked Mosul "
    '<img src=x onerror="window.__xss=5"> on Monday, killing 12 fighters.'
)
ALEPPO_SENTENCE = "Fighting raged across 22 villages in Aleppo province."


def _event(sentence: str, text: str, **fields: Any) -> Event:
    start = text.index(sentence)
    values: dict[str, Any] = {
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": HOSTILE_ACTOR,
        "actor2": None,
        "date": "2017-06-12",
        "date_precision": "day",
        "location": None,
        "fatalities": {"low": 12, "best": 12, "high": 12, "text": "12 fighters"},
        "counts": [],
        "modality": "reported",
        "attribution": None,
        "evidence": {"sentence": sentence, "start": start, "end": start + len(sentence)},
        "confidence": 0.8,
    }
    values.update(fields)
    return Event(**values)


def _untrusted_article() -> Article:
    """Markup in every field a page shows, and an event located to a whole province."""
    text = f"{HOSTILE_SENTENCE}\n\n{ALEPPO_SENTENCE}"
    mosul = {
        "name": "Mosul",
        "country": "IQ",
        "admin1": "Nineveh",
        "admin2": None,
        "latitude": 36.335,
        "longitude": 43.11889,
        "geonameid": 99072,
        "precision": "place",
    }
    aleppo = {"name": "Aleppo", "country": "SY", "admin1": "Aleppo", "admin2": None,
              "latitude": 36.25, "longitude": 37.5, "geonameid": 170063, "precision": "admin1",
              "admin1_code": "SY.09"}  # fmt: skip
    article = Article(
        text=text,
        title=HOSTILE_TITLE,
        url="javascript:window.__xss=3",
        site="<b onmouseover=window.__xss=2>site</b>",
        published=date(2017, 6, 13),
    )
    article.events = [
        _event(HOSTILE_SENTENCE, text, location=mosul),
        _event(ALEPPO_SENTENCE, text, location=aleppo, actor1="Hayat Tahrir al-Sham",
               date="2017-06-11", fatalities={"low": None, "best": None, "high": None,
                                              "text": None}),
    ]  # fmt: skip
    return article


@pytest.fixture(scope="module")
def page_server(
    example_db: Path, tmp_path_factory: pytest.TempPathFactory, live_server: type
) -> Iterator[str]:
    path = tmp_path_factory.mktemp("browser") / "page.duckdb"
    shutil.copy(example_db, path)
    with Store(path) as store:
        store.save_article(_untrusted_article())
    with live_server(create_app(path)) as server:
        yield server.url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any, page_server: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    # the network is off for the page: only the server under test answers
    context.route(
        "**/*",
        lambda route: (
            route.continue_() if route.request.url.startswith(page_server) else route.abort()
        ),
    )
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("dialog", lambda dialog: problems.append(f"dialog: {dialog.message}"))
    page.on(
        "console",
        lambda message: problems.append(message.text) if message.type == "error" else None,
    )
    page.goto(page_server + "/")
    page.wait_for_selector("body[data-ready=true]", timeout=20_000)
    yield page
    context.close()
    assert problems == []


def _api(page_server: str, **params: Any) -> list[dict[str, Any]]:
    return httpx.get(f"{page_server}/events", params={"limit": 1000, **params}).json()["events"]


def _rows(page: Any) -> Any:
    return page.locator("#events-table tbody tr")


def test_map_filter_click_and_screenshot(page: Any, page_server: str) -> None:
    events = _api(page_server)
    located = [e for e in events if (e["location"] or {}).get("precision") != "admin1"]
    located = [e for e in located if (e["location"] or {}).get("latitude") is not None]
    assert page.locator("path.event-marker").count() == len(located)
    # the province-level event is a shaded province, not a point
    assert page.locator("path.event-area").count() == 1
    assert _rows(page).count() == len(events)
    assert page.locator("#timeline-svg rect.bar").count() >= 2
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "serve-all.png"))

    daesh = _api(page_server, actor="Daesh")
    assert daesh, "the bundled example has Islamic State events"
    page.fill("#f-actor", "Daesh")
    page.press("#f-actor", "Enter")
    expect(_rows(page)).to_have_count(len(daesh))
    assert all("Islamic State" in text for text in _rows(page).all_inner_texts())
    assert page.locator("path.event-marker").count() == len(daesh)

    tabqa = next((e for e in daesh if "Tabqa" in (e["location"] or {}).get("name", "")), daesh[0])
    page.locator(f"#events-table tbody tr[data-id='{tabqa['id']}']").click()
    page.wait_for_selector("#detail .evidence mark")
    detail = page.locator("#detail")
    assert tabqa["sub_event_type"] in detail.inner_text()
    assert page.locator("#detail mark.hl-actor").count() >= 1
    assert page.locator("#detail mark.hl-place").count() >= 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "serve-map.png"))


def test_article_text_is_shown_as_text_never_run(page: Any) -> None:
    row = _rows(page).filter(has_text="Brigade").filter(has_text="Mosul")
    assert "<script>window.__xss=4</script>Brigade" in row.inner_text()
    row.click()
    page.wait_for_selector("#detail .evidence")
    page.locator("path.event-marker.event-id-" + row.get_attribute("data-id")).hover()
    text = page.locator("#detail").inner_text()
    assert "<script>window.__xss=6</script>" in text
    assert 'onerror="window.__xss=5"' in text
    assert HOSTILE_TITLE in text and "<b onmouseover=window.__xss=2>site</b>" in text
    assert page.evaluate("window.__xss") is None
    assert page.locator("#detail img, #detail script, #detail b, #events-table img").count() == 0
    # a javascript: URL is shown, never made a link
    assert "javascript:window.__xss=3" in text and page.locator("#detail a").count() == 0
    assert page.locator(".leaflet-tooltip script, .leaflet-tooltip img").count() == 0


def test_timeline_brush_picks_a_date_range(page: Any, page_server: str) -> None:
    everything = _rows(page).count()
    box = page.locator("#timeline-svg").bounding_box()
    y = box["y"] + box["height"] / 2
    # the last tenth of the axis: June 2017, not the March 2014 capture of Raqqa
    page.mouse.move(box["x"] + box["width"] * 0.9, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 2, y, steps=5)
    page.mouse.up()
    page.wait_for_selector("#timeline-svg rect.brush")
    dates = [row.split("\t")[0] for row in _rows(page).all_inner_texts()]
    assert 0 < len(dates) < everything
    assert all(d.startswith("2017-06") for d in dates)
    page.click("#range-clear")
    expect(_rows(page)).to_have_count(everything)


def test_control_view_colours_places_by_holder(page: Any) -> None:
    page.fill("#control-date", "2017-06-14")
    page.check("#control-on")
    page.wait_for_selector("#legend strong")
    legend = page.locator("#legend").inner_text()
    if "not available" in legend:  # a build without polemos.control says so on the page
        assert page.locator("path.control-marker").count() == 0
        return
    assert "Held on 2017-06-14" in legend
    assert page.locator("path.control-marker").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "serve-control.png"))
    page.uncheck("#control-on")
    assert page.locator("path.event-marker").count() >= 1
