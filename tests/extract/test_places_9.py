"""Places, ninth round: whole categories of places and the cues that make a name a place (all
sentences made up)."""

from app.extract import run


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country_code) for p in run(text).places}


def test_iraqi_governorates_are_places_in_their_usual_spellings() -> None:
    text = (
        "Dara Omar Hawrami, a lawmaker from Duhok, said teachers in Sulaimaniyah and Anbar had not been "
        "paid since March."
    )
    assert {("Duhok", "IQ"), ("Sulaimaniyah", "IQ"), ("Anbar", "IQ")} <= _places(text)


def test_south_african_metros_are_places_and_their_municipalities_organisations() -> None:
    extraction = run(
        "The Ekurhuleni Metropolitan Municipality said it would pay. Eskom said Ekurhuleni and Buffalo City "
        "owed it R2 billion."
    )
    assert {(p.name, p.country_code) for p in extraction.places} >= {
        ("Ekurhuleni", "ZA"),
        ("Buffalo City", "ZA"),
    }
    assert "Ekurhuleni Metropolitan Municipality" in {o.name for o in extraction.organisations}


def test_a_city_that_shares_a_metro_name_word_stays_in_its_own_country() -> None:
    assert ("Buffalo City", "ZA") not in _places("Snow closed schools in Buffalo, New York, on Monday.")


def test_where_someone_has_lived_named_with_the_is_a_place_of_the_story_s_country() -> None:
    text = "LONDON — Jane Roe, 34, moved to Leeds in 2010 and has lived in the Fenland Borders since 2017."
    assert ("Fenland Borders", "GB") in _places(text)


def test_an_organisation_after_lived_in_the_stays_an_organisation() -> None:
    extraction = run("LONDON — Jane Roe moved to Leeds and has lived in the White House since 2017.")
    assert "White House" not in {p.name for p in extraction.places}


def test_a_neighbourhood_named_by_compass_points_after_lives_in_is_a_place() -> None:
    text = "COLUMBIA, Mo. (AP) — Jane Roe, 29, who lives in North Central, said the city should wait."
    assert ("North Central", "US") in _places(text)


def test_compass_points_after_other_verbs_name_no_place() -> None:
    text = "COLUMBIA, Mo. (AP) — Jane Roe, 29, who works in North Central, said the city should wait."
    assert "North Central" not in {name for name, _ in _places(text)}


def test_a_story_naming_two_countries_equally_is_set_in_the_one_it_names_first() -> None:
    text = (
        "Italy’s Rossi family makes pasta in Parma and Milan.\n\n"
        "The company’s US arm runs a warehouse in Ohio and an office in Texas.\n\n"
        "“We are family,” Anna Rossi said at the headquarters in Corvallano, a town of 5,000 people. "
        "Growers near Borgoletto and beyond sell to the company."
    )
    places = _places(text)
    assert {("Corvallano", "IT"), ("Borgoletto", "IT")} <= places


def test_a_tie_between_countries_named_once_or_twice_sets_no_story_country() -> None:
    text = "Talks in Italy and Ohio ended. Growers near Borgoletto were not told."
    assert "Borgoletto" not in {name for name, _ in _places(text)}


def test_a_dateline_month_is_no_region_and_its_city_keeps_lower_case_particles() -> None:
    text = (
        "Brazil pledges aid\n\nRIO DE JANEIRO, Nov 16 (Politico) - Brazil's government said on Wednesday "
        "that it would extend the campaign in Rio de Janeiro."
    )
    places = _places(text)
    assert ("Rio de Janeiro", "BR") in places
    assert not any(name in ("Nov", "Rio De Janeiro") for name, _ in places)


def test_a_federal_judge_s_title_names_the_court_not_the_country() -> None:
    text = "BOISE, Idaho (AP) — U.S. District Judge Jane Roe blocked the law on Monday."
    assert "United States" not in {name for name, _ in _places(text)}


def test_the_country_before_other_words_is_still_a_place() -> None:
    text = "BOISE, Idaho (AP) — The U.S. government said Jane Roe, a judge, blocked the law."
    assert ("United States", "US") in _places(text)
