"""Set-8 organisation rules: members' titles written as letters, time zones and rating grades, listed names
with a possessive, and credit lines above the story (writer, outlet and time stamp; a wire's name)."""

from app.extract import mentions, run
from app.extract.document import split_document
from tests.extract.reading import titles_and_organisations


def _organisations(text: str) -> dict[str, tuple[str | None, str | None, tuple[str, ...]]]:
    return {o.name: (o.country_code, o.acronym, o.aliases) for o in run(text).organisations}


def test_a_legislators_letters_after_a_party_are_a_title() -> None:
    text = "In Dublin, Fine Gael TD Brendan Doyle said the Bill was flawed."
    assert "TD" not in _organisations(text)
    assert titles_and_organisations(text, "Brendan Doyle") == ({"TD"}, {"Fine Gael"})


def test_a_prosecutors_letters_before_a_name_are_a_title() -> None:
    text = "In Singapore, DPP Mei Lin Tan sought a jail term of five years."
    assert "DPP" not in _organisations(text)


def test_a_listed_party_named_in_title_words_stays_a_party() -> None:
    text = "In Dublin, Social Democrats TD Aoife Byrne said the Bill was flawed."
    titles, organisations = titles_and_organisations(text, "Aoife Byrne")
    assert titles == {"TD"} and "Social Democrats" in organisations


def test_a_portfolio_word_before_a_title_still_makes_the_title() -> None:
    text = "In Dublin, Social Protection Minister Aoife Byrne said the scheme would grow."
    assert "Social Protection Minister" in titles_and_organisations(text, "Aoife Byrne")[0]


def test_a_time_zone_after_a_clock_time_is_no_organisation() -> None:
    text = "Posted at 08:15 IST and updated at 9:40 p.m. PT. The call began at 12:47 AM ET on Friday."
    assert _organisations(text) == {}


def test_an_acronym_after_a_number_that_is_no_clock_time_stays() -> None:
    assert "National Basketball Association" in _organisations("He won 3 NBA titles with the club.")


def test_a_credit_rating_grade_is_no_organisation() -> None:
    orgs = _organisations("The utility is rated BBB by Fitch Ratings, and its bonds rated AA rose.")
    assert "BBB" not in orgs and "AA" not in orgs and "Fitch Ratings" in orgs


def test_the_better_business_bureau_by_its_letters_stays() -> None:
    assert "BBB" in _organisations("The BBB said complaints about the roofer had doubled.")


def test_a_listed_name_with_a_possessive_stays_whole() -> None:
    orgs = _organisations("The company is rated Baa1 by Moody’s Ratings, which kept its outlook stable.")
    assert "Moody’s Ratings" in orgs["Moody's"][2]


def test_a_possessive_before_an_unlisted_body_still_splits() -> None:
    orgs = _organisations("In Santiago, Chile's Mining Agency said output rose.")
    assert "Chile's Mining Agency" not in orgs


def test_a_credit_line_with_a_time_stamp_is_no_paragraph_of_the_story() -> None:
    text = (
        "Council closes two libraries\n\n"
        "Priya Raman / WXN / Updated: May 2, 2025, 09:10 IST\n\n"
        "PUNE: The Pune Municipal Corporation on Friday voted to close two libraries."
    )
    document = split_document(text)
    assert document.byline == "Priya Raman" and document.body.startswith("PUNE:")
    assert "WXN" not in _organisations(text)


def test_a_writer_and_outlet_before_a_dateline_leave_the_dateline_first() -> None:
    text = (
        "Board votes to close school\n\n"
        "By Dana Holt, KXY.com | Posted - Nov. 4, 2025 at 9:12 p.m.\n\n"
        "SOUTH RIVER CITY — The school board voted 4-3 on Tuesday to close the school."
    )
    document = split_document(text)
    assert document.dateline_place == "SOUTH RIVER CITY"
    assert _organisations(text) == {}


def test_an_outlet_line_with_a_bare_time_credits_no_writer() -> None:
    text = (
        "Storm leaves five dead\n\n"
        "Coastal Daily Mirror / 05:10 AM October 2, 2025\n\n"
        "At least five people were killed when the storm made landfall, officials said."
    )
    assert split_document(text).byline is None


def test_a_wire_credit_above_the_date_line_is_no_paragraph() -> None:
    text = (
        "Carmaker recalls vans\n\n"
        "WIREX\n"
        "Mar 3, 2026\n\n"
        "OSAKA – Hoshino Motor Co. will recall about 12,000 vans, the company said Thursday."
    )
    document = split_document(text)
    assert document.body.startswith("OSAKA") and document.source == "WIREX"
    assert "WIREX" not in _organisations(text)


def test_a_capitalised_heading_without_a_date_line_stays() -> None:
    text = "Storm update\n\nNASA\n\nNASA said the probe had reached orbit on Tuesday."
    assert split_document(text).body.startswith("NASA\n\n")


def test_a_weekday_after_on_is_no_part_of_a_commissions_name() -> None:
    orgs = _organisations("The Regional Commission on Tuesday proposed a ban on plastic bags.")
    assert "Regional Commission" in orgs
    assert "The Regional Commission" in _chunks("The Regional Commission on Tuesday proposed a ban.")


def test_a_commission_on_a_subject_keeps_its_subject() -> None:
    runs = _chunks("The Commission on Human Rights said on Tuesday that the inquiry would resume.")
    assert "The Commission on Human Rights" in runs and "Tuesday" in runs


def _chunks(text: str) -> list[str]:
    return [text[chunk.start : chunk.end] for chunk in mentions._chunks(text)]


def test_a_preposition_opening_a_sentence_is_no_part_of_a_chambers_name() -> None:
    orgs = _organisations("In Parliament, the ruling party gave the bill a cautious welcome.")
    assert "Parliament" in orgs and "In Parliament" not in orgs


def test_two_plural_groups_of_members_joined_by_and_before_group_are_one_name() -> None:
    text = (
        "Ana Ruiz, a Spanish MEP from the European Farmers and Foresters group, backed it. Jan Ek, "
        "from the Pirates and Independents group, did not."
    )
    orgs = _organisations(text)
    assert "European Farmers and Foresters" in orgs and "Pirates and Independents" in orgs


def test_two_listed_companies_before_group_stay_apart() -> None:
    orgs = _organisations("Shares in the Barclays and Lloyds group of lenders fell on Monday.")
    assert "Barclays and Lloyds" not in orgs


def test_a_leading_legal_form_opens_a_companys_name() -> None:
    orgs = _organisations("Funds managed by PT Sinar Harapan Dana Investama in Jakarta bought the notes.")
    assert "PT Sinar Harapan Dana Investama" in orgs


def test_a_leading_legal_form_needs_a_capitalised_name_after_it() -> None:
    orgs = _organisations("The clinic offers PT twice a week and yoga classes on Monday.")
    assert not any(name.startswith("PT ") for name in orgs)


def test_the_short_name_an_organisation_is_known_as_names_it() -> None:
    text = (
        "PT Perusahaan Gas Bumi Utama, Indonesia’s state gas company, sold bonds on Monday. "
        "The distributor, known as PGBU, raised $1 billion. PGBU declined to comment. "
        "Funds went to the Kencana Investment Authority, the sovereign wealth fund known as Kencana."
    )
    orgs = _organisations(text)
    assert orgs["PT Perusahaan Gas Bumi Utama"][:2] == ("ID", "PGBU") and "PGBU" not in orgs
    assert "Kencana" in orgs["Kencana Investment Authority"][2]


def test_known_as_after_a_person_or_place_names_no_organisation() -> None:
    text = "The singer Maria Lopes, known as Mimi, opened the festival. Lisbon, known as Lisboa, was sunny."
    assert _organisations(text) == {}


def test_a_possessive_country_after_a_company_is_its_country() -> None:
    orgs = _organisations("Verdant Power Co., Norway's biggest utility, said prices would rise.")
    assert orgs["Verdant Power Co."][0] == "NO"


def test_a_possessive_owner_that_is_no_country_gives_none() -> None:
    orgs = _organisations("Verdant Power Co., Oslo's biggest utility, said prices would rise.")
    assert orgs["Verdant Power Co."][0] is None
