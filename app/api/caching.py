"""Conditional GETs: weak ETags from the data version, 304 on a match, Cache-Control on reads.

The ETag of a read is the dataset's version (bumped inside every write transaction)
plus a hash of the request's address and representation headers, so a client that
revalidates after nothing changed gets a 304 without any query being run.
"""

from __future__ import annotations

import hashlib

from fastapi import Request, Response
from sqlalchemy import select
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.models import DATASET_STATE

CACHED_PREFIX = "/v1/"


def data_version(request: Request) -> int:
    with request.app.state.read_engine.connect() as conn:
        version = conn.execute(select(DATASET_STATE.c.version).where(DATASET_STATE.c.id == 1)).scalar()
    return int(version or 0)


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

    def __init__(self, app: ASGIApp, *, max_age: int) -> None:
        self.app = app
        self.cache_control = f"public, max-age={max_age}"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "HEAD")
            or not scope["path"].startswith(CACHED_PREFIX)
        ):
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        etag = etag_for(request, data_version(request))
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
