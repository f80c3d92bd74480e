"""Places, ninth round (second part): regions written with their kind, other spellings of a
country's or region's name, and parts of American states (all sentences made up)."""

from app.extract import run


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country_code) for p in run(text).places}


def test_country_name_with_an_elided_article_is_one_place_in_any_apostrophe() -> None:
    assert ("Côte d'Ivoire", "CI") in _places("Traders moved the beans into Côte d'Ivoire at night.")
    assert ("Côte d’Ivoire", "CI") in _places("Traders moved the beans into Côte d’Ivoire at night.")


def test_province_written_with_its_kind_is_one_place_and_shares_its_entity() -> None:
    extraction = run(
        "Floods hit Yunnan Province on Monday, officials said. Rain was expected to ease over Yunnan by Friday."
    )
    names = [(p.name, p.country_code) for p in extraction.places]
    assert names == [("Yunnan Province", "CN")]
    assert len(extraction.places[0].mentions) == 2


def test_nepal_provinces_and_vietnamese_provinces_with_barred_d() -> None:
    assert ("Lumbini Province", "NP") in _places(
        "Rescuers reached villages in Lumbini Province late on Sunday."
    )
    assert ("Dak Lak Province", "VN") in _places("A storm flattened homes in Dak Lak Province overnight.")


def test_ghana_regions_bare_or_with_their_kind_but_not_compass_words_alone() -> None:
    places = _places(
        "Buyers in the Bono East and Oti regions and in the Ahafo Region paid more, Kojo Mensah said."
    )
    assert {("Bono East", "GH"), ("Oti", "GH"), ("Ahafo Region", "GH")} <= places
    # "Western" or "North East" alone is a direction, never Ghana's region.
    assert not any(
        code == "GH" for _, code in _places("Prices in the North East and the Western suburbs rose.")
    )


def test_part_of_an_american_state_is_its_own_region() -> None:
    assert ("East Texas", "US") in _places("Storms knocked out power across East Texas on Tuesday.")
    # A state whose own name starts with a compass word stays that state.
    assert ("North Dakota", "US") in _places("Storms knocked out power across North Dakota on Tuesday.")


def test_english_names_of_german_states() -> None:
    assert {("Lower Saxony", "DE"), ("Hesse", "DE")} <= _places(
        "Voters in Lower Saxony and Hesse go to the polls next month."
    )


def test_oil_benchmark_named_after_a_place_is_not_the_place() -> None:
    places = _places("Oman crude rose 40 cents while Brent crude futures slipped, traders in Oman said.")
    assert ("Brent", "GB") not in places
    # The country itself, named as the place it is, stays.
    assert ("Oman", "OM") in places
