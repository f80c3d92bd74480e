"""Quotes and speakers, round 18: a release's statement set as plain paragraphs after "Jane Roe said:",
unlabelled question-and-answer interviews, and the like (all sentences made up)."""

from itertools import pairwise
from pathlib import Path

from app.extract import run
from tests.extract.reading import direct_quotes, quotes, speaker_of

# --- "Minister Jane Roe said:" then her words in no quote marks ---------------------------------------


_RELEASE = (
    "Press release\n\nNew ferries for the islands\n\nThree new ferries will serve the western isles from "
    "next spring.\n\nTransport Minister Orla Penhaligon said:\n\nThese ferries are the lifeline of our "
    "island communities. Nobody should miss a hospital appointment because a boat broke down.\n\nWe are "
    "building them here, with local yards and local apprentices.\n\nThe ferries will be built at a yard "
    "on the Clyde.\n\nNotes to editors\n\n- The contract is worth £90 million."
)


def test_plain_paragraphs_after_said_colon_are_the_speakers_words() -> None:
    found = direct_quotes(_RELEASE)
    assert found == [
        (
            "These ferries are the lifeline of our island communities. Nobody should miss a hospital "
            "appointment because a boat broke down.",
            "orla penhaligon",
        ),
        ("We are building them here, with local yards and local apprentices.", "orla penhaligon"),
    ]


def test_narrative_in_the_third_person_after_the_statement_is_no_quote() -> None:
    texts = [t for t, _ in direct_quotes(_RELEASE)]
    assert not any("built at a yard" in t or "contract is worth" in t for t in texts)


def test_a_colon_without_a_reporting_verb_introduces_no_quote() -> None:
    text = (
        "Ferries\n\nThe plan has three parts, Orla Penhaligon explained in her report. They are:\n\nNew "
        "boats will be bought for the northern route.\n\nThe harbour will be dredged."
    )
    assert direct_quotes(text) == []


def test_a_list_after_said_colon_is_no_paragraph_quote() -> None:
    text = (
        "Ferries\n\nTransport Minister Orla Penhaligon said:\n\n- new boats for the northern route\n\n"
        "- a dredged harbour"
    )
    assert all(kind != "direct" for kind, _, _ in quotes(text))


# --- an interview in questions and answers with no "Q:"/"A:" labels ------------------------------------


_INTERVIEW = (
    "'We will not sell the farm': a dairy boss on prices\n\nMilk prices have fallen for a year.\n\nIn an "
    "interview, Tamsin Greavesley, chief executive of Hollowmere Dairies, talked about prices and the "
    "next harvest. Edited excerpts:\n\nHave prices bottomed out?\n\nI think so. Our buyers are paying more "
    "again.\n\nWe still lose money on every litre, though.\n\nWhat about the banks? Your lenders were "
    "worried last year.\n\nThey are calmer now. We paid down a third of our debt.\n\nWill you sell the "
    "farm?\n\nNever. My grandfather built it.\n\nThe company employs 400 people in the county."
)


def test_unlabelled_answers_after_edited_excerpts_are_the_interviewees_words() -> None:
    found = direct_quotes(_INTERVIEW)
    answers = [(t, s) for t, s in found if not t.startswith("We will not sell")]
    assert answers == [
        ("I think so. Our buyers are paying more again.", "tamsin greavesley"),
        ("We still lose money on every litre, though.", "tamsin greavesley"),
        ("They are calmer now. We paid down a third of our debt.", "tamsin greavesley"),
        ("Never. My grandfather built it.", "tamsin greavesley"),
    ]


def test_the_questions_and_the_closing_narrative_are_no_answers() -> None:
    texts = [t for t, _ in direct_quotes(_INTERVIEW)]
    assert not any("?" in t or "employs 400" in t for t in texts)


def test_questions_without_an_excerpts_line_make_no_interview() -> None:
    text = (
        "Farms\n\nTamsin Greavesley runs Hollowmere Dairies.\n\nHave prices bottomed out?\n\nMaybe. Buyers "
        "are paying more again.\n\nWill she sell the farm?\n\nNobody knows yet."
    )
    assert direct_quotes(text) == []


def test_a_labelled_interview_edited_for_length_gives_each_answer_once() -> None:
    # A "Q:"/"A:" interview whose introduction says it was "edited for length and clarity": its answers
    # are read as labelled answers, and not a second time as an unlabelled interview.
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "83_qa_svalbard_glaciologist.txt"
    found = [q for q in run(fixture.read_text(encoding="utf-8")).quotes if q.kind == "direct"]
    spans = sorted((q.start, q.end) for q in found)
    assert all(later[0] >= earlier[1] for earlier, later in pairwise(spans))
    assert len(found) == 8


# --- "The court held that …": a judgment's reasoning ---------------------------------------------------


def test_a_court_held_considered_or_concluded_that_is_reported_speech() -> None:
    text = (
        "Ruling\n\nThe Tarnwick High Court heard the appeal in May.\n\nThe Tarnwick High Court held that the "
        "fine had been excessive. It considered that a warning would have been enough. The Tarnwick High "
        "Court concluded that the council must repay the money."
    )
    clauses = [t for k, t, _ in quotes(text) if k == "indirect"]
    assert clauses == [
        "the fine had been excessive",
        "a warning would have been enough",
        "the council must repay the money",
    ]


def test_held_or_accepted_without_that_is_an_act_not_speech() -> None:
    text = (
        'Vote\n\nThe Tarnwick Party accepted the result and would "think hard" about it, party spokesman '
        "Edwin Marle-Rokeby said.\n\nThe union held talks with the ministry on Monday."
    )
    assert all(k == "direct" for k, _, _ in quotes(text))
    assert quotes(text)[0][2] == "edwin marle-rokeby"


# --- "the Court" as a release's defined term ---------------------------------------------------------


def test_the_court_as_a_defined_term_is_the_court_named_first() -> None:
    text = (
        "Judgment\n\nIn today's judgment the Inter-American Court of Human Rights held that Norland had "
        "breached the treaty.\n\nThe case began when the Fenwick District Court fined a reporter.\n\nThe "
        "Court found that the fine had been unjustified. Further information about the Court is online."
    )
    assert speaker_of(text, "the fine had been unjustified") == "inter-american court of human rights"


def test_without_the_defined_term_the_court_is_the_one_named_last() -> None:
    text = (
        "Judgment\n\nThe Fenwick High Court upheld the law in 2019.\n\nLast week the Fenwick Appeal Court "
        "heard the case again.\n\nThe Court found that the law had been misapplied."
    )
    assert speaker_of(text, "the law had been misapplied") == "fenwick appeal court"


# --- a live blog's entry headlines ---------------------------------------------------------------------


_LIVE = (
    "Floods live\n\nRiver levels rise across the valley\n\n7:15 pm\nCouncil says levee ‘holding for now’\n\n"
    "Dunmere Council says the levee is holding but crews are watching it through the night.\n\n6:05 pm\n\n"
    "Mayor warns of ‘a long night ahead’\n\nMayor Idris Fenwick-Hale says residents near the river "
    "should move their cars to higher ground."
)


def test_a_live_blog_entry_headline_under_its_time_is_no_quote() -> None:
    found = quotes(_LIVE)
    assert not any("holding for now" in t or "long night" in t for _, t, _ in found)
    assert (
        "indirect",
        "the levee is holding but crews are watching it through the night",
        "dunmere council",
    ) in (found)
    assert speaker_of(_LIVE, "should move their cars") == "idris fenwick-hale"


def test_a_full_sentence_under_an_entry_time_is_still_reported_speech() -> None:
    text = (
        "Floods live\n\nRiver levels rise\n\n7:15 pm\nDunmere Council says the levee is holding for now.\n\n"
        "6:05 pm\n\nMayor Idris Fenwick-Hale says residents should move their cars."
    )
    clauses = [t for k, t, _ in quotes(text) if k == "indirect"]
    assert clauses == ["the levee is holding for now", "residents should move their cars"]


def test_charges_that_reports_an_accusation() -> None:
    text = "Fires\n\nOpposition MP Ravit Almog-Dayan charges that the ministry ignored every warning about dry forests."
    assert speaker_of(text, "the ministry ignored every warning") == "ravit almog-dayan"
    text = "Fires\n\nPolice charged two men with arson on Monday after the fire near the village."
    assert quotes(text) == []


# --- "…, an official has said." ------------------------------------------------------------------------


def test_an_unnamed_official_in_the_perfect_reports_a_clause() -> None:
    text = "Farms\n\nThe emirate aims to grow half its own vegetables by 2030, an official has said."
    assert quotes(text) == [("indirect", "The emirate aims to grow half its own vegetables by 2030", None)]


def test_an_official_who_has_something_else_reports_nothing() -> None:
    text = "Farms\n\nThe emirate aims to grow half its own vegetables by 2030, an official has hoped aloud."
    assert quotes(text) == []


# --- a report tied to its issuer -----------------------------------------------------------------------

_REPORT = (
    "Coffee\n\nCoffee exports rose 9 percent, according to a report from the Lakeland Coffee Board (LCB).\n\n"
)


def test_a_report_after_the_last_comma_speaks_for_its_issuer() -> None:
    text = _REPORT + "Shipments to Japan doubled, mostly through Mombasa, the report said."
    assert speaker_of(text, "Shipments to Japan doubled") == "lakeland coffee board"


def test_what_a_report_showed_is_its_issuers_clause() -> None:
    text = _REPORT + "The report, released on Friday, showed that smallholders sold more than estates."
    assert speaker_of(text, "smallholders sold more") == "lakeland coffee board"


def test_what_figures_showed_has_no_issuer_and_showed_without_that_is_no_cue() -> None:
    text = _REPORT + "Customs figures showed that smallholders sold more than estates."
    assert speaker_of(text, "smallholders sold more") is None
    text = _REPORT + 'The report showed the board\'s "slow" approach to smallholders.'
    assert ("direct", "slow", "lakeland coffee board") not in quotes(text)


# --- "told the House the …", "told members the …" ------------------------------------------------------


def test_told_a_chamber_or_its_members_then_the_clause() -> None:
    text = (
        "Roads\n\nTransport Minister Idris Quarmby-Lowe told the Senate the road fund was empty.\n\nHe told "
        "members the repairs would start in May."
    )
    assert quotes(text) == [
        ("indirect", "the road fund was empty", "idris quarmby-lowe"),
        ("indirect", "the repairs would start in May", "idris quarmby-lowe"),
    ]


def test_told_a_chamber_to_do_something_is_no_clause() -> None:
    text = "Roads\n\nTransport Minister Idris Quarmby-Lowe told the Senate to approve the road fund in May."
    assert quotes(text) == []


# --- "…,” the Speaker said." ---------------------------------------------------------------------------


def test_the_capitalised_title_after_a_quote_is_its_one_holder() -> None:
    text = (
        "House\n\nThe uproar forced House Speaker Tobias Wren-Halloran to call for order.\n\n"
        '"Members will let the minister finish," the Speaker said.'
    )
    assert speaker_of(text, "Members will let") == "tobias wren-halloran"


def test_a_title_no_one_named_holds_gives_no_speaker() -> None:
    text = (
        "House\n\nThe uproar went on for an hour.\n\n"
        + '"Members will let the minister finish," the Speaker said.'
    )
    assert speaker_of(text, "Members will let") is None


# --- "said the 26-year-old." / "said the 26-year-old Basque." -----------------------------------------


def test_an_age_alone_or_with_a_nationality_after_said_is_the_person_just_named() -> None:
    base = "Golf\n\nTomasz Rydel-Wrona shot 66 on Friday.\n\n"
    assert (
        speaker_of(base + '"The greens are quick," said the 29-year-old.', "greens") == "tomasz rydel-wrona"
    )
    assert (
        speaker_of(base + '"The greens are quick," said the 29-year-old Pole.', "greens")
        == "tomasz rydel-wrona"
    )


def test_an_age_before_a_lower_case_noun_is_a_newcomer() -> None:
    text = (
        "Golf\n\nTomasz Rydel-Wrona shot 66 on Friday.\n\n"
        + '"The greens are quick," said the 29-year-old man.'
    )
    assert speaker_of(text, "greens") is None


# --- unnamed voices: the anonymity appositive, a region before the second place ----------------------


def test_one_who_asked_not_to_be_named_is_an_unnamed_voice() -> None:
    text = (
        "Buses\n\nBut a mechanic with 15 years at the depot, who asked not to be named for fear of losing "
        "his job, said staff had heard such promises before."
    )
    assert quotes(text) == [("indirect", "staff had heard such promises before", None)]


def test_leaders_in_two_places_one_with_a_region_word_are_unnamed() -> None:
    text = "Schools\n\nLocal leaders in Tartu County and southern Latvia say the plan will empty their towns."
    assert quotes(text) == [("indirect", "the plan will empty their towns", None)]


def test_a_named_person_who_asked_for_something_else_keeps_his_name() -> None:
    text = (
        "Buses\n\nTobias Wren-Halloran, who asked the board for more buses in May, said staff had heard such "
        "promises before."
    )
    assert speaker_of(text, "staff had heard") == "tobias wren-halloran"


# --- "the central bank's own figures show that …" -----------------------------------------------------


def test_records_owned_by_a_named_body_speak_for_it() -> None:
    text = "Prices\n\nThe Reserve Bank of Malawi's own figures show that food inflation reached 31 per cent in May."
    assert speaker_of(text, "food inflation reached") == "reserve bank of malawi"
    text = "Prices\n\nFood inflation reached 31 per cent in May, the Reserve Bank of Malawi's data show."
    assert speaker_of(text, "Food inflation reached") == "reserve bank of malawi"


def test_records_of_no_named_owner_keep_no_speaker() -> None:
    text = "Prices\n\nMarket figures show that food inflation reached 31 per cent in May."
    assert quotes(text) == [("indirect", "food inflation reached 31 per cent in May", None)]


# --- "told investors not to expect …" ------------------------------------------------------------------


def test_told_someone_to_do_something_is_an_instruction() -> None:
    text = "Shares\n\nAcmeline told investors not to expect a recovery before 2027."
    assert quotes(text) == []
    text = "Shares\n\nTarnwick Holdings told investors a recovery was not expected before 2027."
    assert quotes(text) == [("indirect", "a recovery was not expected before 2027", "tarnwick holdings")]


# --- "…,” the NGO's coordinator, Jane Roe, said." -------------------------------------------------------


def test_a_capitalised_possessive_before_the_role_and_name_after_a_quote() -> None:
    text = (
        "Hotel\n\nThe planning board approved the tower.\n\n"
        '"Three thousand people said no," the NGO\'s coordinator, Marisa Camilleri-Vella, said.'
    )
    assert speaker_of(text, "Three thousand people") == "marisa camilleri-vella"


# --- "…,” said the organisation's Western Cape coordinator, Jane Roe." --------------------------------


def test_said_the_bodys_post_then_a_name_is_the_named_person() -> None:
    text = (
        "Storm\n\nRelief group Harbourside Aid Trust says it has fed 3,000 people.\n\n"
        '"Our volunteers have worked all night," said the trust\'s Eastern Cape coordinator, Thandeka Mlambo-Reyes.'
    )
    assert speaker_of(text, "Our volunteers") == "thandeka mlambo-reyes"


def test_said_the_body_alone_stays_the_body() -> None:
    text = (
        "Storm\n\nRelief group Harbourside Aid Trust says it has fed 3,000 people.\n\n"
        '"Our volunteers have worked all night," said the trust.'
    )
    assert speaker_of(text, "Our volunteers") == "harbourside aid trust"


# --- "pointed out that …" -------------------------------------------------------------------------------


def test_pointed_out_that_reports_a_clause_and_pointed_to_does_not() -> None:
    text = "Loans\n\nTarnwick Holdings pointed out that the loans would be paid through cooperatives."
    assert quotes(text) == [("indirect", "the loans would be paid through cooperatives", "tarnwick holdings")]
    text = 'Loans\n\nTarnwick Holdings pointed to the "cheap" loans as proof of progress.'
    assert all(s is None for _, _, s in quotes(text))
