from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query, Request, Response
from sqlalchemy.engine import Connection

from app.api import listing
from app.api.deps import Cursor, Limit, Reads, SettingsDep, page_size
from app.api.errors import problem_response
from app.api.listing import FieldsParam, FormatParam
from app.api.rendering import json_response
from app.api.routing import PrefixRouter, QuickParamsRoute
from app.api.schemas import PlacePage, PlacePublic
from app.services import entities
from app.services.pagination import ListResult

router = PrefixRouter(prefix="/places", tags=["places"], route_class=QuickParamsRoute)


@router.get(
    "",
    operation_id="list_places",
    summary="List places",
    response_model=PlacePage,
    responses={**listing.EXPORT_CONTENT, 400: problem_response(), 422: problem_response()},
)
async def list_places(
    request: Request,
    reads: Reads,
    settings: SettingsDep,
    limit: Limit = None,
    cursor: Cursor = None,
    sort: Annotated[
        str | None,
        Query(description="`id` (default) or `name`; prefix `-` for descending.", examples=["name"]),
    ] = None,
    article_id: Annotated[
        int | None, Query(ge=1, description="Only places mentioned in this article.", examples=[1])
    ] = None,
    country: Annotated[
        str | None,
        Query(pattern="^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 country code.", examples=["NL"]),
    ] = None,
    format: FormatParam = None,
    fields: FieldsParam = None,
) -> Response:
    """Countries, cities and regions mentioned in articles, with ISO 3166-1 alpha-2 codes."""

    def fetch(c: Connection, after: str | None, size: int, with_facets: bool) -> ListResult:
        return entities.get_places(
            c,
            limit=size,
            cursor=after,
            sort=sort,
            article_id=article_id,
            country=country,
        )

    return await listing.respond(
        request,
        reads,
        fetch=fetch,
        model=PlacePublic,
        limit=page_size(limit, settings),
        cursor=cursor,
        fmt=format,
        fields=fields,
        export_page_size=settings.max_page_size,
    )


@router.get(
    "/{place_id}",
    operation_id="get_place",
    summary="Get one place",
    response_model=PlacePublic,
    responses={404: problem_response(), 422: problem_response()},
)
async def get_place(
    reads: Reads,
    place_id: Annotated[int, Path(ge=1, description="The place's id.", examples=[1])],
) -> Response:
    """One place."""
    return json_response(await reads.run(lambda conn: entities.get_place(conn, place_id=place_id)))
