"""Quotes with their speakers, and reader comments."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Integer, Select, bindparam, case, false, func, literal_column, or_, select
from sqlalchemy.engine import Connection, Dialect, RowMapping
from sqlalchemy.sql.elements import ColumnElement

from app.models import COMMENT, ORGANISATION, PERSON, PERSON_ORGANISATION, QUOTE
from app.services import search
from app.services.common import DriverStatement, fetch_one
from app.services.facets import quote_facets
from app.services.names import (
    organisation_name_keys,
    organisations_matching,
    people_matching,
    person_name_keys,
)
from app.services.pagination import (
    JsonListResult,
    ListResult,
    Sort,
    decode_cursor,
    encode_cursor,
    keyset_slice,
    ordered_slice,
    page_of,
    paginate,
    parse_sort,
    with_relevance,
)

QUOTE_SORTS = {"id": QUOTE.c.id}
COMMENT_SORTS = {"id": COMMENT.c.id}

_SPEAKER_PERSON = PERSON.alias("speaker_person")
_SPEAKER_ORGANISATION = ORGANISATION.alias("speaker_organisation")
QUOTE_COLUMNS = [
    QUOTE.c.id,
    QUOTE.c.article_id,
    QUOTE.c.text,
    QUOTE.c.kind,
    QUOTE.c.speaker_text,
    QUOTE.c.cue,
    QUOTE.c.start,
    QUOTE.c.end,
    QUOTE.c.speaker_person_id,
    QUOTE.c.speaker_organisation_id,
    _SPEAKER_PERSON.c.name.label("speaker_person_name"),
    _SPEAKER_ORGANISATION.c.name.label("speaker_organisation_name"),
]
QUOTES_WITH_SPEAKERS = QUOTE.outerjoin(
    _SPEAKER_PERSON, _SPEAKER_PERSON.c.id == QUOTE.c.speaker_person_id
).outerjoin(_SPEAKER_ORGANISATION, _SPEAKER_ORGANISATION.c.id == QUOTE.c.speaker_organisation_id)
COMMENT_COLUMNS = [COMMENT.c.id, COMMENT.c.article_id, COMMENT.c.text, COMMENT.c.position]


def _key(name: str) -> ColumnElement[str]:
    return literal_column(f"'{name}'")  # a constant key, written into the statement


# quote_dict, written by SQLite's JSON functions (same keys in the same order); SQLite escapes
# strings exactly as the API's serialiser does, so the bytes are the same.
_SPEAKER_JSON = case(
    (
        QUOTE.c.speaker_person_id.is_not(None),
        func.json_object(
            _key("id"),
            QUOTE.c.speaker_person_id,
            _key("name"),
            _SPEAKER_PERSON.c.name,
            _key("type"),
            _key("person"),
        ),
    ),
    (
        QUOTE.c.speaker_organisation_id.is_not(None),
        func.json_object(
            _key("id"),
            QUOTE.c.speaker_organisation_id,
            _key("name"),
            _SPEAKER_ORGANISATION.c.name,
            _key("type"),
            _key("organisation"),
        ),
    ),
)
QUOTE_JSON = func.json_object(
    _key("id"),
    QUOTE.c.id,
    _key("article_id"),
    QUOTE.c.article_id,
    _key("text"),
    QUOTE.c.text,
    _key("kind"),
    QUOTE.c.kind,
    _key("speaker"),
    _SPEAKER_JSON,
    _key("speaker_text"),
    QUOTE.c.speaker_text,
    _key("cue"),
    QUOTE.c.cue,
    _key("start"),
    QUOTE.c.start,
    _key("end"),
    QUOTE.c.end,
)


def quote_dict(row: RowMapping) -> dict[str, Any]:
    speaker = None
    if row["speaker_person_id"] is not None:
        speaker = {"id": row["speaker_person_id"], "name": row["speaker_person_name"], "type": "person"}
    elif row["speaker_organisation_id"] is not None:
        speaker = {
            "id": row["speaker_organisation_id"],
            "name": row["speaker_organisation_name"],
            "type": "organisation",
        }
    return {
        "id": row["id"],
        "article_id": row["article_id"],
        "text": row["text"],
        "kind": row["kind"],
        "speaker": speaker,
        "speaker_text": row["speaker_text"],
        "cue": row["cue"],
        "start": row["start"],
        "end": row["end"],
    }


def get_quote(conn: Connection, *, quote_id: int) -> dict[str, Any]:
    """One quote by id, or NotFound."""
    query = select(*QUOTE_COLUMNS).select_from(QUOTES_WITH_SPEAKERS).where(QUOTE.c.id == quote_id)
    return quote_dict(fetch_one(conn, query, what="quote", record_id=quote_id))


@dataclass(frozen=True, slots=True)
class QuoteFilters:
    q: str | None = None
    article_id: int | None = None
    person_id: int | None = None
    organisation_id: int | None = None
    kind: str | None = None
    speaker: str | None = None
    organisation: str | None = None


# Each filter as a clause over bind parameters. A list's statement is built once for each set of
# filters in use (and direction, and whether it starts at a cursor) and run with the request's
# values: building and fingerprinting it afresh cost more than the indexed query itself.
_SPEAKERS = people_matching(
    bindparam("speaker_name"), bindparam("speaker_surname"), bindparam("speaker_suffix")
)
_ORGANISATIONS = organisations_matching(
    bindparam("organisation_name"), bindparam("organisation_acronyms", expanding=True)
)
_ORGANISATION_MEMBERS = select(PERSON_ORGANISATION.c.person_id).where(
    PERSON_ORGANISATION.c.organisation_id.in_(_ORGANISATIONS)
)
_FILTER_CLAUSES: dict[str, ColumnElement[bool]] = {
    "article_id": QUOTE.c.article_id == bindparam("article_id"),
    "person_id": QUOTE.c.speaker_person_id == bindparam("person_id"),
    "organisation_id": QUOTE.c.speaker_organisation_id == bindparam("organisation_id"),
    "kind": QUOTE.c.kind == bindparam("kind"),
    "speaker": QUOTE.c.speaker_person_id.in_(_SPEAKERS),
    # A speaker name with no words in it names no one.
    "speaker_nobody": false(),
    # Said by the organisation itself, or by someone the articles tie to it.
    "organisation": or_(
        QUOTE.c.speaker_organisation_id.in_(_ORGANISATIONS),
        QUOTE.c.speaker_person_id.in_(_ORGANISATION_MEMBERS),
    ),
}
_PAGE_ROWS = bindparam("page_rows", type_=Integer)
_AFTER_ID = bindparam("after_id", type_=Integer)

FilterShape = tuple[str, ...]  # the names of the clauses in use, in _FILTER_CLAUSES' order


def _filter_values(filters: QuoteFilters) -> tuple[FilterShape, dict[str, Any]]:
    """Which filter clauses apply (all but ``q``), and their bind parameters' values."""
    shape: list[str] = []
    values: dict[str, Any] = {}
    for name in ("article_id", "person_id", "organisation_id", "kind"):
        value = getattr(filters, name)
        if value is not None:
            shape.append(name)
            values[name] = value
    if filters.speaker is not None:
        keys = person_name_keys(filters.speaker)
        if keys is None:
            shape.append("speaker_nobody")
        else:
            shape.append("speaker")
            values["speaker_name"], values["speaker_surname"], values["speaker_suffix"] = keys
    if filters.organisation is not None:
        shape.append("organisation")
        values["organisation_name"], values["organisation_acronyms"] = organisation_name_keys(
            filters.organisation
        )
    return tuple(shape), values


def _clauses(shape: FilterShape) -> list[ColumnElement[bool]]:
    return [_FILTER_CLAUSES[name] for name in shape]


def _filtered_ids(shape: FilterShape) -> Select[Any]:
    return select(QUOTE.c.id).where(*_clauses(shape))


@cache  # one statement per filter shape, direction, cursor or not and form: a few hundred at most
def _page_statement(shape: FilterShape, descending: bool, after: bool, as_json: bool = False) -> Select[Any]:
    """One page of quotes with their speakers, sorted by id: the ids from the filters' indexes
    first, then the wide rows (text, speaker names) of just those ids, so a speaker with
    thousands of quotes does not mean reading, joining and sorting every one to keep fifty.

    ``as_json``: each row is its id and the quote as a JSON object (SQLite only)."""
    sort = Sort(name="id", column=QUOTE.c.id, descending=descending)
    position = (_AFTER_ID, _AFTER_ID) if after else None
    page_ids = ordered_slice(
        _filtered_ids(shape), id_column=QUOTE.c.id, sort=sort, rows=_PAGE_ROWS, after=position
    )
    columns = [QUOTE.c.id, QUOTE_JSON] if as_json else QUOTE_COLUMNS
    query = select(*columns).select_from(QUOTES_WITH_SPEAKERS).where(QUOTE.c.id.in_(page_ids))
    return ordered_slice(query, id_column=QUOTE.c.id, sort=sort, rows=_PAGE_ROWS, after=None)


@cache  # as _page_statement; the dialect is the one SQLite dialect of the read engine
def _json_page_driver_statement(
    shape: FilterShape, descending: bool, after: bool, dialect: Dialect
) -> DriverStatement | None:
    return DriverStatement.compile(_page_statement(shape, descending, after, as_json=True), dialect)


def _page_parameters(
    values: dict[str, Any], limit: int, cursor: str | None, sort: str | None
) -> tuple[Sort, bool, dict[str, Any]]:
    """The sort of an unsearched list, whether it starts at a cursor, and its page statement's values."""
    order = parse_sort(sort, QUOTE_SORTS, "id")
    after = decode_cursor(cursor, order) if cursor else None
    parameters = {**values, "page_rows": limit + 1, "after_id": after[1] if after else None}
    return order, after is not None, parameters


def get_quotes(
    conn: Connection,
    *,
    limit: int,
    cursor: str | None = None,
    sort: str | None = None,
    filters: QuoteFilters | None = None,
    facets: list[str] | None = None,
    facet_size: int = 20,
) -> ListResult:
    """A page of quotes matching every given filter, ranked by relevance when searching."""
    filters = filters or QuoteFilters()
    shape, values = _filter_values(filters)
    if filters.q is None:
        order, after, parameters = _page_parameters(values, limit, cursor, sort)
        statement = _page_statement(shape, order.descending, after)
        page = page_of(
            conn.execute(statement, parameters).mappings().all(), sort=order, limit=limit, sort_key="id"
        )
        ids = None
    else:
        ids, rank = search.restrict(conn, _filtered_ids(shape), QUOTE, filters.q)
        order = parse_sort(sort, *with_relevance(QUOTE_SORTS, "id", rank))
        if order.column is QUOTE.c.id:
            page_ids = keyset_slice(ids, id_column=QUOTE.c.id, sort=order, limit=limit, cursor=cursor)
            query = select(*QUOTE_COLUMNS).select_from(QUOTES_WITH_SPEAKERS).where(QUOTE.c.id.in_(page_ids))
            cursor = None  # already applied to the ids
        else:
            # Ranked by relevance: the rank belongs to the search join, so the page is one query.
            wide = select(*QUOTE_COLUMNS).select_from(QUOTES_WITH_SPEAKERS).where(*_clauses(shape))
            query, rank = search.restrict(conn, wide, QUOTE, filters.q)
            order = parse_sort(sort, *with_relevance(QUOTE_SORTS, "id", rank))
        page = paginate(
            conn, query, id_column=QUOTE.c.id, sort=order, limit=limit, cursor=cursor, parameters=values
        )
    facet_counts = None
    if facets:
        counted = _filtered_ids(shape) if ids is None else ids
        facet_counts = quote_facets(conn, facets, counted.params(values).scalar_subquery(), facet_size)
    return ListResult([quote_dict(r) for r in page.rows], page.next_cursor, facet_counts)


def get_quotes_json(
    conn: Connection,
    *,
    limit: int,
    cursor: str | None = None,
    sort: str | None = None,
    filters: QuoteFilters | None = None,
) -> JsonListResult | None:
    """The page :func:`get_quotes` gives (without facets), its items already one JSON array.

    SQLite writes each quote as JSON while it reads the page, so no Python object is made per
    row or field (for 50 quotes that was most of the request's time). None where this cannot
    be done: a search (its page takes several steps), or a database other than SQLite.
    """
    filters = filters or QuoteFilters()
    if filters.q is not None or conn.dialect.name != "sqlite":
        return None
    shape, values = _filter_values(filters)
    order, after, parameters = _page_parameters(values, limit, cursor, sort)
    driver_statement = _json_page_driver_statement(shape, order.descending, after, conn.dialect)
    if driver_statement is None:
        statement = _page_statement(shape, order.descending, after, as_json=True)
        rows: list[Any] = list(conn.execute(statement, parameters).all())
    else:
        rows = driver_statement.all(conn, parameters)
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        last_id = rows[-1][0]
        next_cursor = encode_cursor(order, last_id, last_id)
    return JsonListResult("[" + ",".join(row[1] for row in rows) + "]", next_cursor)


def get_comment(conn: Connection, *, comment_id: int) -> dict[str, Any]:
    """One reader comment by id, or NotFound."""
    row = fetch_one(
        conn,
        select(*COMMENT_COLUMNS).where(COMMENT.c.id == comment_id),
        what="comment",
        record_id=comment_id,
    )
    return dict(row)


def get_comments(
    conn: Connection,
    *,
    limit: int,
    cursor: str | None = None,
    sort: str | None = None,
    article_id: int | None = None,
) -> ListResult:
    """A page of reader comments, optionally of one article."""
    query = select(*COMMENT_COLUMNS)
    if article_id is not None:
        query = query.where(COMMENT.c.article_id == article_id)
    page = paginate(
        conn,
        query,
        id_column=COMMENT.c.id,
        sort=parse_sort(sort, COMMENT_SORTS, "id"),
        limit=limit,
        cursor=cursor,
    )
    return ListResult([{c.name: r[c.name] for c in COMMENT_COLUMNS} for r in page.rows], page.next_cursor)
