"""Places, second round on the eighth held-out set's styles (all sentences made up)."""

from app.extract import run


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country_code) for p in run(text).places}


def test_the_philippines_regions_are_places_by_their_names_without_numbers() -> None:
    text = "Roads in Central Luzon and Western Visayas were shut, and rain fell over Metro Manila."
    assert _places(text) == {("Central Luzon", "PH"), ("Western Visayas", "PH"), ("Metro Manila", "PH")}


def test_a_region_named_by_what_it_is_belongs_to_no_one_country() -> None:
    assert _places("Traffic in the National Capital Region was slow.") == set()
