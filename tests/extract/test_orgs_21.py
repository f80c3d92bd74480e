"""Organisations, twenty-first round: platforms, filing words, firms' and units' heads, joint bodies."""

from app.extract import run
from app.extract.mentions import _is_org_short_form, _State
from app.extract.types import OrganisationMention


def _names(text: str) -> set[str]:
    return {organisation.name for organisation in run(text).organisations}


def test_the_platform_x_is_named_where_someone_posts_on_it() -> None:
    found = _names('"We will not back down," the mayor, Jane Roe, wrote on X on Tuesday evening.')
    assert "X" in found
    found = _names("In a post on X, the Harbour Trust said the ferry would sail at noon.")
    assert "X" in found


def test_a_letter_x_elsewhere_is_no_platform() -> None:
    found = _names("The Harbour Trust said it had settled on X Street and would put the figure at X.")
    assert "X" not in found
    found = _names("She posted on X-ray results and on X Factor voting, the Harbour Trust said.")
    assert "X" not in found


def test_a_share_symbol_is_no_body() -> None:
    text = (
        "Vantor Minerals Inc. said drilling had begun. The company's shares trade on the TSX Venture "
        "Exchange under the symbol VTRM."
    )
    found = _names(text)
    assert "VTRM" not in found
    assert {"Vantor Minerals Inc.", "TSX Venture Exchange"} <= found


def test_a_bare_acronym_is_still_a_body_away_from_a_symbol() -> None:
    found = _names("The symbol of the protest was a green ribbon, the NFU said. The NFU met ministers.")
    assert "NFU" in found


def test_a_numbered_bill_and_a_board_of_directors_are_no_bodies() -> None:
    text = (
        "The House voted 98-47 to approve House Bill 4, and Senate Bill 12 waits. On behalf of the "
        "Board of Directors, Acme Mining Corp. thanked shareholders."
    )
    found = _names(text)
    assert not {"House Bill", "Senate Bill", "Board of Directors"} & found
    assert "Acme Mining Corp." in found


def test_a_head_that_opens_a_name_before_for_is_no_short_form() -> None:
    body = "Transport for the Valley said buses would run."
    state = _State(body)
    name = "Transport for the Valley"
    state.orgs.append(OrganisationMention(0, len(name), name, name, None))
    assert not _is_org_short_form(state, "Transport")
    state.orgs.append(OrganisationMention(0, 12, "Kalahari Gas", "Kalahari Gas", None))
    assert _is_org_short_form(state, "Kalahari")


def test_firms_bands_and_units_named_by_their_heads() -> None:
    text = (
        "About 11.8 lakh kg was sold, Harbourline Tea Brokers said in its weekly report. He first played "
        "with the Starlight Dance Band. Aid is administered by the ministry's Fisheries Division. Ann Roe "
        "runs Beckside Worsted Mills."
    )
    found = _names(text)
    assert {
        "Harbourline Tea Brokers",
        "Starlight Dance Band",
        "Fisheries Division",
        "Beckside Worsted Mills",
    } <= found
    people = {p.name for p in run(text).people}
    assert "Tea Brokers" not in people


def test_regions_leagues_and_surnames_ending_in_heads_are_no_bodies() -> None:
    text = (
        "Cane farmers in the Western Division face delays. The team moved clear in the Central Division. "
        "She once led the Africa Division. The award was given by the late President John Atta Mills."
    )
    found = _names(text)
    assert not {"Western Division", "Central Division", "Africa Division", "John Atta Mills"} & found
    assert not any(name.endswith("Mills") for name in found)


def test_a_joint_body_named_after_two_places_keeps_both() -> None:
    text = (
        "Tamana/Rio Verde Regional Corporation chairman Jon Roe said the corporation had cleared the beach."
    )
    found = _names(text)
    assert "Tamana/Rio Verde Regional Corporation" in found
    assert "Rio Verde Regional Corporation" not in found


def test_a_credit_with_a_slash_joins_no_person_to_a_body() -> None:
    text = (
        "Flooding at the harbour. Picture: Iain Roe/Harbour Press Agency\n\nThe council said roads were shut."
    )
    found = _names(text)
    assert not any(name.startswith("Iain") for name in found)


def _countries(text: str) -> dict[str, str | None]:
    return {organisation.name: organisation.country_code for organisation in run(text).organisations}


def test_a_shared_team_short_form_is_the_team_of_the_other_teams_country() -> None:
    text = (
        "The Sydney Roosters beat the South Sydney Rabbitohs 24-18 in the NRL on Friday night. Roe scored "
        "two tries in the second half. The Roosters travel to Brisbane to face the Broncos next week."
    )
    found = _countries(text)
    assert found.get("Brisbane Broncos") == "AU"
    assert "Denver Broncos" not in found


def test_a_shared_team_short_form_among_many_countries_stays_unread() -> None:
    text = (
        "The Denver Broncos beat the Buffalo Bills 24-18 on Sunday. Roe threw two touchdown passes in the "
        "second half. Elsewhere, the Sydney Roosters won, and the Broncos rested their starters."
    )
    found = _countries(text)
    assert "Brisbane Broncos" not in found


def test_a_sponsor_before_a_grounds_word_names_the_ground() -> None:
    text = "The Sydney Roosters beat the Canberra Raiders 30-12 at Allianz Stadium. Crowd: 30,114."
    assert "Allianz" not in _names(text)
    text = "Allianz said on Tuesday its profit rose 8 percent, and Allianz shares gained."
    assert "Allianz" in _names(text)


def test_a_teams_city_read_as_a_body_is_the_team() -> None:
    text = (
        "The Colorado Avalanche beat the Vegas Golden Knights 4-3 in a shootout on Saturday. Colorado "
        "trailed 3-1 after Vegas forward Jon Roe scored on a power play in the third period."
    )
    found = _names(text)
    assert "Vegas" not in found
    assert "Vegas Golden Knights" in found


def test_a_name_that_is_one_of_several_firms_is_a_company() -> None:
    text = "Lime, one of the companies in the pilot, said in a statement that it welcomed the vote."
    assert "Lime" in _names(text)
    assert "Lime" not in {p.name for p in run(text).places}


def test_a_person_or_country_one_of_several_is_no_company() -> None:
    text = (
        "Jane Roe, one of the founders, said she welcomed it. Peru, one of the countries in the bloc, agreed."
    )
    found = _names(text)
    assert not {"Jane Roe", "Peru"} & found


def test_a_bracketed_british_party_short_form_is_the_party() -> None:
    result = run("Councillor Dena Roe (Lab) said she had collected 600 signatures on a petition.")
    parties = {o.name: o.aliases for o in result.organisations}
    assert "Lab" in parties.get("Labour Party", ())
    person = next(p for p in result.people if p.name == "Dena Roe")
    assert "labour party" in {a.organisation_key for a in person.affiliations}


def test_a_bracket_after_no_person_names_no_party() -> None:
    found = _names("The new research space (Lab) opened on Monday, the Harbour Trust said.")
    assert "Labour Party" not in found


def test_a_ward_before_councillor_is_no_body() -> None:
    text = (
        "Brinnington councillor Dena Roe said buses were vital. Brenda Hale, who has lived in Brinnington "
        "for 50 years, agreed."
    )
    assert "Brinnington" not in _names(text)


def test_a_nation_before_councillor_is_a_body() -> None:
    text = "Kainai First Nation councillor Marcus Roe says the deal was fair. The Kainai First Nation agreed."
    assert "Kainai First Nation" in _names(text)


def test_letters_used_as_a_things_name_are_no_body() -> None:
    text = (
        "The team used ZAPR–Cas9 to disable the gene. No FIR had been registered against anyone, police "
        "said. Fares rose on the Dar Rapid Bus Transit (DRBT) service, and the DRBT runs every ten minutes."
    )
    found = _names(text)
    assert not {"ZAPR", "FIR", "DRBT"} & found


def test_letters_of_a_body_stay_a_body() -> None:
    text = (
        "The Zenland Water Board (ZWB) said supplies were restored. A ZWB official said crews worked "
        "overnight, and the ZWB has asked residents to boil water."
    )
    found = _names(text)
    assert "Zenland Water Board" in found


def test_a_post_before_the_body_it_heads_leaves_the_body() -> None:
    text = (
        "The court issued notices to the Inspector General of Sindh Police and adjourned the hearing. "
        "The Harbour Trust said it would comply."
    )
    found = _countries(text)
    assert "Inspector General of Sindh Police" not in found
    assert found.get("Sindh Police") == "PK"


def test_a_post_of_no_body_keeps_its_name() -> None:
    found = _names("The Controller of Budget said counties had overspent, the Harbour Trust said.")
    assert "Sindh Police" not in found
    assert not any(name.startswith("Budget") for name in found)


def test_a_paper_that_interviews_is_an_outlet() -> None:
    text = "Commuters interviewed by The Harbour Ledger at the terminal said the rise would hurt them."
    found = _names(text)
    assert "The Harbour Ledger" in found


def test_a_person_after_by_is_no_outlet() -> None:
    found = _names("The plan was reviewed by Jane Roe, the council said. It was approved by the Minister.")
    assert "Jane Roe" not in found


def test_a_name_broken_by_of_and_and_is_whole_where_its_acronym_spells_it() -> None:
    text = (
        "The Community of Zenland Railway and Infrastructure Companies (CZR) said it supported the goal. "
        "The CZR represents 80 firms."
    )
    found = _names(text)
    assert "Community of Zenland Railway and Infrastructure Companies" in found
    assert not {"Zenland Railway", "Infrastructure Companies"} & found


def test_two_bodies_before_the_second_ones_acronym_stay_two() -> None:
    text = (
        "The Harbour Trust and the Zenland Ports Authority (ZPA) signed the deal. The ZPA said berths "
        "would open in May."
    )
    found = _names(text)
    assert {"Harbour Trust", "Zenland Ports Authority"} <= found


def test_listed_fellowships_are_bodies() -> None:
    found = _names("He has been attending Gamblers Anonymous every week since, his lawyer said.")
    assert "Gamblers Anonymous" in found
