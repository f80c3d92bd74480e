"""Quotes and speakers, pass 24b: unnamed officials at a named body, a quote's tag after a sentence
break inside the quote (all sentences made up)."""

from tests.extract.reading import direct_quotes as _direct
from tests.extract.reading import indirect_quotes as _indirect


def test_officials_at_a_named_body_speak_unnamed() -> None:
    found = _indirect(
        "Officials at Brenmoor Power Company, which supplies gas to the city, said the shortfall stemmed "
        "from a drop in imported supply."
    )
    assert found == [("the shortfall stemmed from a drop in imported supply", None)]


def test_officials_elsewhere_in_the_sentence_do_not_open_a_clause() -> None:
    assert (
        _indirect(
            "Officials in Varnholm rarely comment on that role, and Jane Roe declined to say whether a "
            "further round was planned."
        )
        == []
    )


def test_a_tag_after_a_quote_of_two_sentences_is_no_clause() -> None:
    text = (
        "“Buyers are calling us every day. Some have already moved part of their orders,” said Jane Roe, "
        "executive president of the Acme Exporters Association."
    )
    assert _indirect(text) == []
    assert _direct(text)[0][1] == "jane roe"
