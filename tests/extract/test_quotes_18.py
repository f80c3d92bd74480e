"""Quotes and speakers, round 18: a release's statement set as plain paragraphs after "Jane Roe said:",
unlabelled question-and-answer interviews, and the like (all sentences made up)."""

from tests.extract.reading import direct_quotes, quotes

# --- "Minister Jane Roe said:" then her words in no quote marks ---------------------------------------


_RELEASE = (
    "Press release\n\nNew ferries for the islands\n\nThree new ferries will serve the western isles from "
    "next spring.\n\nTransport Minister Orla Penhaligon said:\n\nThese ferries are the lifeline of our "
    "island communities. Nobody should miss a hospital appointment because a boat broke down.\n\nWe are "
    "building them here, with local yards and local apprentices.\n\nThe ferries will be built at a yard "
    "on the Clyde.\n\nNotes to editors\n\n- The contract is worth £90 million."
)


def test_plain_paragraphs_after_said_colon_are_the_speakers_words() -> None:
    found = direct_quotes(_RELEASE)
    assert found == [
        (
            "These ferries are the lifeline of our island communities. Nobody should miss a hospital "
            "appointment because a boat broke down.",
            "orla penhaligon",
        ),
        ("We are building them here, with local yards and local apprentices.", "orla penhaligon"),
    ]


def test_narrative_in_the_third_person_after_the_statement_is_no_quote() -> None:
    texts = [t for t, _ in direct_quotes(_RELEASE)]
    assert not any("built at a yard" in t or "contract is worth" in t for t in texts)


def test_a_colon_without_a_reporting_verb_introduces_no_quote() -> None:
    text = (
        "Ferries\n\nThe plan has three parts, Orla Penhaligon explained in her report. They are:\n\nNew "
        "boats will be bought for the northern route.\n\nThe harbour will be dredged."
    )
    assert direct_quotes(text) == []


def test_a_list_after_said_colon_is_no_paragraph_quote() -> None:
    text = (
        "Ferries\n\nTransport Minister Orla Penhaligon said:\n\n- new boats for the northern route\n\n"
        "- a dredged harbour"
    )
    assert all(kind != "direct" for kind, _, _ in quotes(text))
