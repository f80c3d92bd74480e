"""Round-21 people rules: posts and organisations tied to a person by ", Director, Acme Traders.",
role nouns for actuaries, regents, petitioners and bandleaders, and sentences that open with a word
that only describes the role ("Another farmer, Ms Jane Roe,")."""

from app.extract import run
from tests.extract.reading import people_with_affiliations as _people


def _titles(text: str, name: str) -> tuple[str, ...]:
    return _people(text).get(name, ((), set()))[0]


def test_capital_post_then_comma_then_company_after_a_name() -> None:
    people = _people("“Buyers are back,” said Ravi Kumar, Director, Eastfield Tea Brokers. Prices rose.")
    assert "Director" in people["Ravi Kumar"][0]
    assert "Eastfield Tea Brokers" in people["Ravi Kumar"][1]


def test_a_plain_word_may_open_a_company_named_for_its_trade() -> None:
    text = (
        "Prices rose, Global Tea Brokers said in its weekly report. "
        "“Buyers are back,” said Ravi Kumar, Director, Global Tea Brokers."
    )
    people = _people(text)
    assert "Global Tea Brokers" in people["Ravi Kumar"][1]
    assert "Tea Brokers" not in people  # a trading house, no person


def test_capital_post_then_place_or_plain_words_is_no_company() -> None:
    assert _people("“Buyers are back,” said Ravi Kumar, Director, Mumbai. He left.")["Ravi Kumar"][1] == set()
    text = "“Buyers are back,” said Ravi Kumar, Director, Global Operations. He left."
    assert _people(text)["Ravi Kumar"][1] == set()


def test_new_role_nouns_give_titles() -> None:
    text = "Acme Insurance Corp. filed the plan. Acme's chief actuary, Tom Lee, told the hearing claims were high."
    people = _people(text)
    assert "chief actuary" in people["Tom Lee"][0]
    assert "Acme Insurance Corp." in people["Tom Lee"][1]
    assert "regent" in _titles("Bogor regent Jane Roe said the families would move.", "Jane Roe")
    assert "petitioner" in _titles("The petitioner, Jane Roe, said the water had stopped.", "Jane Roe")


def test_regent_street_is_no_post() -> None:
    people = _people("Jane Roe said the shops on Regent Street were busy.")
    assert "regent" not in people["Jane Roe"][0]


def test_a_describing_word_opens_a_role_before_the_name() -> None:
    assert "farmer" in _titles("Another farmer, Ms Jane Roe, said she had delivered fruit.", "Jane Roe")
    people = _people("Veteran guitarist and bandleader, Tom Lee, has passed on at 84.")
    assert {"guitarist", "bandleader"} <= set(people["Tom Lee"][0])
    assert people["Tom Lee"][1] == set()  # "Veteran" names no body


def test_a_describing_word_before_a_name_alone_gives_no_title() -> None:
    people = _people("Veteran Tom Lee has passed on at 84. Acme Bank chairman, Tom Cruz, said so.")
    assert people["Tom Lee"][0] == ()
    assert "chairman" in people["Tom Cruz"][0]


def test_alderman_abbreviated_is_a_title() -> None:
    people = _people(
        "The vote passed. Ald. Jane Roe (22nd) said the plan was good. Ald. Tom Lee (48th) agreed."
    )
    assert "Ald." in people["Jane Roe"][0]
    assert "Ald." in people["Tom Lee"][0]
    assert "Ald." not in _titles("The vote passed. Jane Roe said the plan was good.", "Jane Roe")


def test_role_noun_after_age_with_a_lower_case_place_after_it() -> None:
    text = "Jane Roe, 72, a retired schoolteacher from the north end, said she was angry."
    assert "schoolteacher" in _titles(text, "Jane Roe")
    assert _titles("Jane Roe, a friend from the old days, said she was angry.", "Jane Roe") == ()


def test_letters_in_brackets_close_the_organisation_before_a_campus() -> None:
    text = (
        "Dr Tom Lee, a marine scientist at the University of the West Indies (UWI) St Augustine campus, "
        "said the amount had grown."
    )
    people = _people(text)
    assert "marine scientist" in people["Tom Lee"][0]
    assert "University of the West Indies" in people["Tom Lee"][1]


def test_a_start_up_named_after_its_kind() -> None:
    text = "Jonas Berg, chief executive of the Swedish-Italian start-up Nordzug Rail, told reporters it was fine."
    people = _people(text)
    assert "chief executive" in people["Jonas Berg"][0]
    assert "Nordzug Rail" in people["Jonas Berg"][1]


def test_designation_then_capital_post_with_its_field() -> None:
    text = "Northbrook Lithium said drilling went well. Dr. Jane Roe, P.Geo., Vice President, Exploration of Northbrook, reviewed it."
    assert "Vice President, Exploration" in _titles(text, "Jane Roe")
    text = "Dr. Jane Roe, Vice President, Exploration and Tom Lee met. She reviewed it."
    assert "Vice President, Exploration" not in _titles(text, "Jane Roe")


def test_mixed_case_letters_after_the_body_before_a_post() -> None:
    text = (
        "The Dar Rapid Transit Agency (Dart) chief executive officer, Dr Tom Lee, said the fares would rise."
    )
    people = _people(text)
    assert "chief executive officer" in people["Tom Lee"][0]
    assert "Dar Rapid Transit Agency" in people["Tom Lee"][1]


def test_a_name_alone_right_under_the_headline_over_a_dateline_or_outlet_is_the_writer() -> None:
    text = "Tea prices firm up\n\nK.R. Srinivasan\n\nCoonoor, March 12\n\nPrices rose, Jane Roe said."
    extraction = run(text)
    assert extraction.document.byline == "K.R. Srinivasan"
    assert [p.name for p in extraction.people] == ["Jane Roe"]
    text = (
        "Villagers refuse move\n\nRizki Ananda Pratama\nThe Jakarta Post\n\n"
        "Bogor, West Java   ●   Fri, January 21, 2028\n\nResidents refused, Jane Roe said."
    )
    assert "Rizki Ananda Pratama" not in {p.name for p in run(text).people}
    text = "Council clashes\n\nSeán Ó Catháin\n\nLimerick, May 3\n\nA row broke out, Cllr Jane Roe said."
    assert run(text).document.byline == "Seán Ó Catháin"


def test_a_sentence_under_the_headline_is_no_writer() -> None:
    text = "Council clashes over greenway plan\n\nJane Roe resigned.\n\nThe council met on Monday."
    extraction = run(text)
    assert extraction.document.byline is None
    assert "Jane Roe" in {p.name for p in extraction.people}


def test_a_dashed_sign_off_line_is_the_writer_of_a_live_entry() -> None:
    text = (
        "Live: the House votes\n\nThe House passed the bill, Speaker Tom Lee said.\n\n— Jane Roe\n\n"
        "The Senate will vote on Friday.\n\n— Jane Roe"
    )
    assert "Jane Roe" not in {p.name for p in run(text).people}
    text = "Live: the House votes\n\nThe House passed the bill — Jane Roe said so on Monday."
    assert "Jane Roe" in {p.name for p in run(text).people}


def test_a_places_legislative_chamber_is_no_person() -> None:
    people = _people("The Texas House voted 98-47 on the bill. Jane Roe said it was fine.")
    assert "Texas House" not in people
    assert "Jane Roe" in people
    assert "Edward House" in _people("Edward House said the bill was fine.")


def test_a_noun_for_a_person_before_a_comma_makes_unlisted_names_a_person() -> None:
    text = "Residents refused. Another resident, Euis Komalasari, said families had started rebuilding."
    assert "Euis Komalasari" in _people(text)
    text = "Residents refused. Another resident, Acme Holdings, said families had started rebuilding."
    assert "Acme Holdings" not in _people(text)


def test_initials_before_a_listed_given_name_make_a_person() -> None:
    text = "Prices rose. Meanwhile, M. Lakshmi Priya, Managing Director of Acme Mills, said sales grew."
    people = _people(text)
    assert "Managing Director" in people["M. Lakshmi Priya"][0]
    assert "M. Lakshmi Priya" not in _people("Prices rose. Meanwhile, M. Lakshmi Holdings said sales grew.")


def test_a_given_name_that_is_a_word_before_a_capital_post_is_a_person() -> None:
    text = "Sandy Macaulay, Director of Strengthening Communities at HIE, said it was bad."
    assert "Sandy Macaulay" in _people(text)
    assert "Sandy Macaulay" not in _people("Sandy Macaulay beach, the longest in the area, was closed.")


def test_a_post_of_a_body_with_its_remit_set_off_before_the_name() -> None:
    text = "At the event, the Zonal Coordinator of NEMA in charge of Kano and Jigawa States, Tom Lee, said it would act."
    people = _people(text)
    assert "Zonal Coordinator" in people["Tom Lee"][0]
    assert "NEMA" in people["Tom Lee"][1]
    text = "Acme Bank was sold. A law officer of the bank, Tom Lee, said so."
    assert "law officer" in _titles(text, "Tom Lee")


def test_no_post_of_a_body_from_a_friend_or_a_persons_kin() -> None:
    assert _titles("At the event, a friend of the family, Tom Lee, said it would act.", "Tom Lee") == ()
    people = _people("The husband of Jane Roe, Tom Cruz, said so.")
    assert people["Tom Cruz"][1] == set()


def test_scots_procurator_fiscal_depute_is_a_post() -> None:
    text = "Procurator fiscal depute Jane Roe told the court the money was gone."
    assert "Procurator fiscal depute" in _titles(text, "Jane Roe")


def test_a_scientists_noun_known_by_its_ending_and_where_she_works() -> None:
    text = "Jane Roe, a plant biotechnologist at the Queensland University of Technology in Brisbane, said it was great."
    people = _people(text)
    assert "plant biotechnologist" in people["Jane Roe"][0]
    assert "Queensland University of Technology" in people["Jane Roe"][1]
    assert "statistician" in _titles("Tom Lee, a statistician, said it was great.", "Tom Lee")


def test_a_word_with_a_scientists_ending_in_a_figure_of_speech_is_no_post() -> None:
    assert _titles("Jane Roe, a politician at heart, did not agree.", "Jane Roe") == ()
    assert _titles("Jane Roe, a magician of sorts, did not agree.", "Jane Roe") == ()
