"""Quote speakers, set 8c: a description then its name in commas, a bare description's staff, more
company descriptions, described sources after "according to", unnamed members by description, a name
before its bracketed acronym (all sentences made up)."""

from tests.extract.reading import direct_quotes as _direct
from tests.extract.reading import indirect_quotes as _indirect
from tests.extract.reading import speaker_starting as _speaker

# --- "The supplier, Lyon-based Acme SA, said": the name is the description's appositive -----------


def test_a_described_subject_with_its_name_in_commas_speaks() -> None:
    text = (
        "Brake parts recalled\n\n"
        "Torvane Motors is recalling 20,000 vans.\n\n"
        "The supplier, Lyon-based Quellmar Industries SA, said in a statement it was "
        "“working closely” with Torvane."
    )
    assert _speaker(_indirect(text), "it was") == "quellmar industries sa"
    assert _speaker(_direct(text), "working closely") == "quellmar industries sa"


def test_the_name_of_what_a_role_belongs_to_is_no_subject() -> None:
    text = (
        "Brake parts recalled\n\n"
        "Torvane Motors is recalling 20,000 vans.\n\n"
        "The chief executive of the supplier, Lyon-based Quellmar Industries SA, said in a statement it was "
        "“working closely” with Torvane."
    )
    assert _speaker(_indirect(text), "it was") != "quellmar industries sa"


# --- "agency staff wrote that …": the bare description's people speak for it ----------------------


def test_a_bare_descriptions_staff_speak_for_the_organisation() -> None:
    text = (
        "Panel weighs drug\n\n"
        "The Drug Safety Agency will rule next month.\n\n"
        "In documents posted on Monday, agency staff wrote that the result was “exploratory”."
    )
    assert _speaker(_indirect(text), "the result was") == "drug safety agency"


def test_staff_after_a_determiner_are_not_the_bare_description() -> None:
    text = (
        "Panel weighs drug\n\n"
        "The Drug Safety Agency will rule next month.\n\n"
        "In documents posted on Monday, several travel agency staff wrote that the result was “exploratory”."
    )
    assert _speaker(_indirect(text), "the result was") != "drug safety agency"


# --- "The power utility said": a utility or supplier is a company; a description opening a paragraph
# continues the paragraph before ----------------------------------------------------------------


def test_a_power_utility_is_a_company() -> None:
    text = (
        "Power cuts loom\n\n"
        "Voltaris Holdings has given the town until Friday to pay its overdue account.\n\n"
        "The power utility said on Monday that the debt had climbed to 5 million."
    )
    assert _speaker(_indirect(text), "the debt had climbed") == "voltaris holdings"


def test_a_utility_opening_a_paragraph_is_the_organisation_just_named() -> None:
    text = (
        "Power cuts loom\n\n"
        "VOLTA has given the town until Friday to pay its overdue account.\n\n"
        "The power utility said on Monday that the debt had climbed to 5 million."
    )
    assert _speaker(_indirect(text), "the debt had climbed") == "volta"


def test_a_utility_later_in_a_paragraph_does_not_reach_back() -> None:
    text = (
        "Power cuts loom\n\n"
        "VOLTA has given the town until Friday to pay its overdue account.\n\n"
        "Residents were angry, and the power utility said on Monday that the debt had climbed to 5 million."
    )
    assert _speaker(_indirect(text), "the debt had climbed") is None


# --- "according to industry association X": past what the source is ------------------------------


def test_according_to_a_described_association_names_it() -> None:
    text = (
        "Exports rise\n\n"
        "Cheese exports rose 4% last year, according to industry association Formaggi Uniti Nazionali."
    )
    assert _speaker(_indirect(text), "Cheese exports rose") == "formaggi uniti nazionali"


def test_according_to_an_association_with_no_name_after_it_names_no_one() -> None:
    text = "Exports rise\n\nCheese exports rose 4% last year, according to an industry association in Parma."
    assert _speaker(_indirect(text), "Cheese exports rose") is None


# --- "a team source told …": one unnamed member, not the organisation ------------------------------


def test_a_team_source_is_an_unnamed_voice() -> None:
    text = (
        "Injury blow\n\n"
        "Harbour City Gulls FC will be without their captain. The club is expected to sign a "
        "replacement this week, a team source told the Courier."
    )
    assert _speaker(_indirect(text), "The club is expected") is None


def test_a_team_spokesperson_still_speaks_for_the_team() -> None:
    text = (
        "Injury blow\n\n"
        "Harbour City Gulls FC will be without their captain. The club is expected to sign a "
        "replacement this week, a team spokesperson said."
    )
    assert _speaker(_indirect(text), "The club is expected") == "harbour city gulls fc"


# --- "Jane Roe of the Acme Party (AP) alleged": the person before the organisation -----------------


def test_a_person_before_an_organisation_and_its_acronym_speaks() -> None:
    text = (
        "Flood works questioned\n\n"
        "Former councillor Imelda Varkey of the Progressive Civic Front (PCF) alleged that the figures "
        "were “inflated” by contractors."
    )
    assert _speaker(_indirect(text), "the figures were") == "imelda varkey"


def test_an_organisation_with_its_acronym_alone_speaks() -> None:
    text = (
        "Flood works questioned\n\n"
        "The Progressive Civic Front (PCF) alleged that the figures were “inflated” by contractors."
    )
    assert _speaker(_indirect(text), "the figures were") == "progressive civic front"


# --- "the civic body", "data shared by the civic body": a body described by its kind -------------


def test_the_civic_body_is_the_council() -> None:
    text = (
        "Roads repaired\n\n"
        "Marlow City Council approved the budget on Monday. The civic body said 40 roads had been repaired."
    )
    assert _speaker(_indirect(text), "40 roads") == "marlow city council"


def test_figures_shared_by_the_civic_body_are_the_councils() -> None:
    text = (
        "Roads repaired\n\n"
        "Marlow City Council approved the budget on Monday. According to figures shared by the civic "
        "body, 40 roads had been repaired since April."
    )
    assert _speaker(_indirect(text), "40 roads") == "marlow city council"


def test_the_body_alone_names_no_organisation() -> None:
    text = (
        "Roads repaired\n\n"
        "Marlow City Council approved the budget on Monday. The body said 40 roads had been repaired."
    )
    assert _speaker(_indirect(text), "40 roads") is None
