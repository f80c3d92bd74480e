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
