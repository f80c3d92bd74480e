"""/docs (Swagger UI) and /redoc work with no internet: a real server, a real headless Chromium.

The app is served by uvicorn on 127.0.0.1 over the ``newsroom`` database. Chromium (the system
package, driven by Playwright without Playwright's own browser download) is cut off from everything
but the loopback address three ways: host names other than 127.0.0.1 resolve to nothing, any other
traffic is sent to a proxy that refuses connections, and every request the page makes is recorded
(and anything off the app's origin aborted) through the DevTools protocol.
"""

from __future__ import annotations

import json
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import urlopen

import pytest

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser")
TIMEOUT_MS = 10_000


def _operations(origin: str) -> list[dict[str, Any]]:
    """Every operation in the served OpenAPI document, with its path and first tag."""
    with urlopen(f"{origin}/openapi.json", timeout=10) as response:
        document = json.load(response)
    return [
        {**operation, "path": path, "tag": operation["tags"][0]}
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in ("get", "post", "put", "patch", "delete")
    ]


def _chromium() -> str | None:
    for candidate in CHROMIUM_CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


CHROMIUM = _chromium()

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright (dev extra) is not installed: pip install -e '.[dev]'"
)

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no system Chromium (apt-get install chromium); .ci/run installs it"
)


@pytest.fixture
def refusing_port() -> Iterator[int]:
    """A loopback port that is bound but never listens: every connection to it is refused."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    try:
        yield sock.getsockname()[1]
    finally:
        sock.close()


class Offline:
    """A page in a Chromium that reaches nothing but the app, with every request it made."""

    def __init__(self, page: sync_api.Page, origin: str) -> None:
        self.page = page
        self.origin = origin
        self.requests: list[str] = []
        self.page_errors: list[str] = []
        self.failed: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        page.on("requestfailed", lambda request: self.failed.append(f"{request.url} {request.failure}"))

    def foreign(self) -> list[str]:
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme not in ("data", "blob", "about")
            and f"{urlsplit(url).scheme}://{urlsplit(url).netloc}" != self.origin
        ]

    def assert_only_own_origin(self, *, except_for: frozenset[str] = frozenset()) -> None:
        assert self.requests, "the page made no request at all"
        foreign = [url for url in self.foreign() if url not in except_for]
        assert foreign == [], f"requests off the app's origin {self.origin}: {foreign}"
        failed = [line for line in self.failed if line.split(" ", 1)[0] not in except_for]
        assert failed == [], f"requests that failed: {failed}"
        assert self.page_errors == [], f"uncaught errors in the page: {self.page_errors}"


@pytest.fixture
def offline(live_url: str, refusing_port: int, tmp_path: Path) -> Iterator[Offline]:
    assert CHROMIUM is not None
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "chromium-profile"),
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                f"--proxy-server=http://127.0.0.1:{refusing_port}",
            ],
            service_workers="block",
        )
        try:

            def only_own_origin(route: sync_api.Route) -> None:
                url = route.request.url
                if url.startswith(live_url + "/") or url == live_url:
                    route.continue_()
                else:
                    route.abort("internetdisconnected")

            context.route("**/*", only_own_origin)
            context.set_default_timeout(TIMEOUT_MS)
            page = context.pages[0] if context.pages else context.new_page()
            yield Offline(page, live_url)
        finally:
            context.close()


def test_the_browser_really_is_offline(offline: Offline) -> None:
    """Guard for the guard: a page off the app's origin cannot be reached at all."""
    with pytest.raises(sync_api.Error):
        offline.page.goto("https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui.css")


def test_swagger_ui_renders_and_try_it_out_returns_articles(offline: Offline) -> None:
    page = offline.page
    page.goto(f"{offline.origin}/docs", wait_until="networkidle")

    page.locator(".swagger-ui .info .title").filter(has_text="Byline").wait_for()
    operations = _operations(offline.origin)
    for tag in {op["tag"] for op in operations}:
        page.locator(f"#operations-tag-{tag}").wait_for()
    for op in operations:
        block = page.locator(f"#operations-{op['tag']}-{op['operationId']}")
        assert block.count() == 1, f"Swagger UI does not show {op['operationId']}"
        assert block.locator(".opblock-summary-path").inner_text().replace("\u200b", "") == op["path"]
        assert op["summary"] in block.locator(".opblock-summary-description").inner_text()

    operation = page.locator("#operations-articles-list_articles")
    operation.locator(".opblock-summary").click()
    operation.get_by_role("button", name="Try it out").click()
    operation.get_by_role("button", name="Execute").click()

    response = operation.locator(".live-responses-table .response").first
    response.wait_for()
    assert response.locator(".response-col_status").inner_text().strip() == "200"
    body = response.locator(".response-col_description pre").first.inner_text()
    assert "Acme builds in Lagos" in body
    assert "Talks continue" in body

    assert any(
        url == f"{offline.origin}/v1/articles" or url.startswith(f"{offline.origin}/v1/articles?")
        for url in offline.requests
    ), offline.requests
    offline.assert_only_own_origin()


def _open_redoc(offline: Offline) -> None:
    page = offline.page
    page.goto(f"{offline.origin}/redoc", wait_until="networkidle")
    page.locator("h1").filter(has_text="Byline").first.wait_for()
    page.locator("[role=menu]").first.wait_for()


def test_redoc_renders_offline(offline: Offline) -> None:
    _open_redoc(offline)
    page = offline.page
    operations = _operations(offline.origin)
    for tag in {op["tag"] for op in operations}:
        page.locator(f"[id='tag/{tag}']").wait_for(state="attached")
    for op in operations:
        section = page.locator(f"[id='tag/{op['tag']}/operation/{op['operationId']}']")
        section.wait_for(state="attached")
        assert op["summary"] in section.inner_text(), op["operationId"]
        assert op["path"] in section.inner_text(), op["operationId"]
    assert "/v1/articles" in page.locator("body").inner_text()

    offline.assert_only_own_origin()


def test_redoc_makes_no_request_off_its_origin(offline: Offline) -> None:
    _open_redoc(offline)
    # The menu footer's logo was the one asset ReDoc's bundle fetched from a CDN.
    offline.page.get_by_text("API docs by Redocly").wait_for(state="attached")
    offline.page.wait_for_load_state("networkidle")
    offline.assert_only_own_origin()
