"""Quotes and speakers, round 17: unnamed market voices after a quote, an age that follows on from the
person the paragraph before named last, … (all sentences made up)."""

from tests.extract.reading import direct_quotes as _direct
from tests.extract.reading import indirect_quotes as _indirect
from tests.extract.reading import speaker_of
from tests.extract.reading import speaker_starting as _speaker

# --- "“…,” one Frankfurt-based bond trader said" ------------------------------------------------------


_MARKETS = (
    "Markets\n\nBond yields fell on Monday. Central bank governor Ilse Brandvold-Steen said rates could "
    'stay "on hold for longer" if wages kept rising.\n\n'
)


def test_an_unnamed_trader_after_a_quote_is_no_one_named_before() -> None:
    text = _MARKETS + '"Everyone is hiding in bunds today," one Frankfurt-based bond trader said.'
    assert _speaker(_direct(text), "Everyone is hiding") is None


def test_an_unnamed_strategist_after_said_is_no_one_named_before() -> None:
    text = _MARKETS + '"Nobody wants to own duration into the vote," said a London strategist.'
    assert _speaker(_direct(text), "Nobody wants") is None


def test_a_named_strategist_after_the_quote_still_speaks() -> None:
    text = _MARKETS + '"Nobody wants to own duration into the vote," strategist Paulo Ferreira-Lind said.'
    assert _speaker(_direct(text), "Nobody wants") == "paulo ferreira-lind"


# --- "…, Roe, who had missed twice, struck it.\n\n“…,” the 23-year-old said." -----------------------


_MATCH = (
    "Report\n\nThe visitors led 20-19 late on after a try to winger Matiu Kereama-Fox, but the hosts won "
    "a penalty in front of the posts and James Lauina-Burke, who had missed three earlier, kicked it.\n\n"
)


def test_an_age_alone_goes_on_from_the_person_last_named_the_paragraph_before() -> None:
    text = _MATCH + '"I just had to back myself this time," the 21-year-old said.'
    assert speaker_of(text, "back myself") == "james lauina-burke"


def test_an_age_alone_in_a_paragraph_that_names_someone_else_is_not_guessed() -> None:
    text = _MATCH + 'Coach Rewi Tamatea-Ngata was pleased. "We kept going," the 21-year-old said.'
    assert speaker_of(text, "We kept going") != "james lauina-burke"


def test_an_age_alone_after_a_beaten_opponent_is_not_the_opponent() -> None:
    text = (
        _MATCH.replace("kicked it", "beat Tom Hurley in the air")
        + '"I just had to back myself," the 21-year-old said.'
    )
    assert speaker_of(text, "back myself") != "tom hurley"


# --- "Coach Roe refused to blame referee Lee for the call, though he said …" --------------------------


def test_a_pronoun_after_though_goes_on_with_the_sentence_subject() -> None:
    text = (
        "Semi-final\n\nHawks coach Peter Langley-Moana refused to criticise referee Simon Ashcroft-Bell "
        "for the late penalty, though he said his pack had been the stronger all night."
    )
    assert speaker_of(text, "his pack had been") == "peter langley-moana"


def test_a_pronoun_in_its_own_sentence_is_not_moved_to_the_earlier_subject() -> None:
    text = (
        "Semi-final\n\nHawks coach Peter Langley-Moana praised referee Simon Ashcroft-Bell after the game. "
        "Ashcroft-Bell said he had called what he saw."
    )
    assert speaker_of(text, "had called what") == "simon ashcroft-bell"


# --- "The Senate spokesman, Senator Jane Roe, described … as “…” and said …" ------------------------


def test_a_named_spokesman_set_off_by_commas_speaks_for_a_second_verb() -> None:
    text = (
        "Budget\n\nThe Assembly spokesman, Senator Ikenna Obiora-Lawal, in a statement on Monday, described "
        'the boycott as "a stunt" and said the bill would create jobs in every state.'
    )
    assert speaker_of(text, "the bill would create") == "ikenna obiora-lawal"


def test_a_spokesman_with_no_name_after_the_comma_is_the_organisation_s() -> None:
    text = (
        "Budget\n\nThe Senate spokesman, in a statement on Monday, described the boycott as a stunt and said "
        "the bill would create jobs in every state. Senator Ikenna Obiora-Lawal, who chairs the committee, "
        "said little."
    )
    assert speaker_of(text, "the bill would create") == "senate"


# --- "… said in a victim impact statement read out in court." -----------------------------------------


def test_a_statement_read_out_in_court_is_where_it_was_said_not_a_clause() -> None:
    text = (
        'Sentencing\n\n"I lost every penny I had saved," Ms Joan Whitcombe said in a victim impact statement '
        "read out in court."
    )
    assert _indirect(text) == []


def test_a_clause_after_a_statement_read_out_in_court_is_reported() -> None:
    text = "Sentencing\n\nMs Joan Whitcombe said in a statement read out in court that she had lost her home."
    assert _indirect(text) == [("she had lost her home", "joan whitcombe")]


# --- "“… He treated it as his own,” the judge said. She added …" --------------------------------------


def test_a_pronoun_inside_a_quote_tells_nothing_of_the_speaker_s_gender() -> None:
    text = (
        "Sentencing\n\nProsecutor Ms Anita Ferreira-Holt asked for five years. District Judge Lin Mei Qi "
        "jailed the manager for four.\n\n"
        '"He took money that belonged to hundreds of families. He treated it as his own," the judge said.\n\n'
        "She added that the lack of restitution weighed against him."
    )
    assert speaker_of(text, "the lack of restitution") == "lin mei qi"


def test_kaur_in_a_name_makes_her_a_woman_whatever_her_given_name() -> None:
    text = (
        "Hearing\n\nJustice Arvind Mehra-Gill heard the plea. Senior advocate Navneet Kaur Bains argued "
        "that the scheme had failed.\n\n"
        '"The machines are lying idle," she told the court.'
    )
    assert speaker_of(text, "machines are lying idle") == "navneet kaur bains"


# --- "tells Dawn.com that …"; "residents who have taken shelter at a school say …" -------------------


def test_a_listener_with_a_web_address_still_leads_to_the_clause() -> None:
    text = "Floods\n\nRescue spokesperson Imran Qadir-Sheikh told Geo.tv that boats had reached 12 villages."
    assert _indirect(text) == [("boats had reached 12 villages", "imran qadir-sheikh")]


def test_an_unnamed_group_with_a_relative_clause_reports_for_no_one() -> None:
    text = (
        "Floods\n\nAid worker Imran Qadir-Sheikh visited the camp. In Jhang, families who have taken refuge "
        "in a college say they have had no clean water for three days."
    )
    assert _indirect(text) == [("they have had no clean water for three days", None)]


def test_a_named_speaker_s_who_clause_is_not_an_unnamed_group() -> None:
    text = "Floods\n\nImran Qadir-Sheikh, who has worked in the camp for a week, said the water ran out on Monday."
    assert _indirect(text) == [("the water ran out on Monday", "imran qadir-sheikh")]
