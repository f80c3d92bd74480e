"""Quotes and speakers, set 9: a press release's long bracketed note after the company's name, a
standfirst's summary clauses, ", which traders said could …" (all sentences made up)."""

from tests.extract.reading import direct_quotes as _direct
from tests.extract.reading import indirect_quotes as _indirect
from tests.extract.reading import speaker_starting as _speaker

# --- "Acme Co., Ltd. (TSE: 1234; headquartered in …; hereinafter "Acme") today announced that …" ------


def test_a_long_bracketed_note_after_the_company_leaves_it_the_subject() -> None:
    text = (
        "Quellmar and Dovren to build plant\n\n"
        "OSAKA, Japan, June 3, 2025 /PRNewswire/ -- Quellmar Robotics Co., Ltd. (TSE: 6621; headquartered "
        'in Kita-ku, Osaka; President and CEO: Haruto Ibsenami; hereinafter "Quellmar") today announced '
        "that it has signed an agreement with Dovren Systems AG to build a plant in Sakai."
    )
    assert _speaker(_indirect(text), "it has signed") == "quellmar robotics co., ltd."


def test_a_bracketed_note_does_not_make_a_person_the_subject_of_what_follows() -> None:
    text = (
        "Plant plans\n\n"
        "Quellmar Robotics (whose founder Haruto Ibsenami left in 2019) said it would build a plant in Sakai."
    )
    assert _speaker(_indirect(text), "it would build") == "quellmar robotics"


# --- a standfirst over its date line sums the story up: no quotes there ---------------------------


_STANDFIRST = (
    "Dovren's update is slowing older tablets\n\n"
    "The company says the change protects old batteries. Owners say nobody asked them.\n\n"
    "By Pia Marloweson\n"
    "Apr 2, 2026, 9:15 AM EDT\n\n"
    "Dovren's latest update caps performance on tablets with worn batteries, the company said on Tuesday.\n\n"
    '"We should have said so in the release notes," Dovren spokesperson Ida Kranvold said.'
)


def test_the_standfirst_over_a_date_line_gives_no_quotes() -> None:
    indirect = _indirect(_STANDFIRST)
    assert not any(t.startswith(("the change protects", "nobody asked")) for t, _ in indirect)
    assert _speaker(indirect, "Dovren's latest update caps") is not None


def test_a_first_paragraph_with_no_date_line_after_it_keeps_its_quotes() -> None:
    text = (
        "Dovren's update is slowing older tablets\n\n"
        "The company says the change protects old batteries, and owners are angry.\n\n"
        "Dovren's latest update caps performance on tablets with worn batteries.\n\n"
        '"We should have said so," Dovren spokesperson Ida Kranvold said.'
    )
    assert any(t.startswith("the change protects") for t, _ in _indirect(text))
    assert _speaker(_direct(text), "We should have said so") == "ida kranvold"


# --- ", which some traders said could test demand": a relative clause's reported predicate ---------


def test_which_then_an_unnamed_group_said_could_is_reported_speech() -> None:
    text = (
        "Bonds slide\n\n"
        "The Treasury Office will auction £3bn of bonds on Thursday, which some brokers said could strain bidding."
    )
    assert ("could strain bidding", None) in _indirect(text)


def test_which_then_a_named_speaker_said_would() -> None:
    text = (
        "Bonds slide\n\n"
        "Marta Velloni, a strategist at Orvane Capital, pointed to the auction.\n\n"
        "The Treasury Office will auction £3bn of bonds on Thursday, which Velloni said would test demand."
    )
    assert _speaker(_indirect(text), "would test demand") == "marta velloni"


def test_which_without_a_reporting_verb_and_modal_is_no_quote() -> None:
    text = (
        "Bonds slide\n\n"
        "The Treasury Office will auction £3bn of bonds on Thursday, which dealers expect will test demand."
    )
    assert not any(t.startswith("will test demand") for t, _ in _indirect(text))


# --- subjects no reference stands for: "Norlandia's military said", "…, the regional administration said"


def test_a_countrys_body_as_subject_reports_with_no_speaker() -> None:
    text = "Drones downed\n\nNorlandia's military said its units had shot down 40 drones overnight."
    assert ("its units had shot down 40 drones overnight", None) in _indirect(text)


def test_a_trailing_unresolved_description_reports_with_no_speaker() -> None:
    text = "Storm damage\n\nA man was hurt when a roof fell in the Varnow district, the regional administration said."
    assert ("A man was hurt when a roof fell in the Varnow district", None) in _indirect(text)


def test_a_trailing_unresolved_description_needs_a_plain_said() -> None:
    text = "Storm damage\n\nA man was hurt when a roof fell in the Varnow district, the regional inspection found."
    assert _indirect(text) == []


def test_a_trailing_description_with_a_pronoun_is_no_speaker() -> None:
    text = "Storm damage\n\nA man was hurt when a roof fell in the Varnow district, the more he said."
    assert _indirect(text) == []


# --- "KYIV, Oct 15 (Reuters) - …, the statistics office said.": the dateline's comma is no cue's ------


def test_a_trailing_cue_after_a_dateline() -> None:
    text = (
        "Inflation report\n\n"
        "VARNOW, Oct 15 (Reuters) - Consumer prices rose 5% in September, the statistics office said."
    )
    assert ("Consumer prices rose 5% in September", None) in _indirect(text)


# --- "…, according to local authorities, while officials said …": the joined clause is a quote too ---


def test_a_clause_joined_after_an_according_to_source_is_reported_too() -> None:
    text = (
        "Strike on city\n\n"
        "A drone attack on the port of Varnow killed two people overnight, according to local authorities, "
        "while Norlandian officials said a drone had set a fuel depot ablaze across the border."
    )
    indirect = _indirect(text)
    assert any(t.startswith("A drone attack on the port") for t, _ in indirect)
    assert ("a drone had set a fuel depot ablaze across the border", None) in indirect


def test_a_joined_clause_with_no_reporting_verb_is_no_quote() -> None:
    text = (
        "Strike on city\n\n"
        "A drone attack on the port of Varnow killed two people overnight, according to local authorities, "
        "and a fuel depot burned across the border."
    )
    indirect = _indirect(text)
    assert len(indirect) == 1
    assert indirect[0][0].startswith("A drone attack on the port")


# --- whose document: one filed with a body is not that body's; a letter its signers wrote ---------


def test_a_filing_made_with_a_body_is_not_that_bodys_words() -> None:
    text = (
        "Vans recalled\n\n"
        "Torvane Motors will recall 20,000 vans, the company said.\n\n"
        "The recall, filed with the Transport Safety Agency, covers four models built since 2022, "
        "according to the filing."
    )
    assert _speaker(_indirect(text), "The recall, filed with") is None


def test_a_filing_with_no_recipient_is_the_last_named_organisations() -> None:
    text = (
        "Vans recalled\n\n"
        "Torvane Motors will recall 20,000 vans.\n\n"
        "The recall covers four models built since 2022, according to the filing."
    )
    assert _speaker(_indirect(text), "The recall covers") == "torvane motors"


def test_a_letter_signed_by_members_is_not_the_last_named_organisations() -> None:
    text = (
        "Members revolt\n\n"
        "The minister, Ola Brandvik, faces a revolt at the Finance Office after 30 members signed a letter "
        "warning that the plan would hurt savers.\n\n"
        "The letter, seen by the Daily Courant, urges Brandvik to drop the plan. It says the cap would "
        "leave a nurse about £300 a year worse off."
    )
    assert _speaker(_indirect(text), "the cap would leave") is None


def test_a_letter_an_organisation_wrote_is_its_own() -> None:
    text = (
        "Members revolt\n\n"
        "Ola Brandvik faces a revolt at the Finance Office after the Savers Union wrote a letter to her.\n\n"
        "The letter, seen by the Daily Courant, urges Brandvik to drop the plan. It says the cap would "
        "leave a nurse about £300 a year worse off."
    )
    assert _speaker(_indirect(text), "the cap would leave") == "savers union"


# --- "a letter warning that …": a document's words through a participle --------------------------


def test_a_letter_warning_that_reports_its_clause() -> None:
    text = (
        "Members revolt\n\n"
        "Ola Brandvik faces a revolt after 30 members signed a letter warning that her plan would hurt savers."
    )
    assert ("her plan would hurt savers", None) in _indirect(text)


def test_a_statement_saying_that_is_its_issuers() -> None:
    text = (
        "Plant to close\n\n"
        "Torvane Motors issued a statement on Monday.\n\n"
        "It came after the company posted a statement saying that the plant would close in June."
    )
    assert ("the plant would close in June", "torvane motors") in _indirect(text)


def test_a_participle_after_no_document_is_no_quote() -> None:
    text = "Storm damage\n\nForecasters put up a sign warning that the bridge was closed."
    assert _indirect(text) == []


# --- "A spokesperson said": one unnamed voice ----------------------------------------------------


def test_an_unresolved_spokesperson_reports_with_no_speaker() -> None:
    text = "Minister backed\n\nA Number 7 spokesperson said the premier had full confidence in Brandvik."
    assert ("the premier had full confidence in Brandvik", None) in _indirect(text)
