"""Load-test Byline's API (on SQLite and PostgreSQL) and Datasette (on the SQLite file) with wrk.

The servers answer the same questions over databases filled from the same corpus, interleaved
A B C A B C so that they share the machine's noise alike.
"""

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
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import psutil
from sqlalchemy import text

from app.services.search import TS_CONFIG, tsvector_sql
from bench.databases import SQLITE, BenchDatabase
from bench.importing import child_environment

WRK_THREADS = 2
WRK_CONNECTIONS = 32  # the load the performance targets are set at
ROUNDS = 2  # A B C A B C: each server is measured twice, the better run is kept
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


def _search_hits_sql(backend: str) -> str:
    """How many articles match one word, the way Byline's search matches it on ``backend``."""
    if backend == SQLITE:
        return "select count(*) from article_fts where article_fts match :word"
    # The expression the GIN index is built on, so the count uses the index.
    return (
        f"select count(*) from article where ({tsvector_sql('article')}) @@ to_tsquery('{TS_CONFIG}', :word)"
    )


def pick_sample_values(database: BenchDatabase) -> SampleValues:
    """The most-quoted person's surname, a middle article, a common word and the busiest country.

    Ties are broken by name, not id, so both backends pick the same values from the same corpus
    (PostgreSQL's sequences may skip ids where SQLite's do not).
    """
    engine = database.read_engine()
    try:
        with engine.connect() as conn:
            person_id, name = conn.execute(
                text(
                    "select p.id, p.name from quote q join person p on p.id = q.speaker_person_id "
                    "group by p.id, p.name order by count(*) desc, p.name limit 1"
                )
            ).one()
            total = conn.execute(text("select count(*) from article")).scalar_one()
            article_id = conn.execute(
                text("select id from article order by id limit 1 offset :middle"), {"middle": total // 2}
            ).scalar_one()
            # A word in roughly a fifth to a half of the articles: a "common word", not a stop word.
            word, hits = "government", 0
            for candidate in ("officials", "plan", "government", "talks", "statement", "percent"):
                quoted = f'"{candidate}"' if database.backend == SQLITE else candidate
                count = conn.execute(text(_search_hits_sql(database.backend)), {"word": quoted}).scalar_one()
                if 0.15 * total <= count <= 0.6 * total:
                    word, hits = candidate, count
                    break
                if count > hits:
                    word, hits = candidate, count
            country = conn.execute(
                text(
                    "select p.country_code from article_place ap join place p on p.id = ap.place_id "
                    "where p.country_code is not null group by p.country_code "
                    "order by count(*) desc, p.country_code limit 1"
                )
            ).scalar_one()
    finally:
        engine.dispose()
    return SampleValues(name.split()[-1], int(person_id), int(article_id), word, int(hits), country)


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
    search_newest_sql = (
        "select article.id, article.title, article.body, article.published_at, article.source, "
        "article.url, article.content_hash, article.topics, article.created_at from article "
        "where article.id in (select rowid from article_fts where article_fts match :q) "
        "order by article.published_at desc, article.id desc limit 50"
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
        # The same search in the order Datasette's table view can give it cheaply (a column, not
        # relevance), so the two are compared on one question rather than ranked against unranked.
        Question(
            "search, newest first",
            "/v1/articles?" + urlencode({"q": values.search_word, "sort": "-published_at"}),
            {
                "table _search": f"/{db}/article.json?"
                + urlencode(
                    {
                        "_search": values.search_word,
                        "_fts_table": "article_fts",
                        "_fts_pk": "id",
                        "_sort_desc": "published_at",
                        "_size": 50,
                        "_shape": "objects",
                        "_nocount": 1,
                    }
                ),
                "sql match": sql(search_newest_sql, q=values.search_word),
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

    A server whose event loop blocks (say, on a database pool with more concurrent requests than
    connections) can finish a run without a single response; the table shows that rather than
    failing the whole benchmark.
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


@dataclass(frozen=True, slots=True)
class ServerUnderTest:
    """One server in the interleaved runs: how to start it, and its path for each question."""

    key: str  # a backend name for Byline, DATASETTE for Datasette
    label: str  # for the progress log
    command: list[str]
    env: dict[str, str] | None
    ready_path: str
    port: int
    paths: dict[str, dict[str, str]]  # question → (way of asking → path); Byline asks each one way
    database: BenchDatabase | None = None  # a server database whose queries may outlive a run

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


DATASETTE = "datasette"
BYLINE_WAY = "api"  # Byline's one way of asking each question


def byline_server(database: BenchDatabase, asked: list[Question]) -> ServerUnderTest:
    """Byline's own server (one uvicorn process, the settings' defaults) over ``database``."""
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", str(port)]
    return ServerUnderTest(
        key=database.backend,
        label=f"byline {database.backend}",
        command=[*command, "--log-level", "warning"],
        env=child_environment(database),
        ready_path="/health",
        port=port,
        paths={q.name: {BYLINE_WAY: q.byline_path} for q in asked},
        database=database,
    )


def datasette_server(copy: Path, asked: list[Question]) -> ServerUnderTest:
    """Datasette over a SQLite file (the only kind of database it serves), configured like Byline."""
    port = free_port()
    settings = {
        "suggest_facets": "off",
        "default_page_size": "50",
        "default_facet_size": "20",  # Byline's facet size
        # Datasette would cut slow queries and facets short (1 s / 200 ms) where Byline answers in
        # full; generous limits keep both doing the same work.
        "sql_time_limit_ms": "30000",
        "facet_time_limit_ms": "30000",
    }
    command = [sys.executable, "-m", "datasette", "serve", "-i", str(copy), "--host", "127.0.0.1"]
    command += ["--port", str(port)]
    for name, value in settings.items():
        command += ["--setting", name, value]
    return ServerUnderTest(
        key=DATASETTE,
        label=DATASETTE,
        command=command,
        env=None,
        ready_path="/-/versions.json",
        port=port,
        paths={q.name: dict(q.datasette_paths) for q in asked},
    )


SETTLE_LIMIT_SECONDS = 35.0  # past the default statement timeout (30 s): every abandoned query has ended
IDLE_CPU_PERCENT = 10.0


def settle(server: ServerUnderTest, pid: int, log: Callable[[str], None]) -> None:
    """Wait until ``server`` has finished the requests wrk abandoned at the end of its run.

    wrk closes its connections when the time is up, but the server (and PostgreSQL) go on
    answering what was already asked; a slow question would otherwise eat into the next
    server's run. Idle means the process uses almost no CPU and its database runs no query.
    """
    process = psutil.Process(pid)
    deadline = time.monotonic() + SETTLE_LIMIT_SECONDS
    while time.monotonic() < deadline:
        try:
            busy = process.cpu_percent(interval=0.25) > IDLE_CPU_PERCENT
        except psutil.Error:
            return  # the server has gone; starting the next run will say so
        if not busy and (server.database is None or server.database.active_queries() == 0):
            return
    log(f"  {server.label} still busy {SETTLE_LIMIT_SECONDS:.0f} s after its run; going on")


def benchmark_serving(
    databases: dict[str, BenchDatabase],
    workdir: Path,
    *,
    seconds: int,
    with_datasette: bool,
    connections: int = WRK_CONNECTIONS,
    rounds: int = ROUNDS,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Every question against Byline on each backend's database (and Datasette), interleaved.

    ``databases`` holds one database per backend, all filled from the same corpus. In each round
    every server answers a question before the next question is asked (A B C, A B C), so the
    servers share the machine's good and bad moments alike; the best of the rounds is kept.
    Datasette serves only SQLite files, so it runs only when there is a SQLite database.
    """
    values = {backend: pick_sample_values(database) for backend, database in databases.items()}
    servers = [byline_server(database, questions(values[b])) for b, database in databases.items()]
    sqlite_database = databases.get(SQLITE)
    if with_datasette and sqlite_database is not None and sqlite_database.path is not None:
        copy = datasette_copy(sqlite_database.path, workdir)
        servers.append(datasette_server(copy, questions(values[SQLITE])))
    question_names = [q.name for q in questions(next(iter(values.values())))]
    runs: dict[str, dict[str, dict[str, list[dict[str, Any]]]]] = {
        server.key: {name: {way: [] for way in server.paths[name]} for name in question_names}
        for server in servers
    }
    peak_rss: dict[str, int] = dict.fromkeys((server.key for server in servers), 0)
    with contextlib.ExitStack() as running_servers:
        pids = {
            server.key: running_servers.enter_context(
                running(
                    server.command, env=server.env, cwd=workdir, ready_url=server.base_url + server.ready_path
                )
            )
            for server in servers
        }
        for server in servers:
            for ways in server.paths.values():
                for path in ways.values():
                    check_answers(server.base_url, path)
        for round_number in range(1, rounds + 1):
            for name in question_names:
                for server in servers:
                    for way, path in server.paths[name].items():
                        with PeakMemory(pids[server.key]) as memory:
                            run = run_wrk(server.base_url + path, seconds, connections)
                        settle(server, pids[server.key], log)
                        peak_rss[server.key] = max(peak_rss[server.key], memory.peak_bytes)
                        runs[server.key][name][way].append(run)
                        shown = "" if way == BYLINE_WAY else f" ({way})"
                        log(f"  round {round_number} {server.label:<17} {name}{shown}: {_brief(run)}")
    results: dict[str, Any] = {
        "wrk": {
            "threads": min(WRK_THREADS, connections),
            "connections": connections,
            "seconds": seconds,
            "rounds": rounds,
        },
        "byline": {},
    }
    for server in servers:
        if server.key == DATASETTE:
            results[DATASETTE] = {
                "database": SQLITE,  # the SQLite file, whichever backends Byline was measured on
                "peak_rss_bytes": peak_rss[DATASETTE],
                "questions": {
                    name: {
                        way: {"path": path, **best_of(runs[DATASETTE][name][way])}
                        for way, path in ways.items()
                    }
                    for name, ways in server.paths.items()
                },
            }
            continue
        results["byline"][server.key] = {
            "sample_values": asdict(values[server.key]),
            "peak_rss_bytes": peak_rss[server.key],
            "questions": {
                name: {"path": ways[BYLINE_WAY], **best_of(runs[server.key][name][BYLINE_WAY])}
                for name, ways in server.paths.items()
            },
        }
    return results


def _brief(run: dict[str, Any]) -> str:
    return f"{run['requests_per_second']:.0f} req/s, p50 {run['p50_ms']:.2f} ms, p99 {run['p99_ms']:.2f} ms"
