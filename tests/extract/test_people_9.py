"""People's titles and organisations, ninth round (all sentences made up)."""

from tests.extract.reading import titles_and_organisations as _person

_GAME = (
    "The Tulsa Comets beat the Omaha Herons 101-96 on Friday, their best win of the season. "
    "Rafe Dunmore scored 30 points.\n\n"
)


def test_home_town_before_a_position_names_the_team_in_a_match_report() -> None:
    text = _GAME + "Tulsa guard Tomas Quill sat out with a sore knee. Omaha forward Ilan Brey scored 12."
    titles, orgs = _person(text, "Tomas Quill")
    assert titles == {"guard"}
    assert "Tulsa Comets" in orgs
    assert "Omaha Herons" in _person(text, "Ilan Brey")[1]


def test_team_that_was_without_its_player() -> None:
    text = _GAME + "The Herons were without starting center Oren Vail for a second game."
    titles, orgs = _person(text, "Oren Vail")
    assert titles == {"center"}
    assert "Omaha Herons" in orgs


def test_home_town_names_no_team_outside_a_match_report() -> None:
    # No match report: "Tulsa" is only a town, and a security guard no player.
    text = "The Tulsa Comets Trust opened a library. Tulsa guard Tomas Quill said the doors were locked."
    assert "Tulsa Comets Trust" not in _person(text, "Tomas Quill")[1]


def test_local_council_member_opening_a_sentence_with_a_bracketed_party() -> None:
    text = (
        "Mayor Tom Reed spoke first. Former corporator Lina Pardo of the Janata Front (JF) alleged that "
        "the figures were wrong. The Janata Front later repeated the claim."
    )
    titles, orgs = _person(text, "Lina Pardo")
    assert titles == {"corporator"}
    assert "Janata Front" in orgs


def test_brackets_after_the_name_that_close_no_organisation() -> None:
    # "(ret.)" is no organisation's letters: nothing is tied.
    text = "Colonel Lina Pardo of Bristol (ret.) said the base would close."
    assert _person(text, "Lina Pardo")[1] == set()


def test_country_possessive_before_the_body_after_a_role() -> None:
    text = (
        "Omar Sayed, minister of state at Qatar's Ministry of Planning, said on Sunday it was close. "
        "Ivan Petrenko, a spokesman for Ukraine's General Staff, disputed that."
    )
    titles, orgs = _person(text, "Omar Sayed")
    assert titles == {"minister of state"}
    assert "Ministry of Planning" in orgs
    assert "General Staff" in _person(text, "Ivan Petrenko")[1]


def test_unit_of_a_described_body_and_a_think_tank_before_its_name() -> None:
    text = (
        "Ana Lopes, a clinical reviewer in the agency's Office of Dermatology, told the panel it was weak. "
        "Tom Reed, director of Nairobi-based think tank Power Bridge Africa, told reporters it was weak."
    )
    assert _person(text, "Ana Lopes") == ({"clinical reviewer"}, {"Office of Dermatology"})
    assert _person(text, "Tom Reed") == ({"director"}, {"Power Bridge Africa"})


def test_a_person_possessive_after_a_role_is_no_country() -> None:
    # "Reed's Lisbon office": a person's, not a country's; no body is cut out of it.
    text = "Tom Reed spoke. Ana Lopes, a manager at Reed's Lisbon Office, said it was weak."
    assert "Lisbon Office" not in _person(text, "Ana Lopes")[1]


def test_nationality_then_party_then_post_after_a_name() -> None:
    text = (
        "The Greens and the Kurdistan Unity Party met on Monday. Jan-Pieter Velt, a Dutch Greens MEP, said "
        "fines were weak. Rosa Barzani, a Kurdistan Unity Party (KUP) member of parliament from Duhok, said "
        "the money never came."
    )
    titles, orgs = _person(text, "Jan-Pieter Velt")
    assert titles == {"MEP"}
    assert "Green Party" in orgs
    titles, orgs = _person(text, "Rosa Barzani")
    assert titles == {"member of parliament"}
    assert "Kurdistan Unity Party" in orgs


def test_nationality_alone_before_a_post_names_no_organisation() -> None:
    text = "Jan-Pieter Velt, a Dutch MEP, said fines were weak."
    assert _person(text, "Jan-Pieter Velt") == ({"MEP"}, set())


def test_chair_of_a_lower_case_committee_before_the_name() -> None:
    text = "The chair of the Housing select committee, Priya Sand, said the cap was unfair."
    titles, orgs = _person(text, "Priya Sand")
    assert titles == {"chair"}
    assert "Housing select committee" in orgs


def test_lower_case_words_before_the_comma_name_no_committee() -> None:
    # "of the week" is no body: no organisation is made of it.
    text = "The star of the week, Priya Sand, has written to the minister."
    assert _person(text, "Priya Sand")[1] == set()
