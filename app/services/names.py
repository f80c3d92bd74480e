"""Name lookups shared by filters: people by (sur)name, organisations by name or acronym."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select

from app.models import ORGANISATION, PERSON, PLACE


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def people_named(name: str) -> Any:
    """Ids of people whose full name is ``name`` or ends with it ("Okafor" → "Ada Okafor"); case-insensitive."""
    folded = name.strip().casefold()
    return select(PERSON.c.id).where(
        or_(
            PERSON.c.normalised_name == folded,
            func.lower(PERSON.c.name) == folded,
            func.lower(PERSON.c.name).like("% " + _like_escape(folded), escape="\\"),
        )
    )


def organisations_named(name: str) -> Any:
    """Ids of organisations whose name or acronym is ``name`` (case-insensitive)."""
    folded = name.strip().casefold()
    return select(ORGANISATION.c.id).where(
        or_(
            ORGANISATION.c.normalised_name == folded,
            func.lower(ORGANISATION.c.name) == folded,
            func.lower(ORGANISATION.c.acronym) == folded,
        )
    )


def places_named(name: str) -> Any:
    """Ids of places called ``name`` (case-insensitive), in any country."""
    folded = name.strip().casefold()
    return select(PLACE.c.id).where(func.lower(PLACE.c.name) == folded)
