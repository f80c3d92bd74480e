"""Set-8 organisation rules: members' titles written as letters, ..."""

from app.extract import run
from tests.extract.reading import titles_and_organisations


def _organisations(text: str) -> dict[str, tuple[str | None, str | None, tuple[str, ...]]]:
    return {o.name: (o.country_code, o.acronym, o.aliases) for o in run(text).organisations}


def test_a_legislators_letters_after_a_party_are_a_title() -> None:
    text = "In Dublin, Fine Gael TD Brendan Doyle said the Bill was flawed."
    assert "TD" not in _organisations(text)
    assert titles_and_organisations(text, "Brendan Doyle") == ({"TD"}, {"Fine Gael"})


def test_a_prosecutors_letters_before_a_name_are_a_title() -> None:
    text = "In Singapore, DPP Mei Lin Tan sought a jail term of five years."
    assert "DPP" not in _organisations(text)


def test_a_listed_party_named_in_title_words_stays_a_party() -> None:
    text = "In Dublin, Social Democrats TD Aoife Byrne said the Bill was flawed."
    titles, organisations = titles_and_organisations(text, "Aoife Byrne")
    assert titles == {"TD"} and "Social Democrats" in organisations


def test_a_portfolio_word_before_a_title_still_makes_the_title() -> None:
    text = "In Dublin, Social Protection Minister Aoife Byrne said the scheme would grow."
    assert "Social Protection Minister" in titles_and_organisations(text, "Aoife Byrne")[0]
