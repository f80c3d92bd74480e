"""Organisations, twenty-third round: bodies named with their region or country, credit lines that name
no body, market indices, a web address's country, and real national bodies written by short names."""

from app.extract import run


def _organisations(text: str) -> dict[str, str | None]:
    return {organisation.name: organisation.country_code for organisation in run(text).organisations}


def test_a_level_of_government_before_government_of_a_city_names_it_whole() -> None:
    text = (
        "Health workers arrived in Trujillo on Friday. The Regional Government of Trujillo said it would "
        "send more money to clinics in Trujillo and Chiclayo."
    )
    found = _organisations(text)
    assert "Regional Government of Trujillo" in found
    assert "Regional Government" not in found


def test_a_national_service_runs_on_through_of_and_its_fields() -> None:
    text = (
        "The National Service of Meteorology and Hydrology (Senamhi) forecast heavy rain for Lima and "
        "Arequipa next week."
    )
    assert "National Service of Meteorology and Hydrology" in _organisations(text)


def test_a_wire_end_mark_and_editors_initials_name_no_body() -> None:
    text = (
        "Lima, May 2 (PRENSAR). The Ministry of Health said 40 clinics in Lima would open late.\n\n"
        "More information: www.example.pe\n\n(END) ABC/XYZ"
    )
    found = _organisations(text)
    assert "ABC/XYZ" not in found
    assert "PRENSAR" not in found
    assert "Ministry of Health" in found


def test_an_outlets_report_line_and_a_writer_in_capitals_name_no_body() -> None:
    text = (
        "Coastal Herald report\n\nJOSÉ LUIS DEL VALLE\n\nThe Málaga Port Authority said cruise arrivals in "
        "Málaga rose by a fifth this year."
    )
    found = _organisations(text)
    assert not any(name in found for name in ("Coastal Herald", "DEL VALLE", "VALLE", "LUIS DEL VALLE"))
    assert "Málaga Port Authority" in found


def test_a_stock_market_index_is_no_body() -> None:
    text = "In Asia, Japan's Topix rose 1.4 percent, while Hong Kong's Hang Seng Index slipped 0.3 percent."
    assert "Hang Seng Index" not in _organisations(text)


def test_a_listed_body_after_its_countrys_name_is_that_body() -> None:
    text = (
        "Detectives worked with the US Homeland Security Investigations office in Kingston, the police said."
    )
    organisations = run(text).organisations
    assert [(o.name, o.country_code) for o in organisations] == [("Homeland Security Investigations", "US")]


def test_a_national_web_address_settles_a_tie_among_places() -> None:
    text = (
        "Title: Council votes on bike lanes\nURL: https://www.example.com.au/news/bike-lanes\n\n"
        "The Darebin City Council voted to remove parking in Brunswick for a bike lane trial, a plan traders "
        "in Melbourne opposed."
    )
    assert _organisations(text).get("Darebin City Council") == "AU"


def test_spains_parties_and_chamber_are_read_in_a_spanish_story() -> None:
    text = (
        "MADRID — The Congress of Deputies rejected the bill on Thursday after Vox and the Popular Party "
        "voted against it. Sumar said Congress had failed renters in Madrid and Barcelona."
    )
    found = _organisations(text)
    assert found.get("Congress of Deputies") == "ES"
    assert found.get("Vox") == "ES"
    assert found.get("Sumar") == "ES"
    assert "Congress" not in found  # the chamber's short form, not a second body


def test_a_national_statistics_agency_is_read_by_its_name() -> None:
    text = "Household credit growth slowed in Gaborone, Statistics Botswana figures showed on Tuesday."
    assert _organisations(text).get("Statistics Botswana") == "BW"


def test_a_us_states_house_is_its_lower_chamber_and_the_bare_house_is_the_same() -> None:
    text = (
        "House vote expected\n\nThe Kansas Senate passed the bill on Tuesday, sending it to the Kansas House. "
        'Senate leaders said they expected the House to take it up soon. "We are ready," one said.'
    )
    organisations = {o.name: o.aliases for o in run(text).organisations}
    assert "Kansas House" in organisations
    assert "House" in organisations["Kansas House"]
    assert "House" not in organisations


def test_a_town_inside_a_bodys_name_gives_no_country_unless_it_closes_the_name() -> None:
    text = "The Spanish Association of Holiday Rental Owners said the new rules in Valencia were unfair."
    assert _organisations(text).get("Spanish Association of Holiday Rental Owners") == "ES"


def test_a_towns_lower_case_council_owns_the_post_of_the_name_after_it() -> None:
    text = (
        "Patients in Lohja will travel to Espoo at night.\n\n"
        "Lohja city council chair Jane Roe said the city would appeal the decision."
    )
    extraction = run(text)
    assert "Lohja city council" in {o.name for o in extraction.organisations}
    person = next(p for p in extraction.people if p.name == "Jane Roe")
    assert [(a.organisation_key, a.role) for a in person.affiliations] == [("lohja city council", "chair")]


def test_a_seat_named_for_a_district_and_a_side_is_a_place_not_a_body() -> None:
    text = (
        "LILONGWE — Committee chairperson Jane Roe, legislator for Mzimba North, questioned officials from "
        "Lilongwe and Mzuzu."
    )
    extraction = run(text)
    assert "Mzimba North" not in {o.name for o in extraction.organisations}
    assert ("Mzimba North", "MW") in {(p.name, p.country_code) for p in extraction.places}


def test_a_legislature_opening_a_sentence_with_its_possessive_is_a_body() -> None:
    text = "LILONGWE — Parliament's Public Accounts Committee (PAC) on Wednesday questioned the managers."
    found = _organisations(text)
    assert found.get("Parliament") == "MW"
    assert "Public Accounts Committee" in found


def test_a_country_branded_short_form_in_brackets_is_the_bodys_acronym() -> None:
    text = (
        "According to the National Center for Epidemiology, Prevention and Disease Control (CDC-Peru), "
        "cases in Lima and Piura rose. An epidemiologist at CDC-Peru said more brigades were needed."
    )
    organisations = run(text).organisations
    assert [(o.name, o.acronym) for o in organisations] == [
        ("National Center for Epidemiology, Prevention and Disease Control", "CDC-Peru")
    ]


def test_a_finnish_wellbeing_services_county_is_a_body() -> None:
    text = (
        "The emergency unit in Lohja will close at night, Western Uusimaa Wellbeing Services County "
        "announced on Tuesday. Patients will go to Espoo."
    )
    assert "Western Uusimaa Wellbeing Services County" in _organisations(text)


def test_a_body_named_of_a_city_takes_the_country_the_story_gives_that_city() -> None:
    text = (
        "Police in Santiago de los Caballeros arrested two men on Monday. The Association of Pharmacy Owners "
        "of Santiago (APOS) said robberies in Santiago had doubled."
    )
    assert _organisations(text).get("Association of Pharmacy Owners of Santiago") == "DO"


def test_a_listed_bodys_own_name_is_no_short_form_of_a_longer_name_it_opens() -> None:
    text = (
        "KFF Health News is a national newsroom. It is one of the core operating programs at KFF, which "
        "also polls voters. Nvidia Corp. makes chips; Nvidia said sales rose."
    )
    organisations = {o.name: o.aliases for o in run(text).organisations}
    assert "KFF" in organisations
    assert "KFF Health News" in organisations
    assert "Nvidia" not in organisations  # a company without its legal form is still that company


def test_a_gulf_currency_mark_before_an_amount_is_no_body() -> None:
    text = (
        "KUWAIT CITY — Each worker paid between KD 900 and KD 1,500 for a visa, police said. In Amman, "
        "the port will charge JD 95 per container."
    )
    found = _organisations(text)
    assert "KD" not in found
    assert "JD" not in found


def test_the_name_a_trader_traded_as_is_a_company() -> None:
    text = (
        "The court heard that Jane Roe, who traded as RJT Home Improvements, took deposits from 12 "
        "homeowners. Tom Hale, trading as Tom Hale, was not charged."
    )
    found = _organisations(text)
    assert "RJT Home Improvements" in found
    assert "RJT" not in found
    assert "Tom Hale" not in found


def test_a_listed_outlet_whose_name_ends_in_a_possessive_keeps_it() -> None:
    text = "The developer stopped work in June. Crain's reported in March that the site had been sold for $1."
    organisations = run(text).organisations
    assert [o.name for o in organisations] == ["Crain's Chicago Business"]
    assert "Crain's" in organisations[0].aliases


def test_saudi_pro_league_clubs_are_read_by_name() -> None:
    text = (
        "DAMMAM — Al-Fateh beat Al-Khaleej 3-2 on Friday. Al-Fateh travel to face Al-Ettifaq next "
        "Thursday, while Al-Khaleej host Al-Riyadh at home."
    )
    found = _organisations(text)
    assert found.get("Al-Ettifaq") == "SA"
    assert found.get("Al-Riyadh") == "SA"
