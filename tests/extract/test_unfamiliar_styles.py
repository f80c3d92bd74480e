"""Rules for writing the older fixtures did not cover: British straight quotes, names from
outside the first-name list, organisations named without a cue word, places no gazetteer holds."""

import pytest

from app.extract import run
from tests.extract.reading import quotes as _quotes


def _people(text: str) -> list[str]:
    return [p.name for p in run(text).people]


def _organisations(text: str) -> list[str]:
    return [o.name for o in run(text).organisations]


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country_code) for p in run(text).places]


# --- quotes -------------------------------------------------------------------------------------


def test_straight_single_quotes_are_quotes_and_apostrophes_are_not() -> None:
    text = "Jane Roe took the residents' savings, the court heard. 'It went on for years,' Ms Cole said."
    direct = [q for q in _quotes(text) if q[0] == "direct"]
    assert direct == [("direct", "It went on for years", "cole")]
    text = "Councillor Jane Roe said: 'We don't give up. We never have.'"
    assert ("direct", "We don't give up. We never have.", "jane roe") in _quotes(text)


def test_a_sentence_ending_in_a_colon_introduces_its_subjects_quote() -> None:
    text = "Ewan Buchanan, a fisherman, was less measured. He put it bluntly: “They have forgotten us.”"
    assert _quotes(text) == [("direct", "They have forgotten us.", "ewan buchanan")]


def test_a_partial_quote_inside_reported_speech_shares_its_speaker() -> None:
    text = (
        "Kenji Watanabe, who covers the sector for Mizuho Securities, raised his target and said the "
        "company was “the quiet winner of the boom”."
    )
    quotes = _quotes(text)
    assert ("direct", "the quiet winner of the boom", "kenji watanabe") in quotes


def test_a_second_reporting_verb_starts_a_second_reported_clause() -> None:
    text = (
        "Jane Roe told reporters that results had been slow to arrive, but said every result would "
        "be checked against the paper forms."
    )
    assert _quotes(text) == [
        ("indirect", "results had been slow to arrive", "jane roe"),
        ("indirect", "every result would be checked against the paper forms", "jane roe"),
    ]


def test_evidence_the_court_heard_has_no_speaker() -> None:
    text = "Lincoln Crown Court heard the case on Friday. The court heard that the money paid for a horse."
    assert ("indirect", "the money paid for a horse", None) in _quotes(text)


def test_an_unnamed_relative_is_the_person_the_next_sentence_names() -> None:
    text = (
        "Outside court, the daughter of one of the victims said the sentence was too short. "
        "Margaret Dunn, whose mother lived at the home, said: “He took it as if it was nothing.”"
    )
    quotes = _quotes(text)
    assert ("indirect", "the sentence was too short", "margaret dunn") in quotes
    assert ("direct", "He took it as if it was nothing.", "margaret dunn") in quotes


def test_a_whole_short_sentence_in_quote_marks_is_a_quote() -> None:
    text = "“We were the better side,” Dean Ashworth said. “That's football.”"
    assert [q[1] for q in _quotes(text)] == ["We were the better side", "That's football."]


def test_a_finding_reported_after_its_clause() -> None:
    text = "Pupils who slept seven hours scored 6% lower than those who slept nine, the researchers found."
    assert _quotes(text) == [
        ("indirect", "Pupils who slept seven hours scored 6% lower than those who slept nine", None)
    ]


def test_a_role_with_no_title_match_is_the_one_person_of_its_paragraph() -> None:
    text = (
        "Dean Ashworth, the captain, was philosophical. “We had nothing to show for it,” the defender said."
    )
    assert _quotes(text) == [("direct", "We had nothing to show for it", "dean ashworth")]


def test_a_judge_is_not_the_person_just_named() -> None:
    text = "Graham Pettifer admitted fraud. “You betrayed that trust,” the judge said."
    assert _quotes(text) == [("direct", "You betrayed that trust", None)]


# --- people -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Morag Lamont, who has run the bakery for 22 years, said trade was down.", "Morag Lamont"),
        ("Kalpona Akter, president of the workers' union, said wages were too low.", "Kalpona Akter"),
        ("Chief executive Anand Raghunathan told analysts that orders had doubled.", "Anand Raghunathan"),
        ("The incumbent, Governor Peter Otieno Mwangi, had 44.7% of the vote.", "Peter Otieno Mwangi"),
        (
            "Rezaul Karim Chowdhury, an economist in Dhaka, said both sides had a point.",
            "Rezaul Karim Chowdhury",
        ),
        ("He met his counterpart, Nguyen Thi Lan, in Beijing.", "Nguyen Thi Lan"),
        ("Park Soo-jin, whose daughter was vaccinated last week, said nobody had called.", "Park Soo-jin"),
        ("Labour and Employment Minister Md. Shahidul Alam defended the decision.", "Md. Shahidul Alam"),
        ("Dr Ciarán Moloney, a wetland ecologist, said bogs could recover.", "Ciarán Moloney"),
        ("Akinyi, a 29-year-old hairdresser who gave only one name, said she had voted.", "Akinyi"),
    ],
)
def test_names_outside_the_first_name_list(text: str, name: str) -> None:
    assert _people(text) == [name]


def test_a_family_name_written_first_stands_for_the_person() -> None:
    text = "Foreign Minister Zhao Weimin met the envoy. Zhao told reporters that talks would resume."
    assert _quotes(text) == [("indirect", "talks would resume", "zhao weimin")]


def test_a_korean_family_name_says_nothing_of_gender() -> None:
    text = (
        "Kim Dong-hyun, a professor at Korea University, said the clumps were harmless. Park Soo-jin, "
        "whose daughter was vaccinated, said nobody had called her. “I found out from the news,” she said."
    )
    assert ("direct", "I found out from the news", "park soo-jin") in _quotes(text)


def test_two_people_who_share_a_surname() -> None:
    text = "Liam and Sarah Kettering had saved for a year. Mr Kettering put it simply: “We found out at the desk.”"
    extraction = run(text)
    assert sorted(p.name for p in extraction.people) == ["Liam Kettering", "Sarah Kettering"]
    assert [q.speaker_key for q in extraction.quotes] == ["liam kettering"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Dr Alison Reid, a GP who covers the north of the island, said patients had waited.", "GP"),
        ("Her co-author, Professor Jane Roe of Aarhus University, said schools should adapt.", "co-author"),
        (
            "“It works,” said Dr Jane Roe, a sleep scientist at Leeds and the study's lead author.",
            "lead author",
        ),
        ("The Athletic manager, Siobhan Keane, was pleased.", "manager"),
    ],
)
def test_roles_around_a_name(text: str, title: str) -> None:
    (person,) = run(text).people
    assert title in person.titles


def test_an_affiliation_after_a_relative_clause_or_of() -> None:
    extraction = run(
        "Professor Helen Marsh, who studies adolescent health at University College London, said it fits. "
        "Aviation analyst Joanna Castellane, of the consultancy Alton Aviation Partners, said it would cost."
    )
    ties = {p.name: [a.organisation_key for a in p.affiliations] for p in extraction.people}
    assert ties == {
        "Helen Marsh": ["university college london"],
        "Joanna Castellane": ["alton aviation partners"],
    }


# --- organisations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares in Persimmon and Barratt Redrow barely moved.", ["Persimmon", "Barratt Redrow"]),
        ("Pfizer, which does not supply flu vaccines here, was not involved.", ["Pfizer"]),
        ("H&M said in a statement that it supported a review.", ["H&M"]),
        ("A spokesperson for Primark said the company was monitoring the situation.", ["Primark"]),
        ("Its biggest customers include Inditex and Primark.", ["Inditex", "Primark"]),
        ("She studies at University College London and teaches in Leeds.", ["University College London"]),
        (
            "The Korea Disease Control and Prevention Agency said it was a precaution.",
            ["Korea Disease Control and Prevention Agency"],
        ),
        (
            "The International Union for Conservation of Nature said so.",
            ["International Union for Conservation of Nature"],
        ),
        (
            "Japan's Ministry of Health, Labour and Welfare said on Friday it had not approved it.",
            ["Ministry of Health, Labour and Welfare"],
        ),
        (
            "Researchers at the University of Leeds and Aarhus University took part.",
            ["University of Leeds", "Aarhus University"],
        ),
        ("Garda Síochána, the Irish police, said six people had been arrested.", ["Garda Síochána"]),
        ("Vaccines made by Sanofi and GC Biopharma were not affected.", ["Sanofi", "GC Biopharma"]),
    ],
)
def test_organisations_named_without_a_cue_word(text: str, expected: list[str]) -> None:
    assert _organisations(text) == expected


def test_a_country_prefix_names_the_same_department() -> None:
    text = "The U.S. Commerce Department asked for details. A spokesperson for the Commerce Department declined to comment."
    (department,) = run(text).organisations
    assert department.country_code == "US"


# --- places -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SAN JOSE, California (Reuters) - Chip sales rose.", [("San Jose", "US"), ("California", "US")]),
        (
            "Protests spread to the port city of Chittagong in Bangladesh.",
            [("Chittagong", "BD"), ("Bangladesh", "BD")],
        ),
        ("Graham Pettifer, 58, of Sleaford, admitted fraud.", [("Sleaford", "GB")]),
        ("It beat Wall Street forecasts.", []),
        ("Talks on fishing in the Gulf of Tonkin resumed.", [("Gulf of Tonkin", None)]),
    ],
)
def test_places(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _places(text) == expected


def test_a_village_takes_the_articles_country() -> None:
    text = "Seoul and Busan reported cases. The company tested samples at its plant in Osong."
    assert ("Osong", "KR") in _places(text)


def test_an_unknown_place_before_its_country() -> None:
    text = "The firm will build a plant in Penang, Malaysia, its chief executive told analysts in Texas and Ohio."
    assert ("Penang", "MY") in _places(text)


def test_an_unknown_dateline_town_takes_the_articles_country() -> None:
    text = "TOBERMORY, Isle of Mull — The ferry to Glasgow was cancelled again, leaving Scotland's islanders stranded."
    places = _places(text)
    assert ("Tobermory", "GB") in places
    assert ("Isle of Mull", "GB") in places


def test_two_countries_ministries_of_the_same_name_stay_two() -> None:
    text = (
        "A spokesperson for Vietnam's Ministry of Foreign Affairs said talks would resume. "
        "China's Ministry of Foreign Affairs has said the trawler was fishing illegally."
    )
    ministries = sorted((o.name, o.country_code) for o in run(text).organisations)
    assert ministries == [("Ministry of Foreign Affairs", "CN"), ("Ministry of Foreign Affairs", "VN")]
