"""Round 25g: bodies named with a seat town, a country's possessive, an apposed acronym or a Romance noun."""

from app.extract import run


def _orgs(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.acronym, o.country_code) for o in run(text).organisations}


def test_court_named_by_its_seat_town() -> None:
    text = (
        "The Regional Court in Kraków on Monday sentenced Jan Nowak to three years in prison.\n\n"
        "Judge Anna Kowalska said the evidence was clear."
    )
    assert "Regional Court in Kraków" in _orgs(text)


def test_court_elsewhere_keeps_its_short_name() -> None:
    text = (
        "The High Court in Windhoek on Monday dismissed the application by Zenith Mining.\n\n"
        "Judge Petrus Amupolo said the licence was valid."
    )
    orgs = _orgs(text)
    assert "High Court" in orgs
    assert "High Court in Windhoek" not in orgs


def test_body_of_a_countrys_body_is_one_name() -> None:
    text = (
        "Troops struck a fuel depot overnight, the General Staff of Ukraine's Armed Forces said.\n\n"
        "Residents of Kyiv reported explosions."
    )
    orgs = _orgs(text)
    assert "General Staff of Ukraine's Armed Forces" in orgs
    assert "Armed Forces" not in orgs


def test_acronym_in_apposition_after_the_full_name() -> None:
    text = (
        "The Special State Prosecutor's Office, SDT, said in a statement that the verdict was just.\n\n"
        "An SDT prosecutor, Marko Perić, had asked for longer sentences."
    )
    orgs = _orgs(text)
    assert "SDT" not in orgs
    assert orgs["Special State Prosecutor's Office"][0] == "SDT"


def test_romance_hospital_name() -> None:
    text = (
        "At the Hospital de Clínicas in San Lorenzo, a fever ward was opened. Its director, Dr Ana Benítez, "
        "said on Monday that beds were full."
    )
    assert "Hospital de Clínicas" in _orgs(text)


def test_listed_name_before_a_full_stop() -> None:
    # (at a paragraph's end: mid-paragraph "Serie A. The" still runs into the next sentence's first word)
    text = (
        "Bologna beat Fiorentina 2-1 to move within two points of the top places in Serie A.\n\n"
        "Fiorentina coach Marco Rossi said his side deserved a draw."
    )
    result = run(text)
    assert "Serie A" in {o.name for o in result.organisations}
    assert "Serie A." not in {p.name for p in result.places}
