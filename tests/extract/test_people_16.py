"""People: names the sixteenth round reads (patronymic particles, courtesy forms before a name)."""

from app.extract import run


def _names(text: str) -> set[str]:
    return {p.name for p in run(text).people}


def test_son_of_particle_binds_the_given_name_to_the_words_before() -> None:
    text = "Mauritania voted on Sunday.\n\nCommission president Brahim Tayeb Ould Ahmed Lemrabott said turnout was high."
    assert "Brahim Tayeb Ould Ahmed Lemrabott" in _names(text)


def test_words_before_a_given_name_without_a_particle_still_fall_away() -> None:
    # No particle: the post's words before the given name are no part of the name.
    text = "The ministry spoke on Monday.\n\nCulture and Sport Minister Anneli Virtanen said the fund would grow."
    names = _names(text)
    assert "Anneli Virtanen" in names
    assert not any(name.startswith(("Sport", "Minister")) for name in names)


def test_cllr_is_a_courtesy_form_and_no_part_of_the_name() -> None:
    text = "The council met on Tuesday.\n\nCllr Brenna Oakhurst-Lee said the cuts were unavoidable."
    names = _names(text)
    assert "Brenna Oakhurst-Lee" in names
    assert "Cllr Brenna Oakhurst-Lee" not in names


def test_a_councillor_written_in_full_is_still_read() -> None:
    text = "The council met on Tuesday.\n\nCouncillor Brenna Oakhurst-Lee said the cuts were unavoidable."
    assert "Brenna Oakhurst-Lee" in _names(text)
