"""Bruneian and Malaysian styles before a patronymic name (round 19): no part of the name."""

from app.extract import run


def _people(text: str) -> set[str]:
    return {p.name for p in run(text).people}


def test_styles_before_a_bin_name_are_left_out() -> None:
    text = (
        "Health Minister Yang Berhormat Dato Seri Setia Awang Haji Mohd Amin bin Haji Yusof opened the "
        "new clinic in Tutong yesterday."
    )
    assert _people(text) == {"Mohd Amin bin Haji Yusof"}


def test_mr_and_ms_styles_before_a_bin_or_binti_name_are_left_out() -> None:
    assert _people("One of the traders, Awang Haji Rosli bin Haji Daud, 52, said sales were slow.") == {
        "Rosli bin Haji Daud"
    }
    assert _people("A trader, Dayang Siti Aminah binti Abdullah, said the ward was full.") == {
        "Siti Aminah binti Abdullah"
    }


def test_a_style_word_that_is_the_only_given_name_stays() -> None:
    # "Awang" is also a given name: one word must stay before "bin".
    assert _people("Awang bin Ahmad, a farmer, said the rain came late this year.") == {"Awang bin Ahmad"}


def test_a_style_word_after_bin_is_the_fathers_and_stays() -> None:
    assert _people("Siti Rahmah binti Haji Omar, a teacher, said the school would reopen.") == {
        "Siti Rahmah binti Haji Omar"
    }
