"""Places in the sixteenth round: regions written out, and names whose country the story settles."""

from app.extract import run


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country_code) for p in run(text).places]


def test_lower_case_sub_saharan_region_is_one_place() -> None:
    places = _places("The lender said growth in sub-Saharan Africa would slow next year, its report said.")
    assert ("sub-Saharan Africa", None) in places
    assert ("Africa", None) not in places


def test_two_compass_words_before_a_continent_make_one_region() -> None:
    places = _places("Suppliers moved assembly to Central and Eastern Europe, where wages are lower.")
    assert ("Central and Eastern Europe", None) in places
    assert ("Eastern Europe", None) not in places


def test_compass_pair_needs_a_known_region_for_the_first_word() -> None:
    # "Upper" makes no region of Asia: only the region the gazetteer knows is read.
    places = _places("Trade with Upper and Southeast Asia grew, the ministry said.")
    assert ("Southeast Asia", None) in places
    assert not any(name.startswith("Upper") for name, _ in places)


def test_historic_and_provincial_regions_are_known() -> None:
    places = _places(
        "The toolmaker will cut jobs in Swabia. Members in the Bas-Saint-Laurent and Côte-Nord regions "
        "struggle to hire, the Quebec federation said."
    )
    assert ("Swabia", "DE") in places
    assert ("Bas-Saint-Laurent", "CA") in places
    assert ("Côte-Nord", "CA") in places
