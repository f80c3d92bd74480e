"""Set-9 organisation rules (fourth pass): news outlets, broadcasters, programmes and pollsters an
article names as its sources."""

from app.extract import run


def _names(text: str) -> set[str]:
    return {o.name for o in run(text).organisations}


def test_an_outlet_spoken_to_before_the_speakers_own_verb() -> None:
    assert "TellyWeb" in _names("Farmers who spoke to TellyWeb welcomed the plan but said it came late.")


def test_a_capital_the_inside_a_sentence_belongs_to_the_paper() -> None:
    assert "The Morvan Clarion" in _names(
        "Jane Doe, a farmer, told The Morvan Clarion that the vote was close."
    )


def test_a_described_radio_station_is_an_organisation() -> None:
    assert "Kol Varim" in _names(
        "Jane Doe told the ultra-Orthodox radio station Kol Varim on Monday morning."
    )


def test_a_channel_keeps_its_number() -> None:
    assert "Channel 14" in _names("Party sources told Channel 14 news that leaders were worried.")
    assert "Zenland 2" in _names(
        "Speaking on Zenland 2 on Thursday evening, Minister Jon Roe said it would go on."
    )


def test_a_programme_spoken_on() -> None:
    assert "Match of the Week" in _names("Jane Doe told Match of the Week that the call was wrong.")
    assert "Pitch F1 Show" in _names('"It was easy," she said on the Pitch F1 Show.')


def test_a_pollster_named_before_its_poll() -> None:
    assert "Elbavo" in _names("An Elbavo poll published on Wednesday found that 67% oppose the reform.")


def test_no_outlet_from_a_place_a_day_or_a_count() -> None:
    names = _names(
        "Roe spoke on Monday 12 times. A Texas poll found support. The show airs on Channel 4 at 9pm."
    )
    assert not names
    assert not _names("Speaking on Capitol Hill, Jon Roe said the bill would pass.")


def test_national_power_utilities_and_grid_operators_take_their_country() -> None:
    found = {
        o.name: o.country_code
        for o in run(
            "State grid operator Statnett warned of shortages, and Kenya Power said it would import more "
            "while the Tennessee Valley Authority (TVA) kept its rates."
        ).organisations
    }
    assert found.get("Statnett") == "NO"
    assert found.get("Kenya Power") == "KE"
    assert found.get("Tennessee Valley Authority") == "US"


def test_a_utilitys_ambiguous_acronym_needs_its_full_name() -> None:
    names = _names("The ECG showed an irregular heartbeat, the doctor said.")
    assert "Electricity Company of Ghana" not in names


def test_a_bare_air_force_is_the_national_one_named_before() -> None:
    extraction = run(
        "Rival forces from Russia fired 40 drones overnight, the Ukrainian Air Force reported. Air defences "
        "downed 30 of them, the Air Force said."
    )
    found = {o.name: (o.country_code, o.aliases) for o in extraction.organisations}
    assert found["Ukrainian Air Force"][0] == "UA"
    assert "Air Force" in found["Ukrainian Air Force"][1]
    assert "Air Force" not in found
    assert "Air" not in found


def test_a_bare_force_with_two_national_ones_stays_apart() -> None:
    found = {
        o.name
        for o in run(
            "The Polish Air Force and the Czech Air Force trained together, and the Air Force said it went well."
        ).organisations
    }
    assert "Polish Air Force" in found and "Czech Air Force" in found


def test_an_exchange_before_its_index_is_the_organisation() -> None:
    names = _names("The Bolsa Zenda ZEX 30 index rose 0.8% on Tuesday.")
    assert "Bolsa Zenda" in names
    assert "ZEX" not in names


def test_a_laws_initials_name_no_body() -> None:
    names = _names(
        'The rules overlap with the Zenland Data Act. "We spent years building the ZDA," a diplomat said. '
        "The ZDA is large."
    )
    assert "ZDA" not in names
    assert "Zenland Data Act" not in names


def test_an_acronym_a_body_spells_is_still_the_body() -> None:
    names = _names("The Zenland Data Agency (ZDA) said fines would rise. The ZDA is large.")
    assert "Zenland Data Agency" in names


def test_a_thing_one_has_is_no_organisation_even_with_a_known_name() -> None:
    assert not _names("“My EMI is almost the same as my old rent,” he said.")


def test_a_loan_programme_by_its_size_is_no_organisation() -> None:
    assert not _names(
        "Talks continued under the $7bn Extended Zenith Facility (EZF). The EZF runs three years."
    )
    assert "Zenland Fund" in _names("The $3bn Zenland Fund said it would invest.")


def test_a_local_office_keeps_its_district_after_a_comma() -> None:
    names = _names(
        "The slide struck at night, according to the District Police Office, Dorvali. Four were rescued."
    )
    assert "District Police Office, Dorvali" in names
    assert "Dorvali" not in names


def test_a_national_office_before_a_comma_list_stays_alone() -> None:
    names = _names("Roe thanked the Foreign Office, Tesco and Zorvan.")
    assert "Foreign Office" in names


def test_an_outlet_told_by_its_short_name_takes_the_masthead_line() -> None:
    extraction = run(
        "Rain hits Zora\n\nBy: Ana Cruz\n\nMorvan Daily Clarion / 05:10 AM October 22, 2025\n\n"
        'ZORA — Rain fell. "It is bad," Jane Roe told the Clarion by phone.'
    )
    found = {o.name: o.aliases for o in extraction.organisations}
    assert "Morvan Daily Clarion" in found
    assert "Clarion" not in found


def test_a_summits_presidency_is_the_body_and_the_summit_is_none() -> None:
    names = _names(
        "Negotiators at the ZOP12 climate summit were stuck. A spokesperson for the ZOP12 presidency said "
        "a draft would come."
    )
    assert names == {"ZOP12 presidency"}


def test_a_listed_group_before_its_summit_stays() -> None:
    assert "Group of Twenty" in _names("Leaders at the G20 summit met on Monday.")


def test_a_closing_credit_line_names_its_outlets() -> None:
    names = _names(
        "Rain hits Zora\n\nRain fell in Zora on Monday, officials said.\n\nWith reports from El Zenit and Milenia\n"
    )
    assert {"El Zenit", "Milenia"} <= names


def test_a_credit_to_a_reporter_names_no_outlet() -> None:
    names = _names(
        "Rain hits Zora\n\nRain fell in Zora on Monday, officials said.\n\n— With a report from Jane Roe\n"
    )
    assert not names


def test_many_outlets_in_a_long_single_line_stay_fast() -> None:
    import time

    text = (
        "Jane Roe told The Zenpost that the District Police Office, Dorvali. Speaking on Zenland 2 on Monday, "
        "an official said the Bolsa Zenda ZEX 30 index rose, an Elbavo poll found. "
    ) * 2000
    started = time.process_time()
    run(text)
    assert time.process_time() - started < 20


def test_an_acronym_at_one_end_of_a_stretch_to_a_town_is_no_body() -> None:
    assert not _names("Culverts on the section between ZSMT and Mumbai were cleaned.")
    assert "ZRF" in _names("Talks between ZRF and Russia stalled.")
