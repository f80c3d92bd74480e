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
