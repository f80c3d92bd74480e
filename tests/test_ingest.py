"""One transaction per article: idempotent re-import, replacement, rollback, deletion."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from app import extract
from app import ingest as ingest_module
from app.ingest import Outcome, delete_article, ingest
from app.models import ARTICLE, ARTICLE_PERSON, COMMENT, ORGANISATION, PERSON, PLACE, QUOTE
from app.readers import read_text
from tests.conftest import NEWSROOM


def _counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (ARTICLE, PERSON, ORGANISATION, PLACE, QUOTE, COMMENT, ARTICLE_PERSON)
        }


def _store(engine: Engine, number: int, origin: str | None = None) -> Any:
    extraction = NEWSROOM[number]
    raw = read_text(extraction.document.body, name="t", origin=origin)
    return ingest(engine, raw, extraction)


def test_reimporting_the_same_text_adds_nothing(engine: Engine) -> None:
    first = _store(engine, 0, origin="/a.txt")
    before = _counts(engine)
    again = _store(engine, 0, origin="/elsewhere.txt")
    assert first.outcome is Outcome.IMPORTED
    assert again.outcome is Outcome.UNCHANGED and again.article_id == first.article_id
    assert _counts(engine) == before


def test_new_text_from_the_same_origin_replaces_the_old_article(engine: Engine) -> None:
    _store(engine, 0, origin="/a.txt")
    replaced = _store(engine, 1, origin="/a.txt")
    assert replaced.outcome is Outcome.REPLACED
    counts = _counts(engine)
    assert counts["article"] == 1 and counts["quote"] == 1 and counts["comment"] == 0
    # Ada Okafor and Acme were named only by the replaced text.
    assert counts["person"] == 1 and counts["organisation"] == 1 and counts["place"] == 1


def test_a_failure_mid_article_leaves_nothing_half_written(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    _store(engine, 1, origin="/b.txt")
    before = _counts(engine)
    real_insert_many = ingest_module._insert_many

    def failing_insert_many(conn: Any, table: Any, rows: Any) -> None:
        if table is QUOTE:
            raise RuntimeError("disk on fire")
        real_insert_many(conn, table, rows)

    monkeypatch.setattr(ingest_module, "_insert_many", failing_insert_many)
    with pytest.raises(RuntimeError):
        _store(engine, 0, origin="/a.txt")
    assert _counts(engine) == before


def test_deleting_an_article_prunes_entities_no_other_article_names(engine: Engine) -> None:
    first = _store(engine, 0)
    _store(engine, 1)
    with engine.begin() as conn:
        assert delete_article(conn, first.article_id)
    with engine.connect() as conn:
        people = list(conn.execute(select(PERSON.c.name)).scalars())
        organisations = list(conn.execute(select(ORGANISATION.c.name)).scalars())
    assert people == ["Henrik Vos"]  # still named by the second article
    assert organisations == ["OSCE"]
    counts = _counts(engine)
    assert counts["quote"] == 1 and counts["comment"] == 0 and counts["article_person"] == 1


def test_entities_merge_across_articles_by_normalised_name(engine: Engine) -> None:
    _store(engine, 0)
    _store(engine, 1)
    with engine.connect() as conn:
        vos = conn.execute(select(PERSON).where(PERSON.c.normalised_name == "henrik vos")).mappings().one()
        links = conn.execute(
            select(func.count()).select_from(ARTICLE_PERSON).where(ARTICLE_PERSON.c.person_id == vos["id"])
        ).scalar_one()
    assert links == 2
    assert vos["aliases"] == ["Vos"]


def test_overlong_titles_are_clipped_at_a_word(engine: Engine) -> None:
    from app.ingest import MAX_TITLE_CHARS

    text = "Title: " + "word " * 200 + "\n\nThe body of the story, officials said."
    result = ingest(engine, read_text(text, name="t"), extract.run(text))
    with engine.connect() as conn:
        title = conn.execute(select(ARTICLE.c.title).where(ARTICLE.c.id == result.article_id)).scalar_one()
    assert len(title) <= MAX_TITLE_CHARS and title.endswith("word…")


def test_more_quotes_than_one_insert_statement_holds_are_all_stored_and_searchable(engine: Engine) -> None:
    # SQLite gets multi-row INSERTs of at most ~80 quote rows each: 150 quotes take two statements.
    paragraphs = [f'"Gate {n} reopens at dawn," said Mara Voss-Eliade.' for n in range(150)]
    text = "Date: 2025-03-04T10:30:00+02:00\n\nFerry gates\n\n" + "\n\n".join(paragraphs)
    extraction = extract.run(text)
    assert len(extraction.quotes) == 150
    result = ingest(engine, read_text(text, name="t"), extraction)
    with engine.connect() as conn:
        quotes = conn.execute(
            select(QUOTE.c.position, QUOTE.c.text)
            .where(QUOTE.c.article_id == result.article_id)
            .order_by(QUOTE.c.position)
        ).all()
        published = conn.execute(
            select(ARTICLE.c.published_at).where(ARTICLE.c.id == result.article_id)
        ).scalar_one()
        topics = conn.execute(select(ARTICLE.c.topics).where(ARTICLE.c.id == result.article_id)).scalar_one()
        if engine.dialect.name == "sqlite":
            found = conn.exec_driver_sql(
                "SELECT rowid FROM quote_fts WHERE quote_fts MATCH '\"Gate 149\"'"
            ).all()
            assert len(found) == 1
    assert [q.position for q in quotes] == list(range(150))
    assert quotes[149].text == "Gate 149 reopens at dawn"
    # Dates and JSON columns go through the columns' own conversions, as SQLAlchemy's inserts do.
    assert published is not None and published.replace(tzinfo=None).isoformat() == "2025-03-04T08:30:00"
    assert topics == list(extraction.topics)
