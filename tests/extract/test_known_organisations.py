"""The known-organisation gazetteer, its short forms, and organisations' countries and names."""

import pytest

from app.extract import run


def _organisations(text: str) -> dict[str, str | None]:
    return {organisation.name: organisation.country_code for organisation in run(text).organisations}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marcus Reed, an analyst at Jefferies, said the offer was low.", "Jefferies"),
        ("Hamas said it had received the proposal late on Monday.", "Hamas"),
        ("The Rajya Sabha passed the bill on Thursday after a long debate.", "Rajya Sabha"),
        ("The breach was first reported by The Verge on Tuesday.", "The Verge"),
        ("Experian said the data had not been shared with anyone else.", "Experian"),
    ],
)
def test_well_known_organisations_are_known(text: str, name: str) -> None:
    assert name in _organisations(text)


def test_a_team_nickname_is_the_team_the_story_names_in_full() -> None:
    text = (
        "The Denver Broncos beat the Miami Dolphins 20-17 on Sunday. "
        "The Broncos have won three straight, while the Dolphins have lost two."
    )
    found = _organisations(text)
    assert "Denver Broncos" in found and "Miami Dolphins" in found
    assert "Broncos" not in found and "Dolphins" not in found
    assert "Denver" not in {place.name for place in run(text).places}


def test_a_team_nickname_without_its_team_outside_sport_is_no_organisation() -> None:
    text = "Heat and drought have cut the harvest. Jets flew over the city on Monday, residents said."
    assert _organisations(text) == {}


def test_a_surname_like_short_form_needs_the_full_name() -> None:
    assert "Ford Motor" not in _organisations("Ford said the bill would pass the Senate, the senator added.")
    found = run("Ford Motor said sales rose. Ford said it would hire 500 workers.").organisations
    assert [o.name for o in found] == ["Ford Motor"]
