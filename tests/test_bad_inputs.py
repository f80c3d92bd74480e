"""Bad inputs through the importer (CLI) and POST /v1/articles: the table ``CASES`` is the specification.

Every input is either refused with a clear error naming it and the reason (CLI: ``error <path>: <reason>``
on stderr, exit 1; API: an RFC 9457 problem with a ``detail`` saying why) or imported sensibly (exit 0 /
201, every quote's offsets valid) — never a crash, a 500, a hang or a half-written article. Small inputs
live in ``tests/bad_inputs/`` (listed in its README); large ones are generated here into a temp folder.

``docs/bad-inputs.md`` holds the same table; ``BYLINE_WRITE_DOCS=1 pytest tests/test_bad_inputs.py``
rewrites it from ``CASES``, and ``test_the_docs_table_is_this_table`` keeps the two in step.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from app import extract
from app.api import create_app
from app.config import Settings
from app.db import make_engine
from app.ingest import ingest
from app.migrate import upgrade_to_head
from app.models import ARTICLE, COMMENT, ORGANISATION, PERSON, PLACE, QUOTE
from app.readers import read_file
from tests.conftest import ROOT, SEED

CORPUS = Path(__file__).parent / "bad_inputs"
DOC = ROOT / "docs" / "bad-inputs.md"
KEY = "bad-inputs-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
# Seconds per CLI run: a bound that tells a hang from slow work, not a speed target. One run imports
# every accepted input, 1 MB lines among them (~8 s of CPU each on a slower 2-core Xeon), beside the
# other groups' runs on the same two cores.
CLI_TIMEOUT = 90
POST_SECONDS = 20  # the most one POST may take
MB = 1024 * 1024
TOO_LARGE = "the request body is larger than 2,097,152 bytes"


# --- the outcomes a case may have -------------------------------------------------------------------


@dataclass(frozen=True)
class Imported:
    """Stored: CLI exit 0 (saying which encoding when not UTF-8), API 201."""

    decoded_as: str | None = None

    def cli(self) -> str:
        return "imported" + (
            f" — stderr `<path>: decoded as {self.decoded_as} (not UTF-8)`" if self.decoded_as else ""
        )

    def api(self, field: str) -> str:
        return "201"


@dataclass(frozen=True)
class Refused:
    """Refused, nothing stored: CLI exit 1 with ``error <path>: <reason>``, API ``status`` with ``detail``."""

    reason: str
    status: int = 422
    detail: str | None = None  # the API's detail when it is not "<field>: <reason>"

    def cli(self) -> str:
        return f"exit 1 — `error <path>: {self.reason}`"

    def api(self, field: str) -> str:
        detail = self.detail or (TOO_LARGE if self.status == 413 else f"{field}: {self.reason}")
        return f"{self.status} — `{detail}`"


Outcome = Imported | Refused
EMPTY = "is empty (nothing but white space)"
NUL_CHARS = "contains NUL characters: binary data, not text"
NOT_UTF8 = "is not valid utf-8"
NUL_BYTES = "contains NUL bytes: binary data, not text"
UTF16_NO_BOM = "contains NUL bytes: UTF-16 without a byte-order mark? Save it as UTF-8"
NO_TEXT = Refused(EMPTY, detail="invalid text: String should have at least 1 character")  # {"text": ""}
TOO_BIG_FILE = f"is 52,428,800 bytes; an article may be at most {2 * MB:,}"


@dataclass(frozen=True)
class Case:
    name: str  # a file in tests/bad_inputs/, or one GENERATED below
    cli: Outcome
    json: Outcome | None  # {"text": the file's characters}; None: binary, not expressible as JSON text
    plain: Outcome  # the raw bytes as text/plain (no charset: UTF-8)
    text_encoding: str = "utf-8"  # how the file's bytes become the JSON text
    bug: str | None = None  # a known bug: the row is what should happen, and fails today (xfail)
    hangs: bool = False  # the bug is a hang: not run (it would take minutes)


CASES = [
    Case("empty.txt", Refused(EMPTY), NO_TEXT, Refused(EMPTY)),
    Case("whitespace_only.txt", Refused(EMPTY), Refused(EMPTY), Refused(EMPTY)),
    Case("utf8_bom_only.txt", Refused(EMPTY), NO_TEXT, Refused(EMPTY), text_encoding="utf-8-sig"),
    Case(
        "zero_width_only.txt",
        Refused("is empty (nothing but white space and invisible characters)"),
        Refused("is empty (nothing but white space and invisible characters)"),
        Refused("is empty (nothing but white space and invisible characters)"),
    ),
    Case(
        "binary.txt",
        Refused(NUL_BYTES),
        None,
        Refused(NUL_BYTES),
    ),
    Case(
        "binary_no_nul.txt",
        Refused("is not text in any encoding Byline recognises (binary data?)"),
        None,
        Refused(NOT_UTF8),
    ),
    Case(
        "nul_bytes.txt",
        Refused(NUL_BYTES),
        Refused(NUL_CHARS),
        Refused(NUL_BYTES),
    ),
    Case(
        "control_characters.txt",
        Refused("is mostly control characters: binary data, not text"),
        Refused("is mostly control characters: binary data, not text"),
        Refused("is mostly control characters: binary data, not text"),
    ),
    Case("utf16_bom.txt", Imported("utf-16"), Imported(), Imported(), text_encoding="utf-16"),
    Case(
        "utf16_no_bom.txt",
        Refused(UTF16_NO_BOM),
        Imported(),
        Refused(UTF16_NO_BOM),
        text_encoding="utf-16-le",
    ),
    Case("utf32_bom.txt", Imported("utf-32"), Imported(), Imported(), text_encoding="utf-32"),
    Case(
        "utf8_bom_invalid.txt",
        Refused("starts with a utf-8 byte-order mark but is not valid utf-8"),
        None,
        Refused("starts with a utf-8 byte-order mark but is not valid utf-8"),
    ),
    Case("latin1.txt", Imported("cp1252"), Imported(), Refused(NOT_UTF8), text_encoding="latin-1"),
    Case(
        "windows1252_smart_quotes.txt",
        Imported("cp1252"),
        Imported(),
        Refused(NOT_UTF8),
        text_encoding="cp1252",
    ),
    Case("cr_only.txt", Imported(), Imported(), Imported()),
    Case("mixed_line_endings.txt", Imported(), Imported(), Imported()),
    Case("zero_width_inside.txt", Imported(), Imported(), Imported()),
    Case("combining_marks.txt", Imported(), Imported(), Imported()),
    Case("nested_quotes.txt", Imported(), Imported(), Imported()),
    Case("unbalanced_quotes.txt", Imported(), Imported(), Imported()),
    Case("html.txt", Imported(), Imported(), Imported()),
    Case("json.txt", Imported(), Imported(), Imported()),
    Case("rtl_arabic.txt", Imported(), Imported(), Imported()),
    Case("rtl_hebrew.txt", Imported(), Imported(), Imported()),
    Case("emoji_names.txt", Imported(), Imported(), Imported()),
    Case(
        "only_comments.txt",
        Refused("has no article text (only metadata or reader comments)"),
        Refused("has no article text (only metadata or reader comments)"),
        Refused("has no article text (only metadata or reader comments)"),
    ),
    Case(
        "metadata_only.txt",
        Refused("has no article text (only metadata or reader comments)"),
        Refused("has no article text (only metadata or reader comments)"),
        Refused("has no article text (only metadata or reader comments)"),
    ),
    # generated at run time (too large to commit)
    Case("50mb.txt", Refused(TOO_BIG_FILE), Refused("", 413), Refused("", 413)),
    Case("ten_thousand_names.txt", Imported(), Imported(), Imported()),
    Case("long_word_1mb.txt", Imported(), Imported(), Imported()),
    Case(
        "one_mb_line.txt",
        Imported(),
        Imported(),
        Imported(),
    ),
    Case(
        "paragraph_100kb_no_sentence_end.txt",
        Imported(),
        Imported(),
        Imported(),
    ),
    Case(
        "quote_every_other_char.txt",
        Imported(),
        Imported(),
        Imported(),
    ),
]

_WORDS = ["minister", "said", "Ana", "Lima", "talks", "“continue”", "the", "Brussels", "officials", "on"]


def _ten_thousand_names() -> bytes:
    first = ["Ana", "Henrik", "Maria", "John", "Wei", "Fatima", "Olga", "Pedro", "Aiko", "Kwame"]
    names = [
        f"{first[n % 10]} {chr(65 + n % 26)}{chr(97 + n // 26 % 26)}{chr(97 + n // 676 % 26)}son"
        for n in range(10_000)
    ]
    return (
        "Ministers meet\n\nAmong those present: " + ", ".join(names) + ".\n\n“We agreed,” said Ana Lima.\n"
    ).encode()


GENERATED: dict[str, Callable[[], bytes]] = {
    "50mb.txt": lambda: b"All work and no play. " * (50 * MB // 22) + b"x" * (50 * MB % 22),
    "ten_thousand_names.txt": _ten_thousand_names,
    "long_word_1mb.txt": lambda: b"a" * MB,
    "one_mb_line.txt": lambda: ("Ana Lima said “we agree” in Brussels on Friday. " * 22_000)[:MB].encode(),
    "paragraph_100kb_no_sentence_end.txt": lambda: " ".join(
        _WORDS[n * 7 % 10] for n in range(15_000)
    ).encode(),
    "quote_every_other_char.txt": lambda: ("“a”a" * 25_000).encode(),
}


def _params(channel: str) -> list[Any]:
    params = []
    for case in CASES:
        marks = []
        if case.bug:
            marks.append(pytest.mark.xfail(strict=True, run=not case.hangs, reason=case.bug))
        params.append(pytest.param(case, id=case.name, marks=marks))
    return params


# --- inputs and databases -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bad_inputs")
    paths = {}
    for case in CASES:
        if case.name in GENERATED:
            if not case.hangs:
                paths[case.name] = folder / case.name
                paths[case.name].write_bytes(GENERATED[case.name]())
        else:
            paths[case.name] = CORPUS / case.name
    return paths


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database at the newest schema holding the seed article: counts are not all zero."""
    db = tmp_path_factory.mktemp("template") / "byline.db"
    engine = make_engine(Settings(DATABASE_URL=f"sqlite:///{db}"), writer=True)
    upgrade_to_head(engine)
    raw = read_file(SEED)
    ingest(engine, raw, extract.run(raw.text))
    engine.dispose()
    return db


def _counts(db: Path) -> dict[str, int]:
    engine = make_engine(Settings(DATABASE_URL=f"sqlite:///{db}"))
    try:
        with engine.connect() as conn:
            return {
                table.name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
                for table in (ARTICLE, PERSON, ORGANISATION, PLACE, QUOTE, COMMENT)
            }
    finally:
        engine.dispose()


def _stored(db: Path, origin: Path) -> tuple[str, list[tuple[int, int, str]]] | None:
    engine = make_engine(Settings(DATABASE_URL=f"sqlite:///{db}"))
    try:
        with engine.connect() as conn:
            article = conn.execute(
                select(ARTICLE.c.id, ARTICLE.c.body).where(ARTICLE.c.origin == str(origin.resolve()))
            ).first()
            if article is None:
                return None
            quotes = conn.execute(
                select(QUOTE.c.start, QUOTE.c.end, QUOTE.c.text).where(QUOTE.c.article_id == article.id)
            ).all()
            return article.body, [tuple(q) for q in quotes]
    finally:
        engine.dispose()


# --- the CLI ------------------------------------------------------------------------------------------------
# A process costs ~1.5 s of start-up, so cases that should behave alike share one: every expected refusal in
# one run (its counts must not move), every expected import in another (each stored under its own path). The
# 50 MB file, the slow ten-thousand-names file and each known-bug case get a process of their own.

LAUNCHER = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(child.pid, 0)
open(sys.argv[1], "w").write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""  # a small process starts the CLI, so the CLI's peak memory is its own, not inherited from pytest's


@dataclass
class CliRun:
    paths: list[Path]
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    max_rss_kb: int
    before: dict[str, int]
    after: dict[str, int]


def _run_cli(paths: list[Path], db: Path) -> CliRun:
    before = _counts(db)
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}"}
    rss = db.with_suffix(".rss")
    command = [
        sys.executable,
        "-c",
        LAUNCHER,
        str(rss),
        sys.executable,
        "-m",
        "app",
        "import",
        *map(str, paths),
    ]
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=CLI_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # the launcher and the importer: a hang fails the case
        stdout, stderr = process.communicate()
        stderr += f"\nkilled after {CLI_TIMEOUT} s".encode()
    seconds = time.perf_counter() - started
    return CliRun(
        paths,
        process.returncode,
        stdout.decode(),
        stderr.decode(),
        seconds,
        int(rss.read_text()) if rss.exists() else 0,
        before,
        _counts(db),
    )


def _groups() -> dict[str, list[Case]]:
    groups: dict[str, list[Case]] = {}
    for case in CASES:
        if case.hangs:
            continue
        alone = case.bug or case.name in ("50mb.txt", "ten_thousand_names.txt")
        key = case.name if alone else ("refused" if isinstance(case.cli, Refused) else "imported")
        groups.setdefault(key, []).append(case)
    return groups


@pytest.fixture(scope="module")
def cli_runs(
    inputs: dict[str, Path], template_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[CliRun, Path]]:
    """Each case's name → (the run that imported it, the database it ran on)."""
    folder = tmp_path_factory.mktemp("cli")
    groups = _groups()

    def run(key: str) -> tuple[str, CliRun, Path]:
        db = folder / f"{key}.db"
        shutil.copy(template_db, db)
        return key, _run_cli([inputs[case.name] for case in groups[key]], db), db

    slowest_first = sorted(groups, key=lambda key: key != "ten_thousand_names.txt")
    with ThreadPoolExecutor(max_workers=len(groups)) as pool:
        done = list(pool.map(run, slowest_first))
    return {case.name: (cli_run, db) for key, cli_run, db in done for case in groups[key]}


@pytest.mark.parametrize("case", _params("cli"))
def test_cli(case: Case, cli_runs: dict[str, tuple[CliRun, Path]], inputs: dict[str, Path]) -> None:
    run, db = cli_runs[case.name]
    path = str(inputs[case.name])
    assert "Traceback" not in run.stderr, run.stderr
    assert run.seconds < CLI_TIMEOUT
    decoded = [line for line in run.stderr.splitlines() if line.startswith(f"{path}: decoded as ")]
    stored = _stored(db, inputs[case.name])
    n = len(run.paths)
    if isinstance(case.cli, Refused):
        assert f"error {path}: {case.cli.reason}" in run.stderr.splitlines(), run.stderr
        assert stored is None
        assert run.returncode == 1, run.stderr
        assert run.stdout.strip() == f"0 imported, 0 replaced, 0 unchanged, {n} failed"
        assert run.after == run.before, "a refused input changed the database"
    else:
        assert run.returncode == 0, run.stderr
        assert run.stdout.strip() == f"{n} imported, 0 replaced, 0 unchanged, 0 failed"
        if case.cli.decoded_as:
            assert decoded == [f"{path}: decoded as {case.cli.decoded_as} (not UTF-8)"]
        else:
            assert decoded == []
        assert run.after["article"] == run.before["article"] + n
        assert stored is not None
        body, quotes = stored
        assert body.strip()
        for start, end, text in quotes:
            assert body[start:end] == text


def test_the_50_mb_file_is_refused_by_its_size_without_being_read(
    cli_runs: dict[str, tuple[CliRun, Path]],
) -> None:
    huge, small = cli_runs["50mb.txt"][0], cli_runs["empty.txt"][0]
    assert huge.returncode == 1
    # Reading the file would add 50 MB (its bytes) or more (its text) to the importer's peak memory;
    # memory, unlike time, does not depend on how busy the machine is.
    assert small.max_rss_kb > 0
    assert huge.max_rss_kb - small.max_rss_kb < 20 * 1024, (huge.max_rss_kb, small.max_rss_kb)


# --- the API: one app and database; each import is deleted again, so every case starts from the same counts --


@pytest.fixture(scope="module")
def writer(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = tmp_path_factory.mktemp("api") / "byline.db"
    shutil.copy(template_db, db)
    with TestClient(create_app(Settings(DATABASE_URL=f"sqlite:///{db}", BYLINE_API_KEY=KEY))) as client:
        yield client


def _post(client: TestClient, expected: Outcome, field: str, **kwargs: Any) -> None:
    before = client.get("/v1/stats").json()["counts"]
    started = time.perf_counter()
    response = client.post("/v1/articles", **kwargs)
    seconds = time.perf_counter() - started
    assert seconds < POST_SECONDS, f"the POST took {seconds:.1f} s"
    assert response.status_code != 500, response.text
    if isinstance(expected, Refused):
        assert response.status_code == expected.status, response.text
        assert response.headers["content-type"] == "application/problem+json"
        problem = response.json()
        assert problem["status"] == expected.status
        assert f"{expected.status} — `{problem['detail']}`" == expected.api(field)
        assert client.get("/v1/stats").json()["counts"] == before, "a refused request changed the database"
        return
    assert response.status_code == 201, response.text
    article = response.json()
    assert article["body"].strip()
    for quote in article["quotes"]:
        assert article["body"][quote["start"] : quote["end"]] == quote["text"]
    assert client.get("/v1/stats").json()["counts"]["articles"] == before["articles"] + 1
    assert client.delete(f"/v1/articles/{article['id']}", headers=AUTH).status_code == 204
    assert client.get("/v1/stats").json()["counts"] == before


def _data(case: Case, inputs: dict[str, Path]) -> bytes:
    if case.hangs:
        return GENERATED[case.name]()
    return inputs[case.name].read_bytes()


@pytest.mark.parametrize("case", _params("json"))
def test_post_json(case: Case, writer: TestClient, inputs: dict[str, Path]) -> None:
    if case.json is None:
        pytest.skip("binary: cannot be expressed as JSON text")
    data = _data(case, inputs)
    text = data.decode(case.text_encoding) if case.name != "50mb.txt" else data.decode()
    body = json.dumps({"text": text}).encode()
    _post(writer, case.json, "text", content=body, headers={**AUTH, "Content-Type": "application/json"})


@pytest.mark.parametrize("case", _params("plain"))
def test_post_plain_text(case: Case, writer: TestClient, inputs: dict[str, Path]) -> None:
    _post(
        writer,
        case.plain,
        "the request body",
        content=_data(case, inputs),
        headers={**AUTH, "Content-Type": "text/plain"},
    )


# --- the table, as docs/bad-inputs.md shows it ------------------------------------------------------------

TABLE_START, TABLE_END = "<!-- table: generated by tests/test_bad_inputs.py -->", "<!-- end of table -->"


def render_table() -> str:
    lines = [
        '| input | CLI `byline import PATH` | POST JSON `{"text": …}` | POST `text/plain` bytes |',
        "|---|---|---|---|",
    ]
    for case in CASES:
        where = "generated" if case.name in GENERATED else "file"
        json_cell = case.json.api("text") if case.json else "— (binary: not JSON text)"
        row = f"| `{case.name}` ({where}) | {case.cli.cli()} | {json_cell} | {case.plain.api('the request body')} |"
        if case.bug:
            row = row.replace(
                f"| `{case.name}` ({where}) |", f"| `{case.name}` ({where}) **known bug**: {case.bug} |"
            )
        lines.append(row)
    return "\n".join(lines)


def test_the_docs_table_is_this_table() -> None:
    table = f"{TABLE_START}\n{render_table()}\n{TABLE_END}"
    text = DOC.read_text()
    start, end = text.index(TABLE_START), text.index(TABLE_END) + len(TABLE_END)
    if os.environ.get("BYLINE_WRITE_DOCS") == "1":
        DOC.write_text(text[:start] + table + text[end:])
        text = DOC.read_text()
    assert table in text, (
        "docs/bad-inputs.md is out of date: run BYLINE_WRITE_DOCS=1 pytest tests/test_bad_inputs.py"
    )


def test_the_corpus_is_listed_and_large_enough() -> None:
    committed = sorted(p.name for p in CORPUS.glob("*.txt"))
    assert sorted(c.name for c in CASES if c.name not in GENERATED) == committed
    assert len(CASES) >= 20
    readme = (CORPUS / "README.md").read_text()
    for case in CASES:
        assert f"`{case.name}`" in readme, f"{case.name} is not in tests/bad_inputs/README.md"
    assert all(p.stat().st_size < 64 * 1024 for p in CORPUS.glob("*.txt")), (
        "large inputs are generated, not committed"
    )
