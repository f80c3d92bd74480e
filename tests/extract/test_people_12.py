"""People: writers credited further down the lines over the story, and names the lists miss."""

from app.extract import run
from app.extract.document import split_document

_STORY = (
    "The Varnok water board said on Monday that the plant at Quellby would stay shut for a week while "
    "engineers replaced a failed pump, and that tankers would serve the worst-hit streets.\n\n"
    '"We are sorry for the trouble," said Dana Morrow, the board\'s operations manager.'
)


def _people(text: str) -> set[str]:
    return {p.name for p in run(text).people}


def test_by_line_under_score_lines_is_the_writer() -> None:
    text = f"Quellby 27-20 Varnok\n\nQuellby (13) 27\nTries: Holt 2\nVarnok (10) 20\n\nBy Rowan Tellis, at Quellby Park\n\n{_STORY}"
    document = split_document(text)
    assert document.byline is not None and document.byline.startswith("Rowan Tellis")
    assert "Rowan Tellis" not in _people(text)
    assert "Dana Morrow" in _people(text)


def test_lower_case_by_under_a_standfirst_is_the_writer() -> None:
    text = f"Board shuts plant\n\nTankers will serve streets. The pump failed.\n\nby Rowan Tellis\nApril 9, 2025\n\n{_STORY}"
    assert split_document(text).byline == "Rowan Tellis"
    assert "Rowan Tellis" not in _people(text)


def test_credit_in_parts_under_a_kicker_and_standfirst() -> None:
    text = (
        "WATER\n\nBoard shuts the Quellby plant\n\nA failed pump left homes dry.\n\n"
        f"Nathan Perrow – Oct 2, 2025 6:12 pm UTC\n\n{_STORY}"
    )
    assert split_document(text).byline == "Nathan Perrow"
    assert "Nathan Perrow" not in _people(text)


def test_name_over_a_hyphenated_date() -> None:
    text = f"Board shuts plant\n\nQuellby 27 beat Varnok 20\n\nRowan Tellis\n08-Nov-2025\n\n{_STORY}"
    assert split_document(text).byline == "Rowan Tellis"


def test_name_with_outlet_in_brackets_keeps_the_outlet() -> None:
    text = f"Board shuts plant\n\nNathan Perrow (The Quellby Ledger)\nQuellby, Tue, September 16, 2025\n\n{_STORY}"
    document = split_document(text)
    assert document.byline == "Nathan Perrow"
    assert "Quellby Ledger" in document.body
    assert "Nathan Perrow" not in document.body


def test_author_label_block_with_disclosure_is_no_part_of_the_story() -> None:
    text = (
        "Why the pump failed\n\nPublished: June 3, 2025 2.14pm EDT\n\nAuthor\n\nRowan Tellis\n\n"
        "Associate Professor of Engineering, Quellby University\n\nDisclosure statement\n\n"
        f"Rowan Tellis receives funding from the Varnok Trust.\n\n{_STORY}"
    )
    document = split_document(text)
    assert document.byline == "Rowan Tellis"
    assert "Rowan Tellis" not in document.body and "Varnok Trust" not in document.body
    assert "Rowan Tellis" not in _people(text)


def test_name_in_the_story_is_no_credit() -> None:
    # A sentence of the story that names someone is no credit line, however near the top.
    text = f"Board shuts plant\n\nRowan Tellis said the pump failed.\n\n{_STORY}"
    assert split_document(text).byline is None
    text = f"Board shuts plant\n\nQuellby 27 beat Varnok 20\n\nBy the end of the week, the pump was fixed.\n\n{_STORY}"
    assert split_document(text).byline is None


def test_the_before_the_words_names_a_thing() -> None:
    assert _people("The vote would amend the Quellby Constitution to route money to towns.") == set()
    assert _people("He was taken to the Royal Quellby Infirmary, where he remains.") == set()
    text = "Mayor Dana Morrow told the Varnok Bulletin that the town flooded."
    assert _people(text) == {"Dana Morrow"}
    # A title or honorific after "the" still opens a person's name.
    assert "Dana Morrow" in _people("A letter from the Rev. Dana Morrow was read out.")


def test_appositive_going_on_with_that_is_an_organisation() -> None:
    text = "Reporters asked Hollis Quellnet, a regional internet provider that ships the model, about it."
    assert _people(text) == set()
    assert "Hollis Quellnet" in {o.name for o in run(text).organisations}
    text = "Dana Morrow, a childcare provider who runs a nursery, said it was hard."
    assert _people(text) == {"Dana Morrow"}


def test_arabic_article_after_from_opens_a_place() -> None:
    assert _people('"We drove from Al Quraya after work," said a fan.') == set()
    text = "A letter from Al Morrow arrived. Morrow said it was urgent."
    assert "Al Morrow" in _people(text)


def _titles(text: str, name: str) -> tuple[str, ...]:
    return next(p.titles for p in run(text).people if p.name == name)


def test_okina_is_a_letter_of_the_name() -> None:
    text = "Sione Fakaʻosi Tupou, 41, from Vavaʻu, has picked apples for six seasons."
    assert "Sione Fakaʻosi Tupou" in _people(text)
    text = "Ruritania's Chief Executive Officer for Labour, ʻAna Mateo-Hufanga, said the ministry would act."
    assert "ʻAna Mateo-Hufanga" in _people(text)


def test_unlisted_name_with_an_aged_appositive() -> None:
    text = "Quorbek Tashmatov, a 58-year-old former tenant of the block, told reporters he had left."
    assert "Quorbek Tashmatov" in _people(text)
    # A building's age says nothing of a person.
    assert _people("Quellby Varnhall, a 90-year-old building near the port, was demolished.") == set()


def test_name_in_apposition_after_kin_plural_post_or_capital_post() -> None:
    text = "The jailed man's mother, Zhyldyz Tashmatova, said her son had only been filming."
    assert "Zhyldyz Tashmatova" in _people(text)
    text = "One of Quellby Haulage's two directors, Thabiso Mokwena, is a cousin of the mayor."
    assert _titles(text, "Thabiso Mokwena")[0] == "director"
    text = "Ruritania's Minister of Trade, Industry and Labour, Tofilau Aleni Sefo, said he had written."
    assert _titles(text, "Tofilau Aleni Sefo") == ("Minister of Trade, Industry and Labour",)
    # No post before the comma: no person from the comma alone.
    assert _people("Crowds gathered in Quellby, Tashmat Orvek, and the old port.") == set()


def test_media_crew_jobs_before_a_name() -> None:
    text = "The court sentenced cameraman Quorbek Tashmatov to three years."
    assert _titles(text, "Quorbek Tashmatov") == ("cameraman",)


def test_contact_reporter_line_is_a_credit() -> None:
    text = f"{_STORY}\n\nContact reporter Quorbek Tashmatov (qt@example.com)"
    assert "Quorbek Tashmatov" not in _people(text)


def test_amharic_courtesy_forms_are_no_part_of_the_name() -> None:
    text = "The bureau's head, Ato Tesfaye Gebremariam, told reporters the work was done. He said more would come."
    assert "Tesfaye Gebremariam" in _people(text)
    text = "W/ro Tsehay Gebreyes, who ran a bakery, said she lost her home."
    assert "Tsehay Gebreyes" in _people(text)


def test_rugby_positions_before_unlisted_names() -> None:
    text = "Fly-half Ruaraidh Crombach kicked 12 points and scrum-half Tomoswyn Prydd scored."
    assert {"Ruaraidh Crombach", "Tomoswyn Prydd"} <= _people(text)


def test_role_holder_saying_it_is_a_person() -> None:
    text = "Local councillor Zorba Quellan said it was the third notice this year."
    assert "Zorba Quellan" in _people(text)
    # With no role before, a name that "said it would" is still read as a company.
    assert "Zorba Quellan" not in _people("Zorba Quellan said it would appeal the ruling.")


def test_abbreviated_muhammad_opens_the_name() -> None:
    text = (
        '"It is progress," said the group\'s coordinator, Moh. Rizal Pratamaputra. He said more was needed.'
    )
    assert "Moh. Rizal Pratamaputra" in _people(text)
    assert "Rizal Pratamaputra" not in _people(text)


def test_family_name_and_syllabic_given_name_after_a_long_title() -> None:
    text = "Minister of Digital Affairs Lin Wei-ting is scheduled to brief the committee on Thursday."
    assert _titles(text, "Lin Wei-ting") == ("Minister of Digital Affairs",)


def test_local_officers_capitalised_post_before_a_name() -> None:
    text = "Former District Engineer Quorin Pabalawan, one of the officials relieved, declined to answer."
    assert "Quorin Pabalawan" in _people(text)


def test_portfolio_after_for_opens_no_name() -> None:
    text = "He is a cousin of Mayoral Committee Member for Infrastructure Thandeka Mokoena-Dube."
    assert "Thandeka Mokoena-Dube" in _people(text)
    # A plural second word goes on with the portfolio: "Affairs" is no given name.
    text = '"It is late," French Minister Delegate for Digital Affairs Claire Aubrac-Vasseur told reporters.'
    assert _people(text) == {"Claire Aubrac-Vasseur"}


def test_quoted_nickname_between_unlisted_given_name_and_surname() -> None:
    text = 'Ruairidh "Big Eck" McAllaster scored two tries as the home side held on.'
    assert "Ruairidh McAllaster" in _people(text)
    # Quoted words between two capitalised words that are no names join nothing.
    assert _people('The Senate "Reform" Bill passed on Monday.') == set()


def test_by_line_with_a_class_year_is_the_writer() -> None:
    text = (
        "ALUMNI PROFILES\n\nThe Pump That Travels\n\nDana Morrow ’09 built a pump that fits in a bag.\n\n"
        f"By Rowan Tellis ’95\n\n{_STORY}"
    )
    assert split_document(text).byline == "Rowan Tellis ’95"
    assert "Rowan Tellis" not in _people(text)
