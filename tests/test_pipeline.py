"""The bulk import path: batches in one transaction, extraction in worker processes, same records."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from app import ingest as ingest_module
from app import pipeline
from app.config import Settings
from app.db import make_engine
from app.ingest import Outcome, delete_article, extract_document, ingest, ingest_many
from app.models import (
    ARTICLE,
    ARTICLE_ORGANISATION,
    ARTICLE_PERSON,
    ARTICLE_PLACE,
    ARTICLE_TOPIC,
    COMMENT,
    ORGANISATION,
    PERSON,
    PERSON_ORGANISATION,
    PLACE,
    QUOTE,
)
from app.pipeline import Stored, import_sources
from app.readers import RawDocument, read_file, read_text
from bench.corpus import write_corpus
from tests.conftest import SEED

FIXTURES = Path(__file__).parent / "fixtures"


def _articles() -> list[tuple[RawDocument, Any]]:
    paths = [SEED, *sorted(FIXTURES.glob("*.txt"))]
    raws = [read_file(path) for path in paths]
    return [(raw, extract_document(raw)) for raw in raws]


def _snapshot(engine: Engine) -> dict[str, set[tuple[Any, ...]]]:
    """Every stored record by natural keys (content hash, names), not by the ids it happened to get."""
    with engine.connect() as conn:
        article = dict(conn.execute(select(ARTICLE.c.id, ARTICLE.c.content_hash)).all())
        person = {
            row.id: row.normalised_name for row in conn.execute(select(PERSON.c.id, PERSON.c.normalised_name))
        }
        organisation = {
            row.id: row.normalised_name
            for row in conn.execute(select(ORGANISATION.c.id, ORGANISATION.c.normalised_name))
        }
        place = {
            row.id: row.normalised_name for row in conn.execute(select(PLACE.c.id, PLACE.c.normalised_name))
        }
        return {
            "article": {
                (r.content_hash, r.title, r.body, r.published_at, r.source, r.url, tuple(r.topics))
                for r in conn.execute(select(ARTICLE))
            },
            "person": {
                (r.normalised_name, r.name, tuple(r.titles), tuple(r.aliases))
                for r in conn.execute(select(PERSON))
            },
            "organisation": {
                (r.normalised_name, r.name, r.acronym, tuple(r.aliases), r.country_code)
                for r in conn.execute(select(ORGANISATION))
            },
            "place": {(r.normalised_name, r.country_code, r.kind) for r in conn.execute(select(PLACE))},
            "quote": {
                (
                    article[r.article_id],
                    r.position,
                    r.text,
                    r.kind,
                    person.get(r.speaker_person_id),
                    organisation.get(r.speaker_organisation_id),
                    r.start,
                    r.end,
                )
                for r in conn.execute(select(QUOTE))
            },
            "comment": {(article[r.article_id], r.position, r.text) for r in conn.execute(select(COMMENT))},
            "topic": {
                (article[r.article_id], r.topic, r.position) for r in conn.execute(select(ARTICLE_TOPIC))
            },
            "article_person": {
                (article[r.article_id], person[r.person_id], r.mention_count)
                for r in conn.execute(select(ARTICLE_PERSON))
            },
            "article_organisation": {
                (article[r.article_id], organisation[r.organisation_id], r.mention_count)
                for r in conn.execute(select(ARTICLE_ORGANISATION))
            },
            "article_place": {
                (article[r.article_id], place[r.place_id], r.mention_count)
                for r in conn.execute(select(ARTICLE_PLACE))
            },
            "affiliation": {
                (person[r.person_id], organisation[r.organisation_id], article[r.article_id], r.role)
                for r in conn.execute(select(PERSON_ORGANISATION))
            },
        }


def test_a_batch_stores_exactly_what_storing_one_by_one_stores(engine: Engine) -> None:
    articles = _articles()
    one_by_one = [ingest(engine, raw, extraction) for raw, extraction in articles]
    expected = _snapshot(engine)
    assert len(expected["article"]) == len(articles) and expected["quote"]
    with engine.begin() as conn:
        for result in one_by_one:
            delete_article(conn, result.article_id)
    assert not any(_snapshot(engine).values())

    batched = ingest_many(engine, articles)

    assert [r.outcome for r in batched] == [Outcome.IMPORTED] * len(articles)
    assert len({r.article_id for r in batched}) == len(articles)
    assert _snapshot(engine) == expected


def test_repeats_inside_one_batch_have_the_outcomes_of_storing_in_order(engine: Engine) -> None:
    first, second = (extraction for _, extraction in _articles()[1:3])
    story = read_text(first.document.body, name="a", origin="/story.txt")
    same_text_elsewhere = read_text(first.document.body, name="b", origin="/copy.txt")
    new_text_same_file = read_text(second.document.body, name="c", origin="/story.txt")

    results = ingest_many(
        engine, [(story, first), (same_text_elsewhere, first), (new_text_same_file, second)]
    )

    assert [r.outcome for r in results] == [Outcome.IMPORTED, Outcome.UNCHANGED, Outcome.REPLACED]
    assert results[1].article_id == results[0].article_id
    with engine.connect() as conn:
        stored = conn.execute(select(ARTICLE.c.id, ARTICLE.c.origin)).all()
    assert [tuple(row) for row in stored] == [(results[2].article_id, "/story.txt")]


def test_a_batch_the_database_refuses_is_stored_one_by_one_naming_the_culprit(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = _articles()[:4]
    culprit = articles[2][0].sha256
    real_store_articles = ingest_module.store_articles

    def refuse_the_culprit(conn: Any, documents: Any) -> Any:
        if any(raw.sha256 == culprit for raw, _ in documents):
            raise OperationalError("INSERT", {}, Exception("disk I/O error"))
        return real_store_articles(conn, documents)

    monkeypatch.setattr(ingest_module, "store_articles", refuse_the_culprit)
    names = {raw.sha256: raw.name for raw, _ in articles}
    sources = {names[raw.sha256]: raw for raw, _ in articles}
    monkeypatch.setattr(pipeline, "_read", lambda source: sources[str(source)])
    reports: list[Stored] = []

    import_sources(engine, list(sources), workers=1, on_stored=reports.append)

    assert [r.name for r in reports] == list(sources)
    assert [r.error is None for r in reports] == [True, True, False, True]
    assert reports[2].error == "the database refused it (disk I/O error)"
    with engine.connect() as conn:
        assert len(conn.execute(select(ARTICLE.c.id)).all()) == 3


def test_an_import_leaves_the_garbage_collector_as_it_found_it_even_when_it_fails(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = _articles()[:2]
    sources = {raw.name: raw for raw, _ in articles}
    monkeypatch.setattr(pipeline, "_read", lambda source: sources[str(source)])
    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []
    import_sources(engine, list(sources), workers=1, on_stored=lambda _: seen.append(gc.get_threshold()))
    assert seen and all(threshold != before for threshold in seen)  # collections were spaced out…
    assert gc.get_threshold() == before  # …and only while importing

    def fail(_: Stored) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_sources(engine, list(sources), workers=1, on_stored=fail)
    assert gc.get_threshold() == before


def _cli_import(folder: Path, db: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}"}
    return subprocess.run(
        [sys.executable, "-m", "app", "import", str(folder), *extra],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.sqlite_only("runs the CLI on SQLite files; the batch itself is checked on both backends above")
def test_parallel_import_matches_a_single_process_import(tmp_path: Path, backend: str) -> None:
    folder = tmp_path / "corpus"
    write_corpus(folder, 3 * pipeline.PARALLEL_FROM)
    shutil.copy(SEED, folder / "seed.txt")
    (folder / "empty.txt").write_text("  \n")
    (folder / "copy-of-seed.txt").write_bytes(SEED.read_bytes())

    parallel = _cli_import(folder, tmp_path / "parallel.db", "--workers", "2")
    single = _cli_import(folder, tmp_path / "single.db", "--workers", "1")

    articles = 3 * pipeline.PARALLEL_FROM + 1
    summary = f"{articles} imported, 0 replaced, 1 unchanged, 1 failed"
    assert parallel.stdout.strip() == single.stdout.strip() == summary
    assert parallel.returncode == single.returncode == 1  # the empty file failed
    assert "empty.txt: is empty" in parallel.stderr
    snapshots = []
    for name in ("parallel.db", "single.db"):
        db_engine = make_engine(Settings(DATABASE_URL=f"sqlite:///{tmp_path / name}"))
        snapshots.append(_snapshot(db_engine))
        db_engine.dispose()
    assert snapshots[0] == snapshots[1]
    assert len(snapshots[0]["article"]) == articles
