"""Quotes and speakers, pass 23: "indicated that" and "recommended that", "…, X announced." after its
clause, "the ministry" for the ministry a department belongs to, and "the entity" for the body just named (all sentences made up)."""

from app.extract import run
from tests.extract.reading import direct_quotes as _direct
from tests.extract.reading import indirect_quotes as _indirect
from tests.extract.reading import speaker_starting as _speaker
from tests.extract.reading import texts as _texts


def test_indicated_and_recommended_that_report_a_clause() -> None:
    found = _indirect(
        "The Ministry of Transport sent 40 inspectors to the port on Monday.\n\n"
        "Transport Minister Carla Mendes Ruiz indicated that the inspections would last two weeks.\n\n"
        "Dr Paolo Serrano, an engineer at the ministry, recommended that drivers avoid the old bridge.\n\n"
    )
    assert _speaker(found, "the inspections would last") == "carla mendes ruiz"
    assert _speaker(found, "drivers avoid the old bridge") == "paolo serrano"


def test_recommends_and_indicated_support_are_no_speech() -> None:
    found = _indirect(
        "The city council recommends that residents boil their water.\n\n"
        "Mayor Ann Keller indicated support for the plan on Tuesday.\n\n"
    )
    assert not any(t.startswith("residents boil") for t in _texts(found))
    assert not any("support for the plan" in t for t in _texts(found))


def test_announced_after_its_clause_is_the_clause_cue() -> None:
    found = _indirect(
        "Valdora port to shut for repairs\n\n"
        "By Ana Lupu\n\n"
        "The port of Valdora will close to cargo ships for three weeks in May, Transport Minister Elena "
        "Vrabie announced on Tuesday.\n\n"
        "Vrabie said the work was overdue.\n\n"
    )
    assert _speaker(found, "The port of Valdora will close") == "elena vrabie"


def test_the_ministry_is_the_ministry_its_department_belongs_to() -> None:
    found = _indirect(
        "Twelve firms fined over wages\n\n"
        "The Ministry of Labour's General Department of Inspections has fined 12 firms for unpaid wages, "
        "the ministry announced on Monday.\n\n"
        "In a statement, the ministry said the firms owed workers more than $2 million.\n\n"
    )
    assert _speaker(found, "The Ministry of Labour") == "ministry of labour"
    assert _speaker(found, "the firms owed workers") == "ministry of labour"


def test_the_entity_is_the_body_just_named() -> None:
    found = _direct(
        "Milk prices fall again\n\n"
        "By Ana Lupu\n\n"
        "In May the government cut the tariff on imported cheese, a measure that the National Cheese "
        "Makers Federation (Fenaq) opposed. The entity said in a statement that “the cut will close small "
        "dairies.”\n\n"
    )
    assert _speaker(found, "the cut will close") == "national cheese makers federation"


def test_a_band_named_inside_a_who_clause_does_not_take_its_members_words() -> None:
    found = _indirect(
        "Village singer dies at 90\n\n"
        "By Ana Lupu\n\n"
        "Her nephew, Tomas Rivera Oquendo, who plays guitar in the trio she formed, Voces del Valle, said "
        "she had sung at every village feast since 1952.\n\n"
    )
    assert _speaker(found, "she had sung at every") == "tomas rivera oquendo"


def test_an_unnamed_neighbour_with_a_who_clause_speaks_unnamed() -> None:
    text = (
        "Village singer dies at 90\n\n"
        "By Ana Lupu\n\n"
        "Tomas Rivera Oquendo said his aunt had sung at every feast since 1952.\n\n"
        "One elderly neighbour, who sang with her in the 1970s, said they had been “like sisters” for "
        "decades.\n\n"
    )
    assert _speaker(_indirect(text), "they had been") is None
    assert _speaker(_direct(text), "like sisters") is None


def test_testified_that_reports_a_clause() -> None:
    found = _indirect(
        "Tax cap bill advances\n\n"
        "By Ana Lupu\n\n"
        "Marta Kessler-Young, treasurer of the Lakeview School District, testified that the district would "
        "lose $2 million a year.\n\n"
    )
    assert _speaker(found, "the district would lose") == "marta kessler-young"


_TRIAL = (
    "Cashier trial goes on\n\n"
    "By Ana Lupu\n\n"
    "The second prosecution witness, Mr Jonas Pereira Mendy, an auditor at the water company, told the "
    "court that he works at its head office.\n\n"
    "He testified that he was asked to audit the cash office in 2024.\n\n"
    "“The books showed 41 days of takings that never reached the bank,” the witness told the court.\n\n"
    "Under cross-examination by defence counsel Maria Okafor-Lind, the witness was asked whether others "
    "held keys.\n\n"
    "Asked whether the manager was questioned, the witness said he was not because he was on leave.\n\n"
    "“I disagree. The records point to the accused,” the witness responded.\n\n"
)


def test_the_witness_is_the_witness_introduced_by_name() -> None:
    assert _speaker(_direct(_TRIAL), "The books showed") == "jonas pereira mendy"
    assert _speaker(_indirect(_TRIAL), "he was not because") == "jonas pereira mendy"


def test_the_lawyer_before_the_witness_was_asked_is_not_the_witness() -> None:
    assert _speaker(_direct(_TRIAL), "I disagree.") == "jonas pereira mendy"


def test_the_exchange_results_were_published_on_is_not_the_group_again() -> None:
    found = _indirect(
        "Retailer's profit falls\n\n"
        "By Ana Lupu\n\n"
        "Furniture retailer Lindqvist Home Stores Limited (LHS) has reported a 12 percent fall in profit, as "
        "the group faced weaker spending.\n\n"
        "Revenue was flat, according to the group's results published on the Namibian Stock Exchange (NSX) "
        "news service on Monday.\n\n"
        "In the results commentary, the group said trading in the mining towns had been weak.\n\n"
    )
    assert _speaker(found, "trading in the mining towns") == "lindqvist home stores limited"


def test_a_chief_of_an_area_and_a_nurse_where_patients_go_speak() -> None:
    found = _indirect(
        "Malaria cases rise\n\n"
        "By Ana Lupu\n\n"
        "Chief Thabo Mavuso of the Mpaka area told the Times that he had called a meeting of residents.\n\n"
        "At Good Hope Hospital in Siteki, where most of the severe cases have been sent, a nurse who spoke on "
        "condition of anonymity said the ward had been full all week.\n\n"
    )
    assert _speaker(found, "he had called a meeting") == "thabo mavuso"
    assert _speaker(found, "the ward had been full") is None


_TRIBUTES = (
    "Poet dies at 84\n\n"
    "By Ana Lupu\n\n"
    "The writers' union's head, Rebin Aziz-Karim, said the poet's poem 'The River Does Not Sleep' had been "
    "read at every memorial since 1991.\n\n"
    "Former students also paid tribute. One, now a lecturer at Koya University, wrote on Facebook that the "
    "poet was “the first person who believed in me”.\n\n"
)


def test_one_of_a_group_speaks_unnamed_and_is_no_person() -> None:
    assert _speaker(_indirect(_TRIBUTES), "the poet was") is None
    assert _speaker(_direct(_TRIBUTES), "the first person who") is None
    assert "One" not in {p.name for p in run(_TRIBUTES).people}


def test_a_poem_named_by_its_title_is_no_quote() -> None:
    assert "The River Does Not Sleep" not in _texts(_direct(_TRIBUTES))


def test_an_unnamed_official_at_a_body_with_an_acronym_speaks_unnamed() -> None:
    found = _indirect(
        "Won slides\n\n"
        "By Ana Lupu\n\n"
        "The won fell 1.2 percent against the dollar on Tuesday.\n\n"
        "An official at the Bank of Valdora (BOV), who asked not to be named, said the central bank did not "
        "see the fall as a worry.\n\n"
    )
    assert _speaker(found, "the central bank did not") is None


def test_residents_groups_in_provinces_where_something_happened_speak_unnamed() -> None:
    found = _indirect(
        "Wind farm bill passes\n\n"
        "By Ana Lupu\n\n"
        "The lower house passed the bill on Friday.\n\n"
        "Residents' groups in Mazovia and Lubusz provinces, where several projects were halted, have "
        "already said they will protest in front of parliament.\n\n"
    )
    assert _speaker(found, "they will protest") is None


def test_a_few_words_before_a_mid_sentence_cue_only_open_the_clause() -> None:
    found = _indirect(
        "Night clinic to close\n\n"
        "By Ana Lupu\n\n"
        "The Ministry of Health said 11 patients a night came to the unit last year. Most of them, it said, "
        "could have been treated the next morning.\n\n"
    )
    assert "Most of them" not in _texts(found)
    assert _speaker(found, "could have been treated") == "ministry of health"


_OFFICIALS = (
    "Mangrove appeal\n\n"
    "By Ana Lupu\n\n"
    "Ministry of Fisheries officials said in an emailed response that the government “respects the "
    "independence of the tribunal” and would not comment.\n\n"
    "“We will not comment on the appeal,” Ministry of Fisheries officials said.\n\n"
    "A Ministry of Fisheries spokesperson said the hearing was set for May.\n\n"
)


def test_officials_of_a_named_body_speak_unnamed_but_its_spokesperson_for_it() -> None:
    assert _speaker(_indirect(_OFFICIALS), "the government") is None
    assert _speaker(_direct(_OFFICIALS), "respects the independence") is None
    assert _speaker(_direct(_OFFICIALS), "We will not comment") is None
    assert _speaker(_indirect(_OFFICIALS), "the hearing was set") == "ministry of fisheries"


_RELATIVE = (
    "Maize prices soar\n\n"
    "By Ana Lupu\n\n"
    "Traders are worried. “People will carry maize at night,” said Yohane Banda, a grain trader who said he "
    "had stopped buying from farmers since the ban.\n\n"
    "Mavis Toller, 71, who said she had known the clerk since they sang in the choir, said she came to the "
    "hearing for the family.\n\n"
    "The ban was challenged by MotoGo, the app that says it has more than 90,000 riders in the state.\n\n"
)


def test_a_who_said_clause_is_reported_speech_of_the_name_it_describes() -> None:
    found = _indirect(_RELATIVE)
    assert _speaker(found, "he had stopped buying") == "yohane banda"
    assert _speaker(found, "she had known the clerk") == "mavis toller"
    assert _speaker(found, "she came to the hearing") == "mavis toller"
    assert _speaker(found, "it has more than 90,000") == "motogo"
    assert not any("said she came" in t for t in _texts(found))


def test_a_connective_in_commas_before_that_keeps_the_clause() -> None:
    found = _indirect(
        "Farm output rises\n\n"
        "By Ana Lupu\n\n"
        "Minister Tesfaye Alemu said output rose this year.\n\n"
        "Tesfaye pointed out, however, that shortages of fuel in some places remained a problem.\n\n"
    )
    assert _speaker(found, "shortages of fuel") == "tesfaye alemu"


def test_the_company_is_not_the_stock_exchange_it_files_with() -> None:
    found = _indirect(
        "Apparel maker's profit rises\n\n"
        "By Ana Lupu\n\n"
        "Shares of Lanka Knit Holdings PLC rose 4% on Monday.\n\n"
        "In a filing with the Colombo Stock Exchange (CSE) yesterday, the company said profit for the quarter "
        "rose to Rs. 1.86 billion.\n\n"
    )
    assert _speaker(found, "profit for the quarter") == "lanka knit holdings plc"


def test_announced_in_the_first_line_is_a_headline_not_a_quote() -> None:
    found = _indirect(
        "Valdora and Norland hold first talks on shipbuilding, the alliance announced.\n\n"
        "The talks were held in Brussels on Tuesday.\n\n"
    )
    assert not any(t.startswith("Valdora and Norland") for t in _texts(found))
