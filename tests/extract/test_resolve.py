from app.extract import run


def test_surname_and_pronoun_resolve_to_full_name() -> None:
    extraction = run(
        "Jane Roe, chief executive of Acme, spoke. Roe said sales rose sharply in March. She added that costs fell by a third."
    )
    assert [p.key for p in extraction.people] == ["jane roe"]
    assert extraction.people[0].aliases == ("Roe",)
    assert {q.speaker_key for q in extraction.quotes} == {"jane roe"}


def test_descriptor_resolves_to_established_organisation() -> None:
    extraction = run("The Baltic Fisheries Alliance (BFA) met. The alliance said talks would go on.")
    assert len(extraction.organisations) == 1
    assert extraction.quotes[0].speaker_key == "baltic fisheries alliance"
    assert extraction.quotes[0].speaker_text == "The alliance"


def test_one_entity_per_person() -> None:
    extraction = run("Jane Roe spoke first. Ms Roe later said the plan was sound. Jane Roe left.")
    assert len(extraction.people) == 1


def test_a_pronoun_that_opens_a_sentence_is_the_last_sentence_s_subject() -> None:
    # "He met Lee. He said": "He" is the one who met, not the one met.
    extraction = run(
        "Kalahari chief executive Andrew Pienaar met Sipho Ndlovu on Monday. He said the offer was final."
    )
    assert [q.speaker_key for q in extraction.quotes] == ["andrew pienaar"]


def test_its_and_their_tie_a_role_to_the_organisation_just_named() -> None:
    extraction = run(
        "The Green Party offered a pact to a Liberal Democrat candidate. Its co-leader, Tobias Wren, said no."
    )
    person = next(p for p in extraction.people if p.name == "Tobias Wren")
    assert [a.organisation_key for a in person.affiliations] == ["green party"]


def test_a_role_descriptor_is_the_person_with_that_title() -> None:
    extraction = run(
        "Judge Anthony Kellaway jailed her on Friday. “You were trusted completely,” the judge told her."
    )
    assert [q.speaker_key for q in extraction.quotes] == ["anthony kellaway"]


def test_a_post_with_no_organisation_belongs_to_the_one_just_named() -> None:
    extraction = run(
        "Minera Andina Sur, which operates the mine, said work had stopped. “Our thoughts are with the "
        "families,” chief executive Felipe Errázuriz said."
    )
    person = extraction.people[0]
    assert [a.organisation_key for a in person.affiliations] == ["minera andina sur"]
