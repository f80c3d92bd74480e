"""Pronoun genders, set 8b: a surname a family shares, and what an earlier "he" said of someone."""

from tests.extract.reading import indirect_quotes as _indirect

# --- pronoun genders: a shared surname, and what "he" has already said of someone -------------------

_OBITUARY = (
    "Painter Camille Bastide dies at 90\n\n"
    "Camille Bastide, a landscape painter, has died. He was 90.\n\n"
    "Bastide died on Sunday at his home in Arles, his daughter, Noémie Bastide Roux, said. "
    "He had been ill for several years, she said.\n\n"
    "Bastide is survived by his wife, Odile Bastide."
)


def test_she_is_not_the_man_an_earlier_he_stood_for() -> None:
    assert ("He had been ill for several years", "noemie bastide roux") in _indirect(_OBITUARY)
    assert all(speaker != "camille bastide" for _, speaker in _indirect(_OBITUARY))


def test_she_still_stands_for_a_person_of_unknown_gender() -> None:
    text = "Board vote\n\nJordan Vell chairs the board. She said the vote had been close."
    assert _indirect(text) == [("the vote had been close", "jordan vell")]


def test_a_surname_only_one_person_bears_keeps_her_gender() -> None:
    text = (
        "Firm sold\n\n"
        "Odile Marchetti founded the firm. Camille Roux joined it later.\n\n"
        "Marchetti said the sale had been agreed. She said the price was fair."
    )
    assert ("the price was fair", "odile marchetti") in _indirect(text)
