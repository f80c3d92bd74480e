"""Northern Ireland's parties and assembly (round 19): real-world bodies in the lexicon."""

from app.extract import run


def _countries(text: str) -> dict[str, str | None]:
    return {o.name: o.country_code for o in run(text).organisations}


def test_stormont_as_the_sitting_assembly_is_a_body_of_the_uk() -> None:
    text = (
        "Ministers at Stormont have agreed a new childcare plan, the Education Minister said on Monday.\n\n"
        "Margaret Doyle told MLAs at Stormont that the scheme would open to families in the spring."
    )
    assert _countries(text).get("Northern Ireland Assembly") == "GB"


def test_northern_irish_party_initials_are_uk_parties() -> None:
    text = (
        "The UUP and the SDLP both backed the motion in the chamber on Tuesday, while the TUV voted "
        "against it.\n\nPeter Kane, a TUV councillor in Antrim, said the plan would cost too much."
    )
    found = _countries(text)
    for party in (
        "Ulster Unionist Party",
        "Social Democratic and Labour Party",
        "Traditional Unionist Voice",
    ):
        assert found.get(party) == "GB", party


def test_stormont_inside_a_longer_name_stays_that_name() -> None:
    text = "The Stormont Hotel Group said on Friday it would open two new sites in Belfast next year."
    found = _countries(text)
    assert "Northern Ireland Assembly" not in found
    assert "Stormont Hotel Group" in found


def test_holyrood_as_the_sitting_parliament_is_the_scottish_parliament() -> None:
    text = (
        "Local MSP Jean Moffat said she would raise the closure of the ward with ministers at Holyrood "
        "next week.\n\nThe health board said the ward had been hard to staff for two years."
    )
    assert _countries(text).get("Scottish Parliament") == "GB"
