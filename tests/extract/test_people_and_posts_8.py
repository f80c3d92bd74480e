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


def test_role_with_a_city_at_the_sentence_end() -> None:
    text = "Bank shares rose. “Prices are up,” said Anna Berg, a credit analyst at Tarnwick Ratings in Oslo."
    titles, orgs = _person(text, "Anna Berg")
    assert titles == {"credit analyst"}
    assert "Tarnwick Ratings" in orgs


def test_possessive_role_after_the_name_with_its_country() -> None:
    text = (
        "Talks stalled on Friday. “More work is needed,” said Anna Berg, the Brookvale Fund's mission "
        "chief for Ruritania. Tom Lee, the company's founder, agreed."
    )
    titles, orgs = _person(text, "Anna Berg")
    assert titles == {"mission chief"}
    assert "Brookvale Fund" in orgs


def test_post_held_still_and_posts_joined_by_and() -> None:
    text = (
        "The firm changed hands. Tom Lee, who remains president of Brookvale Foods, backed the sale. "
        "Anna Berg, a fiddler and singer whose songs were loved, has died."
    )
    titles, orgs = _person(text, "Tom Lee")
    assert titles == {"president"}
    assert "Brookvale Foods" in orgs
    titles, _ = _person(text, "Anna Berg")
    assert titles == {"fiddler", "singer"}
    text = (
        "The firm changed hands. “It was hard,” said Tom Lee, now an adviser to consumer companies in Oslo."
    )
    assert _person(text, "Tom Lee")[0] == {"adviser"}


def test_to_after_a_role_is_no_clientele_of_any_post() -> None:
    text = "Labour is split. The letter, organised by Tom Lee, urges the chancellor to drop the plan."
    assert _person(text, "Tom Lee")[0] == set()


def test_nationality_and_retirement_are_no_part_of_the_post() -> None:
    text = (
        "The vote was close. Anna Berg, a Swedish MEP, said it was weak. "
        "Tom Lee, a retired teacher, said it was fine. Maria Lopez, a chief European economist, disagreed."
    )
    assert _person(text, "Anna Berg")[0] == {"MEP"}
    assert _person(text, "Tom Lee")[0] == {"teacher"}
    assert _person(text, "Maria Lopez")[0] == {"chief European economist"}  # inside the post, it stays


def test_organisation_read_as_several_runs_is_one_affiliation() -> None:
    text = (
        "The plan was published on Monday. Anna Berg, a Swedish MEP from the Socialists and Democrats group "
        "who wrote the report, said it was weak. Tom Lee, a folklorist at the University of Louisiana at "
        "Lafayette, agreed."
    )
    assert _person(text, "Anna Berg")[1] == {"Socialists and Democrats"}
    assert _person(text, "Tom Lee")[1] == {"University of Louisiana at Lafayette"}


def test_campus_is_no_part_of_a_company_name() -> None:
    text = "Shares fell. Tom Lee, an analyst at Brookvale Capital at Tarnwick, said demand was weak."
    _, orgs = _person(text, "Tom Lee")
    assert "Brookvale Capital at Tarnwick" not in orgs


def test_post_and_organisation_before_a_professor_in_apposition() -> None:
    text = (
        "Funding was cut. The vice-chancellor of Brookvale University, Prof Anna Berg, said the cut was deep. "
        "At Tarnwick University, the vice-chancellor, Prof Tom Lee, said it was fine."
    )
    titles, orgs = _person(text, "Anna Berg")
    assert "vice-chancellor" in titles
    assert orgs == {"Brookvale University"}
    titles, orgs = _person(text, "Tom Lee")
    assert "vice-chancellor" in titles
    assert orgs == {"Tarnwick University"}


def test_a_sentence_opening_at_a_time_names_no_organisation() -> None:
    text = "Funding was cut. At Easter, the chancellor, Prof Tom Lee, said it was fine."
    titles, orgs = _person(text, "Tom Lee")
    assert "chancellor" in titles
    assert orgs == set()


def test_who_teaches_or_sits_on_ties_the_person_to_the_organisation() -> None:
    text = (
        "The ruling came Monday. “It is big,” said Tom Lee, who teaches environmental law at Brookvale Law "
        "School. Anna Berg, who sits on the Tarnwick Energy Committee, agreed. Jim Cole, a retired teacher "
        "who taught at Brookvale High for 27 years, spoke."
    )
    assert _person(text, "Tom Lee")[1] == {"Brookvale Law School"}
    assert _person(text, "Anna Berg")[1] == {"Tarnwick Energy Committee"}
    assert _person(text, "Jim Cole") == ({"teacher"}, {"Brookvale High"})


def test_who_teaches_a_person_is_no_affiliation() -> None:
    text = "The ruling came Monday. Jim Cole, who taught him to read, spoke. Tom Lee, a nurse who loves music, agreed."
    assert _person(text, "Jim Cole") == (set(), set())
    assert _person(text, "Tom Lee") == ({"nurse"}, set())


_AGENCIES = (
    "Aid appeal\n\nThe World Health Organization (WHO) and the United Nations Children's Fund (UNICEF) spoke.\n\n"
    "Anna Berg, the UN Under-Secretary-General for Political Affairs and Special Envoy, said aid was short. "
    "Tom Lee, UNICEF Regional Director for the Middle East and North Africa, said children suffer. "
    "Dr Jim Cole, WHO Representative in Chad, told reporters it was hard. "
    "Mia Ford, WHO Would Know, said the theory was wrong."
)


def test_acronym_then_capitalised_posts_after_a_name() -> None:
    titles, orgs = _person(_AGENCIES, "Anna Berg")
    assert titles == {"Under-Secretary-General for Political Affairs", "Special Envoy"}
    assert "UN" in orgs
    titles, orgs = _person(_AGENCIES, "Tom Lee")
    assert titles == {"Regional Director"}  # "for the Middle East …" is the region, not the post
    assert "UNICEF" in orgs
    titles, orgs = _person(_AGENCIES, "Jim Cole")
    assert titles == {"Representative"}
    assert "WHO" in orgs


def test_acronym_before_words_that_are_no_post_is_no_affiliation() -> None:
    titles, orgs = _person(_AGENCIES, "Mia Ford")
    assert titles == set()
    assert "WHO" not in orgs
