"""Places in the twenty-second round: districts the list writes with a trailing article, countries named
for two lands across "and the", small American towns the gazetteer holds only abroad, agencies'
initials after a dateline's date."""

from app.extract import run


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country_code) for p in run(text).places]


def test_district_listed_with_a_trailing_article() -> None:
    text = "Farmers near Cowbridge in the Vale of Glamorgan and in Cardiff, Wales, said prices fell."
    assert ("Vale of Glamorgan", "GB") in _places(text)


def test_unknown_x_of_y_stays_apart() -> None:
    text = "Farmers near Cowbridge in the Vale of Rhondda and in Cardiff, Wales, said prices fell."
    assert not any(name == "Vale of Rhondda" for name, _ in _places(text))


def test_country_named_for_two_lands_across_and_the() -> None:
    text = "St Vincent and the Grenadines Prime Minister John Roe said flights resumed."
    places = _places(text)
    assert ("St Vincent and the Grenadines", "VC") in places
    assert not any(name == "Grenadines" for name, _ in places)


def test_two_lands_across_and_the_that_name_no_country_stay_apart() -> None:
    places = _places("Ferries run between Trinidad and the Bahamas twice a week.")
    assert ("Trinidad", "TT") in places
    assert ("Bahamas", "BS") in places


def test_american_state_after_a_town_the_gazetteer_holds_abroad() -> None:
    text = "GLASGOW, Mont. — The hospital closed its unit. Ranchers north of Glasgow drive to Billings."
    places = _places(text)
    assert ("Glasgow", "US") in places
    assert ("Glasgow", "GB") not in places


def test_same_town_placed_in_its_own_country_stays_there() -> None:
    places = _places("PARIS, Tenn. — Farmers met. Later the mayor flew to Paris, France.")
    assert ("Paris", "US") in places
    assert ("Paris", "FR") in places


def test_agency_initials_after_a_datelines_date() -> None:
    text = (
        "Leaders set a deadline\n\nBRIDGETOWN, Barbados, Mar 11, CMC – Leaders agreed on a new date for free "
        "movement, officials said."
    )
    assert ("Bridgetown", "BB") in _places(text)


def test_initials_with_no_dash_after_them_open_no_dateline() -> None:
    text = "Leaders set a deadline\n\nBRIDGETOWN, Barbados, Mar 11, CMC reported that leaders agreed."
    assert run(text).document.dateline is None


def test_bodies_named_after_the_country_the_story_names_set_it_there() -> None:
    text = (
        "The One Bermuda Alliance said bills had risen. Bermuda imports its fuel, the Regulatory Authority "
        "of Bermuda said. Prices went up in New York too. Jane Roe, who runs a bakery in Flatts, said her bill had doubled."
    )
    assert ("Flatts", "BM") in _places(text)


def test_bodies_named_after_a_country_the_story_never_names_set_nothing() -> None:
    text = (
        "The One Bermuda Alliance said bills had risen, and the Regulatory Authority of Bermuda agreed. "
        "Prices went up in New York too. Jane Roe, who runs a bakery in Flatts, said her bill had doubled."
    )
    assert ("Flatts", "BM") not in _places(text)


def test_councillors_ward_in_brackets() -> None:
    text = (
        "Winnipeg council voted on Monday. Coun. Jane Roe (Point Douglas) said riders could not pay more. "
        "Cllr John Doe (Lab, Splott) agreed."
    )
    places = _places(text)
    assert ("Point Douglas", "CA") in places
    assert any(name == "Splott" for name, _ in places)


def test_councillors_party_in_brackets_is_no_ward() -> None:
    text = "Winnipeg council voted on Monday. Cllr Jane Roe (Lab) and Cllr John Doe (Green) said riders could pay."
    assert _places(text) == [("Winnipeg", "CA")]


def test_short_form_of_a_place_the_story_names_in_full() -> None:
    text = (
        "Robbery in Santiago\n\nPolice arrested three men over a robbery in Santiago de los Caballeros. "
        "Santiago has had four such robberies this year, police in Santiago said."
    )
    places = _places(text)
    assert ("Santiago", "DO") in places
    assert ("Santiago", "CL") not in places


def test_bare_name_with_no_fuller_place_keeps_its_default() -> None:
    places = _places("Ministers met in Santiago and in Lima on Monday, officials said.")
    assert ("Santiago", "CL") in places


def test_foreign_citys_name_before_sector_of_a_local_town() -> None:
    text = (
        "Police in Santiago de los Caballeros said a pharmacy in the Cienfuegos sector of Santiago de los "
        "Caballeros was robbed. Cameras will go up in Cienfuegos, officials in Santiago de los Caballeros said."
    )
    places = _places(text)
    assert ("Cienfuegos", "DO") in places
    assert ("Cienfuegos", "CU") not in places


def test_foreign_city_of_a_country_the_story_names_stays_abroad() -> None:
    text = (
        "Police in Santiago de los Caballeros said a pharmacy in the Cienfuegos sector of Santiago de los "
        "Caballeros was robbed. The owner had moved from Havana, officials in Santiago de los Caballeros said."
    )
    assert ("Cienfuegos", "CU") in _places(text)


def test_small_town_before_its_country() -> None:
    text = "She leaves a brother, John Roe of Oakland, Calif.; and a sister, Nora Roe of Tralee, Ireland."
    assert ("Tralee", "IE") in _places(text)


def test_surname_before_a_country_is_no_town() -> None:
    text = "The medals went to Jane Roe, Kenya, and to Mary Walsh, Ireland, officials said."
    assert not any(name in ("Roe", "Walsh") for name, _ in _places(text))


def test_survivors_town_in_an_obituary() -> None:
    text = (
        "Jane Roe, a librarian in Boston, Mass., for 40 years, died at 88. She leaves a son, Declan of Quincy; "
        "and a daughter, Mary Roe of Lowell."
    )
    places = _places(text)
    assert ("Quincy", "US") in places


def test_relative_of_a_body_is_no_town() -> None:
    text = (
        "Jane Roe, a librarian in Boston, Mass., for 40 years, died at 88. She leaves a son, Declan of Quincy "
        "Partners, and a daughter."
    )
    assert not any(name == "Quincy" for name, _ in _places(text))


def test_town_people_come_from_after_their_number_or_age() -> None:
    text = (
        "Police in Liverpool said two boys, both from Walton, were arrested. A widow in her eighties from "
        "Moira, who lost her savings, spoke to a court in Belfast."
    )
    places = _places(text)
    assert ("Walton", "GB") in places
    assert ("Moira", "GB") in places


def test_person_of_that_name_is_no_home_town() -> None:
    text = (
        "Police in Liverpool said Moira Roe was charged. The two victims, both from Moira, were treated, "
        "police said."
    )
    assert not any(name == "Moira" for name, _ in _places(text))


def test_town_named_before_resident() -> None:
    text = (
        "Prices rose in Kingston, Jamaica. Jane Roe, a Hamilton Parish resident who runs a bakery, said bills "
        "doubled. Savannah resident John Doe agreed."
    )
    places = _places(text)
    assert ("Hamilton Parish", "JM") in places
    assert ("Savannah", "JM") in places


def test_word_or_person_before_resident_is_no_town() -> None:
    text = "Prices rose in Kingston, Jamaica. Another resident said no. John Doe, a Mandeville Ltd resident, agreed."
    places = _places(text)
    assert not any(name in ("Another", "Mandeville Ltd") for name, _ in places)


def test_region_opening_a_name_after_an_owners_possessive() -> None:
    text = "Hong Kong's Pacific Meridian Shipping ordered eight ships for trade between Australia and China."
    assert not any(name == "Pacific" for name, _ in _places(text))


def test_region_after_a_possessive_before_a_place_word_stays() -> None:
    text = "Tuna stocks in the Pacific fell. Fiji's Pacific Islands forum met, officials in Suva said."
    assert any(name == "Pacific" for name, _ in _places(text))


def test_people_named_after_a_region_are_no_place() -> None:
    text = "The company underpaid 186 Pacific Islander farm workers in Queensland, the ombudsman said."
    assert not any(name == "Pacific" for name, _ in _places(text))


def test_region_named_with_its_kind_is_of_the_country_after_it() -> None:
    text = (
        "Experts found 21 risky lakes in Nepal's Dolakha district and Kathmandu, and another 47 in the Tibet "
        "Autonomous Region of China."
    )
    places = _places(text)
    assert ("Tibet Autonomous Region", "CN") in places


def test_region_followed_by_of_and_no_country_keeps_its_own() -> None:
    text = "Experts in Kathmandu, Nepal, studied lakes in the Khumbu Region of Solukhumbu and in Dolakha."
    assert not any(code == "CN" for _, code in _places(text))


def test_town_named_by_its_mayor_or_councillors() -> None:
    text = (
        "Dunedin city councillors voted to remove the lane. Dunedin Mayor Jane Roe said the full council "
        "would decide."
    )
    assert ("Dunedin", "NZ") in _places(text)


def test_mayors_qualifier_or_an_unknown_word_is_no_town() -> None:
    text = "Acting Mayor Jane Roe said the council would decide. Interim Mayor John Doe and Deputy Mayor Jo Roe agreed."
    assert _places(text) == []


def test_place_before_river_or_park_is_the_river_or_park() -> None:
    text = "Arizona's share of Colorado River water was cut. Drivers will pay at Bute Park in Cardiff."
    places = _places(text)
    assert not any(name in ("Colorado", "Bute") for name, _ in places)
    assert ("Arizona", "US") in places


def test_region_named_with_its_river_and_delta_stays() -> None:
    text = "Factories in the Yangtze River Delta and in Shanghai, China, cut output."
    assert any(name == "Yangtze River Delta" for name, _ in _places(text))


def test_municipality_of_a_town() -> None:
    text = (
        "Police in Santiago de los Caballeros, Dominican Republic, said three men were arrested in the "
        "municipality of Villa González, where agents seized pistols."
    )
    assert ("Villa González", "DO") in _places(text)


def test_municipality_of_a_word_is_no_town() -> None:
    text = "Police in Santiago de los Caballeros, Dominican Republic, said the municipality of the city paid."
    assert _places(text) == [("Santiago de los Caballeros", "DO"), ("Dominican Republic", "DO")]


def test_upper_part_of_a_country() -> None:
    text = "Kidney admissions in Upper Egypt rise in heatwaves. Egypt recorded its hottest year."
    places = _places(text)
    assert ("Upper Egypt", "EG") in places
    assert ("Egypt", "EG") in places


def test_upper_before_a_word_that_names_no_country_is_no_region() -> None:
    text = "Kidney admissions in Upper Wards rise in heatwaves in Egypt, doctors said."
    assert not any(name.startswith("Upper") for name, _ in _places(text))
