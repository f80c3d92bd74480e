"""People: posts and organisations of legislators and officials the fifteenth round reads."""

from app.extract import run


def _titles(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in run(text).people}


def _orgs(text: str) -> dict[str, set[str]]:
    return {p.name: {a.organisation_key for a in p.affiliations} for p in run(text).people}


def test_majority_and_minority_leaders_keep_their_side_and_chamber() -> None:
    text = (
        "The budget passed late on Tuesday.\n\n"
        "Senate Majority Leader Corwin Ashdale said the chamber would return in March.\n\n"
        "The Minority Leader, Ms Petra Vollan, said her caucus would oppose it.\n\n"
        "House Minority Whip Dorian Fesk said the vote was rushed."
    )
    titles = _titles(text)
    assert titles["Corwin Ashdale"] == ("Senate Majority Leader",)
    assert titles["Petra Vollan"] == ("Minority Leader",)
    assert titles["Dorian Fesk"] == ("House Minority Whip",)


def test_a_chamber_before_another_post_stays_out_of_it() -> None:
    # Only a side of the chamber ("Majority", "Minority") takes the chamber into the post.
    text = "Senate President Corwin Ashdale said the chamber would return in March."
    assert _titles(text)["Corwin Ashdale"] == ("President",)


def test_seat_on_a_named_committee_is_a_post_in_it() -> None:
    text = (
        "The Opposition has rejected the levy. The Ranking Member on the Roads, Rail and Harbours Committee, "
        "Hon. Petra Vollan, told reporters the levy was unfair."
    )
    person = next(p for p in run(text).people if p.name == "Petra Vollan")
    assert person.titles == ("Ranking Member",)
    assert {a.organisation_key for a in person.affiliations} == {"roads, rail and harbours committee"}


def test_adviser_on_a_field_keeps_the_field() -> None:
    # A field after "on" that names no organisation stays part of the post.
    text = (
        "The plan was published on Friday. The Special Adviser to the Governor on Housing and Lands, "
        "Petra Vollan, said it would be revised."
    )
    assert _titles(text)["Petra Vollan"] == ("Special Adviser to the Governor on Housing and Lands",)
