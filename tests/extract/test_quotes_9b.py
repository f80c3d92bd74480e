"""Quotes and speakers, set 9 (second pass): trailing cues with longer tails of when and where,
a country's possessive before the body that speaks (all sentences made up)."""

from tests.extract.reading import direct_quotes as _direct
from tests.extract.reading import indirect_quotes as _indirect
from tests.extract.reading import speaker_starting as _speaker

# --- "…, the ministry said on Thursday evening." / "…, said in a statement on Telegram." ----------


def test_a_trailing_cue_with_a_time_of_day_reports_the_clause() -> None:
    text = "Arrests in Veldmark\n\nTwenty-one people were held in Veldmark, the Interior Ministry said on Tuesday evening."
    assert _speaker(_indirect(text), "Twenty-one people were held") == "interior ministry"


def test_a_trailing_cue_with_a_statement_on_a_platform_reports_the_clause() -> None:
    text = (
        "Night attack\n\n"
        "Air defences downed 40 drones overnight, the Dovrenian Coast Guard said in a statement on Telegram."
    )
    assert _speaker(_indirect(text), "Air defences downed") == "dovrenian coast guard"


def test_a_trailing_cue_then_a_comma_and_when_it_was_said() -> None:
    text = (
        "Border deal\n\n"
        "Quellmar and Dovren have agreed to reopen two crossings before winter, the Quellmar Transport "
        "Authority said on Friday, after three days of talks in the port city, Ostrava."
    )
    assert _speaker(_indirect(text), "Quellmar and Dovren have agreed") == "quellmar transport authority"


def test_a_trailing_participle_phrase_is_not_when_it_was_said() -> None:
    text = "Crossings\n\nThe crossings reopened on Friday, trucks queuing for miles, drivers complained bitterly."
    assert _indirect(text) == []


# --- "…, Oman's Ministry of Foreign Affairs said." ------------------------------------------------


def test_a_country_possessive_before_a_named_body_gives_the_body() -> None:
    text = "Fees cut\n\nVisa fees will fall by half next year, Veldmark's Ministry of Tourism said."
    assert _speaker(_indirect(text), "Visa fees will fall") == "ministry of tourism"


# --- "…,’ Roe said afterwards, still clutching a towel." -------------------------------------------


def test_an_adverb_and_participle_after_the_cue_is_no_clause() -> None:
    text = (
        "Semi-final\n\n"
        "‘I never felt the ball today,’ Ilse Vantongeren said afterwards, still clutching her racket. "
        "‘Next year.’"
    )
    assert _indirect(text) == []


def test_a_clause_after_an_adverb_is_still_reported() -> None:
    text = "Semi-final\n\nIlse Vantongeren said afterwards, now nothing would stop her in the final."
    assert _speaker(_indirect(text), "now nothing would") == "ilse vantongeren"


# --- "…, its Chief Executive Officer, Dr. Jane Roe, has said." -------------------------------------


def test_a_possessive_post_then_the_name_reports_the_clause() -> None:
    text = (
        "Price rise\n\n"
        "The Veldmark Grain Board (VGB) has set a new floor price of 900 crowns a tonne for the coming "
        "season, its Chief Executive Officer, Dr. Ottilie Brandvold-Ames, has said."
    )
    assert _speaker(_indirect(text), "The Veldmark Grain Board") == "ottilie brandvold-ames"


def test_a_possessive_post_with_no_name_after_it_names_no_one() -> None:
    text = (
        "Price rise\n\n"
        "Ottilie Brandvold-Ames runs the Veldmark Grain Board. The board has set a new floor price for "
        "the season, its finance committee, which met on Monday, has said."
    )
    assert all(s != "ottilie brandvold-ames" for _, s in _indirect(text))


# --- "…, four sources told Reuters, as weak demand weighs on prices." ------------------------------


def test_a_trailing_told_then_a_comma_and_why() -> None:
    text = (
        "OSLO, May 2 (Reuters) - The cartel is likely to delay its output rise by three months, "
        "two sources from the group told Reuters, as weak demand and rising supply weigh on prices."
    )
    pairs = _indirect(text)
    assert [t for t, _ in pairs] == ["The cartel is likely to delay its output rise by three months"]
    assert pairs[0][1] is None


def test_a_told_with_no_clause_before_it_reports_nothing() -> None:
    text = "Talks\n\nThe minister told Reuters, as talks dragged on, nothing."
    assert _indirect(text) == []


# --- "the so-called “Veldmark premium”", "a reference to “further easing”": a label, no quote --------


def test_a_so_called_label_is_not_a_quote() -> None:
    text = (
        "Markets\n\n"
        'Ilse Vantongeren said the reform would end the so-called "Veldmark premium," the gap between '
        "local and foreign prices."
    )
    assert _direct(text) == []


def test_a_reference_to_a_phrase_is_not_a_quote() -> None:
    text = (
        "Rates\n\n"
        'Ilse Vantongeren said the statement had dropped a reference to "further easing" for the first time.'
    )
    assert _direct(text) == []


def test_a_phrase_a_speaker_used_is_still_a_quote() -> None:
    text = 'Rates\n\nIlse Vantongeren said the bank would act "with great care and patience" this year.'
    assert _speaker(_direct(text), "with great care") == "ilse vantongeren"
