"""Quotes and speakers, round twelve: a pronoun after a quote passes over the people the quote names, a
role that covers a place before its holder's name, an organisation's owners named in an appositive."""

from app.extract import run
from tests.extract.reading import speaker_of as _speaker


def test_pronoun_after_a_quote_is_not_someone_the_quote_names() -> None:
    text = (
        "Rovers lost at home on Saturday.\n\n"
        "Rovers manager Dennis Oakridge said he was not worried about the defence.\n\n"
        '"We gave Hallam two chances. Against a side like that, you cannot do it," he said.'
    )
    assert _speaker(text, "We gave Hallam") == "dennis oakridge"


def test_pronoun_after_a_quote_naming_no_one_keeps_the_earlier_subject() -> None:
    text = (
        "Rovers lost at home on Saturday.\n\n"
        "Rovers manager Dennis Oakridge said he was not worried.\n\n"
        '"We gave them two chances. You cannot do it," he said.'
    )
    assert _speaker(text, "We gave them") == "dennis oakridge"


def test_role_for_a_region_before_the_holders_name() -> None:
    text = (
        "A boil notice was issued for 4,000 homes.\n\n"
        '"We regret the inconvenience," Northvale Water\'s operations manager for Kesteven, Ruth Abernethy, said.'
    )
    assert _speaker(text, "We regret") == "ruth abernethy"


def test_role_after_a_descriptors_possessive_then_the_name() -> None:
    text = (
        "Coastwatch Alliance said it had recorded four spills.\n\n"
        '"This is the first time," said the group\'s coordinator, Tomas Vilander.'
    )
    assert _speaker(text, "This is the first time") == "tomas vilander"


def test_the_company_is_the_subject_not_its_owners_in_the_appositive() -> None:
    text = (
        "Regulators suspended the permit of Kestrel Nickel Ltd on Monday.\n\n"
        "Kestrel Nickel, a joint venture between Arden Mining Corp and Holloway Metals Inc, runs two lines.\n\n"
        'In a statement, the company said it "respects the decision".'
    )
    assert _speaker(text, "respects the decision") == "kestrel nickel ltd"


def test_the_company_after_a_plain_list_is_the_last_named() -> None:
    text = (
        "Shares in Arden Mining Corp and Holloway Metals Inc rose on Monday.\n\n"
        'In a statement, the company said it "welcomes the decision".'
    )
    assert _speaker(text, "welcomes the decision") == "holloway metals inc"


def test_byline_line_with_a_posted_date_marks_a_standfirst() -> None:
    text = (
        "Clinic hours cut across the valley\n\n"
        "Board says it has no choice; mayor calls it 'a betrayal'\n\n"
        "Jane Doe · Valley News · Posted: Mar 3, 2025 6:00 AM CST | Last Updated: 1 hour ago\n\n"
        "The Riverbend Health Board said the clinics will close at 5 p.m. from Monday.\n\n"
        "Patients will be sent to the city hospital, 40 kilometres away.\n"
    )
    quotes = run(text).quotes
    assert all("no choice" not in q.text and q.text != "a betrayal" for q in quotes)
    assert any("the clinics will close" in q.text for q in quotes)


def test_a_descriptor_modifier_in_one_bodys_name() -> None:
    text = (
        "Clinics to close\n\n"
        "Lakeshore Mountain Health says it has no option.\n\n"
        "Lakeshore Mountain Health said the closures begin Jan. 27.\n\n"
        "In a release, the health authority said eight posts were vacant."
    )
    assert _speaker(text, "eight posts were vacant") == "lakeshore mountain health"


def test_a_statement_said_in_by_a_person_is_hers() -> None:
    text = (
        "Clinics will close overnight.\n\n"
        "Nurses at the RN desk were told on Monday.\n\n"
        "Health Minister Dora Whitlock said in a statement that 1,000 nurses had been hired.\n\n"
        '"These closures are temporary," the statement said.'
    )
    assert _speaker(text, "These closures are temporary") == "dora whitlock"


def test_put_it_is_the_idioms_object_not_a_speaker() -> None:
    text = (
        "Seaweed season\n\n"
        "The Caribbean Tourism Board has advised visitors to avoid the beaches.\n\n"
        'As one hotel manager in Bridgetown put it: "We ask when, not if."'
    )
    assert _speaker(text, "We ask when") is None


def test_it_as_the_subject_of_put_it_still_speaks() -> None:
    text = 'Prices up\n\nHollins Corp raised prices again. As it put it: "We had no choice."'
    assert _speaker(text, "We had no choice") == "hollins corp"


def test_an_organisations_team_speaks_for_it() -> None:
    text = (
        "Seaweed season\n\n"
        "The Caribbean Tourism Board (CTB) tracks the season.\n\n"
        "CTB's beach monitoring team said in its May bulletin that arrivals fell, but warned that "
        "cleaning would go on."
    )
    assert _speaker(text, "arrivals fell") == "caribbean tourism board"
    assert _speaker(text, "cleaning would go on") == "caribbean tourism board"


def test_a_researcher_and_her_team_found() -> None:
    text = (
        "Seaweed season\n\n"
        "Dr Ines Calloway, a chemist at the University of Leeds in England, and her team found that "
        "nitrogen reaches the sea through rivers."
    )
    assert _speaker(text, "nitrogen reaches the sea") == "ines calloway"


def test_research_led_by_someone_suggests_with_no_speaker() -> None:
    text = (
        "Seaweed season\n\n"
        "The first cause is nutrients. Research led by oceanographer Tomas Brandvold at the University of "
        "Leeds suggests that winter mixing has brought rich water to the surface, giving the weed a boost.\n\n"
        '"Think of it as compost," Brandvold told me.'
    )
    assert _speaker(text, "winter mixing has brought") is None
    assert _speaker(text, "Think of it as compost") == "tomas brandvold"


def test_the_researcher_after_one_unnamed_researcher_is_no_one() -> None:
    text = (
        "Router flaw\n\n"
        "Mara Quennell, an independent researcher, wrote that the bug was old.\n\n"
        "One researcher who asked not to be named because of a contract was blunter.\n\n"
        '"These boxes will be on shelves for years," the researcher said.'
    )
    assert _speaker(text, "These boxes will be") is None


def test_the_researcher_after_the_named_one_is_her() -> None:
    text = (
        "Router flaw\n\n"
        "Mara Quennell, an independent researcher, wrote that the bug was old.\n\n"
        '"These boxes will be on shelves for years," the researcher said.'
    )
    assert _speaker(text, "These boxes will be") == "mara quennell"


def test_according_to_scans_by_a_body_then_its_description() -> None:
    text = (
        "Router flaw\n\n"
        "According to scans by the Ostwind Foundation, a nonprofit that tracks exposed devices, about "
        "410,000 interfaces are reachable from the internet."
    )
    extraction = run(text)
    (quote,) = [q for q in extraction.quotes if q.kind == "indirect"]
    assert quote.text.startswith("about 410,000")
    assert quote.speaker_key == "ostwind foundation"


def test_added_something_to_a_list_is_no_speech() -> None:
    text = (
        "Router flaw\n\n"
        "On Wednesday, the Federal Cyber Agency added the flaw to its catalogue, which requires affected "
        "agencies to patch.\n\n"
        "The minister added the move to the capital would cost $2 billion."
    )
    quotes = run(text).quotes
    assert not any("catalogue" in q.text for q in quotes)
    assert any(q.text.startswith("the move to the capital") for q in quotes)


def test_a_second_speakers_clause_after_a_mid_sentence_cue() -> None:
    text = (
        "Router flaw\n\n"
        "Attackers are exploiting a flaw in routers made by Veltron Systems Inc, researchers said Thursday, "
        "and the company says a fix for older models won't be ready until November."
    )
    assert _speaker(text, "a fix for older models") == "veltron systems inc"
    assert _speaker(text, "Attackers are exploiting") is None


def test_officials_opening_a_sentence_are_no_named_speaker() -> None:
    text = "Road project\n\nThe first phase was finished in May. Officials said it cost more than 30 billion birr."
    assert _speaker(text, "it cost more than") is None


def test_a_named_body_still_speaks() -> None:
    text = "Road project\n\nThe World Bank said it received more than 900 complaints about the project."
    assert _speaker(text, "it received more than") == "world bank"


def test_the_report_found_according_to_its_issuer() -> None:
    text = (
        "Evictions\n\n"
        "The Harbour City Council approved the demolitions in May.\n\n"
        "The Human Rights Watch report was published on Tuesday.\n\n"
        "The report also found that tenants had not been offered new homes, according to Amnesty International."
    )
    assert _speaker(text, "tenants had not been offered") == "amnesty international"


def test_trailing_cue_in_a_statement_to_an_exchange_with_its_acronym() -> None:
    text = (
        "Results\n\n"
        "Harrow Freight Ltd reported results on Tuesday.\n\n"
        "Net profit rose to Dh212 million ($57.7m) in the three months to June, from Dh158 million a year "
        "earlier, the company said in a statement to the Abu Dhabi Securities Exchange (ADX) on Tuesday."
    )
    extraction = run(text)
    (quote,) = [q for q in extraction.quotes if q.kind == "indirect"]
    assert quote.text.startswith("Net profit rose")
    assert quote.speaker_key == "harrow freight ltd"


def test_trailing_cue_in_its_quarterly_review() -> None:
    text = (
        "Growth\n\n"
        "The Reserve Bank of Fiji expects growth of about 3 per cent this year, supported by tourism, "
        "it said in its latest quarterly review."
    )
    assert _speaker(text, "expects growth of about") == "reserve bank of fiji"


def test_added_a_try_is_no_speech_but_added_a_clause_is() -> None:
    text = (
        "Rugby\n\n"
        "Centre Jamie Dunmore added a third try as the side made it three wins from four.\n\n"
        "The coach added the team would travel on Monday."
    )
    quotes = run(text).quotes
    assert not any("third try" in q.text for q in quotes)
    assert any(q.text.startswith("the team would travel") for q in quotes)


def test_a_thing_that_critics_say_is_reported_with_no_speaker() -> None:
    text = (
        "Media law\n\n"
        "The court jailed two reporters in a case that rights groups say is part of a wider crackdown.\n\n"
        "Parliament passed a law last year that critics say is modeled on a foreign statute, and a new "
        "rule requires outlets to register."
    )
    quotes = {q.text: q.speaker_key for q in run(text).quotes if q.kind == "indirect"}
    assert quotes == {
        "is part of a wider crackdown": None,
        "is modeled on a foreign statute": None,
    }


def test_officials_denied_that_up_to_a_participle() -> None:
    text = (
        "Media law\n\n"
        "The ruling comes amid pressure.\n\n"
        "Officials have repeatedly denied that journalists are being targeted for their work, insisting that "
        "the law applies to all."
    )
    quotes = [q for q in run(text).quotes if q.kind == "indirect"]
    assert [q.text for q in quotes] == ["journalists are being targeted for their work"]
    assert quotes[0].speaker_key is None


def test_a_quoted_label_before_its_noun_is_no_quote() -> None:
    text = (
        "Peso\n\n"
        'The minister said the gap with the parallel "blue" dollar had narrowed, and urged readers to use the '
        '"Report a fault" page of the website.'
    )
    texts = {q.text for q in run(text).quotes}
    assert "blue" not in texts
    assert "Report a fault" not in texts


def test_an_evaluative_quote_before_a_noun_stays_a_quote() -> None:
    text = (
        "Strike\n\n"
        'The minister said the government had made a "fair and reasonable" offer, and the union attacked '
        'what it called the board\'s "take-it-or-leave-it" approach.'
    )
    texts = {q.text for q in run(text).quotes}
    assert "fair and reasonable" in texts
    assert "take-it-or-leave-it" in texts


def test_a_body_which_said_that_with_partial_quotes() -> None:
    text = (
        "Media law\n\n"
        "The reporters were detained in raids by officers of the State Security Service (SSS), which said at "
        'the time that the outlet had taken money from "foreign donors" to "stir up the streets" in the country.'
    )
    assert _speaker(text, "the outlet had taken money") == "state security service"
    assert _speaker(text, "foreign donors") == "state security service"
    assert _speaker(text, "stir up the streets") == "state security service"


def test_which_said_after_a_place_is_no_bodys_clause() -> None:
    text = "Media law\n\nThe reporters were held in Osh, which said nothing to them, until they left the country."
    assert not any(q.kind == "indirect" for q in run(text).quotes)


def test_slammed_as_a_quoted_noun() -> None:
    text = (
        "Shipyards\n\n"
        'The Harbour Workers\' Union, however, slammed the measure as a "stopgap" that ignores low wages.'
    )
    assert _speaker(text, "stopgap") == "harbour workers' union"


def test_residents_of_two_places_say_with_no_speaker() -> None:
    text = (
        "Water outage\n\n"
        "Residents of Pinecrest and North Alder told Newsday they were paying for tankers.\n\n"
        "Residents of several villages in Central Vale say they have had no water for 15 days.\n\n"
        "Residents of Oakmoor, the county seat, said shops had lost bookings."
    )
    quotes = {q.text: q.speaker_key for q in run(text).quotes if q.kind == "indirect"}
    assert quotes == {
        "they were paying for tankers": None,
        "they have had no water for 15 days": None,
        "shops had lost bookings": None,
    }


def test_industry_groups_warn_that() -> None:
    text = (
        "Age checks\n\nIndustry groups warn that strict age checks could force users to hand over documents."
    )
    assert _speaker(text, "strict age checks could force") is None


def test_warned_someone_against_something_is_no_clause() -> None:
    text = (
        "Water outage\n\n"
        "The Consumer Affairs Division has also warned private water suppliers against price gouging, advising "
        "residents to report charges."
    )
    assert not any(q.kind == "indirect" for q in run(text).quotes)


def test_told_a_meeting_of_a_committee_after_a_colon_dateline() -> None:
    text = (
        "Water scheme delayed\n\n"
        "KARACHI: The first phase of the water scheme will not be completed before June 2027, the Water and "
        "Power Development Authority told a meeting of the assembly's standing committee on Monday."
    )
    extraction = run(text)
    (quote,) = [q for q in extraction.quotes if q.kind == "indirect"]
    assert quote.text.startswith("The first phase")
    assert quote.speaker_key == "water and power development authority"


def test_a_capitalised_post_with_for_before_the_name_after_a_quote() -> None:
    text = (
        "Social media ban\n\n"
        '"We have let a generation grow up online," French Minister Delegate for Digital Affairs Amélie '
        "Courtenay-Vidal told reporters."
    )
    assert _speaker(text, "We have let a generation") == "amelie courtenay-vidal"


def test_spokesperson_then_name_declined_but_said() -> None:
    text = (
        "Methane rules\n\n"
        "The European Commission will delay the rules.\n\n"
        'Commission spokesperson Tomaso Bellandi declined to comment on "leaked papers" but said the EU '
        'executive remained "fully committed" to cutting emissions.'
    )
    assert _speaker(text, "the EU executive remained") == "tomaso bellandi"


def test_an_official_granted_anonymity_is_no_speaker() -> None:
    text = (
        "Methane rules\n\n"
        "The European Commission will delay the rules.\n\n"
        "A senior Commission official, granted anonymity to discuss internal deliberations, said the "
        'department had received "dozens of letters" from importers.'
    )
    assert _speaker(text, "the department had received") is None
    assert _speaker(text, "dozens of letters") is None


def test_three_word_unnamed_sources_told_an_outlet() -> None:
    text = (
        "Squid season\n\n"
        "Island fishing industry sources told Newsday that squid prices in Asian markets were down by almost "
        "20% because of large catches."
    )
    assert _speaker(text, "squid prices in Asian markets") is None


def test_a_union_of_students_is_no_unnamed_group() -> None:
    text = (
        "Funding\n\n"
        "The National Union of Students welcomed the loadings but said the government had again failed on debt."
    )
    assert _speaker(text, "the government had again failed") == "national union of students"


def test_announced_in_a_month_that() -> None:
    text = (
        "Lending\n\n"
        "The World Bank announced in September that it would cut lending to the region.\n\n"
        "The World Bank announced in September a plan to cut lending."
    )
    quotes = [q for q in run(text).quotes if q.kind == "indirect"]
    assert [(q.text, q.speaker_key) for q in quotes] == [("it would cut lending to the region", "world bank")]


def test_even_though_residents_said() -> None:
    text = (
        "Flood control\n\n"
        "Senators demanded that the Ministry of Works explain how 14 projects were marked as completed in its "
        "records even though residents said no structures were ever built."
    )
    assert _speaker(text, "no structures were ever built") is None


def test_according_to_the_board_is_the_board_named() -> None:
    text = (
        "Cricket\n\n"
        "The Nepal Cricket Board (NCB) moved the series to Sharjah in September. According to the board, more "
        "than 14,000 tickets were sold for the opening game."
    )
    assert _speaker(text, "14,000 tickets were sold") == "nepal cricket board (np)"


def test_a_companys_board_is_not_another_company() -> None:
    text = (
        "Bid\n\n"
        "Hollins Corp received a takeover bid from Marrow Capital Ltd on Monday.\n\n"
        "The board said it would reject the offer."
    )
    assert _speaker(text, "it would reject the offer") != "marrow capital ltd"


def test_a_move_capitals_say_violates() -> None:
    text = (
        "Sugar\n\n"
        "The hold-up came after Lusaka slapped a duty on sugar, a move Harare and Lilongwe say violates the "
        "regional trade protocol."
    )
    assert _speaker(text, "violates the regional trade protocol") is None


def test_a_move_a_named_person_says_keeps_her() -> None:
    text = "Sugar\n\nThe duty is a move Jane Okafor and Lena Moyo say violates the protocol."
    assert _speaker(text, "violates the protocol") is not None


def test_an_outlets_correspondents_reported() -> None:
    text = (
        "Verdict\n\n"
        "Police briefly detained two people, one of whom was later released, Reuters correspondents reported."
    )
    assert _speaker(text, "Police briefly detained") == "reuters"


def test_a_subtitle_over_a_byline_kept_out_of_the_body_is_no_story() -> None:
    text = (
        "Clinic hours cut across the valley\n\n"
        "Board says it has no choice; mayor calls it 'a betrayal'\n\n"
        "By Jane Doe\n\n"
        "The Riverbend Health Board said the clinics will close at 5 p.m. from Monday.\n\n"
        "Patients will be sent to the city hospital, 40 kilometres away.\n"
    )
    quotes = run(text).quotes
    assert all("no choice" not in q.text and q.text != "a betrayal" for q in quotes)
    assert any("the clinics will close" in q.text for q in quotes)


def test_a_short_first_sentence_of_the_story_is_kept() -> None:
    text = (
        "Clinic hours cut\n\n"
        "By Jane Doe\n\n"
        "The board says it has no choice.\n\n"
        "The Riverbend Health Board said the clinics will close at 5 p.m. from Monday.\n\n"
        "Patients will be sent to the city hospital, 40 kilometres away.\n"
    )
    assert any("it has no choice" in q.text for q in run(text).quotes)
