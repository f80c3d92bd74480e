"""People's names in the eighth held-out set's styles: credit lines, names in several parts, Irish
particles, quoted nicknames and surnames that point back to a fuller name (all sentences made up)."""

from app.extract import run
from app.extract.document import split_document


def _people(text: str) -> list[str]:
    return [p.name for p in run(text).people]


# --- credit lines at the top name the paper's staff, not people in the story ---------------------


def test_credit_lines_in_parts_are_bylines() -> None:
    for line in (
        "Martha Quigley | Published March 3, 2025",
        "Martha Quigley / DPN / Updated: Mar 3, 2025, 08:15 IST",
        "Martha Quigley · Daily Planet · Posted: Mar 3, 2025 5:00 AM EDT",
        "By: Martha Quigley - Northern Bureau",
        "By: Martha Quigley, Northern Bureau chief - Mar 3, 2025",
        "By Martha Quigley, planet.com | Posted - Mar. 3, 2025 at 10:32 p.m.",
    ):
        text = f"Waits grow\n\n{line}\n\nWaiting lists grew again, Owen Falk said on Monday."
        document = split_document(text)
        assert document.byline == "Martha Quigley", line
        assert _people(text) == ["Owen Falk"], line


def test_a_name_alone_above_the_publishing_date_is_a_byline() -> None:
    for between in ("", "Political Correspondent\n", "Daily Planet\n"):
        text = (
            "Waits grow\n\nHospitals say the winter was the worst yet\n\n"
            f"Martha Quigley\n{between}Published Mar 3, 2025, 04:31 PM\n\n"
            "Waiting lists grew again, Owen Falk said on Monday."
        )
        assert split_document(text).byline == "Martha Quigley", between
        assert _people(text) == ["Owen Falk"], between


def test_a_by_line_with_a_long_post_after_a_standfirst_sentence_is_a_byline() -> None:
    text = (
        "Waits grow\n\nHospitals say the winter was the worst yet. Nurses agree.\n\n"
        "By Martha Quigley, a reporter covering hospitals, clinics, and the people in them.\n\n"
        "Waiting lists grew again, Owen Falk said on Monday."
    )
    assert _people(text) == ["Owen Falk"]


def test_a_name_in_parts_without_date_or_by_and_a_name_over_body_text_stay() -> None:
    text = "Waits grow\n\nMartha Quigley - Owen Falk\n\nWaiting lists grew again, Owen Falk said on Monday."
    assert split_document(text).byline is None
    text = "Waits grow\n\nMartha Quigley\n\nWaiting lists grew again, she said on Monday."
    assert split_document(text).byline is None


# --- an unknown given name is a person's when the article later uses the surname alone -----------


def test_a_surname_later_used_with_an_honorific_or_a_reporting_verb_makes_a_person() -> None:
    opening = "Tavazi Quellor, whose two children attend the school, spoke at the meeting. "
    assert _people(opening + '"It is too far," Quellor told the board.') == ["Tavazi Quellor"]
    assert _people(opening + "Ms Quellor was angry.") == ["Tavazi Quellor"]


def test_two_unknown_words_without_the_surname_alone_or_inside_another_name_are_no_person() -> None:
    assert _people("Tavazi Quellor, whose two children attend the school, spoke. It was too far.") == []
    text = "Tavazi Mobility opened a plant. Shares in Tavazi Mobility rose, and Ruvendo Mobility said it would follow."
    assert _people(text) == []


# --- the words before a listed given name belong to the name where only a name can stand --------


def test_words_before_a_given_name_after_a_title_or_before_an_age_stay_in_the_name() -> None:
    text = "Deputy Prosecutor Tavazi Quellor Mohamed Ali said the filing was late."
    assert _people(text) == ["Tavazi Quellor Mohamed Ali"]
    text = "The car belonged to her younger brother, Quellor Wei Ming, 42, whose case is pending."
    assert _people(text) == ["Quellor Wei Ming"]


def test_a_given_name_that_is_also_a_word_before_a_second_given_name_opens_the_name() -> None:
    text = "Maria Elena Quellor, who spoke through an interpreter, said the school was home."
    assert _people(text) == ["Maria Elena Quellor"]


def test_an_unknown_word_before_a_given_name_with_no_sign_of_a_name_is_left_out() -> None:
    # Without a title, an honorific or an age, the unknown word is no part of the name.
    text = "At the fair, Tavazi Quellor Anneli Virtanen opened the stall."
    assert _people(text) == ["Anneli Virtanen"]


# --- Irish surnames open with a capitalised particle -------------------------------------------


def test_irish_particles_open_a_surname_after_a_title_and_in_later_mentions() -> None:
    text = (
        "Minister for Housing Tadhg Ó Briain told the House the bill would pass. "
        "Eoghan Mac Giolla, chairman of the tenants' group, said it would not. "
        "“We will see,” Mr Ó Briain said. Mac Giolla said the vote was close."
    )
    extraction = run(text)
    assert sorted(p.name for p in extraction.people) == ["Eoghan Mac Giolla", "Tadhg Ó Briain"]
    assert [q.speaker_key for q in extraction.quotes if q.kind == "direct"] == ["tadhg o briain"]


def test_mac_as_a_given_name_is_no_particle() -> None:
    assert _people("Mac Dorrell said the team would travel on Monday.") == ["Mac Dorrell"]


# --- an inner word of a long name is its surname when no last word fits -------------------------


def test_a_western_given_name_before_a_family_name_first_name_resolves_by_the_family_name() -> None:
    text = (
        "The managing director, Mr Raymond Quek Boon Hwa, lodged a report. "
        "“I trusted her,” Mr Quek wrote. Quek said the firm had frozen pay."
    )
    extraction = run(text)
    assert [p.name for p in extraction.people] == ["Raymond Quek Boon Hwa"]
    assert {q.speaker_key for q in extraction.quotes} == {"raymond quek boon hwa"}


def test_an_inner_word_yields_to_another_person_s_surname() -> None:
    text = "John Fallon Roe and Mary Fallon met the press. Fallon said the deal was done."
    extraction = run(text)
    people = {p.name: p for p in extraction.people}
    assert "Fallon" in people["Mary Fallon"].aliases


# --- quoted nicknames, particles after them, and closing credits ------------------------------


def test_a_quoted_nickname_after_a_given_name_with_an_inner_capital_is_left_out() -> None:
    text = 'DeMarcus "Tank" Hollowell led the team with 29 points. Hollowell said his ankle was fine.'
    assert _people(text) == ["DeMarcus Hollowell"]


def test_particles_and_a_generation_after_a_nickname_stay_in_the_name() -> None:
    text = 'Mayor Rodrigo "Jun-Jun" dela Paz Jr. said the river had risen overnight.'
    assert _people(text) == ["Rodrigo dela Paz Jr."]


def test_quoted_words_between_unknown_capitals_make_no_nickname() -> None:
    text = 'The Quellor "Vision" Mobility line was launched, Jane Roe said.'
    assert _people(text) == ["Jane Roe"]


def test_a_with_assistance_credit_names_no_person() -> None:
    text = "The bond priced at 6.35%, Jane Roe said.\n\n—With assistance from Tavazi Quellor"
    assert _people(text) == ["Jane Roe"]
    text = "Jane Roe said she would work with assistance from Tavazi Quellor, a trader."
    assert "Tavazi Quellor" in _people(text)


# --- both surnames of a Spanish name, written together later -----------------------------------


def test_both_surnames_after_an_honorific_resolve_to_the_full_name() -> None:
    text = (
        "Rodrigo Alcántara Villena, the agency's chief, said camps were full. "
        "“We need more,” Mr. Alcántara Villena said."
    )
    extraction = run(text)
    assert [p.name for p in extraction.people] == ["Rodrigo Alcántara Villena"]
    assert [q.speaker_key for q in extraction.quotes if q.kind == "direct"] == ["rodrigo alcantara villena"]


def test_two_surnames_of_someone_else_are_not_the_spanish_name() -> None:
    text = "Rodrigo Alcántara Villena said camps were full. Marta Alcántara said they were not."
    assert sorted(_people(text)) == ["Marta Alcántara", "Rodrigo Alcántara Villena"]
