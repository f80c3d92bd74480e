"""The press officers a release's closing contact block names are people of the story.

The block stays out of the body; the document stage hands its people over as plain values, and the
people stage makes person records of them (with no mention: nothing in the block has a body offset).
"""

from __future__ import annotations

import pickle

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.engine import Engine

from app.extract import run
from app.extract.document import split_document
from app.extract.types import Extraction, PersonEntity, PressContact
from app.ingest import ingest
from app.models import PERSON
from app.readers import read_text

STORY = """Brightwater Foods to build oat mill in Leeds

LEEDS, 4 March 2026 -- Brightwater Foods Ltd. said on Tuesday it would build a £40 million oat mill on the
edge of Leeds, creating 180 jobs.

"Demand for oat drinks has doubled in three years," said Tomasz Wierzbicki, the company's chief operating
officer. "This mill lets us keep up with it."

Construction is expected to start in the summer, the company said.
"""


def _release(block: str, story: str = STORY) -> Extraction:
    return run(story + "\n" + block)


def _person(extraction: Extraction, name: str) -> PersonEntity:
    return next(p for p in extraction.people if p.name == name)


def _organisations_of(extraction: Extraction, person: PersonEntity) -> list[str]:
    names = {o.key: o.name for o in extraction.organisations}
    return [names[a.organisation_key] for a in person.affiliations]


def test_a_named_press_officer_with_a_post_line_is_a_person_of_the_release() -> None:
    extraction = _release(
        "Media Contact:\nJordan Ellis\nSenior Manager, Corporate Communications\nBrightwater Foods Ltd.\n"
        "jordan.ellis@brightwater.example\n+44 113 496 0000\n"
    )
    ellis = _person(extraction, "Jordan Ellis")
    assert ellis.titles == ("Senior Manager, Corporate Communications",)
    # The company the story already names, not a second record of it.
    assert _organisations_of(extraction, ellis) == ["Brightwater Foods Ltd."]
    assert [o.name for o in extraction.organisations].count("Brightwater Foods Ltd.") == 1
    assert ellis.mentions == ()  # the block is no part of the body
    assert "Jordan Ellis" not in extraction.document.body
    assert "brightwater.example" not in extraction.document.body


def test_media_and_investor_contacts_under_sub_headings() -> None:
    extraction = _release(
        "Contacts\n\nMedia:\nPriya Nair\nBrightwater Foods\npress@brightwater.example\n\n"
        "Investors:\nMarcus Webb\nBlueshore Advisors\n(212) 555-0199\nir@brightwater.example\n"
    )
    nair, webb = _person(extraction, "Priya Nair"), _person(extraction, "Marcus Webb")
    assert nair.titles == () and webb.titles == ()  # "Media:" and "Investors:" are no posts
    assert _organisations_of(extraction, nair) == ["Brightwater Foods Ltd."]
    # The investor-relations firm under her name is her organisation, and one of the release's.
    assert _organisations_of(extraction, webb) == ["Blueshore Advisors"]
    assert "Blueshore Advisors" in [o.name for o in extraction.organisations]


def test_a_post_after_the_name_and_the_company_over_it() -> None:
    extraction = _release(
        "Press enquiries\nBrightwater Foods Ltd.\nCorporate Communications Department\n"
        "Helen Carter, Head of Media Relations\nTel: +44 113 496 0101\nEmail: media@brightwater.example\n"
    )
    carter = _person(extraction, "Helen Carter")
    assert carter.titles == ("Head of Media Relations",)
    assert _organisations_of(extraction, carter) == ["Brightwater Foods Ltd."]
    # The department line is neither a person nor an organisation.
    assert not any("Department" in p.name for p in extraction.people)
    assert not any(o.name == "Corporate Communications Department" for o in extraction.organisations)


def test_contact_block_after_a_release_end_mark_and_on_one_line() -> None:
    after_end = _release("###\n\nMedia Contact:\nLaura Chen\nHarbourline PR\nlaura@harbourline.example\n")
    assert _organisations_of(after_end, _person(after_end, "Laura Chen")) == ["Harbourline PR"]
    inline = _release("Media contact: Samuel Ortiz, Northgate Labs, sam.ortiz@northgate.example\n")
    assert _organisations_of(inline, _person(inline, "Samuel Ortiz")) == ["Northgate Labs"]
    assert "Ortiz" not in inline.document.body
    # The name on the heading's line, her organisation on the next.
    document = split_document(STORY + "\nPress contact: Samuel Ortiz\nNorthgate Labs\n+1 617 555 0188\n")
    assert document.contacts == (PressContact("Samuel Ortiz", None, "Northgate Labs"),)


def test_a_contact_the_story_already_names_stays_one_person() -> None:
    story = STORY.replace(
        "Construction is expected",
        'Spokeswoman Rebecca Lindqvist said: "We are delighted."\n\nConstruction is expected',
    )
    extraction = _release("Media Contact:\nRebecca Lindqvist\nBrightwater Foods Ltd.\n0113 496 0202\n", story)
    lindqvist = [p for p in extraction.people if "Lindqvist" in p.name]
    assert len(lindqvist) == 1
    assert lindqvist[0].mentions  # her mention in the body is kept
    assert "Brightwater Foods Ltd." in _organisations_of(extraction, lindqvist[0])


def test_the_block_leaves_the_story_and_its_quotes_as_they_were() -> None:
    plain = run(STORY)
    with_block = _release(
        "Media Contact:\nJordan Ellis\nBrightwater Foods Ltd.\njordan@brightwater.example\n"
    )
    assert with_block.document.body == plain.document.body
    assert with_block.quotes == plain.quotes
    assert [p.name for p in with_block.people] == [p.name for p in plain.people] + ["Jordan Ellis"]


def test_a_block_of_addresses_only_names_no_one() -> None:
    for block in (
        "Contacts\n\nInvestors:\ninvestors@brightwater.example\n\nMedia:\npress@brightwater.example\n",
        "Media contact: press@brightwater.example, +44 113 496 0000\n",
        "Media Contacts:\nCorporate Communications Department\nInvestor Relations\nTel: +44 113 496 0000\n",
    ):
        plain, extraction = run(STORY), _release(block)
        assert extraction.document.contacts == ()
        assert [p.name for p in extraction.people] == [p.name for p in plain.people]
        assert [o.name for o in extraction.organisations] == [o.name for o in plain.organisations]


def test_a_reporter_credit_closing_a_news_story_is_no_contact() -> None:
    document = split_document(STORY + "\nContact reporter Wang Meiling (meiling.wang@example.com)\n")
    assert document.contacts == ()


def test_a_contacts_heading_over_story_paragraphs_heads_no_block() -> None:
    text = (
        STORY
        + "\nContacts\n\nThe two companies have held talks since the autumn, and officials from both sides "
        "met again in London last week to agree the terms of the supply deal.\n"
    )
    document = split_document(text)
    assert document.contacts == ()
    assert "officials from both sides" in document.body


def test_a_given_name_no_list_holds_is_read_off_the_line_no_organisation_word_marks() -> None:
    document = split_document(
        STORY + "\nMedia Contact:\nKestrel Dynamics\nOyelowo Banjoko\nnews@kestrel.example\n"
    )
    assert document.contacts == (PressContact("Oyelowo Banjoko", None, "Kestrel Dynamics"),)
    # Two lines that could each be the name, neither given name known: which is the person is unclear.
    document = split_document(
        STORY + "\nMedia Contact:\nKestrel Vale\nOyelowo Banjoko\nnews@kestrel.example\n"
    )
    assert document.contacts == ()


def test_contacts_survive_pickling_for_the_import_writer() -> None:
    extraction = _release("Media Contact:\nJordan Ellis, Press Officer\nBrightwater Foods Ltd.\n")
    assert extraction.document.contacts == (
        PressContact("Jordan Ellis", "Press Officer", "Brightwater Foods Ltd."),
    )
    assert pickle.loads(pickle.dumps(extraction)) == extraction


def test_a_contact_with_no_mention_is_stored_and_listed(engine: Engine, client: TestClient) -> None:
    text = STORY + "\nMedia Contact:\nJordan Ellis\nBrightwater Foods Ltd.\njordan@brightwater.example\n"
    raw = read_text(text, name="release", origin="/release.txt")
    ingest(engine, raw, run(raw.text))
    with engine.connect() as conn:
        names = set(conn.execute(select(PERSON.c.name)).scalars())
    assert "Jordan Ellis" in names
    listed = client.get("/v1/people").json()["items"]
    assert "Jordan Ellis" in [person["name"] for person in listed]


def test_a_body_the_block_names_with_no_one_under_it_is_an_organisation() -> None:
    extraction = _release(
        "For more information\n\nHarrowgate Rural Development Foundation\nwww.harrowgate.example\n"
    )
    assert "Harrowgate Rural Development Foundation" in [o.name for o in extraction.organisations]
    assert "Harrowgate" not in extraction.document.body
    # A department, a web line or an opening-hours line is none.
    plain = run(STORY)
    extraction = _release(
        "For more information\n\nPress Office\nMonday to Friday, 9am to 5pm\nwww.brightwater.example\n"
    )
    assert [o.name for o in extraction.organisations] == [o.name for o in plain.organisations]


def test_other_headings_and_separators_of_a_contact_block() -> None:
    blocks = {
        "Media Relations Contact:\nNadia Petrov / Harbourline PR / nadia@harbourline.example\n": PressContact(
            "Nadia Petrov", None, "Harbourline PR"
        ),
        "For media inquiries, please contact:\nDr. Lena Fischer\nSenior Press Officer\nBrightwater Foods Ltd.\n": (
            PressContact("Lena Fischer", "Senior Press Officer", "Brightwater Foods Ltd.")
        ),
        # A legal form's full stop ends no sentence; the department after the post is part of it.
        "Investor Relations Contacts\nAnna Berg, Vice President, Investor Relations, Brightwater Foods Ltd.\n": (
            PressContact("Anna Berg", "Vice President, Investor Relations", "Brightwater Foods Ltd.")
        ),
        "CONTACT: Grace Mwangi, Brightwater Foods Ltd., +44 113 496 0303, grace@brightwater.example\n": (
            PressContact("Grace Mwangi", None, "Brightwater Foods Ltd.")
        ),
        # "General" opens a company's name here, not a post.
        "MEDIA CONTACT:\nTom Reyes\nGeneral Mills\n(763) 555-0123\n": PressContact(
            "Tom Reyes", None, "General Mills"
        ),
    }
    for block, contact in blocks.items():
        assert split_document(STORY + "\n" + block).contacts == (contact,)
