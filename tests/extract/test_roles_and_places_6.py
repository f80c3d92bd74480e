"""Titles, affiliations and places from the sixth held-out set's styles (all sentences made up)."""

from app.extract import run
from app.extract.document import split_document


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country_code) for p in run(text).places]


def _person(text: str, name: str) -> tuple[set[str], set[str]]:
    extraction = run(text)
    orgs = {o.key: o for o in extraction.organisations}
    for person in extraction.people:
        if person.name == name:
            names: set[str] = set()
            for affiliation in person.affiliations:
                org = orgs[affiliation.organisation_key]
                names |= {org.name, *org.aliases, *([org.acronym] if org.acronym else [])}
            return set(person.titles), names
    raise AssertionError(f"{name} not found")


def test_date_line_after_byline_is_no_paragraph() -> None:
    text = (
        "Town approves budget\n\nBy Jane Roe\nSep 16, 2025\n\n"
        "SPRINGTON, Mo. — The town council voted late Monday to approve a budget."
    )
    document = split_document(text)
    assert document.body.startswith("SPRINGTON, Mo. —")
    assert document.dateline_place == "SPRINGTON"
    assert document.published_at is not None and document.published_at.day == 16


def test_a_dated_sentence_after_byline_stays() -> None:
    text = "Town approves budget\n\nBy Jane Roe\nOn Sep 16, 2025 the town council voted to approve a budget."
    assert split_document(text).body.startswith("On Sep 16")


def test_ap_state_abbreviation_in_dateline_after_byline() -> None:
    text = (
        "Town approves budget\n\nBy Jane Roe\nSep 16, 2025\n\n"
        "COLUMBIA, Mo. — The council voted late Monday to approve the budget, officials said."
    )
    assert ("Missouri", "US") in _places(text)


def test_district_named_with_compass_word_before_neighbourhood() -> None:
    text = (
        "Residents of Denver packed the hall. Tom Roe, 71, of the Old Northside neighborhood, "
        "said break-ins had risen. Mary Lee, who lives in the Elmwood neighborhood, agreed."
    )
    places = _places(text)
    assert ("Old Northside", "US") in places
    assert ("Northside", "US") not in places


def test_possessive_city_noun_is_no_settlement_apposition() -> None:
    text = (
        "Crowds in Denver cheered. Jane Roe said cuts to Metro Link, the city's bus system, would hurt "
        "night workers in Denver."
    )
    assert "Metro Link" not in [name for name, _ in _places(text)]
