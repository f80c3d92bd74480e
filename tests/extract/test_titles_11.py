"""Titles and organisations: the constructions news writing carries them in."""

from app.extract import run
from tests.extract.reading import titles_and_organisations

_GAME = (
    "The Portland Pioneers rallied past the Columbus Comets 6-4 on Sunday, scoring three runs in the ninth "
    "inning. The Comets have lost five of seven, and the Pioneers won for the third time in four games.\n\n"
    "Michael Kellerman homered twice off the Columbus bullpen.\n\n"
)


def test_baseball_position_abbreviation_after_a_team_and_its_heading() -> None:
    text = _GAME + (
        "Comets LHP Marlon Ostrava (4-2, 3.10 ERA) faces Pioneers RHP Quentin Haldane (2-5, 5.01) on Monday.\n\n"
        "Pioneers: INF Teodor Vasquel was placed on the 10-day injured list."
    )
    titles, orgs = titles_and_organisations(text, "Marlon Ostrava")
    assert titles == {"LHP"} and "Columbus Comets" in orgs
    titles, orgs = titles_and_organisations(text, "Quentin Haldane")
    assert titles == {"RHP"} and "Portland Pioneers" in orgs
    titles, orgs = titles_and_organisations(text, "Teodor Vasquel")
    assert titles == {"INF"} and "Portland Pioneers" in orgs


def test_pitching_roles_before_and_after_a_name() -> None:
    text = _GAME + (
        "Columbus starter Lyle Brenneman gave up two runs over six innings. The winning hit came off reliever "
        "Osvaldo Trejo. Kellerman, the Venezuelan infielder who joined in May, also doubled."
    )
    titles, orgs = titles_and_organisations(text, "Lyle Brenneman")
    assert titles == {"starter"} and "Columbus Comets" in orgs
    assert titles_and_organisations(text, "Osvaldo Trejo")[0] == {"reliever"}
    assert titles_and_organisations(text, "Michael Kellerman")[0] == {"infielder"}


def test_position_words_outside_a_match_report_are_no_position() -> None:
    # No match report: "starter" and "OF" are no playing positions here.
    text = (
        "The council approved the housing plan on Monday after a long debate.\n\n"
        "The idea was a conversation starter, said resident Dora Millbank, who backed it.\n\n"
        "OF Piet Umbrecht, the council's clerk, little was heard."
    )
    for person in run(text).people:
        assert "starter" not in person.titles and "OF" not in person.titles


def test_two_capitalised_posts_after_the_name_are_each_a_title() -> None:
    text = (
        'Torvane Energy Systems GmbH will build the line in Bremen. "It will work," said Dr. Hanna Volkert, '
        "Co-Founder and Chief Technology Officer of Torvane Energy Systems."
    )
    titles, orgs = titles_and_organisations(text, "Hanna Volkert")
    assert {"Co-Founder", "Chief Technology Officer"} <= titles
    assert "Torvane Energy Systems GmbH" in orgs


def test_one_capitalised_post_with_and_inside_is_not_split() -> None:
    text = '"It will work," said Hanna Volkert, Head of Research and Development at Torvane Energy Systems.'
    titles, _ = titles_and_organisations(text, "Hanna Volkert")
    assert titles == {"Head of Research and Development"}


def test_two_posts_joined_before_the_name() -> None:
    text = (
        "Quellmark Diagnostics now employs 180 people. Its co-founder and chief scientific officer, "
        "Tomas Verhagen, runs research from Boston.\n\n"
        "Orvell Capital founder and chief investment officer Daniel Ortmann said he would vote against."
    )
    titles, orgs = titles_and_organisations(text, "Tomas Verhagen")
    assert titles == {"co-founder", "chief scientific officer"} and "Quellmark Diagnostics" in orgs
    titles, orgs = titles_and_organisations(text, "Daniel Ortmann")
    assert titles == {"founder", "chief investment officer"} and "Orvell Capital" in orgs


def test_two_people_after_between_are_not_one_person_with_two_posts() -> None:
    text = "The talks between the president and chief executive Daniel Ortmann lasted an hour."
    titles, _ = titles_and_organisations(text, "Daniel Ortmann")
    assert titles == {"chief executive"}


def test_two_portfolio_words_before_a_minister() -> None:
    text = "At a rally in Tarnow, National Security Minister Dr Horace Quellby dismissed the plans."
    assert titles_and_organisations(text, "Horace Quellby")[0] == {"National Security Minister"}


def test_a_party_before_a_portfolio_is_no_part_of_the_post() -> None:
    text = "Labour Health Secretary Wes Quellby said the plan was fair."
    assert titles_and_organisations(text, "Wes Quellby")[0] == {"Health Secretary"}


def test_undersecretary_with_its_portfolio() -> None:
    text = "Agriculture Undersecretary Leonora Quellby, who attended the hearing, said the review went on."
    assert titles_and_organisations(text, "Leonora Quellby")[0] == {"Agriculture Undersecretary"}


def test_agency_name_then_its_administrator() -> None:
    text = "Federal Flood Response Agency Administrator Deborah Quellby said food had been stored in three states."
    titles, orgs = titles_and_organisations(text, "Deborah Quellby")
    assert titles == {"Administrator"} and "Federal Flood Response Agency" in orgs
    text = "National Transport Authority Chairman Deborah Quellby said buses were late."
    titles, orgs = titles_and_organisations(text, "Deborah Quellby")
    assert titles == {"Chairman"} and "National Transport Authority" in orgs


def test_two_capitalised_posts_joined_before_the_name() -> None:
    text = "Deputy Prime Minister and Finance Minister Joren Paskal said each household would get a payment."
    assert titles_and_organisations(text, "Joren Paskal")[0] == {"Deputy Prime Minister", "Finance Minister"}


def test_the_first_post_after_the_or_between_is_another_holder() -> None:
    text = "The Prime Minister and Finance Minister Joren Paskal met on Monday."
    assert titles_and_organisations(text, "Joren Paskal")[0] == {"Finance Minister"}
    text = "Talks between the Prime Minister and Finance Minister Joren Paskal went on late."
    assert titles_and_organisations(text, "Joren Paskal")[0] == {"Finance Minister"}
