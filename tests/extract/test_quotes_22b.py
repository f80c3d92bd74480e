"""Quotes and speakers, pass 22b: second pass on speakers and no-speaker quotes (all sentences made up)."""

from tests.extract.reading import direct_quotes, indirect_quotes, speaker_of

# --- a surname after an abbreviated, modified title: "said Asst Prof Roe" ---------------------------

_LED_BY = "Sensor study\n\nThe study was led by Assistant Professor Jane Roe from Acme University.\n\n"


def test_surname_after_modified_abbreviated_title_is_the_speaker() -> None:
    text = _LED_BY + '"The sensor works in the field," said Asst Prof Roe.\n'
    assert speaker_of(text, "The sensor works") == "jane roe"


def test_modified_title_before_an_unknown_surname_names_nobody_known() -> None:
    text = _LED_BY + '"The sensor works in the field," said Asst Prof Lee.\n'
    assert speaker_of(text, "The sensor works") != "jane roe"


# --- "alleges" with no "that": a clause when a noun phrase and its finite verb follow ----------------

_SUED = "Wage case\n\nThe Fair Work Ombudsman, Jane Roe, has sued Acme Farms Pty Ltd.\n\n"


def test_alleges_without_that_reports_the_clause() -> None:
    text = _SUED + "Jane Roe alleges the company paid the workers as little as $17 an hour.\n"
    assert speaker_of(text, "the company paid the workers") == "jane roe"


def test_alleges_with_an_object_reports_nothing() -> None:
    text = _SUED + "Jane Roe alleges serious breaches of the award at three farms.\n"
    assert [q for q in indirect_quotes(text) if "breaches" in q[0]] == []


# --- "the ombudsman": the office whose name ends in the word -------------------------------------------

_LAUNCHED = "Wage case\n\nThe Fair Work Ombudsman has launched proceedings against Acme Farms Pty Ltd.\n\n"


def test_the_ombudsman_is_the_office_named_before() -> None:
    text = _LAUNCHED + "The ombudsman alleges the company paid the workers as little as $17 an hour.\n"
    assert speaker_of(text, "the company paid the workers") == "fair work ombudsman (au)"


def test_the_ombudsman_is_no_other_agency() -> None:
    text = (
        "Wage case\n\nThe Harbour Safety Agency has fined Acme Farms Pty Ltd.\n\n"
        "The ombudsman said the company paid the workers as little as $17 an hour.\n"
    )
    assert speaker_of(text, "the company paid the workers") is None


# --- "…, a Ministry of Transport statement said.": the issuer of the statement ---------------------

_SIGNED = "Transit deal\n\nThe Ministry of Transport signed a transit deal on Monday.\n\n"


def test_trailing_statement_of_a_named_body_is_the_bodys() -> None:
    text = (
        _SIGNED
        + "The two ministers also discussed the planned pipeline, a Ministry of Transport statement said.\n"
    )
    assert speaker_of(text, "The two ministers also discussed") == "ministry of transport"


def test_trailing_spokesman_of_a_named_body_stays_unnamed() -> None:
    text = (
        _SIGNED
        + "The two ministers also discussed the planned pipeline, a Ministry of Transport spokesman said.\n"
    )
    assert speaker_of(text, "The two ministers also discussed") is None


# --- "hailed his side's “character”": a characterising verb, a possessive, the quoted word ----------


def test_quoted_word_after_characterising_verb_and_possessive() -> None:
    text = 'Derby win\n\nCoach Jane Roe hailed his side\'s "character" after the late winner on Monday.\n'
    assert ("character", "jane roe") in direct_quotes(text)


def test_quoted_word_after_plain_verb_and_possessive_is_no_quote() -> None:
    text = 'Derby win\n\nCoach Jane Roe visited the team\'s "home" after the late winner on Monday.\n'
    assert [q for q in direct_quotes(text) if q[0] == "home"] == []
