from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from app.api.deps import Cursor, Limit, ReadConnection, SettingsDep, link_next, page_size
from app.api.errors import problem_response
from app.api.params import Country, SearchText
from app.api.schemas import OrganisationPage, OrganisationPublic
from app.services import entities

router = APIRouter(prefix="/organisations", tags=["organisations"])


@router.get(
    "",
    operation_id="list_organisations",
    summary="List organisations",
    response_model=OrganisationPage,
    responses={400: problem_response(), 422: problem_response()},
)
def list_organisations(
    request: Request,
    response: Response,
    conn: ReadConnection,
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
) -> OrganisationPage:
    """Organisations named in articles, with acronyms, aliases and country."""
    items, next_cursor = entities.get_organisations(
        conn,
        limit=page_size(limit, settings),
        cursor=cursor,
        sort=sort,
        article_id=article_id,
        country=country,
        q=q,
    )
    link_next(request, response, next_cursor)
    return OrganisationPage(items=[OrganisationPublic(**i) for i in items], next_cursor=next_cursor)


@router.get(
    "/{organisation_id}",
    operation_id="get_organisation",
    summary="Get one organisation",
    response_model=OrganisationPublic,
    responses={404: problem_response(), 422: problem_response()},
)
def get_organisation(
    conn: ReadConnection,
    organisation_id: Annotated[int, Path(ge=1, description="The organisation's id.", examples=[1])],
) -> OrganisationPublic:
    """One organisation."""
    return OrganisationPublic(**entities.get_organisation(conn, organisation_id=organisation_id))
