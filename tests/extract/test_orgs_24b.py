"""Organisations, twenty-fourth round (second wave): legal forms closing a company's name, a ticker and a
market index, and a nationality in a company's description."""

from app.extract import run


def _countries(text: str) -> dict[str, str | None]:
    return {organisation.name: organisation.country_code for organisation in run(text).organisations}


def _organisations(text: str) -> set[str]:
    return {organisation.name for organisation in run(text).organisations}


def test_plc_and_jsc_close_a_company_name() -> None:
    text = (
        "Dar es Salaam. Other gainers included Zenda Valley Breweries Plc, which rose 4.2 percent, and "
        "Kopa Hills Cement Plc, up 2.7 percent. Lindi Tea Estates Plc was the biggest loser.\n\n"
        "Mekong Fillet JSC plans to raise VND900 billion by selling new shares."
    )
    found = _organisations(text)
    assert {"Kopa Hills Cement Plc", "Lindi Tea Estates Plc", "Mekong Fillet JSC"} <= found
    assert "JSC" not in found


def test_a_bank_plc_is_the_bank_its_short_form_names() -> None:
    text = (
        "Dar es Salaam. Shares of Zuri Bank Plc closed at a record on Monday.\n\n"
        "Zuri Bank said its profit rose. The bank's chief finance officer, Mr Baraka Juma Mwita, said loans grew."
    )
    organisations = run(text).organisations
    assert [o.name for o in organisations if o.name.startswith("Zuri")] == ["Zuri Bank Plc"]
    officer = next(p for p in run(text).people if p.name == "Baraka Juma Mwita")
    assert [a.organisation_key for a in officer.affiliations] == ["zuri bank plc"]


def test_a_listed_pair_before_a_legal_form_is_two_companies() -> None:
    text = "Citigroup Inc., Zenbank Holdings Plc, Mandara Sekuritas and Kestrel Chartered Plc are arranging the sale."
    found = _organisations(text)
    assert {"Mandara Sekuritas", "Kestrel Chartered Plc"} <= found


def test_a_ticker_and_a_market_index_are_no_bodies() -> None:
    text = (
        "HANOI — Mekong Fillet JSC (HoSE: MFX) will offer 45 million shares, it said on Monday.\n\n"
        "MFX shares rose 6.9% on Monday. The benchmark VN-Index gained 0.8%."
    )
    found = _organisations(text)
    assert "MFX" not in found
    assert "VN-Index" not in found


def test_a_nationality_in_a_description_gives_the_company_country() -> None:
    text = (
        "HANOI — Mekong Fillet JSC said it had signed a memorandum of understanding with Saudi importer "
        "Al Waha Foods to supply fillets from Can Tho."
    )
    assert _countries(text).get("Al Waha Foods") == "SA"


def test_a_journal_named_after_the_journal_is_whole() -> None:
    text = (
        "The study, published this week in the journal Zenland Pregnancy and Childbirth, is one of the "
        "largest of its kind, the researchers said."
    )
    found = _organisations(text)
    assert "Zenland Pregnancy and Childbirth" in found
    assert "Childbirth" not in found


def test_a_plural_possessive_inside_a_body_name() -> None:
    text = (
        "Leela Mathew, convener of the Kottar Bank Depositors’ Action Council, said around 1,400 "
        "depositors were waiting for their money."
    )
    found = _organisations(text)
    assert "Kottar Bank Depositors’ Action Council" in found
    assert "Action Council" not in found


def test_an_outlet_spoken_to_over_the_phone() -> None:
    text = "Speaking to The Zenland Ledger over the phone, he said every loan had been approved by the board."
    assert "The Zenland Ledger" in _organisations(text)


def test_a_broadcasters_regional_service_told_before_a_pronoun() -> None:
    text = (
        "A woman who lives on one of the streets, and who asked not to be named, told BBC News NI she had "
        "voted for the sign."
    )
    found = _organisations(text)
    assert "BBC News NI" in found
    assert "NI" not in found


def test_a_field_ministry_is_the_ministry_of_that_field() -> None:
    text = (
        "KATHMANDU — The board blames slow release of funds by the Finance Ministry.\n\n"
        "Its director said the board was waiting for the Ministry of Finance to release funds."
    )
    found = _organisations(text)
    assert "Ministry of Finance" in found
    assert "Finance Ministry" not in found


def test_a_union_local_and_its_president() -> None:
    text = (
        "Dana Whitlock, president of Keewatin Workers Local 4410, which represents workers at the plant, "
        "said the union learned of the cuts from the news release."
    )
    assert "Keewatin Workers Local 4410" in _organisations(text)
    whitlock = next(p for p in run(text).people if p.name == "Dana Whitlock")
    assert [a.organisation_key for a in whitlock.affiliations] == ["keewatin workers local 4410"]


def test_a_spanish_body_joined_by_por() -> None:
    text = "BUENOS AIRES — The Frente por la Esperanza caucus voted in favour of the bill on Thursday."
    assert _countries(text).get("Frente por la Esperanza") == "AR"


def test_a_tax_and_its_bracketed_initials_are_no_bodies() -> None:
    text = (
        "The bill would raise the provinces' share of the Impuesto a los Combustibles Líquidos (ITC, "
        "Liquid Fuels Tax) from 10.4 percent to 25 percent."
    )
    found = _organisations(text)
    assert "ITC" not in found
    assert "Liquid Fuels Tax" not in found


def test_a_city_in_a_description_gives_the_company_country() -> None:
    text = (
        "Paula Roe, chief economist at the Buenos Aires consultancy Pampa Analytics, estimated that the "
        "reform would cut the surplus."
    )
    assert _countries(text).get("Pampa Analytics") == "AR"


def test_a_headline_names_the_state_chamber_the_body_calls_the_senate() -> None:
    text = (
        "Georgia Senate votes to pause tax break\n\n"
        "ATLANTA (AP) — The Senate passed the measure 41-13 on Tuesday. The bill now goes to the state House."
    )
    found = _organisations(text)
    assert "Georgia Senate" in found
    assert "Senate" not in found


def test_one_of_the_companies_then_its_name() -> None:
    text = (
        "One of those companies, Kestrel Compute, which is building a campus near Macon, said it remained "
        "committed to the state."
    )
    assert "Kestrel Compute" in _organisations(text)


def test_a_conference_of_members_is_a_body() -> None:
    text = (
        "Lawmakers in Ohio have weighed similar limits, according to the National Conference of State "
        "Legislatures. The Conference of Heads of Government will meet in July."
    )
    found = _organisations(text)
    assert "National Conference of State Legislatures" in found
    assert "Conference of Heads of Government" in found


def test_a_portfolio_after_a_capitalised_member_post_and_its_initials() -> None:
    text = (
        "Members of the Zenda County Assembly on Tuesday voted to impeach the County Executive Committee "
        "Member for Finance and Economic Planning, Ms Wanjiru Achieng Roe, over pending bills.\n\n"
        "The committee said it had given the CEC every opportunity to explain the payments."
    )
    found = _organisations(text)
    assert "Finance and Economic Planning" not in found
    assert "CEC" not in found
    roe = next(p for p in run(text).people if p.name == "Wanjiru Achieng Roe")
    assert roe.titles == ("County Executive Committee Member for Finance and Economic Planning",)


def test_a_chambers_possessive_committee_is_two_bodies() -> None:
    text = (
        "CAIRO — Salma Roe, an MP who sits on the House of Representatives' Planning Affairs Committee, said "
        "the government should act.\n\nShe said she had written to the speaker of the House."
    )
    organisations = run(text).organisations
    names = {o.name for o in organisations}
    assert {"House of Representatives", "Planning Affairs Committee"} <= names
    assert "House" not in names


def test_a_translated_name_keeps_its_own_language_initials() -> None:
    text = (
        "MEXICO CITY — Homicides rose, according to the Executive Secretariat of the National Public Security "
        "System (SESNSP). The SESNSP publishes the figures monthly."
    )
    organisations = run(text).organisations
    assert [o.acronym for o in organisations if o.name.startswith("Executive Secretariat")] == ["SESNSP"]
    assert "SESNSP" not in {o.name for o in organisations}


def test_a_provincial_police_commander_is_a_post() -> None:
    text = (
        "Zenda Provincial Police Commander Chief Superintendent Kila Tonde Roe said 11 people were arrested "
        "outside the stadium."
    )
    assert "Zenda Provincial Police" not in _organisations(text)
    roe = next(p for p in run(text).people if p.name == "Kila Tonde Roe")
    assert roe.titles == ("Provincial Police Commander",)


def test_a_registered_company_with_a_global_brand_is_the_story_country() -> None:
    text = (
        "ABUJA — The money was moved through Lagos to three firms, including Danjuma Global Exchange "
        "Limited, a court in Abuja, Nigeria heard."
    )
    assert _countries(text).get("Danjuma Global Exchange Limited") == "NG"


def test_a_ministry_name_with_a_list_of_fields_spelled_by_its_acronym() -> None:
    text = (
        "LONDON — The rules take effect in April, the Ministry of Farming, Rivers and Coastal Government (MFRCG) "
        "announced on Monday. The MFRCG said councils would be consulted."
    )
    organisations = run(text).organisations
    assert [o.name for o in organisations] == ["Ministry of Farming, Rivers and Coastal Government"]
    assert organisations[0].acronym == "MFRCG"


def test_the_irish_rugby_union_is_irish_in_a_welsh_report() -> None:
    text = "CARDIFF — The Scarlets beat the Ospreys 24-17 at Parc y Scarlets.\n\nReferee: Ciarán Roe (IRFU)"
    assert _countries(text).get("Irish Rugby Football Union") == "IE"


def test_the_government_that_speaks_is_a_body() -> None:
    text = (
        "LONDON — Homeowners will be able to challenge fees at a tribunal under plans the Government says "
        "will end unfair charges in England."
    )
    assert "Government" in _organisations(text)
