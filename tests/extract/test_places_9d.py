"""Places, ninth round (fourth part): plural settlement cues and datelines closed by a colon
(all sentences made up)."""

from app.extract import run


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country_code) for p in run(text).places}


def test_plural_settlement_noun_names_each_place_of_its_list() -> None:
    text = (
        "Floods cut off the villages of Oramba, Kessiru and Tundeba in Kenya on Monday, "
        "officials in Nairobi said."
    )
    places = _places(text)
    assert {("Oramba", "KE"), ("Kessiru", "KE"), ("Tundeba", "KE")} <= places


def test_plural_port_cue_names_an_unlisted_port() -> None:
    text = (
        "Investment in the ports of Ras Marwa and Safaga continues, officials in Cairo said of Egypt's plans."
    )
    assert ("Ras Marwa", "EG") in _places(text)


def test_plural_cue_noun_without_of_names_no_place() -> None:
    # "towns" then a name that is no place: nothing says the name is a town.
    text = "Officials in Nairobi said Kenya's towns Need Oramba Tundeba funding, the minister added."
    assert ("Need Oramba Tundeba", "KE") not in _places(text)


def test_capitals_dateline_closed_by_a_colon_names_city_and_region() -> None:
    text = (
        "Campaign heats up\n\n"
        "BLACK RIVER, St Elizabeth:\n\n"
        "Candidates in Jamaica traded words on Sunday as the campaign in St Elizabeth heated up. "
        "Voters in Kingston were watching."
    )
    result = run(text)
    places = {(p.name, p.country_code) for p in result.places}
    assert ("Black River", "JM") in places
    # The dateline's region and the body's mention are one place, however the gazetteer spells it.
    assert sum(1 for p in result.places if p.country_code == "JM" and "Elizabeth" in p.name) == 1
    assert not any(o.name in ("RIVER", "St Elizabeth") for o in result.organisations)


def test_colon_after_a_lower_case_place_is_no_dateline() -> None:
    text = "Paris, France: a city of light\n\nThe essayist Loma Ferrat said she moved there in 1998."
    result = run(text)
    assert not any(p.name == "Paris" and p.country_code is None for p in result.places)
    assert "Loma Ferrat" in {p.name for p in result.people}


def test_gazetteer_name_with_a_lower_case_word_inside_is_read_whole() -> None:
    places = _places("Delegates flew from Dar es Salaam to Frankfurt am Main, then on to Caxias do Sul.")
    assert {("Dar es Salaam", "TZ"), ("Frankfurt am Main", "DE"), ("Caxias do Sul", "BR")} <= places
    assert ("Frankfurt", "DE") not in places


def test_lower_case_words_after_a_town_do_not_join_it() -> None:
    # "Dar" alone is no gazetteer name with lower-case words: nothing joins across "es".
    places = _places("Officials in Frankfurt am told reporters nothing, Loma Ferrat said in Berlin.")
    assert ("Frankfurt am Main", "DE") not in places
