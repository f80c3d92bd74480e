"""What the extraction says of a text, in the shapes the extraction tests compare: shared by them."""

from app.extract import run


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    """Every quote as (kind, text, speaker key), in order."""
    return [(q.kind, q.text, q.speaker_key) for q in run(text).quotes]


def direct_quotes(text: str) -> list[tuple[str, str | None]]:
    """The direct quotes as (text, speaker key)."""
    return [(t, s) for k, t, s in quotes(text) if k == "direct"]


def indirect_quotes(text: str) -> list[tuple[str, str | None]]:
    """The reported clauses as (text, speaker key)."""
    return [(t, s) for k, t, s in quotes(text) if k == "indirect"]


def speaker_of(text: str, fragment: str) -> str | None:
    """The speaker key of the first quote holding ``fragment``; fails when no quote holds it."""
    for quote in run(text).quotes:
        if fragment in quote.text:
            return quote.speaker_key
    raise AssertionError(f"no quote holding {fragment!r}")


def speaker_starting(pairs: list[tuple[str, str | None]], start: str) -> str | None:
    """The speaker key of the first (text, speaker key) pair whose text starts with ``start``; fails when
    none does."""
    found = [s for t, s in pairs if t.startswith(start)]
    assert found, f"no quote starting {start!r} in {pairs}"
    return found[0]


def texts(pairs: list[tuple[str, str | None]]) -> list[str]:
    """The texts of (text, speaker key) pairs."""
    return [t for t, _ in pairs]


def titles_and_organisations(text: str, name: str) -> tuple[set[str], set[str]]:
    """The titles of the person called ``name`` in ``text``, and every written form (name, aliases,
    acronym) of the organisations tied to them; fails naming who was found when nobody is."""
    extraction = run(text)
    orgs = {o.key: o for o in extraction.organisations}
    for person in extraction.people:
        if person.name == name:
            names: set[str] = set()
            for affiliation in person.affiliations:
                org = orgs[affiliation.organisation_key]
                names |= {org.name, *org.aliases, *([org.acronym] if org.acronym else [])}
            return set(person.titles), names
    raise AssertionError(f"{name} not found in {[p.name for p in extraction.people]}")


def people_with_affiliations(text: str) -> dict[str, tuple[tuple[str, ...], set[str]]]:
    """Every person found, by name: their titles, and every written form (name, aliases, acronym) of the
    organisations tied to them."""
    extraction = run(text)
    names = {o.key: o for o in extraction.organisations}
    found: dict[str, tuple[tuple[str, ...], set[str]]] = {}
    for person in extraction.people:
        orgs: set[str] = set()
        for affiliation in person.affiliations:
            org = names.get(affiliation.organisation_key)
            if org is not None:
                orgs |= {org.name, *([org.acronym] if org.acronym else []), *org.aliases}
        found[person.name] = (person.titles, orgs)
    return found
