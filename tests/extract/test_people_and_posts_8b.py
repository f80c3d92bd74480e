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
