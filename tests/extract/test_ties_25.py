"""Ties a reader sees at once: a post "at the agency" named before, a sentence opening on the place of
work, an order that ties no one, the officer in charge of a unit, a post whose remit has a possessive,
a Samoan post with particles, and a party's councillor."""

from tests.extract.reading import titles_and_organisations

AGENCY = """Rain warning stays in place

The Ruritania Weather Agency says the warning for the coast remains in effect.

At a news conference, Jane Roe, a senior forecaster at the agency, said the band would persist.
"""


def test_post_at_the_agency_is_the_named_agencys() -> None:
    titles, orgs = titles_and_organisations(AGENCY, "Jane Roe")
    assert "senior forecaster" in titles
    assert "Ruritania Weather Agency" in orgs


CLINIC = """Heat sends more patients to clinics

At Pinto Clinic in Eastport, Dr Tom Lee, consultant nephrologist, said he had seen several patients.
"""


def test_sentence_opening_on_the_workplace_ties_the_post() -> None:
    titles, orgs = titles_and_organisations(CLINIC, "Tom Lee")
    assert "consultant nephrologist" in titles
    assert "Pinto Clinic" in orgs


ORDER = """Court halts evictions

The High Court in Eastport has stopped the evictions.

Justice Ana Lima also directed the Inspector General of Police to ensure that no one is evicted.
"""


def test_an_order_ties_no_one_and_the_judge_keeps_her_court() -> None:
    _, orgs = titles_and_organisations(ORDER, "Ana Lima")
    assert "Inspector General of Police" not in orgs
    assert "High Court" in orgs


IN_CHARGE = """Man shot dead in Eastport

Officer in charge of the Central Crime Unit (CCU) Chief Superintendent Mary Poe told reporters it was too early to say.
"""


def test_officer_in_charge_before_a_rank_is_a_title() -> None:
    titles, orgs = titles_and_organisations(IN_CHARGE, "Mary Poe")
    assert {"Officer in charge", "Chief Superintendent"} <= titles
    assert "Central Crime Unit" in orgs


VILLAGE = """Villagers ask where the money went

The Sui o le Nu'u of Pinto, Sami Tala, told the paper the village was never shown the quotes.

Lina Fale, the president of the village women's committee, said the road was still mud.
"""


def test_samoan_village_post_is_a_title() -> None:
    titles, _ = titles_and_organisations(VILLAGE, "Sami Tala")
    assert titles == {"Sui o le Nu'u"}


def test_post_with_a_possessive_remit_keeps_its_head() -> None:
    titles, _ = titles_and_organisations(VILLAGE, "Lina Fale")
    assert "president" in titles


COUNCILLOR = """Water tariffs rise

The council approved the new tariffs. Swapo councillor Jon Amu, who voted for the budget, says the plan was not costed.
"""


def test_party_councillor_is_the_partys() -> None:
    titles, orgs = titles_and_organisations(COUNCILLOR, "Jon Amu")
    assert "councillor" in titles
    assert "Swapo" in orgs
