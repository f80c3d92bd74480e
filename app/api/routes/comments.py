from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from app.api.deps import Cursor, Limit, ReadConnection, SettingsDep, link_next, page_size
from app.api.errors import problem_response
from app.api.schemas import CommentPage, CommentPublic
from app.services import quotes

router = APIRouter(prefix="/comments", tags=["comments"])


@router.get(
    "",
    operation_id="list_comments",
    summary="List reader comments",
    response_model=CommentPage,
    responses={400: problem_response(), 422: problem_response()},
)
def list_comments(
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
        int | None, Query(ge=1, description="Only comments under this article.", examples=[1])
    ] = None,
) -> CommentPage:
    """Reader comments found under articles, kept apart from the article body."""
    items, next_cursor = quotes.get_comments(
        conn, limit=page_size(limit, settings), cursor=cursor, sort=sort, article_id=article_id
    )
    link_next(request, response, next_cursor)
    return CommentPage(items=[CommentPublic(**i) for i in items], next_cursor=next_cursor)


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
