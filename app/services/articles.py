"""Articles: search, relational filters, facets, keyset pages, and one by id."""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, Select, and_, exists, func, intersect, select
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from app.models import ARTICLE, ARTICLE_ORGANISATION, ARTICLE_PERSON, ARTICLE_PLACE, ARTICLE_TOPIC, PLACE
from app.services import search
from app.services.common import as_utc, fetch_one
from app.services.errors import InvalidParameter
from app.services.facets import article_facets
from app.services.names import organisations_named, people_named, places_named
from app.services.pagination import (
    RELEVANCE,
    ListResult,
    Page,
    keyset_slice,
    ordered_slice,
    page_of,
    paginate,
    parse_sort,
    with_relevance,
)

SORTS = {
    "id": ARTICLE.c.id,
    "published_at": ARTICLE.c.published_at,
    "created_at": ARTICLE.c.created_at,
    "title": ARTICLE.c.title,
}
DEFAULT_SORT = "-published_at"
# The filters answered from link tables alone (see _linked_ids).
_LINK_FILTERS = ("person", "person_id", "organisation", "organisation_id", "place", "country", "topic")
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


@dataclass(frozen=True, slots=True)
class ArticleFilters:
    q: str | None = None
    published_after: datetime | None = None
    published_before: datetime | None = None
    source: str | None = None
    person: str | None = None
    person_id: int | None = None
    organisation: str | None = None
    organisation_id: int | None = None
    place: str | None = None
    country: str | None = None
    topic: str | None = None


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


def _filtered(
    conn: Connection, query: Select[Any], filters: ArticleFilters, *, page_size: int | None = None
) -> tuple[Select[Any], Any]:
    """Apply every filter; returns the query and the search rank (None without ``q``).

    With ``page_size``, the query is for one page in an indexed sort order, and on SQLite a
    link filter that names many articles is tested article by article (see :func:`_is_broad`).
    """
    after, before = as_utc(filters.published_after), as_utc(filters.published_before)
    if after and before and after > before:
        raise InvalidParameter("published_after is later than published_before", parameter="published_after")
    if after is not None:
        query = query.where(ARTICLE.c.published_at >= after)
    if before is not None:
        query = query.where(ARTICLE.c.published_at <= before)
    if filters.source is not None:
        query = query.where(ARTICLE.c.source == filters.source)
    # "id IN (ids from a link table)" lets the planner start from the link table's index when
    # the filter is selective; a broad one is better tested on each article in sort order.
    walk = page_size is not None and filters.q is None and conn.dialect.name == "sqlite"
    for link in _links(filters):
        if walk and page_size is not None and _is_broad(conn, link.article_ids(), page_size):
            query = query.where(link.names(ARTICLE.c.id))
        else:
            query = query.where(ARTICLE.c.id.in_(link.article_ids()))
    return search.restrict(conn, query, ARTICLE, filters.q)


@dataclass(frozen=True, slots=True)
class _Link:
    """One person, organisation, place, country or topic filter: the link rows naming what it asks for."""

    article_id: Any  # the link table's article_id column
    condition: Any  # which of its rows count

    def article_ids(self) -> Select[Any]:
        return select(self.article_id).where(self.condition)

    def names(self, article_id: Any) -> Any:
        """True where the article ``article_id`` has such a link: tested row by row."""
        return exists().where(self.article_id == article_id, self.condition)


def _links(filters: ArticleFilters) -> list[_Link]:
    links: list[_Link] = []
    if filters.person_id is not None or filters.person is not None:
        conditions = []
        if filters.person_id is not None:
            conditions.append(ARTICLE_PERSON.c.person_id == filters.person_id)
        if filters.person is not None:
            conditions.append(ARTICLE_PERSON.c.person_id.in_(people_named(filters.person)))
        links.append(_Link(ARTICLE_PERSON.c.article_id, and_(*conditions)))
    if filters.organisation_id is not None or filters.organisation is not None:
        conditions = []
        if filters.organisation_id is not None:
            conditions.append(ARTICLE_ORGANISATION.c.organisation_id == filters.organisation_id)
        if filters.organisation is not None:
            conditions.append(
                ARTICLE_ORGANISATION.c.organisation_id.in_(organisations_named(filters.organisation))
            )
        links.append(_Link(ARTICLE_ORGANISATION.c.article_id, and_(*conditions)))
    if filters.place is not None:
        links.append(
            _Link(ARTICLE_PLACE.c.article_id, ARTICLE_PLACE.c.place_id.in_(places_named(filters.place)))
        )
    if filters.country is not None:
        in_country = select(PLACE.c.id).where(PLACE.c.country_code == filters.country.upper())
        links.append(_Link(ARTICLE_PLACE.c.article_id, ARTICLE_PLACE.c.place_id.in_(in_country)))
    if filters.topic is not None:
        links.append(
            _Link(ARTICLE_TOPIC.c.article_id, ARTICLE_TOPIC.c.topic == filters.topic.strip().casefold())
        )
    return links


def _linked_ids(filters: ArticleFilters) -> list[Select[Any]]:
    """One ``select(article_id)`` from a link table per person, organisation, place, country or topic filter."""
    return [link.article_ids() for link in _links(filters)]


def _is_broad(conn: Connection, linked_ids: Select[Any], limit: int) -> bool:
    """Whether a page is found sooner by walking the sort's index, testing each article for the link.

    "id IN (linked ids)" reads and sorts every linked article: cheap for a person named in a few
    articles, linear for a country named in a third of them (36,789 links on 100k articles: 41 ms;
    1 ms walking). A walk tests about ``limit × articles / links`` articles, each test costing
    some 6× the read of one linked id, so it wins once the links outnumber about
    ``3 × sqrt(limit × articles)`` (measured on 100k articles: 2,017 links read in 4.6 ms, walked
    in 7.7 ms). Counting links stops there, so telling the two apart is bounded too.
    """
    articles = conn.execute(select(func.max(ARTICLE.c.id))).scalar() or 0
    enough = max(64, 3 * math.isqrt((limit + 1) * articles))
    found = conn.execute(select(func.count()).select_from(linked_ids.limit(enough).subquery())).scalar_one()
    return bool(found >= enough)


def _filtered_ids(conn: Connection, filters: ArticleFilters) -> Any:
    """The ids of every article matching the filters, as a subquery (what facets count over)."""
    linked = _linked_ids(filters)
    others = (f.name for f in fields(ArticleFilters) if f.name not in _LINK_FILTERS)
    if linked and all(getattr(filters, name) is None for name in others):
        # Straight from the link tables: a trip through the article table for every id only
        # costs (a country's facets took 11 ms that way on 10k articles, 7 ms this way).
        return linked[0] if len(linked) == 1 else intersect(*linked)
    ids, _ = _filtered(conn, select(ARTICLE.c.id), filters)
    return ids.scalar_subquery()


def get_all(
    conn: Connection,
    *,
    limit: int,
    cursor: str | None = None,
    sort: str | None = None,
    filters: ArticleFilters | None = None,
    facets: list[str] | None = None,
    facet_size: int = 20,
) -> ListResult:
    """A page of articles matching every filter, ranked by relevance when searching."""
    filters = filters or ArticleFilters()
    if filters.q is not None and conn.dialect.name == "sqlite":
        result = _sqlite_search_page(conn, filters, sort=sort, limit=limit, cursor=cursor)
    else:
        # Without a search the sort's index finds the page, and PostgreSQL plans a search well
        # enough as one query (reading its ids first, as SQLite does, cost it 2-3 ms more on
        # narrow searches of 10k articles, for 20 ms less on a word found in all of them).
        query, rank = _filtered(conn, select(*_COLUMNS), filters, page_size=limit)
        order = parse_sort(sort, *with_relevance(SORTS, DEFAULT_SORT, rank))
        result = paginate(conn, query, id_column=ARTICLE.c.id, sort=order, limit=limit, cursor=cursor)
    facet_counts = None
    if facets:
        facet_counts = article_facets(conn, facets, _filtered_ids(conn, filters), facet_size)
    return ListResult([to_dict(r) for r in result.rows], result.next_cursor, facet_counts)


def _sqlite_search_page(
    conn: Connection, filters: ArticleFilters, *, sort: str | None, limit: int, cursor: str | None
) -> Page:
    """One page of search hits on SQLite: the page's ids and sort values first, then the wide rows
    of just those ids. Joining every hit's row before sorting read a page of the article table per
    hit (a word in every one of 10k articles: 29 ms of CPU per search that way, 12 ms this way)."""
    ids, rank = _filtered(conn, select(ARTICLE.c.id), filters)
    order = parse_sort(sort, *with_relevance(SORTS, DEFAULT_SORT, rank))
    others = (f.name for f in fields(ArticleFilters) if f.name not in (*_LINK_FILTERS, "q"))
    if order.name != RELEVANCE and filters.q is not None:
        # Sorted by a column, the search is one more filter on ids. A word in most articles is
        # tested on each article in the sort's index order (the newest of 74k hits in 100k
        # articles: 129 ms sorting every hit, 8 ms walking); a rare one reads just its hits.
        ids, _ = _filtered(conn, select(ARTICLE.c.id), replace(filters, q=None), page_size=limit)
        hit_ids = search.hit_ids(conn, ARTICLE, filters.q)
        walk = _is_broad(conn, hit_ids, limit)
        article_id = (
            UnaryExpression(ARTICLE.c.id, operator=custom_op("+"), type_=Integer()) if walk else ARTICLE.c.id
        )
        ids = ids.where(article_id.in_(hit_ids))
    if order.name == RELEVANCE and filters.q is not None and all(getattr(filters, n) is None for n in others):
        # Ranked from the search index alone, the link filters tested on its ids: no article
        # row is read until the page is known.
        hit = search.hits(conn, ARTICLE, filters.q).subquery("hit")
        ranked = select(hit.c.id, hit.c.rank.label("sort_value"))
        # "+id": FTS5 would take "rowid IN (…)" as its own constraint and run the search once per
        # listed id (a country's 1,693 articles: 430 ms); tested on each hit instead, 3 ms.
        hit_id = UnaryExpression(hit.c.id, operator=custom_op("+"), type_=Integer())
        for linked in _linked_ids(filters):
            ranked = ranked.where(hit_id.in_(linked))
        page_ids = keyset_slice(
            ranked, id_column=hit.c.id, sort=replace(order, column=hit.c.rank), limit=limit, cursor=cursor
        )
    else:
        page_ids = keyset_slice(
            ids.add_columns(order.column.label("sort_value")),
            id_column=ARTICLE.c.id,
            sort=order,
            limit=limit,
            cursor=cursor,
        )
    page = page_ids.subquery("page")
    query = select(*_COLUMNS, page.c.sort_value).join(page, page.c.id == ARTICLE.c.id)
    query = ordered_slice(
        query,
        id_column=ARTICLE.c.id,
        sort=replace(order, column=page.c.sort_value),
        rows=limit + 1,
        after=None,
    )
    return page_of(conn.execute(query).mappings().all(), sort=order, limit=limit, sort_key="sort_value")
