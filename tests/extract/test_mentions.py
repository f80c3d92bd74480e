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
        ("Secretary General Mark Rutte arrived.", ["Mark Rutte"]),
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
        "Indo-Pacific partners and Euro-Atlantic allies met.",
        "The Prime Minister said the Secretary General would attend.",
        "Japan and New Zealand signed the deal in Brussels.",
        "The North Atlantic Treaty Organization (NATO) met.",
        "Will Japan agree? May Day marches were held.",
        "Supply Chain Security is the theme of the Defence Industry Forum.",
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
    text = "NATO Assistant Secretary General for Defence Industry, Innovation and Armaments Tarja Jaakkola spoke."
    person = run(text).people[0]
    assert person.titles == ("Assistant Secretary General for Defence Industry, Innovation and Armaments",)
    assert person.affiliations[0].organisation_key == "north atlantic treaty organization"


@pytest.mark.parametrize(
    ("text", "name", "acronym", "country"),
    [
        (
            "The North Atlantic Treaty Organization (NATO) met. NATO said so.",
            "North Atlantic Treaty Organization",
            "NATO",
            None,
        ),
        ("Officials from Japan’s Ministry of Defense attended.", "Ministry of Defense", None, "JP"),
        (
            "The Ministry of Economy, Trade and Industry said so.",
            "Ministry of Economy, Trade and Industry",
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
        ("Talks were held with the Republic of Korea.", [("Republic of Korea", "KR")]),
        ("The summit was in The Hague, not Brussels.", [("The Hague", "NL"), ("Brussels", "BE")]),
        ("Japan’s exports rose.", [("Japan", "JP")]),
        ("Sales in Reading and Nice were flat.", []),
    ],
)
def test_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.country_code) for p in run(text).places] == expected
