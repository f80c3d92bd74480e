"""The read routes' one-step parameter validation answers exactly as FastAPI's own handler does."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.api.deps import get_reads

pytestmark = pytest.mark.usefixtures("newsroom")

URLS = [
    "/v1/quotes?speaker=vos&limit=1",
    "/v1/quotes?limit=1&limit=3",  # a repeated single value: the last one counts
    "/v1/quotes?facet=person&facet=kind&kind=direct",
    "/v1/quotes?organisation=OSCE&sort=-id",
    "/v1/quotes?speaker=%20",
    "/v1/quotes?unknown=1",
    "/v1/quotes?limit=0",
    "/v1/quotes?limit=abc",
    "/v1/quotes?kind=shouted",
    "/v1/quotes?speaker=",
    "/v1/quotes?facet=colour",
    "/v1/quotes/1",
    "/v1/quotes/0",
    "/v1/quotes/abc",
    "/v1/articles?include=quotes&include=people&limit=2",
    "/v1/articles?published_after=0.5",
    "/v1/articles?country=NLD",
    "/v1/articles/1?include=comments",
    "/v1/people?organisation=OSCE",
    "/v1/search?q=harbour&type=quote&type=article",
]


@pytest.mark.parametrize("url", URLS)
def test_every_answer_matches_fastapis_own_validation(client: TestClient, url: str) -> None:
    quick = client.get(url)
    client.app.dependency_overrides[get_reads] = get_reads  # type: ignore[attr-defined]
    try:
        standard = client.get(url)
    finally:
        client.app.dependency_overrides.clear()  # type: ignore[attr-defined]
    assert quick.status_code == standard.status_code
    assert quick.headers["content-type"] == standard.headers["content-type"]
    assert quick.json() == standard.json()


def test_a_repeated_single_value_counts_once_the_last_time(client: TestClient) -> None:
    assert len(client.get("/v1/quotes?limit=1&limit=3").json()["items"]) == 3
