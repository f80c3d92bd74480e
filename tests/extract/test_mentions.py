import pytest

from app.extract import run


def _people(text: str) -> list[str]:
    return [p.name for p in run(text).people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ursula von der Leyen said the bloc would act.", ["Ursula von der Leyen"]),
        ("José Ángel Gurría said growth would slow.", ["José Ángel Gurría"]),
        ("Jean-Claude Juncker told reporters that he was tired.", ["Jean-Claude Juncker"]),
        ("Mark O'Brien, chief executive of Acme, said sales rose.", ["Mark O'Brien"]),
        (
            "Author J. R. R. Tolkien and President George W. Bush were named.",
            ["J. R. R. Tolkien", "George W. Bush"],
        ),
        ("Chief Constable Mark Ellery arrived.", ["Mark Ellery"]),
        ("Analysts said Jane Roe would stay. Roe declined to comment.", ["Jane Roe"]),
    ],
)
def test_people_found(text: str, expected: list[str]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He said the plan would work. She agreed.",
        "On Monday the talks resumed. In March they ended.",
        "Asia-Pacific exporters and Afro-Asia shippers met.",
        "The Prime Minister said the Secretary General would attend.",
        "Chile and South Africa signed the deal in Lisbon.",
        "The Coastal Shipping Federation (CSF) met.",
        "Officials from the WTTC and the ICAO attended.",
        "Will Chile agree? May Day marches were held.",
        "Water Quality Monitoring is the theme of the Clean Rivers Forum.",
    ],
)
def test_no_person(text: str) -> None:
    assert _people(text) == []


def test_titles_and_affiliations() -> None:
    extraction = run("Jane Roe, chief executive of Acme, said sales rose. Acme shares fell.")
    person = extraction.people[0]
    assert person.titles == ("chief executive",)
    organisation = extraction.organisations[0]
    assert organisation.name == "Acme"
    assert person.affiliations[0].organisation_key == organisation.key


def test_title_before_name_with_organisation() -> None:
    text = "ICAO Deputy Director for Safety, Standards and Navigation Anneli Virtanen spoke."
    person = run(text).people[0]
    assert person.name == "Anneli Virtanen"
    assert person.titles == ("Deputy Director for Safety, Standards and Navigation",)
    assert (
        person.affiliations[0].organisation_key == "international civil aviation organization"
    )  # ICAO, by its full name


@pytest.mark.parametrize(
    ("text", "name", "acronym", "country"),
    [
        (
            "The Coastal Shipping Federation (CSF) met. CSF said so.",
            "Coastal Shipping Federation",
            "CSF",
            None,
        ),
        ("Officials from Brazil’s Ministry of Health attended.", "Ministry of Health", None, "BR"),
        ("The WTTC said so.", "WTTC", "WTTC", None),
        (
            "The Ministry of Agriculture, Fisheries and Food said so.",
            "Ministry of Agriculture, Fisheries and Food",
            None,
            None,
        ),
        ("Shares in Acme Holdings rose.", "Acme Holdings", None, None),
    ],
)
def test_organisations(text: str, name: str, acronym: str | None, country: str | None) -> None:
    organisations = run(text).organisations
    assert [(o.name, o.acronym, o.country_code) for o in organisations] == [(name, acronym, country)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks were held with the Republic of Moldova.", [("Republic of Moldova", "MD")]),
        ("The summit was in The Gambia, not Lisbon.", [("Gambia", "GM"), ("Lisbon", "PT")]),
        (
            "Asia-Pacific and Euro-Mediterranean trade grew.",
            [("Asia-Pacific", None), ("Euro-Mediterranean", None)],
        ),
        ("Chile’s exports rose.", [("Chile", "CL")]),
        ("Sales in Reading and Nice were flat.", []),
    ],
)
def test_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.country_code) for p in run(text).places] == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Analyst Priya Nair of Eastgate Securities said prices would rise.", "Analyst"),
        ("Her former coach, Lena Fischer, said the team had improved.", "coach"),
        ("“We will not move,” union negotiator Pieter de Wit said.", "negotiator"),
        ("Mining Minister Aurora Villalobos said inspections would start.", "Mining Minister"),
    ],
)
def test_role_titles(text: str, title: str) -> None:
    assert run(text).people[0].titles == (title,)


def test_undefined_acronym_is_an_organisation() -> None:
    extraction = run("The WTTC said bookings rose. Officials at WTTC Headquarters agreed.")
    assert [(o.name, o.acronym) for o in extraction.organisations] == [("WTTC", "WTTC")]
    assert extraction.people == ()


def test_organisation_noun_before_a_name() -> None:
    extraction = run("The dockers' union Havenbond said talks had failed. The union said pay was the issue.")
    assert [o.name for o in extraction.organisations] == ["Havenbond"]
    assert {q.speaker_key for q in extraction.quotes} == {"havenbond"}


def _organisations(text: str) -> list[str]:
    return [o.name for o in run(text).organisations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Parties and agencies with no organisation word, from a small lexicon.
        ("Labour said it would oppose the bill. The Greens agreed.", ["Labour Party", "Green Party"]),
        ("The Liberal Democrats won the seat.", ["Liberal Democrats"]),
        # Firms named "X & Y", and names followed by their country.
        ("Jane Roe, an analyst at Hollis & Grange, said prices would rise.", ["Hollis & Grange"]),
        ("Water UK, which represents the industry, said bills would rise.", ["Water UK"]),
        # A name that is "it", "which" or "based" somewhere is no person.
        ("Stratus said it would appeal against the fine.", ["Stratus"]),
        ("Aslef, which represents most drivers, said talks had failed.", ["Aslef"]),
        ("Complaints came from Paris-based Nuvola and others.", ["Nuvola"]),
        # Heads before "of"/"for", and a list joined by "and".
        ("The National Union of Mineworkers rejected the offer.", ["National Union of Mineworkers"]),
        (
            "The Association of Mineworkers and Construction Union voted.",
            ["Association of Mineworkers and Construction Union"],
        ),
        ("The Senate passed the bill, and the House will vote next.", ["Senate", "House"]),
    ],
)
def test_organisations_found(text: str, expected: list[str]) -> None:
    assert _organisations(text) == expected


def test_an_acronym_spelling_an_earlier_name_is_that_organisation() -> None:
    extraction = run("The Office for National Statistics published figures. The ONS said wages rose.")
    assert [(o.name, o.acronym) for o in extraction.organisations] == [
        ("Office for National Statistics", "ONS")
    ]


def test_clubs_in_a_match_report_and_their_short_names() -> None:
    extraction = run(
        "Ashby Wanderers beat Linford Town 4-1 to go top of the league. Wanderers manager Stefan Lindahl "
        "praised the striker. Town's goalkeeper Sam Whitely was injured after the goal."
    )
    assert [o.name for o in extraction.organisations] == ["Ashby Wanderers", "Linford Town"]
    ties = {p.name: [a.organisation_key for a in p.affiliations] for p in extraction.people}
    assert ties == {"Stefan Lindahl": ["ashby wanderers"], "Sam Whitely": ["linford town"]}


@pytest.mark.parametrize(
    ("text", "name", "titles", "organisation"),
    [
        ("Liberal Democrat leader Fiona Calloway spoke.", "Fiona Calloway", ("leader",), "liberal democrats"),
        (
            "Analyst Victor Lam of Baystone Capital said prices rose.",
            "Victor Lam",
            ("Analyst",),
            "baystone capital",
        ),
        (
            "He met them. Chief medical officer Dr Hannah Okoro said the trial failed.",
            "Hannah Okoro",
            ("Chief medical officer",),
            None,
        ),
        (
            "Mercer's barrister, James Thornbury KC, said he was sorry.",
            "James Thornbury",
            ("barrister",),
            None,
        ),
        (
            "Mineral Resources Minister Grace Mahlangu said talks would go on.",
            "Grace Mahlangu",
            ("Mineral Resources Minister",),
            None,
        ),
        (
            "Marine biologist Dr Leilani Kahale said reefs recover.",
            "Leilani Kahale",
            ("Marine biologist",),
            None,
        ),
    ],
)
def test_roles_in_unusual_positions(
    text: str, name: str, titles: tuple[str, ...], organisation: str | None
) -> None:
    person = next(p for p in run(text).people if p.name == name)
    assert person.titles == titles
    assert [a.organisation_key for a in person.affiliations] == ([organisation] if organisation else [])


def test_a_nickname_in_quote_marks_is_no_part_of_the_name_nor_a_quote() -> None:
    extraction = run('Emeka "The Hammer" Okafor scored twice. Okafor said he was relieved.')
    assert [p.name for p in extraction.people] == ["Emeka Okafor"]
    assert all(q.kind == "indirect" for q in extraction.quotes)


def test_an_anonymous_lead_names_its_subject_in_the_next_sentence() -> None:
    extraction = run(
        "A former treasurer of Hollins Valley District Council has been jailed for fraud.\n\n"
        "Gareth Pryce, 58, admitted the charges in March."
    )
    person = extraction.people[0]
    assert (person.name, person.titles) == ("Gareth Pryce", ("treasurer",))
    assert [a.organisation_key for a in person.affiliations] == ["hollins valley district council"]


@pytest.mark.parametrize(
    ("text", "place", "code"),
    [
        ("The Boston-based drugmaker said sales fell.", "Boston", "US"),
        ("The Austin, Texas-based company grew.", "Austin", "US"),
        ("Sen. Jane Roe, D-Wyo., voted for it.", "Wyoming", "US"),
        ("Voters in Karnataka went to the polls.", "Karnataka", "IN"),
    ],
)
def test_places_from_their_context(text: str, place: str, code: str) -> None:
    assert (place, code) in [(p.name, p.country_code) for p in run(text).places]
