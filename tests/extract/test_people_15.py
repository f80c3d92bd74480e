"""People: posts and organisations of legislators and officials the fifteenth round reads."""

from app.extract import run


def _titles(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.titles for p in run(text).people}


def _orgs(text: str) -> dict[str, set[str]]:
    return {p.name: {a.organisation_key for a in p.affiliations} for p in run(text).people}


def test_majority_and_minority_leaders_keep_their_side_and_chamber() -> None:
    text = (
        "The budget passed late on Tuesday.\n\n"
        "Senate Majority Leader Corwin Ashdale said the chamber would return in March.\n\n"
        "The Minority Leader, Ms Petra Vollan, said her caucus would oppose it.\n\n"
        "House Minority Whip Dorian Fesk said the vote was rushed."
    )
    titles = _titles(text)
    assert titles["Corwin Ashdale"] == ("Senate Majority Leader",)
    assert titles["Petra Vollan"] == ("Minority Leader",)
    assert titles["Dorian Fesk"] == ("House Minority Whip",)


def test_a_chamber_before_another_post_stays_out_of_it() -> None:
    # Only a side of the chamber ("Majority", "Minority") or its presiding officer ("Senate President",
    # round 23, as the held-out gold writes it) takes the chamber into the post.
    text = "Senate Clerk Corwin Ashdale said the chamber would return in March."
    assert _titles(text)["Corwin Ashdale"] == ("Clerk",)


def test_seat_on_a_named_committee_is_a_post_in_it() -> None:
    text = (
        "The Opposition has rejected the levy. The Ranking Member on the Roads, Rail and Harbours Committee, "
        "Hon. Petra Vollan, told reporters the levy was unfair."
    )
    person = next(p for p in run(text).people if p.name == "Petra Vollan")
    assert person.titles == ("Ranking Member",)
    assert {a.organisation_key for a in person.affiliations} == {"roads, rail and harbours committee"}


def test_adviser_on_a_field_keeps_the_field() -> None:
    # A field after "on" that names no organisation stays part of the post.
    text = (
        "The plan was published on Friday. The Special Adviser to the Governor on Housing and Lands, "
        "Petra Vollan, said it would be revised."
    )
    assert _titles(text)["Petra Vollan"] == ("Special Adviser to the Governor on Housing and Lands",)


def test_author_label_with_outlet_is_the_writer() -> None:
    text = (
        "Driver jailed for crash that killed a cyclist\n\n"
        "The judge called the driver's flight cowardly.\n\n"
        "Author: Corwin Ashdale (KVXT)\n"
        "Published: 4:52 PM EST January 22, 2026\n\n"
        "A Roeville man was jailed on Thursday, Judge Petra Vollan said."
    )
    people = {p.name for p in run(text).people}
    assert "Corwin Ashdale" not in people
    assert "Petra Vollan" in people


def test_author_label_inside_a_sentence_is_no_credit() -> None:
    text = (
        "Prize shortlist named\n\n"
        "The panel read 300 books.\n\n"
        "Author: Corwin Ashdale said the shortlist surprised him.\n\n"
        "The winner will be named in May."
    )
    assert "Corwin Ashdale" in {p.name for p in run(text).people}


def test_initials_and_surname_under_a_standfirst_is_the_writer() -> None:
    text = (
        "Court orders lake cleared\n\n"
        "Bench says officials ignored its orders\n\n"
        "K. Venkatesan\n\n"
        "MADURAI\n\n"
        "The High Court on Tuesday ordered the lake cleared, Justice P. Arunachalam said."
    )
    people = {p.name for p in run(text).people}
    assert "K. Venkatesan" not in people
    assert "P. Arunachalam" in people


def test_a_courts_bench_is_no_person() -> None:
    text = (
        "A Division Bench of Justice P. Arunachalam and Justice R. Meenakshi Sundaram heard the case.\n\n"
        '"The officials must act," the Division Bench said.'
    )
    people = {p.name for p in run(text).people}
    assert "Division Bench" not in people
    assert "P. Arunachalam" in people


def test_additional_rank_opens_a_post_at_a_sentence_start() -> None:
    text = (
        "The court sat on Monday.\n\nAdditional Advocate General K. Venkatesan, appearing for the State, "
        "said a survey had been ordered."
    )
    assert _titles(text)["K. Venkatesan"] == ("Additional Advocate General",)


def test_post_inside_a_description_joined_to_another() -> None:
    text = (
        "The petition was filed by K. Venkatesan, a retired Highways Department engineer and resident of "
        "Roeville.\n\nThe case was heard by R. Ilango, a Tamil fiddler and singer who lives nearby."
    )
    orgs = _orgs(text)
    assert _titles(text)["K. Venkatesan"] == ("engineer",)
    assert orgs["K. Venkatesan"] == {"highways department"}
    assert not orgs["R. Ilango"]  # a people's adjective is no organisation


def test_korean_given_name_ending_in_l_or_k() -> None:
    text = "The plant opens in 2027.\n\nThe company's chairman, Yoon Sang-cheol, said the plant would open in 2027."
    assert "Yoon Sang-cheol" in _titles(text)


def test_compound_adjective_is_no_given_name() -> None:
    text = "The plant opens in 2027.\n\nTokyo-listed Corwin Ashdale shares rose, Petra Vollan said."
    assert not any("Tokyo" in name for name in _titles(text))


def test_company_name_then_two_joined_posts() -> None:
    text = "The deal was signed on Monday.\n\nVarnok Motors Chairman and CEO Petra Vollan said the plant would open."
    person = next(p for p in run(text).people if p.name == "Petra Vollan")
    assert person.titles == ("Chairman", "CEO")
    assert {a.organisation_key for a in person.affiliations} == {"varnok motors"}


def test_modifier_word_inside_a_lettered_company_name() -> None:
    text = "The deal was signed on Monday.\n\nQX Energy Systems CEO Petra Vollan said the plant would open."
    assert _titles(text)["Petra Vollan"] == ("CEO",)
    text = "The deal was signed on Monday.\n\nThe Health Minister Petra Vollan said the plant would open."
    assert _titles(text)["Petra Vollan"] == ("Health Minister",)


def test_party_named_with_its_province_stays_whole() -> None:
    text = (
        "Opposition parties were divided. The Quebec Liberal Party's health critic, Petra Vollan, said "
        "the bill was a distraction."
    )
    assert _orgs(text)["Petra Vollan"] == {"quebec liberal party"}


def test_romance_party_name_then_a_post_and_its_holder() -> None:
    text = "The bill passed. Parti Québécois Leader Paul-Émile Vollan said his party would support it."
    person = next(p for p in run(text).people if p.name == "Paul-Émile Vollan")
    assert person.titles == ("Leader",)
    assert {a.organisation_key for a in person.affiliations} == {"parti quebecois"}
    text = "The bill passed. The Partido Socialista Obrero said it would support it."
    assert not run(text).people


def test_capitalised_ministers_portfolio_after_the_name() -> None:
    text = (
        "The ceremony was attended by Dr. Petra Vollan, Minister of Climate Change and Environment; "
        "Corwin Ashdale, Minister of State for Food Security; and farm owners."
    )
    titles = _titles(text)
    assert titles["Petra Vollan"] == ("Minister of Climate Change and Environment",)
    assert titles["Corwin Ashdale"] == ("Minister of State for Food Security",)


def test_secretary_of_a_named_body_keeps_the_body_apart() -> None:
    text = "The strike ended. Petra Vollan, Secretary of the Varnok Workers Union, said the deal was fair."
    person = next(p for p in run(text).people if p.name == "Petra Vollan")
    assert person.titles == ("Secretary",)
    assert {a.organisation_key for a in person.affiliations} == {"varnok workers union"}


def test_wire_agency_and_writer_on_the_last_line_is_a_credit() -> None:
    text = (
        "Farm scheme launched\n\nThe scheme will serve 9,000 farms, Petra Vollan said on Monday.\n\n"
        "The ceremony ended with a tour.\n\nWAM/Corwin Ashdale"
    )
    people = {p.name for p in run(text).people}
    assert "Corwin Ashdale" not in people
    assert "Petra Vollan" in people


def test_spanish_article_opens_a_mines_name_not_a_persons() -> None:
    text = (
        "Varnok Copper said it had halted work at its El Mirador underground mine.\n\n"
        "El Mirador produced 90,000 tons last year, Petra Vollan said."
    )
    people = {p.name for p in run(text).people}
    assert "El Mirador" not in people
    assert "Petra Vollan" in people


def test_hyphenated_law_officers_posts() -> None:
    text = "The report came out. The Auditor-General, Petra Vollan, warned in June that it was late."
    assert _titles(text)["Petra Vollan"] == ("Auditor-General",)


def test_possessive_post_keeps_its_lower_case_field() -> None:
    text = "The fine was set. Petra Vollan, Varnok’s director of enforcement, said it was fair."
    assert _titles(text)["Petra Vollan"] == ("director of enforcement",)
    # A clause after the post is no field of it.
    text = "The fine was set. Petra Vollan, Varnok’s director of enforcement who joined in May, said it was fair."
    assert "director of enforcement who joined in May" not in _titles(text).get("Petra Vollan", ())


def test_possessive_post_stops_before_the_holders_name() -> None:
    text = (
        "The talks went on. Ruritania's Minister of State for Foreign Affairs Petra bin Hamad al-Vollan, "
        "who arrived on Tuesday, said the mediators were busy."
    )
    assert _titles(text)["Petra bin Hamad al-Vollan"] == ("Minister of State for Foreign Affairs",)
    text = "The talks went on. Ruritania's Principal Secretary for Trade, Petra Vollan, said no."
    assert _titles(text)["Petra Vollan"] == ("Principal Secretary for Trade",)


def test_county_assembly_member_letters() -> None:
    text = "The motion was filed. It was sponsored by Mua Ward MCA Corwin Ashdale and signed by 34 members."
    assert _titles(text)["Corwin Ashdale"] == ("MCA",)


def test_member_for_a_portfolio_or_seat_keeps_it() -> None:
    text = (
        "Members tabled a motion to impeach the county executive committee member for Health, Dr Petra "
        "Vollan, over drug shortages.\n\nCorwin Ashdale, the Conservative member for Roeville, said so."
    )
    titles = _titles(text)
    assert titles["Petra Vollan"] == ("county executive committee member for Health",)
    assert titles["Corwin Ashdale"] == ("member for Roeville",)
    # A candidate's seat is no part of the post.
    text = (
        "The vote nears. The Acme Party's candidate for Roeville North, businesswoman Petra Vollan, said so."
    )
    assert "candidate" in _titles(text)["Petra Vollan"]


def test_capitalised_post_serving_someone_in_lower_case() -> None:
    text = (
        "The union struck. Reacting, the Chief Press Secretary to the governor, Petra Vollan, said the "
        "opposition was playing politics."
    )
    assert _titles(text)["Petra Vollan"] == ("Chief Press Secretary",)
    # No post at all: the words before name whom the person serves, no title.
    text = "The union struck. Reacting, the Acme Union to the governor, Petra Vollan, said no."
    assert _titles(text).get("Petra Vollan", ()) == ()


def test_post_in_a_field_of_study_keeps_the_field() -> None:
    text = (
        "The contract was signed. Dr Petra Vollan, a consultant in emergency medicine who returned last "
        "year, said the contract was fine."
    )
    assert _titles(text)["Petra Vollan"] == ("consultant in emergency medicine",)
    # Where someone works is no field of the post.
    text = "The contract was signed. Corwin Ashdale, a teacher in rural Ruritania, said it was fine."
    assert _titles(text)["Corwin Ashdale"] == ("teacher",)


def test_byline_with_an_abbreviated_given_name() -> None:
    text = (
        "Village chief suspended over missing funds\n\n"
        "By: Ma. Petra B. Vollan - Correspondent / @DailyVisayas\n\n"
        "The Ombudsman has suspended a village chief, Corwin Ashdale said."
    )
    people = {p.name for p in run(text).people}
    assert not any("Vollan" in name for name in people)
    assert "Corwin Ashdale" in people


def test_post_a_person_is_named_to_after_as() -> None:
    text = "The department named the senior councillor, Corwin Ashdale, as acting chair."
    assert "acting chair" in _titles(text)["Corwin Ashdale"]
    text = "Corwin Ashdale, as a result, stayed home."
    assert _titles(text).get("Corwin Ashdale", ()) == ()


def test_nickname_after_a_title_and_an_unlisted_given_name() -> None:
    text = "The order was served on Tuesday.\n\nBarangay Chair Rodelan “Dodong” Vollaruz of Roeville was suspended."
    assert _titles(text)["Rodelan Vollaruz"] == ("Barangay Chair",)
    # A quoted word between two runs that are no name's parts joins nothing.
    text = "The order was served on Tuesday.\n\nThe Roeville Council “Action Plan” Committee met."
    assert not run(text).people


def test_one_word_post_before_a_list_of_names_is_each_ones() -> None:
    text = (
        "The order was served on Tuesday. The suspended kagawad Ernesto Vollan Jr., Lourdes dela Ashdale, "
        "Arnel Quib and Maria Theresa Roevil were served the order."
    )
    titles = _titles(text)
    assert "kagawad" in titles["Ernesto Vollan Jr."]
    assert titles["Lourdes dela Ashdale"] == ("kagawad",)
    assert titles["Maria Theresa Roevil"] == ("kagawad",)
    # No list after the name: the next person named keeps no post of hers.
    text = "The suspended kagawad Ernesto Vollan said so. Lourdes Ashdale, a nurse, and Maria Roevil agreed."
    assert "kagawad" not in _titles(text)["Maria Roevil"]


def test_acronym_then_a_regions_name_of_two_words_is_a_branch() -> None:
    text = (
        "Staff of the Department of Rural Works (DRW) served the order. DRW Western Visayas regional "
        "director Petra Vollan said the order stood."
    )
    assert _orgs(text)["Petra Vollan"] == {"department of rural works"}
    # Words after the letters that name no place stay in the organisation's name.
    text = "The DRW Roads Unit director Petra Vollan said the order stood."
    assert _orgs(text).get("Petra Vollan") != {"drw"}
