"""Dataset state: a version counter every write bumps, and the last import time.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 19:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    state = op.create_table(
        "dataset_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("last_import_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dataset_state")),
    )
    op.bulk_insert(state, [{"id": 1, "version": 0, "last_import_at": None}])


def downgrade() -> None:
    op.drop_table("dataset_state")
