"""Set-14 organisation rules (round 17): countries of bodies named after shared regions, …"""

from app.extract import run


def _countries(text: str) -> dict[str, str | None]:
    return {o.name: o.country_code for o in run(text).organisations}


def test_a_region_two_countries_share_is_the_story_countrys_in_a_body_name() -> None:
    found = _countries(
        "LAHORE — The Punjab Provincial Irrigation Authority said on Monday that canals near Multan "
        "and Sialkot would close, while officials in India and Pakistan traded statements."
    )
    assert found.get("Punjab Provincial Irrigation Authority") == "PK"
    found = _countries(
        "CHANDIGARH — The Punjab Provincial Irrigation Authority said on Monday that canals near Ludhiana "
        "and Amritsar would close, while officials in India and Pakistan traded statements."
    )
    assert found.get("Punjab Provincial Irrigation Authority") == "IN"


def test_a_region_of_one_country_still_gives_its_country() -> None:
    found = _countries("The Ogun State Police Command said two suspects were held in Abeokuta.")
    assert found.get("Ogun State Police Command") == "NG"


def test_a_company_named_after_a_town_of_the_storys_country_is_that_countrys() -> None:
    found = _countries(
        "DUBAI — Sharjah Solar Works Company signed a supply deal with Uzbekistan's energy ministry on "
        "Tuesday, officials in Dubai and Sharjah said."
    )
    assert found.get("Sharjah Solar Works Company") == "AE"


def test_a_company_named_after_a_foreign_town_keeps_no_country_by_it() -> None:
    found = _countries(
        "NAIROBI — Sharjah Solar Works Company signed a supply deal with Kenya Power on Tuesday, "
        "officials in Nairobi and Mombasa said."
    )
    assert found.get("Sharjah Solar Works Company") is None


def _names(text: str) -> set[str]:
    return {o.name for o in run(text).organisations}


_MATCH = (
    "The Harbor City Hawks beat the Lakeside Comets 104-99 at {venue} on Friday night. Dario Penn scored "
    "31 points and grabbed 12 rebounds for the Hawks, who have won five straight this season."
)


def test_a_ground_after_at_in_a_match_report_is_no_body() -> None:
    for venue in ("Keller Center", "the Brightline Arena", "QBX Stadium"):
        found = _names(_MATCH.format(venue=venue))
        assert venue.removeprefix("the ") not in found, venue


def test_a_hospital_after_at_in_a_match_report_is_still_a_body() -> None:
    found = _names(_MATCH.format(venue="Keller Center") + " Penn was treated at Dunmore Medical Center.")
    assert "Dunmore Medical Center" in found


def test_a_center_after_at_outside_sport_is_still_a_body() -> None:
    found = _names(
        "Jane Roe, a researcher at Keller Center, said the survey of 2,000 voters was the largest yet."
    )
    assert "Keller Center" in found


def test_an_acronyms_possessive_owns_the_unit_after_it() -> None:
    found = _names(
        "The trial was run by Professor Jane Roe of ZNIT's Department of Ocean Systems Engineering, "
        "the institute said."
    )
    assert {"ZNIT", "Department of Ocean Systems Engineering"} <= found


def test_a_possessive_inside_a_company_name_stays_whole() -> None:
    found = _names("Jane Roe, who runs Dalton's Brewing Company, said sales rose.")
    assert "Dalton's Brewing Company" in found


def test_a_unit_after_its_owners_possessive_and_acronym_takes_the_owners_country() -> None:
    found = _countries(
        "SEOUL — The patch was built by Professor Kim Min-jun of Pohang National Institute of Science and "
        "Technology's (PNIST) School of Materials Engineering, the institute said on Monday in Seoul."
    )
    assert found.get("School of Materials Engineering") == "KR"


def test_a_statutory_office_before_a_place_or_in_the_possessive_is_a_body() -> None:
    found = _names("According to the Controller of Budget, Nakuru spent Sh4.1 billion on wages last year.")
    assert "Controller of Budget" in found
    found = _names("Payments may stall, the Controller of Budget's office warned in a circular on Monday.")
    assert "Controller of Budget" in found


def test_a_statutory_office_before_its_holders_name_is_a_post() -> None:
    found = run("The Controller of Budget, Wanjiru Kamau, said counties had overspent.")
    assert "Controller of Budget" not in {o.name for o in found.organisations}
    assert any(p.name == "Wanjiru Kamau" for p in found.people)


def test_a_units_initials_after_a_known_makers_name_are_no_body_of_their_own() -> None:
    found = run(
        "Rivals are moving too. Samsung said sales fell in March. Samsung QXD said last month that it was "
        "considering a new battery line at its plant in Cheonan."
    )
    names = {o.name for o in found.organisations}
    assert "Samsung QXD" in names
    assert "QXD" not in names


def test_initials_beside_a_makers_name_but_not_in_it_stay_a_body() -> None:
    found = _names(
        "Rivals are moving too. Samsung said sales fell in March. Samsung and QXD said last month that "
        "they were considering a new battery line at a plant in Cheonan."
    )
    assert {"Samsung", "QXD"} <= found


def test_a_factions_word_in_brackets_after_a_union_is_part_of_its_name() -> None:
    found = _countries(
        "The Bharatiya Mazdoor Sangh Union (Dhaliwal), one of the larger workers' groups, said the "
        "cuts would hurt mill hands."
    )
    assert found.get("Bharatiya Mazdoor Sangh Union (Dhaliwal)") == "IN"


def test_an_acronym_written_as_a_word_or_a_place_in_brackets_is_no_faction() -> None:
    found = run(
        "The Zambezi National Union of Nurses (Znun) said talks had failed. Znun will strike on Monday."
    )
    union = next(o for o in found.organisations if o.name.startswith("Zambezi"))
    assert union.name == "Zambezi National Union of Nurses"
    assert union.acronym == "Znun"
    found = run("The Transport Workers Union (Mombasa) said the strike would go ahead.")
    assert "Transport Workers Union (Mombasa)" not in {o.name for o in found.organisations}


def test_initials_after_an_amount_are_a_unit() -> None:
    found = _names(
        "Turbidity at the intake reached 9,500 FTU on Monday, against about 40 FTU in a normal week, "
        "Harlow Water said."
    )
    assert "FTU" not in found
    assert "Harlow Water" in found


def test_initials_after_a_year_or_outside_an_amount_stay_a_body() -> None:
    found = _names("Copyright 2025 KZTV. All rights reserved.")
    assert "KZTV" in found
    found = _names("The QRBA said on Monday that 12 members had resigned.")
    assert "QRBA" in found


def test_the_bench_a_lawyer_tells_is_no_outlet() -> None:
    found = _names(
        "A Division Bench of the Zenland High Court heard the petition on Monday. "
        '"The rules were never enforced," counsel Jane Roe told the Bench.'
    )
    assert "Bench" not in found


def test_a_paper_a_source_tells_is_still_an_outlet() -> None:
    found = _names('"The rules were never enforced," Jane Roe told the Harbour Bulletin on Monday.')
    assert "Harbour Bulletin" in found


def test_a_home_short_form_before_the_storys_places_is_read_once_they_are_known() -> None:
    found = _countries(
        "The opposition said the figures showed Labor had lost control of the budget. The line runs "
        "between Parramatta and Penrith, and commuters in Sydney and Newcastle face delays, NSW officials said."
    )
    assert found.get("Australian Labor Party") == "AU"


def test_a_home_short_form_in_another_countrys_story_is_no_body() -> None:
    found = _names(
        "The opposition said the figures showed Labor had lost control of the budget. The line runs "
        "between Leeds and Bradford, and commuters in Manchester and York face delays, officials said."
    )
    assert not any("Labor" in name for name in found)


_AU_STORY = (
    "The Coalition said the figures showed the government had lost control of the budget. Jane Roe, the "
    "Liberal member for Ryde, said the line between Parramatta and Penrith was late, and commuters in "
    "Sydney and Newcastle faced delays, NSW officials said."
)


def test_australias_coalition_and_liberals_by_their_short_forms_in_an_australian_story() -> None:
    found = _countries(_AU_STORY)
    assert found.get("Liberal–National Coalition") == "AU"
    assert found.get("Liberal Party of Australia") == "AU"


def test_coalition_and_liberal_in_another_countrys_story_are_not_australias() -> None:
    found = _names(
        _AU_STORY.replace("Parramatta and Penrith", "Leeds and Bradford")
        .replace("Sydney and Newcastle faced delays, NSW", "Manchester and York faced delays, local")
        .replace("Ryde", "Leeds North")
    )
    assert "Liberal–National Coalition" not in found
    assert "Liberal Party of Australia" not in found
