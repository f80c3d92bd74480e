"""Query parameters shared by several routes, each documented once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Literal

from fastapi import Query

SearchText = Annotated[
    str | None,
    Query(
        min_length=1,
        max_length=500,
        description='Full-text search: words (all must match), "quoted phrases", prefix* and OR. '
        "Results are ranked by relevance unless `sort` says otherwise.",
        examples=["drone*"],
    ),
]
Country = Annotated[
    str | None,
    Query(pattern="^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 country code.", examples=["JP"]),
]
ArticleFacet = Literal["source", "topic", "person", "organisation", "place", "country"]
QuoteFacet = Literal["kind", "person", "organisation"]

Include = Literal["quotes", "people", "organisations", "places", "comments"]
Includes = Annotated[
    list[Include] | None,
    Query(
        description="Embed related records in each article (repeatable, or comma-separated): quotes, people, "
        "organisations, places, comments. One query per record type, whatever the page size.",
        examples=[["quotes", "people"]],
    ),
]


def split_includes(values: Sequence[str] | None) -> list[str]:
    return list(dict.fromkeys(values or []))
