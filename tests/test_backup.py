"""`byline backup` copies a live SQLite database into a file that restores to identical counts."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select

from app.config import Settings
from app.db import make_engine
from app.models import ARTICLE, COMMENT, ORGANISATION, PERSON, PLACE, QUOTE
from tests.conftest import SEEDS
from tests.test_cli import run_cli

TABLES = (ARTICLE, PERSON, ORGANISATION, PLACE, QUOTE, COMMENT)


def _counts(db: Path) -> dict[str, int]:
    engine = make_engine(Settings(DATABASE_URL=f"sqlite:///{db}"))
    with engine.connect() as conn:
        counts = {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in TABLES}
    engine.dispose()
    return counts


def test_backup_restores_to_identical_counts(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(next(SEEDS.glob("*.txt")), folder / "seed.txt")
    (folder / "other.txt").write_text("Rain fell on Oslo on Monday, the weather service said.\n")
    db = tmp_path / "live.db"
    assert run_cli("import", str(folder), db=db).returncode == 0
    copy = tmp_path / "backups" / "copy.db"
    result = run_cli("backup", str(copy), db=db)
    assert result.returncode == 0, result.stderr
    assert "backed up to" in result.stdout
    assert not (tmp_path / "backups" / "copy.db.partial").exists()
    assert _counts(copy) == _counts(db) and _counts(copy)["article"] == 2
    # The copy is a working database: the API's importer accepts it as it is.
    again = run_cli("import", str(folder), db=copy)
    assert again.stdout.strip() == "0 imported, 0 replaced, 2 unchanged, 0 failed"


def test_backup_refuses_what_it_cannot_do(tmp_path: Path) -> None:
    missing = run_cli("backup", str(tmp_path / "x.db"), db=tmp_path / "nothing-here.db")
    assert missing.returncode == 1 and "no database at" in missing.stderr
    db = tmp_path / "live.db"
    run_cli("import", str(next(SEEDS.glob("*.txt"))), db=db)
    onto_itself = run_cli("backup", str(db), db=db)
    assert onto_itself.returncode == 1 and "overwrite the database itself" in onto_itself.stderr
