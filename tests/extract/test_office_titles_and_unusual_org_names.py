"""Titles joined to the office they sit in, and organisation names the plain capitalised run misses."""

import pytest

from app.extract import run
from app.extract.lexicon import paternal_surname


def _titles(text: str) -> dict[str, tuple[str, ...]]:
    return {person.name: person.titles for person in run(text).people}


def _organisations(text: str) -> list[str]:
    return [organisation.name for organisation in run(text).organisations]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "U.S. District Judge Maria Okafor wrote that the law was too broad.",
            "Maria Okafor",
            "District Judge",
        ),
        ("Police Chief Tom Halvorsen said officers had acted quickly.", "Tom Halvorsen", "Police Chief"),
        ("Fire Chief Dana Lindqvist said the blaze was out by noon.", "Dana Lindqvist", "Fire Chief"),
        # Without a court or force before it, the title stays as written.
        ("Chief Constable Mark Ellery said the inquiry would continue.", "Mark Ellery", "Chief Constable"),
        ("Judge Alan Prewitt said the hearing would resume.", "Alan Prewitt", "Judge"),
    ],
)
def test_a_court_or_force_before_judge_or_chief_is_part_of_the_title(
    text: str, name: str, title: str
) -> None:
    assert _titles(text)[name] == (title,)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Tom Varga, an opposition MP from Kent, said the plan was late.", "MP"),
        ("Tom Varga, a backbench MP, said the plan was late.", "MP"),
        # "opposition leader" is a post of its own.
        ("Tom Varga, the opposition leader, said the plan was late.", "opposition leader"),
        # A capitalised title before the name is kept as written.
        ("Opposition lawmaker Tom Varga said the plan was late.", "Opposition lawmaker"),
    ],
)
def test_the_side_a_legislator_sits_on_is_not_the_post(text: str, title: str) -> None:
    assert _titles(text)["Tom Varga"] == (title,)


def test_an_ordinal_before_a_court_is_part_of_its_name() -> None:
    text = "The state said it would appeal to the 9th U.S. Circuit Court of Appeals in the spring."
    assert _organisations(text) == ["9th U.S. Circuit Court of Appeals"]


def test_an_ordinal_ranking_is_no_part_of_a_name() -> None:
    text = "Acme Holdings finished 9th Acme Holdings said it was pleased."
    assert all(not name[0].isdigit() for name in _organisations(text))


def _affiliations(text: str) -> dict[str, list[str]]:
    extraction = run(text)
    names = {organisation.key: organisation.name for organisation in extraction.organisations}
    return {
        person.name: [names[a.organisation_key] for a in person.affiliations] for person in extraction.people
    }


def test_a_municipality_is_an_organisation_and_the_metro_refers_to_it() -> None:
    text = (
        "The Oliver Tambo Bay Metropolitan Municipality warned that taps could run dry.\n\n"
        "The metro’s spokesperson, Sipho Dlamini, said tankers had been sent."
    )
    assert _organisations(text) == ["Oliver Tambo Bay Metropolitan Municipality"]
    assert _affiliations(text)["Sipho Dlamini"] == ["Oliver Tambo Bay Metropolitan Municipality"]


def test_a_place_named_after_a_person_is_not_a_person() -> None:
    assert _titles("Residents in Oliver Tambo Bay waited. Jane Dlamini said repairs would take days.") == {
        "Jane Dlamini": ()
    }
    # A two-word name ending in "Bay" may still be a person's.
    assert "Michael Bay" in _titles("Michael Bay said the film would open in May.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Councillor Rana Haddad of the Civic Renewal Movement called for an inquiry.",
            ["Civic Renewal Movement"],
        ),
        ("Rana Haddad of the Civic Renewal Movement urged calm.", ["Civic Renewal Movement"]),
        # A place after "of" is where she is from, not whom she works for.
        ("Rana Haddad of Springfield called for an inquiry.", []),
    ],
)
def test_an_organisation_after_the_name_before_a_reporting_verb(text: str, expected: list[str]) -> None:
    assert _affiliations(text)["Rana Haddad"] == expected


def test_a_company_named_in_lower_case_is_found_where_it_is_described() -> None:
    text = (
        "LONDON — plannr, the meal-planning app that grew fast in 2021, will cut 90 jobs, the company said.\n\n"
        "Rivals are struggling too: castly.io, the podcast platform backed by Acme Capital, said it would "
        "close. A plannr spokesperson, Jane Okoro, said the company had enough cash.\n\n"
        "Its figures came from research firm DataLoft."
    )
    extraction = run(text)
    assert [o.name for o in extraction.organisations] == ["plannr", "castly.io", "Acme Capital", "DataLoft"]
    assert _titles(text)["Jane Okoro"] == ("spokesperson",)
    assert _affiliations(text)["Jane Okoro"] == ["plannr"]
    speakers = {q.text: q.speaker_key for q in extraction.quotes}
    assert speakers["it would close"] == "castly.io"


@pytest.mark.parametrize(
    "text",
    [
        # An ordinary word before an appositive is not a name, even where a sentence opens with it.
        "She praised the app, the platform that changed her life. Prices, the company said, would rise.",
        "He bought shares, the retailer said. Others sold.",
        "Workers at the plant, the company’s biggest, said pay was low.",
    ],
)
def test_a_lower_case_word_is_not_a_company_without_a_sentence_of_its_own(text: str) -> None:
    assert _organisations(text) == []


def test_names_in_spanish_open_with_the_organisation_noun() -> None:
    text = (
        "Ana Beltrán Quispe, a centre-left economist, of Frente Amplio del Norte, led the count. "
        "Tomás Ibarra, a political scientist at the Observatorio Andino de Datos in Cusco, said turnout was high. "
        "Beltrán said she would win."
    )
    extraction = run(text)
    assert [o.name for o in extraction.organisations] == [
        "Frente Amplio del Norte",
        "Observatorio Andino de Datos",
    ]
    assert _titles(text) == {"Ana Beltrán Quispe": ("economist",), "Tomás Ibarra": ("political scientist",)}
    assert _affiliations(text)["Tomás Ibarra"] == ["Observatorio Andino de Datos"]
    # "Beltrán", her first surname, names her on its own.
    assert [q.speaker_key for q in extraction.quotes if q.text.startswith("she would")] == [
        "ana beltran quispe"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Banco said the loan was late.",  # one word
        "Partido politics bored her, Jane Roe said.",  # no name after the noun
    ],
)
def test_a_leading_organisation_noun_alone_names_nothing(text: str) -> None:
    assert _organisations(text) == []


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (["Rodrigo", "Alcántara", "Villena"], "Alcántara"),
        (["Mary", "Ellen", "Roe"], None),  # a second given name
        (["John", "Q.", "Roe"], None),  # an initial
        (["Jean-François", "Des", "Rosiers"], None),  # a particle: the surname is "Des Rosiers"
        (["Jane", "Roe"], None),
    ],
)
def test_the_first_of_two_surnames(parts: list[str], expected: str | None) -> None:
    assert paternal_surname(parts) == expected
