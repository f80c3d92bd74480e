"""Quotes and speakers, set 9 (fourth pass): longer descriptions of a named company, sources and
cues in mid-sentence, statements several bodies issued, and an age that stands for the one person
just named (all sentences made up)."""

from tests.extract.reading import direct_quotes as _direct
from tests.extract.reading import indirect_quotes as _indirect
from tests.extract.reading import speaker_starting as _speaker
from tests.extract.reading import texts as _texts

_LEAD = "Results\n\nZentrix Labs Inc. reported its results on Monday.\n\n"


# --- "The Oslo- and Bergen-based company", "The Oslo-based maker of accounting software" -------------


def test_a_description_based_in_two_places_refers_back_to_the_company() -> None:
    text = _LEAD + "The Oslo- and Bergen-based company told Reuters that revenue rose 5% to $3 million."
    assert _speaker(_indirect(text), "revenue rose") == "zentrix labs inc."


def test_the_maker_of_a_product_refers_back_to_the_company() -> None:
    text = _LEAD + "The Oslo-based maker of accounting software said revenue rose 5% to $3 million."
    assert _speaker(_indirect(text), "revenue rose") == "zentrix labs inc."


def test_the_maker_of_a_particular_thing_is_no_description_of_the_company() -> None:
    text = _LEAD + "The maker of the film said the shoot had run three weeks late."
    assert "zentrix labs inc." not in [s for _, s in _indirect(text)[1:]]


# --- "…, according to Iranian media, in what would be …" ---------------------------------------------


def test_a_source_in_mid_sentence_then_a_phrase_reports_the_clause_before_it() -> None:
    text = (
        "Visit\n\nThe envoy Dario Kestel is expected to travel to Valmora later this month, according to "
        "local media, in what would be the most senior visit this year."
    )
    assert _speaker(_indirect(text), "The envoy Dario Kestel is expected") is None


def test_a_source_in_mid_sentence_before_a_clause_of_its_own_is_not_read_so() -> None:
    text = (
        "Visit\n\nThe envoy travelled twice, according to local media, though officials deny the second "
        "trip took place."
    )
    assert not any(t.startswith("The envoy travelled") for t in _texts(_indirect(text)))


# --- "A joint statement released by the three delegations said" ---------------------------------------


def test_a_statement_several_unnamed_parties_released_reports_with_no_speaker() -> None:
    text = (
        "Talks\n\nA joint statement released by the three delegations said technical teams would meet "
        "in Valmora next month."
    )
    assert _speaker(_indirect(text), "technical teams would meet") is None


# --- "…, Dorran authorities announced on Wednesday, as …" ---------------------------------------------


def test_announced_in_mid_sentence_reports_the_clause_before_it() -> None:
    text = (
        "Water\n\nResidents of Kellton will face water cuts from next week, city authorities announced "
        "on Wednesday, as a drought drains the reservoirs."
    )
    assert _speaker(_indirect(text), "Residents of Kellton will face") is None


# --- "…,’ said the 27-year-old from Dorran" -----------------------------------------------------------


def test_an_age_alone_after_a_quote_is_the_one_person_just_named() -> None:
    text = (
        "Final\n\nMarta Velikova had not dropped a set all week, and admitted she had been too passive.\n\n"
        "‘I was waiting for her to miss,’ said the 27-year-old from Dorran."
    )
    assert _speaker(_direct(text), "I was waiting") == "marta velikova"


def test_an_age_alone_after_two_people_are_named_speaks_for_no_one() -> None:
    text = (
        "Final\n\nMarta Velikova beat Ilse Tanner in three sets on Tuesday.\n\n"
        "‘I was waiting for her to miss,’ said the 27-year-old from Dorran."
    )
    assert _speaker(_direct(text), "I was waiting") is None


def test_a_statement_a_named_body_released_is_that_body_s() -> None:
    text = (
        "Talks\n\nA statement released by Kellton Water Board said technical teams would meet in "
        "Valmora next month."
    )
    assert _speaker(_indirect(text), "technical teams would meet") == "kellton water board"
