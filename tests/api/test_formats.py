"""CSV and NDJSON exports of whole results, and field selection."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.usefixtures("newsroom")


def test_ndjson_streams_every_row_following_the_cursor(client: TestClient) -> None:
    response = client.get("/v1/quotes?format=ndjson&limit=1")
    assert response.headers["content-type"] == "application/x-ndjson"
    rows = [json.loads(line) for line in response.text.splitlines()]
    assert len(rows) == 4  # limit is the page size of a JSON page, not a cap on an export
    assert {r["text"] for r in rows} >= {"profits rose", "talks continue"}
    assert (
        client.get("/v1/quotes?kind=indirect", headers={"Accept": "application/x-ndjson"}).text.count("\n")
        == 1
    )


def test_csv_has_a_header_and_flattened_nested_fields(client: TestClient) -> None:
    response = client.get("/v1/quotes?format=csv&kind=direct")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 3
    assert {"id", "text", "kind", "speaker.id", "speaker.name", "speaker.type", "start", "end"} <= set(
        rows[0]
    )
    assert {r["speaker.name"] for r in rows} == {"Ada Okafor", "Henrik Vos"}
    people = list(csv.DictReader(io.StringIO(client.get("/v1/people", headers={"Accept": "text/csv"}).text)))
    vos = next(p for p in people if p["name"] == "Henrik Vos")
    assert vos["titles"] == "Secretary General"
    assert json.loads(vos["organisations"])[0]["name"] == "OSCE"


def test_an_empty_csv_export_still_names_its_columns(client: TestClient) -> None:
    text = client.get("/v1/articles?format=csv&source=nobody").text
    assert text.strip().split(",")[:2] == ["id", "title"]


def test_fields_selects_what_each_item_carries(client: TestClient) -> None:
    body = client.get("/v1/articles?fields=id,title&sort=title").json()
    assert body["items"][0] == {"id": body["items"][0]["id"], "title": "A quiet day"}
    assert "next_cursor" in body
    rows = list(csv.DictReader(io.StringIO(client.get("/v1/articles?fields=title&format=csv").text)))
    assert set(rows[0]) == {"title"}


def test_unknown_fields_or_formats_are_422(client: TestClient) -> None:
    bad = client.get("/v1/articles?fields=id,password")
    assert bad.status_code == 422 and "password" in bad.json()["detail"] and "title" in bad.json()["detail"]
    assert client.get("/v1/articles?format=xml").status_code == 422


def test_exports_keep_the_filters(client: TestClient) -> None:
    rows = [
        json.loads(line) for line in client.get("/v1/articles?format=ndjson&person=vos").text.splitlines()
    ]
    assert sorted(r["title"] for r in rows) == ["Acme builds in Lagos", "Talks continue"]
