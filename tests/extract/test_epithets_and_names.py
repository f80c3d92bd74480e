"""Rules for people described rather than named ("the Dutch cellist", "the Brazilian replied"), ties
stated away from a person's name, and organisation names the capitalised-run rules split or miss."""

from app.extract import run
from tests.extract.reading import quotes as _quotes


def _people(text: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {p.name: (p.titles, tuple(a.organisation_key for a in p.affiliations)) for p in run(text).people}


def _organisations(text: str) -> list[str]:
    return [o.name for o in run(text).organisations]


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country_code) for p in run(text).places]


# --- people described by nationality -------------------------------------------------------------


def test_a_nationality_and_role_for_someone_just_named_is_their_title() -> None:
    text = (
        "Halfway through Ines Varga's set on Friday, the Hungarian cellist put down her bow and waited. "
        "Nobody moved."
    )
    assert _people(text)["Ines Varga"][0] == ("cellist",)


def test_a_nationality_is_no_title_for_a_person_it_does_not_follow() -> None:
    # Two people in the paragraph: "the Hungarian cellist" could be either, so neither gets the title.
    text = "Ines Varga and Tomas Berg played on Friday. Later the Hungarian cellist waited."
    people = _people(text)
    assert people["Ines Varga"][0] == ()
    assert people["Tomas Berg"][0] == ()


def test_a_speaker_named_only_by_nationality_is_the_person_just_quoted() -> None:
    text = (
        "“We will be ready,” coach Pieter Mol said on Thursday.\n\n"
        "Asked about the injuries, the Dutchman replied: “Everyone is fit.”"
    )
    assert ("direct", "Everyone is fit.", "pieter mol") in _quotes(text)


def test_a_nationality_before_a_noun_that_is_no_role_names_no_speaker() -> None:
    text = (
        "“We will be ready,” coach Pieter Mol said on Thursday.\n\n"
        "The German government replied: “The rules are clear.”"
    )
    assert ("direct", "The rules are clear.", "pieter mol") not in _quotes(text)


# --- ties stated away from the name --------------------------------------------------------------


def test_the_club_a_player_is_signed_from_is_one_of_their_organisations() -> None:
    text = (
        "Harbour Rovers have signed midfielder Tomasz Wrona from Atletico Serrano for £12m.\n\n"
        "Atletico Serrano president Luis Ortega said the fee was fair."
    )
    titles, organisations = _people(text)["Tomasz Wrona"]
    assert titles == ("midfielder",)
    assert set(organisations) == {"harbour rovers", "atletico serrano"}


def test_a_town_someone_comes_from_is_no_organisation() -> None:
    text = (
        "Harbour Rovers fans queued all night. Jane Ashdown from Kelmscott had brought her son. "
        "“It was worth it,” she said."
    )
    assert _people(text)["Jane Ashdown"][1] == ()
    assert _organisations(text) == ["Harbour Rovers"]


def test_she_founded_an_organisation_ties_her_to_it() -> None:
    text = (
        "Marta Quill, the designer, has died aged 79. She founded Quill Hart Ltd in 1971. "
        "Her partner, Owen Hart, said she never stopped drawing."
    )
    assert _people(text)["Marta Quill"][1] == ("quill hart ltd",)


def test_she_met_an_organisations_chief_ties_her_to_nothing() -> None:
    text = "Marta Quill, the designer, has died aged 79. She met Acme Studio's founders in 1971."
    assert _people(text)["Marta Quill"][1] == ()


def test_who_coordinates_the_groups_campaign_ties_to_the_group() -> None:
    text = (
        "Activists from the Seawatch Coalition blocked the harbour on Monday. Harbour Guard, the regional police, said two "
        "people were held. Aoife Brennan, who coordinates the group's fishing campaign, said the protest "
        "was peaceful."
    )
    assert _people(text)["Aoife Brennan"][1] == ("seawatch coalition",)


# --- organisation names ----------------------------------------------------------------------------


def test_an_agency_named_with_and_used_as_an_actor_is_one_name() -> None:
    text = (
        "Catches fell by a third last year, according to Coastal Fisheries and Marine Conservation.\n\n"
        "Immigration and Harbour Enforcement said it would add patrols."
    )
    names = _organisations(text)
    assert "Coastal Fisheries and Marine Conservation" in names
    assert "Immigration and Harbour Enforcement" in names
    assert ("indirect", "it would add patrols", "immigration and harbour enforcement") in _quotes(text)


def test_two_companies_joined_by_and_stay_two() -> None:
    text = "Talks stalled, according to Norvale Holdings and Brightwater Capital."
    assert "Norvale Holdings and Brightwater Capital" not in _organisations(text)
    text = "She heads Research and Development at the plant."
    assert _organisations(text) == []


def test_a_body_named_before_the_people_it_employs_is_an_organisation() -> None:
    text = "The bill would add 2,000 Coastal Watch officers. Brisbane officials welcomed it."
    assert _organisations(text) == ["Coastal Watch"]


def test_a_first_word_two_organisations_share_stands_for_neither() -> None:
    text = (
        "Harbour Watch officers seized the boat, the Harbour Trust said. Harbour staff were not told, "
        "said Jane Roe, director of the Harbour Trust."
    )
    assert sorted(_organisations(text)) == ["Harbour Trust", "Harbour Watch"]


def test_a_newspaper_named_with_a_capital_the_inside_a_sentence() -> None:
    text = "In an interview with The Courier in 2015, she was blunt about the plans."
    assert _organisations(text) == ["The Courier"]


def test_a_capital_the_opening_a_sentence_names_no_newspaper() -> None:
    text = "Prices rose again. The Times of plenty are over, traders said."
    assert _organisations(text) == []


def test_a_company_with_a_lower_case_first_letter_that_speaks() -> None:
    text = "Fares rose on Monday, and flyNordo said it would add flights. Later flyNordo cut prices."
    organisations = run(text).organisations
    assert [o.name for o in organisations] == ["flyNordo"]
    assert len(organisations[0].mentions) == 2
    assert ("indirect", "it would add flights", "flynordo") in _quotes(text)


def test_a_lower_case_product_name_that_does_not_speak_is_no_organisation() -> None:
    text = "She bought an iPad in March and said it was too slow."
    assert _organisations(text) == []


# --- places -------------------------------------------------------------------------------------------


def test_countries_joined_by_a_hyphen_are_each_a_place() -> None:
    text = "Trucks queued at the U.S.-Canada border while India-Pakistan talks resumed."
    assert _places(text) == [
        ("United States", "US"),
        ("Canada", "CA"),
        ("India", "IN"),
        ("Pakistan", "PK"),
    ]


def test_cities_joined_by_a_hyphen_name_a_road_not_two_places() -> None:
    text = "Protesters blocked the Dhaka-Mymensingh highway on Monday."
    assert _places(text) == []
