"""Query parameters shared by several routes, each documented once."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Annotated, Literal

from fastapi import Query
from pydantic import BeforeValidator

_ISO_8601 = re.compile(r"^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?)?$")


def _iso_8601_only(value: object) -> object:
    """Dates must be ISO 8601 text: pydantic would otherwise read "0.5" as a Unix timestamp."""
    if isinstance(value, datetime) or (isinstance(value, str) and _ISO_8601.match(value.strip())):
        return value
    raise ValueError("must be an ISO 8601 date or date-time, e.g. 2025-06-01 or 2025-06-01T09:30:00Z")


IsoDateTime = Annotated[datetime, BeforeValidator(_iso_8601_only)]

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
        description="Embed related records in each article (repeatable: include=quotes&include=people): quotes, people, "
        "organisations, places, comments. One query per record type, whatever the page size.",
        examples=[["quotes", "people"]],
    ),
]


def split_includes(values: Sequence[str] | None) -> list[str]:
    return list(dict.fromkeys(values or []))
