"""Places, round 23 (third wave): small real towns the gazetteer lacks, and a town's "and District" body."""

from app.extract import run


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country_code) for p in run(text).places}


def test_small_sri_lankan_factory_towns_are_sri_lankas() -> None:
    text = (
        "A garment maker said on Monday that orders from US retailers rose at its factories in Koggala "
        "and Biyagama. The company, listed in Colombo, employs 4,000 people."
    )
    found = _places(text)
    assert ("Koggala", "LK") in found
    assert ("Biyagama", "LK") in found
    assert not any(name in ("Koggala", "Biyagama") and code == "US" for name, code in found)


def test_basra_and_attock_are_read_as_their_cities() -> None:
    assert ("Basra", "IQ") in _places("Oil exports from Basra rose in May, the ministry said.")
    assert ("Attock", "PK") in _places("Polls will be held in every district, from Attock to Multan.")


def test_town_and_district_body_stays_one_name() -> None:
    result = run(
        "The former coxswain died at Cromer and District Hospital on Sunday, his family said. "
        "He had lived in Cromer, Norfolk, all his life."
    )
    assert "Cromer and District Hospital" in [o.name for o in result.organisations]
    assert ("Cromer", "GB") in {(p.name, p.country_code) for p in result.places}
