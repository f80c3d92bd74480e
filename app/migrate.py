"""Bring a database to the newest schema. The importer and the server call this on start."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Engine

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ALEMBIC_INI = PROJECT_ROOT / "alembic.ini"


def alembic_config() -> Config:
    config = Config(str(ALEMBIC_INI))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    return config


# pg_advisory_xact_lock key serialising migrations across processes ("byline" in ASCII).
MIGRATION_LOCK_KEY = 0x62796C696E65


def upgrade_to_head(engine: Engine) -> None:
    """Apply every pending migration over ``engine`` (a no-op when already at head).

    Several processes may start at once (API replicas, workers, importers): on PostgreSQL
    the first takes a transaction-scoped advisory lock and migrates, the others wait on
    the lock and then find the schema current (Alembic reads the version under the lock).
    On SQLite a writer engine's ``BEGIN IMMEDIATE`` serialises them the same way.
    """
    config = alembic_config()
    if is_at_head(engine, config):
        return
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # DDL may outlast the API's statement_timeout; waiting for the lock may too.
            connection.execute(text("SET LOCAL statement_timeout = 0"))
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def is_at_head(engine: Engine, config: Config | None = None) -> bool:
    config = config or alembic_config()
    heads = set(ScriptDirectory.from_config(config).get_heads())
    with engine.connect() as connection:
        current = set(MigrationContext.configure(connection).get_current_heads())
    return current == heads
