from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request, Response

from app.api.deps import Cursor, Limit, ReadConnection, SettingsDep, link_next, page_size
from app.api.schemas import Problem, QuotePage, QuotePublic
from app.services import quotes

router = APIRouter(prefix="/quotes", tags=["quotes"])


@router.get(
    "",
    operation_id="list_quotes",
    summary="List quotes",
    response_model=QuotePage,
    responses={400: {"model": Problem}, 422: {"model": Problem}},
)
def list_quotes(
    request: Request,
    response: Response,
    conn: ReadConnection,
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
    speaker: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=300,
            description="Speaker's name, case-insensitive; the surname is enough.",
            examples=["Rutte"],
        ),
    ] = None,
) -> QuotePage:
    """Direct and reported quotes with who said them. `start`/`end` locate each quote in its article's body."""
    items, next_cursor = quotes.get_quotes(
        conn,
        limit=page_size(limit, settings),
        cursor=cursor,
        sort=sort,
        article_id=article_id,
        person_id=person_id,
        organisation_id=organisation_id,
        kind=kind,
        speaker=speaker,
    )
    link_next(request, response, next_cursor)
    return QuotePage(items=[QuotePublic(**i) for i in items], next_cursor=next_cursor)


@router.get(
    "/{quote_id}",
    operation_id="get_quote",
    summary="Get one quote",
    response_model=QuotePublic,
    responses={404: {"model": Problem}, 422: {"model": Problem}},
)
def get_quote(
    conn: ReadConnection,
    quote_id: Annotated[int, Path(ge=1, description="The quote's id.", examples=[1])],
) -> QuotePublic:
    """One quote with its speaker."""
    return QuotePublic(**quotes.get_quote(conn, quote_id=quote_id))
