"""PostgreSQL specifics: Alembic on a fresh database, GIN-indexed search, pooling and timeouts.

The rest of the suite runs on PostgreSQL too (the ``backend`` fixture in conftest.py); these
tests check what only PostgreSQL has. They are skipped, with the reason, when no server answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from app.config import Settings
from app.db import make_engine
from app.migrate import MIGRATION_LOCK_KEY, is_at_head, upgrade_to_head
from app.services.search import SEARCH_DOCUMENT, SEARCHED_COLUMNS
from tests.api.test_query_plans import FILTERED_URLS  # the SQLite twin's list: both must stay in step
from tests.test_migrations import _alembic

ROOT = Path(__file__).resolve().parent.parent
ONLY_POSTGRES = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)


@ONLY_POSTGRES
def test_alembic_upgrade_head_then_check_is_clean_on_postgresql(blank_settings: Settings) -> None:
    upgraded = _alembic("upgrade", "head", url=blank_settings.database_url)
    assert upgraded.returncode == 0, upgraded.stderr
    checked = _alembic("check", url=blank_settings.database_url)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "No new upgrade operations detected" in checked.stdout + checked.stderr
    engine = make_engine(blank_settings)
    try:
        inspector = inspect(engine)
        columns = {c["name"]: c["type"] for c in inspector.get_columns("article")}
        assert type(columns["published_at"]).__name__ == "TIMESTAMP" and columns["published_at"].timezone
        assert type(columns["topics"]).__name__ == "JSON"
        assert type(columns["body"]).__name__ == "TEXT"
        search_indexes = {i["name"] for t in SEARCHED_COLUMNS for i in inspector.get_indexes(t)}
        assert {f"ix_{t}_search" for t in SEARCHED_COLUMNS} <= search_indexes
        for table in SEARCHED_COLUMNS:  # each document is stored, generated from the row, GIN-indexed
            document = next(c for c in inspector.get_columns(table) if c["name"] == SEARCH_DOCUMENT)
            assert "to_tsvector" in document["computed"]["sqltext"] and document["computed"]["persisted"]
            index = next(i for i in inspector.get_indexes(table) if i["name"] == f"ix_{table}_search")
            assert index["column_names"] == [SEARCH_DOCUMENT]
    finally:
        engine.dispose()
    for step in (("downgrade", "-1"), ("upgrade", "head"), ("check",)):
        done = _alembic(*step, url=blank_settings.database_url)
        assert done.returncode == 0, (step, done.stdout + done.stderr)


@ONLY_POSTGRES
def test_upgrade_to_head_holds_an_advisory_lock_while_migrating(blank_settings: Settings) -> None:
    engine = make_engine(blank_settings, writer=True)
    seen: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: seen.append(args[2]))
    try:
        upgrade_to_head(engine)
        assert is_at_head(engine)
        assert any("pg_advisory_xact_lock" in statement for statement in seen)
        assert str(MIGRATION_LOCK_KEY) not in "".join(seen)  # bound, not spliced
        seen.clear()
        upgrade_to_head(engine)  # at head: no lock taken, nothing written
        assert not any("pg_advisory_xact_lock" in statement for statement in seen)
    finally:
        engine.dispose()


@pytest.fixture
def selects(client: TestClient) -> Iterator[list[tuple[str, Any]]]:
    engine = client.app.state.read_engine  # type: ignore[attr-defined]
    seen: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "dataset_state" not in statement:
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    yield seen
    event.remove(engine, "before_cursor_execute", record)


def _plans(engine: Engine, statements: list[tuple[str, Any]]) -> list[str]:
    """EXPLAIN each statement with sequential scans priced out, as on a table too big to scan."""
    plans = []
    with engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")
        for statement, parameters in statements:
            rows = conn.exec_driver_sql("EXPLAIN " + statement, parameters).scalars().all()
            plans.append("\n".join(rows))
        conn.exec_driver_sql("RESET enable_seqscan")
    return plans


@ONLY_POSTGRES
@pytest.mark.parametrize(
    ("url", "table"),
    [
        ("/v1/articles?q=lagos", "article"),
        ("/v1/articles?q=buil*", "article"),
        ('/v1/articles?q="talks continue"', "article"),
        ("/v1/quotes?q=alliance", "quote"),
        ("/v1/people?q=okafor", "person"),
        ("/v1/organisations?q=acme", "organisation"),
        ("/v1/search?q=vos", "article"),
    ],
)
def test_search_queries_use_the_gin_index(
    client: TestClient, newsroom: list, selects: list[tuple[str, Any]], url: str, table: str
) -> None:
    response = client.get(url)
    assert response.status_code == 200 and response.json()["items"], response.text
    searches = [(s, p) for s, p in selects if "@@" in s]
    assert searches, selects
    plans = _plans(client.app.state.read_engine, searches)  # type: ignore[attr-defined]
    assert any(f"Bitmap Index Scan on ix_{table}_search" in plan for plan in plans), plans
    # Ranked from the stored document: re-parsing each hit's text to rank it cost 50× at 2k articles.
    assert not any("to_tsvector" in statement for statement, _ in searches), searches
    for plan in plans:  # every searched table is reached through its index, none is scanned
        assert "Seq Scan" not in plan, plan


@ONLY_POSTGRES
@pytest.mark.parametrize("url", FILTERED_URLS)
def test_filters_use_indexes_on_postgresql(
    client: TestClient, newsroom: list, selects: list[tuple[str, Any]], url: str
) -> None:
    assert client.get(url).status_code == 200
    plans = _plans(client.app.state.read_engine, selects)  # type: ignore[attr-defined]
    scans = [m.group(0) for plan in plans for m in re.finditer(r"Seq Scan on \w+", plan)]
    assert scans == [], "\n\n".join(plans)


@ONLY_POSTGRES
def test_pool_and_statement_timeout_come_from_settings(settings: Settings) -> None:
    tuned = Settings(
        DATABASE_URL=settings.database_url,
        BYLINE_DB_POOL_SIZE=3,
        BYLINE_DB_MAX_OVERFLOW=2,
        BYLINE_DB_POOL_TIMEOUT=7,
        BYLINE_DB_POOL_RECYCLE=600,
        BYLINE_STATEMENT_TIMEOUT_MS=250,
    )
    engine = make_engine(tuned)
    try:
        pool: Any = engine.pool
        assert (pool.size(), pool._max_overflow, pool._timeout, pool._recycle) == (3, 2, 7, 600)
        with engine.connect() as conn:
            assert conn.execute(text("SHOW statement_timeout")).scalar() == "250ms"
            with pytest.raises(OperationalError, match="statement timeout"):
                conn.execute(text("SELECT pg_sleep(2)"))
    finally:
        engine.dispose()


@ONLY_POSTGRES
def test_migrations_are_not_bound_by_the_statement_timeout(blank_settings: Settings) -> None:
    """Waiting for another process's migration, or a long CREATE INDEX, may outlast the API's timeout."""
    engine = make_engine(blank_settings, writer=True)
    seen: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: seen.append(args[2]))
    try:
        upgrade_to_head(engine)
        lifted = [i for i, s in enumerate(seen) if "SET LOCAL statement_timeout = 0" in s]
        locked = [i for i, s in enumerate(seen) if "pg_advisory_xact_lock" in s]
        assert lifted and locked and lifted[0] < locked[0]
    finally:
        engine.dispose()
