"""The field contract clients depend on, for every record type, list and detail."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel

from app.api.schemas import (
    ArticlePage,
    ArticlePublic,
    CommentPage,
    CommentPublic,
    OrganisationPage,
    OrganisationPublic,
    PersonPage,
    PersonPublic,
    PlacePage,
    PlacePublic,
    QuotePage,
    QuotePublic,
    SearchResults,
)

pytestmark = pytest.mark.usefixtures("newsroom")

CONTRACT = {
    "articles": {
        "id",
        "title",
        "body",
        "published_at",
        "source",
        "url",
        "content_hash",
        "topics",
        "created_at",
    },
    "people": {"id", "name", "titles", "organisations", "aliases"},
    "organisations": {"id", "name", "acronym", "aliases", "country_code"},
    "places": {"id", "name", "country_code", "kind"},
    "quotes": {"id", "article_id", "text", "kind", "speaker", "speaker_text", "start", "end"},
    "comments": {"id", "article_id", "text", "position"},
}


@pytest.mark.parametrize("resource", sorted(CONTRACT))
def test_list_and_detail_carry_every_contract_field(client: TestClient, resource: str) -> None:
    listing = client.get(f"/v1/{resource}")
    assert listing.status_code == 200
    body = listing.json()
    assert set(body) == {"items", "next_cursor"}
    assert body["items"], f"no {resource} listed"
    first = body["items"][0]
    assert CONTRACT[resource] <= set(first)
    detail = client.get(f"/v1/{resource}/{first['id']}")
    assert detail.status_code == 200
    assert detail.json() == first


@pytest.mark.parametrize("resource", sorted(CONTRACT))
def test_unknown_id_is_a_problem_404(client: TestClient, resource: str) -> None:
    response = client.get(f"/v1/{resource}/999999")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 404 and problem["title"] and "999999" in problem["detail"]


def test_quote_offsets_point_into_the_article_body(client: TestClient) -> None:
    for quote in client.get("/v1/quotes").json()["items"]:
        article = client.get(f"/v1/articles/{quote['article_id']}").json()
        assert article["body"][quote["start"] : quote["end"]] == quote["text"]


def test_quote_speaker_names_a_person_or_an_organisation(client: TestClient) -> None:
    quotes = client.get("/v1/quotes").json()["items"]
    speakers = {(q["speaker"]["type"], q["speaker"]["name"]) for q in quotes if q["speaker"]}
    assert speakers == {
        ("person", "Ada Okafor"),
        ("person", "Henrik Vos"),
        ("organisation", "Acme Corporation"),
    }


def test_person_merged_across_articles_with_organisations(client: TestClient) -> None:
    people = client.get("/v1/people").json()["items"]
    assert [p["name"] for p in people].count("Henrik Vos") == 1
    vos = next(p for p in people if p["name"] == "Henrik Vos")
    assert vos["titles"] == ["Secretary General"]
    assert [o["name"] for o in vos["organisations"]] == ["OSCE"]


def test_dates_are_utc_iso_8601(client: TestClient) -> None:
    articles = client.get("/v1/articles").json()["items"]
    dated = [a for a in articles if a["published_at"]]
    assert dated and all(
        a["published_at"].endswith("Z") or a["published_at"].endswith("+00:00") for a in dated
    )


def test_health_touches_the_database(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok"}


# Each answer against the model the OpenAPI document names for it. The API writes the services'
# dicts straight to JSON (app/api/rendering.py), so this is what keeps them in the models' shape.
SERIALISED = [
    (
        "/v1/articles?include=quotes&include=people&include=organisations&include=places&include=comments",
        ArticlePage,
    ),
    (
        "/v1/articles?facet=source&facet=topic&facet=person&facet=organisation&facet=place&facet=country",
        ArticlePage,
    ),
    ("/v1/articles?q=okafor&limit=2", ArticlePage),
    ("/v1/people", PersonPage),
    ("/v1/organisations", OrganisationPage),
    ("/v1/places", PlacePage),
    ("/v1/quotes?facet=kind&facet=person&facet=organisation", QuotePage),
    ("/v1/comments", CommentPage),
    ("/v1/search?q=okafor", SearchResults),
]
DETAILS = {
    "articles": ArticlePublic,
    "people": PersonPublic,
    "organisations": OrganisationPublic,
    "places": PlacePublic,
    "quotes": QuotePublic,
    "comments": CommentPublic,
}


@pytest.mark.parametrize(("url", "model"), SERIALISED)
def test_lists_are_exactly_their_documented_model(
    client: TestClient, url: str, model: type[BaseModel]
) -> None:
    response = client.get(url)
    assert response.status_code == 200
    assert response.json()["items"]
    documented = model.model_validate_json(response.content).model_dump_json(exclude_unset=True)
    assert response.content.decode() == documented  # same fields, same order, same formats


@pytest.mark.parametrize("resource", sorted(DETAILS))
def test_details_are_exactly_their_documented_model(client: TestClient, resource: str) -> None:
    first = client.get(f"/v1/{resource}").json()["items"][0]
    everything = "?include=quotes&include=people&include=organisations&include=places&include=comments"
    include = everything if resource == "articles" else ""
    response = client.get(f"/v1/{resource}/{first['id']}{include}")
    assert response.status_code == 200
    model = DETAILS[resource]
    assert response.content.decode() == model.model_validate_json(response.content).model_dump_json(
        exclude_unset=True
    )
