"""Quotes and speakers, set 15: "H.E." before a name, "added that" with any verb, "affirmed that", a
lower-case post with "of" before a name, a statement posted somewhere, absolute phrases after "said",
"describing … as", "the statement read", a role after a quote-only paragraph, a preposition's object in
the sentence before a pronoun, statements issued in a person's name (all sentences made up)."""

from tests.extract.reading import direct_quotes as _direct
from tests.extract.reading import indirect_quotes as _indirect
from tests.extract.reading import speaker_of
from tests.extract.reading import speaker_starting as _speaker

# --- "H.E. Dr. Jane Roe said" ---------------------------------------------------------------------------


def test_his_excellency_abbreviated_opens_no_sentence_and_keeps_the_speaker() -> None:
    text = (
        "Dams\n\nThe forum was attended by His Excellency Dr. Karim bin Saeed Al Tameemi-Harbi, Minister of "
        'Water.\n\nH.E. Dr. Al Tameemi-Harbi said, "We will build four new dams in the valley by 2030."\n\n'
        "He added that the valley supplies half of the country's wheat."
    )
    assert speaker_of(text, "four new dams") == "karim bin saeed al tameemi-harbi"
    assert speaker_of(text, "the valley supplies") == "karim bin saeed al tameemi-harbi"


def test_her_excellency_is_a_style_not_a_pronoun_for_the_man_before() -> None:
    text = (
        "Dams\n\nThe forum was attended by Omar Farid Al Tameemi, Minister of Water, and Her Excellency "
        "Salma Nasser Al Rumaithi, Minister of State.\n\nOmar Farid Al Tameemi said the dams would open in "
        "May.\n\nHe added that the valley had been dry for years."
    )
    assert speaker_of(text, "the valley had been dry") == "omar farid al tameemi"


# --- "added that" / "affirmed that" -------------------------------------------------------------------


def test_added_that_takes_a_clause_whatever_its_verb() -> None:
    text = "Farms\n\nFarm minister Lotte Brandvik spoke on Monday.\n\nShe added that irrigation accounts for most of the use."
    assert _speaker(_indirect(text), "irrigation accounts") == "lotte brandvik"


def test_added_without_that_still_needs_a_verb_in_the_clause() -> None:
    text = "Match\n\nStriker Lotte Brandvik scored twice on Monday.\n\nBrandvik added a third goal in the last minute."
    assert _indirect(text) == []


def test_affirmed_that_reports_a_clause() -> None:
    text = (
        "Plan\n\nMinister Lotte Brandvik affirmed that the plan is aligned with the national water strategy."
    )
    assert _speaker(_indirect(text), "the plan is aligned") == "lotte brandvik"


def test_a_court_affirming_a_ruling_reports_nothing() -> None:
    text = "Ruling\n\nThe Harlow Appeals Court affirmed the conviction of the former mayor on Monday."
    assert _indirect(text) == []


# --- "“…,” Bath director of rugby Jane Roe said" ---------------------------------------------------------


def test_a_lower_case_post_with_of_before_the_name() -> None:
    text = (
        "Match\n\nKelso beat Morvane 20-10 on Saturday.\n\n"
        '"That was a proper game, the kind you grind through," Kelso director of rugby Tomas Ferreira-Lund '
        "told a local radio station."
    )
    assert _speaker(_direct(text), "That was a proper game") == "tomas ferreira-lund"


def test_of_the_before_a_name_still_ends_the_post() -> None:
    text = (
        "Match\n\nKelso beat Morvane 20-10 on Saturday.\n\n"
        '"That was a proper game, the kind you grind through," a friend of the Kelso captain Tomas '
        "Ferreira-Lund said."
    )
    assert _speaker(_direct(text), "That was a proper game") is None


# --- "said in a statement posted on Telegram that" -----------------------------------------------------


def test_a_statement_posted_somewhere_is_the_speakers() -> None:
    text = (
        "Talks\n\nThe Veridian Front accused the government of stalling. Ilya Moravec, a member of its political bureau, "
        'said in a statement posted on Telegram that the government was "buying time" before the vote.'
    )
    assert _speaker(_indirect(text), "the government was") == "ilya moravec"
    assert _speaker(_direct(text), "buying time") == "ilya moravec"


# --- "he said, his voice breaking" ----------------------------------------------------------------------


def test_an_absolute_phrase_after_said_is_no_clause() -> None:
    text = 'Court\n\nDaniel Okafor-Lind addressed the court.\n\n"I am sorry," he said, his voice breaking.'
    assert _indirect(text) == []


def test_a_clause_opening_with_his_is_still_reported() -> None:
    text = "Court\n\nDaniel Okafor-Lind addressed the court.\n\nHe said, his brother was never told."
    assert _speaker(_indirect(text), "his brother was never told") == "daniel okafor-lind"


# --- "read a statement describing her as a nurse who “…”" ----------------------------------------------


def test_describing_someone_as_quotes_the_describer() -> None:
    text = (
        "Court\n\nThe victim's father, Anselm Koutsoukos, read a statement describing his son as a teacher "
        'who "never gave up on a pupil."'
    )
    assert _speaker(_direct(text), "never gave up") == "anselm koutsoukos"


def test_his_party_describing_is_not_his() -> None:
    text = (
        "Race\n\nThe court barred opposition figure Anselm Koutsoukos from the race, a ruling his party "
        'described as "a political execution" on Monday.'
    )
    assert _speaker(_direct(text), "a political execution") != "anselm koutsoukos"


# --- "“…,” the statement read." --------------------------------------------------------------------------


def test_the_statement_read_after_a_quote_speaks_for_its_issuer() -> None:
    text = (
        "Strike\n\nThe Harlow Teachers Guild said on Monday it would strike. In a statement sent to members "
        "on Sunday evening, Dr Imke Vasquez-Ross said the guild had waited long enough.\n\n"
        '"We have heard promises before. Our members are tired," the statement read.'
    )
    assert _speaker(_direct(text), "We have heard promises") == "imke vasquez-ross"


def test_a_statement_read_out_by_someone_is_not_this_rule() -> None:
    text = (
        'Strike\n\nThe Harlow Teachers Guild issued a statement.\n\n"We are tired," the statement read out '
        "by Imke Vasquez-Ross said."
    )
    assert speaker_of(text, "We are tired") != "harlow teachers guild"


# --- "“…,” the union leader said." after a paragraph naming one person -----------------------------------


def test_a_role_after_a_quote_only_paragraph_is_the_one_person_before() -> None:
    text = (
        "Strike\n\nThe Harlow Teachers Guild threatened a strike last week.\n\n"
        "Speaking on Wednesday, Mr Oduya Fenwick said the guild would not call off the action.\n\n"
        '"Our members are tired of promises," the union leader said.'
    )
    assert _speaker(_direct(text), "Our members are tired") == "oduya fenwick"


def test_a_role_after_a_quote_only_paragraph_when_two_were_named_before() -> None:
    text = (
        "Strike\n\nThe Harlow Teachers Guild threatened a strike last week.\n\n"
        "Union leaders Sofia Fenwick and Priya Lindqvist said the guild would not call off the action.\n\n"
        '"Our members are tired of promises," the union leader said.'
    )
    assert _speaker(_direct(text), "Our members are tired") is None


# --- "the press secretary to the governor, Jane Roe, said …. He said …" ---------------------------------


def test_a_pronoun_skips_the_object_of_a_preposition_in_the_subjects_title() -> None:
    text = (
        "Pay\n\nGovernor Emeka Adeyinka-Lowe approved the payment on Monday.\n\n"
        "Reacting, the press secretary to the governor, Tobias Okonkwo-Reyes, said the opposition was wrong.\n\n"
        "He said the administration had paid salaries on time since 2023."
    )
    assert _speaker(_indirect(text), "the administration had paid") == "tobias okonkwo-reyes"


def test_according_to_still_gives_the_pronouns_antecedent() -> None:
    text = (
        "Pay\n\nThe guild met on Monday.\n\nAccording to Tobias Okonkwo-Reyes, the talks had failed.\n\n"
        "He said the guild would strike in June."
    )
    assert _speaker(_indirect(text), "the guild would strike") == "tobias okonkwo-reyes"


# --- courts: "the Bench", "Justice Roe … the judge", "counsel submitted" --------------------------------


def test_the_bench_speaks_as_its_court() -> None:
    text = (
        "Lake\n\nThe Kovalam High Court on Tuesday ordered the encroachments removed. A Division Bench of "
        "Justice P. Anand Kumar and Justice R. Meena Devi passed the order.\n\n"
        '"Someone must answer for it," the Bench said.'
    )
    assert _speaker(_direct(text), "Someone must answer") == "kovalam high court"


def test_a_bench_of_judges_is_no_person() -> None:
    text = "Lake\n\nA Division Bench of Justice P. Anand Kumar heard the case on Tuesday."
    from app.extract import run

    assert "Division Bench" not in {p.name for p in run(text).people}


def test_a_name_without_its_initials_and_writing_for_the_bench() -> None:
    text = (
        "Lake\n\nA Division Bench of Justice P. Anand Kumar and Justice R. Meena Devi heard the case.\n\n"
        "Writing for the Bench, Justice Anand Kumar said the court had issued four directions, none of "
        'which had been complied with. "What we received instead is silence. Land held by the State is '
        'held in trust," the judge said.'
    )
    assert _speaker(_indirect(text), "the court had issued") == "p. anand kumar"
    assert _speaker(_direct(text), "What we received") == "p. anand kumar"


def test_a_credit_line_is_still_a_credit_line() -> None:
    text = "Lake\n\nThe court heard the case on Tuesday.\n\nWriting by Anand Kumar; Editing by Meena Devi"
    from app.extract import run

    assert not run(text).people


def test_counsel_submitted_after_a_quote() -> None:
    text = (
        "Lake\n\nSenior counsel K. Ravi Shankar appeared for the petitioner.\n\n"
        '"The lake has simply been built over," Mr. Ravi Shankar submitted.'
    )
    assert _speaker(_direct(text), "The lake has simply") == "k. ravi shankar"


def test_submitting_a_report_reports_nothing() -> None:
    text = "Lake\n\nThe Water Resources Department submitted a report on the lake to the court on Monday."
    assert _indirect(text) == []


def test_a_report_submitted_by_a_body_is_that_bodys() -> None:
    text = (
        "Lake\n\nThe Water Resources Department surveyed the lake in May.\n\n"
        "The lake has shrunk by half since 2010, according to a report submitted by the Water Resources "
        "Department."
    )
    assert speaker_of(text, "The lake has shrunk") == "water resources department"


# --- unnamed voices: "an official who asked not to be named said", "Some said …, while others said …" ---


def test_an_official_who_asked_not_to_be_named_without_commas() -> None:
    text = (
        "Funds\n\nThe mayor spoke on Monday.\n\nA city hall official who asked not to be named because he "
        "was not authorised to speak said three other districts had similar audit findings."
    )
    assert _speaker(_indirect(text), "three other districts") is None


def test_some_and_others_each_report_their_own_clause() -> None:
    text = (
        "Funds\n\nResidents interviewed on Wednesday were divided. Some said they received food twice during "
        "the storm, while others said they got nothing."
    )
    found = _indirect(text)
    assert _speaker(found, "they received food twice") is None
    assert _speaker(found, "they got nothing") is None
    assert not any("others said" in t for t, _ in found)


def test_a_named_speaker_keeps_a_clause_about_some() -> None:
    text = "Funds\n\nMayor Ilse Brandauer said some of the money would be repaid by June."
    assert _speaker(_indirect(text), "some of the money") == "ilse brandauer"


# --- "according to Dr Jane Roe, a biologist … who …, …"; "residents in X, where …, said" ---------------


def test_according_to_dr_and_a_long_description_of_the_source() -> None:
    text = (
        "Sea\n\nAccording to Dr Imke Halvorsen-Pryce, a marine biologist at the University of Tarnby who has "
        "sampled the oyster beds since 2019, bacteria levels have risen sharply in each of the past summers."
    )
    assert _speaker(_indirect(text), "bacteria levels have risen") == "imke halvorsen-pryce"


def test_according_to_a_body_then_a_clause_is_not_its_description() -> None:
    text = (
        "Sea\n\nAccording to the Tarnby Water Board, the beaches were closed for 41 days, and swimmers who "
        "ignored the warnings fell ill."
    )
    assert _speaker(_indirect(text), "the beaches were closed") == "tarnby water board"


def test_residents_where_something_happened_said() -> None:
    text = (
        "Sea\n\nThe water company apologised on Monday.\n\nResidents in Calderby, where a bathing warning was "
        "in place for 41 days this summer, said they had heard promises before."
    )
    assert _speaker(_indirect(text), "they had heard promises") is None


# --- "…, as landlords warned lawmakers that …"; "Hong Kong's housing minister has insisted …" ----------


def test_a_second_unnamed_voice_after_as() -> None:
    text = (
        "Flats\n\nThe housing secretary, Marta Villanueva-Koh, insisted no tenant would be made homeless, as "
        "landlords warned lawmakers that thousands of flats could be taken off the market."
    )
    found = _indirect(text)
    assert _speaker(found, "no tenant would be made homeless") == "marta villanueva-koh"
    assert _speaker(found, "thousands of flats could") is None


def test_as_expected_is_no_second_voice() -> None:
    text = "Flats\n\nHousing secretary Marta Villanueva-Koh said prices would fall, as expected by most analysts."
    assert [t for t, _ in _indirect(text)] == ["prices would fall, as expected by most analysts"]


def test_a_ledes_post_of_a_place_is_the_person_the_next_sentence_names() -> None:
    text = (
        "Flats\n\nBy Tomas Eklund\n\nKellandia's housing minister has insisted no tenant will be made homeless "
        "when the new rules take effect.\n\nSecretary for Housing Marta Villanueva-Koh told lawmakers on "
        "Wednesday that 3,800 households had applied for transitional homes."
    )
    assert _speaker(_indirect(text), "no tenant will be made homeless") == "marta villanueva-koh"


def test_a_ledes_post_with_no_one_named_after_has_no_speaker() -> None:
    text = (
        "Flats\n\nBy Tomas Eklund\n\nKellandia's housing minister has insisted no tenant will be made homeless "
        "when the new rules take effect.\n\nThe rules set a minimum size for every flat."
    )
    assert _speaker(_indirect(text), "no tenant will be made homeless") is None


# --- asides and second clauses: "as some ministers have suggested", "although the bureau cautioned that" -


def test_as_others_have_suggested_is_an_aside_not_a_source() -> None:
    text = (
        "Tax\n\nChief Cabinet Secretary Haruka Linden-Ono spoke on Monday. She declined to say whether the cut "
        "would be limited to two years, as some ministers have suggested."
    )
    assert _indirect(text) == []


def test_a_trailing_source_after_a_comma_still_reports() -> None:
    text = "Tax\n\nThe cut will last two years, the finance ministry has said."
    assert [t for t, _ in _indirect(text)] == ["The cut will last two years"]


def test_although_a_body_named_before_cautioned_that() -> None:
    text = (
        "Budget\n\nThe nonpartisan Fiscal Review Bureau estimated in January that the state would end the "
        "cycle with a surplus, although the bureau cautioned that slowing tax collections could shrink it."
    )
    found = _indirect(text)
    assert _speaker(found, "the state would end the cycle") == "fiscal review bureau"
    assert _speaker(found, "slowing tax collections") == "fiscal review bureau"


def test_confirmed_figures_then_a_phrase_of_time_is_no_clause() -> None:
    text = (
        "Metro\n\nThe line is late.\n\nPremier Dorian Kessel-Ambrose confirmed the figures on Wednesday, hours "
        "before they were due to be tabled, blaming tunnelling delays."
    )
    assert _indirect(text) == []


def test_confirmed_a_clause_then_a_participle_still_reports() -> None:
    text = (
        "Metro\n\nThe line is late.\n\nPremier Dorian Kessel-Ambrose confirmed the line would open in 2032, "
        "blaming tunnelling delays."
    )
    assert _speaker(_indirect(text), "the line would open") == "dorian kessel-ambrose"


# --- "…, Polish Interior Minister Jane Roe said on Tuesday, a day after …"; "the Santa Clara, California-based
# company said" -----------------------------------------------------------------------------------------


def test_a_mid_sentence_cue_with_a_nationality_and_a_phrase_of_time_after() -> None:
    text = (
        "Border\n\nThe talks went on.\n\nVarnia will ask the European Commission to open proceedings against "
        "its neighbour, Hungarian Interior Minister Tobiasz Wrona-Kessel said on Tuesday, a day after the "
        "neighbour extended checks on its border."
    )
    found = _indirect(text)
    assert _speaker(found, "Varnia will ask the European Commission") == "tobiasz wrona-kessel"
    assert not any(t.startswith("a day after") for t, _ in found)


def test_said_on_tuesday_then_that_still_reports_the_clause() -> None:
    text = "Border\n\nInterior Minister Tobiasz Wrona-Kessel said on Tuesday that Varnia would appeal the ruling."
    assert _speaker(_indirect(text), "Varnia would appeal") == "tobiasz wrona-kessel"


def test_a_company_based_in_a_city_and_its_state() -> None:
    text = (
        "Chips\n\nCorvex Networks Inc. reported results on Tuesday.\n\nSales in the third quarter will be $2.1 "
        "billion, the Santa Clara, California-based company said in a statement Tuesday."
    )
    assert _speaker(_indirect(text), "Sales in the third quarter") == "corvex networks inc."


# --- "with the U.S. Geological Survey," in an appositive; "…, the company said, adding that …"; "announced
# after the game that …" ----------------------------------------------------------------------------------


def test_an_appositive_with_us_abbreviated_before_a_capital() -> None:
    text = (
        "Mussels\n\nThe study was published.\n\nCo-author Halvard Brennick-Oduya, PhD, a research hydrologist "
        "with the U.S. Geological Survey's water centre, said the results should help transport agencies."
    )
    assert _speaker(_indirect(text), "the results should help") == "halvard brennick-oduya"


def test_a_trailing_cue_then_adding_that() -> None:
    text = (
        "Mine\n\nVelcor Mining said on Monday it had halted work at its mine. No workers were injured, the "
        "company said in a statement, adding that it was too early to say when work would resume."
    )
    found = _indirect(text)
    assert _speaker(found, "No workers were injured") == "velcor mining"
    assert not any(t.startswith("it was too early") for t, _ in found)


def test_announced_after_the_game_that() -> None:
    text = (
        "Hoops\n\nThe Harbor City Gulls won 110-98.\n\nThe Harbor City Gulls announced after the game that "
        "their rookie guard had been assigned to the club's affiliate."
    )
    assert [t for t, _ in _indirect(text)] == ["their rookie guard had been assigned to the club's affiliate"]


def test_announced_a_signing_after_the_game_is_no_clause() -> None:
    text = "Hoops\n\nThe Harbor City Gulls announced a new signing after the game."
    assert _indirect(text) == []


def test_mediators_are_unnamed_voices() -> None:
    text = "Truce\n\nThe talks resumed in Cairo.\n\nMediators say there has been limited progress on prisoner releases."
    assert _speaker(_indirect(text), "there has been limited progress") is None


def test_a_named_mediator_still_speaks() -> None:
    text = (
        "Truce\n\nThe talks resumed in Cairo.\n\nChief mediator Halima Osei-Brandt said there has been limited "
        "progress on prisoner releases."
    )
    assert _speaker(_indirect(text), "there has been limited progress") == "halima osei-brandt"
