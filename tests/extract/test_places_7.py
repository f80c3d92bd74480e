"""Places from the seventh held-out set's styles (all sentences made up)."""

from app.extract import run


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country_code) for p in run(text).places}


def _orgs(text: str) -> set[str]:
    return {o.name for o in run(text).organisations}


def test_ocean_and_african_regions_are_places() -> None:
    places = _places("Rain over East Africa depends on winds from the Indian Ocean, the study found.")
    assert ("East Africa", None) in places and ("Indian Ocean", None) in places
    assert ("Africa", None) not in places


def test_state_suffix_of_a_nigerian_state() -> None:
    places = _places("Officials in Ogun State said on Monday that the homes would be cleared.")
    assert ("Ogun State", "NG") in places
    # A state named without the suffix is still the state.
    assert ("Ogun", "NG") in _places("Officials in Ogun said on Monday that homes would be cleared.")


def test_two_letter_city_alias_is_no_place() -> None:
    places = _places("Reporting from Harrisburg, Pa. The legislature met on Monday to debate the budget.")
    assert not any(code == "CN" for _, code in places)
    assert ("Chongqing", "CN") in _places("Factories in Chongqing reopened on Monday after the storm.")


def test_abbreviated_australian_state() -> None:
    places = _places("Floodwaters rose across the Northern Rivers of NSW on Monday, officials said.")
    assert ("NSW", "AU") in places and ("Northern Rivers", "AU") in places
    assert not any(name == "Northern" for name, _ in places)


def test_club_named_after_its_city_is_no_place() -> None:
    text = "He had watched Preston North End play Sheffield Wednesday on his phone before the crash."
    assert not any(name in ("Preston", "Sheffield") for name, _ in _places(text))
    assert {"Preston North End", "Sheffield Wednesday"} <= _orgs(text)
    assert ("Sheffield", "GB") in _places("The crash happened on a road outside Sheffield on Monday.")


def test_known_place_joined_across_of() -> None:
    places = _places("The agency issues forecasts for the Horn of Africa every season, it said.")
    assert ("Horn of Africa", None) in places and ("Africa", None) not in places
    assert ("Africa", None) in _places("The agency issues forecasts for Africa every season, it said.")


def test_headline_place_inside_a_name_of_place() -> None:
    text = (
        "Shares fall after Bank of England governor speaks\n\n"
        "Shares fell on Tuesday after the governor spoke in London about inflation."
    )
    assert not any(name == "England" for name, _ in _places(text))
    text = (
        "Shares fall in England as rates rise\n\nShares fell on Tuesday after the governor spoke about rates."
    )
    assert any(name == "England" for name, _ in _places(text))


def test_place_opening_a_firm_name_is_no_place() -> None:
    text = (
        "“Prices ran ahead,” said Jane Roe, chief investment officer at Wexford Row Asset Management. "
        "Wexford Row Asset Management manages funds."
    )
    assert not any(name == "Wexford" for name, _ in _places(text))
    assert any(
        name == "Wexford" for name, _ in _places("The storm reached Wexford on Tuesday, officials said.")
    )


def test_road_named_after_a_place_is_no_place() -> None:
    text = "The lorry was travelling on the East Lancashire Road near Wigan when it crashed, police said."
    places = _places(text)
    assert not any(name == "Lancashire" for name, _ in places) and ("Wigan", "GB") in places
    text = "Police said the Mount Kosciuszko Highway would stay closed in NSW overnight."
    assert not any("Highway" in name for name, _ in _places(text))
    assert any(name == "Lancashire" for name, _ in _places("The lorry crashed in Lancashire, police said."))


def test_lake_takes_the_country_of_its_namesake_region() -> None:
    places = _places("Sediments from Lake Turkana tell a similar story, researchers in Arizona said.")
    assert ("Lake Turkana", "KE") in places
    assert not any(name == "Lake" for name, _ in _places("Lake levels fell in Kenya, officials said."))


def test_journal_after_a_dated_published_in_is_no_place() -> None:
    text = (
        "Villages near Nairobi and Mombasa in Kenya ran dry. The findings, published on 12 March in "
        "Nature Geoscience, come from tree rings."
    )
    assert not any(name == "Nature Geoscience" for name, _ in _places(text))
    text = "Villages near Nairobi and Mombasa in Kenya ran dry. Farmers in Kitui said the wells failed."
    assert any(name == "Kitui" for name, _ in _places(text))


def test_region_or_district_after_an_unknown_name() -> None:
    text = (
        "A drone hit Kharkiv in Ukraine overnight. A block in the city's Zelenivskyi district was hit, "
        "and a man was hurt in the Kherson region, officials said."
    )
    places = _places(text)
    assert ("Zelenivskyi", "UA") in places and ("Kherson", "UA") in places
    assert not any(name == "Sales" for name, _ in _places("Kharkiv in Ukraine was hit. The Sales team met."))


def test_constituency_of_an_mp() -> None:
    text = "The letter, organised by the Labour MP for Hove, Jane Roe, urges the chancellor to think again."
    assert ("Hove", "GB") in _places(text)
    text = "The letter, organised by the Labour MP for Women, Jane Roe, urges the chancellor to think again."
    assert not any(name == "Women" for name, _ in _places(text))


def test_small_town_takes_the_named_country_that_has_it() -> None:
    text = (
        "Drones hit Kharkiv and Sumy in Ukraine overnight, and Kyiv said Odesa was hit too. In Russia, "
        "a fire broke out near the town of Shebekino, the governor said."
    )
    places = _places(text)
    assert ("Shebekino", "RU") in places
    text = (
        "Drones hit Kharkiv and Sumy in Ukraine overnight, and Kyiv said Odesa was hit too. "
        "A fire broke out near the town of Zolochivka, the governor said."
    )
    assert ("Zolochivka", "UA") in _places(text)


def test_county_named_before_its_head_word() -> None:
    text = (
        "Lawmakers in Harrisburg argued over the budget. Jane Roe, a Democrat from Maple County, said "
        "voters in Centre County wanted buses."
    )
    places = _places(text)
    assert ("Maple County", "US") in places and ("Centre County", "US") in places
    assert "Centre County" not in _orgs(text)
    text = "A spokesman for Lincolnshire County Council said the road had reopened in Lincoln."
    assert not any("County" in name for name, _ in _places(text))


def test_one_word_before_mayor_is_a_town_not_an_organisation() -> None:
    text = (
        "Floods hit Queensland and NSW this week. Residents in Tallowood were evacuated overnight.\n\n"
        "Tallowood Mayor Jane Roe said the levee had held."
    )
    assert "Tallowood" not in _orgs(text)
    assert ("Tallowood", "AU") in _places(text)
    text = "Acme Group Chief Executive Jane Roe said the plant would reopen in Leeds."
    assert "Acme Group" in _orgs(text)


def test_body_named_after_a_home_region_takes_the_story_country() -> None:
    text = (
        "Floods hit Lismore in NSW and Brisbane in Queensland this week, officials in Sydney said. "
        "The NSW Recovery Authority said the money would arrive soon."
    )
    orgs = {o.name: o.country_code for o in run(text).organisations}
    assert orgs.get("NSW Recovery Authority") == "AU"


def test_body_named_after_a_foreign_region_keeps_no_country() -> None:
    text = (
        "Floods hit Houston in Texas this week, officials in Dallas and Austin, Texas, said. "
        "The NSW Recovery Authority said it would send advisers."
    )
    orgs = {o.name: o.country_code for o in run(text).organisations}
    assert orgs.get("NSW Recovery Authority") != "US"


def test_town_after_a_compass_direction() -> None:
    text = "Floods hit Lismore in NSW. The highway will stay closed south of Tallowood until Saturday."
    assert ("Tallowood", "AU") in _places(text)
    text = "Floods hit Lismore in NSW. The crews moved south of the river until Saturday."
    assert not any(name == "Saturday" for name, _ in _places(text))


def test_japanese_prefecture_and_currency_prefix() -> None:
    text = "The plant in Kitakyushu, Fukuoka Prefecture, will cost ¥18 billion (about US$122 million)."
    places = _places(text)
    assert ("Fukuoka Prefecture", "JP") in places and ("Fukuoka", "JP") not in places
    assert not any(code == "US" for _, code in places)
    assert ("US", "US") in _places("The plant will supply carmakers in the US and Europe from next year.")
