"""Load-test Byline's API and Datasette on the same SQLite data with wrk, interleaved A B A B."""

from __future__ import annotations

import contextlib
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import psutil

from bench.importing import child_environment

WRK_THREADS = 2
WRK_CONNECTIONS = 32  # the brief's load; Byline stalls above 15 (see run_wrk's note and the report)
ROUNDS = 2  # A B A B: each server is measured twice, the better run is kept
DATASETTE_NAME = "byline"  # Datasette names a database after its file


@dataclass(frozen=True, slots=True)
class Question:
    """One question asked of both servers; a Datasette path of None means it has no counterpart."""

    name: str
    byline_path: str
    datasette_paths: dict[str, str]  # label → path: Datasette may answer the same question two ways


@dataclass(frozen=True, slots=True)
class SampleValues:
    """Real values from the database, so every request hits data."""

    speaker_surname: str
    speaker_person_id: int
    article_id: int
    search_word: str
    search_hits: int
    country_code: str


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def pick_sample_values(database: Path) -> SampleValues:
    """The most-quoted person's surname, a middle article, a common word and the busiest country."""
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as conn:
        person_id, name = conn.execute(
            "select p.id, p.name from quote q join person p on p.id = q.speaker_person_id "
            "group by p.id order by count(*) desc, p.id limit 1"
        ).fetchone()
        (article_id,) = conn.execute(
            "select id from article order by id limit 1 offset (select count(*) / 2 from article)"
        ).fetchone()
        total = conn.execute("select count(*) from article").fetchone()[0]
        # A word in roughly a fifth to a half of the articles: a "common word", not a stop word.
        word, hits = "government", 0
        for candidate in ("officials", "plan", "government", "talks", "statement", "percent"):
            count = conn.execute(
                "select count(*) from article_fts where article_fts match ?", (f'"{candidate}"',)
            ).fetchone()[0]
            if 0.15 * total <= count <= 0.6 * total:
                word, hits = candidate, count
                break
            if count > hits:
                word, hits = candidate, count
        (country,) = conn.execute(
            "select p.country_code from article_place ap join place p on p.id = ap.place_id "
            "where p.country_code is not null group by p.country_code order by count(*) desc limit 1"
        ).fetchone()
    return SampleValues(name.split()[-1], person_id, article_id, word, hits, country)


def questions(values: SampleValues) -> list[Question]:
    """The five questions, as Byline's API asks them and as Datasette can (table path and SQL)."""
    db = DATASETTE_NAME
    surname = values.speaker_surname
    # Byline's speaker= matches the full name or the surname, case-insensitively; so does this SQL.
    quotes_by_name_sql = (
        "select q.id, q.article_id, q.text, q.kind, q.speaker_text, q.cue, q.start, q.end, "
        "q.speaker_person_id, p.name as speaker_person_name from quote q "
        "left join person p on p.id = q.speaker_person_id where q.speaker_person_id in "
        "(select id from person where normalised_name = :name or lower(name) = :name "
        "or lower(name) like '% ' || :name) order by q.id limit 50"
    )
    search_sql = (
        "select article.id, article.title, article.body, article.published_at, article.source, "
        "article.url, article.content_hash, article.topics, article.created_at from article "
        "join article_fts on article_fts.rowid = article.id where article_fts match :q "
        "order by article_fts.rank, article.id limit 50"
    )
    in_country = (
        "article_id in (select ap.article_id from article_place ap join place p on p.id = ap.place_id "
        f"where p.country_code = '{values.country_code}')"
    )
    facet_sql = (
        "select o.name as value, count(distinct ao.article_id) as count from article_organisation ao "
        f"join organisation o on o.id = ao.organisation_id where ao.{in_country} "
        "group by o.name order by count desc, o.name limit 20"
    )

    def sql(query: str, **params: str) -> str:
        return f"/{db}.json?" + urlencode({"sql": query, **params, "_shape": "objects"})

    return [
        Question("health", "/health", {"sql select 1": sql("select 1")}),
        Question(
            "quotes by speaker",
            "/v1/quotes?" + urlencode({"speaker": surname, "limit": 50}),
            {
                "table filter by id": f"/{db}/quote.json?speaker_person_id={values.speaker_person_id}"
                "&_size=50&_shape=objects&_nocount=1",
                "sql by name": sql(quotes_by_name_sql, name=surname.casefold()),
            },
        ),
        Question(
            "article detail",
            f"/v1/articles/{values.article_id}",
            {"row": f"/{db}/article/{values.article_id}.json?_shape=objects"},
        ),
        Question(
            "full-text search",
            "/v1/articles?" + urlencode({"q": values.search_word}),
            {
                "table _search": f"/{db}/article.json?"
                + urlencode(
                    {
                        "_search": values.search_word,
                        "_fts_table": "article_fts",
                        "_fts_pk": "id",
                        "_size": 50,
                        "_shape": "objects",
                        "_nocount": 1,
                    }
                ),
                "sql match": sql(search_sql, q=values.search_word),
            },
        ),
        Question(
            "faceted list",
            "/v1/articles?"
            + urlencode({"country": values.country_code, "facet": "organisation", "limit": 20}),
            {
                # Datasette cannot facet articles through a many-to-many table, so it facets the link
                # table (organisation_id, labelled by name) over the same filtered set of articles.
                "table _facet": f"/{db}/article_organisation.json?"
                + urlencode(
                    {
                        "_where": in_country,
                        "_facet": "organisation_id",
                        "_size": 20,
                        "_shape": "objects",
                        "_nocount": 1,
                    }
                ),
                "sql group by": sql(facet_sql),
            },
        ),
    ]


def _wait_until_up(url: str, process: subprocess.Popen[bytes], timeout_seconds: float = 60) -> None:
    deadline = time.monotonic() + timeout_seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with code {process.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"no answer from {url} within {timeout_seconds:.0f} s")


@contextlib.contextmanager
def running(command: list[str], *, env: dict[str, str] | None, cwd: Path, ready_url: str) -> Iterator[int]:
    """Start a server, wait for ``ready_url`` and yield its pid; stop it (and only it) afterwards."""
    log = (cwd / f"server-{time.monotonic_ns()}.log").open("wb")
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_until_up(ready_url, process)
        yield process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def check_answers(base_url: str, path: str) -> None:
    """Fail loudly before load-testing a path that does not answer 200 (wrk would time errors)."""
    try:
        with urllib.request.urlopen(base_url + path, timeout=60) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        body = exc.read().decode(errors="replace")[:500]
        raise RuntimeError(f"GET {path} answered {exc.code}: {body}") from None


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}
_LATENCY_LINE = re.compile(r"^\s*(50|75|90|99)%\s+([\d.]+)(us|ms|s|m)\s*$", re.MULTILINE)
_REQUESTS_PER_SECOND = re.compile(r"^Requests/sec:\s+([\d.]+)", re.MULTILINE)
_NON_2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
_SOCKET_ERRORS = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
_TOTAL_REQUESTS = re.compile(r"(\d+) requests in")


def parse_wrk(output: str) -> dict[str, Any]:
    """req/s, p50/p90/p99 in ms, request and error counts from ``wrk --latency`` output."""
    rate = _REQUESTS_PER_SECOND.search(output)
    if rate is None:
        raise RuntimeError(f"wrk printed no Requests/sec line:\n{output}")
    latencies = {f"p{m[0]}_ms": float(m[1]) * _UNITS[m[2]] for m in _LATENCY_LINE.findall(output)}
    non_2xx = _NON_2XX.search(output)
    socket_errors = _SOCKET_ERRORS.search(output)
    total = _TOTAL_REQUESTS.search(output)
    return {
        "requests_per_second": float(rate.group(1)),
        **latencies,
        "requests": int(total.group(1)) if total else 0,
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": sum(int(n) for n in socket_errors.groups()) if socket_errors else 0,
    }


def run_wrk(url: str, seconds: int, connections: int = WRK_CONNECTIONS) -> dict[str, Any]:
    """One wrk run. A run with no answers at all is kept (as 0 req/s) and flagged ``stalled``.

    Byline's ETag middleware checks out a pooled connection on the event loop; with more
    concurrent requests than the pool holds (5 + 10 overflow) it blocks the loop until the pool's
    30 s timeout, so a run can finish without a single response.
    """
    command = [
        "wrk",
        f"-t{min(WRK_THREADS, connections)}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "--latency",
        url,
    ]
    completed = subprocess.run(command, capture_output=True, text=True, check=True, timeout=seconds + 60)
    figures = parse_wrk(completed.stdout)
    figures["stalled"] = figures["requests"] == 0
    return figures


class PeakMemory:
    """Samples a process's RSS in the background while load runs; ``peak_bytes`` is the highest seen."""

    def __init__(self, pid: int, interval_seconds: float = 0.1) -> None:
        self.process = psutil.Process(pid)
        self.interval_seconds = interval_seconds
        self.peak_bytes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            with contextlib.suppress(psutil.Error):
                self.peak_bytes = max(self.peak_bytes, self.process.memory_info().rss)
            self._stop.wait(self.interval_seconds)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()


def best_of(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the highest throughput, with every run's figures kept alongside."""
    best = dict(max(runs, key=lambda run: run["requests_per_second"]))
    best["runs"] = runs
    return best


def datasette_copy(database: Path, folder: Path) -> Path:
    """A checkpointed copy in rollback-journal mode, which Datasette's immutable mode reads safely."""
    with contextlib.closing(sqlite3.connect(database)) as conn:
        conn.execute("pragma wal_checkpoint(truncate)")
    copy = folder / f"{DATASETTE_NAME}.db"
    shutil.copyfile(database, copy)
    with contextlib.closing(sqlite3.connect(copy)) as conn:
        conn.execute("pragma journal_mode=delete")
    return copy


def benchmark_serving(
    database: Path,
    workdir: Path,
    *,
    seconds: int,
    with_datasette: bool,
    connections: int = WRK_CONNECTIONS,
    rounds: int = ROUNDS,
    log: Any = print,
) -> dict[str, Any]:
    """Every question against Byline (and Datasette), interleaved; best of two runs each."""
    values = pick_sample_values(database)
    asked = questions(values)
    byline_port = free_port()
    byline_url = f"http://127.0.0.1:{byline_port}"
    byline_command = [
        sys.executable,
        "-m",
        "uvicorn",
        "app.main:app",
        "--host",
        "127.0.0.1",
        "--port",
        str(byline_port),
        "--log-level",
        "warning",
    ]
    datasette_port = free_port()
    datasette_url = f"http://127.0.0.1:{datasette_port}"
    copy = datasette_copy(database, workdir) if with_datasette else None
    datasette_command = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        "-i",
        str(copy),
        "--host",
        "127.0.0.1",
        "--port",
        str(datasette_port),
        "--setting",
        "suggest_facets",
        "off",
        "--setting",
        "default_page_size",
        "50",
        "--setting",
        "default_facet_size",
        "20",  # Byline's facet size
        # Datasette would cut slow queries and facets short (1 s / 200 ms) where Byline answers in
        # full; generous limits keep both doing the same work.
        "--setting",
        "sql_time_limit_ms",
        "30000",
        "--setting",
        "facet_time_limit_ms",
        "30000",
    ]
    byline_runs: dict[str, list[dict[str, Any]]] = {q.name: [] for q in asked}
    datasette_runs: dict[str, dict[str, list[dict[str, Any]]]] = {
        q.name: {label: [] for label in q.datasette_paths} for q in asked
    }
    byline_peak_rss = 0
    with contextlib.ExitStack() as servers:
        byline_pid = servers.enter_context(
            running(
                byline_command,
                env=child_environment(database),
                cwd=workdir,
                ready_url=byline_url + "/health",
            )
        )
        if copy is not None:
            servers.enter_context(
                running(
                    datasette_command, env=None, cwd=workdir, ready_url=datasette_url + "/-/versions.json"
                )
            )
        for question in asked:
            check_answers(byline_url, question.byline_path)
            if copy is not None:
                for path in question.datasette_paths.values():
                    check_answers(datasette_url, path)
        for round_number in range(1, rounds + 1):
            for question in asked:
                with PeakMemory(byline_pid) as memory:
                    byline_runs[question.name].append(
                        run_wrk(byline_url + question.byline_path, seconds, connections)
                    )
                byline_peak_rss = max(byline_peak_rss, memory.peak_bytes)
                log(
                    f"  round {round_number} byline    {question.name}: {_brief(byline_runs[question.name][-1])}"
                )
                if copy is None:
                    continue
                for label, path in question.datasette_paths.items():
                    datasette_runs[question.name][label].append(
                        run_wrk(datasette_url + path, seconds, connections)
                    )
                    log(
                        f"  round {round_number} datasette {question.name} ({label}): "
                        f"{_brief(datasette_runs[question.name][label][-1])}"
                    )
    return {
        "sample_values": {
            "speaker_surname": values.speaker_surname,
            "speaker_person_id": values.speaker_person_id,
            "article_id": values.article_id,
            "search_word": values.search_word,
            "search_hits": values.search_hits,
            "country_code": values.country_code,
        },
        "wrk": {
            "threads": min(WRK_THREADS, connections),
            "connections": connections,
            "seconds": seconds,
            "rounds": rounds,
        },
        "byline_peak_rss_bytes": byline_peak_rss,
        "questions": {
            q.name: {
                "byline_path": q.byline_path,
                "byline": best_of(byline_runs[q.name]),
                "datasette": {
                    label: {"path": path, **best_of(datasette_runs[q.name][label])}
                    for label, path in q.datasette_paths.items()
                }
                if copy is not None
                else {},
            }
            for q in asked
        },
    }


def _brief(run: dict[str, Any]) -> str:
    return f"{run['requests_per_second']:.0f} req/s, p50 {run['p50_ms']:.2f} ms, p99 {run['p99_ms']:.2f} ms"
