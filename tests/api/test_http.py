"""HTTP done right: conditional GETs, compression, CORS, cache headers."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine

from app.ingest import delete_article

pytestmark = pytest.mark.usefixtures("newsroom")


@pytest.mark.parametrize("url", ["/v1/articles", "/v1/articles/1", "/v1/quotes?kind=direct", "/v1/people"])
def test_etag_then_if_none_match_gives_304(client: TestClient, url: str) -> None:
    first = client.get(url)
    etag = first.headers["etag"]
    assert etag.startswith('W/"')
    assert "max-age" in first.headers["cache-control"]
    again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == etag


def test_etag_changes_when_the_data_changes(client: TestClient, engine: Engine, newsroom: list) -> None:
    etag = client.get("/v1/articles").headers["etag"]
    client.app.state.data_version.ttl = 0  # type: ignore[attr-defined]  # another process wrote: no grace period
    with engine.begin() as conn:
        delete_article(conn, newsroom[2].article_id)
    fresh = client.get("/v1/articles", headers={"If-None-Match": etag})
    assert fresh.status_code == 200 and fresh.headers["etag"] != etag


def test_different_queries_have_different_etags(client: TestClient) -> None:
    assert client.get("/v1/quotes?kind=direct").headers["etag"] != client.get("/v1/quotes").headers["etag"]


def test_errors_are_not_cached(client: TestClient) -> None:
    assert client.get("/v1/articles/999").headers["cache-control"] == "no-store"


def test_small_responses_are_not_compressed(client: TestClient) -> None:
    small = client.get("/v1/comments?limit=1", headers={"Accept-Encoding": "gzip"})
    assert len(small.content) < 1000 and "content-encoding" not in small.headers


def test_a_big_page_is_compressed(client: TestClient, store) -> None:  # type: ignore[no-untyped-def]
    store("A sentence about the harbour in Lagos, officials said. " * 80)
    response = client.get("/v1/articles", headers={"Accept-Encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert response.json()["items"]


def test_cors_preflight_is_answered_for_any_origin(client: TestClient) -> None:
    preflight = client.options(
        "/v1/articles",
        headers={"Origin": "https://newsroom.example", "Access-Control-Request-Method": "GET"},
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] in ("*", "https://newsroom.example")
    simple = client.get("/v1/articles", headers={"Origin": "https://newsroom.example"})
    assert simple.headers["access-control-allow-origin"] == "*"


def test_a_write_through_the_api_changes_the_etag_at_once(settings, engine, newsroom) -> None:  # type: ignore[no-untyped-def]
    from app.api import create_app
    from app.config import Settings

    keyed = Settings(DATABASE_URL=settings.database_url, BYLINE_API_KEY="k", BYLINE_DATA_VERSION_TTL=3600)
    with TestClient(create_app(keyed)) as writer:
        etag = writer.get("/v1/articles").headers["etag"]
        created = writer.post(
            "/v1/articles", json={"text": "Snow fell in Oslo."}, headers={"Authorization": "Bearer k"}
        )
        assert created.status_code == 201
        assert writer.get("/v1/articles", headers={"If-None-Match": etag}).status_code == 200
