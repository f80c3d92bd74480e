"""Speakers named in appositives: a firm after its description, a role then a name after the verb."""

from app.extract import run
from tests.extract.reading import speaker_of as _speaker


def test_description_then_organisation_with_acronym_speaks() -> None:
    text = (
        "Crowds packed the hills above Valmorin for the final climb of the Tour of Ostria.\n\n"
        "The race organiser, Brellin Sport Events (BSE), said about 90,000 people watched the stage."
    )
    assert _speaker(text, "about 90,000 people") == "brellin sport events"


def test_firm_appointed_to_another_company_speaks() -> None:
    text = (
        "Tarrowby Builders Pty Ltd collapsed in March owing millions to subcontractors.\n\n"
        "The liquidator of Tarrowby, Leeds-based firm Quillan Marsh Advisory, told reporters that "
        'creditors could expect "very little" from the sale.'
    )
    assert _speaker(text, "creditors could expect") == "quillan marsh advisory"


def test_head_of_a_company_is_not_its_appositive() -> None:
    text = (
        "Tarrowby Builders Pty Ltd collapsed in March owing millions to subcontractors.\n\n"
        "The head of the supplier, Quillan Marsh Advisory, told reporters that creditors would be paid late."
    )
    assert _speaker(text, "creditors would be paid") != "quillan marsh advisory"


def test_inverted_verb_then_possessor_role_then_name() -> None:
    text = (
        "A coalition of parents' groups opposed the bill on Monday.\n\n"
        '"Nobody asked the families," said the coalition\'s president, Oriel Fenwick-Sands.'
    )
    assert _speaker(text, "Nobody asked the families") == "oriel fenwick-sands"


def test_inverted_verb_then_role_without_name_names_no_one() -> None:
    text = (
        "Oriel Fenwick-Sands founded a coalition of parents' groups in 2019.\n\n"
        '"Nobody asked the families," said the coalition\'s president.'
    )
    assert _speaker(text, "Nobody asked the families") is None


_DEVELOPER = (
    "Norvale Estates Holdings Ltd missed a bond payment on Friday, the developer's third this year.\n\n"
)


def test_person_close_to_the_company_is_not_the_company() -> None:
    text = (
        _DEVELOPER
        + "A person close to the company told the Ledger that Norvale hoped to sign a deal by June."
    )
    assert _speaker(text, "Norvale hoped to sign") is None


def test_adviser_to_a_group_is_not_the_group() -> None:
    text = (
        "Creditors of Norvale Estates Holdings Ltd formed a group, Pellbrook Capital Partners, in May.\n\n"
        "An adviser to the group, who asked not to be named, said the offer implied a small recovery."
    )
    assert _speaker(text, "the offer implied") is None


def test_unnamed_member_declining_to_say_reports_nothing() -> None:
    text = _DEVELOPER + "A Norvale official declined to say whether the bonds would be repaid."
    assert all("bonds would be repaid" not in quote.text for quote in run(text).quotes)


def test_the_company_itself_still_speaks() -> None:
    text = _DEVELOPER + "The company told the Ledger that it hoped to sign a deal by June."
    assert _speaker(text, "it hoped to sign") == "norvale estates holdings ltd"


def test_joint_communique_has_no_single_issuer() -> None:
    text = (
        "The Velmar Liberation Army (VLA) agreed on Monday to return to talks with the government of Ostria.\n\n"
        "The announcement came in a joint communiqué read by the mediators, Tarnia and Lusk.\n\n"
        'According to the communiqué, the two delegations will "resume the agenda" next month.'
    )
    assert _speaker(text, "the two delegations will") is None


def test_communique_of_one_body_still_speaks_for_it() -> None:
    text = (
        "The Velmar Liberation Army (VLA) agreed on Monday to return to talks with the government of Ostria.\n\n"
        "The VLA issued a communiqué on Monday.\n\n"
        "According to the communiqué, its delegation will travel to Tarnia next month."
    )
    assert _speaker(text, "its delegation will travel") == "velmar liberation army"


def test_joint_statement_pointed_back_to_keeps_its_issuer() -> None:
    text = (
        "The Velmar Liberation Army (VLA) agreed on Monday to return to talks with the government of Ostria.\n\n"
        "That joint statement, signed in June, underlined that the ceasefire would hold until the talks end."
    )
    assert _speaker(text, "the ceasefire would hold") == "velmar liberation army"


_JUDGE = (
    "Parliament passed the judiciary bill on Friday.\n\n"
    "Oriel Fenwick-Sands, a judge at the Regional Court in Valmorin and spokeswoman for Lexara, the "
    'country\'s largest association of judges, said the bill was "flawed but needed".'
)


def test_partial_quote_takes_the_person_the_reported_speech_found() -> None:
    extraction = run(_JUDGE)
    speakers = {q.kind: q.speaker_key for q in extraction.quotes if "flawed but needed" in q.text}
    assert speakers == {"direct": "oriel fenwick-sands", "indirect": "oriel fenwick-sands"}


def test_partial_quote_called_by_another_keeps_its_own_speaker() -> None:
    text = (
        "Parliament passed the judiciary bill on Friday.\n\n"
        'Mara Quillon said the Lexara Judges Association had called the bill "a purge" last week.'
    )
    direct = [q.speaker_key for q in run(text).quotes if q.kind == "direct" and q.text == "a purge"]
    assert direct == ["lexara judges association"]


def test_the_airport_is_the_airport_named_before() -> None:
    text = (
        "Velmont International Airport suspended operations at 9 p.m. as the storm neared.\n\n"
        'The airport said it hoped to reopen "as soon as conditions allow".'
    )
    assert _speaker(text, "it hoped to reopen") == "velmont international airport"


def test_the_airport_is_not_an_airline() -> None:
    text = (
        "Brellin Air cancelled 40 flights on Tuesday as the storm neared.\n\n"
        "The airport said it hoped to reopen on Thursday."
    )
    assert _speaker(text, "it hoped to reopen") is None


def test_the_hospital_is_the_hospital_named_before() -> None:
    text = (
        "Three patients were moved from St Oriel's Hospital after the flood, and Velmar Health Ltd sent staff.\n\n"
        "The hospital said it would reopen its wards on Monday."
    )
    assert _speaker(text, "it would reopen its wards") == "st oriel's hospital"


def test_the_title_alone_is_its_one_named_holder() -> None:
    text = (
        "Opposition members walked out of the Assembly after Speaker T. Marrowby refused a motion.\n\n"
        "The Speaker said the matter could be raised during the budget debate on Thursday."
    )
    assert _speaker(text, "the matter could be raised") == "t. marrowby"


def test_the_title_with_two_holders_names_no_one() -> None:
    text = (
        "Governor Hal Brennick met Governor Iris Talloway in Velmont on Monday.\n\n"
        "The Governor said the border crossing would reopen next week."
    )
    assert _speaker(text, "the border crossing would reopen") is None


def test_attorney_abbreviation_does_not_end_the_sentence() -> None:
    text = (
        "Senators questioned three importers on Tuesday.\n\n"
        'Velmar Trading\'s lawyer, Atty. Rosalind Marquez-Dimalanta, said the company "has nothing to hide" '
        "and would submit its records."
    )
    extraction = run(text)
    assert not any(s.text.endswith("Atty.") for s in extraction.sentences)
    assert _speaker(text, "has nothing to hide") == "rosalind marquez-dimalanta"


def test_sentence_ending_in_a_word_like_the_abbreviation_still_ends() -> None:
    text = "The hearing ended at noon. Senators will meet again on Friday."
    assert len(run(text).sentences) == 2


def test_person_of_a_long_named_group_speaks_not_its_last_words() -> None:
    text = (
        "Onion prices reached a record in December.\n\n"
        "Teodoro Balanag of the Kapisanan ng Magsasaka ng Velmora, a farmers' group, said growers sold at a loss."
    )
    assert _speaker(text, "growers sold at a loss") == "teodoro balanag"


def test_members_of_a_long_named_group_are_no_person() -> None:
    text = (
        "Onion prices reached a record in December.\n\n"
        "Members of the Kapisanan ng Magsasaka ng Velmora, a farmers' group, said growers sold at a loss."
    )
    extraction = run(text)
    quote = next(q for q in extraction.quotes if "growers sold at a loss" in q.text)
    assert quote.speaker_type != "person"


def test_said_in_its_advisory_after_the_centre_named_before() -> None:
    text = (
        "Hurricane Orla strengthened overnight, according to the Velmont Storm Center.\n\n"
        "Orla is forecast to make landfall late Wednesday near Port Tallis, the center said in its 5 a.m. advisory."
    )
    assert _speaker(text, "Orla is forecast to make landfall") == "velmont storm center"


def test_the_centre_is_not_another_kind_of_body() -> None:
    text = (
        "Velmont Health Institute opened a new wing on Monday.\n\n"
        "The centre said it would treat 400 patients a week."
    )
    assert _speaker(text, "it would treat 400 patients") is None


def test_says_afterward_then_a_participle_is_no_clause() -> None:
    text = (
        "Oriel Fenwick-Sands runs the lab at Velmont.\n\n"
        '"That is the whole company," Fenwick-Sands says afterward, sitting on an upturned crate.'
    )
    assert all(q.kind == "direct" for q in run(text).quotes)


def test_said_later_then_a_clause_still_reports() -> None:
    text = (
        "Oriel Fenwick-Sands runs the lab at Velmont.\n\nFenwick-Sands said later that testing would resume."
    )
    assert _speaker(text, "testing would resume") == "oriel fenwick-sands"


def test_appositive_holding_saint_abbreviation() -> None:
    text = (
        "Some residents said they would stay.\n\n"
        "Tobias Wrennick, 71, a retired fishing-boat captain in St. Tallis, said he had ridden out every storm."
    )
    assert _speaker(text, "he had ridden out every storm") == "tobias wrennick"


def test_appositive_ending_a_sentence_is_not_joined_to_the_next() -> None:
    text = "Tobias Wrennick, 71, lives in Port Tallis. Officials said the ferry would stop on Friday."
    assert _speaker(text, "the ferry would stop") is None


def test_programme_title_after_said_on_is_no_quote() -> None:
    text = (
        "Oriel Fenwick-Sands leads the relief agency.\n\n"
        '"We are ready to move in," Fenwick-Sands said on "Wake Up Velmont."'
    )
    assert [q.text for q in run(text).quotes if q.kind == "direct"] == ["We are ready to move in"]


def test_capitalised_words_said_are_still_a_quote() -> None:
    text = 'Oriel Fenwick-Sands leads the relief agency.\n\nFenwick-Sands said: "Thank You All."'
    assert "Thank You All." in [q.text for q in run(text).quotes if q.kind == "direct"]


def test_member_states_still_doing_something_is_no_cue() -> None:
    text = (
        "Tourism in Velmora grew by a third last year.\n\n"
        "Visitors from Tarnian Union states still account for the largest share of arrivals."
    )
    assert run(text).quotes == ()


def test_states_as_a_verb_still_reports() -> None:
    text = (
        "Tourism in Velmora grew by a third last year.\n\n"
        "The Velmora Tourism Board states arrivals rose by a third last year."
    )
    assert _speaker(text, "arrivals rose by a third") == "velmora tourism board"
