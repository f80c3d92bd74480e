"""Titles and organisations (twelfth round): an owner's post before a name, and appositives after it."""

from app.extract import run
from tests.extract.reading import titles_and_organisations

_OPENING = "Heavy rain flooded the valley on Monday, and thousands of homes lost their water supply.\n\n"


def test_acronym_owners_capital_post_with_portfolio_before_the_name() -> None:
    text = _OPENING + (
        "The Kisumu Revenue Board (KRB) said the rules were fair. The KRB's Commissioner for Domestic Taxes, "
        "Joseph Otieno Ouma, said the board had acted within the law."
    )
    titles, orgs = titles_and_organisations(text, "Joseph Otieno Ouma")
    assert titles == {"Commissioner for Domestic Taxes"}
    assert "KRB" in orgs


def test_possessive_post_drops_the_region_it_covers() -> None:
    text = _OPENING + (
        "The Health Service Executive (HSE) issued a notice. The HSE's Director of Public Health for the South, "
        "Dr Aoife Kelleher, said nobody had fallen ill."
    )
    titles, orgs = titles_and_organisations(text, "Aoife Kelleher")
    assert titles == {"Director of Public Health"}
    assert "HSE" in orgs


def test_a_countrys_post_names_no_organisation() -> None:
    text = _OPENING + "Chile's Undersecretary of Mining, Pablo Rojas Vidal, said the mines stayed open."
    titles, orgs = titles_and_organisations(text, "Pablo Rojas Vidal")
    assert titles == {"Undersecretary of Mining"}
    assert not orgs


def test_descriptor_owner_and_lower_case_post_with_its_field() -> None:
    text = _OPENING + (
        "The Finance Ministry said it would act. The ministry's director general of tax policy, Budi Santoso, "
        "said the rules would change."
    )
    titles, orgs = titles_and_organisations(text, "Budi Santoso")
    assert titles == {"director general of tax policy"}
    assert "Finance Ministry" in orgs


def test_possessive_of_a_person_or_an_unknown_owner_ties_no_organisation() -> None:
    text = _OPENING + "Mark Ellison spoke first. Ellison's lawyer, Tom Brannigan, said the claim would fail."
    titles, orgs = titles_and_organisations(text, "Tom Brannigan")
    assert titles == {"lawyer"} and not orgs
    # A sentence opener before the owner is no part of it.
    text = (
        _OPENING + "But Larkfield Water's regional manager for Leinster, Seamus Kavanagh, said it was safe."
    )
    titles, orgs = titles_and_organisations(text, "Seamus Kavanagh")
    assert titles == {"regional manager"} and orgs == {"Larkfield Water"}


def test_no_post_when_the_words_before_the_comma_are_no_post() -> None:
    text = _OPENING + "In Acme's annual report for 2024, Jane Morrow wrote that sales had fallen."
    titles, orgs = titles_and_organisations(text, "Jane Morrow")
    assert not titles and not orgs


def test_name_in_its_own_script_then_the_role() -> None:
    text = _OPENING + (
        "Lin Mei-hua (林美華), a research fellow at the Asia Ocean Policy Institute, said the damage was serious."
    )
    titles, orgs = titles_and_organisations(text, "Lin Mei-hua")
    assert titles == {"research fellow"} and "Asia Ocean Policy Institute" in orgs


def test_field_opened_by_an_acronym_and_a_kind_of_body_before_its_name() -> None:
    text = _OPENING + (
        '"It cannot do that," said Jan de Wit-Lambert, a professor of EU law at Ghent University in Belgium.\n\n'
        "Tobias Keller, president of the Vienna-based network Digital Youth Austria, said teenagers should be asked."
    )
    titles, orgs = titles_and_organisations(text, "Jan de Wit-Lambert")
    assert titles == {"professor of EU law"} and "Ghent University" in orgs
    titles, orgs = titles_and_organisations(text, "Tobias Keller")
    assert titles == {"president"} and "Digital Youth Austria" in orgs


def test_occupations_with_where_the_person_lives() -> None:
    text = _OPENING + (
        "Budi Santoso, a 52-year-old fisherman from Tanjung village, said his catch had fallen.\n\n"
        "Amina Bibi, a schoolteacher in Block 9 of North Nazimabad, said the tanks were empty.\n\n"
        "Peter Mwangi, a driver for a Nakuru-based haulage company, said the queue was long.\n\n"
        "Her neighbour, taxi driver Kirk Alleyne, said a tank now cost $450."
    )
    assert titles_and_organisations(text, "Budi Santoso") == ({"fisherman"}, set())
    assert titles_and_organisations(text, "Amina Bibi") == ({"schoolteacher"}, set())
    assert titles_and_organisations(text, "Peter Mwangi") == ({"driver"}, set())
    assert titles_and_organisations(text, "Kirk Alleyne")[0] == {"taxi driver"}


def test_member_of_a_party_placed_by_its_wing() -> None:
    text = _OPENING + (
        "Friedrich Bauer, a German MEP from the centre-right European People's Party, said the law was weak."
    )
    titles, orgs = titles_and_organisations(text, "Friedrich Bauer")
    assert titles == {"MEP"} and "European People's Party" in orgs


def test_capital_post_after_the_name_through_the_bodys_possessive() -> None:
    text = (
        "The Zenland Human Rights Commission released its report on Tuesday.\n\n"
        '"It is a violation," said Dr. Almaz Tesfaye-Bekele, the Commission\'s Deputy Chief Commissioner, '
        "at a press conference."
    )
    titles, orgs = titles_and_organisations(text, "Almaz Tesfaye-Bekele")
    assert titles == {"Deputy Chief Commissioner"}
    assert "Zenland Human Rights Commission" in orgs


def test_clergy_style_and_a_junior_ministers_post_are_titles() -> None:
    text = _OPENING + (
        "Reverend Sione Taufa of the Free Wesleyan Church in Hastings said members had delivered food.\n\n"
        '"We cannot wait," French Minister Delegate for Digital Affairs Claire Aubert-Vasseur told reporters.'
    )
    assert titles_and_organisations(text, "Sione Taufa") == ({"Reverend"}, {"Free Wesleyan Church"})
    assert titles_and_organisations(text, "Claire Aubert-Vasseur")[0] == {
        "Minister Delegate for Digital Affairs"
    }


def test_lower_case_post_and_its_field_before_the_name() -> None:
    text = (
        "Immigration Zealandia (IZ) suspended the employer on Tuesday.\n\n"
        "IZ general manager of border operations Mikaere Tane said inspectors had visited."
    )
    titles, orgs = titles_and_organisations(text, "Mikaere Tane")
    assert titles == {"general manager of border operations"} and "IZ" in orgs
    # The field ends at the name; "of the" opens an organisation, no field.
    text = _OPENING + "She thanked the head of the Acme Trust Jane Morrow on Monday."
    assert titles_and_organisations(text, "Jane Morrow")[0] != {"head of the"}


def test_state_legislators_and_a_home_town_tag() -> None:
    text = (
        "The House passed the water bill on Monday.\n\n"
        "The bill’s author, state Rep. Dwight Kessler, R-Tyler, said the state could not wait.\n\n"
        "A similar measure by state Sen. Lorna Ibarra, D-El Paso, passed the Senate."
    )
    titles, orgs = titles_and_organisations(text, "Dwight Kessler")
    assert titles == {"state Rep.", "author"} and "Republican Party" in orgs
    titles, orgs = titles_and_organisations(text, "Lorna Ibarra")
    assert titles == {"state Sen."} and "Democratic Party" in orgs
    # A capital "State" opening a body's name is no part of a post.
    text = "The State Sen. Jane Roe Foundation gave $5 million. Sen. Jane Roe said she was proud."
    assert "state Sen." not in titles_and_organisations(text, "Jane Roe")[0]


def test_congress_before_a_post_names_the_body() -> None:
    text = (
        "The Zenland Labour Congress (ZLC) called a strike on Monday.\n\n"
        "After a meeting in Abuja, the congress president, Chidi Okafor, said workers could not wait."
    )
    titles, orgs = titles_and_organisations(text, "Chidi Okafor")
    assert titles == {"president"} and "Zenland Labour Congress" in orgs


def test_capital_post_set_off_before_an_honorific_title() -> None:
    text = _OPENING + (
        "Speaking in Dodoma, the Minister for Works and Transport, Prof Salim Haji, said the deal was approved."
    )
    titles, _orgs = titles_and_organisations(text, "Salim Haji")
    assert "Minister for Works and Transport" in titles and "Minister" not in titles


def test_post_in_the_body_a_descriptor_names() -> None:
    text = (
        "The Ministry of Mines and Energy granted the licence on Monday.\n\n"
        "The executive director in the ministry, Selma Shikongo, said it came with conditions."
    )
    titles, orgs = titles_and_organisations(text, "Selma Shikongo")
    assert titles == {"executive director"} and "Ministry of Mines and Energy" in orgs
    # A place after "in" names no body.
    text = _OPENING + "He met a lawyer in the city, John Smith, on Monday."
    assert titles_and_organisations(text, "John Smith") == (set(), set())


def test_post_before_a_surname_mentioned_later() -> None:
    text = (
        "Scotland beat Wales 24-17 at Murrayfield on Saturday.\n\n"
        "Gregor Lennox's side made it three wins from four.\n\n"
        "Scotland head coach Lennox was relieved rather than delighted."
    )
    assert titles_and_organisations(text, "Gregor Lennox")[0] == {"head coach"}


def test_command_possessive_before_a_capital_post_and_a_rank() -> None:
    text = (
        "The Ogun State Police Command arrested six men on Monday.\n\n"
        "The command’s Police Public Relations Officer, SP Adewale Bello, said the suspects would be charged."
    )
    titles, orgs = titles_and_organisations(text, "Adewale Bello")
    assert {"Police Public Relations Officer", "SP"} <= titles
    assert orgs == {"Ogun State Police Command"}


def test_body_and_its_unit_after_the_name_are_two_organisations() -> None:
    text = (
        "Two men were arrested after the attack.\n\n"
        "Detective Inspector Rachel Thorne, of Tyneside Police's Major Crime Team, said the attack was shocking."
    )
    titles, orgs = titles_and_organisations(text, "Rachel Thorne")
    assert titles == {"Detective Inspector"}
    assert orgs == {"Tyneside Police", "Major Crime Team"}


def test_owner_of_a_branch_named_by_its_city() -> None:
    text = (
        "The Jamaat-e-Islami held a rally on Sunday.\n\n"
        "Jamaat-e-Islami's Karachi deputy emir Farhan Usmani said the party would protest."
    )
    assert titles_and_organisations(text, "Farhan Usmani") == ({"deputy emir"}, {"Jamaat-e-Islami"})


def test_body_based_in_a_two_word_city() -> None:
    text = _OPENING + (
        "Yonas Kebede, a lawyer with the Addis Abeba-based Center for Urban Justice, said residents had little "
        "recourse."
    )
    assert titles_and_organisations(text, "Yonas Kebede") == ({"lawyer"}, {"Center for Urban Justice"})


def test_its_before_a_capital_post_set_off_by_commas() -> None:
    text = (
        "The Peoples Democratic Party (PDP) condemned the demolition on Monday.\n\n"
        "In a statement signed by its Publicity Secretary, Mr Akin Bello, the party said the government failed."
    )
    titles, orgs = titles_and_organisations(text, "Akin Bello")
    assert titles == {"Publicity Secretary"} and "Peoples Democratic Party" in orgs
    # A country's possessive names no organisation.
    text = _OPENING + "Kenya's Publicity Secretary, Mr Akin Bello, said the talks went well."
    assert not titles_and_organisations(text, "Akin Bello")[1] - {"Cabinet"}


def test_a_chambers_majority_leader() -> None:
    text = (
        _OPENING
        + "The Senate majority leader, Rick Holt, a Republican from Centre County, sees it differently."
    )
    titles, orgs = titles_and_organisations(text, "Rick Holt")
    assert titles == {"Senate majority leader"} and "Republican Party" in orgs


def test_portfolio_after_their_is_part_of_the_post() -> None:
    text = (
        "The Liberal Democrats want the measure scrapped.\n\n"
        "Their Treasury spokesperson, Hannah Ellery, the MP for Bath, said it was wrong."
    )
    titles, orgs = titles_and_organisations(text, "Hannah Ellery")
    assert {"Treasury spokesperson", "MP"} <= titles
    assert "Liberal Democrats" in orgs and "Treasury" not in orgs


def test_movement_adjective_opening_the_sentence_is_no_part_of_the_post() -> None:
    text = _OPENING + "Peronist deputy Gabriela Sosa said the government had hidden it."
    assert titles_and_organisations(text, "Gabriela Sosa")[0] == {"deputy"}
    text = _OPENING + "Marine biologist Jane Roe said the reef was dying."
    assert titles_and_organisations(text, "Jane Roe")[0] == {"Marine biologist"}


def test_sport_and_police_ranks_and_joined_portfolios() -> None:
    text = (
        "The other semi-final pits the defending champion, Camila Ortega of Argentina, against Tereza Novak.\n\n"
        "Pol Col Somchai Wongsawat of the Royal Thai Police said 600 people were rescued.\n\n"
        "Alberta's Forestry and Parks Minister, Darcy Kowal, said the province welcomed the money."
    )
    assert titles_and_organisations(text, "Camila Ortega")[0] == {"defending champion"}
    assert titles_and_organisations(text, "Somchai Wongsawat") == ({"Pol Col"}, {"Royal Thai Police"})
    assert titles_and_organisations(text, "Darcy Kowal")[0] == {"Forestry and Parks Minister"}
    # A name that merely shares a portfolio word is untouched.
    text = _OPENING + "Rosa Parks and Minister Jane Roe spoke."
    assert titles_and_organisations(text, "Jane Roe")[0] == {"Minister"}


def test_whose_post_is_the_name() -> None:
    text = _OPENING + (
        "Sahara Homes, the Dubai-based developer whose chairman is Sheikh Khalid bin Saqr Al Nuaimi, said all "
        "apartments were sold."
    )
    titles, orgs = titles_and_organisations(text, "Khalid bin Saqr Al Nuaimi")
    assert "chairman" in titles and orgs == {"Sahara Homes"}
    text = "Hope Trust said it would help. The charity, whose director is Jane Roe, said so."
    assert titles_and_organisations(text, "Jane Roe") == ({"director"}, {"Hope Trust"})
    # A person's or a country's "whose" ties no organisation.
    text = (
        _OPENING
        + "The man, whose lawyer is Tom Brown, said nothing. In Kenya, whose president is Ann Ruto, prices rose."
    )
    assert titles_and_organisations(text, "Tom Brown")[1] == set()
    assert titles_and_organisations(text, "Ann Ruto")[1] == set()


def test_relative_clause_with_a_bodys_post_and_a_political_group() -> None:
    text = (
        "The Commission delayed the rules on Monday.\n\n"
        '"This is a retreat," said Dutch MEP Sanne Vermeer, who was the European Parliament\'s lead negotiator '
        "on the methane regulation for the liberal Renew Europe group."
    )
    titles, orgs = titles_and_organisations(text, "Sanne Vermeer")
    assert titles == {"MEP", "lead negotiator"}
    assert {"European Parliament", "Renew Europe"} <= orgs
    # "for the" with no group after it ties nothing.
    text = _OPENING + "Jane Roe, a nurse who works for the Red Cross, said so."
    assert titles_and_organisations(text, "Jane Roe")[0] == {"nurse"}


def test_capital_post_with_the_office_it_serves_and_its_field() -> None:
    text = _OPENING + (
        "Reacting, the Special Adviser to the Governor on Media and Publicity, Mary Jones, said prices were set "
        "by the market."
    )
    assert titles_and_organisations(text, "Mary Jones")[0] == {
        "Special Adviser to the Governor on Media and Publicity"
    }
    # When or where after a post is no part of it; "to the President" inside a sentence is no post.
    text = _OPENING + "He said that the President on Monday, Jane Roe said."
    assert titles_and_organisations(text, "Jane Roe")[0] == set()


def test_a_states_post_with_its_portfolio_is_no_organisation() -> None:
    text = _OPENING + "Chile's Undersecretary of Mining, Pablo Rojas Vidal, said the mines stayed open."
    extraction = run(text)
    assert "Undersecretary of Mining" not in {o.name for o in extraction.organisations}
    # A body after the possessive stays a body.
    text = _OPENING + "Kenya's Ministry of Health, which runs the clinics, said they stayed open."
    assert "Ministry of Health" in {o.name for o in run(text).organisations}


def test_bracketed_field_between_the_post_and_the_name() -> None:
    text = (
        _OPENING
        + "Additional municipal commissioner (projects) Dr Vinay Kadam said the work would be done by May."
    )
    assert {t.lower() for t in titles_and_organisations(text, "Vinay Kadam")[0]} == {
        "additional municipal commissioner"
    }
    text = _OPENING + "The city paid the bill (in full) Jane Roe said."
    assert titles_and_organisations(text, "Jane Roe")[0] == set()
