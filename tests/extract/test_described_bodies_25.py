"""Bodies no gazetteer holds, twenty-fifth round: a name an appositive calls a company, a source of
figures after "according to", a two-word name that speaks and recurs whole, and a nation's government
named in lower case as the one who speaks."""

from app.extract import run
from tests.extract.reading import speaker_of


def _organisations(text: str) -> set[str]:
    return {organisation.name for organisation in run(text).organisations}


_FARM_STORY = (
    "Bird flu found at Quorra Vale Egg Farms\n\n"
    "The outbreak at a Quorra Vale Egg Farms site in Denholt County is the largest this year.\n\n"
    'Quorra Vale, a family-owned company based in Denholt, said in a statement that it was "heartbroken" '
    "and was cooperating with officials."
)


def test_a_name_an_appositive_calls_a_company_is_a_body() -> None:
    assert "Quorra Vale Egg Farms" in _organisations(_FARM_STORY)


def test_the_short_name_speaks_for_the_full_one() -> None:
    assert speaker_of(_FARM_STORY, "heartbroken") == "quorra vale egg farms"


_WATER_STORY = (
    "Residents in Tarnside have been told to boil their water.\n\n"
    "Uisce Tarna said the notice would remain in place until further notice.\n\n"
    "Uisce Tarna said the plant would be upgraded next year.\n\n"
    "According to data from Gridvale, demand rose 4% last month."
)


def test_a_two_word_name_that_speaks_twice_is_a_body() -> None:
    orgs = _organisations(_WATER_STORY)
    assert "Uisce Tarna" in orgs
    assert speaker_of(_WATER_STORY, "the plant would be upgraded") == "uisce tarna"


def test_a_source_of_data_is_a_body() -> None:
    assert "Gridvale" in _organisations(_WATER_STORY)


def test_a_person_named_twice_is_no_body() -> None:
    text = (
        "Jean-Claude Membe Ossoko, the prefect, ordered the curfew.\n\n"
        "Membe Ossoko said the curfew was needed. Membe Ossoko said the curfew would last a month."
    )
    assert "Membe Ossoko" not in _organisations(text)


def test_a_lower_case_government_that_speaks_is_a_body() -> None:
    text = (
        "Fishers in Pembrokeshire fear new rules.\n\n"
        "The Welsh government said in a statement that it had no plans to close fishing grounds."
    )
    assert "Welsh government" in _organisations(text)
    assert speaker_of(text, "it had no plans") == "welsh government (gb)"
