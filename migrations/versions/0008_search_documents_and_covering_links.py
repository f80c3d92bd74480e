"""PostgreSQL: stored search documents; both: link-table indexes that cover "articles linked to X".

PostgreSQL ranked search with ``ts_rank`` over 0006's index expression, which re-parsed every
hit's title and body for the rank (595 ms for a word in all of 2k articles; 14 ms from the
stored column). Each searched table now stores its document in a generated ``search_document``
tsvector column, built once on write, and the GIN index ``ix_<table>_search`` is on that
column; ranking reads the stored vector. The expressions are 0006's, unchanged, so the same rows match. The column
is not in app.models (SQLite has no such column): migrations/env.py leaves it out of checks.

Filters and facets by person, organisation or place read ``article_id`` for a linked id; the
single-column indexes on ``person_id`` / ``organisation_id`` / ``place_id`` then need a table
lookup per link row. Indexes on (linked id, article_id) answer from the index alone. They
replace the single-column ones, which are their prefix (so ``alembic check`` stays clean, the
models declare the pairs).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26 01:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# 0006's documents, as they stood; a later change of document is a new migration.
DOCUMENTS = {
    "article": "setweight(to_tsvector('simple', coalesce(title::text, '')), 'A')"
    " || setweight(to_tsvector('simple', coalesce(body::text, '')), 'D')",
    "quote": "to_tsvector('simple', coalesce(text::text, ''))",
    "person": "to_tsvector('simple', coalesce(name::text, '') || ' ' || coalesce(aliases::text, ''))",
    "organisation": "to_tsvector('simple', coalesce(name::text, '') || ' ' || "
    "coalesce(acronym::text, '') || ' ' || coalesce(aliases::text, ''))",
}
# 0006's index expressions (table-qualified), for downgrade.
QUALIFIED = {
    "article": "setweight(to_tsvector('simple', coalesce(article.title::text, '')), 'A')"
    " || setweight(to_tsvector('simple', coalesce(article.body::text, '')), 'D')",
    "quote": "to_tsvector('simple', coalesce(quote.text::text, ''))",
    "person": "to_tsvector('simple', coalesce(person.name::text, '') || ' ' || coalesce(person.aliases::text, ''))",
    "organisation": "to_tsvector('simple', coalesce(organisation.name::text, '') || ' ' || "
    "coalesce(organisation.acronym::text, '') || ' ' || coalesce(organisation.aliases::text, ''))",
}
# link table → its linked-id column
LINKS = {
    "article_person": "person_id",
    "article_organisation": "organisation_id",
    "article_place": "place_id",
}


def upgrade() -> None:
    for table, linked in LINKS.items():
        with op.batch_alter_table(table) as batch:
            batch.drop_index(f"ix_{table}_{linked}")
            batch.create_index(f"ix_{table}_{linked}_article_id", [linked, "article_id"], unique=False)
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, document in DOCUMENTS.items():
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN search_document tsvector GENERATED ALWAYS AS ({document}) STORED"
        )
        op.execute(f"CREATE INDEX ix_{table}_search ON {table} USING GIN (search_document)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, document in QUALIFIED.items():
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")
            op.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_document")
            op.execute(f"CREATE INDEX ix_{table}_search ON {table} USING GIN (({document}))")
    for table, linked in LINKS.items():
        with op.batch_alter_table(table) as batch:
            batch.drop_index(f"ix_{table}_{linked}_article_id")
            batch.create_index(f"ix_{table}_{linked}", [linked], unique=False)
