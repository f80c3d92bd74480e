"""Titles and organisations: the constructions news writing carries them in."""

from app.extract import run
from tests.extract.reading import titles_and_organisations

_GAME = (
    "The Portland Pioneers rallied past the Columbus Comets 6-4 on Sunday, scoring three runs in the ninth "
    "inning. The Comets have lost five of seven, and the Pioneers won for the third time in four games.\n\n"
    "Michael Kellerman homered twice off the Columbus bullpen.\n\n"
)


def test_baseball_position_abbreviation_after_a_team_and_its_heading() -> None:
    text = _GAME + (
        "Comets LHP Marlon Ostrava (4-2, 3.10 ERA) faces Pioneers RHP Quentin Haldane (2-5, 5.01) on Monday.\n\n"
        "Pioneers: INF Teodor Vasquel was placed on the 10-day injured list."
    )
    titles, orgs = titles_and_organisations(text, "Marlon Ostrava")
    assert titles == {"LHP"} and "Columbus Comets" in orgs
    titles, orgs = titles_and_organisations(text, "Quentin Haldane")
    assert titles == {"RHP"} and "Portland Pioneers" in orgs
    titles, orgs = titles_and_organisations(text, "Teodor Vasquel")
    assert titles == {"INF"} and "Portland Pioneers" in orgs


def test_pitching_roles_before_and_after_a_name() -> None:
    text = _GAME + (
        "Columbus starter Lyle Brenneman gave up two runs over six innings. The winning hit came off reliever "
        "Osvaldo Trejo. Kellerman, the Venezuelan infielder who joined in May, also doubled."
    )
    titles, orgs = titles_and_organisations(text, "Lyle Brenneman")
    assert titles == {"starter"} and "Columbus Comets" in orgs
    assert titles_and_organisations(text, "Osvaldo Trejo")[0] == {"reliever"}
    assert titles_and_organisations(text, "Michael Kellerman")[0] == {"infielder"}


def test_position_words_outside_a_match_report_are_no_position() -> None:
    # No match report: "starter" and "OF" are no playing positions here.
    text = (
        "The council approved the housing plan on Monday after a long debate.\n\n"
        "The idea was a conversation starter, said resident Dora Millbank, who backed it.\n\n"
        "OF Piet Umbrecht, the council's clerk, little was heard."
    )
    for person in run(text).people:
        assert "starter" not in person.titles and "OF" not in person.titles


def test_two_capitalised_posts_after_the_name_are_each_a_title() -> None:
    text = (
        'Torvane Energy Systems GmbH will build the line in Bremen. "It will work," said Dr. Hanna Volkert, '
        "Co-Founder and Chief Technology Officer of Torvane Energy Systems."
    )
    titles, orgs = titles_and_organisations(text, "Hanna Volkert")
    assert {"Co-Founder", "Chief Technology Officer"} <= titles
    assert "Torvane Energy Systems GmbH" in orgs


def test_one_capitalised_post_with_and_inside_is_not_split() -> None:
    text = '"It will work," said Hanna Volkert, Head of Research and Development at Torvane Energy Systems.'
    titles, _ = titles_and_organisations(text, "Hanna Volkert")
    assert titles == {"Head of Research and Development"}


def test_two_posts_joined_before_the_name() -> None:
    text = (
        "Quellmark Diagnostics now employs 180 people. Its co-founder and chief scientific officer, "
        "Tomas Verhagen, runs research from Boston.\n\n"
        "Orvell Capital founder and chief investment officer Daniel Ortmann said he would vote against."
    )
    titles, orgs = titles_and_organisations(text, "Tomas Verhagen")
    assert titles == {"co-founder", "chief scientific officer"} and "Quellmark Diagnostics" in orgs
    titles, orgs = titles_and_organisations(text, "Daniel Ortmann")
    assert titles == {"founder", "chief investment officer"} and "Orvell Capital" in orgs


def test_two_people_after_between_are_not_one_person_with_two_posts() -> None:
    text = "The talks between the president and chief executive Daniel Ortmann lasted an hour."
    titles, _ = titles_and_organisations(text, "Daniel Ortmann")
    assert titles == {"chief executive"}


def test_two_portfolio_words_before_a_minister() -> None:
    text = "At a rally in Tarnow, National Security Minister Dr Horace Quellby dismissed the plans."
    assert titles_and_organisations(text, "Horace Quellby")[0] == {"National Security Minister"}


def test_a_party_before_a_portfolio_is_no_part_of_the_post() -> None:
    text = "Labour Health Secretary Wes Quellby said the plan was fair."
    assert titles_and_organisations(text, "Wes Quellby")[0] == {"Health Secretary"}


def test_undersecretary_with_its_portfolio() -> None:
    text = "Agriculture Undersecretary Leonora Quellby, who attended the hearing, said the review went on."
    assert titles_and_organisations(text, "Leonora Quellby")[0] == {"Agriculture Undersecretary"}


def test_agency_name_then_its_administrator() -> None:
    text = "Federal Flood Response Agency Administrator Deborah Quellby said food had been stored in three states."
    titles, orgs = titles_and_organisations(text, "Deborah Quellby")
    assert titles == {"Administrator"} and "Federal Flood Response Agency" in orgs
    text = "National Transport Authority Chairman Deborah Quellby said buses were late."
    titles, orgs = titles_and_organisations(text, "Deborah Quellby")
    assert titles == {"Chairman"} and "National Transport Authority" in orgs


def test_two_capitalised_posts_joined_before_the_name() -> None:
    text = "Deputy Prime Minister and Finance Minister Joren Paskal said each household would get a payment."
    assert titles_and_organisations(text, "Joren Paskal")[0] == {"Deputy Prime Minister", "Finance Minister"}


def test_the_first_post_after_the_or_between_is_another_holder() -> None:
    text = "The Prime Minister and Finance Minister Joren Paskal met on Monday."
    assert titles_and_organisations(text, "Joren Paskal")[0] == {"Finance Minister"}
    text = "Talks between the Prime Minister and Finance Minister Joren Paskal went on late."
    assert titles_and_organisations(text, "Joren Paskal")[0] == {"Finance Minister"}


def test_a_trade_or_service_after_the_name() -> None:
    text = "Hamid Quellby, a crane operator with 17 years' experience, said workers had been promised their jobs."
    assert titles_and_organisations(text, "Hamid Quellby")[0] == {"crane operator"}
    text = "Yoram Quellby, a 41-year-old reservist who has served 250 days, said he felt used."
    assert titles_and_organisations(text, "Yoram Quellby")[0] == {"reservist"}


def test_a_miner_before_a_name_is_a_mining_company() -> None:
    text = "London-listed miner Tarrow Resources launched a bid for Andes Peak Mining on Monday."
    assert [p.name for p in run(text).people] == []


def test_what_the_person_is_doing_closes_the_appositive() -> None:
    text = "Mahmoud Quellby, a Kuwaiti engineer visiting the city with his family, said the hotels were new."
    assert titles_and_organisations(text, "Mahmoud Quellby") == ({"engineer"}, set())


def test_a_demonym_before_a_role_is_no_organisation() -> None:
    for demonym in ("Kuwaiti", "Tanzanian", "Qatari", "Zambian"):
        text = f"Mahmoud Quellby, a {demonym} economist, said the hotels were new."
        assert titles_and_organisations(text, "Mahmoud Quellby") == ({"economist"}, set())


def test_one_unknown_word_after_from_or_in_is_a_home_town() -> None:
    text = "Yoram Quellby, a 41-year-old teacher from Tarvelin, said he felt used."
    assert titles_and_organisations(text, "Yoram Quellby") == ({"teacher"}, set())
    text = "Yoram Quellby, a researcher in Tarvelin Labs, said it worked."
    assert titles_and_organisations(text, "Yoram Quellby") == ({"researcher"}, {"Tarvelin Labs"})


def test_of_an_organisation_with_a_lower_case_particle() -> None:
    text = (
        "The University of Tarva es Salaam runs the survey. Economist Dr Josephine Quellby of the "
        "University of Tarva es Salaam said the deal could work."
    )
    assert "University of Tarva es Salaam" in titles_and_organisations(text, "Josephine Quellby")[1]


def test_of_a_based_think_tank_after_the_name() -> None:
    text = (
        "Burak Quellby of the Ankara-based think tank Marmara Policy Research Foundation (MPRF) argued that "
        "rents would keep inflation high."
    )
    assert "Marmara Policy Research Foundation" in titles_and_organisations(text, "Burak Quellby")[1]


def test_of_a_faction_written_with_its_letters() -> None:
    text = (
        "The Nava Sena (UBT) called a protest. Former corporator Kishori Quellby of the Nava Sena (UBT) "
        "alleged that the figures were inflated."
    )
    titles, orgs = titles_and_organisations(text, "Kishori Quellby")
    assert titles == {"corporator"} and orgs & {"Nava Sena (UBT)", "Nava Sena"}


def test_an_organisations_role_in_a_place_before_the_name() -> None:
    text = "The SPD's lead candidate in Thuringia, Henning Quellby, said his party had lost ground."
    titles, orgs = titles_and_organisations(text, "Henning Quellby")
    assert titles == {"lead candidate"} and "Social Democratic Party" in orgs


def test_two_lower_case_portfolios_before_the_name() -> None:
    text = (
        "The licence, signed by the minister of mines and energy, Tjiuee Quellby, on 14 March, covers "
        "7,400 hectares. Quellby said it was legal."
    )
    assert titles_and_organisations(text, "Tjiuee Quellby")[0] == {"minister of mines and energy"}


def test_a_clause_with_and_before_the_name_is_no_portfolio() -> None:
    text = "The bridge was made of steel and glass, Peter Quellby told reporters on Monday."
    assert titles_and_organisations(text, "Peter Quellby")[0] == set()


def test_a_party_found_already_before_a_leader() -> None:
    text = "Welsh Labour leader Fiona Quellby said the timing of the letter was cynical."
    titles, orgs = titles_and_organisations(text, "Fiona Quellby")
    assert titles == {"leader"} and "Welsh Labour" in orgs


def test_a_member_on_the_back_benches_and_her_seat() -> None:
    text = (
        "The row spilled into the corridors, where SNP backbencher Eilidh Quellby, the MSP for Na h-Eileanan "
        "an Iar, broke ranks with her own party."
    )
    titles, orgs = titles_and_organisations(text, "Eilidh Quellby")
    assert titles == {"backbencher", "MSP"} and "Scottish National Party" in orgs


def test_a_partys_candidate_for_a_seat_before_another_role() -> None:
    text = (
        "The JLP's candidate for Tarvelin South Central, businesswoman Keisha Quellby, told reporters that "
        "voters cared about water."
    )
    titles, orgs = titles_and_organisations(text, "Keisha Quellby")
    assert titles == {"businesswoman", "candidate"} and "JLP" in orgs


def test_a_role_before_a_role_with_no_organisation_adds_none() -> None:
    text = "Their spokesman, veteran lawmaker Konrad Quellby, called the package a blank check."
    titles, orgs = titles_and_organisations(text, "Konrad Quellby")
    assert titles == {"lawmaker", "spokesman"} and orgs == set()


_MISSING = (
    "Police are searching for Natalia Borkowska, 34, who was last seen on Sunday.\n\n"
    "Detective Inspector Gurdeep Sandhu said officers were concerned for her welfare.\n\n"
    "Natalia moved to the UK from Poland in 2014. She works as a care assistant.\n\n"
)


def test_a_given_name_alone_is_the_person_named_in_full() -> None:
    assert titles_and_organisations(_MISSING, "Natalia Borkowska")[0] == {"care assistant"}
    assert titles_and_organisations(_MISSING, "Gurdeep Sandhu")[0] == {"Detective Inspector"}


def test_a_given_name_inside_a_quotation_is_no_mention() -> None:
    text = (
        "Teenager Daniel Okafor scored a late winner.\n\n"
        "Manager Rafael Quellby praised his side. ‘Daniel gave us the moment we needed,’ Quellby said."
    )
    daniel = next(p for p in run(text).people if p.name == "Daniel Okafor")
    assert len(daniel.mentions) == 1


def test_a_given_name_two_people_share_is_no_one() -> None:
    text = (
        "Natalia Borkowska and Natalia Quellby led the march.\n\nNatalia said the route was long. "
        "She works as a nurse."
    )
    for person in run(text).people:
        assert len(person.mentions) == 1


def test_the_side_or_band_a_who_clause_names() -> None:
    text = '"Not like this," said Sepp Quellby, who rides for the German team Nordlicht-Kraftwerk.'
    assert "Nordlicht-Kraftwerk" in titles_and_organisations(text, "Sepp Quellby")[1]
    text = (
        "Wilson Quellby, the accordionist who played in Roe's band, the Bayou Wanderers, for 31 years, "
        "said the music was alive."
    )
    titles, orgs = titles_and_organisations(text, "Wilson Quellby")
    assert titles == {"accordionist"} and "Bayou Wanderers" in orgs


def test_a_second_role_of_something_after_and() -> None:
    text = (
        '"The droughts were long," says Tesfaye Quellby, a dendrochronologist at Tarvelin University and a '
        "co-author of the study."
    )
    titles, orgs = titles_and_organisations(text, "Tesfaye Quellby")
    assert titles == {"dendrochronologist", "co-author"} and "Tarvelin University" in orgs


def test_a_retired_professor_keeps_the_title() -> None:
    text = (
        'One of them was Professor Harold Quellby, who ran the lab. "She asked good questions," Quellby, '
        "now professor emeritus, recalls."
    )
    assert "professor emeritus" in titles_and_organisations(text, "Harold Quellby")[0]


def test_a_role_capitalised_at_a_sentence_start_before_a_title() -> None:
    text = "Co-author Professor Mwangi Quellby of the University of Tarvelin said the results would apply."
    assert titles_and_organisations(text, "Mwangi Quellby")[0] == {"Co-author", "Professor"}
    text = "Chief Executive Officer Mwangi Quellby said the results were good."
    assert titles_and_organisations(text, "Mwangi Quellby")[0] == {"Chief Executive Officer"}


def test_a_nationality_opening_the_sentence_is_no_part_of_the_role() -> None:
    text = "Austrian climber Sepp Quellby finished third on the stage, 19 seconds behind the winners."
    assert titles_and_organisations(text, "Sepp Quellby")[0] == {"climber"}
    text = "Marine biologist Sepp Quellby said the reef was dying."
    assert titles_and_organisations(text, "Sepp Quellby")[0] == {"Marine biologist"}


def test_the_kind_of_firm_before_its_name_after_a_post() -> None:
    text = "Rashid Quellby, managing director of the brokerage Quellby Homes in Business Bay, said buyers signed."
    assert titles_and_organisations(text, "Rashid Quellby") == ({"managing director"}, {"Quellby Homes"})


def test_an_adjective_before_the_organisation_after_a_post() -> None:
    text = "Thierry Quellby, the leader of the more moderate Tarvelin Union, said his union remained open."
    titles, orgs = titles_and_organisations(text, "Thierry Quellby")
    assert titles == {"leader"} and "Tarvelin Union" in orgs
    text = "Jane Quellby, a lawyer in the coming Tarvelin case, said so."
    assert titles_and_organisations(text, "Jane Quellby")[1] == set()


def test_a_unit_of_the_organisation_then_where_it_is() -> None:
    text = (
        "The Tarvelin Weather Office (TWO) issued a warning. Dr Sushma Quellby, head of the TWO's regional "
        "centre in Mumbai, said the rains were near."
    )
    titles, orgs = titles_and_organisations(text, "Sushma Quellby")
    assert titles == {"head"} and "Tarvelin Weather Office" in orgs


def test_an_envoy_to_a_body_and_the_chair_of_another() -> None:
    text = (
        "Tevita Quellby, Tonga's ambassador to the United Nations and chair of the Alliance of Coral Atoll "
        "States (ACAS), said the draft was weak."
    )
    titles, orgs = titles_and_organisations(text, "Tevita Quellby")
    assert titles == {"ambassador", "chair"} and {"Alliance of Coral Atoll States", "ACAS"} <= orgs


def test_the_side_that_won_by_what_the_subject_did() -> None:
    text = (
        "TARVELIN — Aleksi Quellby made 38 saves as the Montreal Canadiens beat the Tarvelin Comets 3-2 on "
        "Saturday night. It was his ninth win of the season."
    )
    assert "Montreal Canadiens" in titles_and_organisations(text, "Aleksi Quellby")[1]


def test_the_side_that_lost_is_not_read_as_the_players() -> None:
    text = (
        "TARVELIN — Aleksi Quellby made 38 saves as the Canadiens lost to the Tarvelin Comets 3-2 on Saturday "
        "night. It was his ninth defeat of the season."
    )
    assert titles_and_organisations(text, "Aleksi Quellby")[1] == set()


def test_the_post_a_person_joined_an_organisation_as() -> None:
    text = (
        "Goh Siew Quellby, 47, admitted cheating Meridian Quay Logistics, a freight company. The prosecutor "
        "said Goh joined the company as an accounts executive in 2014."
    )
    titles, orgs = titles_and_organisations(text, "Goh Siew Quellby")
    assert titles == {"accounts executive"} and "Meridian Quay Logistics" in orgs
    text = "Jane Quellby joined Tarvelin Bank as its treasurer in 2019."
    assert titles_and_organisations(text, "Jane Quellby") == ({"treasurer"}, {"Tarvelin Bank"})


def test_joining_an_event_as_a_helper_is_no_post() -> None:
    text = "Jane Quellby joined the protest as a volunteer on Monday."
    assert titles_and_organisations(text, "Jane Quellby") == (set(), set())


def test_a_news_medium_is_no_employer_of_a_post_named_without_one() -> None:
    text = (
        "TARVELIN, N.C. (WKQZ) -- A man has been charged after a shooting, police said.\n\n"
        "'This was not a random act,' Tarvelin Police Chief Angela Quellby said on Sunday.\n\n"
        "A neighbour told WKQZ she heard three shots."
    )
    assert titles_and_organisations(text, "Angela Quellby") == ({"Police Chief"}, set())
    text = (
        "In Pinellas County, emergency management director Kevin Quellby told ABC News that shelters were "
        "full."
    )
    assert titles_and_organisations(text, "Kevin Quellby")[1] == set()


def test_the_organisation_a_post_belongs_to_is_still_found_beside_a_medium() -> None:
    text = (
        "Tarvelin Motors said on Monday it would recall 40,000 cars. Chief executive Jane Quellby told "
        "Reuters the cost was small."
    )
    assert "Tarvelin Motors" in titles_and_organisations(text, "Jane Quellby")[1]


def test_a_longer_organisations_possessive_before_a_role_set_off_by_commas() -> None:
    text = (
        "Two banks, Banque Privée Tarn and Alpstein Bank, agreed to merge into Tarn Alpstein Group. Banque "
        "Privée Tarn's chairman, Marc-Antoine Quellby, will chair the combined board."
    )
    titles, orgs = titles_and_organisations(text, "Marc-Antoine Quellby")
    assert titles == {"chairman"} and orgs == {"Banque Privée Tarn"}


def test_a_sentence_opener_is_no_part_of_the_possessive_organisation() -> None:
    text = (
        "Tarvelin Bank cut rates. But Tarvelin Bank's chairman, Marc Quellby, said no more cuts would come."
    )
    titles, orgs = titles_and_organisations(text, "Marc Quellby")
    assert titles == {"chairman"} and orgs == {"Tarvelin Bank"}


def test_the_post_a_person_takes_up() -> None:
    text = (
        "Tarvelin Foods SpA said in January that his daughter Ludovica Quellby, 44, will take over as chief "
        "executive officer in July."
    )
    titles, orgs = titles_and_organisations(text, "Ludovica Quellby")
    assert titles == {"chief executive officer"} and "Tarvelin Foods SpA" in orgs
    text = "Jane Quellby was appointed president of the Tarvelin Teachers Union in 2019."
    assert titles_and_organisations(text, "Jane Quellby") == ({"president"}, {"Tarvelin Teachers Union"})


def test_named_after_someone_or_becoming_a_parent_is_no_post() -> None:
    for text in ("Jane Quellby was named after her grandmother.", "Jane Quellby became a mother in 2019."):
        assert titles_and_organisations(text, "Jane Quellby") == (set(), set())


def test_a_post_with_no_organisation_belongs_to_the_one_its_paragraph_names() -> None:
    text = (
        "The Quellby family has run Orvell Sauces for four generations. Quellby relatives also own Orvell USA.\n\n"
        "Orvell Sauces SpA said that Ludovica Quellby, 44, will take over as chief executive officer in July."
    )
    assert "Orvell Sauces SpA" in titles_and_organisations(text, "Ludovica Quellby")[1]


def test_the_body_a_person_chairs() -> None:
    text = (
        "The Senate Tarvelin Committee opened its inquiry on Monday. Senator Maria Quellby, who chairs the "
        "committee, was not convinced."
    )
    assert "Senate Tarvelin Committee" in titles_and_organisations(text, "Maria Quellby")[1]
    text = (
        "Chimwemwe Quellby of Malawi, who chairs the group of Least Developed Countries (LDC), said the draft "
        "had no numbers."
    )
    assert "Least Developed Countries" in titles_and_organisations(text, "Chimwemwe Quellby")[1]


def test_a_country_after_of_is_no_organisation() -> None:
    text = "Peter Quellby of Malawi, who chairs the meeting, said the draft had no numbers."
    assert titles_and_organisations(text, "Peter Quellby")[1] == set()


def test_an_acronym_written_before_the_full_name_ties_to_that_body() -> None:
    text = (
        "Record waits as TNMO warns of a dangerous January.\n\nPatients waited on trolleys, according to the "
        "Tarvelin Nurses and Midwives Organisation.\n\nTNMO general secretary Siobhan Quellby said it was unsafe."
    )
    extraction = run(text)
    keys = {o.key for o in extraction.organisations}
    person = next(p for p in extraction.people if p.name == "Siobhan Quellby")
    assert person.affiliations and all(a.organisation_key in keys for a in person.affiliations)


def test_a_members_letters_after_the_name_are_a_title() -> None:
    text = "Sinn Féin health spokesman Seán Quellby TD said the Government had lost control."
    assert titles_and_organisations(text, "Seán Quellby")[0] == {"health spokesman", "TD"}


def test_honours_after_the_name_are_no_title() -> None:
    text = "James Quellby KC, defending, said his client was ashamed. Mary Quellby OBE agreed."
    assert titles_and_organisations(text, "James Quellby")[0] == set()


def test_a_lawyer_of_a_company_named_before_by_its_short_name() -> None:
    text = (
        "The committee summoned Golden Tarvel Trading Corporation. Golden Tarvel's lawyer, Atty. Patricia "
        "Quellby, said the company had nothing to hide."
    )
    titles, orgs = titles_and_organisations(text, "Patricia Quellby")
    assert titles == {"lawyer"} and orgs == {"Golden Tarvel Trading Corporation"}


def test_a_clients_barrister_is_no_employee() -> None:
    text = "Mercer was charged. Mercer's barrister, Tom Quellby, said he was sorry."
    assert titles_and_organisations(text, "Tom Quellby") == ({"barrister"}, set())
