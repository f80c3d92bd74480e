"""The one seam between extraction and the database: one transaction per article."""

from __future__ import annotations

import enum
import random
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Insert, Table, delete, exists, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from app import extract
from app.extract.types import Extraction, OrganisationEntity, PersonEntity, PlaceEntity
from app.models import (
    ARTICLE,
    ARTICLE_ORGANISATION,
    ARTICLE_PERSON,
    ARTICLE_PLACE,
    ARTICLE_TOPIC,
    COMMENT,
    DATASET_STATE,
    IDEMPOTENCY_KEY,
    ORGANISATION,
    PERSON,
    PERSON_ORGANISATION,
    PLACE,
    QUOTE,
    utcnow,
)
from app.readers import RawDocument, UnreadableInput

EntityT = TypeVar("EntityT", PersonEntity, OrganisationEntity, PlaceEntity)
T = TypeVar("T")

ATTEMPTS = 5  # a transaction that lost a race to a concurrent writer is run again
# PostgreSQL: serialization failure, deadlock detected (the loser is rolled back whole).
_RETRIED_SQLSTATES = {"40001", "40P01"}


class Outcome(enum.StrEnum):
    IMPORTED = "imported"
    REPLACED = "replaced"  # the same origin with new text: the old records were replaced
    UNCHANGED = "unchanged"  # this exact text is stored already


@dataclass(frozen=True, slots=True)
class IngestResult:
    outcome: Outcome
    article_id: int


@dataclass(frozen=True, slots=True)
class Overrides:
    """Metadata a caller states outright; it wins over what the text itself says."""

    title: str | None = None
    published_at: datetime | None = None
    source: str | None = None
    url: str | None = None


def extract_document(raw: RawDocument, overrides: Overrides | None = None) -> Extraction:
    """Run the pipeline; refuse text that holds no article (only metadata or reader comments)."""
    overrides = overrides or Overrides()
    extraction = extract.run(
        raw.text,
        title=overrides.title,
        published_at=overrides.published_at,
        source=overrides.source,
        url=overrides.url,
    )
    if not extraction.document.body.strip():
        raise UnreadableInput(raw.name, "has no article text (only metadata or reader comments)")
    return extraction


def import_document(engine: Engine, raw: RawDocument, overrides: Overrides | None = None) -> IngestResult:
    """Extract and store one article (the CLI's and the write API's one path)."""
    return ingest(engine, raw, extract_document(raw, overrides))


def import_idempotent(
    engine: Engine, raw: RawDocument, overrides: Overrides, *, key: str, request_hash: str
) -> tuple[IngestResult, bool]:
    """Like :func:`import_document`, remembering ``key``; returns (result, replayed).

    A key seen before with the same request replays the first result; with a
    different request it is refused, since the client is confused about what it sent.
    """
    extraction = extract_document(raw, overrides)

    def work(conn: Connection) -> tuple[IngestResult, bool]:
        seen = conn.execute(
            select(IDEMPOTENCY_KEY.c.request_hash, IDEMPOTENCY_KEY.c.article_id).where(
                IDEMPOTENCY_KEY.c.key == key
            )
        ).first()
        if seen is not None:
            if seen.request_hash != request_hash:
                raise IdempotencyKeyReused(key)
            if seen.article_id is not None:
                return IngestResult(Outcome.UNCHANGED, seen.article_id), True
            conn.execute(
                delete(IDEMPOTENCY_KEY).where(IDEMPOTENCY_KEY.c.key == key)
            )  # its article was deleted
        result = store_article(conn, raw, extraction)
        conn.execute(
            IDEMPOTENCY_KEY.insert(),
            {
                "key": key,
                "request_hash": request_hash,
                "article_id": result.article_id,
                "created_at": utcnow(),
            },
        )
        return result, False

    return in_transaction(engine, work)


class IdempotencyKeyReused(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(f"Idempotency-Key {key!r} was used before with a different request")


def ingest(engine: Engine, raw: RawDocument, extraction: Extraction) -> IngestResult:
    """Store one article and everything extracted from it, atomically.

    Re-ingesting identical text is a no-op; new text from a known origin replaces
    that origin's article. Either everything is written or nothing is.
    """
    return in_transaction(engine, lambda conn: store_article(conn, raw, extraction))


def in_transaction(engine: Engine, work: Callable[[Connection], T]) -> T:
    """Run ``work`` in one transaction, again from the start if it lost a race to another writer.

    Two importers given the same file both find its hash unknown; the second to commit
    hits the unique constraint (or PostgreSQL detects a deadlock between them) and its
    whole transaction is rolled back. Run again, it sees the first one's article and
    reports it unchanged, so concurrent imports end with no duplicates and no errors.
    """
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with engine.begin() as conn:
                return work(conn)
        except DBAPIError as error:
            if attempt == ATTEMPTS or not _lost_a_race(error):
                raise
            time.sleep(random.uniform(0.0, 0.02 * attempt))  # de-synchronise the contenders
    raise AssertionError("unreachable")  # pragma: no cover


def _lost_a_race(error: DBAPIError) -> bool:
    if isinstance(error, IntegrityError):
        return True  # a unique key (content hash, origin, idempotency key) another writer took first
    return getattr(error.orig, "sqlstate", None) in _RETRIED_SQLSTATES


def store_article(conn: Connection, raw: RawDocument, extraction: Extraction) -> IngestResult:
    """Write one article inside the caller's transaction."""
    return store_articles(conn, [(raw, extraction)])[0]


def ingest_many(engine: Engine, documents: Sequence[tuple[RawDocument, Extraction]]) -> list[IngestResult]:
    """Store several articles in one transaction: all of them or, on failure, none.

    The import path's batch: one commit (and one full-text index flush) for many articles
    and one statement per table instead of one per article, with the same outcomes as
    storing them one by one in order.
    """
    if not documents:
        return []
    return in_transaction(engine, lambda conn: store_articles(conn, documents))


def store_articles(
    conn: Connection, documents: Sequence[tuple[RawDocument, Extraction]]
) -> list[IngestResult]:
    """Write articles inside the caller's transaction; each result as if stored one by one in order."""
    results: list[IngestResult] = []
    for run in _runs_without_repeats(documents):
        results.extend(_store_run(conn, run))
    if any(r.outcome is not Outcome.UNCHANGED for r in results):
        bump_version(conn, imported=True)
    return results


def _runs_without_repeats(
    documents: Sequence[tuple[RawDocument, Extraction]],
) -> Iterator[list[tuple[RawDocument, Extraction]]]:
    """Consecutive runs in which no text and no origin repeats.

    A repeat must see the earlier one stored (to answer "unchanged", or to replace it),
    so it starts a new run; within a run every article can be written side by side.
    """
    run: list[tuple[RawDocument, Extraction]] = []
    hashes: set[str] = set()
    origins: set[str] = set()
    for raw, extraction in documents:
        origin = _origin(raw, extraction)
        if raw.sha256 in hashes or (origin is not None and origin in origins):
            yield run
            run, hashes, origins = [], set(), set()
        run.append((raw, extraction))
        hashes.add(raw.sha256)
        if origin is not None:
            origins.add(origin)
    if run:
        yield run


def _origin(raw: RawDocument, extraction: Extraction) -> str | None:
    # A stated URL is the most stable identity an article has; else the file it came from.
    return extraction.document.url or raw.origin


def _store_run(conn: Connection, run: Sequence[tuple[RawDocument, Extraction]]) -> list[IngestResult]:
    known: dict[str, int] = dict(
        conn.execute(
            select(ARTICLE.c.content_hash, ARTICLE.c.id).where(
                ARTICLE.c.content_hash.in_([raw.sha256 for raw, _ in run])
            )
        ).all()
    )
    origins = [o for o in (_origin(raw, extraction) for raw, extraction in run) if o is not None]
    previous = (
        dict(conn.execute(select(ARTICLE.c.origin, ARTICLE.c.id).where(ARTICLE.c.origin.in_(origins))).all())
        if origins
        else {}
    )

    outcomes: list[Outcome] = []
    new: list[tuple[int, RawDocument, Extraction]] = []  # (index in run, …) of the articles to write
    for index, (raw, extraction) in enumerate(run):
        if raw.sha256 in known:
            outcomes.append(Outcome.UNCHANGED)
            continue
        replaced = previous.get(_origin(raw, extraction) or "")
        if replaced is not None:
            delete_article(conn, replaced)
        outcomes.append(Outcome.REPLACED if replaced is not None else Outcome.IMPORTED)
        new.append((index, raw, extraction))

    article_ids = _insert_articles(conn, new)
    ids_by_index = dict(zip((index for index, _, _ in new), article_ids, strict=True))
    _insert_details(
        conn,
        [(article_id, extraction) for article_id, (_, _, extraction) in zip(article_ids, new, strict=True)],
    )
    return [
        IngestResult(outcome, known[raw.sha256] if outcome is Outcome.UNCHANGED else ids_by_index[index])
        for index, ((raw, _), outcome) in enumerate(zip(run, outcomes, strict=True))
    ]


def _insert_articles(conn: Connection, new: Sequence[tuple[int, RawDocument, Extraction]]) -> list[int]:
    if not new:
        return []
    now = utcnow()
    rows = [
        {
            "title": clip_title(extraction.document.title),
            "body": extraction.document.body,
            "published_at": _utc(extraction.document.published_at),
            "source": extraction.document.source,
            "url": extraction.document.url,
            "origin": _origin(raw, extraction),
            "content_hash": raw.sha256,
            "topics": list(extraction.topics),
            "created_at": now,
        }
        for _, raw, extraction in new
    ]
    # Multi-row INSERTs, then the ids by content hash (unique): an ordered INSERT … RETURNING
    # would run row by row on SQLite.
    _insert_many(conn, ARTICLE, rows)
    hashes = [row["content_hash"] for row in rows]
    ids = dict(
        conn.execute(
            select(ARTICLE.c.content_hash, ARTICLE.c.id).where(ARTICLE.c.content_hash.in_(hashes))
        ).all()
    )
    return [ids[content_hash] for content_hash in hashes]


def _insert_details(conn: Connection, articles: Sequence[tuple[int, Extraction]]) -> None:
    """Entities (merged with what is stored), link rows, quotes, comments and topics of new articles."""
    if not articles:
        return
    people_by_article = [(aid, _unique_by_key(ex.people)) for aid, ex in articles]
    organisations_by_article = [(aid, _unique_by_key(ex.organisations)) for aid, ex in articles]
    places_by_article = [(aid, _unique_by_key(ex.places)) for aid, ex in articles]
    person_ids = _upsert_people(conn, _merged_people([p for _, people in people_by_article for p in people]))
    organisation_ids = _upsert_organisations(
        conn, _merged_organisations([o for _, orgs in organisations_by_article for o in orgs])
    )
    place_ids = _upsert_places(conn, _unique_by_key([p for _, places in places_by_article for p in places]))

    _insert_many(
        conn,
        ARTICLE_TOPIC,
        [
            {"article_id": article_id, "topic": topic, "position": position}
            for article_id, extraction in articles
            for position, topic in enumerate(dict.fromkeys(t[:120] for t in extraction.topics))
        ],
    )
    _insert_many(
        conn,
        ARTICLE_PERSON,
        [
            {"article_id": aid, "person_id": person_ids[p.key], "mention_count": max(1, len(p.mentions))}
            for aid, people in people_by_article
            for p in people
        ],
    )
    _insert_many(
        conn,
        ARTICLE_ORGANISATION,
        [
            {
                "article_id": aid,
                "organisation_id": organisation_ids[o.key],
                "mention_count": max(1, len(o.mentions)),
            }
            for aid, organisations in organisations_by_article
            for o in organisations
        ],
    )
    _insert_many(
        conn,
        ARTICLE_PLACE,
        [
            {"article_id": aid, "place_id": place_ids[p.key], "mention_count": max(1, len(p.mentions))}
            for aid, places in places_by_article
            for p in places
        ],
    )
    affiliations: dict[tuple[int, int, int], str | None] = {}
    for aid, people in people_by_article:
        for p in people:
            for a in p.affiliations:
                if a.organisation_key in organisation_ids:
                    affiliations[(person_ids[p.key], organisation_ids[a.organisation_key], aid)] = a.role
    _insert_many(
        conn,
        PERSON_ORGANISATION,
        [
            {"person_id": pid, "organisation_id": oid, "article_id": aid, "role": role}
            for (pid, oid, aid), role in affiliations.items()
        ],
    )
    _insert_many(
        conn,
        QUOTE,
        [
            {
                "article_id": article_id,
                "position": position,
                "text": q.text,
                "kind": q.kind,
                "speaker_person_id": person_ids.get(q.speaker_key or "")
                if q.speaker_type == "person"
                else None,
                "speaker_organisation_id": (
                    organisation_ids.get(q.speaker_key or "") if q.speaker_type == "organisation" else None
                ),
                "speaker_text": q.speaker_text,
                "cue": q.cue,
                "start": q.start,
                "end": q.end,
            }
            for article_id, extraction in articles
            for position, q in enumerate(extraction.quotes)
        ],
    )
    _insert_many(
        conn,
        COMMENT,
        [
            {"article_id": article_id, "position": position, "text": text}
            for article_id, extraction in articles
            for position, text in enumerate(extraction.document.comments)
        ],
    )


def _merged(entities: Sequence[EntityT], combine: Callable[[EntityT, EntityT], EntityT]) -> list[EntityT]:
    """One entity per key across several articles: the first seen, combined with each later one."""
    merged: dict[str, EntityT] = {}
    for entity in entities:
        first = merged.get(entity.key)
        merged[entity.key] = entity if first is None else combine(first, entity)
    return list(merged.values())


def _merged_people(people: Sequence[PersonEntity]) -> list[PersonEntity]:
    """The first name, every title and alias."""
    return _merged(
        people,
        lambda first, later: replace(
            first,
            titles=tuple(_merge_lists(first.titles, later.titles)),
            aliases=tuple(_merge_lists(first.aliases, later.aliases)),
        ),
    )


def _merged_organisations(organisations: Sequence[OrganisationEntity]) -> list[OrganisationEntity]:
    """The first name, every alias, the first acronym and country."""
    return _merged(
        organisations,
        lambda first, later: replace(
            first,
            aliases=tuple(_merge_lists(first.aliases, later.aliases)),
            acronym=first.acronym or later.acronym,
            country_code=first.country_code or later.country_code,
        ),
    )


MAX_TITLE_CHARS = 300


def clip_title(title: str) -> str:
    """Titles are indexed for sorting, and an index entry must stay small on every backend."""
    if len(title) <= MAX_TITLE_CHARS:
        return title
    return title[: MAX_TITLE_CHARS - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _utc(moment: datetime | None) -> datetime | None:
    """Byline stores UTC; a time given without a zone is taken to be UTC already."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def bump_version(conn: Connection, *, imported: bool = False) -> None:
    """Mark the data as changed (cached responses and ETags go stale) in the writer's transaction."""
    values: dict[str, Any] = {"version": DATASET_STATE.c.version + 1}
    if imported:
        values["last_import_at"] = utcnow()
    conn.execute(update(DATASET_STATE).where(DATASET_STATE.c.id == 1).values(**values))


def delete_article(conn: Connection, article_id: int) -> bool:
    """Delete an article, its quotes, comments and links, and the entities only it named."""
    people = _ids(conn, select(ARTICLE_PERSON.c.person_id).where(ARTICLE_PERSON.c.article_id == article_id))
    organisations = _ids(
        conn,
        select(ARTICLE_ORGANISATION.c.organisation_id).where(ARTICLE_ORGANISATION.c.article_id == article_id),
    )
    places = _ids(conn, select(ARTICLE_PLACE.c.place_id).where(ARTICLE_PLACE.c.article_id == article_id))
    deleted = conn.execute(delete(ARTICLE).where(ARTICLE.c.id == article_id)).rowcount
    if deleted:
        bump_version(conn)
    # Foreign keys cascade to quotes, comments and links; entities are pruned here.
    if people:
        conn.execute(
            delete(PERSON).where(
                PERSON.c.id.in_(people),
                ~exists().where(ARTICLE_PERSON.c.person_id == PERSON.c.id),
            )
        )
    if organisations:
        conn.execute(
            delete(ORGANISATION).where(
                ORGANISATION.c.id.in_(organisations),
                ~exists().where(ARTICLE_ORGANISATION.c.organisation_id == ORGANISATION.c.id),
            )
        )
    if places:
        conn.execute(
            delete(PLACE).where(
                PLACE.c.id.in_(places), ~exists().where(ARTICLE_PLACE.c.place_id == PLACE.c.id)
            )
        )
    return bool(deleted)


def _unique_by_key(entities: Sequence[EntityT]) -> list[EntityT]:
    """One row per key, first seen wins: the link tables allow one row per entity."""
    by_key: dict[str, EntityT] = {}
    for entity in entities:
        by_key.setdefault(entity.key, entity)
    return list(by_key.values())


def _ids(conn: Connection, query: Any) -> list[int]:
    return list(conn.execute(query).scalars())


# Parameters in one multi-row INSERT: under the 999 that any SQLite build accepts.
_PARAMETERS_PER_INSERT = 900


def _insert_many(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows that all have the same keys, as multi-row ``INSERT … VALUES (…), (…)`` statements.

    On SQLite a full-text index's trigger flushes what it has pending at the end of every
    statement, so a row-at-a-time executemany wrote the index once per row (~19 µs a quote row,
    against ~3 µs when many rows share one statement). On PostgreSQL, psycopg runs an executemany
    in pipeline mode, and when a concurrent importer's commit aborts that pipeline (a content
    hash taken first), psycopg logs "error ignored terminating pipeline" to the importer's stderr
    before the transaction is retried; plain statements fail cleanly. The SQL is written here rather than by ``insert().values(rows)``, which SQLAlchemy
    compiles anew for every number of rows (~18 ms each); values go through the columns' own
    bind processors (dates, JSON) as SQLAlchemy's would."""
    if not rows:
        return
    names = list(rows[0])
    preparer = conn.dialect.identifier_preparer
    dialect = conn.dialect
    processors = [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names]
    head = (
        f"INSERT INTO {preparer.format_table(table)} ({', '.join(preparer.quote(n) for n in names)}) VALUES "
    )
    marker = "?" if dialect.paramstyle == "qmark" else "%s"  # SQLite's driver; psycopg's
    placeholders = "(" + ", ".join([marker] * len(names)) + ")"
    per_statement = max(1, _PARAMETERS_PER_INSERT // len(names))
    for start in range(0, len(rows), per_statement):
        chunk = rows[start : start + per_statement]
        values = [
            process(row[name]) if process is not None else row[name]
            for row in chunk
            for name, process in zip(names, processors, strict=True)
        ]
        conn.exec_driver_sql(head + ", ".join([placeholders] * len(chunk)), tuple(values))


def _insert_ignoring_duplicates(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> dict[str, int]:
    """Insert rows, skipping any whose unique name another writer stored first; the ids of the
    rows inserted, by name (read back in the same statement, so no second look-up is needed)."""
    if not rows:
        return {}
    # One order for every writer, so two importers lock the same names in the same order.
    rows = sorted(rows, key=lambda row: str(row["normalised_name"]))
    dialect = conn.dialect.name
    statement: Insert
    if dialect == "sqlite":
        statement = sqlite.insert(table).on_conflict_do_nothing(index_elements=["normalised_name"])
    elif dialect == "postgresql":
        statement = postgresql.insert(table).on_conflict_do_nothing(index_elements=["normalised_name"])
    else:  # pragma: no cover - other databases are not supported
        statement = table.insert()
    returned = conn.execute(statement.returning(table.c.normalised_name, table.c.id), rows)
    return {str(key): int(row_id) for key, row_id in returned}


def _ids_by_key(
    conn: Connection, table: Table, keys: Sequence[str], found: dict[str, Any], inserted: dict[str, int]
) -> dict[str, int]:
    """Every key's id: those read before the insert, those it wrote, and (rarely) those another
    writer stored in between, which the insert skipped."""
    ids = {key: row.id for key, row in found.items()} | inserted
    missing = [key for key in keys if key not in ids]
    if missing:
        ids |= {key: row.id for key, row in _existing(conn, table, missing).items()}
    return ids


def _merge_lists(current: Iterable[str], new: Iterable[str]) -> list[str]:
    merged = list(current)
    seen = {value.casefold() for value in merged}
    for value in new:
        if value and value.casefold() not in seen:
            merged.append(value)
            seen.add(value.casefold())
    return merged


def _existing(conn: Connection, table: Table, keys: Iterable[str], *columns: str) -> dict[str, Any]:
    query = select(table.c.normalised_name, table.c.id, *(table.c[c] for c in columns)).where(
        table.c.normalised_name.in_(list(keys))
    )
    if columns:
        # The caller merges into these rows: lock them (in one order) so a concurrent importer's
        # merge waits and then reads this one's result instead of overwriting it (PostgreSQL;
        # SQLite's writers are serialised already and render no FOR UPDATE).
        query = query.order_by(table.c.normalised_name).with_for_update()
    return {row[0]: row for row in conn.execute(query)}


def surname_key(normalised_name: str) -> str:
    words = normalised_name.split()
    return words[-1][:120] if words else ""


def _upsert_people(conn: Connection, people: Sequence[PersonEntity]) -> dict[str, int]:
    if not people:
        return {}
    keys = [p.key for p in people]
    found = _existing(conn, PERSON, keys, "titles", "aliases")
    inserted = _insert_ignoring_duplicates(
        conn,
        PERSON,
        [
            {
                "name": p.name,
                "normalised_name": p.key,
                "surname_key": surname_key(p.key),
                "titles": list(p.titles),
                "aliases": list(p.aliases),
            }
            for p in people
            if p.key not in found
        ],
    )
    for p in people:
        row = found.get(p.key)
        if row is None:
            continue
        titles, aliases = _merge_lists(row.titles, p.titles), _merge_lists(row.aliases, p.aliases)
        if titles != list(row.titles) or aliases != list(row.aliases):
            conn.execute(update(PERSON).where(PERSON.c.id == row.id).values(titles=titles, aliases=aliases))
    return _ids_by_key(conn, PERSON, keys, found, inserted)


def _upsert_organisations(conn: Connection, organisations: Sequence[OrganisationEntity]) -> dict[str, int]:
    if not organisations:
        return {}
    keys = [o.key for o in organisations]
    found = _existing(conn, ORGANISATION, keys, "aliases", "acronym", "country_code")
    inserted = _insert_ignoring_duplicates(
        conn,
        ORGANISATION,
        [
            {
                "name": o.name,
                "normalised_name": o.key,
                "acronym": o.acronym,
                "aliases": list(o.aliases),
                "country_code": o.country_code,
            }
            for o in organisations
            if o.key not in found
        ],
    )
    for o in organisations:
        row = found.get(o.key)
        if row is None:
            continue
        changes: dict[str, Any] = {}
        aliases = _merge_lists(row.aliases, o.aliases)
        if aliases != list(row.aliases):
            changes["aliases"] = aliases
        if row.acronym is None and o.acronym:
            changes["acronym"] = o.acronym
        if row.country_code is None and o.country_code:
            changes["country_code"] = o.country_code
        if changes:
            conn.execute(update(ORGANISATION).where(ORGANISATION.c.id == row.id).values(**changes))
    return _ids_by_key(conn, ORGANISATION, keys, found, inserted)


def _upsert_places(conn: Connection, places: Sequence[PlaceEntity]) -> dict[str, int]:
    if not places:
        return {}
    keys = [p.key for p in places]
    found = _existing(conn, PLACE, keys)
    inserted = _insert_ignoring_duplicates(
        conn,
        PLACE,
        [
            {"name": p.name, "normalised_name": p.key, "country_code": p.country_code, "kind": p.kind}
            for p in places
            if p.key not in found
        ],
    )
    return _ids_by_key(conn, PLACE, keys, found, inserted)
