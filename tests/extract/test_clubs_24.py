"""Clubs in match reports, twenty-fourth round: sides a match verb or a score sets, the full name a
one-word side is the short form of, a side's score heading its scorers, and a player opening a
sentence after his side's move."""

from app.extract import run
from tests.extract.reading import titles_and_organisations


def _organisations(text: str) -> set[str]:
    return {organisation.name for organisation in run(text).organisations}


_LEAGUE_REPORT = (
    "Velora Rangers edge Marrowby to go top\n\n"
    "Velora Rangers moved to the top of the league table after a 2-1 win over Marrowby FC in the "
    "stadium yesterday.\n\n"
    "Striker Tomas Evander scored in each half.\n\n"
    "Rangers captain Piet Holloway praised the crowd. Marrowby coach Ian Dale blamed the referee. The result takes Rangers one point ahead of Dunmore "
    "Gold Stars, who were held to a goalless draw by Kestrel Hawks on Saturday.\n\n"
    "Elsewhere, Harts of Fenwick were held 1-1 by Aldous FC, while Marrowby FC host Quillan Foxes next week."
)


def test_sides_a_match_verb_sets_are_clubs() -> None:
    orgs = _organisations(_LEAGUE_REPORT)
    assert {"Dunmore Gold Stars", "Kestrel Hawks", "Harts of Fenwick", "Quillan Foxes"} <= orgs


def test_the_full_name_owns_the_short_form() -> None:
    orgs = _organisations(_LEAGUE_REPORT)
    assert "Velora Rangers" in orgs and "Rangers" not in orgs
    assert titles_and_organisations(_LEAGUE_REPORT, "Piet Holloway")[1] >= {"Velora Rangers"}


def test_a_player_opening_the_sentence_after_his_sides_move() -> None:
    _titles, orgs = titles_and_organisations(_LEAGUE_REPORT, "Tomas Evander")
    assert "Velora Rangers" in orgs


_RESULTS_LINE = (
    "Wallabies of Kerema roar into final\n\n"
    "THE Kerema Cassowaries beat the Ialibu Stormmen 26-18 in the preliminary final yesterday, and the "
    "season's goals tally went to the Cassowaries.\n\n"
    "Cassowaries coach Ben Tarua said the boys showed heart. Stormmen coach Joe Walo said his side had "
    "given away too many penalties in the first half.\n\n"
    "Results: Kerema Cassowaries 26 (J Kaupa, K Moli tries; M Nara 7 goals) d Ialibu Stormmen 18 (J Pirao, "
    "K Yuma tries; A Kemo 3 goals).\n\n"
    "Winger Jack Kaupa and hooker Kevin Moli scored for the winners, with halfback Max Nara kicking well, "
    "while centre Jim Pirao and winger Ken Yuma crossed for the Stormmen and five-eighth Al Kemo kicked."
)


def test_a_side_in_a_results_line_ties_its_scorers() -> None:
    orgs = _organisations(_RESULTS_LINE)
    assert {"Kerema Cassowaries", "Ialibu Stormmen"} <= orgs
    assert "Kerema Cassowaries" in titles_and_organisations(_RESULTS_LINE, "Kevin Moli")[1]
    assert "Ialibu Stormmen" in titles_and_organisations(_RESULTS_LINE, "Al Kemo")[1]


_SCORE_HEADS = (
    "Bath 30-20 Exeter Chiefs: bonus-point win at the Rec\n\n"
    "Premiership\n\n"
    "Bath (17) 30\n\n"
    "Tries: Pellow 2, Danvers Cons: Orrin 3 Pen: Orrin\n\n"
    "Exeter Chiefs (10) 20\n\n"
    "Tries: Marlowe, Tennant Cons: Quarry 2 Pen: Quarry 2\n\n"
    "Bath scored three tries to beat Exeter Chiefs and stay top of the league.\n\n"
    "Flanker Joss Pellow crossed twice, and fly-half Ned Orrin kicked 11 points. Exeter Chiefs lock Sam "
    "Marlowe and wing Ray Tennant went over in the second half, with Len Quarry kicking."
)


def test_a_town_heading_its_scorers_is_a_club() -> None:
    assert "Bath" in _organisations(_SCORE_HEADS)
    assert "Bath" in titles_and_organisations(_SCORE_HEADS, "Joss Pellow")[1]
    assert "Exeter Chiefs" in titles_and_organisations(_SCORE_HEADS, "Len Quarry")[1]


def test_no_club_outside_sport() -> None:
    text = (
        "Council hosts Harbour Lions for talks\n\n"
        "The council will host Harbour Lions at the town hall on Monday, the mayor said. "
        "Residents were held up by roadworks."
    )
    assert "Harbour Lions" not in _organisations(text)


def test_a_side_beaten_in_full_owns_its_short_form() -> None:
    text = (
        "Bolts take 3-1 lead in finals\n\n"
        "The Harbour Bolts beat Barangay Tamaraw San Isidro, 98-94, on Sunday night to take a 3-1 lead in "
        "the finals series, and the league season ends next week.\n\n"
        "Tamaraw led 66-49 in the third period. Tamaraw coach Nilo Banaag said his team lost its composure, "
        "and Bolts coach Ramon Dizon-Cruz said his bench outscored Tamaraw's reserves 34-11."
    )
    orgs = _organisations(text)
    assert "Barangay Tamaraw San Isidro" in orgs and "Tamaraw" not in orgs
    assert "Barangay Tamaraw San Isidro" in titles_and_organisations(text, "Nilo Banaag")[1]


def test_a_sides_post_read_with_it_leaves_the_side() -> None:
    text = (
        "Velora Rangers go top\n\n"
        "Velora Rangers moved to the top of the league after a 2-1 win over Marrowby FC in the stadium. "
        "Striker Tomas Evander scored twice in the second half.\n\n"
        "Rangers' Head of Communications, Kofi Ampem, described the complaint as noise."
    )
    orgs = _organisations(text)
    assert not any("Head of Communications" in name for name in orgs)


def test_one_word_side_after_a_match_verb_in_a_team_sport() -> None:
    text = (
        "Kestrels beat Gulls\n\n"
        "The Norwood Kestrels beat the Harbour Gulls 90-72 at the ground on Saturday to go top of the league.\n\n"
        "Kestrels coach Joel Brannock said his defence won it, and Gulls captain Lee Morrow praised the crowd. "
        "The Kestrels finish the season against Tarrawong, while the Gulls travel to Ostrova."
    )
    assert {"Tarrawong", "Ostrova"} <= _organisations(text)


def test_one_word_opponent_in_tennis_stays_out() -> None:
    text = (
        "Varga into semi-finals\n\n"
        "Marta Varga beat Lindqvist 6-3, 6-4 in the quarter-final on Tuesday, and will face Okonjo next. "
        "Varga said her serve won it; she has lost only one set this season."
    )
    orgs = _organisations(text)
    assert "Lindqvist" not in orgs and "Okonjo" not in orgs


def test_a_side_in_capitals_before_a_post() -> None:
    text = (
        "Rovers edge rivals\n\n"
        "MARLOWS coach Tendai Chikore hailed his side after a 2-1 victory over Harbour Athletic FC in the "
        "league yesterday.\n\n"
        "Marlows captain Ben Moyo scored the winner in the second half, and the Marlows goalkeeper saved a "
        "penalty."
    )
    titles, orgs = titles_and_organisations(text, "Tendai Chikore")
    assert titles == {"coach"} and "Marlows" in orgs
