"""Quotes with their speakers, and reader comments."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.engine import Connection, RowMapping

from app.models import COMMENT, ORGANISATION, PERSON, PERSON_ORGANISATION, QUOTE
from app.services import search
from app.services.common import fetch_one
from app.services.facets import quote_facets
from app.services.names import organisations_named, people_named
from app.services.pagination import ListResult, keyset_slice, paginate, parse_sort, with_relevance

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
    ids, rank = _filtered(conn, select(QUOTE.c.id), filters)
    order = parse_sort(sort, *with_relevance(QUOTE_SORTS, "id", rank))
    if order.column is QUOTE.c.id:
        # The page's ids first, from the filters' indexes alone, then the wide rows (text, speaker
        # names) of just those: a speaker with thousands of quotes no longer means reading,
        # joining and sorting every one of them to keep fifty.
        page_ids = keyset_slice(ids, id_column=QUOTE.c.id, sort=order, limit=limit, cursor=cursor)
        query = select(*QUOTE_COLUMNS).select_from(QUOTES_WITH_SPEAKERS).where(QUOTE.c.id.in_(page_ids))
        page = paginate(conn, query, id_column=QUOTE.c.id, sort=order, limit=limit, cursor=None)
    else:
        # Ranked by relevance: the rank belongs to the search join, so the page is one query.
        query, rank = _filtered(conn, select(*QUOTE_COLUMNS).select_from(QUOTES_WITH_SPEAKERS), filters)
        order = parse_sort(sort, *with_relevance(QUOTE_SORTS, "id", rank))
        page = paginate(conn, query, id_column=QUOTE.c.id, sort=order, limit=limit, cursor=cursor)
    facet_counts = None
    if facets:
        facet_counts = quote_facets(conn, facets, ids.scalar_subquery(), facet_size)
    return ListResult([quote_dict(r) for r in page.rows], page.next_cursor, facet_counts)


def _filtered(conn: Connection, query: Select[Any], filters: QuoteFilters) -> tuple[Select[Any], Any]:
    """Apply every filter; returns the query and the search rank (None without ``q``)."""
    article_id, person_id, organisation_id = filters.article_id, filters.person_id, filters.organisation_id
    kind, speaker, organisation, q = filters.kind, filters.speaker, filters.organisation, filters.q
    if article_id is not None:
        query = query.where(QUOTE.c.article_id == article_id)
    if person_id is not None:
        query = query.where(QUOTE.c.speaker_person_id == person_id)
    if organisation_id is not None:
        query = query.where(QUOTE.c.speaker_organisation_id == organisation_id)
    if kind is not None:
        query = query.where(QUOTE.c.kind == kind)
    if speaker is not None:
        query = query.where(QUOTE.c.speaker_person_id.in_(people_named(speaker)))
    if organisation is not None:
        # Said by the organisation itself, or by someone the articles tie to it.
        members = select(PERSON_ORGANISATION.c.person_id).where(
            PERSON_ORGANISATION.c.organisation_id.in_(organisations_named(organisation))
        )
        query = query.where(
            or_(
                QUOTE.c.speaker_organisation_id.in_(organisations_named(organisation)),
                QUOTE.c.speaker_person_id.in_(members),
            )
        )
    return search.restrict(conn, query, QUOTE, q)


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
