"""Round-25 name rules: a Mongolian initial joined to the name, a courtesy form after a place that ends
a post, Fiji's "Ratu" style, a holder named after a sentence opening on a post and its body, a Khoekhoe
click letter opening a surname, a worker known by one given name, a byline with its section and date, a
region's name before the holder's name, and a Kazakh district's head."""

from app.extract import run
from tests.extract.reading import speaker_of


def _names(text: str) -> list[str]:
    return [p.name for p in run(text).people]


def test_an_initial_joined_to_the_name_is_one_full_name_and_speaks() -> None:
    text = (
        "Speaking at the press conference, Deputy Minister of Energy B.Oyuntsetseg said that prices will "
        "not rise this winter.\n\n"
        '"We have enough coal for every power plant," she said.\n\n'
        "D.Tuvshin, a driver living in the capital, told reporters that queues were long.\n\n"
        '"I waited four hours for fuel," D.Tuvshin said.'
    )
    names = _names(text)
    assert "B.Oyuntsetseg" in names
    assert "D.Tuvshin" in names
    assert speaker_of(text, "enough coal") == "b.oyuntsetseg"
    assert speaker_of(text, "four hours") == "d.tuvshin"


def test_an_abbreviation_joined_to_a_word_is_no_initial() -> None:
    assert "Mr.Smith" not in _names("The letter was signed by Mr.Smith on behalf of the trust last week.")


def test_a_courtesy_form_after_the_place_a_post_serves_opens_the_name() -> None:
    text = (
        "WHO Representative to Ruritania Dr. Karin Lindgren highlighted the progress made since 2014.\n\n"
        '"Every child reached is a child who will not end up in hospital," Dr. Lindgren said.'
    )
    assert "Karin Lindgren" in _names(text)
    assert "Lindgren" not in _names(text)
    assert speaker_of(text, "Every child") == "karin lindgren"


def test_the_fijian_chiefly_style_is_no_part_of_the_name() -> None:
    text = (
        "The boot of flyhalf Ratu Josefa Vakaloloma sealed the win at Ratu Sukuna Park on Saturday.\n\n"
        'Union president Ratu Eroni Tabualevu said: "Our people deserve a final at home."'
    )
    names = _names(text)
    assert "Josefa Vakaloloma" in names
    assert "Eroni Tabualevu" in names
    assert not any("Ratu" in n or "Park" in n for n in names)
    assert speaker_of(text, "deserve a final") == "eroni tabualevu"


def test_a_holder_set_off_by_commas_after_a_post_and_its_body_is_a_person() -> None:
    text = (
        "The chairman of the Faleolo No. 3 District Council, Tuilagi Setu Mataafa, said the council meets "
        "every quarter.\n\n"
        "The Member of Parliament for Faleolo No. 3, Lealaiauloto Pesi Amituanai, rejected the claims.\n\n"
        '"Every sene has been accounted for," Lealaiauloto said.'
    )
    extraction = run(text)
    names = [p.name for p in extraction.people]
    assert "Tuilagi Setu Mataafa" in names
    assert "Lealaiauloto Pesi Amituanai" in names
    assert "Tuilagi Setu Mataafa" not in [o.name for o in extraction.organisations]
    assert speaker_of(text, "Every sene") == "lealaiauloto pesi amituanai"


def test_a_khoekhoe_surname_opening_on_a_click_letter_is_read() -> None:
    text = (
        "The city's acting chief executive officer, Petrus !Gaoseb, says the increase is necessary.\n\n"
        '!Gaoseb says the municipality is owed more than N$1 billion. "We cannot go on," he said.'
    )
    assert "Petrus !Gaoseb" in _names(text)
    assert speaker_of(text, "cannot go on") == "petrus !gaoseb"


def test_a_worker_named_by_one_given_name_with_his_trade_is_a_person() -> None:
    text = (
        "Doctors at the hospital say cases rise every summer among outdoor workers.\n\n"
        "Suresh, a delivery rider from Kerala who works in the city, was discharged last week.\n\n"
        '"I thought it was a muscle problem," he said.'
    )
    assert "Suresh" in _names(text)
    assert speaker_of(text, "muscle problem") == "suresh"


def test_a_byline_with_its_section_and_date_is_no_person_of_the_story() -> None:
    text = (
        "Wind farm connected to the grid\n\n"
        "By Aigerim Tulegenova in Business on 12 March 2026\n\n"
        "ASTANA – A 150-megawatt wind farm was connected to the national grid on March 11, the ministry said."
    )
    assert "Aigerim Tulegenova" not in _names(text)


def test_a_region_ending_a_post_is_no_part_of_the_holders_name() -> None:
    text = "Regional Director for Central Asia Magdalena Nowicka said the bank would keep investing."
    names = _names(text)
    assert "Magdalena Nowicka" in names
    assert "Asia Magdalena Nowicka" not in names


def test_a_district_akim_is_a_post_before_the_name() -> None:
    text = (
        "The Shu district of Zhambyl Region hosts the new wind farm.\n\n"
        "Shu district akim Nurlan Abdrakhmanov said part of the tax revenue would go toward a school."
    )
    assert "Nurlan Abdrakhmanov" in _names(text)
    assert speaker_of(text, "tax revenue") == "nurlan abdrakhmanov"
