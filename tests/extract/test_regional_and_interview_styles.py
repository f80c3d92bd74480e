"""Rules for styles the older fixtures did not cover: Canadian and Indian titles, interviews
("Asked whether …, she said"), obituaries, live updates, AP party tags and review copy."""

from app.extract import run
from tests.extract.reading import quotes as _quotes


def _people(text: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """name → (titles, organisation keys)."""
    return {p.name: (p.titles, tuple(a.organisation_key for a in p.affiliations)) for p in run(text).people}


def _organisations(text: str) -> list[str]:
    return [o.name for o in run(text).organisations]


# --- people and their titles --------------------------------------------------------------------


def test_canadian_councillor_abbreviation_is_a_title_not_a_sentence_end() -> None:
    text = "Coun. Dana Pike said the plan had been rushed. Pike voted against it."
    assert _people(text) == {"Dana Pike": (("Coun.",), ())}
    assert _quotes(text) == [("indirect", "the plan had been rushed", "dana pike")]


def test_mla_is_a_title() -> None:
    text = "Opposition leaders were angry. MLA Ravi Menon said the bill was unfair to tenants."
    assert _people(text)["Ravi Menon"][0] == ("MLA",)


def test_a_first_name_no_list_holds_opens_the_name_after_a_title() -> None:
    text = "Consumer Affairs Secretary Vikram Kumar Sethi said the new levy would raise little."
    assert list(_people(text)) == ["Vikram Kumar Sethi"]
    assert _quotes(text)[0][2] == "vikram kumar sethi"


def test_the_role_of_an_organisation_then_the_name() -> None:
    text = "The governor of the Reserve Bank of Norland, Ilse Marten, said rates would stay high."
    titles, organisations = _people(text)["Ilse Marten"]
    assert titles == ("governor",)
    assert organisations == ("reserve bank of norland",)


def test_an_article_before_a_role_is_no_part_of_the_title() -> None:
    text = "The cellist Ana Ruiz, who has toured with the band since 2019, played last."
    assert _people(text)["Ana Ruiz"][0] == ("cellist",)


def test_a_prize_is_not_a_person() -> None:
    text = (
        "Kari Holm sang on Thursday. Asked whether she felt pressure to follow the success of Dawn, "
        "which was shortlisted for the Baltic Music Prize, Holm shook her head."
    )
    assert list(_people(text)) == ["Kari Holm"]


def test_an_organisation_with_its_acronym_before_a_title() -> None:
    text = (
        "Coastal Flood Service (CFS) Deputy Commissioner Mara Quill said crews had been withdrawn. "
        "The CFS has 400 volunteers."
    )
    assert _people(text)["Mara Quill"] == (("Deputy Commissioner",), ("coastal flood service",))


def test_a_based_in_place_between_role_and_organisation() -> None:
    text = "“It is wrong,” said Lena Cruz, policy director of the Denver-based Water Rights Coalition."
    assert _people(text)["Lena Cruz"] == (("policy director",), ("water rights coalition",))


def test_an_agent_is_a_role() -> None:
    text = "Hugo Lind joined in May. Lind’s agent, Rafael Costa, said talks had gone to the wire."
    assert _people(text)["Rafael Costa"][0] == ("agent",)


# --- organisations ------------------------------------------------------------------------------


def test_a_short_form_belongs_to_the_organisation_another_is_named_after() -> None:
    text = (
        "Harbourside City signed a striker on Monday. Fans of the Harbourside City Supporters’ Trust "
        "were pleased. Harbourside chief executive Jo Bell said the fee was fair."
    )
    assert _people(text)["Jo Bell"][1] == ("harbourside city",)
    assert "Harbourside" not in _organisations(text)


def test_a_leading_article_is_not_part_of_an_organisation() -> None:
    text = "A Department of Water and Sanitation spokesperson said: “No household should wait this long.”"
    assert _organisations(text) == ["Department of Water and Sanitation"]
    assert _quotes(text)[0][2] == "department of water and sanitation"


def test_a_name_set_off_as_the_union_representing_staff_is_an_organisation() -> None:
    text = "Solidar, the union representing hospital porters, said its members were exhausted."
    assert _organisations(text) == ["Solidar"]
    assert _quotes(text) == [("indirect", "its members were exhausted", "solidar")]


def test_a_chamber_and_its_party_members() -> None:
    text = "House Republicans unveiled a bill, setting up a clash with the Democratic-controlled Senate."
    assert set(_organisations(text)) == {"House", "Republican Party", "Senate"}


# --- speakers -----------------------------------------------------------------------------------


def test_a_pronoun_after_a_quote_does_not_point_into_the_quote() -> None:
    text = (
        "Central bank governor Ilse Marten said rates would stay high.\n\nThe Finance Minister, "
        "Mary Lane, welcomed the comments. ‘The governor and I agree,’ she told reporters."
    )
    assert ("direct", "The governor and I agree", "mary lane") in _quotes(text)


def test_a_relative_named_after_a_possessive_speaks() -> None:
    text = (
        "Ada Wren, the architect, has died. “She never once compromised,” said her daughter, "
        "Isla Wren, who runs the practice."
    )
    assert _quotes(text) == [("direct", "She never once compromised", "isla wren")]


def test_her_family_said_names_no_one() -> None:
    text = "Ada Wren, the architect, has died aged 81. Her family said she died peacefully at home."
    assert _quotes(text) == [("indirect", "she died peacefully at home", None)]


def test_an_organisations_officer_after_a_quote_speaks() -> None:
    text = (
        "Brightline Devices unveiled a phone. “This is the year,” Brightline’s chief executive, "
        "Nora Vance, told developers."
    )
    assert _quotes(text) == [("direct", "This is the year", "nora vance")]


def test_a_fronted_asked_clause_points_forward_to_its_subject() -> None:
    text = (
        "The violinist Ruth Abel played too. Asked whether she felt pressure, which critics expected, "
        "Kari Holm shook her head. “Pressure is for the famous,” she said."
    )
    assert ("direct", "Pressure is for the famous", "kari holm") in _quotes(text)


def test_according_to_a_described_organisation() -> None:
    text = "Sales rose 4% last year, according to market research firm Datalens Research."
    assert _quotes(text) == [("indirect", "Sales rose 4% last year", "datalens research")]


# --- quotes -------------------------------------------------------------------------------------


def test_no_reported_speech_inside_a_direct_quote() -> None:
    text = "“She believed that ordinary people deserved beauty,” said Tom Hale, her son."
    assert [q[0] for q in _quotes(text)] == ["direct"]


def test_termed_introduces_a_one_word_quote() -> None:
    text = "Opposition MLA Ravi Menon termed the decision “anti-farmer” on Tuesday."
    assert ("direct", "anti-farmer", "ravi menon") in _quotes(text)


def test_said_in_a_written_submission_that() -> None:
    text = "The Elm Park Residents Association said in a written submission that the tower was too tall."
    assert _quotes(text) == [("indirect", "the tower was too tall", "elm park residents association")]


def test_an_unnamed_group_who_said() -> None:
    text = "Council approved the tower, overriding neighbours who said it would shade the park."
    assert _quotes(text) == [("indirect", "it would shade the park", None)]


def test_a_named_organisation_after_the_clause_with_its_article() -> None:
    text = (
        "The federation will buy more onion for the buffer stock, the Ministry of Food said in a statement."
    )
    assert _quotes(text) == [
        ("indirect", "The federation will buy more onion for the buffer stock", "ministry of food")
    ]


def test_a_spokesman_for_a_post_is_no_one_named() -> None:
    text = "Ruth Dale faced questions. A spokesman for the Prime Minister said he retained ‘full confidence’ in her."
    quotes = _quotes(text)
    assert ("indirect", "he retained ‘full confidence’ in her", None) in quotes
    assert ("direct", "full confidence", None) in quotes


def test_a_party_adjective_before_mp_is_the_party() -> None:
    text = "But Ian Pell, the Conservative MP for Arden Vale, said the target had been abandoned."
    assert _people(text)["Ian Pell"] == (("MP",), ("conservative party",))


def test_its_after_a_sentence_in_which_an_organisation_spoke() -> None:
    text = (
        "Shares in Brickline and Stonecroft barely moved, and the Home Makers Federation said the figure "
        "was never a plan. Its chairman, Mr Ned Harlow, said borrowing costs mattered more."
    )
    assert _people(text)["Ned Harlow"] == (("chairman",), ("home makers federation",))


def test_and_added_without_that_is_the_clauses_own_verb() -> None:
    text = "Ana Sol said the company had cut the height and added a public plaza at street level."
    assert _quotes(text) == [
        ("indirect", "the company had cut the height and added a public plaza at street level", "ana sol")
    ]


def test_reminded_listeners_that_is_reported_speech() -> None:
    text = "The Civil Aviation Authority reminded passengers that they were entitled to a refund."
    assert _quotes(text) == [("indirect", "they were entitled to a refund", "civil aviation authority")]


def test_a_product_named_after_a_company_known_in_full_is_not_an_organisation() -> None:
    text = (
        "Brightline Devices unveiled its first tablet, the Brightline Slate, on Tuesday. "
        "Brightline said it would ship in May."
    )
    assert _organisations(text) == ["Brightline Devices"]
