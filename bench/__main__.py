"""``python -m bench``: import and serving benchmarks for Byline; a table on stdout, JSON in bench/results.

    python -m bench                          # 4,000 articles, serving on that database, vs Datasette
    python -m bench --articles 400 --seconds 2 --skip-datasette
    python -m bench --sizes 1000,10000       # serving on several database sizes (p99 growth)
    python -m bench --save-baseline          # then later runs print the change against it

Everything runs on 127.0.0.1 in a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.corpus import DEFAULT_SEED, write_corpus
from bench.importing import import_corpus
from bench.report import format_report, machine_info, scaling_summary

WRK_CONNECTIONS = 32  # kept equal to bench.serving's, which imports psutil (needed only when serving)

RESULTS = Path(__file__).resolve().parent / "results"
DEFAULT_ARTICLES = 4000


def _sizes(text: str) -> list[int]:
    sizes = [int(part) for part in text.split(",") if part.strip()]
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes are positive article counts, e.g. 1000,10000")
    return sizes


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES, help="N for the import test (≥ 4)")
    parser.add_argument("--sizes", type=_sizes, default=None, help="database sizes to serve, e.g. 1000,10000")
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
    return arguments


def log(message: str) -> None:
    # Progress goes to stderr so stdout carries only the table.
    print(message, file=sys.stderr, flush=True)


def run(arguments: argparse.Namespace) -> dict[str, Any]:
    articles: int = arguments.articles
    sizes: list[int] = [] if arguments.skip_serving else (arguments.sizes or [articles])
    results: dict[str, Any] = {
        "machine": machine_info(),
        "parameters": {
            "articles": articles,
            "sizes": sizes,
            "seconds": arguments.seconds,
            "connections": arguments.connections,
            "seed": arguments.seed,
            "datasette": not arguments.skip_datasette,
        },
    }
    workdir = Path(tempfile.mkdtemp(prefix="byline-bench-"))
    try:
        corpus_size = max([articles, *sizes])
        started = time.perf_counter()
        paths = write_corpus(workdir / "corpus", corpus_size, arguments.seed)
        results["corpus"] = {
            "articles": corpus_size,
            "seed": arguments.seed,
            "generate_seconds": time.perf_counter() - started,
            "mean_bytes": statistics.mean(p.stat().st_size for p in paths),
        }
        log(f"corpus: {corpus_size} articles in {results['corpus']['generate_seconds']:.1f} s")

        databases: dict[int, Path] = {}
        quarter_size = articles // 4
        log(f"importing {quarter_size} articles …")
        quarter = import_corpus(workdir / "corpus", quarter_size, workdir / "quarter" / "byline.db")
        databases[quarter_size] = workdir / "quarter" / "byline.db"
        log(f"importing {articles} articles …")
        full = import_corpus(workdir / "corpus", articles, workdir / "full" / "byline.db")
        databases[articles] = workdir / "full" / "byline.db"
        results["import"] = {
            "quarter": quarter,
            "full": full,
            # 1.0 means the cost per article does not grow with the database.
            "growth": full["import_seconds"] / (4 * quarter["import_seconds"]),
        }

        if sizes and shutil.which("wrk") is None:
            raise SystemExit("wrk is not installed (apt-get install -y wrk); or pass --skip-serving")
        if sizes:
            from bench.serving import benchmark_serving  # psutil and wrk are needed only here

            results["serving"] = {}
            for size in sizes:
                if size not in databases:
                    log(f"importing {size} articles for serving …")
                    folder = workdir / f"serve-{size}"
                    results.setdefault("serving_imports", {})[str(size)] = import_corpus(
                        workdir / "corpus", size, folder / "byline.db"
                    )
                    databases[size] = folder / "byline.db"
                log(f"serving {size} articles …")
                serve_dir = workdir / f"serving-{size}"
                serve_dir.mkdir()
                results["serving"][str(size)] = benchmark_serving(
                    databases[size],
                    serve_dir,
                    seconds=arguments.seconds,
                    with_datasette=not arguments.skip_datasette,
                    connections=arguments.connections,
                    rounds=arguments.rounds,
                    log=log,
                )
            scaling = scaling_summary(results["serving"])
            if scaling:
                results["serving_scaling"] = scaling
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return results


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    results = run(arguments)
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
