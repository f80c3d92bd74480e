"""Quotes and speakers, round 19: a briefing transcript in speaker turns ("Spokesman: …",
"Question: …", "Mr. Haldane-Ruiz: …") (all sentences made up)."""

from tests.extract.reading import direct_quotes as _direct
from tests.extract.reading import indirect_quotes as _indirect
from tests.extract.reading import speaker_starting as _speaker

_BRIEFING = (
    "Press Briefing by the Ministry Spokesman\n\n"
    "The following is a transcript of today's press briefing by Tomas Ekwueme-Varga, Spokesman for the "
    "Ministry of Water.\n\n"
    "Flood Season\n\n"
    "Good morning. The river authority tells us that water levels have fallen for a third day.\n\n"
    "We are also joined by Ines Haldane-Ruiz, the director of the flood agency.\n\n"
    "Ms. Haldane-Ruiz: Thank you, Tomas. Our teams have cleared twelve drains this week.\n\n"
    "More work will follow once the rain stops.\n\n"
    "Questions and Answers\n\n"
    "Question: When will the eastern road reopen?\n\n"
    "Ms. Haldane-Ruiz: We hope to reopen it on Friday.\n\n"
    "Question: Tomas, will the minister visit the valley?\n\n"
    "Spokesman: She will travel there next week. Thank you all."
)


def test_each_turn_is_its_speakers_direct_quote() -> None:
    quotes = _direct(_BRIEFING)
    assert _speaker(quotes, "Thank you, Tomas.") == "ines haldane-ruiz"
    assert _speaker(quotes, "We hope to reopen it") == "ines haldane-ruiz"


def test_a_post_label_is_the_person_the_introduction_gives_that_post() -> None:
    assert _speaker(_direct(_BRIEFING), "She will travel there") == "tomas ekwueme-varga"


def test_the_briefer_speaks_before_any_label_and_unlabelled_paragraphs_continue_a_turn() -> None:
    quotes = _direct(_BRIEFING)
    assert _speaker(quotes, "Good morning.") == "tomas ekwueme-varga"
    assert _speaker(quotes, "We are also joined") == "tomas ekwueme-varga"
    assert _speaker(quotes, "More work will follow") == "ines haldane-ruiz"


def test_questions_are_quotes_by_no_one_named() -> None:
    quotes = _direct(_BRIEFING)
    assert _speaker(quotes, "When will the eastern road") is None
    assert _speaker(quotes, "Tomas, will the minister") is None


def test_headings_and_the_introduction_are_no_quotes() -> None:
    texts = [t for t, _ in _direct(_BRIEFING)]
    assert not any(t.startswith(("Questions and Answers", "Flood Season", "The following is")) for t in texts)


def test_reported_speech_inside_a_turn_is_still_found() -> None:
    indirect = _indirect(_BRIEFING)
    assert any(t.startswith("water levels have fallen") for t, _ in indirect)


def test_an_article_with_two_labelled_lines_is_no_transcript() -> None:
    text = (
        "Council approves budget\n\n"
        "Mayor Ines Haldane-Ruiz said the city would hire 40 teachers.\n\n"
        "Update: The vote was 7-2.\n\n"
        "Correction: An earlier version misstated the date.\n\n"
        "The budget takes effect in July."
    )
    texts = [t for t, _ in _direct(text)]
    assert not any(t.startswith(("The vote was", "The budget takes effect")) for t in texts)


def test_a_label_that_names_no_one_opens_no_turn() -> None:
    text = (
        "Question: Is the dam safe?\n\nExperts: It is hard to say.\n\n"
        "Question: Will it hold?\n\nExperts: Probably.\n\nThe dam was built in 1962."
    )
    assert _direct(text) == []
