"""Organisations, round thirteen: a body's country from a country or a nationality in its name, whatever
its kind, and a story's own parties."""

from app.extract import run


def _countries(text: str) -> dict[str, str | None]:
    return {o.name: o.country_code for o in run(text).organisations}


def test_a_country_or_nationality_in_any_bodys_name_gives_its_country() -> None:
    text = (
        "Harvest\n\n"
        "The Malawi Tobacco Growers Cooperative said on Monday that prices had fallen by a third.\n\n"
        "The Norwegian Salmon Farmers' Union said exports had held up."
    )
    countries = _countries(text)
    assert countries["Malawi Tobacco Growers Cooperative"] == "MW"
    assert countries["Norwegian Salmon Farmers' Union"] == "NO"


def test_a_place_after_of_outweighs_a_nationality_before_it() -> None:
    text = (
        "Study\n\nResearchers at the American University of Cairo said the survey covered 4,000 households."
    )
    assert _countries(text)["American University of Cairo"] == "EG"


def test_an_international_word_makes_a_body_no_countrys() -> None:
    text = "Chess\n\nThe World Chess Federation of Nations said the Kenyan team had withdrawn."
    assert all(code is None for name, code in _countries(text).items() if name.startswith("World"))


def test_a_party_no_cue_places_elsewhere_is_the_storys_countrys() -> None:
    text = (
        "WINDHOEK, Namibia — The Freedom Alliance Party said on Tuesday it would contest every seat in "
        "Windhoek and Swakopmund.\n\n"
        "Its leader said the Independence Movement Party had failed voters in Namibia."
    )
    countries = _countries(text)
    assert countries["Freedom Alliance Party"] == "NA"
    assert countries["Independence Movement Party"] == "NA"


def test_groups_of_a_parliament_of_many_countries_are_no_countrys() -> None:
    text = (
        "BRUSSELS, Belgium — The European Parliament voted on the rules on Wednesday.\n\n"
        "The Liberal Renewal Party, the third-largest group, said it would back the text. Brussels and "
        "Antwerp officials welcomed the vote."
    )
    assert _countries(text).get("Liberal Renewal Party") is None
