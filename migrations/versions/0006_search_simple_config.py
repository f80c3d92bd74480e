"""PostgreSQL search indexes use the 'simple' text search configuration, titles weighted.

The 'english' configuration of 0002 stemmed words and dropped stop words, so PostgreSQL
found other articles than SQLite's FTS5 for the same query. 'simple' folds case only,
like FTS5's unicode61 tokenizer. Article titles get weight A and bodies D, so ts_rank
weighs a title ten times the body, as bm25(10.0, 1.0) does on SQLite. The expressions
must stay identical to app.services.search.tsvector_sql, or queries cannot use them.
Nothing changes on SQLite.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 19:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SIMPLE = {
    "article": "setweight(to_tsvector('simple', coalesce(article.title::text, '')), 'A')"
    " || setweight(to_tsvector('simple', coalesce(article.body::text, '')), 'D')",
    "quote": "to_tsvector('simple', coalesce(quote.text::text, ''))",
    "person": "to_tsvector('simple', coalesce(person.name::text, '') || ' ' || coalesce(person.aliases::text, ''))",
    "organisation": "to_tsvector('simple', coalesce(organisation.name::text, '') || ' ' || "
    "coalesce(organisation.acronym::text, '') || ' ' || coalesce(organisation.aliases::text, ''))",
}
# 0002's indexes, for downgrade.
ENGLISH = {
    "article": ("title", "body"),
    "quote": ("text",),
    "person": ("name", "aliases"),
    "organisation": ("name", "acronym", "aliases"),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, document in SIMPLE.items():
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")
        op.execute(f"CREATE INDEX ix_{table}_search ON {table} USING GIN (({document}))")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, columns in ENGLISH.items():
        document = " || ' ' || ".join(f"coalesce({c}::text, '')" for c in columns)
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")
        op.execute(f"CREATE INDEX ix_{table}_search ON {table} USING GIN (to_tsvector('english', {document}))")
