from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from app.api.deps import Reads
from app.api.schemas import RecordCounts, Stats
from app.models import ARTICLE, COMMENT, DATASET_STATE, ORGANISATION, PERSON, PLACE, QUOTE
from app.services.common import as_utc

router = APIRouter(tags=["operations"])


@router.get("/stats", operation_id="get_stats", summary="Counts and the last import", response_model=Stats)
async def get_stats(reads: Reads) -> Stats:
    """How many records of each type are stored, when the last article was imported, and the data version."""
    # Counting whole tables is no index lookup: off the event loop.
    return await reads.run(_read_stats, heavy=True)


def _read_stats(conn: Connection) -> Stats:
    tables = {
        "articles": ARTICLE,
        "people": PERSON,
        "organisations": ORGANISATION,
        "places": PLACE,
        "quotes": QUOTE,
        "comments": COMMENT,
    }
    counts = {
        name: conn.execute(select(func.count()).select_from(t)).scalar_one() for name, t in tables.items()
    }
    state = conn.execute(select(DATASET_STATE.c.version, DATASET_STATE.c.last_import_at)).first()
    return Stats(
        counts=RecordCounts(**counts),
        last_import_at=as_utc(state.last_import_at) if state else None,
        data_version=state.version if state else 0,
    )
