"""Quotes and speakers, pass 24b: unnamed officials at a named body, a quote's tag after a sentence
break inside the quote (all sentences made up)."""

from tests.extract.reading import direct_quotes as _direct
from tests.extract.reading import indirect_quotes as _indirect
from tests.extract.reading import speaker_starting as _speaker


def test_officials_at_a_named_body_speak_unnamed() -> None:
    found = _indirect(
        "Officials at Brenmoor Power Company, which supplies gas to the city, said the shortfall stemmed "
        "from a drop in imported supply."
    )
    assert found == [("the shortfall stemmed from a drop in imported supply", None)]


def test_officials_elsewhere_in_the_sentence_do_not_open_a_clause() -> None:
    assert (
        _indirect(
            "Officials in Varnholm rarely comment on that role, and Jane Roe declined to say whether a "
            "further round was planned."
        )
        == []
    )


def test_a_tag_after_a_quote_of_two_sentences_is_no_clause() -> None:
    text = (
        "“Buyers are calling us every day. Some have already moved part of their orders,” said Jane Roe, "
        "executive president of the Acme Exporters Association."
    )
    assert _indirect(text) == []
    assert _direct(text)[0][1] == "jane roe"


_SENTENCING = (
    "Alistair Brodie, 58, was jailed at the High Court in Edinburgh. His deckhand, Tom Reid, was also jailed.\n\n"
    "Passing sentence, Lord Kelburn said the planning placed the case at the top end.\n\n"
    "“You had a good name in the town, and you gambled it on a single trip,” the judge told Brodie. "
    "“The drugs you brought ashore would have caused misery.”\n\n"
    "He said he accepted that Reid had played a lesser role, but that a man who had worked at sea "
    "“must have known that nobody pays £5,000 for a day's fishing”.\n\n"
)


def test_whom_the_judge_told_does_not_take_the_next_quote() -> None:
    assert _speaker(_direct(_SENTENCING), "The drugs you brought") == "lord kelburn"


def test_he_goes_on_with_the_judge_not_the_one_he_told() -> None:
    assert _speaker(_indirect(_SENTENCING), "he accepted that Reid") == "lord kelburn"
    assert _speaker(_direct(_SENTENCING), "must have known") == "lord kelburn"


def test_a_listener_of_three_capitalised_words() -> None:
    found = _indirect("Jane Roe told Radio Kerry News she had voted for the new sign.")
    assert found == [("she had voted for the new sign", "jane roe")]


def test_she_said_after_an_anonymous_woman_is_hers() -> None:
    text = (
        "Jane Roe, a councillor, said her party supported a review.\n\n"
        "A woman who lives on one of the streets, and who asked not to be named, told Radio Kerry News she "
        "had voted for the sign.\n\n"
        "“I'm not going to be frightened off by a tin of paint,” she said.\n\n"
    )
    assert _speaker(_indirect(text), "she had voted") is None
    assert _speaker(_direct(text), "I'm not going") is None


def test_a_mid_sentence_cue_then_the_clause_going_on_in_quotes() -> None:
    found = _indirect(
        "Jane Roe said the service relied on agencies. Nurses had resigned from permanent jobs and "
        "returned through agencies, she said, “for more money and the freedom to pick their shifts”."
    )
    assert _speaker(found, "Nurses had resigned") == "jane roe"


def test_an_age_right_before_a_name_is_that_person() -> None:
    text = (
        "Borislav Marek retained his title. His trainer, Ramon Velez, said they had prepared for a southpaw.\n\n"
        "The 31-year-old Tomasz Wren, who was making his third trip to Manila, said the body shot hurt.\n\n"
        "“Marek is strong, very strong. I want to fight him again,” he said.\n\n"
    )
    assert _speaker(_direct(text), "Marek is strong") == "tomasz wren"


def test_a_quoted_name_inside_the_subjects_appositive() -> None:
    found = _indirect(
        "Frank Uy, president of Omega Boxing, which staged the “Fight Night 14” card, said his camp was "
        "already in talks with the WBO."
    )
    assert found == [("his camp was already in talks with the WBO", "frank uy")]


def test_a_who_said_clause_then_the_main_verbs_clause() -> None:
    found = _indirect(
        "A resident of Varn, Jane Roe, 52, who said she was one of those displaced when the river rose in "
        "2022, told our reporter that the community had petitioned the council several times."
    )
    assert found == [
        ("she was one of those displaced when the river rose in 2022", "jane roe"),
        ("the community had petitioned the council several times", "jane roe"),
    ]


def test_according_to_a_statement_then_a_subject_with_a_phrase_in_commas() -> None:
    found = _indirect(
        "The Acme Ministry issued a statement on Monday. According to the statement, inspectors from the "
        "ministry, in coordination with the police, seized 420 tonnes of sugar in warehouses."
    )
    assert found == [
        (
            "inspectors from the ministry, in coordination with the police, seized 420 tonnes of sugar in warehouses",
            "acme ministry",
        )
    ]


def test_a_trailing_unnamed_group_after_a_place_and_a_time() -> None:
    found = _indirect(
        "Three officers were killed when gunmen ambushed their patrol outside Varnholm, Lowmark, on Sunday "
        "night, state authorities said."
    )
    assert found == [
        (
            "Three officers were killed when gunmen ambushed their patrol outside Varnholm, Lowmark, on Sunday night",
            None,
        )
    ]


def test_whanau_speak_as_an_unnamed_group() -> None:
    found = _indirect("Whānau in Wairoa say mothers and babies will be put at risk by the plan.")
    assert found == [("mothers and babies will be put at risk by the plan", None)]


def test_a_spokesperson_when_contacted_speaks_for_the_body() -> None:
    found = _indirect(
        "The Varnholm Water Corporation (VWC) was ordered to reply. A VWC spokesperson, when contacted, said "
        "the corporation was cooperating with the court."
    )
    assert found == [("the corporation was cooperating with the court", "varnholm water corporation")]


def test_a_trailing_cue_then_a_warning_participle() -> None:
    found = _indirect(
        "Garment factories are running at half their capacity as gas pressure has dropped, exporters said "
        "yesterday, warning that shipments may miss their deadlines."
    )
    assert found == [
        ("Garment factories are running at half their capacity as gas pressure has dropped", None)
    ]


def test_his_family_said_is_an_unnamed_voice() -> None:
    found = _indirect(
        "Jon Varga, a founder of the union, has died. Varga died at the hospital on 11 June after a short "
        "illness, his family said."
    )
    assert found == [("Varga died at the hospital on 11 June after a short illness", None)]


def test_officials_of_two_cities_speak_unnamed() -> None:
    found = _indirect(
        "Varnholm and Lowmark city officials, who rely on the ministry's grants, said they had not been told "
        "how the cut would affect them."
    )
    assert found == [("they had not been told how the cut would affect them", None)]


def test_a_described_agency_named_before_a_trailing_verb() -> None:
    found = _indirect(
        "Parts of southern Varnholm, including its old port, were also hit by floods, Lowmark's national news "
        "agency Bernama reported."
    )
    assert found == [
        ("Parts of southern Varnholm, including its old port, were also hit by floods", "bernama")
    ]


def test_an_inverted_says_before_an_honorific() -> None:
    found = _indirect("The reasons are familiar, says Dr. Jane Roe, an obstetrician at the university.")
    assert found == [("The reasons are familiar", "jane roe")]


def test_the_halfback_is_the_one_player_just_named() -> None:
    text = (
        "Moses Tamu kicked seven goals. Tamu said the Tigers had not forgotten last year's loss.\n\n"
        "“That one still hurts. Now we have one more game to fix it,” the halfback said.\n\n"
    )
    assert _speaker(_direct(text), "That one still hurts") == "moses tamu"


def test_a_trailing_honorific_and_surname_before_added() -> None:
    found = _indirect(
        "SSP Ali Varga said four men were held. The fifth member was still at large, Mr Varga added."
    )
    assert ("The fifth member was still at large", "ali varga") in found


def test_a_straight_single_quote_closing_after_a_plural() -> None:
    text = "Jane Roe said passengers would be able to use 'alternative services' on nearby main roads."
    assert _direct(text) == [("alternative services", "jane roe")]
    assert _direct("The residents' homes were flooded, Jane Roe said.") == []
