"""Rules for name forms (generations, initials, particles, role words before a name), hearing
transcripts, reported speech after less common verbs, and company suffixes."""

from app.extract import run
from tests.extract.reading import indirect_quotes as _indirect
from tests.extract.reading import quotes as _quotes


def _people(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.name, p.titles) for p in run(text).people]


def _organisations(text: str) -> list[str]:
    return [o.name for o in run(text).organisations]


# --- names --------------------------------------------------------------------------------------


def test_a_generation_stays_in_the_name_and_the_surname_still_finds_the_person() -> None:
    text = 'Her attorney, Martin K. Holloway Jr., said the appeal was ready. "We will win," Holloway said.'
    extraction = run(text)
    assert [p.name for p in extraction.people] == ["Martin K. Holloway Jr."]
    assert "Holloway" in extraction.people[0].aliases
    assert {q.speaker_key for q in extraction.quotes} == {"martin k. holloway jr."}


def test_honours_after_a_name_are_still_left_out_of_it() -> None:
    assert _people("James Thornbury KC said the case was weak.") == [("James Thornbury", ())]
    assert _people("Veterans of World War II gathered in Leeds.") == []


def test_dotted_initials_start_a_name_but_a_dotted_country_does_not() -> None:
    assert _people("Off-spinner R.J. Mendis took three wickets.") == [("R.J. Mendis", ("Off-spinner",))]
    assert _people("U.S. Steel said profits rose.") == []


def test_a_middle_initial_keeps_the_given_name_before_it() -> None:
    assert [name for name, _ in _people("Sportscaster Ishara M. Wickramage said the pitch was slow.")] == [
        "Ishara M. Wickramage"
    ]


def test_a_capitalised_compound_adjective_is_part_of_the_role_not_an_organisation() -> None:
    text = "Left-arm spinner Dilruk Maddumage took four wickets, and commentator Tania Roe praised him."
    assert _people(text) == [("Dilruk Maddumage", ("Left-arm spinner",)), ("Tania Roe", ("commentator",))]
    assert _organisations(text) == []


def test_an_age_after_the_name_is_evidence_of_a_person() -> None:
    text = "Maria da Luz Ferreira, who is 79 and has lived there since 1960, showed us round."
    assert _people(text) == [("Maria da Luz Ferreira", ())]
    assert _people("Maria Sousa Lda, which is 40 years old, makes tiles.") == []


def test_dona_and_a_given_name_is_the_person_named_in_full_earlier() -> None:
    text = (
        "Maria da Luz Ferreira, who is 79, showed us round. Later I passed Dona Luz's house. "
        "“Nobody stays,” she said."
    )
    extraction = run(text)
    assert [p.name for p in extraction.people] == ["Maria da Luz Ferreira"]
    assert len(extraction.people[0].mentions) == 2
    assert [q.speaker_key for q in extraction.quotes] == ["maria da luz ferreira"]


def test_dona_before_a_name_no_one_was_given_is_left_alone() -> None:
    assert _people("Dona Benedita Ramos said the shop would close.") == [("Dona Benedita Ramos", ())]


def test_a_surname_that_opens_with_a_capitalised_particle() -> None:
    text = (
        "Jean-Marc De Villiers, the head of Acme Rail, spoke first. "
        "“We were late,” De Villiers said. Mr. De Villiers left at noon."
    )
    extraction = run(text)
    assert [p.name for p in extraction.people] == ["Jean-Marc De Villiers"]
    assert [q.speaker_key for q in extraction.quotes] == ["jean-marc de villiers"]


def test_an_mp_set_off_after_a_name() -> None:
    text = "Under questioning from Gail Hardwick, an opposition MP from Manitoba, the minister paused."
    assert _people(text) == [("Gail Hardwick", ("MP",))]


# --- transcripts --------------------------------------------------------------------------------


_HEARING = (
    "Tomasz Brannigan, chief executive of Acme Rail, faced questions from Noor Haddad, an MP.\n\n"
    "HADDAD: Has Transport Canada asked you to stop the trains?\n\n"
    "BRANNIGAN: They have not. We stopped them ourselves.\n\n"
    "Q: Is that a policy?\n\n"
    "HADDAD: Voluntarily."
)


def test_transcript_lines_are_their_speakers_words() -> None:
    quotes = _quotes(_HEARING)
    assert quotes == [
        ("direct", "Has Transport Canada asked you to stop the trains?", "noor haddad"),
        ("direct", "They have not. We stopped them ourselves.", "tomasz brannigan"),
        ("direct", "Voluntarily.", "noor haddad"),
    ]


def test_a_question_word_is_no_part_of_an_organisation_and_a_label_is_no_acronym() -> None:
    assert _organisations(_HEARING) == ["Acme Rail", "Transport Canada"]


def test_a_capitalised_heading_with_a_colon_is_no_transcript_line() -> None:
    text = "Jane Roe chairs the board.\n\nROE: A PROFILE\n\nShe was born in Leeds."
    assert [q for q in _quotes(text) if q[0] == "direct"] == []


def test_repeated_attributes_a_quote() -> None:
    text = 'Jane Roe and Tom Lee met. "In hindsight?" Roe repeated. "That is what checks are for."'
    assert [q[2] for q in _quotes(text)] == ["jane roe", "jane roe"]


# --- reported speech ----------------------------------------------------------------------------


def test_unnamed_groups_with_where_they_are_or_whom_they_act_for() -> None:
    assert _indirect("But tenants in Dunmore said the heating failed again.") == [
        ("the heating failed again", None)
    ]
    assert _indirect("Lawyers for the council argued that the fee was lawful.") == [
        ("the fee was lawful", None)
    ]


def test_one_unnamed_official_who_spoke_on_condition_of_anonymity() -> None:
    text = "A senior ministry official, who spoke on condition of anonymity, said the vote had been close."
    assert _indirect(text) == [("the vote had been close", None)]


def test_a_named_body_after_the_and_a_describing_word() -> None:
    text = "Clinics will shut on Friday, the regional Department of Health said."
    assert _indirect(text) == [("Clinics will shut on Friday", "department of health")]


def test_told_reporters_after_a_long_listener_phrase() -> None:
    text = "Governor Ada Nwosu told reporters after the two-day meeting of the Monetary Policy Committee that rates would hold."
    assert _indirect(text) == [("rates would hold", "ada nwosu")]


def test_according_to_a_rank_and_name_then_an_appositive() -> None:
    text = "A window was broken, according to Sgt. Ivo Marsh, who led the search."
    assert _indirect(text) == [("A window was broken", "ivo marsh")]
    text = "Exports fell 3%, according to the Office for National Statistics, the third fall in a row."
    assert _indirect(text) == [("Exports fell 3%", "office for national statistics (gb)")]


def test_a_parenthetical_cue_after_a_short_opening() -> None:
    text = "Jane Roe studied the rock. If confirmed, she said, it would be the oldest sample yet found."
    assert _indirect(text) == [("it would be the oldest sample yet found", "jane roe")]


def test_wrote_in_an_opinion_that() -> None:
    text = "Judge Jane Roe wrote in a 30-page opinion that the rule was unlawful."
    assert _indirect(text) == [("the rule was unlawful", "jane roe")]


def test_a_weekday_without_on_and_a_filing_after_the_cue() -> None:
    text = (
        "Acme Corp will cut 600 jobs, the company said Tuesday, in the latest round of cuts. "
        "Staff will get 16 weeks of pay, the company said in a filing with the state regulator."
    )
    assert _indirect(text) == [
        ("Acme Corp will cut 600 jobs", "acme corp"),
        ("Staff will get 16 weeks of pay", "acme corp"),
    ]


def test_a_participle_after_a_quote_is_not_reported_speech() -> None:
    text = "Jane Roe spoke last. “We are not done,” she said, adding that the party would table a motion."
    assert _indirect(text) == []


def test_an_organisation_named_in_an_appositive_is_the_subject() -> None:
    text = (
        "The union representing the drivers, the Rail Workers' Union, said its members had voted to strike."
    )
    assert _indirect(text) == [("its members had voted to strike", "rail workers' union")]


# --- quote marks --------------------------------------------------------------------------------


def test_single_quotes_holding_a_double_quoted_phrase_and_apostrophes() -> None:
    text = (
        "‘I’d want proof before I used the word “ice”,’ Jane Roe said. "
        "‘Someone said, “That can’t be right,” and we all went quiet.’"
    )
    assert [(kind, quote) for kind, quote, _ in _quotes(text) if kind == "direct"] == [
        ("direct", "I’d want proof before I used the word “ice”"),
        ("direct", "Someone said, “That can’t be right,” and we all went quiet."),
    ]


def test_double_quotes_keep_their_inner_single_quotes() -> None:
    text = "“They called it ‘a gift’, and it was,” Jane Roe said."
    assert [quote for kind, quote, _ in _quotes(text) if kind == "direct"] == [
        "They called it ‘a gift’, and it was"
    ]


# --- places -------------------------------------------------------------------------------------


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country_code) for p in run(text).places]


def test_an_ap_state_abbreviation_in_a_dateline() -> None:
    assert _places("MUNCIE, Ind. — A bridge closed on Monday, police said.") == [
        ("Muncie", "US"),
        ("Indiana", "US"),
    ]


def test_a_city_that_is_also_a_word_or_name_is_a_place_before_based() -> None:
    assert ("Lagos", "NG") in _places("The Lagos-based lender raised rates on Monday.")


def test_a_small_town_shares_the_country_of_every_other_place() -> None:
    text = "Water ran out in Gqeberha and Kariega, and tankers came from Motherwell on Monday."
    assert _places(text) == [("Gqeberha", "ZA"), ("Kariega", "ZA"), ("Motherwell", "ZA")]
    text = "She moved from Motherwell to Glasgow, and later to Gqeberha."
    assert ("Motherwell", "GB") in _places(text)


def test_a_planet_is_no_village() -> None:
    text = "The probe flew from Darmstadt, Germany, and the sample will be returned to Earth in 2029."
    assert ("Earth", "DE") not in _places(text)


# --- organisations and headlines ----------------------------------------------------------------


def test_a_legal_form_after_a_company_name_and_its_bare_name_are_one_company() -> None:
    text = (
        "Hanazawa Denki Co., a maker of pumps, said profits fell sharply. Its unit Hanazawa Pumps America Inc. "
        "was fined. Hanazawa said it would appeal."
    )
    extraction = run(text)
    company = extraction.organisations[0]
    assert company.name == "Hanazawa Denki Co."
    assert "Hanazawa Denki" in company.aliases
    assert "Hanazawa" in company.aliases
    assert [q.speaker_key for q in extraction.quotes] == ["hanazawa denki co.", "hanazawa denki co."]


def test_a_company_suffix_alone_is_no_organisation() -> None:
    assert _organisations("Acme Pharmaceuticals, Inc. recalled two lots on Monday.") == [
        "Acme Pharmaceuticals"
    ]


def test_acronyms_that_name_things_are_no_organisations() -> None:
    text = (
        "Tests found N-nitrosodimethylamine (NDMA) in the pills. NDMA is a likely carcinogen. "
        'The tablets are stamped "QX" and sold as NDC 12345-678-90. The SWAT team left. '
        "The Food and Drug Administration (FDA) was told."
    )
    assert _organisations(text) == ["Food and Drug Administration"]


def test_a_corporate_officer_title_before_a_name() -> None:
    assert _people("He will be replaced by Chief Financial Officer Jane Roe, 49.") == [
        ("Jane Roe", ("Chief Financial Officer",))
    ]


def test_a_lower_case_brand_may_open_a_headline_before_a_dateline() -> None:
    extraction = run(
        "zipply to cut 10% of staff\n\nSAN FRANCISCO — zipply said on Tuesday it would cut jobs."
    )
    assert extraction.document.title == "zipply to cut 10% of staff"
    assert [(p.name, p.country_code) for p in extraction.places] == [("San Francisco", "US")]
    assert extraction.organisations == ()


def test_a_country_closing_an_organisations_name_is_its_country() -> None:
    extraction = run("The Central Bank of Kenya held rates. The University of Kent agreed.")
    assert [(o.name, o.country_code) for o in extraction.organisations] == [
        ("Central Bank of Kenya", "KE"),
        ("University of Kent", None),
    ]
