"""Round-23 (second wave) title rules: the court a judge sits in, and posts tied to the organisation
they belong to."""

from tests.extract.reading import people_with_affiliations as _people


def test_a_judge_sits_in_the_court_the_case_was_heard_in() -> None:
    text = (
        "A former bank clerk was jailed for six years at Northgate Crown Court on Friday for stealing "
        "from elderly customers.\n\n"
        "Judge Miriam Oduya-Clarke said the clerk had abused the trust placed in him."
    )
    assert "Northgate Crown Court" in _people(text)["Miriam Oduya-Clarke"][1]


def test_a_court_named_right_after_the_judge_beats_one_named_before() -> None:
    text = (
        "The Lakeland State Court of Justice will hear the city's appeal next month.\n\n"
        "Judge Tomasz Reyes-Halloran, of the 4th Civil Court, ruled that the city had overstepped "
        "its powers."
    )
    assert _people(text)["Tomasz Reyes-Halloran"][1] == {"4th Civil Court"}


def test_a_district_judge_is_no_judge_of_an_appeals_court() -> None:
    text = (
        "The 5th Circuit Court of Appeals had upheld a similar law last year.\n\n"
        "District Judge Helena Marsh-Okafor wrote that the new law went too far."
    )
    assert _people(text)["Helena Marsh-Okafor"][1] == set()


def test_a_former_judge_in_another_post_keeps_that_post_only() -> None:
    text = (
        "The High Court dismissed the petition on Monday.\n\n"
        "Justice Amina Wekesa, chairperson of the Electoral Review Commission, said the count would go on."
    )
    orgs = _people(text)["Amina Wekesa"][1]
    assert "High Court" not in orgs
