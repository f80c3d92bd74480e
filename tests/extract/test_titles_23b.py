"""Round-23 (second wave) title rules: the court a judge sits in, and posts tied to the organisation
they belong to."""

from tests.extract.reading import people_with_affiliations as _people


def test_a_judge_sits_in_the_court_the_case_was_heard_in() -> None:
    text = (
        "A former bank clerk was jailed for six years at Northgate Crown Court on Friday for stealing "
        "from elderly customers.\n\n"
        "Judge Miriam Oduya-Clarke said the clerk had abused the trust placed in him."
    )
    assert "Northgate Crown Court" in _people(text)["Miriam Oduya-Clarke"][1]


def test_a_court_named_right_after_the_judge_beats_one_named_before() -> None:
    text = (
        "The Lakeland State Court of Justice will hear the city's appeal next month.\n\n"
        "Judge Tomasz Reyes-Halloran, of the 4th Civil Court, ruled that the city had overstepped "
        "its powers."
    )
    assert _people(text)["Tomasz Reyes-Halloran"][1] == {"4th Civil Court"}


def test_a_district_judge_is_no_judge_of_an_appeals_court() -> None:
    text = (
        "The 5th Circuit Court of Appeals had upheld a similar law last year.\n\n"
        "District Judge Helena Marsh-Okafor wrote that the new law went too far."
    )
    assert _people(text)["Helena Marsh-Okafor"][1] == set()


def test_a_former_judge_in_another_post_keeps_that_post_only() -> None:
    text = (
        "The High Court dismissed the petition on Monday.\n\n"
        "Justice Amina Wekesa, chairperson of the Electoral Review Commission, said the count would go on."
    )
    orgs = _people(text)["Amina Wekesa"][1]
    assert "High Court" not in orgs


def test_two_capitalised_posts_joined_after_a_release_quote_are_both_the_companys() -> None:
    text = (
        "Harbourline Bancorp reported a quarterly profit on Tuesday. "
        '"We believe we are adequately reserved," said Daniel Oyelaran-Moss, Executive Vice President '
        "and Chief Financial Officer."
    )
    titles, orgs = _people(text)["Daniel Oyelaran-Moss"]
    assert "Executive Vice President" in titles and "Chief Financial Officer" in titles
    assert "Harbourline Bancorp" in orgs


def test_a_bare_capitalised_post_of_a_body_may_open_the_sentence() -> None:
    text = (
        "Suppliers said local firms were losing contracts.\n\n"
        "Director of the Regional Supply Secretariat, Dr. Ines Carvalho-Ruiz, rejected the claims."
    )
    titles, orgs = _people(text)["Ines Carvalho-Ruiz"]
    assert titles[0] == "Director" and orgs == {"Regional Supply Secretariat"}


def test_an_engineers_style_between_the_post_and_the_name_keeps_the_post() -> None:
    text = "The deal was signed by Jordan's Minister of Transport, Eng. Omar Khalil Haddadin, on Monday."
    assert _people(text)["Omar Khalil Haddadin"][0] == ("Minister of Transport",)


def test_a_post_owned_by_the_body_a_descriptor_names_goes_to_that_body() -> None:
    text = (
        "The National Grain Marketing Corporation appeared before the Budget Committee on Tuesday.\n\n"
        "Its chief executive, Jane Mwale-Banda, who was accompanied by the corporation's director of "
        "finance Mr. Kondwani Chirwa, admitted that some payments had been made early."
    )
    titles, orgs = _people(text)["Kondwani Chirwa"]
    assert titles == ("director of finance",)
    assert orgs == {"National Grain Marketing Corporation"}


def test_a_field_ending_in_ing_is_part_of_the_post_before_a_name() -> None:
    text = (
        "The Squash Federation of Ruritania coaching director Lars Eriksen-Moe said he was pleased "
        "with the team's fighting spirit."
    )
    assert _people(text)["Lars Eriksen-Moe"][0] == ("coaching director",)


def test_presiding_and_programme_open_a_capitalised_post() -> None:
    text = (
        "Presiding Judge Han Ji-woo of the Busan District Court said the defendant had hidden the funds.\n\n"
        "The National Leprosy Programme (NLP) reported new cases. NLP Programme Manager Zodwa Dlamini-Shongwe "
        "said the rise was worrying."
    )
    people = _people(text)
    assert people["Han Ji-woo"][0] == ("Presiding Judge",)
    titles, orgs = people["Zodwa Dlamini-Shongwe"]
    assert titles == ("Programme Manager",) and "National Leprosy Programme" in orgs


def test_a_towns_lower_case_council_owns_the_post_before_a_name_not_a_body_named_for_the_town() -> None:
    text = (
        "The emergency unit at Kerava Hospital will close at night from March, the county said. Most "
        "patients who arrived at the Kerava emergency department could wait until morning.\n\n"
        "Kerava city council chair Åsa Lindholm-Virtanen said the city would ask for a review."
    )
    titles, orgs = _people(text)["Åsa Lindholm-Virtanen"]
    assert titles == ("chair",) and orgs == {"Kerava city council"}


def test_players_in_a_teams_scoring_brackets_play_for_that_team() -> None:
    text = (
        "The Crusaders beat the Highlanders 30-12 in Christchurch on Saturday night.\n\n"
        "Crusaders 30 (Tomasi Vunipola-Reid, Mika Hakala-Jones tries; Owen Tremaine-Pike 4 pens)\n\n"
        "Highlanders 12 (Liam Otway-Brooks 2 tries; Corey Dunmore-Hale 1 con)"
    )
    people = _people(text)
    assert "Crusaders" in people["Mika Hakala-Jones"][1]
    assert "Crusaders" in people["Owen Tremaine-Pike"][1]
    assert people["Corey Dunmore-Hale"][1] == {"Highlanders"}


def test_a_preposition_or_a_verb_before_a_post_is_no_part_of_it() -> None:
    text = (
        "Coach Dean Marsh-Ward refused to blame referee Angus Kerr-Smith for the late call.\n\n"
        "The Rams may also be without captain Cody Fale-Tuilagi for several weeks."
    )
    people = _people(text)
    assert people["Angus Kerr-Smith"][0] == ("referee",)
    assert people["Cody Fale-Tuilagi"][0] == ("captain",)


def test_a_post_of_a_body_whose_letters_close_it_needs_no_comma_before_the_name() -> None:
    text = (
        "Bus drivers stayed home on Monday. General Secretary of the Island Transport Workers' Union "
        "(ITWU) Marlene Hinds-Corbin confirmed that the union had not called any action."
    )
    titles, orgs = _people(text)["Marlene Hinds-Corbin"]
    assert titles == ("General Secretary",) and "Island Transport Workers' Union" in orgs


def test_a_chairlady_chairs_the_body_named_after_her_post() -> None:
    text = (
        "Traders were angry. However, the Chairlady of the Wharf Road Fish Sellers Association, Madam "
        "Fatmata Koroma, said the traders were not consulted."
    )
    titles, orgs = _people(text)["Fatmata Koroma"]
    assert titles == ("Chairlady",) and orgs == {"Wharf Road Fish Sellers Association"}


def test_a_hyphened_kind_of_firm_before_its_name_keeps_the_post_and_the_firm() -> None:
    text = (
        "Rimantas Jonaitis, the owner of pipe-laying firm Baltic Trench Works, was fined for bribery.\n\n"
        "Ingrid Solheim-Berg, head of research at Oslo-based shipbroker Fjord Tonnage Partners, said owners "
        "had been slow to order new ships."
    )
    people = _people(text)
    assert people["Rimantas Jonaitis"] == (("owner",), {"Baltic Trench Works"})
    assert people["Ingrid Solheim-Berg"] == (("head of research",), {"Fjord Tonnage Partners"})


def test_a_legislator_of_a_party_named_in_full_before_the_seat() -> None:
    text = (
        "The One Bermuda Alliance said the fuel charge was unfair.\n\n"
        "Kevin Outerbridge-Simmons, the Progressive Labour Party MP for Devonshire East, said the "
        "Opposition had a short memory."
    )
    titles, orgs = _people(text)["Kevin Outerbridge-Simmons"]
    assert titles == ("MP",) and orgs == {"Progressive Labour Party"}


def test_a_researcher_belongs_to_the_unit_and_the_university_named_after_her() -> None:
    text = (
        "The sensor was developed by Assistant Professor Mei Ling Koh-Tan from the Department of Civil "
        "Engineering at the Northgate Institute of Technology, in collaboration with the city's water board."
    )
    orgs = _people(text)["Mei Ling Koh-Tan"][1]
    assert {"Department of Civil Engineering", "Northgate Institute of Technology"} <= orgs


def test_the_unit_a_person_was_attached_to_is_her_organisation() -> None:
    text = (
        "The court heard that between 2019 and 2021 Devon Barrett-Lyn, then attached to the Kingston "
        "Western Police Division, ran a call centre.\n\n"
        "The judge also convicted Grace Nantongo-Aber, 47, who was attached to the Ministry of Water and "
        "Environment's office in Mbale, of forgery."
    )
    people = _people(text)
    assert people["Devon Barrett-Lyn"][1] == {"Kingston Western Police Division"}
    assert people["Grace Nantongo-Aber"][1] == {"Ministry of Water and Environment"}
