from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from app.api.deps import Reads
from app.api.errors import problem_response
from app.api.rendering import json_response
from app.api.routing import QuickParamsRoute
from app.api.schemas import SearchResults
from app.services import search as search_service

router = APIRouter(tags=["search"], route_class=QuickParamsRoute)

RecordType = Literal["article", "quote", "person", "organisation"]


@router.get(
    "/search",
    operation_id="search",
    summary="Search every record type",
    response_model=SearchResults,
    responses={422: problem_response()},
)
async def search(
    reads: Reads,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=500,
            description='Words (all must match), "quoted phrases", prefix* and OR.',
            examples=["counter-drone"],
        ),
    ],
    type: Annotated[
        list[RecordType] | None,
        Query(
            description="Only these record types (repeatable); all four by default.", examples=[["article"]]
        ),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=50, description="Hits per record type, 1–50.", examples=[5])] = 10,
) -> Response:
    """Articles, quotes, people and organisations matching `q` at once: the best `limit` hits of each type, best
    first, each with a short snippet where the matching words are wrapped in `<mark>…</mark>`."""
    types = list(dict.fromkeys(type or ["article", "quote", "person", "organisation"]))
    hits = await reads.run(
        lambda conn: search_service.search_everything(conn, q=q, limit=limit, types=types), heavy=True
    )
    return json_response({"items": hits})
