"""Quote finding and attribution, set 7: quoted subheadings, platforms, unnamed sources."""

from tests.extract.reading import direct_quotes as _direct
from tests.extract.reading import quotes as _quotes

# --- quoted subheadings --------------------------------------------------------------------------

_SUBHEADS = (
    "Harbour Town beat the Rovers at home\n\n"
    "Harbour Town won 2-0 on Saturday.\n\n"
    "‘We will not get ahead of ourselves’\n\n"
    "‘It is a good win,’ said the manager, Gareth Plimsoll. ‘We will not get ahead of ourselves.’\n\n"
    "‘We were unlucky’ - Rovers boss sighs\n\n"
    "‘Nothing went right for us today.’"
)


def test_a_quoted_subheading_line_is_not_a_quote() -> None:
    texts = [t for t, _ in _direct(_SUBHEADS)]
    assert "We will not get ahead of ourselves" not in texts
    assert "We were unlucky" not in texts
    assert "We will not get ahead of ourselves." in texts


def test_a_quoted_paragraph_with_sentence_punctuation_stays_a_quote() -> None:
    texts = [t for t, _ in _direct(_SUBHEADS)]
    assert "Nothing went right for us today." in texts


# --- "it" is not the platform a statement went out on --------------------------------------------

_PLATFORM = (
    "Bridge shut after storm\n\n"
    "Mayor Petra Wennholm wrote on Telegram that the bridge had been shut.\n\n"
    "The regional roads office said its crews were at work. It also said the bridge would reopen on Friday."
)


def test_it_does_not_stand_for_a_platform_after_on() -> None:
    speakers = {t: s for k, t, s in _quotes(_PLATFORM) if k == "indirect"}
    assert speakers["the bridge had been shut"] == "petra wennholm"
    assert speakers["the bridge would reopen on Friday"] != "telegram"


def test_it_still_stands_for_an_organisation_named_as_subject() -> None:
    text = (
        "Bridge shut after storm\n\n"
        "Telegram said it had removed the channel. It also said the ban would stay in place."
    )
    speakers = {t: s for k, t, s in _quotes(text) if k == "indirect"}
    assert speakers["the ban would stay in place"] == "telegram"


# --- unnamed sources stay unnamed ----------------------------------------------------------------

_SOURCES = (
    "Budget vote looms\n\n"
    "The Green Party wants the measure dropped.\n\n"
    "“We can win this if we hold our nerve,” a Green source said.\n\n"
    "“Nobody wants a fight before the summer,” said a senior Green MP.\n\n"
    "“We will vote against,” the Green Party said."
)


def test_a_party_source_is_not_the_party() -> None:
    speakers = dict(_direct(_SOURCES))
    assert speakers["We can win this if we hold our nerve"] is None
    assert speakers["Nobody wants a fight before the summer"] is None


def test_the_party_itself_still_speaks() -> None:
    assert dict(_direct(_SOURCES))["We will vote against"] == "green party"


# --- a paragraph ending "said:" introduces the quote in the next one ------------------------------

_READ_OUT = (
    "Driver jailed\n\n"
    "In a statement read to the court, the victim's sister, Corinne Baptiste-Lowe, said:\n\n"
    "“He was the kindest man I knew.\n\n"
    "“We will miss him every day.”\n\n"
    "The hearing ended at noon.\n\n"
    "“Nobody saw it coming.”"
)


def test_a_paragraph_ending_said_colon_introduces_the_next_quote() -> None:
    speakers = dict(_direct(_READ_OUT))
    assert speakers["He was the kindest man I knew."] == "corinne baptiste-lowe"
    assert speakers["We will miss him every day."] == "corinne baptiste-lowe"


def test_a_quote_after_a_plain_paragraph_gets_no_speaker_from_it() -> None:
    assert dict(_direct(_READ_OUT))["Nobody saw it coming."] is None


# --- "the spokesperson said" after an organisation's spokesperson ---------------------------------

_SPOKES = (
    "Fares to rise\n\n"
    "The Harlow Transit Authority runs the buses. A Harlow Transit Authority spokesperson said fares "
    "would rise. “We have no choice,” the spokesperson said.\n\n"
    "A spokesman for the Prime Minister said nothing. “It is a local matter,” the spokesman said."
)


def test_the_spokesperson_speaks_for_the_organisation_introduced() -> None:
    assert dict(_direct(_SPOKES))["We have no choice"] == "harlow transit authority"


def test_a_spokesman_for_a_post_is_not_an_organisation() -> None:
    assert dict(_direct(_SPOKES))["It is a local matter"] is None


def test_the_spokeswoman_for_an_organisation_speaks_for_it() -> None:
    text = (
        "Fares to rise\n\n"
        "The Harlow Transit Authority runs the buses. A spokeswoman for the Harlow Transit Authority "
        "declined to give figures. “We are still counting,” the spokeswoman said."
    )
    assert dict(_direct(text))["We are still counting"] == "harlow transit authority"


# --- "said on a call with analysts that" ---------------------------------------------------------


def test_said_on_a_call_with_analysts_that_reports_speech() -> None:
    text = (
        "Quarterly results\n\n"
        "Chief Financial Officer Maren Lindgaard said on a call with analysts that orders had slowed "
        "in Europe."
    )
    assert ("orders had slowed in Europe", "maren lindgaard") in [(t, s) for k, t, s in _quotes(text)]


def test_a_call_that_is_not_the_occasion_is_not_a_cue_tail() -> None:
    text = "Quarterly results\n\nThe shares fell while Maren Lindgaard was on a call with analysts."
    assert [k for k, _, _ in _quotes(text) if k == "indirect"] == []


# --- "the governor of <organisation> warned that": the role holder, not the organisation ----------

_ROLE_OF_ORG = (
    "Bonds slide\n\n"
    "Bonds fell on Tuesday after the governor of the Central Bank of Ruritania warned that inflation "
    "was not yet beaten.\n\n"
    "In a speech on Monday, governor Oskar Brandvold said prices remained high."
)


def test_the_role_holder_of_an_organisation_speaks_not_the_organisation() -> None:
    speakers = {t: s for k, t, s in _quotes(_ROLE_OF_ORG) if k == "indirect"}
    assert speakers["inflation was not yet beaten"] == "oskar brandvold"


def test_an_unnamed_role_holder_is_no_speaker() -> None:
    text = (
        "Bonds slide\n\n"
        "Bonds fell on Tuesday after the governor of the Central Bank of Ruritania warned that inflation "
        "was not yet beaten.\n\n"
        "The Central Bank of Ruritania said on Monday that prices remained high."
    )
    speakers = {t: s for k, t, s in _quotes(text) if k == "indirect"}
    assert speakers["inflation was not yet beaten"] is None
    assert speakers["prices remained high"] == "central bank of ruritania"


# --- "…, aged 6 and 11, were among the wounded, he said." ----------------------------------------


def test_a_trailing_pronoun_cue_after_an_appositive() -> None:
    text = (
        "Storm damage\n\n"
        "Mayor Tobias Renkvist said the roads were closed. Two boys, aged 8 and 12, were among the "
        "injured, he said."
    )
    speakers = {t: s for k, t, s in _quotes(text) if k == "indirect"}
    assert speakers["Two boys, aged 8 and 12, were among the injured"] == "tobias renkvist"


def test_commas_without_a_trailing_cue_are_no_quote() -> None:
    text = "Storm damage\n\nTwo boys, aged 8 and 12, were among the injured, and he stayed with them."
    assert [k for k, _, _ in _quotes(text) if k == "indirect"] == []


# --- more unnamed voices and "the court heard" ----------------------------------------------------


def _indirect_speakers(text: str) -> dict[str, str | None]:
    return {t: s for k, t, s in _quotes("Vote looms\n\n" + text) if k == "indirect"}


def test_privately_ministers_concede_that() -> None:
    assert _indirect_speakers("Privately, ministers concede that the numbers are tight.") == {
        "the numbers are tight": None
    }


def test_another_said_is_another_unnamed_voice() -> None:
    found = _indirect_speakers("“We will win,” a Green source said. Another said the whips were busy.")
    assert found == {"the whips were busy": None}


def test_residents_who_spoke_to_our_correspondent_said() -> None:
    found = _indirect_speakers(
        "But residents who spoke with our correspondent said they had a week to leave."
    )
    assert found == {"they had a week to leave": None}


def test_the_court_heard_trails_a_clause() -> None:
    found = _indirect_speakers("Phone records showed he had been texting before the crash, the court heard.")
    assert found == {"Phone records showed he had been texting before the crash": None}


def test_heard_after_anyone_but_a_court_is_no_cue() -> None:
    assert _indirect_speakers("The band played until midnight, and the neighbours heard.") == {}


def test_conceding_a_goal_is_no_speech() -> None:
    assert _indirect_speakers("The Rovers concede goals too easily.") == {}


# --- "the barrister said" after "X, defending, said" ----------------------------------------------

_COURT = (
    "Driver jailed\n\n"
    "Helen Marchbank, prosecuting, said the road was clear. Ruairi Castellane, defending, said his "
    "client was sorry.\n\n"
    "“He will live with this for ever,” the barrister said.\n\n"
    "“The evidence was overwhelming,” the prosecutor said.\n\n"
    "“It was a tragedy,” the lawyer said."
)


def test_the_barrister_is_the_counsel_introduced_before() -> None:
    speakers = dict(_direct(_COURT))
    assert speakers["He will live with this for ever"] == "ruairi castellane"
    assert speakers["The evidence was overwhelming"] == "helen marchbank"


def test_a_lawyer_with_no_counsel_introduced_in_reach_is_no_one() -> None:
    text = "Driver jailed\n\nThe hearing lasted two days.\n\n“It was a tragedy,” the lawyer said."
    assert dict(_direct(text))["It was a tragedy"] is None


# --- "The statement read in part, “…”" ------------------------------------------------------------


def test_the_statement_read_in_part_is_its_issuer() -> None:
    text = (
        "Party condemns demolitions\n\n"
        "The Harlow Green Alliance issued a statement on Monday. The statement read in part, “This is "
        "cruelty dressed up as planning.”"
    )
    assert dict(_direct(text))["This is cruelty dressed up as planning."] == "harlow green alliance"


def test_a_person_reading_aloud_is_not_a_document() -> None:
    text = (
        "Poetry night\n\nThe Harlow Green Alliance met on Monday. The poet read, “Leaves fall in the rain.”"
    )
    assert dict(_direct(text)).get("Leaves fall in the rain.") != "harlow green alliance"


# --- "Jane Roe, a modeller at Acme University, UK, who …, says he …" ------------------------------


def test_the_person_opening_the_sentence_speaks_not_the_organisation_in_her_appositive() -> None:
    text = (
        "Drought study\n\n"
        "Ingrid Solheim, a hydrologist at the University of Bergen, Norway, who was not involved in the "
        "work, says she is not convinced by the dating."
    )
    speakers = {t: s for k, t, s in _quotes(text) if k == "indirect"}
    assert speakers["she is not convinced by the dating"] == "ingrid solheim"


def test_an_organisation_that_is_the_subject_still_speaks() -> None:
    text = (
        "Drought study\n\n"
        "Ingrid Solheim led the work. The University of Bergen, which funded it, says the data will be "
        "published."
    )
    speakers = {t: s for k, t, s in _quotes(text) if k == "indirect"}
    assert speakers["the data will be published"] == "university of bergen"


# --- "…, says Jane Roe, a geologist at Acme University." ------------------------------------------


def test_an_inverted_trailing_cue_with_an_appositive() -> None:
    text = (
        "Drought study\n\n"
        "Cave records from the south tell the same story, says Ingrid Solheim, a hydrologist at the "
        "University of Bergen."
    )
    speakers = {t: s for k, t, s in _quotes(text) if k == "indirect"}
    assert speakers["Cave records from the south tell the same story"] == "ingrid solheim"


def test_said_before_a_name_that_starts_a_clause_is_no_inverted_cue() -> None:
    text = "Drought study\n\nThe data were poor, and the panel said Ingrid Solheim would review them again."
    speakers = {t: s for k, t, s in _quotes(text) if k == "indirect"}
    assert "The data were poor" not in speakers
