"""Organisations, thirteenth set: wire credits in datelines, countries named inside bodies' names, and more."""

from app.extract import run


def _organisations(text: str) -> dict[str, str | None]:
    return {organisation.name: organisation.country_code for organisation in run(text).organisations}


def _places(text: str) -> dict[str, str | None]:
    return {place.name: place.country_code for place in run(text).places}


def test_a_release_wire_credit_without_spaces_is_a_dateline() -> None:
    text = (
        "BOSTON--(BUSINESS WIRE)--Harrowgate Robotics, Inc., a maker of warehouse robots, today announced "
        "a new gripper for parcel sorting."
    )
    organisations = _organisations(text)
    assert "Business Wire" in organisations
    assert "BOSTON" not in organisations
    assert _places(text).get("Boston") == "US"


def test_a_dateline_with_an_ordinal_date_credits_its_agency() -> None:
    text = (
        "DUBAI, 3rd March, 2026 (WAM) -- The Ministry of Energy and Infrastructure today opened a solar "
        "plant in Hatta."
    )
    found = {organisation.acronym: organisation.country_code for organisation in run(text).organisations}
    assert found.get("WAM") == "AE"
    assert "DUBAI" not in _organisations(text)


def test_twin_cities_in_a_dateline_are_places_and_no_organisations() -> None:
    text = (
        "MINNEAPOLIS / ST. PAUL (03/02/2026) — Researchers at the University of Minnesota said lake ice "
        "formed three weeks later than usual this winter."
    )
    organisations = _organisations(text)
    assert not {"ST", "PAUL", "MINNEAPOLIS"} & organisations.keys()
    assert _places(text).get("Minneapolis") == "US"


def test_a_date_in_brackets_is_no_source() -> None:
    text = "DENVER (03/02/2026) — The Colorado Water Conservation Board said snowpack was below normal."
    assert "03/02/2026" not in _organisations(text)


def test_a_country_named_in_full_inside_a_body_gives_its_country() -> None:
    text = (
        "A team at United Arab Emirates University said the new date palm variety needs less water. "
        "Emirates Development Bank will lend farmers the cost of the seedlings."
    )
    organisations = _organisations(text)
    assert organisations.get("United Arab Emirates University") == "AE"
    assert organisations.get("Emirates Development Bank") == "AE"


def test_a_body_of_many_countries_keeps_no_country() -> None:
    text = "The United Nations Development Programme said the grant would fund wells in the region."
    assert _organisations(text).get("United Nations Development Programme") is None


def test_a_ministry_named_for_three_fields_keeps_them_all() -> None:
    text = "The Ministry of Mines, Industry and Energy said the smelter would open in May."
    assert "Ministry of Mines, Industry and Energy" in _organisations(text)


def test_a_ministers_post_of_fields_stays_a_post() -> None:
    text = "The Minister of Hydrocarbons and Energy, Tomasa Quispe-Llanos, said prices would fall."
    assert "Hydrocarbons and Energy" not in _organisations(text)


def test_companies_listed_after_a_ministry_are_no_fields_of_it() -> None:
    text = "Officials from the Ministry of Finance, Kestrel Energy and Harbour Water met on Monday."
    assert {"Ministry of Finance", "Kestrel Energy", "Harbour Water"} <= _organisations(text).keys()


def test_a_colleges_list_of_fields_may_end_with_three_words() -> None:
    text = (
        "The University of Nebraska College of Food, Agricultural and Natural Resource Sciences (CFANS) "
        "said the trial plots would be harvested in October."
    )
    names = _organisations(text)
    assert "University of Nebraska College of Food, Agricultural and Natural Resource Sciences" in names


def test_an_acronym_of_a_ministry_named_after_its_unit_is_the_ministrys() -> None:
    text = (
        "Permits are granted by the Water Directorate of the Ministry of Environment and Energy (MINAE). "
        "MINAE said it would review the wells."
    )
    names = _organisations(text)
    assert "Ministry of Environment and Energy" in names
    assert "" not in names


def test_a_listed_party_of_several_countries_is_the_storys_countrys() -> None:
    text = (
        "DUBLIN — Sinn Féin said on Monday that the hospital in Dublin needed more beds. Nurses in Dublin "
        "and Cork have protested for weeks."
    )
    assert _organisations(text).get("Sinn Féin") == "IE"


def test_a_party_in_a_sentence_that_opens_on_a_country_is_that_countrys() -> None:
    text = (
        "Austria and Hungary traded accusations over the border. In Austria, the Greens said the checks "
        "were unlawful, while ministers in Budapest defended them."
    )
    assert _organisations(text).get("Green Party") == "AT"


def test_a_party_outside_a_country_sentence_keeps_no_country_from_it() -> None:
    text = (
        "In Austria, ministers defended the checks. Budapest and Vienna traded accusations, and "
        "the Greens in the European Parliament said the checks were unlawful."
    )
    assert _organisations(text).get("Green Party") is None


def test_quebecs_parties_are_listed() -> None:
    text = "The Parti Québécois and the Coalition Avenir Québec clashed over the bill in Quebec City."
    organisations = _organisations(text)
    assert organisations.get("Parti Québécois") == "CA"
    assert organisations.get("Coalition Avenir Québec") == "CA"


def test_a_unit_after_its_owners_possessive_takes_the_owners_country() -> None:
    text = (
        "Professor Lee Min-jun of Korea University's Graduate School of Public Policy said the tariff "
        "would hurt exporters."
    )
    assert _organisations(text).get("Graduate School of Public Policy") == "KR"


def test_a_unit_without_an_owner_takes_no_country_from_the_rule() -> None:
    text = "Graduate School of Public Policy researchers said the tariff would hurt exporters."
    assert _organisations(text).get("Graduate School of Public Policy") is None


def test_a_university_in_a_place_is_that_places_countrys() -> None:
    text = (
        "Other authors include Marie Tremblay-Roy, PhD, of Université Laval in Quebec City, Canada, "
        "who led the field work in Minnesota."
    )
    assert _organisations(text).get("Université Laval") == "CA"


def test_a_citys_municipal_corporation_is_the_storys_countrys() -> None:
    text = (
        "CHENNAI — The Greater Chennai Corporation will clear the drains before the monsoon, officials in "
        "Chennai said. Residents of Chennai have complained of flooding."
    )
    assert _organisations(text).get("Greater Chennai Corporation") == "IN"


def test_a_newspaper_named_in_a_story_is_the_storys_countrys() -> None:
    text = (
        "ACCRA, Ghana — The lawmaker told the Daily Graphic that miners in Ghana would lose their "
        "licences. Traders in Accra and Kumasi backed the bill."
    )
    assert _organisations(text).get("Daily Graphic") == "GH"


def test_a_party_named_after_a_foreign_region_is_the_storys_countrys() -> None:
    text = (
        "ASUNCION, Paraguay (AFP) — The Colorado Party won the mayoral race in Asuncion on Sunday, "
        "officials in Paraguay said."
    )
    assert _organisations(text).get("Colorado Party") == "PY"


def test_a_listed_name_with_a_word_in_lower_case_is_found_whole() -> None:
    text = "Québec solidaire said it would vote against the bill, and Nippon Ishin no Kai abstained."
    organisations = _organisations(text)
    assert organisations.get("Québec solidaire") == "CA"
    assert organisations.get("Nippon Ishin no Kai") == "JP"
    assert "Nippon Ishin" not in organisations


def test_commodity_exchanges_are_listed() -> None:
    text = "Copper futures on Comex rose 2%, while crude on the New York Mercantile Exchange fell."
    organisations = _organisations(text)
    assert organisations.get("Comex") == "US"
    assert organisations.get("New York Mercantile Exchange") == "US"


def test_a_dateline_with_an_accented_city_credits_its_agency() -> None:
    text = "Bogotá (AFP) - The mayor of Bogotá said on Monday that the metro would open in 2028."
    extraction = run(text)
    assert extraction.document.dateline_place == "Bogotá"
    assert "Agence France-Presse" in {organisation.name for organisation in extraction.organisations}


def test_a_party_named_after_a_region_stays_countryless_where_that_regions_country_leads() -> None:
    text = (
        "AUSTIN, Texas — The Colorado Party, a small group of ranchers, met in Austin. Delegates from "
        "Dallas and Houston joined them; one flew in from Asuncion."
    )
    assert _organisations(text).get("Colorado Party") != "PY"


def test_an_english_post_ends_a_romance_party_name() -> None:
    text = "Parti Québécois Leader Jean-Marc Tremblay said his party would support the bill."
    extraction = run(text)
    assert "Parti Québécois" in {organisation.name for organisation in extraction.organisations}
    assert "Jean-Marc Tremblay" in {person.name for person in extraction.people}


def test_a_romance_party_name_keeps_its_own_words() -> None:
    text = "The Partido Revolucionario Institucional said it would contest the result."
    assert "Partido Revolucionario Institucional" in _organisations(text)


def test_a_commission_on_the_subject_is_one_name() -> None:
    text = "At a meeting of the Research Commission on the Pension System on Wednesday, lawmakers objected."
    assert "Research Commission on the Pension System" in _organisations(text)


def test_a_commission_on_the_day_is_no_name() -> None:
    text = "The Commission on the Monday after the vote said nothing."
    assert not any(name.startswith("Commission on the") for name in _organisations(text))


def test_a_parliaments_sides_named_as_actors_are_bodies() -> None:
    text = (
        "ACCRA, Ghana — The Minority in Parliament walked out on Friday as the House approved the Fisheries "
        "Bill. The Minority had asked for more time, but the Majority has rejected every amendment."
    )
    organisations = _organisations(text)
    assert organisations.get("Minority") == "GH"
    assert organisations.get("Majority") == "GH"


def test_one_passing_mention_of_a_side_is_no_body() -> None:
    text = (
        "ACCRA, Ghana — The Cocoa Board raised the farm-gate price. The Minority in Parliament has "
        "described the rise as a gimmick."
    )
    assert "Minority" not in _organisations(text)


def test_a_bracketed_word_before_a_bills_head_opens_no_organisation() -> None:
    text = "Parliament approved the Fisheries and Aquaculture (Amendment) Bill on Friday."
    assert "Fisheries and Aquaculture" not in _organisations(text)


def test_a_web_storys_source_line_names_no_acronyms() -> None:
    text = "Talks resumed in Cairo on Tuesday, officials said.\n\nSOURCE: AL JAZEERA AND NEWS AGENCIES"
    assert not {"AL", "NEWS"} & _organisations(text).keys()


def test_a_chief_executive_officers_post_is_no_part_of_the_bank() -> None:
    text = (
        "Mariam Al Suwaidi, Chief Executive Officer of the Harbour Development Bank, said loans would rise."
    )
    organisations = _organisations(text)
    assert "Harbour Development Bank" in organisations
    assert not any(name.startswith("Chief") for name in organisations)


def test_a_french_bodys_name_in_lower_case_is_read_whole() -> None:
    text = (
        "MONTREAL — The Fédération des infirmières et infirmiers du Québec said on Monday that nurses in "
        "Montreal and Quebec City would strike."
    )
    assert "Fédération des infirmières et infirmiers du Québec" in _organisations(text)


def test_an_english_union_before_a_french_phrase_is_no_french_body() -> None:
    text = "The Union said the pay offer was de trop, and members in Quebec agreed."
    assert not any(name.startswith("Union de") for name in _organisations(text))


def test_a_bodys_annual_meeting_names_the_body() -> None:
    text = "The results were presented at the Lung Cancer Society of Canada Annual Scientific Meeting in May."
    organisations = _organisations(text)
    assert "Lung Cancer Society of Canada" in organisations
    assert not any(name.endswith("Meeting") for name in organisations)


def test_a_conference_without_a_body_is_left_alone() -> None:
    text = "Delegates gathered in Bonn for the Annual Climate Conference on Monday."
    assert "Annual Climate" not in _organisations(text)


def test_a_networks_numbered_station_is_one_name_of_the_networks_country() -> None:
    text = "The minister told BBC Radio 2’s breakfast show that bills would fall."
    assert _organisations(text).get("BBC Radio 2") == "GB"


def test_a_station_before_a_time_keeps_its_name() -> None:
    text = "She told BBC Radio Bristol 8.30 listeners that the road would reopen."
    assert "BBC Radio Bristol" in _organisations(text)


def test_a_tribunal_of_a_field_is_one_name() -> None:
    text = "Results were published by the Superior Tribunal of Electoral Justice on Sunday night."
    assert "Superior Tribunal of Electoral Justice" in _organisations(text)


def test_a_bare_assembly_beside_a_senate_is_the_legislatures_house() -> None:
    text = (
        "MADISON, Wis. (AP) — The Senate passed the budget on Tuesday. Republicans are two seats short "
        "in the Assembly, where a vote is due next week."
    )
    assert "Assembly" in _organisations(text)


def test_a_bare_assembly_without_a_legislature_is_no_body() -> None:
    text = "Pupils gathered for the Assembly in the school hall, where the head teacher spoke."
    assert "Assembly" not in _organisations(text)


def test_a_fund_named_for_two_fields_with_a_two_noun_head_is_one_name() -> None:
    text = "Funding came from the Oregon Wildlife and Coastal Waters Trust Fund, the university said."
    assert "Oregon Wildlife and Coastal Waters Trust Fund" in _organisations(text)


def test_two_companies_joined_by_and_stay_two() -> None:
    text = "Acme Holdings and Beta Capital Trust Fund said they would merge."
    organisations = _organisations(text)
    assert "Acme Holdings" in organisations
    assert "Acme Holdings and Beta Capital Trust Fund" not in organisations


def test_a_towns_police_in_lower_case_is_an_organisation() -> None:
    text = "SEATTLE (AP) — Tacoma police arrested the driver on Friday. He lived in Seattle."
    assert _organisations(text).get("Tacoma police") == "US"


def test_a_nationalitys_police_in_lower_case_is_no_named_body() -> None:
    text = "Thai police said the suspect fled north. Officers in Bangkok searched the house."
    assert not any(name.endswith(" police") for name in _organisations(text))


def test_a_leagues_conference_is_listed() -> None:
    text = "The Celtics hold the best record in the Eastern Conference after beating Miami."
    assert "Eastern Conference" in _organisations(text)


def test_an_acronym_then_its_offices_region_names_the_body() -> None:
    text = (
        "The order came from the Department of Agriculture (DA) in Central Luzon. DA Central Luzon regional "
        "director Ramon Dizon-Aquino said the farms would be inspected."
    )
    organisations = _organisations(text)
    assert "DA Central Luzon" not in organisations
    assert "Department of Agriculture" in organisations


def test_an_acronym_before_a_non_place_is_left_alone() -> None:
    text = (
        "The Department of Agriculture (DA) issued the order. DA Harvest Watch, a farmers' group, said "
        "prices would rise."
    )
    assert "DA Harvest Watch" in _organisations(text)
