"""Limits on a request's time, so a slow or silent client cannot hold a connection or a worker.

Two layers, because an ASGI application only sees a request once its whole head has arrived:

* :class:`RequestReadLimits`, mixed into uvicorn's own HTTP protocols: a request — request line,
  headers and body — must arrive whole within ``read_timeout`` seconds of its first byte (or of the
  connection opening); past that the server answers 408 and closes the connection. A head larger
  than ``max_head_bytes`` is answered 431. A client that stops reading its answer for
  ``send_timeout`` seconds is disconnected. uvicorn has none of these by itself: its keep-alive
  timer stops at a request's first byte, so a client sending one byte every few seconds
  (slowloris) would hold the connection for ever, a silent new connection is never closed, and
  a client that never reads holds its request's worker and database connection for ever.
* :class:`ResponseTimeoutMiddleware` (plain ASGI): a read whose response has not started
  ``seconds`` after its request arrived is answered 503 with ``Retry-After`` instead of hanging.

:func:`server_options` turns the settings into uvicorn's keyword arguments; ``byline serve`` and
the tests use it alike.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
from http import HTTPStatus
from typing import Any, cast

from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from app.api.errors import PROBLEM_MEDIA_TYPE, PROBLEM_TYPE_BASE, problem
from app.config import Settings

log = logging.getLogger("app.timeouts")

# After answering 408/431 the server stops writing but keeps reading (and discarding) for up to
# this long before closing. Closing a socket with unread input makes the kernel send a reset,
# and a reset can destroy the answer in the client's receive buffer before it is read — the
# client would see "connection reset" instead of the 408 (the lingering close of Apache and nginx).
LINGER_SECONDS = 2.0


def _raw_problem(status: int, *, slug: str, detail: str) -> bytes:
    """A whole HTTP/1.1 response carrying a problem document, written straight to the socket."""
    phrase = HTTPStatus(status).phrase
    body = json.dumps(
        {"type": PROBLEM_TYPE_BASE + slug, "title": phrase, "status": status, "detail": detail}
    ).encode()
    head = (
        f"HTTP/1.1 {status} {phrase}\r\n"
        f"content-type: {PROBLEM_MEDIA_TYPE}\r\n"
        f"content-length: {len(body)}\r\n"
        "cache-control: no-store\r\n"
        "connection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


class RequestReadLimits(asyncio.Protocol):
    """Deadline and head-size cap for requests arriving on one connection.

    Put before a uvicorn HTTP protocol in the bases. The deadline starts when the connection
    opens and again at the first byte of each later request; it stops once the request is whole
    (the application then has it, and :class:`ResponseTimeoutMiddleware` takes over). Between
    requests uvicorn's keep-alive timer decides how long an idle connection stays.
    """

    # Provided by the uvicorn protocol this is mixed into.
    transport: asyncio.Transport
    loop: asyncio.AbstractEventLoop
    cycle: Any  # the latest request's request/response cycle; None until a first head arrives

    def __init__(
        self, *args: Any, read_timeout: float, send_timeout: float, max_head_bytes: int, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.read_timeout = read_timeout
        self.send_timeout = send_timeout
        self.max_head_bytes = max_head_bytes
        self._deadline: asyncio.TimerHandle | None = None
        self._send_stall: asyncio.TimerHandle | None = None
        self._head_bytes = 0  # bytes received since the last complete head
        self._any_bytes = False
        self._linger: asyncio.TimerHandle | None = None  # set once answered and closing

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        self._arm()  # a connection that never sends a byte is closed too

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        self._writing_resumed()
        if self._linger is not None:
            self._linger.cancel()
        super().connection_lost(exc)

    def pause_writing(self) -> None:
        # The client is not taking the answer as fast as it is written: give it send_timeout.
        super().pause_writing()
        self._writing_resumed()
        self._send_stall = self.loop.call_later(self.send_timeout, self._send_stalled)

    def resume_writing(self) -> None:
        self._writing_resumed()
        super().resume_writing()

    def _writing_resumed(self) -> None:
        if self._send_stall is not None:
            self._send_stall.cancel()
            self._send_stall = None

    def _send_stalled(self) -> None:
        self._send_stall = None
        peer = self.transport.get_extra_info("peername")
        log.warning("closed a connection from %s: it read nothing for %ss", peer, self.send_timeout)
        self.transport.abort()  # close() would wait to flush what this client is not reading

    def data_received(self, data: bytes) -> None:
        if self._linger is not None:
            return  # answered and closing: what the client still sends is discarded
        self._any_bytes = True
        if self._deadline is None:
            self._arm()  # this byte starts a request
        before = self.cycle
        in_body = before is not None and before.more_body
        super().data_received(data)
        if self.transport.is_closing():
            self._disarm()
            return
        if self.cycle is not before:
            self._head_bytes = 0  # a head arrived whole
        elif not in_body:
            self._head_bytes += len(data)
            if self._head_bytes > self.max_head_bytes:
                self._refuse(431, "request-header-fields-too-large", f"over {self.max_head_bytes:,} bytes")
                return
        if self._request_whole():
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()  # type: ignore[misc]
        # A client still sending the body of a request already answered keeps its deadline.
        if self.cycle is None or not self.cycle.more_body:
            self._disarm()

    def _request_whole(self) -> bool:
        cycle = self.cycle
        return cycle is not None and not cycle.more_body and not cycle.response_complete

    def _arm(self) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(self.read_timeout, self._read_timed_out)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _read_timed_out(self) -> None:
        self._deadline = None
        if self.transport.is_closing() or self.transport.get_protocol() is not self:
            return
        cycle = self.cycle
        if cycle is None:
            answer = self._any_bytes  # a silent connection gets no answer, it is just closed
        elif cycle.response_complete:
            answer = not cycle.more_body  # bytes of a new head, not the tail of an answered body
        else:
            answer = not cycle.response_started
        peer = self.transport.get_extra_info("peername")
        log.warning("closed a connection from %s: no whole request within %ss", peer, self.read_timeout)
        if answer:
            detail = f"the request did not arrive whole within {self.read_timeout:g} seconds"
            self._answer_and_close(_raw_problem(408, slug="request-timeout", detail=detail))
        else:
            self.transport.close()

    def _refuse(self, status: int, slug: str, detail: str) -> None:
        self._disarm()
        log.warning("refused a request head %s", detail)
        self._answer_and_close(_raw_problem(status, slug=slug, detail=f"the request head is {detail}"))

    def _answer_and_close(self, answer: bytes) -> None:
        """Write ``answer``, stop writing, and close once the client hangs up or the linger ends.

        (uvicorn's protocols return None from ``eof_received``, so the transport closes itself
        when the client's end of stream arrives.)
        """
        self.transport.write(answer)
        if not self.transport.can_write_eof():
            self.transport.close()
            return
        self.transport.write_eof()  # the client reads the answer, then end of stream
        self._linger = self.loop.call_later(LINGER_SECONDS, self.transport.close)


class HeadTooLarge:
    """The ASGI answer to a request whose head arrived whole but over the size limit: 431, then close."""

    def __init__(self, max_head_bytes: int) -> None:
        self.max_head_bytes = max_head_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        log.warning("refused a request head over %s bytes", f"{self.max_head_bytes:,}")
        await problem(
            431,
            detail=f"the request head is over {self.max_head_bytes:,} bytes",
            type_=PROBLEM_TYPE_BASE + "request-header-fields-too-large",
            headers={"Connection": "close", "Cache-Control": "no-store"},
            instance=scope["path"],
        )(scope, receive, send)


class LimitedH11Protocol(RequestReadLimits, H11Protocol):
    """uvicorn's h11 protocol with the request read limits (h11 itself caps the head: 400 past it)."""


try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # httptools comes with uvicorn[standard]; without it, h11 serves
    LimitedHttpProtocol: type[RequestReadLimits] = LimitedH11Protocol
else:

    class LimitedHttpToolsProtocol(RequestReadLimits, HttpToolsProtocol):
        """uvicorn's httptools protocol (its default when installed) with the request read limits.

        httptools has no limit on a head's size; the parser's callbacks measure each head, and
        one over ``max_head_bytes`` is answered by :class:`HeadTooLarge` instead of the app.
        """

        _head_size = 0

        def on_message_begin(self) -> None:
            self._head_size = 0
            super().on_message_begin()

        def on_url(self, url: bytes) -> None:
            self._head_size += len(url)
            super().on_url(url)

        def on_header(self, name: bytes, value: bytes) -> None:
            self._head_size += len(name) + len(value) + 4  # "name: value\r\n"
            super().on_header(name, value)

        def on_headers_complete(self) -> None:
            if self._head_size <= self.max_head_bytes:
                super().on_headers_complete()
                return
            app, self.app = self.app, HeadTooLarge(self.max_head_bytes)
            try:
                super().on_headers_complete()  # the request is queued with HeadTooLarge as its app
            finally:
                self.app = app

    LimitedHttpProtocol = LimitedHttpToolsProtocol


def server_options(
    settings: Settings, *, protocol: type[RequestReadLimits] = LimitedHttpProtocol
) -> dict[str, Any]:
    """uvicorn keyword arguments for the connection limits in ``settings``."""
    # uvicorn calls `http` with its own keyword arguments; a partial of a module-level class
    # also pickles, so the worker processes of `--workers N` get the same limits.
    http = functools.partial(
        protocol,
        read_timeout=settings.request_read_timeout,
        send_timeout=settings.send_timeout,
        max_head_bytes=settings.max_header_bytes,
    )
    return {
        "http": cast(type[asyncio.Protocol], http),
        "timeout_keep_alive": settings.keep_alive_timeout,
        "timeout_graceful_shutdown": settings.shutdown_timeout,
        "h11_max_incomplete_event_size": settings.max_header_bytes,
    }


class ResponseTimeoutMiddleware:
    """503 problem, with ``Retry-After``, for a read whose response has not started within ``seconds``.

    Only reads (GET, HEAD) are cut off: a write answered 503 that then commits anyway would
    tell its client the opposite of what happened; writes are bounded by the body size instead.
    Once a response has started (a long export streaming) it is left to finish; each of its
    queries has the statement time limit. The abandoned work is cancelled, and a query it is
    running still ends at the statement time limit. A request whose client went away before
    its body arrived (or was cut off at the read deadline) ends quietly, not as a server error.
    """

    def __init__(self, app: ASGIApp, *, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            if scope["method"] in ("GET", "HEAD") and self.seconds > 0:
                await self._answer_in_time(scope, receive, send)
            else:
                await self.app(scope, receive, send)
        except ClientDisconnect:
            # The client went away mid-body, or was cut off at the read deadline: nobody is left
            # to answer, and it is no server error.
            log.info(
                "%s %s: the client disconnected before its request arrived", scope["method"], scope["path"]
            )

    async def _answer_in_time(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = answered = False

        async def send_unless_answered(message: Message) -> None:
            nonlocal started
            if answered:
                return  # the client already has its 503
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        work = asyncio.ensure_future(self.app(scope, receive, send_unless_answered))
        try:
            done, _ = await asyncio.wait({work}, timeout=self.seconds)
        except asyncio.CancelledError:
            work.cancel()
            raise
        if done or started:
            await work
            return
        answered = True
        detail = f"the response did not start within {self.seconds:g} seconds; narrow the request or retry"
        await problem(
            503,
            title="Response timed out",
            detail=detail,
            type_=PROBLEM_TYPE_BASE + "response-timeout",
            headers={"Retry-After": "1", "Cache-Control": "no-store"},
            instance=scope["path"],
        )(scope, receive, send)
        work.cancel()
        for outcome in await asyncio.gather(work, return_exceptions=True):
            if isinstance(outcome, Exception):  # nobody else will hear of it: its client has its 503
                log.error("abandoned %s %s failed", scope["method"], scope["path"], exc_info=outcome)
