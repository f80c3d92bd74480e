"""Time imports of the synthetic corpus into fresh databases (each in a child process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.databases import BenchDatabase

REPO_ROOT = Path(__file__).resolve().parent.parent


def child_environment(database: BenchDatabase) -> dict[str, str]:
    """The environment for a Byline child process: this database, and ``bench`` importable."""
    environment = dict(os.environ)
    environment["DATABASE_URL"] = database.url
    environment["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO_ROOT), environment.get("PYTHONPATH", "")) if p
    )
    return environment


def import_corpus(corpus: Path, limit: int, database: BenchDatabase, workdir: Path) -> dict[str, Any]:
    """Import the first ``limit`` articles of ``corpus`` into the fresh ``database``; every figure of it.

    The child runs in ``workdir``, away from the repository, so no stray ``.env`` changes its settings.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    empty_bytes = database.size_bytes()  # 0 for a SQLite file not made yet; a catalogue on PostgreSQL
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-m", "bench.import_worker", str(corpus), str(limit)],
        env=child_environment(database),
        cwd=workdir,
        capture_output=True,
        text=True,
        check=False,
    )
    wall_seconds = time.perf_counter() - started
    if completed.returncode != 0:
        raise RuntimeError(f"import of {limit} articles failed:\n{completed.stderr.strip()}")
    figures: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    articles = figures["articles"]
    figures["backend"] = database.backend
    figures["database"] = database.name
    figures["process_seconds"] = wall_seconds  # with interpreter start, imports and migrations
    figures["articles_per_second"] = _ratio(articles, figures["import_seconds"])
    figures["extract_articles_per_second"] = _ratio(articles, figures["extract_seconds"])
    figures["ingest_articles_per_second"] = _ratio(articles, figures["ingest_seconds"])
    figures["extract_share"] = _ratio(figures["extract_seconds"], figures["import_seconds"])
    figures["ingest_share"] = _ratio(figures["ingest_seconds"], figures["import_seconds"])
    figures["database_bytes"] = database.size_bytes()
    figures["empty_database_bytes"] = empty_bytes
    return figures


def _ratio(numerator: float, denominator: float) -> float:
    # A stage the worker did not time separately (0 s) gets no rate rather than a ZeroDivisionError.
    return numerator / denominator if denominator > 0 else 0.0
