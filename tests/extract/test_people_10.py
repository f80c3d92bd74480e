"""People: a role set off by commas before the name, after the organisation's name."""

from app.extract import run


def _person(text: str, name: str):  # type: ignore[no-untyped-def]
    people = {p.name: p for p in run(text).people}
    return people[name]


def _orgs(text: str, name: str) -> list[str]:
    extraction = run(text)
    person = next(p for p in extraction.people if p.name == name)
    return [a.organisation_key for a in person.affiliations]


def test_organisation_opening_the_sentence_before_the_role() -> None:
    text = "Varnok deputy secretary general, Mr David Morrack, said the party would hold rallies."
    assert _person(text, "David Morrack").titles == ("deputy secretary general",)
    assert _orgs(text, "David Morrack") == ["varnok"]


def test_longer_organisation_with_its_acronym_before_the_role() -> None:
    text = "The Quorvex Ports Authority (QPA) director general, Mr David Morrack, said ships wait five days."
    assert _person(text, "David Morrack").titles == ("director general",)
    assert _orgs(text, "David Morrack") == ["quorvex ports authority"]


def test_determiner_or_adjective_opening_is_no_organisation() -> None:
    text = "Former deputy secretary general, David Morrack, said the party would hold rallies."
    assert _person(text, "David Morrack").titles == ("deputy secretary general",)
    assert _orgs(text, "David Morrack") == []
    text = "Another senior analyst, David Morrack, said the plan was fair."
    assert _orgs(text, "David Morrack") == []


def test_possessive_organisation_is_not_kept_with_its_apostrophe() -> None:
    text = "The Quorvex Teachers Union’s general secretary, Sarah Quellon, said members would strike."
    assert not any(o.name.endswith("’s") for o in run(text).organisations)
