"""Places: Dutch provinces, a known county before "County", a state listed with others."""

from app.extract import run


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country_code) for p in run(text).places}


def test_dutch_provinces_with_english_names() -> None:
    text = (
        "Tractors blocked roads in the provinces of Drenthe and Zeeland on Monday, said Pieter Smeets, "
        "a dairy farmer from North Brabant. Growers in Friesland joined them near Amsterdam."
    )
    found = _places(text)
    assert {("Drenthe", "NL"), ("Zeeland", "NL"), ("North Brabant", "NL"), ("Friesland", "NL")} <= found


def test_known_county_after_for() -> None:
    text = (
        "Dr. Ama Odhiambo runs vaccine drives in Nakuru, Kenya. She oversees the clinics for Nakuru County, "
        "and said supplies had improved."
    )
    assert ("Nakuru County", "KE") in _places(text)


def test_unknown_county_after_for_is_not_a_place() -> None:
    text = (
        "Dr. Ama Odhiambo runs vaccine drives in Nakuru, Kenya. She oversees the clinics for Zorblat County, "
        "and said supplies had improved."
    )
    assert not any(name.startswith("Zorblat") for name, _ in _places(text))


def test_state_listed_with_states_is_american() -> None:
    text = (
        "Crews from Texas staged trucks in Georgia and Alabama ahead of the storm, officials in Florida said."
    )
    assert ("Georgia", "US") in _places(text)


def test_country_alone_stays_a_country() -> None:
    text = "Officials in Florida said a delegation from Georgia arrived in Tbilisi and Batumi last week."
    assert ("Georgia", "GE") in _places(text)


def test_country_listed_with_countries_stays_a_country() -> None:
    text = "Officials in Florida and Texas said envoys from Georgia and Armenia met in Washington."
    assert ("Georgia", "GE") in _places(text)


def test_capitals_place_alone_on_its_line_is_the_dateline() -> None:
    text = (
        "Council approves new ferry route\n\nStaff Reporter\n\nMUMBAI\n\n"
        "The city council on Monday approved a ferry route, Mayor Ravi Kandel said."
    )
    run_result = run(text)
    assert ("Mumbai", "IN") in {(p.name, p.country_code) for p in run_result.places}


def test_capitals_word_alone_that_names_no_place_is_no_dateline() -> None:
    text = (
        "Council approves new ferry route\n\nANALYSIS\n\n"
        "The city council on Monday approved a ferry route, Mayor Ravi Kandel said."
    )
    assert not run(text).places
