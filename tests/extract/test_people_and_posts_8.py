"""People's titles and organisations in the eighth held-out set's styles (all sentences made up)."""

from tests.extract.reading import titles_and_organisations as _person


def test_occupations_beyond_the_listed_roles_are_titles() -> None:
    text = (
        "The clinic closed on Friday. Marta Kowal, a neurologist at the Brookvale Institute, said patients "
        "were moved. Tom Lee, a folklorist at Tarnwick College, said the town had changed."
    )
    titles, orgs = _person(text, "Marta Kowal")
    assert titles == {"neurologist"}
    assert "Brookvale Institute" in orgs
    titles, _ = _person(text, "Tom Lee")
    assert titles == {"folklorist"}


def test_plain_words_after_a_name_are_no_title() -> None:
    text = "The clinic closed on Friday. Marta Kowal, a mother of three, said patients were moved."
    titles, orgs = _person(text, "Marta Kowal")
    assert titles == set()
    assert orgs == set()


def test_party_before_a_legislators_acronym_is_the_affiliation() -> None:
    text = (
        "The bill passed on Tuesday. Fine Gael TD Aoife Kelly said it was weak, "
        "and Conservative MP Tom Hill said it was fine."
    )
    titles, orgs = _person(text, "Aoife Kelly")
    assert titles == {"TD"}
    assert "Fine Gael" in orgs
    titles, orgs = _person(text, "Tom Hill")
    assert titles == {"MP"}
    assert "Conservative Party" in orgs


def test_portfolio_before_a_minister_stays_in_the_title() -> None:
    # "Labour" before "Minister" is the portfolio, not the party; an "Opposition MP" keeps the rank.
    text = "Labour Minister Aoife Kelly said the bill was weak. Opposition MP Tom Hill disagreed."
    titles, orgs = _person(text, "Aoife Kelly")
    assert titles == {"Labour Minister"}
    assert orgs == set()
    titles, _ = _person(text, "Tom Hill")
    assert titles == {"Opposition MP"}
