"""Name lookups shared by filters, each answered through an index.

Names are compared in the folded form the extraction pipeline stores
(casefolded, accents stripped, spaces collapsed).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, or_, select

from app.extract.lexicon import fold
from app.models import ORGANISATION, PERSON, PLACE


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def people_named(name: str) -> Any:
    """Ids of people whose full name is ``name`` or ends with it ("Okafor" → "Ada Okafor")."""
    folded = fold(name)
    words = folded.split()
    if not words:
        return select(PERSON.c.id).where(PERSON.c.id.is_(None))
    return select(PERSON.c.id).where(
        or_(
            PERSON.c.normalised_name == folded,
            and_(
                PERSON.c.surname_key == words[-1],  # narrows through its index first
                PERSON.c.normalised_name.like("% " + _like_escape(folded), escape="\\"),
            ),
        )
    )


def organisations_named(name: str) -> Any:
    """Ids of organisations whose name or acronym is ``name``."""
    stripped = name.strip()
    return select(ORGANISATION.c.id).where(
        or_(
            ORGANISATION.c.normalised_name == fold(stripped),
            ORGANISATION.c.acronym.in_(list({stripped, stripped.upper()})),
        )
    )


def places_named(name: str) -> Any:
    """Ids of places called ``name``, in any country (keys are "name (cc)" or "name")."""
    folded = fold(name)
    return select(PLACE.c.id).where(
        or_(
            PLACE.c.normalised_name == folded,
            and_(PLACE.c.normalised_name >= folded + " (", PLACE.c.normalised_name < folded + " )"),
        )
    )
