"""Quote speakers, set 8: appositives with abbreviations, characterising verbs, unnamed second voices,
unnamed members of an organisation, pronoun genders, capitalised short names (all sentences made up)."""

from tests.extract.reading import indirect_quotes as _indirect


def _speaker(pairs: list[tuple[str, str | None]], start: str) -> str | None:
    found = [s for t, s in pairs if t.startswith(start)]
    assert found, f"no quote starting {start!r} in {pairs}"
    return found[0]


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
