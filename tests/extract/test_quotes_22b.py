"""Quotes and speakers, pass 22b: second pass on speakers and no-speaker quotes (all sentences made up)."""

from tests.extract.reading import speaker_of

# --- a surname after an abbreviated, modified title: "said Asst Prof Roe" ---------------------------

_LED_BY = "Sensor study\n\nThe study was led by Assistant Professor Jane Roe from Acme University.\n\n"


def test_surname_after_modified_abbreviated_title_is_the_speaker() -> None:
    text = _LED_BY + '"The sensor works in the field," said Asst Prof Roe.\n'
    assert speaker_of(text, "The sensor works") == "jane roe"


def test_modified_title_before_an_unknown_surname_names_nobody_known() -> None:
    text = _LED_BY + '"The sensor works in the field," said Asst Prof Lee.\n'
    assert speaker_of(text, "The sensor works") != "jane roe"
