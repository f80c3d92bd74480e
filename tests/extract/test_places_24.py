"""Places, round 24: a country's name that a home state shares, big local cities over namesakes abroad,
wards members represent, and surnames that are also towns (all sentences made up)."""

from app.extract import run


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country_code) for p in run(text).places}


def test_state_sharing_a_country_name_in_a_home_story_is_the_state() -> None:
    text = (
        "ATLANTA (AP) — Georgia lawmakers voted Tuesday to cut a fuel tax. Neighbouring Alabama and "
        "South Carolina did the same last year, and officials said Georgia would follow Tennessee."
    )
    places = _places(text)
    assert ("Georgia", "US") in places
    assert ("Georgia", "GE") not in places


def test_big_city_of_the_story_country_beats_a_namesake_abroad() -> None:
    text = (
        "KARACHI: Police in Karachi said on Tuesday that the suspects had fled to Hyderabad before "
        "they were caught near Thatta."
    )
    places = _places(text)
    assert ("Hyderabad", "PK") in places
    assert ("Hyderabad", "IN") not in places


def test_ward_a_member_represents_is_a_place_and_a_count_is_none() -> None:
    text = (
        "NAIROBI, Kenya — Twenty-three MCAs voted for the motion in Kisumu County. Jane Atieno, who "
        "represents Oloika Ward, said the vote was rushed."
    )
    places = _places(text)
    assert ("Oloika", "KE") in places
    assert not any(name.startswith("Twenty") for name, _ in places)
    assert "Oloika Ward" not in {o.name for o in run(text).organisations}


def test_surname_that_is_also_a_town_stays_in_the_name() -> None:
    text = (
        "MEXICO CITY — Officers found the bodies near Celaya, Guanajuato. Rangel's sister, "
        "Marisol Rangel Ortega, told reporters he had no armour."
    )
    result = run(text)
    assert "Marisol Rangel Ortega" in {p.name for p in result.people}
    assert ("Rangel", "AO") not in {(p.name, p.country_code) for p in result.places}


def test_vietnamese_middle_name_is_no_turkish_city() -> None:
    text = "HANOI — Chief executive Tran Van Minh said the firm's exports to Japan rose in Vietnam this year."
    assert ("Van", "TR") not in _places(text)


def test_plural_kind_closes_a_list_of_regions() -> None:
    text = "ABUJA — Contracts in Bayelsa and Delta states were paid in full, a witness told the court in Abuja, Nigeria."
    assert ("Delta", "NG") in _places(text)


def test_place_opening_a_cartel_name_is_no_place() -> None:
    text = "MEXICO CITY — Police in Celaya, Guanajuato, blamed the Sonora Nueva Generation Cartel for the attack."
    assert ("Sonora", "MX") not in _places(text)


def test_philippine_city_is_named_with_its_city() -> None:
    text = "CEBU CITY — Boxer Ramon Dizon of Toledo City won on Saturday in Cebu, Philippines."
    places = _places(text)
    assert ("Toledo City", "PH") in places
    assert ("Toledo", "PH") not in places


def test_namesake_of_a_town_abroad_in_a_home_state_story_is_the_home_town() -> None:
    text = (
        "ATLANTA (AP) — Georgia senators voted Tuesday on the plan. A firm building a campus near Rome "
        "said it would stay, while Alabama and South Carolina courted it."
    )
    places = _places(text)
    assert ("Rome", "US") in places
    assert ("Rome", "IT") not in places


def test_lawmakers_home_town_after_party_letter_is_a_place() -> None:
    text = (
        "ATLANTA (AP) — The bill goes to the state House, where Speaker Dale Hume-Ortiz, R-Blue Ridge, "
        "has been noncommittal, officials in Atlanta, Georgia, said."
    )
    assert ("Blue Ridge", "US") in _places(text)


def test_town_before_based_is_a_place_not_a_body() -> None:
    text = "Shares in Salford-based retailer Northgate Group fell on Tuesday, traders in Manchester, England, said."
    result = run(text)
    assert ("Salford", "GB") in {(p.name, p.country_code) for p in result.places}
    assert "Salford-based" not in {o.name for o in result.organisations}


def test_bare_ocean_name_before_a_noun_is_an_adjective() -> None:
    text = (
        "BRISBANE — Pacific farm workers from Tonga were underpaid, a watchdog said in Queensland, "
        "Australia, as ships crossed the Pacific."
    )
    result = run(text)
    pacific = [p for p in result.places if p.name == "Pacific"]
    assert len(pacific) <= 1
    assert all(len(p.mentions) == 1 for p in pacific)


def test_town_short_form_of_a_longer_named_town_is_that_town() -> None:
    text = (
        "MONTERREY, Mexico — Residents of San Pedro Garza García paid more, officials in Nuevo León said. "
        '"In San Pedro they have water," one neighbour said.'
    )
    places = _places(text)
    assert ("San Pedro Garza García", "MX") in places
    assert not any(name == "San Pedro" and code != "MX" for name, code in places)


def test_region_named_landform_is_no_town() -> None:
    text = (
        "SANTIAGO, Chile — Miners work in the Atacama salt flat, officials in Santiago said; "
        "communities in San Pedro de Atacama object."
    )
    assert ("Atacama", "CL") not in _places(text)


def test_opening_participle_is_no_listed_place() -> None:
    text = (
        "NASSAU, Bahamas — Residents of Exuma, Abaco and Eleuthera complained.\n\n"
        'Responding, Fox Hill MP Dr Jane Roe-Smith said the Opposition had "a short memory."'
    )
    assert not any(name == "Responding" for name, _ in _places(text))
