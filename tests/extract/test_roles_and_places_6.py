"""Titles, affiliations and places from the sixth held-out set's styles (all sentences made up)."""

from app.extract import run
from app.extract.document import split_document
from tests.extract.reading import titles_and_organisations as _person


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country_code) for p in run(text).places]


def test_date_line_after_byline_is_no_paragraph() -> None:
    text = (
        "Town approves budget\n\nBy Jane Roe\nSep 16, 2025\n\n"
        "SPRINGTON, Mo. — The town council voted late Monday to approve a budget."
    )
    document = split_document(text)
    assert document.body.startswith("SPRINGTON, Mo. —")
    assert document.dateline_place == "SPRINGTON"
    assert document.published_at is not None and document.published_at.day == 16


def test_a_dated_sentence_after_byline_stays() -> None:
    text = "Town approves budget\n\nBy Jane Roe\nOn Sep 16, 2025 the town council voted to approve a budget."
    assert split_document(text).body.startswith("On Sep 16")


def test_ap_state_abbreviation_in_dateline_after_byline() -> None:
    text = (
        "Town approves budget\n\nBy Jane Roe\nSep 16, 2025\n\n"
        "COLUMBIA, Mo. — The council voted late Monday to approve the budget, officials said."
    )
    assert ("Missouri", "US") in _places(text)


def test_district_named_with_compass_word_before_neighbourhood() -> None:
    text = (
        "Residents of Denver packed the hall. Tom Roe, 71, of the Old Northside neighborhood, "
        "said break-ins had risen. Mary Lee, who lives in the Elmwood neighborhood, agreed."
    )
    places = _places(text)
    assert ("Old Northside", "US") in places
    assert ("Northside", "US") not in places


def test_possessive_city_noun_is_no_settlement_apposition() -> None:
    text = (
        "Crowds in Denver cheered. Jane Roe said cuts to Metro Link, the city's bus system, would hurt "
        "night workers in Denver."
    )
    assert "Metro Link" not in [name for name, _ in _places(text)]


def test_arabic_article_joined_inside_a_known_place_name() -> None:
    text = "Aid workers in Gaza said shelters in Deir el-Balah were full. Prices rose in Cairo."
    assert ("Deir el-Balah", "PS") in _places(text)
    assert ("Deir", "PS") not in _places(text)


def test_town_after_opened_at() -> None:
    text = (
        "Fires burned across the Blue Mountains west of Sydney. An evacuation centre has opened at "
        "Warrimoo Heights. Residents of Katoomba were told to leave."
    )
    assert ("Warrimoo Heights", "AU") in _places(text)


def test_small_gazetteer_town_after_at() -> None:
    text = "The trust in Leeds said it had opened a new unit at Pontefract in November."
    assert ("Pontefract", "GB") in _places(text)


def test_town_after_at_before_a_reporting_verb_is_not_taken() -> None:
    text = "The trust in Leeds said Jane Roe had looked at her. The nurse who looked at Pontefract said so."
    assert ("Pontefract", "GB") not in _places(text)


def test_region_possessed_by_a_country() -> None:
    text = "Savings will come from sharing plants in Chile's Atacama region, the company said."
    assert ("Atacama", "CL") in _places(text)
    assert "Atacama" not in [name for name, _ in _places("Savings will come from the Atacama plant.")]


def test_short_form_of_an_organisation_is_no_place() -> None:
    text = (
        "Kestrel launched a bid for Andes Crest Mining on Monday. Shares in Andes Crest fell. "
        '"We reject it," Andes Crest Chairman Tomas Roa said.'
    )
    assert "Andes" not in [name for name, _ in _places(text)]


def test_journal_and_product_names_are_no_places() -> None:
    text = (
        "Scientists in Tromso say the ice is thinning. The study, published last month in Polar Letters, "
        "found losses doubled. Hackers in Oslo exploited a flaw in DataHarbor, a file-transfer tool."
    )
    names = [name for name, _ in _places(text)]
    assert "Polar Letters" not in names
    assert "DataHarbor" not in names
    places = _places("Scientists said the ice is thinning in Svalbard and in Tromso, Norway.")
    assert ("Svalbard", "NO") in places


def test_region_name_at_a_sentence_start_that_the_article_writes_as_a_word() -> None:
    text = "Rivers feeding the Thames are in poor health. Anglers in Oxford said the rivers smelled."
    assert "Rivers" not in [name for name, _ in _places(text)]
    text = "Rivers reported new cases of cholera. Officials in Port Harcourt said clinics were full."
    assert ("Rivers", "NG") in _places(text)


def test_organisation_inside_a_role_after_the_name() -> None:
    text = "Omar Haddad, a senior Fatah official, told reporters the group had received the plan."
    titles, orgs = _person(text, "Omar Haddad")
    assert "official" in titles and "Fatah" in orgs


def test_acronym_organisation_inside_a_role_with_a_city() -> None:
    text = "“We need water,” said Lina Sabbagh, an UNICEF spokesperson in Amman. She said more was needed."
    titles, orgs = _person(text, "Lina Sabbagh")
    assert "spokesperson" in titles and "UNICEF" in orgs


def test_university_inside_a_role_before_who() -> None:
    text = "Kim Roe, 29, a University of Kent graduate student who lives nearby, said the plan was late."
    titles, orgs = _person(text, "Kim Roe")
    assert "graduate student" in titles and "University of Kent" in orgs


def test_place_inside_a_role_is_no_organisation() -> None:
    text = "Thomas Lee, a Paris lawyer, said the ruling was wrong."
    titles, orgs = _person(text, "Thomas Lee")
    assert "lawyer" in titles and not orgs


def test_descriptor_possessive_opens_the_role() -> None:
    text = (
        "A report by the Otter Valley Trust found rivers in poor health. Dr Jane Roe, the trust’s head "
        "of science, said the data were clear."
    )
    titles, orgs = _person(text, "Jane Roe")
    assert "head of science" in titles and "Otter Valley Trust" in orgs


def test_who_also_leads_the_party() -> None:
    text = (
        "The Free Democrats (FDP) lost seats. Chancellor Hans Roe said little. Roe, who also leads the FDP, "
        "did not speak in the debate."
    )
    _, orgs = _person(text, "Hans Roe")
    assert "FDP" in orgs


def test_of_the_party_before_a_past_tense_verb() -> None:
    text = (
        "The Free Democrats (FDP) and the Greens argued. Finance Minister Hans Roe of the FDP opened "
        "the debate by defending the bill."
    )
    _, orgs = _person(text, "Hans Roe")
    assert "FDP" in orgs


def test_simple_new_role_heads() -> None:
    titles, _ = _person("Mary Roe, a former school cook, said she felt forgotten.", "Mary Roe")
    assert "school cook" in titles
    titles, _ = _person("Ann Lee, a 51-year-old domestic worker, said she queued for hours.", "Ann Lee")
    assert "domestic worker" in titles


_MATCH_REPORT = (
    "Jake Toller threw for 300 yards and two touchdowns, and Kelso Rovers beat Dunmore Wanderers 27-24 "
    "on Sunday.\n\n"
    "Toller, a second-year quarterback who was benched two weeks ago, led three scoring drives.\n\n"
    "Wanderers led early after safety Omar Pennick intercepted Toller. Rovers linebacker Dion Petty had "
    "two sacks in the second half of the season opener at the stadium.\n\n"
    "INJURIES\n\n"
    "Wanderers: WR Darius Vell left in the second quarter.\n\n"
    "Rovers: Center Roy Kowal was carted off."
)


def test_playing_positions_in_a_match_report() -> None:
    assert "quarterback" in _person(_MATCH_REPORT, "Jake Toller")[0]
    assert "safety" in _person(_MATCH_REPORT, "Omar Pennick")[0]
    for name, position, team in (
        ("Dion Petty", "linebacker", "Kelso Rovers"),
        ("Darius Vell", "WR", "Dunmore Wanderers"),
        ("Roy Kowal", "Center", "Kelso Rovers"),
    ):
        titles, orgs = _person(_MATCH_REPORT, name)
        assert position in titles and team in orgs
    assert "WR" not in [o.name for o in run(_MATCH_REPORT).organisations]
    assert "second-year quarterback" not in _person(_MATCH_REPORT, "Jake Toller")[0]


def test_positions_are_no_titles_outside_sport() -> None:
    text = "Road deaths fell, the report said. Staff at the center Thomas Roe runs said it had closed."
    assert "center" not in _person(text, "Thomas Roe")[0]


def _speaker_of(text: str, words: str) -> str | None:
    return next(q.speaker_key for q in run(text).quotes if words in q.text)


def test_the_official_after_an_unnamed_official_is_not_the_named_one() -> None:
    named = "Omar Haddad, a senior Fatah official, told reporters the group was studying the plan.\n\n"
    unnamed = (
        "An Egyptian official, speaking on condition of anonymity because he was not authorised to brief "
        "the media, said talks would go on.\n\n"
    )
    quote = "“Both sides want guarantees,” the official said.\n\n"
    assert _speaker_of(named + unnamed + quote, "Both sides") is None
    assert _speaker_of(named + quote, "Both sides") == "omar haddad"


def test_the_trust_is_the_organisation_named_trust() -> None:
    text = (
        "Kirkby General is run by Pennine Vale Hospitals NHS Foundation Trust, which has a long list. "
        "NHS England said the figures were improving.\n\n"
        "In a statement, the trust’s chief operating officer, Dr Imran Shah, said it was sorry."
    )
    titles, orgs = _person(text, "Imran Shah")
    assert "chief operating officer" in titles
    assert "Pennine Vale Hospitals NHS Foundation Trust" in orgs and "NHS England" not in orgs


def test_organisation_before_a_capitalised_title_named_again() -> None:
    text = (
        "Voltana cut diesel prices last month.\n\n"
        "Voltana Chief Executive Clara Vasques told analysts the company had no plans to change prices."
    )
    titles, orgs = _person(text, "Clara Vasques")
    assert "Chief Executive" in titles and "Voltana" in orgs
    titles, orgs = _person(
        "Heron Chief Executive Clara Vasques told analysts prices would hold.", "Clara Vasques"
    )
    assert "Heron" not in orgs


def test_local_government_posts() -> None:
    text = (
        "The Springfield City Council voted 5-2 to approve the budget.\n\n"
        "Council member Dana Eaves voted no. City Manager Alan Whitby said the cuts were needed."
    )
    assert "Council member" in _person(text, "Dana Eaves")[0]
    assert "City Manager" in _person(text, "Alan Whitby")[0]


def test_club_city_manager_keeps_the_club() -> None:
    text = "Harbour City Manager Jim Reilly said the club would appeal. Harbour City lost 2-1 in the league."
    _, orgs = _person(text, "Jim Reilly")
    assert "Harbour City" in orgs


def test_lower_case_organisation_in_roles_after_the_name() -> None:
    text = (
        "zapply, the payments app, said it had been hacked.\n\n"
        "Joss Ade, zapply’s co-founder and CEO, posted that the company would explain.\n\n"
        "Callum Reddan, a security researcher at zapply, said the flaw was old."
    )
    titles, orgs = _person(text, "Joss Ade")
    assert {"co-founder", "CEO"} <= titles and "zapply" in orgs
    titles, orgs = _person(text, "Callum Reddan")
    assert "security researcher" in titles and "zapply" in orgs
    titles, orgs = _person("Callum Reddan, a researcher at work, said the flaw was old.", "Callum Reddan")
    assert not orgs


def test_government_spokeswoman_at_a_sentence_start() -> None:
    text = (
        "The Free Democrats (FDP) and the Greens argued. Government spokeswoman Anna Pohl told reporters "
        "in Berlin it would hold."
    )
    assert _person(text, "Anna Pohl") == ({"Government spokeswoman"}, set())


def test_role_set_off_before_a_role_before_the_name() -> None:
    text = (
        "The Free Democrats (FDP) opposed the bill. Their spokesman, FDP lawmaker Karl von Abel, "
        "called it a blank check."
    )
    titles, orgs = _person(text, "Karl von Abel")
    assert {"spokesman", "lawmaker"} <= titles and "FDP" in orgs


def test_group_inside_the_organisation_after_an_apostrophe() -> None:
    text = (
        "The Greens opposed the bill. Tina Roe, co-leader of the Greens’ parliamentary group, said it was "
        "a blank check."
    )
    titles, orgs = _person(text, "Tina Roe")
    assert "co-leader" in titles and orgs


def test_acronym_between_organisation_and_role_before_the_name() -> None:
    text = (
        "Addressing reporters in Lucknow, Janata Vikas Party (JVP) president Vikram Singh Rao alleged fraud."
    )
    titles, orgs = _person(text, "Vikram Singh Rao")
    assert "president" in titles and "Janata Vikas Party" in orgs


def test_who_represents_a_sector_in_the_council() -> None:
    text = (
        "In Hong Kong, lawmaker Victor Leung, who represents the import and export sector in the "
        "Legislative Council, said traders needed guidance."
    )
    assert "Legislative Council" in _person(text, "Victor Leung")[1]


def test_fronted_role_before_the_pronoun() -> None:
    text = (
        "Helena Sand has spent 22 summers on the glaciers of Svalbard. A glaciologist at the Polar Research "
        "Institute in Tromso, she led the team behind a study of the ice."
    )
    titles, orgs = _person(text, "Helena Sand")
    assert "glaciologist" in titles and "Polar Research Institute" in orgs
    text = (
        "Helena Sand has spent 22 summers on the glaciers of Svalbard. A glaciologist at the Polar Research "
        "Institute in Tromso, he led the team behind a study of the ice."
    )
    assert "glaciologist" not in _person(text, "Helena Sand")[0]


def test_capitalised_title_after_the_name_and_a_degree() -> None:
    text = (
        "Halvern Pharmaceuticals recalled two lots.\n\n"
        '"Safety comes first," said Mira Osei, M.D., Chief Medical Officer of Halvern Pharmaceuticals. '
        '"We act now," said Greg Tan, Senior Vice President of Quality Operations at Halvern Pharmaceuticals.'
    )
    titles, orgs = _person(text, "Mira Osei")
    assert "Chief Medical Officer" in titles and "Halvern Pharmaceuticals" in orgs
    titles, orgs = _person(text, "Greg Tan")
    assert "Senior Vice President of Quality Operations" in titles and "Halvern Pharmaceuticals" in orgs


def test_capitalised_title_of_a_country_is_no_affiliation() -> None:
    text = "Queen Sofia met Felipe Borbon, King of Spain, in Madrid on Monday, officials said."
    assert not _person(text, "Felipe Borbon")[1]


def test_anonymous_lede_with_an_irregular_verb() -> None:
    text = (
        "OTTAWA — The chief executive of Laurier Northern Railway told MPs on Thursday that the board was "
        "not told about a faulty sensor.\n\n"
        "Jean-Paul Rosier, who has led the railway since 2021, faced three hours of questions."
    )
    titles, orgs = _person(text, "Jean-Paul Rosier")
    assert "chief executive" in titles and "Laurier Northern Railway" in orgs
    text = (
        "OTTAWA — The chief executive of Laurier Northern Railway is on leave.\n\nJean-Paul Rosier rang MPs."
    )
    assert "chief executive" in _person(text, "Jean-Paul Rosier")[0]
    text = "OTTAWA — The talks of Laurier Northern Railway told a story.\n\nJean-Paul Rosier rang MPs."
    assert not _person(text, "Jean-Paul Rosier")[0]


def test_compound_adjective_inside_a_role_is_no_organisation() -> None:
    text = "The book was late, said Maria Lopez, a Pulitzer Prize-winning author."
    titles, orgs = _person(text, "Maria Lopez")
    assert "author" in titles and not orgs
