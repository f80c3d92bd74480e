"""Quotes and speakers, round 21: an interview's subject found by how often its introduction names
them, a legislator's abbreviated title inside an appositive, the office of a post holder, and a few
more unnamed groups (all sentences made up)."""

from app.extract import run
from tests.extract.reading import indirect_quotes, speaker_of

# --- "Q: …" / "A: …" after an introduction naming the interviewee most often ------------------------


def _interview(intro: str) -> str:
    return (
        "Meet the baker\n\n"
        + intro
        + "\n\nQ: Why bread?\n\nA: Because everybody eats it, every single day of the week.\n\n"
        "Q: And next year?\n\nA: A second oven and four more bakers on the night shift."
    )


def test_the_person_the_introduction_names_most_answers() -> None:
    text = _interview(
        "Marta Koval-Reyes took over the Elmfield bakery two years ago. Her predecessor, Peter Odum, "
        "said she had the patience for it.\n\nMs Koval-Reyes, 38, trained in Lyon."
    )
    assert speaker_of(text, "Because everybody eats it") == "marta koval-reyes"
    assert speaker_of(text, "A second oven") == "marta koval-reyes"


def test_an_introduction_naming_two_people_equally_gives_no_interviewee() -> None:
    text = _interview(
        "Marta Koval-Reyes and Peter Odum run the Elmfield bakery. Ms Koval-Reyes bakes and Mr Odum sells."
    )
    assert speaker_of(text, "Because everybody eats it") is None


def test_one_mention_each_gives_no_interviewee() -> None:
    text = _interview("Marta Koval-Reyes runs the Elmfield bakery, which Peter Odum founded in 1990.")
    assert speaker_of(text, "Because everybody eats it") is None


# --- "…,” the bill's author, state Rep. Jane Roe, said" --------------------------------------------


def test_an_abbreviated_title_inside_a_role_appositive() -> None:
    text = (
        "Tax bill passes\n\n"
        "\"This is money back in people's pockets,\" the bill's author, state Rep. Dale Whitcomb-Ortiz, "
        "said on Tuesday."
    )
    assert speaker_of(text, "money back in people") == "dale whitcomb-ortiz"


def test_a_role_appositive_naming_no_one_gives_no_speaker() -> None:
    text = "Tax bill passes\n\n\"This is money back in people's pockets,\" the bill's author said on Tuesday."
    assert speaker_of(text, "money back in people") is None


# --- "A spokesperson for the governor's office said" ------------------------------------------------


def test_the_office_of_a_post_is_no_earlier_body() -> None:
    text = (
        "Budget agreed\n\nThe figures come from the Fiscal Review Board.\n\n"
        "A spokesperson for the governor's office said the governor would sign the bill."
    )
    assert indirect_quotes(text) == [("the governor would sign the bill", None)]
    assert "Fiscal Review Board" in {o.name for o in run(text).organisations}


def test_the_body_itself_still_speaks_through_its_spokesperson() -> None:
    text = (
        "Budget agreed\n\nThe figures come from the Fiscal Review Board.\n\n"
        "A spokesperson for the board said the governor would sign the bill."
    )
    assert speaker_of(text, "the governor would sign") == "fiscal review board"


# --- "Several said …", "…, fishers told the paper." -------------------------------------------------


def test_several_alone_is_an_unnamed_group() -> None:
    text = "Boats idle\n\nFishing crews gathered at the jetty. Several said catches had not recovered."
    assert indirect_quotes(text) == [("catches had not recovered", None)]


def test_several_of_something_is_no_speech() -> None:
    text = "Boats idle\n\nSeveral of the boats sank in the storm, and the jetty was closed."
    assert indirect_quotes(text) == []


def test_fishers_and_growers_are_unnamed_groups() -> None:
    text = (
        "Boats idle\n\nThe weed is only part of the problem, fishers told the Gazette.\n\n"
        "Growers say the cost of picking alone has doubled."
    )
    assert indirect_quotes(text) == [
        ("The weed is only part of the problem", None),
        ("the cost of picking alone has doubled", None),
    ]


def test_the_office_of_a_post_a_named_body_is_called_after_is_that_body() -> None:
    text = (
        "Clerk sentenced\n\nA report from the Office of the State Auditor found the shortfall.\n\n"
        "The clerk's insurer has already repaid part of it, the auditor's office said."
    )
    assert speaker_of(text, "has already repaid") == "office of the state auditor"


# --- "…, the company told the Stock Exchange of Thailand (SET) on Tuesday." ---------------------------

_FILING = (
    "Chilled profit\n\nKorat Frozen Foods Plc (KFF) reported a jump in profit on Tuesday.\n\n"
    "Net profit rose 38% to 612 million baht, the company told the Stock Exchange of Thailand (SET) "
    "on Tuesday.\n\nThe company plans to spend 3 billion baht on new warehouses, according to its filing."
)


def test_a_listener_with_of_letters_and_a_day_ends_a_told_clause() -> None:
    assert speaker_of(_FILING, "Net profit rose 38%") == "korat frozen foods plc"


def test_its_filing_is_the_tellers_not_the_listeners() -> None:
    assert speaker_of(_FILING, "plans to spend 3 billion") == "korat frozen foods plc"


def test_a_told_clause_with_more_after_the_listener_is_no_trailing_cue() -> None:
    text = (
        "Chilled profit\n\nKorat Frozen Foods Plc reported a jump in profit.\n\n"
        "Net profit rose 38%, the company told the Stock Exchange of Thailand of its plans for a new plant."
    )
    assert all("Net profit rose" not in q for q, _ in indirect_quotes(text))


def test_its_filing_after_a_body_that_filed_is_that_body() -> None:
    text = (
        "Chilled profit\n\nKorat Frozen Foods Plc reported a jump in profit.\n\n"
        "The company plans to spend 3 billion baht on new warehouses, according to its filing."
    )
    assert speaker_of(text, "plans to spend 3 billion") == "korat frozen foods plc"


# --- "victims who spoke to the Gazette alleged", "commuters interviewed by The Herald said" -----------


def test_an_unnamed_group_that_spoke_to_a_paper_is_no_paper() -> None:
    text = (
        "Relief diverted\n\nTHE GAZETTE visited the camps on Monday.\n\n"
        "However, some of the victims who spoke to THE GAZETTE alleged that the food was shared among "
        "party loyalists."
    )
    assert indirect_quotes(text) == [("the food was shared among party loyalists", None)]


def test_a_group_interviewed_by_a_paper_at_named_places_speaks_unnamed() -> None:
    text = (
        "Fares rise\n\nBut commuters interviewed by The Herald at the Ubungo and Kariakoo terminals said "
        "the increase would hurt low-income earners."
    )
    assert indirect_quotes(text) == [("the increase would hurt low-income earners", None)]


def test_a_named_person_who_spoke_to_a_paper_still_speaks() -> None:
    text = (
        "Relief diverted\n\nThe Gazette visited the camps on Monday.\n\n"
        "Amina Bello-Yusuf, who spoke to the Gazette, alleged that the food was shared among party loyalists."
    )
    assert speaker_of(text, "the food was shared") == "amina bello-yusuf"


# --- "X, which …, will …, said Jane Roe, the office's deputy." -------------------------------------


def test_an_inverted_said_before_a_name_ending_the_sentence_gives_that_name() -> None:
    text = (
        "Rates rise\n\nThe Coastal Insurance Regulator, which must approve the request, will accept comments "
        "until March 6, said Lorna Pettigrew-Diaz, the regulator's deputy commissioner."
    )
    assert indirect_quotes(text) == [
        (
            "The Coastal Insurance Regulator, which must approve the request, will accept comments until March 6",
            "lorna pettigrew-diaz",
        )
    ]


def test_said_before_a_name_that_opens_a_clause_is_no_inversion() -> None:
    text = (
        "Minister quits\n\nLorna Pettigrew-Diaz resigned on Friday. The premier, speaking on Monday, said "
        "Pettigrew-Diaz would be replaced next week."
    )
    assert [q for q, _ in indirect_quotes(text)] == ["Pettigrew-Diaz would be replaced next week"]


# --- "The Council's lead negotiator, Poland's deputy infrastructure minister Jane Roe, said" ----------


def test_a_countrys_possessive_in_the_role_before_an_appositive_name() -> None:
    text = (
        "Rail deal\n\nThe Council's lead negotiator, Poland's deputy infrastructure minister Marek "
        "Zielinski-Haas, said the text struck a fair balance."
    )
    assert speaker_of(text, "the text struck") == "marek zielinski-haas"


def test_a_possessive_role_with_no_comma_before_it_is_no_appositive() -> None:
    text = (
        "Rail deal\n\nThe talks with Poland's deputy infrastructure minister Marek Zielinski-Haas ended. "
        "Officials said the text struck a fair balance."
    )
    assert speaker_of(text, "the text struck") is None


# --- 'asked Roger "Shorty" Baptiste' ----------------------------------------------------------------


def test_a_nickname_inside_a_name_is_no_quote() -> None:
    text = (
        "Weed chokes boats\n\n"
        '"How am I going to get a boat through that?" asked Tomas "Sparrow" Okonkwo-Reid, 58, who has '
        'fished here for 40 years. "Every engine that goes through it chokes."'
    )
    assert [(q.text, q.speaker_key) for q in run(text).quotes] == [
        ("How am I going to get a boat through that?", "tomas okonkwo-reid"),
        ("Every engine that goes through it chokes.", "tomas okonkwo-reid"),
    ]


def test_a_capitalised_quote_after_no_name_is_kept() -> None:
    text = (
        "New album\n\nTomas Okonkwo-Reid, 58, has played for 40 years. His new record is called "
        '"Sparrow Song," he said.'
    )
    assert any("Sparrow Song" in q.text for q in run(text).quotes)


# --- "submitted through his counsel that …" ---------------------------------------------------------


def test_a_clause_put_through_counsel_is_the_partys() -> None:
    text = (
        "Taps run dry\n\nThe petitioner, Imran Qadir-Soomro, a resident of the old town, submitted through "
        "his counsel that no water had reached the taps for seven months."
    )
    assert speaker_of(text, "no water had reached") == "imran qadir-soomro"


def test_walking_through_ones_garden_is_no_cue() -> None:
    text = "Taps run dry\n\nImran Qadir-Soomro walked through his garden that morning to check the pipes."
    assert indirect_quotes(text) == []


# --- "according to a circular issued by its regional office" ------------------------------------------


def test_a_circular_issued_by_its_office_is_the_bodys() -> None:
    text = (
        "Leaf prices\n\nThe Coffee Board had fixed the average price at ₹23 a kg, according to a circular "
        "issued by its regional office in Hassan."
    )
    assert speaker_of(text, "had fixed the average price") == "coffee board"


def test_a_circular_issued_by_an_unnamed_office_names_no_one() -> None:
    text = (
        "Leaf prices\n\nThe Coffee Board met on Monday.\n\nPrices had fallen 4%, according to a circular "
        "issued by the district office in Hassan."
    )
    assert speaker_of(text, "Prices had fallen") is None


# --- "But at a meeting with officials …, residents said" ------------------------------------------


def test_a_connective_then_a_long_scene_before_an_unnamed_group() -> None:
    text = (
        "Landslide relocation\n\nBut at a meeting with officials at the Nanggung district office on Wednesday, "
        "residents said they would only accept land within their own villages."
    )
    assert indirect_quotes(text) == [("they would only accept land within their own villages", None)]


def test_a_connective_scene_before_a_named_body_keeps_the_body() -> None:
    text = (
        "Landslide relocation\n\nThe Bogor Disaster Agency opened a camp.\n\nBut at a meeting on Wednesday, "
        "the Bogor Disaster Agency said the land was unsafe."
    )
    assert speaker_of(text, "the land was unsafe") == "bogor disaster agency"


# --- Akan day names: "Dr Efua Ansah", then "she noted" ------------------------------------------------


def test_an_akan_womans_day_name_gives_her_she() -> None:
    text = (
        "Guitarist remembered\n\nThe union's president, Mrs Abena Owusu-Darko, praised his style.\n\n"
        "A music lecturer at the university, Dr Efua Boakye-Ansah, said his tapes were being digitised.\n\n"
        '"His archive is a national treasure," she noted.'
    )
    assert speaker_of(text, "national treasure") == "efua boakye-ansah"


def test_an_akan_mans_day_name_is_no_she() -> None:
    text = (
        "Guitarist remembered\n\nThe union's president, Mrs Abena Owusu-Darko, praised his style.\n\n"
        "A music lecturer at the university, Dr Kobina Boakye-Ansah, said his tapes were being digitised.\n\n"
        '"His archive is a national treasure," she noted.'
    )
    assert speaker_of(text, "national treasure") == "abena owusu-darko"
