"""Time imports of the synthetic corpus into fresh SQLite databases (each in a child process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent


def sqlite_url(database: Path) -> str:
    return f"sqlite:///{database.resolve()}"


def child_environment(database: Path) -> dict[str, str]:
    """The environment for a Byline child process: this database, and ``bench`` importable."""
    environment = dict(os.environ)
    environment["DATABASE_URL"] = sqlite_url(database)
    environment["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO_ROOT), environment.get("PYTHONPATH", "")) if p
    )
    return environment


def database_bytes(database: Path) -> int:
    """The database's size on disk, write-ahead log included."""
    return sum(p.stat().st_size for p in (database, Path(f"{database}-wal")) if p.exists())


def import_corpus(corpus: Path, limit: int, database: Path) -> dict[str, Any]:
    """Import the first ``limit`` articles of ``corpus`` into a fresh ``database``; every figure of it."""
    if database.exists():
        raise FileExistsError(f"{database} exists; imports are measured into fresh databases only")
    database.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-m", "bench.import_worker", str(corpus), str(limit)],
        env=child_environment(database),
        cwd=database.parent,  # away from the repo, so no stray .env changes the settings
        capture_output=True,
        text=True,
        check=False,
    )
    wall_seconds = time.perf_counter() - started
    if completed.returncode != 0:
        raise RuntimeError(f"import of {limit} articles failed:\n{completed.stderr.strip()}")
    figures: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    articles = figures["articles"]
    figures["process_seconds"] = wall_seconds  # with interpreter start, imports and migrations
    figures["articles_per_second"] = articles / figures["import_seconds"]
    figures["extract_articles_per_second"] = articles / figures["extract_seconds"]
    figures["ingest_articles_per_second"] = articles / figures["ingest_seconds"]
    figures["extract_share"] = figures["extract_seconds"] / figures["import_seconds"]
    figures["ingest_share"] = figures["ingest_seconds"] / figures["import_seconds"]
    figures["database_bytes"] = database_bytes(database)
    return figures
