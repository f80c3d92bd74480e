"""Full-text search: FTS5 tables on SQLite, GIN tsvector indexes on PostgreSQL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 19:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table → the columns its search index covers (kept in sync by triggers inside each write)
SEARCHED = {
    "article": ("title", "body"),
    "quote": ("text",),
    "person": ("name", "aliases"),
    "organisation": ("name", "acronym", "aliases"),
}


def _sqlite_upgrade() -> None:
    for table, columns in SEARCHED.items():
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        op.execute(
            f"CREATE VIRTUAL TABLE {table}_fts USING fts5({cols}, content='{table}', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute(
            f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {new}); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_fts_update AFTER UPDATE ON {table} BEGIN "
            f"INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); "
            f"INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {new}); END"
        )
        # Index whatever is stored already (a no-op on a new database).
        op.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
    # Titles weigh ten times the body when ranking articles.
    op.execute("INSERT INTO article_fts(article_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)')")


def _postgresql_upgrade() -> None:
    for table, columns in SEARCHED.items():
        document = " || ' ' || ".join(f"coalesce({c}::text, '')" for c in columns)
        op.execute(
            f"CREATE INDEX ix_{table}_search ON {table} USING GIN (to_tsvector('english', {document}))"
        )


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_upgrade()
    elif dialect == "postgresql":
        _postgresql_upgrade()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in SEARCHED:
        if dialect == "sqlite":
            for event in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{event}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
        elif dialect == "postgresql":
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")
