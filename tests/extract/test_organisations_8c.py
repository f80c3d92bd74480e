"""Set-8 organisation rules (third pass): the news outlet a source told, the country a description set
before a name gives it, an acronym and its full name in apposition, and firms listed after their kind."""

from app.extract import run
from app.extract.types import OrganisationEntity


def _organisations(text: str) -> dict[str, OrganisationEntity]:
    return {o.name: o for o in run(text).organisations}


def test_a_name_no_one_bears_that_a_source_told_is_an_outlet() -> None:
    text = (
        "Jane Roe, a trade official, told Zenpost that the talks had stalled. "
        "Acme had not responded to Harbourwire24's questions by the time of publication."
    )
    orgs = _organisations(text)
    assert "Zenpost" in orgs
    assert "Harbourwire24" in orgs


def test_a_person_the_article_names_is_no_outlet_when_told() -> None:
    text = (
        "Jane Roe chairs the panel. Councillor Tom Vickery said he told Roe that the vote was lost, "
        "and the mayor told MPs on Monday that the budget was safe."
    )
    orgs = _organisations(text)
    assert "Roe" not in orgs
    assert "MPs" not in orgs


def test_a_countrys_description_before_a_name_gives_its_country() -> None:
    orgs = _organisations("Spain’s data protection agency, the AEPD, fined Acme Lines in 2020.")
    assert orgs["AEPD"].country_code == "ES"


def test_a_description_of_no_country_gives_none() -> None:
    orgs = _organisations("Acme’s main rival, the ZTX Group, cut prices in 2020.")
    assert orgs["ZTX Group"].country_code is None


def test_an_acronym_then_its_full_name_in_apposition_is_one_organisation() -> None:
    text = (
        "Jane Roe, deputy director of ZEUC, the European Buyers Organisation, said it was late. "
        "ZEUC wants more."
    )
    orgs = _organisations(text)
    assert orgs["European Buyers Organisation"].acronym == "ZEUC"
    assert "ZEUC" not in orgs


def test_an_acronym_before_a_described_person_is_not_merged() -> None:
    text = "Jane Roe, a director at ZEUC, the consumer group, said it was late."
    assert _organisations(text)["ZEUC"].acronym == "ZEUC"


def test_firms_listed_after_their_kind_are_organisations() -> None:
    text = "The trade group, which represents publishers including Orbisoft and Quillmark, said it agreed."
    orgs = _organisations(text)
    assert "Orbisoft" in orgs
    assert "Quillmark" in orgs


def test_names_after_a_kind_of_person_are_no_firms() -> None:
    text = "The coach, who trained players including Orbisoft, said it agreed."
    assert "Orbisoft" not in _organisations(text)


def test_a_name_after_the_ruling_is_a_party_in_power() -> None:
    text = "In the capital, lawmakers from the ruling Renewal Framework have seized on the shortfall."
    assert "Renewal Framework" in _organisations(text)


def test_a_court_ruling_before_a_judges_name_names_no_party() -> None:
    text = "Lawyers said the ruling Judge Jane Roe wrote on Monday was flawed."
    result = run(text)
    assert not result.organisations
    assert [p.name for p in result.people] == ["Jane Roe"]


def test_a_committee_member_is_a_post_not_an_organisation() -> None:
    text = "County Executive Committee Member for Health Jane Roe said the clinic would open."
    assert "County Executive Committee Member" not in _organisations(text)


def test_a_committee_before_its_members_is_still_one() -> None:
    text = "The Harbour Planning Committee members voted 5-2 to approve the plan."
    assert "Harbour Planning Committee" in _organisations(text)
