"""Places no gazetteer holds, or holds in several countries: the article's context decides."""

import pytest

from app.extract import run


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country_code) for p in run(text).places]


@pytest.mark.parametrize(
    ("text", "place", "code"),
    [
        (
            "Crews in Perth and across Western Australia were ready. Smoke covered the Darling Ranges.",
            "Darling Ranges",
            "AU",
        ),
        (
            "Voters in Toronto and Ottawa queued for hours. Mount Pellham was under snow.",
            "Mount Pellham",
            "CA",
        ),
        (
            "Police in Durban said the river had burst its banks in Ntuzuma Bay overnight.",
            "Ntuzuma Bay",
            "ZA",
        ),
    ],
)
def test_a_landform_takes_the_articles_country(text: str, place: str, code: str) -> None:
    assert (place, code) in _places(text)


def test_a_landform_word_inside_an_organisation_is_no_place() -> None:
    text = "Police in Sydney and Brisbane said the Coral Bay Sailing Club had closed."
    assert [name for name, _ in _places(text)] == ["Sydney", "Brisbane"]


def test_a_town_listed_after_a_known_town_takes_its_country() -> None:
    text = "Flooding closed schools. Pipes serving Durban, Kwadabeka and Ntuzuma burst."
    assert ("Kwadabeka", "ZA") in _places(text) and ("Ntuzuma", "ZA") in _places(text)


def test_a_state_named_like_a_person_is_read_as_one_beside_another_state() -> None:
    text = "Fire crews in Sydney asked for help from Victoria and Queensland."
    assert ("Victoria", "AU") in _places(text)


def test_a_surname_after_a_listed_place_stays_a_surname() -> None:
    text = "Jane Telmore spoke in Sydney. Crews from Brisbane and Telmore said they were ready."
    assert all(name != "Telmore" for name, _ in _places(text))


def test_an_abbreviated_province_after_a_town_is_no_second_town() -> None:
    text = "The train derailed near Hornepayne, Ont., in January, far from Toronto and Ottawa."
    # (the province itself is a place of Canada, as gold reads "Sydney, N.S.": no second town)
    places = [(name, code) for name, code in _places(text) if name != "Ontario"]
    assert places == [("Hornepayne", "CA"), ("Toronto", "CA"), ("Ottawa", "CA")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lisbon is crowded. Every resident of Alfama knows the sound. Porto is quieter.", "Alfama"),
        ("Dublin and Cork voted. These are families from Kilbeggan whose jobs depend on it.", "Kilbeggan"),
    ],
)
def test_the_people_who_live_somewhere_name_a_place(text: str, place: str) -> None:
    assert (place, _places(text)[0][1]) in _places(text)


def test_a_past_tense_verb_after_near_ends_the_town_name() -> None:
    text = (
        "Residents of Sydney were warned after a fire near Wentworthvale jumped the lines in New South Wales."
    )
    assert ("Wentworthvale", "AU") in _places(text)


def test_a_noun_after_near_still_makes_a_modifier() -> None:
    text = "Talks in Dublin and Cork stalled near Brexit deadlines, officials in Galway said."
    assert all(name != "Brexit" for name, _ in _places(text))


def test_a_town_named_again_is_the_same_place() -> None:
    text = (
        "A fire near Wentworthvale jumped the lines west of Sydney in New South Wales. "
        "The road between Wentworthvale and Bellcastle was shut."
    )
    names = [name for name, _ in _places(text)]
    assert "Bellcastle" in names and names.count("Wentworthvale") == 1


@pytest.mark.parametrize(
    ("text", "place", "code"),
    [
        # Puno is also another spelling of Pune: in a Peruvian story it is the Peruvian city.
        ("LIMA — Voters in Lima, Cusco and Arequipa backed her. Turnout in Puno was high.", "Puno", "PE"),
        # Motherwell is a Scottish town, but nothing else in this story is Scottish.
        (
            "Taps ran dry in Gqeberha and Kariega. Residents in Motherwell queued for water.",
            "Motherwell",
            "ZA",
        ),
    ],
)
def test_a_small_or_ambiguous_town_takes_the_articles_country(text: str, place: str, code: str) -> None:
    assert (place, code) in _places(text)


def test_a_foreign_town_keeps_its_country_when_the_story_names_that_country() -> None:
    text = "Police in Dublin, Cork and Galway said the men came from Motherwell in Scotland."
    assert ("Motherwell", "GB") in _places(text)


def test_a_planet_is_no_town() -> None:
    text = "The probe left Darmstadt in Germany and returned to Earth in 2029."
    assert all(name != "Earth" for name, _ in _places(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Prices in Mumbai rose. Onions at Vashigaon in Maharashtra fell.", "Vashigaon"),
        ("Exports from Kolkata slowed as trucks queued at the border crossing at Benapur.", "Benapur"),
        ("Schools in Dublin shut. Kilbrennan, a market town in County Westmeath, was calm.", "Kilbrennan"),
    ],
)
def test_a_town_placed_by_the_words_around_it(text: str, place: str) -> None:
    assert (place, _places(text)[0][1]) in _places(text)


def test_a_company_at_a_city_is_no_town() -> None:
    text = "Prices in Mumbai rose. She works at Vashigaon in Mumbai, the capital of Maharashtra."
    assert all(name != "Vashigaon" for name, _ in _places(text))


def test_a_town_an_organisation_is_named_after_is_a_place_where_placed_in_a_region() -> None:
    text = (
        "Prices in Mumbai rose. Onions at Vashigaon in Maharashtra fell. "
        "The Vashigaon Produce Market Committee said trade was slow."
    )
    extraction = run(text)
    assert ("Vashigaon", "IN") in [(p.name, p.country_code) for p in extraction.places]
    assert [o.name for o in extraction.organisations] == ["Vashigaon Produce Market Committee"]


def test_a_place_named_in_the_headline_counts_once() -> None:
    text = (
        "Architect who reshaped Glasgow's riverside dies aged 81\n\n"
        "She studied at the Glasgow School of Art and later taught in Edinburgh."
    )
    extraction = run(text)
    assert [(p.name, p.country_code) for p in extraction.places] == [("Glasgow", "GB"), ("Edinburgh", "GB")]
    assert extraction.places[0].mentions == ()


def test_a_headline_place_inside_a_longer_name_is_no_place() -> None:
    text = "Glasgow School of Art wins award\n\nThe prize was presented in Edinburgh on Monday."
    assert _places(text) == [("Edinburgh", "GB")]


def test_a_lower_case_headline_over_a_dateline_leaves_the_dateline_its_place() -> None:
    extraction = run(
        "zapwise to cut 10% of staff\n\nSAN FRANCISCO — zapwise, the payments app, will cut 200 jobs, it said."
    )
    assert extraction.document.title == "zapwise to cut 10% of staff"
    assert ("San Francisco", "US") in [(p.name, p.country_code) for p in extraction.places]


def test_a_lower_case_first_line_without_a_dateline_under_it_is_no_headline() -> None:
    extraction = run("zapwise said on Monday it would cut jobs\n\nThe payments app employs 2,000 people.")
    assert extraction.document.body.startswith("zapwise said")


def test_a_small_town_is_the_one_in_a_country_the_story_names() -> None:
    # Valparaiso is also a small American town; this story names Chile, not the United States.
    text = "Talks in Hamburg and Berlin stalled. Officials from Chile met in Valparaiso on Monday."
    assert ("Valparaiso", "CL") in _places(text)
