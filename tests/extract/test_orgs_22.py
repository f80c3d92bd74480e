"""Organisations, twenty-second round: countries of unlisted bodies, names with comma lists, and more."""

from app.extract import run


def _organisations(text: str) -> dict[str, str | None]:
    return {organisation.name: organisation.country_code for organisation in run(text).organisations}


def test_an_unlisted_company_is_the_storys_countrys() -> None:
    text = (
        "NORWICH, England — Farmers near Norwich said Brackley Dairy Consulting had cut its milk price. "
        "Dairies in Norwich and Ipswich agreed."
    )
    assert _organisations(text).get("Brackley Dairy Consulting") == "GB"


def test_an_unlisted_body_named_after_a_foreign_place_is_no_story_countrys() -> None:
    text = (
        "NORWICH, England — The Colombo Stock Exchange said trading rose. Brokers in Norwich and Ipswich "
        "were surprised."
    )
    assert _organisations(text).get("Colombo Stock Exchange") != "GB"


def test_a_body_of_many_countries_is_no_countrys() -> None:
    text = (
        "NORWICH, England — The Global Dairy Forum said prices would rise. Farmers in Norwich and Ipswich "
        "were worried."
    )
    assert _organisations(text).get("Global Dairy Forum") is None


def test_a_based_place_opening_an_undated_story_is_no_home() -> None:
    text = "Paris-based analysts at Velox Research said the euro would fall."
    assert _organisations(text).get("Velox Research") is None


def test_a_ministrys_list_of_fields_may_open_an_item_with_a_company_word() -> None:
    text = (
        "KATHMANDU, Nepal — The Ministry of Energy, Water Resources and Irrigation said the plant would open."
    )
    assert "Ministry of Energy, Water Resources and Irrigation" in _organisations(text)


def test_a_company_word_closing_an_item_after_a_ministry_is_a_company() -> None:
    text = "Officials from the Ministry of Finance, Kestrel Water and Harbour Resources met on Monday."
    assert "Ministry of Finance" in _organisations(text)


def test_a_departments_last_field_may_take_the() -> None:
    text = "DUBLIN, Ireland — The Department of Agriculture, Food and the Marine said the scheme would open."
    assert "Department of Agriculture, Food and the Marine" in _organisations(text)


def test_a_body_after_and_the_closes_no_departments_list() -> None:
    text = (
        "DUBLIN, Ireland — The Department of Agriculture, Food and the Treasury said the scheme would open."
    )
    assert "Department of Agriculture, Food and the Treasury" not in _organisations(text)


def test_words_of_a_heading_in_capitals_are_no_bodies() -> None:
    text = (
        "PRESS RELEASE\n\nLEVEL 2 WATER RESTRICTIONS FOR THE SOUTHERN SUPPLY AREA\n\n"
        "The Ministry of Water Affairs said restrictions would start on Monday.\n\nISSUED BY:\nJane Roe"
    )
    names = _organisations(text)
    assert not {"LEVEL", "WATER", "SUPPLY AREA", "ISSUED"} & names.keys()
    assert "Ministry of Water Affairs" in names


def test_an_acronym_in_a_capitals_heading_the_story_writes_again_stays() -> None:
    text = (
        "ZWU CALLS NATIONAL STRIKE OVER PAY\n\n"
        "The Zenda Workers Union (ZWU) said on Monday its members would strike. The ZWU wants 10 percent."
    )
    assert any(o.acronym == "ZWU" or o.name == "ZWU" for o in run(text).organisations)


def test_a_capitals_lead_in_word_is_no_body() -> None:
    text = "KESTREL ARE BACK in a final after a late point settled the match at Ardmore Park."
    assert "BACK" not in _organisations(text)


def test_a_capitals_byline_with_an_address_is_no_body() -> None:
    text = "Court jails former chairman\n\nBY PARK EUN-JI [park.eunji@example.com]\n\nA court on Thursday jailed him."
    assert "PARK" not in _organisations(text)


def test_well_known_british_bodies_and_party_groups_are_listed() -> None:
    text = (
        "A Defra spokesperson said the rules were fair. Figures from Public Health Scotland showed a fall. "
        "Scottish Conservative health spokesman Alasdair Roe said the figures were grim."
    )
    names = _organisations(text)
    assert {"Department for Environment, Food and Rural Affairs", "Public Health Scotland"} <= names.keys()
    assert names.get("Scottish Conservatives") == "GB"


def test_a_party_groups_adjective_in_lower_case_is_no_party() -> None:
    text = "Scottish conservative voters said the figures were grim, Alasdair Roe said."
    assert "Scottish Conservatives" not in _organisations(text)


def test_a_shipyard_or_builder_is_a_company() -> None:
    text = "The bulkers will be built at Tidewater Shipbuilding, said Jane Roe of Harbourline Developers."
    assert {"Tidewater Shipbuilding", "Harbourline Developers"} <= _organisations(text).keys()


def test_a_lone_trade_word_is_no_company() -> None:
    text = "Shipyard workers and Developers said the rules were fair, Jane Roe said."
    assert not {"Shipyard", "Developers"} & _organisations(text).keys()


def _keys(text: str) -> dict[str, tuple[str, ...]]:
    return {organisation.name: organisation.aliases for organisation in run(text).organisations}


def test_a_national_bodys_head_after_its_full_name_is_that_body() -> None:
    text = (
        "NAIROBI, Kenya — The Competition Authority of Kenya said prices rose. "
        "Later the Competition Authority said no."
    )
    assert _keys(text) == {"Competition Authority of Kenya": ("Competition Authority",)}


def test_a_national_bodys_head_before_its_full_name_is_that_body() -> None:
    text = (
        "NAIROBI, Kenya — The Competition Authority said prices rose. "
        "Later the Competition Authority of Kenya said no."
    )
    assert _keys(text) == {"Competition Authority of Kenya": ("Competition Authority",)}


def test_another_countrys_body_of_the_same_head_stays_apart() -> None:
    text = (
        "NAIROBI, Kenya — The Ministry of Health of Kenya said prices rose. "
        "Uganda's Ministry of Health said no."
    )
    assert len(_keys(text)) == 2


def test_a_ministrys_closing_field_may_own_what_follows() -> None:
    text = (
        "KAMPALA, Uganda — He was attached to the Ministry of Lands, Housing and Urban Development's zonal "
        "office in Mukono."
    )
    assert "Ministry of Lands, Housing and Urban Development" in _organisations(text)


def test_a_persons_possessive_closes_no_ministrys_list() -> None:
    text = "KAMPALA, Uganda — The Ministry of Finance, Planning and Grace Nakato's office said no."
    assert "Ministry of Finance, Planning and Grace Nakato" not in _organisations(text)


def test_a_stadium_named_after_a_bank_is_a_ground_in_a_match_report() -> None:
    text = (
        "SUVA, Fiji — The Drua earned a 29-26 win over the Brumbies to keep their playoff hopes alive this "
        "season. They host the Chiefs at HFC Bank Stadium next week."
    )
    assert "HFC Bank Stadium" not in _organisations(text)


def test_a_medical_centre_is_no_ground_in_a_match_report() -> None:
    text = (
        "SUVA, Fiji — The Drua earned a 29-26 win over the Brumbies to keep their playoff hopes alive this "
        "season. The wing was treated at Suva Medical Center."
    )
    assert "Suva Medical Center" in _organisations(text)


def test_a_group_post_before_of_is_no_part_of_the_body() -> None:
    text = "Dr Lau Mei Xin, Group Director of the Environmental Health Institute, said the data was clear."
    assert "Environmental Health Institute" in _organisations(text)


def test_the_group_of_twenty_keeps_its_name() -> None:
    text = "The Group of Twenty said the data was clear, Jane Roe said."
    assert "Group of Twenty" in _organisations(text)


def test_a_colleges_closing_field_may_be_a_company_word() -> None:
    text = "The team at the NUS College of Design and Engineering said the data was clear."
    assert "NUS College of Design and Engineering" in _organisations(text)


def test_a_company_named_after_a_place_closes_no_colleges_fields() -> None:
    text = "Officials of the College of Design and Energy Australia met on Monday."
    assert {"College of Design", "Energy Australia"} <= _organisations(text).keys()


def test_a_country_code_after_a_members_group_is_no_body() -> None:
    text = "Rapporteur Katarzyna Nowak-Holm (EPP, PL) said the rules were fair. Jan Roe (S&D, DE) agreed."
    names = _organisations(text)
    assert "EPP" in names and not {"PL", "DE"} & names.keys()


def test_a_bracketed_acronym_after_another_is_kept() -> None:
    text = "Talks between the unions (GMB, RMT) went on, Jane Roe said."
    assert {"GMB", "RMT"} <= _organisations(text).keys()
