"""Reported speech, set 8: clauses after adverbials, new reporting constructions, false quotes."""

from tests.extract.reading import direct_quotes as _direct
from tests.extract.reading import indirect_quotes as _indirect


def _clauses(text: str) -> list[str]:
    return [t for t, _ in _indirect(text)]


# --- "that" opens the clause even when a preposition or conjunction follows it ---------------------


def test_a_clause_after_that_may_open_with_a_preposition() -> None:
    text = (
        "Drought hits the valley\n\n"
        "Farm minister Olwen Brackley said that in the northern districts, half the wheat crop had failed."
    )
    assert _clauses(text) == ["in the northern districts, half the wheat crop had failed"]


def test_a_clause_after_that_may_open_with_while() -> None:
    text = (
        "Fraud sentence\n\n"
        "Judge Morwenna Tallis said that while she accepted the man was remorseful, the thefts were planned."
    )
    assert _clauses(text) == ["while she accepted the man was remorseful, the thefts were planned"]


def test_a_preposition_right_after_the_verb_is_still_no_clause() -> None:
    text = "Budget talks\n\nThe treasurer, Colm Hadley, said in a note to staff on Monday."
    assert _clauses(text) == []


# --- "said <when or where> that …" ---------------------------------------------------------------


def test_an_adverbial_phrase_may_stand_between_the_verb_and_that() -> None:
    text = (
        "Port strike\n\n"
        "Dockers' leader Imre Valcourt said after the vote on Tuesday that the strike would go ahead.\n\n"
        "The Harlow Ports Authority admitted in 2019 that its cranes were unsafe."
    )
    assert _clauses(text) == ["the strike would go ahead", "its cranes were unsafe"]


def test_a_relative_that_after_the_adverbial_is_no_clause() -> None:
    text = "Port strike\n\nDockers' leader Imre Valcourt said little at the meeting that was held on Tuesday."
    assert _clauses(text) == []
    text = "Port strike\n\nDockers' leader Imre Valcourt said at the meeting that was held on Tuesday."
    assert _clauses(text) == []


# --- "said little", "said nothing" ------------------------------------------------------------------


def test_said_little_or_nothing_is_no_clause() -> None:
    text = (
        "Hearing\n\n"
        "Justice Amara Quill, who chairs the panel, said little during the hearing. "
        "Her deputy, Tobias Wren, said nothing about the appeal."
    )
    assert _clauses(text) == []


def test_nothing_that_opens_a_clause_with_a_verb_is_kept() -> None:
    text = "Hearing\n\nTobias Wren, the panel's deputy chair, said nothing would change before the ruling."
    assert _clauses(text) == ["nothing would change before the ruling"]


# --- answers and rulings ----------------------------------------------------------------------------


def test_replied_and_ruled_that_report_speech() -> None:
    text = (
        "Water rights case\n\n"
        "Counsel for the state, Ines Korvald, replied that the statute gave the board no such power.\n\n"
        "In 2021 the Northern Arbitration Tribunal ruled that the dam had breached the treaty."
    )
    assert _clauses(text) == ["the statute gave the board no such power", "the dam had breached the treaty"]


def test_replied_or_ruled_without_that_is_no_clause() -> None:
    text = (
        "Water rights case\n\n"
        "Ines Korvald replied to the letter on Monday. The Northern Arbitration Tribunal ruled out an appeal."
    )
    assert _clauses(text) == []


# --- "… and has said …": the subject of the first verb ----------------------------------------------


def test_a_coordinated_verb_after_an_auxiliary_keeps_the_subject() -> None:
    text = (
        "Schools\n\n"
        "The Tarnwick School Board closed two schools last year and has said more closures are likely."
    )
    assert _indirect(text) == [("more closures are likely", "tarnwick school board")]


def test_and_has_without_a_reporting_verb_is_no_clause() -> None:
    text = "Schools\n\nThe Tarnwick School Board closed two schools last year and has sold the buildings."
    assert _clauses(text) == []


# --- unnamed voices ---------------------------------------------------------------------------------


def test_panelists_and_negotiating_countries_are_unnamed_voices() -> None:
    text = (
        "Drug panel\n\n"
        "Several panelists said the trial had been too small.\n\n"
        "Small island nations said the draft was too weak. Some countries said the text was a fair compromise."
    )
    assert _indirect(text) == [
        ("the trial had been too small", None),
        ("the draft was too weak", None),
        ("the text was a fair compromise", None),
    ]


def test_one_of_the_people_and_an_official_with_an_aside_are_unnamed() -> None:
    text = (
        "Bond sale\n\n"
        "The sale could raise $2 billion, one of the people said.\n\n"
        "A senior official who attended the talks, however, told reporters that no deal was near.\n\n"
        "A trade delegate, who asked not to be named, said the text was unbalanced."
    )
    assert _indirect(text) == [
        ("The sale could raise $2 billion", None),
        ("no deal was near", None),
        ("the text was unbalanced", None),
    ]


def test_a_place_and_its_description_may_come_before_residents() -> None:
    text = (
        "Power cuts\n\n"
        "In Hollins Creek, about 40km north of the city, residents said the outages had lasted for weeks."
    )
    assert _indirect(text) == [("the outages had lasted for weeks", None)]


def test_a_group_noun_that_is_no_voice_still_needs_a_speaker() -> None:
    text = (
        "Power cuts\n\nIn Hollins Creek, about 40km north of the city, buildings said to be unsafe were shut."
    )
    assert _clauses(text) == []


def test_an_unnamed_group_may_open_the_second_clause_of_a_sentence() -> None:
    text = (
        "Climate talks\n\n"
        "The draft drew criticism from the island states, while several oil-producing countries said "
        "the new wording was fair."
    )
    assert _indirect(text) == [("the new wording was fair", None)]


def test_a_second_clause_without_an_unnamed_group_is_no_speech() -> None:
    text = "Climate talks\n\nThe draft drew criticism, while the old wording said nothing about coal."
    assert _clauses(text) == []


def test_one_unnamed_person_described_by_age_and_place_reports_speech() -> None:
    text = (
        "Car recall\n\n"
        "In Dunmore, County Galway, a 58-year-old woman who owns one of the cars said its engine had cut out."
    )
    assert _indirect(text) == [("its engine had cut out", None)]


def test_the_man_with_nobody_named_after_him_is_still_skipped() -> None:
    text = "Car recall\n\nThe man who owns one of the cars said its engine had cut out.\n\nDealers were told."
    assert _clauses(text) == []


# --- summary bullets --------------------------------------------------------------------------------


def test_a_bullet_sentence_reports_an_unnamed_group() -> None:
    text = (
        "Power cuts\n\n"
        "- Residents in Hollins Creek say they cannot cope with more outages.\n"
        "- The council met on Tuesday.\n\n"
        "The utility has warned of longer cuts."
    )
    assert _indirect(text) == [("they cannot cope with more outages", None)]


# --- long appositives between the subject and the verb ----------------------------------------------


def test_an_appositive_may_hold_a_company_abbreviation_and_a_list() -> None:
    text = (
        "Bond sale\n\n"
        "Pilar Okonjo-Hale, a strategist at Varden Capital Inc. in Singapore, said investors wanted a premium.\n\n"
        "Consumers First, which represents groups in Austria, Greece, Malta, and Cyprus, said it had written "
        "to the regulator."
    )
    assert _indirect(text) == [
        ("investors wanted a premium", "pilar okonjo-hale"),
        ("it had written to the regulator", "consumers first"),
    ]


def test_a_list_of_subjects_is_no_appositive_of_its_first_name() -> None:
    text = (
        "Bond sale\n\n"
        "Varden Capital, Orsolo Bank, Mirelle Group, Stanek Holdings and Tasker Partners said the books were full."
    )
    assert [s for _, s in _indirect(text)] != ["varden capital"]


# --- cues after the clause --------------------------------------------------------------------------


def test_a_role_after_the_last_comma_of_a_long_clause_speaks() -> None:
    text = (
        "Fraud trial\n\n"
        "Prosecutor Delphine Arkwright said the case was simple.\n\n"
        "Over four years, the accused forged invoices and changed the bank details, so that the payments "
        "went into accounts he controlled, the prosecutor said."
    )
    assert _indirect(text)[1] == (
        "Over four years, the accused forged invoices and changed the bank details, so that the payments "
        "went into accounts he controlled",
        "delphine arkwright",
    )


def test_a_noun_after_the_last_comma_that_is_no_speaker_reports_nothing() -> None:
    text = (
        "Fraud trial\n\n"
        "Over four years, the accused forged invoices and changed the bank details, so that the payments "
        "went into accounts he controlled, the records said."
    )
    assert _clauses(text) == []


def test_a_relative_named_after_a_possessive_speaks_at_the_end() -> None:
    text = (
        "Obituary\n\n"
        "Bartholomew Ravensworth, the accordion player, has died at 88.\n\n"
        "Ravensworth died on Sunday at his home in Lafourche, his son, Didier Ravensworth, said."
    )
    assert _indirect(text) == [("Ravensworth died on Sunday at his home in Lafourche", "didier ravensworth")]


def test_a_source_who_told_a_paper_at_the_end_reports_the_clause() -> None:
    text = (
        "Trade talk\n\n"
        "The Harbor City Gulls will sign a backup goalkeeper this week, an unnamed official told Reuters."
    )
    assert _indirect(text) == [("The Harbor City Gulls will sign a backup goalkeeper this week", None)]


def test_told_with_a_listener_and_no_speaker_at_the_end_is_no_cue() -> None:
    text = "Trade talk\n\nThe coach met the players, and the story he told Reuters."
    assert _clauses(text) == []


# --- spokespeople for an office; verdicts; objects then a reporting verb ----------------------------


def test_a_spokesperson_for_a_summit_presidency_is_an_unnamed_voice() -> None:
    text = "Climate talks\n\nA spokesperson for the COP40 presidency said a new draft would come on Friday."
    assert _clauses(text) == ["a new draft would come on Friday"]


def test_dismissed_as_introduces_a_short_quote() -> None:
    text = (
        "Council row\n\n"
        'Opposition whip Martin Keller dismissed the motion as "a cheap stunt" before the vote.'
    )
    assert _direct(text) == [("a cheap stunt", "martin keller")]


def test_a_short_scare_quote_without_a_verb_is_still_no_quote() -> None:
    text = 'Council row\n\nThe motion, a "cheap stunt" in the eyes of some, failed.'
    assert _direct(text) == []


def test_an_object_verb_then_but_said_reports_the_second_clause() -> None:
    text = (
        "School closures\n\n"
        "Board chair Wendell Ostrowski acknowledged the anger in the room but said waiting would make the "
        "cuts worse."
    )
    assert _indirect(text) == [("waiting would make the cuts worse", "wendell ostrowski")]


def test_an_object_verb_with_no_second_verb_reports_nothing() -> None:
    text = "School closures\n\nBoard chair Wendell Ostrowski acknowledged the anger in the room on Tuesday."
    assert _clauses(text) == []


# --- titles in quote marks --------------------------------------------------------------------------


def test_a_titled_post_and_a_foreign_title_are_no_quotes() -> None:
    text = (
        "Phone update\n\n"
        "A forum thread titled “the new update made my phone slow as a snail” has 900 replies.\n\n"
        "Her 1982 album “Chanson de la Rivière” is still played."
    )
    assert _direct(text) == []


def test_a_quote_after_a_title_word_with_a_cue_stays() -> None:
    text = (
        "Phone update\n\n"
        "“The new update made my phone slow as a snail,” said Ingrid Solvang, who wrote the thread."
    )
    assert _direct(text) == [("The new update made my phone slow as a snail", "ingrid solvang")]


# --- a subject no reference covers --------------------------------------------------------------------


def test_an_unresolved_description_or_name_still_opens_reported_speech() -> None:
    text = (
        "Power cuts\n\n"
        "The power utility said on Friday that the debt had doubled.\n\n"
        "The civic body says the drains were cleared in May."
    )
    assert _clauses(text) == ["the debt had doubled", "the drains were cleared in May"]


def test_a_capitalised_word_alone_or_a_negated_verb_is_no_subject() -> None:
    text = (
        "Power cuts\n\n"
        "Forecasts said more storms would come.\n\n"
        "The utility did not say how many homes had lost power.\n\n"
        "Rookie Tamsin Oyelaran-Brook added 12 points and six assists."
    )
    assert _clauses(text) == []
