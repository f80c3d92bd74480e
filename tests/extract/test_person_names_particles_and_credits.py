"""People whose names carry Arabic, Portuguese or Indian particles and honorifics, people named after a
possessive owner, and capitalised words that are never people (bylines, credits, team names)."""

from app.extract import run


def _people(text: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {p.name: (p.titles, tuple(a.organisation_key for a in p.affiliations)) for p in run(text).people}


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_key for q in run(text).quotes if q.kind == "direct"]


# --- the Arabic article joined to a family name ----------------------------------------------------


def test_a_family_name_with_the_arabic_article_is_part_of_the_full_name() -> None:
    text = (
        "Talal bin Rashid al-Dosari, an adviser to the ministry, said on Monday the talks would resume.\n\n"
        "“We are ready,” al-Dosari told reporters."
    )
    people = _people(text)
    assert list(people) == ["Talal bin Rashid al-Dosari"]
    assert _speakers(text) == ["talal bin rashid al-dosari"]


def test_a_place_with_the_arabic_article_is_no_person() -> None:
    text = "Families fled to Deir el-Ahmar on Monday, the agency said."
    assert _people(text) == {}


# --- a person after a possessive owner -------------------------------------------------------------


def test_a_titled_name_after_a_country_possessive_is_a_person() -> None:
    text = "Norway’s Trade Minister Lars Brekke said on Monday the talks had failed."
    assert _people(text) == {"Lars Brekke": (("Trade Minister",), ())}


def test_an_organisation_possessive_before_a_name_is_the_person_s_affiliation() -> None:
    text = "Reuters’s Maria Lindqvist said on Monday the talks had failed."
    assert _people(text) == {"Maria Lindqvist": ((), ("reuters",))}


def test_a_possessive_before_an_organisation_makes_no_person() -> None:
    text = "Norway’s Ministry of Trade said on Monday the talks had failed."
    assert _people(text) == {}
