"""How reads run (inline on the event loop, or in a worker thread) and the read cache keyed by the data version."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Select, bindparam, column, event, literal, select, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

from app.api import create_app
from app.api.reads import ReadRunner
from app.config import Settings
from app.db import make_engine
from app.services.common import DriverStatement
from tests.conftest import Store

# A statement SQLite needs well over a second for: counting to fifty million.
SLOW_SQL = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000000) SELECT count(*) FROM n"
# One SQLite needs tens of milliseconds for, far past a 1 ms budget.
MEDIUM_SQL = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000) SELECT count(*) FROM n"
)


@pytest.fixture
def read_engine(settings: Settings, engine: Engine) -> Iterator[Engine]:
    reader = make_engine(settings)
    yield reader
    reader.dispose()


def _run(runner: ReadRunner, work: Any, **options: Any) -> Any:
    async def go() -> Any:
        try:
            return await runner.run(work, **options)
        finally:
            runner.close()

    return asyncio.run(go())


@pytest.mark.sqlite_only("only SQLite reads run on the event loop")
def test_a_quick_read_runs_on_the_event_loop_thread(read_engine: Engine) -> None:
    runner = ReadRunner(read_engine, inline=True)
    loop_thread = threading.get_ident()

    def work(conn: Connection) -> tuple[int, int]:
        return conn.execute(text("SELECT 1")).scalar_one(), threading.get_ident()

    assert _run(runner, work) == (1, loop_thread)


@pytest.mark.sqlite_only("only SQLite reads run on the event loop")
def test_a_read_over_its_inline_budget_is_finished_in_a_worker_thread(read_engine: Engine) -> None:
    runner = ReadRunner(read_engine, inline=True, budget_seconds=0.001)
    loop_thread = threading.get_ident()
    threads: list[int] = []

    def work(conn: Connection) -> int:
        threads.append(threading.get_ident())
        return int(conn.execute(text(MEDIUM_SQL)).scalar_one())

    assert _run(runner, work) == 300000  # answered in full, not cut off
    assert threads[0] == loop_thread and threads[-1] != loop_thread and len(threads) == 2


@pytest.mark.sqlite_only("only SQLite reads run on the event loop")
def test_the_statement_time_limit_still_ends_an_inline_read(settings: Settings, engine: Engine) -> None:
    limited = make_engine(settings.model_copy(update={"statement_timeout_ms": 50}))
    runner = ReadRunner(limited, inline=True, budget_seconds=10)
    try:
        with pytest.raises(OperationalError, match="interrupted"):
            _run(runner, lambda conn: conn.execute(text(SLOW_SQL)).scalar_one())
    finally:
        limited.dispose()


def _slow_select(rows: int) -> Select[Any]:
    """A statement with a bound parameter that SQLite needs a while for (counting to ``rows``)."""
    numbers = text(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :rows) SELECT count(*) AS c FROM n"
    ).columns(column("c"))
    subquery = numbers.bindparams(bindparam("rows")).subquery()
    return select(subquery.c.c)


@pytest.mark.sqlite_only("statements run on the driver only on SQLite")
def test_a_statement_run_on_the_driver_keeps_the_inline_budget(read_engine: Engine) -> None:
    statement = DriverStatement.compile(_slow_select(0), read_engine.dialect)
    assert statement is not None
    runner = ReadRunner(read_engine, inline=True, budget_seconds=0.001)
    loop_thread = threading.get_ident()
    threads: list[int] = []

    def work(conn: Connection) -> Any:
        threads.append(threading.get_ident())
        return statement.all(conn, {"rows": 300000})

    assert _run(runner, work) == [(300000,)]  # answered in full, in a worker thread
    assert threads[0] == loop_thread and threads[-1] != loop_thread and len(threads) == 2


@pytest.mark.sqlite_only("statements run on the driver only on SQLite")
def test_a_statement_run_on_the_driver_keeps_the_time_limit(settings: Settings, engine: Engine) -> None:
    limited = make_engine(settings.model_copy(update={"statement_timeout_ms": 50}))
    statement = DriverStatement.compile(_slow_select(0), limited.dialect)
    assert statement is not None
    runner = ReadRunner(limited, inline=True, budget_seconds=10)
    try:
        with pytest.raises(OperationalError, match="interrupted"):
            _run(runner, lambda conn: statement.all(conn, {"rows": 50000000}))
    finally:
        limited.dispose()


def test_statements_whose_parameters_need_sqlalchemy_are_not_run_on_the_driver(read_engine: Engine) -> None:
    listed = select(column("c")).where(column("c").in_(bindparam("values", expanding=True)))
    assert DriverStatement.compile(listed, read_engine.dialect) is None
    assert DriverStatement.compile(select(literal(1)), postgresql.dialect()) is None


@pytest.mark.sqlite_only("only SQLite reads keep a connection per event-loop thread")
def test_loops_in_threads_that_end_give_their_connections_back(settings: Settings) -> None:
    # A test client (not used as a context manager) runs each request's loop in a new thread.
    small = make_engine(settings.model_copy(update={"db_pool_timeout": 1}))
    runner = ReadRunner(small, inline=True)
    answers: list[int] = []

    def one_loop() -> None:
        answers.append(asyncio.run(runner.run(lambda conn: conn.execute(text("SELECT 1")).scalar_one())))

    try:
        for _ in range(80):  # more than the pool holds (16 + 48 overflow)
            thread = threading.Thread(target=one_loop)
            thread.start()
            thread.join()
        assert answers == [1] * 80
        assert small.pool.checkedout() <= 2  # type: ignore[attr-defined]
    finally:
        runner.close()
        small.dispose()


def test_heavy_reads_and_other_backends_run_in_a_worker_thread(read_engine: Engine) -> None:
    loop_thread = threading.get_ident()

    def where(conn: Connection) -> int:
        return threading.get_ident()

    assert _run(ReadRunner(read_engine, inline=True), where, heavy=True) != loop_thread
    assert _run(ReadRunner(read_engine, inline=False), where) != loop_thread


@pytest.fixture
def selects(client: TestClient) -> Iterator[list[str]]:
    """Every SELECT the app's read engine runs while the test goes on."""
    engine = client.app.state.read_engine  # type: ignore[attr-defined]
    seen: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    yield seen
    event.remove(engine, "before_cursor_execute", record)


@pytest.mark.usefixtures("newsroom")
@pytest.mark.sqlite_only("answers are kept only where the data version is read for every request")
def test_a_repeated_read_is_answered_from_the_cache_without_a_query(
    client: TestClient, selects: list[str]
) -> None:
    first = client.get("/v1/quotes", params={"speaker": "okafor"})
    selects.clear()
    again = client.get("/v1/quotes", params={"speaker": "okafor"})
    assert again.status_code == 200 and again.content == first.content
    assert again.headers["etag"] == first.headers["etag"]
    assert again.headers["cache-control"] == first.headers["cache-control"]
    assert again.headers["x-request-id"] != first.headers["x-request-id"]
    assert [s for s in selects if "dataset_state" not in s] == []  # only the version was read


@pytest.mark.usefixtures("newsroom")
def test_a_write_shows_in_the_very_next_read(client: TestClient, store: Store) -> None:
    before = client.get("/v1/articles", params={"limit": 50}).json()["items"]
    store("Snow fell in Oslo on Friday, the city said.", name="oslo")
    after = client.get("/v1/articles", params={"limit": 50}).json()["items"]
    assert len(after) == len(before) + 1


@pytest.mark.usefixtures("newsroom")
def test_a_cached_answer_keeps_the_cors_headers_of_its_own_request(client: TestClient) -> None:
    plain = client.get("/v1/people")
    assert "access-control-allow-origin" not in plain.headers
    cross = client.get("/v1/people", headers={"Origin": "https://newsroom.example"})
    assert cross.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-origin" not in client.get("/v1/people").headers


@pytest.mark.usefixtures("newsroom")
def test_the_link_header_names_the_host_that_was_asked(client: TestClient) -> None:
    first = client.get("/v1/quotes", params={"limit": 1}, headers={"Host": "one.example"})
    second = client.get("/v1/quotes", params={"limit": 1}, headers={"Host": "two.example"})
    assert "//one.example/" in first.headers["link"] and "//two.example/" in second.headers["link"]


@pytest.mark.usefixtures("newsroom")
def test_exports_and_errors_are_not_kept(client: TestClient) -> None:
    cache = client.app.state.response_cache  # type: ignore[attr-defined]
    if cache is None:
        pytest.skip("no read cache on this backend")
    client.get("/v1/quotes", params={"format": "csv"})
    client.get("/v1/quotes", params={"kind": "loud"})
    client.get("/v1/quotes/999999")
    assert len(cache) == 0


def test_the_read_cache_can_be_turned_off(settings: Settings, engine: Engine) -> None:
    with TestClient(create_app(settings.model_copy(update={"response_cache_bytes": 0}))) as client:
        assert client.app.state.response_cache is None  # type: ignore[attr-defined]
        assert client.get("/v1/articles").status_code == 200
