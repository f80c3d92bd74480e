"""Several writers at once, on both backends: importers, migrations, and readers during an import.

Each test runs on SQLite and on PostgreSQL (the ``backend`` fixture, see conftest.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from app import extract
from app.config import Settings
from app.db import make_engine
from app.ingest import bump_version
from app.migrate import is_at_head
from app.models import ARTICLE, ARTICLE_ORGANISATION, ARTICLE_PERSON, ORGANISATION, PERSON, PLACE

ROOT = Path(__file__).resolve().parent.parent

PEOPLE = [
    ("Maria Jensen", "chief executive"),
    ("Tomas Berg", "spokesman"),
    ("Ingrid Halvorsen", "finance director"),
    ("Samuel Okoro", "chairman"),
    ("Lucia Ferreira", "analyst"),
    ("Peter Novak", "minister"),
]
ORGANISATIONS = ["Northwind Shipping", "Harbour Authority", "Meridian Securities", "Baltic Freight"]
PLACES = ["Rotterdam", "Hamburg", "Antwerp"]


def article_text(number: int) -> str:
    """A small wire story; every article shares people, organisations and places with others."""
    first, first_role = PEOPLE[number % len(PEOPLE)]
    second, second_role = PEOPLE[(number + 1) % len(PEOPLE)]
    org = ORGANISATIONS[number % len(ORGANISATIONS)]
    other = ORGANISATIONS[(number + 1) % len(ORGANISATIONS)]
    place = PLACES[number % len(PLACES)]
    return (
        f"{org} expands terminal number {number} in {place}\n\n"
        f"{org} said on Tuesday it would open terminal number {number} in {place}.\n\n"
        f'"We will hire {100 + number} people," said {first}, {first_role} of {org}.\n\n'
        f"{second}, {second_role} at {other}, said the plan had been approved. "
        f'"The port needs it," {second.split()[-1]} said.\n'
    )


def write_folder(folder: Path, numbers: range) -> None:
    folder.mkdir(parents=True)
    for number in numbers:
        (folder / f"story_{number:03d}.txt").write_text(article_text(number), encoding="utf-8")


def _start_together(argv: list[str], settings: Settings, count: int) -> list[subprocess.Popen[str]]:
    env = {**os.environ, "DATABASE_URL": settings.database_url}
    return [
        subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(count)
    ]


def test_two_importers_over_overlapping_folders_store_each_article_and_entity_once(
    blank_settings: Settings, tmp_path: Path
) -> None:
    # Shared articles are imported by both processes at about the same moment: one in order, one in reverse.
    write_folder(tmp_path / "a", range(0, 30))
    write_folder(tmp_path / "b", range(12, 42))
    env = {**os.environ, "DATABASE_URL": blank_settings.database_url}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "app", "import", str(tmp_path / folder)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for folder in ("a", "b")
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    for run, (stdout, stderr) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, stdout + stderr
        assert "error" not in stderr.lower(), stderr
    # Each importer saw 30 files; between them every file was stored once and found stored once.
    summaries = [stdout.strip().splitlines()[-1] for stdout, _ in outputs]
    imported = sum(int(s.split(" imported")[0]) for s in summaries)
    unchanged = sum(int(s.split(" unchanged")[0].rsplit(", ", 1)[-1]) for s in summaries)
    assert (imported, unchanged) == (42, 18), summaries

    expected_people: set[tuple[str, str]] = set()
    expected_orgs: set[tuple[str, str]] = set()
    for number in range(42):
        extraction = extract.run(article_text(number))
        expected_people |= {(extraction.document.title, p.key) for p in extraction.people}
        expected_orgs |= {(extraction.document.title, o.key) for o in extraction.organisations}
    assert len({key for _, key in expected_people}) >= 4  # the fixtures really do share people

    engine = make_engine(blank_settings)
    try:
        with engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(ARTICLE)).scalar() == 42
            for table in (PERSON, ORGANISATION, PLACE):
                names = list(conn.execute(select(table.c.normalised_name)).scalars())
                assert len(names) == len(set(names)), table.name
            people = {
                tuple(row)
                for row in conn.execute(
                    select(ARTICLE.c.title, PERSON.c.normalised_name)
                    .join(ARTICLE_PERSON, ARTICLE_PERSON.c.article_id == ARTICLE.c.id)
                    .join(PERSON, PERSON.c.id == ARTICLE_PERSON.c.person_id)
                )
            }
            orgs = {
                tuple(row)
                for row in conn.execute(
                    select(ARTICLE.c.title, ORGANISATION.c.normalised_name)
                    .join(ARTICLE_ORGANISATION, ARTICLE_ORGANISATION.c.article_id == ARTICLE.c.id)
                    .join(ORGANISATION, ORGANISATION.c.id == ARTICLE_ORGANISATION.c.organisation_id)
                )
            }
    finally:
        engine.dispose()
    assert people == expected_people
    assert orgs == expected_orgs


def test_several_processes_migrating_at_once_do_not_collide(blank_settings: Settings) -> None:
    start = time.time() + 2.5  # every process has imported the app by then, and they go together
    code = (
        "import sys, time\n"
        "from app.config import get_settings\n"
        "from app.db import make_engine\n"
        "from app.migrate import upgrade_to_head\n"
        "engine = make_engine(get_settings(), writer=True)\n"
        "time.sleep(max(0.0, float(sys.argv[1]) - time.time()))\n"
        "upgrade_to_head(engine)\n"
    )
    runs = _start_together([sys.executable, "-c", code, repr(start)], blank_settings, 4)
    for run in runs:
        stdout, stderr = run.communicate(timeout=120)
        assert run.returncode == 0, stdout + stderr
    engine = make_engine(blank_settings)
    try:
        assert is_at_head(engine)
    finally:
        engine.dispose()


def test_readers_do_not_wait_for_an_import_in_progress(
    client: TestClient, engine: Engine, newsroom: list
) -> None:
    before = client.get("/v1/articles").json()["items"]
    with engine.begin() as writing:  # a writer holds its lock (and the dataset_state row) ...
        writing.execute(
            ARTICLE.insert(),
            {
                "title": "Still being written",
                "body": "Not committed yet.",
                "content_hash": "f" * 64,
                "topics": [],
                "created_at": datetime.now(UTC),
            },
        )
        bump_version(writing, imported=True)
        started = time.monotonic()
        during = client.get("/v1/articles")  # ... and the reader neither waits nor sees its work
        assert time.monotonic() - started < 2.0
        assert during.status_code == 200
        assert during.json()["items"] == before
    after = client.get("/v1/articles").json()["items"]
    assert "Still being written" in [a["title"] for a in after]
