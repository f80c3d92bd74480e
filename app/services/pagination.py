"""Keyset pagination: an opaque cursor holds the last row's sort value and id.

Unlike offsets, a cursor stays correct while rows are added, and every page costs
the same index seek however deep the client has paged. NULL sort values come last
in either direction, as in Datasette.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, or_
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.sql.elements import ColumnElement

from app.services.errors import InvalidCursor, InvalidParameter


@dataclass(frozen=True, slots=True)
class Sort:
    name: str  # as the client wrote it, without the "-"
    column: ColumnElement[Any]
    descending: bool


@dataclass(frozen=True, slots=True)
class Page:
    rows: Sequence[RowMapping]
    next_cursor: str | None


@dataclass(frozen=True, slots=True)
class ListResult:
    """One page of a list, ready to shape: plain dicts, the next cursor, and facets when asked for."""

    items: list[dict[str, Any]]
    next_cursor: str | None
    facets: dict[str, list[dict[str, Any]]] | None = None


@dataclass(frozen=True, slots=True)
class JsonListResult:
    """One page of a list whose items the database already wrote as a JSON array (no facets)."""

    items_json: str
    next_cursor: str | None


def parse_sort(value: str | None, allowed: Mapping[str, ColumnElement[Any]], default: str) -> Sort:
    """``"-published_at"`` → descending on that column; names outside ``allowed`` are refused."""
    value = (value or default).strip()
    descending = value.startswith("-")
    name = value.lstrip("-")
    if name not in allowed:
        choices = ", ".join(sorted(allowed))
        raise InvalidParameter(
            f"cannot sort by {name!r}; allowed: {choices} (prefix with - for descending)", parameter="sort"
        )
    return Sort(name=name, column=allowed[name], descending=descending)


RELEVANCE = "relevance"


def with_relevance(
    allowed: Mapping[str, ColumnElement[Any]], default: str, rank: ColumnElement[Any] | None
) -> tuple[Mapping[str, ColumnElement[Any]], str]:
    """When searching, ``relevance`` (the search rank) is also a sort, and the default one."""
    if rank is None:
        return allowed, default
    return {**allowed, RELEVANCE: rank}, RELEVANCE


def encode_cursor(sort: Sort, value: Any, row_id: int) -> str:
    if isinstance(value, datetime):
        value = {"dt": value.isoformat()}
    payload = json.dumps([sort.name, sort.descending, value, row_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def decode_cursor(token: str, sort: Sort) -> tuple[Any, int]:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        name, descending, value, row_id = json.loads(raw)
        if isinstance(value, dict):
            value = datetime.fromisoformat(value["dt"])
    except (binascii.Error, ValueError, TypeError, KeyError) as exc:
        raise InvalidCursor("cursor is not one this API issued", parameter="cursor") from exc
    if not isinstance(row_id, int) or name != sort.name or descending != sort.descending:
        raise InvalidCursor(
            "cursor belongs to another sort order; request the first page again", parameter="cursor"
        )
    return value, row_id


def paginate(
    conn: Connection,
    query: Select[Any],
    *,
    id_column: ColumnElement[int],
    sort: Sort,
    limit: int,
    cursor: str | None,
    sort_key: str = "sort_value",
    parameters: Mapping[str, Any] | None = None,
) -> Page:
    """Run ``query`` for one page; ``query`` must not be ordered or limited yet.

    ``parameters`` are the values of any bind parameters ``query`` was built with.
    """
    query = query.add_columns(sort.column.label(sort_key))
    statement = keyset_slice(query, id_column=id_column, sort=sort, limit=limit, cursor=cursor)
    rows = conn.execute(statement, parameters).mappings().all()
    return page_of(rows, sort=sort, limit=limit, sort_key=sort_key)


def page_of(rows: Sequence[RowMapping], *, sort: Sort, limit: int, sort_key: str) -> Page:
    """The page in ``rows`` (read with one row to spare), and the cursor to the next when there is one."""
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        next_cursor = encode_cursor(sort, last[sort_key], last["id"])
    return Page(rows=rows, next_cursor=next_cursor)


def keyset_slice(
    query: Select[Any], *, id_column: ColumnElement[int], sort: Sort, limit: int, cursor: str | None
) -> Select[Any]:
    """``query`` restricted to the page after ``cursor``, in ``sort`` order, with one row to spare.

    On its own it is the ids of one page (``select(id)``), which a caller can read from an index
    before joining the wide rows of just those ids; :func:`paginate` runs it with every column.
    """
    after = decode_cursor(cursor, sort) if cursor else None
    return ordered_slice(query, id_column=id_column, sort=sort, rows=limit + 1, after=after)


def ordered_slice(
    query: Select[Any],
    *,
    id_column: ColumnElement[int],
    sort: Sort,
    rows: Any,
    after: tuple[Any, Any] | None,
) -> Select[Any]:
    """``query`` in ``sort`` order, its first ``rows`` rows past the ``after`` (sort value, id) position.

    ``rows`` and the position may be bind parameters, so that a statement can be built once and
    run for every page.
    """
    column = sort.column
    is_id_sort = column is id_column
    if after is not None:
        value, last_id = after
        query = query.where(_after(column, id_column, value, last_id, sort.descending, is_id_sort))
    direction = (lambda c: c.desc()) if sort.descending else (lambda c: c.asc())
    # NULLS LAST in both directions, said explicitly so that every backend agrees (and an
    # index in that order can serve the sort); NOT NULL columns need no such clause.
    if is_id_sort:
        order: list[Any] = []
    elif getattr(column, "nullable", True):
        order = [direction(column).nulls_last()]
    else:
        order = [direction(column)]
    return query.order_by(*order, direction(id_column)).limit(rows)


def _after(
    column: ColumnElement[Any],
    id_column: ColumnElement[int],
    value: Any,
    last_id: int,
    descending: bool,
    is_id_sort: bool,
) -> ColumnElement[bool]:
    beyond_id = id_column < last_id if descending else id_column > last_id
    if is_id_sort:
        return beyond_id
    if value is None:
        return and_(column.is_(None), beyond_id)
    beyond_value = column < value if descending else column > value
    return or_(beyond_value, and_(column == value, beyond_id), column.is_(None))
