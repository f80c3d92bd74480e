from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response
from sqlalchemy.engine import Connection

from app.api import listing
from app.api.deps import Cursor, Limit, ReadConnection, SettingsDep, page_size
from app.api.errors import problem_response
from app.api.listing import FieldsParam, FormatParam
from app.api.schemas import CommentPage, CommentPublic
from app.services import quotes
from app.services.pagination import ListResult

router = APIRouter(prefix="/comments", tags=["comments"])


@router.get(
    "",
    operation_id="list_comments",
    summary="List reader comments",
    response_model=CommentPage,
    responses={**listing.EXPORT_CONTENT, 400: problem_response(), 422: problem_response()},
)
def list_comments(
    request: Request,
    conn: ReadConnection,
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

    return listing.respond(
        request,
        conn,
        fetch=fetch,
        model=CommentPublic,
        page_model=CommentPage,
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
def get_comment(
    conn: ReadConnection,
    comment_id: Annotated[int, Path(ge=1, description="The comment's id.", examples=[1])],
) -> CommentPublic:
    """One reader comment."""
    return CommentPublic(**quotes.get_comment(conn, comment_id=comment_id))
