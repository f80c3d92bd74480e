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
