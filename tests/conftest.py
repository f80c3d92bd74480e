"""Shared fixtures: a temporary database per test, filled through the real pipeline.

Every test that uses a database (``settings``, ``engine``, ``store``, ``seeded``, ``client``,
``newsroom``) runs twice, once per backend: ``[sqlite]`` on a fresh file and ``[postgresql]``
on a fresh database cloned from a template migrated once per session (dropped after the
test). The PostgreSQL half is skipped, with the reason shown, when no server answers at
``BYLINE_TEST_POSTGRES_URL`` (default ``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``,
any database the user may connect to; the user needs CREATEDB). ``--backend sqlite`` or
``--backend postgresql`` runs one half only.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

from app import extract
from app.api import create_app
from app.config import Settings
from app.db import make_engine
from app.ingest import IngestResult, ingest
from app.migrate import upgrade_to_head
from app.readers import read_file, read_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_562edc6b6e8a2061.txt"

Store = Callable[..., IngestResult]


BACKENDS = ("sqlite", "postgresql")
POSTGRES_URL = os.environ.get(
    "BYLINE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        action="append",
        choices=BACKENDS,
        help="run the database tests on this backend only (repeatable; default: both)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): the test checks SQLite internals; its PostgreSQL half is skipped"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    chosen = config.getoption("--backend")
    if not chosen:
        return
    kept, dropped = [], []
    for item in items:
        backend = getattr(item, "callspec", None) and item.callspec.params.get("backend")
        (dropped if backend and backend not in chosen else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


class PostgresServer:
    """Creates and drops throwaway databases on the test server."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.admin = create_engine(
            self.url, poolclass=NullPool, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3}
        )

    def where(self) -> str:
        return self.url.render_as_string(hide_password=True)

    def url_for(self, database: str) -> str:
        return self.url.set(database=database).render_as_string(hide_password=False)

    def create(self, prefix: str = "byline_test", *, template: str | None = None) -> str:
        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        clause = f" TEMPLATE {template}" if template else ""
        with self.admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}{clause}"))
        return name

    def drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


class Clones:
    """Fresh copies of the template, made (and dropped) in a background thread while tests run.

    CREATE DATABASE … TEMPLATE takes a few hundred milliseconds; made ahead, a test waits for none.
    """

    AHEAD = 2

    def __init__(self, server: PostgresServer, template: str) -> None:
        self.server, self.template = server, template
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-clones")
        self.ready: deque[Future[str]] = deque(self._order() for _ in range(self.AHEAD))

    def _order(self) -> Future[str]:
        return self.worker.submit(self.server.create, template=self.template)

    def take(self) -> str:
        name = self.ready.popleft().result()
        self.ready.append(self._order())
        return name

    def give_back(self, name: str) -> None:
        self.worker.submit(self.server.drop, name)

    def close(self) -> None:
        self.worker.shutdown(wait=True)
        for future in self.ready:
            if future.exception() is None:
                self.server.drop(future.result())


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = PostgresServer(POSTGRES_URL)
    try:
        with server.admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # any failure to reach the server: skip, saying why
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        pytest.skip(f"PostgreSQL not reachable at {server.where()}: {reason}")
    yield server
    server.admin.dispose()


@pytest.fixture(scope="session")
def postgres_template(postgres_server: PostgresServer) -> Iterator[str]:
    """A database migrated to head once per session; each test clones it (CREATE DATABASE … TEMPLATE)."""
    name = postgres_server.create("byline_template")
    engine = make_engine(Settings(DATABASE_URL=postgres_server.url_for(name)), writer=True)
    upgrade_to_head(engine)
    engine.dispose()  # a template may have no open connections while it is cloned
    yield name
    postgres_server.drop(name)


@pytest.fixture(scope="session")
def postgres_clones(postgres_server: PostgresServer, postgres_template: str) -> Iterator[Clones]:
    clones = Clones(postgres_server, postgres_template)
    yield clones
    clones.close()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The database backend this test runs on."""
    name: str = request.param
    if name != "sqlite":
        marker = request.node.get_closest_marker("sqlite_only")
        if marker is not None:
            pytest.skip(f"SQLite only: {marker.args[0] if marker.args else 'checks SQLite internals'}")
    return name


@pytest.fixture
def settings(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Settings]:
    """Settings over a fresh database: a SQLite file, or a PostgreSQL database already at head."""
    if backend == "sqlite":
        yield Settings(DATABASE_URL=f"sqlite:///{tmp_path / 'byline.db'}")
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    clones: Clones = request.getfixturevalue("postgres_clones")
    name = clones.take()
    yield Settings(DATABASE_URL=server.url_for(name))
    clones.give_back(name)  # dropped WITH (FORCE): connections a test left open do not keep it alive


@pytest.fixture
def blank_settings(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Settings]:
    """Settings over an empty database with no schema at all, on this test's backend."""
    if backend == "sqlite":
        yield Settings(DATABASE_URL=f"sqlite:///{tmp_path / 'blank.db'}")
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = server.create()
    yield Settings(DATABASE_URL=server.url_for(name))
    server.drop(name)


@pytest.fixture
def engine(settings: Settings) -> Iterator[Engine]:
    engine = make_engine(settings, writer=True)
    upgrade_to_head(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def store(engine: Engine) -> Store:
    """Store one article from text, as the importer would."""

    def _store(
        text: str,
        *,
        name: str = "<test>",
        origin: str | None = None,
        published_at: datetime | None = None,
        source: str | None = None,
    ) -> IngestResult:
        raw = read_text(text, name=name, origin=origin)
        return ingest(engine, raw, extract.run(raw.text, published_at=published_at, source=source))

    return _store


@pytest.fixture
def seeded(engine: Engine) -> IngestResult:
    raw = read_file(SEED)
    return ingest(engine, raw, extract.run(raw.text))


@pytest.fixture
def client(settings: Settings, engine: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def _span_of(body: str, needle: str) -> tuple[int, int]:
    start = body.index(needle)
    return start, start + len(needle)


def handmade_extraction(
    body: str,
    *,
    title: str,
    published_at: datetime | None = None,
    source: str | None = None,
    people: tuple[tuple[str, str, str], ...] = (),  # (name, title, organisation key)
    organisations: tuple[tuple[str, str | None, str | None], ...] = (),  # (name, acronym, country)
    places: tuple[tuple[str, str | None, str], ...] = (),  # (name, country, kind)
    quotes: tuple[
        tuple[str, str, str | None, str | None], ...
    ] = (),  # (text, kind, speaker key, speaker type)
    comments: tuple[str, ...] = (),
    topics: tuple[str, ...] = (),
) -> extract.Extraction:
    """An extraction written by hand, so API tests do not depend on extraction quality."""
    from app.extract.types import (
        Affiliation,
        Document,
        OrganisationEntity,
        PersonEntity,
        PlaceEntity,
        QuoteRecord,
        Span,
    )

    return extract.Extraction(
        document=Document(
            title=title,
            body=body,
            paragraphs=(Span(0, len(body)),),
            comments=comments,
            published_at=published_at,
            source=source,
        ),
        people=tuple(
            PersonEntity(
                key=name.casefold(),
                name=name,
                titles=(role,),
                affiliations=(Affiliation(org, role),),
                aliases=(name.split()[-1],),
                mentions=(Span(*_span_of(body, name)),),
            )
            for name, role, org in people
        ),
        organisations=tuple(
            OrganisationEntity(key=name.casefold(), name=name, acronym=acronym, country_code=country)
            for name, acronym, country in organisations
        ),
        places=tuple(
            PlaceEntity(
                key=f"{name.casefold()} ({country.lower()})" if country else name.casefold(),
                name=name,
                country_code=country,
                kind=kind,
            )  # type: ignore[arg-type]
            for name, country, kind in places
        ),
        quotes=tuple(
            QuoteRecord(
                text=text,
                kind=kind,  # type: ignore[arg-type]
                start=_span_of(body, text)[0],
                end=_span_of(body, text)[1],
                speaker_key=speaker,
                speaker_type=speaker_type,  # type: ignore[arg-type]
                speaker_text=speaker.title() if speaker else None,
                cue="said",
            )
            for text, kind, speaker, speaker_type in quotes
        ),
        topics=topics,
    )


NEWSROOM = [
    handmade_extraction(
        "Ada Okafor, chief executive of Acme Corporation, said “we will build in Lagos”. "
        "Acme said profits rose. Henrik Vos said “the alliance is strong”.",
        title="Acme builds in Lagos",
        published_at=datetime.fromisoformat("2025-06-01T09:00:00+00:00"),
        source="Wire",
        people=(
            ("Ada Okafor", "chief executive", "acme corporation"),
            ("Henrik Vos", "Secretary General", "osce"),
        ),
        organisations=(("Acme Corporation", None, "NG"), ("OSCE", "OSCE", None)),
        places=(("Lagos", "NG", "city"),),
        quotes=(
            ("we will build in Lagos", "direct", "ada okafor", "person"),
            ("profits rose", "indirect", "acme corporation", "organisation"),
            ("the alliance is strong", "direct", "henrik vos", "person"),
        ),
        comments=("Great news.", "Not so sure."),
        topics=("investment",),
    ),
    handmade_extraction(
        "Henrik Vos said “talks continue” in Rotterdam.",
        title="Talks continue",
        published_at=datetime.fromisoformat("2025-07-01T09:00:00+00:00"),
        source="Herald",
        people=(("Henrik Vos", "Secretary General", "osce"),),
        organisations=(("OSCE", "OSCE", None),),
        places=(("Rotterdam", "NL", "city"),),
        quotes=(("talks continue", "direct", "henrik vos", "person"),),
    ),
    handmade_extraction(
        "Nobody said anything of note on a quiet day.",
        title="A quiet day",
        published_at=None,
    ),
]


@pytest.fixture
def newsroom(engine: Engine) -> list[IngestResult]:
    """Three articles with known people, organisations, places, quotes and comments."""
    results = []
    for number, extraction in enumerate(NEWSROOM):
        raw = read_text(extraction.document.body, name=f"article-{number}", origin=f"/news/{number}.txt")
        results.append(ingest(engine, raw, extraction))
    return results


class _ThreadServer(uvicorn.Server):
    def install_signal_handlers(self) -> None:  # the test's thread owns no signals
        pass


@contextmanager
def served_in_thread(app: FastAPI, **options: Any) -> Iterator[str]:
    """``app`` served by uvicorn (``options`` passed on) in a thread on a free loopback port."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = _ThreadServer(
        uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False, **options)
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        assert not thread.is_alive(), "uvicorn thread did not stop"


@pytest.fixture
def live_url(settings: Settings, newsroom: object) -> Iterator[str]:
    """The app over the newsroom database, served by uvicorn in a thread on a free loopback port.

    Idle connections are kept a minute, not uvicorn's 5 s: on a loaded machine a test's client can
    wait that long between two requests, and a request sent just as the server closes the idle
    connection fails with "Server disconnected" — a race of the test's own keep-alive, not of Byline.
    """
    with served_in_thread(create_app(settings), timeout_keep_alive=60) as url:
        yield url
