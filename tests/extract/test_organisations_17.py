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
