"""Every error as an RFC 9457 ``application/problem+json`` document."""

from __future__ import annotations

import logging
import re
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.services.errors import ServiceError

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "/problems/"  # relative URI references, as RFC 9457 allows
log = logging.getLogger("app.api")


def problem(
    status: int,
    *,
    detail: str | None = None,
    title: str | None = None,
    type_: str | None = None,
    invalid_params: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
    instance: str | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": type_ or "about:blank",
        "title": title or HTTPStatus(status).phrase,
        "status": status,
    }
    if detail is not None:
        body["detail"] = detail
    if instance is not None:
        body["instance"] = instance
    if invalid_params:
        body["invalid_params"] = invalid_params
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


def _location(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc]
    # ("query", "limit") → "limit"; ("body", "text") → "text"
    return (
        ".".join(parts[1:])
        if len(parts) > 1 and parts[0] in {"query", "path", "body", "header"}
        else ".".join(parts)
    )


def _allowed_methods(request: Request) -> list[str]:
    """Every method the OpenAPI document lists for this path, across all routers that serve it."""
    methods: set[str] = set()
    for template, operations in request.app.openapi().get("paths", {}).items():
        pattern = "^" + re.sub(r"\\{[^/]+?\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, request.url.path):
            methods |= {method.upper() for method in operations}
    return sorted(methods)


def install(app: FastAPI) -> None:
    @app.exception_handler(ServiceError)
    async def _service_error(request: Request, exc: ServiceError) -> JSONResponse:
        params = (
            [{"name": exc.parameter, "reason": exc.detail}] if exc.parameter and exc.status == 422 else None
        )
        return problem(
            exc.status,
            title=exc.title,
            detail=exc.detail,
            type_=PROBLEM_TYPE_BASE + exc.slug,
            invalid_params=params,
            instance=request.url.path,
            headers=exc.headers,
        )

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        params = [
            {"name": _location(e.get("loc", ())), "reason": str(e.get("msg", "invalid"))}
            for e in exc.errors()
        ]
        names = ", ".join(p["name"] for p in params)
        return problem(
            422,
            title="Invalid parameter",
            detail=f"invalid value for {names}" if names else "the request is not valid",
            type_=PROBLEM_TYPE_BASE + "invalid-parameter",
            invalid_params=params,
            instance=request.url.path,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else None
        headers = dict(exc.headers or {})
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"no resource at {request.url.path}"
        if exc.status_code == 405:
            # Several routers may serve one path (reads and writes): allow what all of them do.
            allowed = _allowed_methods(request)
            headers["Allow"] = ", ".join(allowed)
            detail = f"{request.method} is not allowed here; allowed: {', '.join(allowed)}"
        return problem(exc.status_code, detail=detail, headers=headers, instance=request.url.path)

    @app.exception_handler(OperationalError)
    async def _database_error(request: Request, exc: OperationalError) -> JSONResponse:
        cause = exc.orig
        timed_out = "interrupted" in str(cause) or getattr(cause, "sqlstate", None) == "57014"
        if timed_out:
            detail = "the query took longer than this server allows; narrow the filters or the search"
        else:
            log.warning("database error on %s %s: %s", request.method, request.url.path, cause)
            detail = "the database is busy or unreachable; try again shortly"
        return problem(
            503,
            title="Query timed out" if timed_out else "Service unavailable",
            detail=detail,
            type_=PROBLEM_TYPE_BASE + ("query-timeout" if timed_out else "unavailable"),
            headers={"Retry-After": "1"},
            instance=request.url.path,
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # Log the cause for operators; the client never sees internals.
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem(
            500, detail="an unexpected error occurred; it has been logged", instance=request.url.path
        )


def problem_response(description: str = "A problem document (RFC 9457).") -> dict[str, Any]:
    """An OpenAPI response entry for errors: ``application/problem+json``, never plain JSON."""
    return {
        "description": description,
        "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }
