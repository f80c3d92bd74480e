"""Places in the fifteenth round: datelines in more shapes, and words that only look like towns."""

from app.extract import run
from app.extract.document import split_document


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country_code) for p in run(text).places]


def test_twin_city_dateline_names_both_cities() -> None:
    text = (
        "Lakes study finds more salt\n\n"
        "MINNEAPOLIS / ST. PAUL (03/14/2026) — Road salt is reaching lakes faster than thought, a study "
        "released on Friday found.\n\nThe researchers sampled 40 lakes."
    )
    places = _places(text)
    assert ("Minneapolis", "US") in places
    assert ("Saint Paul", "US") in places


def test_dateline_with_ordinal_day_and_agency() -> None:
    document = split_document(
        "Port opens new berth\n\nDUBAI, 3rd March, 2026 (WAM) -- The port authority opened a berth today."
    )
    assert document.dateline_place == "DUBAI"
    assert document.source == "WAM"


def test_release_wire_dateline_without_spaces() -> None:
    text = (
        "Acme Robotics names new chief\n\n"
        "DENVER--(BUSINESS WIRE)--Acme Robotics, Inc., a maker of warehouse robots, today announced that "
        "it had appointed a new chief executive.\n\nThe company employs 300 people."
    )
    extraction = run(text)
    assert ("Denver", "US") in [(p.name, p.country_code) for p in extraction.places]
    assert extraction.quotes[0].speaker_text is not None
    assert extraction.quotes[0].speaker_text.startswith("Acme Robotics")


def test_hyphen_joined_capitals_are_no_dateline() -> None:
    # A hyphenated name opening a sentence is no dateline: no dashes stand around a source.
    document = split_document("Headline here\n\nSmith-Jones said the plan would work.")
    assert document.dateline is None


def test_a_name_in_capitals_is_no_small_town() -> None:
    text = (
        "Doctors in Boston and Chicago took part. What stood out in TRIDENT-HF was how many patients "
        "stayed on the drug, the researchers in Boston said."
    )
    assert all(name != "TRIDENT-HF" for name, _ in _places(text))


_MATCH_REPORT = (
    "The Hawks won 104-99 on Friday night, their fifth straight win of the season. Jane Roe scored 31 "
    "points and had 12 rebounds. The Hawks, who last lost on Nov. 2 in Denver, play again on Sunday "
    "against Houston. Roe said the team had finally found its rhythm in the second half."
)


def test_a_town_named_as_the_other_side_is_no_place() -> None:
    places = [name for name, _ in _places(_MATCH_REPORT)]
    assert "Houston" not in places
    assert "Denver" in places  # "in Denver": where a game was played


def test_against_a_town_outside_a_match_report_is_a_place() -> None:
    text = "Residents of Dallas filed a lawsuit against Houston over the water deal, the mayor said."
    assert ("Houston", "US") in _places(text)


def test_names_listed_before_a_kind_of_area_are_such_areas() -> None:
    text = (
        "ACCRA — Cocoa farmers in Ghana are worried. Most of the crop is grown in the Western, Ashanti and "
        "Eastern regions, the board said."
    )
    places = _places(text)
    for region in ("Western", "Ashanti", "Eastern"):
        assert (region, "GH") in places


def test_unknown_names_listed_before_neighbourhoods_take_the_story_country() -> None:
    text = (
        "Voters in Asunción and Encarnación went to the polls in Paraguay. Queues were longest in the "
        "Tembetary and San Lorenzo neighbourhoods, officials said."
    )
    places = _places(text)
    assert ("Tembetary", "PY") in places
    assert ("San Lorenzo", "PY") in places


def test_listed_regions_of_another_country_keep_theirs() -> None:
    text = (
        "KYIV — Ukraine said on Monday its drones hit depots in the Belgorod, Kursk and Bryansk regions "
        "of Russia overnight. Kyiv did not give details."
    )
    places = _places(text)
    assert ("Kursk", "RU") in places
    assert ("Kursk", "UA") not in places


def test_party_names_before_districts_are_no_places() -> None:
    text = "In Toronto, the Liberal and Conservative districts voted for the plan, the Ontario clerk said."
    assert [name for name, _ in _places(text) if name in ("Liberal", "Conservative")] == []


def test_names_listed_before_rivers_are_waters() -> None:
    text = (
        "Researchers in Ohio sampled fish in the Mississippi, Ohio and Wabash river basins, the "
        "university said."
    )
    places = _places(text)
    assert ("Mississippi", "US") not in places
    assert ("Ohio", "US") in places  # named as a state first


def test_a_state_written_out_makes_the_town_american() -> None:
    text = (
        "SEOUL — The firms will build a plant in Walton County, Georgia, next year. Officials in Seoul "
        "said the Georgia plant would employ 900 people."
    )
    places = _places(text)
    assert ("Walton County", "US") in places
    assert ("Georgia", "US") in places
    assert ("Georgia", "GE") not in places


def test_a_town_before_a_state_and_based() -> None:
    assert ("Santa Clara", "US") in _places("The Santa Clara, California-based company said sales rose.")


def test_the_country_georgia_after_its_own_capital() -> None:
    assert ("Georgia", "GE") in _places("The Tbilisi, Georgia-based bank said profit rose.")


def test_a_small_region_takes_the_country_its_sentence_opens_with() -> None:
    text = (
        "Copper rose in Shanghai as demand from China grew. Peru's state miner said it had halted work "
        "after floods in the Quellaveco region. Traders in Shanghai said stocks were low."
    )
    assert ("Quellaveco", "PE") in _places(text)


def test_a_partners_country_mid_sentence_does_not_place_the_works() -> None:
    text = (
        "JAKARTA — Nickel output rose in Indonesia. The venture between a local miner and China's Hengtai "
        "Metals runs two lines in Bahodopi district, officials in Jakarta said."
    )
    assert ("Bahodopi", "ID") in _places(text)


def test_a_seat_after_member_of_parliament_with_its_initials() -> None:
    text = (
        "ACCRA — Mr Kofi Mensah-Boateng, the Member of Parliament (MP) for Tolon Central, said roads in "
        "Accra were poor."
    )
    assert ("Tolon Central", "GH") in _places(text)


def test_a_buildings_name_before_its_city_is_no_town() -> None:
    text = "Parliament House, Accra — Thursday\n\nThe House approved the bill after a long debate in Accra."
    assert "House" not in [name for name, _ in _places(text)]


def test_a_barangay_named_with_its_unit_word() -> None:
    text = (
        "CEBU CITY, Philippines — The chairman of Barangay Lahug Pari in Cebu City said the flood had "
        "receded. Barangay Chair Jose Ramos asked for help."
    )
    names = [name for name, _ in _places(text)]
    assert "Lahug Pari" in names
    assert not any(name.startswith("Chair") for name in names)


def test_a_language_after_a_verb_of_speech_is_no_place() -> None:
    text = (
        "In Iloilo City, Philippines, the councillor said in Kinaray-a. (We did nothing wrong.) Officials "
        "in Iloilo City said the audit would go on. The governor, speaking in Passi on Monday, agreed."
    )
    names = [name for name, _ in _places(text)]
    assert "Kinaray-a" not in names
    assert "Passi" in names


def test_a_wards_area_before_its_representative() -> None:
    text = "NAIROBI — The motion, sponsored by Kilimani Ward MCA Jane Wanjiru, passed in Nairobi."
    assert ("Kilimani", "KE") in _places(text)


def test_a_district_of_the_city_named_before_it() -> None:
    text = "CLEVELAND — He had been at a bar in Cleveland's Tremont neighborhood, police in Cleveland said."
    assert ("Tremont", "US") in _places(text)


def test_a_leaders_faction_is_no_town() -> None:
    text = "Lawmakers in Tokyo from the former Moriyama faction warned the tax cut would hurt Japan."
    assert "Moriyama" not in [name for name, _ in _places(text)]


def test_a_place_named_party_makes_its_adjective_the_partys() -> None:
    text = (
        "Voters in Asunción, Paraguay, backed the opposition. The Colorado Party lost the city, and the "
        "Colorado candidate conceded."
    )
    assert ("Colorado", "US") not in _places(text)


def test_names_after_regions_such_as_are_regions() -> None:
    text = (
        "QUEBEC CITY — Doctors in Quebec said patients in remote regions, such as the Outaouais and "
        "Bas-Saint-Laurent, wait longest."
    )
    places = _places(text)
    assert ("Outaouais", "CA") in places
    assert ("Bas-Saint-Laurent", "CA") in places


def test_topics_such_as_are_no_places() -> None:
    text = "OTTAWA — The minister in Ottawa named areas such as Health and Finance as priorities."
    names = [name for name, _ in _places(text)]
    assert "Health" not in names and "Finance" not in names


def test_a_compass_region_with_its_capitals() -> None:
    text = (
        "ABU DHABI — Under the patronage of the ruler's representative in the Western Region, a farm "
        "opened, officials in Abu Dhabi said."
    )
    assert ("Western Region", "AE") in _places(text)


def test_a_firms_compass_region_before_a_noun_is_no_place() -> None:
    text = "DUBAI — Sales by the Western Region sales team rose, the firm said in Dubai."
    assert "Western Region" not in [name for name, _ in _places(text)]


def test_a_german_towns_bracketed_river_is_part_of_its_name() -> None:
    text = "BERLIN — Police in Berlin said checks at Halle (Saale) and Frankfurt (Oder) would go on."
    names = [name for name, _ in _places(text)]
    assert "Frankfurt (Oder)" in names
    assert "Frankfurt" not in names


def test_an_agency_in_brackets_is_no_part_of_a_towns_name() -> None:
    text = "Police in Munich (Reuters) said checks would go on, officials in Berlin said."
    assert "Munich" in [name for name, _ in _places(text)]


def test_a_seat_after_a_party_member() -> None:
    text = (
        "SYDNEY — Robert Lee, the Liberal member for Epping, said the Sydney line was late. Commuters in "
        "Sydney agreed."
    )
    assert ("Epping", "AU") in _places(text)


def test_faiths_and_parties_before_neighbourhoods_are_no_places() -> None:
    text = "BAGHDAD — Fighting spread in Baghdad to the Sunni and Shia neighbourhoods of the city."
    assert [name for name, _ in _places(text)] == ["Baghdad"]


def test_a_district_between_an_institution_and_its_city() -> None:
    text = (
        "Teachers unpaid for months\n\nABUJA — At Unity Primary School, Garki, in Abuja, parents said the "
        "teachers had not been paid. Officials in Abuja said they would be."
    )
    extraction = run(text)
    assert ("Garki", "NG") in [(p.name, p.country_code) for p in extraction.places]
    assert "Garki" not in [o.name for o in extraction.organisations]


def test_a_person_between_an_institution_and_a_city_is_not_read_without_the_city() -> None:
    text = "Teachers unpaid\n\nABUJA — At Unity Primary School, Garki, parents said the teachers were unpaid."
    assert "Garki" not in [name for name, _ in _places(text)]


def test_a_town_named_like_a_word_is_a_place_in_a_capitals_dateline() -> None:
    assert ("Lagos", "NG") in _places("Traffic eased\n\nLAGOS — Traffic eased on Monday, officials said.")


def test_a_town_named_like_a_word_is_no_place_in_a_title_case_opening() -> None:
    assert _places("Traffic eased\n\nAustin - the new mayor said on Monday that traffic eased.") == []
