"""Places, ninth round: whole categories of places and the cues that make a name a place (all
sentences made up)."""

from app.extract import run


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country_code) for p in run(text).places}


def test_iraqi_governorates_are_places_in_their_usual_spellings() -> None:
    text = (
        "Dara Omar Hawrami, a lawmaker from Duhok, said teachers in Sulaimaniyah and Anbar had not been "
        "paid since March."
    )
    assert {("Duhok", "IQ"), ("Sulaimaniyah", "IQ"), ("Anbar", "IQ")} <= _places(text)


def test_south_african_metros_are_places_and_their_municipalities_organisations() -> None:
    extraction = run(
        "The Ekurhuleni Metropolitan Municipality said it would pay. Eskom said Ekurhuleni and Buffalo City "
        "owed it R2 billion."
    )
    assert {(p.name, p.country_code) for p in extraction.places} >= {
        ("Ekurhuleni", "ZA"),
        ("Buffalo City", "ZA"),
    }
    assert "Ekurhuleni Metropolitan Municipality" in {o.name for o in extraction.organisations}


def test_a_city_that_shares_a_metro_name_word_stays_in_its_own_country() -> None:
    assert ("Buffalo City", "ZA") not in _places("Snow closed schools in Buffalo, New York, on Monday.")
