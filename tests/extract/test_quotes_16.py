"""Quotes and speakers, set 16: the British "Cllr" before a councillor's name and the Akan "Nana" before
a day name are styles, not part of the speaker's name (all sentences made up)."""

from app.extract import run
from tests.extract.reading import speaker_of


def _people(text: str) -> list[str]:
    return [p.name for p in run(text).people]


# --- "Cllr Jane Roe said" -------------------------------------------------------------------------------


def test_cllr_before_a_name_is_no_part_of_the_speaker() -> None:
    text = (
        "Bins\n\nCouncil leader Cllr Harriet Moss-Ellery said the collections would move to every three "
        'weeks.\n\nCllr Dev Kaur-Lyons, the cabinet member for waste, said: "Nobody wants this."'
    )
    assert speaker_of(text, "the collections would move") == "harriet moss-ellery"
    assert speaker_of(text, "Nobody wants this") == "dev kaur-lyons"


def test_cllr_before_a_surname_alone_points_back_to_the_full_name() -> None:
    text = (
        "Bins\n\nCllr Harriet Moss-Ellery leads the council.\n\nCllr Moss-Ellery said the collections "
        "would move to every three weeks."
    )
    assert speaker_of(text, "the collections would move") == "harriet moss-ellery"
    assert "Cllr Moss-Ellery" not in _people(text)


# --- "Nana Kwame Roe said" ------------------------------------------------------------------------------


def test_nana_before_an_akan_day_name_is_a_style() -> None:
    text = (
        "River\n\nThe paramount chief's spokesperson, Nana Kofi Ampem Darko, said elders had banned "
        "mining within 50 metres of the river."
    )
    assert speaker_of(text, "elders had banned") == "kofi ampem darko"


def test_nana_before_any_other_name_stays_in_the_name() -> None:
    text = "Vote\n\nFormer president Nana Osei-Barima said the count had been fair."
    assert speaker_of(text, "the count had been fair") == "nana osei-barima"
    text = "Vote\n\nNana Kofi said the count had been fair."
    assert speaker_of(text, "the count had been fair") != "kofi"


# --- a quote over several paragraphs after "Mr Roe's mother, Jane Lee, described …" --------------------


def test_a_name_in_the_possessive_does_not_speak_a_quote_over_paragraphs() -> None:
    text = (
        "Court\n\nIn a statement read to the court, Mr Dunmore-Hale's mother, Orla Kinsella-Byrne, described "
        'the night the police came.\n\n"I was asleep when the bell rang. I knew at once.\n\n"He went to '
        'Canada for a summer of work. Nothing will bring him back."\n\nThe judge adjourned the case.'
    )
    assert speaker_of(text, "I was asleep") == "orla kinsella-byrne"
    assert speaker_of(text, "He went to Canada") == "orla kinsella-byrne"


def test_two_names_not_in_the_possessive_leave_the_quote_unattributed() -> None:
    text = (
        "Court\n\nIn the gallery, Ciaran Dunmore-Hale sat beside Orla Kinsella-Byrne during the hearing.\n\n"
        '"I was asleep when the bell rang. I knew at once.\n\n"He went to Canada for a summer of work. '
        'Nothing will bring him back."\n\nThe judge adjourned the case.'
    )
    assert speaker_of(text, "I was asleep") is None


# --- a quote over several paragraphs after reported speech ---------------------------------------------


def test_an_open_quote_after_reported_speech_keeps_its_voice_into_the_next_paragraph() -> None:
    text = (
        "Reefs\n\nDr Maren Holt-Ferris, a marine biologist, has led the survey since 2019.\n\nShe argues "
        "that planting alone will not work.\n\n\u201cWe can plant coral for years and it will make no "
        "difference if the water stays warm.\n\n\u201cCoral needs clean water. It needs shade.\u201d\n\n"
        "The survey ends in May."
    )
    assert speaker_of(text, "We can plant coral") == "maren holt-ferris"
    assert speaker_of(text, "Coral needs clean water") == "maren holt-ferris"


def test_a_closed_quote_gives_its_voice_to_no_new_quote_by_this_rule() -> None:
    text = (
        "Reefs\n\nDr Maren Holt-Ferris, a marine biologist, has led the survey since 2019.\n\nShe argues "
        "that planting alone will not work.\n\n\u201cWe can plant coral for years and it will make no "
        "difference.\u201d\n\nThe council disagreed with the survey.\n\n\u201cCoral needs clean water. It "
        "needs shade.\u201d\n\nThe survey ends in May."
    )
    assert speaker_of(text, "Coral needs clean water") is None


# --- "…, Jane Roe (CDU), said", "…, Prof. Dr. Jane Roe, said" ------------------------------------------


def test_party_letters_in_brackets_after_an_appositive_name_keep_the_speaker() -> None:
    text = (
        "Jobs\n\nThe plant will close in June.\n\nThe state's Minister of Labour, Helga Brandauer-Voss "
        "(SPD), said she would meet the unions next week."
    )
    assert speaker_of(text, "she would meet the unions") == "helga brandauer-voss"


def test_party_letters_after_a_name_that_is_no_appositive_give_it_no_speech() -> None:
    text = (
        "Jobs\n\nThe plant will close in June.\n\nThe minister met Helga Brandauer-Voss (SPD), and "
        "officials said the talks had gone well."
    )
    assert speaker_of(text, "the talks had gone well") is None


def test_two_courtesy_titles_before_an_appositive_name() -> None:
    text = (
        "Machines\n\nOrders fell again in May.\n\nIts chief economist, Prof. Dr. Anselm Brückner-Ott, said "
        "many small firms were moving production abroad."
    )
    assert speaker_of(text, "many small firms") == "anselm bruckner-ott"


def test_party_and_seat_in_brackets_belong_to_the_appositive_name() -> None:
    text = (
        "Loans\n\nThe Senate met on Tuesday.\n\nBut the Minority Leader, Senator Emeka Nwosu-Alade (PDP, "
        "Kano North), insisted that senators had been given the report only on Wednesday."
    )
    assert speaker_of(text, "senators had been given") == "emeka nwosu-alade"


def test_a_party_named_after_its_bracket_closes_still_speaks() -> None:
    text = (
        "Loans\n\nThe Senate met on Tuesday.\n\nThe senator, Emeka Nwosu-Alade (Kano North), and the "
        "Peoples Democratic Party said the report came late."
    )
    assert speaker_of(text, "the report came late") != "emeka nwosu-alade"


# --- "Roe said Lee had … He then …, the prosecutor said" ----------------------------------------------


def test_a_pronoun_in_a_sentence_with_its_own_attribution_goes_on_with_the_reported_subject() -> None:
    text = (
        "Fraud\n\nProsecutor Anbarasi Velan-Raj said Daniel Foster-Hale had forged invoices for roof "
        "repairs.\n\nHe then moved the money to an account he controlled, the prosecutor said.\n\nThe theft "
        "was found by the treasurer, Ms Lydia Koh-Ramsay, last year.\n\nSeeking a long term, Prosecutor "
        'Velan-Raj said the loss was large.\n\n"Many of the owners are retirees," she said.'
    )
    # "He" is Foster-Hale, so the prosecutor is no man, and "she" can be her.
    assert speaker_of(text, "Many of the owners") == "anbarasi velan-raj"


def test_a_pronoun_without_its_own_attribution_is_still_the_speaker() -> None:
    text = (
        "Fraud\n\nProsecutor Anbarasi Velan-Raj said Daniel Foster-Hale had forged invoices for roof "
        "repairs.\n\nShe then told the court that the loss was large."
    )
    assert speaker_of(text, "the loss was large") == "anbarasi velan-raj"
