"""Organisations, twenty-fourth round (third wave): a fund another body pays out of is no body."""

from app.extract import run


def _organisations(text: str) -> set[str]:
    return {organisation.name for organisation in run(text).organisations}


def test_a_grant_from_a_fund_names_no_body() -> None:
    text = (
        "Zenda Power has secured a EUR 40 million grant from the Valley Renewal Fund to build a battery.\n\n"
        "The company's director, Jana Novak, said work would start in May."
    )
    assert "Valley Renewal Fund" not in _organisations(text)


def test_a_fund_managed_by_a_body_is_the_bodys_pot() -> None:
    text = (
        "Voters will decide whether to route sales tax into the Zenland River Fund, which is managed by "
        "the Zenland Water Board.\n\nThe board's chair, Maria Olsen, said the money was needed."
    )
    found = _organisations(text)
    assert "Zenland River Fund" not in found
    assert "Zenland Water Board" in found


def test_a_named_bodys_own_fund_keeps_the_owner() -> None:
    text = "The region wants faster use of money from the EU's Coal Regions Fund, minister Petr Dvorak said."
    found = _organisations(text)
    assert "Coal Regions Fund" not in found
    assert "EU" in found or "European Union" in found


def test_a_fund_acting_as_a_body_stays() -> None:
    text = (
        "The Zenland Disaster Relief Fund said on Monday that it had paid out $3 million to farmers, "
        "its chair, Ana Lopes, said."
    )
    assert "Zenland Disaster Relief Fund" in _organisations(text)


def _countries(text: str) -> dict[str, str | None]:
    return {organisation.name: organisation.country_code for organisation in run(text).organisations}


def test_a_university_in_a_written_town_is_that_towns_countrys() -> None:
    text = (
        "Lahore. Dr Amna Qureshi, a professor at Aga Zenda University in Karachi, said the plan would "
        "fail without money."
    )
    assert _countries(text).get("Aga Zenda University") == "PK"


def test_a_hospital_in_a_shared_town_with_a_qualifier_is_the_storys() -> None:
    text = (
        "HALIFAX, N.S. — Dr. Mary Boyle, a physician at the Zenda Regional Hospital in Sydney, N.S., said "
        "the wards were full. Nova Scotia Health said it would add beds."
    )
    assert _countries(text).get("Zenda Regional Hospital") == "CA"


def test_an_oceans_word_in_a_company_name_leaves_it_the_storys() -> None:
    text = (
        "COLOMBO — Shares of Zenda Apparel rose on Monday, analysts at Asia Korala Securities said.\n\n"
        "The Colombo Stock Exchange's main index gained 0.4 percent, Asia Korala Securities said in a note."
    )
    assert _countries(text).get("Asia Korala Securities") == "LK"
