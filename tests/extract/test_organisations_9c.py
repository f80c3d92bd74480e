"""Set-9 organisation rules (third pass): legal forms after a comma, "of" names opened by
"Administration"/"Chambers", regional branches of parties, a listed party with a lower-case "party"."""

from app.extract import run


def _names(text: str) -> dict[str, str | None]:
    return {o.name: o.country_code for o in run(text).organisations}


def _aliases(text: str) -> dict[str, tuple[str, ...]]:
    return {o.name: o.aliases for o in run(text).organisations}


def test_a_legal_form_after_a_comma_stays_in_the_company_name() -> None:
    names = _names(
        "The fire started in the packing hall of Quenby Textile Co., Ltd in Dorvan City, police said."
    )
    assert "Quenby Textile Co., Ltd" in names
    assert "Quenby Textile Co." not in names


def test_the_period_of_the_legal_form_stays_inside_a_sentence() -> None:
    aliases = _aliases("At the stand of Ravelle Kitchenware Co., Ltd., buyers queued to try a new kettle.")
    assert "Ravelle Kitchenware Co., Ltd." in aliases
    assert "Ravelle Kitchenware" in aliases["Ravelle Kitchenware Co., Ltd."]


def test_a_company_that_announces_after_its_bracketed_details_still_speaks() -> None:
    extraction = run(
        'OSAKA, Japan -- Tamsen Motors Co., Ltd. (TSE: 1234; hereinafter "Tamsen") today announced that it '
        "had agreed to buy a battery plant."
    )
    speakers = {q.speaker_key for q in extraction.quotes}
    assert any(key and key.startswith("tamsen motors") for key in speakers)


def test_a_comma_before_a_plain_word_adds_nothing_to_the_name() -> None:
    names = _names("Shares in Brant Co., Limerick's oldest brewer, fell on Monday.")
    assert not any(name.endswith("Limerick") for name in names)


def test_an_administration_of_a_field_is_one_name() -> None:
    names = _names(
        "According to the General Directorate of Fisheries, catches rose, and the National "
        "Administration of Roads said repairs were late."
    )
    assert "General Directorate of Fisheries" in names
    assert "National Administration of Roads" in names


def test_a_federation_of_chambers_keeps_its_whole_name() -> None:
    names = _names(
        "Federation of Ruritania Chambers of Commerce and Industry (FRCCI) President Jan Roe said taxes would rise."
    )
    assert "Federation of Ruritania Chambers of Commerce and Industry" in names


def test_a_regional_branch_of_a_party_keeps_its_region() -> None:
    names = _names(
        "Welsh Labour leader Ann Pryce said the plan was late. The Scottish Liberal Democrats said it was wrong, "
        "and the Scottish Conservatives called for an inquiry."
    )
    assert "Welsh Labour" in names
    assert "Scottish Liberal Democrats" in names
    assert "Scottish Conservatives" in names
    assert "Labour Party" not in names
    assert "Conservative Party" not in names


def test_a_national_adjective_before_a_party_is_no_branch() -> None:
    names = _names("The British Government said the Conservatives would vote against it.")
    assert not any(name.startswith("British Conservatives") for name in names)
    assert "Conservative Party" in names


def test_a_listed_party_with_party_in_lower_case_keeps_the_word() -> None:
    aliases = _aliases(
        "In Mainz, the Greens and the Left party held several seats, while the AfD won the rest."
    )
    assert "Left party" in aliases["Die Linke"]


def test_a_word_before_party_that_names_no_listed_party_is_left_alone() -> None:
    names = _names("Guests at the Harvest party said Jane Roe, of Tolbury Farms, had organised it.")
    assert "Harvest party" not in names


def test_where_a_body_is_based_is_no_part_of_its_name() -> None:
    extraction = run(
        "Energy analyst Marta Roe of the Lviv-based Grid Futures Institute told reporters that the "
        "network was weaker than last year."
    )
    names = {o.name for o in extraction.organisations}
    assert "Grid Futures Institute" in names
    assert not any(name.startswith("Lviv-based") for name in names)
    assert {q.speaker_key for q in extraction.quotes} == {"marta roe"}


def test_an_acronym_with_a_plus_names_the_wider_group() -> None:
    names = _names(
        "The Organization of the Petroleum Exporting Countries and its allies, known as OPEC+, met on "
        "Sunday. OPEC+ is expected to delay the increase."
    )
    assert "OPEC+" in names
    assert "Organization of the Petroleum Exporting Countries" in names


def test_a_plus_between_words_adds_nothing() -> None:
    names = _names("The NHS said the A+E wait grew, and ACME+Partners said nothing.")
    assert "NHS+" not in names


def test_a_country_described_by_its_trade_is_no_company() -> None:
    names = _names("Demand slowed in Peru, the top importer, as well as in Chile, the world's largest miner.")
    assert "Peru" not in names
    assert "Chile" not in names


def test_an_exclamation_mark_inside_a_sentence_belongs_to_the_name() -> None:
    names = _names(
        "Disclaimer: the NHS and Yodelix! are not responsible for releases posted to Yodelix! by members."
    )
    assert "Yodelix!" in names
    assert "Yodelix" not in names


def test_an_exclamation_mark_ending_a_sentence_is_no_part_of_the_name() -> None:
    names = _names('Jane Roe said the firm Acme Widgets Ltd was "finished"! Acme Widgets Ltd denied it.')
    assert not any(name.endswith("!") for name in names)


def test_letters_in_brackets_after_a_listed_party_name_its_faction() -> None:
    extraction = run(
        "Former corporator Anita Roe of the Shiv Sena (UBT) alleged the figures were inflated, while the "
        "Bharatiya Janata Party (BJP) defended them."
    )
    orgs = {o.name: o.acronym for o in extraction.organisations}
    assert "Shiv Sena (UBT)" in orgs
    assert "Shiv Sena" not in orgs
    assert orgs["Bharatiya Janata Party"] == "BJP"
    assert "UBT" not in orgs
