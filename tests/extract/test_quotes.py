import pytest

from app.extract import run
from tests.extract.reading import quotes as _quotes


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
            # A partial quote inside reported speech: the quote, and the reported clause around it.
            "Jane Roe said the board agreed to “explore every option on the table”.",
            [
                ("indirect", "the board agreed to “explore every option on the table”", "jane roe"),
                ("direct", "explore every option on the table", "jane roe"),
            ],
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


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        # A council spokesman speaks for the council the article established.
        (
            "Leeds City Council met. Bins will be collected weekly, a council spokesman said.",
            "Bins will be collected weekly",
            "leeds city council",
        ),
        # "According to a study by X": the study's author, not the study.
        (
            "According to a study by the Coral Reef Research Centre, reefs have recovered strongly.",
            "reefs have recovered strongly",
            "coral reef research centre",
        ),
        (
            "Shares fell 40% this year, according to data compiled by Trident Markets.",
            "Shares fell 40% this year",
            "trident markets",
        ),
        (
            "The blaze had burned 14 square miles, according to the U.S. Forest Service.",
            "The blaze had burned 14 square miles",
            "forest service",  # "U.S." is its country, so "the Forest Service" later is the same body
        ),
        # A speaker with two appositives, and one with letters after the name.
        (
            "Margaret Ellery, 72, who has lived there for decades, said she was worried about foxes.",
            "she was worried about foxes",
            "margaret ellery",
        ),
        (
            "In mitigation, Mercer's barrister, James Thornbury KC, said his client was sorry.",
            "his client was sorry",
            "james thornbury",
        ),
        # "X declared an emergency and said …": the verb shares the sentence's subject.
        (
            "Gov. Diane Holloway declared an emergency and said the state would ask for help.",
            "the state would ask for help",
            "diane holloway",
        ),
        # "told employees in a memo that …": any listener before "that".
        (
            "Chief executive Martin Feld told employees in a memo that the company would move quickly.",
            "the company would move quickly",
            "martin feld",
        ),
    ],
)
def test_reported_speech_and_its_speaker(text: str, clause: str, speaker: str) -> None:
    indirect = [q for q in run(text).quotes if q.kind == "indirect"]
    assert [(q.text, q.speaker_key) for q in indirect] == [(clause, speaker)]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "A fast-moving wildfire forced 6,000 people from their homes, officials said, as crews struggled.",
            "A fast-moving wildfire forced 6,000 people from their homes",
        ),
        (
            "But opposition councillors said the plan had been rushed through.",
            "the plan had been rushed through",
        ),
        # "The miners' union" with no union in the story: no speaker rather than a wrong one.
        (
            "Acme Mining halted work. The miners' union at the site said it had warned managers in August.",
            "it had warned managers in August",
        ),
    ],
)
def test_reported_speech_with_no_one_to_name(text: str, clause: str) -> None:
    indirect = [q for q in run(text).quotes if q.kind == "indirect"]
    assert [(q.text, q.speaker_key) for q in indirect][-1] == (clause, None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Customers should be free,” the group’s director, Imogen Clarke, said.", "imogen clarke"),
        ("“We are disappointed,” chief medical officer Dr Hannah Okoro said.", "hannah okoro"),
        ("“This is our victory,” Congress president Lakshmi Rao told supporters.", "lakshmi rao"),
        (
            "Liberal Democrat leader Fiona Calloway ruled out a pact, insisting voters deserved “a real choice”.",
            "fiona calloway",
        ),
        (
            "Transport Secretary Oliver Grange urged both sides to “get back round the table”.",
            "oliver grange",
        ),
        ("“We can win,” said Sen. Margaret Ellison, D-Ohio, who wrote the bill.", "margaret ellison"),
    ],
)
def test_direct_quote_speakers_around_roles(text: str, speaker: str) -> None:
    direct = [q for q in run(text).quotes if q.kind == "direct"]
    assert [q.speaker_key for q in direct] == [speaker]


def test_admitting_charges_is_no_reported_speech() -> None:
    assert run("Gareth Pryce admitted 14 counts of fraud at Bristol Crown Court in March.").quotes == ()


def test_direct_quote_lookups_by_position_agree_with_a_scan_of_every_quote() -> None:
    # Reported clauses ask which direct quotes open or close inside them; the lookups are indexed
    # (a scan per clause made a 1 MB run-on line of quotes take minutes) and must answer the same.
    from app.extract.quotes import _DirectQuotes
    from app.extract.types import QuoteRecord

    spans = [(3, 40), (5, 12), (50, 60), (58, 90), (91, 92), (120, 400), (130, 140)]
    records = [QuoteRecord(text="x", kind="direct", start=s, end=e) for s, e in spans]
    direct = _DirectQuotes(list(reversed(records)))
    for start in range(0, 420, 3):
        for end in range(start, 430, 7):
            assert direct.covers(start, end) == any(
                q.start - 1 <= start and end <= q.end + 1 for q in records
            )
            assert direct.starting_in(start, end) == [q for q in records if start < q.start <= end]
            assert [direct[i] for i in direct.indices_within(start, end)] == [
                q for q in records if start <= q.start <= end
            ]
