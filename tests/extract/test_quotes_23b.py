"""Quotes and speakers, pass 23b: "the county" for a body named as a county, "the PS" for the person whose
post has those initials, a bare surname for the one the story is about, not a relative (all sentences made up)."""

from tests.extract.reading import direct_quotes as _direct
from tests.extract.reading import indirect_quotes as _indirect
from tests.extract.reading import speaker_starting as _speaker
from tests.extract.reading import texts as _texts


def test_the_county_is_the_body_named_as_a_county() -> None:
    found = _indirect(
        "Clinic hours cut\n\n"
        "By Ana Lupu\n\n"
        "The Eastern Valdora Health Services County said the decision was driven by a lack of doctors.\n\n"
        "According to the county, about nine patients arrived each night last year.\n\n"
        "The county said ambulances would take patients to Merton.\n\n"
    )
    assert _speaker(found, "about nine patients") == "eastern valdora health services county"
    assert _speaker(found, "ambulances would take") == "eastern valdora health services county"


def test_the_county_is_no_council_of_another_name() -> None:
    found = _indirect(
        "Road plan delayed\n\n"
        "By Ana Lupu\n\n"
        "Merton City Council voted on Tuesday to delay the road plan.\n\n"
        "The county said the state would pay for the bridge.\n\n"
    )
    assert _speaker(found, "the state would pay") is None


def test_a_post_by_its_initials_is_the_person_so_titled() -> None:
    found = _direct(
        "Malaria cases rise\n\n"
        "By Ana Lupu\n\n"
        "The ministry's Principal Secretary, Dr Paolo Serrano, said most cases were imported.\n\n"
        "\u201cThis is the time for action. Go to a clinic,\u201d said the PS.\n\n"
    )
    assert _speaker(found, "This is the time") == "paolo serrano"


def test_initials_no_post_holds_name_nobody() -> None:
    found = _direct(
        "Malaria cases rise\n\n"
        "By Ana Lupu\n\n"
        "Paolo Serrano, a nurse, said most cases were imported.\n\n"
        "\u201cThis is the time for action,\u201d said the PS.\n\n"
    )
    assert _speaker(found, "This is the time") is None


def test_a_bare_surname_is_not_the_relative_who_shares_it() -> None:
    found = _direct(
        "Poet dies at 90\n\n"
        "By Ana Lupu\n\n"
        "Paolo Serrano, the poet, died on Tuesday.\n\n"
        "His son, Dr Marco Serrano, a surgeon, said his father had been calm.\n\n"
        "Serrano was jailed twice in the 1970s, an experience he later described as \u201cthe school of "
        "silence\u201d.\n\n"
    )
    assert _speaker(found, "the school of silence") == "paolo serrano"


def test_a_judge_who_said_is_the_judge_named_later() -> None:
    text = (
        "Ex-officer jailed\n\n"
        "By Ana Lupu\n\n"
        "A former police officer was on Friday sentenced to 10 years by a judge who said he had "
        "\u201cbetrayed the badge\u201d.\n\n"
        "In sentencing, Justice Carla Mendes said the officer had warned his workers of raids.\n\n"
    )
    assert _speaker(_direct(text), "betrayed the badge") == "carla mendes"
    assert _speaker(_indirect(text), "he had") == "carla mendes"


def test_a_judge_who_said_names_no_one_when_two_judges_are_named() -> None:
    text = (
        "Appeal fails\n\n"
        "By Ana Lupu\n\n"
        "The appeal was thrown out by a judge who said the evidence was clear.\n\n"
        "Justice Carla Mendes and Justice Marta Ruiz sat with him.\n\n"
    )
    assert all(speaker is None for _, speaker in _indirect(text))


def test_counsel_put_it_to_the_witness_that_reports_the_clause() -> None:
    found = _indirect(
        "Theft trial goes on\n\n"
        "By Ana Lupu\n\n"
        "The witness, Paolo Serrano, an auditor, told the court he found gaps in the books.\n\n"
        "Defence counsel Carla B. Mendes spoke after him.\n\n"
        "Lawyer Mendes put it to the witness that his audit was one-sided, and that her client was a "
        "scapegoat.\n\n"
    )
    assert _speaker(found, "his audit was one-sided") == "carla b. mendes"


def test_put_it_in_the_drawer_reports_nothing() -> None:
    found = _indirect(
        "Lost keys found\n\n"
        "By Ana Lupu\n\n"
        "Paolo Serrano found the key and put it in the drawer that stood by the door.\n\n"
    )
    assert not any("stood by the door" in t for t in _texts(found))


def test_the_questioner_does_not_answer_the_question() -> None:
    found = _direct(
        "Theft trial goes on\n\n"
        "By Ana Lupu\n\n"
        "The second witness, Paolo Serrano, an auditor, told the court he found gaps.\n\n"
        "Under cross-examination by defence counsel Marco B. Bianchi, the witness was asked whether others "
        "had keys.\n\n"
        "\u201cYes, there were two other cashiers,\u201d he replied.\n\n"
    )
    assert _speaker(found, "Yes, there were") != "marco b. bianchi"


def test_what_he_called_is_the_speakers_word_not_the_person_just_named() -> None:
    found = _direct(
        "Derby ends level\n\n"
        "By Ana Lupu\n\n"
        "Caps coach Marco Bianchi was angry after the game.\n\n"
        "Bianchi also complained that referee Paolo Serrano had failed to punish what he called \u201ca "
        "clear foul\u201d on the striker.\n\n"
    )
    assert _speaker(found, "a clear foul") == "marco bianchi"


def test_a_statement_from_a_ministers_office_is_the_ministers() -> None:
    found = _indirect(
        "Diesel ban delayed\n\n"
        "The Valdora Times\n\n"
        "The ban on old diesel vehicles will now come into force in 2028, according to a statement from "
        "the office of Valdora Mobility Minister Carla Mendes.\n\n"
    )
    assert _speaker(found, "The ban on old diesel") == "carla mendes"


def test_the_team_coach_is_the_coach_named_with_that_team() -> None:
    found = _indirect(
        "Derby goes to Caps\n\n"
        "By Ana Lupu\n\n"
        "CAPS coach Marco Bianchi hailed his side after a header from Paolo Serrano won it.\n\n"
        "The Caps coach said Serrano, who joined in January, had been working hard.\n\n"
    )
    assert _speaker(found, "Serrano, who joined") == "marco bianchi"


def test_another_teams_coach_is_not_the_coach_named() -> None:
    found = _indirect(
        "Derby goes to Caps\n\n"
        "By Ana Lupu\n\n"
        "Caps coach Marco Bianchi hailed his side after a header from Paolo Serrano won it.\n\n"
        "The Bees coach said Serrano, who joined in January, had been lucky.\n\n"
    )
    assert _speaker(found, "Serrano, who joined") != "marco bianchi"


def test_a_bodys_committee_speaks_for_the_body() -> None:
    found = _indirect(
        "GP numbers fall\n\n"
        "By Ana Lupu\n\n"
        "The Valdora Medical Association's GP committee said that the number of family doctors had "
        "fallen by 2% since 2019.\n\n"
    )
    assert _speaker(found, "the number of family doctors") == "valdora medical association"


def test_a_dated_assessment_is_its_owners() -> None:
    found = _indirect(
        "Lake could burst\n\n"
        "By Ana Lupu\n\n"
        "Scientists at the Valdora Mountain Research Centre (VMRC) have studied the lake since 2010.\n\n"
        "According to a 2025 VMRC assessment, a full outburst could send a flood wave 100 kilometres "
        "downstream.\n\n"
    )
    assert _speaker(found, "a full outburst") == "valdora mountain research centre"
