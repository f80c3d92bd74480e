import pytest

from app.extract import run


def _people(text: str) -> list[str]:
    return [p.name for p in run(text).people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ursula von der Leyen said the bloc would act.", ["Ursula von der Leyen"]),
        ("José Ángel Gurría said growth would slow.", ["José Ángel Gurría"]),
        ("Jean-Claude Juncker told reporters that he was tired.", ["Jean-Claude Juncker"]),
        ("Mark O'Brien, chief executive of Acme, said sales rose.", ["Mark O'Brien"]),
        (
            "Author J. R. R. Tolkien and President George W. Bush were named.",
            ["J. R. R. Tolkien", "George W. Bush"],
        ),
        ("Chief Constable Mark Ellery arrived.", ["Mark Ellery"]),
        ("Analysts said Jane Roe would stay. Roe declined to comment.", ["Jane Roe"]),
    ],
)
def test_people_found(text: str, expected: list[str]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He said the plan would work. She agreed.",
        "On Monday the talks resumed. In March they ended.",
        "Asia-Pacific exporters and Afro-Asia shippers met.",
        "The Prime Minister said the Secretary General would attend.",
        "Chile and South Africa signed the deal in Lisbon.",
        "The Coastal Shipping Federation (CSF) met.",
        "Officials from the WTTC and the ICAO attended.",
        "Will Chile agree? May Day marches were held.",
        "Water Quality Monitoring is the theme of the Clean Rivers Forum.",
    ],
)
def test_no_person(text: str) -> None:
    assert _people(text) == []


def test_titles_and_affiliations() -> None:
    extraction = run("Jane Roe, chief executive of Acme, said sales rose. Acme shares fell.")
    person = extraction.people[0]
    assert person.titles == ("chief executive",)
    organisation = extraction.organisations[0]
    assert organisation.name == "Acme"
    assert person.affiliations[0].organisation_key == organisation.key


def test_title_before_name_with_organisation() -> None:
    text = "ICAO Deputy Director for Safety, Standards and Navigation Anneli Virtanen spoke."
    person = run(text).people[0]
    assert person.name == "Anneli Virtanen"
    assert person.titles == ("Deputy Director for Safety, Standards and Navigation",)
    assert person.affiliations[0].organisation_key == "icao"


@pytest.mark.parametrize(
    ("text", "name", "acronym", "country"),
    [
        (
            "The Coastal Shipping Federation (CSF) met. CSF said so.",
            "Coastal Shipping Federation",
            "CSF",
            None,
        ),
        ("Officials from Brazil’s Ministry of Health attended.", "Ministry of Health", None, "BR"),
        ("The WTTC said so.", "WTTC", "WTTC", None),
        (
            "The Ministry of Agriculture, Fisheries and Food said so.",
            "Ministry of Agriculture, Fisheries and Food",
            None,
            None,
        ),
        ("Shares in Acme Holdings rose.", "Acme Holdings", None, None),
    ],
)
def test_organisations(text: str, name: str, acronym: str | None, country: str | None) -> None:
    organisations = run(text).organisations
    assert [(o.name, o.acronym, o.country_code) for o in organisations] == [(name, acronym, country)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks were held with the Republic of Moldova.", [("Republic of Moldova", "MD")]),
        ("The summit was in The Gambia, not Lisbon.", [("Gambia", "GM"), ("Lisbon", "PT")]),
        (
            "Asia-Pacific and Euro-Mediterranean trade grew.",
            [("Asia-Pacific", None), ("Euro-Mediterranean", None)],
        ),
        ("Chile’s exports rose.", [("Chile", "CL")]),
        ("Sales in Reading and Nice were flat.", []),
    ],
)
def test_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.country_code) for p in run(text).places] == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Analyst Priya Nair of Eastgate Securities said prices would rise.", "Analyst"),
        ("Her former coach, Lena Fischer, said the team had improved.", "coach"),
        ("“We will not move,” union negotiator Pieter de Wit said.", "negotiator"),
        ("Mining Minister Aurora Villalobos said inspections would start.", "Mining Minister"),
    ],
)
def test_role_titles(text: str, title: str) -> None:
    assert run(text).people[0].titles == (title,)


def test_undefined_acronym_is_an_organisation() -> None:
    extraction = run("The WTTC said bookings rose. Officials at WTTC Headquarters agreed.")
    assert [(o.name, o.acronym) for o in extraction.organisations] == [("WTTC", "WTTC")]
    assert extraction.people == ()


def test_organisation_noun_before_a_name() -> None:
    extraction = run("The dockers' union Havenbond said talks had failed. The union said pay was the issue.")
    assert [o.name for o in extraction.organisations] == ["Havenbond"]
    assert {q.speaker_key for q in extraction.quotes} == {"havenbond"}
