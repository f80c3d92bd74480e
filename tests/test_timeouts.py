"""A slow or silent client cannot hold a connection, and a slow read is answered rather than left hanging.

A real uvicorn server (with the options ``byline serve`` uses) on a free loopback port. The slow
clients are raw sockets that dribble a request a byte at a time: each must be answered 408 and
disconnected, while an ordinary client on the same server is served. A client that sends nothing,
one that sends an oversized head (431) and one that stops reading its answer are let go of too;
a read that cannot start its answer in time gets a 503 problem.
"""

from __future__ import annotations

import contextlib
import gc
import json
import select
import socket
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
import psutil
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy.engine import Engine

from app.api import create_app
from app.api.timeouts import LimitedH11Protocol, LimitedHttpProtocol, RequestReadLimits, server_options
from app.config import Settings
from tests.conftest import served_in_thread
from tests.test_bounded_work import add_articles_for_a_slow_search
from tests.test_shutdown import EXPORT, add_articles, slow_reader

READ_TIMEOUT = 1.0  # seconds a request may take to arrive, on the test server
MAX_HEADER_BYTES = 8192
# Generous: the check is that the server closes the connection, not how fast it does.
GIVE_UP_AFTER = 20.0
API_KEY = "test-key"
SLOW_HEAD = b"GET /v1/articles HTTP/1.1\r\nHost: test\r\nX-Slow: " + b"a" * 2000 + b"\r\n\r\n"


@dataclass
class Dribbled:
    status: int | None  # the status the server answered with, if any
    problem: dict[str, Any] | None  # its problem document
    closed: bool  # the server closed the connection (rather than holding it)
    seconds: float  # from connecting until then


def _answer(raw: bytes) -> tuple[int | None, dict[str, Any] | None]:
    if not raw:
        return None, None
    head, _, body = raw.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    content_type = [line for line in head.lower().split(b"\r\n") if line.startswith(b"content-type:")]
    is_problem = content_type and b"application/problem+json" in content_type[0]
    return status, json.loads(body) if is_problem else None


def dribble(url: str, first: bytes, then: bytes, *, every: float = 0.1) -> Dribbled:
    """Send ``first`` at once, then ``then`` a byte every ``every`` seconds, until the server hangs up."""
    address = urlsplit(url)
    assert address.hostname and address.port
    with socket.create_connection((address.hostname, address.port)) as sock:
        started = time.monotonic()
        sock.sendall(first)
        received = b""
        pending = iter(then)
        while time.monotonic() - started < GIVE_UP_AFTER:
            readable, _, _ = select.select([sock], [], [], every)
            if readable:  # read whatever came before sending again, so a reset cannot swallow it
                try:
                    chunk = sock.recv(65536)
                except ConnectionResetError:
                    chunk = b""
                if not chunk:
                    return Dribbled(*_answer(received), closed=True, seconds=time.monotonic() - started)
                received += chunk
                continue
            byte = next(pending, None)
            if byte is not None:
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    sock.sendall(bytes([byte]))  # if closed by the server, the next read says so
        return Dribbled(*_answer(received), closed=False, seconds=GIVE_UP_AFTER)


@pytest.fixture
def limited(settings: Settings, newsroom: object) -> Settings:
    return settings.model_copy(
        update={
            "request_read_timeout": READ_TIMEOUT,
            "max_header_bytes": MAX_HEADER_BYTES,
            "api_key": SecretStr(API_KEY),
        }
    )


def _serve(
    settings: Settings, protocol: type[RequestReadLimits] = LimitedHttpProtocol
) -> contextlib.AbstractContextManager[str]:
    return served_in_thread(create_app(settings), **server_options(settings, protocol=protocol))


@pytest.fixture
def server_url(limited: Settings) -> Iterator[str]:
    with _serve(limited) as url:
        yield url


def test_clients_dribbling_their_headers_are_answered_408_and_cut_off_while_others_are_served(
    server_url: str,
) -> None:
    served: list[int] = []
    with ThreadPoolExecutor(max_workers=4) as pool:
        slow = [pool.submit(dribble, server_url, b"", SLOW_HEAD) for _ in range(4)]
        with httpx.Client(base_url=server_url, timeout=10) as client:
            while not all(s.done() for s in slow):
                served.append(client.get("/v1/articles", params={"limit": 2}).status_code)
                time.sleep(0.05)
        dribbled = [s.result() for s in slow]
    assert served and set(served) == {200}, served
    for outcome in dribbled:
        assert outcome.closed, f"the server held a dribbling connection for {GIVE_UP_AFTER}s"
        assert outcome.status == 408
        assert outcome.problem is not None
        assert outcome.problem["type"] == "/problems/request-timeout"
        assert outcome.problem["status"] == 408
        assert "did not arrive whole within 1 seconds" in outcome.problem["detail"]
    slowest = max(outcome.seconds for outcome in dribbled)
    print(
        f"\n{len(dribbled)} dribbling clients cut off within {slowest:.2f}s of connecting (limit {READ_TIMEOUT}s);"
    )
    print(f"{len(served)} ordinary requests served meanwhile, all 200")


def test_a_client_still_sending_after_its_deadline_gets_its_408_rather_than_a_reset(server_url: str) -> None:
    # The client writes on past the deadline without reading. Were the server to close at once,
    # those late bytes would make the kernel answer with a reset, which throws away the 408
    # waiting unread on the client's side; the server stops writing but reads on instead.
    address = urlsplit(server_url)
    assert address.hostname and address.port
    with socket.create_connection((address.hostname, address.port)) as sock:
        sock.sendall(SLOW_HEAD[:40])
        time.sleep(READ_TIMEOUT + 0.5)  # the 408 has been written by now
        for byte in SLOW_HEAD[40:60]:
            sock.sendall(bytes([byte]))
            time.sleep(0.01)
        time.sleep(0.2)
        sock.settimeout(GIVE_UP_AFTER)
        received = b""
        while chunk := sock.recv(65536):  # a reset raises here
            received += chunk
    status, problem = _answer(received)
    assert status == 408
    assert problem is not None and problem["type"] == "/problems/request-timeout"


def test_a_client_dribbling_its_body_is_answered_408_and_cut_off(server_url: str, engine: Engine) -> None:
    head = (
        "POST /v1/articles HTTP/1.1\r\nHost: test\r\n"
        f"Authorization: Bearer {API_KEY}\r\nContent-Type: text/plain\r\nContent-Length: 400\r\n\r\n"
    ).encode()
    outcome = dribble(server_url, head, b"x" * 400)
    assert outcome.closed
    assert outcome.status == 408
    assert outcome.problem is not None and outcome.problem["type"] == "/problems/request-timeout"
    # Nothing was stored, and the server goes on answering.
    assert httpx.get(f"{server_url}/v1/stats").json()["counts"]["articles"] == 3


def test_a_connection_that_sends_nothing_is_closed(server_url: str) -> None:
    outcome = dribble(server_url, b"", b"")
    assert outcome.closed
    assert outcome.status is None  # nothing was asked, so nothing is answered


def test_a_body_still_dribbling_after_its_answer_is_cut_off(server_url: str) -> None:
    # No API key: answered 401 at once, but the client keeps sending the body it announced.
    head = (
        b"POST /v1/articles HTTP/1.1\r\nHost: test\r\nContent-Type: text/plain\r\nContent-Length: 400\r\n\r\n"
    )
    outcome = dribble(server_url, head, b"x" * 400)
    assert outcome.closed
    assert outcome.status == 401  # the one answer it asked for; no second, unasked-for 408


def test_an_oversized_request_head_is_answered_431(server_url: str) -> None:
    head = b"GET /v1/articles HTTP/1.1\r\nHost: test\r\nX-Big: " + b"a" * (2 * MAX_HEADER_BYTES) + b"\r\n\r\n"
    outcome = dribble(server_url, head, b"")
    assert outcome.closed
    assert outcome.status == 431
    assert outcome.problem is not None
    assert outcome.problem["type"] == "/problems/request-header-fields-too-large"


def test_the_h11_protocol_cuts_off_a_dribbled_head_too(limited: Settings) -> None:
    # uvicorn serves with h11 where httptools is not installed: the same limits hold there.
    with _serve(limited, protocol=LimitedH11Protocol) as url:
        outcome = dribble(url, b"", SLOW_HEAD)
        assert httpx.get(f"{url}/health").status_code == 200
    assert outcome.closed
    assert outcome.status == 408


def _holds(server_url: str, client_port: int) -> bool:
    """Whether the server (served in this process) still has its end of the client's connection."""
    server_port = urlsplit(server_url).port
    return any(
        c.laddr and c.raddr and c.laddr.port == server_port and c.raddr.port == client_port
        for c in psutil.Process().net_connections(kind="tcp")
    )


def test_a_client_that_stops_reading_its_answer_is_disconnected(limited: Settings, engine: Engine) -> None:
    add_articles(engine)  # an export far larger than the socket buffers can hold
    limited = limited.model_copy(update={"send_timeout": 0.5})
    with _serve(limited) as url, slow_reader() as client:
        with client.stream("GET", url + EXPORT, headers={"Accept-Encoding": "identity"}) as export:
            assert export.status_code == 200
            chunks = export.iter_bytes()
            next(chunks)  # … and then this client reads no more
            client_port = export.extensions["network_stream"].get_extra_info("socket").getsockname()[1]
            deadline = time.monotonic() + GIVE_UP_AFTER
            while _holds(url, client_port):
                assert time.monotonic() < deadline, "the server held a connection that read nothing"
                time.sleep(0.05)
            with pytest.raises(httpx.HTTPError):  # the answer was cut short
                b"".join(chunks)
        assert httpx.get(f"{url}/v1/articles", params={"limit": 1}).status_code == 200
    # The abandoned export's row generator (and its database connection) is closed only when it is
    # collected: Starlette does not close a sync iterator whose stream was cancelled. Collect it
    # now, while its database still exists.
    gc.collect()


def test_a_read_whose_answer_does_not_start_in_time_gets_a_503_problem(
    settings: Settings, engine: Engine
) -> None:
    # The statement time limit is far above the response time limit, so the response limit is
    # what answers the client (and the statement limit then ends the abandoned query).
    limited = settings.model_copy(update={"statement_timeout_ms": 1000, "request_timeout": 0.1})
    with TestClient(create_app(limited)) as client:
        with _a_slow_read(engine) as (path, params):
            response = client.get(path, params=params)
        assert response.status_code == 503, response.text[:300]
        assert response.headers["content-type"] == "application/problem+json"
        assert response.headers["retry-after"] == "1"
        assert response.headers["cache-control"] == "no-store"
        assert response.json()["type"] == "/problems/response-timeout"
        assert client.get("/v1/articles", params={"limit": 1}).status_code == 200  # still serving


@contextlib.contextmanager
def _a_slow_read(engine: Engine) -> Iterator[tuple[str, dict[str, Any]]]:
    """A read that takes far longer than 0.1 s, and the request that makes it.

    SQLite: a search slow on purpose (about a second: many prefixes over many distinct words).
    PostgreSQL answers that search from its stored index in tens of milliseconds, so there the
    read is held up the way a real one can be: by a schema change holding the table's lock.
    """
    if engine.dialect.name != "postgresql":
        yield "/v1/articles", add_articles_for_a_slow_search(engine)
        return
    with engine.connect() as conn:
        conn.exec_driver_sql("LOCK TABLE article IN ACCESS EXCLUSIVE MODE")  # held until rollback
        try:
            yield "/v1/articles", {"limit": 1}
        finally:
            conn.rollback()
