"""SQLModel tables. Alembic (``migrations/``) owns the schema; these are its source."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlmodel import Field, SQLModel

# Named constraints keep migrations identical on SQLite and PostgreSQL.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def _fk(target: str, *, nullable: bool = False, on_delete: str = "CASCADE", index: bool = True) -> Column:
    return Column(Integer, ForeignKey(target, ondelete=on_delete), nullable=nullable, index=index)


class Article(SQLModel, table=True):
    __tablename__ = "article"

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(sa_column=Column(Text, nullable=False, index=True))
    body: str = Field(sa_column=Column(Text, nullable=False))
    published_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True), index=True))
    source: str | None = Field(default=None, sa_column=Column(String(200), index=True))
    url: str | None = Field(default=None, sa_column=Column(Text))
    # Where the text came from (URL or file path): a changed file replaces its article.
    origin: str | None = Field(default=None, sa_column=Column(Text, unique=True))
    content_hash: str = Field(sa_column=Column(String(64), nullable=False, unique=True))
    topics: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False, index=True)
    )


class DatasetState(SQLModel, table=True):
    """One row: a counter every write bumps (for ETags) and the time of the last import."""

    __tablename__ = "dataset_state"

    id: int = Field(default=1, primary_key=True)
    version: int = Field(default=0, sa_column=Column(Integer, nullable=False, default=0))
    last_import_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))


class IdempotencyKey(SQLModel, table=True):
    """A write request's Idempotency-Key, so a retried POST returns the first answer."""

    __tablename__ = "idempotency_key"

    key: str = Field(sa_column=Column(String(200), primary_key=True))
    request_hash: str = Field(sa_column=Column(String(64), nullable=False))
    article_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=True)
    )
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


class ArticleTopic(SQLModel, table=True):
    """One row per topic per article, so topics filter and facet through an index."""

    __tablename__ = "article_topic"

    article_id: int = Field(
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), primary_key=True)
    )
    topic: str = Field(sa_column=Column(String(120), primary_key=True, index=True))
    position: int = Field(sa_column=Column(Integer, nullable=False))


class Person(SQLModel, table=True):
    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(300), nullable=False, index=True))
    normalised_name: str = Field(sa_column=Column(String(300), nullable=False, unique=True))
    # Last word of the normalised name: "Okafor" finds "Ada Okafor" through an index.
    surname_key: str = Field(
        default="", sa_column=Column(String(120), nullable=False, index=True, server_default="")
    )
    titles: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class Organisation(SQLModel, table=True):
    __tablename__ = "organisation"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(300), nullable=False, index=True))
    normalised_name: str = Field(sa_column=Column(String(300), nullable=False, unique=True))
    acronym: str | None = Field(default=None, sa_column=Column(String(40), index=True))
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    country_code: str | None = Field(default=None, sa_column=Column(String(2), index=True))


class Place(SQLModel, table=True):
    __tablename__ = "place"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(300), nullable=False, index=True))
    # Normalised name plus country code: "georgia|ge" and "georgia|us" are two places.
    normalised_name: str = Field(sa_column=Column(String(310), nullable=False, unique=True))
    country_code: str | None = Field(default=None, sa_column=Column(String(2), index=True))
    kind: str = Field(default="other", sa_column=Column(String(20), nullable=False))


class Quote(SQLModel, table=True):
    __tablename__ = "quote"

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(sa_column=_fk("article.id"))
    position: int = Field(sa_column=Column(Integer, nullable=False))
    text: str = Field(sa_column=Column(Text, nullable=False))
    kind: str = Field(sa_column=Column(String(10), nullable=False, index=True))
    speaker_person_id: int | None = Field(default=None, sa_column=_fk("person.id", nullable=True))
    speaker_organisation_id: int | None = Field(default=None, sa_column=_fk("organisation.id", nullable=True))
    speaker_text: str | None = Field(default=None, sa_column=Column(Text))
    cue: str | None = Field(default=None, sa_column=Column(String(60)))
    start: int = Field(sa_column=Column(Integer, nullable=False))
    end: int = Field(sa_column=Column(Integer, nullable=False))


class Comment(SQLModel, table=True):
    __tablename__ = "comment"

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(sa_column=_fk("article.id"))
    position: int = Field(sa_column=Column(Integer, nullable=False))
    text: str = Field(sa_column=Column(Text, nullable=False))


class ArticlePerson(SQLModel, table=True):
    __tablename__ = "article_person"
    # (linked id, article) answers "articles linked to X" from the index alone (migration 0008).
    __table_args__ = (Index("ix_article_person_person_id_article_id", "person_id", "article_id"),)

    article_id: int = Field(
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), primary_key=True)
    )
    person_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    )
    mention_count: int = Field(default=0, sa_column=Column(Integer, nullable=False, default=0))


class ArticleOrganisation(SQLModel, table=True):
    __tablename__ = "article_organisation"
    # (linked id, article) answers "articles linked to X" from the index alone (migration 0008).
    __table_args__ = (
        Index("ix_article_organisation_organisation_id_article_id", "organisation_id", "article_id"),
    )

    article_id: int = Field(
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), primary_key=True)
    )
    organisation_id: int = Field(
        sa_column=Column(Integer, ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True)
    )
    mention_count: int = Field(default=0, sa_column=Column(Integer, nullable=False, default=0))


class ArticlePlace(SQLModel, table=True):
    __tablename__ = "article_place"
    # (linked id, article) answers "articles linked to X" from the index alone (migration 0008).
    __table_args__ = (Index("ix_article_place_place_id_article_id", "place_id", "article_id"),)

    article_id: int = Field(
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), primary_key=True)
    )
    place_id: int = Field(
        sa_column=Column(Integer, ForeignKey("place.id", ondelete="CASCADE"), primary_key=True)
    )
    mention_count: int = Field(default=0, sa_column=Column(Integer, nullable=False, default=0))


class PersonOrganisation(SQLModel, table=True):
    """A person's tie to an organisation as one article stated it, with the role it gave."""

    __tablename__ = "person_organisation"
    __table_args__ = (UniqueConstraint("person_id", "organisation_id", "article_id"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(sa_column=_fk("person.id"))
    organisation_id: int = Field(sa_column=_fk("organisation.id"))
    article_id: int = Field(sa_column=_fk("article.id"))
    role: str | None = Field(default=None, sa_column=Column(String(300)))


# Core handles on the same tables, for bulk writes and hand-tuned reads.
def _table(model: type[SQLModel]) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


ARTICLE = _table(Article)
DATASET_STATE = _table(DatasetState)
IDEMPOTENCY_KEY = _table(IdempotencyKey)
ARTICLE_TOPIC = _table(ArticleTopic)
PERSON = _table(Person)
ORGANISATION = _table(Organisation)
PLACE = _table(Place)
QUOTE = _table(Quote)
COMMENT = _table(Comment)
ARTICLE_PERSON = _table(ArticlePerson)
ARTICLE_ORGANISATION = _table(ArticleOrganisation)
ARTICLE_PLACE = _table(ArticlePlace)
PERSON_ORGANISATION = _table(PersonOrganisation)
