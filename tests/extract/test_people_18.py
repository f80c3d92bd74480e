"""People and their posts in forms set 15 showed the earlier rules missed."""

from app.extract import run


def _people(text: str) -> dict[str, tuple[str, ...]]:
    return {person.name: person.titles for person in run(text).people}


def test_courtesy_form_ends_a_post_before_the_name() -> None:
    people = _people("Minister of Lands Hon. Gift Mwale Tembo said the survey would be finished by June.")
    assert people.get("Gift Mwale Tembo") == ("Minister of Lands",)


def test_courtesy_form_after_a_short_post() -> None:
    people = _people("Health Minister Dr Jane Roe said the clinics would reopen.")
    assert people.get("Jane Roe") == ("Health Minister",)


def test_post_without_courtesy_form_keeps_its_complement() -> None:
    # No courtesy form: the portfolio runs on to the name, as before.
    people = _people("Minister of Foreign Affairs Mary Banda said the talks would resume.")
    assert people.get("Mary Banda") == ("Minister of Foreign Affairs",)


def test_retiree_at_sentence_start_is_no_part_of_the_name() -> None:
    people = _people("Retiree Winston Grant, 71, said he had waited two hours for a bus.")
    assert "Winston Grant" in people
    assert "Retiree Winston Grant" not in people


def test_maltese_architect_style() -> None:
    people = _people("The architect for the project, Perit Joanna Camilleri, said the design had changed.")
    assert "Joanna Camilleri" in people


def test_engineer_style_with_full_stop() -> None:
    extraction = run(
        "LWSC Managing Director Eng. Mwila Banda said the firm would comply.\n\n"
        "Eng. Banda, however, said costs had risen."
    )
    people = {p.name: p.titles for p in extraction.people}
    assert people.get("Mwila Banda") == ("Managing Director",)
    assert any(q.text.startswith("costs had risen") for q in extraction.quotes)


def test_eng_without_full_stop_stays_in_a_chinese_name() -> None:
    people = _people("Chairman Tan Eng Hock said the firm would grow.")
    assert "Tan Eng Hock" in people


def test_spaced_excellency_before_a_name() -> None:
    people = _people("The forum was opened by Minister of Ports H E Khalid Al Kuwari on Sunday.")
    assert people.get("Khalid Al Kuwari") == ("Minister of Ports",)


def test_member_for_a_seat_then_the_name_is_a_person() -> None:
    extraction = run(
        "But the Member of Parliament for Falealili, Tuala Iosefo Ponifasio-Lemalu, said the road was unsafe."
    )
    assert "Tuala Iosefo Ponifasio-Lemalu" in {p.name for p in extraction.people}
    assert "Tuala Iosefo Ponifasio-Lemalu" not in {o.name for o in extraction.organisations}


def test_body_for_a_field_still_joins() -> None:
    extraction = run("The Commission for Human Rights said the law was unfair.")
    assert "Commission for Human Rights" in {o.name for o in extraction.organisations}
