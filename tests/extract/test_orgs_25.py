"""Organisations, twenty-fifth round: names with punctuation inside (a slashed or joined party, a firm
named for partners with a comma), two parties "between" them, bracketed letters in square brackets,
letters after a person's name, a town's paper, and outlets by what is said of them."""

from app.extract import run
from tests.extract.reading import speaker_of


def _organisations(text: str) -> set[str]:
    return {organisation.name for organisation in run(text).organisations}


def test_slashed_and_joined_party_letters_are_one_party() -> None:
    text = (
        "GEORGETOWN — Councillors argued for an hour on Monday. ZPP/C councillor Jane Marwood said the plan "
        "was rushed. ZNU+ZFC councillor Tom Brindle, who seconded the motion, said the city had no choice."
    )
    names = _organisations(text)
    assert {"ZPP/C", "ZNU+ZFC"} <= names
    assert not {"ZPP", "C", "ZNU", "ZFC"} & names


def test_a_firm_named_for_partners_keeps_its_comma() -> None:
    text = (
        "Mr Peter Olwero, of Olwero, Nsamba & Co Advocates, who represented the company, told court that "
        'his client had paid "a fair price" for the land.'
    )
    names = _organisations(text)
    assert "Olwero, Nsamba & Co Advocates" in names
    assert "Nsamba & Co Advocates" not in names
    assert speaker_of(text, "a fair price") == "peter olwero"


def test_two_parties_of_a_joint_venture() -> None:
    text = (
        "The plant, built by Brightwind Energy LLP, a joint venture between Kortek-Power and Silver Heron "
        "Renewables, a company based in Dubai, opened on Monday."
    )
    names = _organisations(text)
    assert {"Kortek-Power", "Silver Heron Renewables"} <= names
    assert "Kortek-Power and Silver Heron Renewables" not in names


def test_letters_in_square_brackets_are_the_bodys() -> None:
    text = (
        "“Doctors will be paid more than anywhere else in the National Care Service [ZNC],” the minister "
        "told lawmakers on Tuesday."
    )
    names = _organisations(text)
    assert "ZNC" not in names
    assert "National Care Service" in names


def test_honour_letters_after_a_name_are_no_body() -> None:
    text = (
        "Outside the court, attorney-at-law Mara Quellington-Reid, KC, who represented the residents, said "
        'the ruling was "a victory for every small community".'
    )
    assert "KC" not in _organisations(text)
    assert speaker_of(text, "a victory") == "mara quellington-reid"


def test_a_scan_and_the_video_referee_are_no_bodies() -> None:
    text = (
        "“If a patient needs a CT scan, we call for a helicopter,” she said. In the second half VAR "
        "overturned the penalty, and the coach said he did not understand what VAR is for."
    )
    assert not {"CT", "VAR"} & _organisations(text)


def test_a_towns_paper_is_read_whole() -> None:
    text = (
        "Ten people were hurt in the fire, police said. “He was trying,” his mother, Anna Colebrook, "
        "told The Nassau Guardian."
    )
    # The paper is named with or without its "The" (as where "The" opens a sentence), never cut short.
    names = {name.removeprefix("The ") for name in _organisations(text)}
    assert names == {"Nassau Guardian"}


def test_outlets_named_by_what_is_said_of_them() -> None:
    text = (
        "Jane Roe of the residents' association told the Gazeta Zenlandska daily that the zone should wait. "
        "Two executives told Zennews their permits took two years. As Notes from Zenland has reported, the "
        "city banned coal in 2019."
    )
    names = _organisations(text)
    assert {"Gazeta Zenlandska", "Zennews", "Notes from Zenland"} <= names
