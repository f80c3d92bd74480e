"""``python -m bench``: import and serving benchmarks for Byline; a table on stdout, JSON in bench/results.

    python -m bench                          # 4,000 articles into SQLite, serving on it, vs Datasette
    python -m bench --articles 400 --seconds 2 --skip-datasette
    python -m bench --sizes 1000,10000       # serving on several database sizes (p99 growth)
    python -m bench --backend postgresql     # the same on a PostgreSQL server (--database-url)
    python -m bench --backend both           # both backends, side by side, interleaved
    python -m bench --save-baseline          # then later runs print the change against it

Everything runs on 127.0.0.1 in a temporary folder that is removed afterwards. On PostgreSQL each
import goes into a database of its own (CREATE DATABASE byline_bench_<uuid>), dropped at the end
even when the run fails; the user of --database-url needs CREATEDB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from bench.corpus import DEFAULT_SEED, write_corpus
from bench.databases import (
    BACKENDS,
    DEFAULT_POSTGRES_URL,
    POSTGRESQL,
    SQLITE,
    BenchDatabase,
    BenchSetupError,
    FreshDatabases,
    PostgresServer,
)
from bench.importing import import_corpus
from bench.report import format_report, machine_info, scaling_summary

WRK_CONNECTIONS = 32  # kept equal to bench.serving's, which imports psutil (needed only when serving)

RESULTS = Path(__file__).resolve().parent / "results"
DEFAULT_ARTICLES = 4000
BOTH = "both"


def _sizes(text: str) -> list[int]:
    sizes = [int(part) for part in text.split(",") if part.strip()]
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes are positive article counts, e.g. 1000,10000")
    return sizes


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES, help="N for the import test (≥ 4)")
    parser.add_argument("--sizes", type=_sizes, default=None, help="database sizes to serve, e.g. 1000,10000")
    parser.add_argument(
        "--backend",
        choices=[*BACKENDS, BOTH],
        default=SQLITE,
        help="the database Byline imports into and serves from; 'both' measures each, side by side",
    )
    parser.add_argument(
        "--database-url",
        default=DEFAULT_POSTGRES_URL,
        help="the PostgreSQL server for --backend postgresql/both: any database its user may connect "
        "to, with CREATEDB (default: $BYLINE_BENCH_POSTGRES_URL or %(default)s)",
    )
    parser.add_argument("--seconds", type=int, default=5, help="wrk duration per run")
    parser.add_argument(
        "--connections", type=int, default=WRK_CONNECTIONS, help="wrk concurrent connections (default 32)"
    )
    parser.add_argument("--rounds", type=int, default=2, help="interleaved runs per server (best is kept)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--skip-datasette", action="store_true")
    parser.add_argument("--skip-serving", action="store_true")
    parser.add_argument("--save-baseline", action="store_true", help="copy the results to baseline.json")
    parser.add_argument(
        "--results", type=Path, default=RESULTS, help="folder for latest.json / baseline.json"
    )
    arguments = parser.parse_args(argv)
    if arguments.articles < 4:
        parser.error("--articles must be at least 4 (the import is also timed at N/4)")
    for name in ("seconds", "connections", "rounds"):
        if getattr(arguments, name) < 1:
            parser.error(f"--{name} must be at least 1")
    arguments.backends = list(BACKENDS) if arguments.backend == BOTH else [arguments.backend]
    return arguments


def log(message: str) -> None:
    # Progress goes to stderr so stdout carries only the table.
    print(message, file=sys.stderr, flush=True)


def connect_postgres(url: str) -> PostgresServer:
    """The server to make databases on, checked before any work starts (a clear error if it is not there)."""
    server = PostgresServer(url)
    server.version()
    return server


def run(arguments: argparse.Namespace) -> dict[str, Any]:
    articles: int = arguments.articles
    backends: list[str] = arguments.backends
    sizes: list[int] = [] if arguments.skip_serving else (arguments.sizes or [articles])
    if sizes and shutil.which("wrk") is None:
        raise BenchSetupError("wrk is not installed (apt-get install -y wrk); or pass --skip-serving")
    postgres = connect_postgres(arguments.database_url) if POSTGRESQL in backends else None
    # Datasette serves SQLite files only: it is compared with Byline only where there is one.
    with_datasette = not arguments.skip_datasette and SQLITE in backends
    results: dict[str, Any] = {
        "machine": machine_info(),
        "parameters": {
            "articles": articles,
            "sizes": sizes,
            "backends": backends,
            "seconds": arguments.seconds,
            "connections": arguments.connections,
            "rounds": arguments.rounds,
            "seed": arguments.seed,
            "datasette": with_datasette,
            "skip_datasette": arguments.skip_datasette,
            # The servers inherit it: 0 measures every query rather than the response cache.
            "response_cache_bytes": os.environ.get("BYLINE_RESPONSE_CACHE_BYTES", "default"),
        },
    }
    if postgres is not None:
        results["machine"]["postgresql"] = postgres.version()
        results["parameters"]["postgresql_server"] = postgres.where()
    workdir = Path(tempfile.mkdtemp(prefix="byline-bench-"))
    try:
        # Leaving this block, by success or by any error, drops every PostgreSQL database made in it.
        with FreshDatabases(workdir / "databases", postgres, log=log) as databases:
            _measure(arguments, results, workdir, databases, sizes)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        if postgres is not None:
            postgres.dispose()
    return results


def _measure(
    arguments: argparse.Namespace,
    results: dict[str, Any],
    workdir: Path,
    databases: FreshDatabases,
    sizes: list[int],
) -> None:
    articles: int = arguments.articles
    backends: list[str] = arguments.backends
    corpus = workdir / "corpus"
    corpus_size = max([articles, *sizes])
    started = time.perf_counter()
    paths = write_corpus(corpus, corpus_size, arguments.seed)
    results["corpus"] = {
        "articles": corpus_size,
        "seed": arguments.seed,
        "generate_seconds": time.perf_counter() - started,
        "mean_bytes": statistics.mean(p.stat().st_size for p in paths),
    }
    log(f"corpus: {corpus_size} articles in {results['corpus']['generate_seconds']:.1f} s")

    filled: dict[int, dict[str, BenchDatabase]] = {}  # size → backend → a database of that many articles

    def fresh_import(backend: str, size: int, label: str) -> dict[str, Any]:
        database = databases.fresh(backend, f"{backend}-{label}")
        log(f"importing {size} articles into {backend} ({database.name}) …")
        figures = import_corpus(corpus, size, database, workdir / "imports" / f"{backend}-{label}")
        filled.setdefault(size, {})[backend] = database
        return figures

    imports: dict[str, dict[str, Any]] = {backend: {} for backend in backends}
    quarter_size = articles // 4
    # Backends take turns (quarter, quarter, full, full), so a noisy moment hurts neither alone.
    for label, size in (("quarter", quarter_size), ("full", articles)):
        for backend in backends:
            imports[backend][label] = fresh_import(backend, size, label)
    for figures in imports.values():
        # 1.0 means the cost per article does not grow with the database.
        figures["growth"] = figures["full"]["import_seconds"] / (4 * figures["quarter"]["import_seconds"])
    results["import"] = imports
    if not sizes:
        return

    from bench.serving import benchmark_serving  # psutil and wrk are needed only here

    results["serving"] = {}
    for size in sizes:
        for backend in backends:
            if backend not in filled.get(size, {}):
                figures = fresh_import(backend, size, f"serve-{size}")
                results.setdefault("serving_imports", {}).setdefault(backend, {})[str(size)] = figures
        log(f"serving {size} articles …")
        serve_dir = workdir / f"serving-{size}"
        serve_dir.mkdir()
        results["serving"][str(size)] = benchmark_serving(
            filled[size],
            serve_dir,
            seconds=arguments.seconds,
            with_datasette=results["parameters"]["datasette"],
            connections=arguments.connections,
            rounds=arguments.rounds,
            log=log,
        )
    scaling = {
        backend: summary
        for backend in backends
        if (summary := scaling_summary(results["serving"], backend)) is not None
    }
    if scaling:
        results["serving_scaling"] = scaling


def _stop_on_sigterm(signum: int, _frame: object) -> None:
    # SystemExit unwinds like an error: servers are stopped and the run's databases dropped.
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    on_main_thread = threading.current_thread() is threading.main_thread()  # only it may set handlers
    previous = signal.signal(signal.SIGTERM, _stop_on_sigterm) if on_main_thread else None
    try:
        results = run(arguments)
    except BenchSetupError as error:
        print(f"python -m bench: {error}", file=sys.stderr)
        return 2
    finally:
        if on_main_thread:
            signal.signal(signal.SIGTERM, previous)
    folder: Path = arguments.results
    folder.mkdir(parents=True, exist_ok=True)
    latest = folder / "latest.json"
    latest.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    baseline_path = folder / "baseline.json"
    baseline = json.loads(baseline_path.read_text(encoding="utf-8")) if baseline_path.exists() else None
    print(format_report(results, baseline))
    print(f"\nwrote {latest}")
    if arguments.save_baseline:
        shutil.copyfile(latest, baseline_path)
        print(f"saved {baseline_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
