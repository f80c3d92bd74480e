"""Conditional GETs: weak ETags from the data version, 304 on a match, Cache-Control on reads.

The ETag of a read is the dataset's version (bumped inside every write transaction)
plus a hash of the request's address and representation headers, so a client that
revalidates after nothing changed gets a 304 without any query being run.
"""

from __future__ import annotations

import hashlib
import time

from fastapi import Request, Response
from sqlalchemy import select
from sqlalchemy.engine import Engine
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.models import DATASET_STATE

CACHED_PREFIX = "/v1/"


class DataVersion:
    """The dataset's version, re-read at most every ``ttl`` seconds.

    Writes through this process call :meth:`invalidate`, so they show at once; a write
    by another process (an importer, another replica) shows within ``ttl`` — the same
    order as the ``max-age`` clients may cache a response for anyway.
    """

    def __init__(self, engine: Engine, *, ttl: float) -> None:
        self.engine = engine
        self.ttl = ttl
        self._value = 0
        self._read_at = float("-inf")

    def is_fresh(self) -> bool:
        return time.monotonic() - self._read_at < self.ttl

    @property
    def cached(self) -> int:
        return self._value

    def read(self) -> int:
        with self.engine.connect() as conn:
            version = conn.execute(select(DATASET_STATE.c.version).where(DATASET_STATE.c.id == 1)).scalar()
        self._value, self._read_at = int(version or 0), time.monotonic()
        return self._value

    def invalidate(self) -> None:
        self._read_at = float("-inf")


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


class ConditionalGetMiddleware:
    """Plain ASGI (no body buffering): adds ETag and Cache-Control, answers 304 before any query."""

    def __init__(self, app: ASGIApp, *, max_age: int, version: DataVersion) -> None:
        self.app = app
        self.cache_control = f"public, max-age={max_age}"
        self.version = version

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "HEAD")
            or not scope["path"].startswith(CACHED_PREFIX)
        ):
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        # Never block the event loop on the database: a stale version is re-read in a worker thread.
        version = (
            self.version.cached if self.version.is_fresh() else await run_in_threadpool(self.version.read)
        )
        etag = etag_for(request, version)
        if_none_match = request.headers.get("if-none-match")
        if if_none_match and _matches(if_none_match, etag):
            not_modified = Response(
                status_code=304, headers={"ETag": etag, "Cache-Control": self.cache_control}
            )
            await not_modified(scope, receive, send)
            return

        async def send_with_cache_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if message["status"] == 200:
                    headers["ETag"] = etag
                    headers["Cache-Control"] = self.cache_control
                elif "cache-control" not in headers:
                    headers["Cache-Control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_with_cache_headers)
