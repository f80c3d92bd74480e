"""People's names and posts, ninth round, third pass (all sentences made up)."""

from app.extract import run
from app.extract.types import PersonEntity


def _people(text: str) -> dict[str, PersonEntity]:
    return {p.name: p for p in run(text).people}


# --- a person the article names by one word ----------------------------------------------------


def test_a_person_who_gave_only_one_name_is_a_person() -> None:
    text = (
        "One of the buyers, a 61-year-old businessman who gave his surname only as Thorsby, "
        "said outside the court that he had lost his savings."
    )
    people = _people(text)
    assert "Thorsby" in people
    assert "businessman" in people["Thorsby"].titles


def test_a_one_word_speaker_with_a_post_in_apposition() -> None:
    text = (
        "“The market wanted a signal,” said Wiraputra, head of rates at Tanjung Delta Capital "
        "in Surabaya. Prices rose on Monday."
    )
    people = _people(text)
    assert "Wiraputra" in people
    assert "head of rates" in people["Wiraputra"].titles


def test_a_one_word_name_with_a_post_then_the_verb() -> None:
    people = _people("Kurniadi, a fund manager at Selat Biru Asset Management, said bonds rallied.")
    assert "Kurniadi" in people


def test_a_surname_after_the_full_name_stays_the_same_person() -> None:
    text = (
        "Bram Wiraputra runs the desk. Wiraputra, a fund manager at Selat Biru Asset Management, "
        "said bonds rallied."
    )
    assert set(_people(text)) == {"Bram Wiraputra"}


def test_a_body_known_as_a_word_is_no_one_name_person() -> None:
    text = (
        "The stakes moved into Sarana Kencana, the state fund known as Kencana. "
        "A representative for Kencana declined to comment."
    )
    assert "Kencana" not in _people(text)


def test_a_company_with_a_maker_appositive_is_no_person() -> None:
    assert "Quellix" not in _people("Quellix, a maker of chips, said sales rose.")


# --- a given name no list holds, set off by what only a person is ---------------------------------


def test_a_shop_owner_in_apposition_is_a_person_not_the_shop() -> None:
    text = "Tselane Mokoatle, a tavern owner, said she had lost stock worth R2,000."
    extraction = run(text)
    people = {p.name: p for p in extraction.people}
    assert "Tselane Mokoatle" in people
    assert "tavern owner" in people["Tselane Mokoatle"].titles
    assert "Tselane Mokoatle" not in {o.name for o in extraction.organisations}


def test_a_company_described_as_an_owner_stays_a_company() -> None:
    extraction = run("Varrow Estates, a property owner, said rents rose.")
    assert "Varrow Estates" in {o.name for o in extraction.organisations}
    assert not extraction.people


def test_a_noun_and_a_who_clause_then_speech_make_a_person() -> None:
    text = (
        "Tsering Dolkar, a neighbour who fled with her children minutes before the slide, "
        "said she heard a loud noise."
    )
    assert "Tsering Dolkar" in _people(text)


def test_a_company_and_a_who_clause_make_no_person() -> None:
    text = "Orvane Marlo, a company who builds boats in the north, said sales rose."
    assert "Orvane Marlo" not in _people(text)


# --- names that open with a place's word; posts before a title ---------------------------------


def test_a_place_word_before_a_middle_initial_is_a_given_name() -> None:
    text = "Her rival, attorney-at-law Florence T. Mallory, said the roads were a disgrace."
    people = _people(text)
    assert "Florence T. Mallory" in people
    assert "attorney-at-law" in people["Florence T. Mallory"].titles
    assert "Florence" not in {p.name for p in run(text).places}


def test_a_place_alone_stays_a_place() -> None:
    extraction = run("The company moved its head office to Florence last year, Mallory said.")
    assert "Florence" in {p.name for p in extraction.places}


def test_a_knesset_member_and_the_post_before_the_title() -> None:
    text = (
        "Coalition whip MK Dalia Orbach (Likud) played down the crisis. "
        "Opposition leader MK Ronit Avital-Baram said the threat was real."
    )
    people = _people(text)
    assert {"Coalition whip", "MK"} <= set(people["Dalia Orbach"].titles)
    assert {"Opposition leader", "MK"} <= set(people["Ronit Avital-Baram"].titles)
    assert "MK" not in {o.name for o in run(text).organisations}


def test_a_council_leader_keeps_the_council_as_the_body() -> None:
    # A body's noun at a sentence start names the article's body, not part of a post.
    people = _people("Council leader Jane Roe said the budget was balanced.")
    assert "leader" in people["Jane Roe"].titles
    assert "Council leader" not in people["Jane Roe"].titles


# --- a name's first or last words as its short form ---------------------------------------------


def test_the_first_words_of_a_longer_name_are_its_short_form() -> None:
    text = (
        "Deputy Public Prosecutor Siti Hajar Mohamed Yusof said the accused had stolen the money. "
        "DPP Siti Hajar sought at least five years' jail, saying the offences were planned."
    )
    people = _people(text)
    assert set(people) == {"Siti Hajar Mohamed Yusof"}
    assert "Siti Hajar" in people["Siti Hajar Mohamed Yusof"].aliases


def test_the_last_words_of_a_longer_name_are_its_short_form() -> None:
    text = (
        "The board's chief executive, Kofi Adjei-Mensah Boateng, said prices would rise. "
        "Adjei-Mensah Boateng said the increase was fair."
    )
    assert set(_people(text)) == {"Kofi Adjei-Mensah Boateng"}


def test_a_shorter_name_given_first_stays_its_own_person() -> None:
    text = (
        "Ama Serwaa said the market was closed. "
        "Later, the trader Ama Serwaa Boateng, her aunt, said it would reopen."
    )
    assert {"Ama Serwaa", "Ama Serwaa Boateng"} <= set(_people(text))


# --- a name no list holds after a title's subject ------------------------------------------------


def test_a_name_after_a_ministers_portfolio_then_a_verb() -> None:
    text = "Vice Minister of Commerce Tao Renxiang said at the opening that imports would grow."
    people = _people(text)
    assert "Tao Renxiang" in people
    assert "Vice Minister of Commerce" in people["Tao Renxiang"].titles


def test_a_portfolio_of_two_words_then_a_verb_is_no_name() -> None:
    assert not _people("The Minister of Mineral Resources said output would rise.")
