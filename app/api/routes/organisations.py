from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query, Request, Response
from sqlalchemy.engine import Connection

from app.api import listing
from app.api.deps import Cursor, Limit, Reads, SettingsDep, page_size
from app.api.errors import problem_response
from app.api.listing import FieldsParam, FormatParam
from app.api.params import Country, SearchText
from app.api.rendering import json_response
from app.api.routing import PrefixRouter, QuickParamsRoute
from app.api.schemas import OrganisationPage, OrganisationPublic
from app.services import entities
from app.services.pagination import ListResult

router = PrefixRouter(prefix="/organisations", tags=["organisations"], route_class=QuickParamsRoute)


@router.get(
    "",
    operation_id="list_organisations",
    summary="List organisations",
    response_model=OrganisationPage,
    responses={**listing.EXPORT_CONTENT, 400: problem_response(), 422: problem_response()},
)
async def list_organisations(
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
        int | None, Query(ge=1, description="Only organisations named in this article.", examples=[1])
    ] = None,
    country: Country = None,
    q: SearchText = None,
    format: FormatParam = None,
    fields: FieldsParam = None,
) -> Response:
    """Organisations named in articles, with acronyms, aliases and country."""

    def fetch(c: Connection, after: str | None, size: int, with_facets: bool) -> ListResult:
        return entities.get_organisations(
            c,
            limit=size,
            cursor=after,
            sort=sort,
            article_id=article_id,
            country=country,
            q=q,
        )

    return await listing.respond(
        request,
        reads,
        fetch=fetch,
        model=OrganisationPublic,
        limit=page_size(limit, settings),
        cursor=cursor,
        fmt=format,
        fields=fields,
        export_page_size=settings.max_page_size,
        heavy=q is not None,
    )


@router.get(
    "/{organisation_id}",
    operation_id="get_organisation",
    summary="Get one organisation",
    response_model=OrganisationPublic,
    responses={404: problem_response(), 422: problem_response()},
)
async def get_organisation(
    reads: Reads,
    organisation_id: Annotated[int, Path(ge=1, description="The organisation's id.", examples=[1])],
) -> Response:
    """One organisation."""
    return json_response(
        await reads.run(lambda conn: entities.get_organisation(conn, organisation_id=organisation_id))
    )
