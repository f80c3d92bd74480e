"""Titles and organisations of people, twenty-fourth round: trades, a portfolio before "minister",
India's capitalised "State" in posts, analysts' firms, party tags with a province, acronym posts, and
players tied to their sides in match reports."""

from tests.extract.reading import people_with_affiliations, titles_and_organisations


def test_trades_and_a_possessor_with_a_generation() -> None:
    text = (
        'Tomas Velde Jr. won the bout in the sixth round. Velde\'s trainer, Ramon "Kid" Oyelaran, said the '
        "camp had gone well.\n\nHis deckhand, Piet Marlow, 31, was jailed for six years. Dana Foyle, 41, a "
        "teaching assistant from Wexbury, said the charge had risen."
    )
    found = people_with_affiliations(text)
    assert found["Ramon Oyelaran"] == (("trainer",), set())
    assert found["Piet Marlow"][0] == ("deckhand",)
    assert found["Dana Foyle"][0] == ("teaching assistant",)


def test_a_portfolio_before_a_lower_case_minister_stays_in_the_post() -> None:
    text = (
        "The Ministry of Housing announced the change on Monday.\n\nHousing minister Rhona Tallis said the "
        "reforms would help homeowners."
    )
    assert titles_and_organisations(text, "Rhona Tallis") == ({"Housing minister"}, set())


def test_state_before_a_post_is_its_scope_not_a_body() -> None:
    text = (
        "The meeting was attended by State secretariat member K.R. Mohandas. Later, Bharatiya Janata Party "
        "(BJP) State president P. Sasidharan said the party would petition the court."
    )
    assert titles_and_organisations(text, "K.R. Mohandas") == ({"State secretariat member"}, set())
    titles, organisations = titles_and_organisations(text, "P. Sasidharan")
    assert titles == {"State president"}
    assert "Bharatiya Janata Party" in organisations
    assert "State" not in organisations


def test_analysts_firms_after_their_town_and_kind() -> None:
    text = (
        "Retail analyst Mira Castell, of Leeds broker Orrin Capital, cut her recommendation to sell. "
        "Tobias Wend, head of markets at Harwich-based investment platform Keelbridge Invest, said investors "
        "had lost money.\n\nJana Holub of Sedgefield Capital Markets in Calgary was more pessimistic."
    )
    assert titles_and_organisations(text, "Mira Castell") == ({"Retail analyst"}, {"Orrin Capital"})
    assert titles_and_organisations(text, "Tobias Wend") == ({"head of markets"}, {"Keelbridge Invest"})
    assert titles_and_organisations(text, "Jana Holub")[1] == {"Sedgefield Capital Markets"}


def test_a_party_tag_with_a_province_after_a_dash() -> None:
    text = (
        "The ruling Frente Nuevo Rumbo holds few seats, as does the Unión Cívica Radical (UCR).\n\n"
        "Senator Ernesto Villagra Paz (Frente Nuevo Rumbo–Mendoza) said the bill was populist. Deputy "
        "Lucía Arce Montes (UCR–Santa Fe), who chairs the Budget Committee, said debate would begin soon."
    )
    assert "Frente Nuevo Rumbo" in titles_and_organisations(text, "Ernesto Villagra Paz")[1]
    organisations = titles_and_organisations(text, "Lucía Arce Montes")[1]
    assert "UCR" in organisations
    assert "Budget Committee" in organisations


def test_acronym_and_presidential_posts_before_names() -> None:
    text = (
        "A case was registered on the complaint of SHO Karim Bux Soomro. A committee headed by DIG-East "
        "Nadeem Akhtar Baloch was formed.\n\nPresidential Spokesperson Julián Ortega Ruiz went further."
    )
    found = people_with_affiliations(text)
    assert found["Karim Bux Soomro"][0] == ("SHO",)
    assert found["Nadeem Akhtar Baloch"][0] == ("DIG-East",)
    assert found["Julián Ortega Ruiz"][0] == ("Presidential Spokesperson",)


def test_players_take_their_side_from_the_scorers_line_and_the_sentence() -> None:
    text = (
        "Replacement wing David Treharne crossed late as the Harriers edged the Kestrels 24-20 in the derby.\n\n"
        "Harriers: Tries: Treharne, Madoc. Cons: Penhale 2.\n"
        "Kestrels: Tries: Coleby. Cons: Dunstan 2. Pens: Dunstan 2.\n\n"
        "The Harriers hit back when scrum-half Rhys Madoc darted over, and fly-half Emyr Penhale converted. "
        "Kestrels flanker Alun Coleby was sent to the bin, and lock Gareth Dunstan followed him.\n\n"
        "Harriers head coach Ifan Pugh said the bench had won it. Kestrels head coach Sion Brace said he had "
        "no complaints about the referee, and the second half had been a good game of rugby."
    )
    found = people_with_affiliations(text)
    assert found["David Treharne"] == (("wing",), {"Harriers"})
    assert found["Rhys Madoc"][1] == {"Harriers"}
    assert found["Emyr Penhale"][1] == {"Harriers"}
    assert found["Gareth Dunstan"][1] == {"Kestrels"}


def test_an_opponents_tag_after_the_player_names_no_side() -> None:
    text = (
        "Colorado trailed 3-1 in the third period of the hockey game. Bednar answered with a wrist shot, "
        "tipping a point shot from defenseman Kalle Norrby past Vegas goalie Dawson Pryde.\n\n"
        "Colorado Avalanche coach Jared Bell said the team played well. Vegas Golden Knights coach Tim Moss "
        "said his side needed the points before the playoffs."
    )
    found = people_with_affiliations(text)
    assert found["Kalle Norrby"][1] == set()


def test_a_second_capitalised_post_after_who_is_also_the() -> None:
    text = "Ward MCA Rose Nyaboke Ondari, who is also the Majority Whip, said the committee had acted fairly."
    assert "Majority Whip" in titles_and_organisations(text, "Rose Nyaboke Ondari")[0]
