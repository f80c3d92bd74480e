"""Shared fixtures: a temporary database per test, filled through the real pipeline."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine

from app import extract
from app.api import create_app
from app.config import Settings
from app.db import make_engine
from app.ingest import IngestResult, ingest
from app.migrate import upgrade_to_head
from app.readers import read_file, read_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_562edc6b6e8a2061.txt"

Store = Callable[..., IngestResult]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(DATABASE_URL=f"sqlite:///{tmp_path / 'byline.db'}")


@pytest.fixture
def engine(settings: Settings) -> Iterator[Engine]:
    engine = make_engine(settings, writer=True)
    upgrade_to_head(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def store(engine: Engine) -> Store:
    """Store one article from text, as the importer would."""

    def _store(
        text: str,
        *,
        name: str = "<test>",
        origin: str | None = None,
        published_at: datetime | None = None,
        source: str | None = None,
    ) -> IngestResult:
        raw = read_text(text, name=name, origin=origin)
        return ingest(engine, raw, extract.run(raw.text, published_at=published_at, source=source))

    return _store


@pytest.fixture
def seeded(engine: Engine) -> IngestResult:
    raw = read_file(SEED)
    return ingest(engine, raw, extract.run(raw.text))


@pytest.fixture
def client(settings: Settings, engine: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def _span_of(body: str, needle: str) -> tuple[int, int]:
    start = body.index(needle)
    return start, start + len(needle)


def handmade_extraction(
    body: str,
    *,
    title: str,
    published_at: datetime | None = None,
    source: str | None = None,
    people: tuple[tuple[str, str, str], ...] = (),  # (name, title, organisation key)
    organisations: tuple[tuple[str, str | None, str | None], ...] = (),  # (name, acronym, country)
    places: tuple[tuple[str, str | None, str], ...] = (),  # (name, country, kind)
    quotes: tuple[
        tuple[str, str, str | None, str | None], ...
    ] = (),  # (text, kind, speaker key, speaker type)
    comments: tuple[str, ...] = (),
    topics: tuple[str, ...] = (),
) -> extract.Extraction:
    """An extraction written by hand, so API tests do not depend on extraction quality."""
    from app.extract.types import (
        Affiliation,
        Document,
        OrganisationEntity,
        PersonEntity,
        PlaceEntity,
        QuoteRecord,
        Span,
    )

    return extract.Extraction(
        document=Document(
            title=title,
            body=body,
            paragraphs=(Span(0, len(body)),),
            comments=comments,
            published_at=published_at,
            source=source,
        ),
        people=tuple(
            PersonEntity(
                key=name.casefold(),
                name=name,
                titles=(role,),
                affiliations=(Affiliation(org, role),),
                aliases=(name.split()[-1],),
                mentions=(Span(*_span_of(body, name)),),
            )
            for name, role, org in people
        ),
        organisations=tuple(
            OrganisationEntity(key=name.casefold(), name=name, acronym=acronym, country_code=country)
            for name, acronym, country in organisations
        ),
        places=tuple(
            PlaceEntity(key=f"{name.casefold()}|{country or ''}", name=name, country_code=country, kind=kind)  # type: ignore[arg-type]
            for name, country, kind in places
        ),
        quotes=tuple(
            QuoteRecord(
                text=text,
                kind=kind,  # type: ignore[arg-type]
                start=_span_of(body, text)[0],
                end=_span_of(body, text)[1],
                speaker_key=speaker,
                speaker_type=speaker_type,  # type: ignore[arg-type]
                speaker_text=speaker.title() if speaker else None,
                cue="said",
            )
            for text, kind, speaker, speaker_type in quotes
        ),
        topics=topics,
    )


NEWSROOM = [
    handmade_extraction(
        "Ada Okafor, chief executive of Acme Corporation, said “we will build in Lagos”. "
        "Acme said profits rose. Henrik Vos said “the alliance is strong”.",
        title="Acme builds in Lagos",
        published_at=datetime.fromisoformat("2025-06-01T09:00:00+00:00"),
        source="Wire",
        people=(
            ("Ada Okafor", "chief executive", "acme corporation"),
            ("Henrik Vos", "Secretary General", "osce"),
        ),
        organisations=(("Acme Corporation", None, "NG"), ("OSCE", "OSCE", None)),
        places=(("Lagos", "NG", "city"),),
        quotes=(
            ("we will build in Lagos", "direct", "ada okafor", "person"),
            ("profits rose", "indirect", "acme corporation", "organisation"),
            ("the alliance is strong", "direct", "henrik vos", "person"),
        ),
        comments=("Great news.", "Not so sure."),
        topics=("investment",),
    ),
    handmade_extraction(
        "Henrik Vos said “talks continue” in Rotterdam.",
        title="Talks continue",
        published_at=datetime.fromisoformat("2025-07-01T09:00:00+00:00"),
        source="Herald",
        people=(("Henrik Vos", "Secretary General", "osce"),),
        organisations=(("OSCE", "OSCE", None),),
        places=(("Rotterdam", "NL", "city"),),
        quotes=(("talks continue", "direct", "henrik vos", "person"),),
    ),
    handmade_extraction(
        "Nobody said anything of note on a quiet day.",
        title="A quiet day",
        published_at=None,
    ),
]


@pytest.fixture
def newsroom(engine: Engine) -> list[IngestResult]:
    """Three articles with known people, organisations, places, quotes and comments."""
    results = []
    for number, extraction in enumerate(NEWSROOM):
        raw = read_text(extraction.document.body, name=f"article-{number}", origin=f"/news/{number}.txt")
        results.append(ingest(engine, raw, extraction))
    return results
