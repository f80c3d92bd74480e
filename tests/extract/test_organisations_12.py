"""Organisations: what a capitalised or all-capitals word must look like to name a body."""

from app.extract import run


def _org_names(text: str) -> set[str]:
    extraction = run(text)
    names = {org.name for org in extraction.organisations}
    return names | {org.acronym for org in extraction.organisations if org.acronym}


def test_common_initialisms_and_wire_slugs_are_no_organisations() -> None:
    text = (
        "(LEAD) Port workers to strike over pay\n\n"
        "(ATTN: ADDS union comment in para 4)\n\n"
        "A crafted HTTP request to the router's web UI lets an attacker run code, the Harlow Data Union said. "
        "Nurses said they would be the only RN on the ward, and a Lisbon-based NGO said the benchmark "
        "KOSPI's fall was unrelated. The rules sit within the limits of the GDPR.\n\n"
        "(END)"
    )
    names = _org_names(text)
    assert "Harlow Data Union" in names
    for word in ("LEAD", "ATTN", "END", "HTTP", "UI", "RN", "NGO", "KOSPI", "GDPR"):
        assert word not in names


def test_undefined_acronym_acting_as_a_body_is_still_one() -> None:
    text = "The ZWTU said on Monday it would call a strike. Officials at the ZWTU declined to comment."
    assert "ZWTU" in _org_names(text)


def test_a_law_or_treaty_is_no_organisation() -> None:
    text = (
        "The Zenland Digital Markets Act (ZDMA) took effect in March, the Zenland Competition Authority said. "
        "Traders say the levy violates the Harbour Customs Protocol."
    )
    names = _org_names(text)
    assert "Zenland Competition Authority" in names
    assert not names & {"Zenland Digital Markets Act", "ZDMA", "Harbour Customs Protocol"}


def test_based_modifier_of_two_words_is_no_part_of_the_name() -> None:
    text = "Marta Leal of the Porto Velho-based Centre for River Studies said the dam was unsafe."
    names = _org_names(text)
    assert "Centre for River Studies" in names
    assert not any("based" in name for name in names)


def test_hyphened_initials_and_a_french_party_name() -> None:
    text = (
        "The ZPDC-RDA said it took note of the ruling. Jean Koffi, who leads the Rassemblement pour la "
        "Paix et le Travail (RPT), said the list was unfair."
    )
    names = _org_names(text)
    assert "ZPDC-RDA" in names
    assert "Rassemblement pour la Paix et le Travail" in names
    assert "Rassemblement" not in names


def test_abbreviated_santa_opens_a_company_name() -> None:
    text = "The contract went to Sta. Lucia Builders Corp., which said it had met every requirement."
    names = _org_names(text)
    assert "Sta. Lucia Builders Corp." in names
    assert "Lucia Builders Corp." not in names


def _org(text: str, name: str):  # type: ignore[no-untyped-def]
    return next(org for org in run(text).organisations if org.name == name)


def test_a_listed_foreign_body_by_a_generic_name_is_the_story_countrys() -> None:
    text = (
        "CORK, Ireland — Residents of Cork, Kinsale and Mallow were told to boil their water on Monday. "
        "According to the Environmental Protection Agency, the plant in Mallow has failed three audits. "
        "Officials in Kinsale and Cork said repairs would take a month."
    )
    org = _org(text, "Environmental Protection Agency")
    assert org.country_code == "IE"
    assert org.acronym is None


def test_a_listed_body_stays_its_own_countrys_where_that_country_is_named() -> None:
    text = (
        "CORK, Ireland — Exporters in Cork and Kinsale face new checks in the United States. "
        "According to the Environmental Protection Agency, the rules in Washington will apply from May."
    )
    assert _org(text, "Environmental Protection Agency").country_code == "US"


def test_a_body_named_with_on_before_its_field() -> None:
    text = "The senators asked the Commission on Audit (COA) to review the payments. The COA said it would."
    org = _org(text, "Commission on Audit")
    assert org.acronym == "COA"
    assert "COA" not in {o.name for o in run(text).organisations}


def test_a_unit_named_after_its_owners_possessive_is_two_bodies() -> None:
    text = 'Detective Inspector Jane Roe, of Wessex Police\'s Serious Fraud Team, said: "We need witnesses."'
    names = _org_names(text)
    assert {"Wessex Police", "Serious Fraud Team"} <= names
    assert "Wessex Police's Serious Fraud Team" not in names
    person = next(p for p in run(text).people if p.name == "Jane Roe")
    keys = {a.organisation_key for a in person.affiliations}
    assert keys == {"wessex police", "serious fraud team"}


def test_later_short_forms_of_a_long_name_are_the_same_body() -> None:
    text = (
        "The Lusaka City Administration ordered the demolitions. The City Administration said on Friday that "
        "it had paid compensation. Jane Roe, a director of Kaluba Marine Heavy Industries Co., welcomed it. "
        "Shares in Kaluba Marine rose 2 percent on Tuesday."
    )
    names = {org.name for org in run(text).organisations}
    assert "City Administration" not in names
    assert "Kaluba Marine" not in names
    assert "Kaluba Marine Heavy Industries Co." in names


def test_outlets_a_source_spoke_or_talked_to() -> None:
    text = (
        "Jane Roe, the city's water director, said repairs were under way.\n\n"
        '"We will be ready," Roe said. Speaking to Harbourlight after the meeting, Roe admitted delays. '
        "Tom Reed told The WestCoaster in Lusaka that the pumps had failed. Amir Khan told CricZone afterwards "
        "that he was tired."
    )
    names = _org_names(text)
    assert {"Harbourlight", "The WestCoaster", "CricZone"} <= names


def test_a_name_told_with_the_before_it_is_an_outlet_not_a_person() -> None:
    text = "Mayor Jane Roe told the Maria Courant in a separate interview that the town was flooded."
    extraction = run(text)
    assert "Maria Courant" in {org.name for org in extraction.organisations}
    assert "Maria Courant" not in {p.name for p in extraction.people}


def test_a_listed_broadcasters_own_service_and_a_weekend_title() -> None:
    text = (
        '"We lost the key moments," coach Jane Roe told BBC Sport Wales. Her assistant, Tom Reed, told the '
        "Sunday Guardian that the squad was tired."
    )
    names = {org.name for org in run(text).organisations}
    assert "BBC Sport Wales" in names
    assert "Sunday Guardian" in names
    assert "British Broadcasting Corporation" not in names
    assert "The Guardian" not in names


def test_slashed_initials_and_a_wire_credit_line() -> None:
    text = (
        "Two reporters were jailed, a lawyer told ZFE/ZL on Tuesday. The court gave no reasons.\n\n"
        "The hearing was closed to the public.\n\n"
        "(With AFP)"
    )
    names = _org_names(text)
    assert "ZFE/ZL" in names
    assert not names & {"ZFE", "ZL", "AFP", "Agence France-Presse"}


def test_institution_of_and_a_place_a_sentence_opens_in() -> None:
    text = (
        "The Zenlandic Institution of the Ombudsman said it had received 900 complaints. "
        "In Athens, the government launched an app. Officials said it cost 3 million euros."
    )
    names = _org_names(text)
    assert "Zenlandic Institution of the Ombudsman" in names
    assert not names & {"Zenlandic Institution", "Athens", "Officials"}
    assert "Athens" in {place.name for place in run(text).places}


def test_a_possessive_inside_a_collectives_name_after_the() -> None:
    text = "The Baker's Vale Growers Collective, which represents 60 orchards, said most employers were fair."
    names = _org_names(text)
    assert "Baker's Vale Growers Collective" in names
    assert "Vale Growers Collective" not in names


def test_legislatures_by_their_own_names() -> None:
    text = (
        "Lawmakers at the Legislative Yuan in Taipei debated the bill. A similar bill is now before the "
        "Cortes Generales in Madrid."
    )
    orgs = {org.name: org.country_code for org in run(text).organisations}
    assert orgs.get("Legislative Yuan") == "TW"
    assert orgs.get("Cortes Generales") == "ES"


def test_a_companys_name_without_its_legal_form_is_the_same_company() -> None:
    text = (
        "One of them, Kaluba Haulage (Pty) Ltd, received R64-million. Records show that one of Kaluba "
        "Haulage’s two directors is a relative of the mayor."
    )
    names = {org.name for org in run(text).organisations}
    assert "Kaluba Haulage (Pty) Ltd" in names
    assert "Kaluba Haulage" not in names


def test_two_unlisted_sets_of_initials_side_by_side_are_one_name() -> None:
    text = "Under the plan, the Commission's energy department, DG ZNER, would publish a list of suppliers."
    names = _org_names(text)
    assert "DG ZNER" in names
    assert not names & {"DG", "ZNER"}


def test_initials_after_a_legal_form_and_an_acronym_opening_an_organ() -> None:
    text = (
        "Inspectors found that PT Kali Mas Sentosa (KMS) had discharged waste. KMS denied it. "
        "The Zenland Trade Bloc (ZTB) said Kenya had lodged a complaint with the ZTB Secretariat in Arusha."
    )
    extraction = run(text)
    names = {org.name for org in extraction.organisations}
    acronyms = {org.acronym for org in extraction.organisations}
    assert "PT Kali Mas Sentosa" in names and "KMS" in acronyms and "KMS" not in names
    assert "ZTB Secretariat" in names and "Zenland Trade Bloc" in names


def test_a_name_described_as_a_provider_or_company_is_no_person() -> None:
    text = (
        "Reporters asked Hollis Fibrewave, a regional US Internet provider that ships the routers, for comment. "
        "Jane Roe, a property developer, said the plan was sound."
    )
    extraction = run(text)
    assert "Hollis Fibrewave" in {org.name for org in extraction.organisations}
    people = {p.name for p in extraction.people}
    assert "Hollis Fibrewave" not in people and "Jane Roe" in people


def test_code_and_social_platforms_are_organisations() -> None:
    text = "An exploit was posted to GitHub on Monday, and a researcher wrote on Mastodon that it worked."
    assert {"GitHub", "Mastodon"} <= _org_names(text)


def test_an_executive_agency_and_its_initials() -> None:
    text = (
        "CORK, Ireland — Water in Cork, Kinsale and Mallow is unsafe, the Health Service Executive said. "
        "The HSE's director of public health in Cork urged residents to boil water."
    )
    org = _org(text, "Health Service Executive")
    assert org.acronym == "HSE" and org.country_code == "IE"
    assert "HSE" not in {o.name for o in run(text).organisations}


def test_initials_used_before_their_definition_and_a_legislature_opening_a_sentence() -> None:
    text = (
        "ZWSA blames pipeline rupture\n\n"
        "Residents are buying water as the Zenland Water and Sewerage Authority (ZWSA) repairs a main.\n\n"
        "Parliament adopted a law on water tariffs last year."
    )
    extraction = run(text)
    names = {org.name for org in extraction.organisations}
    assert "ZWSA" not in names
    assert "Parliament" in names


def test_an_independent_office_named_as_an_institution() -> None:
    text = (
        "The Auditor-General has flagged the council's spending for years. In her report, the Auditor-General "
        "said the council had wasted R1-billion."
    )
    assert "Auditor-General" in _org_names(text)


def test_an_office_with_its_holder_named_is_a_post() -> None:
    text = "Auditor-General Jane Roe said the council had wasted R1-billion, and the Auditor-General, Tom Reed, agreed."
    extraction = run(text)
    assert "Auditor-General" not in {org.name for org in extraction.organisations}
    assert "Jane Roe" in {p.name for p in extraction.people}
