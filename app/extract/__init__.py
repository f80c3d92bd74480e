"""The extraction pipeline: text in, an :class:`Extraction` out.

This module only fixes the order of the stages; each stage lives in its own
module and is a pure function (no database, no I/O).
"""

from __future__ import annotations

from datetime import datetime

from app.extract.document import split_document
from app.extract.types import Extraction

__all__ = ["Extraction", "run"]


def run(
    text: str,
    *,
    title: str | None = None,
    published_at: datetime | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Extraction:
    """Extract every record Byline stores from one article's text.

    Keyword arguments override metadata found in the text itself.
    """
    document = split_document(text, title=title, published_at=published_at, source=source, url=url)
    return Extraction(document=document)
