"""Alembic builds the schema from nothing, and the migrations match the models."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import inspect

from app.config import Settings
from app.db import make_engine
from app.migrate import is_at_head, upgrade_to_head

ROOT = Path(__file__).resolve().parent.parent


def _alembic(*args: str, url: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": url}
    return subprocess.run(
        [sys.executable, "-m", "alembic", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_upgrade_head_builds_an_empty_database_that_alembic_check_finds_current(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    upgraded = _alembic("upgrade", "head", url=url)
    assert upgraded.returncode == 0, upgraded.stderr
    checked = _alembic("check", url=url)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "No new upgrade operations detected" in checked.stdout + checked.stderr
    tables = set(inspect(make_engine(Settings(DATABASE_URL=url))).get_table_names())
    assert {"article", "person", "organisation", "place", "quote", "comment"} <= tables
    assert {"article_person", "article_organisation", "article_place", "person_organisation"} <= tables


def test_upgrade_to_head_is_idempotent(tmp_path: Path) -> None:
    engine = make_engine(Settings(DATABASE_URL=f"sqlite:///{tmp_path / 'x.db'}"), writer=True)
    assert not is_at_head(engine)
    upgrade_to_head(engine)
    upgrade_to_head(engine)
    assert is_at_head(engine)


def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    engine = make_engine(Settings(DATABASE_URL=f"sqlite:///{tmp_path / 'p.db'}"))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_database_folder_is_created_on_demand(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "er" / "byline.db"
    engine = make_engine(Settings(DATABASE_URL=f"sqlite:///{target}"), writer=True)
    upgrade_to_head(engine)
    assert target.exists()


def test_the_newest_migration_steps_down_and_up_again_cleanly(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'steps.db'}"
    for step in (("upgrade", "head"), ("downgrade", "-1"), ("upgrade", "head"), ("check",)):
        done = _alembic(*step, url=url)
        assert done.returncode == 0, (step, done.stdout + done.stderr)
    indexes = {
        i["name"] for i in inspect(make_engine(Settings(DATABASE_URL=url))).get_indexes("article_place")
    }
    assert "ix_article_place_place_id_article_id" in indexes
