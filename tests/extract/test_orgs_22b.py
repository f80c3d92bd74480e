"""Organisations, twenty-second round's second pass: foreign-language bodies, names run on into a rank or a
person, and a home league's team of a shared name."""

from app.extract import run


def _organisations(text: str) -> dict[str, str | None]:
    return {organisation.name: organisation.country_code for organisation in run(text).organisations}


def _people(text: str) -> set[str]:
    return {person.name for person in run(text).people}


def test_a_french_body_runs_on_in_lower_case_to_an_english_word() -> None:
    text = "Grants were available from the Agence de l'eau Loire-Bretagne for households on modest incomes."
    assert "Agence de l'eau Loire-Bretagne" in _organisations(text)


def test_a_french_ministry_closes_at_a_comma() -> None:
    text = "According to the Ministère de la Transition énergétique, around a million homes use heat pumps."
    assert "Ministère de la Transition énergétique" in _organisations(text)


def test_a_portuguese_water_company_is_one_body() -> None:
    text = "Águas do Minho, the regional water company, said it had repaired the mains."
    found = _organisations(text)
    assert "Águas do Minho" in found
    assert "Minho" not in found


def test_an_english_near_miss_of_a_french_head_is_no_body() -> None:
    # "Service" with no "public" after it heads no French name: "Service de" is English text around it.
    text = "The hotel's room service de luxe menu was praised by guests."
    assert not any(name.startswith("Service") for name in _organisations(text))


def test_a_french_acronym_written_as_a_word_is_the_bodys() -> None:
    text = (
        "The Service public d'assainissement non collectif (Spanc) inspected the tanks. "
        "The Spanc said a third failed."
    )
    organisations = run(text).organisations
    assert [o.acronym for o in organisations if o.name.startswith("Service public")] == ["Spanc"]


def test_a_word_in_brackets_that_spells_no_initials_is_no_acronym() -> None:
    text = "The Service public d'assainissement non collectif (Paris) inspected the tanks."
    organisations = run(text).organisations
    assert [o.acronym for o in organisations if o.name.startswith("Service public")] == [None]


def test_an_officers_rank_is_no_part_of_the_body_before_it() -> None:
    text = (
        "Director of the General Department of Customs Investigations Brig Gen Karim Haddad said the ring "
        "was uncovered."
    )
    found = _organisations(text)
    assert "General Department of Customs Investigations" in found
    assert not any(name.endswith("Gen") for name in found)


def test_a_rank_that_reads_no_name_after_it_stays_in_the_body() -> None:
    text = "Director of the General Department of Customs Investigations Brig Gen said the ring was found."
    assert "General Department of Customs Investigations" not in _organisations(text)


def test_a_person_the_story_names_is_no_part_of_the_body_before_them() -> None:
    text = (
        "Spokeswoman for cycling group Pedals Otago Hannah Vermeulen said the lane was busy. "
        '"It is full every morning," Ms Vermeulen said.'
    )
    assert "Pedals Otago" in _organisations(text)
    assert "Hannah Vermeulen" in _people(text)


def test_a_given_name_and_a_surname_no_person_has_stay_in_the_body() -> None:
    text = "Spokeswoman for cycling group Pedals Otago Hannah Vermeulen said the lane was busy."
    assert "Hannah Vermeulen" not in _people(text)


def test_a_shared_team_name_is_the_home_leagues_in_a_match_report() -> None:
    text = (
        "Dynamos beat CAPS United 2-1 in the league yesterday, while leaders FC Platinum were held to a "
        "goalless draw by Highlanders in Bulawayo. The coach praised the goalkeeper after the match."
    )
    assert _organisations(text).get("Highlanders FC") == "ZW"


def test_a_shared_team_name_in_a_super_rugby_report_stays_the_listed_one() -> None:
    text = (
        "The Crusaders beat the Highlanders 30-12 in Christchurch. The coach praised the forwards after "
        "the match and the try-scorers."
    )
    assert _organisations(text).get("Highlanders") == "NZ"


def test_a_sri_lankan_daily_is_no_financial_times() -> None:
    text = "The managing director told the Daily FT that the company would move production."
    found = _organisations(text)
    assert "Daily FT" in found
    assert "Financial Times" not in found


def test_a_provinces_department_takes_its_portfolios_after_and() -> None:
    text = (
        "A spokesperson for Saskatchewan Municipal and Northern Affairs said the province was reviewing it."
    )
    assert "Saskatchewan Municipal and Northern Affairs" in _organisations(text)


def test_a_provinces_body_and_another_body_stay_two() -> None:
    text = "A spokesperson for Manitoba Hydro and Northern Power Services said the lines were down."
    found = _organisations(text)
    assert "Manitoba Hydro and Northern Power Services" not in found
    assert "Northern Power Services" in found


def test_a_ministrys_last_field_may_be_the_police_closing_the_phrase() -> None:
    text = "The city will install the cameras in coordination with the Ministry of Justice and Police."
    assert "Ministry of Justice and Police" in _organisations(text)


def test_police_officers_after_a_ministry_are_no_field_of_it() -> None:
    text = "He met the Ministry of Finance and Police chiefs on Monday."
    assert "Ministry of Finance and Police" not in _organisations(text)


def test_a_listed_bodys_possessive_before_a_unit_is_two_bodies() -> None:
    text = "Detective Inspector Jane Roe of the PSNI's Economic Crime Unit said the sentence was fair."
    found = _organisations(text)
    assert "Police Service of Northern Ireland" in found
    assert "Economic Crime Unit" in found


def test_a_possessive_of_no_listed_body_stays_in_the_name() -> None:
    text = "A spokesman for the Children's Economic Welfare Unit said the sentence was fair."
    assert "Children's Economic Welfare Unit" in _organisations(text)


def test_a_partys_name_opening_a_ministers_portfolios_is_no_party() -> None:
    text = (
        "WINDHOEK - Labour, Industrial Relations and Employment Creation Minister Jane Roe said the strike "
        "was over."
    )
    assert "Labour Party" not in _organisations(text)


def test_labour_before_a_noun_it_qualifies_is_the_common_word() -> None:
    text = "CAIRO - Labour rights groups welcomed the research."
    assert "Labour Party" not in _organisations(text)


def test_a_party_in_a_list_of_parties_stays_a_party() -> None:
    text = "LONDON - Labour, the Greens and the SNP voted against the bill."
    assert "Labour Party" in _organisations(text)


def test_a_members_ward_after_her_party_in_brackets_is_no_body() -> None:
    text = "Local councillor Jane Roe (Labour, Kirkdale) said residents were tired of knife crime."
    found = _organisations(text)
    assert "Kirkdale" not in found
    assert "Labour Party" in found


def test_a_body_after_a_party_in_brackets_stays_a_body() -> None:
    text = "Jane Roe (Labour, Liverpool City Council) said residents were tired of knife crime."
    assert "Liverpool City Council" in _organisations(text)
