"""Quotes and speakers, pass 22: interviews with no "Q:"/"A:" labels and no "Excerpts:" line, and
interviews whose outlet asks under its own name (all sentences made up)."""

from tests.extract.reading import direct_quotes as _direct
from tests.extract.reading import indirect_quotes as _indirect
from tests.extract.reading import speaker_starting as _speaker
from tests.extract.reading import texts as _texts

# --- an introduced interview: "talks about …", then unlabelled questions and first-person answers ----

_INTERVIEW = (
    "Meet the river ecologist\n\n"
    "Dr Maren Tollefsen of the University of Bergen talks about fish, floods and fieldwork.\n\n"
    "Dr Maren Tollefsen is a researcher at the university, where she leads a project on salmon.\n\n"
    "What drew you to rivers?\n\n"
    "I grew up beside one, so it was always there.\n\n"
    "What do you measure?\n\n"
    "We count the fish every spring and tag the young ones.\n\n"
    "Has it worked?\n\n"
    "On some rivers, yes. On others we are still waiting.\n\n"
    "The project runs until 2027.\n\n"
)


def test_an_introduced_interview_gives_its_answers_to_the_interviewee() -> None:
    found = _direct(_INTERVIEW)
    assert _speaker(found, "I grew up beside one") == "maren tollefsen"
    assert _speaker(found, "We count the fish") == "maren tollefsen"
    assert _speaker(found, "On some rivers, yes.") == "maren tollefsen"
    assert not any(t.startswith("The project runs") for t in _texts(found))


def test_question_subheads_answered_in_the_third_person_are_no_interview() -> None:
    text = (
        "Explainer\n\n"
        "Dr Maren Tollefsen talks about the new river rules.\n\n"
        "What changes?\n\n"
        "Anglers must register their catch from June.\n\n"
        "Who checks?\n\n"
        "The county sends inspectors to the larger rivers.\n\n"
        "What does it cost?\n\n"
        "A licence costs 300 kroner a year.\n\n"
    )
    assert _direct(text) == []


def test_questions_with_no_introduction_of_an_interview_are_no_interview() -> None:
    text = _INTERVIEW.replace("talks about fish, floods and fieldwork", "studies fish, floods and fieldwork")
    assert _direct(text) == []


# --- "BNamericas: …?" / "Echeverría: …": the outlet asks under its own name ---------------------------

_TURNS = (
    "Interview: the miner's chief\n\n"
    "Mining Weekly spoke with Tomas Lindqvist-Berg, chief executive of Nordmalm AB, about permits.\n\n"
    "Mining Weekly: How far along is the mine?\n\n"
    "Lindqvist-Berg: We signed the agreement in December. Construction starts in 2029.\n\n"
    "Mining Weekly: Is Finland a threat?\n\n"
    "Lindqvist-Berg: Finland is moving fast. That is fine.\n\n"
    "Nordmalm AB said in a statement that it would publish its study in June.\n\n"
)


def test_an_outlet_asking_under_its_name_makes_the_answers_the_interviewees() -> None:
    found = _direct(_TURNS)
    assert _speaker(found, "We signed the agreement") == "tomas lindqvist-berg"
    assert _speaker(found, "Finland is moving fast") == "tomas lindqvist-berg"
    assert _speaker(found, "How far along") == "mining weekly"


def test_the_story_after_the_outlets_last_turn_is_no_answer() -> None:
    assert not any(t.startswith("Nordmalm AB said") for t in _texts(_direct(_TURNS)))


def test_a_single_labelled_line_is_no_interview() -> None:
    text = (
        "Update\n\n"
        "Mining Weekly: The mine has opened.\n\n"
        "Tomas Lindqvist-Berg, chief executive of Nordmalm AB, said the mine had opened on time.\n\n"
    )
    assert _direct(text) == []


# --- "The victim's mother, who asked not to be named, told …": a voice left unnamed on purpose -------

_POLICE = "Stabbing\n\nDet Insp Sarah Roe said two men had been arrested.\n\n"


def test_a_relative_who_asked_not_to_be_named_speaks_for_no_one_named() -> None:
    text = (
        _POLICE
        + "The victim's mother, who asked not to be named, told the Echo her son was a gentle lad.\n\n"
        '"He went out for chips," she said.\n'
    )
    assert _speaker(_indirect(text), "her son was a gentle lad") is None
    assert _speaker(_direct(text), "He went out for chips") is None


def test_a_relative_the_story_may_have_named_is_still_not_read_as_unnamed() -> None:
    text = (
        _POLICE
        + "The victim's mother said her son was a gentle lad.\n\n"
        + '"He went out for chips," she said.\n'
    )
    assert _speaker(_direct(text), "He went out for chips") == "sarah roe"


# --- "A spokeswoman for Acme Power said …" then "…," she said: the body's words -----------------------

_COMPANY = "Fuel charge\n\nMinister Sarah Roe said the charge would be reviewed.\n\n"


def test_she_after_a_bodys_unnamed_spokeswoman_is_the_body() -> None:
    text = (
        _COMPANY
        + "A spokeswoman for Acme Power, which is owned by Zeta Corp, said the company did not profit.\n\n"
        '"We do not earn a cent on fuel," she said.\n'
    )
    assert _speaker(_direct(text), "We do not earn") == "acme power"


def test_she_after_a_named_spokeswoman_stays_hers() -> None:
    text = (
        _COMPANY + "Jane Poe, a spokeswoman for Acme Power, said the company did not profit.\n\n"
        '"We do not earn a cent on fuel," she said.\n'
    )
    assert _speaker(_direct(text), "We do not earn") == "jane poe"


# --- "X said … “…”, but the Y Platform said …": two bodies' clauses, each with its own partial quote ---


def test_the_second_bodys_clause_after_its_article_is_split_off() -> None:
    text = (
        'Zone delay\n\nThe Acme Drivers Club said the decision was "a relief for many households", but the '
        'Clean Air Platform said it was "a step backwards for lungs".\n'
    )
    assert _speaker(_indirect(text), "the decision was") == "acme drivers club"
    assert _speaker(_indirect(text), "it was") == "clean air platform"
    assert _speaker(_direct(text), "a relief") == "acme drivers club"
    assert _speaker(_direct(text), "a step backwards") == "clean air platform"


def test_a_clause_after_but_the_and_no_bodys_name_stays_whole() -> None:
    text = "Zone delay\n\nThe Acme Drivers Club said the ban was delayed, but the Brussels rules said nothing of lorries.\n"
    assert _texts(_indirect(text)) == ["the ban was delayed, but the Brussels rules said nothing of lorries"]


# --- "According to a report to the cabinet, a survey … found that …": no issuer given ----------------

_PARKING = "Parking\n\nLiberal Democrat group leader Huw Morgan said the council had failed on parking.\n\n"


def test_a_report_given_only_its_recipient_is_no_ones() -> None:
    text = (
        _PARKING + "According to a report to the cabinet, a survey of park users found that 61% opposed it.\n"
    )
    assert _speaker(_indirect(text), "a survey of park users") is None


def test_a_report_with_no_recipient_still_points_back_to_the_body() -> None:
    text = _PARKING + "According to a report, a survey of park users found that 61% opposed it.\n"
    assert _speaker(_indirect(text), "a survey of park users") == "liberal democrats"


# --- "Locals, however, said …", "City officials, who …, said …": unnamed groups set off by commas ------

_SIRENS = "Sirens\n\nJane Roe, the district officer, said the sirens had been fixed.\n\n"


def test_an_unnamed_group_with_a_connective_in_commas_speaks_for_no_one_named() -> None:
    text = _SIRENS + "Locals, however, said they had reported the broken sirens months ago.\n"
    assert _speaker(_indirect(text), "they had reported") is None


def test_an_unnamed_group_with_a_relative_clause_in_commas_speaks_for_no_one_named() -> None:
    text = _SIRENS + "City officials, who rely on the grants, said they had not been told.\n"
    assert _speaker(_indirect(text), "they had not been told") is None


def test_a_named_person_with_a_connective_in_commas_is_still_the_speaker() -> None:
    text = _SIRENS + "Tom Poe, however, said he had reported the broken sirens months ago.\n"
    assert _speaker(_indirect(text), "he had reported") == "tom poe"


# --- "…, but warned council that …": the same speaker's second clause, after whom it went to --------


def test_a_second_clause_warned_to_a_listener_is_a_quote_of_its_own() -> None:
    text = "Transit\n\nJane Roe said the plan was sound, but warned council that it would take years.\n"
    assert _texts(_indirect(text)) == ["the plan was sound", "it would take years"]
    assert _speaker(_indirect(text), "it would take years") == "jane roe"


def test_told_with_an_object_and_no_that_clause_is_no_second_clause() -> None:
    text = "Transit\n\nJane Roe said the plan was sound, but told the story of a man who waited.\n"
    assert _texts(_indirect(text)) == ["the plan was sound, but told the story of a man who waited"]


# --- "An ECP spokesperson said …. The spokesperson added that …": the same body's spokesperson --------


def test_the_spokesperson_again_speaks_for_the_body_just_introduced() -> None:
    text = (
        "Bill\n\nAn ECP spokesperson said the commission would begin consultations next week. "
        "The spokesperson added that the process could take four months.\n"
    )
    assert _speaker(_indirect(text), "the process could take") == "ecp"


def test_a_spokesperson_paragraphs_away_from_any_body_stays_unresolved() -> None:
    text = (
        "Bill\n\nAn ECP spokesperson said the commission would begin consultations next week.\n\n"
        "The weather was fine.\n\nThe rain was heavy.\n\nThe spokesperson said that no one came.\n"
    )
    assert _speaker(_indirect(text), "no one came") is None


# --- a live blog's "8.15pm: PUB says …" headline, and "said at 8.05pm that …" ------------------------


def test_a_live_entry_headline_after_its_time_and_colon_is_no_quote() -> None:
    text = (
        "Floods live\n\n8.15pm: Water agency says all flood waters have subsided\n\n"
        "Jane Roe said the roads were open again.\n"
    )
    assert _texts(_indirect(text)) == ["the roads were open again"]


def test_a_time_and_colon_inside_a_sentence_is_no_entry_headline() -> None:
    text = "Floods\n\nAt 9.30pm: Jane Roe said the roads were shut.\n"
    assert _texts(_indirect(text)) == ["the roads were shut"]


def test_the_time_of_day_between_said_and_that_is_part_of_the_cue() -> None:
    text = "Floods\n\nJane Roe said at 8.05pm that water levels had receded.\n"
    assert _texts(_indirect(text)) == ["water levels had receded"]


# --- "…, according to the communiqué": the summit's body, not the last report or body named ---------

_SUMMIT = (
    "Summit\n\nCaribbean Community (CARICOM) leaders met in Bridgetown. The Caribbean Community agreed a "
    "new deadline. CARICOM chairman Tom Roe spoke.\n\n"
    "The leaders approved a report from the Caribbean Farming Institute on food imports.\n\n"
)


def test_the_communique_is_the_summits_body() -> None:
    text = _SUMMIT + "On Haiti, the leaders backed the mission, according to the communiqué.\n"
    assert _speaker(_indirect(text), "On Haiti") == "caribbean community"


def test_the_report_still_points_back_to_the_report_before() -> None:
    text = _SUMMIT + "On Haiti, the leaders backed the mission, according to the report.\n"
    assert _speaker(_indirect(text), "On Haiti") == "caribbean farming institute"


# --- "Zentrix Labs chief executive Jane Roe … The Zentrix Labs chief said …": the post's one holder ---

_ZENTRIX = "Results\n\nZentrix Labs Inc. reported its results on Monday.\n\n"


def test_the_bodys_post_is_the_holder_named_after_body_and_post() -> None:
    text = (
        _ZENTRIX + "Zentrix Labs chief executive Jane Roe praised staff.\n\n"
        "The Zentrix Labs chief said the year had been hard.\n"
    )
    assert _speaker(_indirect(text), "the year had been hard") == "jane roe"


def test_a_different_post_named_after_the_body_is_not_the_holder() -> None:
    text = (
        _ZENTRIX + "Zentrix Labs engineer Jane Roe praised staff.\n\n"
        "The Zentrix Labs chief said the year had been hard.\n"
    )
    assert "jane roe" not in [s for _, s in _indirect(text)]


# --- "His eldest daughter, Nela Tjiposa-Amutenya, …" then "…," she said: the kin word gives her sex ---

_FUNERAL = "Obituary\n\nUnion leader Jane Kavari said he had been a giant of the movement.\n\n"


def test_she_after_a_daughter_named_in_apposition_is_the_daughter() -> None:
    text = (
        _FUNERAL + "His eldest daughter, Nela Tjiposa-Amutenya, remembered a strict father.\n\n"
        '"He used to say we must finish school," she said.\n'
    )
    assert _speaker(_direct(text), "He used to say") == "nela tjiposa-amutenya"


def test_he_after_a_daughter_named_in_apposition_is_the_man_named_before() -> None:
    text = (
        "Obituary\n\nUnion leader Tom Kavari said he had been a giant of the movement.\n\n"
        "His eldest daughter, Nela Tjiposa-Amutenya, remembered a strict father.\n\n"
        '"He used to say we must finish school," he said.\n'
    )
    assert _speaker(_direct(text), "He used to say") == "tom kavari"


# --- "according to a report from the city's chief financial officer, Jane Roe": the post's holder ----

_BUDGET = "Transit\n\nWinnipeg Transit runs the buses. Mayor Tom Ferris said fares would stay.\n\n"


def test_a_report_from_a_post_then_its_holder_is_the_holders() -> None:
    text = (
        _BUDGET + "The freeze leaves a hole of $4.8 million, according to a report from the city's chief "
        "financial officer, Jane Roe.\n"
    )
    assert _speaker(_indirect(text), "The freeze leaves") == "jane roe"


def test_a_report_from_a_post_with_no_name_after_it_is_not_the_next_persons() -> None:
    text = (
        _BUDGET + "The freeze leaves a hole of $4.8 million, according to a report from the city's chief "
        "financial officer. Jane Roe disputed it.\n"
    )
    assert _speaker(_indirect(text), "The freeze leaves") != "jane roe"


# --- "The prosecutor said …" after "Prosecuting barrister Jane Roe KC said …" -------------------------

_COURT = "Fraud\n\nProsecuting barrister Ciara Mallon KC said that the builder never finished a job.\n\n"


def test_the_prosecutor_is_the_prosecuting_barrister_named_before() -> None:
    text = _COURT + "The prosecutor said the total loss was 212,640 pounds.\n"
    assert _speaker(_indirect(text), "the total loss") == "ciara mallon"


def test_the_prosecutor_is_not_the_defending_barrister() -> None:
    text = (
        "Fraud\n\nDefending barrister Ann Roe said her client was remorseful.\n\n"
        "The prosecutor said the total loss was 212,640 pounds.\n"
    )
    assert _speaker(_indirect(text), "the total loss") != "ann roe"


# --- "…, but conceded that …": the same speaker's second clause -----------------------------------------


def test_a_second_clause_conceded_is_a_quote_of_its_own() -> None:
    text = "Ships\n\nJane Roe said the firm had signed a deal but conceded that supply remained uncertain.\n"
    assert _texts(_indirect(text)) == ["the firm had signed a deal", "supply remained uncertain"]


def test_an_admitted_thing_with_no_that_is_no_second_clause() -> None:
    text = "Ships\n\nJane Roe said the firm admitted the error.\n"
    assert _texts(_indirect(text)) == ["the firm admitted the error"]
