"""Places in the twenty-first round: a capitals dateline closed by a colon, a town's short form beside
its "X Town" name, cities whose names are also people's after a preposition of place, Canadian
provinces' short forms after a town, and "New X" towns named after another place."""

from app.extract import run


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country_code) for p in run(text).places]


def test_capitals_dateline_closed_by_a_colon() -> None:
    text = (
        "Water shortage worsens\n\nStaff Reporter\n\nLAHORE: The provincial court on Monday summoned the "
        "water board's chief over shortages.\n\nThe hearing was adjourned."
    )
    assert ("Lahore", "PK") in _places(text)


def test_label_in_capitals_before_a_colon_is_no_dateline() -> None:
    text = "EXPLAINED: What the new rent rules mean for tenants\n\nREAD: The court ruled on Monday."
    assert _places(text) == []


def test_short_form_of_an_x_town_is_that_town() -> None:
    text = (
        "Residents of Zarbani Town in Karachi, Pakistan, said water was short. Tankers sold water in "
        "Zarbani at night, they said."
    )
    places = _places(text)
    assert ("Zarbani Town", "PK") in places
    assert ("Zarbani", "PK") not in places


def test_known_place_beside_a_town_of_its_name_stays() -> None:
    text = "Flights from Cape Town, South Africa, to Cape Verde and to Spain resumed."
    assert ("Cape Verde", "CV") in _places(text)


def test_city_named_like_a_person_after_in_is_the_city() -> None:
    text = "Lawmakers from Texas met for a special session in Austin. Houston sent a delegation."
    assert ("Austin", "US") in _places(text)
    assert ("Dallas", "US") in _places("The Colorado side plays at Dallas on Monday before a trip to Denver.")


def test_person_of_that_name_or_another_country_is_no_city() -> None:
    text = "Jane Austin spoke in Denver on Monday. Reporters found Austin later in her office."
    assert not any(name == "Austin" for name, _ in _places(text))
    text = "The French minister spoke in Paris and then flew to meet colleagues in Lincoln."
    assert not any(name == "Lincoln" for name, _ in _places(text))
    assert not any(name == "March" for name, _ in _places("Prices rose in London in March."))
