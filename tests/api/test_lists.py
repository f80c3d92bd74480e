"""Filters, keyset pages, sorting and parameter errors on the /v1 lists."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.conftest import Store

pytestmark = pytest.mark.usefixtures("newsroom")


def _ids(client: TestClient, url: str) -> list[int]:
    response = client.get(url)
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


def test_walking_next_cursor_visits_every_row_once(client: TestClient) -> None:
    seen: list[int] = []
    url: str | None = "/v1/quotes?limit=1"
    for _ in range(20):  # loop guard
        if url is None:
            break
        body = client.get(url).json()
        seen += [item["id"] for item in body["items"]]
        url = f"/v1/quotes?limit=1&cursor={body['next_cursor']}" if body["next_cursor"] else None
    assert sorted(seen) == sorted(_ids(client, "/v1/quotes?limit=500"))
    assert len(seen) == len(set(seen)) == 4


def test_partial_page_sends_a_link_header_to_the_next(client: TestClient) -> None:
    response = client.get("/v1/articles?limit=1")
    cursor = response.json()["next_cursor"]
    assert cursor
    assert response.headers["link"].endswith(f'cursor={cursor}>; rel="next"')
    assert "link" not in client.get("/v1/articles?limit=500").headers


@pytest.mark.parametrize("sort", ["published_at", "-published_at", "title", "-title", "id", "-id"])
def test_cursor_pages_follow_every_sort(client: TestClient, sort: str) -> None:
    full = _ids(client, f"/v1/articles?sort={sort}&limit=500")
    paged: list[int] = []
    cursor = ""
    for _ in range(10):
        body = client.get(f"/v1/articles?sort={sort}&limit=1{cursor}").json()
        paged += [a["id"] for a in body["items"]]
        if not body["next_cursor"]:
            break
        cursor = f"&cursor={body['next_cursor']}"
    assert paged == full and len(full) == 3


def test_newest_first_by_default_with_undated_last(client: TestClient) -> None:
    titles = [a["title"] for a in client.get("/v1/articles").json()["items"]]
    assert titles == ["Talks continue", "Acme builds in Lagos", "A quiet day"]


@pytest.mark.parametrize(
    ("url", "expected_titles"),
    [
        ("/v1/articles?published_after=2025-06-15T00:00:00Z", ["Talks continue"]),
        ("/v1/articles?published_before=2025-06-15", ["Acme builds in Lagos"]),
        ("/v1/articles?published_after=2026-01-01T00:00:00%2B02:00", []),
        ("/v1/articles?source=Herald", ["Talks continue"]),
        ("/v1/articles?source=Nobody", []),
    ],
)
def test_article_filters(client: TestClient, url: str, expected_titles: list[str]) -> None:
    assert [a["title"] for a in client.get(url).json()["items"]] == expected_titles


def test_quote_filters(client: TestClient, newsroom: list) -> None:
    first_article = newsroom[0].article_id
    assert len(_ids(client, f"/v1/quotes?article_id={first_article}")) == 3
    assert len(_ids(client, "/v1/quotes?kind=indirect")) == 1
    assert len(_ids(client, "/v1/quotes?kind=direct")) == 3
    assert len(_ids(client, "/v1/quotes?speaker=vos")) == 2
    assert len(_ids(client, "/v1/quotes?speaker=HENRIK%20VOS")) == 2
    assert _ids(client, "/v1/quotes?speaker=enrik") == []
    vos = client.get("/v1/people?sort=name").json()["items"][1]
    assert vos["name"] == "Henrik Vos"
    assert len(_ids(client, f"/v1/quotes?person_id={vos['id']}")) == 2
    assert _ids(client, "/v1/quotes?person_id=999") == []


def test_entity_filters(client: TestClient, newsroom: list) -> None:
    second_article = newsroom[1].article_id
    people = client.get(f"/v1/people?article_id={second_article}").json()["items"]
    assert [p["name"] for p in people] == ["Henrik Vos"]
    assert [p["name"] for p in client.get("/v1/people?organisation=osce").json()["items"]] == ["Henrik Vos"]
    assert [
        o["name"] for o in client.get(f"/v1/organisations?article_id={second_article}").json()["items"]
    ] == ["OSCE"]
    assert [p["name"] for p in client.get("/v1/places?country=nl").json()["items"]] == ["Rotterdam"]
    assert [p["name"] for p in client.get(f"/v1/places?article_id={second_article}").json()["items"]] == [
        "Rotterdam"
    ]
    assert len(_ids(client, f"/v1/comments?article_id={newsroom[0].article_id}")) == 2
    assert _ids(client, f"/v1/comments?article_id={second_article}") == []


@pytest.mark.parametrize(
    ("url", "status", "parameter"),
    [
        ("/v1/articles?limit=0", 422, "limit"),
        ("/v1/articles?limit=501", 422, "limit"),
        ("/v1/articles?limit=ten", 422, "limit"),
        ("/v1/quotes?kind=loud", 422, "kind"),
        ("/v1/articles?published_after=yesterday", 422, "published_after"),
        ("/v1/articles?sort=body", 422, "sort"),
        ("/v1/places?country=Netherlands", 422, "country"),
        ("/v1/articles/abc", 422, "article_id"),
        ("/v1/articles?cursor=not-a-cursor", 400, None),
    ],
)
def test_bad_parameters_are_problems_naming_the_parameter(
    client: TestClient, url: str, status: int, parameter: str | None
) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == status
    if parameter:
        assert [p["name"] for p in problem["invalid_params"]] == [parameter]


def test_sort_error_lists_the_allowed_values(client: TestClient) -> None:
    detail = client.get("/v1/articles?sort=body").json()["detail"]
    assert "published_at" in detail and "title" in detail


def test_cursor_from_another_sort_is_refused(client: TestClient) -> None:
    cursor = client.get("/v1/articles?limit=1&sort=title").json()["next_cursor"]
    response = client.get(f"/v1/articles?limit=1&sort=-id&cursor={cursor}")
    assert response.status_code == 400


def test_unknown_path_is_a_problem(client: TestClient) -> None:
    response = client.get("/v1/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


QUOTE_FIELDS = "id,article_id,text,kind,speaker,speaker_text,cue,start,end"


@pytest.mark.parametrize(
    "query", ["", "limit=1", "limit=2&sort=-id", "speaker=vos", "kind=direct", "speaker=nobody"]
)
def test_a_quote_page_is_the_same_with_every_field_named(
    client: TestClient, store: Store, query: str
) -> None:
    # Names and words outside ASCII, a backslash and a tab inside a quote: all must be written alike.
    store(
        "Zoë Ångström, the mayor of Malmö, said “the tram line \\ opens in 2027\t— on time”. "
        'The city council said "the budget is settled".',
        name="malmo",
    )
    url = f"/v1/quotes?{query}"
    for _ in range(10):  # every page, following the cursor
        whole = client.get(url)
        named = client.get(f"{url}{'&' if query else ''}fields={QUOTE_FIELDS}")
        assert whole.status_code == named.status_code == 200
        assert whole.content == named.content
        cursor = whole.json()["next_cursor"]
        if cursor is None:
            break
        url = f"/v1/quotes?{query}&cursor={cursor}"
