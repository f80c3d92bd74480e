"""Places in the twentieth round: regions of no one country used as adjectives or opening a body's name,
counties listed by name, Ireland's "Co X" counties, the ends of "between A and B in R", "X town", and a
capitals dateline under a bulleted summary."""

from app.extract import run


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country_code) for p in run(text).places]


def test_ocean_qualifying_a_noun_after_other_is_no_place() -> None:
    text = "Buyers turned to other Pacific suppliers such as Fiji and Samoa, the exporters said."
    places = _places(text)
    assert ("Fiji", "FJ") in places
    assert not any(name == "Pacific" for name, _ in places)


def test_ocean_opening_a_body_s_name_is_no_place() -> None:
    text = "A report by the Pacific Community found that sea levels had risen faster than expected."
    assert not any(name == "Pacific" for name, _ in _places(text))


def test_ocean_on_its_own_stays_a_place() -> None:
    assert ("Pacific", None) in _places("Storms in the Pacific grew stronger this year, forecasters said.")
    assert ("Pacific Ocean", None) in _places("The yacht crossed the Pacific Ocean in 40 days.")


def test_counties_listed_after_counties_take_the_story_s_county_country() -> None:
    text = (
        "DES MOINES, Iowa (AP) — Farms in Sioux County were hit; three neighboring counties — Lyon, "
        "O'Brien and Plymouth — were not."
    )
    places = _places(text)
    assert ("Lyon", "US") in places
    assert ("O'Brien", "US") in places
    assert ("Lyon", "FR") not in places


def test_counties_listed_before_counties() -> None:
    text = (
        "DES MOINES, Iowa (AP) — Farms in Sioux County were hit, as were farms in Lyon and Osceola counties."
    )
    places = _places(text)
    assert ("Lyon", "US") in places
    assert ("Osceola", "US") in places


def test_list_without_a_county_in_the_story_is_left_alone() -> None:
    text = "Wine from Lyon, Bordeaux and Dijon sold well in rural counties, the French exporters said."
    assert ("Lyon", "FR") in _places(text)


def test_irish_short_county_is_a_place_not_a_firm() -> None:
    result = run("The farm in Co Mayo was sold, and a second in Co. Tyrone, gardaí in Galway said.")
    places = [(p.name, p.country_code) for p in result.places]
    assert ("Mayo", "IE") in places
    assert ("Tyrone", "GB") in places
    assert not any(o.name.startswith("Co") for o in result.organisations)


def test_co_after_an_ampersand_stays_a_firm() -> None:
    assert not any(name == "Cork" for name, _ in _places("Shares of Mitsubishi & Co Cork rose on Monday."))


def test_both_ends_of_between_in_a_region_are_its_towns() -> None:
    text = "The new rail line between Zorville and Quantabad in Kerala will open next year, officials said."
    places = _places(text)
    assert ("Zorville", "IN") in places
    assert ("Quantabad", "IN") in places


def test_between_people_or_clubs_is_no_town() -> None:
    places = _places("The match between Arsenal and Chelsea in London ended 1-1.")
    assert not any(name in ("Arsenal", "Chelsea") for name, _ in places)
    places = _places("Talks between John and Peter in Kerala failed, aides said.")
    assert not any(name in ("John", "Peter") for name, _ in places)


def test_name_before_town_is_a_town() -> None:
    text = "A bypass of Dingle town will not be built before 2030, councillors in Tralee were told."
    assert ("Dingle", "IE") in _places(text)


def test_town_hall_is_no_town_cue() -> None:
    text = "The Zoom town hall was held online, staff in Dublin said."
    assert not any(name == "Zoom" for name, _ in _places(text))


def test_capitals_dateline_under_a_bulleted_summary() -> None:
    text = (
        "Rains wash out roads across the capital\n\n"
        "by Jane Roe on 3 March 2026\n\n"
        "- Floods cut three main roads, officials said.\n\n"
        "- More rain is due on Friday.\n\n"
        "- Schools in low-lying areas were closed.\n\n"
        "- The army has been called in to help.\n\n"
        "- Aid groups asked for boats.\n\n"
        "NAIROBI — Heavy rain cut roads across the city on Tuesday, officials said, and more was expected "
        "later in the week as the long rains set in across the country and the region beyond it."
    )
    assert ("Nairobi", "KE") in _places(text)


def test_bullets_do_not_make_a_capitals_label_a_dateline() -> None:
    text = (
        "Markets slide\n\n- Stocks fell.\n\n- Bonds rose.\n\n"
        "UPDATE — Shares fell on Monday as traders sold banks, dealers said."
    )
    assert not any(name.upper() == "UPDATE" for name, _ in _places(text))


def test_town_word_after_a_body_s_short_name() -> None:
    text = (
        "Dingle Chamber of Commerce president Jane Roe said the plan was a blow. "
        "A bypass of Dingle town will not be built before 2030, councillors in Tralee were told."
    )
    assert ("Dingle", "IE") in _places(text)


def test_name_closed_by_city_after_in_is_a_town_not_a_person() -> None:
    result = run("DES MOINES, Iowa (AP) — The company, based in Orange City, said it would hire 40 workers.")
    assert ("Orange City", "US") in [(p.name, p.country_code) for p in result.places]
    assert not any(p.name == "Orange City" for p in result.people)


def test_dateline_town_named_again_is_no_body() -> None:
    text = (
        "SIOUX CENTER, Iowa (AP) — Farms were hit. The group will meet members in Sioux Center and "
        "Storm Lake next week."
    )
    result = run(text)
    places = [(p.name, p.country_code) for p in result.places]
    assert ("Storm Lake", "US") in places
    assert not any(o.name == "Sioux Center" for o in result.organisations)


def test_dateline_town_before_a_capitalised_word_stays_a_body() -> None:
    text = "SIOUX CENTER, Iowa (AP) — The Sioux Center Chamber said on Friday that sales rose."
    assert not any(p.name == "Sioux Center Chamber" for p in run(text).places)


def test_vietnamese_letters_stay_inside_a_name() -> None:
    text = "Officials met in Cần Thơ City on Monday, and later in Hồ Chí Minh City, Việt Nam's largest city."
    places = _places(text)
    assert ("Cần Thơ City", "VN") in places
    assert ("Hồ Chí Minh City", "VN") in places
    assert ("Việt Nam", "VN") in places
    assert not any(name in ("C", "Minh City") for name, _ in places)


def test_province_with_its_accents_is_the_province() -> None:
    text = "Water plants in Đồng Tháp Province were hit, the ministry in Hà Nội said."
    assert ("Đồng Tháp Province", "VN") in _places(text)


def test_names_listed_after_a_plural_unit_and_of() -> None:
    text = "Floods hit the villages of Aldovo, Brenik and Castavo in Serbia on Monday."
    places = _places(text)
    assert ("Aldovo", "RS") in places
    assert ("Castavo", "RS") in places


def test_list_after_a_unit_keeps_a_particle_on_its_last_name() -> None:
    text = (
        "Cuts hit the neighborhoods of Monterrey, Guadalupe and San Nicolás de los Garza, Mexico, on Monday."
    )
    places = _places(text)
    assert not any(name == "San Nicolás" for name, _ in places)


def test_people_listed_after_communities_of_are_no_places() -> None:
    text = "Aid reached the communities of Christians and Muslims in the province, officials in Kenya said."
    assert _places(text) == [("Kenya", "KE")]


def test_listed_foreign_town_beside_an_unknown_local_one_is_the_story_s() -> None:
    text = (
        "MANAMA — Shops in Muharraq were busy on Friday. "
        '"My customers come from Hidd, Arad and Busaiteen," the trader said.'
    )
    places = _places(text)
    assert ("Arad", "BH") in places
    assert ("Busaiteen", "BH") in places


def test_listed_foreign_town_among_known_ones_stays_foreign() -> None:
    text = "PARIS — Wine from Lyon, Bordeaux and Arad sold well, exporters said."
    assert ("Arad", "RO") in _places(text)


def test_listed_foreign_town_whose_country_the_story_names_stays_foreign() -> None:
    text = "PARIS — Wine from Lyon, Zorbeaux and Arad sold well, exporters in Romania said."
    assert ("Arad", "RO") in _places(text)


def test_three_unknown_names_listed_after_in_are_towns() -> None:
    text = (
        "ABERYSTWYTH, Wales — The council says most second homes are in New Quay, Aberporth, Llangrannog "
        "and Borth, where one in five homes is empty."
    )
    places = _places(text)
    for name in ("New Quay", "Aberporth", "Llangrannog", "Borth"):
        assert (name, "GB") in places


def test_listed_town_the_gazetteer_holds_elsewhere_is_the_story_s() -> None:
    text = 'FREETOWN — "Our customers are in the east end, in Wellington, Kissy and Calaba Town," she said.'
    places = _places(text)
    assert ("Wellington", "SL") in places
    assert ("Calaba Town", "SL") in places


def test_two_names_or_a_list_of_firms_are_no_towns() -> None:
    # (two names alone may be two people's: "awards went to Pellow and Tranter")
    assert _places("LONDON — Awards came in from Pellow and Tranter on Monday.") == [("London", "GB")]
    result = run("LONDON — Shares in Zorblax, Quantix and Fendra rose on Monday.")
    assert [p.name for p in result.places] == ["London"]


def test_list_of_names_that_then_speak_is_no_list_of_towns() -> None:
    text = "LONDON — The report was written in March. Meanwhile, Zorvik, Pellow and Tranter said it was late."
    assert not any(name in ("Zorvik", "Pellow", "Tranter") for name, _ in _places(text))


def test_ward_named_after_two_places_names_each() -> None:
    text = (
        "ABERYSTWYTH, Wales — Cllr Dafydd Jenkins, who represents Aberporth and Y Ferwig, told the meeting "
        "the villages were empty in winter."
    )
    result = run(text)
    places = [(p.name, p.country_code) for p in result.places]
    assert ("Aberporth", "GB") in places
    assert ("Y Ferwig", "GB") in places
    assert not any("Aberporth" in o.name for o in result.organisations)


def test_region_written_with_its_kind_is_the_story_s_region() -> None:
    text = (
        "BANDAR SERI BEGAWAN — New paddy land will open at Kandol in Belait District and in Temburong "
        "District this year, officials in Brunei said."
    )
    places = _places(text)
    assert ("Belait District", "BN") in places
    assert ("Temburong District", "BN") in places
    assert ("Kandol", "BN") in places


def test_malay_village_word_opens_a_village_s_name() -> None:
    text = (
        "BANDAR SERI BEGAWAN — A farmer, 34, from Kampong Wasan said yields rose, officials in Brunei said."
    )
    assert ("Wasan", "BN") in _places(text)


def test_province_named_with_kampong_stays_whole() -> None:
    text = "PHNOM PENH — Floods hit Kampong Cham on Monday, officials in Cambodia said."
    assert ("Kampong Cham", "KH") in _places(text)


def test_listed_name_that_only_opens_a_body_s_name_is_a_place() -> None:
    text = (
        "PORT VILA, Vanuatu — Growers across Pentecost, Maewo, Ambae and Santo planted more kava. "
        "The Maewo Women Growers Cooperative was set up last year."
    )
    result = run(text)
    places = [(p.name, p.country_code) for p in result.places]
    for name in ("Pentecost", "Maewo", "Ambae", "Santo"):
        assert (name, "VU") in places
    assert any(o.name == "Maewo Women Growers Cooperative" for o in result.organisations)


def test_village_named_again_with_a_title_after_it_is_no_person() -> None:
    text = (
        "PORT VILA, Vanuatu — Above the village of Lonorore, Chief Willie Tabi pulls a kava plant out of the "
        "earth. But in Lonorore, the chief says, prices have fallen."
    )
    result = run(text)
    assert ("Lonorore", "VU") in [(p.name, p.country_code) for p in result.places]
    assert not any(p.name == "Lonorore" for p in result.people)


def test_surname_of_a_named_person_is_no_village() -> None:
    text = (
        "PORT VILA, Vanuatu — Jane Tabi visited the village of Tabi in May. Tabi, the chief, said prices had "
        "fallen."
    )
    assert any(p.name == "Jane Tabi" for p in run(text).people)


def test_far_city_s_other_name_after_in_is_a_town_of_the_story_s_country() -> None:
    text = (
        "PORT VILA, Vanuatu — Growers in Luganville and Port Vila say prices fell. Same problem in Tanna, "
        "a farmer said."
    )
    places = _places(text)
    assert ("Tanna", "VU") in places
    assert ("Tanna", "IN") not in places


def test_region_before_its_kind_in_lower_case_though_a_given_name() -> None:
    text = "BUCHAREST — A battery plant will be built near Cernavodă, in Constanța county, the firm said."
    assert ("Constanța", "RO") in _places(text)


def test_given_name_before_a_kind_word_of_no_region_is_no_place() -> None:
    text = "BUCHAREST — Maria county officials said nothing, the firm in Cluj said."
    assert not any(name == "Maria" for name, _ in _places(text))


def test_kazakh_regions_and_the_south_caucasus() -> None:
    text = (
        "ASTANA — The route reaches the markets of the South Caucasus. "
        '"For a farmer in North Kazakhstan or Akmola, the road is long," she said.'
    )
    places = _places(text)
    assert ("South Caucasus", None) in places
    assert ("North Kazakhstan", "KZ") in places
    assert ("Akmola", "KZ") in places
    assert ("Caucasus", None) not in places


def test_name_closed_by_a_capitalised_kind_of_area_is_that_area() -> None:
    text = "ADDIS ABABA — Farmer Kedir Jemal, from Merti Woreda in Arsi Zone, harvested 42 quintals."
    result = run(text)
    assert ("Merti Woreda", "ET") in [(p.name, p.country_code) for p in result.places]
    assert not any(o.name == "Merti Woreda" for o in result.organisations)
    text = "OSTRAVA, Czech Republic — The governor of the Moravian-Silesian Region says it needs help from Prague."
    assert ("Moravian-Silesian Region", "CZ") in _places(text)


def test_kind_of_area_opening_a_body_s_longer_name_is_no_area() -> None:
    text = "ADDIS ABABA — The Merti Woreda Administration said on Monday that officials in Adama agreed."
    assert not any(name.startswith("Merti") for name, _ in _places(text))
    text = "LETHBRIDGE, Alberta — The chair of the Chinook Plains Irrigation District board spoke on Monday."
    assert not any(name.startswith("Chinook") for name, _ in _places(text))


def test_area_with_its_kind_joins_the_bare_name() -> None:
    text = (
        "HANOI — Dams were built in the coastal communes of Ba Tri, Thạnh Phú and Cầu Ngang, officials in "
        "Vietnam said. Nguyễn Thị Nhung, a farmer in Ba Tri Commune, said her rice was saved."
    )
    result = run(text)
    names = [p.name for p in result.places]
    assert "Ba Tri" in names
    assert "Ba Tri Commune" not in names
    assert not any(o.name == "Ba Tri Commune" for o in result.organisations)


def test_contact_language_after_in_is_no_place() -> None:
    text = 'BAMENDA, Cameroon — "Na okada dey feed we family," he told reporters in Pidgin on Monday.'
    assert not any(name == "Pidgin" for name, _ in _places(text))


def test_name_read_as_a_body_but_written_outside_is_a_town() -> None:
    text = (
        "GAROWE, Somalia — Families settled about six kilometres outside Qardho, officials in Puntland said. "
        "The Qardho district commissioner, Said Farah Jama, said the town's boreholes were dry."
    )
    result = run(text)
    assert ("Qardho", "SO") in [(p.name, p.country_code) for p in result.places]
    assert not any(o.name == "Qardho" for o in result.organisations)


def test_known_body_near_a_place_stays_a_body() -> None:
    text = (
        "LONDON — Shares in Tesco rose near Christmas, traders in London said, while Tesco said sales grew."
    )
    assert not any(name == "Tesco" for name, _ in _places(text))


def test_headline_place_the_body_reads_in_another_country_is_the_body_s() -> None:
    text = (
        "Pakistan: doctors strike as Punjab hands clinics to private firms\n\n"
        "LAHORE — Hospitals across Pakistan's Punjab province were closed for a ninth day, unions in Lahore said."
    )
    places = _places(text)
    assert ("Punjab", "PK") in places
    assert ("Punjab", "IN") not in places


def test_seat_after_a_legislator_and_for_named_elsewhere_is_a_place() -> None:
    text = (
        "HALIFAX, Nova Scotia — In Bonavista, skippers said they would stay in port, officials in Ottawa "
        "said. Wade Bursey, the MHA for Bonavista, said the province should help."
    )
    result = run(text)
    assert ("Bonavista", "CA") in [(p.name, p.country_code) for p in result.places]
    assert not any(o.name == "Bonavista" for o in result.organisations)


def test_seat_named_once_and_unknown_is_left_alone() -> None:
    text = "LONDON — Jane Roe, the Conservative MP for Wexford Vale, said the plan was a betrayal, aides in London said."
    assert not any(name == "Wexford Vale" for name, _ in _places(text))


def test_unread_end_of_a_route_named_by_its_ends_is_a_town() -> None:
    text = (
        "TRALEE, Ireland — A bypass of Killarney town was shelved on Monday. A plan to extend the Killarney to "
        "Kenmare greenway has been delayed, councillors heard."
    )
    assert ("Kenmare", "IE") in _places(text)


def test_route_end_that_is_a_person_or_no_route_is_left_alone() -> None:
    text = "TRALEE, Ireland — Traffic in Killarney was heavy. He lent the Killarney to Kenmare family a car."
    assert not any(name == "Kenmare" for name, _ in _places(text))
