"""Places, round 25: the story's country from the country it names, local places that share a far city's
name, papers named after their town, short forms of local places, regions named after their city, and
districts named without their kind (all sentences made up)."""

from app.extract import run


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country_code) for p in run(text).places}


def test_local_settlement_sharing_a_foreign_capitals_name_is_local() -> None:
    text = (
        "Water tariff to rise\n\nBy Jane Roe\n\n"
        "The council will install prepaid meters at communal taps in Havana, Otjivero Flats and other "
        "informal settlements, the city said. Residents of Havana said the plan came too fast.\n\n"
        "Windhoek buys its water from the Namibia Water Corporation, and Windhoek officials said the "
        "increase was unavoidable. A mother in Havana said she could not pay. Windhoek will review it."
    )
    places = _places(text)
    assert ("Havana", "NA") in places
    assert ("Havana", "CU") not in places


def test_paper_named_after_its_town_is_one_body_and_no_place() -> None:
    text = (
        "Police in Freeport arrested two men on Tuesday.\n\n"
        '"We will not rest," the commissioner told The Nassau Guardian.\n'
    )
    extraction = run(text)
    assert "Nassau Guardian" in {o.name for o in extraction.organisations}
    assert "The Guardian" not in {o.name for o in extraction.organisations}
    assert "Nassau" not in {p.name for p in extraction.places}


def test_paper_named_after_a_small_foreign_village_is_the_storys() -> None:
    text = (
        "The Georgetown council voted on Monday to ask the government for money to pay its garbage "
        "contractors, who serve Albouystown and the city's southern wards.\n\n"
        "The mayor told Stabroek News that the council would meet again on Friday in Georgetown."
    )
    orgs = {o.name: o.country_code for o in run(text).organisations}
    assert orgs.get("Stabroek News") == "GY"


def test_small_foreign_town_opening_a_local_place_name_is_that_place() -> None:
    text = (
        "A man was shot dead in a drive-by shooting in Pinewood Gardens, New Providence, on Tuesday, "
        "the third killing in The Bahamas this week.\n\n"
        '"I understand the fear in Pinewood tonight," the minister said in Nassau.'
    )
    places = _places(text)
    assert ("Pinewood", "US") not in places
    assert ("Pinewood Gardens", "BS") in places


def test_region_after_a_countrys_possessive_and_listed_oblasts() -> None:
    text = (
        "KYIV — Ukrainian drones struck an oil depot in Russia's Bryansk Oblast overnight, the military "
        "said. Ukrenergo said it would bring back outage schedules in Kharkiv, Sumy and Poltava oblasts "
        "from Friday. Kharkiv was hit by four missiles."
    )
    places = _places(text)
    assert ("Bryansk Oblast", "RU") in places
    assert ("Bryansk", "RU") not in places
    assert {("Sumy Oblast", "UA"), ("Poltava Oblast", "UA"), ("Kharkiv", "UA")} <= places
    assert ("Sumy", "UA") not in places


def test_district_is_named_without_its_kind() -> None:
    text = (
        "KAMPALA — A court has halted the eviction of 400 families from land in Mityana and in "
        "Kassanda District, Uganda, until their suit is heard."
    )
    places = _places(text)
    assert ("Kassanda", "UG") in places
    assert ("Kassanda District", "UG") not in places


def test_greek_island_groups_are_places() -> None:
    text = (
        "ATHENS — Doctors serving in the Cyclades and the Dodecanese will get new incentives, the "
        "ministry said, as hospitals on Naxos and Paros brace for the summer."
    )
    places = _places(text)
    assert {("Cyclades", "GR"), ("Dodecanese", "GR"), ("Naxos", "GR"), ("Paros", "GR")} <= places
