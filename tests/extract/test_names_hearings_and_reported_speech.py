"""Rules for name forms (generations, initials, particles, role words before a name), hearing
transcripts, reported speech after less common verbs, and company suffixes."""

from app.extract import run


def _people(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.name, p.titles) for p in run(text).people]


def _organisations(text: str) -> list[str]:
    return [o.name for o in run(text).organisations]


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker_key) for q in run(text).quotes]


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
