"""Quotes and speakers, pass 25: an outlet's Q&A interview ("Zenpost: …?" / "Surname: …"), reported
clauses ("As X has reported, …", "rejected claims by X that", "The residents, who say …,", "which the
city says are …", "highlighted that"), advice that is no clause ("cautioned residents against …"), a
one-word rating label, and speakers found by context ("the union said" after a quote, "the 22-year-old"
after a fronted phrase, a quote after reported speech in the same paragraph) (all sentences made up)."""

from tests.extract.reading import direct_quotes as _direct
from tests.extract.reading import indirect_quotes as _indirect
from tests.extract.reading import speaker_starting as _speaker
from tests.extract.reading import texts as _texts

_INTERVIEW = (
    "Zenland's juniors wait two years for permits – Tollan Copper CEO\n\n"
    "Zenland's exploration spending rose 8% last year. Executives at two other juniors, speaking on "
    "condition of anonymity, told Zenpost their most recent permits had each taken more than 18 months.\n\n"
    "Zenpost spoke with CEO Marisol Quintero Vale about permits and plans.\n\n"
    "Zenpost: What did the drilling tell you?\n\n"
    "Quintero: We intersected 400m of copper in the first hole. That is a very good result.\n\n"
    "It also tells us the ore is closer to surface, and that matters a lot for an open pit.\n\n"
    "Zenpost: What is the plan for next year?\n\n"
    "Quintero: A second phase of drilling, if the permit comes through.\n"
)


def test_an_outlets_questions_and_the_answers_are_quotes() -> None:
    found = _direct(_INTERVIEW)
    assert _speaker(found, "What did the drilling tell you?") == "zenpost"
    assert _speaker(found, "We intersected 400m") == "marisol quintero vale"
    # The answer's unlabelled second paragraph is hers too, and "it tells us" in it reports nothing.
    assert _speaker(found, "It also tells us") == "marisol quintero vale"
    assert not any(t.startswith("matters a lot") for t in _texts(_indirect(_INTERVIEW)))


def test_anonymous_executives_report_with_no_speaker() -> None:
    found = _indirect(_INTERVIEW)
    assert _speaker(found, "their most recent permits") is None


def test_as_the_outlet_has_reported() -> None:
    found = _indirect(
        "Tollan bans coal stoves\n\n"
        "As Zenpost has reported, Tollan in 2019 became the first city in the country to ban coal stoves.\n"
    )
    assert any(t.startswith("Tollan in 2019 became") for t in _texts(found))


def test_rejected_claims_by_a_party_are_the_partys() -> None:
    found = _indirect(
        "Minister defends budget\n\n"
        "The minister also rejected claims by the Zenland Liberal Party that the government had cut the "
        "agency's budget in 2024.\n"
    )
    assert _speaker(found, "the government had cut") == "zenland liberal party"


def test_an_unnamed_groups_relative_clause() -> None:
    found = _indirect(
        "Court halts eviction\n\n"
        "The residents, who say they have lived on the land since the 1970s, accuse the company of "
        "destroying their crops.\n"
    )
    assert found == [("they have lived on the land since the 1970s", None)]


def test_advice_against_something_is_no_clause() -> None:
    found = _indirect(
        "Doctors warn of heat\n\n"
        "Dr Hana Velasquez cautioned residents against taking painkillers for back pain without seeing "
        "a doctor first, as they can strain the kidneys.\n\n"
        "Dr Velasquez warned that the fight against dehydration was not yet won.\n"
    )
    assert _texts(found) == ["the fight against dehydration was not yet won"]


def test_a_one_word_rating_is_no_quote() -> None:
    text = (
        "Broker cuts target\n\n"
        "Analyst Tomas Rendell said his firm had cut its target price but kept a “hold” recommendation.\n"
    )
    assert _direct(text) == []


def test_the_union_after_a_paragraph_opening_quote() -> None:
    text = (
        "Appliance maker's profit falls\n\n"
        "Zen Metal, which represents workers at Tollan’s factories, warned that the hiring freeze must "
        "not turn into layoffs.\n\n"
        "“Workers cannot be made to pay for exchange rate policy,” the union said in a written statement.\n"
    )
    assert _speaker(_direct(text), "Workers cannot") == "zen metal"


def test_an_age_after_a_fronted_phrase_is_the_paragraphs_subject() -> None:
    text = (
        "Late winner for Tollan\n\n"
        "Substitute Omar Haddadi scored in stoppage time after Karim Nassar had hit the post.\n\n"
        "With a draw looking likely, Haddadi, on the pitch for only nine minutes, met Nassar’s low cross "
        "at the near post.\n\n"
        "“When the coach called me, he told me only one thing,” the 22-year-old said.\n"
    )
    assert _speaker(_direct(text), "When the coach called me") == "omar haddadi"


def test_a_quote_right_after_reported_speech_in_its_paragraph() -> None:
    text = (
        "Spinner in the frame\n\n"
        "Head coach Hendrik Blackmore said the young spinner had earned his chance through hard work. "
        "“He bowls and bowls and bowls. Nobody has to tell him to do extra.”\n"
    )
    assert _speaker(_direct(text), "He bowls") == "hendrik blackmore"
