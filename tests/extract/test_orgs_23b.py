"""Organisations, twenty-third round (second wave): chemicals, fuels and college football's divisions by
their initials, a council's cabinet portfolio post, tournaments named after a country, a governing
body's acronym before an event tier, and a programme's manager after the programme's acronym."""

from app.extract import run
from tests.extract.reading import titles_and_organisations


def _organisations(text: str) -> set[str]:
    return {organisation.name for organisation in run(text).organisations}


def test_chemicals_fuels_and_football_divisions_by_initials_are_no_bodies() -> None:
    text = (
        "The health department urged hikers to use repellent containing DEET. Ships may burn VLSFO "
        "until 2028. The Bobcats will learn their seed when the FCS playoff bracket is announced."
    )
    found = _organisations(text)
    assert not found & {"DEET", "VLSFO", "FCS"}


def test_a_cabinet_member_for_a_portfolio_names_no_cabinet() -> None:
    text = (
        "Brynmor County Council voted on Tuesday to raise parking charges. Cabinet member for transport, "
        "Cllr Jane Roe, said the money would pay for buses."
    )
    found = _organisations(text)
    assert "Cabinet" not in found
    assert "Brynmor County Council" in found


def test_a_tournament_named_after_a_country_is_no_team() -> None:
    text = (
        "Jane Roe beat Rinaldi Pratama to reach the semi-finals of the Malaysia Masters for the first time."
    )
    assert "Malaysia Masters" not in _organisations(text)


def test_a_governing_bodys_acronym_before_an_event_tier_is_the_body() -> None:
    found = run("The tournament, a BWF Super 500 event, ends tomorrow in Kuala Lumpur.").organisations
    assert [(o.name, o.acronym) for o in found] == [("Badminton World Federation", "BWF")]


def test_a_programme_manager_after_the_programmes_acronym_holds_the_whole_post() -> None:
    text = (
        "The Ministry of Health's National Malaria Programme (NMP) released new figures on Monday.\n\n"
        "NMP Programme Manager Jane Roe said the rains had come early."
    )
    assert "NMP Programme" not in _organisations(text)
    titles, organisations = titles_and_organisations(text, "Jane Roe")
    assert titles == {"Programme Manager"}
    assert "National Malaria Programme" in organisations


def test_a_programme_ending_a_bodys_name_stays_in_the_body() -> None:
    text = "National Malaria Programme Manager Jane Roe said the rains had come early."
    titles, organisations = titles_and_organisations(text, "Jane Roe")
    assert titles == {"Manager"}
    assert organisations == {"National Malaria Programme"}


def test_a_known_body_named_across_two_lower_case_gaps_is_one_body() -> None:
    text = "The United Nations Office on Drugs and Crime estimated last year that 120,000 people were held."
    found = run(text).organisations
    assert [(o.name, o.acronym) for o in found] == [("United Nations Office on Drugs and Crime", "UNODC")]


def test_the_last_field_of_a_named_ministry_in_a_ministers_post_is_no_body() -> None:
    text = (
        "The Ministry of Lands and Water Affairs announced new restrictions. Speaking in Gaborone, the "
        "Minister of Lands and Water Affairs, Jane Roe, said supply would be cut at night."
    )
    found = _organisations(text)
    assert "Water Affairs" not in found
    assert "Ministry of Lands and Water Affairs" in found


def test_local_government_before_minister_is_a_portfolio() -> None:
    text = "The bill, moved by Local Government Minister Jane Roe, replaces the 2022 law."
    assert "Local Government" not in _organisations(text)
    titles, _ = titles_and_organisations(text, "Jane Roe")
    assert titles == {"Local Government Minister"}


def test_a_wire_end_mark_with_an_editors_initials_names_no_body() -> None:
    text = "The Executive Yuan said the budget would be restored in March, officials in Taipei said.\n\nEnditem/AW"
    assert "AW" not in _organisations(text)


def test_an_acronym_after_a_plural_names_possessive_is_the_bodys() -> None:
    text = (
        "Lawmakers approved a cut to the Ministry of Digital Affairs' (MODA) budget on Tuesday in Taipei. "
        "MODA said it would appeal."
    )
    found = run(text).organisations
    assert [(o.name, o.acronym) for o in found] == [("Ministry of Digital Affairs", "MODA")]


def test_a_retailer_named_with_a_double_barrelled_surname_is_a_person_and_her_street_no_body() -> None:
    text = (
        "George St retailer Jane McLeod-Wong, who owns a homewares store, said the cycle lanes had cut her "
        "takings by a third."
    )
    assert "Jane McLeod-Wong" not in _organisations(text)
    assert "George St" not in _organisations(text)
    titles, _ = titles_and_organisations(text, "Jane McLeod-Wong")
    assert titles == {"retailer"}


def test_png_is_papua_new_guinea_not_a_body() -> None:
    extraction = run("Port Moresby officials said PNG needed more processing capacity in Lae.")
    assert "PNG" not in {o.name for o in extraction.organisations}
    assert ("PNG", "PG") in {(p.name, p.country_code) for p in extraction.places}


def _countries(text: str) -> dict[str, str | None]:
    return {organisation.name: organisation.country_code for organisation in run(text).organisations}


def test_a_body_opened_by_a_town_of_one_named_country_is_that_countrys() -> None:
    text = (
        "Victims in Florida, Ohio and Pennsylvania were called from a house in Kingston, Jamaica. The "
        "accused was attached to the Montego Bay Police Division at the time."
    )
    assert _countries(text)["Montego Bay Police Division"] == "JM"


def test_a_college_named_after_the_city_closing_its_name_is_that_citys_countrys() -> None:
    text = "SEOUL — Researchers at KAIST and Imperial College London built a sweat sensor, the team said."
    assert _countries(text)["Imperial College London"] == "GB"


def test_a_shipping_line_and_a_portuguese_brokerage_are_named_whole() -> None:
    text = (
        "Hong Kong's Pacific Meridian Shipping has ordered eight bulkers. Ana Queiroz of Corretora Paulista "
        "said the price was high."
    )
    found = _countries(text)
    assert found.get("Pacific Meridian Shipping") == "HK"
    assert "Pacific Meridian" not in found
    assert "Corretora Paulista" in found


def test_a_teams_short_form_closing_a_rivalry_games_name_is_no_team() -> None:
    text = (
        "The Bobcats held on for a 31-24 win over the Grizzlies in the 124th Brawl of the Wild. The "
        "quarterback ran for 118 yards and two touchdowns."
    )
    assert "Minnesota Wild" not in _organisations(text)


def test_an_acronym_opening_a_roads_name_is_no_body() -> None:
    text = "Footpaths will be rebuilt on HAL Airport Road and the BKC Link Road this year, officials in Mumbai said."
    found = _organisations(text)
    assert "HAL" not in found
    assert "BKC" not in found
