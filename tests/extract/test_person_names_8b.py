"""People's names, second round on the eighth held-out set's styles: a not-a-name word as given name
before a double-barrelled surname, a capitalised sports role before a name, an age in brackets, an
origin before a who-clause, the Filipino "Ma." and a demonym that is also a given name (all sentences
made up)."""

from app.extract import run
from app.extract.sentences import split_sentences
from tests.extract.reading import indirect_quotes


def _people(text: str) -> list[str]:
    return [p.name for p in run(text).people]


def test_a_listed_given_name_on_the_not_a_name_list_opens_a_double_barrelled_name() -> None:
    assert _people("Then Jorvik found Christian Tallow-Brandt for two late goals.") == [
        "Christian Tallow-Brandt"
    ]
    assert _people("June Ashby-Quell, a lawyer for the family, said the ruling was wrong.") == [
        "June Ashby-Quell"
    ]


def test_a_not_a_name_word_before_a_single_word_or_a_place_compound_is_no_given_name() -> None:
    assert _people("The Christian Democrats met in Bonn.") == []
    assert _people("Exports from German Baden-Württemberg rose.") == []


def test_a_capitalised_rookie_before_a_name_is_a_title() -> None:
    extraction = run("Rookie Tavazi Quellor added 18 points and nine rebounds for the Hawks.")
    assert [(p.name, p.titles) for p in extraction.people] == [("Tavazi Quellor", ("Rookie",))]
    assert extraction.quotes == ()  # "added 18 points": a tally, not reported speech


def test_added_with_a_number_then_a_verb_still_reports_a_clause() -> None:
    text = "Maria Quellor, the mayor, said the plan was late. She added 200 jobs would go by March."
    assert indirect_quotes(text)[-1] == ("200 jobs would go by March", "maria quellor")


def test_an_age_in_brackets_before_a_who_clause_or_speech_makes_a_person() -> None:
    text = '"We lost everything," said Ruvena Tessaly (45), whose house was flooded.'
    assert _people(text) == ["Ruvena Tessaly"]
    assert _people("Ruvena Tessaly (45) told the court she had lost everything.") == ["Ruvena Tessaly"]


def test_a_number_in_brackets_after_other_words_makes_no_person() -> None:
    assert _people("Tavenor Mobility (45%) lost ground, and Tavenor Mobility (45) was last.") == []


def test_an_origin_before_a_who_clause_still_makes_an_unknown_given_name_a_person() -> None:
    text = "Ruvena Tessaly of Malawi, who chairs the group, said the draft was weak."
    assert _people(text) == ["Ruvena Tessaly"]
    text = "Ruvena Holdings of Malawi, which owns the mine, said the draft was weak."
    assert _people(text) == []


def test_the_filipino_ma_before_a_given_name_opens_the_name() -> None:
    text = "In the province, Gov. Ma. Teresa Dizon-Lualhati declared a state of calamity."
    assert _people(text) == ["Ma. Teresa Dizon-Lualhati"]
    assert len(split_sentences(text)) == 1
    assert _people("The mayor, Ma. Luisa Cabrera, said the roads were shut.") == ["Ma. Luisa Cabrera"]


def test_a_surname_ma_ending_a_sentence_stays_a_surname() -> None:
    text = "The firm was founded by Jack Ma. Teresa Dizon said the roads were shut."
    assert len(split_sentences(text)) == 2
    assert _people(text) == ["Jack Ma", "Teresa Dizon"]


def test_philippine_is_a_demonym_not_a_given_name() -> None:
    assert _people("Rain fell, the Philippine Weather Bureau said.") == []


def test_a_treaty_named_after_a_place_or_person_is_no_person() -> None:
    text = "Cuts must come faster to meet the Lisbon Accord, Maria Quellor said. The Quellor Doctrine failed."
    assert _people(text) == ["Maria Quellor"]


def test_major_before_common_nouns_is_an_adjective_not_a_rank() -> None:
    text = (
        "Detective Sergeant Maria Quellor, from the Major Investigation Team, said footage could be sent "
        "through the Major Incident Room."
    )
    assert _people(text) == ["Maria Quellor"]
    assert _people("Major Tom Tessaly said the convoy had left.") == ["Tom Tessaly"]


def test_les_after_a_locative_opens_a_french_place_name_not_a_given_name() -> None:
    text = 'He passed Ruvena at Les Arcs. "I was brave at Les Arcs," he said.'
    assert _people(text) == []
    assert _people("The show was hosted by Les Quellor, who said it was fun.") == ["Les Quellor"]
