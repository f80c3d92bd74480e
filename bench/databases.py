"""Fresh databases for one benchmark run: SQLite files, or PostgreSQL databases made for the run.

Every measurement starts from an empty database. On SQLite that is a new file in the run's
temporary folder; on PostgreSQL it is ``CREATE DATABASE byline_bench_<uuid>`` on the server the
user names, dropped again when the run ends, whether it succeeded or failed.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from sqlalchemy import create_engine, make_url, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import NullPool

SQLITE, POSTGRESQL = "sqlite", "postgresql"
BACKENDS = (SQLITE, POSTGRESQL)
BACKEND_NAMES = {SQLITE: "SQLite", POSTGRESQL: "PostgreSQL"}
DEFAULT_POSTGRES_URL = os.environ.get(
    "BYLINE_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
DATABASE_PREFIX = "byline_bench_"


class BenchSetupError(Exception):
    """The benchmark cannot start or clean up (no server, a bad URL); the message says what to do."""


@dataclass(frozen=True, slots=True)
class BenchDatabase:
    """One fresh database: the ``DATABASE_URL`` Byline is given, and how to find it again."""

    backend: str
    url: str
    name: str  # the file for SQLite, the database name for PostgreSQL
    path: Path | None = None  # the SQLite file (Datasette serves it); None on PostgreSQL
    server: PostgresServer | None = None

    def size_bytes(self) -> int:
        """The database's size: the SQLite file with its write-ahead log, or ``pg_database_size``."""
        if self.server is not None:
            return self.server.size_bytes(self.name)
        assert self.path is not None
        return sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists())

    def active_queries(self) -> int:
        """Queries still running in this database (always 0 for SQLite, whose work is in the server)."""
        return self.server.active_queries(self.name) if self.server is not None else 0

    def read_engine(self) -> Engine:
        """An engine for looking at the data (no pool: it is used for a few queries, then disposed)."""
        if self.path is not None:
            return create_engine(f"sqlite:///file:{self.path.resolve()}?mode=ro&uri=true", poolclass=NullPool)
        return create_engine(self.url, poolclass=NullPool)


def _first_line(error: SQLAlchemyError) -> str:
    """The driver's own message, first line only ("connection refused"), without SQLAlchemy's wrapping."""
    cause = getattr(error, "orig", None) or error
    lines = str(cause).strip().splitlines()
    return lines[0] if lines else type(cause).__name__


def sqlite_url(database: Path) -> str:
    return f"sqlite:///{database.resolve()}"


def _with_driver(url: str) -> str:
    # Byline's settings give a bare postgres URL the psycopg 3 driver; so does the benchmark.
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


class PostgresServer:
    """A PostgreSQL server on which the benchmark creates (and drops) its own databases.

    ``url`` may name any database the user can connect to; the user needs CREATEDB.
    """

    def __init__(self, url: str) -> None:
        try:
            self.url: URL = make_url(_with_driver(url))
        except ArgumentError as exc:
            raise BenchSetupError(f"--database-url {url!r} is not a database URL: {exc}") from None
        if self.url.get_backend_name() != POSTGRESQL:
            raise BenchSetupError(
                f"--database-url must be a PostgreSQL URL (postgresql+psycopg://user@host:5432/db), not {url!r}"
            )
        self.admin = create_engine(
            self.url, poolclass=NullPool, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5}
        )

    def where(self) -> str:
        return self.url.render_as_string(hide_password=True)

    def version(self) -> str:
        """The server's version; raises :class:`BenchSetupError` saying why when it does not answer."""
        try:
            with self.admin.connect() as conn:
                return str(conn.execute(text("SHOW server_version")).scalar_one())
        except SQLAlchemyError as exc:
            reason = _first_line(exc)
            raise BenchSetupError(
                f"PostgreSQL is not reachable at {self.where()}: {reason}\n"
                "Start a server (or pass --database-url), or run --backend sqlite."
            ) from None

    def create(self) -> str:
        name = f"{DATABASE_PREFIX}{uuid.uuid4().hex}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        return name

    def drop(self, name: str) -> None:
        # FORCE ends connections a killed server or importer may have left behind.
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def exists(self, name: str) -> bool:
        with self.admin.connect() as conn:
            found = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name})
            return found.first() is not None

    def active_queries(self, name: str) -> int:
        with self.admin.connect() as conn:  # connected to another database, so never counted itself
            found = conn.execute(
                text("SELECT count(*) FROM pg_stat_activity WHERE datname = :name AND state = 'active'"),
                {"name": name},
            )
            return int(found.scalar_one())

    def size_bytes(self, name: str) -> int:
        with self.admin.connect() as conn:
            return int(conn.execute(text("SELECT pg_database_size(:name)"), {"name": name}).scalar_one())

    def url_for(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def dispose(self) -> None:
        self.admin.dispose()


class FreshDatabases:
    """Makes the run's databases and, on the way out (failure included), drops the PostgreSQL ones.

    Use as a context manager: ``with FreshDatabases(workdir, server) as databases: databases.fresh(...)``.
    """

    def __init__(self, workdir: Path, postgres: PostgresServer | None, *, log: Callable[[str], None]) -> None:
        self.workdir = workdir
        self.postgres = postgres
        self.log = log
        self._cleanup = contextlib.ExitStack()

    def fresh(self, backend: str, label: str) -> BenchDatabase:
        """A new, empty database for ``backend``; ``label`` names its folder in the run's workdir."""
        if backend == SQLITE:
            path = self.workdir / label / "byline.db"
            if path.exists():
                raise FileExistsError(f"{path} exists; measurements use fresh databases only")
            path.parent.mkdir(parents=True, exist_ok=True)
            return BenchDatabase(SQLITE, sqlite_url(path), str(path), path=path)
        if backend != POSTGRESQL or self.postgres is None:
            raise ValueError(f"no server for backend {backend!r}")
        name = self.postgres.create()
        self._cleanup.callback(self._drop, self.postgres, name)
        return BenchDatabase(POSTGRESQL, self.postgres.url_for(name), name, server=self.postgres)

    def _drop(self, server: PostgresServer, name: str) -> None:
        try:
            server.drop(name)
        except SQLAlchemyError as exc:
            # Never hide the run's own error behind a cleanup error; say what is left to do instead.
            reason = _first_line(exc)
            self.log(f'could not drop database {name}: {reason}; drop it by hand: DROP DATABASE "{name}"')

    def __enter__(self) -> FreshDatabases:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._cleanup.close()
