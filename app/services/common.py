"""Small helpers shared by the per-resource services."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select
from sqlalchemy.engine import Connection, Dialect, RowMapping
from sqlalchemy.exc import DBAPIError

from app.db import statement_clock
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


@dataclass(frozen=True, slots=True)
class DriverStatement:
    """A SQLite statement compiled once and run straight on the driver's connection.

    For the hottest reads: SQLAlchemy's execute and fetch cost ~0.15 ms around a query that
    itself takes ~0.3 ms (a speaker's page of quotes). The statement keeps the time limit and
    inline budget of ``app.db`` (its clock is started as SQLAlchemy's event would), and a driver
    error is raised as the SQLAlchemy error it would have been, so callers see no difference.
    """

    sql: str
    names: tuple[str, ...]  # each ``?``'s parameter, in order
    defaults: dict[str, Any]  # values the statement carries itself (e.g. a literal OFFSET 0)

    @classmethod
    def compile(cls, statement: Select[Any], dialect: Dialect) -> DriverStatement | None:
        """The statement for SQLite's driver; None when its parameters need SQLAlchemy (lists
        expanded into ``IN``, values converted on the way in)."""
        if dialect.name != "sqlite":
            return None
        compiled = statement.compile(dialect=dialect)
        binds = compiled.binds.values()
        if compiled.positiontup is None or any(
            bind.expanding or bind.type.bind_processor(dialect) is not None for bind in binds
        ):
            return None
        defaults = {name: bind.value for name, bind in compiled.binds.items() if not bind.required}
        return cls(str(compiled), tuple(compiled.positiontup), defaults)

    def all(self, conn: Connection, parameters: dict[str, Any]) -> list[tuple[Any, ...]]:
        """Every row, as the driver's tuples."""
        values = [parameters[name] if name in parameters else self.defaults[name] for name in self.names]
        driver: Any = conn.connection.driver_connection
        clock = statement_clock(conn)
        if clock is not None:
            clock.start_statement()
        try:
            rows: list[tuple[Any, ...]] = driver.execute(self.sql, values).fetchall()
        except sqlite3.Error as exc:
            raise DBAPIError.instance(self.sql, values, exc, sqlite3.Error) from exc
        return rows
