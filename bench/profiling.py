"""``python -m bench.profiling [--articles 2000] [--backend postgresql]``: where import time goes.

Reads the synthetic corpus, then runs extraction over every article under cProfile, then ingest
of every extraction into a fresh database (a SQLite file, or a PostgreSQL database made for the
run and dropped afterwards) under a second profiler, and prints the top functions by own time
(and by cumulative time, restricted to Byline's code) with their share.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.corpus import DEFAULT_SEED, write_corpus
from bench.databases import (
    BACKENDS,
    DEFAULT_POSTGRES_URL,
    POSTGRESQL,
    SQLITE,
    BenchSetupError,
    FreshDatabases,
    PostgresServer,
)


def _label(function: tuple[str, int, str]) -> str:
    filename, line, name = function
    for marker in ("site-packages/", "/work/main/", "lib/python3.11/"):
        if marker in filename:
            filename = filename.split(marker, 1)[1]
    return f"{name} ({filename}:{line})" if filename != "~" else name


def top_functions(profile: cProfile.Profile, count: int, *, key: str, only: str | None = None) -> list[str]:
    """``count`` rows "share  seconds  function", sorted by own ("tottime") or cumulative time."""
    stats = pstats.Stats(profile)
    entries: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total: float = stats.total_tt  # type: ignore[attr-defined]
    index = 2 if key == "tottime" else 3
    rows = sorted(entries.items(), key=lambda item: item[1][index], reverse=True)
    if only is not None:
        rows = [row for row in rows if only in row[0][0]]
    return [
        f"{seconds[index] / total * 100:5.1f}%  {seconds[index]:7.2f} s  {_label(f)}"
        for f, seconds in rows[:count]
    ]


def profiled(work: Callable[[], Any]) -> tuple[cProfile.Profile, float]:
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    work()
    profile.disable()
    return profile, time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.profiling", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--backend", choices=BACKENDS, default=SQLITE, help="the database ingest writes to")
    parser.add_argument(
        "--database-url", default=DEFAULT_POSTGRES_URL, help="the PostgreSQL server for --backend postgresql"
    )
    arguments = parser.parse_args(argv)
    try:
        postgres = PostgresServer(arguments.database_url) if arguments.backend == POSTGRESQL else None
        if postgres is not None:
            postgres.version()  # a clear error now rather than after the extraction profile
    except BenchSetupError as error:
        raise SystemExit(f"python -m bench.profiling: {error}") from None
    workdir = Path(tempfile.mkdtemp(prefix="byline-profile-"))
    try:
        with FreshDatabases(workdir, postgres, log=print) as databases:
            profile_import(arguments, workdir, databases.fresh(arguments.backend, "profile").url)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        if postgres is not None:
            postgres.dispose()


def profile_import(arguments: argparse.Namespace, workdir: Path, database_url: str) -> None:
    """Profile extraction, then ingest into ``database_url``, and print where the time went."""
    paths = write_corpus(workdir / "corpus", arguments.articles, DEFAULT_SEED)
    # Settings are read from the environment once, so point them at a fresh database first.
    os.environ["DATABASE_URL"] = database_url
    from app.config import get_settings
    from app.db import make_engine
    from app.ingest import extract_document, ingest
    from app.migrate import upgrade_to_head
    from app.readers import read_file

    raws = [read_file(path) for path in paths]
    extractions: list[Any] = []
    extract_profile, extract_seconds = profiled(
        lambda: extractions.extend(extract_document(raw) for raw in raws)
    )
    engine = make_engine(get_settings(), writer=True)
    upgrade_to_head(engine)
    ingest_profile, ingest_seconds = profiled(
        lambda: [ingest(engine, raw, extraction) for raw, extraction in zip(raws, extractions, strict=True)]
    )
    engine.dispose()
    for stage, profile, seconds in (
        ("extraction", extract_profile, extract_seconds),
        ("ingest", ingest_profile, ingest_seconds),
    ):
        rate = len(raws) / seconds
        print(f"\n== {stage}: {len(raws)} articles in {seconds:.1f} s under cProfile ({rate:.0f}/s)")
        print("-- top by own time (share of the stage)")
        print("\n".join(top_functions(profile, arguments.top, key="tottime")))
        print("-- top Byline functions by cumulative time")
        print("\n".join(top_functions(profile, arguments.top, key="cumtime", only="/app/")))


if __name__ == "__main__":
    main()
