"""The FastAPI app: read endpoints over the store, ``POST /articles``, and the web page.

One DuckDB connection serves every request: DuckDB lets one process write a file at a
time and a ``Store`` is one connection, so requests take turns through a lock.
"""

# no `from __future__ import annotations`: FastAPI reads the endpoints' annotations at
# run time, and some name types local to create_app

import hmac
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from polemos.ingest import BadInput
from polemos.serve import models
from polemos.serve.articles import DEFAULT_MAX_BODY, UnsupportedMediaType, article_from_body
from polemos.serve.control import ControlUnavailable, control_at, control_available
from polemos.serve.highlight import highlights
from polemos.serve.queries import (
    MAX_FEATURES,
    MAX_PAGE,
    EventFilters,
    all_events,
    event_stats,
    feature_collection,
    find_events,
    parse_bbox,
    parse_modality,
    with_admin1_code,
)
from polemos.store import ORDER_BY_CHOICES, Store, StoreError

STATIC = Path(str(files("polemos.serve") / "static"))
# the largest id DuckDB's BIGINT holds: larger ones are simply not found
_MAX_ID = 2**63 - 1
_MAX_OFFSET = 10**9
OrderBy = Literal[ORDER_BY_CHOICES]  # type: ignore[valid-type]


@dataclass
class ServeSettings:
    """How ``polemos serve`` runs; ``token`` None disables ``POST /articles``."""

    db: Path
    token: str | None = None
    private: bool = False  # reads need the token too
    max_body: int = DEFAULT_MAX_BODY
    tiles: str | None = None  # e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png
    tile_attribution: str = ""


class _Error(HTTPException):
    """An HTTP error whose JSON body is ``{"error": short, "detail": long}``."""

    def __init__(self, status: int, error: str, detail: Any = None, headers: Any = None):
        super().__init__(status, detail={"error": error, "detail": detail}, headers=headers)


def _error_body(status: int, detail: Any) -> dict[str, Any]:
    if isinstance(detail, dict) and "error" in detail:
        return detail
    return {"error": _REASONS.get(status, "error"), "detail": detail}


_REASONS = {
    400: "bad request",
    401: "unauthorized",
    403: "forbidden",
    404: "not found",
    405: "method not allowed",
    413: "too large",
    415: "unsupported media type",
    422: "invalid request",
    501: "not implemented",
    503: "unavailable",
}

_ERRORS = {
    status: {"model": models.ErrorOut, "description": reason}
    for status, reason in (
        (400, "A filter or parameter is unusable (the detail says which and why)."),
        (401, "The API token is missing or wrong."),
        (422, "A parameter has the wrong type or range."),
    )
}


class _BodyLimit:
    """Refuse bodies announced larger than ``limit`` before reading them (413)."""

    def __init__(self, app: ASGIApp, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            length = dict(scope["headers"]).get(b"content-length")
            if length is not None and (not length.isdigit() or int(length) > self.limit):
                status = 413 if length.isdigit() else 400
                detail = (
                    f"the body is {int(length):,} bytes; the limit is {self.limit:,}"
                    if length.isdigit()
                    else "Content-Length is not a number"
                )
                response = JSONResponse(_error_body(status, detail), status_code=status)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _security_headers(settings: ServeSettings) -> dict[str, str]:
    images = "'self' data:"
    if settings.tiles:
        parts = urlsplit(settings.tiles.replace("{s}", "a"))
        images += f" {parts.scheme}://{parts.netloc.replace('a.', '*.', 1)}"
    # article text is untrusted: no inline script, no foreign script, even if escaping failed
    return {
        "Content-Security-Policy": (
            "default-src 'self'; script-src 'self'; style-src 'self'; "
            f"img-src {images}; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            "frame-ancestors 'none'"
        ),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    }


def create_app(
    db: str | Path | None = None,
    *,
    token: str | None = None,
    private: bool = False,
    max_body: int = DEFAULT_MAX_BODY,
    tiles: str | None = None,
    tile_attribution: str = "",
) -> FastAPI:
    """The polemos web app on the store at ``db`` (default ``$POLEMOS_DB`` or ./polemos.duckdb)."""
    from polemos.store import default_path

    settings = ServeSettings(
        db=Path(db) if db is not None else default_path(),
        token=token or None,
        private=private,
        max_body=max_body,
        tiles=tiles,
        tile_attribution=tile_attribution,
    )
    store = Store(settings.db)
    store_lock = threading.Lock()
    # the pipeline's stages keep state per article run: one article at a time
    pipeline_lock = threading.Lock()

    @contextmanager
    def locked() -> Iterator[Store]:
        with store_lock:
            yield store

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="polemos",
        summary="Geocoded, source-attributed conflict events from news articles.",
        version=_version(),
        lifespan=lifespan,
        responses=_ERRORS,
    )
    app.state.settings = settings
    app.add_middleware(_BodyLimit, limit=settings.max_body)
    headers = _security_headers(settings)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        for name, value in headers.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(
            _error_body(exc.status_code, exc.detail),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            {"where": ".".join(str(part) for part in error.get("loc", ())), "problem": error["msg"]}
            for error in exc.errors()
        ]
        return JSONResponse(
            {"error": "invalid request", "detail": jsonable_encoder(problems)}, status_code=422
        )

    @app.exception_handler(Exception)
    async def internal_error(_: Request, exc: Exception) -> JSONResponse:
        # a bug, not the client's fault: say so in JSON; the traceback goes to the server log
        return JSONResponse(
            {"error": "internal error", "detail": f"{type(exc).__name__}: the server failed"},
            status_code=500,
        )

    # -- access ---------------------------------------------------------------------------

    def _check_token(request: Request) -> None:
        if settings.token is None:
            raise _Error(
                403,
                "writing disabled",
                "this server has no API token: start it with POLEMOS_TOKEN set to enable writes",
            )
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            value.strip().encode(), settings.token.encode()
        ):
            raise _Error(
                401,
                "unauthorized",
                "send the API token as 'Authorization: Bearer <token>'",
                headers={"WWW-Authenticate": "Bearer"},
            )

    def reader(request: Request) -> None:
        if settings.private:
            _check_token(request)

    def writer(request: Request) -> None:
        _check_token(request)

    read = [Depends(reader)]

    # -- filters --------------------------------------------------------------------------

    def event_filters(
        actor: Annotated[
            str | None,
            Query(max_length=200, description="Actor1 or actor2, any alias: ISIS, Daesh, ISIL."),
        ] = None,
        type: Annotated[
            str | None,
            Query(
                max_length=100,
                description="ACLED event type or shorthand: battles, explosions, "
                "violence_against_civilians, protests, riots, strategic_developments.",
            ),
        ] = None,
        sub_type: Annotated[
            str | None, Query(max_length=100, description="ACLED sub-event type.")
        ] = None,
        country: Annotated[
            str | None, Query(max_length=100, description="ISO2/ISO3 code or English name.")
        ] = None,
        admin1: Annotated[
            str | None,
            Query(max_length=100, description="Admin1 name (Ar-Raqqah) or GeoNames code (SY.04)."),
        ] = None,
        since: Annotated[
            str | None, Query(max_length=10, description="From this date: YYYY[-MM[-DD]].")
        ] = None,
        until: Annotated[
            str | None, Query(max_length=10, description="Up to this date: YYYY[-MM[-DD]].")
        ] = None,
        modality: Annotated[
            list[str] | None,
            Query(
                max_length=20,
                description="reported, claimed, historical; repeat or comma-separate.",
            ),
        ] = None,
        min_confidence: Annotated[
            float | None, Query(ge=0, le=1, allow_inf_nan=False, description="0 to 1.")
        ] = None,
        bbox: Annotated[
            str | None,
            Query(max_length=200, description="west,south,east,north in degrees."),
        ] = None,
    ) -> EventFilters:
        try:
            box = parse_bbox(bbox)
        except ValueError as error:
            raise _Error(400, "bad filter", str(error)) from None
        return EventFilters(
            actor=actor or None,
            event_type=type or None,
            sub_event_type=sub_type or None,
            country=country or None,
            admin1=admin1 or None,
            since=since or None,
            until=until or None,
            modality=parse_modality(modality),
            min_confidence=min_confidence,
            bbox=box,
        )

    Filters = Annotated[EventFilters, Depends(event_filters)]

    # -- the page ---------------------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/config", response_model=models.PageConfig, dependencies=read, tags=["page"])
    def page_config() -> dict[str, Any]:
        """What the web page needs to know about this server."""
        return {
            "tiles": settings.tiles,
            "tile_attribution": settings.tile_attribution,
            "control": control_available(),
            "writable": settings.token is not None,
        }

    # -- events -----------------------------------------------------------------------------

    @app.get("/events", response_model=models.EventPage, dependencies=read, tags=["events"])
    def list_events(
        filters: Filters,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
        offset: Annotated[int, Query(ge=0, le=_MAX_OFFSET)] = 0,
        order_by: Annotated[OrderBy, Query(description="A field; '-' for descending.")] = "date",
    ) -> dict[str, Any]:
        """Events matching every filter given, a page at a time."""
        with locked() as db:
            events, more = _bad_filter(
                find_events, db, filters, limit=limit, offset=offset, order_by=order_by
            )
        return {
            "events": events,
            "count": len(events),
            "limit": limit,
            "offset": offset,
            "next_offset": offset + len(events) if more else None,
        }

    @app.get(
        "/events.geojson",
        response_model=models.FeatureCollection,
        dependencies=read,
        tags=["events"],
        # the body is GeoJSON; errors stay application/json like every other endpoint's
        openapi_extra={
            "responses": {
                "200": {
                    "content": {
                        "application/geo+json": {
                            "schema": {"$ref": "#/components/schemas/FeatureCollection"}
                        }
                    }
                }
            }
        },
    )
    def events_geojson(
        filters: Filters, limit: Annotated[int, Query(ge=1, le=MAX_FEATURES)] = 10_000
    ) -> JSONResponse:
        """Matching events as a GeoJSON FeatureCollection of points, in date order."""
        with locked() as db:
            events = _bad_filter(all_events, db, filters, limit)
        return JSONResponse(
            jsonable_encoder(feature_collection(events)), media_type="application/geo+json"
        )

    @app.get(
        "/events/{event_id}",
        response_model=models.Event,
        dependencies=read,
        tags=["events"],
        responses={404: {"model": models.ErrorOut, "description": "No such event."}},
    )
    def one_event(event_id: Annotated[int, PathParam(ge=1, le=_MAX_ID)]) -> dict[str, Any]:
        """One event with every report of it: source articles and evidence sentences marked."""
        with locked() as db:
            event = db.event(event_id)
        if event is None:
            raise _Error(404, "not found", f"no event with id {event_id}")
        event = with_admin1_code(event)
        for source in event.get("sources") or []:
            source["highlights"] = highlights(
                source.get("sentence"), event, source.get("trigger"), source.get("trigger_start")
            )
        return event

    @app.get("/stats", response_model=models.Stats, dependencies=read, tags=["events"])
    def stats(filters: Filters) -> dict[str, Any]:
        """Counts of the matching events by day, type, sub-type, actor, modality and country."""
        with locked() as db:
            events = _bad_filter(all_events, db, filters)
        return event_stats(events)

    # -- places and control -----------------------------------------------------------------

    @app.get(
        "/places/{geonameid}",
        response_model=models.Place,
        dependencies=read,
        tags=["places"],
        responses={404: {"model": models.ErrorOut, "description": "No such place stored."}},
    )
    def place(geonameid: Annotated[int, PathParam(ge=1, le=_MAX_ID)]) -> dict[str, Any]:
        """A place events or toponyms resolved to, with how many events are located there."""
        with locked() as db:
            found = next((p for p in db.places() if p["geonameid"] == geonameid), None)
            if found is None:
                raise _Error(404, "not found", f"no stored place with GeoNames id {geonameid}")
            nearby: list[dict[str, Any]] = []
            if found.get("latitude") is not None and found.get("longitude") is not None:
                # the store has no place filter: a tiny box around the point, then the id
                lat, lon = found["latitude"], found["longitude"]
                box = (
                    max(lon - 1e-4, -180),
                    max(lat - 1e-4, -90),
                    min(lon + 1e-4, 180),
                    min(lat + 1e-4, 90),
                )
                nearby = db.events(bbox=box)
        count = sum((e.get("location") or {}).get("geonameid") == geonameid for e in nearby)
        from polemos.serve.queries import admin1_code

        code = admin1_code(found.get("country"), found.get("admin1"))
        return {**found, "admin1_code": code, "event_count": count}

    @app.get(
        "/control",
        response_model=models.Control,
        dependencies=read,
        tags=["places"],
        responses={
            501: {
                "model": models.ErrorOut,
                "description": "Territorial control is not in this build (polemos.control).",
            }
        },
    )
    def control(
        on: Annotated[str, Query(max_length=10, description="The day: YYYY-MM-DD.")],
        place: Annotated[
            str | None, Query(max_length=200, description="GeoNames id or place name.")
        ] = None,
        actor: Annotated[str | None, Query(max_length=200, description="Any alias.")] = None,
    ) -> dict[str, Any]:
        """Who held which place on a day (territorial control, from ``polemos.control``)."""
        try:
            day = date.fromisoformat(on)
        except ValueError:
            raise _Error(
                400, "bad filter", f"on: expected a day as YYYY-MM-DD, got {on!r}"
            ) from None
        try:
            with locked() as db:
                holdings = control_at(db, day, place=place, actor=actor)
        except ControlUnavailable as error:
            raise _Error(501, "control not available", str(error)) from None
        except ValueError as error:
            raise _Error(400, "bad filter", str(error)) from None
        return {"on": day.isoformat(), "place": place, "actor": actor, "holdings": holdings}

    # -- writing ----------------------------------------------------------------------------

    @app.post(
        "/articles",
        response_model=models.IngestResult,
        status_code=201,
        dependencies=[Depends(writer)],
        tags=["articles"],
        openapi_extra={"requestBody": _ARTICLE_BODY},
        responses={
            200: {"model": models.IngestResult, "description": "The same text was stored before."},
            403: {"model": models.ErrorOut, "description": "Writing is disabled (no token)."},
            413: {"model": models.ErrorOut, "description": "The body is over the size limit."},
            415: {"model": models.ErrorOut, "description": "Not text, HTML or JSON."},
            422: {"model": models.ErrorOut, "description": "Not an article (the detail says why)."},
        },
    )
    async def post_article(
        request: Request,
        title: Annotated[
            str | None, Query(max_length=500, description="Title, for text and HTML bodies.")
        ] = None,
        published: Annotated[
            str | None,
            Query(max_length=64, description="Publication date (YYYY-MM-DD) if the body has none."),
        ] = None,
    ) -> Any:
        """Run one article (text, HTML or JSON) through the pipeline, store it, return its events.

        JSON bodies are ``{"title", "published", "text" | "html"}`` (``url`` is kept as
        metadata, never fetched). Relative dates resolve against ``published``.
        """
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > settings.max_body:  # a chunked body announces no length
                raise _Error(413, "too large", f"the body is over {settings.max_body:,} bytes")
        try:
            article = article_from_body(
                bytes(body), request.headers.get("content-type"), title=title, published=published
            )
        except UnsupportedMediaType as error:
            raise _Error(415, "unsupported media type", str(error)) from None
        except BadInput as error:
            raise _Error(422, error.reason, error.detail or str(error)) from None
        result = await run_in_threadpool(_ingest, article)
        status = 201 if result["created"] else 200
        return JSONResponse(jsonable_encoder(result), status_code=status)

    def _ingest(article: Any) -> dict[str, Any]:
        from polemos.pipeline import process

        with pipeline_lock:
            process(article)
        with locked() as db:
            try:
                article_id, created = db.save_article(article)
            except StoreError as error:
                raise _Error(503, "store error", str(error)) from None
            events = [with_admin1_code(e) for e in db.events(article_id=article_id, order_by="id")]
        return {"article_id": article_id, "created": created, "events": events}

    return app


def _bad_filter(function: Any, *args: Any, **kwargs: Any) -> Any:
    """Run a store query; an unusable filter (ValueError from the store) is the client's 400."""
    try:
        return function(*args, **kwargs)
    except ValueError as error:
        raise _Error(400, "bad filter", str(error)) from None


def _version() -> str:
    from polemos import __version__

    return __version__


# OpenAPI for the raw body POST /articles reads itself (three media types, one endpoint)
_ARTICLE_BODY = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "properties": {
                    "title": {"type": "string"},
                    "published": {"type": "string", "description": "YYYY-MM-DD"},
                    "text": {"type": "string"},
                    "html": {"type": "string"},
                    "url": {"type": "string", "description": "Metadata only; never fetched."},
                },
                "additionalProperties": False,
            },
            "example": {
                "title": "Assault on Raqqa",
                "published": "2017-06-13",
                "text": "Fighters of the Syrian Democratic Forces launched an assault on Raqqa.",
            },
        },
        "text/plain": {"schema": {"type": "string"}},
        "text/html": {"schema": {"type": "string"}},
    },
}
