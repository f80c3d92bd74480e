"""Places in the eighteenth round: glottal stops inside names, regions the gazetteer holds in one
country, lists and area words that name a story's small places."""

from app.extract import run


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country_code) for p in run(text).places]


def test_okina_written_as_a_quote_mark_stays_inside_the_word() -> None:
    # A left quote mark between two letters is the Hawaiian glottal stop, not the start of a quote.
    places = _places("A nurse who grew up in Hale‘iwa moved to Honolulu last year, the union said.")
    assert ("Honolulu", "US") in places
    assert not any(name == "Hale" for name, _ in places)


def test_opening_quote_mark_still_opens_a_quote() -> None:
    extraction = run("The mayor said: ‘Honolulu will not wait.’ He left the meeting early.")
    assert ("Honolulu", "US") in [(p.name, p.country_code) for p in extraction.places]


def test_bay_region_held_in_one_country_takes_that_country() -> None:
    places = _places("Kiwifruit growers in the Bay of Plenty expect a smaller crop, the industry body said.")
    assert ("Bay of Plenty", "NZ") in places


def test_bay_of_water_keeps_no_country() -> None:
    places = _places("Cyclone warnings were issued for the Bay of Bengal on Tuesday.")
    assert ("Bay of Bengal", None) in places


def test_hawaiian_islands_and_other_well_known_regions_are_places() -> None:
    places = _places(
        "Tourism fell on Maui and O‘ahu this summer. Ferries to the Isles of Scilly were cancelled, and "
        "vineyards across the Cape Winelands lost power."
    )
    assert ("Maui", "US") in places
    assert ("O‘ahu", "US") in places
    assert ("Isles of Scilly", "GB") in places
    assert ("Cape Winelands", "ZA") in places


def test_a_town_named_again_inside_a_list_anchors_the_list() -> None:
    # "Rakvere" is read once as a town ("a pupil from Rakvere"); inside the list it is the short form of
    # the rural municipality named later, and still makes its neighbours places of Estonia.
    text = (
        "A pupil from Rakvere can reach Tallinn by train. Libraries would close in, among others, "
        "Vändra, Rakvere, Kilingi-Nõmme and Mustvee, the plan said. Rakvere Rural Municipality mayor "
        "Jane Roe said the council had not been asked."
    )
    places = _places(text)
    assert ("Vändra", "EE") in places
    assert ("Kilingi-Nõmme", "EE") in places


def test_a_list_of_unknown_words_with_no_known_place_is_no_list_of_places() -> None:
    places = _places("Apples, Pears, Plums and Cherries were on sale, the Tallinn market said.")
    assert [name for name, _ in places] == ["Tallinn"]


def test_a_storys_own_small_districts_outweigh_regions_named_abroad() -> None:
    # No dateline; the places read at once are India's, but Kurigram, Chilmari and Gaibandha are districts
    # and towns the gazetteer holds in Bangladesh alone.
    text = (
        "Erosion eats into Kurigram villages\n\n"
        "At least 200 families in Chilmari and Zorapara villages lost their homes this month, "
        "officials in Kurigram said.\n\n"
        "Relief reached Gaibandha on Friday, and Bangladesh has asked for help.\n\n"
        "Heavy rain upstream in India's Assam and Meghalaya swelled the rivers."
    )
    places = _places(text)
    assert ("Gaibandha", "BD") in places
    assert ("Zorapara", "BD") in places
    assert ("Assam", "IN") in places


def test_two_small_names_abroad_do_not_move_a_story() -> None:
    text = (
        "Factories in Leeds, Bradford and Sheffield will cut shifts, the union said. Buyers in Chilmari "
        "and Kurigram have cancelled orders, the firm said."
    )
    places = _places(text)
    assert ("Leeds", "GB") in places
    assert ("Sheffield", "GB") in places


def test_city_of_and_district_forms_join_the_bare_place() -> None:
    text = (
        "Cycle lanes will open in the City of Kigali next year. Speaking at a school in Musanze District, "
        "the mayor said the first lanes would run in Musanze. Kigali has 1.7 million people."
    )
    places = run(text).places
    assert len(places) == 2
    assert {p.country_code for p in places} == {"RW"}


def test_a_district_no_bare_name_matches_stays_its_own_place() -> None:
    text = "Flooding closed roads in the Lake District and in Cumbria, the council said."
    places = _places(text)
    assert ("Lake District", "GB") in places
    assert ("Cumbria", "GB") in places


def test_arabic_article_names_after_in_are_towns_and_so_is_their_list() -> None:
    text = (
        "Doha-based growers said yields rose at farms in Al Ruwais, Al Karaana and Umm Bab this year, "
        "and Qatar plans more greenhouses."
    )
    places = _places(text)
    people = [p.name for p in run(text).people]
    assert ("Al Ruwais", "QA") in places
    assert ("Al Karaana", "QA") in places
    assert ("Umm Bab", "QA") in places
    assert not any(name.startswith(("Al ", "Umm ")) for name in people)


def test_a_person_named_with_the_arabic_article_stays_a_person() -> None:
    text = "Al Gore said in Nairobi that the plan was sound. Al Gore's book sold well in Al Gore's home."
    people = [p.name for p in run(text).people]
    assert "Al Gore" in people


def test_given_name_town_in_a_list_after_a_preposition_of_place() -> None:
    text = (
        "The charity handed out blankets to families in Soweto, Zola and Kraaifontein on Tuesday, "
        "Western Cape officials said."
    )
    places = _places(text)
    assert ("Zola", "ZA") in places
    assert ("Kraaifontein", "ZA") in places


def test_given_names_listed_after_a_town_with_no_preposition_stay_names() -> None:
    text = "Stellenbosch, Zola and Thandiwe were the three finalists, the Western Cape jury said."
    places = _places(text)
    assert not any(name in ("Zola", "Thandiwe") for name, _ in places)


def test_moshav_and_kibbutz_name_villages() -> None:
    text = (
        "Firefighters in Israel said residents of the kibbutz of Tzora and the moshav of Givat Shemesh "
        "could return home on Sunday."
    )
    places = _places(text)
    assert ("Tzora", "IL") in places
    assert ("Givat Shemesh", "IL") in places


def test_copperbelt_is_zambias_region() -> None:
    places = _places("Mines on the Copperbelt will cut output, Zambia's mines ministry said.")
    assert ("Copperbelt", "ZM") in places


def test_district_towns_after_a_party_letter_in_brackets() -> None:
    text = (
        "In Honolulu, state Rep. Jane Roe (D, Hilo-Kāneʻohe) said the bill would pass. Hawaii lawmakers "
        "meet again on Monday."
    )
    places = _places(text)
    assert ("Hilo", "US") in places
    assert ("Kāneʻohe", "US") in places
    assert not any(name == "D" for name, _ in places)


def test_party_letter_with_no_known_town_makes_no_place() -> None:
    text = "In Honolulu, state Rep. Jane Roe (D, Makai Ridge) said the bill would pass."
    places = _places(text)
    assert [name for name, _ in places] == ["Honolulu"]


def test_town_whose_name_ends_in_a_possessive() -> None:
    text = (
        "Malta's planning board approved a hotel in St Julian's on Thursday. "
        "The St Julian's local council will appeal."
    )
    places = _places(text)
    assert ("St Julian's", "MT") in places


def test_possessive_before_a_capitalised_name_is_no_town() -> None:
    text = "Malta's bishops met at St Julian's Church in Valletta on Sunday."
    places = _places(text)
    assert not any(name.startswith("St Julian") for name, _ in places)


def test_plural_works_at_names_the_towns_they_stand_in() -> None:
    text = (
        "Buses stayed in the depots at Grazettes and Holetown on Monday, Barbados officials said, and "
        "Bridgetown commuters waited."
    )
    places = _places(text)
    assert ("Grazettes", "BB") in places
    assert ("Holetown", "BB") in places


def test_depots_at_a_firm_is_no_town() -> None:
    text = "Barbados officials said the buses stayed in the depots at Transport Board Ltd on Monday."
    places = _places(text)
    assert [name for name, _ in places] == ["Barbados"]


def test_driven_to_a_town_of_the_storys_country() -> None:
    text = (
        "Anyone who has driven to Linden knows the road is poor, a Georgetown reader wrote, and Guyana "
        "must fix it."
    )
    places = _places(text)
    assert ("Linden", "GY") in places
