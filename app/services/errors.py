"""Errors the services raise; the API turns each into an RFC 9457 problem."""

from __future__ import annotations


class ServiceError(Exception):
    status = 400
    title = "Bad request"
    slug = "bad-request"  # the problem type: /problems/<slug>

    def __init__(
        self,
        detail: str,
        *,
        parameter: str | None = None,
        headers: dict[str, str] | None = None,
        invalid_params: list[dict[str, str]] | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.parameter = parameter
        self.headers = headers
        self.invalid_params = invalid_params


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


class Unauthorized(ServiceError):
    status = 401
    title = "Unauthorized"
    slug = "unauthorized"


class Forbidden(ServiceError):
    status = 403
    title = "Forbidden"
    slug = "forbidden"


class PayloadTooLarge(ServiceError):
    status = 413
    title = "Payload too large"
    slug = "payload-too-large"


class UnsupportedMediaType(ServiceError):
    status = 415
    title = "Unsupported media type"
    slug = "unsupported-media-type"


class InvalidBody(ServiceError):
    status = 422
    title = "Invalid request body"
    slug = "invalid-body"
