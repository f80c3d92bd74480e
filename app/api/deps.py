"""Dependencies as types: routes name what they need in their signatures."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Query, Request
from sqlalchemy.engine import Connection, Engine

from app.api.reads import ReadRunner
from app.config import Settings
from app.services.errors import Forbidden, Unauthorized

# Dependencies that do no I/O are `async def`: FastAPI runs a plain `def` dependency in a worker
# thread, and that trip costs more than most reads (see app.api.reads).


async def get_settings_dep(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_reads(request: Request) -> ReadRunner:
    reads: ReadRunner = request.app.state.reads
    return reads


def get_read_connection(request: Request) -> Iterator[Connection]:
    """A read-only connection for one request (one snapshot under WAL), held in a worker thread."""
    with request.app.state.read_engine.connect() as conn:
        yield conn


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
Reads = Annotated[ReadRunner, Depends(get_reads)]
ReadConnection = Annotated[Connection, Depends(get_read_connection)]

Limit = Annotated[
    int | None,
    Query(ge=1, le=500, description="Items per page, 1–500 (default 50).", examples=[20]),
]
Cursor = Annotated[
    str | None,
    Query(
        max_length=1000,
        description="Opaque cursor from the previous page's `next_cursor`; omit for the first page.",
        examples=["WyJpZCIsZmFsc2UsMjAsMjBd"],
    ),
]


def page_size(limit: int | None, settings: Settings) -> int:
    return min(limit or settings.default_page_size, settings.max_page_size)


async def require_api_key(request: Request) -> None:
    """Writes need ``Authorization: Bearer <BYLINE_API_KEY>``; with no key configured they are off."""
    settings: Settings = request.app.state.settings
    if settings.api_key is None or not settings.api_key.get_secret_value():
        raise Forbidden("writes are disabled: set BYLINE_API_KEY on the server to enable the write API")
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not credentials.strip():
        raise Unauthorized(
            "this operation needs an API key: send Authorization: Bearer <key>",
            headers={"WWW-Authenticate": 'Bearer realm="byline"'},
        )
    expected = settings.api_key.get_secret_value().encode()
    # Constant-time comparison, so response timing does not leak how much of a guess was right.
    if not hmac.compare_digest(credentials.strip().encode(), expected):
        raise Unauthorized(
            "the API key is not valid",
            headers={"WWW-Authenticate": 'Bearer realm="byline", error="invalid_token"'},
        )


WriteAccess = Depends(require_api_key)


async def get_write_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.write_engine
    return engine


WriteEngine = Annotated[Engine, Depends(get_write_engine)]
