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


def test_an_area_or_a_run_together_brand_after_a_first_name_is_no_person() -> None:
    text = (
        "Few children in Tyler County were vaccinated, said Ruth Amsel, a nurse. "
        "Anyone with information can call Dallas SafeWatch at 555-0100."
    )
    people = _people(text)
    assert "Ruth Amsel" in people
    assert not people & {"Tyler County", "Dallas SafeWatch"}


def test_a_surname_with_a_short_prefix_capital_stays_a_person() -> None:
    text = "The bill was backed by Maria DeSantis and Ian McDonald, who said it was overdue."
    assert {"Maria DeSantis", "Ian McDonald"} <= _people(text)


def test_an_arabic_article_opening_three_words_is_no_new_person() -> None:
    text = (
        "Ahmed Saeed Al Ketbi, managing director of the brokerage Al Ketbi Realty in Deira, said sales "
        "of the Al Warqa Gardens project were strong."
    )
    people = _people(text)
    assert "Ahmed Saeed Al Ketbi" in people
    assert not people & {"Al Ketbi Realty", "Al Warqa Gardens"}


def test_a_company_named_again_without_its_legal_form_is_no_person() -> None:
    text = (
        "The fire began in the workshop of Minh Long Textile Co., Ltd on Tuesday. A representative of "
        "Minh Long Textile said the company would pay for the funerals."
    )
    extraction = run(text)
    assert "Minh Long Textile" not in {p.name for p in extraction.people}


def test_two_names_joined_by_and_are_no_siblings() -> None:
    text = "Cole Bramley and Mathieu Roussel-Gagné scored for the Comets, who have won four straight."
    people = _people(text)
    assert {"Cole Bramley", "Mathieu Roussel-Gagné"} <= people
    assert "Bramley Roussel-Gagné" not in people


def test_siblings_sharing_a_surname_are_still_two_people() -> None:
    text = "The farm is run by Liam and Sarah Kettering, who said the drought was the worst in years."
    assert {"Liam Kettering", "Sarah Kettering"} <= _people(text)


def test_vietnamese_family_name_before_thi_or_van_is_kept() -> None:
    text = (
        "Deputy Chairwoman of the Provincial People's Committee Vu Thi Mai Lan visited the injured on "
        "Wednesday. Ho Van Duc, a worker, said the fire spread fast."
    )
    people = _people(text)
    assert {"Vu Thi Mai Lan", "Ho Van Duc"} <= people
    assert "Thi Mai Lan" not in people


def test_a_verb_after_the_name_opens_no_role() -> None:
    text = "The group's leader, Priya Sand, has written to the minister. Sand said the cuts were unfair."
    extraction = run(text)
    person = next(p for p in extraction.people if p.name == "Priya Sand")
    assert "has written to the minister" not in person.titles
    # A role after the name is still read: ", a lawyer for the family,".
    other = run("Tomas Reyes, a lawyer for the family, said the ruling was wrong.").people[0]
    assert "lawyer" in other.titles


def test_a_person_a_foundation_is_named_after_stays_a_person() -> None:
    text = (
        "The Rashid Khalfan Al Ketbi Foundation paid for the school. Rashid Khalfan Al Ketbi said he "
        "was proud of it."
    )
    assert "Rashid Khalfan Al Ketbi" in _people(text)
