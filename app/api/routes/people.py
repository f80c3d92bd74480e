from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query, Request, Response
from sqlalchemy.engine import Connection

from app.api import listing
from app.api.deps import Cursor, Limit, Reads, SettingsDep, page_size
from app.api.errors import problem_response
from app.api.listing import FieldsParam, FormatParam
from app.api.params import SearchText
from app.api.rendering import json_response
from app.api.routing import PrefixRouter, QuickParamsRoute
from app.api.schemas import PersonPage, PersonPublic
from app.services import entities
from app.services.pagination import ListResult

router = PrefixRouter(prefix="/people", tags=["people"], route_class=QuickParamsRoute)


@router.get(
    "",
    operation_id="list_people",
    summary="List people",
    response_model=PersonPage,
    responses={**listing.EXPORT_CONTENT, 400: problem_response(), 422: problem_response()},
)
async def list_people(
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
        int | None, Query(ge=1, description="Only people named in this article.", examples=[1])
    ] = None,
    organisation_id: Annotated[
        int | None, Query(ge=1, description="Only people tied to this organisation.", examples=[1])
    ] = None,
    q: SearchText = None,
    title: Annotated[
        str | None,
        Query(
            max_length=300,
            description="Only people an article gave this title (case-insensitive).",
            examples=["Secretary General"],
        ),
    ] = None,
    organisation: Annotated[
        str | None,
        Query(
            max_length=300,
            description="Only people tied to the organisation with this name or acronym.",
            examples=["Acme Freight"],
        ),
    ] = None,
    format: FormatParam = None,
    fields: FieldsParam = None,
) -> Response:
    """People named in articles, each with titles, organisations and other forms of the name."""

    def fetch(c: Connection, after: str | None, size: int, with_facets: bool) -> ListResult:
        return entities.get_people(
            c,
            limit=size,
            cursor=after,
            sort=sort,
            article_id=article_id,
            organisation_id=organisation_id,
            organisation=organisation,
            title=title,
            q=q,
        )

    return await listing.respond(
        request,
        reads,
        fetch=fetch,
        model=PersonPublic,
        limit=page_size(limit, settings),
        cursor=cursor,
        fmt=format,
        fields=fields,
        export_page_size=settings.max_page_size,
        heavy=q is not None,
    )


@router.get(
    "/{person_id}",
    operation_id="get_person",
    summary="Get one person",
    response_model=PersonPublic,
    responses={404: problem_response(), 422: problem_response()},
)
async def get_person(
    reads: Reads,
    person_id: Annotated[int, Path(ge=1, description="The person's id.", examples=[1])],
) -> Response:
    """One person with titles, organisations and aliases."""
    return json_response(await reads.run(lambda conn: entities.get_person(conn, person_id=person_id)))
