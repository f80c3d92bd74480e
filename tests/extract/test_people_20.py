"""People (round 20): writers' and photographers' credits inside the body, and names the reader
finds without a list of given names."""

from app.extract import run
from app.extract.document import split_document


def _people(text: str) -> set[str]:
    return {p.name for p in run(text).people}


def test_a_live_blog_entry_signed_by_its_writer_names_no_person() -> None:
    text = (
        "Rail strike shuts the capital\n\n"
        "Trains stopped across the region on Monday, the operator said.\n\n"
        "By Odile Marchetti-Brun\n\n"
        "Union leader Tomas Ferreira said the walkout would last two days."
    )
    assert _people(text) == {"Tomas Ferreira"}


def test_a_closing_editor_line_and_a_signed_off_post_name_no_person() -> None:
    text = (
        "Council backs new bus lanes\n\n"
        "Mayor Lucia Brandt said the lanes would open in June.\n\n"
        "Editor: Harriet Kellow-Vance"
    )
    assert _people(text) == {"Lucia Brandt"}
    signed = (
        "Doctors strike over pay\n\n"
        "Union head Rashid Qamar said the strike would go on.\n\n"
        "Imran Daultana-Shah, freelance journalist, Multan"
    )
    assert _people(signed) == {"Rashid Qamar"}


def test_a_caption_credit_names_no_person_but_a_caption_sentence_does() -> None:
    text = (
        "Boats tied up in the harbour\n\n"
        "Boats in the harbour on Monday. Image: Fenella Oduya-Grant/Harbour News\n\n"
        "The skipper, Owen Clegg, said the fleet would stay in port."
    )
    assert _people(text) == {"Owen Clegg"}
    told = (
        "Boats tied up in the harbour\n\n"
        "The skipper, Owen Clegg, said the fleet would stay in port. Helen Grant, a buyer, agreed."
    )
    assert _people(told) == {"Owen Clegg", "Helen Grant"}


def test_a_credit_in_parts_and_a_note_on_the_writer_name_no_person() -> None:
    text = (
        "Crab price talks collapse\n\n"
        "Panel sides with processors\n\n"
        "Mara Ostrander-Lee · The Courier\n"
        "Published Apr 02, 2026\n\n"
        "The skipper, Owen Clegg, said the fleet would stay in port.\n\n"
        "Mara Ostrander-Lee covers fisheries for the Coastal Courier."
    )
    assert _people(text) == {"Owen Clegg"}


def test_a_name_with_a_town_or_over_a_date_in_figures_is_the_byline() -> None:
    document = split_document(
        "River erosion eats villages\n\n"
        "Embankment work remains unfinished\n\n"
        "Anwar Hossain Tuhin, Kurigram\n"
        "Sun Jul 12, 2026 09:10 PM\n\n"
        "At least 300 families have lost their homes, officials said."
    )
    assert document.byline == "Anwar Hossain Tuhin"
    assert "Tuhin" not in document.body
    figures = split_document(
        "Last mine to close early\n\nKarel Novotny-Vrba\n24-09-2026 14:32\n\nThe mine will close in 2027."
    )
    assert figures.byline == "Karel Novotny-Vrba"
    # A sentence's subject with a town after a comma is no byline.
    story = split_document(
        "Mine to close\n\nKarel Vrba, Ostrava, said the mine would close.\n\nMore text here."
    )
    assert story.byline is None


def _titles(text: str, name: str) -> list[str]:
    for person in run(text).people:
        if person.name == name:
            return list(person.titles)
    raise AssertionError(f"{name} not found")


def test_everyday_occupations_before_a_name_are_its_title() -> None:
    assert _titles("Retiree Daniel Ferris, 74, said he had waited an hour.", "Daniel Ferris") == ["Retiree"]
    assert _titles("Skipper Owen Clegg said the fleet would stay in port.", "Owen Clegg") == ["Skipper"]
    assert _titles("In the port, exporter Jean Ravel says prices fell.", "Jean Ravel") == ["exporter"]
    assert _titles('"We pay more," said Ruth Mwale, a marketeer in the town.', "Ruth Mwale") == ["marketeer"]


def test_an_occupation_word_before_no_name_makes_no_person() -> None:
    assert _people("Retiree groups and skipper associations said the plan was unfair.") == set()
    assert _titles("Owen Clegg said the fleet would stay in port.", "Owen Clegg") == []


def test_a_name_no_list_holds_after_a_post_with_its_portfolio() -> None:
    text = "Deputy Minister of Housing Aminath Zuhoora Ali said families would pay less."
    assert _people(text) == {"Aminath Zuhoora Ali"}
    assert _titles(text, "Aminath Zuhoora Ali") == ["Deputy Minister of Housing"]
    told = "Minister of Agriculture Tesfaye Gebremedhin Alemu told reporters that the harvest grew."
    assert _people(told) == {"Tesfaye Gebremedhin Alemu"}
    assert _titles(told, "Tesfaye Gebremedhin Alemu") == ["Minister of Agriculture"]


def test_portfolio_words_after_a_post_are_no_name() -> None:
    assert _people("The Minister of Health and Social Services said the plan would work.") == set()
    assert _people("Minister of Culture Heritage Sport said nothing.") == set()


def test_cllr_with_a_period_is_an_honorific_before_a_name_no_list_holds() -> None:
    text = "The family's lawyer, Cllr. Kollie Yarkpawolo Dolo, said the family would file a complaint."
    assert _people(text) == {"Kollie Yarkpawolo Dolo"}
    assert "lawyer" in _titles(text, "Kollie Yarkpawolo Dolo")
    assert _people("The Cllr. said nothing.") == set()


def test_a_post_before_a_name_said_in_a_statement_makes_a_person() -> None:
    text = '"We struggled," senior paramedic Maayan Sofer says in a statement released on Monday.'
    assert _people(text) == {"Maayan Sofer"}
    # With no post before it, a name that speaks "in a statement" is still a company's.
    company = run("Zorvanta Meridian said in a statement that it would appeal.")
    assert {p.name for p in company.people} == set()
    assert {o.name for o in company.organisations} == {"Zorvanta Meridian"}


def test_a_south_african_mec_is_a_post_with_its_portfolio() -> None:
    text = "Education MEC Riana Louw said parents should check with their schools."
    assert _people(text) == {"Riana Louw"}
    assert _titles(text, "Riana Louw") == ["Education MEC"]
    assert _people("The MEC said parents should check with their schools.") == set()


def test_vietnamese_letters_stay_inside_a_name() -> None:
    text = "Nguyễn Thị Hồng Nhung, a farmer in the commune, said the rice was not ripe."
    assert _people(text) == {"Nguyễn Thị Hồng Nhung"}
    assert _people("Director Đoàn Minh Triết said the salt would reach 70km inland.") == {"Đoàn Minh Triết"}


def test_a_name_ending_in_city_is_a_place_not_a_person() -> None:
    assert _people("The agency will work with Hồ Chí Minh City and nearby localities.") == set()
    assert _people("Prairie Farms, a company based in Orange City, said it would help.") == set()
    assert _people("Clara City said the plan would help.") == set()
    assert _people("Clara Citywide said the plan would help.") == {"Clara Citywide"}


def test_a_post_of_two_portfolios_joined_by_and_is_one_title() -> None:
    text = "Deputy Minister of Agriculture and Environment Phùng Đức Khải said the salt would rise."
    assert _people(text) == {"Phùng Đức Khải"}
    assert _titles(text, "Phùng Đức Khải") == ["Deputy Minister of Agriculture and Environment"]
    styled = "Minister of Water Development and Sanitation Hon. Gift Chanda Mweemba said it in Lusaka."
    assert _titles(styled, "Gift Chanda Mweemba") == ["Minister of Water Development and Sanitation"]
    # A second post after "and" is no portfolio of the first.
    assert _titles("The Minister of Health and Deputy Mayor Jane Roe met.", "Jane Roe") == ["Deputy Mayor"]


def test_legislators_in_the_plural_are_no_person() -> None:
    assert _people("The council would write to the minister and all five Kerry TDs.") == set()
    assert _people("Several Labour MPs said the plan was unfair.") == set()
    assert _titles("Labour MP Jane Roe said the plan was unfair.", "Jane Roe") == ["MP"]


def test_a_bracketed_party_after_a_member_and_her_name_makes_no_organisation_of_them() -> None:
    extraction = run("Social Democratic MP Liina Rebane (SDE), who taught for 19 years, said she agreed.")
    assert {p.name for p in extraction.people} == {"Liina Rebane"}
    assert not any("Rebane" in o.name for o in extraction.organisations)


def test_a_field_after_a_post_and_for_is_no_part_of_the_name() -> None:
    text = "Director of Services for Roads Pádraig Lyne-Moriarty told members the work would go on."
    assert _people(text) == {"Pádraig Lyne-Moriarty"}
    # A plural word after the field goes on with it; the name opens at the listed given name.
    told = "French Minister Delegate for Digital Affairs Clémence Aubriot-Vasseur told reporters so."
    assert _people(told) == {"Clémence Aubriot-Vasseur"}
    assert _people("A fund for Roads Safety Week said so.") == set()


def test_a_citation_names_no_person_by_initials_or_a_journal_volume() -> None:
    text = (
        "Orangutans nest in acacia, a study found.\n\n"
        "Kusuma, D. A., Berg, M., et al. (2026). Nesting of orangutans. Tropical Ecology, 301, 110912."
    )
    assert not {"D. A.", "Tropical Ecology"} & _people(text)
    # An age under 120 after a name is still one.
    assert _people("Kalo Naliupis, 54, said the kava was good this year.") == {"Kalo Naliupis"}
    assert _people("J. R. Tolkien said so.") == {"J. R. Tolkien"}


def test_a_paper_named_with_the_before_an_appositive_is_no_person() -> None:
    text = "In a statement to The Kerryman, a council spokesperson said the body remained committed."
    assert _people(text) == set()
    assert _people("said Ngata, a council spokesperson, on Monday.") == {"Ngata"}


def test_given_names_no_list_holds_after_a_lower_case_post_stay_in_the_name() -> None:
    text = "Deputy public prosecutor Nur Hidayah Ahmad Tarmizi asked the court to set bail."
    assert _people(text) == {"Nur Hidayah Ahmad Tarmizi"}
    late = "The court heard from deputy public prosecutor Nur Hidayah Ahmad Tarmizi on Monday."
    assert _people(late) == {"Nur Hidayah Ahmad Tarmizi"}
    # With no post before, the words no list holds are not taken into the name.
    assert "Nur Hidayah Ahmad Tarmizi" not in _people("Bank Negara Nur Hidayah Ahmad Tarmizi said so.")


def _affiliations(text: str, name: str) -> set[str]:
    extraction = run(text)
    orgs = {o.key: o.name for o in extraction.organisations}
    for person in extraction.people:
        if person.name == name:
            return {orgs[a.organisation_key] for a in person.affiliations}
    raise AssertionError(f"{name} not found")


def test_an_unknown_name_owning_a_company_post_is_the_persons_company() -> None:
    text = "Brackenfold Fibre's Managing Director, Joanna Birkett, said the company would hire 300 engineers."
    assert _affiliations(text, "Joanna Birkett") == {"Brackenfold Fibre"}
    assert _titles(text, "Joanna Birkett") == ["Managing Director"]
    # A place's or a person's name owning the post is no company.
    assert _affiliations("New Zealand's Chief Executive, Joanna Birkett, said so.", "Joanna Birkett") == set()
    assert _affiliations("Jane Roe's Managing Director, Joanna Birkett, said so.", "Joanna Birkett") == set()


def test_a_legislators_letters_after_a_leading_head_word_are_a_post() -> None:
    text = "Alliance MLA Dr Naomi Thackeray-Quinn, a former GP, accused the parties of delay."
    extraction = run(text)
    assert {p.name for p in extraction.people} == {"Naomi Thackeray-Quinn"}
    assert not any("Naomi" in o.name for o in extraction.organisations)
    # A leading head word before a plain name is still the organisation's name.
    assert {o.name for o in run("Alianza Ciudadana said it would contest the vote.").organisations} == {
        "Alianza Ciudadana"
    }


def test_a_conferred_style_before_a_bin_name_is_evidence_of_a_person() -> None:
    text = (
        "Minister of Primary Resources and Tourism Yang Berhormat Dato Seri Setia Awang Haji Rosli bin "
        "Haji Abdul Latif opened the harvest."
    )
    assert _people(text) == {"Rosli bin Haji Abdul Latif"}
    assert _titles(text, "Rosli bin Haji Abdul Latif") == ["Minister of Primary Resources and Tourism"]


def test_a_style_word_ends_a_posts_portfolio_before_a_bin_name() -> None:
    text = (
        "Also present were Deputy Minister of Primary Resources and Tourism Dayang Hajah Noraini binti Haji "
        "Sulaiman and Permanent Secretary Awang Haji Zulkifli bin Haji Md Yassin."
    )
    assert _people(text) == {"Noraini binti Haji Sulaiman", "Zulkifli bin Haji Md Yassin"}
    assert _titles(text, "Noraini binti Haji Sulaiman") == [
        "Deputy Minister of Primary Resources and Tourism"
    ]
    # With no "bin" after it, the style word is read as before.
    assert _people("The Minister of Tourism Dayang said nothing.") == set()


def test_a_field_of_study_after_in_is_part_of_a_lecturers_post() -> None:
    text = (
        "Dr Mere Tuilagi, a senior lecturer in agriculture at the University of the South Pacific, said so."
    )
    assert _titles(text, "Mere Tuilagi") == ["senior lecturer in agriculture"]
    assert _affiliations(text, "Mere Tuilagi") == {"University of the South Pacific"}
    # A place after "in" is where a person works, no field of the post.
    assert _titles("Jane Roe, a farmer in Ba, said the rain came late.", "Jane Roe") == ["farmer"]


def test_one_word_after_in_before_a_post_in_apposition_is_a_place() -> None:
    assert _people("But in Lonorore, the chief says the price has become unpredictable.") == set()
    assert _people("said Ngata, a council spokesperson, on Monday.") == {"Ngata"}


def test_auditors_and_clerks_are_posts_with_their_office_word() -> None:
    assert _titles(
        "State Auditor Delbert Ray Kimbrough said the money was found.", "Delbert Ray Kimbrough"
    ) == ["State Auditor"]
    assert _titles(
        "Her successor, Chancery Clerk Demetrius Hale, said records were rebuilt.", "Demetrius Hale"
    ) == ["Chancery Clerk"]
    assert _titles("County Clerk Jane Roe said the count was over.", "Jane Roe") == ["County Clerk"]
    assert _people("The Clerk of the Court said the hearing was over.") == set()


def test_a_name_with_a_nations_code_in_a_results_table_is_a_player() -> None:
    text = (
        "Leaderboard after round two:\n\n"
        "-10 Kittipat Sornsawat (THA) 66 66, Brodie Hayes (AUS) 65 67\n\n"
        "-9 Dewald Pienaar (RSA) 67 66"
    )
    assert _people(text) == {"Kittipat Sornsawat", "Brodie Hayes", "Dewald Pienaar"}
    # One bracketed code in a story is no results table.
    assert _people("Shares in Siam Kraft (THA) 45 rose on Monday.") == set()


def test_the_minister_is_not_the_deputy_minister_but_the_vice_minister_is_the_vice_minister() -> None:
    from tests.extract.reading import speaker_of

    text = (
        "Minister of Agriculture Jane Roe opened the harvest on Monday.\n\n"
        "Also present was Deputy Minister of Agriculture Mary Lee.\n\n"
        "In his speech, the minister said the scheme would produce more rice this season."
    )
    assert speaker_of(text, "the scheme would produce") == "jane roe"
    ranked = (
        "Vice Minister of Agriculture Daniyar Temirkhanov said exports rose.\n\n"
        "According to the vice minister, the harvest was the second largest."
    )
    assert speaker_of(ranked, "the harvest was") == "daniyar temirkhanov"
