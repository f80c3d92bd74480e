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


def test_a_national_body_without_a_country_is_the_articles_countrys() -> None:
    text = "BEIJING, May 2 (Reuters) - The Ministry of Commerce said on Friday that exports rose 4%."
    assert _organisations(text)["Ministry of Commerce"] == "CN"
    text = "Officials in Oslo and Bergen said the Ministry of Fisheries would decide by June."
    assert _organisations(text)["Ministry of Fisheries"] == "NO"


def test_another_countrys_or_an_international_body_keeps_no_home_country() -> None:
    text = "LONDON (Reuters) - The Chinese Foreign Ministry said the talks in London were useful."
    assert _organisations(text).get("Chinese Foreign Ministry") != "GB"
    text = "LONDON (Reuters) - The European Maritime Agency said the ship had left port."
    assert _organisations(text)["European Maritime Agency"] is None


def test_known_organisations_written_in_lower_case() -> None:
    found = _organisations("A party official told the dpa news agency that talks would go on.")
    assert "Deutsche Presse-Agentur" in found or "dpa" in found
    assert _organisations("The file, dpa.de/archive, was not public. An update-dpa flag was set.") == {}


def test_a_known_acronym_defined_after_lower_case_words_is_still_the_organisation() -> None:
    text = "The UN agency for Palestine refugees (UNRWA) said 80 trucks had entered."
    assert "United Nations Relief and Works Agency for Palestine Refugees" in _organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Every time, the CM orders a probe and nothing changes, the MLA said.",
        "Chargers: WR Tom Vale left in the second quarter and did not return.",
        "The youth of UP will give their answer at the polls, he said.",
        "UP NEXT\n\nBroncos: Visit the Buffalo Bills on Nov. 24.",
    ],
)
def test_abbreviated_titles_and_regions_are_no_organisations(text: str) -> None:
    found = _organisations(text)
    assert not {"CM", "WR", "UP", "UP NEXT"} & set(found)


def test_an_abbreviated_position_is_the_players_title() -> None:
    people = run("Chargers: WR Darnell Okoro left in the second quarter with a hamstring injury.").people
    assert [(p.name, p.titles) for p in people] == [("Darnell Okoro", ("WR",))]


def test_an_undefined_acronym_is_still_an_organisation() -> None:
    assert "WTTC" in _organisations("The WTTC said travel spending rose 8% last year.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Federal Office for the Protection of the Constitution said the group was extremist.",
            "Federal Office for the Protection of the Constitution",
        ),
        (
            "Banco Central do Brasil said in its statement that steps would depend on data.",
            "Banco Central do Brasil",
        ),
        (
            "Universidade Federal do Paraná said the study was peer reviewed.",
            "Universidade Federal do Paraná",
        ),
        (
            "The American Chamber of Commerce in Japan said members were worried.",
            "American Chamber of Commerce in Japan",
        ),
    ],
)
def test_a_name_runs_on_through_lower_case_words_that_belong_to_it(text: str, name: str) -> None:
    assert name in _organisations(text)


def test_a_company_in_a_country_is_not_one_name() -> None:
    found = _organisations("Acme Holdings in Japan said sales rose. The Chamber of Commerce said so too.")
    assert not any(name.endswith(" in Japan") for name in found)


def test_an_affiliation_takes_the_whole_name_found_there() -> None:
    text = "Jane Roe, president of the Royal Incorporation of Architects in Scotland, praised the design."
    person = run(text).people[0]
    assert [a.organisation_key for a in person.affiliations] == [
        "royal incorporation of architects in scotland"
    ]


def test_a_name_in_apposition_after_an_organisation_is_another_name_of_it() -> None:
    text = "The Dutch Pension Insurance fund, Nationale Pensioenkas, said it could pay from January."
    organisations = run(text).organisations
    assert len(organisations) == 1
    assert "Nationale Pensioenkas" in (organisations[0].name, *organisations[0].aliases)
    text = "Acme Holdings, Jane Roe, said the deal was done."
    assert [o.name for o in run(text).organisations] == ["Acme Holdings"]


def test_a_partys_short_form_is_the_listed_party_only_in_its_country() -> None:
    text = (
        "Conservatives in Berlin clashed with the Greens over pensions in Germany, officials in Munich said."
    )
    assert _organisations(text).get("Conservatives") == "DE"
    text = "Conservatives in Leeds and London rallied before the vote in Britain."
    assert "Conservative Party" in _organisations(text)


def test_a_home_form_names_the_party_only_in_its_country() -> None:
    text = "Farmers in Nashik, Maharashtra, protested. Congress MLA Ravi Patil called the duty unfair."
    person = run(text).people[0]
    assert [a.organisation_key for a in person.affiliations] == ["indian national congress"]
    text = "WASHINGTON (AP) — Congress passed the bill on Friday."
    assert "Indian National Congress" not in _organisations(text)


def test_a_foreign_newspaper_is_named_by_its_last_word() -> None:
    assert "Stuttgarter Zeitung" in _organisations("He told the Stuttgarter Zeitung that the plan was dead.")
    assert "Zeitung" not in _organisations("Zeitung is German for newspaper, she said.")


def test_a_titled_person_after_an_organisation_noun_is_no_organisation() -> None:
    text = "Central bank President Marta de Souza told lawmakers that rates would stay high."
    assert "President Marta de Souza" not in _organisations(text)
    assert "Marta de Souza" in {p.name for p in run(text).people}
    text = "The industry group Minerals Europe said prices would rise."
    assert "Minerals Europe" in _organisations(text)


def test_a_surname_with_its_particle_is_no_organisation_though_a_city_shares_it() -> None:
    text = "Ana Lucia dos Santos, an economist at Acme Capital, wrote in a note. Dos Santos said rates would fall."
    assert "Dos Santos" not in _organisations(text)


def test_a_word_that_opens_sentences_opens_a_name_described_in_apposition() -> None:
    text = "She said the cuts to Go Metro, the city's bus system, would hurt night workers."
    assert "Go Metro" in _organisations(text)
    assert "Metro" not in _organisations(text)


def test_an_ordinal_ward_before_council_member_is_no_organisation() -> None:
    text = "Fourth Ward Council member Nina Barros said she would vote no. The City Council voted 5-2."
    found = _organisations(text)
    assert "Fourth Ward Council" not in found
    assert "City Council" in found


def test_a_known_name_ending_in_a_question_mark() -> None:
    assert "Which?" in _organisations("Which?, the consumer group, said refunds were slow.")
    assert "Which?" not in _organisations("Which of the two plans will pass is unclear.")


def test_a_known_name_joined_by_a_lower_case_word() -> None:
    assert "Transport for NSW" in _organisations("Transport for NSW said the highway was closed.")
    assert "Bord na Móna" in _organisations("The company bought the lease from Bord na Móna in 2021.")


def test_known_acronyms_side_by_side_are_each_an_organisation() -> None:
    found = _organisations("The Broncos won the game.\n\nAP NFL: https://apnews.com/hub/nfl")
    assert "National Football League" in found and "Associated Press" in found
    found = _organisations("The ministry said the WHO NHS guidance was under review in Leeds.")
    assert "World Health Organization" in found and "National Health Service" in found
    text = "The board met on Monday.\n\nROE: We have not decided."
    assert _organisations(text) == {}


def test_one_foreign_place_makes_no_story_foreign() -> None:
    text = "A former charity boss bought a villa in Portugal, the Charity Commission said."
    assert _organisations(text)["Charity Commission"] is None


def test_a_players_position_and_team_before_the_name() -> None:
    text = (
        "The Denver Broncos beat the Los Angeles Chargers 27-24. "
        "Chargers quarterback Cole Reyes was sacked four times, twice by Broncos linebacker Jon Pettit."
    )
    people = {p.name: p for p in run(text).people}
    assert people["Cole Reyes"].titles == ("quarterback",)
    assert [a.organisation_key for a in people["Cole Reyes"].affiliations] == ["los angeles chargers"]
    assert [a.organisation_key for a in people["Jon Pettit"].affiliations] == ["denver broncos"]


def test_a_named_craft_is_no_organisation() -> None:
    text = (
        "The agency’s Osprey spacecraft sent its first images. Osprey, which cost €500 million, "
        "was launched in 2023, said Jane Roe, Osprey’s project scientist."
    )
    assert "Osprey" not in _organisations(text)
    assert "Boeing" in _organisations("The Boeing probe contract was signed, Boeing said.")


def test_a_firm_named_as_another_firms_partner() -> None:
    text = "Customers can contact Acme's recall processor, Clearwater Returns, at 1-888-555-0100."
    assert "Clearwater Returns" in _organisations(text)


def test_a_known_name_that_is_also_a_city_is_the_city_after_in() -> None:
    assert "Banco Santander" in _organisations("Santander said profits rose 10% in the quarter.")
    assert "Banco Santander" not in _organisations("She opened a cafe in Santander last year.")


def test_labor_is_the_australian_party_only_in_a_story_from_australia() -> None:
    text = "In Sydney and Melbourne, officials said Labor had won seats."
    assert _organisations(text).get("Australian Labor Party") == "AU"
    text = "WASHINGTON (AP) — Labor leaders met on Monday."
    assert "Australian Labor Party" not in _organisations(text)


def test_a_club_named_for_its_city_and_the_city_itself() -> None:
    text = "AC Milan beat Inter Milan 2-1. Milan scored late, and fans in Milan celebrated."
    result = run(text)
    assert {o.name for o in result.organisations} == {"AC Milan", "Inter Milan"}
    assert "Milan" in {p.name for p in result.places}
