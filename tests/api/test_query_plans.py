"""Every filter and sort the API offers is answered through an index, not a full table scan."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

pytestmark = [
    pytest.mark.usefixtures("newsroom"),
    pytest.mark.sqlite_only("EXPLAIN QUERY PLAN is SQLite's; tests/test_postgres.py checks PostgreSQL plans"),
]

TABLES = (
    "article|quote|person|organisation|place|comment|article_person|article_organisation|article_place"
    "|article_topic|person_organisation"
)
# "SCAN quote" reads the whole table; "SCAN quote USING INDEX …" walks an index in order, which is fine.
FULL_SCAN = re.compile(rf"\bSCAN ({TABLES})(?: AS \w+)?$")

FILTERED_URLS = [
    "/v1/articles?person=vos",
    "/v1/articles?person_id=1",
    "/v1/articles?organisation=OSCE",
    "/v1/articles?organisation_id=1",
    "/v1/articles?place=rotterdam",
    "/v1/articles?country=NL",
    "/v1/articles?topic=investment",
    "/v1/articles?source=Wire",
    "/v1/articles?published_after=2025-01-01",
    "/v1/articles",
    "/v1/articles?sort=-published_at&cursor=WyJwdWJsaXNoZWRfYXQiLHRydWUseyJkdCI6IjIwMjUtMDYtMDFUMDk6MDA6MDArMDA6MDAifSwxXQ",
    "/v1/articles?sort=title",
    "/v1/articles?q=lagos",
    "/v1/articles/1?include=quotes&include=people&include=organisations&include=places&include=comments",
    "/v1/quotes?speaker=vos",
    "/v1/quotes?person_id=1",
    "/v1/quotes?article_id=1",
    "/v1/quotes?organisation=OSCE",
    "/v1/quotes?q=alliance",
    "/v1/people?article_id=1",
    "/v1/people?organisation=OSCE",
    "/v1/people?sort=name",
    "/v1/organisations?country=NG",
    "/v1/organisations?article_id=1",
    "/v1/places?country=NL",
    "/v1/places?article_id=1",
    "/v1/comments?article_id=1",
]


@pytest.fixture
def statements(client: TestClient) -> Iterator[list[tuple[str, Any]]]:
    engine = client.app.state.read_engine  # type: ignore[attr-defined]
    seen: list[tuple[str, Any]] = []

    def record(
        conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool
    ) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    yield seen
    event.remove(engine, "before_cursor_execute", record)


@pytest.mark.parametrize("url", FILTERED_URLS)
def test_filters_use_indexes(client: TestClient, statements: list[tuple[str, Any]], url: str) -> None:
    engine = client.app.state.read_engine  # type: ignore[attr-defined]
    if engine.dialect.name != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's; the PostgreSQL search index is checked on its own")
    assert client.get(url).status_code == 200
    scans = []
    with engine.connect() as conn:
        for statement, parameters in statements:
            if "dataset_state" in statement:
                continue
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
            scans += [(row[-1], statement) for row in plan if FULL_SCAN.search(row[-1])]
    assert scans == [], scans


@pytest.mark.parametrize(
    "url",
    [
        "/v1/articles?country=NL&facet=organisation&facet=person&facet=place",
        "/v1/articles?person=vos&facet=organisation",
        "/v1/articles?organisation=OSCE&facet=person",
    ],
)
def test_articles_linked_to_a_record_are_read_from_covering_indexes(
    client: TestClient, statements: list[tuple[str, Any]], url: str
) -> None:
    # "Articles linked to X" is every link filter and the set every facet counts over: the
    # (linked id, article_id) indexes answer it without a lookup per link row.
    engine = client.app.state.read_engine  # type: ignore[attr-defined]
    assert client.get(url).status_code == 200
    plans = []
    with engine.connect() as conn:
        for statement, parameters in statements:
            if "dataset_state" not in statement:
                plans += [
                    row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
                ]
    link_reads = [p for p in plans if re.search(r"\bSEARCH article_(person|organisation|place)\b", p)]
    assert link_reads, plans
    assert all("COVERING INDEX" in p for p in link_reads), link_reads
    assert not [p for p in plans if FULL_SCAN.search(p)], plans
