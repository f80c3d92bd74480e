"""Round-21 people rules: posts and organisations tied to a person by ", Director, Acme Traders.",
role nouns for actuaries, regents, petitioners and bandleaders, and sentences that open with a word
that only describes the role ("Another farmer, Ms Jane Roe,")."""

from app.extract import run


def _people(text: str) -> dict[str, tuple[tuple[str, ...], set[str]]]:
    extraction = run(text)
    names = {o.key: o for o in extraction.organisations}
    found: dict[str, tuple[tuple[str, ...], set[str]]] = {}
    for person in extraction.people:
        orgs: set[str] = set()
        for affiliation in person.affiliations:
            org = names.get(affiliation.organisation_key)
            if org is not None:
                orgs |= {org.name, *([org.acronym] if org.acronym else []), *org.aliases}
        found[person.name] = (person.titles, orgs)
    return found


def _titles(text: str, name: str) -> tuple[str, ...]:
    return _people(text).get(name, ((), set()))[0]


def test_capital_post_then_comma_then_company_after_a_name() -> None:
    people = _people("“Buyers are back,” said Ravi Kumar, Director, Eastfield Tea Brokers. Prices rose.")
    assert "Director" in people["Ravi Kumar"][0]
    assert "Eastfield Tea Brokers" in people["Ravi Kumar"][1]


def test_a_plain_word_may_open_a_company_named_for_its_trade() -> None:
    text = (
        "Prices rose, Global Tea Brokers said in its weekly report. "
        "“Buyers are back,” said Ravi Kumar, Director, Global Tea Brokers."
    )
    people = _people(text)
    assert "Global Tea Brokers" in people["Ravi Kumar"][1]
    assert "Tea Brokers" not in people  # a trading house, no person


def test_capital_post_then_place_or_plain_words_is_no_company() -> None:
    assert _people("“Buyers are back,” said Ravi Kumar, Director, Mumbai. He left.")["Ravi Kumar"][1] == set()
    text = "“Buyers are back,” said Ravi Kumar, Director, Global Operations. He left."
    assert _people(text)["Ravi Kumar"][1] == set()


def test_new_role_nouns_give_titles() -> None:
    text = "Acme Insurance Corp. filed the plan. Acme's chief actuary, Tom Lee, told the hearing claims were high."
    people = _people(text)
    assert "chief actuary" in people["Tom Lee"][0]
    assert "Acme Insurance Corp." in people["Tom Lee"][1]
    assert "regent" in _titles("Bogor regent Jane Roe said the families would move.", "Jane Roe")
    assert "petitioner" in _titles("The petitioner, Jane Roe, said the water had stopped.", "Jane Roe")


def test_regent_street_is_no_post() -> None:
    people = _people("Jane Roe said the shops on Regent Street were busy.")
    assert "regent" not in people["Jane Roe"][0]


def test_a_describing_word_opens_a_role_before_the_name() -> None:
    assert "farmer" in _titles("Another farmer, Ms Jane Roe, said she had delivered fruit.", "Jane Roe")
    people = _people("Veteran guitarist and bandleader, Tom Lee, has passed on at 84.")
    assert {"guitarist", "bandleader"} <= set(people["Tom Lee"][0])
    assert people["Tom Lee"][1] == set()  # "Veteran" names no body


def test_a_describing_word_before_a_name_alone_gives_no_title() -> None:
    people = _people("Veteran Tom Lee has passed on at 84. Acme Bank chairman, Tom Cruz, said so.")
    assert people["Tom Lee"][0] == ()
    assert "chairman" in people["Tom Cruz"][0]
