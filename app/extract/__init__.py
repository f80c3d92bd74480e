"""The extraction pipeline: text in, an :class:`Extraction` out.

This module only fixes the order of the stages; each stage lives in its own
module and is a pure function (no database, no I/O).
"""

from __future__ import annotations

from datetime import datetime

from app.extract.document import split_document
from app.extract.mentions import find_mentions
from app.extract.quotes import find_quotes
from app.extract.resolve import resolve
from app.extract.sentences import sentences_of
from app.extract.topics import find_topics
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
    sentences = sentences_of(document)
    mentions = find_mentions(document, frozenset(s.start for s in sentences))
    resolution = resolve(mentions, document.body, document.contacts, document.contact_organisations)
    quotes = find_quotes(document, sentences, resolution.references)
    entity_spans = [span for person in resolution.people for span in person.mentions]
    entity_spans += [span for organisation in resolution.organisations for span in organisation.mentions]
    entity_spans += [span for place in resolution.places for span in place.mentions]
    topics = find_topics(document.title, document.body, entity_spans)
    return Extraction(
        document=document,
        people=resolution.people,
        organisations=resolution.organisations,
        places=resolution.places,
        quotes=quotes,
        topics=topics,
        sentences=sentences,
    )
