"""Every query has a time limit: a pathological one is cut off with a 503 problem, not left to run."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from app.api import create_app
from app.config import Settings
from app.db import make_engine
from app.models import ARTICLE

# A statement SQLite needs seconds for: counting to fifty million.
SLOW_SQL = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000000) SELECT count(*) FROM n"


@pytest.mark.sqlite_only
def test_a_slow_statement_is_interrupted_at_the_limit(settings: Settings, engine: Engine) -> None:
    limited = make_engine(settings.model_copy(update={"statement_timeout_ms": 100}))
    started = time.monotonic()
    with limited.connect() as conn, pytest.raises(OperationalError, match="interrupted"):
        conn.execute(text(SLOW_SQL)).scalar()
    assert time.monotonic() - started < 2
    with limited.connect() as conn:  # the connection is usable again, with a fresh clock
        assert conn.execute(text("SELECT 1")).scalar() == 1
    limited.dispose()


def add_articles_for_a_slow_search(engine: Engine) -> dict[str, Any]:
    """3,000 articles of many distinct words, and the query parameters of a search SQLite needs
    about a second for: sixteen prefixes (the most ``q`` may hold), each matching hundreds of words."""
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "theta", "kappa"]
    with engine.begin() as conn:
        conn.execute(
            ARTICLE.insert(),
            [
                {
                    "title": f"Story {n}",
                    "body": " ".join(f"{w}{(n * 7 + i) % 97}" for i, w in enumerate(words * 40)),
                    "content_hash": f"{n:064x}",
                    "topics": [],
                    "created_at": datetime(2025, 1, 1),
                }
                for n in range(3000)
            ],
        )
    return {"q": " OR ".join(f"{w[:2]}*" for w in words * 2), "facet": ["topic", "source"]}


@pytest.mark.sqlite_only
def test_a_pathological_search_is_cut_off_with_a_503_problem(settings: Settings, engine: Engine) -> None:
    slow_search = add_articles_for_a_slow_search(engine)
    limited = Settings(DATABASE_URL=settings.database_url, BYLINE_STATEMENT_TIMEOUT_MS=1)
    with TestClient(create_app(limited)) as client:
        started = time.monotonic()
        response = client.get("/v1/articles", params=slow_search)
        elapsed = time.monotonic() - started
    assert response.status_code == 503, response.text[:300]
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"].endswith("query-timeout")
    assert response.headers["retry-after"] == "1"
    assert elapsed < 2


def test_search_text_is_capped_in_size_and_terms(client: TestClient) -> None:
    assert client.get("/v1/articles", params={"q": " OR ".join(["a*"] * 17)}).status_code == 422
    assert client.get("/v1/articles", params={"q": "x" * 501}).status_code == 422
    assert client.get("/v1/articles", params={"limit": 501}).status_code == 422
