"""Quotes and speakers, set 9 (third pass): reported findings with no classic reporting verb (what
records, data and studies show or found), grievances, occasions in the cue, unnamed groups (all
sentences made up)."""

from tests.extract.reading import indirect_quotes as _indirect
from tests.extract.reading import speaker_starting as _speaker
from tests.extract.reading import texts as _texts

# --- "…, state data show." / "Court records show …" ------------------------------------------------


def test_trailing_data_show_reports_the_clause_with_no_speaker() -> None:
    text = "Vaccines\n\nIn some villages of Dorran County, fewer than 70% of pupils were vaccinated, state data show."
    assert _speaker(_indirect(text), "In some villages of Dorran County") is None


def test_leading_court_records_show_report_the_clause_with_no_speaker() -> None:
    text = "Arrest\n\nCourt records show Tobin Marsh was convicted of burglary in Kellton County in 2018."
    assert _speaker(_indirect(text), "Tobin Marsh was convicted") is None


def test_trailing_projections_showed_report_the_clause() -> None:
    text = "Vote\n\nThe Greens fell short of the five percent threshold in Varnia, the projections showed."
    assert _speaker(_indirect(text), "The Greens fell short") is None


def test_figures_showing_an_object_are_no_reported_clause() -> None:
    text = "Sales\n\nFigures show increased demand for heat pumps across the region this winter."
    assert _indirect(text) == []


def test_a_person_who_shows_something_is_no_record() -> None:
    text = "Art\n\nThe painter Mira Quell shows her work in Dorran every spring, and visitors come from far away."
    assert _indirect(text) == []


# --- "The study also found that …", "An Acme poll found that …" -----------------------------------


def test_an_unnamed_study_found_reports_the_clause_with_no_speaker() -> None:
    text = "Bees\n\nThe study also found that hives kept in the shade produced more honey over the summer."
    assert _speaker(_indirect(text), "hives kept in the shade") is None


def test_a_poll_published_on_a_day_found_reports_the_clause() -> None:
    text = "Reform\n\nA new poll published on Tuesday found that 61% of Varnians oppose the pension reform."
    assert _speaker(_indirect(text), "61% of Varnians oppose") is None


def test_police_who_found_something_still_report_nothing() -> None:
    text = "Break-in\n\nPolice found that the back door of the Kellton warehouse had been forced open."
    assert _indirect(text) == []


# --- "complained afterwards that …" -----------------------------------------------------------------


def test_complained_that_reports_the_grievance() -> None:
    text = (
        "Quarter-final\n\nTomas Verrin was warned for a time violation and complained afterwards that "
        "the clock had been started too early."
    )
    assert _speaker(_indirect(text), "the clock had been started") == "tomas verrin"


def test_complained_about_something_is_no_reported_clause() -> None:
    text = "Noise\n\nTomas Verrin complained about the noise from the new Kellton stadium for years."
    assert _indirect(text) == []


# --- occasions and places in the cue -------------------------------------------------------------


def test_said_at_the_opening_ceremony_that_reports_the_clause() -> None:
    text = "Trade fair\n\nMinister Ilse Varga said at the opening ceremony that exports would keep growing next year."
    assert _speaker(_indirect(text), "exports would keep growing") == "ilse varga"


def test_said_outside_the_court_that_reports_the_clause() -> None:
    text = "Verdict\n\nDorian Pell said outside the court that he had lost most of his savings to the scheme."
    assert _speaker(_indirect(text), "he had lost most of his savings") == "dorian pell"


# --- unnamed groups: "Business leaders on the islands have warned that …", "…, the authors write." ----


def test_unnamed_leaders_on_islands_warned_with_no_speaker() -> None:
    text = "Ferries\n\nBusiness leaders on the islands have warned that the cancellations are costing them dearly."
    assert _speaker(_indirect(text), "the cancellations are costing") is None


def test_named_party_leaders_do_not_make_the_party_speak() -> None:
    text = (
        "Coalition\n\nThe Varnian Green Party entered talks. Green leaders said that the talks would resume."
    )
    assert _speaker(_indirect(text), "the talks would resume") is None


def test_the_authors_write_reports_the_clause_with_no_speaker() -> None:
    text = "Drought\n\nThe timing matches accounts of famine in the highlands, the authors write."
    assert _speaker(_indirect(text), "The timing matches accounts") is None


def test_people_who_write_books_report_nothing() -> None:
    text = "Books\n\nIn the highlands, farmers keep goats and their children write poems about them."
    assert _texts(_indirect(text)) == []


# --- "The military has said …": the country's armed forces named earlier -------------------------


def test_the_military_refers_to_the_armed_forces_named_earlier() -> None:
    text = (
        "Draft\n\nThe Varnian Defence Forces (VDF) sent 5,000 call-up orders last year.\n\n"
        "The military has said it needs another 8,000 soldiers to relieve the reservists."
    )
    assert _speaker(_indirect(text), "it needs another 8,000 soldiers") == "varnian defence forces"


def test_the_military_with_no_armed_forces_named_has_no_speaker() -> None:
    text = "Draft\n\nThe Kellton Dairy Company expanded.\n\nThe military has said it needs another 8,000 soldiers."
    assert _speaker(_indirect(text), "it needs another 8,000 soldiers") is None
