"""People: names the sixteenth round reads (patronymic particles, courtesy forms before a name)."""

from app.extract import run
from app.extract.document import split_document


def _names(text: str) -> set[str]:
    return {p.name for p in run(text).people}


def test_son_of_particle_binds_the_given_name_to_the_words_before() -> None:
    text = "Mauritania voted on Sunday.\n\nCommission president Brahim Tayeb Ould Ahmed Lemrabott said turnout was high."
    assert "Brahim Tayeb Ould Ahmed Lemrabott" in _names(text)


def test_words_before_a_given_name_without_a_particle_still_fall_away() -> None:
    # No particle: the post's words before the given name are no part of the name.
    text = "The ministry spoke on Monday.\n\nCulture and Sport Minister Anneli Virtanen said the fund would grow."
    names = _names(text)
    assert "Anneli Virtanen" in names
    assert not any(name.startswith(("Sport", "Minister")) for name in names)


def test_cllr_is_a_courtesy_form_and_no_part_of_the_name() -> None:
    text = "The council met on Tuesday.\n\nCllr Brenna Oakhurst-Lee said the cuts were unavoidable."
    names = _names(text)
    assert "Brenna Oakhurst-Lee" in names
    assert "Cllr Brenna Oakhurst-Lee" not in names


def test_a_councillor_written_in_full_is_still_read() -> None:
    text = "The council met on Tuesday.\n\nCouncillor Brenna Oakhurst-Lee said the cuts were unavoidable."
    assert "Brenna Oakhurst-Lee" in _names(text)


def test_welsh_ap_and_tamil_s_o_are_particles_inside_the_name() -> None:
    text = (
        "The minister spoke on Monday.\n\n"
        "Rhodri ap Caradog, the cabinet secretary for rural affairs, told the Senedd it would pass.\n\n"
        "His lawyer, Mr Selvam s/o Arumugam, asked for a lighter sentence."
    )
    names = _names(text)
    assert "Rhodri ap Caradog" in names
    assert "Selvam s/o Arumugam" in names
    assert "Caradog" not in names and "Selvam" not in names


def test_a_luo_name_ending_in_an_apostrophe_runs_on_to_the_surname() -> None:
    text = "The assembly sat on Monday.\n\nThe cut set up a standoff with Governor Peter Onyang' Achola on Monday."
    assert "Peter Onyang' Achola" in _names(text)


def test_a_word_closed_by_a_single_quote_is_not_joined_to_the_next_name() -> None:
    text = "The assembly sat on Monday.\n\nShe called the 'Spring' Jane Roe report a failure, Tom Lee said."
    names = _names(text)
    assert not any("Spring" in name for name in names)


def test_an_irish_given_name_with_the_fada_opens_a_name() -> None:
    text = "The court sat on Monday.\n\nCiarán Mac Giolla Phádraig said he would appeal the ruling."
    assert "Ciarán Mac Giolla Phádraig" in _names(text)


def test_outlet_then_by_line_credits_the_writer() -> None:
    text = (
        "Builder jailed over worker's death\n\n"
        "Acme News / By Jane Roe\n\n"
        "Posted Fri 13 Mar 2026 at 3:12pm\n\n"
        "A builder was jailed on Friday, the court's registrar Tom Lee said."
    )
    assert split_document(text).byline == "Jane Roe"
    assert "Jane Roe" not in _names(text)


def test_a_slash_line_without_by_credits_nobody() -> None:
    text = "Builder jailed over worker's death\n\nAcme News / Jane Roe\n\nA builder was jailed on Friday."
    assert split_document(text).byline != "Acme News"


def test_a_given_name_that_is_a_word_opens_the_name_after_a_courtesy_form() -> None:
    text = (
        "The assembly sat on Monday.\n\n"
        "Member for Finance and Economic Planning Dr Grace Atieno Owino-Were said the cut was forced."
    )
    names = _names(text)
    assert "Grace Atieno Owino-Were" in names
    assert "Atieno Owino-Were" not in names


def test_nana_before_a_full_akan_name_is_a_style() -> None:
    text = "The chiefs met on Monday.\n\nThe Okyenhene's spokesperson, Nana Kofi Boateng Asante, said mining was banned."
    names = _names(text)
    assert "Kofi Boateng Asante" in names
    assert "Nana Kofi Boateng Asante" not in names


def test_nana_before_a_surname_alone_stays_in_the_name() -> None:
    text = "The party met on Monday.\n\nThe former president, Nana Akufo-Addo, said mining was banned."
    assert "Nana Akufo-Addo" in _names(text)


def test_a_post_before_a_style_and_name_is_the_holders() -> None:
    text = "The chiefs met on Monday.\n\nThe Okyenhene's spokesperson, Nana Kofi Boateng Asante, said mining was banned."
    person = next(p for p in run(text).people if p.name == "Kofi Boateng Asante")
    assert person.titles == ("spokesperson",)


def test_a_ground_or_harbour_after_at_or_near_is_no_person() -> None:
    text = (
        "The Blues won on Saturday.\n\n"
        "The Blues will host the final at Dorran Park next Saturday, Tom Lee said.\n\n"
        "Volunteers gathered in a village near Fenwick Haven on Sunday."
    )
    names = _names(text)
    assert "Dorran Park" not in names
    assert "Fenwick Haven" not in names


def test_a_surname_park_after_at_with_a_post_is_still_a_person() -> None:
    text = "The talks ended on Monday.\n\nThe minister, Lee Park, said the deal would stand, Tom Lee said."
    assert "Lee Park" in _names(text)


def test_a_neighbourhood_or_a_port_authority_names_no_person() -> None:
    text = (
        "Gunmen struck on Sunday.\n\n"
        "Gunmen attacked a party in the neighborhood of Marisa Blanca, killing seven, Tom Lee said.\n\n"
        "The Port of Milford Haven has begun replacing moorings."
    )
    names = _names(text)
    assert "Marisa Blanca" not in names
    assert "Milford Haven" not in names


def test_a_post_in_charge_of_a_remit_before_a_name_in_apposition() -> None:
    text = (
        "Acme Corp said sales fell.\n\n"
        "The company's executive vice president in charge of exports, Sato Haruki, will also resign."
    )
    person = next(p for p in run(text).people if p.name == "Sato Haruki")
    assert person.titles == ("executive vice president in charge of exports",)


def test_in_charge_of_the_site_before_a_comma_names_no_post() -> None:
    # "in charge of the" with an article stays out of the post.
    text = "Acme Corp said sales fell.\n\nThe firm, in charge of the site, Sato Haruki said, would close it."
    assert all("in charge" not in title for p in run(text).people for title in p.titles)
