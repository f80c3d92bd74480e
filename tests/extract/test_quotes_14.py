"""Quotes and speakers, set 14: a body's own survey, unnamed officials mid-paragraph, a body's leader by
post, quote paragraphs after reported speech, unnamed groups and relative clauses, trailing cues with
comparisons and dates, acronyms written as words (all sentences made up)."""

from tests.extract.reading import direct_quotes as _direct
from tests.extract.reading import indirect_quotes as _indirect
from tests.extract.reading import speaker_of
from tests.extract.reading import speaker_starting as _speaker

# --- "according to a Reuters survey" ------------------------------------------------------------------


def test_a_survey_a_body_names_is_that_bodys() -> None:
    text = (
        "Output\n\nThe Vellmar Statistics Bureau published its yearbook on Monday.\n\n"
        "Two provinces have repeatedly missed their targets, according to a Vellmar Statistics Bureau survey."
    )
    assert speaker_of(text, "Two provinces") == "vellmar statistics bureau"


def test_a_survey_without_a_named_body_has_no_speaker() -> None:
    text = (
        "Output\n\nThe Vellmar Statistics Bureau published its yearbook on Monday.\n\n"
        "Two provinces have repeatedly missed their targets, according to a recent survey."
    )
    assert _speaker(_indirect(text), "Two provinces") is None


# --- "said €6.5 million had been allocated" ---------------------------------------------------------


def test_a_clause_may_open_with_a_currency_sign() -> None:
    text = "Plant\n\nThe Ministry of Water said €6.5 million had been allocated for a new treatment plant."
    assert _speaker(_indirect(text), "€6.5 million had been") == "ministry of water"


def test_a_sum_added_to_a_budget_is_no_clause() -> None:
    text = "Plant\n\nThe Ministry of Water added €6.5 million to the treatment plant's budget last year."
    assert _indirect(text) == []


# --- "… last month. A Velmark Mining official said the plan was “on hold”." ------------------------


_MINE = "Mine\n\nVelmark Mining Ltd bought the site last year. "


def test_an_unnamed_official_of_a_body_gives_a_partial_quote_no_speaker_mid_paragraph() -> None:
    text = (
        _MINE + 'A Velmark Mining official said the expansion would go ahead "in the usual way" next spring.'
    )
    assert _speaker(_direct(text), "in the usual way") is None


def test_a_body_that_speaks_itself_mid_paragraph_keeps_the_partial_quote() -> None:
    text = _MINE + 'Velmark Mining said the expansion would go ahead "in the usual way" next spring.'
    assert _speaker(_direct(text), "in the usual way") == "velmark mining ltd"


# --- "A Velmark spokesperson said" after "Velmark Mining Ltd" ------------------------------------------


def test_a_spokesperson_of_a_body_called_by_its_first_word_speaks_for_it() -> None:
    text = _MINE + "A Velmark spokesperson said the company would appeal against the fine."
    assert _speaker(_indirect(text), "the company would appeal") == "velmark mining ltd"


def test_a_first_word_two_bodies_share_names_neither() -> None:
    text = (
        "Mine\n\nVelmark Mining Ltd and Velmark Energy bought the site last year. "
        "A Velmark spokesperson said the company would appeal against the fine."
    )
    assert _speaker(_indirect(text), "the company would appeal") is None


# --- "the head of the Harbour Authority said", "The Harbour Authority chief said" ----------------------

_HARBOUR = (
    "Harbour\n\nTraffic through the port fell by half in the first six months, the head of the Tollan Harbour "
    "Authority said on Sunday.\n\nAdmiral Marek Oduya, chairman and managing director of the Tollan Harbour "
    "Authority, told a press conference that 4,412 vessels had called at the port.\n\n"
)


def test_the_head_of_a_body_is_the_one_person_named_leading_it() -> None:
    assert _speaker(_indirect(_HARBOUR), "Traffic through the port") == "marek oduya"


def test_the_chief_of_a_body_is_the_one_person_named_leading_it() -> None:
    text = (
        _HARBOUR
        + "The Tollan Harbour Authority chief said the port was offering rebates of up to 15 percent."
    )
    assert _speaker(_indirect(text), "the port was offering") == "marek oduya"


def test_the_head_of_a_body_whose_leader_is_not_named_is_no_one() -> None:
    text = (
        "Harbour\n\nTraffic through the port fell by half, the head of the Tollan Harbour Authority said on "
        "Sunday.\n\nMarek Oduya, a pilot at the Tollan Harbour Authority, said 4,412 vessels had called."
    )
    assert _speaker(_indirect(text), "Traffic through the port") is None


# --- a quote paragraph after reported speech; "…,” the Lisbon captain said." --------------------------

_MATCH = (
    "Match\n\nCaptain Ruta Venclova scored twice for the visitors.\n\n"
    '"We were careless with the ball," Venclova said.\n\n'
    "She said the side had come back from worse deficits before and would not give up.\n\n"
)


def test_a_quote_paragraph_goes_on_in_the_words_of_the_reported_speech_before() -> None:
    text = _MATCH + '"This team has been here before. We will see what we are made of."'
    assert _speaker(_direct(text), "This team has been here") == "ruta venclova"


def test_a_quote_paragraph_with_its_own_unnamed_cue_is_not_the_reported_speakers() -> None:
    text = _MATCH + '"This team has been here before," a supporter who asked not to be named said.'
    assert _speaker(_direct(text), "This team has been here") is None


def test_a_role_qualified_by_a_capitalised_word_is_its_one_named_holder() -> None:
    text = (
        "Match\n\nTeam captain Ruta Venclova scored twice for the visitors from Lisbon.\n\n"
        "The hosts had the better of the second half.\n\n"
        '"We were careless with the ball," the Lisbon captain said.'
    )
    assert _speaker(_direct(text), "We were careless") == "ruta venclova"


# --- "according to the town's planning department" -------------------------------------------------

_PERMITS = "Housing\n\nThe Ministry of Infrastructure said it would assess the request.\n\n"


def test_a_towns_own_department_is_not_the_ministry_named_before() -> None:
    text = (
        _PERMITS + "The first permits could be issued next year, according to the town's planning department."
    )
    assert _speaker(_indirect(text), "The first permits") is None


def test_a_citys_department_whose_work_a_named_body_holds_is_that_body() -> None:
    text = (
        "Housing\n\nThe Department of Planning and Housing said it would assess the request.\n\n"
        "The first permits could be issued next year, according to the city's planning department."
    )
    assert _speaker(_indirect(text), "The first permits") == "department of planning and housing"


# --- "Herders in Zavkhan said", "…, meteorologists said", "traders in the district of X, near Y," ----

_DROUGHT = "Drought\n\nThe Ministry of Agriculture said it would send feed.\n\n"


def test_a_capitalised_plural_of_people_opening_the_sentence_is_an_unnamed_voice() -> None:
    text = _DROUGHT + "Herders in the north said the loss of animals had already cut their incomes sharply."
    assert _speaker(_indirect(text), "the loss of animals") is None


def test_a_trailing_plural_of_people_is_an_unnamed_voice() -> None:
    text = _DROUGHT + "No significant rain is forecast for the region before September, meteorologists said."
    assert _speaker(_indirect(text), "No significant rain") is None


def test_a_group_in_a_named_district_near_a_place_is_an_unnamed_voice() -> None:
    text = (
        _DROUGHT
        + "Traders in the border district of Kalomo, near Livingstone, said the ban would push trade underground."
    )
    assert _speaker(_indirect(text), "the ban would push") is None


def test_a_capitalised_plural_alone_may_be_a_name() -> None:
    text = _DROUGHT + "Herders said the loss of animals had already cut their incomes sharply."
    assert not [q for q in _indirect(text) if q[1] is None and "loss of animals" in q[0]]


def test_a_plural_noun_with_no_reporting_verb_gives_no_clause() -> None:
    text = _DROUGHT + "Herders in the north lost half their animals, and the rest are weak."
    assert _indirect(text)[1:] == []


# --- trailing cues: a comparison before the description, a date after the verb, a long "after" -------


def test_a_comparison_before_a_trailing_description_keeps_the_clause() -> None:
    text = (
        "Results\n\nZentrix Labs Inc. reported its results on Monday.\n\n"
        "Net income came to $18.6 million, or 31 cents a share, compared with $31.5 million a year "
        "earlier, the company said."
    )
    assert _speaker(_indirect(text), "Net income came to") == "zentrix labs inc."


def test_a_date_after_the_trailing_verb() -> None:
    text = (
        _DROUGHT
        + "More than 4.2 million animals have died since the winter began, the ministry reported on March 11."
    )
    assert _speaker(_indirect(text), "More than 4.2 million") == "ministry of agriculture"


def test_a_long_after_phrase_after_the_trailing_cue() -> None:
    text = _DROUGHT + (
        "The country has banned maize exports, the ministry said Wednesday, after the price of the staple "
        "food tripled in less than a year following a drought that destroyed much of the harvest in the south."
    )
    assert _speaker(_indirect(text), "The country has banned") == "ministry of agriculture"


def test_a_comparison_with_no_reporting_verb_gives_no_clause() -> None:
    text = (
        _DROUGHT
        + "Net income came to $18.6 million, compared with $31.5 million a year earlier, the best since 2019."
    )
    assert _indirect(text)[1:] == []


# --- "…, but according to market sources, its committee has begun …" --------------------------------


def test_a_second_clause_opening_with_its_source() -> None:
    text = _DROUGHT + (
        "The fund has not said how it will vote, but according to market sources, its committee has begun "
        "reviewing the proposals."
    )
    assert _speaker(_indirect(text), "its committee has begun") is None


def test_a_second_clause_opening_with_a_named_source() -> None:
    text = _DROUGHT + (
        "The fund has not said how it will vote, but according to the Ministry of Agriculture, its committee "
        "has begun reviewing the proposals."
    )
    assert _speaker(_indirect(text), "its committee has begun") == "ministry of agriculture"


def test_according_to_with_no_comma_after_its_source_opens_no_second_clause() -> None:
    text = (
        _DROUGHT + "The fund has not said how it will vote, and according to custom it never will before May."
    )
    assert not [t for t, _ in _indirect(text) if t.startswith("it never will")]


# --- "Jane Roe last week told Parliament that …" ---------------------------------------------------


def test_a_time_between_the_subject_and_the_verb() -> None:
    text = (
        _DROUGHT
        + "Energy minister Tendai Moyo last week told Parliament that the ministry would review all contracts."
    )
    assert _speaker(_indirect(text), "the ministry would review") == "tendai moyo"


def test_last_week_as_the_object_is_no_subject_gap() -> None:
    text = _DROUGHT + "Tendai Moyo spent last week in Parliament, and the herders went home."
    assert _indirect(text)[1:] == []


# --- "The Prosecution confirmed to BIRN on Monday that …" with no reference for the subject -----------


def test_an_unresolved_subject_before_confirmed_that() -> None:
    text = _DROUGHT + "The Prosecution confirmed to reporters on Monday that it was investigating the award."
    assert _speaker(_indirect(text), "it was investigating") is None


def test_confirmed_with_an_object_and_no_that_gives_no_clause() -> None:
    text = _DROUGHT + "The Prosecution confirmed the charges on Monday."
    assert _indirect(text)[1:] == []


# --- "Rera, the regulatory arm of …, said" after "the Real Estate Regulatory Agency" ------------------

_AGENCY = "Homes\n\nThe Real Estate Regulatory Agency was set up in 2007 to oversee developers.\n\n"


def test_an_acronym_written_as_a_word_is_the_body_it_spells() -> None:
    text = _AGENCY + "Rera, the regulatory arm of the land department, said it would require escrow accounts."
    assert _speaker(_indirect(text), "it would require") == "real estate regulatory agency"


def test_a_word_that_spells_no_named_body_is_no_speaker() -> None:
    text = _AGENCY + "Reda, a broker in the marina, said prices would fall by a tenth next year."
    assert all(s != "real estate regulatory agency" for _, s in _indirect(text))


# --- "In Bengaluru, Karnataka's Water Minister told reporters that …", "Its government announced …" --


def test_a_place_set_before_an_unresolved_subject() -> None:
    text = _DROUGHT + "In Bengaluru, Karnataka's Water Minister told reporters that the reservoirs were low."
    assert _speaker(_indirect(text), "the reservoirs were low") is None


def test_a_possessive_pronoun_subject_no_reference_stands_for() -> None:
    text = "Bans\n\nDenmark has gone furthest. Its government announced in May that it wants a ban for under-15s."
    assert _speaker(_indirect(text), "it wants a ban") is None


def test_a_place_set_before_a_subject_with_no_reporting_verb_gives_no_clause() -> None:
    text = _DROUGHT + "In Bengaluru, Karnataka's Water Minister opened a new reservoir."
    assert _indirect(text)[1:] == []


# --- "…, according to the Union of Greek Shipowners, which said in its annual report in June that …" --


def test_a_body_which_said_in_its_report_that() -> None:
    text = _DROUGHT + (
        "Herders lost a fifth of their animals, according to the Herders Union of Mongolia, which said in its "
        "annual report in June that the national herd had shrunk to 60 million head."
    )
    assert _speaker(_indirect(text), "the national herd had shrunk") == "herders union of mongolia"


def test_a_body_which_estimates_that() -> None:
    text = _DROUGHT + (
        "The leopard is listed as endangered by the Wildlife Trust of Oman, which estimates that fewer than "
        "200 adults remain in the wild."
    )
    assert _speaker(_indirect(text), "fewer than 200 adults") == "wildlife trust of oman"


def test_a_body_which_reported_a_thing_that_was_done_gives_no_clause() -> None:
    text = _DROUGHT + "The herd was counted by the Wildlife Trust of Oman, which reported the losses in June."
    assert _indirect(text)[1:] == []


# --- "…, but warned that “risks remain.”"; "said at the signing ceremony, held at the ministry" -------


def test_a_second_clause_all_in_quotes_is_the_direct_quote_alone() -> None:
    text = _DROUGHT + (
        "The Ministry of Agriculture said that feed prices had eased in the third quarter, but warned that "
        '"risks to the herds remain, particularly from the late frosts."'
    )
    assert [t for t, _ in _indirect(text)][1:] == ["feed prices had eased in the third quarter"]
    assert _speaker(_direct(text), "risks to the herds") == "ministry of agriculture"


def test_a_second_clause_with_a_partial_quote_is_still_listed() -> None:
    text = _DROUGHT + (
        "The Ministry of Agriculture said that feed prices had eased in the third quarter, but warned that "
        'the risks to the herds remained "serious" this winter.'
    )
    assert _speaker(_indirect(text), "the risks to the herds") == "ministry of agriculture"


def test_the_occasion_described_after_the_cue_is_no_clause() -> None:
    text = (
        _DROUGHT
        + '"This is not a luxury," minister Jane Haddad said at the signing ceremony, held at the ministry.'
    )
    assert _indirect(text)[1:] == []


def test_a_participle_inside_the_reported_clause_is_kept() -> None:
    text = _DROUGHT + "Minister Jane Haddad said talks held at the ministry had failed."
    assert _speaker(_indirect(text), "talks held at the ministry") == "jane haddad"


# --- "Yuki" is given to women and men alike -----------------------------------------------------------


def test_she_after_a_person_with_a_unisex_given_name() -> None:
    text = _DROUGHT + (
        "Hunters are paid little, said Masaru Oda of the hunting association.\n\n"
        '"Shooting alone will not solve it," said Yuki Hamada, an ecologist at the university.\n\n'
        "She said the government should also fund electric fences."
    )
    assert _speaker(_indirect(text), "the government should also fund") == "yuki hamada"


# --- "An IMF review mission, which visited Colombo in May, said …" ------------------------------------


def test_a_mission_a_body_sent_speaks_for_it() -> None:
    text = _DROUGHT + (
        "A World Bank review mission, which visited the capital in May, said in its end-of-mission statement "
        "that feed subsidies were costly."
    )
    assert _speaker(_indirect(text), "feed subsidies were costly") == "world bank"


def test_a_mission_of_a_body_that_did_not_speak_gives_no_clause() -> None:
    text = _DROUGHT + "A World Bank review mission visited the capital in May."
    assert _indirect(text)[1:] == []


# --- "Rights groups have raised concerns that …" -------------------------------------------------------


def test_concerns_raised_by_an_unnamed_group() -> None:
    text = _DROUGHT + "Rights groups have also raised concerns that the feed would reach only large herds."
    assert _speaker(_indirect(text), "the feed would reach") is None


def test_concerns_raised_by_a_named_body() -> None:
    text = _DROUGHT + "The Ministry of Agriculture has voiced fears that the frost would kill more animals."
    assert _speaker(_indirect(text), "the frost would kill") == "ministry of agriculture"


def test_concerns_a_thing_raised_are_no_ones_words() -> None:
    text = _DROUGHT + "The plan raised concerns that it would cost jobs."
    assert _indirect(text)[1:] == []


# --- "…, ABC News' affiliate WFTS reported." ---------------------------------------------------------


def test_a_body_named_after_its_owners_possessive_speaks() -> None:
    text = (
        "Storm\n\nNorthwind Media owns a string of stations, among them KTVX.\n\n"
        "Traffic was at a crawl for much of Tuesday night, Northwind Media's affiliate KTVX reported."
    )
    assert _speaker(_indirect(text), "Traffic was at a crawl") == "ktvx"


def test_an_owners_possessive_before_a_thing_is_no_speaker_change() -> None:
    text = (
        "Storm\n\nNorthwind Media owns a string of stations.\n\n"
        "Traffic was at a crawl for much of Tuesday night, Northwind Media reported."
    )
    assert _speaker(_indirect(text), "Traffic was at a crawl") == "northwind media"


# --- "a measure that provincial officials say falls short", "groups who say they were not consulted" --


def test_a_relative_clause_an_unnamed_group_says_with_a_plain_verb() -> None:
    text = (
        _DROUGHT
        + "The ministry will send feed, a measure that provincial officials say falls short of what herders need."
    )
    assert _speaker(_indirect(text), "falls short of what") is None


def test_which_the_authors_say() -> None:
    text = _DROUGHT + "Of the 51 animals counted, 14 were young, which the authors say is a sign of recovery."
    assert _speaker(_indirect(text), "is a sign of recovery") is None


def test_a_group_who_say() -> None:
    text = (
        _DROUGHT
        + "The licence was granted despite objections from environmental groups who say they were not consulted."
    )
    assert _speaker(_indirect(text), "they were not consulted") is None


def test_a_group_who_say_nothing_gives_no_clause() -> None:
    text = _DROUGHT + "The licence was granted despite objections from environmental groups who met in May."
    assert _indirect(text)[1:] == []


# --- "Uisce Éireann said", "In a statement this afternoon, …", ", volcanologist Dr. Jane Roe, stressed" --

_WATER = "Water\n\nPeople in the west were told to boil their water.\n\n"


def test_an_unresolved_name_with_an_accented_capital_says() -> None:
    text = _WATER + "Uisce Éireann said the money had been allocated for a new plant."
    assert _speaker(_indirect(text), "the money had been") is None


def test_a_time_with_this_before_an_unresolved_subject() -> None:
    text = (
        _WATER
        + "In a statement this afternoon, Uisce Éireann said the money had been allocated for a new plant."
    )
    assert _speaker(_indirect(text), "the money had been") is None


def test_a_pronoun_subject_after_the_statement_is_not_unresolved() -> None:
    text = _WATER + "In a statement this afternoon, this said the money had been allocated for a new plant."
    assert not [t for t, _ in _indirect(text) if t.startswith("the money")]


def test_role_words_and_a_courtesy_title_before_an_appositive_name() -> None:
    text = _WATER + (
        "The report's lead author, volcanologist Dr. Sigrun Einarsdottir, stressed that the risk was low."
    )
    assert _speaker(_indirect(text), "the risk was low") == "sigrun einarsdottir"


# --- "The Democratic Renewal Party (DRP) politician said" after naming her ------------------------------


def test_a_party_politician_is_the_person_just_named() -> None:
    text = (
        "Smelter\n\nThe Democratic Renewal Party won ten seats in May.\n\n"
        "Dewi Lestari, a member of the energy commission, said the commission would summon the ministry.\n\n"
        "The Democratic Renewal Party (DRP) politician said the government had been too focused on exports."
    )
    assert _speaker(_indirect(text), "the government had been too focused") == "dewi lestari"


def test_a_party_politician_after_two_people_is_no_one() -> None:
    text = (
        "Smelter\n\nThe Democratic Renewal Party won ten seats in May.\n\n"
        "Dewi Lestari and Budi Santoso, members of the energy commission, said the commission would act.\n\n"
        "The Democratic Renewal Party (DRP) politician said the government had been too focused on exports."
    )
    assert not [s for t, s in _indirect(text) if t.startswith("the government had been") and s]


def test_the_ward_office_is_not_the_police_office_named_before() -> None:
    text = (
        "Landslide\n\nThe District Police Office said 40 personnel had been sent.\n\n"
        "Among the missing are a mother and her two sons, according to the ward office."
    )
    assert _speaker(_indirect(text), "Among the missing") is None


def test_a_plural_possessive_before_an_unnamed_group() -> None:
    text = _DROUGHT + "Lorry drivers' associations said at least 300 vehicles were stranded on the highway."
    assert _speaker(_indirect(text), "at least 300 vehicles") is None


def test_associations_that_did_not_speak_give_no_clause() -> None:
    text = _DROUGHT + "Lorry drivers' associations blocked the highway for three days."
    assert _indirect(text)[1:] == []
