"""People's titles and organisations, second round on the eighth held-out set's styles (all sentences
made up)."""

from tests.extract.reading import titles_and_organisations as _person


def test_team_principal_is_one_post() -> None:
    text = (
        "Veloce Racing won in Monza on Sunday. Veloce Racing team principal Tom Harker said the car was quick. "
        "Team manager Ana Lopes said the crew had worked all night."
    )
    titles, orgs = _person(text, "Tom Harker")
    assert titles == {"team principal"}
    assert "Veloce Racing" in orgs
    # "team manager": the team is the organisation, the post is "manager".
    assert _person(text, "Ana Lopes")[0] == {"manager"}


def test_capital_body_word_opening_a_sentence_is_the_articles_body() -> None:
    text = (
        "The Brookvale Board of Education voted to close a school. Board member Ana Lopes said families "
        "were not heard. District spokesman Tom Harker said buses would run."
    )
    titles, orgs = _person(text, "Ana Lopes")
    assert titles == {"Board member"}
    assert "Brookvale Board of Education" in orgs
    assert _person(text, "Tom Harker")[0] == {"spokesman"}


def test_capital_word_opening_a_sentence_before_a_role_stays_in_the_post() -> None:
    # "Marine" is no body: the word belongs to the post.
    text = "The reef was bleached. Marine biologist Ana Lopes said the water was too warm."
    assert _person(text, "Ana Lopes")[0] == {"Marine biologist"}


def test_party_in_brackets_after_a_name_is_the_affiliation() -> None:
    text = "The council met on Monday. Mayor Ana Lopes (ANC) said the city had paid its debts."
    assert "African National Congress" in _person(text, "Ana Lopes")[1]


def test_other_words_in_brackets_after_a_name_are_no_party() -> None:
    # A nickname or a place in brackets ties no organisation.
    text = "The council met on Monday. Mayor Ana Lopes (Brookvale) said the city had paid its debts."
    assert _person(text, "Ana Lopes")[1] == set()


def test_word_ending_in_us_qualifies_a_role_and_whip_is_a_post() -> None:
    text = (
        "The Brookvale Alliance (BVA) lost the vote. BVA caucus leader Ana Lopes said the vote was rigged. "
        "BVA chief whip Tom Harker said it was not."
    )
    titles, orgs = _person(text, "Ana Lopes")
    assert titles == {"caucus leader"}
    assert "Brookvale Alliance" in orgs
    titles, orgs = _person(text, "Tom Harker")
    assert titles == {"chief whip"}
    assert "Brookvale Alliance" in orgs


def test_plural_word_before_a_role_still_opens_no_role() -> None:
    # "nurses" is a plural, not part of the post.
    text = "Hundreds of staff walked out. Striking nurses spokesman Ana Lopes said pay was too low."
    assert _person(text, "Ana Lopes")[0] == {"spokesman"}


def test_a_peoples_adjective_inside_a_role_is_no_organisation() -> None:
    text = "The festival opened on Friday. Tom Harker, a Cajun fiddler and singer, said the hall was full."
    titles, orgs = _person(text, "Tom Harker")
    assert titles == {"fiddler", "singer"}
    assert orgs == set()


def test_an_organisations_name_inside_a_role_is_still_the_affiliation() -> None:
    text = "The festival opened on Friday. Tom Harker, a senior Hamas official, said the hall was full."
    assert _person(text, "Tom Harker") == ({"official"}, {"Hamas"})


def test_plural_possessive_organisation_before_a_name_is_the_affiliation() -> None:
    text = "Brookvale Motors won the race. Brookvale Motors' Tom Harker finished fourth, ahead of Ana Lopes."
    assert "Brookvale Motors" in _person(text, "Tom Harker")[1]


def test_plain_possessive_word_before_a_name_ties_nothing() -> None:
    # "Players'" is no organisation: the player is tied to none.
    text = "The season ended on Sunday. Players' choice Tom Harker finished fourth, ahead of Ana Lopes."
    assert _person(text, "Tom Harker")[1] == set()


def test_a_partys_unit_named_by_its_place_is_the_party() -> None:
    text = (
        "The Bharatiya Janata Party won the seat. Pune BJP general secretary Tom Harker said it was deserved."
    )
    titles, orgs = _person(text, "Tom Harker")
    assert titles == {"general secretary"}
    assert "Bharatiya Janata Party" in orgs


def test_a_team_named_by_its_place_keeps_its_name() -> None:
    text = "The final was on Sunday. Leeds Capitals captain Tom Harker said it was deserved."
    assert "Leeds Capitals" in _person(text, "Tom Harker")[1]


def test_a_job_given_after_she_is_her_title() -> None:
    text = "Ana Lopes, 34, was last seen on Sunday. She works as a care assistant. Police are searching."
    assert _person(text, "Ana Lopes")[0] == {"care assistant"}


def test_a_job_and_workplace_given_after_he() -> None:
    text = "Tom Harker was arrested on Monday. He has worked as a mechanic at Brookvale Motors since 2010."
    assert _person(text, "Tom Harker") == ({"mechanic"}, {"Brookvale Motors"})


def test_working_as_a_team_is_no_job() -> None:
    text = "Tom Harker praised the staff on Monday. He worked as a result of the delays, and so did they."
    assert _person(text, "Tom Harker")[0] == set()


def test_a_job_in_a_who_clause_is_a_second_title() -> None:
    text = (
        "The strike began on Monday. Ana Lopes, a registered nurse who has worked as a care coordinator "
        "in Leeds for 14 years, said she was tired. Tom Harker, who works as a cook at Brookvale Motors, "
        "said so too."
    )
    assert _person(text, "Ana Lopes")[0] == {"registered nurse", "care coordinator"}
    assert _person(text, "Tom Harker") == ({"cook"}, {"Brookvale Motors"})


def test_working_as_one_in_a_who_clause_is_no_title() -> None:
    text = "The strike began on Monday. Tom Harker, who worked as a whole with the others, said so too."
    assert _person(text, "Tom Harker")[0] == set()


def test_capital_post_of_an_organisation_with_its_acronym_after() -> None:
    text = (
        "The World Health Programme warned on Monday. Ana Lopes, Executive Director of the World Health "
        "Programme (WHP), said the agency had reached more people."
    )
    titles, orgs = _person(text, "Ana Lopes")
    assert titles == {"Executive Director"}
    assert "World Health Programme" in orgs


def test_capital_post_with_an_acronym_then_more_words_is_not_read() -> None:
    # The appositive runs on past the acronym: no post is read from it.
    text = (
        "The World Health Programme warned on Monday. Ana Lopes, Executive Director of the World Health "
        "Programme (WHP) until 2010 and a critic since, said the agency had failed."
    )
    assert "Executive Director" not in _person(text, "Ana Lopes")[0]
