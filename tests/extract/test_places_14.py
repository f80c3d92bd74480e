"""Places: a story's country given by the nationality its bodies are named with ("the Sri Lankan
Ports Authority"), two-word nationalities, and a foreign region's name that a town with a mayor or a
municipality bears in the story's country."""

from app.extract import run


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country_code) for p in run(text).places}


def _org_countries(text: str) -> dict[str, str | None]:
    return {o.name: o.country_code for o in run(text).organisations}


def test_two_word_nationality_gives_a_body_its_country() -> None:
    text = "The Costa Rican Coffee Institute said on Monday that exports had fallen by a tenth."
    assert _org_countries(text).get("Costa Rican Coffee Institute") == "CR"


def test_bodies_named_by_one_nationality_set_the_story_in_its_country() -> None:
    text = (
        "The Sri Lankan Ports Authority said on Monday that cargo volumes had fallen. The Sri Lankan "
        "Tea Board said growers in Kandavela had lost half their crop to the drought."
    )
    assert ("Kandavela", "LK") in _places(text)


def test_one_nationality_body_alone_sets_no_country() -> None:
    text = (
        "The Sri Lankan Tea Board said on Monday that growers in Kandavela had lost half their crop to "
        "the drought."
    )
    assert ("Kandavela", "LK") not in _places(text)


def test_places_outweigh_bodies_nationality() -> None:
    text = (
        "NAIROBI - Traders in Nairobi and Mombasa said on Monday that the Chinese Export Council and the "
        "Chinese Shipping Board had cut fees. Farmers in Kandavela welcomed the news."
    )
    assert ("Kandavela", "CN") not in _places(text)


def test_foreign_region_with_a_mayor_is_the_story_countrys_town() -> None:
    text = (
        "TEGUCIGALPA - Residents of San Pedro Sula and Tegucigalpa protested on Monday. Protesters also "
        "marched to the town hall, where Santa Cruz Mayor Ana Ruiz met them to hear their demands."
    )
    found = _places(text)
    assert ("Santa Cruz", "HN") in found
    assert ("Santa Cruz", "AR") not in found


def test_foreign_region_without_a_town_cue_keeps_its_country() -> None:
    text = (
        "TEGUCIGALPA - Residents of San Pedro Sula and Tegucigalpa protested on Monday. Wind farms in the "
        "Argentine province of Santa Cruz supply the firm's parent."
    )
    assert ("Santa Cruz", "HN") not in _places(text)


def test_capitals_place_closed_by_full_stop_is_a_dateline() -> None:
    text = (
        "NAIROBI. Farmers in the highlands said on Monday that the rains had come late this year, and "
        "that maize prices had risen by a third."
    )
    assert ("Nairobi", "KE") in _places(text)


def test_capitals_word_closed_by_full_stop_is_no_dateline_unless_a_place() -> None:
    text = "UPDATE. The council said on Monday that the road would reopen next week."
    assert not _places(text)


def test_competition_named_after_a_continent_is_no_place() -> None:
    text = "The win keeps Zenland's hopes of reaching the Africa Cup of Nations alive, the coach said."
    assert ("Africa", None) not in _places(text)


def test_lower_case_compass_before_a_continent_names_its_region() -> None:
    found = _places("The drought hit much of southern Africa last season, the agency said.")
    assert any(name.lower() == "southern africa" for name, _ in found)
    assert ("Africa", None) not in found


def test_lower_case_compass_before_a_country_keeps_the_country() -> None:
    found = _places("The drought hit much of southern Spain last season, the agency said.")
    assert ("Spain", "ES") in found


def test_residents_in_a_town_whatever_verb_follows() -> None:
    text = (
        "SARAJEVO - Officials in Sarajevo and Mostar said the road would open next year. Local residents "
        "in Zelnovac told reporters that surveyors had visited only twice."
    )
    assert ("Zelnovac", "BA") in _places(text)


def test_person_described_by_kin_from_a_town() -> None:
    text = (
        'PORT MORESBY - Teachers in Port Moresby went on strike on Monday. "It is her final year," said '
        "Mary Kila, a mother from Taurama."
    )
    assert ("Taurama", "PG") in _places(text)


def test_spokesperson_from_names_no_town() -> None:
    text = (
        "PORT MORESBY - Teachers in Port Moresby went on strike on Monday, said Mary Kila, a spokesperson "
        "from Taurama."
    )
    assert not any(name == "Taurama" for name, _ in _places(text))


def test_nationality_before_port_of_gives_the_town_its_country() -> None:
    text = (
        "SARAJEVO - The motorway will link Sarajevo and Mostar with the Croatian port of Neretvica, "
        "officials in Bosnia said."
    )
    found = _places(text)
    assert ("Neretvica", "HR") in found
    assert ("Neretvica", "BA") not in found


def test_town_named_by_its_mayor() -> None:
    text = (
        "JUNEAU - Ferry service to Juneau and Ketchikan will be cut, officials in Alaska said. Wexmoor "
        "Springs Mayor Dalia Fenwright said the town would suffer."
    )
    found = _places(text)
    assert ("Wexmoor Springs", "US") in found
    assert "Wexmoor Springs" not in _org_countries(text)


def test_post_qualifier_before_mayor_is_no_town() -> None:
    for opener in ("Acting", "Deputy", "Interim", "Acting City", "Former"):
        text = (
            "JUNEAU - Ferry service to Juneau and Ketchikan will be cut, officials in Alaska said. "
            f"{opener} Mayor Dalia Fenwright said the town would suffer."
        )
        assert not any(name.startswith(opener) for name, _ in _places(text)), opener


def test_mountain_range_is_a_place() -> None:
    text = "The riders faced three climbs in the Pyrenees on Thursday, the organisers said."
    assert ("Pyrenees", None) in _places(text)


def test_listed_multinational_landform_keeps_no_country() -> None:
    text = (
        "MUSCAT - Researchers in Muscat and Salalah said on Monday that the leopard was once common "
        "across the Arabian Peninsula."
    )
    found = _places(text)
    assert ("Arabian Peninsula", None) in found
    assert ("Arabian Peninsula", "OM") not in found


def test_unlisted_landform_still_takes_the_story_country() -> None:
    text = (
        "MUSCAT - Researchers in Muscat and Salalah said on Monday that the leopard still lives in the "
        "Qarzubi Mountains."
    )
    assert ("Qarzubi Mountains", "OM") in _places(text)


def test_town_named_by_its_port() -> None:
    text = (
        "HALIFAX - The firm said on Monday it would build a plant at the Port of Marlow Cove in Nova "
        "Scotia. The Marlow Cove plant will employ 200 people."
    )
    found = _places(text)
    assert ("Marlow Cove", "CA") in found


def test_port_of_known_body_is_no_new_town() -> None:
    text = "HALIFAX - The Port of Halifax said on Monday that container volumes had risen."
    assert ("Halifax", "CA") in _places(text)
    assert len([name for name, _ in _places(text) if name == "Halifax"]) == 1


def test_clock_time_zone_named_after_a_place_is_no_place() -> None:
    text = (
        "HALIFAX - The firm will hold a call for investors at 10:00 a.m. Atlantic Time on Thursday, it "
        "said from its offices in Halifax."
    )
    assert not any(name == "Atlantic" for name, _ in _places(text))


def test_atlantic_canada_is_a_region_of_canada() -> None:
    text = "The plant is a turning point for manufacturing in Atlantic Canada, the premier said."
    found = _places(text)
    assert ("Atlantic Canada", "CA") in found
    assert not any(name == "Atlantic" for name, _ in found)


def test_area_named_by_the_towns_it_includes() -> None:
    text = (
        "JOHANNESBURG - The Zandvleni Local Municipality paid R40-million for water tankers, records show. "
        "Zandvleni, which includes Vereeniging and Vanderbijlpark, was placed under administration in 2024."
    )
    found = _places(text)
    assert ("Zandvleni", "ZA") in found
    assert ("Vereeniging", "ZA") in found


def test_company_that_includes_a_country_is_no_place() -> None:
    text = (
        "Harbourline Group, which includes France and Germany among its markets, said on Monday that "
        "sales had risen."
    )
    assert not any(name.startswith("Harbourline") for name, _ in _places(text))


def test_stadium_then_its_town() -> None:
    text = (
        "KAMPALA. Uganda beat Kenya 2-1 at the National Stadium, Kisaasi, on Tuesday to stay top of the "
        "group, and Kenya now need a win in Nairobi."
    )
    found = _places(text)
    assert ("Kisaasi", "UG") in found


def test_stadium_then_a_day_is_no_town() -> None:
    text = "Uganda beat Kenya 2-1 at the National Stadium, Tuesday, to stay top of the group."
    assert not any(name == "Tuesday" for name, _ in _places(text))


def test_mongolian_soum_after_a_name() -> None:
    text = (
        "Herders across Mongolia have lost a third of their livestock, officials in Mongolia said. A "
        "herder in Ikhuul soum said he had lost 200 sheep."
    )
    assert ("Ikhuul", "MN") in _places(text)


def test_soum_alone_without_a_name_is_nothing() -> None:
    text = "Herders across Mongolia have lost a third of their livestock in the soum, officials said."
    assert _places(text) == {("Mongolia", "MN")}


def test_unknown_town_before_its_province() -> None:
    text = (
        "JUNEAU - Ferry service to Juneau and Ketchikan will be cut, officials in Alaska said. Port "
        "Renwick, British Columbia, will have no service at all until spring."
    )
    found = _places(text)
    assert ("Port Renwick", "CA") in found


def test_person_before_a_possessive_province_is_no_town() -> None:
    text = "Dalia Fenwright, Ontario's health minister, said on Monday that waiting lists had grown."
    assert not any(name == "Dalia Fenwright" for name, _ in _places(text))


def test_word_after_city_and_state_is_no_listed_place() -> None:
    text = (
        "Founded in 2014 and headquartered in Nashville, Tennessee, Brevanta partners with 400 health "
        "systems across the country."
    )
    found = _places(text)
    assert ("Nashville", "US") in found
    assert not any(name == "Brevanta" for name, _ in found)


def test_list_after_a_city_still_extends() -> None:
    text = (
        "AUCKLAND - Flooding closed roads in Auckland, Hamilton and Kelvinbrook on Monday, the council in "
        "New Zealand said."
    )
    assert ("Kelvinbrook", "NZ") in _places(text)


def test_company_short_name_with_possessive_is_no_town() -> None:
    text = (
        "GUANGZHOU - Guangzhou-based developer Zhaoxun Land Holdings Co. proposed a debt swap on Monday, "
        "officials in Guangzhou and Shenzhen said. Trading in Zhaoxun's shares has been suspended."
    )
    assert not any(name == "Zhaoxun" for name, _ in _places(text))


def test_headline_name_listed_after_a_town_before_residents() -> None:
    text = (
        "Kurla, Ghatpur residents say drains still choked\n\n"
        "MUMBAI - Residents of Kurla said on Monday that the drains in Mumbai had not been cleaned."
    )
    assert ("Ghatpur", "IN") in _places(text)


def test_headline_name_before_residents_alone_is_no_town() -> None:
    text = (
        "Ghatpur residents say drains still choked\n\n"
        "MUMBAI - Residents of Kurla said on Monday that the drains in Mumbai had not been cleaned."
    )
    assert not any(name == "Ghatpur" for name, _ in _places(text))


def test_suburb_after_an_age_then_its_city() -> None:
    text = (
        "HARARE - Tendai Moyo (47) of Glenlorne Heights, Harare, was not asked to plead when he appeared "
        "in court on Monday."
    )
    found = _places(text)
    assert ("Glenlorne Heights", "ZW") in found
    assert ("Harare", "ZW") in found


def test_of_without_an_age_is_no_suburb() -> None:
    text = (
        "HARARE - The chairman of Glenlorne Holdings, Harare, was not asked to plead when he appeared in "
        "court on Monday."
    )
    assert not any(name.startswith("Glenlorne") for name, _ in _places(text))


def test_climb_a_stage_ends_on() -> None:
    text = (
        "Riders in France faced a brutal day in the Pyrenees. The stage from Tarbes ended with the final "
        "ascent to Peyragude, where the Dane cracked, and the race moves on to Toulouse."
    )
    assert ("Peyragude", "FR") in _places(text)


def test_slopes_of_a_volcano_name_no_place() -> None:
    text = (
        "LEGAZPI CITY - Thousands fled villages in Albay on the slopes of Kanlaon Volcano, officials in the "
        "Philippines said."
    )
    assert not any(name.endswith("Volcano") for name, _ in _places(text))
