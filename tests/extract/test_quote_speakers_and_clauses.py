"""Quote finding and speaker attribution: interviews in Q/A form, titles before a speaker's name,
unnamed sources, and reported clauses after longer cues."""

from app.extract import run


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker_key) for q in run(text).quotes]


def _direct(text: str) -> list[tuple[str, str | None]]:
    return [(t, s) for k, t, s in _quotes(text) if k == "direct"]


def _indirect(text: str) -> list[tuple[str, str | None]]:
    return [(t, s) for k, t, s in _quotes(text) if k == "indirect"]


# --- question-and-answer interviews -------------------------------------------------------------

_INTERVIEW = (
    "Marta Oyelaran has run the city's oldest bakery for thirty years. We spoke to her about flour.\n\n"
    "Q: What has changed most?\n\n"
    "A: The price of butter. Everything else is the same.\n\n"
    "Q: Will you retire?\n\n"
    "A: Not yet. My hands still work.\n\n"
    "The shop opens at five.\n\n"
    "Q: And the queue?\n\n"
    "A: It starts at four.\n\n"
    "A new oven\n\n"
    "The council approved a grant on Monday."
)


def test_interview_answers_are_the_interviewees_quotes() -> None:
    assert _direct(_INTERVIEW) == [
        ("The price of butter. Everything else is the same.", "marta oyelaran"),
        ("Not yet. My hands still work.", "marta oyelaran"),
        ("The shop opens at five.", "marta oyelaran"),
        ("It starts at four.", "marta oyelaran"),
    ]


def test_a_single_label_is_no_interview() -> None:
    text = "Q: the quarter's figures were mixed, the bank said.\n\nShares rose 2% in early trading."
    assert _direct(text) == []


# --- speakers after the quote -----------------------------------------------------------------


def test_capitalised_titles_before_the_speakers_name() -> None:
    text = '"We have been turned away every time," Orlen Mining Chief Executive Dana Whitlow told Reuters.'
    assert _direct(text) == [("We have been turned away every time", "dana whitlow")]


def test_the_person_after_the_organisation_and_role_speaks() -> None:
    text = (
        "Tessa Quill scored twice for the Harriers. "
        '"That kid has been doing that since training camp," said Harriers defender Joel Amadi.'
    )
    assert _direct(text)[0][1] == "joel amadi"


def test_a_title_and_an_organisation_with_no_name_after_stays_unattributed() -> None:
    text = '"We will appeal," said a Harriers spokesperson and the club\'s lawyer.'
    assert _direct(text) == [("We will appeal", None)]
