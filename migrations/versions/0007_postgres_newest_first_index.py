"""PostgreSQL: an index in the default list order (newest first, undated last).

``ORDER BY published_at DESC NULLS LAST, id DESC`` is the default article list order. SQLite
walks ix_article_published_at backwards for it (NULLs sort first there, so last when reversed);
PostgreSQL puts NULLs last ascending, so it needs an index built in this order. SQLite: nothing.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 19:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_article_newest_first_pg ON article (published_at DESC NULLS LAST, id DESC)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_article_newest_first_pg")
