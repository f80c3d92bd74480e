"""People and their posts in the seventh held-out set's styles (all sentences made up)."""

from app.extract import run
from app.extract.document import split_document
from tests.extract.reading import titles_and_organisations as _person


def _people(text: str) -> list[str]:
    return [p.name for p in run(text).people]


def _orgs(text: str) -> list[str]:
    return [o.name for o in run(text).organisations]


def test_west_african_honorific_before_a_name() -> None:
    text = "The flood displaced hundreds. Alhaji Kolawole Adeniran, a trader, said the water came at night."
    assert _people(text) == ["Kolawole Adeniran"]


def test_post_in_capitals_before_an_association_with_its_holder_in_apposition() -> None:
    text = "The Chairman of the Brookvale Fishmongers Association, Kolawole Adeniran, said the market would close."
    titles, orgs = _person(text, "Kolawole Adeniran")
    assert titles == {"Chairman"}
    assert orgs == {"Brookvale Fishmongers Association"}
    assert "Chairman of the Brookvale Fishmongers Association" not in _orgs(text)


def test_institution_named_after_an_office_keeps_its_name() -> None:
    text = "The Institute of Directors said the rules were too strict."
    assert _orgs(text) == ["Institute of Directors"]
    assert _people(text) == []


def test_police_rank_acronym_before_a_name() -> None:
    text = "The police spokesman, SP Kolawole Adeniran, said three suspects had been arrested."
    titles, _orgs_of = _person(text, "Kolawole Adeniran")
    assert "SP" in titles


def test_org_list_still_takes_a_second_unknown_name() -> None:
    # Without a post before the first organisation, the next capitalised name is another item of the list.
    text = "Shares in Brookvale Holdings and Tarnwick Mercer fell sharply on Monday."
    assert "Tarnwick Mercer" in _orgs(text)


def test_place_named_in_an_association_stays_a_place() -> None:
    text = (
        "Shops were flooded in Brookvale and Tarnwick-Ota on Sunday. "
        "The Tarnwick-Ota Fishmongers Association said it would seek compensation."
    )
    assert "Tarnwick-Ota" not in _orgs(text)


def test_byline_with_post_and_no_comma_is_no_person() -> None:
    text = (
        "Council faces revolt over parking charges\n\n"
        "More than 20 councillors sign letter urging the leader to drop the plan\n\n"
        "Jane Roe Political correspondent\n\n"
        "The council leader, Tom Lee, said the charges would stay."
    )
    document = split_document(text)
    assert document.byline == "Jane Roe"
    assert "Jane Roe" not in _people(text)


def test_by_line_after_a_standfirst_sentence_is_no_person() -> None:
    text = (
        "Tree rings reveal a long drought\n\n"
        "Wood from the highlands records a dry spell far longer than any on record.\n\n"
        "By Jane Roe\n\n"
        "The drought lasted decades, says Tom Lee, a geologist."
    )
    assert split_document(text).byline == "Jane Roe"
    assert _people(text) == ["Tom Lee"]


def test_a_line_naming_an_editor_in_a_sentence_stays_in_the_body() -> None:
    text = "Council budget approved\n\nTom Lee, the editor, said the paper would appeal the ruling."
    assert split_document(text).byline is None
    assert "Tom Lee" in _people(text)


def test_common_given_name_that_is_also_a_rare_word_opens_a_name() -> None:
    assert _people("Tom Brackley said the plan would fail.") == ["Tom Brackley"]
    assert _people("The letter was signed by the MP for Brookvale, Nick Tarrow, and two others.") == [
        "Nick Tarrow"
    ]


def test_given_name_that_is_a_common_word_still_needs_evidence() -> None:
    assert _people("Hope Street was closed on Monday.") == []


def test_scientist_posts_in_apposition_make_an_unknown_name_a_person() -> None:
    text = "The rains failed for decades, says Oduya Kebbede, a dendrochronologist at Brookvale University."
    titles, orgs = _person(text, "Oduya Kebbede")
    assert titles == {"dendrochronologist"}
    assert orgs == {"Brookvale University"}


def test_capitalised_role_word_opening_a_sentence_is_no_part_of_the_name() -> None:
    text = "Referee Jane Roe pointed to the spot."
    assert _people(text) == ["Jane Roe"]
    assert _person(text, "Jane Roe")[0] == {"Referee"}


def test_farmer_and_forecaster_are_roles() -> None:
    titles, _ = _person("In the valley, dairy farmer Tom Brackley moved his herd.", "Tom Brackley")
    assert titles == {"dairy farmer"}


def test_an_unknown_pair_with_no_role_is_still_no_person() -> None:
    assert _people("Oduya Kebbede, the river port, was flooded.") == []


_RELEASE = (
    "Acme Robotics opens plant in Brookvale\n\n"
    "BROOKVALE, May 12, 2025 /PRNewswire/ -- Acme Robotics today announced a new plant.\n\n"
    '"This is a proud day," said Tom Brackley, chief executive of Acme Robotics.\n\n'
    "About Acme Robotics\nAcme Robotics makes warehouse robots.\n\n"
)


def test_media_contacts_block_closing_a_release_is_kept_out_of_the_body() -> None:
    text = _RELEASE + "Media Contacts:\nAcme Robotics\nJane Roe, Head of Communications\nTel: +1 555 0100\n"
    assert "Jane Roe" not in split_document(text).body
    # The press officer the block names is a person of the release (tests/heldout/README.md), read
    # off the block, not the body.
    assert _people(text) == ["Tom Brackley", "Jane Roe"]


def test_contact_in_a_sentence_is_kept() -> None:
    text = _RELEASE + "Customers can contact Jane Roe, the head of communications, for details.\n"
    assert "Jane Roe" in split_document(text).body


def test_role_after_name_with_acronym_after_the_organisation() -> None:
    text = (
        "Jane Roe, a senior crown prosecutor at the Brookvale Prosecution Service (BPS), said it was clear."
    )
    assert _person(text, "Jane Roe") == (
        {"senior crown prosecutor"},
        {"Brookvale Prosecution Service", "BPS"},
    )


def test_role_field_opened_by_a_nationality() -> None:
    text = "Jane Roe, head of European rates strategy at Tarnwick Partners, said the market was divided."
    assert _person(text, "Jane Roe") == ({"head of European rates strategy"}, {"Tarnwick Partners"})


def test_founder_of_a_described_fund() -> None:
    text = "Tom Brackley, founder of the London-based macro hedge fund Tarnwick Capital, said he was selling."
    assert _person(text, "Tom Brackley") == ({"founder"}, {"Tarnwick Capital"})


def test_organisation_then_its_town_then_who() -> None:
    text = (
        '"It is about power," said Jane Roe, a political scientist at Brookvale College in Lancaster '
        "who has studied budgets for years."
    )
    assert _person(text, "Jane Roe") == ({"political scientist"}, {"Brookvale College"})


def test_role_after_name_with_a_lower_case_field_and_no_organisation() -> None:
    text = "Jane Roe, head of rates strategy, said the market was divided."
    assert _person(text, "Jane Roe") == ({"head of rates strategy"}, set())


def test_portfolio_word_that_names_a_party_stays_in_the_title() -> None:
    text = '"Work must pay," Labour Minister Jane Roe told reporters in Paris.'
    assert _person(text, "Jane Roe")[0] == {"Labour Minister"}


def test_sentence_opener_before_a_title_is_still_dropped() -> None:
    text = "Yesterday Minister Jane Roe told reporters in Paris that work must pay."
    assert _person(text, "Jane Roe")[0] == {"Minister"}


def test_member_title_before_a_name_drops_the_seat_and_keeps_the_party() -> None:
    text = (
        "Labour is split. The letter, organised by the Labour MP for Brookvale, Tom Brackley, "
        "urges the chancellor to drop the plan."
    )
    titles, orgs = _person(text, "Tom Brackley")
    assert titles == {"MP"}
    assert "Labour" in orgs


def test_member_title_with_no_party_before_it() -> None:
    text = "The MP for Brookvale, Tom Brackley, said the plan would fail."
    assert _person(text, "Tom Brackley") == ({"MP"}, set())


def test_party_member_in_apposition_is_an_affiliation() -> None:
    text = "Democrats hold the House. Jane Roe, a first-term Democrat widely expected to run again, said no."
    assert _person(text, "Jane Roe")[1] >= {"Democratic Party"}
    text = "Republicans want cuts. Tom Brackley, a Republican from Centre County, disagreed."
    assert "Republican Party" in _person(text, "Tom Brackley")[1]


def test_party_adjective_before_a_role_noun_is_left_to_the_role() -> None:
    text = "Jane Roe, a Democratic strategist, said no."
    titles, _ = _person(text, "Jane Roe")
    assert titles and all("strategist" in title for title in titles)


def test_two_capitalised_posts_joined_after_a_name() -> None:
    text = 'Tarnwick Mobility Ltd. will build a plant. "It works," said Tom Brackley, President and CEO of Tarnwick Mobility.'
    titles, orgs = _person(text, "Tom Brackley")
    # The joined posts as written, and each post on its own.
    assert titles == {"President and CEO", "President", "CEO"}
    assert "Tarnwick Mobility" in orgs


def test_capitalised_post_after_a_name_with_no_organisation_is_no_title() -> None:
    text = '"It works," said Tom Brackley, President and Chief. "We agree."'
    assert _person(text, "Tom Brackley")[0] == set()


def test_title_then_its_scope_then_the_name() -> None:
    text = "But the party's Publicity Secretary in the state, Mr Kolawole Adeniran, dismissed the criticism."
    assert _person(text, "Kolawole Adeniran")[0] == {"Publicity Secretary"}


def test_title_then_a_place_phrase_is_not_read_across() -> None:
    text = "The Publicity Secretary spoke in the capital, Mr Kolawole Adeniran said later."
    assert _person(text, "Kolawole Adeniran")[0] == set()


def test_role_of_a_party_with_its_acronym_and_race_before_the_name() -> None:
    text = (
        "The governorship candidate of the Brookvale People's Party (BPP) in the 2023 election, "
        "Dr Kolawole Adeniran, said the plan was wrong."
    )
    titles, orgs = _person(text, "Kolawole Adeniran")
    assert titles == {"governorship candidate"}
    assert "BPP" in orgs


def test_role_before_a_name_after_an_unrelated_election_phrase() -> None:
    text = "After a campaign of rallies in the 2023 election, Kolawole Adeniran said the plan was wrong."
    assert _person(text, "Kolawole Adeniran")[0] == set()


def test_spokeswoman_for_a_named_politician_before_the_name() -> None:
    text = "A spokeswoman for Mr. Brackley, Jane Roe, declined to comment."
    assert _person(text, "Jane Roe")[0] == {"spokeswoman"}


def test_voting_for_a_politician_gives_the_next_name_no_title() -> None:
    text = "He voted for Mr. Brackley, Jane Roe said."
    assert _person(text, "Jane Roe")[0] == set()


def test_organisation_word_before_a_role_is_the_organisation_that_has_it_in_its_name() -> None:
    text = (
        "The Bureau of Meteorology issued a warning. The Brookvale Emergency Agency ordered evacuations. "
        "Bureau senior hydrologist Tom Brackley said a second peak was possible."
    )
    assert _person(text, "Tom Brackley") == ({"senior hydrologist"}, {"Bureau of Meteorology"})


def test_council_word_before_a_role_still_finds_the_council() -> None:
    text = "Brookvale City Council voted on Monday. Council leader Tom Brackley said the vote was close."
    assert "Brookvale City Council" in _person(text, "Tom Brackley")[1]


def test_role_and_place_opening_the_sentence_before_the_name() -> None:
    text = "It rained. A community leader in Brookvale, Kolawole Adeniran, said many had lived there."
    assert "community leader" in _person(text, "Kolawole Adeniran")[0]


def test_role_and_place_inside_the_sentence_is_no_apposition() -> None:
    text = "She met a lawyer in Brookvale, Jane Roe said."
    assert _person(text, "Jane Roe")[0] == set()
