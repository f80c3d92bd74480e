"""Shaping list responses: JSON pages, field selection, and CSV / NDJSON exports of whole results."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Annotated, Any, Literal
from urllib.parse import quote_plus

from fastapi import Query, Request
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel
from pydantic_core import to_json
from sqlalchemy.engine import Connection, Engine
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import URL

from app.api.reads import ReadRunner
from app.api.rendering import json_response, raw_json_response
from app.services.errors import InvalidParameter
from app.services.pagination import JsonListResult, ListResult

Format = Literal["json", "csv", "ndjson"]
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "ndjson": "application/x-ndjson"}

FormatParam = Annotated[
    Format | None,
    Query(
        description="`json` (default): one page. `csv` (header row, nested fields flattened) and `ndjson` (one "
        "JSON object per line) stream the WHOLE result, following the cursor, so one request exports "
        "everything. `Accept: text/csv` or `Accept: application/x-ndjson` work too.",
        examples=["csv"],
    ),
]
FieldsParam = Annotated[
    str | None,
    Query(
        max_length=500,
        description="Comma-separated names of the fields to return (others are left out), e.g. `id,title`.",
        examples=["id,title,published_at"],
    ),
]

FetchPage = Callable[[Connection, str | None, int, bool], ListResult]  # (conn, cursor, size, with_facets)
# (conn, cursor, size): the page with its items already JSON, or None when the service cannot write it so.
FetchJsonPage = Callable[[Connection, str | None, int], JsonListResult | None]
Transform = Callable[[Connection, list[dict[str, Any]]], list[dict[str, Any]]]


# A query of name=value pairs that parsing and encoding again would leave exactly as they are.
_PLAIN_QUERY = re.compile(r"[A-Za-z0-9_.~-]+=[A-Za-z0-9_.~-]*(?:&[A-Za-z0-9_.~-]+=[A-Za-z0-9_.~-]*)*")


def next_page_url(url: URL, cursor: str) -> str:
    """``str(url.include_query_params(cursor=cursor))``: the request's address for the next page.

    Starlette parses the whole query, unquoting each value, and encodes it again (~19 µs).
    When every pair is plain (letters, digits, ``_.~-``), both steps give back the same text,
    so the old ``cursor`` pairs are dropped and the new one added at the end, as they would be.
    """
    query = url.query
    if query and not _PLAIN_QUERY.fullmatch(query):
        return str(url.include_query_params(cursor=cursor))
    pairs = [pair for pair in query.split("&") if not pair.startswith("cursor=")] if query else []
    pairs.append("cursor=" + quote_plus(cursor))
    return url.components._replace(query="&".join(pairs)).geturl()


def chosen_format(request: Request, explicit: Format | None) -> Format:
    if explicit is not None:
        return explicit
    accept = request.headers.get("accept", "")
    if "text/csv" in accept:
        return "csv"
    if "application/x-ndjson" in accept:
        return "ndjson"
    return "json"


def chosen_fields(fields: str | None, model: type[BaseModel]) -> list[str] | None:
    if fields is None:
        return None
    names = [name.strip() for name in fields.split(",") if name.strip()]
    allowed = list(model.model_fields)
    unknown = [name for name in names if name not in allowed]
    if unknown or not names:
        raise InvalidParameter(
            f"unknown field(s) {', '.join(map(repr, unknown)) or '(none given)'}; allowed: {', '.join(allowed)}",
            parameter="fields",
        )
    return list(dict.fromkeys(names))


async def respond(
    request: Request,
    reads: ReadRunner,
    *,
    fetch: FetchPage,
    model: type[BaseModel],
    limit: int,
    cursor: str | None,
    fmt: Format | None,
    fields: str | None,
    export_page_size: int,
    transform: Transform | None = None,
    heavy: bool = False,
    fetch_json: FetchJsonPage | None = None,
) -> Response:
    """The list answer in the format the client asked for.

    ``heavy`` says the page costs more than an index lookup (search, facets), so it is read in
    a worker thread rather than on the event loop; exports always are. ``fetch_json``, when
    given, is tried first for a whole JSON page (every field): the same page as ``fetch``'s,
    with no facets, its items written as JSON by the database.
    """
    wanted = chosen_format(request, fmt)
    selected = chosen_fields(fields, model)
    if wanted != "json":
        engine: Engine = request.app.state.read_engine
        rows = await run_in_threadpool(
            _export_rows, engine, fetch, cursor, export_page_size, model, selected, transform
        )
        columns = selected or [name for name, info in model.model_fields.items() if info.is_required()]
        body = (
            _csv_lines(rows, columns)
            if wanted == "csv"
            else (json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        )
        return StreamingResponse(body, media_type=MEDIA_TYPES[wanted])

    whole_items = fetch_json if selected is None and transform is None else None

    def read_page(conn: Connection) -> tuple[ListResult | JsonListResult, list[dict[str, Any]]]:
        if whole_items is not None:
            written = whole_items(conn, cursor, limit)
            if written is not None:
                return written, []
        result = fetch(conn, cursor, limit, True)
        return result, transform(conn, result.items) if transform else result.items

    result, items = await reads.run(read_page, heavy=heavy)
    headers = {}
    if result.next_cursor:
        headers["Link"] = f'<{next_page_url(request.url, result.next_cursor)}>; rel="next"'
    if isinstance(result, JsonListResult):
        # The bytes json_response would write for {"items": [...], "next_cursor": ...}.
        page = b'{"items":%b,"next_cursor":%b}' % (result.items_json.encode(), to_json(result.next_cursor))
        return raw_json_response(page, headers=headers)
    if selected is not None:
        items = [{name: item.get(name) for name in selected} for item in items]
    content: dict[str, Any] = {"items": items, "next_cursor": result.next_cursor}
    if result.facets is not None:
        content["facets"] = result.facets
    return json_response(content, headers=headers)


def _export_rows(
    engine: Engine,
    fetch: FetchPage,
    cursor: str | None,
    page_size: int,
    model: type[BaseModel],
    selected: list[str] | None,
    transform: Transform | None,
) -> Iterator[dict[str, Any]]:
    """Every row of the result, a page at a time, from one connection (one consistent snapshot).

    The first page is read before anything is streamed, so a bad parameter or cursor
    is still answered with a problem document rather than a broken stream.
    """
    conn = engine.connect()
    try:
        result = fetch(conn, cursor, page_size, False)
    except BaseException:
        conn.close()
        raise

    def rows(result: ListResult) -> Iterator[dict[str, Any]]:
        try:
            while True:
                items = transform(conn, result.items) if transform else result.items
                for item in items:
                    row = model.model_validate(item).model_dump(mode="json", exclude_unset=True)
                    yield row if selected is None else {name: row.get(name) for name in selected}
                if not result.next_cursor:
                    return
                result = fetch(conn, result.next_cursor, page_size, False)
        finally:
            conn.close()

    return rows(result)


def flatten(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects become dotted columns; lists of values are joined with "; "."""
    flat: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, prefix=f"{name}."))
        elif isinstance(value, list):
            if all(not isinstance(v, dict | list) for v in value):
                flat[name] = "; ".join("" if v is None else str(v) for v in value)
            else:
                flat[name] = json.dumps(value, ensure_ascii=False)
        else:
            flat[name] = "" if value is None else value
    return flat


def _csv_lines(rows: Iterator[dict[str, Any]], empty_columns: Sequence[str]) -> Iterator[str]:
    """CSV text, a row at a time; the header comes from the first row (or names the columns when none)."""
    buffer = io.StringIO()
    writer: csv.DictWriter[str] | None = None
    for row in rows:
        flat = flatten(row)
        if writer is None:
            writer = csv.DictWriter(buffer, fieldnames=list(flat), extrasaction="ignore", restval="")
            writer.writeheader()
        writer.writerow(flat)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if writer is None:
        csv.writer(buffer).writerow(empty_columns)
        yield buffer.getvalue()


# Documents the export formats beside the JSON page FastAPI documents from the response model.
EXPORT_CONTENT: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "A page of JSON, or the whole result as CSV or NDJSON (`format=` or `Accept`).",
        "content": {
            "text/csv": {"schema": {"type": "string"}},
            "application/x-ndjson": {"schema": {"type": "string"}},
        },
    }
}
