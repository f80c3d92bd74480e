"""Set-9 organisation rules (second pass): a place or a nationality inside a public body's name gives its
country, councils and committees belong to the story's country, and committees named for a list of
fields keep the whole list."""

from app.extract import run


def _organisations(text: str) -> dict[str, str | None]:
    return {o.name: o.country_code for o in run(text).organisations}


def test_a_country_inside_a_two_word_body_gives_its_country() -> None:
    orgs = _organisations(
        "Rescuers from the Bhutan Army and the Bhutan Police reached the village of Dromkar on Sunday."
    )
    assert orgs["Bhutan Army"] == "BT"
    assert orgs["Bhutan Police"] == "BT"


def test_a_city_of_a_named_country_inside_a_body_gives_that_country() -> None:
    orgs = _organisations(
        "LVIV, Ukraine — The Lviv Regional Housing Administration said on Monday that 40 buildings in "
        "Ukraine's west had lost heating."
    )
    assert orgs["Lviv Regional Housing Administration"] == "UA"


def test_a_nationality_before_an_institute_gives_its_country() -> None:
    orgs = _organisations("Figures from the Scottish Demographic Institute showed births fell again in 2024.")
    assert orgs["Scottish Demographic Institute"] == "GB"


def test_a_nationality_before_an_academy_wins_over_international_words_after_it() -> None:
    orgs = _organisations(
        "Liu Fang, a researcher at the Chinese Academy of International Shipping Studies, said demand rose."
    )
    assert orgs["Chinese Academy of International Shipping Studies"] == "CN"


def test_a_company_or_university_named_after_a_country_is_that_countrys() -> None:
    orgs = _organisations(
        "Bhutan Timber Holdings said it would cut 200 jobs, and Bhutan University said it would help retrain them."
    )
    assert orgs["Bhutan Timber Holdings"] == "BT"
    assert orgs["Bhutan University"] == "BT"


def test_an_international_body_keeps_no_country() -> None:
    orgs = _organisations(
        "NAIROBI, Kenya — The African Grain Council said on Tuesday that Kenya's harvest fell."
    )
    assert orgs["African Grain Council"] is None


def test_a_council_in_a_story_from_one_country_is_that_countrys() -> None:
    orgs = _organisations(
        "NAIROBI, Kenya — The Council of Mayors said on Tuesday that counties in Kenya had not been paid "
        "since March."
    )
    assert orgs["Council of Mayors"] == "KE"


def test_a_committee_named_for_a_list_of_fields_keeps_the_list() -> None:
    orgs = _organisations(
        "ACCRA, Ghana — The chair of the Fisheries, Lagoons and Coastal Affairs Committee, Kofi Mensah-Ansah, "
        "said the report was late."
    )
    assert "Fisheries, Lagoons and Coastal Affairs Committee" in orgs


def test_a_possessive_owner_before_a_list_named_committee_is_no_part_of_it() -> None:
    orgs = _organisations(
        "The letter went to the Welsh Senedd's Housing, Water and Planning Committee on Wednesday."
    )
    assert "Housing, Water and Planning Committee" in orgs


def test_a_list_of_places_before_a_committee_is_no_committee_name() -> None:
    orgs = _organisations("Delegates from Kenya, Uganda and the Regional Trade Committee met in Arusha.")
    assert not any(name.startswith(("Kenya", "Uganda")) for name in orgs)


def test_a_currency_code_before_its_sign_is_no_organisation() -> None:
    orgs = _organisations(
        "The Zentra Trust paid NZ$4 million and GH¢200,000 to the families, the court heard."
    )
    assert "NZ" not in orgs and "GH" not in orgs
    assert "Zentra Trust" in orgs


def test_an_acronym_after_a_or_my_that_ends_its_phrase_is_a_thing() -> None:
    orgs = _organisations(
        '"We have been treated as an ATM for the owners," said Mara Voss. "Now my DLR is due," she added.'
    )
    assert "ATM" not in orgs and "DLR" not in orgs


def test_an_acronym_after_a_before_a_noun_still_names_an_organisation() -> None:
    orgs = _organisations("A CDU lawmaker, Jonas Brehm, said the WTTC had warned of the cost.")
    assert "CDU" in orgs or "Christian Democratic Union" in orgs
    assert "WTTC" in orgs
