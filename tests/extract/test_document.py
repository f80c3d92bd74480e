from datetime import UTC, datetime

import pytest

from app.extract.document import parse_date, split_document


@pytest.mark.parametrize(
    ("text", "title", "paragraphs", "comments"),
    [
        (
            "Acme buys Widget Co\nAcme said on Monday it would buy Widget.\nThe deal closes in May.",
            "Acme buys Widget Co",
            2,
            (),
        ),
        (
            "Acme said on Monday it would buy Widget. The deal closes in May.",
            "Acme said on Monday it would buy Widget",
            1,
            (),
        ),
        (
            "Story body here.\n\n\n\n\nFirst comment.\n\nSecond comment.",
            "Story body here",
            1,
            ("First comment.", "Second comment."),
        ),
        (
            "Story body here.\n\nComments\n\nGreat piece.\n\nI disagree.",
            "Story body here",
            1,
            ("Great piece.", "I disagree."),
        ),
        (
            "Story body here.\nReader comments (2):\nGreat piece.\nI disagree.",
            "Story body here",
            1,
            ("Great piece.", "I disagree."),
        ),
    ],
)
def test_split_title_paragraphs_comments(
    text: str, title: str, paragraphs: int, comments: tuple[str, ...]
) -> None:
    document = split_document(text)
    assert document.title == title
    assert len(document.paragraphs) == paragraphs
    assert document.comments == comments
    assert "comment" not in document.body.lower() or not comments


def test_metadata_lines_and_overrides() -> None:
    text = (
        "Title: Talks resume\nDate: 2024-06-03\nSource: Wire\nURL: https://example.org/a\n\nBody text here."
    )
    document = split_document(text)
    assert (document.title, document.source, document.url) == (
        "Talks resume",
        "Wire",
        "https://example.org/a",
    )
    assert document.published_at == datetime(2024, 6, 3, tzinfo=UTC)
    assert document.body == "Body text here."
    assert split_document(text, title="Other").title == "Other"


def test_yaml_front_matter() -> None:
    text = (
        '---\ntitle: "Rates held"\ndate: 2024-03-01T09:30:00+01:00\nsource: Daily\n---\nThe bank held rates.'
    )
    document = split_document(text)
    assert document.title == "Rates held"
    assert document.published_at is not None and document.published_at.utcoffset() is not None
    assert document.body == "The bank held rates."


def test_dateline_stays_in_body_and_hints_source() -> None:
    document = split_document("MADRID, June 3 (Reuters) - Ministers met on Monday.")
    assert document.body.startswith("MADRID")
    assert document.source == "Reuters"
    assert document.dateline_place == "MADRID"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-06-03", datetime(2024, 6, 3, tzinfo=UTC)),
        ("June 3, 2024", datetime(2024, 6, 3, tzinfo=UTC)),
        ("3 June 2024", datetime(2024, 6, 3, tzinfo=UTC)),
        ("2024-06-03T10:00:00Z", datetime(2024, 6, 3, 10, tzinfo=UTC)),
        ("not a date", None),
    ],
)
def test_parse_date(value: str, expected: datetime | None) -> None:
    assert parse_date(value) == expected


def test_press_release_furniture_is_dropped() -> None:
    document = split_document(
        "FOR IMMEDIATE RELEASE\n\nNew test spots cancer early\n\nEDINBURGH, 12 March 2024 -- A blood test "
        "detected cancer early.\n\nENDS\n\nMedia contact: press@example.org"
    )
    assert document.title == "New test spots cancer early"
    assert document.dateline_place == "EDINBURGH"
    assert document.body == "EDINBURGH, 12 March 2024 -- A blood test detected cancer early."
    assert document.comments == ()


def test_a_comments_line_after_a_long_gap_heads_the_comments_and_is_none() -> None:
    document = split_document("Title line\n\nThe story.\n\n\n\nReader comments\n\nFirst.\n\nSecond.")
    assert document.comments == ("First.", "Second.")


@pytest.mark.parametrize(
    "marker", ["Comments (2) Closed", "Comments (2) | Open", "12 comments", "Reader comments (2):"]
)
def test_a_comments_line_with_a_count_or_the_threads_state_heads_the_comments(marker: str) -> None:
    text = f"Bridge shut\n\nThe bridge shut on Monday.\n\n{marker}\n\nAnya K. | 9:12am\nAbout time.\n\nTomas\nToo late."
    document = split_document(text)
    assert document.body == "The bridge shut on Monday."
    assert document.comments == ("Anya K. | 9:12am\nAbout time.", "Tomas\nToo late.")


def test_the_sites_comment_rules_above_the_comments_are_no_comment() -> None:
    notice = "Comments are moderated; please keep to our community guidelines."
    text = (
        f"Bridge shut\n\nThe bridge shut.\n\nComments\n\n{notice}\n\nAnya K.\nAbout time.\n\nTomas\nToo late."
    )
    assert split_document(text).comments == ("Anya K.\nAbout time.", "Tomas\nToo late.")


def test_a_first_comment_that_names_one_rule_word_is_still_a_comment() -> None:
    # One word of the kind ("respectful") is a reader's own; a notice names two or more.
    text = "Bridge shut\n\nThe bridge shut.\n\nComments\n\nBe respectful of the crews.\n\nTomas\nToo late."
    assert split_document(text).comments == ("Be respectful of the crews.", "Tomas\nToo late.")


def test_a_sentence_about_comments_inside_the_body_does_not_cut_it() -> None:
    text = "Bridge shut\n\nThe council closed comments on the plan.\n\nIt opens in May."
    document = split_document(text)
    assert document.comments == ()
    assert "It opens in May." in document.body
