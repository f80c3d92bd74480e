"""Related records for a set of articles, one query per record type (never one per article)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from app.models import (
    ARTICLE_ORGANISATION,
    ARTICLE_PERSON,
    ARTICLE_PLACE,
    COMMENT,
    ORGANISATION,
    PERSON,
    PLACE,
    QUOTE,
)
from app.services import entities, quotes

INCLUDABLE = ("quotes", "people", "organisations", "places", "comments")
Embedded = dict[int, dict[str, list[dict[str, Any]]]]


def related(conn: Connection, article_ids: Sequence[int], include: Iterable[str]) -> Embedded:
    """``{article_id: {"quotes": [...], "people": [...], …}}`` for the record types in ``include``."""
    wanted = [name for name in INCLUDABLE if name in set(include)]
    out: Embedded = {article_id: {name: [] for name in wanted} for article_id in article_ids}
    if not article_ids or not wanted:
        return out
    ids = list(article_ids)
    if "quotes" in wanted:
        quote_rows = conn.execute(
            select(*quotes.QUOTE_COLUMNS)
            .select_from(quotes.QUOTES_WITH_SPEAKERS)
            .where(QUOTE.c.article_id.in_(ids))
            .order_by(QUOTE.c.article_id, QUOTE.c.position)
        ).mappings()
        for row in quote_rows:
            out[row["article_id"]]["quotes"].append(quotes.quote_dict(row))
    if "comments" in wanted:
        comment_rows = conn.execute(
            select(*quotes.COMMENT_COLUMNS)
            .where(COMMENT.c.article_id.in_(ids))
            .order_by(COMMENT.c.article_id, COMMENT.c.position)
        ).mappings()
        for row in comment_rows:
            out[row["article_id"]]["comments"].append(dict(row))
    if "people" in wanted:
        person_rows = (
            conn.execute(
                select(ARTICLE_PERSON.c.article_id, *entities.PERSON_COLUMNS)
                .join(PERSON, PERSON.c.id == ARTICLE_PERSON.c.person_id)
                .where(ARTICLE_PERSON.c.article_id.in_(ids))
                .order_by(ARTICLE_PERSON.c.article_id, PERSON.c.id)
            )
            .mappings()
            .all()
        )
        people = {p["id"]: p for p in entities.people_dicts(conn, person_rows)}
        for row in person_rows:
            out[row["article_id"]]["people"].append(people[row["id"]])
    if "organisations" in wanted:
        _add_rows(
            conn,
            out,
            "organisations",
            select(ARTICLE_ORGANISATION.c.article_id, *entities.ORGANISATION_COLUMNS)
            .join(ORGANISATION, ORGANISATION.c.id == ARTICLE_ORGANISATION.c.organisation_id)
            .where(ARTICLE_ORGANISATION.c.article_id.in_(ids))
            .order_by(ARTICLE_ORGANISATION.c.article_id, ORGANISATION.c.id),
        )
    if "places" in wanted:
        _add_rows(
            conn,
            out,
            "places",
            select(ARTICLE_PLACE.c.article_id, *entities.PLACE_COLUMNS)
            .join(PLACE, PLACE.c.id == ARTICLE_PLACE.c.place_id)
            .where(ARTICLE_PLACE.c.article_id.in_(ids))
            .order_by(ARTICLE_PLACE.c.article_id, PLACE.c.id),
        )
    return out


def _add_rows(conn: Connection, out: Embedded, name: str, query: Any) -> None:
    tied: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in conn.execute(query).mappings():
        item = dict(row)
        tied[item.pop("article_id")].append(item)
    for article_id, items in tied.items():
        out[article_id][name] = items
