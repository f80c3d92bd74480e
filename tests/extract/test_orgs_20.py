"""Organisations, twentieth round: capitals that name no body, and bodies the text half-names."""

from app.extract import run
from app.extract.mentions import _drop_caps_junk, _drop_region_bodies, _people_read_as_bodies, _State
from app.extract.types import OrganisationMention


def _names(text: str) -> set[str]:
    return {organisation.name for organisation in run(text).organisations}


def test_a_currency_code_beside_an_amount_is_no_body() -> None:
    text = (
        "The Harbour Trust paid EUR 4.5 million for the site, and a rival bid of CZK 90 million was turned "
        "down. Fees of 300,000 MAD were also paid, the Harbour Trust said."
    )
    found = _names(text)
    assert not {"EUR", "CZK", "MAD"} & found
    assert "Harbour Trust" in found


def test_a_known_acronym_beside_a_number_stays_a_body() -> None:
    text = "The WHO said 40 cases were found. The NATO 2030 agenda was discussed, officials said."
    found = _names(text)
    assert "World Health Organization" in found or "WHO" in found


def _state_with(body: str, *names: str) -> _State:
    """A state whose organisations are each name's first occurrence, as a bare unknown body."""
    state = _State(body)
    for name in names:
        start = body.index(name)
        state.orgs.append(
            OrganisationMention(start, start + len(name), name, name, name if name.isupper() else None)
        )
    return state


def test_a_time_zone_after_a_clock_time_is_no_body() -> None:
    body = "Published 4:17 p.m. CT Oct. 14, 2026\n\nThe CT scan and the Delta Water Board were on the agenda."
    state = _state_with(body, "CT", "Delta Water Board")
    state.orgs.append(OrganisationMention(body.index("CT scan"), body.index("CT scan") + 2, "CT", "CT", "CT"))
    _drop_caps_junk(state)
    assert [(o.name, o.start) for o in state.orgs] == [
        ("Delta Water Board", body.index("Delta")),
        ("CT", body.index("CT scan")),
    ]


def test_words_of_a_capitals_dateline_are_no_bodies() -> None:
    text = (
        "Buses stopped running overnight.\n\n"
        "SAO JOSE DE RIBAMAR, BRAZIL – The Transit Workers Union said the strike would go on.\n\n"
        "ST. ANDREW'S, N.B. — The Port Authority said ferries were cancelled."
    )
    found = _names(text)
    assert not {"DE", "ST"} & found
    assert {"Transit Workers Union", "Port Authority"} <= found


def test_a_capitalised_opening_word_met_once_is_no_body() -> None:
    text = (
        "OWNERS of holiday cottages will pay double council tax under plans backed by the Borough Housing "
        "Board on Monday.\n\nThe board said rents would rise by 4 per cent."
    )
    found = _names(text)
    assert "OWNERS" not in found
    assert "Borough Housing Board" in found


def test_an_acronym_that_opens_a_paragraph_and_recurs_stays_a_body() -> None:
    text = (
        "The Kenya Ports Authority (KPAX) said on Monday that traffic rose.\n\n"
        "KPAX officials said the new berth would open in May. KPAX runs the port."
    )
    found = _names(text)
    assert "Kenya Ports Authority" in found


def test_a_capitals_photo_credit_line_names_no_body() -> None:
    text = (
        "February 12, 2026\n\nPHOTO COURTESY RIVERTON CITY COUNCIL\n\n"
        "Council member Jane Roe said the Riverton City Council would vote on the tax next week."
    )
    found = _names(text)
    assert "CITY" not in found
    assert "Riverton City Council" in found


def test_the_first_part_of_a_web_address_is_no_body() -> None:
    text = "Residents can check their address on GOV.UK, the Department for Transport said."
    found = _names(text)
    assert "GOV" not in found
    assert "Department for Transport" in found


def test_a_post_written_as_letters_before_a_name_is_no_body() -> None:
    text = (
        "Health MEC Jane Roe said clinics would stay open. The lender's MD Tom Hale said loans had grown.\n\n"
        "The Provincial Health Department said staff were ready."
    )
    found = _names(text)
    assert not {"MEC", "MD"} & found
    assert "Provincial Health Department" in found


def test_a_post_before_a_known_surname_is_that_person() -> None:
    text = (
        "Police spokesman Deputy Commissioner Samuel K. Boakai said officers were searching.\n\n"
        '"We will find him," DC Boakai said.'
    )
    extraction = run(text)
    assert "DC Boakai" not in {o.name for o in extraction.organisations}
    assert any(p.name == "Samuel K. Boakai" for p in extraction.people)


def test_vietnamese_letters_stay_inside_a_name() -> None:
    text = (
        "Trần Văn Lộc, general director of Hữu Nghị Seafood Joint Stock Company, said prices had risen, "
        "Việt Nam News reported."
    )
    found = _names(text)
    assert "Hữu Nghị Seafood Joint Stock Company" in found
    assert "Nghị Seafood Joint Stock Company" not in found
    assert "Nam News" not in found


def test_a_ministry_list_may_end_in_a_field_that_opens_with_a_given_name_word() -> None:
    text = "The Ministry of Transport, Land and Urban Planning said the road would open in May."
    found = _names(text)
    assert "Ministry of Transport, Land and Urban Planning" in found
    assert not {"Ministry of Transport", "Land"} & found


def test_a_list_item_that_is_a_persons_name_stays_out_of_the_ministry() -> None:
    text = "The Ministry of Finance, Grace Mbeki and Tom Hale attended the launch in Pretoria."
    found = _names(text)
    assert "Ministry of Finance" in found


def test_a_canadian_department_named_with_and_is_one_body() -> None:
    text = (
        "A spokesperson for Fisheries and Oceans Canada said the quota would not change. "
        "Environment and Climate Change Canada issued a warning."
    )
    found = _names(text)
    assert {"Fisheries and Oceans Canada", "Environment and Climate Change Canada"} <= found
    assert not {"Fisheries", "Oceans Canada"} & found


def test_a_trade_group_named_for_its_members_spans_and() -> None:
    text = "The Ohio Dairy and Cattle Producers, a trade group, said on Monday it would meet members in Lima."
    found = _names(text)
    assert "Ohio Dairy and Cattle Producers" in found
    assert "Cattle Producers" not in found


def test_a_country_name_with_a_given_name_word_may_open_an_and_body() -> None:
    text = "Officials asked the Viet Nam Flood and Storm Control Authority to update forecasts daily."
    found = _names(text)
    assert "Viet Nam Flood and Storm Control Authority" in found
    assert "Storm Control Authority" not in found


def test_a_persons_name_before_and_still_splits_two_bodies() -> None:
    text = "Nam Tran and Storm Control Authority officials met on Monday."
    assert "Nam Tran and Storm Control Authority" not in _names(text)


def test_a_legislators_seat_is_no_body() -> None:
    text = (
        "Opposition critic Tom Hale-Barrow, the MHA for Cape Ridge, said the province should act.\n\n"
        "Responding, Harbour Point MP Dr Jane Roe-Smith said the Opposition had a short memory, noting that "
        "Harbour Point and Cape Ridge had waited. The Water Corporation said it would help."
    )
    found = _names(text)
    assert not {"Harbour Point", "Cape Ridge"} & found
    assert "Water Corporation" in found


def test_a_district_commissioners_town_is_no_body() -> None:
    text = (
        "The Ngala district commissioner, Ali Warsame Hirsi, said the wells had run dry. Residents of Ngala "
        "said trucks came weekly."
    )
    assert "Ngala" not in _names(text)


def test_a_bodys_camel_case_name_before_a_post_stays_a_body() -> None:
    text = (
        "SafeWork inspectors visited the site in March.\n\n"
        "Outside court, SafeWork Commissioner Jane Roe said the sentence showed the laws worked."
    )
    assert "SafeWork" in _names(text)


def test_a_party_before_a_legislators_letters_stays_a_body() -> None:
    text = "Labour MP Jane Roe said the bill would pass. The Harbour Party MLA Tom Hale disagreed."
    found = _names(text)
    assert "Labour Party" in found or "Labour" in found


def test_a_name_ending_in_a_local_units_word_is_a_place() -> None:
    text = (
        "Farmer Tadesse Bekele from Dera Woreda in Arsi Zone said he had harvested 40 quintals on his plot, "
        "up from 20 last year. A grower in Long Hoa Commune said yields were better."
    )
    extraction = run(text)
    orgs = {o.name for o in extraction.organisations}
    assert not {"Dera Woreda", "Long Hoa Commune"} & orgs
    assert "Dera Woreda" in {p.name for p in extraction.places}
    assert any(q.text.startswith("he had harvested") for q in extraction.quotes)


def test_the_surname_of_a_named_person_is_that_person_not_a_body() -> None:
    text = (
        "Former clerk Lavinia Ashford-Pryce was sentenced on Tuesday.\n\nAccording to a report from the "
        "Office of the State Auditor, Ashford-Pryce took cash payments made at the counter."
    )
    extraction = run(text)
    assert "Ashford-Pryce" not in {o.name for o in extraction.organisations}
    assert "Office of the State Auditor" in {o.name for o in extraction.organisations}
    assert any(p.name == "Lavinia Ashford-Pryce" for p in extraction.people)


def test_a_surname_that_opens_a_companys_name_stays_the_company() -> None:
    text = (
        "Hiroshi Tanabe founded Tanabe Optics in 1971. Tanabe said it would restate results for the year, "
        "and Tanabe Optics shares fell."
    )
    found = _names(text)
    assert "Tanabe Optics" in found


def test_a_given_name_with_a_bracketed_nickname_is_a_person() -> None:
    body = (
        "Mohamed Rasheed (Bodu), a ferry captain, said he had waited. The Housing Corporation (HDC) said no."
    )
    state = _state_with(body, "Mohamed Rasheed", "Housing Corporation")
    state.orgs = [
        OrganisationMention(o.start, o.end, o.name, o.name, "Bodu" if o.name == "Mohamed Rasheed" else "HDC")
        for o in state.orgs
    ]
    _people_read_as_bodies(state)
    assert [o.name for o in state.orgs] == ["Housing Corporation"]
    assert [p.name for p in state.people] == ["Mohamed Rasheed"]


def test_a_body_with_a_bracketed_acronym_stays_a_body() -> None:
    text = "The Maldives Housing Corporation (MHC) said the list was final. The MHC said 300 flats remain."
    assert "Maldives Housing Corporation" in _names(text)


def test_outlets_named_as_sources() -> None:
    cases = {
        '"We will not accept it," Jan Novak told ČTK.': "ČTK",
        "Eva Dvorak said the work would not come back, she told Radio Prague International.": (
            "Radio Prague International"
        ),
        "Maria Borg said the hotel would loom over the bay, she told Times of Malta after the meeting.": (
            "Times of Malta"
        ),
        "Tom Hale said the law put a ceiling on rents, he told news wire Ritzau.": "Ritzau",
        "Jane Roe said the game needed it, Roe told the Herald.": "Herald",
        "Kenji Sato admitted to DirtFish that he had lacked confidence.": "DirtFish",
        "Prices were negative for 94 hours in June, Economica.net reported.": "Economica.net",
        '"We are evacuating children," Avi Levy tells Channel 12 news.': "Channel 12",
    }
    for text, outlet in cases.items():
        assert outlet in _names(text), text


def test_people_and_plain_words_told_are_no_outlets() -> None:
    text = (
        "Tom Hale met Jane Roe on Monday. Roe admitted to Hale that the plan had failed, and she told the "
        "Council in March. Details are at www.example.com today, officials said."
    )
    found = _names(text)
    assert "Hale" not in found
    assert not any("example" in name for name in found)


def test_a_paper_named_by_its_last_word_is_the_paper_its_masthead_names() -> None:
    text = (
        "Riverside Herald reporter@riversideherald.example\n\n"
        'Farmers will take less water this year. "It is tough," Jan Dekker told the Herald in an interview.'
    )
    extraction = run(text)
    herald = [o for o in extraction.organisations if "Herald" in o.name]
    assert len(herald) == 1


def test_the_city_or_county_of_a_place_that_acts_is_its_council() -> None:
    text = (
        "Farmers agreed to take less water. The City of Red Deer has committed to cutting its use, as is the "
        "County of Lethbridge. A councillor accused the City of Cape Town of failing to clear drains."
    )
    found = _names(text)
    assert {"City of Red Deer", "County of Lethbridge", "City of Cape Town"} <= found


def test_the_city_of_a_place_after_in_is_the_place() -> None:
    text = "Motorcycle taxis will be electric in the City of Kigali from 2028, the Transport Authority said."
    found = _names(text)
    assert "City of Kigali" not in found
    assert "Transport Authority" in found


def test_a_capitalised_company_opening_a_paragraph_before_a_verb_stays_a_body() -> None:
    text = "Power cuts loom\n\nVOLTA has given the town until Friday to pay its overdue account."
    assert "VOLTA" in _names(text)


def test_an_irish_county_after_co_is_a_place() -> None:
    text = "Cathal Breen, from Co Donegal, finished fourth. The road in Co. Kerry reopened, Roe & Co said."
    extraction = run(text)
    orgs = {o.name for o in extraction.organisations}
    assert not {"Co Donegal", "Co. Kerry"} & orgs
    assert {"Donegal", "Kerry"} <= {p.name for p in extraction.places}


def test_an_acronym_spelled_by_a_names_dotted_prefix_is_that_body() -> None:
    text = (
        "The result was confirmed by the U.S. Fish Protection Service on Tuesday.\n\n"
        "According to the USFPS, more than 12 rivers were affected."
    )
    found = _names(text)
    assert "USFPS" not in found
    assert any("Fish Protection Service" in name for name in found)


def test_an_acronym_no_name_spells_stays_its_own() -> None:
    text = "The result was confirmed by the U.S. Fish Protection Service. The NRBQ said it was not consulted."
    found = _names(text)
    assert "NRBQ" in found


def test_a_bracketed_party_acronym_is_not_spelled_by_itself() -> None:
    text = (
        "The report was presented by Senator Musa Bello-Kano (APC, Kano North). Musa Bello-Kano said the "
        "loans were cheap."
    )
    extraction = run(text)
    person = next(p for p in extraction.people if p.name == "Musa Bello-Kano")
    assert any(
        a.organisation_key == "apc" or "all progressives" in a.organisation_key for a in person.affiliations
    )


def test_a_name_running_on_past_a_slash_as_its_acronym_shows_is_whole() -> None:
    text = (
        "The governing National Harmony Party/Reform (NHP/R) dismissed the claim. The NHP said it would "
        "publish the figures."
    )
    found = _names(text)
    assert "National Harmony Party/Reform" in found
    assert "National Harmony Party" not in found


def test_a_slash_without_a_matching_acronym_leaves_the_name() -> None:
    text = "The National Harmony Party/Reform wing split, party officials said."
    assert "National Harmony Party/Reform" not in _names(text)


def test_an_unexplained_acronym_spelled_by_a_named_outlets_capitals_is_that_outlet() -> None:
    text = (
        "The victim's father told NewsBeat Liberia that she had gone to buy bread.\n\n"
        "A witness told NBL that the car did not slow down."
    )
    extraction = run(text)
    keys = {o.name for o in extraction.organisations}
    assert "NBL" not in keys
    assert "NewsBeat Liberia" in keys


def test_an_acronym_spelled_by_no_named_body_stays_its_own() -> None:
    text = "The victim's father told NewsBeat Liberia that she had gone out. The QRX said it would help."
    assert "QRX" in _names(text)


def test_an_opening_preposition_is_no_part_of_a_bodys_name() -> None:
    text = (
        "Holiday lets face new rules.\n\nUnder Scottish Government rules, cottages count as businesses only if "
        "let for 140 days.\n\nOutside Parliament Buildings, a small group of patients held a silent protest."
    )
    found = _names(text)
    assert "Scottish Government" in found
    assert not {"Under Scottish Government", "Outside Parliament Buildings", "Parliament Buildings"} & found


def test_a_company_named_with_a_preposition_keeps_it() -> None:
    text = "Shares rose.\n\nBeyond Meat said on Monday that sales had grown."
    found = _names(text)
    assert "Meat" not in found


def test_a_post_and_an_honorific_split_a_body_from_its_members_name() -> None:
    text = (
        'Harbour Alliance MLA Dr Jane Roe-Smith, a former nurse, accused ministers of "passing the parcel" '
        "on Monday."
    )
    extraction = run(text)
    orgs = {o.name for o in extraction.organisations}
    assert "Harbour Alliance" in orgs
    assert not any("Roe-Smith" in name for name in orgs)
    assert any(p.name == "Jane Roe-Smith" for p in extraction.people)


def test_a_post_and_honorific_after_no_body_name_give_no_body() -> None:
    text = "Health MEC Dr Jane Roe-Smith said clinics would stay open on Monday."
    assert not any("Roe-Smith" in name for name in _names(text))


def test_a_regions_bare_name_described_as_a_producer_is_no_body() -> None:
    text = (
        "Bird flu has hit more farms. More than 12 million birds have been affected nationwide. Ohio, the "
        "nation's second egg producer, has about 30 million hens. The company paid US$2 400 000 in fines."
    )
    found = _names(text)
    assert not {"Ohio", "US"} & found


def test_a_region_closing_a_longer_name_after_a_particle_is_left_alone() -> None:
    body = "Danilo Ramos of the Samahang Magsasaka ng Nueva Ecija, a farmers' group, said prices fell."
    state = _State(body)
    start = body.index("Nueva Ecija")
    state.orgs.append(
        OrganisationMention(start, start + 11, "Nueva Ecija", "Nueva Ecija", None, None, "organisation")
    )
    _drop_region_bodies(state)
    assert [o.name for o in state.orgs] == ["Nueva Ecija"]


def test_a_streets_or_junctions_name_is_no_body() -> None:
    text = (
        "The car was last seen on RKT Boulevard heading towards Market Roundabout, the Liberia National Police "
        "said. Officials in Downing Street declined to comment."
    )
    found = _names(text)
    assert not {"RKT Boulevard", "Market Roundabout"} & found
    assert "Liberia National Police" in found


def test_a_known_bodys_member_states_are_the_body() -> None:
    text = "The court said the Council of Europe Member States must act on the ruling."
    found = _names(text)
    assert "Council of Europe" in found
    assert "Council of Europe Member States" not in found


def test_a_laws_name_read_up_to_its_and_is_no_body() -> None:
    text = (
        "Utilities that charge unapproved tariffs face a penalty under the Water Supply and Sanitation Act, "
        "the National Water Council said. The Harbour and Ports Authority agreed."
    )
    found = _names(text)
    assert "Water Supply" not in found
    assert "National Water Council" in found


def test_a_laws_closing_word_alone_is_no_body() -> None:
    text = (
        "He was charged under Section 16 of the Anti-Corruption Commission (ACC) Act 2009, which carries a "
        "jail term, the Anti-Corruption Commission said."
    )
    assert "Act" not in _names(text)


def test_an_honorific_and_a_name_inside_no_bodys_name_are_a_person() -> None:
    text = (
        "Minister of Roads and Transport Hon. Peter Banda Mwale said in a statement that the fares had not "
        'been approved. "We will not allow it," Mwale said.'
    )
    extraction = run(text)
    assert not any("Peter Banda Mwale" in o.name for o in extraction.organisations)
    assert any(p.name == "Peter Banda Mwale" for p in extraction.people)
