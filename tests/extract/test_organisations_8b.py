"""Set-8 organisation rules (second half): closing credit lines, nationalities and national councils
that give a body its country, company legal forms, and a name after "according to industry group"."""

from app.extract import run


def _organisations(text: str) -> dict[str, str | None]:
    return {o.name: o.country_code for o in run(text).organisations}


def test_a_closing_with_a_report_from_line_names_no_organisation() -> None:
    text = (
        "The Harbour Board said the ferry would sail again on Friday.\n\n"
        "—WITH A REPORT FROM TOMAS V. QUIRINO AND GAZETTE RESEARCH"
    )
    assert set(_organisations(text)) == {"Harbour Board"}


def test_a_report_from_inside_a_sentence_is_no_credit() -> None:
    text = "With a report from the Harbour Board due on Friday, ministers waited."
    assert "Harbour Board" in _organisations(text)


def test_a_nationality_before_a_public_body_is_its_country() -> None:
    orgs = _organisations("The new Norwegian Fisheries Commission said quotas would fall.")
    assert orgs["Norwegian Fisheries Commission"] == "NO"


def test_a_nationality_before_a_private_body_gives_its_country_but_not_a_continents() -> None:
    orgs = _organisations(
        "The Norwegian Chess Association said the final would be in May. The European Chess Union agreed."
    )
    assert orgs["Norwegian Chess Association"] == "NO"
    assert orgs["European Chess Union"] is None


def test_a_coast_guard_is_a_public_body() -> None:
    orgs = _organisations("The Filipino Coast Guard said 40 boats were stranded.")
    assert orgs["Filipino Coast Guard"] == "PH"


def test_a_national_council_takes_the_storys_country() -> None:
    text = (
        "MANILA, Philippines — The National Flood Control Council said 12 towns were under water. "
        "Residents of Manila waited on rooftops."
    )
    assert _organisations(text)["National Flood Control Council"] == "PH"


def test_another_council_takes_no_country_from_the_story() -> None:
    text = (
        "MANILA, Philippines — The Pacific Reef Council said 12 reefs were bleached. "
        "Divers in Manila were worried."
    )
    assert _organisations(text)["Pacific Reef Council"] is None


def test_an_italian_legal_form_makes_a_company() -> None:
    text = "They hold their shares through a holding company, Rovere Tessili Srl, that has nine owners."
    assert "Rovere Tessili Srl" in _organisations(text)


def test_a_name_after_according_to_an_industry_group_is_an_organisation() -> None:
    text = "Exports rose 9%, according to industry association Lega Vinicola Sarda."
    assert "Lega Vinicola Sarda" in _organisations(text)


def test_a_person_after_according_to_is_no_organisation() -> None:
    text = "Exports rose 9%, according to economist Marta Oliveri."
    assert "Marta Oliveri" not in _organisations(text)


def test_a_conjunction_opening_a_clause_is_no_part_of_a_legislatures_name() -> None:
    assert set(_organisations("If Parliament wanted a change, it had years to make it.")) == {"Parliament"}


def test_a_name_opening_with_a_word_that_is_no_conjunction_keeps_it() -> None:
    assert "Liberty Party" in _organisations("Liberty Party officials met on Monday.")


def test_a_chamber_committee_named_for_two_fields_is_one_name() -> None:
    orgs = _organisations("The Senate Mining and Forestry Committee will hold a hearing on Tuesday.")
    assert "Senate Mining and Forestry Committee" in orgs


def test_a_chamber_title_and_a_person_before_and_join_no_committee() -> None:
    orgs = _organisations("House Speaker Maria Ostrova and Budget Committee chair Paul Lenk met.")
    assert "Budget Committee" in orgs
    assert not any("Ostrova" in name for name in orgs)


def test_a_state_university_campus_named_by_its_town_is_one_name() -> None:
    orgs = _organisations(
        "Ana Ruiz, a historian at the University of Ohio at Dayton, said the archive was lost."
    )
    assert "University of Ohio at Dayton" in orgs


def test_a_university_then_at_and_no_town_stays_apart() -> None:
    orgs = _organisations("The University of Leeds at Christmas closes its libraries.")
    assert "University of Leeds" in orgs


def test_a_group_named_by_a_number_is_one_name() -> None:
    orgs = _organisations("The Group of Nine, which represents the oldest colleges, said it was pleased.")
    assert set(orgs) == {"Group of Nine"}


def test_a_company_group_of_a_town_is_no_numbered_group() -> None:
    assert "Halvard Group" in _organisations("The Halvard Group of Leeds said profits fell.")


def test_a_national_arm_named_after_a_known_organisation_is_only_the_arm() -> None:
    orgs = _organisations("The student told Verge Canada that rents had doubled.")
    assert set(orgs) == {"Verge Canada"}


def test_a_known_organisation_before_a_product_name_is_still_named() -> None:
    orgs = run("The phone is built around a Qualcomm Snapdragon chip.").organisations
    assert any("Qualcomm" in (o.name, *o.aliases) for o in orgs)


def _forms(text: str) -> list[set[str]]:
    return [{o.name, *o.aliases} for o in run(text).organisations]


def test_a_known_party_the_headline_names_in_the_possessive_is_recorded() -> None:
    text = "Greens’ housing plan falls flat with renters\n\nRenters in Hobart said the rules would not help them."
    assert any("Greens" in forms for forms in _forms(text))


def test_a_known_name_qualifying_a_noun_in_the_headline_is_not_recorded() -> None:
    text = "EU ministers back new fishing quotas\n\nFishing crews in Vigo said the quotas were too low."
    assert _forms(text) == []


def test_a_formula_one_teams_sponsor_name_is_the_team() -> None:
    text = "BWT Alpine driver Marco Lenz finished seventh. Alpine said the upgrade had worked."
    assert {"BWT Alpine"} <= next(f for f in _forms(text) if "Alpine F1 Team" in f)


def test_a_broadcasters_channel_is_the_broadcaster() -> None:
    assert any("Sky Sports News" in f for f in _forms("Jane Roe told Sky Sports News that she would stay."))


def test_a_known_name_with_a_number_for_a_word_is_found_whole() -> None:
    assert any("Ligue 1" in f for f in _forms("Ligue 1 clubs voted on Monday to cut the league to 16 teams."))


def test_a_country_then_a_number_is_no_numbered_name() -> None:
    assert _forms("Schools across France 24 hours later were still closed.") == []


def test_a_known_name_in_the_plural_possessive_before_a_person_is_whole() -> None:
    forms = _forms("Blackburn Rovers' Jane Roe scored twice in the second half.")
    assert any("Blackburn Rovers" in f for f in forms)
