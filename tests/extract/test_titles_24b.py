"""Titles and organisations of people, twenty-fourth round (second wave): posts before a comma, a court's
seat in brackets, a board's chair, a member's portfolio, an elder's standing, a body's letters ending a
sentence."""

from tests.extract.reading import titles_and_organisations


def test_a_bodys_letters_before_the_full_stop_keep_the_post() -> None:
    text = (
        '"The mills are idle," said Jane Roe, president of the Ruritania Weavers and Dyers Association (RWDA).'
        "\n\nRoe said the RWDA had written to the ministry."
    )
    assert titles_and_organisations(text, "Jane Roe") == (
        {"president"},
        {"Ruritania Weavers and Dyers Association", "RWDA"},
    )


def test_a_courts_seat_in_brackets_between_post_and_name() -> None:
    text = (
        "Later in the day, the three men were produced before Judicial Magistrate (Eastside) Sarah Varga, "
        "who remanded them in custody."
    )
    assert titles_and_organisations(text, "Sarah Varga")[0] == {"Judicial Magistrate"}


def test_the_board_chairman_is_the_chairman() -> None:
    text = (
        "Acme Bank Plc posted a record profit. The board chairman, Dr Olu Fenwick, said directors had "
        "recommended a dividend."
    )
    assert titles_and_organisations(text, "Olu Fenwick")[0] == {"chairman"}


def test_a_members_portfolio_is_part_of_the_post_before_a_comma() -> None:
    text = (
        "The assembly voted to impeach the County Executive Committee Member for Roads and Public Works, "
        "Ms Jane Roe, over pending bills."
    )
    title, orgs = titles_and_organisations(text, "Jane Roe")
    assert title == {"County Executive Committee Member for Roads and Public Works"}
    assert "Roads and Public Works" not in orgs


def test_an_elders_standing_before_the_name() -> None:
    text = "Kaumātua Hemi Tarewa opened the hui with a karakia and told those gathered the ward must stay."
    assert titles_and_organisations(text, "Hemi Tarewa")[0] == {"Kaumātua"}


def test_posts_before_a_comma_in_a_court_report() -> None:
    text = (
        "An investigator with the Ruritania Fraud Commission (RFC), Amadi Okoro, on Tuesday told the Federal "
        "High Court how a former Director of Procurement at the Ruritania Coastal Agency (RCA), Femi Adeyemi, "
        "moved the money. Mr Adeyemi is on trial with a Lagos-based bureau de change operator, Musa Bello.\n\n"
        "Led in evidence by RFC counsel, Grace Okafor, Mr Okoro told the court that the commission began its "
        "inquiry in 2023.\n\nCounsel to the third defendant, Chidi Okonkwo, asked the witness about the cash. Mr Okonkwo then sat down."
    )
    assert titles_and_organisations(text, "Amadi Okoro") == (
        {"investigator"},
        {"Ruritania Fraud Commission", "RFC"},
    )
    assert titles_and_organisations(text, "Femi Adeyemi") == (
        {"Director of Procurement"},
        {"Ruritania Coastal Agency", "RCA"},
    )
    assert titles_and_organisations(text, "Musa Bello")[0] == {"bureau de change operator"}
    assert titles_and_organisations(text, "Grace Okafor") == (
        {"counsel"},
        {"Ruritania Fraud Commission", "RFC"},
    )
    assert titles_and_organisations(text, "Chidi Okonkwo") == ({"counsel"}, set())


def test_a_prosecutors_post_with_its_field_and_a_unit_of_a_body() -> None:
    text = (
        "Jane Roe, Procurator Fiscal for Organised Crime at the Ruritania Prosecution Service (RPS), said the "
        "Crown would seek the assets.\n\nTom Lee, head of the food division at the Acme Chamber of Commerce, "
        "said prices had stabilised."
    )
    assert titles_and_organisations(text, "Jane Roe")[0] == {"Procurator Fiscal for Organised Crime"}
    assert titles_and_organisations(text, "Tom Lee")[0] == {"head of the food division"}


def test_a_short_police_rank_gives_way_to_the_post_after_the_name() -> None:
    text = (
        "Ch Insp Gavin Lorne, the Ruritania Police Service's (RPS) district commander for Eastham, said the "
        "damage was being treated as a hate crime."
    )
    assert titles_and_organisations(text, "Gavin Lorne") == (
        {"district commander"},
        {"Ruritania Police Service", "RPS"},
    )


def test_a_member_of_congress_keeps_us_in_the_post() -> None:
    text = "U.S. Rep. Dana Whitcombe, R-Ga., weighed in on the fight on Monday night."
    assert titles_and_organisations(text, "Dana Whitcombe")[0] == {"U.S. Rep."}


def test_a_second_post_with_its_field_and_a_party_ticket() -> None:
    text = (
        '"It was the pattern," said Dr Jane Roe, the study\'s lead author and an associate professor of '
        "obstetrics and gynaecology at Acme University.\n\nGovernor Tom Lee, who was elected on a Ruritania "
        "Unity Party (RUP) ticket in 2022, has had a frosty relationship with the assembly."
    )
    title, orgs = titles_and_organisations(text, "Jane Roe")
    assert title == {"lead author", "associate professor of obstetrics and gynaecology"}
    assert "Acme University" in orgs
    assert "Ruritania Unity Party" in titles_and_organisations(text, "Tom Lee")[1]


def test_a_ministry_named_in_passing_as_an_owner_is_not_the_ministrys_spokesman() -> None:
    text = (
        "Reserves are sufficient, the Ministry of Supply said in a statement on Tuesday.\n\nInspectors from "
        "the ministry, with the Ministry of Interior's Supply Police, seized 420 tonnes of sugar.\n\n"
        "Ministry spokesman Tarek Samir told reporters that the season would begin in April."
    )
    assert titles_and_organisations(text, "Tarek Samir") == ({"spokesman"}, {"Ministry of Supply"})


def test_a_rank_after_a_provincial_commanders_post_and_a_spanish_caucus() -> None:
    text = (
        "Eastmoor Provincial Police Commander Chief Superintendent John Kasu said 11 people were arrested.\n\n"
        "Rosa Ibarra, who heads the Unión por la Patria caucus in the Senate, said the government should "
        "negotiate."
    )
    assert titles_and_organisations(text, "John Kasu") == ({"Provincial Police Commander"}, set())
    assert titles_and_organisations(text, "Rosa Ibarra")[1] == {"Unión por la Patria"}


def test_a_rank_alone_stays_the_title() -> None:
    text = "Chief Superintendent Mark Lowry, commander for the Eastham area, said the city was safe."
    assert "Chief Superintendent" in titles_and_organisations(text, "Mark Lowry")[0]


def test_an_independent_member_and_a_towns_mayor_keep_the_bare_post() -> None:
    text = (
        "The council met on Monday.\n\nIndependent councillor Noel Fennessy, a dairy farmer from Dunmore, "
        "said the plan was wrong.\n\nBrassac mayor Rosa Quintero told the paper that inspectors would go."
    )
    assert "councillor" in titles_and_organisations(text, "Noel Fennessy")[0]
    assert titles_and_organisations(text, "Rosa Quintero")[0] == {"mayor"}


def test_a_second_post_after_a_degree_and_a_clinic_in_its_town() -> None:
    text = (
        '"Adherence was high," said Luis Ferrer, M.D., principal investigator of the study and professor of '
        "cardiovascular medicine at the Acme Clinic in Rochester, Minnesota."
    )
    title, orgs = titles_and_organisations(text, "Luis Ferrer")
    assert title == {"principal investigator", "professor of cardiovascular medicine"}
    assert "Acme Clinic" in orgs


def test_a_company_in_a_province_of_two_words() -> None:
    text = (
        "Lam Van Quy, general director of Acme Rice Joint Stock Company in An Giang Province, said rice prices "
        "had risen slightly."
    )
    assert titles_and_organisations(text, "Lam Van Quy") == (
        {"general director"},
        {"Acme Rice Joint Stock Company"},
    )


def test_a_lawyer_representing_buyers_and_a_committees_chairman() -> None:
    text = (
        "Karim Benali, a lawyer representing 87 of the buyers, welcomed the verdict.\n\nParliament's public "
        "utilities and environment committee chairman Hamad Saleh said he would raise the issue."
    )
    assert titles_and_organisations(text, "Karim Benali")[0] == {"lawyer"}
    assert titles_and_organisations(text, "Hamad Saleh")[0] == {"chairman"}


def test_a_post_before_a_comma_and_a_seats_title() -> None:
    text = (
        "Members chanted as the vote was announced.\n\nThe budget committee chairman, Kolwa East MCA Seth "
        "Kanjira Owuor, told the House the fund had been cut."
    )
    assert titles_and_organisations(text, "Seth Kanjira Owuor")[0] == {"chairman", "MCA"}
