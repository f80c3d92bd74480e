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
from app.api.schemas import CommentPage, CommentPublic
from app.services import quotes
from app.services.pagination import ListResult

router = PrefixRouter(prefix="/comments", tags=["comments"], route_class=QuickParamsRoute)


@router.get(
    "",
    operation_id="list_comments",
    summary="List reader comments",
    response_model=CommentPage,
    responses={**listing.EXPORT_CONTENT, 400: problem_response(), 422: problem_response()},
)
async def list_comments(
    request: Request,
    reads: Reads,
    settings: SettingsDep,
    limit: Limit = None,
    cursor: Cursor = None,
    sort: Annotated[
        str | None, Query(description="`id` (default); prefix `-` for descending.", examples=["-id"])
    ] = None,
    article_id: Annotated[
        int | None, Query(ge=1, description="Only comments under this article.", examples=[1])
    ] = None,
    format: FormatParam = None,
    fields: FieldsParam = None,
) -> Response:
    """Reader comments found under articles, kept apart from the article body."""

    def fetch(c: Connection, after: str | None, size: int, with_facets: bool) -> ListResult:
        return quotes.get_comments(c, limit=size, cursor=after, sort=sort, article_id=article_id)

    return await listing.respond(
        request,
        reads,
        fetch=fetch,
        model=CommentPublic,
        limit=page_size(limit, settings),
        cursor=cursor,
        fmt=format,
        fields=fields,
        export_page_size=settings.max_page_size,
    )


@router.get(
    "/{comment_id}",
    operation_id="get_comment",
    summary="Get one reader comment",
    response_model=CommentPublic,
    responses={404: problem_response(), 422: problem_response()},
)
async def get_comment(
    reads: Reads,
    comment_id: Annotated[int, Path(ge=1, description="The comment's id.", examples=[1])],
) -> Response:
    """One reader comment."""
    return json_response(await reads.run(lambda conn: quotes.get_comment(conn, comment_id=comment_id)))
