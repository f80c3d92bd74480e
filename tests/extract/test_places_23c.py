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


def test_cayman_districts_set_the_story_in_the_cayman_islands() -> None:
    result = run(
        "Planners approved 140 homes in Bodden Town on Tuesday, the authority said. "
        "A resident said her children had moved to Cayman Brac to find cheaper rent."
    )
    places = {(p.name, p.country_code) for p in result.places}
    assert ("Bodden Town", "KY") in places
    assert ("Cayman Brac", "KY") in places
    assert "Bodden Town" not in [o.name for o in result.organisations]


def test_small_eswatini_and_us_towns() -> None:
    assert ("Simunye", "SZ") in _places(
        "Farmers around Big Bend and Simunye lost their crops, the union said."
    )
    assert ("Oak Brook", "US") in _places("The lender, an Oak Brook-based bank, declined to comment.")


def test_a_city_named_as_the_storys_own_capital_is_that_capital() -> None:
    found = _places(
        "Rents in Bodden Town have doubled, a resident said. Her children were priced out of George Town "
        "and moved to Cayman Brac."
    )
    assert ("George Town", "KY") in found
    assert ("George Town", "MY") not in found


def test_george_town_without_a_cayman_context_stays_penangs() -> None:
    found = _places("Tourists crowded the hawker stalls of George Town in Penang, Malaysia, on Sunday.")
    assert ("George Town", "MY") in found


def test_byline_town_after_a_dash_is_the_filing_town() -> None:
    text = (
        "Dairy group swings to profit\n\nBy Jane Roe — São Paulo\n\n"
        "The dairy group posted a profit on Monday as milk costs eased, its chief executive said in a "
        "statement to the exchange, reversing a loss a year earlier."
    )
    result = run(text)
    assert ("São Paulo", "BR") in {(p.name, p.country_code) for p in result.places}
    assert [p.name for p in result.people] == []


def test_byline_desk_after_a_dash_is_no_place() -> None:
    text = (
        "Dairy group swings to profit\n\nBy Jane Roe - Southern Bureau\n\n"
        "The dairy group posted a profit on Monday as milk costs eased, its chief executive said in a "
        "statement to the exchange, reversing a loss a year earlier."
    )
    assert _places(text) == set()
