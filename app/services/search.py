"""Full-text search behind one interface: FTS5 on SQLite, tsvector on PostgreSQL.

User input never reaches SQL or the search engine's query language as written:
it is parsed here into plain words, phrases and prefixes, and only those are
quoted into an FTS5 or tsquery expression, which is then bound as a parameter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Double, Float, Integer, Select, Table, cast, func, literal_column, select
from sqlalchemy.sql import column, table
from sqlalchemy.sql.elements import ColumnElement

from app.services.errors import InvalidParameter

MAX_TERMS = 16  # bounds the work one query can ask for
_PHRASE = re.compile(r'"([^"]*)"')
_WORD = re.compile(r"\w+", re.UNICODE)

# The columns each searchable table indexes (migrations 0002 and 0008 build the same).
SEARCHED_COLUMNS = {
    "article": ("title", "body"),
    "quote": ("text",),
    "person": ("name", "aliases"),
    "organisation": ("name", "acronym", "aliases"),
}
# PostgreSQL: the 'simple' configuration folds case but neither stems nor drops stop words, so
# the same words match as in SQLite's FTS5 (unicode61); 'english' made "years" match "year"
# and "who said" ignore "who". Titles weigh ten times the body when ranking (ts_rank weighs
# A 1.0, D 0.1), as bm25(10, 1) does. Migration 0008 builds each table's document that way.
TS_CONFIG = "simple"
# PostgreSQL: the column holding each searched table's tsvector, generated from the searched
# columns and stored (migration 0008), with the GIN index ix_<table>_search on it. Ranking reads
# the stored vector; ranking an index *expression* re-parsed every hit's text (a word in all of
# 2k articles: 595 ms ranked that way, 14 ms from the column).
SEARCH_DOCUMENT = "search_document"


def tsvector_sql(name: str) -> str:
    """The searched document of table ``name`` on PostgreSQL, as SQL (its stored column)."""
    if name not in SEARCHED_COLUMNS:
        raise ValueError(f"{name} is not searched")
    return f"{name}.{SEARCH_DOCUMENT}"


@dataclass(frozen=True, slots=True)
class Term:
    words: tuple[str, ...]  # one word, or several for a phrase ("counter-drone" → counter, drone)
    prefix: bool = False  # drone* matches drones, drone-maker, …


@dataclass(frozen=True, slots=True)
class SearchQuery:
    alternatives: tuple[tuple[Term, ...], ...]  # OR of ANDs


def parse_query(text: str) -> SearchQuery:
    """Parse ``q``: words (all required), "quoted phrases", prefix*, and OR between terms."""
    groups: list[list[Term]] = [[]]
    count = 0
    position = 0
    pieces: list[tuple[str, bool]] = []  # (text, is_phrase)
    for match in _PHRASE.finditer(text):
        pieces += [(chunk, False) for chunk in text[position : match.start()].split()]
        pieces.append((match.group(1), True))
        position = match.end()
    pieces += [(chunk, False) for chunk in text[position:].split()]
    for chunk, is_phrase in pieces:
        if not is_phrase and chunk == "OR":
            if groups[-1]:
                groups.append([])
            continue
        words = tuple(w.casefold() for w in _WORD.findall(chunk))
        if not words:
            continue
        count += 1
        if count > MAX_TERMS:
            raise InvalidParameter(f"q may have at most {MAX_TERMS} terms", parameter="q")
        groups[-1].append(Term(words=words, prefix=not is_phrase and chunk.endswith("*")))
    alternatives = tuple(tuple(g) for g in groups if g)
    if not alternatives:
        raise InvalidParameter("q has no words to search for", parameter="q")
    return SearchQuery(alternatives=alternatives)


def to_fts5(query: SearchQuery) -> str:
    def term(t: Term) -> str:
        quoted = '"' + " ".join(t.words) + '"'
        return quoted + "*" if t.prefix else quoted

    return " OR ".join("(" + " AND ".join(term(t) for t in group) + ")" for group in query.alternatives)


def to_tsquery(query: SearchQuery) -> str:
    def term(t: Term) -> str:
        words = [w + (":*" if t.prefix and i == len(t.words) - 1 else "") for i, w in enumerate(t.words)]
        return "(" + " <-> ".join(words) + ")"

    return " | ".join("(" + " & ".join(term(t) for t in group) + ")" for group in query.alternatives)


@dataclass(frozen=True, slots=True)
class Match:
    """How to restrict a query to search hits, and how to rank them (lower is better)."""

    join: Any | None  # (table, onclause) to join, or None
    where: ColumnElement[bool]
    rank: ColumnElement[float]
    snippet: ColumnElement[str]


def match(dialect: str, target: Table, q: str, *, snippet_column: int = 0) -> Match:
    """Restrict ``target`` (article, quote, person, organisation) to rows matching ``q``."""
    parsed = parse_query(q)
    name = target.name
    if dialect == "sqlite":
        fts = table(f"{name}_fts", column("rowid", Integer), column("rank", Float))
        return Match(
            join=(fts, fts.c.rowid == target.c.id),
            where=literal_column(f"{name}_fts").op("MATCH")(to_fts5(parsed)),
            rank=fts.c.rank,
            snippet=func.snippet(literal_column(f"{name}_fts"), snippet_column, "<mark>", "</mark>", "…", 12),
        )
    columns = SEARCHED_COLUMNS[name]
    document: ColumnElement[Any] = literal_column(tsvector_sql(name))
    tsquery = func.to_tsquery(literal_column(f"'{TS_CONFIG}'"), to_tsquery(parsed))
    return Match(
        join=None,
        where=document.op("@@")(tsquery),
        # ts_rank is a float4: the shortest decimal naming it, kept in a keyset cursor, is not
        # equal to it compared as a float8, so every hit tied with a page's last one came again
        # on the next page. As a float8 the value round-trips exactly.
        rank=-cast(func.ts_rank(document, tsquery), Double),
        snippet=func.ts_headline(
            literal_column(f"'{TS_CONFIG}'"),
            target.c[columns[snippet_column]],
            tsquery,
            "StartSel=<mark>, StopSel=</mark>, MaxWords=24, MinWords=8",
        ),
    )


def hits(conn: Any, target: Table, q: str) -> Select[Any]:
    """``(id, rank)`` of every row of ``target`` matching ``q``, read from the search index alone.

    Ranking a page from this, then reading the wide rows of just that page, spares a seek into
    ``target`` per hit: on SQLite the join of the FTS table to ``article`` cost twice the ranking
    itself for a word found in every article. Lower rank is better, as in :func:`match`.
    """
    parsed = parse_query(q)
    name = target.name
    if conn.dialect.name == "sqlite":
        fts = table(f"{name}_fts", column("rowid", Integer), column("rank", Float))
        return select(fts.c.rowid.label("id"), fts.c.rank.label("rank")).where(
            literal_column(f"{name}_fts").op("MATCH")(to_fts5(parsed))
        )
    hit = match(conn.dialect.name, target, q)
    return select(target.c.id.label("id"), hit.rank.label("rank")).where(hit.where)


def hit_ids(conn: Any, target: Table, q: str) -> Select[Any]:
    """The ids of every row of ``target`` matching ``q``, unranked, from the search index alone."""
    ranked = hits(conn, target, q)
    return ranked.with_only_columns(ranked.selected_columns[0])


def restrict(conn: Any, query: Any, target: Table, q: str | None) -> tuple[Any, ColumnElement[float] | None]:
    """``query`` limited to rows of ``target`` matching ``q``, and their rank; unchanged (rank None) without ``q``."""
    if q is None:
        return query, None
    hit = match(conn.dialect.name, target, q)
    if hit.join is not None:
        query = query.join(*hit.join)
    return query.where(hit.where), hit.rank


def search_everything(conn: Any, *, q: str, limit: int, types: list[str]) -> list[dict[str, Any]]:
    """The best hits of each record type for ``q``, each with a highlighted snippet."""
    from app.models import ARTICLE, ORGANISATION, PERSON, QUOTE

    targets = {
        "article": (ARTICLE, ARTICLE.c.title, 1, "articles"),
        "quote": (QUOTE, QUOTE.c.text, 0, "quotes"),
        "person": (PERSON, PERSON.c.name, 0, "people"),
        "organisation": (ORGANISATION, ORGANISATION.c.name, 0, "organisations"),
    }
    found: list[dict[str, Any]] = []
    for kind in types:
        target, label, snippet_column, path = targets[kind]
        hit = match(conn.dialect.name, target, q, snippet_column=snippet_column)
        # The best ids first, from the search index alone; then snippets for just those (SQLite
        # builds a snippet for every row it sorts: 22 ms for a word in all of 10k articles, now 10).
        ranked = hits(conn, target, q).subquery("ranked")
        best = select(ranked.c.id).order_by(ranked.c.rank, ranked.c.id).limit(limit)
        query = select(target.c.id, label.label("label"), hit.snippet.label("snippet"))
        hit_id = target.c.id
        if hit.join is not None:
            query = query.join(*hit.join)
            hit_id = hit.join[0].c.rowid  # on the FTS table, so SQLite looks up just those rows
        query = query.where(hit.where, hit_id.in_(best)).order_by(hit.rank, target.c.id).limit(limit)
        for row in conn.execute(query):
            found.append(
                {
                    "type": kind,
                    "id": row.id,
                    "label": row.label,
                    "snippet": row.snippet,
                    "url": f"/v1/{path}/{row.id}",
                }
            )
    return found
