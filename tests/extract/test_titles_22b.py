"""People's titles, pass 22b (all sentences made up)."""

from app.extract import run
from tests.extract.reading import titles_and_organisations

# --- "Eng." before a name: an engineer's courtesy form, no part of the name or the post ------------


def test_engineer_courtesy_form_keeps_the_post_before_it() -> None:
    text = (
        "Transit deal\n\nThe deal was signed by Jordan's Minister of Transport, Eng. Jane Roe, "
        "and the trade minister on Monday.\n"
    )
    titles, _ = titles_and_organisations(text, "Jane Roe")
    assert "Minister of Transport" in titles


def test_eng_before_no_name_makes_no_person() -> None:
    text = "Reading list\n\nJane Roe, who studied Eng. at Acme University, said the course was hard.\n"
    assert [(p.name, p.titles) for p in run(text).people] == [("Jane Roe", ())]
