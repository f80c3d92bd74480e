import pytest

from app.extract.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gov. Jane Roe met Mr. Smith in St. Louis on Jan. 5. He left.", 2),
        ("J. R. R. Tolkien wrote it. George W. Bush read it.", 2),
        ("He moved to the U.S. in 2010. It worked.", 2),
        ("“Why now?” she asked. “We will win,” Roe said.", 2),
        ("Dr. Ana López spoke. Prof. Kim agreed.", 2),
        ("Shares of Acme Inc. The firm rose.", 2),
        ("No boundary here", 1),
    ],
)
def test_sentence_count(text: str, expected: int) -> None:
    sentences = split_sentences(text)
    assert len(sentences) == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)
