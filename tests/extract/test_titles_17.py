"""Round-17 people rules: titles and organisations tied to a person by party tags, "who lectures at",
a ranking member's committee, a world region in a post's field and an unnamed home village."""

from app.extract import run
from tests.extract.reading import people_with_affiliations as _people


def test_party_letters_and_seat_in_brackets_give_the_party() -> None:
    people = _people(
        "Senator Musa Tanko Bawa (NNPP, Kano Central) said the loan was rushed. "
        "Senator Uche Eze (PDP, Enugu North) agreed with him."
    )
    assert "NNPP" in people["Musa Tanko Bawa"][1]
    assert "PDP" in people["Uche Eze"][1]
    assert "NNPP" in {
        o.name for o in run("Senator Musa Tanko Bawa (NNPP, Kano Central) spoke.").organisations
    }


def test_a_bracketed_post_and_company_is_no_party() -> None:
    people = _people("Helen Okafor (CFO, Brightwave Foods) said sales rose in March.")
    assert all(o != "CFO" for o in people.get("Helen Okafor", ((), set()))[1])
    assert "CFO" not in {
        o.name for o in run("Helen Okafor (CFO, Brightwave Foods) said sales rose.").organisations
    }


def test_a_party_tag_with_letters_named_elsewhere_gives_the_party() -> None:
    people = _people(
        "The DFL controls the chamber. Senate Majority Leader Erik Solberg-Hanes, DFL-Moorhead, "
        "said talks would go on."
    )
    assert "DFL" in people["Erik Solberg-Hanes"][1]


def test_who_lectures_at_gives_the_university() -> None:
    people = _people(
        "Economist Dr Wanjiru Kamau, who lectures at Kenyatta University, said prices would rise."
    )
    assert "Kenyatta University" in people["Wanjiru Kamau"][1]


def test_who_lectures_in_a_subject_gives_no_organisation() -> None:
    people = _people("Wanjiru Kamau, who lectured in economics for years, said prices would rise.")
    assert people["Wanjiru Kamau"][1] == set()


def test_a_ranking_member_sits_on_a_committee() -> None:
    people = _people(
        "Mr Kwabena Osei-Bonsu, the Ranking Member on the Roads and Transport Committee, said the "
        "contract was flawed."
    )
    titles, orgs = people["Kwabena Osei-Bonsu"]
    assert "Ranking Member" in titles
    assert "Roads and Transport Committee" in orgs


def test_a_member_on_a_day_is_no_committee_post() -> None:
    people = _people("Kwabena Osei-Bonsu, the ranking member on Tuesday, said the contract was flawed.")
    assert "ranking member" not in people["Kwabena Osei-Bonsu"][0]


def test_a_world_region_may_open_a_posts_field() -> None:
    people = _people(
        "Mei Tanaka-Hollis, head of Asia-Pacific credit at Fenwick Partners, said spreads had widened."
    )
    titles, orgs = people["Mei Tanaka-Hollis"]
    assert "head of Asia-Pacific credit" in titles
    assert "Fenwick Partners" in orgs


def test_a_home_village_near_a_river_keeps_the_job() -> None:
    people = _people(
        '"The water came at night," said Abdul Qadir Jatoi, a farmer from a village near the Indus.'
    )
    assert "farmer" in people["Abdul Qadir Jatoi"][0]


def test_newly_elected_is_no_part_of_the_post() -> None:
    people = _people(
        "The shortfall came to light when the society's newly elected secretary, Ms Farah Idris Rahman, "
        "checked the accounts."
    )
    assert people["Farah Idris Rahman"][0] == ("secretary",)


def test_a_word_opening_with_new_is_kept_whole() -> None:
    people = _people("Newsroom editor Dana Whitcombe said the story would run on Sunday.")
    assert "Newsroom editor" in people["Dana Whitcombe"][0] or "editor" in people["Dana Whitcombe"][0]
    assert all(not t.startswith("sroom") for t in people["Dana Whitcombe"][0])


def test_a_council_on_a_remit_is_one_organisation() -> None:
    people = _people(
        "Omar Haddad, a senior fellow at the Arab Council on Regional Security in Amman, said talks had stalled."
    )
    titles, orgs = people["Omar Haddad"]
    assert "senior fellow" in titles
    assert "Arab Council on Regional Security" in orgs


def test_a_commission_on_a_weekday_is_no_name() -> None:
    extraction = run("Omar Haddad, a spokesman for the Commission on Tuesday, said talks had stalled.")
    assert all("Tuesday" not in o.name for o in extraction.organisations)


def test_a_long_lower_case_portfolio_stays_in_the_post() -> None:
    people = _people(
        "Siân Pritchard-Evans, the cabinet secretary for housing and local government reform, said rents would be capped."
    )
    assert "cabinet secretary for housing and local government reform" in people["Siân Pritchard-Evans"][0]


def test_a_lower_case_post_joined_to_a_capitalised_one() -> None:
    people = _people(
        'Brightwave Robotics raised $40 million. "We are ready," said Noor Castellanos-Vidal, co-founder and '
        "Chief Technology Officer of Brightwave Robotics."
    )
    titles, orgs = people["Noor Castellanos-Vidal"]
    assert "co-founder" in titles
    assert "Chief Technology Officer" in titles
    assert "Brightwave Robotics" in orgs


def test_two_people_joined_by_and_are_not_one_post() -> None:
    people = _people(
        "The deal was signed by Noor Castellanos-Vidal, a lawyer and Petra Lindqvist of Brightwave Robotics."
    )
    assert "Brightwave Robotics" not in people.get("Noor Castellanos-Vidal", ((), set()))[1]


def test_a_liberal_member_for_a_seat_is_a_liberal() -> None:
    people = _people("Hamish Calloway, the Liberal member for Wahroonga, said the budget was a mess.")
    titles, orgs = people["Hamish Calloway"]
    assert "member for Wahroonga" in titles
    assert "Liberal Party" in orgs


def test_a_lower_case_liberal_is_no_party() -> None:
    people = _people("Hamish Calloway, a liberal economist, said the budget was a mess.")
    assert people["Hamish Calloway"][1] == set()


def test_a_sentence_opening_but_is_no_part_of_the_party() -> None:
    people = _people("The vote was close. But Labour group leader Fiona Marchetti said the cuts were wrong.")
    titles, orgs = people["Fiona Marchetti"]
    assert "group leader" in titles
    assert "Labour Party" in orgs


def test_a_one_word_party_before_a_members_title() -> None:
    people = _people("The plan was attacked by Greens MP Tallis Ngata-Rowe and by Labour TD Eimear Costello.")
    assert "Green Party" in people["Tallis Ngata-Rowe"][1]
    assert "Labour Party" in people["Eimear Costello"][1]


def test_a_weekday_before_a_members_title_is_no_party() -> None:
    people = _people("On Monday Senator Eimear Costello said the plan was flawed.")
    assert people["Eimear Costello"][1] == set()


def test_a_unit_of_a_university_named_with_of_is_its_own_organisation() -> None:
    people = _people(
        "Dr Rania Khoury, an ecologist at the University of Balamand's Coastal Research Station in Tripoli, "
        "said the reef was recovering."
    )
    titles, orgs = people["Rania Khoury"]
    assert "ecologist" in titles
    assert {"University of Balamand", "Coastal Research Station"} <= orgs


def test_a_countrys_body_is_no_owner_of_a_unit() -> None:
    people = _people(
        "Rania Khoury, an inspector at Lebanon's Coastal Research Station, said the reef was recovering."
    )
    assert "Lebanon" not in people["Rania Khoury"][1]


def test_a_retired_officers_rank_is_no_part_of_the_post() -> None:
    people = _people(
        "The National Water Authority (NWA) issued a warning. NWA Chairman Maj Gen (retd) Imran Qureshi-Bhatti "
        "said reservoirs were full."
    )
    titles, orgs = people["Imran Qureshi-Bhatti"]
    assert titles == ("Chairman",)
    assert "National Water Authority" in orgs


def test_a_rank_alone_before_retd_is_no_post() -> None:
    people = _people("Brig Gen (retd) Imran Qureshi-Bhatti said reservoirs were full.")
    assert people["Imran Qureshi-Bhatti"][0] == ()


def test_an_organisation_then_a_post_with_no_article() -> None:
    people = _people(
        "Lena Brandstetter, IG Metall works council head for Saxony, said the plant would stay open."
    )
    titles, orgs = people["Lena Brandstetter"]
    assert "works council head" in titles
    assert "IG Metall" in orgs


def test_a_place_then_a_post_with_no_article_is_no_organisation() -> None:
    people = _people("Lena Brandstetter, Dresden lawyer, said the plant would stay open.")
    assert people["Lena Brandstetter"][1] == set()
