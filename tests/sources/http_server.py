"""A real HTTP server on loopback for the feed tests: routes set per test, hits counted."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    status: int = 200
    body: bytes | str = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # before answering: a slow server
    trickle: float = 0.0  # between chunks of the body: a server that never finishes in time
    fail_times: int = 0  # answer 503 this many times first, then normally
    etag: str | None = None  # answer 304 to a request that carries it


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []
        self.base = ""

    def url(self, path: str) -> str:
        return self.base + path


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            site.hits[self.path] += 1
            site.agents.append(self.headers.get("User-Agent", ""))
            route = site.routes.get(self.path)
            if route is None:
                self._answer(404, b"not here", "text/plain")
                return
            if route.delay:
                time.sleep(route.delay)
            if route.fail_times and site.hits[self.path] <= route.fail_times:
                self._answer(503, b"busy", "text/plain", {"Retry-After": "0"})
                return
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                self.send_response(304)
                self.end_headers()
                return
            body = route.body.encode() if isinstance(route.body, str) else route.body
            headers = dict(route.headers)
            if route.etag:
                headers["ETag"] = route.etag
            if route.trickle:
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.end_headers()
                for start in range(0, len(body), 16):
                    self.wfile.write(body[start : start + 16])
                    self.wfile.flush()
                    time.sleep(route.trickle)
                return
            self._answer(route.status, body, route.content_type, headers)

        def _answer(
            self, status: int, body: bytes, content_type: str, headers: dict | None = None
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (too large, timeout): what the test wanted

    return Handler


@contextmanager
def serve() -> Iterator[Site]:
    """A site on 127.0.0.1 and a free port, up for the ``with`` block."""
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
