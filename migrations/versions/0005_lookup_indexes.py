"""Indexes for name lookups and name/title sorts; people get an indexed surname key.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 18:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("surname_key", sa.String(length=120), nullable=False, server_default=""))
        batch.create_index(batch.f("ix_person_surname_key"), ["surname_key"], unique=False)
        batch.create_index(batch.f("ix_person_name"), ["name"], unique=False)
    person = sa.table("person", sa.column("id", sa.Integer), sa.column("normalised_name", sa.String))
    connection = op.get_bind()
    for person_id, key in connection.execute(sa.select(person.c.id, person.c.normalised_name)).all():
        connection.execute(
            sa.text("UPDATE person SET surname_key = :surname WHERE id = :id"),
            {"surname": key.split()[-1] if key.split() else "", "id": person_id},
        )
    with op.batch_alter_table("organisation") as batch:
        batch.create_index(batch.f("ix_organisation_name"), ["name"], unique=False)
    with op.batch_alter_table("place") as batch:
        batch.create_index(batch.f("ix_place_name"), ["name"], unique=False)
    with op.batch_alter_table("article") as batch:
        batch.create_index(batch.f("ix_article_title"), ["title"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("article") as batch:
        batch.drop_index(batch.f("ix_article_title"))
    with op.batch_alter_table("place") as batch:
        batch.drop_index(batch.f("ix_place_name"))
    with op.batch_alter_table("organisation") as batch:
        batch.drop_index(batch.f("ix_organisation_name"))
    with op.batch_alter_table("person") as batch:
        batch.drop_index(batch.f("ix_person_name"))
        batch.drop_index(batch.f("ix_person_surname_key"))
        batch.drop_column("surname_key")
