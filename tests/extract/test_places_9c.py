"""Places, ninth round (third part): places inside people's names, counties before a common noun,
administrative units and gazetteer gaps (all sentences made up)."""

from app.extract import run


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country_code) for p in run(text).places}


def _people(text: str) -> set[str]:
    return {p.name for p in run(text).people}


def test_given_name_that_is_a_place_opens_a_name_with_an_initial() -> None:
    text = "Her rival, the lawyer Florence T. Makinde, said the roads were a disgrace."
    assert "Florence T. Makinde" in _people(text)
    assert not any(name == "Florence" for name, _ in _places(text))


def test_given_name_and_paternal_surname_that_are_places_stay_in_the_name() -> None:
    text = (
        "The car of Santiago Ibarra Quesada spun at the first corner. "
        "Stewards later gave Ibarra Quesada a penalty."
    )
    assert "Santiago Ibarra Quesada" in _people(text)
    places = {name for name, _ in _places(text)}
    assert "Santiago" not in places and "Ibarra" not in places


def test_a_place_in_its_own_right_still_opens_a_run() -> None:
    # A city, then words that are no name: the city stays a place.
    assert ("Florence", "IT") in _places("Tourists crowded into Florence on Sunday for the festival.")


def test_county_before_a_common_noun_is_a_place() -> None:
    text = "Pell Marrow, 41, is being held in the Tarrow County jail after a hearing on Monday."
    assert ("Tarrow County", "US") in _places(text)


def test_county_after_a_surname_like_word_is_no_person() -> None:
    text = "Vaccination rates lag in Bellamy County, where clinics are far apart, officials said."
    assert ("Bellamy County", "US") in _places(text)
    assert "Bellamy County" not in _people(text)


def test_club_named_county_in_a_match_report_is_not_a_place() -> None:
    text = (
        "The Tarrow County striker scored twice as his side won 3-1 at home. "
        "The league leaders conceded a penalty in the second half."
    )
    assert ("Tarrow County", "US") not in _places(text)


def test_currency_and_event_named_after_a_place_are_not_places() -> None:
    places = _places(
        "Buyers signed deals worth 4 million U.S. dollars at the Tarsk Export Fair in Lisbon. "
        "Many had flown in for the Lisbon Marathon."
    )
    assert ("United States", "US") not in places
    assert ("Lisbon", "PT") in places  # named in its own right too


def test_exported_to_the_country_is_still_a_place() -> None:
    assert ("United States", "US") in _places("Most of the shirts were shipped to the U.S. last year.")


def test_region_after_an_indefinite_article_qualifies_a_noun() -> None:
    assert not _places("A delegate from a Gulf producer said output would hold.")
    assert ("Gulf", None) in _places("Tankers waited in the Gulf for a week.")


def test_sentence_opening_adjective_is_no_part_of_a_place() -> None:
    places = _places("Voters went to the polls in Saxony. Neighbouring Thuringia and Brandenburg vote later.")
    assert ("Thuringia", "DE") in places
    assert not any(name.startswith("Neighbouring") for name, _ in places)


def test_canal_named_after_a_town_is_not_a_place() -> None:
    places = _places("Ships paid record tolls to use the Suez Canal last year, Egypt said.")
    assert ("Egypt", "EG") in places
    assert not any("Suez" in name for name, _ in places)


def test_multi_word_town_of_the_story_country_needs_no_cue() -> None:
    text = (
        "Rents in Dubai rose again this year. Brokers said a studio near the creek now costs more, "
        "and tenants in Dubai Marina have reported steep renewals."
    )
    assert ("Dubai Marina", "AE") in _places(text)


def test_multi_word_town_after_on_is_not_read_without_a_cue() -> None:
    text = "Lawmakers in Washington argued all week. Reaction on Capitol Hill was split, aides said."
    assert not any(name == "Capitol Hill" for name, _ in _places(text))


def test_big_city_other_name_in_a_list_with_its_country_town() -> None:
    text = "Pilgrims from Iran travel to the holy cities of Mecca and Medina every year, officials said."
    assert ("Mecca", "SA") in _places(text)
    assert any(code == "SA" and name in ("Medina", "Madinah") for name, code in _places(text))


def test_scottish_islands_and_council_areas_are_places_in_scotland() -> None:
    places = _places(
        "Ferries to Tiree and Colonsay were cancelled again, and jobs went in Inverclyde, the minister said."
    )
    assert {("Tiree", "GB"), ("Colonsay", "GB"), ("Inverclyde", "GB")} <= places


def test_council_area_named_with_and_is_one_place_and_its_council_one_body() -> None:
    assert ("Perth and Kinross", "GB") in _places("Floods closed schools in Perth and Kinross on Monday.")
    extraction = run("A spokesman for Perth and Kinross Council said the road would reopen.")
    assert [o.name for o in extraction.organisations] == ["Perth and Kinross Council"]


def test_council_area_that_is_a_given_name_stays_a_name() -> None:
    text = "Angus Bellweather said the harbour would reopen in spring."
    assert "Angus Bellweather" in _people(text)
    assert not _places(text)


def test_saint_written_short_is_the_same_place() -> None:
    text = (
        "Jamaica votes next month. Voters in St Elizabeth said water mattered more than crime, "
        "and candidates in St. Elizabeth agreed."
    )
    assert any(code == "JM" and name in ("St Elizabeth", "Saint Elizabeth") for name, code in _places(text))


def test_saint_in_a_persons_name_is_no_place() -> None:
    assert not _places("St Elizabeth's Hospital in the valley hired Maren Oduya, who said she was pleased.")


def test_ward_number_after_a_municipality_is_no_part_of_the_place() -> None:
    text = (
        "Six houses were swept away in Dorvani Rural Municipality-4 of Sindhupalchok district, "
        "officials in Kathmandu, Nepal said."
    )
    places = _places(text)
    assert ("Dorvani Rural Municipality", "NP") in places
    assert not any(name.endswith("-4") for name, _ in places)
