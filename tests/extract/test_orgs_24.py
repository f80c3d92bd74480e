"""Organisations, twenty-fourth round: a body named after a region whose name opens with a country's, a
country's name that is a state of the story's own country, a possessive before a head noun and a city,
and a Gaelic name with its article."""

from app.extract import run


def _countries(text: str) -> dict[str, str | None]:
    return {organisation.name: organisation.country_code for organisation in run(text).organisations}


def _organisations(text: str) -> set[str]:
    return {organisation.name for organisation in run(text).organisations}


def test_a_body_named_after_a_region_is_the_regions_country() -> None:
    text = (
        "ABUJA — A former director at the Niger Delta Development Commission (NDDC) told the Federal "
        "High Court in Abuja on Tuesday that the funds had been moved to Lagos, Nigeria."
    )
    assert _countries(text).get("Niger Delta Development Commission") == "NG"


def test_a_country_name_that_is_a_state_of_the_story_country() -> None:
    text = (
        "ATLANTA (AP) — The Georgia Public Service Commission approved the rate plan on Tuesday, and the "
        "Georgia Growers Association said it would appeal in Atlanta, where lawmakers meet. Utilities in "
        "Alabama and South Carolina are watching."
    )
    countries = _countries(text)
    assert countries.get("Georgia Public Service Commission") == "US"
    assert countries.get("Georgia Growers Association") == "US"


def test_a_possessive_before_a_head_noun_and_a_city_is_inside_the_name() -> None:
    text = "Prof Jane Roe, a professor at King's College London, said the finding was interesting."
    found = _organisations(text)
    assert "King's College London" in found
    assert "College London" not in found


def test_a_gaelic_name_keeps_its_article() -> None:
    text = "The language group Foras na Tuaithe said it was considering all options, including legal action."
    found = _organisations(text)
    assert "Foras na Tuaithe" in found
    assert not found & {"Foras", "Tuaithe"}


def test_the_office_of_a_statutory_officer_is_one_body() -> None:
    text = (
        "She cited a report of the Office of the Auditor General that found irregular claims worth millions."
    )
    found = _organisations(text)
    assert "Office of the Auditor General" in found
    assert "Office of the" not in found


def test_a_council_named_for_the_towns_it_was_merged_from_is_one_body() -> None:
    text = (
        "The proposal was passed at a meeting of Bramford City, Banbridge and Craigavon Borough Council on "
        "Monday night. The district commander for Bramford, Banbridge and Craigavon, Jane Roe, said the "
        "damage was being treated as a hate crime."
    )
    found = _organisations(text)
    assert "Bramford City, Banbridge and Craigavon Borough Council" in found
    assert "Banbridge and Craigavon Borough Council" not in found


def test_a_state_company_named_for_its_trades_is_one_body() -> None:
    text = (
        "A spokesperson for Bangladesh Oil, Gas and Mineral Corporation said supply would improve. Officials "
        "at Zenor Gas Transmission and Distribution Company said the shortfall stemmed from maintenance."
    )
    found = _organisations(text)
    assert {
        "Bangladesh Oil, Gas and Mineral Corporation",
        "Zenor Gas Transmission and Distribution Company",
    } <= found
    assert not found & {"Bangladesh Oil", "Zenor Gas Transmission", "Distribution Company"}


def test_a_rank_spelled_by_bracketed_initials_is_no_body() -> None:
    text = (
        "Under cross-examination by counsel to the defendant, Jane Roe, a Senior Advocate of Zenland (SAZ), "
        "the witness admitted that the commission did not invite engineers."
    )
    assert "SAZ" not in _organisations(text)


def test_initials_of_a_trade_before_its_firms_name_no_body() -> None:
    text = (
        "The money was transferred to three BDC firms, the Economic Crimes Commission (ECC) said. ECC "
        "investigators said BDC operators were required to report cash transactions."
    )
    found = _organisations(text)
    assert "BDC" not in found
    assert "Economic Crimes Commission" in found


def test_a_masthead_in_capitals_opening_a_sentence_is_whole() -> None:
    text = (
        "Officials met on Monday. ZENLAND HERALD had reported in 2023 that dozens of contracts were never "
        "executed. The commission "
        "will not shield anybody, its spokeswoman told ZENLAND HERALD in a text message."
    )
    found = _organisations(text)
    assert "ZENLAND HERALD" in found
    assert "HERALD" not in found


def test_a_staff_rank_before_a_bodys_acronym_is_no_part_of_it() -> None:
    text = (
        "The Zenland Health Service (ZHS) was examined on Thursday. Senior ZHS officials faced more than "
        "three hours of questions."
    )
    found = _organisations(text)
    assert "Senior ZHS" not in found
    assert "Zenland Health Service" in found


def test_where_a_body_is_based_names_no_body() -> None:
    text = (
        "Shares in Bramford-based online fashion retailer Zenthread Group plunged after the company warned."
    )
    found = _organisations(text)
    assert not any(name.endswith("-based") for name in found)
    assert "Zenthread Group" in found


def test_a_citys_own_department_keeps_the_city_after_a_dash() -> None:
    text = (
        "The Department of Energy – Dubai (DoE) said in a statement that metering was already part of "
        "its standards."
    )
    found = _organisations(text)
    assert "Department of Energy – Dubai" in found
    assert "Department of Energy" not in found
