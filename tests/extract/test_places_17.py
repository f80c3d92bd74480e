"""Places in the seventeenth round: small towns and wards the words around them name, and places that
are only part of another name, a road or a language."""

from app.extract import run


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country_code) for p in run(text).places]


def _orgs(text: str) -> list[str]:
    return [o.name for o in run(text).organisations]


def test_settlement_apposition_makes_a_given_name_a_village() -> None:
    text = (
        "Volunteers planted oysters in Ainsley, a hamlet near Tenby in Wales, on Monday. "
        "Boats have worked out of Ainsley for a century, the trust said."
    )
    assert ("Ainsley", "GB") in _places(text)


def test_apposition_that_goes_on_to_a_post_names_no_village() -> None:
    # "a town councillor" is a post, not what the name is.
    text = "Speaking in Cardiff on Monday, Pembrokeshire's Dale Hughes, a town councillor, said the plan was good."
    assert not any(name == "Dale" for name, _ in _places(text))


def test_age_then_from_names_a_home_suburb() -> None:
    text = "In Leeds, Ivy Holroyd, 81, from Gipton, said the buses were her only link to the shops."
    assert ("Gipton", "GB") in _places(text)


def test_going_home_to_a_city_named_like_a_person() -> None:
    text = (
        "The Crusaders lost 20-18 in Auckland, New Zealand on Friday. "
        '"We fly home to Wellington tomorrow and regroup," the captain said.'
    )
    assert ("Wellington", "NZ") in _places(text)


def test_home_to_after_is_names_no_place() -> None:
    text = "The Canterbury club is home to Jordan Price, who signed in March, the club said in Christchurch."
    assert not any(name == "Jordan" or name == "Jordan Price" for name, _ in _places(text))


def test_areas_listed_before_councils_are_places_not_bodies() -> None:
    text = (
        "Bus routes in Derby, England will be reviewed. The leader said the council would work with the "
        "Amber Valley and Erewash councils on shared routes."
    )
    places = _places(text)
    assert ("Amber Valley", "GB") in places
    assert ("Erewash", "GB") in places
    assert "Amber Valley" not in _orgs(text)


def test_parties_before_councils_are_no_places() -> None:
    text = "In Leeds, England, the Labour and Conservative councils disagreed over the cuts, officials said."
    places = _places(text)
    assert not any(name in ("Labour", "Conservative") for name, _ in places)


def test_numbered_road_named_after_a_place_is_no_place() -> None:
    text = "Police found the truck on the Chile 5 highway near Temuco, Chile on Sunday."
    places = _places(text)
    assert ("Temuco", "CL") in places
    assert ("Chile", "CL") in places  # named on its own after "near Temuco,"
    assert len([n for n, _ in places if n == "Chile"]) == 1


def test_continent_closing_a_competition_name_is_no_place() -> None:
    text = "The Chiefs won the Super Rugby Pacific title in Hamilton, New Zealand on Saturday."
    assert not any(name == "Pacific" for name, _ in _places(text))


def test_continent_after_a_sentence_opening_word_stays_a_place() -> None:
    places = _places("Yesterday Europe's leaders met in Brussels to discuss the budget.")
    assert ("Europe", None) in places


def test_language_after_a_speaking_verb_is_no_place() -> None:
    text = (
        "In Iloilo City, Philippines, a vendor said the floods came fast. “Dali gid,” she said in Hiligaynon."
    )
    assert not any(name == "Hiligaynon" for name, _ in _places(text))


def test_town_after_a_speaking_verb_stays_a_place() -> None:
    text = "The minister of Kenya said in Kisumu on Monday that the road would be finished."
    assert ("Kisumu", "KE") in _places(text)


def test_ward_an_elected_member_represents_is_a_place() -> None:
    text = (
        "Bus cuts in Stoke-on-Trent, England were debated. Green councillor Amy Rowe, who represents "
        "Hanford Park, said the cuts would leave pensioners stranded."
    )
    places = _places(text)
    assert ("Hanford Park", "GB") in places
    assert "Hanford Park" not in _orgs(text)


def test_client_a_lawyer_represents_is_no_place() -> None:
    text = "In London, England, barrister Tom Reed, who represents Acme Holdings, said the claim was weak."
    assert not any(name.startswith("Acme") for name, _ in _places(text))


def test_given_name_amid_listed_towns_is_a_town() -> None:
    text = (
        "Routes from Leeds, England to Bradford, Kirkstall and Ainsley will end in April, and services to "
        "Huddersfield, Hollis and Pudsey will be cut, the operator said."
    )
    places = _places(text)
    assert ("Hollis", "GB") in places  # between two towns of the list
    assert ("Ainsley", "GB") in places  # after two towns already


def test_given_name_of_a_person_in_the_story_is_not_listed_as_a_town() -> None:
    text = "Ainsley Jones, a driver, said routes from Leeds, England to Gipton, Ainsley and Pudsey were the busiest."
    assert not any(name == "Ainsley" for name, _ in _places(text))


def test_republic_inside_a_country_is_its_region() -> None:
    # (a region written with its kind: the gazetteer's "Bavaria" as "the Republic of Bavaria")
    text = "Posters of the short-lived Republic of Bavaria went on show in Munich, the museum said."
    places = _places(text)
    assert any(code == "DE" and "Bavaria" in name for name, code in places)


def test_republic_of_a_country_stays_the_country() -> None:
    places = _places("Officials of the Republic of Moldova met in Chisinau on Monday.")
    assert ("Republic of Moldova", "MD") in places or ("Moldova", "MD") in places


def test_unknown_town_takes_the_country_named_after_it() -> None:
    text = (
        "The Stuttgart toolmaker, which employs 900 people in Germany, will move assembly to a plant in "
        "Mladá Vožice in the Czech Republic, it said in Esslingen."
    )
    assert ("Mladá Vožice", "CZ") in _places(text)


def test_unknown_town_before_in_and_a_month_keeps_the_story_country() -> None:
    text = "The Stuttgart toolmaker will open a plant in Kleinbottwar in March, it said in Germany."
    assert ("Kleinbottwar", "DE") in _places(text)


def test_australian_state_short_form_in_an_australian_story() -> None:
    text = "PERTH, Australia — The laws were introduced in WA in 2020 and first used in Perth last year."
    assert ("WA", "AU") in _places(text)


def test_state_short_form_outside_australia_is_no_australian_state() -> None:
    text = "SEATTLE — The company, based in Seattle, WA, said it would hire 300 engineers in Texas."
    assert not any(code == "AU" for _, code in _places(text))


def test_compass_zones_are_regions_of_the_story_country() -> None:
    text = (
        "ABUJA, Nigeria — Senators said the loans would fund rail lines in the North-East and South-South "
        "zones, and a dam in the South-West geopolitical zone."
    )
    places = _places(text)
    assert ("North-East", "NG") in places
    assert ("South-South", "NG") in places
    assert ("South-West", "NG") in places


def test_compass_words_without_zone_name_no_region() -> None:
    text = "ABUJA, Nigeria — The North-East governors met on Monday, the South-West caucus said."
    assert not any(name in ("North-East", "South-West") for name, _ in _places(text))


def test_shares_in_a_company_named_like_a_town_name_no_town() -> None:
    text = (
        "TOKYO — Japanese carmaker Kakegawa Motors said on Monday its chief would resign. "
        "Shares in Kakegawa fell 9 percent in Tokyo."
    )
    assert not any(name == "Kakegawa" for name, _ in _places(text))


def test_town_after_in_with_no_company_of_its_name_stays_a_town() -> None:
    text = "TOKYO — Japanese carmaker Hamamatsu Motors said on Monday it would build a plant in Kakegawa."
    assert ("Kakegawa", "JP") in _places(text)


def test_walking_to_a_village_names_it() -> None:
    text = "KISUMU, Kenya — Mothers in Nyalenda still walk to Kondele to give birth, the ward's MCA said."
    assert ("Kondele", "KE") in _places(text)


def test_works_in_a_municipality_names_the_area() -> None:
    text = (
        "ACCRA, Ghana — Ghana Water Limited shut the intake at a plant in the Asante Akim North "
        "Municipality on Monday, officials said."
    )
    places = _places(text)
    assert ("Asante Akim North", "GH") in places
    assert not any("Municipality" in name for name in _orgs(text))


def test_municipality_named_by_its_kind_stays_a_body() -> None:
    text = (
        "BLOEMFONTEIN, South Africa — Eskom cut power in the Mangaung Metropolitan Municipality on Monday "
        "over unpaid bills, the utility said."
    )
    assert not any(name.startswith("Mangaung Metropolitan") for name, _ in _places(text))


def test_direction_of_travel_from_a_suburb_names_it() -> None:
    text = (
        "SYDNEY — The two machines heading west from Glebe Point hit hard rock last year, "
        "the NSW agency said."
    )
    assert ("Glebe Point", "AU") in _places(text)


def test_given_name_listed_before_two_more_towns_is_a_town() -> None:
    text = (
        "JUNEAU, Alaska — Under the plan, Kake and Angoon keep weekly sailings, but Pelican, Hollis and "
        "Anchorage will see a ferry twice a month, state officials said."
    )
    places = _places(text)
    assert ("Hollis", "US") in places
    assert ("Pelican", "US") in places


def test_given_name_listed_before_a_person_is_no_town() -> None:
    text = "JUNEAU, Alaska — Speakers at the meeting in Juneau, Hollis and Ainsley Brown said the plan was unfair."
    assert not any(name == "Hollis" for name, _ in _places(text))
