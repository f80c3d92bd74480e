"""One import, run in its own process: ``python -m bench.import_worker FOLDER LIMIT``.

It follows the CLI's path (``pipeline.import_sources``: extraction in worker processes, batches
stored by this one) with a stopwatch on the writer, and prints one JSON line. A process of its
own gives a clean peak RSS (``ru_maxrss`` covers this import only) and a cold start like the
real ``byline import``.
The database comes from ``DATABASE_URL``, exactly as for the CLI.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from app.config import get_settings
from app.db import make_engine
from app.migrate import upgrade_to_head
from app.pipeline import PARALLEL_FROM, ImportTimings, Stored, default_workers, import_sources
from app.readers import expand_paths


def run_import(folder: Path, limit: int) -> dict[str, Any]:
    """Import the first ``limit`` articles of ``folder`` exactly as ``byline import`` does, timed."""
    paths = list(expand_paths([folder]))[:limit]
    settings = get_settings()
    started = time.perf_counter()
    engine = make_engine(settings, writer=True)
    upgrade_to_head(engine)
    migrate_seconds = time.perf_counter() - started

    outcomes: Counter[str] = Counter()
    timings = ImportTimings()

    def count(stored: Stored) -> None:
        outcomes[stored.result.outcome.value if stored.result else "failed"] += 1

    loop_started = time.perf_counter()
    import_sources(engine, paths, on_stored=count, timings=timings)
    loop_seconds = time.perf_counter() - loop_started
    engine.dispose()
    # On Linux ru_maxrss is in kilobytes; the extraction workers are children of this process.
    peak_rss_bytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    worker_peak_rss_bytes = children.ru_maxrss * 1024
    return {
        "articles": len(paths),
        "outcomes": dict(outcomes),
        "workers": default_workers() if len(paths) >= PARALLEL_FROM else 1,
        "migrate_seconds": migrate_seconds,
        "import_seconds": loop_seconds,
        # The writer's time: waiting for the extraction workers, and storing batches.
        "extract_seconds": timings.waiting_seconds,
        "ingest_seconds": timings.storing_seconds,
        "peak_rss_bytes": peak_rss_bytes,
        "worker_peak_rss_bytes": worker_peak_rss_bytes,
        # CPU time, which other load on the machine disturbs far less than wall time.
        "writer_cpu_seconds": own.ru_utime + own.ru_stime,
        "workers_cpu_seconds": children.ru_utime + children.ru_stime,
    }


def main(argv: list[str]) -> None:
    folder, limit = Path(argv[0]), int(argv[1])
    print(json.dumps(run_import(folder, limit)))


if __name__ == "__main__":
    main(sys.argv[1:])
