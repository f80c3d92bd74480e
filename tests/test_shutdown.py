"""Graceful shutdown: on SIGTERM `byline serve` refuses new connections, finishes what is in flight, exits 0.

The request in flight is a CSV export of about 11 MB read by a client that pauses after the first
bytes. The kernel holds at most a few megabytes of it (the server socket's send buffer, 4 MB at
most under Linux's default tcp_wmem, plus the client's small receive buffer), so the server is
still mid-response, waiting on the client, when the signal arrives, however fast the machine.
"""

from __future__ import annotations

import csv
import io
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy.engine import Engine

from app.config import Settings
from app.models import ARTICLE

ARTICLES = 1200
BODY_WORDS = 1600  # about 9.5 KB a body: an 11 MB export
EXPORT = "/v1/articles?format=csv&fields=id,title,body&sort=id"
BOUND = 60.0  # generous bound on each wait: the checks are about what happens, not how fast


def add_articles(engine: Engine) -> None:
    words = ["minister", "said", "the", "talks", "on", "trade", "and", "security", "would", "continue"]
    with engine.begin() as conn:
        conn.execute(
            ARTICLE.insert(),
            [
                {
                    "title": f"Story {n}",
                    "body": " ".join(words[(n + i) % len(words)] for i in range(BODY_WORDS)),
                    "content_hash": f"{n:064x}",
                    "topics": [],
                    "created_at": datetime(2025, 1, 1),
                }
                for n in range(ARTICLES)
            ],
        )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _refuses_connections(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except ConnectionRefusedError:
        return True
    return False


@contextmanager
def serving(settings: Settings, tmp_path: Path, **env: str) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """`python -m app serve` on a free port; yields the process and its base URL once it answers."""
    port = _free_port()
    log = (tmp_path / "serve.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--port", str(port)],
        env={**os.environ, "DATABASE_URL": settings.database_url, **env},
        cwd=tmp_path,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + BOUND
        while True:
            assert process.poll() is None, (tmp_path / "serve.log").read_text()
            assert time.monotonic() < deadline, "the server did not start"
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        yield process, url
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=BOUND)
        log.close()


def slow_reader() -> httpx.Client:
    # Linux would let a loopback receive buffer grow to tens of megabytes and take in the whole
    # export; a fixed 128 KB one keeps the server's answer waiting on this client.
    small_window = [(socket.SOL_SOCKET, socket.SO_RCVBUF, 128 * 1024)]
    return httpx.Client(transport=httpx.HTTPTransport(socket_options=small_window), timeout=BOUND)


def test_sigterm_finishes_the_request_in_flight_refuses_new_ones_and_exits_0(
    settings: Settings, engine: Engine, tmp_path: Path
) -> None:
    add_articles(engine)
    with serving(settings, tmp_path) as (server, url), slow_reader() as client:
        with client.stream("GET", url + EXPORT, headers={"Accept-Encoding": "identity"}) as export:
            assert export.status_code == 200
            chunks = export.iter_bytes()
            received = next(chunks)  # the export is under way

            server.send_signal(signal.SIGTERM)
            deadline = time.monotonic() + BOUND
            while not _refuses_connections(int(url.rsplit(":", 1)[1])):
                assert time.monotonic() < deadline, "the server still accepts connections after SIGTERM"
                time.sleep(0.05)
            assert server.poll() is None, "the server exited with a request in flight"

            received += b"".join(chunks)  # the rest of the export, to its last byte
        assert server.wait(timeout=BOUND) == 0
    rows = list(csv.DictReader(io.StringIO(received.decode())))
    assert len(rows) == ARTICLES
    assert [int(row["id"]) for row in rows] == sorted(int(row["id"]) for row in rows)
    assert rows[-1]["title"] == f"Story {ARTICLES - 1}"
    assert "Waiting for connections to close" in (tmp_path / "serve.log").read_text()


def test_a_request_outlasting_the_shutdown_timeout_is_cut_and_the_server_still_exits_0(
    settings: Settings, engine: Engine, tmp_path: Path
) -> None:
    add_articles(engine)
    with (
        serving(settings, tmp_path, BYLINE_SHUTDOWN_TIMEOUT="1") as (server, url),
        slow_reader() as client,
        client.stream("GET", url + EXPORT, headers={"Accept-Encoding": "identity"}) as export,
    ):
        assert export.status_code == 200
        chunks = export.iter_bytes()
        next(chunks)
        server.send_signal(signal.SIGTERM)
        # This client never reads on: after the shutdown timeout the server gives up on it.
        assert server.wait(timeout=BOUND) == 0
        with pytest.raises(httpx.HTTPError):  # the answer stops short of its end
            b"".join(chunks)
    assert "timeout graceful shutdown exceeded" in (tmp_path / "serve.log").read_text()


def test_serve_logs_each_request_once(settings: Settings, engine: Engine, tmp_path: Path) -> None:
    with serving(settings, tmp_path) as (server, url):
        assert httpx.get(f"{url}/v1/articles?limit=1", timeout=BOUND).status_code == 200
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=BOUND) == 0
    lines = [line for line in (tmp_path / "serve.log").read_text().splitlines() if "/v1/articles" in line]
    assert len(lines) == 1, lines
    assert "200" in lines[0]
