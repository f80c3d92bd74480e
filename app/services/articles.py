"""Articles: list with filters and keyset pages, and one by id."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection, RowMapping

from app.models import ARTICLE
from app.services.common import as_utc, fetch_one
from app.services.errors import InvalidParameter
from app.services.pagination import Page, paginate, parse_sort

SORTS = {
    "id": ARTICLE.c.id,
    "published_at": ARTICLE.c.published_at,
    "created_at": ARTICLE.c.created_at,
    "title": ARTICLE.c.title,
}
DEFAULT_SORT = "-published_at"
_COLUMNS = [
    ARTICLE.c.id,
    ARTICLE.c.title,
    ARTICLE.c.body,
    ARTICLE.c.published_at,
    ARTICLE.c.source,
    ARTICLE.c.url,
    ARTICLE.c.content_hash,
    ARTICLE.c.topics,
    ARTICLE.c.created_at,
]


def to_dict(row: RowMapping) -> dict[str, Any]:
    item = {c.name: row[c.name] for c in _COLUMNS}
    item["published_at"] = as_utc(item["published_at"])
    item["created_at"] = as_utc(item["created_at"])
    return item


def get(conn: Connection, *, article_id: int) -> dict[str, Any]:
    """One article by id, or NotFound."""
    row = fetch_one(
        conn, select(*_COLUMNS).where(ARTICLE.c.id == article_id), what="article", record_id=article_id
    )
    return to_dict(row)


def get_all(
    conn: Connection,
    *,
    limit: int,
    cursor: str | None = None,
    sort: str | None = None,
    published_after: datetime | None = None,
    published_before: datetime | None = None,
    source: str | None = None,
) -> tuple[list[dict[str, Any]], str | None]:
    """A page of articles matching every given filter."""
    published_after, published_before = as_utc(published_after), as_utc(published_before)
    if published_after and published_before and published_after > published_before:
        raise InvalidParameter("published_after is later than published_before", parameter="published_after")
    query = select(*_COLUMNS)
    if published_after is not None:
        query = query.where(ARTICLE.c.published_at >= published_after)
    if published_before is not None:
        query = query.where(ARTICLE.c.published_at <= published_before)
    if source is not None:
        query = query.where(ARTICLE.c.source == source)
    page: Page = paginate(
        conn,
        query,
        id_column=ARTICLE.c.id,
        sort=parse_sort(sort, SORTS, DEFAULT_SORT),
        limit=limit,
        cursor=cursor,
    )
    return [to_dict(r) for r in page.rows], page.next_cursor
