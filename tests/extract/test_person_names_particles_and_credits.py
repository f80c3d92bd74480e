"""People whose names carry Arabic, Portuguese or Indian particles and honorifics, people named after a
possessive owner, and capitalised words that are never people (bylines, credits, team names)."""

from app.extract import run


def _people(text: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {p.name: (p.titles, tuple(a.organisation_key for a in p.affiliations)) for p in run(text).people}


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_key for q in run(text).quotes if q.kind == "direct"]


# --- the Arabic article joined to a family name ----------------------------------------------------


def test_a_family_name_with_the_arabic_article_is_part_of_the_full_name() -> None:
    text = (
        "Talal bin Rashid al-Dosari, an adviser to the ministry, said on Monday the talks would resume.\n\n"
        "“We are ready,” al-Dosari told reporters."
    )
    people = _people(text)
    assert list(people) == ["Talal bin Rashid al-Dosari"]
    assert _speakers(text) == ["talal bin rashid al-dosari"]


def test_a_place_with_the_arabic_article_is_no_person() -> None:
    text = "Families fled to Deir el-Ahmar on Monday, the agency said."
    assert _people(text) == {}


# --- a person after a possessive owner -------------------------------------------------------------


def test_a_titled_name_after_a_country_possessive_is_a_person() -> None:
    text = "Norway’s Trade Minister Lars Brekke said on Monday the talks had failed."
    assert _people(text) == {"Lars Brekke": (("Trade Minister",), ())}


def test_an_organisation_possessive_before_a_name_is_the_person_s_affiliation() -> None:
    text = "Reuters’s Maria Lindqvist said on Monday the talks had failed."
    assert _people(text) == {"Maria Lindqvist": ((), ("reuters",))}


def test_a_possessive_before_an_organisation_makes_no_person() -> None:
    text = "Norway’s Ministry of Trade said on Monday the talks had failed."
    assert _people(text) == {}


# --- Arabic and Portuguese particles in surnames written alone --------------------------------------


def test_an_arabic_surname_opening_with_abu_resolves_to_the_full_name() -> None:
    text = (
        "Karim Abu Shanab, a farmer, said the crops had failed.\n\n“We have nothing left,” Abu Shanab said."
    )
    assert list(_people(text)) == ["Karim Abu Shanab"]
    assert _speakers(text) == ["karim abu shanab"]


def test_abu_alone_before_a_name_is_no_surname_of_someone_else() -> None:
    text = "Karim Haddad, a farmer, said the crops had failed.\n\n“We have nothing left,” Abu Shanab said."
    assert "karim haddad" not in _speakers(text)


def test_a_portuguese_particle_surname_at_a_sentence_start_is_the_person_not_an_organisation() -> None:
    # "Lima" is also a city: "De Lima said" is still the economist, not a body like "Water UK".
    text = (
        "Lúcia Maria de Lima, chief economist at Banco Exemplo, wrote in a note.\n\n"
        "De Lima said the bank was worried about wages."
    )
    extraction = run(text)
    assert [p.name for p in extraction.people] == ["Lúcia Maria de Lima"]
    assert "De Lima" not in [o.name for o in extraction.organisations]
    assert [q.speaker_key for q in extraction.quotes] == ["lucia maria de lima"]


def test_a_place_then_a_reporting_verb_is_still_an_organisation() -> None:
    text = "Water UK said the industry would invest more."
    assert [o.name for o in run(text).organisations] == ["Water UK"]


def test_a_title_and_name_after_an_organisation_noun_are_its_officer() -> None:
    text = "Central bank President Tomás de Almeida told lawmakers the bank would wait."
    extraction = run(text)
    assert _people(text) == {"Tomás de Almeida": (("President",), ())}
    assert "President Tomás de Almeida" not in [o.name for o in extraction.organisations]


def test_a_name_after_an_organisation_noun_is_still_an_organisation() -> None:
    text = (
        "Shares in the lender Banco Exemplo fell after the industry group Minerals Europe said demand fell."
    )
    assert "Minerals Europe" in [o.name for o in run(text).organisations]


# --- given names from South Asia and the Arab world ---------------------------------------------------


def test_common_indian_and_arabic_given_names_start_a_name() -> None:
    text = (
        "Opposition MP Rajesh Tiwari said the exam should be cancelled. Suresh Mehrotra said the same. "
        "Waleed Qabbani said nothing."
    )
    assert set(_people(text)) == {"Rajesh Tiwari", "Suresh Mehrotra", "Waleed Qabbani"}


# --- bylines and credits name the paper's staff, not people in the story --------------------------


def test_a_byline_with_the_writer_s_post_is_no_person() -> None:
    text = (
        "Hospital waits grow\n\nBy Martha Quigley, Health correspondent\n\n"
        "Waiting lists grew again, Dr Owen Falk said on Monday."
    )
    extraction = run(text)
    assert [p.name for p in extraction.people] == ["Owen Falk"]
    assert extraction.document.byline == "Martha Quigley, Health correspondent"
    assert "Quigley" not in extraction.document.body


def test_a_byline_after_a_standfirst_without_by_is_no_person() -> None:
    text = (
        "Rivers in worst state on record\n\n"
        "Only one stretch is in good health, as campaigners demand action\n\n"
        "Martha Quigley, environment correspondent\n\n"
        "Rivers are in their worst condition since monitoring began, Owen Falk said."
    )
    assert [p.name for p in run(text).people] == ["Owen Falk"]


def test_a_first_paragraph_naming_someone_with_a_role_stays_in_the_story() -> None:
    text = "Rivers in worst state\n\nMartha Quigley, a farmer, said the river had died.\n\nNobody disagreed."
    extraction = run(text)
    assert [p.name for p in extraction.people] == ["Martha Quigley"]
    assert extraction.document.byline is None


def test_edited_by_and_photo_credit_lines_are_no_people() -> None:
    text = (
        "Owen Falk said on Monday the talks had failed.\n\n"
        "Photo: Martha Quigley/Agency\n\n"
        "Edited by: Rhona Beckett"
    )
    assert [p.name for p in run(text).people] == ["Owen Falk"]


# --- a city and a plural nickname name a team ---------------------------------------------------------


def test_a_city_and_a_plural_nickname_are_a_team_not_a_person() -> None:
    text = (
        "The Denver Stallions rallied to beat the Seattle Comets 27-24 on Sunday.\n\n"
        "“That kid has been doing that since camp,” said Stallions linebacker Marcus Tello.\n\n"
        "The Stallions (6-4) have won four of five."
    )
    extraction = run(text)
    assert [p.name for p in extraction.people] == ["Marcus Tello"]
    assert {"Denver Stallions", "Seattle Comets"} <= {o.name for o in extraction.organisations}
    assert _people(text)["Marcus Tello"][0] == ("linebacker",)
    assert [q.speaker_key for q in extraction.quotes] == ["marcus tello"]


def test_a_person_named_like_a_city_with_a_plural_looking_surname_stays_a_person() -> None:
    text = "Austin Rivers said on Monday he would retire."
    assert list(_people(text)) == ["Austin Rivers"]


def test_said_then_an_organisation_alone_is_still_the_organisation() -> None:
    text = "“We will appeal,” said Acme Holdings, which makes widgets."
    assert [q.speaker_key for q in run(text).quotes] == ["acme holdings"]


# --- a three-part South Asian name whose first given name no list holds ----------------------------


def test_a_three_part_name_with_a_listed_middle_given_name_is_a_person_not_an_organisation() -> None:
    text = (
        "The Special Task Force (STF) made the arrests.\n\n"
        "Inspector General (IG), STF, Nalvik Kishore Pandey told reporters that six people were held."
    )
    extraction = run(text)
    assert [p.name for p in extraction.people] == ["Nalvik Kishore Pandey"]
    assert "Nalvik Kishore Pandey" not in [o.name for o in extraction.organisations]


def test_three_capitalised_words_with_no_given_name_in_the_middle_can_still_be_an_organisation() -> None:
    text = "Shares in Persimmon and Barratt Redrow Homes fell. Barratt Redrow Homes said it would appeal."
    assert "Barratt Redrow Homes" in [o.name for o in run(text).organisations]


# --- a speaker named after an organisation's short name and a capitalised title --------------------


def test_a_name_after_an_organisation_word_and_a_capitalised_title_speaks() -> None:
    text = (
        "Harlow Metals made a bid for the miner on Monday.\n\n"
        '"We have been turned away every time," Harlow Chief Executive Wendy Marsh told reporters.'
    )
    assert _speakers(text) == ["wendy marsh"]


def test_capitalised_words_then_no_verb_give_no_speaker() -> None:
    text = 'Wendy Marsh ran the bid.\n\n"We have been turned away every time." Harlow Chief Executive Wendy Marsh left.'
    assert _speakers(text) == [None]


# --- particle surnames opening a sentence -------------------------------------------------------------


def test_a_dutch_particle_surname_that_is_also_a_place_resolves_to_the_full_name() -> None:
    # "Van" is also a Turkish city, "Jan" also a month: neither splits the name.
    text = "Jan van der Berg, a farmer, said the dykes held.\n\nVan der Berg said he was tired."
    extraction = run(text)
    assert [p.name for p in extraction.people] == ["Jan van der Berg"]
    assert [q.speaker_key for q in extraction.quotes] == ["jan van der berg", "jan van der berg"]


def test_a_month_abbreviation_before_a_name_is_no_part_of_it() -> None:
    text = "Sales fell in Jan. Pieter Claes said the market was calm."
    assert list(_people(text)) == ["Pieter Claes"]


def test_a_capitalised_particle_surname_at_a_sentence_start_is_no_new_person() -> None:
    text = (
        "Tomás de Almeida said rates would fall.\n\n"
        "De Almeida, a former deputy governor, said inflation was easing."
    )
    extraction = run(text)
    assert [p.name for p in extraction.people] == ["Tomás de Almeida"]
    assert [q.speaker_key for q in extraction.quotes] == ["tomas de almeida", "tomas de almeida"]


def test_a_capitalised_arabic_article_surname_at_a_sentence_start_resolves() -> None:
    text = (
        "Talal al-Hashimi, a minister, said the talks would resume.\n\nAl-Hashimi said the talks were close."
    )
    extraction = run(text)
    assert [p.name for p in extraction.people] == ["Talal al-Hashimi"]
    assert [q.speaker_key for q in extraction.quotes] == ["talal al-hashimi", "talal al-hashimi"]


# --- Indian honorifics and honorifics after a title ---------------------------------------------------


def test_indian_honorifics_are_no_part_of_the_name_or_title() -> None:
    assert _people("Union Minister Shri Anand Mehra said the roads were ready.") == {
        "Anand Mehra": (("Minister",), ())
    }
    assert list(_people("Smt Kavya Iyer, a teacher, said the exam was unfair.")) == ["Kavya Iyer"]


def test_an_honorific_between_a_title_and_a_name_is_no_part_of_the_title() -> None:
    assert _people("Health Minister Dr Jane Roe said the wards were full.") == {
        "Jane Roe": (("Health Minister",), ())
    }


def test_sri_lankan_is_still_no_honorific_and_no_person() -> None:
    assert _people("A Sri Lankan spinner took five wickets, Jane Roe said.") == {"Jane Roe": ((), ())}


def test_bylines_with_a_place_or_an_outlet_and_sign_offs_are_no_people() -> None:
    for text in (
        "Waits grow\n\nBy Martha Quigley in Leeds\n\nWaiting lists grew again, Owen Falk said on Monday.",
        "Waits grow\n\nMartha Quigley | Daily Planet\n\nWaiting lists grew again, Owen Falk said on Monday.",
        "Waits grow\n\nWaiting lists grew again, Owen Falk said on Monday.\n\n— Martha Quigley",
        "Waits grow\n\nWaiting lists grew again, Owen Falk said.\n\n"
        "Martha Quigley is the Health Editor of the Daily Planet.",
    ):
        assert [p.name for p in run(text).people] == ["Owen Falk"], text


def test_a_last_line_about_a_journalist_in_the_story_keeps_her() -> None:
    text = (
        "Reporter freed\n\nMartha Quigley was freed on Monday after 40 days, Owen Falk said.\n\n"
        "Quigley is a reporter for the Daily Planet."
    )
    assert set(_people(text)) == {"Martha Quigley", "Owen Falk"}
    text = (
        "Reporter freed\n\nOwen Falk said the paper was glad.\n\nMartha Quigley is a reporter who was held."
    )
    assert set(_people(text)) == {"Martha Quigley", "Owen Falk"}


# --- posts written as acronyms are titles, not organisations --------------------------------------


def test_a_post_written_as_an_acronym_is_a_title_not_an_organisation() -> None:
    text = (
        "Additional Director General (ADG) Ravi Menon said six people were held. "
        "Every time, the CM orders a probe, Kiran Rao said."
    )
    extraction = run(text)
    assert not {"ADG", "CM"} & {o.name for o in extraction.organisations}
    assert set(_people(text)) == {"Ravi Menon", "Kiran Rao"}


def test_an_undefined_acronym_that_is_no_post_is_still_an_organisation() -> None:
    assert "WTTC" in [o.name for o in run("The WTTC said travel would recover.").organisations]


def test_a_participle_set_off_by_a_comma_after_said_is_no_reported_clause() -> None:
    quotes = run("“We will not sign,” Karim Haddad said, speaking by phone from the capital.").quotes
    assert [(q.kind, q.speaker_key) for q in quotes] == [("direct", "karim haddad")]


def test_a_gerund_subject_right_after_said_is_still_a_reported_clause() -> None:
    quotes = run("Karim Haddad said spending would rise next year.").quotes
    assert [(q.kind, q.text) for q in quotes] == [("indirect", "spending would rise next year")]


def test_a_town_that_is_also_a_word_and_a_plural_nickname_after_the_are_a_team() -> None:
    text = "The Stallions visit the Buffalo Comets on Sunday, coach Jane Roe said."
    extraction = run(text)
    assert "Buffalo Comets" in [o.name for o in extraction.organisations]
    assert [p.name for p in extraction.people] == ["Jane Roe"]


def test_a_run_opened_by_the_arabic_article_keeps_the_capitalised_words_after_it() -> None:
    extraction = run("The al-Masri Group said it would appeal.")
    assert [o.name for o in extraction.organisations] == ["al-Masri Group"]
    assert extraction.people == ()


# --- things named after people ------------------------------------------------------------------------


def test_an_airport_or_port_named_after_someone_is_no_person() -> None:
    assert _people("Flights from Charles de Gaulle airport were cancelled, the airline said.") == {}
    assert _people("The King Abdullah Port handled more cargo, officials said.") == {}


def test_a_person_whose_surname_is_also_a_place_word_stays_a_person() -> None:
    assert list(_people("Jane Park, a nurse, said the ward was full.")) == ["Jane Park"]
