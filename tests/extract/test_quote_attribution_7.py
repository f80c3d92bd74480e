"""Quote finding and attribution, set 7: quoted subheadings, platforms, unnamed sources."""

from app.extract import run


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker_key) for q in run(text).quotes]


def _direct(text: str) -> list[tuple[str, str | None]]:
    return [(t, s) for k, t, s in _quotes(text) if k == "direct"]


# --- quoted subheadings --------------------------------------------------------------------------

_SUBHEADS = (
    "Harbour Town beat the Rovers at home\n\n"
    "Harbour Town won 2-0 on Saturday.\n\n"
    "‘We will not get ahead of ourselves’\n\n"
    "‘It is a good win,’ said the manager, Gareth Plimsoll. ‘We will not get ahead of ourselves.’\n\n"
    "‘We were unlucky’ - Rovers boss sighs\n\n"
    "‘Nothing went right for us today.’"
)


def test_a_quoted_subheading_line_is_not_a_quote() -> None:
    texts = [t for t, _ in _direct(_SUBHEADS)]
    assert "We will not get ahead of ourselves" not in texts
    assert "We were unlucky" not in texts
    assert "We will not get ahead of ourselves." in texts


def test_a_quoted_paragraph_with_sentence_punctuation_stays_a_quote() -> None:
    texts = [t for t, _ in _direct(_SUBHEADS)]
    assert "Nothing went right for us today." in texts
