"""Posts and the bodies they serve, twenty-fifth round (set 22): posts words newly known, a body's
name in the local language after its English one, an NGO by its letters, a "local official", and a
place's post that is no body named after the place."""

from tests.extract.reading import titles_and_organisations

_CITY = (
    "Gdańsk council delays clean air zone\n\n"
    "Gdańsk's city council voted on Tuesday to delay the clean air zone by two years.\n\n"
    "Gdańsk's mayor, Tomasz Velen, called the vote a step backwards.\n\n"
    "He will ask the voivode of the region, Jerzy Balcar, to examine the resolution.\n\n"
    "Anna Kres, a spokeswoman for Gdańsk Clean Air (Gdański Czysty Powietrze), said the council had "
    "ignored the data.\n\n"
    "Eva Stroud, an internist who has worked at the town clinic for six years, said the clinic was full.\n\n"
    "Ina Kalvo, a researcher at the Gdańsk-based anti-corruption NGO Vigila, said the vote was a mistake.\n\n"
    "Petar Duric, a former local official of the once-ruling Gdańsk Union Party, denied the charges."
)


def test_voivode_and_internist_are_posts() -> None:
    assert "voivode" in titles_and_organisations(_CITY, "Jerzy Balcar")[0]
    assert "internist" in titles_and_organisations(_CITY, "Eva Stroud")[0]


def test_a_body_named_again_in_the_local_language() -> None:
    titles, orgs = titles_and_organisations(_CITY, "Anna Kres")
    assert "spokeswoman" in titles and "Gdańsk Clean Air" in orgs


def test_a_place_s_mayor_is_no_body_named_after_the_place() -> None:
    titles, orgs = titles_and_organisations(_CITY, "Tomasz Velen")
    assert "mayor" in titles and "Gdańsk Clean Air" not in orgs


def test_an_ngo_by_its_letters() -> None:
    titles, orgs = titles_and_organisations(_CITY, "Ina Kalvo")
    assert "researcher" in titles and "Vigila" in orgs


def test_a_local_official_of_a_hyphened_ruling_party() -> None:
    titles, orgs = titles_and_organisations(_CITY, "Petar Duric")
    assert "local official" in titles and "Gdańsk Union Party" in orgs


_AGENCY = (
    "Seed shortage worries growers\n\n"
    "The Velmora Agriculture Board (VAB) said on Monday that seed would be short this season.\n\n"
    "Dr Jean Halder, the Deputy Director General in charge of Crop Research and Seed Supply at VAB, said "
    "about 4,000 tonnes would be available.\n\n"
    "Musanze District Vice Mayor in charge of Economic Development, Anne Torvik, warned farmers against "
    "unlicensed traders.\n\n"
    "Farmers in Gakenke District have also complained. The Resident District Commissioner for Gakenke, "
    "Ms Ruth Amani, said her office had received complaints.\n\n"
    "The Velmora Grid Company will run the storage plant.\n\n"
    "Tom Reyes, Chairman of the Management Board of the Velmora Grid Company (VGC), said storage was needed."
)


def test_a_capitalised_post_with_its_remit_after_the_name() -> None:
    titles, orgs = titles_and_organisations(_AGENCY, "Jean Halder")
    assert "Deputy Director General in charge of Crop Research and Seed Supply" in titles
    assert "VAB" in orgs


def test_a_post_with_its_remit_before_the_name_drops_the_place() -> None:
    titles, _orgs = titles_and_organisations(_AGENCY, "Anne Torvik")
    assert "Vice Mayor in charge of Economic Development" in titles


def test_the_district_a_commissioner_serves_is_no_part_of_the_post() -> None:
    titles, _orgs = titles_and_organisations(_AGENCY, "Ruth Amani")
    assert "Resident District Commissioner" in titles


def test_chairman_of_the_management_board() -> None:
    titles, orgs = titles_and_organisations(_AGENCY, "Tom Reyes")
    assert "Chairman of the Management Board" in titles and "Velmora Grid Company" in orgs
