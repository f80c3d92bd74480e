from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Path, Query, Request, Response
from sqlalchemy.engine import Connection

from app.api import listing
from app.api.deps import Cursor, Limit, Reads, SettingsDep, page_size
from app.api.errors import problem_response
from app.api.listing import FieldsParam, FormatParam
from app.api.params import QuoteFacet, SearchText
from app.api.rendering import json_response
from app.api.routing import PrefixRouter, QuickParamsRoute
from app.api.schemas import QuotePage, QuotePublic
from app.services import quotes
from app.services.pagination import JsonListResult, ListResult

router = PrefixRouter(prefix="/quotes", tags=["quotes"], route_class=QuickParamsRoute)


@router.get(
    "",
    operation_id="list_quotes",
    summary="List quotes",
    response_model=QuotePage,
    responses={**listing.EXPORT_CONTENT, 400: problem_response(), 422: problem_response()},
)
async def list_quotes(
    request: Request,
    reads: Reads,
    settings: SettingsDep,
    limit: Limit = None,
    cursor: Cursor = None,
    sort: Annotated[
        str | None, Query(description="`id` (default); prefix `-` for descending.", examples=["-id"])
    ] = None,
    article_id: Annotated[
        int | None, Query(ge=1, description="Only quotes from this article.", examples=[1])
    ] = None,
    person_id: Annotated[
        int | None, Query(ge=1, description="Only quotes this person said.", examples=[1])
    ] = None,
    organisation_id: Annotated[
        int | None, Query(ge=1, description="Only quotes attributed to this organisation.", examples=[1])
    ] = None,
    kind: Annotated[
        Literal["direct", "indirect"] | None,
        Query(
            description="`direct` (in quotation marks) or `indirect` (reported speech).", examples=["direct"]
        ),
    ] = None,
    organisation: Annotated[
        str | None,
        Query(
            max_length=300,
            description="Only quotes said by this organisation (name or acronym) or by people tied to it.",
            examples=["Acme Freight"],
        ),
    ] = None,
    q: SearchText = None,
    facet: Annotated[
        list[QuoteFacet] | None,
        Query(description="Add value counts over the whole filtered set; repeatable.", examples=[["person"]]),
    ] = None,
    speaker: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=300,
            description="Speaker's name, case-insensitive; the surname is enough.",
            examples=["Okafor"],
        ),
    ] = None,
    format: FormatParam = None,
    fields: FieldsParam = None,
) -> Response:
    """Direct and reported quotes with who said them. `start`/`end` locate each quote in its article's body."""

    filters = quotes.QuoteFilters(
        q=q,
        article_id=article_id,
        person_id=person_id,
        organisation_id=organisation_id,
        kind=kind,
        speaker=speaker,
        organisation=organisation,
    )

    def fetch(c: Connection, after: str | None, size: int, with_facets: bool) -> ListResult:
        return quotes.get_quotes(
            c,
            limit=size,
            cursor=after,
            sort=sort,
            filters=filters,
            facets=list(facet or []) if with_facets else None,
            facet_size=settings.facet_size,
        )

    def fetch_json(c: Connection, after: str | None, size: int) -> JsonListResult | None:
        return quotes.get_quotes_json(c, limit=size, cursor=after, sort=sort, filters=filters)

    return await listing.respond(
        request,
        reads,
        fetch=fetch,
        fetch_json=None if facet else fetch_json,
        model=QuotePublic,
        limit=page_size(limit, settings),
        cursor=cursor,
        fmt=format,
        fields=fields,
        export_page_size=settings.max_page_size,
        heavy=q is not None or bool(facet),
    )


@router.get(
    "/{quote_id}",
    operation_id="get_quote",
    summary="Get one quote",
    response_model=QuotePublic,
    responses={404: problem_response(), 422: problem_response()},
)
async def get_quote(
    reads: Reads,
    quote_id: Annotated[int, Path(ge=1, description="The quote's id.", examples=[1])],
) -> Response:
    """One quote with its speaker."""
    return json_response(await reads.run(lambda conn: quotes.get_quote(conn, quote_id=quote_id)))
