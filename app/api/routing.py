"""Read routes whose query parameters are validated in one step, with FastAPI's own path as the fallback.

FastAPI validates a request's parameters one at a time, through one pydantic adapter each, and
inspects every parameter's annotation again on every request: for a list with fifteen filters
that cost ~150 µs, more than the indexed query behind it. A :class:`QuickParamsRoute` validates
all of them in one call, against a pydantic model built once from the route's own parameters
(the same annotations, constraints and defaults FastAPI uses). Only a request whose parameters
all pass goes the short way; any other request (a bad value, a missing one) is handed to
FastAPI's handler as before, so every error answer and the OpenAPI document are FastAPI's own.

A route takes the short way only when everything FastAPI would resolve for it is understood
here: query and path parameters, the ``Request``, and ``async`` dependencies that take nothing
but the ``Request``; its endpoint must return a ``Response``. Dependencies given to
``include_router`` are not visible to a route, so routers included with dependencies must not use
this class.
"""

from __future__ import annotations

import inspect
import types
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from typing import Annotated, Any, Union, get_args, get_origin

from fastapi import Request, Response, params
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, APIRouter
from pydantic import BaseModel, ConfigDict, ValidationError, create_model
from starlette._utils import get_route_path
from starlette.routing import Match
from starlette.types import Scope

from app.api.deps import get_reads, get_settings_dep

Handler = Callable[[Request], Coroutine[Any, Any, Response]]
# Dependencies known to do nothing but read the application's state from the request.
REQUEST_ONLY_DEPENDENCIES: frozenset[Callable[..., Awaitable[Any]]] = frozenset({get_reads, get_settings_dep})


class PrefixRouter(APIRouter):
    """An ``APIRouter`` that answers "no match" at once for a path without its prefix in it.

    FastAPI (0.120 and later) matches a request against an included router by trying each of
    its routes in turn, and tries every router included before the one that answers: ~37 µs
    of regular expressions to reach ``/v1/quotes``. Every route of this router has a path
    that is some include prefix, then this router's prefix, then the route's own path, so a
    path that does not contain the prefix cannot match any of them, not even partly (a
    method mismatch needs the path to match). Where FastAPI copies an included router's
    routes into the app instead, this is never asked and changes nothing.
    """

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if self.prefix and self.prefix not in get_route_path(scope):
            return Match.NONE, {}
        return super().matches(scope)


class QuickParamsRoute(APIRoute):
    """An ``APIRoute`` whose valid requests skip FastAPI's per-parameter validation (see module doc)."""

    def get_route_handler(self) -> Handler:
        standard = super().get_route_handler()
        quick = QuickCall.for_route(self)
        if quick is None:
            return standard

        async def handler(request: Request) -> Response:
            if request.app.dependency_overrides:
                return await standard(request)  # overrides are FastAPI's to apply
            arguments = await quick.arguments(request)
            if arguments is None:
                return await standard(request)  # FastAPI answers whatever is wrong, as it always has
            return await quick.endpoint(**arguments)

        return handler


class QuickCall:
    """How to call one endpoint: its parameters' model, and the request-only dependencies to await."""

    def __init__(
        self,
        endpoint: Callable[..., Awaitable[Response]],
        model: type[BaseModel],
        query_fields: list[tuple[str, bool]],
        path_fields: list[str],
        request_name: str | None,
        dependencies: list[tuple[str, Callable[[Request], Awaitable[Any]]]],
    ) -> None:
        self.endpoint = endpoint
        self.model = model
        self.query_fields = query_fields  # (name, takes a list)
        self.path_fields = path_fields
        self.request_name = request_name
        self.dependencies = dependencies

    @classmethod
    def for_route(cls, route: APIRoute) -> QuickCall | None:
        """The quick call for ``route``, or None when FastAPI's handler must answer every request."""
        dependant = route.dependant
        endpoint = dependant.call
        if (
            endpoint is None
            or route.dependencies
            or not inspect.iscoroutinefunction(endpoint)
            or not _returns_response(endpoint)
            or dependant.header_params
            or dependant.cookie_params
            or dependant.body_params
            or dependant.response_param_name
            or dependant.background_tasks_param_name
            or dependant.http_connection_param_name
            or dependant.websocket_param_name
            or dependant.security_scopes_param_name
        ):
            return None
        dependencies = []
        for sub in dependant.dependencies:
            if sub.call not in REQUEST_ONLY_DEPENDENCIES or sub.name is None or _takes_more_than_request(sub):
                return None
            dependencies.append((sub.name, sub.call))
        fields: dict[str, Any] = {}
        query_fields: list[tuple[str, bool]] = []
        path_fields: list[str] = []
        for field in [*dependant.query_params, *dependant.path_params]:
            info = field.field_info
            if field.alias != field.name or info.validation_alias is not None or field.name.startswith("_"):
                return None
            fields[field.name] = (info.annotation, info)
            if isinstance(info, params.Path):
                path_fields.append(field.name)
            else:
                query_fields.append((field.name, _takes_list(info.annotation)))
        model = create_model(
            f"{endpoint.__name__}_parameters",
            __config__=ConfigDict(extra="ignore"),
            **fields,
        )
        return cls(endpoint, model, query_fields, path_fields, dependant.request_param_name, dependencies)

    async def arguments(self, request: Request) -> dict[str, Any] | None:
        """The endpoint's keyword arguments for ``request``, or None when a parameter is not valid."""
        query = request.query_params
        given: dict[str, Any] = {}
        for name, takes_list in self.query_fields:
            if takes_list:
                values = query.getlist(name)
                if values:
                    given[name] = values
            else:
                value = query.get(name)
                if value is not None:
                    given[name] = value
        for name in self.path_fields:
            given[name] = request.path_params.get(name)
        try:
            parsed = self.model.model_validate(given)
        except ValidationError:
            return None
        # The fields as validated: what dict(parsed) gives (no field starts with "_", extras are
        # ignored), without pydantic's per-field iterator (~14 µs against ~2 µs for 13 fields).
        arguments = dict(parsed.__dict__)
        if self.request_name is not None:
            arguments[self.request_name] = request
        for name, dependency in self.dependencies:
            arguments[name] = await dependency(request)
        return arguments


def _returns_response(endpoint: Callable[..., Any]) -> bool:
    returned = inspect.signature(endpoint, eval_str=True).return_annotation
    return inspect.isclass(returned) and issubclass(returned, Response)


def _takes_more_than_request(dependant: Dependant) -> bool:
    return bool(
        dependant.dependencies
        or dependant.path_params
        or dependant.query_params
        or dependant.header_params
        or dependant.cookie_params
        or dependant.body_params
        or dependant.request_param_name is None
        or not inspect.iscoroutinefunction(dependant.call)
    )


def _takes_list(annotation: Any) -> bool:
    """Whether FastAPI reads this parameter as every value given (``list[...]``), not the last one."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _takes_list(get_args(annotation)[0])
    if origin is Union or origin is types.UnionType:
        return any(_takes_list(arg) for arg in get_args(annotation))
    kind = origin or annotation
    return (
        inspect.isclass(kind)
        and issubclass(kind, (Sequence, set, frozenset))
        and not issubclass(kind, (str, bytes))
    )
