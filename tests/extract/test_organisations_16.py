"""Set-14 organisation rules: the countries a company's legal form or a "-based" appositive gives."""

from app.extract import run


def _countries(text: str) -> dict[str, str | None]:
    return {o.name: o.country_code for o in run(text).organisations}


def test_a_legal_form_of_one_country_gives_its_country() -> None:
    found = _countries("Kelvara said it would buy Norrsund Radio Systems Oy for $40 million in cash.")
    assert found.get("Norrsund Radio Systems Oy") == "FI"


def test_a_shared_legal_form_is_the_story_countrys_among_those_that_use_it() -> None:
    found = _countries(
        "VIENNA — Talbrunn Maschinen GmbH will cut 200 jobs, the firm said on Monday in Vienna, Austria."
    )
    assert found.get("Talbrunn Maschinen GmbH") == "AT"
    found = _countries("PERTH — Brackley Homes Pty Ltd was fined $300,000 on Friday.")
    assert found.get("Brackley Homes Pty Ltd") == "AU"


def test_a_form_many_countries_use_gives_no_country() -> None:
    found = _countries("Brackley Homes Ltd said the fine would be appealed, the company said.")
    assert found.get("Brackley Homes Ltd") is None


def test_a_based_appositive_gives_the_country_of_its_place() -> None:
    found = _countries(
        "That drew criticism from Harlow Creek Capital, a Tokyo-based fund that owns 5 percent."
    )
    assert found.get("Harlow Creek Capital") == "JP"


def test_a_based_appositive_of_no_known_place_gives_none() -> None:
    found = _countries(
        "That drew criticism from Harlow Creek Capital, a Zorblax-based fund that owns 5 percent."
    )
    assert found.get("Harlow Creek Capital") is None


def _names(text: str) -> set[str]:
    return {o.name for o in run(text).organisations}


def test_stock_indices_are_no_bodies() -> None:
    found = _names(
        "The ZQX Asia Pacific Index slid 1.4%. Japan's Topix dropped 2.1%, Hong Kong's Hang Seng rose 0.3% "
        "and Australia's S&P/ASX 200 fell 0.6%, said Jane Roe, an analyst at Harlow Creek Capital."
    )
    assert not found & {"ZQX", "Topix", "Hang Seng", "S&P", "ZQX Asia Pacific Index"}
    assert "Harlow Creek Capital" in found


def test_an_index_providers_name_elsewhere_is_still_the_body() -> None:
    found = _names("ZQX said on Monday it would add the shares to its benchmarks, a ZQX spokesperson said.")
    assert "ZQX" in found
    assert "Hang Seng Bank" in _names("Hang Seng Bank said its profit rose 3%, the lender said.")


def test_a_listed_companys_full_legal_name_keeps_its_country() -> None:
    found = _countries("Toyota Motor Corp. and Goldman Sachs shares fell on Monday, traders said.")
    assert found.get("Toyota Motor Corp.") == "JP"
    assert found.get("Goldman Sachs") == "US"


def test_a_name_that_only_opens_with_a_listed_company_is_not_its() -> None:
    found = _countries("Toyota Harbour Partners said it would open an office, the firm said.")
    assert found.get("Toyota Harbour Partners") is None


def test_a_listed_teams_short_form_in_another_countrys_match_report_is_that_countrys() -> None:
    text = (
        "AUCKLAND, New Zealand — The Hurricanes beat the Zorbas 27-25 in a rugby semifinal in Wellington on "
        "Saturday after a late try and a penalty in the second half of the match."
    )
    found = _countries(text)
    assert found.get("Hurricanes") == "NZ"


def test_a_listed_teams_short_form_at_home_keeps_its_country() -> None:
    text = (
        "RALEIGH, N.C. — The Hurricanes beat the Zorbas 4-2 in the ice hockey game in Raleigh on Saturday "
        "after two goals in the third period of the game."
    )
    assert _countries(text).get("Carolina Hurricanes") == "US"


def test_a_nationality_before_a_ministry_of_its_fields_is_its_country_not_its_name() -> None:
    found = _countries("The deal needs review by the Finnish Ministry of Trade and Shipping, Kelvara said.")
    assert found.get("Ministry of Trade and Shipping") == "FI"


def test_a_nationality_before_another_body_stays_in_its_name() -> None:
    found = _names("Jane Roe, a curator at the British Museum of Maps, said the loan was agreed.")
    assert "British Museum of Maps" in found


def test_a_post_and_its_holder_after_a_body_named_with_of_are_no_part_of_it() -> None:
    result = run("Liberal Party of Zenland Leader Jane Roe said the cut did not go far enough.")
    assert {o.name for o in result.organisations} == {"Liberal Party of Zenland"}
    assert [p.name for p in result.people] == ["Jane Roe"]


def test_a_post_inside_a_bodys_name_stays_in_it() -> None:
    found = _names("The Office of the Director of Public Prosecutions said the case would go ahead.")
    assert "Office of the Director of Public Prosecutions" in found


def test_a_body_of_two_places_is_named_after_both() -> None:
    found = _names(
        "The Kenya and Uganda High Court on Monday ordered a review, and the Wildlife Trust of North and West Wales agreed."
    )
    assert "Kenya and Uganda High Court" in found
    assert "Wildlife Trust of North and West Wales" in found


def test_two_places_then_a_body_are_not_one_body_without_the_article() -> None:
    found = _names("Exports from Kenya and Uganda Breweries rose 4%, Uganda Breweries said on Monday.")
    assert "Kenya and Uganda Breweries" not in found


def test_a_leaning_before_a_one_word_party_is_no_part_of_its_name() -> None:
    found = _names(
        "Insaf took 112 seats, the commission said, with the Islamist Zorvan party second on 19 seats."
    )
    assert "Zorvan" in found
    assert "Islamist Zorvan" not in found


def test_a_leaning_inside_a_longer_name_stays() -> None:
    found = _names(
        "Insaf took 112 seats, the commission said, with the Islamist Renewal Party second on 19 seats."
    )
    assert "Islamist Renewal Party" in found


def test_a_nationality_two_countries_share_is_the_story_countrys() -> None:
    text = (
        "SEOUL — The sensor was tested in Seoul and Busan, South Korea, and the Korean Society of Hepatology "
        "said on Monday it would review the results."
    )
    assert _countries(text).get("Korean Society of Hepatology") == "KR"


def test_a_shared_nationality_in_a_story_from_elsewhere_gives_no_country() -> None:
    text = "PARIS — The sensor was tested in Paris and Lyon, France, and the Korean Society of Hepatology said it would review it."
    assert _countries(text).get("Korean Society of Hepatology") not in ("KR", "KP")


def test_a_grade_before_bond_rating_is_no_body() -> None:
    found = _names("Jane Roe said the state could borrow while keeping its AAA bond rating, the office said.")
    assert "AAA" not in found


def test_the_motoring_body_by_its_letters_is_still_a_body() -> None:
    assert "AAA" in _names("The AAA said on Monday that petrol prices rose, according to the AAA survey.")


def test_a_speakers_company_in_a_town_is_the_towns_countrys() -> None:
    text = '"It will fall," said Jane Roe, chief equity strategist at Harlow Creek Securities Co. in Tokyo.'
    assert _countries(text).get("Harlow Creek Securities Co.") == "JP"


def test_a_company_that_merely_acts_in_a_town_keeps_no_country() -> None:
    text = "Harlow Creek Securities Co. opened an office in Tokyo on Monday, Jane Roe said."
    assert _countries(text).get("Harlow Creek Securities Co.") is None
