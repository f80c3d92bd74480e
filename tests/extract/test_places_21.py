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


def test_short_form_of_a_county_is_that_county() -> None:
    text = "Premiums in Marlowe County, Florida, rose 14%. Homes in Marlowe cost more to insure, agents said."
    places = _places(text)
    assert ("Marlowe County", "US") in places
    assert not any(name == "Marlowe" for name, _ in places)


def test_known_city_beside_its_county_stays_the_city() -> None:
    text = "Farmers in Kisumu County, Kenya, sold maize in Kisumu on Monday."
    places = _places(text)
    assert ("Kisumu County", "KE") in places
    assert ("Kisumu", "KE") in places


def test_canadian_province_short_form_after_a_town() -> None:
    text = "Patients were sent to the hospital in Sydney, N.S., and later to Halifax, officials said."
    places = _places(text)
    assert ("Sydney", "CA") in places
    assert ("Sydney", "AU") not in places
    assert any(name == "Nova Scotia" and code == "CA" for name, code in places)


def test_no_province_short_form_leaves_the_town_alone() -> None:
    places = _places("The team flew to Sydney, then to Melbourne, for the final.")
    assert ("Sydney", "AU") in places


def test_new_before_a_known_town_names_another_town() -> None:
    text = "Clinics in Halifax and Truro stayed open, but the one in New Waterford closed overnight."
    places = _places(text)
    assert ("New Waterford", "CA") in places
    assert not any(name == "Waterford" for name, _ in places)


def test_new_at_a_sentence_start_or_in_a_known_name_is_left_alone() -> None:
    places = _places("A new Waterford plant opened in Ireland on Monday.")
    assert ("Waterford", "IE") in places
    places = _places("Officials from Papua New Guinea and New Zealand met in Auckland.")
    assert ("Papua New Guinea", "PG") in places
    assert ("New Zealand", "NZ") in places


def test_cape_names_a_place_in_the_story_s_country() -> None:
    text = "Emergency rooms in Cape Dorran were closed for 900 hours, Nova Scotia officials said in Halifax."
    assert ("Cape Dorran", "CA") in _places(text)


def test_cape_before_an_organisation_word_is_no_place() -> None:
    text = "Staff at the Cape Dorran Regional Hospital in Halifax, Nova Scotia, said beds were short."
    assert not any(name == "Cape Dorran" for name, _ in _places(text))


def test_lower_case_intercardinal_word_before_a_continent() -> None:
    assert ("southeast Asia", None) in _places("The fungus spread from southeast Asia to Africa.")
    assert ("Spain", "ES") in _places("Storms hit southeast Spain on Monday.")


def test_state_named_after_its_city_stays_apart_from_the_city() -> None:
    text = (
        "Farmers in Kano State lost crops. Traders in Kano, the state capital, said prices rose, and "
        "Abuja officials agreed."
    )
    places = _places(text)
    assert ("Kano State", "NG") in places
    assert ("Kano", "NG") in places


def test_state_alone_keeps_its_short_name() -> None:
    places = _places("Farmers in Ogun State lost crops, officials in Abuja said.")
    assert any(name in ("Ogun State", "Ogun") and code == "NG" for name, code in places)
    assert len([name for name, _ in places if name.startswith("Ogun")]) == 1


def test_two_states_sharing_one_plural() -> None:
    places = _places("The agency's coordinator for Kano and Jigawa States, in Nigeria, spoke on Monday.")
    assert ("Jigawa", "NG") in places
    assert not any(name.endswith("States") for name, _ in places)


def test_big_home_city_beats_a_foreign_region_of_its_name() -> None:
    text = (
        "Tea prices rose at auctions in Coonoor, Chennai and Kolkata in Tamil Nadu and West Bengal. "
        "At the Kochi auction, dust grades were steady."
    )
    assert ("Kochi", "IN") in _places(text)


def test_foreign_region_stays_when_its_country_is_named() -> None:
    text = "Typhoon damage in Kochi and Osaka, Japan, was reported by officials in Chennai, Mumbai and Delhi."
    assert ("Kochi", "JP") in _places(text)


def test_place_naming_a_disease_or_an_honour_is_no_place() -> None:
    places = _places("The fungus that causes Panama disease has reached farms in Colombia.")
    assert ("Colombia", "CO") in places
    assert not any(name == "Panama" for name, _ in places)
    places = _places("He was given the Order of the Volta by the president in Accra.")
    assert ("Accra", "GH") in places
    assert not any(name == "Volta" for name, _ in places)


def test_place_beside_a_disease_word_elsewhere_stays() -> None:
    places = _places("Panama reported no new cases of the disease, and Colombia reported two.")
    assert ("Panama", "PA") in places


def test_correspondent_s_from_line_is_no_place() -> None:
    text = (
        "Legend dies at 84\n\nFrom Kofi Mensah-Boateng, Kumasi\n\nThe guitarist died at his home in Kumasi."
    )
    places = _places(text)
    assert ("Kumasi", "GH") in places
    assert not any("Mensah" in name for name, _ in places)


def test_from_line_of_two_towns_is_left_alone() -> None:
    text = "Buses ran late.\n\nFrom Santa Clara, Havana\n\nThe route was cut, officials in Cuba said."
    places = _places(text)
    assert ("Santa Clara", "CU") in places
    assert ("Havana", "CU") in places


def test_a_city_s_compass_side_is_a_place_of_the_story_s_country() -> None:
    text = (
        "Chicago aldermen voted on Wednesday. Residents on the Southwest Side and the Far South Side use "
        "the buses, and members from the North Side objected."
    )
    places = _places(text)
    assert ("Southwest Side", "US") in places
    assert ("Far South Side", "US") in places
    assert ("North Side", "US") in places


def test_compass_side_inside_a_longer_name_or_without_a_country_is_no_place() -> None:
    places = _places("Chicago fans cheered as the North Side Rams won, and the West Side-based band played.")
    assert not any(name.endswith("Side") for name, _ in places)
    assert not any(name.endswith("Side") for name, _ in _places("Fans on the North Side cheered."))


def test_common_word_is_no_city_alias() -> None:
    places = _places("Lime, one of the scooter companies in Chicago, said it welcomed the vote.")
    assert not any(code == "PE" for _, code in places)


def test_region_named_bare_beside_its_county_is_the_county() -> None:
    text = "Avocado farmers in Kiambu County protested on Monday. Traders in Kiambu said prices had fallen."
    places = _places(text)
    assert ("Kiambu County", "KE") in places
    assert ("Kiambu", "KE") not in places
