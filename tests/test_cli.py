"""The importer through its real entry point (``python -m app``), on a temporary database."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.config import Settings
from app.db import make_engine
from app.models import ARTICLE, COMMENT
from tests.conftest import SEED


def run_cli(*args: str, db: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}"}
    result = subprocess.run(
        [sys.executable, "-m", "app", *args], input=stdin, env=env, capture_output=True, timeout=120
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode(), result.stderr.decode()
    )


def _count(db: Path, table=ARTICLE) -> int:  # type: ignore[no-untyped-def]
    with make_engine(Settings(DATABASE_URL=f"sqlite:///{db}")).connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_import_a_folder_then_again_is_a_no_op(tmp_path: Path) -> None:
    db = tmp_path / "b.db"
    first = run_cli("import", str(SEED.parent), db=db)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "1 imported, 0 replaced, 0 unchanged, 0 failed"
    again = run_cli("import", str(SEED.parent), db=db)
    assert again.stdout.strip() == "0 imported, 0 replaced, 1 unchanged, 0 failed"
    assert _count(db) == 1
    assert _count(db, COMMENT) == 1


def test_a_changed_file_replaces_its_article(tmp_path: Path) -> None:
    db = tmp_path / "b.db"
    article = tmp_path / "story.txt"
    article.write_text("Rain fell in Paris on Monday, the weather service said.")
    run_cli("import", str(article), db=db)
    article.write_text("Snow fell in Paris on Tuesday, the weather service said.")
    result = run_cli("import", str(article), db=db)
    assert result.stdout.strip() == "0 imported, 1 replaced, 0 unchanged, 0 failed"
    assert _count(db) == 1


def test_bad_files_are_named_with_a_reason_and_the_rest_still_import(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"   \n")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    result = run_cli("import", str(folder), str(tmp_path / "missing.txt"), db=tmp_path / "b.db")
    assert result.returncode == 1
    assert result.stdout.strip() == "1 imported, 0 replaced, 0 unchanged, 3 failed"
    assert "empty.txt: is empty" in result.stderr
    assert "binary.txt: contains NUL bytes" in result.stderr
    assert "missing.txt: No such file" in result.stderr
    assert _count(tmp_path / "b.db") == 1


def test_standard_input_is_an_article(tmp_path: Path) -> None:
    text = b"Ministers met in Brussels on Friday, officials said."
    result = run_cli("import", "-", db=tmp_path / "b.db", stdin=text)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1 imported, 0 replaced, 0 unchanged, 0 failed"


def test_non_utf8_input_says_which_encoding_was_used(tmp_path: Path) -> None:
    article = tmp_path / "latin.txt"
    article.write_bytes(
        ("Le ministre s'est exprimé à Genève. Déclaration très attendue. " * 4).encode("latin-1")
    )
    result = run_cli("import", str(article), db=tmp_path / "b.db")
    assert result.returncode == 0
    assert "latin.txt: decoded as" in result.stderr


@pytest.mark.parametrize(
    "command", [["--help"], ["import", "--help"], ["serve", "--help"], ["evaluate", "--help"]]
)
def test_help_works_for_every_command(command: list[str], tmp_path: Path) -> None:
    assert run_cli(*command, db=tmp_path / "b.db").returncode == 0
