"""A Python client generated from the app's OpenAPI document builds cleanly and just works.

``openapi-python-client`` (dev extra) generates a package from ``create_app(settings).openapi()``;
every GET operation is then called through that package against the app (its ``httpx.Client`` is
Starlette's TestClient, bound to the ASGI app) and must come back as the generated model classes.
"""

from __future__ import annotations

import datetime
import importlib
import json
import os
import pkgutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.api import create_app
from app.config import Settings

pytest.importorskip(
    "openapi_python_client",
    reason="openapi-python-client (dev extra) is not installed: pip install -e '.[dev]'",
)

PACKAGE = "byline_generated_client"

GET_OPERATIONS = {
    "articles": {"list_articles", "get_article"},
    "people": {"list_people", "get_person"},
    "organisations": {"list_organisations", "get_organisation"},
    "places": {"list_places", "get_place"},
    "quotes": {"list_quotes", "get_quote"},
    "comments": {"list_comments", "get_comment"},
    "operations": {"get_health"},
}


@dataclass(frozen=True)
class Generated:
    returncode: int
    output: str
    package: ModuleType | None

    def api(self, tag: str, operation: str) -> Any:
        return importlib.import_module(f"{PACKAGE}.api.{tag}.{operation}")

    @property
    def models(self) -> Any:
        return importlib.import_module(f"{PACKAGE}.models")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    """Generate the client once per module and import it; forget it again afterwards."""
    workdir = tmp_path_factory.mktemp("generated-client")
    app = create_app(Settings(DATABASE_URL=f"sqlite:///{workdir / 'unused.db'}"), migrate=False)
    try:
        document = app.openapi()
    finally:
        app.state.read_engine.dispose()
        app.state.write_engine.dispose()
    spec = workdir / "openapi.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    # The generator has no model for plain-text or NDJSON request bodies; its documented
    # content_type_overrides setting sends those as raw bytes (the same wire format).
    config = workdir / "generator.json"
    config.write_text(
        json.dumps(
            {
                "content_type_overrides": {
                    "text/plain": "application/octet-stream",
                    "application/x-ndjson": "application/octet-stream",
                }
            }
        ),
        encoding="utf-8",
    )

    # The generator runs `ruff` from PATH on its output: make the venv's ruff (dev extra) findable.
    env = {
        **os.environ,
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
    }
    env.pop("PYTHONPATH", None)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(spec),
            "--output-path",
            str(workdir / PACKAGE),
            "--meta",
            "none",
            "--config",
            str(config),
        ],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = result.stdout + result.stderr

    package = None
    sys.path.insert(0, str(workdir))
    try:
        if result.returncode == 0:
            package = importlib.import_module(PACKAGE)
        yield Generated(result.returncode, output, package)
    finally:
        sys.path.remove(str(workdir))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


@pytest.fixture
def api_client(generated: Generated, newsroom: object, client: TestClient) -> Any:
    """The generated ``Client`` over the app, with the newsroom database behind it."""
    if generated.package is None:
        pytest.fail(f"the client was not generated:\n{generated.output}")
    package: Any = generated.package
    return package.Client(base_url=str(client.base_url), raise_on_unexpected_status=True).set_httpx_client(
        client
    )


def test_generator_exits_0(generated: Generated) -> None:
    assert generated.returncode == 0, generated.output


def test_generator_prints_no_warnings(generated: Generated) -> None:
    lines = [line for line in generated.output.splitlines() if line.strip()]
    suspicious = [
        line
        for line in lines
        if any(word in line.lower() for word in ("warning", "error", "skipping", "unable", "not in path"))
    ]
    assert suspicious == [], generated.output


def test_every_get_operation_is_generated(generated: Generated) -> None:
    assert generated.package is not None, generated.output
    api = importlib.import_module(f"{PACKAGE}.api")
    found = {
        tag.name: {op.name for op in pkgutil.iter_modules([str(Path(api.__path__[0]) / tag.name)])}
        for tag in pkgutil.iter_modules(api.__path__)
    }
    missing = {
        tag: sorted(operations - found.get(tag, set()))
        for tag, operations in GET_OPERATIONS.items()
        if operations - found.get(tag, set())
    }
    assert missing == {}, f"operations the generator left out: {missing}; generated: {found}"


def _call(generated: Generated, client: Any, tag: str, operation: str, **kwargs: Any) -> Any:
    """Call one operation; check status 200 and return its parsed (typed) result."""
    module = generated.api(tag, operation)
    response = module.sync_detailed(client=client, **kwargs)
    assert response.status_code == 200, (operation, response.status_code, response.content)
    return response.parsed


def test_health(generated: Generated, api_client: Any) -> None:
    health = _call(generated, api_client, "operations", "get_health")
    assert isinstance(health, generated.models.Health)
    assert health.status == "ok"


def test_articles(generated: Generated, api_client: Any) -> None:
    models = generated.models
    page = _call(generated, api_client, "articles", "list_articles")
    assert isinstance(page, models.ArticlePage)
    assert all(isinstance(item, models.ArticlePublic) for item in page.items)
    assert [a.title for a in page.items] == ["Talks continue", "Acme builds in Lagos", "A quiet day"]
    assert page.next_cursor is None

    acme = page.items[1]
    assert acme.published_at == datetime.datetime(2025, 6, 1, 9, tzinfo=datetime.UTC)
    assert acme.source == "Wire"
    assert acme.topics == ["investment"]
    assert isinstance(acme.created_at, datetime.datetime)
    assert page.items[2].published_at is None

    one = _call(generated, api_client, "articles", "get_article", article_id=acme.id)
    assert isinstance(one, models.ArticlePublic)
    assert one.to_dict() == acme.to_dict()

    # Parameters go through typed arguments too, and a keyset page hands back its cursor.
    first = _call(generated, api_client, "articles", "list_articles", limit=1, sort="title")
    assert [a.title for a in first.items] == ["A quiet day"]
    assert isinstance(first.next_cursor, str)
    second = _call(
        generated, api_client, "articles", "list_articles", limit=1, sort="title", cursor=first.next_cursor
    )
    assert [a.title for a in second.items] == ["Acme builds in Lagos"]
    dated = _call(
        generated,
        api_client,
        "articles",
        "list_articles",
        published_after=datetime.datetime(2025, 6, 15, tzinfo=datetime.UTC),
    )
    assert [a.title for a in dated.items] == ["Talks continue"]


def test_a_missing_article_is_a_typed_problem(generated: Generated, api_client: Any) -> None:
    response = generated.api("articles", "get_article").sync_detailed(client=api_client, article_id=999_999)
    assert response.status_code == 404
    assert isinstance(response.parsed, generated.models.Problem)
    assert response.parsed.status == 404


def test_people(generated: Generated, api_client: Any) -> None:
    models = generated.models
    page = _call(generated, api_client, "people", "list_people", sort="name")
    assert isinstance(page, models.PersonPage)
    assert all(isinstance(item, models.PersonPublic) for item in page.items)
    assert [p.name for p in page.items] == ["Ada Okafor", "Henrik Vos"]
    vos = page.items[1]
    assert vos.titles == ["Secretary General"]
    assert all(isinstance(org, models.OrganisationRef) for org in vos.organisations)
    assert [org.name for org in vos.organisations] == ["OSCE"]
    assert "Vos" in vos.aliases

    one = _call(generated, api_client, "people", "get_person", person_id=vos.id)
    assert isinstance(one, models.PersonPublic)
    assert one.to_dict() == vos.to_dict()


def test_organisations(generated: Generated, api_client: Any) -> None:
    models = generated.models
    page = _call(generated, api_client, "organisations", "list_organisations", sort="name")
    assert isinstance(page, models.OrganisationPage)
    assert all(isinstance(item, models.OrganisationPublic) for item in page.items)
    assert [(o.name, o.acronym, o.country_code) for o in page.items] == [
        ("Acme Corporation", None, "NG"),
        ("OSCE", "OSCE", None),
    ]
    one = _call(generated, api_client, "organisations", "get_organisation", organisation_id=page.items[0].id)
    assert isinstance(one, models.OrganisationPublic)
    assert one.to_dict() == page.items[0].to_dict()


def test_places(generated: Generated, api_client: Any) -> None:
    models = generated.models
    page = _call(generated, api_client, "places", "list_places", sort="name")
    assert isinstance(page, models.PlacePage)
    assert all(isinstance(item, models.PlacePublic) for item in page.items)
    assert [(p.name, p.country_code, p.kind) for p in page.items] == [
        ("Lagos", "NG", "city"),
        ("Rotterdam", "NL", "city"),
    ]
    one = _call(generated, api_client, "places", "get_place", place_id=page.items[1].id)
    assert isinstance(one, models.PlacePublic)
    assert one.to_dict() == page.items[1].to_dict()


def test_quotes(generated: Generated, api_client: Any) -> None:
    models = generated.models
    page = _call(generated, api_client, "quotes", "list_quotes")
    assert isinstance(page, models.QuotePage)
    assert all(isinstance(item, models.QuotePublic) for item in page.items)
    assert len(page.items) == 4
    by_text = {q.text: q for q in page.items}

    direct = by_text["we will build in Lagos"]
    assert direct.kind == models.QuotePublicKind.DIRECT
    assert isinstance(direct.speaker, models.Speaker)
    assert direct.speaker.name == "Ada Okafor"
    assert direct.speaker.type_ == models.SpeakerType.PERSON

    reported = by_text["profits rose"]
    assert reported.kind == models.QuotePublicKind.INDIRECT
    assert reported.speaker.type_ == models.SpeakerType.ORGANISATION

    indirect = _call(generated, api_client, "quotes", "list_quotes", kind=models.ListQuotesKindType0.INDIRECT)
    assert [q.text for q in indirect.items] == ["profits rose"]

    one = _call(generated, api_client, "quotes", "get_quote", quote_id=direct.id)
    assert isinstance(one, models.QuotePublic)
    assert one.to_dict() == direct.to_dict()
    article = _call(generated, api_client, "articles", "get_article", article_id=one.article_id)
    assert article.body[one.start : one.end] == one.text


def test_comments(generated: Generated, api_client: Any) -> None:
    models = generated.models
    page = _call(generated, api_client, "comments", "list_comments")
    assert isinstance(page, models.CommentPage)
    assert all(isinstance(item, models.CommentPublic) for item in page.items)
    assert [c.text for c in page.items] == ["Great news.", "Not so sure."]
    assert all(isinstance(c.position, int) for c in page.items)
    one = _call(generated, api_client, "comments", "get_comment", comment_id=page.items[0].id)
    assert isinstance(one, models.CommentPublic)
    assert one.to_dict() == page.items[0].to_dict()
