"""Reported speech, set 8: clauses after adverbials, new reporting constructions, false quotes."""

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
