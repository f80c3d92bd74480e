"""The ASGI application: routers under /v1, problem+json errors, offline docs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app import __version__
from app.api import docs, errors
from app.api.caching import ConditionalGetMiddleware, DataVersion, ResponseCache
from app.api.deps import Reads
from app.api.errors import problem_response
from app.api.limits import BodySizeLimitMiddleware
from app.api.observability import RequestIdMiddleware, configure_logging
from app.api.reads import ReadRunner
from app.api.routes import articles, comments, organisations, people, places, quotes, search, stats, writes
from app.api.schemas import Health, Problem, Readiness
from app.api.timeouts import ResponseTimeoutMiddleware
from app.config import Settings, get_settings
from app.db import make_engine
from app.migrate import is_at_head, upgrade_to_head
from app.services.errors import Unavailable

DESCRIPTION = """
Byline turns raw news articles into structured records — articles, the people and organisations in
them, the places they mention, every quote with who said it, and reader comments — and serves them
as filterable JSON.

* Lists return `{"items": [...], "next_cursor": ...}`; pass `next_cursor` back as `cursor` for the
  next page (a `Link: rel="next"` header carries the same address).
* Errors are RFC 9457 `application/problem+json` documents.
"""

_TRIVIAL_QUERY = text("SELECT 1")

TAGS = [
    {"name": "articles", "description": "News articles: title, body, metadata and topics."},
    {"name": "people", "description": "People named in articles, with titles and organisations."},
    {"name": "organisations", "description": "Organisations named in articles."},
    {"name": "places", "description": "Countries, cities and regions, with ISO 3166-1 codes."},
    {"name": "quotes", "description": "Direct and reported quotes with their speakers."},
    {"name": "comments", "description": "Reader comments found under articles."},
    {"name": "search", "description": "Full-text search across every record type."},
    {"name": "operations", "description": "Liveness, readiness and counts."},
]


def create_app(settings: Settings | None = None, *, migrate: bool = True) -> FastAPI:
    """Build the API over ``settings.database_url`` (brought to the newest schema on start)."""
    settings = settings or get_settings()
    configure_logging(json_lines=settings.log_json, level=settings.log_level)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if migrate:
            upgrade_to_head(app.state.write_engine)
        yield
        app.state.reads.close()
        app.state.read_engine.dispose()
        app.state.write_engine.dispose()

    app = FastAPI(
        docs_url=None,
        redoc_url=None,
        title="Byline",
        version=__version__,
        description=DESCRIPTION,
        contact={"name": "Byline maintainers"},
        license_info={"name": "MIT", "identifier": "MIT"},
        openapi_tags=TAGS,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.read_engine = make_engine(settings)
    app.state.write_engine = make_engine(settings, writer=True)
    # Reads run inline on the event loop only over a SQLite file (see app.api.reads).
    runner = ReadRunner(app.state.read_engine, inline=settings.sqlite_path() is not None)
    app.state.reads = runner
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "HEAD", "OPTIONS"],
        allow_headers=["*"],
    )
    errors.install(app)
    docs.install(app)
    app.state.data_version = DataVersion(app.state.read_engine, ttl=settings.data_version_ttl, reads=runner)
    # Answers are kept only where the data version is read exactly for every request (reads inline).
    keep_answers = runner.inline and settings.response_cache_bytes > 0
    app.state.response_cache = (
        ResponseCache(max_bytes=settings.response_cache_bytes) if keep_answers else None
    )
    app.add_middleware(
        ConditionalGetMiddleware,
        max_age=settings.cache_max_age,
        version=app.state.data_version,
        cache=app.state.response_cache,
    )
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(ResponseTimeoutMiddleware, seconds=settings.request_timeout)
    app.add_middleware(RequestIdMiddleware)
    # Added last, so it runs first: compresses every response over ~1 KB for clients that accept gzip.
    app.add_middleware(GZipMiddleware, minimum_size=1000)

    @app.get(
        "/health",
        tags=["operations"],
        operation_id="get_health",
        summary="Liveness check",
        response_model=Health,
        responses={503: problem_response()},
    )
    async def health(reads: Reads) -> Health:
        """Answers `{"status": "ok"}` once the database has answered a trivial query."""
        try:
            await reads.run(lambda conn: conn.execute(_TRIVIAL_QUERY))
        except SQLAlchemyError:
            raise Unavailable("the database is not reachable") from None
        return Health(status="ok")

    @app.get(
        "/ready",
        tags=["operations"],
        operation_id="get_readiness",
        summary="Readiness check",
        response_model=Readiness,
        responses={
            503: problem_response("The database is unreachable or its schema is not at the newest migration.")
        },
    )
    def ready() -> Readiness:
        """Ready to serve: the database answers and its schema is at the newest migration."""
        try:
            at_head = is_at_head(app.state.read_engine)
        except SQLAlchemyError:
            raise Unavailable("the database is not reachable") from None
        if not at_head:
            raise Unavailable("the database schema is not at the newest migration yet")
        return Readiness(status="ready", database="ok", migrations="at head")

    _custom_openapi(app)
    for module in (articles, writes, people, organisations, places, quotes, comments, search, stats):
        app.include_router(module.router, prefix="/v1")
    return app


SPARSE_PAGE = {
    "title": "SparsePage",
    "description": "A list page asked for with `fields=`: each item carries only the named fields.",
    "type": "object",
    "properties": {
        "items": {"type": "array", "items": {"type": "object", "additionalProperties": True}},
        "next_cursor": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "facets": {"type": "object", "additionalProperties": True},
    },
    "required": ["items", "next_cursor"],
}


TIMED_OUT_READ = problem_response(
    "The read did not finish in time (BYLINE_REQUEST_TIMEOUT, or the statement time limit): try again "
    "after `Retry-After` seconds or ask for less."
)


def _custom_openapi(app: FastAPI) -> None:
    """The generated document, plus what FastAPI cannot see for itself.

    Write bodies are parsed by hand (JSON, text or NDJSON), so their schemas are listed
    here; and a list asked for with `fields=` answers a sparse page, so each list's JSON
    answer is documented as its full page or a SparsePage.
    """
    from fastapi.openapi.utils import get_openapi

    from app.api.schemas import ArticleBatch, ArticleCreate

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        document = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
            tags=app.openapi_tags,
            contact=app.contact,
            license_info=app.license_info,
        )
        schemas = document.setdefault("components", {}).setdefault("schemas", {})
        for model in (ArticleCreate, ArticleBatch, Problem):
            schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
            schemas.update(schema.pop("$defs", {}))
            schemas[model.__name__] = schema
        schemas["SparsePage"] = SPARSE_PAGE
        for operations in document.get("paths", {}).values():
            if "get" in operations:
                # Every read may be cut off (ResponseTimeoutMiddleware, the statement time limit).
                operations["get"]["responses"].setdefault("503", TIMED_OUT_READ)
            for operation in operations.values():
                if not any(p.get("name") == "fields" for p in operation.get("parameters", [])):
                    continue
                content = operation["responses"]["200"]["content"]["application/json"]
                content["schema"] = {
                    "anyOf": [content["schema"], {"$ref": "#/components/schemas/SparsePage"}]
                }
        app.openapi_schema = document
        return document

    app.openapi = openapi  # type: ignore[method-assign]
