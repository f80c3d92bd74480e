"""Machine facts, the plain-text table, and comparison with a saved baseline."""

from __future__ import annotations

import os
import platform
import subprocess
from datetime import UTC, datetime
from typing import Any

from bench.databases import BACKEND_NAMES, POSTGRESQL, SQLITE

MB = 1024 * 1024


def machine_info() -> dict[str, Any]:
    cpu_model = platform.processor() or "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    cpu_model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        wrk_version = subprocess.run(["wrk", "-v"], capture_output=True, text=True, check=False).stdout
        wrk = wrk_version.splitlines()[0] if wrk_version else None
    except OSError:
        wrk = None
    return {
        "nproc": os.cpu_count(),
        "cpu_model": cpu_model,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "sqlite": __import__("sqlite3").sqlite_version,
        "wrk": wrk,
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def flatten(data: Any, prefix: str = "") -> dict[str, float]:
    """Every numeric leaf by its dotted path ("import.full.articles_per_second"), lists skipped."""
    leaves: dict[str, float] = {}
    if isinstance(data, dict):
        for key, value in data.items():
            leaves.update(flatten(value, f"{prefix}{key}."))
    elif isinstance(data, bool):
        pass
    elif isinstance(data, int | float):
        leaves[prefix.rstrip(".")] = float(data)
    return leaves


def change(latest: dict[str, float], baseline: dict[str, float] | None, path: str) -> str:
    """ "+12%" for a figure against the baseline; blank when there is nothing to compare."""
    if baseline is None or path not in baseline or path not in latest or baseline[path] == 0:
        return ""
    return f"{(latest[path] / baseline[path] - 1) * 100:+.0f}%"


def _row(cells: list[str], widths: list[int], text_columns: int) -> str:
    return "  ".join(
        cell.ljust(width) if i < text_columns else cell.rjust(width)
        for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
    ).rstrip()


def _table(header: list[str], rows: list[list[str]], *, text_columns: int = 1) -> list[str]:
    """Aligned rows under a header: the first ``text_columns`` to the left, figures to the right."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return [_row(cells, widths, text_columns) for cells in (header, ["-" * w for w in widths], *rows)]


def upgrade_layout(results: dict[str, Any]) -> dict[str, Any]:
    """Results in today's layout; those written before the PostgreSQL backend (SQLite only) are converted.

    Older files keep one backend's figures at the top ("import.full…", "serving.N.questions…");
    today's name the backend ("import.sqlite.full…", "serving.N.byline.sqlite.questions…"), so a
    committed baseline from before still compares with the SQLite half of a new run.
    """
    if "backends" in results.get("parameters", {}):
        return results
    upgraded = dict(results)
    upgraded["parameters"] = {**results.get("parameters", {}), "backends": [SQLITE]}
    if "import" in results:
        upgraded["import"] = {SQLITE: results["import"]}
    if "serving_imports" in results:
        upgraded["serving_imports"] = {SQLITE: results["serving_imports"]}
    if "serving_scaling" in results:
        upgraded["serving_scaling"] = {SQLITE: results["serving_scaling"]}
    serving: dict[str, Any] = {}
    for size, old in results.get("serving", {}).items():
        questions = old["questions"]
        serving[size] = {
            "wrk": old["wrk"],
            "byline": {
                SQLITE: {
                    "sample_values": old["sample_values"],
                    "peak_rss_bytes": old["byline_peak_rss_bytes"],
                    "questions": {
                        name: {"path": q["byline_path"], **q["byline"]} for name, q in questions.items()
                    },
                }
            },
        }
        if any(q["datasette"] for q in questions.values()):
            serving[size]["datasette"] = {
                "database": SQLITE,
                "questions": {name: q["datasette"] for name, q in questions.items()},
            }
    if serving:
        upgraded["serving"] = serving
    return upgraded


def comparable_baseline(
    results: dict[str, Any], baseline: dict[str, Any] | None
) -> tuple[dict[str, Any] | None, list[str]]:
    """The parts of ``baseline`` measured like ``results`` were, and a note for each part left out.

    Figures are compared only for the same backend (the paths name it), the same number of
    imported articles, the same database size served and the same wrk load.
    """
    if baseline is None:
        return None, []
    base = dict(upgrade_layout(baseline))  # a copy: parts that do not compare are removed below
    notes: list[str] = []
    ours, theirs = results["parameters"], base.get("parameters", {})
    if "import" in base and theirs.get("articles") != ours["articles"]:
        del base["import"]
        notes.append(
            f"import not compared: the baseline imported {theirs.get('articles')} articles, "
            f"this run {ours['articles']}"
        )
    load = ("connections", "seconds")
    if "serving" in base and any(theirs.get(key) != ours[key] for key in load):
        for key in ("serving", "serving_scaling"):
            base.pop(key, None)
        notes.append(
            "serving not compared: the baseline ran wrk "
            f"-c{theirs.get('connections')} -d{theirs.get('seconds')}s, this run "
            f"-c{ours['connections']} -d{ours['seconds']}s"
        )
    missing = [b for b in ours["backends"] if b not in base.get("parameters", {}).get("backends", [])]
    if missing:
        names = " and ".join(BACKEND_NAMES[b] for b in missing)
        notes.append(f"the baseline has no {names} figures")
    return base, notes


def format_report(results: dict[str, Any], baseline: dict[str, Any] | None) -> str:
    comparable, notes = comparable_baseline(results, baseline)
    latest = flatten(results)
    base = flatten(comparable) if comparable is not None else None
    machine = results["machine"]
    versions = f"SQLite {machine['sqlite']}"
    if machine.get("postgresql"):
        versions += f"  PostgreSQL {machine['postgresql']}"
    lines = [
        f"Byline benchmark  {machine['date']}  {machine['nproc']} CPU ({machine['cpu_model']})  "
        f"Python {machine['python']}  {versions}",
    ]
    if baseline is not None:
        lines.append(f"Change (Δ) against the baseline of {baseline['machine']['date']}, like with like")
        lines += [f"  ({note})" for note in notes]
    corpus = results["corpus"]
    lines.append(
        f"Corpus: {corpus['articles']} synthetic articles, mean {corpus['mean_bytes'] / 1024:.1f} KB, "
        f"generated in {corpus['generate_seconds']:.1f} s (seed {corpus['seed']})"
    )
    if results.get("import"):
        lines += ["", *_import_section(results, latest, base)]
    for size, serving in results.get("serving", {}).items():
        lines += ["", *_serving_section(size, serving, results["parameters"], latest, base)]
    scaling = results.get("serving_scaling")
    if scaling:
        lines += ["", *_scaling_section(scaling)]
    return "\n".join(lines)


def _import_section(
    results: dict[str, Any], latest: dict[str, float], base: dict[str, float] | None
) -> list[str]:
    """One row per import, backends one under the other; the imports made for serving come last."""
    imports: dict[str, Any] = results["import"]
    backends: list[str] = results["parameters"]["backends"]
    served: dict[str, dict[str, Any]] = results.get("serving_imports", {})
    lines = ["Import (bench.import_worker: read → extract → ingest, as `byline import` does)"]
    header = ["backend", "articles", "seconds", "art/s", "Δ", "extract art/s", "ingest art/s",
              "extract/ingest %", "CPU ms/art", "peak RSS MB", "Δ", "worker RSS MB", "DB MB"]  # fmt: skip
    rows = []
    for backend in backends:
        runs = [(f"import.{backend}.{label}", imports[backend][label]) for label in ("quarter", "full")]
        runs += [
            (f"serving_imports.{backend}.{size}", run)
            for size, run in sorted(served.get(backend, {}).items(), key=lambda item: int(item[0]))
        ]
        for key, run in runs:
            # CPU time is what other load on the machine disturbs least (when the worker reports it).
            cpu_seconds = run.get("writer_cpu_seconds", 0) + run.get("workers_cpu_seconds", 0)
            workers_rss = run.get("worker_peak_rss_bytes", 0)
            rows.append(
                [
                    BACKEND_NAMES[backend],
                    f"{run['articles']}",
                    f"{run['import_seconds']:.1f}",
                    f"{run['articles_per_second']:.0f}",
                    change(latest, base, f"{key}.articles_per_second"),
                    f"{run['extract_articles_per_second']:.0f}",
                    f"{run['ingest_articles_per_second']:.0f}",
                    f"{run['extract_share'] * 100:.0f}/{run['ingest_share'] * 100:.0f}",
                    f"{cpu_seconds / run['articles'] * 1000:.1f}" if cpu_seconds else "",
                    f"{run['peak_rss_bytes'] / MB:.0f}",
                    change(latest, base, f"{key}.peak_rss_bytes"),
                    f"{workers_rss / MB:.0f}" if workers_rss else "",
                    f"{run['database_bytes'] / MB:.1f}",
                ]
            )
    lines += _table(*_without_empty_columns(header, rows))
    for backend in backends:
        full = imports[backend]["full"]
        text = (
            f"growth {BACKEND_NAMES[backend]}: time(N) / (4 × time(N/4)) = {imports[backend]['growth']:.2f} "
            f"{change(latest, base, f'import.{backend}.growth')}".rstrip()
        )
        for size, run in sorted(served.get(backend, {}).items(), key=lambda item: int(item[0])):
            if run["articles"] > full["articles"]:
                factor = run["articles"] / full["articles"]
                growth = run["import_seconds"] / (factor * full["import_seconds"])
                text += f";  time({size}) / ({factor:g} × time({full['articles']})) = {growth:.2f}"
        lines.append(text + "  (1.00 = linear)")
    if POSTGRESQL in backends:
        empty = imports[POSTGRESQL]["full"].get("empty_database_bytes", 0)
        lines.append(
            f"DB MB: the SQLite file with its WAL; PostgreSQL's pg_database_size, of which "
            f"{empty / MB:.1f} MB is an empty database's catalogue. CPU and RSS are the importer's "
            "processes only, not the PostgreSQL server's"
        )
    return lines


def _without_empty_columns(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """Drop the columns no row has a value in (figures an older import worker does not report)."""
    kept = [i for i in range(len(header)) if header[i] == "Δ" or any(row[i] for row in rows)]
    return [header[i] for i in kept], [[row[i] for i in kept] for row in rows]


def _serving_section(
    size: str,
    serving: dict[str, Any],
    parameters: dict[str, Any],
    latest: dict[str, float],
    base: dict[str, float] | None,
) -> list[str]:
    wrk = serving["wrk"]
    byline: dict[str, Any] = serving["byline"]
    datasette: dict[str, Any] | None = serving.get("datasette")
    memory = ", ".join(
        f"Byline on {BACKEND_NAMES[backend]} {figures['peak_rss_bytes'] / MB:.0f} MB "
        f"{change(latest, base, f'serving.{size}.byline.{backend}.peak_rss_bytes')}".rstrip()
        for backend, figures in byline.items()
    )
    if datasette is not None and datasette.get("peak_rss_bytes"):
        memory += f", Datasette {datasette['peak_rss_bytes'] / MB:.0f} MB"
    lines = [
        f"Serving {size} articles: wrk -t{wrk['threads']} -c{wrk['connections']} -d{wrk['seconds']}s, "
        f"best of {wrk['rounds']} interleaved runs",
        f"  peak RSS under load (the server process; PostgreSQL's own processes not counted): {memory}",
    ]
    for backend, figures in byline.items():
        values = figures["sample_values"]
        lines.append(
            f"  asked of {BACKEND_NAMES[backend]}: speaker={values['speaker_surname']}  "
            f"article={values['article_id']}  q={values['search_word']} ({values['search_hits']} hits)  "
            f"country={values['country_code']}"
        )
    if datasette is not None:
        lines.append(
            "  Datasette serves the SQLite file only (it reads no other database); "
            "each Byline row is divided by Datasette's best way of asking"
        )
    elif not parameters.get("skip_datasette") and SQLITE not in byline:
        lines.append("  Datasette not run: it serves SQLite files only (--backend both compares it)")
    health_rates = {
        backend: figures["questions"]["health"]["requests_per_second"] for backend, figures in byline.items()
    }
    rows = []
    for name in next(iter(byline.values()))["questions"]:
        ways = datasette["questions"][name] if datasette is not None else {}
        best_datasette = max((run["requests_per_second"] for run in ways.values()), default=0.0)
        for index, (backend, figures) in enumerate(byline.items()):
            run = figures["questions"][name]
            key = f"serving.{size}.byline.{backend}.questions.{name}"
            rows.append(
                [
                    name if index == 0 else "",
                    f"Byline · {BACKEND_NAMES[backend]}",
                    f"{run['requests_per_second']:.0f}",
                    change(latest, base, f"{key}.requests_per_second"),
                    f"{run['p50_ms']:.2f}",
                    f"{run['p99_ms']:.2f}",
                    change(latest, base, f"{key}.p99_ms"),
                    _ratio(run["requests_per_second"], health_rates[backend]),
                    _ratio(run["requests_per_second"], best_datasette) if ways else "",
                    _errors(run),
                ]
            )
        for way, run in ways.items():
            key = f"serving.{size}.datasette.questions.{name}.{way}"
            rows.append(
                [
                    "",
                    f"Datasette {way} · SQLite file",
                    f"{run['requests_per_second']:.0f}",
                    change(latest, base, f"{key}.requests_per_second"),
                    f"{run['p50_ms']:.2f}",
                    f"{run['p99_ms']:.2f}",
                    change(latest, base, f"{key}.p99_ms"),
                    "",
                    "",
                    _errors(run),
                ]
            )
    header = ["question", "server", "req/s", "Δ", "p50 ms", "p99 ms", "Δ", "÷ own /health",
              "Byline ÷ best Datasette", "errors"]  # fmt: skip
    return lines + _table(header, rows, text_columns=2)


def _scaling_section(scaling: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for backend, summary in scaling.items():
        if lines:
            lines.append("")
        lines.append(
            f"Byline on {BACKEND_NAMES[backend]}: p99 at {summary['largest']} ÷ p99 at "
            f"{summary['smallest']} articles"
        )
        lines += _table(
            ["question", "p99 small ms", "p99 large ms", "ratio"],
            [
                [
                    name,
                    f"{s['p99_small_ms']:.2f}",
                    f"{s['p99_large_ms']:.2f}",
                    "n/a (a run stalled)" if s["ratio"] is None else f"{s['ratio']:.2f}",
                ]
                for name, s in summary["questions"].items()
            ],
        )
    return lines


def _errors(run: dict[str, Any]) -> str:
    if any(r.get("stalled") for r in run.get("runs", [run])):
        return "STALLED (0 responses in a run)"
    failures = run.get("non_2xx", 0) + run.get("socket_errors", 0)
    return f"{failures} of {run.get('requests', 0)}" if failures else ""


def _ratio(numerator: float, denominator: float) -> str:
    return f"{numerator / denominator:.2f}" if denominator else "n/a"


def scaling_summary(serving: dict[str, Any], backend: str) -> dict[str, Any] | None:
    """How Byline's p99 on ``backend`` grows from the smallest to the largest database served."""
    if len(serving) < 2:
        return None
    sizes = sorted(serving, key=int)
    small = serving[sizes[0]]["byline"][backend]["questions"]
    large = serving[sizes[-1]]["byline"][backend]["questions"]
    return {
        "smallest": int(sizes[0]),
        "largest": int(sizes[-1]),
        "questions": {
            name: {
                "p99_small_ms": small[name]["p99_ms"],
                "p99_large_ms": large[name]["p99_ms"],
                # No ratio when either run answered nothing: a 0 ms p99 is no latency.
                "ratio": large[name]["p99_ms"] / small[name]["p99_ms"]
                if small[name]["p99_ms"] > 0 and large[name]["p99_ms"] > 0
                else None,
            }
            for name in small
        },
    }
