"""Places from the eighth held-out set's styles (all sentences made up)."""

import random

from app.extract import run
from app.extract.document import split_document
from app.extract.mentions import _inside_longer_span


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country_code) for p in run(text).places}


_UNDER_A_STANDFIRST = (
    "Rail fares to rise again\n\n"
    "Commuters face a third increase in two years\n\n"
    "Published Apr 2, 2025, 09:10 AM\n\n"
    "{dateline} Rail fares will rise by 4 per cent from July, the operator said on Wednesday, "
    "blaming higher energy costs and a shortage of drivers across the network.\n\n"
    "The operator said the increase would be reviewed next year."
)


def test_capitals_dateline_under_a_standfirst_and_date_lines() -> None:
    text = _UNDER_A_STANDFIRST.format(dateline="OSLO –")
    document = split_document(text)
    assert document.dateline_place == "OSLO"
    assert document.dateline is not None
    assert document.body[document.dateline.start : document.dateline.end].startswith("OSLO –")
    assert ("Oslo", "NO") in _places(text)


def test_capitals_label_under_a_standfirst_is_no_dateline() -> None:
    document = split_document(_UNDER_A_STANDFIRST.format(dateline="UPDATE –"))
    assert document.dateline is None


def test_capitals_opening_past_the_story_start_is_no_dateline() -> None:
    lede = "Rail fares will rise by 4 per cent from July, the operator said, " * 5
    document = split_document(f"{lede}\n\nOSLO – The operator said the rise would be reviewed.")
    assert document.dateline is None


def test_dateline_city_province_and_country() -> None:
    text = (
        "CEBU CITY, Cebu, Philippines — Floods forced 3,000 families from their homes on "
        "Monday, officials said."
    )
    assert split_document(text).dateline_place == "CEBU CITY"
    places = _places(text)
    assert ("Philippines", "PH") in places
    assert ("Cebu City", "PH") in places


def test_dateline_country_takes_the_local_places_over_a_country_abroad() -> None:
    text = (
        "AUCKLAND – A builder who ran a roofing firm based in Onehunga was jailed on Friday for taking "
        "$400,000 from clients.\n\nHe spent the money on holidays to the Blue Mountains in Australia and "
        "planned to expand into Fiji, the court heard."
    )
    places = _places(text)
    assert ("Onehunga", "NZ") in places
    # A landform followed by its country is in that country.
    assert ("Blue Mountains", "AU") in places


def test_dateline_country_does_not_outweigh_a_country_named_more_often() -> None:
    text = (
        "OTTAWA – Canada and Mexico agreed on Monday to resume trade talks.\n\n"
        "Officials from Mexico City, Monterrey and Guadalajara will travel north, and Mexico's envoy "
        "said a crew had been stopped near the village of Tepetlan."
    )
    assert ("Tepetlan", "MX") in _places(text)


def test_phrasal_in_is_no_locative() -> None:
    places = _places("Ministers in Ottawa vowed on Monday to rein in Big Oil, officials in Toronto said.")
    assert not any(name == "Big Oil" for name, _ in places)
    assert ("Toronto", "CA") in places


def test_compass_word_opens_a_gazetteer_town() -> None:
    text = (
        "More than 200 people packed the board room in West Palm Beach, and an overflow crowd watched. "
        "Schools in Florida and across the United States face the same choice."
    )
    assert ("West Palm Beach", "US") in _places(text)


def test_names_before_a_kind_of_school_are_the_schools() -> None:
    text = (
        "The council voted to close Lake Forest and Birch Crest elementary schools. Parents at Lake Forest "
        "were angry. Enrolment in Denver elementary schools fell too, officials in Colorado said."
    )
    places = _places(text)
    assert not any(name in ("Lake Forest", "Birch Crest") for name, _ in places)
    # A known city before the schools is where they are.
    assert ("Denver", "US") in places


def test_region_shared_by_two_countries_is_the_story_countrys() -> None:
    assert ("Misiones", "PY") in _places(
        "Farmers in Misiones blocked roads on Monday, officials in Asunción said, as Paraguay's harvest stalled."
    )
    # A story that names the default's country keeps it.
    assert ("Misiones", "AR") in _places(
        "Farmers in Misiones blocked roads on Monday, officials in Buenos Aires said, as Paraguay's harvest "
        "stalled."
    )


def test_name_after_capitalised_of_is_no_listed_town() -> None:
    text = (
        "According to the Auditor of Accounts, Nakuru spent more on salaries than Kisumu, Eldoret and "
        "Naivasha, officials in Kenya said."
    )
    places = _places(text)
    assert not any(name == "Accounts" for name, _ in places)
    assert ("Nakuru", "KE") in places


def test_town_named_as_a_persons_surname() -> None:
    text = (
        'Hiroshi Kurume, the team\'s new signing, scored twice on Saturday. "It was a good day," said '
        "Kurume, who moved from Osaka in June."
    )
    assert ("Kurume", "JP") not in _places(text)
    text = "Hiroshi Kurume scored twice on Saturday. His parents still live in Kurume, near Fukuoka."
    assert ("Kurume", "JP") in _places(text)


def test_time_zone_after_a_time_stamp_is_no_place() -> None:
    text = (
        "Floods close roads\n\nSunday 27 July 2025 16:48, UK\n\n"
        "Floods closed roads across the region on Sunday, police said. Trains to Leeds were cancelled."
    )
    places = _places(text)
    assert not any(code == "GB" and name in ("UK", "United Kingdom") for name, code in places)
    assert ("Leeds", "GB") in places
    text = "Police in the UK said at 16:48 that roads had reopened in the UK."
    assert any(code == "GB" for _, code in _places(text))


def test_small_foreign_town_of_a_country_never_named_is_the_storys() -> None:
    # Tenkodogo is a town of Burkina Faso, which this Louisiana story never names.
    text = (
        "OPELOUSAS, La. (AP) — The band played across Louisiana and Texas, and toured France and Canada. "
        "He was born on a farm outside Tenkodogo, his sister said."
    )
    assert ("Tenkodogo", "US") in _places(text)
    text = (
        "OPELOUSAS, La. (AP) — The band played across Louisiana and Texas, and toured France and Burkina "
        "Faso. He played a festival outside Tenkodogo, his sister said."
    )
    assert ("Tenkodogo", "BF") in _places(text)


def test_given_name_after_home_in_is_a_town() -> None:
    text = (
        "He died on Saturday at his home in Beatrice, the family said, after years of touring Texas and "
        "Louisiana. A funeral is planned for Friday in Beatrice."
    )
    assert ("Beatrice", "US") in _places(text)
    text = "He had great faith in Beatrice, his wife, after years of touring Texas and Louisiana."
    assert not any(name == "Beatrice" for name, _ in _places(text))


def test_abbreviated_state_after_a_city_and_in_a_party_tag() -> None:
    text = (
        'A trucker driving from Austin to Seattle, Wash., "should not pay twice," said Sen. Jane Roe '
        "(R-Tex.) on Monday."
    )
    places = _places(text)
    assert ("Washington", "US") in places or ("Wash.", "US") in places
    assert ("Texas", "US") in places
    assert ("Austin", "US") in places
    # No route: "Austin" alone stays a name.
    assert not any(name == "Austin" for name, _ in _places("Austin told reporters on Monday he would run."))


_PHILIPPINE_STORY = "Rain fell across Leyte and Samar in the Philippines on Monday.\n\n{}"


def test_paragraph_opening_in_introduces_a_town() -> None:
    text = _PHILIPPINE_STORY.format("In Dumaguete, Mayor Ana Cruz said 300 homes were flooded.")
    assert ("Dumaguete", "PH") in _places(text)


def test_town_read_inside_a_longer_place_name_is_that_place() -> None:
    text = _PHILIPPINE_STORY.format("In Tacloban City, Mayor Ana Cruz said 300 homes were flooded.")
    places = _places(text)
    assert ("Tacloban City", "PH") in places
    assert ("Tacloban", "PH") not in places


def test_title_after_a_listed_place_opens_a_person() -> None:
    places = _places("In Leyte, Gov. Ma. Elena Cruz said schools would stay shut.")
    assert ("Leyte", "PH") in places
    assert not any(name.startswith("Gov") for name, _ in places)


def test_name_given_to_a_storm_is_no_place() -> None:
    places = _places("Storm Pabuk (international name: Hengyang) hit Leyte on Monday.")
    assert not any(name == "Hengyang" for name, _ in places)
    assert ("Hengyang", "CN") in _places("Storm Pabuk hit Hengyang on Monday.")


def test_city_before_province_is_the_province() -> None:
    places = run("Rain fell across Batangas province and Manila in the Philippines on Monday.").places
    assert any(p.name == "Batangas" and p.kind == "region" for p in places)
    places = run("Rain fell across Batangas and Manila in the Philippines on Monday.").places
    assert any(p.name == "Batangas" and p.kind == "city" for p in places)


def test_a_span_inside_a_longer_one_is_found_as_a_scan_of_every_span_finds_it() -> None:
    # The lookup behind dropping a town read inside a longer place's name, against the plain scan.
    rng = random.Random(7)
    for _ in range(200):
        spans = [(start, start + rng.randint(1, 12)) for start in (rng.randint(0, 40) for _ in range(8))]
        inside_longer = _inside_longer_span(spans)
        for start, end in spans:
            scanned = any(s <= start and end <= e and e - s > end - start for s, e in spans)
            assert inside_longer(start, end) == scanned, (spans, start, end)


def test_the_lookup_that_also_counts_a_same_span_matches_the_plain_scan() -> None:
    rng = random.Random(11)
    for _ in range(200):
        spans = [(start, start + rng.randint(1, 12)) for start in (rng.randint(0, 40) for _ in range(8))]
        inside = _inside_longer_span(spans, or_same=True)
        for start in range(0, 50):
            for end in range(start + 1, start + 14):
                scanned = any(s <= start and end <= e for s, e in spans)
                assert inside(start, end) == scanned, (spans, start, end)
