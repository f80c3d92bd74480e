"""Engines and sessions. SQLite gets the pragmas that make it a good server database."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool
from sqlmodel import create_engine

from app.config import Settings


def make_engine(settings: Settings, *, writer: bool = False) -> Engine:
    """Build an engine for ``settings.database_url`` (a SQLite folder is created on demand).

    On SQLite a ``writer`` engine starts every transaction with ``BEGIN IMMEDIATE`` so
    that writers queue on the busy timeout up front instead of failing half-way with
    "database is locked"; readers use plain deferred transactions and, under WAL, never
    wait for a writer.
    """
    url = settings.database_url
    if not settings.is_sqlite:
        return create_engine(url, **server_engine_options(settings))
    path = settings.sqlite_path()
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
    if path is None:
        # An in-memory database lives as long as its one connection.
        kwargs["poolclass"] = StaticPool
    elif not writer:
        # SQLite connections are cheap, and every request thread may hold one: never make a reader queue.
        kwargs.update(pool_size=16, max_overflow=48, pool_timeout=settings.db_pool_timeout)
    engine = create_engine(url, **kwargs)
    _configure_sqlite(engine, busy_timeout_ms=settings.sqlite_busy_timeout_ms, writer=writer)
    if not writer and settings.statement_timeout_ms > 0:
        limit_sqlite_statements(engine, timeout_ms=settings.statement_timeout_ms)
    return engine


def server_engine_options(settings: Settings) -> dict[str, Any]:
    """Pool and session settings for a server database (PostgreSQL).

    Every process (each uvicorn worker, each importer) has its own pool per engine, so a
    replica with W workers may open W x 2 engines x (pool size + max overflow) connections.
    """
    options: dict[str, Any] = {
        "pool_pre_ping": True,  # a connection the server or a proxy dropped is replaced, not raised
        "pool_size": settings.db_pool_size,
        "max_overflow": settings.db_max_overflow,
        "pool_timeout": settings.db_pool_timeout,
        "pool_recycle": settings.db_pool_recycle,
    }
    if settings.database_url.startswith("postgresql"):
        session = f"-c statement_timeout={int(settings.statement_timeout_ms)}"
        options["connect_args"] = {"options": session, "application_name": "byline"}
    return options


def _configure_sqlite(engine: Engine, *, busy_timeout_ms: int, writer: bool) -> None:
    begin_statement = "BEGIN IMMEDIATE" if writer else "BEGIN"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin_statement)


# How many SQLite virtual-machine steps pass between two looks at the clock.
_PROGRESS_STEPS = 2000


def limit_sqlite_statements(engine: Engine, *, timeout_ms: int) -> None:
    """Interrupt any statement running longer than ``timeout_ms`` (SQLite's progress handler).

    The interrupted statement raises ``sqlite3.OperationalError: interrupted``, which the
    API answers with a 503 problem — the same promise PostgreSQL's statement_timeout keeps.
    """
    limit = timeout_ms / 1000

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        deadline = [float("inf")]  # moved forward by every statement on this connection
        dbapi_connection.set_progress_handler(lambda: int(time.monotonic() > deadline[0]), _PROGRESS_STEPS)
        record.info["deadline"] = deadline

    @event.listens_for(engine, "before_cursor_execute")
    def _start_clock(conn: Any, *_args: Any) -> None:
        deadline = conn.connection.info.get("deadline")
        if deadline is not None:
            deadline[0] = time.monotonic() + limit
