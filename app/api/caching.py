"""Conditional GETs and a read cache, both keyed by the data version.

The ETag of a read is the dataset's version (bumped inside every write transaction)
plus a hash of the request's address and representation headers, so a client that
revalidates after nothing changed gets a 304 without any query being run. For the same
reason a whole answer can be kept and sent again, without any query, to every request for
the same address until the version moves on: :class:`ResponseCache`.
"""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict
from dataclasses import dataclass

from fastapi import Request, Response
from sqlalchemy import select
from sqlalchemy.engine import Connection, Engine
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.reads import ChangeCounter, ReadRunner
from app.models import DATASET_STATE

CACHED_PREFIX = "/v1/"
# Built once: SQLAlchemy then reuses its compiled form without working out its cache key again.
_VERSION_QUERY = select(DATASET_STATE.c.version).where(DATASET_STATE.c.id == 1)


class DataVersion:
    """The dataset's version.

    Where reads run on the event loop (SQLite, see app.api.reads) it is exact for every request:
    the loop connection's ``PRAGMA data_version`` tells whether any connection (in this process or
    another) has committed since the version was last read, and only then is the version row read
    again; so ETags and the read cache are exact. Elsewhere it is re-read at most
    every ``ttl`` seconds: writes through this process call :meth:`invalidate`, so they show at
    once; a write by another process (an importer, another replica) shows within ``ttl`` — the
    same order as the ``max-age`` clients may cache a response for anyway.
    """

    def __init__(self, engine: Engine, *, ttl: float, reads: ReadRunner | None = None) -> None:
        self.engine = engine
        self.ttl = ttl
        self.reads = reads
        self._value = 0
        self._read_at = float("-inf")
        self._seen_change: ChangeCounter | None = None  # the loop connection's counter when _value was read

    def is_fresh(self) -> bool:
        return time.monotonic() - self._read_at < self.ttl

    @property
    def cached(self) -> int:
        return self._value

    async def current(self) -> int:
        """The version to answer this request with (never blocks the event loop on a slow database)."""
        if self.reads is not None and self.reads.inline:
            change = self.reads.change_counter()
            if change is not None and change == self._seen_change:
                return self._value
            # Counter first, then the version: a commit in between shows as a change next time.
            value = await self.reads.run(self._read_on)
            self._seen_change = change
            return value
        return self.cached if self.is_fresh() else await run_in_threadpool(self.read)

    def read(self) -> int:
        with self.engine.connect() as conn:
            return self._read_on(conn)

    def _read_on(self, conn: Connection) -> int:
        version = conn.execute(_VERSION_QUERY).scalar()
        self._value, self._read_at = int(version or 0), time.monotonic()
        return self._value

    def invalidate(self) -> None:
        self._read_at = float("-inf")
        self._seen_change = None


def etag_for(request: Request, version: int) -> str:
    identity = "\n".join(
        (str(request.url.path), str(request.url.query), request.headers.get("accept", ""))
    ).encode()
    return f'W/"{version}-{hashlib.blake2b(identity, digest_size=8).hexdigest()}"'


def _matches(if_none_match: str, etag: str) -> bool:
    candidates = {tag.strip() for tag in if_none_match.split(",")}
    # Weak comparison (RFC 9110 §13.1.2): W/ prefixes do not matter.
    strip = etag.removeprefix("W/")
    return "*" in candidates or any(c.removeprefix("W/") == strip for c in candidates)


@dataclass(frozen=True, slots=True)
class CachedResponse:
    headers: list[tuple[bytes, bytes]]  # as sent, ETag and Cache-Control included
    body: bytes


# What, besides the ETag (version, path, query, Accept), can change an answer: the absolute
# address in a Link header (host, scheme) and the CORS headers (Origin).
CacheKey = tuple[str, str, str, str]


class ResponseCache:
    """Whole 200 answers to GETs for the current data version, least recently used dropped first.

    Holds at most ``max_bytes`` of bodies, none over ``max_bytes // 16``, so one large export-sized
    page cannot push everything else out. Entries for an older version are never sent: the whole
    cache is emptied as soon as a request sees a newer version.
    """

    def __init__(self, *, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.max_entry_bytes = max_bytes // 16
        self._entries: OrderedDict[CacheKey, CachedResponse] = OrderedDict()
        self._bytes = 0
        self._version: int | None = None

    def get(self, key: CacheKey, version: int) -> CachedResponse | None:
        if version != self._version:
            self._entries.clear()
            self._bytes, self._version = 0, version
            return None
        hit = self._entries.get(key)
        if hit is not None:
            self._entries.move_to_end(key)
        return hit

    def put(self, key: CacheKey, version: int, response: CachedResponse) -> None:
        size = len(response.body)
        if version != self._version or size > self.max_entry_bytes or key in self._entries:
            return
        self._entries[key] = response
        self._bytes += size
        while self._bytes > self.max_bytes:
            _, dropped = self._entries.popitem(last=False)
            self._bytes -= len(dropped.body)

    def __len__(self) -> int:
        return len(self._entries)


class ConditionalGetMiddleware:
    """Plain ASGI: adds ETag and Cache-Control, answers 304 (or a cached answer) before any query."""

    def __init__(
        self, app: ASGIApp, *, max_age: int, version: DataVersion, cache: ResponseCache | None = None
    ) -> None:
        self.app = app
        self.cache_control = f"public, max-age={max_age}"
        self.version = version
        self.cache = cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "HEAD")
            or not scope["path"].startswith(CACHED_PREFIX)
        ):
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        version = await self.version.current()
        etag = etag_for(request, version)
        if_none_match = request.headers.get("if-none-match")
        if if_none_match and _matches(if_none_match, etag):
            not_modified = Response(
                status_code=304, headers={"ETag": etag, "Cache-Control": self.cache_control}
            )
            await not_modified(scope, receive, send)
            return
        cache = self.cache if scope["method"] == "GET" else None
        key: CacheKey | None = None  # only worked out when there is a cache to look in
        if cache is not None:
            key = (
                etag,
                request.url.scheme,
                request.headers.get("host", ""),
                request.headers.get("origin", ""),
            )
            hit = cache.get(key, version)
            if hit is not None:
                await send({"type": "http.response.start", "status": 200, "headers": hit.headers})
                await send({"type": "http.response.body", "body": hit.body})
                return
        started: Message | None = None  # the 200 answer's start, while it may still be cached

        async def send_with_cache_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if message["status"] == 200:
                    headers["ETag"] = etag
                    headers["Cache-Control"] = self.cache_control
                    started = message
                elif "cache-control" not in headers:
                    headers["Cache-Control"] = "no-store"
            elif (
                message["type"] == "http.response.body"
                and started is not None
                and cache is not None
                and key is not None
            ):
                # Only an answer sent whole in one message is kept; a streamed export is not.
                if not message.get("more_body", False):
                    cache.put(
                        key, version, CachedResponse(list(started["headers"]), message.get("body", b""))
                    )
                started = None
            await send(message)

        await self.app(scope, receive, send_with_cache_headers)
