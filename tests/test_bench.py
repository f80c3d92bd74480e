"""Smoke test of the benchmark: a tiny run writes JSON with every expected figure (no timing asserts).

Each run test has a ``[sqlite]`` half and a ``[postgresql]`` half that runs ``--backend both``
against the test server (skipped, with the reason, when no server answers).
"""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from bench.__main__ import main
from bench.corpus import generate
from bench.databases import FreshDatabases
from bench.databases import PostgresServer as BenchPostgres
from bench.report import MB, format_report
from bench.serving import parse_wrk
from tests.conftest import PostgresServer

TINY = 40


def _positive(value: Any) -> bool:
    return isinstance(value, int | float) and value > 0


def test_corpus_is_deterministic_and_article_sized() -> None:
    first, again = list(generate(20, seed=7)), list(generate(20, seed=7))
    assert first == again
    assert len(set(first)) == 20
    assert all(800 < len(text.encode()) < 4000 for text in first)


def _bench_arguments(backend: str, request: pytest.FixtureRequest) -> list[str]:
    """``--backend``: SQLite alone, or both backends side by side on the test server (skips without one)."""
    if backend == "sqlite":
        return ["--backend", "sqlite"]
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return ["--backend", "both", "--database-url", server.url.render_as_string(hide_password=False)]


def _measured_backends(backend: str) -> list[str]:
    return ["sqlite"] if backend == "sqlite" else ["sqlite", "postgresql"]


def test_import_only_run_writes_every_figure(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    arguments = ["--articles", str(TINY), "--skip-serving", *_bench_arguments(backend, request)]
    assert main([*arguments, "--results", str(tmp_path)]) == 0
    results = json.loads((tmp_path / "latest.json").read_text())
    assert {"nproc", "cpu_model", "python", "date"} <= results["machine"].keys()
    assert results["parameters"]["backends"] == _measured_backends(backend)
    assert results["corpus"]["articles"] == TINY
    for measured in _measured_backends(backend):
        imports = results["import"][measured]
        for label, count in (("quarter", TINY // 4), ("full", TINY)):
            run = imports[label]
            assert run["backend"] == measured
            assert run["articles"] == count
            assert run["outcomes"] == {"imported": count}
            for key in (
                "import_seconds",
                "articles_per_second",
                "extract_articles_per_second",
                "ingest_articles_per_second",
                "peak_rss_bytes",
                "database_bytes",
            ):
                assert _positive(run[key]), key
            assert run["database_bytes"] > run["empty_database_bytes"]
        assert _positive(imports["growth"])
    output = capsys.readouterr().out
    assert "Import" in output
    if backend == "postgresql":
        # Side by side in one table, and every database the run made is gone afterwards.
        assert "SQLite " in output and "PostgreSQL " in output
        assert "pg_database_size" in output
        server: PostgresServer = request.getfixturevalue("postgres_server")
        made = [results["import"]["postgresql"][label]["database"] for label in ("quarter", "full")]
        assert all(name.startswith("byline_bench_") for name in made)
        assert not any(_database_exists(server, name) for name in made)


def _database_exists(server: PostgresServer, name: str) -> bool:
    with server.admin.connect() as conn:
        found = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name})
        return found.first() is not None


@pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk is not installed: serving part not exercised")
def test_serving_run_measures_every_question(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    arguments = ["--articles", str(TINY), "--seconds", "1", "--connections", "4", "--rounds", "1"]
    arguments += ["--skip-datasette", *_bench_arguments(backend, request)]
    assert main([*arguments, "--results", str(tmp_path)]) == 0
    serving = json.loads((tmp_path / "latest.json").read_text())["serving"][str(TINY)]
    assert set(serving["byline"]) == set(_measured_backends(backend))
    assert "datasette" not in serving
    for measured, figures in serving["byline"].items():
        assert _positive(figures["peak_rss_bytes"]), measured
        assert set(figures["questions"]) == {
            "health",
            "quotes by speaker",
            "article detail",
            "full-text search",
            "search, newest first",
            "faceted list",
        }
        for question in figures["questions"].values():
            assert question["non_2xx"] == 0, question["path"]
            for key in ("requests_per_second", "p50_ms", "p99_ms"):
                assert _positive(question[key]), key
    if backend == "postgresql":
        output = capsys.readouterr().out
        assert "Byline · SQLite" in output and "Byline · PostgreSQL" in output


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_postgres_database_is_dropped_when_the_run_fails(
    backend: str, postgres_server: PostgresServer, tmp_path: Path
) -> None:
    server = BenchPostgres(postgres_server.url.render_as_string(hide_password=False))
    with (
        pytest.raises(RuntimeError, match="import failed"),
        FreshDatabases(tmp_path, server, log=print) as made,
    ):
        database = made.fresh("postgresql", "doomed")
        assert server.exists(database.name)
        raise RuntimeError("import failed")
    assert not server.exists(database.name)
    server.dispose()


def test_an_unreachable_postgres_server_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unreachable = f"postgresql+psycopg://postgres@127.0.0.1:{_closed_port()}/postgres"
    arguments = ["--backend", "postgresql", "--database-url", unreachable, "--skip-serving"]
    assert main([*arguments, "--articles", str(TINY), "--results", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert "PostgreSQL is not reachable at" in error and "--backend sqlite" in error
    assert not (tmp_path / "latest.json").exists()


def test_a_database_url_that_is_not_postgres_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    arguments = ["--backend", "both", "--database-url", "sqlite:///x.db", "--skip-serving"]
    assert main([*arguments, "--results", str(tmp_path)]) == 2
    assert "must be a PostgreSQL URL" in capsys.readouterr().err


def _closed_port() -> int:
    # A port that was free a moment ago: nothing listens on it.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def _import_run(articles: int, rate: float) -> dict[str, Any]:
    return {
        "articles": articles,
        "import_seconds": articles / rate,
        "articles_per_second": rate,
        "extract_articles_per_second": 2 * rate,
        "ingest_articles_per_second": 2 * rate,
        "extract_share": 0.5,
        "ingest_share": 0.5,
        "peak_rss_bytes": 100 * MB,
        "database_bytes": 8 * MB,
        "empty_database_bytes": 0,
    }


def _imports(articles: int, rate: float) -> dict[str, Any]:
    return {"quarter": _import_run(articles // 4, rate), "full": _import_run(articles, rate), "growth": 1.0}


def _results(articles: int, rates: dict[str, float]) -> dict[str, Any]:
    return {
        "machine": {
            "date": "2026-01-02T03:04:05+00:00",
            "nproc": 2,
            "cpu_model": "x",
            "python": "3.11",
            "sqlite": "3.40",
        },
        "parameters": {
            "articles": articles,
            "sizes": [],
            "backends": list(rates),
            "seconds": 1,
            "connections": 4,
            "skip_datasette": True,
        },
        "corpus": {"articles": articles, "seed": 1, "generate_seconds": 0.1, "mean_bytes": 2048},
        "import": {backend: _imports(articles, rate) for backend, rate in rates.items()},
    }


def _rows(report: str, first_cell: str) -> list[str]:
    return [line for line in report.splitlines() if line.startswith(first_cell + " ")]


def test_a_baseline_from_before_backends_compares_with_the_sqlite_half_only() -> None:
    latest = _results(40, {"sqlite": 200.0, "postgresql": 50.0})
    legacy = _results(40, {})  # written before backends: one SQLite import at the top level
    del legacy["parameters"]["backends"]
    legacy["import"] = _imports(40, 100.0)
    report = format_report(latest, legacy)
    assert all("+100%" in row for row in _rows(report, "SQLite"))
    assert not any("%" in row for row in _rows(report, "PostgreSQL"))
    assert "the baseline has no PostgreSQL figures" in report


def test_a_baseline_of_another_size_is_not_compared() -> None:
    report = format_report(_results(40, {"sqlite": 200.0}), _results(4000, {"sqlite": 100.0}))
    assert "import not compared: the baseline imported 4000 articles, this run 40" in report
    assert not any("%" in row for row in _rows(report, "SQLite"))


def test_wrk_output_is_parsed() -> None:
    output = """Running 1s test @ http://127.0.0.1:8000/health
  2 threads and 32 connections
  Latency Distribution
     50%  812.00us
     75%    1.20ms
     90%    2.50ms
     99%    1.10s
  1234 requests in 1.00s, 200.00KB read
  Non-2xx or 3xx responses: 3
Requests/sec:   1234.50
Transfer/sec:    200.00KB
"""
    figures = parse_wrk(output)
    assert figures["requests_per_second"] == 1234.5
    assert figures["p50_ms"] == pytest.approx(0.812)
    assert figures["p99_ms"] == pytest.approx(1100.0)
    assert figures["requests"] == 1234
    assert figures["non_2xx"] == 3
