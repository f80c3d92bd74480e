"""A filter matching many articles walks the sort's index; one matching few reads its articles.

The filters are link filters (country, person, …) and, when sorting by a column, the search.
Both ways must give the same pages; the choice only changes how much is read (see
``app.services.articles._is_broad``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, insert
from sqlalchemy.engine import Engine

from app.models import ARTICLE, ARTICLE_PLACE, PLACE
from app.services import articles

pytestmark = pytest.mark.sqlite_only("the strategy is SQLite's; PostgreSQL's planner chooses for itself")

ARTICLES = 3000


@pytest.fixture
def countries(engine: Engine) -> Engine:
    """3,000 articles: every third in Portugal (broad), every 250th in Chile (narrow), a tenth undated;
    every one says "text" (broad), every 300th "harbours" (narrow)."""
    start = datetime(2025, 1, 1)
    with engine.begin() as conn:
        conn.execute(
            insert(ARTICLE),
            [
                {
                    "id": n,
                    "title": f"Story {(n * 7919) % ARTICLES:05d}",
                    "body": "Text about harbours." if n % 300 == 0 else "Text.",
                    "content_hash": f"{n:064x}",
                    "topics": [],
                    "published_at": None if n % 10 == 0 else start + timedelta(hours=(n * 37) % 997),
                    "created_at": start,
                }
                for n in range(1, ARTICLES + 1)
            ],
        )
        conn.execute(
            insert(PLACE),
            [
                {
                    "id": 1,
                    "name": "Lisbon",
                    "normalised_name": "lisbon|pt",
                    "country_code": "PT",
                    "kind": "city",
                },
                {
                    "id": 2,
                    "name": "Porto",
                    "normalised_name": "porto|pt",
                    "country_code": "PT",
                    "kind": "city",
                },
                {
                    "id": 3,
                    "name": "Santiago",
                    "normalised_name": "santiago|cl",
                    "country_code": "CL",
                    "kind": "city",
                },
            ],
        )
        links = [{"article_id": n, "place_id": 1 + n % 2} for n in range(3, ARTICLES + 1, 3)]
        links += [{"article_id": n, "place_id": 3} for n in range(250, ARTICLES + 1, 250)]
        conn.execute(insert(ARTICLE_PLACE), links)
    return engine


def every_page(engine: Engine, filters: articles.ArticleFilters, sort: str) -> list[int]:
    ids: list[int] = []
    cursor = None
    with engine.connect() as conn:
        while True:
            page = articles.get_all(conn, limit=20, cursor=cursor, sort=sort, filters=filters)
            ids += [item["id"] for item in page.items]
            if page.next_cursor is None:
                return ids
            cursor = page.next_cursor


def same_pages_both_ways(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, filters: articles.ArticleFilters, sort: str
) -> list[int]:
    """Every page's ids as chosen, checked equal to reading-then-sorting and to walking."""
    chosen = every_page(engine, filters, sort)
    monkeypatch.setattr(articles, "_is_broad", lambda *_: False)
    read_then_sorted = every_page(engine, filters, sort)
    monkeypatch.setattr(articles, "_is_broad", lambda *_: True)
    walked = every_page(engine, filters, sort)
    assert chosen == read_then_sorted == walked
    return chosen


@pytest.fixture
def plans(countries: Engine) -> Iterator[list[str]]:
    """The query plan of every page query (the one reading article rows in sort order)."""
    seen: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if statement.lstrip().startswith("SELECT article.id, article.title"):
            rows = cursor.connection.execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
            seen.append(" / ".join(row[3] for row in rows))

    event.listen(countries, "before_cursor_execute", record)
    yield seen
    event.remove(countries, "before_cursor_execute", record)


@pytest.mark.parametrize("sort", ["-published_at", "published_at", "title", "-created_at", "id"])
@pytest.mark.parametrize("country", ["PT", "CL"])
def test_both_ways_give_the_same_pages(
    countries: Engine, monkeypatch: pytest.MonkeyPatch, country: str, sort: str
) -> None:
    filters = articles.ArticleFilters(country=country)
    chosen = same_pages_both_ways(countries, monkeypatch, filters, sort)
    assert len(chosen) == (1000 if country == "PT" else 12)


def test_a_broad_filter_walks_the_sort_index_and_a_narrow_one_reads_its_articles(
    countries: Engine, plans: list[str]
) -> None:
    with countries.connect() as conn:
        articles.get_all(conn, limit=20, filters=articles.ArticleFilters(country="PT"))
        articles.get_all(conn, limit=20, filters=articles.ArticleFilters(country="CL"))
    broad, narrow = plans
    assert "USING INDEX ix_article_published_at" in broad and "TEMP B-TREE" not in broad, broad
    assert "INTEGER PRIMARY KEY" in narrow, narrow


@pytest.mark.parametrize("sort", ["-published_at", "title", "-id"])
@pytest.mark.parametrize(
    ("q", "country", "expected"), [("text", None, 3000), ("harbours", None, 10), ("text", "CL", 12)]
)
def test_a_search_sorted_by_a_column_gives_the_same_pages_both_ways(
    countries: Engine, monkeypatch: pytest.MonkeyPatch, q: str, country: str | None, expected: int, sort: str
) -> None:
    filters = articles.ArticleFilters(q=q, country=country)
    chosen = same_pages_both_ways(countries, monkeypatch, filters, sort)
    assert len(chosen) == expected


def test_a_common_word_sorted_by_date_walks_the_date_index(countries: Engine, plans: list[str]) -> None:
    with countries.connect() as conn:
        articles.get_all(conn, limit=20, filters=articles.ArticleFilters(q="text"), sort="-published_at")
        articles.get_all(conn, limit=20, filters=articles.ArticleFilters(q="harbours"), sort="-published_at")
    common, rare = plans
    assert "SCAN article USING COVERING INDEX ix_article_published_at" in common, common
    assert "TEMP B-TREE" not in common.split("SCAN page")[0], common
    assert "ix_article_published_at" not in rare, rare
