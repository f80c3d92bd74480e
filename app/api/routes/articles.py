from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import Path, Query, Request, Response
from sqlalchemy.engine import Connection

from app.api import listing
from app.api.deps import Cursor, Limit, Reads, SettingsDep, page_size
from app.api.errors import problem_response
from app.api.listing import FieldsParam, FormatParam
from app.api.params import ArticleFacet, Country, Includes, IsoDateTime, SearchText, split_includes
from app.api.rendering import json_response
from app.api.routing import PrefixRouter, QuickParamsRoute
from app.api.schemas import ArticlePage, ArticlePublic
from app.services import articles
from app.services.embed import related
from app.services.pagination import ListResult

router = PrefixRouter(prefix="/articles", tags=["articles"], route_class=QuickParamsRoute)


@router.get(
    "",
    operation_id="list_articles",
    summary="List and search articles",
    response_model=ArticlePage,
    responses={**listing.EXPORT_CONTENT, 400: problem_response(), 422: problem_response()},
)
async def list_articles(
    request: Request,
    reads: Reads,
    settings: SettingsDep,
    limit: Limit = None,
    cursor: Cursor = None,
    q: SearchText = None,
    sort: Annotated[
        str | None,
        Query(
            description="Sort key: `published_at`, `created_at`, `title`, `id`, or `relevance` (with `q`); prefix "
            "`-` for descending. Default `-published_at` (newest first, undated last), or `relevance` with `q`.",
            examples=["-published_at"],
        ),
    ] = None,
    published_after: Annotated[
        IsoDateTime | None,
        Query(
            description="Only articles published at or after this ISO 8601 time.",
            examples=["2025-06-01T00:00:00Z"],
        ),
    ] = None,
    published_before: Annotated[
        IsoDateTime | None,
        Query(
            description="Only articles published at or before this ISO 8601 time.",
            examples=["2025-12-31T23:59:59Z"],
        ),
    ] = None,
    source: Annotated[
        str | None,
        Query(max_length=200, description="Only articles from this source (exact).", examples=["Reuters"]),
    ] = None,
    person: Annotated[
        str | None,
        Query(
            max_length=300,
            description="Only articles naming this person (case-insensitive; surname is enough).",
            examples=["Okafor"],
        ),
    ] = None,
    person_id: Annotated[
        int | None, Query(ge=1, description="Only articles naming this person.", examples=[1])
    ] = None,
    organisation: Annotated[
        str | None,
        Query(
            max_length=300,
            description="Only articles naming this organisation (name or acronym).",
            examples=["Acme Freight"],
        ),
    ] = None,
    organisation_id: Annotated[
        int | None, Query(ge=1, description="Only articles naming this organisation.", examples=[1])
    ] = None,
    place: Annotated[
        str | None,
        Query(
            max_length=300,
            description="Only articles mentioning this place (by name).",
            examples=["Brussels"],
        ),
    ] = None,
    country: Country = None,
    topic: Annotated[
        str | None,
        Query(max_length=120, description="Only articles with this topic.", examples=["ferry fares"]),
    ] = None,
    include: Includes = None,
    facet: Annotated[
        list[ArticleFacet] | None,
        Query(
            description="Add value counts over the whole filtered set; repeatable.",
            examples=[["organisation"]],
        ),
    ] = None,
    format: FormatParam = None,
    fields: FieldsParam = None,
) -> Response:
    """Articles, newest first by default, one keyset page at a time; full-text search with `q`. Filters combine
    with AND. Follow `next_cursor` (or the `Link` header) for the next page."""

    def fetch(c: Connection, after: str | None, size: int, with_facets: bool) -> ListResult:
        return articles.get_all(
            c,
            limit=size,
            cursor=after,
            sort=sort,
            filters=articles.ArticleFilters(
                q=q,
                published_after=published_after,
                published_before=published_before,
                source=source,
                person=person,
                person_id=person_id,
                organisation=organisation,
                organisation_id=organisation_id,
                place=place,
                country=country,
                topic=topic,
            ),
            facets=list(facet or []) if with_facets else None,
            facet_size=settings.facet_size,
        )

    return await listing.respond(
        request,
        reads,
        fetch=fetch,
        model=ArticlePublic,
        limit=page_size(limit, settings),
        cursor=cursor,
        fmt=format,
        fields=fields,
        export_page_size=settings.max_page_size,
        transform=lambda c, items: _with_related(c, items, include),
        heavy=q is not None or bool(facet),
    )


@router.get(
    "/{article_id}",
    operation_id="get_article",
    summary="Get one article",
    response_model=ArticlePublic,
    response_model_exclude_unset=True,
    responses={404: problem_response(), 422: problem_response()},
)
async def get_article(
    reads: Reads,
    article_id: Annotated[int, Path(ge=1, description="The article's id.", examples=[1])],
    include: Includes = None,
) -> Response:
    """One article with its title, body, metadata and topics; `include` embeds its related records."""

    def read(conn: Connection) -> dict[str, Any]:
        return _with_related(conn, [articles.get(conn, article_id=article_id)], include)[0]

    return json_response(await reads.run(read))


def _with_related(
    conn: Connection, items: list[dict[str, Any]], include: Sequence[str] | None
) -> list[dict[str, Any]]:
    wanted = split_includes(include)
    if not wanted:
        return items
    embedded = related(conn, [i["id"] for i in items], wanted)
    return [{**item, **embedded[item["id"]]} for item in items]
