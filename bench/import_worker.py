"""One import, run in its own process: ``python -m bench.import_worker FOLDER LIMIT``.

It follows the CLI's path (``readers.read_file`` → ``extract.run`` → ``ingest.ingest``) with a
stopwatch around each stage, and prints one JSON line. A process of its own gives a clean peak
RSS (``ru_maxrss`` covers this import only) and a cold start like the real ``byline import``.
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
from app.ingest import extract_document, ingest
from app.migrate import upgrade_to_head
from app.readers import expand_paths, read_file


def run_import(folder: Path, limit: int) -> dict[str, Any]:
    """Import the first ``limit`` articles of ``folder`` and time each stage."""
    paths = list(expand_paths([folder]))[:limit]
    settings = get_settings()
    started = time.perf_counter()
    engine = make_engine(settings, writer=True)
    upgrade_to_head(engine)
    migrate_seconds = time.perf_counter() - started

    read_seconds = extract_seconds = ingest_seconds = 0.0
    outcomes: Counter[str] = Counter()
    loop_started = time.perf_counter()
    for path in paths:
        mark = time.perf_counter()
        raw = read_file(path)
        after_read = time.perf_counter()
        extraction = extract_document(raw)
        after_extract = time.perf_counter()
        result = ingest(engine, raw, extraction)
        after_ingest = time.perf_counter()
        read_seconds += after_read - mark
        extract_seconds += after_extract - after_read
        ingest_seconds += after_ingest - after_extract
        outcomes[result.outcome.value] += 1
    loop_seconds = time.perf_counter() - loop_started
    engine.dispose()
    # On Linux ru_maxrss is in kilobytes.
    peak_rss_bytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {
        "articles": len(paths),
        "outcomes": dict(outcomes),
        "migrate_seconds": migrate_seconds,
        "import_seconds": loop_seconds,
        "read_seconds": read_seconds,
        "extract_seconds": extract_seconds,
        "ingest_seconds": ingest_seconds,
        "peak_rss_bytes": peak_rss_bytes,
    }


def main(argv: list[str]) -> None:
    folder, limit = Path(argv[0]), int(argv[1])
    print(json.dumps(run_import(folder, limit)))


if __name__ == "__main__":
    main(sys.argv[1:])
