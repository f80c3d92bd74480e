"""Quotes and speakers, pass 24: court reports (a lawyer's client, "Turning to X, the judge said", the
advocate depute, a witness after a fronted phrase), a party's "legislator", "X's office said", a statement
"quoted X as saying", "the bourse's report", dotted initials before a name and a pronoun going on from a
quoted paragraph (all sentences made up)."""

from tests.extract.reading import direct_quotes as _direct
from tests.extract.reading import indirect_quotes as _indirect
from tests.extract.reading import speaker_of as _speaker_of
from tests.extract.reading import speaker_starting as _speaker


def test_a_lawyers_client_in_her_appositive_does_not_speak() -> None:
    found = _indirect(
        "Tomas Lindqvist and Pavel Orlov were jailed at the High Court in Glasgow.\n\n"
        "Solicitor advocate Moira Baird, for Orlov, said the deckhand had believed the bags held tobacco.\n\n"
        "Ewan Carmody KC, representing Lindqvist, said his client accepted he had played a part.\n\n"
    )
    assert _speaker(found, "the deckhand had believed") == "moira baird"
    assert _speaker(found, "his client accepted") == "ewan carmody"


def test_the_judge_after_a_fronted_addressee_is_the_judge() -> None:
    text = (
        "Judge Alasdair Fenwick jailed Tomas Lindqvist and Pavel Orlov for ten years.\n\n"
        "Advocate depute Kirsty Mowbray told the court the boat had sailed north.\n\n"
        "The prosecutor said Orlov had paid for the engine in cash.\n\n"
        'Turning to Orlov, the judge said it was clear that he had "directed" the operation.\n\n'
    )
    found = _indirect(text)
    assert _speaker(found, "it was clear") == "alasdair fenwick"
    assert _speaker(found, "Orlov had paid") == "kirsty mowbray"


def test_a_witness_after_a_fronted_phrase() -> None:
    found = _indirect(
        "The prosecution witness, Musa Danjuma, testified on Monday.\n\n"
        "Under cross-examination by counsel to the first defendant, Ada Okafor, the witness admitted that "
        "the agency did not inspect the sites.\n\n"
    )
    assert _speaker(found, "the agency did not inspect") == "musa danjuma"


def test_a_partys_legislator_is_the_member_just_named() -> None:
    text = (
        "Minority Leader Joseph Kiprono Mutai said the motion was politically driven.\n\n"
        '"This is not about pending bills," said the National Unity Party (NUP) legislator.\n\n'
    )
    assert _speaker_of(text, "This is not about") == "joseph kiprono mutai"


def test_a_persons_office_speaks_for_them() -> None:
    found = _indirect(
        "Governor Samuel Otieno Wekesa was in Nairobi.\n\n"
        "In a brief statement, Governor Samuel Otieno Wekesa's office said he would study the resolution.\n\n"
    )
    assert _speaker(found, "he would study") == "samuel otieno wekesa"


def test_a_statement_quoting_someone_is_theirs() -> None:
    found = _direct(
        "Minister Hany Fouad Mansour toured the silos.\n\n"
        '"There is no shortage of any commodity," the statement quoted Mansour as saying.\n\n'
    )
    assert _speaker(found, "There is no shortage") == "hany fouad mansour"


def test_the_bourses_report_is_the_exchanges() -> None:
    found = _indirect(
        "Shares of Kilima Bank Plc closed at a record on the Arusha Stock Exchange (ASE) yesterday.\n\n"
        "Kilima Bank accounted for 64 percent of the turnover, according to the bourse's weekly market "
        "report.\n\n"
    )
    assert _speaker(found, "Kilima Bank accounted") == "arusha stock exchange"


def test_dotted_initials_before_a_name_end_no_sentence() -> None:
    found = _indirect("Leader of the Opposition K.C. Varghese said the expulsion was an admission of guilt.")
    assert _speaker(found, "the expulsion was") == "k.c. varghese"


def test_he_said_after_a_quoted_paragraph_goes_on_with_its_speaker() -> None:
    found = _indirect(
        "Malir SSP Farooq Ahmed Soomro said the gang had struck 23 times.\n\n"
        "He named the suspects as Kamran Ali Bhutto and Junaid Khan.\n\n"
        "'The constable was the brain of the operation,' the SSP said.\n\n"
        "He said police had recovered two pistols from the suspects.\n\n"
    )
    assert _speaker(found, "police had recovered") == "farooq ahmed soomro"


def test_an_unnamed_leader_after_the_clause_has_no_speaker() -> None:
    found = _indirect(
        "The party leadership is wary that the row could hurt it in the byelections, a senior district "
        "leader said on condition of anonymity."
    )
    assert _speaker(found, "The party leadership is wary") is None


def test_names_and_labels_in_quote_marks_are_no_quotes() -> None:
    text = (
        'Prosecutor Jane Doyle said messages showed him referring to Roe as "the farmer".\n\n'
        'The ministry said that 1,250 "Spring Harvest" fairs would open on Friday.\n\n'
    )
    assert _direct(text) == []


def test_points_added_are_no_clause() -> None:
    assert (
        _indirect("Fly-half Aled Pryce added the conversion and a penalty to put the visitors 10-0 up.") == []
    )


def test_but_he_accepted_and_insisted_open_second_clauses() -> None:
    found = _indirect(
        "Head coach Gareth Lloyd said he had no complaints about the card, but insisted his side had "
        "thrown the game away.\n\n"
        "Mr Sean Hegarty said the agency kept no figures, but he accepted that it was a feature of the "
        "market.\n\n"
    )
    assert _speaker(found, "his side had thrown") == "gareth lloyd"
    assert _speaker(found, "it was a feature") == "sean hegarty"


def test_which_says_inside_an_appositive_and_through_an_interpreter() -> None:
    found = _indirect(
        "Paula Wren, founder of the Estate Fees Action Group, which says it has more than 9,000 members, "
        "said the plan was a good start.\n\n"
        "The challenger, Daniel Okoye, said through an interpreter that the body shot had taken his breath.\n\n"
    )
    assert _speaker(found, "it has more than 9,000 members") == "estate fees action group"
    assert _speaker(found, "the plan was a good start") == "paula wren"
    assert _speaker(found, "the body shot") == "daniel okoye"


def test_much_of_after_that_late_weekday_and_added_them_to() -> None:
    found = _indirect(
        "Jane Roe, a financial consultant, cautioned that much of the growth had come from fees.\n\n"
        "Acme Ltd makes grain bins. Sales fell 17 per cent, the company said late Wednesday.\n\n"
        "The Commerce Department added them to its list of steel derivative products.\n\n"
    )
    assert _speaker(found, "much of the growth") == "jane roe"
    assert _speaker(found, "Sales fell 17 per cent") == "acme ltd"
    assert not [t for t, _ in found if t.startswith("them to its list")]


def test_and_who_asked_not_to_be_named_is_unnamed() -> None:
    found = _indirect(
        "Councillor Jenna Hart voted for the sign.\n\n"
        "A woman who lives nearby, and who asked not to be named, said she had voted for the sign.\n\n"
    )
    assert _speaker(found, "she had voted") is None
