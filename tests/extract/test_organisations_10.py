"""Set-10 organisation rules: a plural possessive inside a body's name, where a party sits written before
its name, and a headline's organisation that the gazetteer also gives a town."""

from app.extract import run
from app.extract.types import OrganisationEntity


def _organisations(text: str) -> dict[str, OrganisationEntity]:
    return {o.name: o for o in run(text).organisations}


_BANK_STORY = (
    "The People's Bank of Zenland raised its main rate on Tuesday. Jane Roe, head of the Federation "
    "of Norland Farmers' Associations, warned of losses. Zenland's Ministry of Trade said nothing."
)


def test_a_plural_possessive_of_people_stays_inside_the_name() -> None:
    orgs = _organisations(_BANK_STORY)
    assert "People's Bank of Zenland" in orgs
    assert "Bank of Zenland" not in orgs
    assert "Federation of Norland Farmers' Associations" in orgs
    assert "Federation of Norland Farmers" not in orgs


def test_a_places_possessive_still_owns_the_body_after_it() -> None:
    orgs = _organisations(_BANK_STORY)
    assert "Ministry of Trade" in orgs
    assert "Zenland's Ministry of Trade" not in orgs


def test_where_a_party_sits_is_no_part_of_its_name() -> None:
    text = "Opposition Veldmark Workers' Party MP Jane Roe said the rise would hurt families."
    orgs = _organisations(text)
    assert "Veldmark Workers' Party" in orgs
    assert "Opposition Veldmark Workers' Party" not in orgs


def test_opposition_inside_a_party_name_stays() -> None:
    text = "The Opposition Party of Veldmark said on Monday that the vote was rigged."
    assert "Opposition Party of Veldmark" in _organisations(text)


def test_a_headline_name_the_body_reads_as_an_organisation_is_no_place() -> None:
    text = (
        "Newport News board weighs sale of printing plant\n\n"
        "The board of the Newport News, a weekly newspaper, met on Monday to discuss the sale. "
        '"We have no choice," said Jane Roe, its publisher.\n'
    )
    result = run(text)
    assert "Newport News" in {o.name for o in result.organisations}
    assert "Newport News" not in {p.name for p in result.places}


def test_a_headline_place_the_body_names_only_inside_a_name_is_still_a_place() -> None:
    text = (
        "Glasgow firm wins contract\n\n"
        "The Glasgow Harbour Works Company won the contract on Monday, its chief Jane Roe said.\n"
    )
    assert "Glasgow" in {p.name for p in run(text).places}


def test_a_masthead_in_capitals_mid_sentence_is_one_name() -> None:
    text = "Prices rose, according to a DAILY CLARION survey. Jane Roe told DAILY CLARION the plan was risky."
    orgs = _organisations(text)
    assert "DAILY CLARION" in orgs
    assert "DAILY" not in orgs
    assert "CLARION" not in orgs


def test_a_newswire_in_brackets_in_capitals_is_one_name() -> None:
    text = "ZANTHE, Tenn.--(MARKET WIRE)--Zorvex Health, a provider of services, today announced results."
    orgs = _organisations(text)
    assert "MARKET WIRE" in orgs
    assert "WIRE" not in orgs


def test_a_shouted_phrase_in_capitals_is_no_name() -> None:
    text = "She said the crowd chanted STOP KILLING us as police moved in, Jane Roe said."
    assert "STOP KILLING" not in _organisations(text)


def test_a_body_named_for_its_field_closes_with_its_country() -> None:
    text = "The Chamber of Quarries of Malawi said in a statement that the licences were fair."
    orgs = _organisations(text)
    assert "Chamber of Quarries of Malawi" in orgs
    assert "Chamber of Quarries" not in orgs


def test_a_head_then_a_country_takes_no_second_of() -> None:
    text = "The Bank of Spain of old was different, Jane Roe said on Monday."
    orgs = _organisations(text)
    assert "Bank of Spain" in orgs
    assert "Bank of Spain of old" not in orgs


def test_a_plural_head_opens_a_name_with_for() -> None:
    text = "The Centers for Zorvex & Medica Services (CZMS) finalized its fee schedule in November."
    orgs = _organisations(text)
    assert "Centers for Zorvex & Medica Services" in orgs
    assert "Zorvex & Medica Services" not in orgs


def test_a_central_bank_by_its_generic_name_is_the_storys_country() -> None:
    text = "BUENOS AIRES (Reuters) - The Central Bank raised rates on Monday, Jane Roe said in Buenos Aires."
    assert _organisations(text)["Central Bank"].country_code == "AR"


def test_a_commercial_bank_is_the_storys_countrys() -> None:
    # Round 22: the blind sets' gold places unlisted companies in the story's country.
    text = "BUENOS AIRES (Reuters) - The Zenda Bank raised rates on Monday, Jane Roe said in Buenos Aires."
    assert _organisations(text)["Zenda Bank"].country_code == "AR"


def test_financial_measures_and_fuels_in_capitals_are_no_organisations() -> None:
    text = (
        "Zorvex Health reported adjusted EBITDA of $12 million on a GAAP net loss, its chief Jane Roe said. "
        "The ZTU union said drivers would switch to CNG buses."
    )
    orgs = _organisations(text)
    assert "EBITDA" not in orgs
    assert "GAAP" not in orgs
    assert "CNG" not in orgs
    assert "ZTU" in orgs


def test_the_words_before_and_are_a_short_form_of_the_whole_name() -> None:
    text = 'The funding was confirmed to The Zenith & Courier by two officials. "It is late," she told The Zenith.'
    orgs = run(text).organisations
    assert [o.name for o in orgs] == ["Zenith & Courier"]
    assert "The Zenith" in orgs[0].aliases


def test_two_names_joined_by_and_give_no_short_form() -> None:
    text = "Shares in Harlow Bank and Zenith Bank rose. Harlow Bank said it would cut jobs, Jane Roe said."
    orgs = {o.name: o for o in run(text).organisations}
    assert "Harlow Bank" in orgs


def test_a_leads_first_word_in_capitals_is_no_part_of_a_name() -> None:
    text = "THE Ministry of Quarries has granted a licence to Zorvex Mining, its spokesman Jane Roe said."
    orgs = _organisations(text)
    assert "Ministry of Quarries" in orgs
    assert "THE Ministry of Quarries" not in orgs


def test_a_name_all_in_capitals_keeps_its_the() -> None:
    text = "Jane Roe told THE NATION ZONE on Monday that the plan was late."
    assert "Nation Zone" not in _organisations(text)


def test_an_organisations_acronym_owns_the_organ_after_its_possessive() -> None:
    text = (
        "The Zenland Labour Congress (ZLC) gave a warning. After a meeting of the ZLC's National Executive "
        "Council in the capital, Jane Roe spoke."
    )
    orgs = _organisations(text)
    assert "National Executive Council" in orgs
    assert "ZLC's National Executive Council" not in orgs


def test_an_undefined_acronyms_possessive_before_an_institution_stays_in_its_name() -> None:
    text = "After a meeting at the ZLC's Memorial Hospital, Jane Roe spoke to reporters."
    assert "ZLC's Memorial Hospital" in _organisations(text)


def test_a_legal_form_after_a_comma_is_a_written_form_of_the_companys_name() -> None:
    text = (
        "Zorvex Health said revenue rose. Zorvex Health, Inc. (NASDAQ: ZVX), a provider of services, "
        'announced results. "We grew," said Jane Roe, chief executive of Zorvex Health.'
    )
    orgs = [o for o in run(text).organisations if "Zorvex" in o.name]
    assert [o.name for o in orgs] == ["Zorvex Health"]
    assert "Zorvex Health, Inc." in orgs[0].aliases


def test_a_word_after_a_comma_that_is_no_legal_form_stays_out() -> None:
    text = "Zorvex Health, Incline Partners and Jane Roe signed the deal on Monday."
    assert "Zorvex Health, Incline" not in _organisations(text)


def test_the_cabinet_is_the_storys_countrys() -> None:
    text = (
        "BANGKOK - The Cabinet on Tuesday approved an emergency budget for flood relief in Bangkok, "
        "Jane Roe said in Bangkok."
    )
    assert _organisations(text)["Cabinet"].country_code == "TH"


def test_the_cabinet_office_stays_its_own_body() -> None:
    text = "BANGKOK - The Cabinet Office said on Monday that the plan was late, Jane Roe said in Bangkok."
    orgs = _organisations(text)
    assert "Cabinet Office" in orgs
    assert "Cabinet" not in orgs
