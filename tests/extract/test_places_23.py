"""Places in the twenty-third round: a town's country written after it, a town named by its lower-case
council or town hall, Penang."""

from app.extract import run


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country_code) for p in run(text).places]


def _orgs(text: str) -> list[str]:
    return [o.name for o in run(text).organisations]


def test_american_state_named_like_a_country_before_us() -> None:
    text = "Chip plant delayed\n\nThe firm will delay the start of production at its plant in Georgia, U.S., by a year."
    places = _places(text)
    assert ("Georgia", "US") in places
    assert ("Georgia", "GE") not in places


def test_town_placed_by_the_home_nation_after_it() -> None:
    text = "Distillery sold\n\nThe firm will open a distillery in Perth, Scotland, next year. Perth has 47,000 people."
    places = _places(text)
    assert ("Perth", "GB") in places
    assert ("Perth", "AU") not in places


def test_country_after_its_own_capital_changes_nothing() -> None:
    places = _places("Talks resume\n\nOfficials in Tbilisi, Georgia, said talks would resume.")
    assert ("Georgia", "GE") in places


def test_city_before_its_lower_case_council_is_a_place() -> None:
    text = "Cameras approved\n\nOttawa city council voted 17-7 on Wednesday to add speed cameras."
    assert ("Ottawa", "CA") in _places(text)
    assert "Ottawa city council" in _orgs(text)


def test_capitalised_city_council_names_no_place() -> None:
    assert _places("Budget set\n\nLeeds City Council voted on Wednesday to raise council tax.") == []


def test_small_town_named_by_its_town_hall() -> None:
    text = (
        "Rentals frozen\n\nTorremolinos town hall has approved a one-year freeze on new holiday-let licences."
    )
    assert ("Torremolinos", "ES") in _places(text)
    assert "Torremolinos town hall" in _orgs(text)


def test_penang_is_a_malaysian_state() -> None:
    text = "Semi-final reached\n\nThe 24-year-old from Penang admitted he had been too passive early on."
    assert ("Penang", "MY") in _places(text)


def test_place_after_a_sentence_opening_preposition() -> None:
    text = "Cameras approved\n\nUnder Ontario rules, towns may place the cameras only near schools."
    assert ("Ontario", "CA") in _places(text)


def test_title_opened_by_under_names_no_place() -> None:
    assert _places("Talks resume\n\nUnder Secretary Jane Roe said talks would resume.") == []


def test_county_after_a_sentences_article() -> None:
    text = "Suit dismissed\n\nA Cook County judge has thrown out a lawsuit by a developer."
    assert ("Cook County", "US") in _places(text)


def test_county_named_after_a_state_is_the_county() -> None:
    text = "Tax cap\n\nAuditors are split. Delaware County Auditor Jane Roe said the cap would be workable."
    places = _places(text)
    assert ("Delaware County", "US") in places
    assert ("Delaware", "US") not in places


def test_counties_listed_before_counties_with_a_given_name_among_them() -> None:
    text = "Bank results\n\nThe bank, based in Pierce County, has branches in Pierce, King, Kitsap and Thurston counties."
    places = _places(text)
    for name in ("King", "Kitsap", "Thurston"):
        assert (name, "US") in places


def test_state_university_is_no_place() -> None:
    text = "Bobcats win\n\nThe Montana State quarterback ran for 118 yards in the win."
    assert not any(name.startswith("Montana") for name, _ in _places(text))


def test_councillors_ward_before_the_short_title() -> None:
    text = (
        "Cameras approved\n\nOttawa city council voted to add cameras. Osgoode Coun. Jane Roe said residents "
        "of her ward felt targeted."
    )
    assert ("Osgoode", "CA") in _places(text)


def test_qualifier_before_the_short_title_is_no_ward() -> None:
    text = (
        "Cameras approved\n\nOttawa city council voted. Veteran Coun. Jane Roe said her ward felt targeted."
    )
    assert not any(name == "Veteran" for name, _ in _places(text))


def test_seat_after_legislator_for_named_after_a_district() -> None:
    text = (
        "Maize cash\n\nIn Lilongwe, committee chairperson Hon. Jane Roe, legislator for Mzimba North, was not "
        "convinced. Malawi's auditors disagreed."
    )
    places = _places(text)
    assert ("Mzimba North", "MW") in places
    assert "Mzimba North" not in _orgs(text)


def test_ward_an_honourable_member_represents() -> None:
    text = (
        "Maize cash\n\nIn Lilongwe, Hon. Jane Roe, who represents Chikwawa East and sits on the committee, "
        "said the matter went beyond paperwork."
    )
    assert ("Chikwawa East", "MW") in _places(text)


def test_small_town_follows_the_big_city_of_its_story() -> None:
    text = (
        "Bike lanes\n\nAlmost 200 car parks will be removed from a stretch of Sydney Road in Brunswick to make "
        "way for bike lanes, the council said. Traders across Melbourne watched the vote."
    )
    places = _places(text)
    assert ("Brunswick", "AU") in places
    assert ("Brunswick", "US") not in places


def test_two_word_nationality_is_no_place() -> None:
    text = (
        "Late winner\n\nThe visitors levelled through Cape Verdean winger Jane Roe before the break in Riyadh. "
        "Dammam fans cheered."
    )
    assert not any(name == "Cape Verdean" for name, _ in _places(text))


def test_foreign_province_named_in_a_list_of_local_villages() -> None:
    text = (
        "Parang queen dies\n\nShe sang in the villages of Arima, Santa Cruz and Paramin in Trinidad. "
        "Port of Spain mourned her."
    )
    places = _places(text)
    assert ("Santa Cruz", "TT") in places
    assert ("Santa Cruz", "AR") not in places


def test_town_opening_a_companys_short_name_is_the_company() -> None:
    text = (
        "Dairy results\n\nLaticínios Serra Verde SA, a dairy processor, posted a profit in Brazil.\n\n"
        "Serra Verde, controlled by one family, has 14 plants in Minas Gerais."
    )
    assert not any(name == "Serra" for name, _ in _places(text))
    dairy = next(o for o in run(text).organisations if o.name == "Laticínios Serra Verde SA")
    assert len(dairy.mentions) == 2


def test_european_regions_by_their_english_names() -> None:
    text = (
        "Rental law\n\n“Catalonia already has its own law,” the deputy said. Mines in Upper Silesia and "
        "farms in Lombardy were named too."
    )
    places = _places(text)
    assert ("Catalonia", "ES") in places
    assert ("Upper Silesia", "PL") in places
    assert ("Lombardy", "IT") in places


def test_tournament_named_after_a_country_is_no_place() -> None:
    text = "Semi-final\n\nHe will rest for a week before the team leaves for the Thailand Open in Bangkok."
    places = _places(text)
    assert ("Thailand", "TH") not in places
    assert ("Bangkok", "TH") in places


def test_peninsula_written_with_its_kind_in_lower_case() -> None:
    text = (
        "Housing vote\n\nCouncillors weighed the volcanic activity on the Reykjanes peninsula before voting."
    )
    assert ("Reykjanes peninsula", "IS") in _places(text)


def test_american_region_by_its_name() -> None:
    text = (
        "Tick season\n\nThe agency saw more cases in the Northeast Kingdom, where the disease was once rare."
    )
    assert ("Northeast Kingdom", "US") in _places(text)
