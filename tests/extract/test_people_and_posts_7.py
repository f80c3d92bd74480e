"""People and their posts in the seventh held-out set's styles (all sentences made up)."""

from app.extract import run


def _people(text: str) -> list[str]:
    return [p.name for p in run(text).people]


def _orgs(text: str) -> list[str]:
    return [o.name for o in run(text).organisations]


def _person(text: str, name: str) -> tuple[set[str], set[str]]:
    extraction = run(text)
    orgs = {o.key: o for o in extraction.organisations}
    for person in extraction.people:
        if person.name == name:
            names: set[str] = set()
            for affiliation in person.affiliations:
                org = orgs[affiliation.organisation_key]
                names |= {org.name, *org.aliases, *([org.acronym] if org.acronym else [])}
            return set(person.titles), names
    raise AssertionError(f"{name} not found in {[p.name for p in extraction.people]}")


def test_west_african_honorific_before_a_name() -> None:
    text = "The flood displaced hundreds. Alhaji Kolawole Adeniran, a trader, said the water came at night."
    assert _people(text) == ["Kolawole Adeniran"]


def test_post_in_capitals_before_an_association_with_its_holder_in_apposition() -> None:
    text = "The Chairman of the Brookvale Fishmongers Association, Kolawole Adeniran, said the market would close."
    titles, orgs = _person(text, "Kolawole Adeniran")
    assert titles == {"Chairman"}
    assert orgs == {"Brookvale Fishmongers Association"}
    assert "Chairman of the Brookvale Fishmongers Association" not in _orgs(text)


def test_institution_named_after_an_office_keeps_its_name() -> None:
    text = "The Institute of Directors said the rules were too strict."
    assert _orgs(text) == ["Institute of Directors"]
    assert _people(text) == []


def test_police_rank_acronym_before_a_name() -> None:
    text = "The police spokesman, SP Kolawole Adeniran, said three suspects had been arrested."
    titles, _orgs_of = _person(text, "Kolawole Adeniran")
    assert "SP" in titles


def test_org_list_still_takes_a_second_unknown_name() -> None:
    # Without a post before the first organisation, the next capitalised name is another item of the list.
    text = "Shares in Brookvale Holdings and Tarnwick Mercer fell sharply on Monday."
    assert "Tarnwick Mercer" in _orgs(text)


def test_place_named_in_an_association_stays_a_place() -> None:
    text = (
        "Shops were flooded in Brookvale and Tarnwick-Ota on Sunday. "
        "The Tarnwick-Ota Fishmongers Association said it would seek compensation."
    )
    assert "Tarnwick-Ota" not in _orgs(text)
