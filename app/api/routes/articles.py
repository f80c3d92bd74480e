from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from app.api.deps import Cursor, Limit, ReadConnection, SettingsDep, link_next, page_size
from app.api.schemas import ArticlePage, ArticlePublic, Problem
from app.services import articles

router = APIRouter(prefix="/articles", tags=["articles"])


@router.get(
    "",
    operation_id="list_articles",
    summary="List articles",
    response_model=ArticlePage,
    responses={400: {"model": Problem}, 422: {"model": Problem}},
)
def list_articles(
    request: Request,
    response: Response,
    conn: ReadConnection,
    settings: SettingsDep,
    limit: Limit = None,
    cursor: Cursor = None,
    sort: Annotated[
        str | None,
        Query(
            description="Sort key: `published_at`, `created_at`, `title` or `id`; prefix `-` for descending. "
            "Default `-published_at` (newest first; undated articles last).",
            examples=["-published_at"],
        ),
    ] = None,
    published_after: Annotated[
        datetime | None,
        Query(
            description="Only articles published at or after this ISO 8601 time.",
            examples=["2025-06-01T00:00:00Z"],
        ),
    ] = None,
    published_before: Annotated[
        datetime | None,
        Query(
            description="Only articles published at or before this ISO 8601 time.",
            examples=["2025-12-31T23:59:59Z"],
        ),
    ] = None,
    source: Annotated[
        str | None,
        Query(max_length=200, description="Only articles from this source (exact).", examples=["Reuters"]),
    ] = None,
) -> ArticlePage:
    """Articles, newest first by default, one keyset page at a time. Follow `next_cursor` (or the `Link`
    header) for the next page."""
    items, next_cursor = articles.get_all(
        conn,
        limit=page_size(limit, settings),
        cursor=cursor,
        sort=sort,
        published_after=published_after,
        published_before=published_before,
        source=source,
    )
    link_next(request, response, next_cursor)
    return ArticlePage(items=[ArticlePublic(**i) for i in items], next_cursor=next_cursor)


@router.get(
    "/{article_id}",
    operation_id="get_article",
    summary="Get one article",
    response_model=ArticlePublic,
    responses={404: {"model": Problem}, 422: {"model": Problem}},
)
def get_article(
    conn: ReadConnection,
    article_id: Annotated[int, Path(ge=1, description="The article's id.", examples=[1])],
) -> ArticlePublic:
    """One article with its title, body, metadata and topics."""
    return ArticlePublic(**articles.get(conn, article_id=article_id))
