"""People: regional given names, a given name that is also a title, Vietnamese names, AP party tags,
suspects known by one name and a nickname, peers' title names, Māori bodies, towns named after saints."""

from app.extract import run
from tests.extract.reading import speaker_of


def _people(text: str) -> set[str]:
    return {person.name for person in run(text).people}


def test_short_form_of_muhammad_and_regional_given_names_open_the_name() -> None:
    text = (
        "Md Karimul Haque, managing director of Padma Yarns Ltd, said output had halved. "
        "Fahmida Noor Talukder, an economist at the Dhaka Policy Forum, said the crisis was new."
    )
    people = _people(text)
    assert {"Md Karimul Haque", "Fahmida Noor Talukder"} <= people
    assert not people & {"Karimul Haque", "Noor Talukder"}


def test_title_word_given_name_after_a_role_noun() -> None:
    text = (
        "Riverside coach Justice Kofi Asamoah did not hide his frustration. "
        '"We were robbed," Asamoah said. '
        "The panel's chairperson, Justice Adwoa Mensimah, appealed for calm."
    )
    extraction = run(text)
    people = {p.name: p.titles for p in extraction.people}
    assert "Justice Kofi Asamoah" in people
    assert "Adwoa Mensimah" in people and "Justice" in people["Adwoa Mensimah"]
    assert speaker_of(text, "We were robbed") == "justice kofi asamoah"


def test_vietnamese_family_name_and_van_before_a_short_given_name() -> None:
    text = (
        "CEO Luu Van An told reporters that exports had doubled. "
        "Dang Minh Khoa, head of research at Saigon Ledger Securities, said the issue would dilute earnings."
    )
    people = _people(text)
    assert {"Luu Van An", "Dang Minh Khoa"} <= people
    assert "Minh Khoa" not in people


def test_a_given_name_alone_after_the_full_name_is_that_person() -> None:
    text = (
        "Chief executive Kittipong Saetang said the company grew. "
        '"We handled a record," Mr Kittipong told analysts.'
    )
    assert speaker_of(text, "We handled a record") == "kittipong saetang"


def test_ap_party_tag_with_a_two_word_home_town_is_no_person() -> None:
    text = "The bill goes to Speaker Delia Marsh-Pryor, R-Cedar Grove, who has been noncommittal."
    people = _people(text)
    assert "Delia Marsh-Pryor" in people
    assert not any("Cedar" in name for name in people)


def test_one_name_suspects_before_alias_and_no_nickname_surname() -> None:
    text = (
        "Police named the suspects as Tahir Ali Soomro, Naveed alias Kaloo and Junaid Baloch. "
        "A fifth man, identified as Rashid alias Bhola, was still at large."
    )
    people = _people(text)
    assert {"Naveed", "Rashid", "Junaid Baloch"} <= people
    assert not people & {"Kaloo Baloch", "Kaloo", "Bhola"}


def test_lord_and_a_title_name_is_a_person() -> None:
    text = "Passing sentence, Lord Glenrossie said the case was at the very top end of offending."
    extraction = run(text)
    assert "Lord Glenrossie" in {p.name for p in extraction.people}
    assert speaker_of(text, "the case was at the very top end") == "lord glenrossie"


def test_maori_names_opening_with_te_name_no_person_unless_after_a_given_name() -> None:
    text = (
        "Kaumātua Hemi Te Rangiawha opened the hui. The iwi said the promise was made under Te Tiriti. "
        '"This is our rohe," Te Rangiawha said.'
    )
    people = _people(text)
    assert "Hemi Te Rangiawha" in people
    assert "Te Tiriti" not in people


def test_towns_named_after_saints_and_teams_named_with_the() -> None:
    text = (
        "Gunmen fired on officers near the community of San Isidro de los Olivos on Monday. "
        "The Tigers beat the Kumul Wigmen 26-18.\n\nResults: Tigers 26 d Kumul Wigmen 18."
    )
    people = _people(text)
    assert not people & {"Isidro de los Olivos", "Kumul Wigmen"}


def test_prince_after_a_role_noun_with_a_double_barrelled_surname() -> None:
    text = "United levelled through striker Prince Moyo-Dlamini, who beat the offside trap."
    assert "Prince Moyo-Dlamini" in _people(text)


def test_a_player_named_by_the_country_they_play_for_in_a_racket_sport_report() -> None:
    text = (
        "The top seed needed only 38 minutes to dispatch Japan's Daiki Morisawa 21-12, 21-10 "
        "and will face Indonesia's Bagas Wirayuda in the final. Japan's Sony Group said nothing."
    )
    people = _people(text)
    assert {"Daiki Morisawa", "Bagas Wirayuda"} <= people
    assert "Sony Group" not in people
