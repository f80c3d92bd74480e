import pytest

from app.extract import run


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker_key) for q in run(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will win the vote,” Jane Roe said.", [("direct", "We will win the vote", "jane roe")]),
        ('"We will win the vote," said Jane Roe.', [("direct", "We will win the vote", "jane roe")]),
        ("``We will win the vote,'' Jane Roe said.", [("direct", "We will win the vote", "jane roe")]),
        ("''We will win the vote,'' Jane Roe said.", [("direct", "We will win the vote", "jane roe")]),
        ("«We will win the vote», Jane Roe said.", [("direct", "We will win the vote", "jane roe")]),
        ("‘We will win the vote,’ Jane Roe said.", [("direct", "We will win the vote", "jane roe")]),
        (
            "Jane Roe said the board agreed to “explore every option on the table”.",
            [("direct", "explore every option on the table", "jane roe")],
        ),
        ("“It is time to act,” one protester shouted.", [("direct", "It is time to act", None)]),
        ("The film “Gone With The Wind” was shown.", []),
        ("So-called “reforms” were blocked.", []),
    ],
)
def test_direct_quotes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _quotes(text) == expected


def test_multi_paragraph_quote_keeps_speaker() -> None:
    text = "Jane Roe said: “We have hired 200 people this year.\n\n“And we will hire more next year.”"
    quotes = run(text).quotes
    assert [q.speaker_key for q in quotes] == ["jane roe", "jane roe"]
    assert all(run(text).document.body[q.start : q.end] == q.text for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe said “this never closes. And nothing else follows.",
        "Unbalanced ” mark here. “Fine quote here,” Jane Roe said.",
        "“Broken ‘nesting” here’ and more.",
        "''",
        "",
    ],
)
def test_unbalanced_marks_never_raise(text: str) -> None:
    extraction = run(text)
    for quote in extraction.quotes:
        assert extraction.document.body[quote.start : quote.end] == quote.text


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "Acme Corp said on Monday that the talks would resume in May.",
            "the talks would resume in May",
            "acme corp",
        ),
        (
            "According to Jane Roe, chief executive of Acme, the plant will close.",
            "the plant will close",
            "jane roe",
        ),
        (
            "Jane Roe told reporters that the plant would close next year.",
            "the plant would close next year",
            "jane roe",
        ),
        ("The plant will close next year, Jane Roe said.", "The plant will close next year", "jane roe"),
    ],
)
def test_indirect_quotes(text: str, clause: str, speaker: str) -> None:
    indirect = [q for q in run(text).quotes if q.kind == "indirect"]
    assert [(q.text, q.speaker_key) for q in indirect] == [(clause, speaker)]


def test_person_before_of_organisation_is_the_speaker() -> None:
    extraction = run("Analyst Priya Nair of Eastgate Securities said prices would rise next year.")
    assert [q.speaker_key for q in extraction.quotes] == ["priya nair"]


def test_according_to_descriptor_with_thousands() -> None:
    extraction = run(
        "The Growers Union (GU) met. According to the union, more than 2,000 members have cut their planting."
    )
    quote = next(q for q in extraction.quotes if q.cue == "according to")
    assert quote.text.startswith("more than 2,000 members")
    assert quote.speaker_key == "growers union"
