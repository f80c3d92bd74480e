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


def test_second_post_with_its_own_organisation_after_and() -> None:
    text = "Sarah Quellon, a judge at the Quorvex Court in Tarnow and spokeswoman for Ardena, said it."
    person = _person(text, "Sarah Quellon")
    assert person.titles == ("judge", "spokeswoman")
    assert "ardena" in _orgs(text, "Sarah Quellon")


def test_and_without_a_post_adds_no_second_title() -> None:
    text = "Sarah Quellon, a judge at the Quorvex Court and a mother of two, said it."
    assert _person(text, "Sarah Quellon").titles == ("judge",)


def test_place_before_the_kind_of_body() -> None:
    text = "David Morrack, chief economist at Lisbon consultancy Quorvex Analysis, said prices would rise."
    assert _person(text, "David Morrack").titles == ("chief economist",)
    assert _orgs(text, "David Morrack") == ["quorvex analysis"]


def test_capitalised_title_alone_after_the_name() -> None:
    text = '"We grew," said David R. Morrack III, Chief Financial Officer. "We did."'
    assert _person(text, "David R. Morrack III").titles == ("Chief Financial Officer",)


def test_capitalised_name_after_the_comma_is_no_title() -> None:
    text = "He met David Morrack, President Lane and others at the summit."
    assert _person(text, "David Morrack").titles == ()


def test_post_for_an_organisation_before_the_name() -> None:
    text = "A spokesperson for Quorvex Ltd, Sarah Quellon, said the new prices reflected costs."
    assert _person(text, "Sarah Quellon").titles == ("spokesperson",)
    assert _orgs(text, "Sarah Quellon") == ["quorvex ltd"]


def test_post_for_a_person_names_no_organisation() -> None:
    text = "A lawyer for Sarah Quellon, David Morrack, said the claim was false."
    assert _person(text, "David Morrack").titles == ("lawyer",)
    assert _orgs(text, "David Morrack") == []


def test_contributed_credit_names_no_person_but_keeps_its_place() -> None:
    text = (
        "Floods closed the port on Monday, officials said.\n\n"
        "Quorvex News staff writer Sarah Quellon in Taipei contributed to this report."
    )
    extraction = run(text)
    assert [p.name for p in extraction.people] == []
    assert "Taipei" in [p.name for p in extraction.places]


def test_contributing_to_a_fund_is_no_credit() -> None:
    text = "Sarah Quellon contributed to the relief fund, officials said."
    assert [p.name for p in run(text).people] == ["Sarah Quellon"]


def test_lower_case_by_credit_line_names_the_writer() -> None:
    text = "Talks resume after a freeze\n\nby Sarah Quellon | Nov 4, 2025\n\nThe government agreed to resume talks."
    extraction = run(text)
    assert extraction.document.byline == "Sarah Quellon"
    assert [p.name for p in extraction.people] == []


def test_by_inside_a_sentence_is_no_credit() -> None:
    text = "Talks resume after a freeze\n\nThe plan was backed by Sarah Quellon, who said it would pass."
    assert run(text).document.byline is None
