"""Posts said with "is", twenty-fifth round: "Roe is president of the Acme Association", and a
who-clause closed before the "is" that gives the post ("Roe, who studied at …, is co-founder of …")."""

from tests.extract.reading import titles_and_organisations


def test_a_later_surname_is_president_of_a_body() -> None:
    text = (
        'How will we fish now?" asked Rupert Calloway, 58, who has fished out of the bay for 40 years.\n\n'
        "Calloway is president of the Dunmore Anglers and Friends Association, which represents about "
        "140 fishers along the coast."
    )
    titles, orgs = titles_and_organisations(text, "Rupert Calloway")
    assert "president" in titles
    assert "Dunmore Anglers and Friends Association" in orgs


def test_a_who_clause_then_is_gives_two_posts() -> None:
    text = (
        "Odile Varnam built a fever test that fits in a pocket.\n\n"
        "Varnam, who studied chemistry at Kestrel Ridge University and later earned a doctorate abroad, is "
        "co-founder and chief executive of Lumora Diagnostics, a start-up based in Nairobi."
    )
    titles, orgs = titles_and_organisations(text, "Odile Varnam")
    assert {"co-founder", "chief executive"} <= titles
    assert "Lumora Diagnostics" in orgs


def test_and_is_inside_the_who_clause() -> None:
    text = (
        "Marta Oyelowo, who has driven a bus on the Route 9 line for 14 years and is a shop steward with "
        "Transit Workers Union Local 88, said riders asked her every day whether the route would survive."
    )
    titles, orgs = titles_and_organisations(text, "Marta Oyelowo")
    assert "shop steward" in titles
    assert "Transit Workers Union Local 88" in orgs


def test_a_name_after_of_is_not_the_subject() -> None:
    text = "The son of Rupert Calloway is president of the Dunmore Anglers Association."
    titles, orgs = titles_and_organisations(text, "Rupert Calloway")
    assert "president" not in titles
    assert not orgs
