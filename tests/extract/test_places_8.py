"""Places from the eighth held-out set's styles (all sentences made up)."""

from app.extract import run
from app.extract.document import split_document


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country_code) for p in run(text).places}


_UNDER_A_STANDFIRST = (
    "Rail fares to rise again\n\n"
    "Commuters face a third increase in two years\n\n"
    "Published Apr 2, 2025, 09:10 AM\n\n"
    "{dateline} Rail fares will rise by 4 per cent from July, the operator said on Wednesday, "
    "blaming higher energy costs and a shortage of drivers across the network.\n\n"
    "The operator said the increase would be reviewed next year."
)


def test_capitals_dateline_under_a_standfirst_and_date_lines() -> None:
    text = _UNDER_A_STANDFIRST.format(dateline="OSLO –")
    document = split_document(text)
    assert document.dateline_place == "OSLO"
    assert document.dateline is not None
    assert document.body[document.dateline.start : document.dateline.end].startswith("OSLO –")
    assert ("Oslo", "NO") in _places(text)


def test_capitals_label_under_a_standfirst_is_no_dateline() -> None:
    document = split_document(_UNDER_A_STANDFIRST.format(dateline="UPDATE –"))
    assert document.dateline is None


def test_capitals_opening_past_the_story_start_is_no_dateline() -> None:
    lede = "Rail fares will rise by 4 per cent from July, the operator said, " * 5
    document = split_document(f"{lede}\n\nOSLO – The operator said the rise would be reviewed.")
    assert document.dateline is None


def test_dateline_city_province_and_country() -> None:
    text = (
        "CEBU CITY, Cebu, Philippines — Floods forced 3,000 families from their homes on "
        "Monday, officials said."
    )
    assert split_document(text).dateline_place == "CEBU CITY"
    places = _places(text)
    assert ("Philippines", "PH") in places
    assert ("Cebu City", "PH") in places
