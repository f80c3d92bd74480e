"""Places in the sixteenth round: regions written out, and names whose country the story settles."""

from app.extract import run


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country_code) for p in run(text).places]


def test_lower_case_sub_saharan_region_is_one_place() -> None:
    places = _places("The lender said growth in sub-Saharan Africa would slow next year, its report said.")
    assert ("sub-Saharan Africa", None) in places
    assert ("Africa", None) not in places


def test_two_compass_words_before_a_continent_make_one_region() -> None:
    places = _places("Suppliers moved assembly to Central and Eastern Europe, where wages are lower.")
    assert ("Central and Eastern Europe", None) in places
    assert ("Eastern Europe", None) not in places


def test_compass_pair_needs_a_known_region_for_the_first_word() -> None:
    # "Upper" makes no region of Asia: only the region the gazetteer knows is read.
    places = _places("Trade with Upper and Southeast Asia grew, the ministry said.")
    assert ("Southeast Asia", None) in places
    assert not any(name.startswith("Upper") for name, _ in places)


def test_historic_and_provincial_regions_are_known() -> None:
    places = _places(
        "The toolmaker will cut jobs in Swabia. Members in the Bas-Saint-Laurent and Côte-Nord regions "
        "struggle to hire, the Quebec federation said."
    )
    assert ("Swabia", "DE") in places
    assert ("Bas-Saint-Laurent", "CA") in places
    assert ("Côte-Nord", "CA") in places


def test_shared_region_name_follows_the_story_that_names_mostly_its_country() -> None:
    text = (
        "Floods reach Punjab\n\n"
        "LAHORE: The flood peak moved through southern Punjab on Tuesday, officials said.\n\n"
        "Villages near Multan, Jhang and Muzaffargarh were evacuated, and camps opened in Sialkot, "
        "Okara and Kasur. Water released from dams in India raised the river, they said."
    )
    assert ("Punjab", "PK") in _places(text)


def test_shared_region_name_stays_with_a_country_the_story_names_as_much() -> None:
    text = (
        "Farmers protest in Punjab\n\n"
        "Farmers in Punjab blocked roads on Tuesday, and groups in Delhi and Haryana joined them, while "
        "traders in Lahore watched prices."
    )
    assert ("Punjab", "IN") in _places(text)


def test_ward_before_county_assembly_member_is_a_place() -> None:
    text = (
        "Ward fund row in Kisumu\n\n"
        "KISUMU, Kenya — The budget committee chairman, Kolwa East MCA Seth Owuor, defended the plan. "
        "Nyalenda A MCA Mary Ayoo opposed it, and Nominated MCA Jane Otieno abstained."
    )
    places = _places(text)
    assert ("Kolwa East", "KE") in places
    assert ("Nyalenda A", "KE") in places
    assert not any(name.startswith("Nominated") for name, _ in places)


def test_ward_word_is_not_part_of_the_ward_name() -> None:
    text = "Clinic row in Machakos\n\nMACHAKOS, Kenya — The motion, sponsored by Kithimani Ward MCA Peter Kioko, passed."
    places = _places(text)
    assert ("Kithimani", "KE") in places
    assert ("Kithimani Ward", "KE") not in places


def test_district_named_after_of_follows_its_city() -> None:
    text = "Gunmen attacked a family party in the Culiacán neighborhood of Loma Verde, killing seven, police said."
    extraction = run(text)
    assert ("Loma Verde", "MX") in [(p.name, p.country_code) for p in extraction.places]
    assert "Loma Verde" not in [p.name for p in extraction.people]


def test_country_name_after_the_town_of_is_a_town_of_the_story() -> None:
    text = (
        "Troops sent to Sinaloa\n\n"
        "CULIACÁN, Mexico — A helicopter came under fire near the town of Costa Rica, south of Culiacán, "
        "officials said. Bodies were found near Navolato."
    )
    places = _places(text)
    assert ("Costa Rica", "MX") in places
    assert ("Costa Rica", "CR") not in places


def test_country_named_plainly_keeps_its_own_code() -> None:
    text = (
        "Troops sent to Sinaloa\n\n"
        "CULIACÁN, Mexico — Troops arrived in Culiacán, officials said, and Costa Rica offered help."
    )
    assert ("Costa Rica", "CR") in _places(text)


def test_town_before_a_team_nickname_is_a_side_in_a_match_report() -> None:
    text = (
        "Hawks hold on\n\n"
        "The Ballarat Hawks beat the Bendigo Suns by 12 points on Saturday, kicking four goals in the last "
        "quarter. Ballarat led at half-time, and the coach said the win was deserved. The final siren "
        "sounded with the ball in their forward line.\n\nFans travelled from Melbourne."
    )
    places = _places(text)
    assert ("Ballarat", "AU") not in places
    assert ("Melbourne", "AU") in places


def test_town_before_a_plain_plural_stays_a_place() -> None:
    text = (
        "Hawks hold on\n\n"
        "The Hawks beat the Suns by 12 points on Saturday, kicking four goals in the last quarter at the "
        "ground in Bendigo. Bendigo fans stayed late, and the coach said the win was deserved as the final "
        "siren sounded."
    )
    assert ("Bendigo", "AU") in _places(text)


def test_minnesota_party_tag_names_the_home_town() -> None:
    text = (
        "House Minority Leader Jane Roe, DFL-Mankato, said her caucus would not provide the votes, and "
        "Rep. John Doe, R-Rochester, disagreed."
    )
    places = _places(text)
    assert ("Mankato", "US") in places
    assert ("Rochester", "US") in places


def test_byline_town_is_a_place_of_the_story() -> None:
    text = (
        "Senate approves loan request\n\n"
        "By Jane Roe-Okafor, Kaduna\n\n"
        "The Senate on Wednesday approved a request by the Federal Government to borrow money for rail "
        "projects, despite a walkout by opposition senators who said the leadership had rushed it.\n\n"
        "The approval followed a report by the committee."
    )
    assert ("Kaduna", "NG") in _places(text)


def test_byline_post_is_no_place() -> None:
    text = (
        "Senate approves loan request\n\n"
        "By Jane Roe-Okafor, Political Editor\n\n"
        "The Senate on Wednesday approved a request by the Federal Government to borrow money for rail "
        "projects, despite a walkout by opposition senators who said the leadership had rushed it."
    )
    assert _places(text) == []


def test_city_alone_on_a_line_above_the_story_is_its_dateline() -> None:
    text = (
        "Province cuts immigration target\n\n"
        "Business groups warn of labour shortages in the regions\n\n"
        "Panama City\n\n"
        "The government will cut the number of permanent immigrants it admits each year starting in 2027, "
        "the immigration minister announced on Wednesday, drawing fire from every opposition party.\n\n"
        "The minister said capacity was stretched."
    )
    assert ("Panama City", "PA") in _places(text)


def test_seat_after_a_party_acronym_in_brackets_is_a_place() -> None:
    text = (
        "Senate passes loan\n\n"
        "ABUJA, Nigeria — The committee chairman, Senator Musa Bello (APC, Sokoto East), said the loans "
        "would fund rail projects. Senator Ngozi Eze (PDP, Enugu West) opposed them."
    )
    extraction = run(text)
    places = [(p.name, p.country_code) for p in extraction.places]
    assert ("Sokoto East", "NG") in places
    assert ("Enugu West", "NG") in places
    assert "Sokoto East" not in [o.name for o in extraction.organisations]


def test_bracketed_acronym_and_plain_name_is_no_seat() -> None:
    text = "The deal was signed by Acme Holdings (AH, Lagos Partners) on Monday, the company said."
    assert ("Lagos Partners", "NG") not in _places(text)


def test_town_named_abroad_by_the_gazetteer_follows_its_local_namesake() -> None:
    text = (
        "Dengue cases rise in Cebu City\n\n"
        "CEBU CITY, Philippines — The barangays under the order are Guadalupe, Kalunasan and Inayawan, the "
        "city health office said.\n\nIn Barangay Guadalupe, health workers sprayed canals on Monday."
    )
    places = _places(text)
    assert ("Guadalupe", "PH") in places
    assert ("Guadalupe", "MX") not in places


def test_town_abroad_stays_when_its_country_is_named_more() -> None:
    text = (
        "Traders meet in Cebu\n\n"
        "CEBU CITY, Philippines — Traders from Guadalupe, Monterrey and Saltillo in Mexico met buyers at "
        "Barangay Guadalupe on Monday."
    )
    assert ("Guadalupe", "MX") in _places(text)
