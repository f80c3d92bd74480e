"""The write API: import articles over HTTP, delete them. Every write needs the API key."""

from __future__ import annotations

import hashlib
from typing import Annotated, Any

from fastapi import Header, Path, Request, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from app.api.deps import ReadConnection, WriteAccess, WriteEngine
from app.api.errors import problem_response
from app.api.routing import PrefixRouter
from app.api.schemas import ArticleBatch, ArticleCreate, ArticlePublic, BatchItemResult, BatchReport, Problem
from app.ingest import IdempotencyKeyReused, IngestResult, Outcome, Overrides, delete_article, import_document
from app.ingest import import_idempotent as import_with_key
from app.readers import RawDocument, UnreadableInput, read_bytes, read_text
from app.services import articles
from app.services.embed import INCLUDABLE, related
from app.services.errors import InvalidBody, NotFound, ServiceError, UnsupportedMediaType

router = PrefixRouter(prefix="/articles", tags=["articles"], dependencies=[WriteAccess])

JSON = "application/json"
TEXT = "text/plain"
NDJSON = "application/x-ndjson"
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: problem_response("No API key, or a wrong one."),
    403: problem_response("Writes are disabled: the server has no BYLINE_API_KEY."),
    413: problem_response("The body is over 2 MB."),
    415: problem_response("Neither JSON nor plain text."),
    422: problem_response("The article or its metadata is not valid; nothing was stored."),
}
_TEXT_BODY = {
    "type": "string",
    "description": "The article as plain text (UTF-8, or the charset the Content-Type names).",
}


def _media_type(request: Request) -> tuple[str, str | None]:
    value = request.headers.get("content-type", "")
    media, _, rest = value.partition(";")
    charset = None
    for part in rest.split(";"):
        name, _, param = part.strip().partition("=")
        if name.lower() == "charset" and param:
            charset = param.strip().strip('"')
    return media.strip().lower(), charset


def _invalid(exc: ValidationError, prefix: str = "") -> InvalidBody:
    errors = exc.errors()
    names = [prefix + ".".join(str(p) for p in e["loc"]) or "body" for e in errors]
    return InvalidBody(
        f"invalid {', '.join(names)}: {errors[0]['msg']}",
        parameter=names[0],
        invalid_params=[{"name": n, "reason": str(e["msg"])} for n, e in zip(names, errors, strict=True)],
    )


def _from_json(payload: ArticleCreate, name: str) -> tuple[RawDocument, Overrides]:
    raw = read_text(payload.text, name=name)
    return raw, Overrides(
        title=payload.title, published_at=payload.published_at, source=payload.source, url=payload.url
    )


def _parse_single(body: bytes, media: str, charset: str | None) -> tuple[RawDocument, Overrides]:
    try:
        if media == JSON:
            try:
                payload = ArticleCreate.model_validate_json(body)
            except ValidationError as exc:
                raise _invalid(exc) from None
            return _from_json(payload, "text")
        if media == TEXT:
            return read_bytes(body, name="the request body", declared_charset=charset or "utf-8"), Overrides()
    except UnreadableInput as exc:
        raise InvalidBody(str(exc), parameter="text" if media == JSON else "body") from None
    raise UnsupportedMediaType(f"send {JSON} or {TEXT} (got {media or 'no Content-Type'})")


def _full_article(conn: Any, article_id: int) -> dict[str, Any]:
    item = articles.get(conn, article_id=article_id)
    item.update(related(conn, [article_id], INCLUDABLE)[article_id])
    return item


@router.post(
    "",
    operation_id="create_article",
    summary="Import an article",
    status_code=201,
    response_model=ArticlePublic,
    responses={
        200: {
            "model": ArticlePublic,
            "description": "This exact text is stored already: the existing article.",
        },
        201: {"description": "Imported: the new article with everything extracted from it."},
        **_ERRORS,
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                JSON: {"schema": {"$ref": "#/components/schemas/ArticleCreate"}},
                TEXT: {"schema": _TEXT_BODY},
            },
        }
    },
)
async def create_article(
    request: Request,
    response: Response,
    engine: WriteEngine,
    conn: ReadConnection,
    idempotency_key: Annotated[
        str | None,
        Header(
            max_length=200,
            description="Any unique string; a retry with the same key and body returns the first answer.",
            examples=["6f1c2a8e-import-42"],
        ),
    ] = None,
) -> dict[str, Any]:
    """Runs the same reader → extraction → ingest path as the CLI, in one transaction. Answers 201 with the full
    article (its people, organisations, places, quotes and comments) and a `Location` header; posting text that
    is stored already answers 200 with the existing article and stores nothing new. Send JSON
    (`{"text", "title"?, "published_at"?, "source"?, "url"?}`) or a `text/plain` body."""
    media, charset = _media_type(request)
    body = await request.body()
    raw, overrides = _parse_single(body, media, charset)
    replayed = False
    try:
        if idempotency_key:
            request_hash = hashlib.sha256(media.encode() + b"\n" + body).hexdigest()
            result, replayed = await run_in_threadpool(
                import_with_key, engine, raw, overrides, key=idempotency_key, request_hash=request_hash
            )
        else:
            result = await run_in_threadpool(import_document, engine, raw, overrides)
    except IdempotencyKeyReused as exc:
        raise InvalidBody(str(exc), parameter="Idempotency-Key") from None
    except UnreadableInput as exc:
        raise InvalidBody(str(exc), parameter="text" if media == JSON else "body") from None
    request.app.state.data_version.invalidate()
    response.status_code = 200 if result.outcome is Outcome.UNCHANGED else 201
    response.headers["Location"] = f"/v1/articles/{result.article_id}"
    if replayed:
        response.headers["Idempotent-Replayed"] = "true"
    conn.rollback()  # start a fresh snapshot that sees the write
    return _full_article(conn, result.article_id)


def _batch_items(body: bytes, media: str) -> list[Any]:
    """The batch's items: each an ArticleCreate, or the ServiceError that refused it."""
    if media == JSON:
        try:
            batch = ArticleBatch.model_validate_json(body)
        except ValidationError as exc:
            raise _invalid(exc) from None
        return list(batch.articles)
    if media == NDJSON:
        lines = [line for line in body.split(b"\n") if line.strip()]
        if not lines:
            raise InvalidBody("the NDJSON body has no lines", parameter="body")
        if len(lines) > 100:
            raise InvalidBody("a batch may hold at most 100 articles", parameter="body")
        items: list[Any] = []
        for number, line in enumerate(lines):
            try:
                items.append(ArticleCreate.model_validate_json(line))
            except ValidationError as exc:
                items.append(_invalid(exc, prefix=f"line {number + 1}: "))
        return items
    raise UnsupportedMediaType(
        f'send {JSON} ({{"articles": [...]}}) or {NDJSON} (got {media or "no Content-Type"})'
    )


def _import_each(engine: Any, items: list[Any]) -> list[BatchItemResult]:
    report = []
    for index, item in enumerate(items):
        try:
            if isinstance(item, ServiceError):
                raise item
            try:
                raw, overrides = _from_json(item, f"articles[{index}].text")
            except UnreadableInput as exc:
                raise InvalidBody(str(exc), parameter=f"articles[{index}].text") from None
            try:
                result: IngestResult = import_document(engine, raw, overrides)
            except UnreadableInput as exc:
                raise InvalidBody(str(exc), parameter=f"articles[{index}].text") from None
            status = {
                Outcome.IMPORTED: "created",
                Outcome.REPLACED: "replaced",
                Outcome.UNCHANGED: "unchanged",
            }
            report.append(BatchItemResult(index=index, status=status[result.outcome], id=result.article_id))
        except ServiceError as exc:
            problem = Problem(
                type=f"/problems/{exc.slug}", title=exc.title, status=exc.status, detail=exc.detail
            )
            report.append(BatchItemResult(index=index, status="error", error=problem))
    return report


@router.post(
    ":batch",
    operation_id="create_articles_batch",
    summary="Import many articles",
    response_model=BatchReport,
    responses=_ERRORS,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                JSON: {"schema": {"$ref": "#/components/schemas/ArticleBatch"}},
                NDJSON: {
                    "schema": {"type": "string", "description": "One ArticleCreate JSON object per line."}
                },
            },
        }
    },
)
async def create_articles_batch(request: Request, engine: WriteEngine) -> BatchReport:
    """Up to 100 articles, as JSON `{"articles": [...]}` or an NDJSON body (one article object per line). Each
    is imported in its own transaction; the report says, per item, what happened — a bad item is refused
    without stopping the rest."""
    media, _ = _media_type(request)
    items = _batch_items(await request.body(), media)
    report = await run_in_threadpool(_import_each, engine, items)
    request.app.state.data_version.invalidate()
    return BatchReport(
        items=report,
        created=sum(r.status in ("created", "replaced") for r in report),
        unchanged=sum(r.status == "unchanged" for r in report),
        failed=sum(r.status == "error" for r in report),
    )


@router.delete(
    "/{article_id}",
    operation_id="delete_article",
    summary="Delete an article",
    status_code=204,
    response_class=Response,
    responses={204: {"description": "Deleted."}, 404: problem_response(), **_ERRORS},
)
def remove_article(
    request: Request,
    engine: WriteEngine,
    article_id: Annotated[int, Path(ge=1, description="The article's id.", examples=[1])],
) -> Response:
    """Removes the article, its quotes, comments and links, and every person, organisation and place that no
    other article names."""
    with engine.begin() as conn:
        if not delete_article(conn, article_id):
            raise NotFound(f"no article with id {article_id}")
    request.app.state.data_version.invalidate()
    return Response(status_code=204)
