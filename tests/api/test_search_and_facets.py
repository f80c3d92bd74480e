"""Full-text search, relational filters and facets over the hand-made newsroom."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine

from app.ingest import delete_article
from app.models import ARTICLE, ARTICLE_ORGANISATION, ARTICLE_TOPIC, ORGANISATION
from app.services import search

pytestmark = pytest.mark.usefixtures("newsroom")


def _ids(client: TestClient, url: str) -> list[int]:
    response = client.get(url)
    assert response.status_code == 200, response.text
    return [a["id"] for a in response.json()["items"]]


def _titles(client: TestClient, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, response.text
    return [a["title"] for a in response.json()["items"]]


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("lagos", ["Acme builds in Lagos"]),
        ("LAGOS build", ["Acme builds in Lagos"]),
        ("buil*", ["Acme builds in Lagos"]),
        ('"talks continue"', ["Talks continue"]),
        ('"continue talks"', []),
        ("lagos OR rotterdam", ["Acme builds in Lagos", "Talks continue"]),
        ("nothing-matches-this", []),
    ],
)
def test_article_search(client: TestClient, q: str, expected: list[str]) -> None:
    assert sorted(_titles(client, f"/v1/articles?q={q}")) == expected


def test_title_matches_rank_above_body_matches(client: TestClient, store) -> None:  # type: ignore[no-untyped-def]
    store("A long report. " * 20 + "It mentions lagos once.")
    titles = _titles(client, "/v1/articles?q=lagos")
    assert titles[0] == "Acme builds in Lagos" and len(titles) == 2


@pytest.mark.parametrize(
    "hostile",
    ["' OR 1=1 --", "%", "_", "OSCE') OR ('1'='1", '"', "*", "NEAR(", "title:x", "a AND", '"unbalanced'],
)
def test_hostile_search_text_is_never_spliced_into_a_query(client: TestClient, hostile: str) -> None:
    for url in ("/v1/articles", "/v1/quotes", "/v1/people", "/v1/organisations", "/v1/search"):
        response = client.get(url, params={"q": hostile})
        assert response.status_code in (200, 422), (url, hostile, response.text)
        if response.status_code == 200:
            assert len(response.json()["items"]) < 3, "a hostile string must not match everything"


def test_quote_people_and_organisation_search(client: TestClient) -> None:
    quotes = client.get("/v1/quotes?q=alliance").json()["items"]
    assert [q["text"] for q in quotes] == ["the alliance is strong"]
    assert [p["name"] for p in client.get("/v1/people?q=okafor").json()["items"]] == ["Ada Okafor"]
    assert [o["name"] for o in client.get("/v1/organisations?q=acme").json()["items"]] == ["Acme Corporation"]


def test_search_everything_returns_typed_hits_with_highlighted_snippets(client: TestClient) -> None:
    hits = client.get("/v1/search?q=vos").json()["items"]
    assert {h["type"] for h in hits} == {"article", "person"}
    person = next(h for h in hits if h["type"] == "person")
    assert person["label"] == "Henrik Vos" and "<mark>Vos</mark>" in person["snippet"]
    assert client.get(person["url"]).json()["name"] == "Henrik Vos"
    only_quotes = client.get("/v1/search?q=alliance&type=quote").json()["items"]
    assert [h["type"] for h in only_quotes] == ["quote"]


def test_search_index_follows_deletes(client: TestClient, engine: Engine, newsroom: list) -> None:
    with engine.begin() as conn:
        delete_article(conn, newsroom[0].article_id)
    assert _titles(client, "/v1/articles?q=lagos") == []
    assert client.get("/v1/quotes?q=alliance").json()["items"] == []
    assert client.get("/v1/people?q=okafor").json()["items"] == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("person=vos", ["Talks continue", "Acme builds in Lagos"]),
        ("person=ada%20okafor", ["Acme builds in Lagos"]),
        ("organisation=OSCE", ["Talks continue", "Acme builds in Lagos"]),
        ("organisation=acme%20corporation", ["Acme builds in Lagos"]),
        ("place=rotterdam", ["Talks continue"]),
        ("country=ng", ["Acme builds in Lagos"]),
        ("topic=investment", ["Acme builds in Lagos"]),
        ("person=vos&source=Herald", ["Talks continue"]),
        ("person=nobody", []),
        ("country=ZZ", []),
    ],
)
def test_relational_article_filters(client: TestClient, query: str, expected: list[str]) -> None:
    assert _titles(client, f"/v1/articles?{query}") == expected


def test_people_by_title_and_quotes_by_organisation(client: TestClient) -> None:
    assert [p["name"] for p in client.get("/v1/people?title=secretary%20general").json()["items"]] == [
        "Henrik Vos"
    ]
    said = client.get("/v1/quotes?organisation=acme%20corporation").json()["items"]
    assert sorted(q["text"] for q in said) == ["profits rose", "we will build in Lagos"]


def test_facets_count_the_whole_filtered_set_not_the_page(client: TestClient) -> None:
    body = client.get("/v1/articles?limit=1&facet=organisation&facet=source&facet=country").json()
    assert len(body["items"]) == 1
    assert body["facets"]["organisation"] == [
        {"value": "OSCE", "count": 2},
        {"value": "Acme Corporation", "count": 1},
    ]
    assert body["facets"]["source"] == [{"value": "Herald", "count": 1}, {"value": "Wire", "count": 1}]
    assert body["facets"]["country"] == [{"value": "NG", "count": 1}, {"value": "NL", "count": 1}]
    filtered = client.get("/v1/articles?person=okafor&facet=person").json()["facets"]["person"]
    assert filtered == [{"value": "Ada Okafor", "count": 1}, {"value": "Henrik Vos", "count": 1}]


def test_quote_facets(client: TestClient) -> None:
    facets = client.get("/v1/quotes?facet=kind&facet=person").json()["facets"]
    assert facets["kind"] == [{"value": "direct", "count": 3}, {"value": "indirect", "count": 1}]
    assert facets["person"] == [{"value": "Henrik Vos", "count": 2}, {"value": "Ada Okafor", "count": 1}]


def test_no_facets_key_unless_asked_and_bad_facet_is_422(client: TestClient) -> None:
    assert "facets" not in client.get("/v1/articles").json()
    assert client.get("/v1/articles?facet=colour").status_code == 422


def test_relevance_sort_needs_q(client: TestClient) -> None:
    assert client.get("/v1/articles?sort=relevance").status_code == 422
    assert client.get("/v1/articles?q=lagos&sort=relevance").status_code == 200


def test_include_embeds_related_records_on_lists_and_details(client: TestClient, newsroom: list) -> None:
    first = newsroom[0].article_id
    detail = client.get(f"/v1/articles/{first}?include=quotes&include=people&include=comments").json()
    assert [q["text"] for q in detail["quotes"]] == [
        "we will build in Lagos",
        "profits rose",
        "the alliance is strong",
    ]
    assert sorted(p["name"] for p in detail["people"]) == ["Ada Okafor", "Henrik Vos"]
    assert [c["text"] for c in detail["comments"]] == ["Great news.", "Not so sure."]
    assert "places" not in detail and "organisations" not in detail
    listing = client.get("/v1/articles?include=places&include=organisations").json()["items"]
    by_title = {a["title"]: a for a in listing}
    assert [p["country_code"] for p in by_title["Talks continue"]["places"]] == ["NL"]
    assert by_title["A quiet day"]["organisations"] == []
    assert "quotes" not in by_title["Talks continue"]
    assert client.get("/v1/articles?include=everything").status_code == 422


@pytest.mark.parametrize("q", ["lagos", "buil*", "lagos OR rotterdam", "osce", "nothing-matches-this"])
def test_ranked_hits_from_the_search_index_alone_match_the_article_search(
    client: TestClient, engine: Engine, q: str
) -> None:
    listed = [a["id"] for a in client.get("/v1/articles", params={"q": q}).json()["items"]]
    with engine.connect() as conn:
        hit = search.hits(conn, ARTICLE, q).subquery()
        ranked = conn.execute(select(hit.c.id).order_by(hit.c.rank, hit.c.id)).scalars().all()
    assert ranked == listed


def test_search_follows_an_edited_title(client: TestClient, engine: Engine, newsroom: list) -> None:
    with engine.begin() as conn:
        conn.execute(
            update(ARTICLE).where(ARTICLE.c.id == newsroom[1].article_id).values(title="Harbour strike ends")
        )
    assert _titles(client, "/v1/articles?q=harbour") == ["Harbour strike ends"]


def test_an_article_counts_once_under_two_organisations_of_the_same_name(
    client: TestClient, engine: Engine, newsroom: list
) -> None:
    with engine.begin() as conn:
        twin = conn.execute(
            insert(ORGANISATION)
            .values(name="OSCE", normalised_name="osce|twin", aliases=[])
            .returning(ORGANISATION.c.id)
        ).scalar_one()
        conn.execute(
            insert(ARTICLE_ORGANISATION).values(article_id=newsroom[0].article_id, organisation_id=twin)
        )
    facets = client.get("/v1/articles?facet=organisation").json()["facets"]["organisation"]
    assert facets[0] == {"value": "OSCE", "count": 2}


@pytest.mark.parametrize("limit", [1, 2])
def test_paging_a_search_by_relevance_with_a_link_filter_lists_each_match_once_in_rank_order(
    client: TestClient,
    engine: Engine,
    store,
    limit: int,  # type: ignore[no-untyped-def]
) -> None:
    # Bodies of one length in which "lighthouse" appears once to five times: more often ranks higher.
    stored = {
        count: store(
            f"Report number {count}\n\n"
            + " ".join(["The lighthouse stood."] * count + ["The keeper slept."] * (6 - count))
        ).article_id
        for count in range(1, 6)
    }
    tagged = [stored[count] for count in (1, 2, 4, 5)]  # the article that says it three times is left out
    with engine.begin() as conn:
        conn.execute(
            insert(ARTICLE_TOPIC), [{"article_id": i, "topic": "coastal", "position": 99} for i in tagged]
        )
    paged: list[int] = []
    cursor = ""
    for _ in range(10):  # loop guard
        body = client.get(f"/v1/articles?q=lighthouse&topic=coastal&limit={limit}{cursor}").json()
        paged += [a["id"] for a in body["items"]]
        if not body["next_cursor"]:
            break
        cursor = f"&cursor={body['next_cursor']}"
    assert paged == [stored[5], stored[4], stored[2], stored[1]]
    assert _ids(client, "/v1/articles?q=lighthouse&sort=-relevance&topic=coastal") == paged[::-1]


def test_paging_quotes_found_by_a_search_lists_each_once(
    client: TestClient,
    store,  # type: ignore[no-untyped-def]
) -> None:
    # The same words quoted in four articles rank equal: paging must go past the tie, not repeat it.
    for n in range(4):
        store(
            f"Harbour vote {n}\n\nThe council met on day {n}. "
            "“The lighthouse must stay open,” said Jane Roe, the harbour master."
        )
    unpaged = _ids(client, "/v1/quotes?q=lighthouse&limit=50")
    assert len(unpaged) == 4
    paged: list[int] = []
    cursor = ""
    for _ in range(10):  # loop guard
        body = client.get(f"/v1/quotes?q=lighthouse&limit=1{cursor}").json()
        paged += [q["id"] for q in body["items"]]
        if not body["next_cursor"]:
            break
        cursor = f"&cursor={body['next_cursor']}"
    assert paged == unpaged
