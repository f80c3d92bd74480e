"""Set-9 organisation rules: the journal a study was published in, a country's ministry named in lower
case, a select committee named by its field, and more."""

from app.extract import run
from app.extract.types import OrganisationEntity


def _organisations(text: str) -> dict[str, OrganisationEntity]:
    return {o.name: o for o in run(text).organisations}


def test_a_name_right_after_published_in_is_the_journal() -> None:
    text = (
        "The findings, published on 4 May in Quarterly Soil Letters, come from 200 samples. "
        "Jane Roe, who led the work, said the results were clear."
    )
    assert "Quarterly Soil Letters" in _organisations(text)


def test_a_place_or_a_month_after_published_in_is_no_journal() -> None:
    text = "The report, published in London in March, was written by Jane Roe, who said it was late."
    orgs = _organisations(text)
    assert "London" not in orgs
    assert "March" not in orgs


def test_a_countrys_lower_case_ministry_is_its_ministry() -> None:
    text = "Norway's fisheries agency was silent, but Peru's defence ministry said 12 drones were downed."
    orgs = _organisations(text)
    assert orgs["Defence Ministry"].country_code == "PE"


def test_a_nationality_before_a_lower_case_ministry_gives_its_country() -> None:
    orgs = _organisations("The Chilean finance ministry said on Monday that the budget would balance.")
    assert orgs["Finance Ministry"].country_code == "CL"


def test_a_lower_case_ministry_of_no_country_is_not_named() -> None:
    orgs = _organisations("The defence ministry said on Monday that Jane Roe's ministry would cut costs.")
    assert not any("Ministry" in name for name in orgs)


def test_a_select_committee_keeps_the_body_its_name_holds() -> None:
    text = (
        "The chair of the Treasury select committee, Jane Roe, wrote to the chancellor. "
        "The Treasury said the figures would be published, and the home affairs select committee agreed."
    )
    orgs = _organisations(text)
    assert "Treasury select committee" in orgs
    assert "home affairs select committee" in orgs
    assert "Treasury" in orgs
    assert orgs["Treasury"].aliases == ()


def test_a_bare_select_committee_is_not_named() -> None:
    orgs = _organisations("Jane Roe told the select committee on Tuesday that the plan was sound.")
    assert not any("committee" in name for name in orgs)


def test_the_legislature_is_an_organisation() -> None:
    text = 'Jane Roe, a board member, said: "If we wait, the Legislature will decide for us."'
    assert "Legislature" in _organisations(text)


def test_a_bare_house_in_a_story_about_an_assembly_is_that_assembly() -> None:
    text = (
        "The Tarnley County Assembly debated the bill on Tuesday. "
        "Committee chair Jane Roe said the House would summon the governor."
    )
    assert "House" not in _organisations(text)


def test_a_bare_house_beside_the_senate_is_the_chamber() -> None:
    text = "The Senate passed the bill on Monday, and the House is expected to vote on it next week."
    assert "House" in _organisations(text)


def test_a_ranked_post_before_of_is_no_part_of_the_organisation() -> None:
    text = (
        "Jane Roe, Executive Director of the International Organization for Migration (IOM), said the "
        "agency had run out of money."
    )
    orgs = _organisations(text)
    assert "International Organization for Migration" in orgs
    assert not any(name.startswith("Executive") for name in orgs)


def test_a_police_rank_in_letters_before_a_surname_is_no_organisation() -> None:
    text = (
        "Detective Inspector Tom Vickery, from the force's Major Investigation Team, led the search. "
        "DI Vickery said the searches would continue over the weekend."
    )
    orgs = _organisations(text)
    assert not any("Vickery" in name for name in orgs)


def test_a_national_treasury_is_the_treasury() -> None:
    text = (
        "JOHANNESBURG - The metro said it was in talks with National Treasury about the debt. "
        "Jane Roe said Johannesburg had paid R2 million."
    )
    orgs = _organisations(text)
    assert "National Treasury" in orgs["Treasury"].aliases
