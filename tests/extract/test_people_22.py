"""Round-22 people rules: bylines in more outlets' forms, styles and posts kept out of names (Cr,
Deshamanya, the Honourable, Legislator), Gaelic, Welsh, Spanish and Chinese names kept whole, posts
written after a name with "the" or "for", a party and seat in brackets, and place names that end in a
word no surname takes."""

from app.extract import run
from app.extract.document import split_document
from app.extract.lexicon import family_name_first
from tests.extract.reading import people_with_affiliations as _people

_BODY = (
    "The council approved the plan on Tuesday after a long debate about the cost of the new depot, "
    "which officials said would be finished by the end of next year."
)


def _names(text: str) -> list[str]:
    return [p.name for p in run(text).people]


# --- bylines -----------------------------------------------------------------------------------------


def test_a_by_line_with_an_accented_name_under_a_standfirst_is_the_byline() -> None:
    text = f"Council backs depot\n\nThe plan moves ahead.\n\nby Colm Ó Briain-Walsh\n14 May 2025\n\n{_BODY}"
    assert split_document(text).byline == "Colm Ó Briain-Walsh"
    assert "Colm Ó Briain-Walsh" not in _names(text)


def test_a_bare_name_over_a_long_opening_paragraph_is_the_byline_when_named_nowhere_else() -> None:
    text = f"Council backs depot\n\nRachel Aquilina-Dowd\n\n{_BODY}"
    assert split_document(text).byline == "Rachel Aquilina-Dowd"
    # Named again below: the story is about her.
    text = f"Council backs depot\n\nRachel Aquilina-Dowd\n\n{_BODY} Aquilina-Dowd voted against it."
    assert split_document(text).byline is None


def test_the_outlet_line_under_a_writers_bare_name_is_no_paragraph() -> None:
    text = f"Council backs depot\n\nLaura Dimitriou\nArizona Republic\n\n{_BODY}"
    document = split_document(text)
    assert document.byline == "Laura Dimitriou"
    assert not document.body.startswith("Arizona Republic")
    assert "Arizona Republic" not in _names(text)


def test_a_place_line_under_a_writers_bare_name_stays() -> None:
    text = f"Council backs depot\n\nLaura Dimitriou\nPhoenix\n\n{_BODY}"
    assert split_document(text).body.startswith("Phoenix")


def test_a_stamped_by_line_and_a_reports_from_line_credit_the_writer() -> None:
    text = f"Council backs depot\n\nBy Terrence Abernathy Globe Staff, Updated March 12, 2027, 4:15 p.m.\n\n{_BODY}"
    assert "Terrence Abernathy Globe Staff" not in _names(text)
    text = f"Council backs depot\n\nThe plan moves ahead.\n\nFintan Gearailt-Byrne reports from Nowlan Park\n\n{_BODY}"
    assert "Fintan Gearailt-Byrne" not in _names(text)


def test_a_reports_from_clause_inside_a_sentence_is_no_credit() -> None:
    text = "Jane Roe reports from Nowlan Park that the crowd was large, and Roe said the pitch was heavy."
    assert "Jane Roe" in _names(text)


def test_bracketed_closing_credits_name_no_people() -> None:
    text = f"{_BODY}\n\n(By Chen Yu-ting and Sean Lin)"
    assert _names(text) == []
    text = f"{_BODY}\n\n(Japanese original by Aya Kitamura, Nagoya Bureau)"
    assert _names(text) == []


def test_a_bracketed_sentence_opening_with_by_is_no_credit() -> None:
    text = f"{_BODY}\n\n(By then, Jane Roe said, the depot would be open.)"
    assert "Jane Roe" in _names(text)


# --- styles and posts out of names -----------------------------------------------------------------


def test_styles_stay_out_of_names() -> None:
    names = _names(
        "Committee chairwoman Cr Marie Lamont said the lane had split the street. "
        "Chairman Deshamanya Lalith de Silva said the group had turned the corner. "
        "“These are good jobs,” said the Honourable Darius MacIsaac-Nguyen. "
        "DPP Legislator Chiang Yu-ting said the cut was political."
    )
    assert {"Marie Lamont", "Lalith de Silva", "Darius MacIsaac-Nguyen", "Chiang Yu-ting"} <= set(names)
    assert not any(n.startswith(("Cr ", "Deshamanya", "Honourable", "Legislator")) for n in names)


def test_a_word_that_only_looks_like_a_style_stays_in_a_surname() -> None:
    assert _names("Marie Crane said the lane had split the street.") == ["Marie Crane"]


def test_a_capitalised_post_after_the_or_for_is_the_title() -> None:
    text = "Kathleen Roe, the Minister of Home Affairs, whose portfolio includes energy, said it rose."
    assert _people(text)["Kathleen Roe"][0] == ("Minister of Home Affairs",)
    text = "Jane Roe, Minister for Housing, told reporters it was good."
    assert _people(text)["Jane Roe"][0] == ("Minister for Housing",)


def test_for_after_a_post_that_is_no_ministers_ties_no_body() -> None:
    text = "Jane Roe, Spokesperson for Acme Corp, said it was good."
    assert "Acme Corp" not in _people(text)["Jane Roe"][1]


def test_a_party_and_seat_or_a_group_and_country_in_brackets() -> None:
    assert "Labour Party" in _people("Councillor Jane Roe (Labour, Anfield) said it.")["Jane Roe"][1]
    people = _people("After the vote, rapporteur Jane Roe (EPP, PL) said it was a good deal.")
    assert people["Jane Roe"] == (("rapporteur",), {"EPP"})
    assert "S&D" in _people("Shadow rapporteur Jane Roe (S&D, IT) said it.")["Jane Roe"][1]


def test_a_company_and_town_in_brackets_is_no_party() -> None:
    assert _people("Jane Roe (Acme, Lagos) said it.")["Jane Roe"][1] == set()


def test_new_role_nouns_give_titles() -> None:
    assert _people("Current coxswain Luke Roe said he had been a legend.")["Luke Roe"][0] == ("coxswain",)
    assert _people("The guard, Ramón Antonio Roe, 52, was shot twice.")["Ramón Antonio Roe"][0] == ("guard",)
    people = _people("Two goals from Wexford full-forward Conor Roe turned the game.")
    assert people["Conor Roe"][0] == ("full-forward",)


def test_the_national_guard_is_no_person() -> None:
    assert _names("The National Guard said it would deploy troops on Monday.") == []


def test_where_a_person_is_based_is_no_part_of_the_post() -> None:
    assert _people("Linden-based welder Marlon Roe said he was close to giving up.")["Marlon Roe"][0] == (
        "welder",
    )
    assert _people("London-based Acme chief Jane Roe said so.")["Jane Roe"][0] == ("chief",)


# --- names kept whole ---------------------------------------------------------------------------------


def test_a_gaelic_surname_with_its_article_is_one_name() -> None:
    text = "Health spokesman Dr Alasdair Mac a' Phearsain told MSPs it was bad. Dr Mac a' Phearsain left."
    assert _names(text) == ["Alasdair Mac a' Phearsain"]


def test_an_apostrophe_after_a_with_no_name_after_it_ends_the_name() -> None:
    assert _names("Peter Mac a' said it.") == ["Peter Mac"]


def test_a_welsh_initial_of_two_letters_stays_in_the_name() -> None:
    assert _names("Group leader Cllr Huw Ll. Morgan said the council had not done its homework.") == [
        "Huw Ll. Morgan"
    ]
    assert _names("Group leader Cllr Huw L. Morgan said the council had not done its homework.") == [
        "Huw L. Morgan"
    ]


def test_unknown_given_names_in_a_comma_set_slot_after_a_post_or_kin_noun_stay() -> None:
    assert _names("His widow, Altagracia Gil de Tavárez, told reporters it was sad.") == [
        "Altagracia Gil de Tavárez"
    ]
    text = "The deal was signed by Iraq's Minister of Trade, Atheer Dawood Salman Al-Ghurairi, in Amman."
    assert _names(text) == ["Atheer Dawood Salman Al-Ghurairi"]


def test_unknown_words_after_a_date_or_a_clause_and_a_comma_are_no_given_names() -> None:
    text = "The deal was signed on Monday, Atheer Dawood Salman Al-Ghurairi said."
    assert _names(text) == ["Salman Al-Ghurairi"]
    assert _names("Under the deal, Acme Dawood Salman Roe, a trader, said it was signed.") == ["Salman Roe"]


def test_a_holder_named_after_a_second_portfolio() -> None:
    text = (
        "Senior Minister of State for Sustainability and the Environment Lim Wei Ming visited the road. "
        "Dr Lim said it had rained."
    )
    assert _names(text) == ["Lim Wei Ming"]
    assert _people("Minister for Trade and Industry Jane Roe said it.")["Jane Roe"][0] == (
        "Minister for Trade and Industry",
    )


def test_chinese_family_name_first_before_two_syllables() -> None:
    assert family_name_first(["Lim", "Wei", "Ming"]) == "Lim"
    assert family_name_first(["Mary", "Ann", "Lee"]) is None
    assert family_name_first(["Lee", "Ann", "Womack"]) is None


# --- places read as people ----------------------------------------------------------------------------


def test_names_ending_in_a_place_word_are_no_people() -> None:
    text = (
        "Craig Astwood, a Hamilton Parish resident who runs a bakery, said it was bad. "
        "Burial will be in Milton Cemetery. A lecturer brought us out to Clara Bog."
    )
    assert _names(text) == ["Craig Astwood"]


def test_a_surname_parish_that_stands_alone_or_speaks_is_a_person() -> None:
    assert _names("Mitchell Parish wrote the words. Parish left in 1950.") == ["Mitchell Parish"]
    assert _names("Jane Town said it was bad.") == ["Jane Town"]


# --- double-barrelled surnames ------------------------------------------------------------------------


def test_an_unknown_given_name_before_a_double_surname_is_a_person() -> None:
    text = "Oluwaseun Adeyemi-Gallant, Chief Executive Officer of Opportunities New Brunswick, said it."
    assert _names(text) == ["Oluwaseun Adeyemi-Gallant"]


def test_double_surnames_on_credit_lines_or_after_an_arabic_article_are_no_people() -> None:
    text = f"Residents queue for water. (Photo: Gallo Images / Lerato Maduna-Smith)\n\n{_BODY}"
    assert "Lerato Maduna-Smith" not in _names(text)
    text = "Workers in Jleeb Al-Shuyoukh and Mahboula said the rents had doubled in the last two years."
    assert _names(text) == []


def test_an_ombudsman_is_a_post_before_the_name() -> None:
    text = (
        "Fair Work Ombudsman Kerrin Ashdown-Price said some of the workers had been housed eight to a room."
    )
    assert "Ombudsman" in _people(text)["Kerrin Ashdown-Price"][0]
    assert _names("The Ombudsman said the complaint was upheld.") == []
