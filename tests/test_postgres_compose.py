"""docker-compose.yml (PostgreSQL + API) is well formed, and the README's "Scaling out" section shows how to use it.

Docker cannot run here, so this only loads the file and checks what the services rely on.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from sqlalchemy import make_url

from app.config import Settings

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOC = README[README.index("## Scaling out") : README.index("## Performance")]
SETTINGS_VARIABLES = {field.validation_alias for field in Settings.model_fields.values()}


def test_compose_runs_postgresql_with_a_healthcheck() -> None:
    db = COMPOSE["services"]["db"]
    assert db["image"].startswith("postgres:")
    assert {"POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB"} <= set(db["environment"])
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])


def test_compose_api_builds_the_dockerfile_imports_the_seeds_then_serves_over_postgresql() -> None:
    api = COMPOSE["services"]["api"]
    assert api["build"] == "." and (ROOT / "Dockerfile").is_file()
    env = api["environment"]
    url = make_url(Settings(DATABASE_URL=env["DATABASE_URL"]).database_url)
    assert url.drivername == "postgresql+psycopg" and url.host == "db"
    assert url.database == COMPOSE["services"]["db"]["environment"]["POSTGRES_DB"]
    assert set(env) <= SETTINGS_VARIABLES, set(env) - SETTINGS_VARIABLES  # no misspelt variable
    command = " ".join(api["command"])
    assert command.index("import seeds") < command.index("serve")
    assert api["depends_on"]["db"]["condition"] == "service_healthy"
    assert "/health" in " ".join(api["healthcheck"]["test"])


def test_the_doc_shows_the_compose_commands_and_every_pool_setting() -> None:
    assert "docker compose up --build" in DOC and "--scale api=" in DOC
    assert "--scale api=" in (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    for variable in (
        "BYLINE_DB_POOL_SIZE",
        "BYLINE_DB_MAX_OVERFLOW",
        "BYLINE_DB_POOL_TIMEOUT",
        "BYLINE_DB_POOL_RECYCLE",
        "BYLINE_STATEMENT_TIMEOUT_MS",
    ):
        assert variable in SETTINGS_VARIABLES and f"`{variable}`" in DOC
