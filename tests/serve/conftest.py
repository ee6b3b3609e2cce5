"""A store holding the bundled example, and real uvicorn servers on loopback ports over it."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest
import uvicorn

from polemos.article import Article, Event
from polemos.ingest import article_from_text
from polemos.pipeline import process
from polemos.serve import create_app
from polemos.store import Store

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "raqqa-offensive.txt"
TOKEN = "test-token-7f3a"


class LiveServer:
    """uvicorn serving an app on a free 127.0.0.1 port, in a thread of the test process."""

    def __init__(self, app: object):
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.bind(("127.0.0.1", 0))  # the OS picks a free port: no race with others
        self.port = self._socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", lifespan="on")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True
        )

    def __enter__(self) -> LiveServer:
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._socket.close()


# hand-made events, so that the API tests do not move when the extractors improve
RAQQA = {
    "name": "Ar Raqqah",
    "country": "SY",
    "admin1": "Ar-Raqqah",
    "admin2": None,
    "latitude": 35.95283,
    "longitude": 39.00788,
    "geonameid": 172955,
    "precision": "place",
}
TABQA = {
    **RAQQA,
    "name": "Al-Tabqa",
    "latitude": 35.83758,
    "longitude": 38.54828,
    "geonameid": 172374,
}
MAYADIN = {
    "name": "Al Mayādīn",
    "country": "SY",
    "admin1": "Deir ez-Zor",
    "admin2": None,
    "latitude": 35.01982,
    "longitude": 40.45154,
    "geonameid": 173480,
    "precision": "place",
}
ALEPPO_PROVINCE = {
    "name": "Aleppo",
    "country": "SY",
    "admin1": "Aleppo",
    "admin2": None,
    "latitude": 36.25,
    "longitude": 37.5,
    "geonameid": 170063,
    "precision": "admin1",
    "admin1_code": "SY.09",
}
MOSUL = {
    "name": "Mosul",
    "country": "IQ",
    "admin1": "Nineveh",
    "admin2": None,
    "latitude": 36.335,
    "longitude": 43.11889,
    "geonameid": 99072,
    "precision": "place",
}
# the words the stories' sentences use for each place
SURFACE = {"Ar Raqqah": "Raqqa", "Al-Tabqa": "Tabqa", "Al Mayādīn": "Mayadin"}
# (sub-type, type, actor1, actor2, date, location, fatalities, modality, sentence, trigger)
STORIES = [
    ("Armed clash", "Battles", "Syrian Democratic Forces", "Islamic State", "2017-06-13", RAQQA,
     None, "reported", "Fighters of the Syrian Democratic Forces launched an assault on Raqqa "
     "on Tuesday against Islamic State fighters.", "assault on"),
    ("Government regains territory", "Battles", "Military Forces of Syria", "Islamic State",
     "2017-06-13", TABQA, (40, 40, None, "at least 40 militants"), "claimed",
     "The Syrian Arab Army said its troops had recaptured the town of Tabqa from ISIL, "
     "killing at least 40 militants.", "recaptured"),
    ("Air/drone strike", "Explosions/Remote violence", None, "Civilians (Syria)", "2017-06-12",
     MAYADIN, (17, 17, 17, "17 civilians"), "reported",
     "An air strike on a market in Mayadin killed 17 civilians.", "air strike"),
    ("Non-state actor overtakes territory", "Battles", "Islamic State", None, "2014-03", RAQQA,
     None, "historical", "The jihadist group took control of Raqqa in March of 2014.",
     "took control of"),
    ("Armed clash", "Battles", "Hayat Tahrir al-Sham", "Military Forces of Syria", "2017-06-11",
     ALEPPO_PROVINCE, None, "reported",
     "Fighting raged across 22 villages in Aleppo province on Sunday.", "fighting"),
    ("Shelling/artillery/missile attack", "Explosions/Remote violence", "Islamic State",
     "Military Forces of Iraq", "2017-06-10", MOSUL, (5, 5, 5, "five soldiers"), "reported",
     "Daesh shelled Iraqi army positions in Mosul, killing five soldiers.", "shelled"),
]  # fmt: skip


def story_article() -> Article:
    """One article holding the STORIES, with evidence offsets into its text."""
    events, text = [], ""
    for sub, kind, actor1, actor2, day, place, toll, modality, sentence, trigger in STORIES:
        start = len(text)
        text += sentence + "\n\n"
        low, best, high, words = toll or (None, None, None, None)
        surface = SURFACE.get(place["name"], place["name"])
        events.append(
            Event(
                event_type=kind,
                sub_event_type=sub,
                actor1=actor1,
                actor2=actor2,
                date=day,
                date_precision="day" if len(day) == 10 else "month",
                location=dict(place),
                fatalities={"low": low, "best": best, "high": high, "text": words},
                counts=[],
                modality=modality,
                attribution=None,
                evidence={"sentence": sentence, "start": start, "end": start + len(sentence),
                          "trigger": trigger},
                confidence=0.9 if modality == "reported" else 0.7,
                provenance={"location": f"toponym in sentence: '{surface}'"},
            )
        )  # fmt: skip
    article = Article(text=text, title="Fighting around Raqqa", published=date(2017, 6, 13))
    article.events = events
    return article


@pytest.fixture(scope="session")
def stories_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the hand-made STORIES."""
    path = tmp_path_factory.mktemp("serve") / "stories.duckdb"
    with Store(path) as store:
        store.save_article(story_article())
    return path


@pytest.fixture(scope="session")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the bundled example article, run through the real pipeline once."""
    path = tmp_path_factory.mktemp("serve") / "example.duckdb"
    article = article_from_text(
        EXAMPLE.read_text(encoding="utf-8"), published=date(2017, 6, 13), source=str(EXAMPLE)
    )
    process(article)
    with Store(path) as store:
        store.save_article(article)
    return path


@pytest.fixture(scope="session")
def read_server(stories_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a server on a copy of the STORIES store; tests must not write to it."""
    copy = tmp_path_factory.mktemp("read") / "read.duckdb"
    shutil.copy(stories_db, copy)
    with LiveServer(create_app(copy, token=TOKEN)) as server:
        yield server.url


@pytest.fixture
def write_server(tmp_path: Path) -> Iterator[str]:
    """Base URL of a server with the API token set, on an empty store."""
    path = tmp_path / "write.duckdb"
    with LiveServer(create_app(path, token=TOKEN, max_body=64 * 1024)) as server:
        yield server.url


@pytest.fixture
def api(read_server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=read_server, timeout=30) as client:
        yield client


@pytest.fixture
def writer(write_server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=write_server, timeout=60) as client:
        yield client


@pytest.fixture
def auth() -> dict[str, str]:
    """The header POST /articles needs on these servers."""
    return {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def tokenless_server(stories_db: Path, tmp_path: Path) -> Iterator[str]:
    """Base URL of a server started without an API token (writes disabled)."""
    copy = tmp_path / "tokenless.duckdb"
    shutil.copy(stories_db, copy)
    with LiveServer(create_app(copy)) as server:
        yield server.url


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def live_server() -> type[LiveServer]:
    """The LiveServer class, for tests that build their own app."""
    return LiveServer
