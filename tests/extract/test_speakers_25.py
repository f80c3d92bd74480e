"""Speakers a reader names at once: the one set off in commas after a long post, and a "he" after a
man the article calls "Mr" though his given name is more often a woman's."""

from tests.extract.reading import speaker_of

APPOSITIVE_AFTER_POST = """Boil notice lifted in three villages

The water company said the notice would be lifted on Friday.

"We know how hard this week has been for families, and we thank them for their patience," the utility's regional operations manager for Munster, Aidan Farrelly, said.

The lender said its loan was the largest it had made for a water project.

"This is an investment in the whole valley for decades to come," the bank's Vice-President for Southern Europe, Ilse Marwood, said in the statement.
"""


def test_name_set_off_after_an_owners_post_speaks() -> None:
    assert speaker_of(APPOSITIVE_AFTER_POST, "how hard this week") == "aidan farrelly"


def test_name_set_off_after_a_post_with_a_place_speaks() -> None:
    assert speaker_of(APPOSITIVE_AFTER_POST, "whole valley") == "ilse marwood"


UNNAMED_AFTER_POST = """Talks stall over pay

"We will not sign anything this week, and our members know why," the union's lead negotiator, who asked not to be named, said.
"""


def test_a_post_with_no_name_after_it_gives_no_speaker() -> None:
    assert speaker_of(UNNAMED_AFTER_POST, "sign anything") is None


STYLED_MAN = """Relief goods reach flooded villages

The coordinator of the relief agency, Nura Adamu Kwari, said the agency would not tolerate any attempt to divert the items.

"These goods are for the victims and nobody else," Mr Kwari said.

He said the items included rice, maize, blankets and roofing sheets.
"""


def test_he_after_a_man_styled_mr_is_that_man() -> None:
    assert speaker_of(STYLED_MAN, "the items included") == "nura adamu kwari"
