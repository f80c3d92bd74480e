"""32 concurrent readers hammer lists, details and search while an import of 1,000 articles runs.

Zero errors, zero "database is locked", and every answer is a consistent snapshot: an article is
there with all its quotes (their offsets valid in its body) or not there at all. The lists are
newest first, so the articles checked are the ones the import is writing at that moment. It
runs on both databases: SQLite (WAL, readers apart from the one writer) and PostgreSQL.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import httpx

from app.config import Settings
from bench.corpus import write_corpus

ARTICLES = 1000
READERS = 32


def _consistent(article: dict) -> bool:
    return all(article["body"][q["start"] : q["end"]] == q["text"] for q in article.get("quotes", []))


async def _read_until(url: str, importing: subprocess.Popen[bytes], outcomes: Counter[str]) -> None:
    paths = [
        "/v1/articles?limit=20&include=quotes&sort=-id",
        "/v1/quotes?limit=50",
        "/v1/articles?q=minister&limit=10",
        "/v1/people?limit=50",
        "/v1/search?q=said",
    ]
    async with httpx.AsyncClient(base_url=url, timeout=30) as client:
        number = 0
        while importing.poll() is None:
            path = paths[number % len(paths)]
            number += 1
            response = await client.get(path)
            if response.status_code != 200 or "locked" in response.text:
                outcomes[f"{response.status_code} {path}"] += 1
                continue
            body = response.json()
            if path.startswith("/v1/articles?limit=20") and not all(_consistent(a) for a in body["items"]):
                outcomes["inconsistent"] += 1
            else:
                outcomes["ok"] += 1
            latest = (
                body["items"][0]["id"] if path.startswith("/v1/articles?limit") and body["items"] else None
            )
            if latest is not None:
                detail = await client.get(f"/v1/articles/{latest}?include=quotes")
                outcomes[
                    "ok" if detail.status_code == 200 and _consistent(detail.json()) else "bad detail"
                ] += 1


def test_readers_never_fail_or_see_half_an_article_while_an_import_runs(
    settings: Settings, live_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "corpus"
    write_corpus(folder, ARTICLES)
    env = {**os.environ, "DATABASE_URL": settings.database_url}
    importing = subprocess.Popen(
        [sys.executable, "-m", "app", "import", str(folder)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    outcomes: Counter[str] = Counter()

    async def hammer() -> None:
        await asyncio.gather(*(_read_until(live_url, importing, outcomes) for _ in range(READERS)))

    asyncio.run(hammer())
    stdout, stderr = importing.communicate(timeout=300)
    assert importing.returncode == 0, stderr.decode()[-2000:]
    assert stdout.decode().strip() == f"{ARTICLES} imported, 0 replaced, 0 unchanged, 0 failed"
    errors = {k: v for k, v in outcomes.items() if k != "ok"}
    assert errors == {}, errors
    assert outcomes["ok"] > READERS  # the readers really did run during the import
    backend = "sqlite" if settings.is_sqlite else "postgresql"
    print(f"\n{backend}: {outcomes['ok']} reader requests during the import, {sum(errors.values())} errors")
