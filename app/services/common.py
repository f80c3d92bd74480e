"""Small helpers shared by the per-resource services."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select
from sqlalchemy.engine import Connection, RowMapping

from app.services.errors import NotFound


def as_utc(value: datetime | None) -> datetime | None:
    """SQLite hands timestamps back without their zone; Byline stores UTC only."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def fetch_one(conn: Connection, query: Select[Any], *, what: str, record_id: int) -> RowMapping:
    row = conn.execute(query).mappings().first()
    if row is None:
        raise NotFound(f"no {what} with id {record_id}")
    return row
