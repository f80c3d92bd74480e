"""The OpenAPI document is complete enough to build on: every operation and parameter explained."""

from __future__ import annotations

from typing import Any

import pytest

from app.api import create_app
from app.config import Settings


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("openapi")
    app = create_app(Settings(DATABASE_URL=f"sqlite:///{folder / 'unused.db'}"), migrate=False)
    return app.openapi()


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, op) for path, ops in document["paths"].items() for method, op in ops.items()
    ]


def test_the_document_describes_the_api(document: dict[str, Any]) -> None:
    info = document["info"]
    assert info["title"] == "Byline" and info["version"] and info["description"]
    assert info["contact"] and info["license"]
    assert {t["name"] for t in document["tags"]} >= {
        "articles",
        "people",
        "organisations",
        "places",
        "quotes",
    }


def test_every_operation_has_an_id_a_summary_a_description_and_a_tag(document: dict[str, Any]) -> None:
    ids = []
    for method, path, op in _operations(document):
        assert op.get("summary"), f"{method} {path}: no summary"
        assert op.get("description"), f"{method} {path}: no description"
        assert op.get("tags"), f"{method} {path}: no tag"
        ids.append(op["operationId"])
    assert len(ids) == len(set(ids))
    assert {"list_articles", "get_article", "list_quotes", "search", "create_article"} <= set(ids)


def test_every_parameter_has_a_description_and_an_example(document: dict[str, Any]) -> None:
    for method, path, op in _operations(document):
        for parameter in op.get("parameters", []):
            where = f"{method} {path} {parameter['name']}"
            assert parameter.get("description"), f"{where}: no description"
            assert (
                "example" in parameter or "examples" in parameter or "examples" in parameter.get("schema", {})
            ), f"{where}: no example"


def test_every_error_is_documented_as_a_problem(document: dict[str, Any]) -> None:
    for method, path, op in _operations(document):
        for status, response in op["responses"].items():
            if status.startswith(("4", "5")):
                assert "application/problem+json" in response.get("content", {}), f"{method} {path} {status}"


def test_responses_carry_examples_from_the_seed(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    for name in (
        "ArticlePublic",
        "PersonPublic",
        "OrganisationPublic",
        "PlacePublic",
        "QuotePublic",
        "CommentPublic",
    ):
        assert schemas[name].get("examples"), f"{name} has no example"


def test_every_read_documents_its_time_limit_answer(document: dict[str, Any]) -> None:
    reads = [(path, op) for method, path, op in _operations(document) if method == "GET"]
    assert len(reads) > 10
    for path, op in reads:
        assert "503" in op["responses"], path
