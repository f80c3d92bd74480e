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
