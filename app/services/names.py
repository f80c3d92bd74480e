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


def person_name_keys(name: str) -> tuple[str, str, str] | None:
    """What :func:`people_matching` compares for ``name``: the folded name, its last word and a
    LIKE pattern for names ending with it; None when ``name`` has no words (it matches no one)."""
    folded = fold(name)
    words = folded.split()
    if not words:
        return None
    return folded, words[-1], "% " + _like_escape(folded)


def people_matching(folded: Any, surname: Any, suffix_pattern: Any) -> Any:
    """Ids of people named ``folded`` or whose name matches ``suffix_pattern`` (values or bind parameters)."""
    return select(PERSON.c.id).where(
        or_(
            PERSON.c.normalised_name == folded,
            and_(
                PERSON.c.surname_key == surname,  # narrows through its index first
                PERSON.c.normalised_name.like(suffix_pattern, escape="\\"),
            ),
        )
    )


def people_named(name: str) -> Any:
    """Ids of people whose full name is ``name`` or ends with it ("Okafor" → "Ada Okafor")."""
    keys = person_name_keys(name)
    if keys is None:
        return select(PERSON.c.id).where(PERSON.c.id.is_(None))
    return people_matching(*keys)


def organisation_name_keys(name: str) -> tuple[str, list[str]]:
    """What :func:`organisations_matching` compares for ``name``: its folded form and the acronyms it may be."""
    stripped = name.strip()
    return fold(stripped), list({stripped, stripped.upper()})


def organisations_matching(folded: Any, acronyms: Any) -> Any:
    """Ids of organisations named ``folded`` or with one of ``acronyms`` (values or bind parameters)."""
    return select(ORGANISATION.c.id).where(
        or_(ORGANISATION.c.normalised_name == folded, ORGANISATION.c.acronym.in_(acronyms))
    )


def organisations_named(name: str) -> Any:
    """Ids of organisations whose name or acronym is ``name``."""
    return organisations_matching(*organisation_name_keys(name))


def places_named(name: str) -> Any:
    """Ids of places called ``name``, in any country (keys are "name (cc)" or "name")."""
    folded = fold(name)
    return select(PLACE.c.id).where(
        or_(
            PLACE.c.normalised_name == folded,
            and_(PLACE.c.normalised_name >= folded + " (", PLACE.c.normalised_name < folded + " )"),
        )
    )
