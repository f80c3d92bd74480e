"""People's names, bylines and posts, ninth round, second pass (all sentences made up)."""

from app.extract import run


def _people(text: str) -> set[str]:
    return {p.name for p in run(text).people}


def test_arabian_and_akan_courtesy_forms_are_no_part_of_the_name() -> None:
    text = (
        "The talks were hosted by Oman's foreign minister, Sayyid Faris bin Nasser Al Habsi. "
        "Opanin Kwame Boateng, a 63-year-old farmer at Tafo, said the price was too low."
    )
    people = _people(text)
    assert "Faris bin Nasser Al Habsi" in people
    assert "Kwame Boateng" in people
    assert not any(name.startswith(("Sayyid", "Opanin")) for name in people)


def test_a_bystander_word_opening_a_sentence_is_no_part_of_the_name() -> None:
    text = (
        "Police closed the road on Sunday. Neighbor Janelle Pruitt said she heard four shots. "
        "Witness Darnell Okafor told reporters the car sped off."
    )
    people = _people(text)
    assert {"Janelle Pruitt", "Darnell Okafor"} <= people
    assert not any(name.startswith(("Neighbor", "Witness")) for name in people)


def test_a_bystander_word_inside_a_sentence_stays_in_the_name() -> None:
    # Not at a sentence start: the capitalised word is the surname it looks like.
    text = "The fund was set up by Amy Voter, who said the money would go to schools."
    assert "Amy Voter" in _people(text)


def test_byline_at_a_venue_is_no_person_of_the_story() -> None:
    text = (
        "Kessler reaches the final\n\nBy Marion Tull at the Riverside Tennis Centre\n\n"
        "Ana Kessler beat Petra Lund 6-3, 6-4 on Tuesday. “I played well,” Kessler said."
    )
    extraction = run(text)
    assert extraction.document.byline is not None and "Marion Tull" in extraction.document.byline
    assert "Marion Tull" not in {p.name for p in extraction.people}


def test_byline_with_a_slash_and_staff_post() -> None:
    text = (
        "Council rejects the water plan\n\nDesmond Rowe/Staff Reporter\n\n"
        "The parish council on Monday rejected a plan to cut water supply, its chairman, Ivan Small, said."
    )
    extraction = run(text)
    assert extraction.document.byline == "Desmond Rowe"
    assert "Desmond Rowe" not in {p.name for p in extraction.people}


def test_writers_with_their_cities_in_brackets_under_a_standfirst() -> None:
    text = (
        "Thousands march against the bill\n\n"
        "The unions counted 900,000 marchers. The government says it will not back down.\n\n"
        "By Hélène Marchal (Lyon) and Jean-Luc Le Bihan (Brest)\n\n"
        "Marchers filled the streets of Lyon on Thursday, said Paul Girard, a union official."
    )
    people = _people(text)
    assert "Paul Girard" in people
    assert not people & {"Hélène Marchal", "Jean-Luc Le Bihan"}


def test_a_name_alone_under_a_standfirst_is_the_writer() -> None:
    text = (
        "Landslide buries four houses\n\n"
        "Rescuers have searched the debris since Thursday. Rain is slowing the work.\n\n"
        "Anita Gurung\n\n"
        "Four houses were buried in the village of Dhap early on Thursday, said Hari Thapa, a police officer."
    )
    extraction = run(text)
    assert extraction.document.byline == "Anita Gurung"
    assert "Anita Gurung" not in {p.name for p in extraction.people}


def test_a_line_that_is_no_name_under_a_standfirst_stays_in_the_story() -> None:
    text = (
        "Landslide buries four houses\n\n"
        "Rescuers have searched the debris since Thursday. Rain is slowing the work.\n\n"
        "Search Continues\n\n"
        "Four houses were buried in the village of Dhap early on Thursday, said Hari Thapa, a police officer."
    )
    assert run(text).document.byline is None
