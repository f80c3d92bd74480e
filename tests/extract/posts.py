"""What the extraction says of one person: shared by the tests of titles and affiliations."""

from app.extract import run


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
