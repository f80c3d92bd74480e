"""Online backups of the SQLite database (readers and writers carry on meanwhile)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.config import Settings


class BackupError(RuntimeError):
    pass


def backup_sqlite(settings: Settings, target: Path, *, pages_per_step: int = 1024) -> int:
    """Copy the database to ``target`` with SQLite's online backup API; returns its size in bytes.

    The copy is a consistent snapshot even while imports run, and it is written to a
    temporary file first, so ``target`` is never left half-written.
    """
    source_path = settings.sqlite_path()
    if source_path is None:
        raise BackupError("backup works on a file-backed SQLite database; for PostgreSQL use pg_dump")
    if not source_path.exists():
        raise BackupError(f"there is no database at {source_path}")
    target = target.resolve()
    if target == source_path.resolve():
        raise BackupError("the backup would overwrite the database itself")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy, pages=pages_per_step)
            # A self-contained file: no WAL beside it to lose.
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
    finally:
        source.close()
    partial.replace(target)
    return target.stat().st_size
