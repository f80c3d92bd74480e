"""Quote speakers, set 8: appositives with abbreviations, characterising verbs, unnamed second voices,
unnamed members of an organisation, pronoun genders, capitalised short names (all sentences made up)."""

from tests.extract.reading import direct_quotes as _direct
from tests.extract.reading import indirect_quotes as _indirect
from tests.extract.reading import quotes as _quotes
from tests.extract.reading import speaker_starting as _speaker

# --- a full stop of an abbreviation inside the speaker's appositive -------------------------------


def test_appositive_with_an_abbreviation_still_leads_to_the_speaker() -> None:
    text = (
        "Bonds slipped on Monday.\n\n"
        "Halvard Brenning, an economist at Fjordline Holdings Inc. in Oslo, said buyers wanted "
        "“a little more yield” before they would commit."
    )
    assert _speaker(_indirect(text), "buyers wanted") == "halvard brenning"
    assert _speaker(_direct(text), "a little more yield") == "halvard brenning"


def test_a_sentence_break_is_no_appositive() -> None:
    text = (
        "Halvard Brenning joined Fjordline Holdings Inc. Bonds slipped on Monday, analysts said, "
        "as buyers held back."
    )
    assert all(s is None for _, s in _indirect(text))


# --- "dismissed the plan as “…”": the subject characterises the thing in his own words ------------


def test_dismissed_as_quote_is_the_subjects_words() -> None:
    text = (
        "The council met on Tuesday.\n\n"
        "Councillor Edwina Marchbank said the plan was sound. On the left, Tobias Wendling, an "
        "opposition councillor, dismissed the plan as “a gift to developers.”"
    )
    assert _speaker(_direct(text), "a gift to developers") == "tobias wendling"


def test_dismissed_without_as_is_no_cue() -> None:
    text = "The council met on Tuesday.\n\nTobias Wendling dismissed the “emergency” motion within minutes."
    assert [s for t, s in _direct(text) if t == "emergency"] in ([], [None])


# --- a quote with no cue does not take the speaker of an earlier quote past another person --------


def test_no_speaker_carried_past_another_person_named() -> None:
    text = (
        "The vote was close.\n\n"
        "Edwina Marchbank said the fines were “toothless” for large firms. On the right, Tobias "
        "Wendling, an opposition councillor, had other ideas: “a tax in disguise” is how he put it."
    )
    assert _speaker(_direct(text), "a tax in disguise") != "edwina marchbank"


def test_speaker_carried_to_the_next_quote_in_her_paragraph() -> None:
    text = (
        "The vote was close.\n\n"
        "“We tried everything,” Edwina Marchbank said after the vote. “We will try again.”"
    )
    assert _speaker(_direct(text), "We will try again") == "edwina marchbank"


# --- a second, unnamed voice's clause inside the first speaker's sentence -------------------------


def test_unnamed_second_voice_gets_its_own_clause() -> None:
    text = (
        "Flood work lags\n\n"
        "The Harbourside Water Authority on Friday claimed it had cleared most drains in the city, even as "
        "residents and shopkeepers in two districts alleged that the work was being done “only on paper”."
    )
    quotes = _quotes(text)
    indirect = [(t, s) for k, t, s in quotes if k == "indirect"]
    assert any(t.startswith("it had cleared most drains") and t.endswith("city") for t, _ in indirect)
    assert _speaker(indirect, "the work was being done") is None
    assert _speaker(_direct(text), "only on paper") is None


def test_a_named_company_after_even_as_is_not_an_unnamed_voice() -> None:
    text = (
        "Flood work lags\n\n"
        "Councillor Edwina Marchbank said the drains were clear, even as the storm moved east."
    )
    assert _speaker(_indirect(text), "the drains were clear") == "edwina marchbank"


# --- one unnamed member of an organisation speaks for no one named --------------------------------


def test_a_senior_organisation_official_is_unnamed() -> None:
    text = (
        "Rail works go on\n\n"
        "A senior Northern Valley Railway official said 40 of the 60 bridges had been repaired."
    )
    assert _speaker(_indirect(text), "40 of the 60") is None


def test_an_organisation_spokesperson_speaks_for_it() -> None:
    text = (
        "Rail works go on\n\n"
        "A Northern Valley Railway spokesperson said 40 of the 60 bridges had been repaired."
    )
    assert _speaker(_indirect(text), "40 of the 60") == "northern valley railway"


def test_organisation_executives_speak_for_it() -> None:
    text = (
        "Drug trial questioned\n\n"
        "Brellwick Therapeutics said the trial would go on. Brellwick executives argued that the "
        "data showed a clear benefit for early patients."
    )
    assert _speaker(_indirect(text), "the data showed") == "brellwick therapeutics"


# --- "he" never stands for someone a "she" was ---------------------------------------------------


def test_he_passes_over_a_she_to_the_man_named() -> None:
    text = (
        "Fraud case\n\n"
        "Prosecutor Ayla Demirci said the accused had taken the money.\n\n"
        "“She has repaid part of it. She regrets it,” Mr Osvald Brenning said.\n\n"
        "He added that she had sold her car to repay the company."
    )
    assert _speaker(_indirect(text), "she had sold her car") == "osvald brenning"


def test_she_still_stands_for_the_woman_named() -> None:
    text = (
        "Fraud case\n\n"
        "Mr Osvald Brenning said his client was sorry.\n\n"
        "Prosecutor Ayla Demirci disagreed. She added that the accused had shown no remorse."
    )
    assert _speaker(_indirect(text), "the accused had shown") == "ayla demirci"


# --- "urged all sides to allow “…”": the quote is the urged verb's object -------------------------


def test_urged_to_verb_quote_is_the_subjects() -> None:
    text = (
        "Aid appeal\n\n"
        "Aid chief Marisol Quenby said funds were short. Ms Quenby urged all sides to allow "
        "“safe and unhindered” access to the camps."
    )
    assert _speaker(_direct(text), "safe and unhindered") == "marisol quenby"


def test_to_verb_without_a_reporting_verb_is_no_cue() -> None:
    text = "Aid appeal\n\nTrucks waited at the border to cross into “the zone” on Monday."
    assert [s for t, s in _direct(text) if t == "the zone"] in ([], [None])


# --- a capitalised short name ("the Fund") is the organisation whose name ends in it --------------


def test_capitalised_fund_is_the_organisation_named_fund() -> None:
    text = (
        "Loan talks end\n\n"
        "The Global Reserve Fund (GRF) ended its review of the $5bn Extended Credit Fund Facility (ECFF) "
        "on Thursday.\n\n"
        "In a statement, the Fund said talks would continue over the coming weeks."
    )
    assert _speaker(_indirect(text), "talks would continue") == "global reserve fund"


def test_capitalised_bank_with_no_name_ending_in_bank_goes_by_kind() -> None:
    text = (
        "Rates held\n\n"
        "The Bank of Eastmark kept its rate at 4% on Thursday.\n\n"
        "In a statement, the Bank said inflation was easing."
    )
    assert _speaker(_indirect(text), "inflation was easing") == "bank of eastmark"
