"""Quote finding and speaker attribution: interviews in Q/A form, titles before a speaker's name,
unnamed sources, and reported clauses after longer cues."""

from tests.extract.reading import direct_quotes as _direct
from tests.extract.reading import indirect_quotes as _indirect
from tests.extract.reading import quotes as _quotes

# --- question-and-answer interviews -------------------------------------------------------------

_INTERVIEW = (
    "Marta Oyelaran has run the city's oldest bakery for thirty years. We spoke to her about flour.\n\n"
    "Q: What has changed most?\n\n"
    "A: The price of butter. Everything else is the same.\n\n"
    "Q: Will you retire?\n\n"
    "A: Not yet. My hands still work.\n\n"
    "The shop opens at five.\n\n"
    "Q: And the queue?\n\n"
    "A: It starts at four.\n\n"
    "A new oven\n\n"
    "The council approved a grant on Monday."
)


def test_interview_answers_are_the_interviewees_quotes() -> None:
    assert _direct(_INTERVIEW) == [
        ("The price of butter. Everything else is the same.", "marta oyelaran"),
        ("Not yet. My hands still work.", "marta oyelaran"),
        ("The shop opens at five.", "marta oyelaran"),
        ("It starts at four.", "marta oyelaran"),
    ]


def test_a_single_label_is_no_interview() -> None:
    text = "Q: the quarter's figures were mixed, the bank said.\n\nShares rose 2% in early trading."
    assert _direct(text) == []


# --- speakers after the quote -----------------------------------------------------------------


def test_capitalised_titles_before_the_speakers_name() -> None:
    text = '"We have been turned away every time," Orlen Mining Chief Executive Dana Whitlow told Reuters.'
    assert _direct(text) == [("We have been turned away every time", "dana whitlow")]


def test_the_person_after_the_organisation_and_role_speaks() -> None:
    text = (
        "Tessa Quill scored twice for the Harriers. "
        '"That kid has been doing that since training camp," said Harriers defender Joel Amadi.'
    )
    assert _direct(text)[0][1] == "joel amadi"


def test_a_title_and_an_organisation_with_no_name_after_stays_unattributed() -> None:
    text = '"We will appeal," said a Harriers spokesperson and the club\'s lawyer.'
    assert _direct(text) == [("We will appeal", None)]


# --- unnamed sources stay unnamed ---------------------------------------------------------------


def test_an_unnamed_official_with_a_nationality_and_an_anonymity_clause() -> None:
    text = (
        "An Egyptian official familiar with the negotiations, speaking on condition of anonymity, "
        "said the main sticking points remained unresolved."
    )
    assert _indirect(text) == [("the main sticking points remained unresolved", None)]


def test_an_unnamed_person_at_a_named_organisation_is_not_the_organisation() -> None:
    text = (
        "The Norland Polar Institute faces budget cuts. One researcher at the institute, who asked not "
        "to be named, said morale was the lowest she could remember."
    )
    assert _indirect(text) == [("morale was the lowest she could remember", None)]


def test_a_named_researcher_at_the_organisation_still_speaks() -> None:
    text = "Dana Whitlow, a researcher at the Norland Polar Institute, said morale was low."
    assert _indirect(text) == [("morale was low", "dana whitlow")]


def test_a_group_from_named_parties_is_no_party() -> None:
    text = (
        "A group of 18 younger lawmakers from the Civic Union and its sister party, the Rural League, "
        "has said it cannot support the bill in its current form."
    )
    assert _indirect(text) == [("it cannot support the bill in its current form", None)]


def test_sources_familiar_with_the_matter_after_the_clause() -> None:
    text = "Orlen Mining has hired Goldman Sachs, two sources familiar with the matter said."
    assert _indirect(text) == [("Orlen Mining has hired Goldman Sachs", None)]


def test_users_on_a_website_are_unnamed() -> None:
    text = "On Reddit, several users said they had received text messages asking them to log in."
    assert _indirect(text) == [("they had received text messages asking them to log in", None)]


# --- longer cues before the reported clause ------------------------------------------------------


def test_said_in_its_response_that() -> None:
    text = "Orlen Mining said in its response that the offer undervalues the company."
    assert _indirect(text) == [("the offer undervalues the company", "orlen mining")]


def test_wrote_in_a_note_to_clients_that() -> None:
    text = (
        "Dana Whitlow, head of research at Pellham Bank, wrote in a note to clients that the deal made sense."
    )
    assert _indirect(text) == [("the deal made sense", "dana whitlow")]


def test_said_in_a_filing_to_an_exchange_that() -> None:
    text = "Orlen Mining said in a filing to the Shenzhen Stock Exchange that it would apply for a licence."
    assert _indirect(text) == [("it would apply for a licence", "orlen mining")]


def test_said_in_a_statement_late_on_a_weekday_that() -> None:
    text = "The Harbour Authority said in a statement late on Sunday that the ferry would resume."
    assert _indirect(text) == [("the ferry would resume", "harbour authority")]


def test_said_at_least_opens_a_clause() -> None:
    text = "The Ministry of Health said at least 41 people had been killed."
    assert _indirect(text) == [("at least 41 people had been killed", "ministry of health")]


def test_said_at_a_briefing_is_still_no_clause() -> None:
    text = "The Ministry of Health said at a briefing."
    assert _indirect(text) == []


# --- according to -------------------------------------------------------------------------------


def test_according_to_a_report_by_its_author() -> None:
    text = "Rivers in the valley are in poor health, according to a report by the Rivers Trust."
    assert _indirect(text) == [("Rivers in the valley are in poor health", "rivers trust")]


def test_according_to_a_note_its_author_wrote() -> None:
    text = (
        "Dana Whitlow is an economist at Pellham Bank. The fiscal picture has not improved enough, "
        "according to a note to clients she co-wrote."
    )
    assert _indirect(text) == [("The fiscal picture has not improved enough", "dana whitlow")]


def test_according_to_in_mid_sentence_before_a_phrase() -> None:
    text = (
        "Annual inflation slowed to 4.4% in October, according to the statistics agency Statnor, "
        "inside the target range for the first time this year."
    )
    assert _indirect(text) == [("Annual inflation slowed to 4.4% in October", "statnor")]


def test_according_to_in_mid_sentence_before_a_clause_is_not_the_source() -> None:
    text = "Dana Whitlow said the plan, according to officials, will cost five billion dollars."
    assert _indirect(text)[0][1] == "dana whitlow"


def test_a_memo_that_reports_what_someone_told_staff() -> None:
    text = (
        "Director Dana Whitlow told staff last week that the institute would have to save money, "
        "according to an internal memo seen by the magazine."
    )
    assert _indirect(text) == [("the institute would have to save money", "dana whitlow")]


# --- partial quotes, datelines ------------------------------------------------------------------


def test_a_partial_quote_may_open_the_reported_clause() -> None:
    text = (
        "Dr Dana Whitlow runs the trust. But she warned that ‘sustained pressure’ on emergency beds "
        "had forced it to postpone 640 operations."
    )
    assert (
        "‘sustained pressure’ on emergency beds had forced it to postpone 640 operations",
        "dana whitlow",
    ) in _indirect(text)


def test_a_whole_quote_after_that_is_only_a_direct_quote() -> None:
    text = "Dana Whitlow said that “the plan will not work in its current form.”"
    assert _indirect(text) == []


def test_the_wire_credit_in_a_dateline_never_speaks() -> None:
    text = (
        "LIMA, Nov 5 (Reuters) - The central bank cut its benchmark rate on Wednesday but said it "
        "would move carefully next year."
    )
    assert all(speaker != "reuters" for _, speaker in _indirect(text))


# --- descriptions and documents resolved for their speakers -----------------------------------


def test_a_description_does_not_point_ahead_to_a_later_organisation() -> None:
    text = (
        "NHS Wessex said waiting lists had fallen. The Royal College of Nursing said staff were exhausted.\n\n"
        "A spokesperson for the union said: “Our members are working extra shifts every week.”\n\n"
        "Healthwatch Dorset, which represents patients, said it had received 90 complaints."
    )
    assert _direct(text)[0][1] != "healthwatch dorset"


def test_a_description_in_apposition_is_the_name_before_it() -> None:
    text = (
        "The European Union funds the institute. The Norland Association of Researchers, the union for "
        "its scientists, warned of cuts. “We fear for younger staff,” the union said."
    )
    assert _direct(text) == [("We fear for younger staff", "norland association of researchers")]


def test_a_report_by_an_organisation_is_that_organisations() -> None:
    text = (
        "Thames Water was fined last year. Rivers are in poor health, according to a report by the "
        "Rivers Trust. “Nothing has improved in a decade,” the report said."
    )
    assert _direct(text) == [("Nothing has improved in a decade", "rivers trust")]


def test_the_statement_is_the_one_mentioned_before() -> None:
    text = (
        "Kestrel Holdings said in a statement that the offer was fair. It is being advised by Morgan "
        "Stanley and Rothschild & Co, according to the statement."
    )
    assert _indirect(text)[-1] == (
        "It is being advised by Morgan Stanley and Rothschild & Co",
        "kestrel holdings",
    )


def test_a_whole_quote_then_another_verb_is_no_clause() -> None:
    text = (
        "The Harbour Authority underlined that “the port and the town are interconnected” and called "
        "for deeper collaboration."
    )
    assert _indirect(text) == []


# --- more reporting verbs -------------------------------------------------------------------------


def test_alleged_that() -> None:
    text = "Samata Party president Vikram Rao alleged that paper leaks had become an industry."
    assert _indirect(text) == [("paper leaks had become an industry", "vikram rao")]


def test_alleged_with_an_object_is_no_speech() -> None:
    text = "Vikram Rao alleged fraud at the firm in a lawsuit filed on Monday."
    assert _indirect(text) == []


def test_a_report_found_that() -> None:
    text = (
        "Rivers are in poor health, according to a report by the Rivers Trust. The report also found "
        "that storm overflows had discharged sewage for 71,000 hours."
    )
    assert ("storm overflows had discharged sewage for 71,000 hours", "rivers trust") in _indirect(text)


def test_an_organisations_analysis_found_that() -> None:
    text = "The Rivers Trust’s analysis of ten years of data found that only one stretch was healthy."
    assert _indirect(text) == [("only one stretch was healthy", "rivers trust")]


def test_police_finding_something_is_no_speech() -> None:
    text = "Police found that the door had been forced open."
    assert _indirect(text) == []


def test_an_organisations_state_unit_speaks_for_it() -> None:
    text = (
        "In a statement, the Janata Party's state unit said that “the government has shown zero tolerance”."
    )
    assert _direct(text) == [("the government has shown zero tolerance", "janata party")]


# --- subjects around appositives ----------------------------------------------------------------


def test_a_subject_whose_appositive_holds_a_quote() -> None:
    text = (
        "Pennywise Labs, the budgeting app that pitches itself as “a friendlier way to look at your "
        "money,” says hackers accessed the names of 2.3 million users."
    )
    assert _quotes(text) == [
        ("direct", "a friendlier way to look at your money", "pennywise labs"),
        ("indirect", "hackers accessed the names of 2.3 million users", "pennywise labs"),
    ]


def test_a_quote_in_a_sentence_that_opens_with_no_named_subject() -> None:
    text = "The app, which pitches itself as “a friendlier way to look at your money,” says it was hacked."
    assert _direct(text) == [("a friendlier way to look at your money", None)]


def test_according_to_then_a_clause_is_not_skipped_as_an_appositive() -> None:
    text = (
        "Pennywise Labs disclosed the breach on Tuesday. According to the company, the attackers exploited "
        "a flaw in FileBridge, a file-transfer tool made by Ostara Systems."
    )
    assert _indirect(text)[0][0].startswith("the attackers exploited a flaw in FileBridge")


def test_according_to_then_a_joined_clause() -> None:
    text = (
        "Chinese companies make most of the world's cathodes, according to the consultancy Benchmark "
        "Intelligence, and firms such as Volt have been expanding abroad."
    )
    assert _indirect(text) == [
        ("Chinese companies make most of the world's cathodes", "benchmark intelligence")
    ]


def test_a_woman_described_then_named_in_the_next_sentence() -> None:
    text = (
        "A woman who has waited almost two years for a knee replacement says she ‘feels forgotten’.\n\n"
        "Carol Ashdown, 64, from Dewsbury, was referred for surgery in April 2023."
    )
    assert [(t[:20], s) for t, s in _indirect(text)] == [("she ‘feels forgotten", "carol ashdown")]


def test_a_woman_described_with_no_name_after_stays_unattributed() -> None:
    text = (
        "A woman who has waited almost two years for a knee replacement says she feels forgotten.\n\n"
        "The hospital has cancelled 640 operations since December."
    )
    # Her words are reported speech all the same, by a speaker the article does not name.
    assert _indirect(text) == [("she feels forgotten", None)]


# --- quoted as saying; a second clause ------------------------------------------------------------


def test_quoted_an_unnamed_official_as_saying() -> None:
    text = (
        "The official Xinhua news agency quoted an unnamed official from the Ministry of Science as "
        "saying that the measures would help national security."
    )
    assert _indirect(text) == [("the measures would help national security", None)]


def test_quoted_a_named_person_as_saying() -> None:
    text = "The newspaper quoted Dana Whitlow as saying the measures would help exporters."
    assert _indirect(text) == [("the measures would help exporters", "dana whitlow")]


def test_where_it_said_is_a_second_clause_of_the_same_speaker() -> None:
    text = (
        "Thames Water said the report did not reflect the picture in the catchment, where it said "
        "farm pollution was also a big source of phosphate."
    )
    assert _indirect(text) == [
        ("the report did not reflect the picture in the catchment", "thames water"),
        ("farm pollution was also a big source of phosphate", "thames water"),
    ]


def test_where_a_named_other_said_is_no_second_clause() -> None:
    text = "Thames Water said the report was unfair to Oxford, where residents had complained for years."
    assert len(_indirect(text)) == 1


# --- offices, bureaus, results and "they" ---------------------------------------------------------


def test_a_spokesman_for_the_bureau_named_before() -> None:
    text = (
        "Vincent Leung said he would raise the matter with the Commerce and Economic Development Bureau. "
        "A spokesman for the bureau said the government would “maintain close liaison” with the mainland."
    )
    assert ("maintain close liaison", "commerce and economic development bureau") in _direct(text)


def test_the_electoral_office_after_the_clause() -> None:
    text = (
        "Results were released by Norland's National Office of Electoral Processes (NOEP).\n\n"
        "Turnout was 79.2%, the electoral office said, slightly below the first round."
    )
    assert ("Turnout was 79.2%", "national office of electoral processes") in _indirect(text)


def test_results_released_by_a_countrys_office() -> None:
    text = (
        "Two candidates will meet in a runoff, according to official results released on Monday by "
        "Norland's National Office of Electoral Processes (NOEP)."
    )
    assert _indirect(text)[0][1] == "national office of electoral processes"


def test_they_after_an_organisation_spoke_is_that_organisation() -> None:
    text = (
        "Observers from the Organization of American States said the vote had been orderly. They said "
        "voting had started late at some polling stations."
    )
    assert _indirect(text)[-1] == (
        "voting had started late at some polling stations",
        "organization of american states",
    )


def test_they_after_a_person_spoke_stays_unresolved() -> None:
    text = "Dana Whitlow said the vote had been orderly. They said voting had started late at some stations."
    assert _indirect(text)[-1] == ("voting had started late at some stations", None)


# --- documents, legal forms, participle phrases --------------------------------------------------


def test_the_affidavit_says_after_the_clause() -> None:
    text = "When officers arrived, the man refused to come out and told a dispatcher he had a gun, the affidavit says."
    assert _indirect(text) == [
        ("When officers arrived, the man refused to come out and told a dispatcher he had a gun", None)
    ]


def test_said_in_its_most_recent_country_report_that() -> None:
    text = "The IMF said in its most recent country report that the central bank had made progress."
    assert _indirect(text) == [("the central bank had made progress", "international monetary fund")]


def test_a_company_with_its_legal_form_and_defined_name_today_announced_that() -> None:
    text = (
        'Merrow Pharmaceuticals, Inc. ("Merrow" or "the Company") today announced that it is '
        "voluntarily recalling three lots of tablets."
    )
    assert _indirect(text) == [
        ("it is voluntarily recalling three lots of tablets", "merrow pharmaceuticals")
    ]


def test_the_cue_after_a_participle_phrase() -> None:
    text = (
        "The Norland Space Agency’s probe has returned its first images of the asteroid, showing bright "
        "patches that scientists believe are water ice, the agency said on Wednesday."
    )
    assert _indirect(text)[0][1] == "norland space agency"


def test_an_appositive_clause_before_a_trailing_cue_is_not_retried() -> None:
    text = "Streamwell, the video service, will raise the price of its plan by $2 a month from July, the company said."
    assert len(_indirect(text)) <= 1


# --- unnamed voices and role holders --------------------------------------------------------------


def test_she_after_an_unnamed_designer_is_not_the_woman_named_before() -> None:
    text = (
        "Chief executive Nandita Rao announced the cuts. One product designer in Austin said she found out "
        "from a former colleague's post.\n\n"
        '"I had a one-on-one scheduled with my manager," she said. "The invite got cancelled by a bot."'
    )
    assert _direct(text) == [
        ("I had a one-on-one scheduled with my manager", None),
        ("The invite got cancelled by a bot.", None),
    ]


def test_she_after_a_named_woman_still_speaks() -> None:
    text = 'Nandita Rao, the chief executive, said the cuts were painful.\n\n"This is on me," she said.'
    assert _direct(text) == [("This is on me", "nandita rao")]


def test_the_chief_executive_of_an_organisation_is_not_the_organisation() -> None:
    text = (
        "The chief executive of Laurentide Rail told MPs on Thursday that the board was not told about "
        "a faulty sensor.\n\nThe hearing lasted three hours."
    )
    assert _indirect(text) == [("the board was not told about a faulty sensor", None)]


def test_the_chief_executive_introduced_in_the_next_paragraph() -> None:
    text = (
        "OTTAWA — The chief executive of Laurentide Rail told MPs on Thursday that the board was not told "
        "about a faulty sensor.\n\nJean-Marc Tessier, who has led the railway since 2019, apologised."
    )
    assert _indirect(text) == [("the board was not told about a faulty sensor", "jean-marc tessier")]


def test_an_acronym_in_brackets_before_its_verb() -> None:
    text = "The Norland Elections Board (NEB), which must certify the results, said it would resolve 312 challenges."
    assert _indirect(text) == [("it would resolve 312 challenges", "norland elections board")]


def test_estimates_from_a_described_firm() -> None:
    text = (
        "Revenue fell 31% in the second quarter, according to estimates from market research firm AppTally."
    )
    assert _indirect(text) == [("Revenue fell 31% in the second quarter", "apptally")]


# --- accusations and a second speaker ---------------------------------------------------------------


def test_accused_someone_of_a_quote() -> None:
    text = (
        "Skyway's chief operating officer, Ingrid Solheim, accused the union of \"holding families to "
        'ransom" in the busiest week of the autumn.'
    )
    assert _direct(text) == [("holding families to ransom", "ingrid solheim")]


def test_a_second_speakers_clause_in_the_same_sentence() -> None:
    text = "Ryanair said it had added extra flights on some routes, and easyJet said it was doing the same."
    assert _indirect(text) == [
        ("it had added extra flights on some routes", "ryanair"),
        ("it was doing the same", "easyjet"),
    ]


def test_and_a_named_object_is_no_second_speaker() -> None:
    text = "Ryanair said it had added flights to Dublin, and Ryanair staff were working overtime."
    assert len(_indirect(text)) == 1


def test_a_trailing_cue_with_when_it_was_said() -> None:
    text = (
        "The examination will be held again within six months, the Ministry of Education said after a "
        "high-level meeting at its headquarters."
    )
    assert _indirect(text) == [
        ("The examination will be held again within six months", "ministry of education")
    ]


def test_a_trailing_after_clause_with_no_speaker_is_no_quote() -> None:
    text = "The examination will be held again within six months, weeks after a leak at a printing press."
    assert _indirect(text) == []


def test_a_move_analysts_said_would() -> None:
    text = (
        "Norland will require export licences, the Ministry of Commerce said on Thursday, in a move "
        "analysts said would strengthen its hand in the battery supply chain."
    )
    assert ("would strengthen its hand in the battery supply chain", None) in _indirect(text)


def test_a_move_a_named_person_said_would() -> None:
    text = "The council approved the plan, a decision Dana Whitlow said would cost the town dearly."
    assert ("would cost the town dearly", "dana whitlow") in _indirect(text)


def test_a_move_the_weather_said_would_is_nothing() -> None:
    text = "The council approved the plan, a move the forecast said would come too late."
    assert all(not t.startswith("would") for t, _ in _indirect(text))


def test_said_then_a_participle_after_a_comma_is_no_clause() -> None:
    text = '"We will not sign," Nizar Hamdan said, speaking by phone from Doha.'
    assert _indirect(text) == []


def test_an_interview_whose_introduction_names_two_people() -> None:
    text = (
        "Marta Oyelaran trained under the baker Tomas Lindqvist. We spoke to Oyelaran about flour.\n\n"
        "Q: What has changed most?\n\n"
        "A: The price of butter.\n\n"
        "Q: Will you retire?\n\n"
        "A: Not yet."
    )
    assert _direct(text) == [("The price of butter.", "marta oyelaran"), ("Not yet.", "marta oyelaran")]


def test_an_interview_with_no_one_presented_keeps_answers_unattributed() -> None:
    text = (
        "Two bakers disagree about flour. Marta Oyelaran and Tomas Lindqvist both run shops.\n\n"
        "Q: What has changed most?\n\n"
        "A: The price of butter.\n\n"
        "Q: Will you retire?\n\n"
        "A: Not yet."
    )
    assert _direct(text) == [("The price of butter.", None), ("Not yet.", None)]


def test_they_after_another_sentence_is_not_the_organisation() -> None:
    text = (
        "The Ministry of Interior said the march was illegal. Protesters disagreed. They said the march "
        "had been peaceful."
    )
    assert _indirect(text)[-1] == ("the march had been peaceful", None)


def test_she_after_an_unnamed_voice_and_a_named_woman_is_the_named_woman() -> None:
    text = (
        "Jane Roe runs Acme.\n\nAn analyst at Barclays said the shares were cheap. Roe disagreed. "
        '"They are not," she said.'
    )
    assert _direct(text) == [("They are not", "jane roe")]
