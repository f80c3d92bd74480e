"""Facet counts over the whole filtered set (not just the page), most common first."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from app.models import (
    ARTICLE,
    ARTICLE_ORGANISATION,
    ARTICLE_PERSON,
    ARTICLE_PLACE,
    ARTICLE_TOPIC,
    ORGANISATION,
    PERSON,
    PLACE,
    QUOTE,
)

Facets = dict[str, list[dict[str, Any]]]

ARTICLE_FACETS = ("source", "topic", "person", "organisation", "place", "country")
QUOTE_FACETS = ("kind", "person", "organisation")


def _counts(
    conn: Connection, value: Any, counted: Any, source: Any, where: Any, size: int
) -> list[dict[str, Any]]:
    total = func.count(func.distinct(counted)).label("count")
    query = (
        select(value.label("value"), total)
        .select_from(source)
        .where(where, value.is_not(None))
        .group_by(value)
        .order_by(total.desc(), value)
        .limit(size)
    )
    return [{"value": row.value, "count": row.count} for row in conn.execute(query)]


def article_facets(conn: Connection, names: list[str], article_ids: Any, size: int) -> Facets:
    """Counts of articles per value; ``article_ids`` is the filtered set as a subquery."""
    facets: Facets = {}
    for name in dict.fromkeys(names):
        if name == "source":
            facets[name] = _counts(
                conn, ARTICLE.c.source, ARTICLE.c.id, ARTICLE, ARTICLE.c.id.in_(article_ids), size
            )
        elif name == "topic":
            facets[name] = _counts(
                conn,
                ARTICLE_TOPIC.c.topic,
                ARTICLE_TOPIC.c.article_id,
                ARTICLE_TOPIC,
                ARTICLE_TOPIC.c.article_id.in_(article_ids),
                size,
            )
        elif name == "person":
            facets[name] = _counts(
                conn,
                PERSON.c.name,
                ARTICLE_PERSON.c.article_id,
                ARTICLE_PERSON.join(PERSON, PERSON.c.id == ARTICLE_PERSON.c.person_id),
                ARTICLE_PERSON.c.article_id.in_(article_ids),
                size,
            )
        elif name == "organisation":
            facets[name] = _counts(
                conn,
                ORGANISATION.c.name,
                ARTICLE_ORGANISATION.c.article_id,
                ARTICLE_ORGANISATION.join(
                    ORGANISATION, ORGANISATION.c.id == ARTICLE_ORGANISATION.c.organisation_id
                ),
                ARTICLE_ORGANISATION.c.article_id.in_(article_ids),
                size,
            )
        elif name in ("place", "country"):
            value = PLACE.c.name if name == "place" else PLACE.c.country_code
            facets[name] = _counts(
                conn,
                value,
                ARTICLE_PLACE.c.article_id,
                ARTICLE_PLACE.join(PLACE, PLACE.c.id == ARTICLE_PLACE.c.place_id),
                ARTICLE_PLACE.c.article_id.in_(article_ids),
                size,
            )
    return facets


def quote_facets(conn: Connection, names: list[str], quote_ids: Any, size: int) -> Facets:
    """Counts of quotes per kind, speaking person or speaking organisation."""
    facets: Facets = {}
    for name in dict.fromkeys(names):
        if name == "kind":
            facets[name] = _counts(conn, QUOTE.c.kind, QUOTE.c.id, QUOTE, QUOTE.c.id.in_(quote_ids), size)
        elif name == "person":
            facets[name] = _counts(
                conn,
                PERSON.c.name,
                QUOTE.c.id,
                QUOTE.join(PERSON, PERSON.c.id == QUOTE.c.speaker_person_id),
                QUOTE.c.id.in_(quote_ids),
                size,
            )
        elif name == "organisation":
            facets[name] = _counts(
                conn,
                ORGANISATION.c.name,
                QUOTE.c.id,
                QUOTE.join(ORGANISATION, ORGANISATION.c.id == QUOTE.c.speaker_organisation_id),
                QUOTE.c.id.in_(quote_ids),
                size,
            )
    return facets
