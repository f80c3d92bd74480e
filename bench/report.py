"""Machine facts, the plain-text table, and comparison with a saved baseline."""

from __future__ import annotations

import os
import platform
import subprocess
from datetime import UTC, datetime
from typing import Any

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


def _row(cells: list[str], widths: list[int]) -> str:
    return "  ".join(
        cell.ljust(width) if i == 0 else cell.rjust(width)
        for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
    ).rstrip()


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return [_row(header, widths), _row(["-" * w for w in widths], widths), *(_row(r, widths) for r in rows)]


def format_report(results: dict[str, Any], baseline: dict[str, Any] | None) -> str:
    latest = flatten(results)
    base = flatten(baseline) if baseline else None
    machine = results["machine"]
    lines = [
        f"Byline benchmark  {machine['date']}  {machine['nproc']} CPU ({machine['cpu_model']})  "
        f"Python {machine['python']}  SQLite {machine['sqlite']}",
    ]
    if base is not None:
        lines.append(f"Change (Δ) against bench/results/baseline.json of {baseline['machine']['date']}")  # type: ignore[index]
    corpus = results["corpus"]
    lines.append(
        f"Corpus: {corpus['articles']} synthetic articles, mean {corpus['mean_bytes'] / 1024:.1f} KB, "
        f"generated in {corpus['generate_seconds']:.1f} s (seed {corpus['seed']})"
    )
    imports = results.get("import")
    if imports:
        lines += ["", "Import (read → extract → ingest, one process, one transaction per article)"]
        rows = []
        for label in ("quarter", "full"):
            run = imports[label]
            key = f"import.{label}"
            rows.append(
                [
                    f"{run['articles']} articles",
                    f"{run['import_seconds']:.1f}",
                    f"{run['articles_per_second']:.0f}",
                    change(latest, base, f"{key}.articles_per_second"),
                    f"{run['extract_articles_per_second']:.0f}",
                    f"{run['ingest_articles_per_second']:.0f}",
                    f"{run['extract_share'] * 100:.0f}/{run['ingest_share'] * 100:.0f}",
                    f"{run['peak_rss_bytes'] / MB:.0f}",
                    change(latest, base, f"{key}.peak_rss_bytes"),
                    f"{run['database_bytes'] / MB:.1f}",
                ]
            )
        header = ["", "seconds", "art/s", "Δ", "extract art/s", "ingest art/s", "extract/ingest %",
                  "peak RSS MB", "Δ", "DB MB"]  # fmt: skip
        lines += _table(header, rows)
        lines.append(
            f"growth time(N) / (4 × time(N/4)) = {imports['growth']:.2f}  (1.00 = linear)  "
            f"{change(latest, base, 'import.growth')}".rstrip()
        )
    for size, serving in results.get("serving", {}).items():
        wrk = serving["wrk"]
        values = serving["sample_values"]
        lines += [
            "",
            f"Serving {size} articles: wrk -t{wrk['threads']} -c{wrk['connections']} -d{wrk['seconds']}s, "
            f"best of {wrk['rounds']} interleaved runs; Byline peak RSS under load "
            f"{serving['byline_peak_rss_bytes'] / MB:.0f} MB "
            f"{change(latest, base, f'serving.{size}.byline_peak_rss_bytes')}".rstrip(),
            f"  speaker={values['speaker_surname']}  article={values['article_id']}  "
            f"q={values['search_word']} ({values['search_hits']} hits)  country={values['country_code']}",
        ]
        health_rate = serving["questions"]["health"]["byline"]["requests_per_second"]
        rows = []
        for name, question in serving["questions"].items():
            byline = question["byline"]
            key = f"serving.{size}.questions.{name}.byline"
            rows.append(
                [
                    name,
                    "Byline",
                    f"{byline['requests_per_second']:.0f}",
                    change(latest, base, f"{key}.requests_per_second"),
                    f"{byline['p50_ms']:.2f}",
                    f"{byline['p99_ms']:.2f}",
                    change(latest, base, f"{key}.p99_ms"),
                    _ratio(byline["requests_per_second"], health_rate),
                    "",
                    _errors(byline),
                ]
            )
            for label, other in question["datasette"].items():
                key = f"serving.{size}.questions.{name}.datasette.{label}"
                rows.append(
                    [
                        "",
                        f"Datasette {label}",
                        f"{other['requests_per_second']:.0f}",
                        change(latest, base, f"{key}.requests_per_second"),
                        f"{other['p50_ms']:.2f}",
                        f"{other['p99_ms']:.2f}",
                        change(latest, base, f"{key}.p99_ms"),
                        _ratio(other["requests_per_second"], health_rate),
                        _ratio(byline["requests_per_second"], other["requests_per_second"]),
                        _errors(other),
                    ]
                )
        header = ["question", "server", "req/s", "Δ", "p50 ms", "p99 ms", "Δ", "÷ Byline /health",
                  "Byline ÷ Datasette req/s", "errors"]  # fmt: skip
        lines += _table(header, rows)
    scaling = results.get("serving_scaling")
    if scaling:
        lines += ["", f"Byline p99 at {scaling['largest']} ÷ p99 at {scaling['smallest']} articles"]
        lines += _table(
            ["question", "p99 small ms", "p99 large ms", "ratio"],
            [
                [name, f"{s['p99_small_ms']:.2f}", f"{s['p99_large_ms']:.2f}", f"{s['ratio']:.2f}"]
                for name, s in scaling["questions"].items()
            ],
        )
    return "\n".join(lines)


def _errors(run: dict[str, Any]) -> str:
    if any(r.get("stalled") for r in run.get("runs", [run])):
        return "STALLED (0 responses in a run)"
    failures = run.get("non_2xx", 0) + run.get("socket_errors", 0)
    return f"{failures} of {run.get('requests', 0)}" if failures else ""


def _ratio(numerator: float, denominator: float) -> str:
    return f"{numerator / denominator:.2f}" if denominator else "n/a"


def scaling_summary(serving: dict[str, Any]) -> dict[str, Any] | None:
    """How Byline's p99 grows from the smallest to the largest database served."""
    if len(serving) < 2:
        return None
    sizes = sorted(serving, key=int)
    small, large = serving[sizes[0]], serving[sizes[-1]]
    return {
        "smallest": int(sizes[0]),
        "largest": int(sizes[-1]),
        "questions": {
            name: {
                "p99_small_ms": small["questions"][name]["byline"]["p99_ms"],
                "p99_large_ms": large["questions"][name]["byline"]["p99_ms"],
                "ratio": large["questions"][name]["byline"]["p99_ms"]
                / (small["questions"][name]["byline"]["p99_ms"] or float("nan")),
            }
            for name in small["questions"]
        },
    }
