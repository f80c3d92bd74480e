"""Round-23 people rules: court and police ranks kept out of names, a Chinese name's two-word given name
as its short form, Catalan and particle surnames, words that open no person's name, and posts written
after a name with a unit, a wing, a settlement or a body named in lower case."""

from app.extract import run
from tests.extract.reading import people_with_affiliations as _people
from tests.extract.reading import speaker_of


def _names(text: str) -> list[str]:
    return [p.name for p in run(text).people]


# --- people found, and their names kept whole ----------------------------------------------------------


def test_a_magistrate_and_a_sub_inspector_styled_before_the_name_are_posts() -> None:
    text = (
        "The case continued on Monday before Principal Magistrate Awa Sillah-Touray at the town court.\n\n"
        "Police prosecutor Sub-Inspector Omar Kebbeh then applied for an adjournment of the hearing."
    )
    people = _people(text)
    assert people["Awa Sillah-Touray"][0] == ("Principal Magistrate",)
    assert "Sub-Inspector" in people["Omar Kebbeh"][0]


def test_a_chinese_name_is_found_and_called_by_its_two_word_given_name() -> None:
    text = (
        "Goh Boon Hock gave the home crowd plenty to cheer about when he won his quarter-final on Friday.\n\n"
        '"I was waiting for him to make mistakes, and then I attacked," said Boon Hock.'
    )
    assert "Goh Boon Hock" in _names(text)
    assert speaker_of(text, "waiting for him") == "goh boon hock"


def test_a_family_name_that_is_also_a_word_says_nothing_of_gender() -> None:
    text = (
        "Tan Wei Hong, the national coach, was at the arena on Friday for the final round of matches.\n\n"
        "Coaching director Tan Boon Keat said he was pleased with the result but wanted more from the pair.\n\n"
        '"We have worked hard this year with the young players," said Boon Keat.\n\n'
        "He added that the pair would be given a week off before the next tournament."
    )
    assert speaker_of(text, "week off") == "tan boon keat"


def test_a_pronoun_after_a_quote_goes_on_with_the_speaker_not_whom_the_quote_names() -> None:
    text = (
        "Jonas Berg won his semi-final on Saturday in front of a full house at the city arena.\n\n"
        "Coach Mario Ferreira-Lund said the team had improved over the season and deserved its place.\n\n"
        '"Jonas showed he can handle pressure. We have been working on that with him," said '
        "Ferreira-Lund.\n\n"
        "He added that the squad would rest for a week."
    )
    assert speaker_of(text, "squad would rest") == "mario ferreira-lund"


def test_a_catalan_i_joins_two_surnames_after_a_given_name() -> None:
    text = "Junts deputy Jordi Vilanova i Puig told the chamber that the party would vote against the law."
    assert "Jordi Vilanova i Puig" in _names(text)
    # A Welsh group's name with "i" ("to") names no person.
    text = "The decision was welcomed by Hawl i Gartref, a campaign group set up in 2021 to fight for homes."
    assert _names(text) == []


def test_an_unknown_given_name_a_particle_and_a_double_surname_is_a_person() -> None:
    text = "For six decades no Christmas in the village began until Ursulina de Souza-Mejías sang the first carol."
    assert "Ursulina de Souza-Mejías" in _names(text)


def test_one_and_a_spanish_plural_article_open_no_persons_name() -> None:
    text = (
        "Former students paid tribute online. One, now a lecturer at the university, wrote that the poet was "
        "kind.\n\nHer son, Mateo Rivas, who plays in the band she founded, Los Cantores de Arima, said she "
        "had been ill."
    )
    names = _names(text)
    assert "One" not in names and "Los Cantores de Arima" not in names


def test_a_newspapers_name_under_a_byline_is_no_person() -> None:
    text = (
        "Senate passes tax cap\n\nJessica Amundsen\nThe Columbus Dispatch\n\n"
        "The state Senate on Wednesday passed a bill that would cap how much property taxes can rise each "
        "year for older homeowners."
    )
    assert "Columbus Dispatch" not in _names(text)


# --- posts and organisations --------------------------------------------------------------------------


def test_the_head_of_a_lower_case_unit_at_a_bank_is_its_head_there() -> None:
    text = "Jane Roe, head of the foreign exchange team at Acme Bank, said the dollar had strengthened."
    titles, orgs = _people(text)["Jane Roe"]
    assert titles == ("head",) and "Acme Bank" in orgs


def test_crown_counsel_is_the_whole_title() -> None:
    text = "Crown Counsel Keisha Roe-Bent, who led the prosecution, told the court the sentence was fair."
    assert _people(text)["Keisha Roe-Bent"][0] == ("Crown Counsel",)


def test_an_mp_for_a_party_named_after_its_wing_is_an_mp() -> None:
    text = (
        "John Doe, an MP for the right-wing Confederation, said his party would ask the court to review it."
    )
    assert _people(text)["John Doe"][0] == ("MP",)


def test_the_mayor_of_a_village_in_part_of_a_country_is_a_mayor() -> None:
    text = (
        "Jolanta Nowak, the mayor of the village of Ostrowek in eastern Poland, said she supported the "
        "turbines but wanted local councils to set the distance."
    )
    assert _people(text)["Jolanta Nowak"][0] == ("mayor",)


def test_a_fronted_post_of_a_body_with_a_bracketed_short_name_and_place() -> None:
    text = (
        "The director of the Piura Regional Health Directorate (Diresa Piura), Jorge Luis Chunga Farfán, "
        "said three districts held most of the cases."
    )
    titles, orgs = _people(text)["Jorge Luis Chunga Farfán"]
    assert titles == ("director",) and "Piura Regional Health Directorate" in orgs


def test_a_post_owned_by_a_body_named_in_lower_case() -> None:
    text = (
        "The Vermont Department of Health reported a record number of cases this year.\n\n"
        "Natalie Brandt-Osgood, the health department's state epidemiologist for infectious disease, said "
        "warmer winters give ticks more time to feed."
    )
    titles, orgs = _people(text)["Natalie Brandt-Osgood"]
    assert titles == ("state epidemiologist for infectious disease",)
    assert "Vermont Department of Health" in orgs


def test_the_opening_words_of_a_hospitals_name_are_its_short_form_not_a_person() -> None:
    text = (
        "Mary Pickett Memorial Hospital suspended its maternity services last fall, citing a shortage of "
        "nurses.\n\nHospital CEO Dana Whitlow-Reyes says Mary Pickett did not want to close the unit."
    )
    names = _names(text)
    assert "Mary Pickett" not in names and "Dana Whitlow-Reyes" in names


def test_initials_without_dots_before_a_given_name_are_part_of_the_name() -> None:
    text = "The officer, K S Lakshmi Raghavan, said street vendors would be moved to vending zones."
    assert "K S Lakshmi Raghavan" in _names(text)


def test_an_age_closing_the_last_item_of_a_list_marks_a_person() -> None:
    text = (
        "The detainees were identified as Jose Alcantara Pena, 24; Ruben Diaz Soto, 31; and Wilkin Mejía, 19."
    )
    assert "Wilkin Mejía" in _names(text)


def test_a_trade_or_a_rugby_position_before_an_unknown_name_marks_a_person() -> None:
    text = (
        "WINDHOEK – Veteran trade unionist and former mineworker Nikodemus Nangolo Shikongo, who helped "
        "organise the strike, was laid to rest on Saturday.\n\n"
        "Replacement flyhalf Kemu Valetini slotted a penalty from 40 metres to seal the win."
    )
    people = _people(text)
    assert "Nikodemus Nangolo Shikongo" in people and "Kemu Valetini" in people
    assert people["Nikodemus Nangolo Shikongo"][1] == set()  # "Veteran" is no organisation


def test_a_post_before_one_and_a_name_is_the_persons_post() -> None:
    text = (
        "Asked whether the area manager, one Alhaji Modou Sanneh, was ever questioned during the audit, the "
        "witness said he was not."
    )
    assert _people(text)["Modou Sanneh"][0] == ("area manager",)


def test_a_doubles_pair_joined_by_a_hyphen_is_two_players() -> None:
    text = (
        "There was joy for mixed doubles pair Chong Boon Hock-Siti Nurhaliza Kamal, who beat Denmark's "
        "Mikkel Lindgaard-Freja Holm 21-16, 21-19 in the quarter-finals."
    )
    names = _names(text)
    for name in ("Chong Boon Hock", "Siti Nurhaliza Kamal", "Mikkel Lindgaard", "Freja Holm"):
        assert name in names


def test_a_double_surname_before_a_second_surname_stays_one_name_outside_doubles_reports() -> None:
    text = (
        "The company's managing director, Ebenezer Kwaku Ofori-Atta Mensah, said water tankers would be "
        "sent to the affected towns."
    )
    assert _names(text) == ["Ebenezer Kwaku Ofori-Atta Mensah"]


def test_a_quoted_nickname_given_after_known_as_is_no_second_person() -> None:
    text = (
        "For six decades no Christmas in the valley began until Ursulina de Souza-Mejías sang the first "
        'carol.\n\nThe singer, known across the islands as "Tía Rosa," died at her home on Friday.\n\n'
        '"Tía Rosa understood every line," a musicologist said.'
    )
    assert "Tía Rosa" not in _names(text)


def test_a_chambers_presiding_officer_is_titled_with_the_chamber() -> None:
    text = (
        "Senate President Gordon Lowe told reporters the bill was a priority.\n\n"
        "Assembly Speaker Jane Roe said the vote would wait until spring."
    )
    people = _people(text)
    assert people["Gordon Lowe"][0] == ("Senate President",)
    assert people["Jane Roe"][0] == ("Assembly Speaker",)


def test_who_sits_on_the_committee_ties_a_member_to_the_committee_not_her_seat() -> None:
    text = (
        "The Public Accounts Committee met on Monday to question the corporation's managers.\n\n"
        "Jane Phiri-Banda, who represents Chikwawa East and sits on the committee, said the matter went "
        "beyond paperwork."
    )
    assert _people(text)["Jane Phiri-Banda"][1] == {"Public Accounts Committee"}


def test_the_head_of_a_unit_of_a_body_named_by_its_kind_heads_it_for_that_body() -> None:
    text = (
        "The Polish Wind Energy Association welcomed the vote.\n\n"
        '"Without investment, many projects will stay on paper," said Agnieszka Kaczmarek, the head of the '
        "association's regulatory department."
    )
    titles, orgs = _people(text)["Agnieszka Kaczmarek"]
    assert titles == ("head",) and "Polish Wind Energy Association" in orgs
