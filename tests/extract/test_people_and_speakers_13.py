"""People: Arabic and Malay patronymic particles, Malaysian conferred styles, ages that show a person."""

from app.extract import run


def _people(text: str) -> set[str]:
    return {person.name for person in run(text).people}


def test_bint_and_binti_join_a_name_like_bin() -> None:
    text = (
        "Dr Warda bint Khalfan Al Harthy, who led the survey, said the herds had grown. "
        "Siti Aminah binti Razak, a spokeswoman for the board, said prices fell."
    )
    people = _people(text)
    assert "Warda bint Khalfan Al Harthy" in people
    assert "Siti Aminah binti Razak" in people
    assert not people & {"Warda", "Khalfan Al Harthy", "Siti Aminah", "Razak"}


def test_malaysian_conferred_styles_are_no_part_of_the_name() -> None:
    text = (
        "Trade Minister Datuk Seri Amran bin Yusof said exports of palm oil had risen sharply in the third quarter. "
        "Tan Sri Zainab binti Osman, who chairs the board, said prices fell. "
        "Datuk Ahmad Zaki Hamid said no. Tan Wei Ming, a trader, said yes."
    )
    extraction = run(text)
    people = {person.name for person in extraction.people}
    assert {"Amran bin Yusof", "Zainab binti Osman", "Ahmad Zaki Hamid", "Tan Wei Ming"} <= people
    assert not any(name.startswith(("Datuk", "Seri", "Sri", "Tan Sri")) for name in people)
    speakers = {quote.speaker_key for quote in extraction.quotes}
    assert "amran bin yusof" in speakers


def test_an_age_in_brackets_or_after_the_surname_shows_a_person() -> None:
    text = (
        "Tafadzwa Chikore-Banda (47) of Mbare was remanded in custody. "
        "His co-accused, Rufaro Ngwenya (52), the director of a trading firm, was granted bail."
    )
    people = _people(text)
    assert {"Tafadzwa Chikore-Banda", "Rufaro Ngwenya"} <= people
    text = "Above the village, Nodirjon Qurbonov walks between the stumps. Qurbonov, 61, now grows onions."
    assert "Nodirjon Qurbonov" in _people(text)


def test_a_bracketed_number_after_a_team_or_a_place_is_no_age() -> None:
    text = "Harbour City (12) of the northern league beat Lakeside Rovers, and Port Ellen (3) was cut off."
    assert not _people(text)
    text = "Kelburn, 58, was the score. The Kelburn Valley Trust said it would appeal."
    assert not _people(text)


def test_a_post_before_a_name_ending_in_a_town_makes_it_a_person() -> None:
    text = "Harbour coach Tenoch Malaga said his team had lost its composure in the final quarter."
    extraction = run(text)
    assert "Tenoch Malaga" in {person.name for person in extraction.people}
    assert "Tenoch Malaga" not in {org.name for org in extraction.organisations}
    text = "Telekom Austria said it would cut 300 jobs in the coming year."
    assert not _people(text)


def test_arabic_and_malay_landform_words_open_places_not_people() -> None:
    text = (
        "Rangers placed cameras across the Jabal Tarfa and Jabal Al Hazm ranges. "
        "Hikers in Wadi Safra said the trail was closed, and Gunung Berapit was shut."
    )
    people = _people(text)
    assert not any(name.split()[0] in ("Jabal", "Wadi", "Gunung") for name in people)


def test_a_relative_named_by_one_given_name_is_a_person() -> None:
    text = (
        "Nodir Qurbonov, 61, grows onions. Qurbonov's eldest son, Farrukh, spent four years abroad. "
        '"If the crop works, I will stay," Farrukh said. His wife, Paris, said no. '
        "The company's main brother, Acme, was sold."
    )
    extraction = run(text)
    people = {person.name for person in extraction.people}
    assert "Farrukh" in people
    assert not people & {"Paris", "Acme"}
    assert "farrukh" in {quote.speaker_key for quote in extraction.quotes}
