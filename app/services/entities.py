"""People, organisations and places: lists with filters, and one by id."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Select, Table, func, select
from sqlalchemy.engine import Connection, RowMapping

from app.models import (
    ARTICLE_ORGANISATION,
    ARTICLE_PERSON,
    ARTICLE_PLACE,
    ORGANISATION,
    PERSON,
    PERSON_ORGANISATION,
    PLACE,
)
from app.services import search
from app.services.common import fetch_one
from app.services.names import organisations_named
from app.services.pagination import ListResult, paginate, parse_sort, with_relevance

PERSON_SORTS = {"id": PERSON.c.id, "name": PERSON.c.name}
ORGANISATION_SORTS = {"id": ORGANISATION.c.id, "name": ORGANISATION.c.name}
PLACE_SORTS = {"id": PLACE.c.id, "name": PLACE.c.name}

PERSON_COLUMNS = [PERSON.c.id, PERSON.c.name, PERSON.c.titles, PERSON.c.aliases]
ORGANISATION_COLUMNS = [
    ORGANISATION.c.id,
    ORGANISATION.c.name,
    ORGANISATION.c.acronym,
    ORGANISATION.c.aliases,
    ORGANISATION.c.country_code,
]
PLACE_COLUMNS = [PLACE.c.id, PLACE.c.name, PLACE.c.country_code, PLACE.c.kind]

Items = list[dict[str, Any]]


def _searched(
    conn: Connection, query: Select[Any], target: Table, q: str | None, sorts: Mapping[str, Any]
) -> tuple[Select[Any], Mapping[str, Any], str]:
    """Restrict to search hits for ``q`` and offer (and default to) sorting by relevance."""
    query, rank = search.restrict(conn, query, target, q)
    return (query, *with_relevance(sorts, "id", rank))


def _organisations_of(conn: Connection, person_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """Every organisation each person is tied to, in one query for the whole page."""
    if not person_ids:
        return {}
    rows = conn.execute(
        select(PERSON_ORGANISATION.c.person_id, ORGANISATION.c.id, ORGANISATION.c.name)
        .join(ORGANISATION, ORGANISATION.c.id == PERSON_ORGANISATION.c.organisation_id)
        .where(PERSON_ORGANISATION.c.person_id.in_(person_ids))
        .distinct()
        .order_by(PERSON_ORGANISATION.c.person_id, ORGANISATION.c.id)
    )
    tied: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for person_id, organisation_id, name in rows:
        tied[person_id].append({"id": organisation_id, "name": name})
    return tied


def people_dicts(conn: Connection, rows: Sequence[RowMapping]) -> Items:
    organisations = _organisations_of(conn, [r["id"] for r in rows])
    # Keys in PersonPublic's order: the API serialises these dicts as they are.
    return [
        {
            "id": r["id"],
            "name": r["name"],
            "titles": r["titles"],
            "organisations": organisations.get(r["id"], []),
            "aliases": r["aliases"],
        }
        for r in rows
    ]


def get_person(conn: Connection, *, person_id: int) -> dict[str, Any]:
    """One person by id, or NotFound."""
    row = fetch_one(
        conn, select(*PERSON_COLUMNS).where(PERSON.c.id == person_id), what="person", record_id=person_id
    )
    return people_dicts(conn, [row])[0]


def get_people(
    conn: Connection,
    *,
    limit: int,
    cursor: str | None = None,
    sort: str | None = None,
    article_id: int | None = None,
    organisation_id: int | None = None,
    organisation: str | None = None,
    title: str | None = None,
    q: str | None = None,
) -> ListResult:
    """A page of people matching every given filter."""
    query = select(*PERSON_COLUMNS)
    if title is not None:
        # Titles as the articles gave them ("Secretary General"), matched case-insensitively.
        query = query.where(
            PERSON.c.id.in_(
                select(PERSON_ORGANISATION.c.person_id).where(
                    func.lower(PERSON_ORGANISATION.c.role) == title.strip().casefold()
                )
            )
        )
    if article_id is not None:
        query = query.where(
            PERSON.c.id.in_(
                select(ARTICLE_PERSON.c.person_id).where(ARTICLE_PERSON.c.article_id == article_id)
            )
        )
    if organisation_id is not None or organisation is not None:
        tie = select(PERSON_ORGANISATION.c.person_id)
        if organisation_id is not None:
            tie = tie.where(PERSON_ORGANISATION.c.organisation_id == organisation_id)
        if organisation is not None:
            tie = tie.where(PERSON_ORGANISATION.c.organisation_id.in_(organisations_named(organisation)))
        query = query.where(PERSON.c.id.in_(tie))
    query, sorts, default = _searched(conn, query, PERSON, q, PERSON_SORTS)
    page = paginate(
        conn,
        query,
        id_column=PERSON.c.id,
        sort=parse_sort(sort, sorts, default),
        limit=limit,
        cursor=cursor,
    )
    return ListResult(people_dicts(conn, page.rows), page.next_cursor)


def get_organisation(conn: Connection, *, organisation_id: int) -> dict[str, Any]:
    """One organisation by id, or NotFound."""
    row = fetch_one(
        conn,
        select(*ORGANISATION_COLUMNS).where(ORGANISATION.c.id == organisation_id),
        what="organisation",
        record_id=organisation_id,
    )
    return dict(row)


def get_organisations(
    conn: Connection,
    *,
    limit: int,
    cursor: str | None = None,
    sort: str | None = None,
    article_id: int | None = None,
    country: str | None = None,
    q: str | None = None,
) -> ListResult:
    """A page of organisations matching every given filter."""
    query = select(*ORGANISATION_COLUMNS)
    if article_id is not None:
        query = query.where(
            ORGANISATION.c.id.in_(
                select(ARTICLE_ORGANISATION.c.organisation_id).where(
                    ARTICLE_ORGANISATION.c.article_id == article_id
                )
            )
        )
    if country is not None:
        query = query.where(ORGANISATION.c.country_code == country.upper())
    query, sorts, default = _searched(conn, query, ORGANISATION, q, ORGANISATION_SORTS)
    page = paginate(
        conn,
        query,
        id_column=ORGANISATION.c.id,
        sort=parse_sort(sort, sorts, default),
        limit=limit,
        cursor=cursor,
    )
    return ListResult(
        [{c.name: r[c.name] for c in ORGANISATION_COLUMNS} for r in page.rows], page.next_cursor
    )


def get_place(conn: Connection, *, place_id: int) -> dict[str, Any]:
    """One place by id, or NotFound."""
    row = fetch_one(
        conn, select(*PLACE_COLUMNS).where(PLACE.c.id == place_id), what="place", record_id=place_id
    )
    return dict(row)


def get_places(
    conn: Connection,
    *,
    limit: int,
    cursor: str | None = None,
    sort: str | None = None,
    article_id: int | None = None,
    country: str | None = None,
) -> ListResult:
    """A page of places matching every given filter."""
    query = select(*PLACE_COLUMNS)
    if article_id is not None:
        query = query.where(
            PLACE.c.id.in_(select(ARTICLE_PLACE.c.place_id).where(ARTICLE_PLACE.c.article_id == article_id))
        )
    if country is not None:
        query = query.where(PLACE.c.country_code == country.upper())
    page = paginate(
        conn,
        query,
        id_column=PLACE.c.id,
        sort=parse_sort(sort, PLACE_SORTS, "id"),
        limit=limit,
        cursor=cursor,
    )
    return ListResult([{c.name: r[c.name] for c in PLACE_COLUMNS} for r in page.rows], page.next_cursor)
