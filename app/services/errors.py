"""Errors the services raise; the API turns each into an RFC 9457 problem."""

from __future__ import annotations


class ServiceError(Exception):
    status = 400
    title = "Bad request"
    slug = "bad-request"  # the problem type: /problems/<slug>

    def __init__(self, detail: str, *, parameter: str | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.parameter = parameter


class NotFound(ServiceError):
    status = 404
    title = "Not found"
    slug = "not-found"


class InvalidParameter(ServiceError):
    status = 422
    title = "Invalid parameter"
    slug = "invalid-parameter"


class InvalidCursor(ServiceError):
    status = 400
    title = "Invalid cursor"
    slug = "invalid-cursor"


class Unavailable(ServiceError):
    status = 503
    title = "Service unavailable"
    slug = "unavailable"
