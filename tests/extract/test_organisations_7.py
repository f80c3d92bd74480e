"""Set-7 organisation rules: a nationality before a ministry, bodies every country has, securities
that name no organisation, and legal forms such as GmbH."""

from app.extract import run


def _organisations(text: str) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    return {o.name: (o.country_code, o.aliases) for o in run(text).organisations}


def test_a_nationality_before_a_ministry_is_its_country() -> None:
    orgs = _organisations("In Rome, the Italian Foreign Ministry said the envoy had been recalled.")
    assert orgs["Foreign Ministry"] == ("IT", ("Italian Foreign Ministry",))


def test_a_nationality_before_another_organisation_stays_in_its_name() -> None:
    orgs = _organisations("The British Museum said the exhibition would reopen in May.")
    assert "British Museum" in orgs


def test_a_country_possessive_before_the_general_staff() -> None:
    orgs = _organisations("Colonel Ivan Horak, a spokesman for Poland's General Staff, disputed that claim.")
    assert orgs["General Staff"][0] == "PL"


def test_a_general_staff_in_lower_case_is_no_organisation() -> None:
    assert _organisations("A general staff meeting was held on Monday.") == {}


def test_stock_indices_and_government_debt_are_no_organisations() -> None:
    text = (
        "The FTSE 250, which tracks midsized companies, fell 1 per cent, and the S&P 500 rose. "
        "The 10-year Treasury yield held at 4 per cent."
    )
    assert _organisations(text) == {}


def test_the_treasury_itself_is_an_organisation() -> None:
    assert "Treasury" in _organisations("The Treasury said the figures would be published on Friday.")


def test_a_ticker_after_its_exchange_is_no_organisation() -> None:
    orgs = _organisations("Quillon Robotics Inc. (NYSE: QLRB) reported record revenue on Tuesday.")
    assert "QLRB" not in orgs and "Quillon Robotics Inc." in orgs


def test_an_acronym_in_brackets_without_an_exchange_is_still_an_organisation() -> None:
    orgs = _organisations("The Federation of Small Traders (FST) said rents had doubled.")
    assert "Federation of Small Traders" in orgs


def test_a_gmbh_is_also_named_without_its_legal_form() -> None:
    orgs = _organisations("Acme Fahrzeugtechnik GmbH said on Monday it would build a plant.")
    assert "Acme Fahrzeugtechnik" in orgs["Acme Fahrzeugtechnik GmbH"][1]


def test_an_acronym_joins_a_name_split_at_on_or_and() -> None:
    orgs = _organisations(
        "The Regional Authority on Water (RAW) met on Monday. Funds come from the "
        "Coastal Energy and Harbour Works Development Agency (CEDA)."
    )
    assert "Regional Authority on Water" in orgs
    assert "Coastal Energy and Harbour Works Development Agency" in orgs


def test_an_acronym_of_the_second_name_alone_joins_nothing() -> None:
    orgs = _organisations("Officials from Kenya and the Lakeside Revenue Authority (LRA) met on Friday.")
    assert "Lakeside Revenue Authority" in orgs


def test_a_name_whose_shares_moved_by_a_percentage_is_a_company() -> None:
    orgs = _organisations("In equities, Hollin Homes lost 3.8 per cent, while Quorvex slipped 1%.")
    assert "Hollin Homes" in orgs and "Quorvex" in orgs


def test_an_index_a_commodity_or_a_sentence_opener_moving_is_no_company() -> None:
    text = "Inflation rose 3% in May. Prices held, and Gold fell 1% while the Nikkei rose 2%."
    assert _organisations(text) == {}


def test_a_central_business_district_is_no_organisation() -> None:
    assert _organisations("Water entered shops in the city, including the CBD, on Friday.") == {}


def test_the_treasury_takes_the_country_of_the_articles_organisations() -> None:
    text = (
        "The Guardian reported that the Conservatives and the Liberal Democrats attacked the Treasury "
        "over the plan."
    )
    assert _organisations(text)["Treasury"][0] == "GB"


def test_the_treasury_keeps_no_country_when_nothing_gives_one() -> None:
    assert _organisations("Critics attacked the Treasury over the plan.")["Treasury"][0] is None


def test_a_union_local_is_named_with_its_number() -> None:
    orgs = _organisations(
        "Ana Ruiz, a shop steward with Transit Workers Union Local 412, said the cuts were wrong."
    )
    assert "Transit Workers Union Local 412" in orgs


def test_a_number_after_another_name_is_no_part_of_it() -> None:
    orgs = _organisations("The Transit Workers Union said 412 members walked out.")
    assert "Transit Workers Union" in orgs


def test_the_sides_of_a_match_between_two_teams_are_organisations() -> None:
    text = "He had been streaming a league match between Preston North Side and Ashby Wednesday for an hour."
    result = run(text)
    assert {o.name for o in result.organisations} == {"Preston North Side", "Ashby Wednesday"}
    assert not result.places


def test_the_players_of_a_match_between_two_people_are_no_organisations() -> None:
    assert _organisations("Fans watched the final between Roger Federer and Rafael Nadal on Sunday.") == {}


def test_a_role_before_of_is_no_part_of_an_organisations_name() -> None:
    orgs = _organisations(
        "The Chairman of the Lakeside Market Traders Association, Musa Bello, said 300 shops were lost."
    )
    assert "Lakeside Market Traders Association" in orgs


def test_an_organisation_opening_with_of_keeps_its_name() -> None:
    assert "Bank of England" in _organisations("The Bank of England said rates would stay on hold.")


def test_a_name_after_an_honorific_is_no_organisation() -> None:
    orgs = _organisations(
        "The head of the Lakeside Traders Association, Alhaji Tunde Kareem, said shops were lost."
    )
    assert set(orgs) == {"Lakeside Traders Association"}


def test_a_public_body_named_after_its_region_or_country_takes_its_country() -> None:
    orgs = _organisations(
        "The Nigeria Hydrological Services Agency and the Ogun State Police Command said so."
    )
    assert orgs["Nigeria Hydrological Services Agency"][0] == "NG"
    assert orgs["Ogun State Police Command"][0] == "NG"


def test_a_company_takes_a_country_its_name_gives_but_not_a_city() -> None:
    # A company's country is where it is from: a country in its name says so, a city (which many
    # countries share, and which companies name themselves after far from it) does not.
    assert (
        _organisations("Shares in Kenya Fresh Foods Limited rose on Monday.")["Kenya Fresh Foods Limited"][0]
        == "KE"
    )
    assert (
        _organisations("Shares in Richmond Fresh Foods Limited rose on Monday.").get(
            "Richmond Fresh Foods Limited", (None,)
        )[0]
        is None
    )


def test_a_town_after_in_is_no_short_form_of_an_organisation_named_after_it() -> None:
    text = "The Ashby-Ota Traders Association met on Monday. Shops in Abeokuta and Ashby-Ota were shut."
    result = run(text)
    assert [o.name for o in result.organisations] == ["Ashby-Ota Traders Association"]


def test_a_press_releases_source_line_names_the_issuer_and_the_wire_is_known() -> None:
    text = (
        "OSAKA, Japan, May 12, 2025 /PRNewswire/ -- Kestrel Mobility Co., Ltd. today announced a deal."
        "\n\nSOURCE Kestrel Mobility Co., Ltd."
    )
    names = {o.name for o in run(text).organisations}
    # The legal form after the comma ("Co., Ltd.") is part of the issuer's name.
    assert names == {"PR Newswire", "Kestrel Mobility Co., Ltd."}


def test_a_source_group_inside_a_sentence_keeps_its_name() -> None:
    assert "SOURCE Group" in _organisations("Shares in the SOURCE Group rose on Monday.")


def test_a_role_of_a_department_after_a_name_is_no_organisation() -> None:
    assert _organisations("Media contact: Jane Roe, Head of Communications, said so.") == {}


def test_a_role_of_an_organisation_before_a_name_still_names_it() -> None:
    assert "Bank of England" in _organisations("The Governor of the Bank of England, Jane Roe, said so.")


def test_an_acronym_written_before_the_full_name_is_that_organisation() -> None:
    text = (
        "Kestrel Mobility Co. (OSE: 7489) announced a deal. The company is listed on the Osaka Securities "
        "Exchange and employs 900 people."
    )
    orgs = {o.name: o.acronym for o in run(text).organisations}
    assert orgs.get("Osaka Securities Exchange") == "OSE" and "OSE" not in orgs


def test_an_acronym_of_no_other_name_stays_alone() -> None:
    orgs = {o.name for o in run("Officials at the KZX said trading was normal on Monday.").organisations}
    assert "KZX" in orgs


def test_a_bodys_other_name_in_brackets_is_the_same_body() -> None:
    text = "The deal needs clearance by Austria's Federal Competition Authority (Bundeswettbewerbsbehorde)."
    orgs = [o for o in run(text).organisations if "Competition" in o.name]
    assert len(orgs) == 1 and orgs[0].country_code == "AT"


def test_a_bare_chamber_after_its_full_name_is_the_same_chamber() -> None:
    text = (
        "Democrats want more money, but the Republican-controlled State Senate refused. "
        "The Senate majority leader said no."
    )
    orgs = _organisations(text)
    assert "Senate" not in orgs and "Senate" in orgs["State Senate"][1]


def test_a_bare_chamber_alone_is_its_own_organisation() -> None:
    assert "Senate" in _organisations("The Senate voted on Monday to pass the bill.")
