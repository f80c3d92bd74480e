"""Where a request's reads run: inline on the event loop when they are quick, else in a worker thread.

A trip to Starlette's threadpool and back costs more than a small indexed SQLite query: on the
2-core benchmark machine one hop cut a ``SELECT 1`` endpoint from ~2,300 to ~1,000 requests/s,
and a sync endpoint with a sync connection dependency makes three or four such hops. So on
SQLite (a local file: no network wait) a read runs inline, on a connection the event-loop
thread keeps, under a short budget: a statement still running when the budget is spent is
interrupted (the same progress handler as the statement time limit, see ``app.db``) and the
whole read runs again in a worker thread with the full limit. The loop is therefore never
blocked for longer than the budget, and reads known to be heavy (full-text search, facets,
exports) go straight to a thread. On PostgreSQL every read makes exactly one hop.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from app.db import is_interruption, statement_clock

# How long a read may hold the event loop before it is moved to a worker thread. Indexed
# reads take about a millisecond; a read this slow costs its budget once, then runs threaded.
INLINE_BUDGET_SECONDS = 0.025

T = TypeVar("T")
# A SQLite connection and its PRAGMA data_version; the pair compares equal only on the same connection.
ChangeCounter = tuple[Any, int]


class _OverBudget(Exception):
    """An inline read ran out of budget; it is run again in a worker thread."""


class ReadRunner:
    """Runs read-only work, ``work(connection)``, as cheaply as the backend allows.

    ``work`` must only read: when it runs out of inline budget it is simply run again.
    """

    def __init__(
        self, engine: Engine, *, inline: bool, budget_seconds: float = INLINE_BUDGET_SECONDS
    ) -> None:
        self.engine = engine
        self.inline = inline
        self.budget_seconds = budget_seconds
        self._local = threading.local()  # each event-loop thread keeps its own connection
        # Which thread keeps each connection: one kept by a thread that has ended goes back to
        # the pool (a test client runs each request's loop in a thread of its own; without this
        # every request kept one connection until the pool ran dry).
        self._opened: dict[Connection, threading.Thread] = {}
        self._lock = threading.Lock()

    async def run(self, work: Callable[[Connection], T], *, heavy: bool = False) -> T:
        """``work``'s result, inline when allowed and quick enough, else from a worker thread."""
        if self.inline and not heavy:
            try:
                return self._run_inline(work)
            except _OverBudget:
                pass  # too slow for the event loop: again, in a thread, with the full time limit
        return await run_in_threadpool(self._run_threaded, work)

    def change_counter(self) -> ChangeCounter | None:
        """The loop connection with its ``PRAGMA data_version``, which moves whenever another
        connection (of this process or another) commits: an unchanged pair means nothing was written.

        Read straight from the driver (~3 µs; a read through SQLAlchemy in a transaction of its own
        costs ~50 µs). Only for inline reads on SQLite; None when it cannot be read, so the caller
        reads the data itself and any error surfaces there, the usual way.
        """
        if not self.inline:
            return None
        try:
            driver = self._loop_connection().connection.driver_connection
            if driver is None or driver.in_transaction:
                return None
            return driver, driver.execute("PRAGMA data_version").fetchone()[0]
        except (sqlite3.Error, SQLAlchemyError, AttributeError, TypeError):
            return None

    def close(self) -> None:
        """Close the connections the event-loop threads kept (on shutdown)."""
        with self._lock:
            opened, self._opened = list(self._opened), {}
        for conn in opened:
            conn.close()

    def _run_threaded(self, work: Callable[[Connection], T]) -> T:
        with self.engine.connect() as conn:
            return work(conn)

    def _run_inline(self, work: Callable[[Connection], T]) -> T:
        conn = self._loop_connection()
        clock = statement_clock(conn)
        if clock is not None:
            clock.budget_until = time.monotonic() + self.budget_seconds
        try:
            return work(conn)
        except OperationalError as exc:
            if clock is not None and clock.cut_by_budget and is_interruption(exc):
                raise _OverBudget from exc
            raise
        finally:
            if clock is not None:
                clock.budget_until = float("inf")
            self._end_snapshot(conn)

    def _loop_connection(self) -> Connection:
        conn: Connection | None = getattr(self._local, "conn", None)
        if conn is not None and not conn.closed and not conn.invalidated:
            return conn
        if conn is not None:
            self._forget(conn)
        self._release_ended_threads()
        conn = self.engine.connect()
        self._local.conn = conn
        with self._lock:
            self._opened[conn] = threading.current_thread()
        return conn

    def _release_ended_threads(self) -> None:
        with self._lock:
            ended = [conn for conn, thread in self._opened.items() if not thread.is_alive()]
            for conn in ended:
                del self._opened[conn]
        for conn in ended:
            try:
                conn.close()
            except Exception:
                conn.invalidate()

    def _end_snapshot(self, conn: Connection) -> None:
        """End the read transaction, so the next read sees newer writes and checkpoints can proceed."""
        try:
            conn.rollback()
        except Exception:
            # A broken connection is dropped (the read itself had finished); the next read opens a fresh one.
            self._forget(conn)
            conn.invalidate()

    def _forget(self, conn: Connection) -> None:
        self._local.conn = None
        with self._lock:
            self._opened.pop(conn, None)
