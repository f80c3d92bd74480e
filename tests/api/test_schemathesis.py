"""Property-based fuzzing of every operation in the OpenAPI document, with all of Schemathesis' checks.

Fixed seed (derandomize) and a bounded number of examples per operation, so CI is repeatable. The app
runs over a temporary SQLite database holding the hand-made newsroom articles; the expected statuses
for schema-valid requests are set in ``schemathesis.toml``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings

from app.api import create_app
from app.config import Settings
from app.db import make_engine
from app.ingest import ingest
from app.migrate import upgrade_to_head
from app.readers import read_text
from tests.conftest import NEWSROOM

KEY = "schemathesis-key"


def _newsroom_app() -> object:
    folder = Path(tempfile.mkdtemp(prefix="byline-schemathesis-"))
    app_settings = Settings(DATABASE_URL=f"sqlite:///{folder / 'byline.db'}", BYLINE_API_KEY=KEY)
    engine = make_engine(app_settings, writer=True)
    upgrade_to_head(engine)
    for number, extraction in enumerate(NEWSROOM):
        raw = read_text(extraction.document.body, name=f"article-{number}", origin=f"/news/{number}.txt")
        ingest(engine, raw, extraction)
    engine.dispose()
    return create_app(app_settings)


schema = schemathesis.openapi.from_asgi("/openapi.json", _newsroom_app())


@schema.parametrize()
@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_every_operation_keeps_its_documented_promises(case: schemathesis.Case) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {KEY}"})
