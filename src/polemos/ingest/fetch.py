"""A polite HTTP client for feeds and pages: timeouts, a clear user agent, a per-host rate
limit, retries with back-off, and a size cap.

The standard library's urllib, not a client library: one GET at a time is all the watcher
needs, and it adds no dependency.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from importlib import metadata
from urllib.parse import urlsplit

from polemos.ingest import MAX_BYTES

# shown to site owners in their logs: who we are and where to read about us
FALLBACK_PROJECT_URL = "https://polemos.invalid"
# worth another try: the server or the path to it may be fine a moment later
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
# the longest a server's Retry-After is obeyed within one fetch; longer waits are next round's
MAX_RETRY_AFTER = 60.0


def user_agent() -> str:
    """``polemos/<version> (+<project url>)``."""
    try:
        meta = metadata.metadata("polemos")
        version = meta["Version"]
        urls = [value.split(",", 1)[-1].strip() for value in meta.get_all("Project-URL") or []]
        url = (urls or [meta.get("Home-page") or FALLBACK_PROJECT_URL])[0]
    except metadata.PackageNotFoundError:
        version, url = "0", FALLBACK_PROJECT_URL
    return f"polemos/{version} (+{url})"


class FetchError(Exception):
    """A fetch that failed; ``reason`` is short and stable, ``retryable`` says if later may work."""

    def __init__(
        self,
        url: str,
        reason: str,
        *,
        retryable: bool,
        status: int | None = None,
        retry_after: float | None = None,
    ):
        super().__init__(f"{reason}: {url}")
        self.url = url
        self.reason = reason
        self.retryable = retryable
        self.status = status
        self.retry_after = retry_after  # seconds the server asked us to wait


@dataclass
class Response:
    url: str  # after redirects
    status: int
    headers: dict[str, str]  # lower-case names
    body: bytes

    @property
    def content_type(self) -> str:
        """The media type without parameters, lower-case ("text/html"); "" if not given."""
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        message = Message()
        message["content-type"] = self.headers.get("content-type", "")
        return message.get_content_charset()


@dataclass
class Fetcher:
    """GET with timeouts, retries and a per-host interval. Not thread-safe: one per thread.

    ``timeout`` bounds each connect and read; ``deadline`` the whole response, so a server
    that trickles a byte at a time cannot hold the watcher.
    """

    timeout: float = 20.0
    deadline: float = 60.0
    retries: int = 3  # tries after the first
    backoff: float = 2.0  # seconds before the first retry, doubled each time
    per_host_interval: float = 1.0  # seconds between two requests to one host
    max_bytes: int = MAX_BYTES
    agent: str = field(default_factory=user_agent)
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _next_slot: dict[str, float] = field(default_factory=dict, repr=False)

    def get(self, url: str, headers: dict[str, str] | None = None) -> Response:
        """The response to a GET (2xx or 304), after up to ``retries`` retries; else FetchError."""
        scheme = urlsplit(url).scheme.lower()
        if scheme not in ("http", "https"):
            # a feed may link anywhere, file:// included: only the web is fetched
            raise FetchError(url, f"not a web address ({scheme or 'no scheme'})", retryable=False)
        attempt = 0
        while True:
            try:
                return self._get_once(url, headers or {})
            except FetchError as error:
                if not error.retryable or attempt >= self.retries:
                    raise
                wait = self.backoff * 2**attempt
                if error.retry_after is not None:
                    wait = max(wait, min(error.retry_after, MAX_RETRY_AFTER))
                attempt += 1
                self.sleep(wait)

    def _wait_for_host(self, host: str) -> None:
        now = self.clock()
        slot = self._next_slot.get(host, now)
        if slot > now:
            self.sleep(slot - now)
        self._next_slot[host] = max(slot, now) + self.per_host_interval

    def _get_once(self, url: str, headers: dict[str, str]) -> Response:
        self._wait_for_host(urlsplit(url).netloc.lower())
        request = urllib.request.Request(url, headers={"User-Agent": self.agent, **headers})
        started = self.clock()
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                declared = answer.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(url, "too large", retryable=False)
                body = self._read(answer, url, started)
                return Response(
                    url=answer.geturl(),
                    status=answer.status,
                    headers={k.lower(): v for k, v in answer.headers.items()},
                    body=body,
                )
        except urllib.error.HTTPError as error:
            if error.code == 304:  # not modified: a conditional GET's good answer
                return Response(url, 304, {k.lower(): v for k, v in error.headers.items()}, b"")
            raise FetchError(
                url,
                f"HTTP {error.code}",
                retryable=error.code in RETRY_STATUSES,
                status=error.code,
                retry_after=_seconds(error.headers.get("Retry-After")),
            ) from None
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, TimeoutError):
                raise FetchError(url, "timeout", retryable=True) from None
            raise FetchError(url, f"unreachable ({reason})", retryable=True) from None
        except TimeoutError:
            raise FetchError(url, "timeout", retryable=True) from None
        except (OSError, http.client.HTTPException) as error:
            # reset connections, truncated bodies, garbled status lines: often passing
            detail = f"{type(error).__name__}: {error}".rstrip(": ")
            raise FetchError(url, f"connection failed ({detail})", retryable=True) from None

    def _read(self, answer: object, url: str, started: float) -> bytes:
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = answer.read(65536)  # type: ignore[attr-defined]
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(url, "too large", retryable=False)
            if self.clock() - started > self.deadline:
                raise FetchError(url, "timeout", retryable=True)
            chunks.append(chunk)


def _seconds(value: str | None) -> float | None:
    if value and value.strip().isdigit():
        return float(value.strip())
    return None
