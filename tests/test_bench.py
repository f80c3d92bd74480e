"""Smoke test of the benchmark: a tiny run writes JSON with every expected figure (no timing asserts)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from bench.__main__ import main
from bench.corpus import generate
from bench.serving import parse_wrk

TINY = 40


def _positive(value: Any) -> bool:
    return isinstance(value, int | float) and value > 0


def test_corpus_is_deterministic_and_article_sized() -> None:
    first, again = list(generate(20, seed=7)), list(generate(20, seed=7))
    assert first == again
    assert len(set(first)) == 20
    assert all(800 < len(text.encode()) < 4000 for text in first)


def test_import_only_run_writes_every_figure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--articles", str(TINY), "--skip-serving", "--results", str(tmp_path)]) == 0
    results = json.loads((tmp_path / "latest.json").read_text())
    assert {"nproc", "cpu_model", "python", "date"} <= results["machine"].keys()
    assert results["corpus"]["articles"] == TINY
    for label, count in (("quarter", TINY // 4), ("full", TINY)):
        run = results["import"][label]
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
    assert _positive(results["import"]["growth"])
    assert "Import" in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk is not installed: serving part not exercised")
def test_serving_run_measures_every_question(tmp_path: Path) -> None:
    # Few connections: above 15 concurrent requests Byline's server stalls (see bench/serving.py).
    arguments = ["--articles", str(TINY), "--seconds", "1", "--connections", "4", "--rounds", "1"]
    arguments += ["--skip-datasette"]
    assert main([*arguments, "--results", str(tmp_path)]) == 0
    serving = json.loads((tmp_path / "latest.json").read_text())["serving"][str(TINY)]
    assert _positive(serving["byline_peak_rss_bytes"])
    assert set(serving["questions"]) == {
        "health",
        "quotes by speaker",
        "article detail",
        "full-text search",
        "faceted list",
    }
    for question in serving["questions"].values():
        for key in ("requests_per_second", "p50_ms", "p99_ms"):
            assert _positive(question["byline"][key]), key


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
