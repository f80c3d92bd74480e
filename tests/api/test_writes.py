"""The write API: authenticated imports and deletes, limits, and refusals that change nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine

from app.api import create_app
from app.config import Settings

KEY = "s3cret-key-for-tests"
AUTH = {"Authorization": f"Bearer {KEY}"}
STORY = (
    "Ministers meet in Brussels\n\n"
    "BRUSSELS — Foreign ministers met in Brussels on Friday to discuss trade.\n\n"
    "“We agreed on a common approach,” said Foreign Minister Ana Lima. She added that “talks will continue”."
)


@pytest.fixture
def writer(settings: Settings, engine: Engine) -> Iterator[TestClient]:
    keyed = Settings(DATABASE_URL=settings.database_url, BYLINE_API_KEY=KEY)
    with TestClient(create_app(keyed)) as client:
        yield client


def _counts(client: TestClient) -> dict[str, int]:
    return client.get("/v1/stats").json()["counts"]


def test_post_json_imports_and_answers_201_with_everything_embedded(writer: TestClient) -> None:
    response = writer.post(
        "/v1/articles",
        json={
            "text": STORY,
            "source": "Wire",
            "published_at": "2025-06-06T09:30:00+02:00",
            "url": "https://n.example/1",
        },
        headers=AUTH,
    )
    assert response.status_code == 201, response.text
    article = response.json()
    assert response.headers["location"] == f"/v1/articles/{article['id']}"
    assert article["source"] == "Wire" and article["published_at"].startswith("2025-06-06T07:30:00")
    for related in ("quotes", "people", "organisations", "places", "comments"):
        assert isinstance(article[related], list)
    assert article["quotes"], "the story has quotes"
    for quote in article["quotes"]:
        assert article["body"][quote["start"] : quote["end"]] == quote["text"]
    assert writer.get(response.headers["location"]).json()["title"] == article["title"]


def test_post_plain_text_in_a_named_charset(writer: TestClient) -> None:
    text = "Réunion à Genève\n\nLes ministres se sont réunis à Genève vendredi, a déclaré le ministère."
    response = writer.post(
        "/v1/articles",
        content=text.encode("latin-1"),
        headers={**AUTH, "Content-Type": "text/plain; charset=latin-1"},
    )
    assert response.status_code == 201, response.text
    assert "Genève" in response.json()["body"]


def test_posting_the_same_text_again_answers_200_and_stores_nothing(writer: TestClient) -> None:
    first = writer.post("/v1/articles", json={"text": STORY}, headers=AUTH)
    before = _counts(writer)
    again = writer.post(
        "/v1/articles", content=STORY.encode(), headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert again.status_code == 200 and again.json()["id"] == first.json()["id"]
    assert _counts(writer) == before


def test_idempotency_key_replays_and_refuses_a_different_body(writer: TestClient) -> None:
    headers = {**AUTH, "Idempotency-Key": "job-42"}
    first = writer.post("/v1/articles", json={"text": STORY}, headers=headers)
    replay = writer.post("/v1/articles", json={"text": STORY}, headers=headers)
    assert first.status_code == 201 and replay.status_code == 200
    assert replay.headers["idempotent-replayed"] == "true" and replay.json()["id"] == first.json()["id"]
    other = writer.post("/v1/articles", json={"text": STORY + " More."}, headers=headers)
    assert other.status_code == 422 and "Idempotency-Key" in other.json()["detail"]


def test_delete_removes_the_article_and_entities_no_other_article_names(writer: TestClient) -> None:
    article = writer.post("/v1/articles", json={"text": STORY}, headers=AUTH).json()
    assert writer.delete(f"/v1/articles/{article['id']}", headers=AUTH).status_code == 204
    assert writer.get(f"/v1/articles/{article['id']}").status_code == 404
    assert _counts(writer) == {k: 0 for k in _counts(writer)}
    assert writer.delete(f"/v1/articles/{article['id']}", headers=AUTH).status_code == 404


def test_batch_reports_per_item(writer: TestClient) -> None:
    body = {
        "articles": [
            {"text": STORY},
            {"text": "   "},
            {"text": STORY},
            {"text": "Rain in Oslo, forecasters said."},
        ]
    }
    report = writer.post("/v1/articles:batch", json=body, headers=AUTH)
    assert report.status_code == 200, report.text
    items = report.json()["items"]
    assert [i["status"] for i in items] == ["created", "error", "unchanged", "created"]
    assert items[1]["error"]["status"] == 422 and "empty" in items[1]["error"]["detail"]
    assert report.json()["failed"] == 1 and report.json()["created"] == 2 and report.json()["unchanged"] == 1
    lines = [json.dumps(item) for item in body["articles"]] + ['{"text": "x", "colour": "red"}']
    ndjson = writer.post(
        "/v1/articles:batch",
        content="\n".join(lines).encode(),
        headers={**AUTH, "Content-Type": "application/x-ndjson"},
    )
    assert [i["status"] for i in ndjson.json()["items"]] == [
        "unchanged",
        "error",
        "unchanged",
        "unchanged",
        "error",
    ]
    assert "colour" in ndjson.json()["items"][4]["error"]["detail"]
    assert _counts(writer)["articles"] == 2


def test_batch_refuses_an_empty_or_oversized_request(writer: TestClient) -> None:
    assert writer.post("/v1/articles:batch", json={"articles": []}, headers=AUTH).status_code == 422
    many = {"articles": [{"text": f"Story number {n}."} for n in range(101)]}
    assert writer.post("/v1/articles:batch", json=many, headers=AUTH).status_code == 422


def test_stats_count_records_and_the_last_import(writer: TestClient) -> None:
    assert writer.get("/v1/stats").json()["last_import_at"] is None
    writer.post("/v1/articles", json={"text": STORY}, headers=AUTH)
    stats = writer.get("/v1/stats").json()
    assert stats["counts"]["articles"] == 1 and stats["last_import_at"] and stats["data_version"] >= 1


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"Authorization": "Bearer wrong"}, 401),
        ({"Authorization": f"Basic {KEY}"}, 401),
        ({"Authorization": "Bearer "}, 401),
    ],
)
def test_writes_need_the_right_key(writer: TestClient, headers: dict[str, str], status: int) -> None:
    for method, url in (
        ("POST", "/v1/articles"),
        ("POST", "/v1/articles:batch"),
        ("DELETE", "/v1/articles/1"),
    ):
        response = writer.request(method, url, json={"text": STORY}, headers=headers)
        assert response.status_code == status
        assert response.headers["content-type"] == "application/problem+json"
        assert response.headers["www-authenticate"].startswith("Bearer")
        assert KEY not in response.text
    assert _counts(writer)["articles"] == 0


def test_writes_are_disabled_without_a_configured_key(client: TestClient) -> None:
    response = client.post("/v1/articles", json={"text": STORY}, headers=AUTH)
    assert response.status_code == 403
    assert "BYLINE_API_KEY" in response.json()["detail"]


@pytest.mark.parametrize(
    ("kwargs", "status", "parameter"),
    [
        ({"json": {"text": ""}}, 422, "text"),
        ({"json": {"text": "   \n "}}, 422, "text"),
        ({"json": {"text": "abc\u0000def"}}, 422, "text"),
        ({"json": {"text": STORY, "published_at": "last tuesday"}}, 422, "published_at"),
        ({"json": {"text": STORY, "colour": "red"}}, 422, "colour"),
        ({"json": {"title": "no text"}}, 422, "text"),
        ({"json": ["not", "an", "object"]}, 422, None),
        ({"content": b"{not json", "headers": {"Content-Type": "application/json"}}, 422, None),
        (
            {"content": b"\xff\xfe\xfa bad", "headers": {"Content-Type": "text/plain; charset=utf-8"}},
            422,
            "body",
        ),
        ({"content": b"<p>hi</p>", "headers": {"Content-Type": "application/xml"}}, 415, None),
    ],
)
def test_bad_bodies_are_refused_with_a_problem_and_store_nothing(
    writer: TestClient, kwargs: dict, status: int, parameter: str | None
) -> None:
    kwargs = dict(kwargs)  # parametrize shares one dict between backends
    headers = {**AUTH, **kwargs.pop("headers", {})}
    response = writer.post("/v1/articles", headers=headers, **kwargs)
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    if parameter:
        assert parameter in [p["name"] for p in response.json()["invalid_params"]]
    assert _counts(writer)["articles"] == 0


def test_bodies_over_2_mb_are_refused_before_they_are_read(writer: TestClient) -> None:
    big = b"a" * (2 * 1024 * 1024 + 1)
    response = writer.post("/v1/articles", content=big, headers={**AUTH, "Content-Type": "text/plain"})
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it streams
        for _ in range(3):
            yield b"b" * (1024 * 1024)

    streamed = writer.post("/v1/articles", content=chunks(), headers={**AUTH, "Content-Type": "text/plain"})
    assert streamed.status_code == 413
    assert _counts(writer)["articles"] == 0


def test_errors_leak_no_internals(writer: TestClient) -> None:
    response = writer.post("/v1/articles", json={"text": "abc\u0000"}, headers=AUTH)
    body = response.text
    assert "Traceback" not in body and "/work/" not in body and "sqlite" not in body.lower()
