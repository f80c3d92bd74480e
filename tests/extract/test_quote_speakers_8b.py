"""Quote speakers, set 8b: participles, trailing sources, bracketed tags, names as objects, unnamed voices."""

from tests.extract.reading import direct_quotes as _direct
from tests.extract.reading import indirect_quotes as _indirect

# --- "…, writing that …": the participle reports its sentence's subject --------------------------


def test_writing_as_a_participle_cue_gives_the_sentence_subject() -> None:
    text = (
        "App update angers users\n\n"
        "Pellmont Labs' chief designer, Jorvik Haldane, answered critics in a blog post on Monday, "
        "writing that the team “moved too fast” with the redesign."
    )
    assert _direct(text) == [("moved too fast", "jorvik haldane")]


def test_writing_with_no_comma_before_it_is_no_cue() -> None:
    text = "App update angers users\n\nJorvik Haldane spent the weekend writing that “moved too fast” note."
    assert _direct(text) == [("moved too fast", None)]


# --- "…, at one point telling …": a word or two of time before the participle --------------------


def test_a_participle_after_at_one_point_still_reports_the_subject() -> None:
    text = (
        "Court hears appeal\n\n"
        "Judge Orla Penhallow, a frequent swing vote, seemed unsure, at one point telling the lawyer that "
        'his argument "proves too much".'
    )
    assert _direct(text) == [("proves too much", "orla penhallow")]


def test_a_participle_with_its_own_subject_does_not_report_the_sentence_subject() -> None:
    text = (
        "Court hears appeal\n\n"
        "Judge Orla Penhallow seemed unsure, with one lawyer at one point telling the court that the "
        'argument "proves too much".'
    )
    assert _direct(text) == [("proves too much", None)]


# --- "X said …, according to Y": Y is X's source, X speaks ------------------------------------------


def test_a_trailing_according_to_does_not_take_a_named_speakers_clause() -> None:
    text = (
        "Talks stall\n\n"
        "Marta Quell, a policy director at the Harwick Institute, said sea levels would rise by a metre "
        "by 2100, according to the Global Ocean Council."
    )
    assert _indirect(text) == [("sea levels would rise by a metre by 2100", "marta quell")]


def test_a_trailing_according_to_alone_still_names_the_source() -> None:
    text = "Talks stall\n\nSea levels would rise by a metre by 2100, according to the Global Ocean Council."
    assert _indirect(text) == [("Sea levels would rise by a metre by 2100", "global ocean council")]


# --- "Mayor Jane Roe (Labour) told": the party in brackets is hers ---------------------------------


def test_a_party_in_brackets_after_a_name_does_not_speak_for_her() -> None:
    text = 'Council row\n\nMayor Dorota Wilkes (Labour Party) told councillors that the budget was "balanced and fair".'
    assert _indirect(text) == [('the budget was "balanced and fair"', "dorota wilkes")]
    assert _direct(text) == [("balanced and fair", "dorota wilkes")]


def test_an_acronym_in_brackets_after_an_organisation_still_speaks_for_it() -> None:
    text = 'Council row\n\nThe Harbour Workers Union (HWU) told councillors that the budget was "balanced and fair".'
    assert _direct(text) == [("balanced and fair", "harbour workers union")]


# --- "(D-Ore.) said": an abbreviation's period inside brackets ends no sentence ---------------------


def test_a_period_inside_a_state_tag_does_not_end_the_sentence() -> None:
    text = "Senate reacts\n\n“The ruling is a gift to polluters,” Sen. Marla Quintrell (D-Ore.) said in a statement."
    assert _direct(text) == [("The ruling is a gift to polluters", "marla quintrell")]


def test_a_bracketed_sentence_still_ends_before_a_capital() -> None:
    text = (
        "Senate reacts\n\n"
        "“The ruling is a gift to polluters,” read a sign outside (held by protesters from Salem, Ore.) "
        "Marla Quintrell said she agreed."
    )
    assert _direct(text) == [("The ruling is a gift to polluters", None)]


# --- "called Acme “…”": a name as the object of the reporting verb --------------------------------


def test_a_name_as_the_object_of_called_leaves_the_subject_speaking() -> None:
    text = (
        "Funding row\n\n"
        'The opposition\'s education spokesman, Corwin Fairley, called Tellmarsh "a waste of public money".'
    )
    assert _direct(text) == [("a waste of public money", "corwin fairley")]


def test_a_name_after_a_verb_that_reports_nothing_gives_no_speaker() -> None:
    text = 'Funding row\n\nCorwin Fairley visited Tellmarsh "a waste of public money" plant.'
    assert _direct(text) == [("a waste of public money", None)]


# --- "In Ankara, an official at Turkey's Energy Ministry told": an unnamed voice --------------------


def test_an_unnamed_official_after_a_fronted_place_is_not_the_ministry() -> None:
    text = (
        "Pipeline talks\n\n"
        "In Vellmora, an official at Ostrania's Energy Ministry, speaking on condition of anonymity, told "
        'reporters that Ostrania was "ready to help".'
    )
    assert _direct(text) == [("ready to help", None)]


def test_a_ministry_after_a_fronted_place_still_speaks() -> None:
    text = (
        "Pipeline talks\n\n"
        'In Vellmora, the Energy Ministry of Ostrania told reporters that Ostrania was "ready to help".'
    )
    assert _direct(text)[0][1] is not None
