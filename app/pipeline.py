"""Import many articles: read and extract in worker processes, store in batches through one writer.

Extraction is pure CPU work and needs no database, so it runs on every core; storing stays in
this process (SQLite has one writer at a time anyway) and commits a batch of articles per
transaction — one commit and one full-text index flush for many articles. A batch the database
refuses is stored again one article at a time, so one bad article names itself and costs only
itself. Work in flight is bounded, so memory stays flat however many files are given.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeAlias

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from app import extract
from app.extract.types import Extraction
from app.ingest import IngestResult, extract_document, ingest, ingest_many
from app.readers import MAX_ARTICLE_BYTES, RawDocument, UnreadableInput, read_bytes, read_file

STDIN = "-"
Source: TypeAlias = Path | str  # a file, or STDIN

BATCH_ARTICLES = 200  # articles per transaction: past this a bigger batch saves almost nothing
BATCH_SECONDS = 1.0  # …and never hold finished work uncommitted for longer than this
CHUNK = 16  # files per task sent to a worker: big enough to amortise the hand-off
PARALLEL_FROM = 64  # fewer files than this are extracted here: starting workers would cost more


@dataclass(frozen=True, slots=True)
class Prepared:
    """One input read and extracted, or the reason it could not be."""

    name: str
    raw: RawDocument | None = None
    extraction: Extraction | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Stored:
    """What became of one input: stored (``result``) or refused (``error``)."""

    name: str
    encoding: str | None = None
    result: IngestResult | None = None
    error: str | None = None


@dataclass(slots=True)
class ImportTimings:
    """Where the writer's time went: waiting for extracted articles, or storing them."""

    waiting_seconds: float = 0.0
    storing_seconds: float = 0.0


def prepare(source: Source) -> Prepared:
    """Read and extract one input; a refusal is returned, not raised, so a batch goes on."""
    try:
        raw = _read(source)
        return Prepared(raw.name, raw, extract_document(raw))
    except UnreadableInput as exc:
        return Prepared(exc.name, error=exc.reason)


def _read(source: Source) -> RawDocument:
    if source == STDIN:
        # One byte past the limit is enough to refuse it: never hold more than that in memory.
        return read_bytes(sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1), name="<stdin>")
    return read_file(Path(source))


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def import_sources(
    engine: Engine,
    sources: Iterable[Source],
    *,
    workers: int | None = None,
    batch_articles: int = BATCH_ARTICLES,
    on_stored: Callable[[Stored], None] = lambda _: None,
    timings: ImportTimings | None = None,
) -> None:
    """Import every source, calling ``on_stored`` once per source, in the order given."""
    listed = list(sources)
    workers = default_workers() if workers is None else workers
    # stdin can only be read here, so a list holding it is worked through here in order.
    parallel = workers > 1 and len(listed) >= PARALLEL_FROM and STDIN not in listed
    timings = timings if timings is not None else ImportTimings()
    # Loaded here, before the workers fork (they share them) and before _collecting_less freezes them.
    extract.run("Warm-up.\n\nThe lexicons load once here and every worker shares them.")
    with _collecting_less():
        prepared = _prepare_in_workers(listed, workers) if parallel else map(prepare, listed)
        batches = _batches(prepared, batch_articles)
        while True:
            mark = time.perf_counter()
            batch = next(batches, None)
            stored_at = time.perf_counter()
            timings.waiting_seconds += stored_at - mark
            if batch is None:
                return
            outcomes = _store_batch(engine, batch)
            timings.storing_seconds += time.perf_counter() - stored_at
            for stored in outcomes:
                on_stored(stored)


# Allocations between young-generation collections while importing (CPython's default is 700).
_IMPORT_GC_THRESHOLD = (50_000, 50, 100)


@contextmanager
def _collecting_less() -> Iterator[None]:
    """Fewer garbage collections during an import, none of them over what was loaded before it.

    The extraction lexicons and the libraries are millions of long-lived objects that every full
    collection walked again; extraction and unpickling allocate objects fast enough to start one
    every few articles. Frozen once loaded (the extraction workers are forked after this and
    inherit it), with young collections far apart, storing an article took 0.63 → 0.41 ms of CPU.
    The import's own objects are short-lived, so memory stays flat."""
    frozen_before = gc.get_freeze_count() > 0  # a server froze its own start-up heap: leave it so
    gc.collect()
    gc.freeze()
    threshold = gc.get_threshold()
    gc.set_threshold(*_IMPORT_GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if not frozen_before:
            gc.unfreeze()


def _batches(prepared: Iterable[Prepared], size: int) -> Iterator[list[Prepared]]:
    batch: list[Prepared] = []
    started = time.monotonic()
    for item in prepared:
        if not batch:
            started = time.monotonic()
        batch.append(item)
        if len(batch) >= size or time.monotonic() - started >= BATCH_SECONDS:
            yield batch
            batch = []
    if batch:
        yield batch


def _store_batch(engine: Engine, batch: list[Prepared]) -> list[Stored]:
    documents = [(p.raw, p.extraction) for p in batch if p.raw is not None and p.extraction is not None]
    try:
        results = iter(ingest_many(engine, documents))
    except SQLAlchemyError:
        # Something in the batch was refused and the whole batch rolled back: store each
        # alone so the one at fault is named and the others are kept.
        return [_store_one(engine, p) for p in batch]
    return [
        Stored(p.name, p.raw.encoding, result=next(results))
        if p.raw is not None
        else Stored(p.name, error=p.error)
        for p in batch
    ]


def _store_one(engine: Engine, item: Prepared) -> Stored:
    if item.raw is None or item.extraction is None:
        return Stored(item.name, error=item.error)
    try:
        return Stored(item.name, item.raw.encoding, result=ingest(engine, item.raw, item.extraction))
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        return Stored(item.name, item.raw.encoding, error=f"the database refused it ({reason})")


def _prepare_in_workers(sources: list[Source], workers: int) -> Iterator[Prepared]:
    """``map(prepare, sources)`` over worker processes: in order, with a bounded window in flight."""
    chunks = [sources[i : i + CHUNK] for i in range(0, len(sources), CHUNK)]
    context = multiprocessing.get_context("fork") if sys.platform == "linux" else None
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_die_with_parent) as pool:
        window: deque[Future[list[Prepared]]] = deque()
        pending = iter(chunks)
        for _ in range(workers * 3):
            _submit_next(pool, pending, window)
        while window:
            done = window.popleft().result()
            _submit_next(pool, pending, window)
            yield from done


def _submit_next(
    pool: ProcessPoolExecutor, pending: Iterator[list[Source]], window: deque[Future[list[Prepared]]]
) -> None:
    chunk = next(pending, None)
    if chunk is not None:
        window.append(pool.submit(_prepare_chunk, chunk))


def _prepare_chunk(chunk: list[Source]) -> list[Prepared]:
    return [_for_the_writer(prepare(source)) for source in chunk]


def _for_the_writer(item: Prepared) -> Prepared:
    """Without what the writer never reads (the whole text, the sentences): each result is pickled
    here and unpickled by the writer, and these were 45% of its bytes (9.5 → 5.2 KB an article)."""
    if item.raw is None or item.extraction is None:
        return item
    return replace(item, raw=replace(item.raw, text=""), extraction=replace(item.extraction, sentences=()))


def _die_with_parent() -> None:
    """A killed importer takes its workers with it (Linux), instead of leaving them waiting."""
    if sys.platform == "linux":
        pr_set_pdeathsig = 1
        ctypes.CDLL(None).prctl(pr_set_pdeathsig, signal.SIGKILL)
