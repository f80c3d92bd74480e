"""Posts and their organisations in forms the earlier rules missed."""

import pytest

from app.extract import run


def _people(text: str) -> dict[str, tuple[tuple[str, ...], list[str]]]:
    extraction = run(text)
    names = {org.key: org.name for org in extraction.organisations}
    return {
        person.name: (person.titles, [names[a.organisation_key] for a in person.affiliations])
        for person in extraction.people
    }


@pytest.mark.parametrize(
    ("text", "name", "title", "org"),
    [
        # The body's acronym in brackets, then where it is.
        (
            "Marta Solis, a geologist at the Polytechnic Institute (PTI) in Cartago, said the slope was moving.",
            "Marta Solis",
            "geologist",
            "Polytechnic Institute",
        ),
        # Where the body is, given as a country with its article.
        (
            "Peter Ansell, a marine biologist at the University of Plymouth in the United Kingdom, said so.",
            "Peter Ansell",
            "marine biologist",
            "University of Plymouth",
        ),
    ],
)
def test_post_at_body_after_name(text: str, name: str, title: str, org: str) -> None:
    titles, orgs = _people(text)[name]
    assert title in titles
    assert org in orgs


def test_place_after_body_is_no_post() -> None:
    # A plain "in the X" clause after a name with no post gives no title or organisation.
    titles, orgs = _people("Peter Ansell, who lives in the United Kingdom, said so.")["Peter Ansell"]
    assert titles == ()
    assert orgs == []


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Fisheries and Blue Economy Minister Tomas Varga said the quota would rise.",
            "Tomas Varga",
            "Fisheries and Blue Economy Minister",
        ),
        (
            "Higher Education and Skills Minister Helena Brandt opened the college.",
            "Helena Brandt",
            "Higher Education and Skills Minister",
        ),
        (
            "Civil Aviation and Tourism Minister Ola Berg spoke.",
            "Ola Berg",
            "Civil Aviation and Tourism Minister",
        ),
        ("Trade and Industry Minister Ola Nordin spoke.", "Ola Nordin", "Trade and Industry Minister"),
    ],
)
def test_joined_capitalised_portfolios_make_one_title(text: str, name: str, title: str) -> None:
    assert _people(text)[name][0] == (title,)


def test_two_office_holders_joined_by_and_stay_apart() -> None:
    people = _people("Prime Minister John Easton and Finance Minister Jane Doyle met the bankers.")
    assert people["John Easton"][0] == ("Prime Minister",)
    assert people["Jane Doyle"][0] == ("Finance Minister",)


def test_post_of_a_body_named_by_its_noun_before_the_name() -> None:
    text = (
        "The Tarija Farmers Union called the strike on Monday.\n\n"
        "The president of the union, Rosa Quispe, told reporters the roads would stay shut."
    )
    titles, orgs = _people(text)["Rosa Quispe"]
    assert titles == ("president",)
    assert orgs == ["Tarija Farmers Union"]


def test_post_of_a_body_no_article_named_keeps_only_the_post() -> None:
    titles, orgs = _people("The head of the company, Ana Ruiz, said so.")["Ana Ruiz"]
    assert titles == ("head",)
    assert orgs == []


def test_descriptor_with_adjective_owns_the_post_before_a_name() -> None:
    text = (
        "Westland Bank cut its dividend on Monday.\n\n"
        "The regional bank's chairman, Tom Hale, said the cut was temporary."
    )
    titles, orgs = _people(text)["Tom Hale"]
    assert titles == ("chairman",)  # not "regional bank's chairman"
    assert orgs == ["Westland Bank"]


@pytest.mark.parametrize(
    ("text", "name", "title", "orgs"),
    [
        (
            "'It is bad,' said Ravi Perera, convener of the Port Workers Alliance.",
            "Ravi Perera",
            "convener",
            ["Port Workers Alliance"],
        ),
        ("Oyun Bold, a herder in Tsetseg soum, said the winter was hard.", "Oyun Bold", "herder", []),
        ("Salim Harthy, a camel herder in the wilayat of Ibra, said so.", "Salim Harthy", "camel herder", []),
        (
            "His co-accused, Tendai Moyo (52), the director of Kuda Cables (Pvt) Ltd, was granted bail.",
            "Tendai Moyo",
            "director",
            ["Kuda Cables (Pvt) Ltd"],
        ),
    ],
)
def test_more_posts_after_a_name(text: str, name: str, title: str, orgs: list[str]) -> None:
    found_titles, found_orgs = _people(text)[name]
    assert title in found_titles
    assert found_orgs == orgs


def test_bracketed_age_then_a_verb_gives_no_post() -> None:
    titles, _ = _people("Tendai Moyo (52), of Harare, was granted bail.")["Tendai Moyo"]
    assert titles == ()


def test_team_named_by_its_first_word_in_a_recap() -> None:
    text = (
        "MANILA — The Harbor Sharks beat the Valley Eagles 98-94 on Sunday night in Game 4 of the finals.\n\n"
        "Ramon Cruz added 14 points and 11 rebounds for Harbor and blocked a late layup."
    )
    assert _people(text)["Ramon Cruz"][1] == ["Harbor Sharks"]


def test_irregular_past_verb_is_no_part_of_a_position() -> None:
    text = (
        "Uganda 2-1 Kenya\n\nThe Cranes led after 23 minutes when a long diagonal found winger "
        "Peter Okello, who curled a shot into the far corner."
    )
    assert _people(text)["Peter Okello"][0] == ("winger",)


def test_role_before_role_past_an_honorific() -> None:
    text = "The study's lead author, geologist Dr. Anna Holm, said the risk was low."
    assert set(_people(text)["Anna Holm"][0]) == {"geologist", "lead author"}


def test_town_police_chief_belongs_to_the_town_force_the_article_names() -> None:
    text = (
        "The man was arrested on Sunday, according to the Springfield Police Department.\n\n"
        "'It was not random,' Springfield Police Chief Dana Ortiz said."
    )
    titles, orgs = _people(text)["Dana Ortiz"]
    assert titles == ("Police Chief",)
    assert orgs == ["Springfield Police Department"]


def test_town_police_chief_without_a_named_force_has_no_organisation() -> None:
    titles, orgs = _people("Springfield Police Chief Dana Ortiz said the road was closed.")["Dana Ortiz"]
    assert titles == ("Police Chief",)
    assert orgs == []


@pytest.mark.parametrize(
    ("text", "name", "title", "org"),
    [
        (
            "Opposition Zenland Freedom Party spokesperson Amara Oduya accused the government of delay.",
            "Amara Oduya",
            "spokesperson",
            "Zenland Freedom Party",
        ),
        (
            "Opposition Zenland Freedom Party MP Amara Oduya, who represents a rural seat, said so.",
            "Amara Oduya",
            "MP",
            "Zenland Freedom Party",
        ),
    ],
)
def test_party_standing_before_a_post_is_no_part_of_the_party(
    text: str, name: str, title: str, org: str
) -> None:
    titles, orgs = _people(text)[name]
    assert titles == (title,)
    assert orgs == [org]


def test_founders_named_in_a_founded_by_sentence_belong_to_the_company() -> None:
    text = (
        "Threadly raised $20 million on Tuesday.\n\n"
        "Threadly was founded in 2020 by CEO Maya Ortiz, who ran a textile mill, and CTO Daniel Okafor, "
        "a former engineer at a bank."
    )
    people = _people(text)
    assert people["Maya Ortiz"] == (("CEO",), ["Threadly"])
    assert people["Daniel Okafor"][1] == ["Threadly"]


def test_someone_else_in_a_founded_sentence_is_no_founder() -> None:
    text = "Threadly was founded in 2020 by CEO Maya Ortiz. Investor Daniel Okafor said it was promising."
    assert _people(text)["Daniel Okafor"][1] != ["Threadly"]


def test_person_with_a_post_at_a_bank_is_no_bank() -> None:
    people = _people("The firm hired Daniel Okafor, a former engineer at a bank, last year.")
    assert "Daniel Okafor" in people


def test_post_held_in_a_country_before_the_name() -> None:
    text = "'Prices will rise,' WHO Representative in Kenya Amina Said told reporters."
    titles, orgs = _people(text)["Amina Said"]
    assert titles == ("Representative",)
    assert orgs == ["World Health Organization"]


def test_long_body_name_with_acronym_before_a_post() -> None:
    text = (
        "Meanwhile, National Institute for Coastal and Marine Fisheries Research (NICMFR) senior "
        "researcher Dr Lim Wei Ling said the stocks were recovering."
    )
    titles, orgs = _people(text)["Lim Wei Ling"]
    assert titles == ("senior researcher",)
    assert orgs == ["National Institute for Coastal and Marine Fisheries Research"]


def test_minister_of_portfolio_takes_the_ministry_the_article_names() -> None:
    text = (
        "The Ministry of Lands and Housing signed the deal on Monday.\n\n"
        "Minister of Lands and Housing Omar Haddad said it was good."
    )
    titles, orgs = _people(text)["Omar Haddad"]
    assert titles == ("Minister of Lands and Housing",)
    assert orgs == ["Ministry of Lands and Housing"]


def test_minister_of_portfolio_before_a_comma_keeps_the_portfolio() -> None:
    text = "The Minister of Mines and Energy, Lucia Vargas, said on Thursday that talks would resume."
    titles, orgs = _people(text)["Lucia Vargas"]
    assert titles == ("Minister of Mines and Energy",)
    assert orgs == []


def test_short_form_and_place_before_branch_is_no_person() -> None:
    text = (
        "The Health Association of National Staff (Hans) called the strike.\n\n"
        "Hans Mombasa branch secretary Amina Wanjiru said the nurses would stay out."
    )
    people = _people(text)
    assert "Hans Mombasa" not in people
    assert people["Amina Wanjiru"][1] == ["Health Association of National Staff"]


def test_district_name_that_opens_with_a_given_name_is_no_person() -> None:
    text = (
        "Floods\n\nFloods cut off Linda Vista district on Friday.\n\n"
        "Linda Vista mayor Tom Becker said four shelters were open.\n\n"
        "Linda Otieno said the shelters in Linda Vista district were full."
    )
    people = _people(text)
    assert "Linda Vista" not in people
    assert people["Tom Becker"][0] == ("mayor",)
    assert "Linda Otieno" in people  # the same given name before another surname is still a person


def test_foreign_body_noun_opening_a_sentence_is_no_part_of_the_post() -> None:
    text = (
        "Data from the Instituto Costero del Sur showed the fleet had grown.\n\n"
        "Instituto director Pablo Medina said the vessels had switched off their transponders."
    )
    titles, orgs = _people(text)["Pablo Medina"]
    assert titles == ("director",)
    assert orgs == ["Instituto Costero del Sur"]


def test_body_named_only_inside_a_title_becomes_an_organisation() -> None:
    text = (
        "Factory fire\n\nVice Chairman of the Long An People's Committee Tran Thi Mai visited the injured "
        "on Wednesday."
    )
    extraction = run(text)
    assert "Long An People's Committee" in [o.name for o in extraction.organisations]
    titles, orgs = _people(text)["Tran Thi Mai"]
    assert titles == ("Vice Chairman",)
    assert orgs == ["Long An People's Committee"]


def test_department_belongs_to_the_one_university_the_article_names() -> None:
    text = (
        "Heat and beetles\n\nA study was led by researchers at the University of Tartu.\n\n"
        '"We were surprised," said Associate Professor Liis Kask of the Department of Zoology.\n\n'
        '"It matters," said first author Dr. Mart Tamm, a postdoctoral researcher in the same department.'
    )
    people = _people(text)
    assert people["Liis Kask"][1] == ["Department of Zoology", "University of Tartu"]
    assert people["Mart Tamm"][1] == ["Department of Zoology", "University of Tartu"]


def test_department_with_two_universities_named_takes_neither() -> None:
    text = (
        "Heat and beetles\n\nResearchers at the University of Tartu and the University of Oslo took part.\n\n"
        '"We were surprised," said Associate Professor Liis Kask of the Department of Zoology.'
    )
    assert _people(text)["Liis Kask"][1] == ["Department of Zoology"]


def test_described_body_before_a_titled_name_is_also_an_affiliation() -> None:
    text = (
        "Draft bill\n\nThe coalition may fall if the Budget Oversight Committee does not approve the bill.\n\n"
        "The committee's chairman, Likud MK Yoel Levi, has held 20 sessions on it."
    )
    titles, orgs = _people(text)["Yoel Levi"]
    assert set(titles) == {"MK", "chairman"}
    assert orgs == ["Likud", "Budget Oversight Committee"]


@pytest.mark.parametrize(
    ("text", "name", "title", "orgs"),
    [
        (
            "Outage\n\nPeter Dube, an ANC councillor in Soweto, said so.",
            "Peter Dube",
            "councillor",
            ["African National Congress"],
        ),
        ("Outage\n\nAyesha Cloete, a councillor in Gqeberha, said so.", "Ayesha Cloete", "councillor", []),
        (
            "Outage\n\nJohn Mokoena, a ward councillor in the metro, said so.",
            "John Mokoena",
            "ward councillor",
            [],
        ),
    ],
)
def test_lower_case_post_after_a_name(text: str, name: str, title: str, orgs: list[str]) -> None:
    assert _people(text)[name] == ((title,), orgs)


def test_post_named_with_its_body_earlier_gives_the_holder_that_body() -> None:
    text = (
        "Bonds slide\n\nBonds fell after the governor of the Reserve Bank of Zenland warned on prices.\n\n"
        "In a speech on Monday, governor Hana Kolar said inflation was high."
    )
    assert _people(text)["Hana Kolar"] == (("governor",), ["Reserve Bank of Zenland"])


def test_post_of_a_country_earlier_gives_no_body() -> None:
    text = "Talks\n\nThe president of France spoke.\n\nOn Monday, president Tom Lee said so."
    assert _people(text)["Tom Lee"] == (("president",), [])


def test_committee_member_for_a_portfolio_is_one_post() -> None:
    text = (
        "Teachers strike\n\nCounty Executive Committee Member for Health Wanjiru Kamau told reporters "
        "that the wage bill was high."
    )
    assert _people(text)["Wanjiru Kamau"][0] == ("County Executive Committee Member for Health",)


@pytest.mark.parametrize(
    ("text", "name", "title", "org"),
    [
        (
            "Wind deal\n\n'It is good,' said Lars Holm, Executive Vice President, North America, at Vindkraft Marine.",
            "Lars Holm",
            "Executive Vice President",
            "Vindkraft Marine",
        ),
        (
            "Leopards\n\nSalim Harthy, Director General of Wildlife Affairs at the Environment Authority, said so.",
            "Salim Harthy",
            "Director General of Wildlife Affairs",
            "Environment Authority",
        ),
    ],
)
def test_capitalised_post_after_a_name(text: str, name: str, title: str, org: str) -> None:
    assert _people(text)[name] == ((title,), [org])


def test_people_of_a_two_word_place_are_no_person() -> None:
    people = _people("Wind deal\n\nThe blades will be built by Nova Scotians, the minister said.")
    assert "Nova Scotians" not in people


def test_contractor_named_by_its_trade_is_no_person() -> None:
    text = "Desalination\n\nThe consortium includes the Jordanian contractor Al-Rawda Engineering, the ministry said."
    assert "Al-Rawda Engineering" not in _people(text)
    assert "Al-Rawda Engineering" in [o.name for o in run(text).organisations]
