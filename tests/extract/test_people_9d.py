"""People's titles and organisations, round 9d (all sentences made up)."""

from tests.extract.reading import titles_and_organisations as _person

_GAME = (
    "The Halifax Gulls beat the Regina Foxes 4-2 on Friday, their best win of the season. "
    "Pavel Orsk scored twice in the first period.\n\n"
)


def test_forward_without_team_word_is_the_position() -> None:
    text = _GAME + "Regina played without forward Odell Marrin (illness)."
    titles, orgs = _person(text, "Odell Marrin")
    assert titles == {"forward"}
    assert "Regina Foxes" in orgs


def test_two_word_position_keeps_both_words() -> None:
    text = _GAME + "Halifax power forward Jonas Trell had 12 shots."
    assert _person(text, "Jonas Trell")[0] == {"power forward"}


def test_subjects_who_scored_for_a_side_play_for_it() -> None:
    text = (
        _GAME + "Bram Ostby scored the winner for Halifax (12-4-2), beating the goalie high.\n\n"
        "Lars Penner and captain Mick Dorey replied for the Foxes, who lost again."
    )
    assert "Halifax Gulls" in _person(text, "Bram Ostby")[1]
    assert "Regina Foxes" in _person(text, "Lars Penner")[1]


def test_name_that_is_not_the_subject_gets_no_side() -> None:
    # The name is the object of the sentence, not the player who scored for the side.
    text = _GAME + "The shot beat Lars Penner and scored for the Foxes."
    assert "Regina Foxes" not in _person(text, "Lars Penner")[1]


def test_scored_for_outside_a_match_report_names_no_side() -> None:
    text = "The Regina Foxes Trust opened a hall. Lars Penner raised money for the Foxes Trust, he said."
    assert "Regina Foxes Trust" not in _person(text, "Lars Penner")[1]


def test_possessive_noun_before_the_post_names_the_body() -> None:
    text = (
        "The Northfield Haulage Coalition sued the state on Monday. "
        "Dara Quennell, the coalition's lawyer, told the court the rule was unlawful."
    )
    titles, orgs = _person(text, "Dara Quennell")
    assert titles == {"lawyer"}
    assert "Northfield Haulage Coalition" in orgs


def test_nationality_before_the_possessive_is_not_in_the_post() -> None:
    text = (
        "Velsor Pumps Ltd recalled 3,000 pumps. "
        "Ines Kavar, the Danish company's head of sales, said the fault was rare."
    )
    titles, _ = _person(text, "Ines Kavar")
    assert titles == {"head of sales"}


def test_possessive_of_a_noun_naming_no_body_keeps_the_post_only() -> None:
    text = "Omar Tesh, the town's oldest baker, said the bread was late."
    titles, orgs = _person(text, "Omar Tesh")
    assert "town's oldest baker" not in titles
    assert not orgs


def test_role_after_a_lawmakers_party_and_state_tag() -> None:
    text = (
        "The court heard the case on Monday. Rep. Lena Morrow (R-Okla.), who sits on the House "
        "Rivers and Harbors Committee, said the rule went too far."
    )
    assert "House Rivers and Harbors Committee" in _person(text, "Lena Morrow")[1]


def test_bracket_that_is_no_partisan_tag_is_not_skipped() -> None:
    text = "Lena Morrow (Rivers Trust), who sits on the Harbors Board, said the rule went too far."
    assert "Harbors Board" not in _person(text, "Lena Morrow")[1]


def test_word_between_capitalised_post_words_is_part_of_the_post() -> None:
    text = "The hill moved again. Chief Valley Officer Tarin Vosk said the road was shut."
    assert _person(text, "Tarin Vosk")[0] == {"Chief Valley Officer"}


def test_name_after_a_post_is_not_taken_into_it() -> None:
    # "Oliver" is a given name: the post ends before it.
    text = "The hill moved again. Chief Officer Oliver Vosk said the road was shut."
    assert _person(text, "Oliver Vosk")[0] == {"Chief Officer"}
