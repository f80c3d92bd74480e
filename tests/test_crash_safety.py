"""kill -9 in the middle of an import never leaves a half-written article or a damaged database."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, inspect, select

from app.config import Settings
from app.db import make_engine
from app.models import (
    ARTICLE,
    ARTICLE_ORGANISATION,
    ARTICLE_PERSON,
    ARTICLE_PLACE,
    ARTICLE_TOPIC,
    COMMENT,
    ORGANISATION,
    PERSON,
    PLACE,
    QUOTE,
)
from bench.corpus import write_corpus

ARTICLES = 600  # three batches: kills land before, between and inside commits
KILLS = 20
CHILDREN = (QUOTE, COMMENT, ARTICLE_PERSON, ARTICLE_ORGANISATION, ARTICLE_PLACE, ARTICLE_TOPIC)


def _import(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}"}
    return subprocess.Popen(
        [sys.executable, "-m", "app", "import", str(folder)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _per_article(db: Path) -> dict[str, tuple[int, ...]]:
    """For each stored article (by content hash): how many rows of each related kind it has."""
    engine = make_engine(Settings(DATABASE_URL=f"sqlite:///{db}"))
    if not inspect(engine).has_table("article"):
        engine.dispose()
        return {}  # killed before its first migration committed: nothing stored, nothing half-stored
    with engine.connect() as conn:
        ids = dict(conn.execute(select(ARTICLE.c.id, ARTICLE.c.content_hash)).all())
        counts: dict[int, list[int]] = {article_id: [] for article_id in ids}
        for table in CHILDREN:
            found = dict(
                conn.execute(select(table.c.article_id, func.count()).group_by(table.c.article_id)).all()
            )
            for article_id in ids:
                counts[article_id].append(found.get(article_id, 0))
    engine.dispose()
    return {ids[article_id]: tuple(c) for article_id, c in counts.items()}


def _totals(db: Path) -> dict[str, int]:
    engine = make_engine(Settings(DATABASE_URL=f"sqlite:///{db}"))
    with engine.connect() as conn:
        totals = {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (ARTICLE, PERSON, ORGANISATION, PLACE, *CHILDREN)
        }
    engine.dispose()
    return totals


def _integrity(db: Path) -> str:
    engine = make_engine(Settings(DATABASE_URL=f"sqlite:///{db}"))
    with engine.connect() as conn:
        result = str(conn.exec_driver_sql("PRAGMA integrity_check").scalar())
    engine.dispose()
    return result


def test_sigkill_mid_import_leaves_only_whole_articles(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    write_corpus(folder, ARTICLES)
    reference = tmp_path / "reference.db"
    started = time.monotonic()
    assert _import(folder, reference).wait(timeout=300) == 0
    # Kills land anywhere from start-up to the end of a whole import, however fast it is here.
    whole_import = time.monotonic() - started
    expected = _per_article(reference)
    assert len(expected) == ARTICLES

    db = tmp_path / "killed.db"
    chance = random.Random(20261125)
    survived = 0
    for _ in range(KILLS):
        process = _import(folder, db)
        time.sleep(chance.uniform(0.05, 1.0) * whole_import)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert _integrity(db) == "ok"
        stored = _per_article(db)
        half_written = {h: c for h, c in stored.items() if c != expected[h]}
        assert half_written == {}, f"{len(half_written)} articles stored without all their records"
        survived += 1
    assert survived == KILLS

    assert _import(folder, db).wait(timeout=300) == 0
    assert _per_article(db) == expected
    assert _totals(db) == _totals(reference)
