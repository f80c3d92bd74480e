"""The pipeline reaches its gold: the seed and every fixture entirely, and the issue's targets overall."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.evaluate import EvaluationReport, evaluate_folder, format_report

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def fixture_report() -> EvaluationReport:
    return evaluate_folder(FIXTURES)


def test_seed_is_entirely_right() -> None:
    report = evaluate_folder(SEEDS)
    seed = next(a for a in report.articles if a.name.startswith("000_562edc6b6e8a2061"))
    assert seed.failures == [], format_report(report)


def test_there_are_enough_fixtures(fixture_report: EvaluationReport) -> None:
    assert len(fixture_report.articles) >= 15


GOLD_FILES = sorted(FIXTURES.glob("*.gold.json"))


@pytest.mark.parametrize("gold", GOLD_FILES, ids=[g.name.removesuffix(".gold.json") for g in GOLD_FILES])
def test_every_fixture_is_entirely_right(fixture_report: EvaluationReport, gold: Path) -> None:
    stem = gold.name.removesuffix(".gold.json")
    article = next(a for a in fixture_report.articles if Path(a.name).stem == stem)
    assert article.failures == [], "\n".join(article.failures)


def test_html_and_json_fixtures_are_read_as_articles(fixture_report: EvaluationReport) -> None:
    suffixes = {Path(a.name).suffix for a in fixture_report.articles}
    assert {".txt", ".html", ".json"} <= suffixes


def test_a_gold_file_without_its_article_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "orphan.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "story.txt").write_text("Jane Roe said the plan works.", encoding="utf-8")
    (tmp_path / "story.gold.json").write_text(
        '{"people": [{"name": "Jane Roe"}], "quotes": [{"text": "the plan works", "kind": "indirect", '
        '"speaker": "Jane Roe"}]}',
        encoding="utf-8",
    )
    report = evaluate_folder(tmp_path)
    assert [a.name for a in report.articles] == ["story.txt"]
    assert report.articles[0].failures == []


def test_a_speaker_given_by_the_acronym_of_the_gold_organisation_counts(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(
        "Drains cleared\n\nThe WRB said the drains would be clear by June.", encoding="utf-8"
    )
    gold = (
        '{"organisations": [{"name": "Westshire Rivers Board", "acronym": "%s"}], "quotes": '
        '[{"text": "the drains would be clear by June", "kind": "indirect", "speaker": "Westshire Rivers Board"}]}'
    )
    (tmp_path / "story.gold.json").write_text(gold % "WRB", encoding="utf-8")
    assert evaluate_folder(tmp_path).speakers.correct == 1
    (tmp_path / "story.gold.json").write_text(gold % "WRA", encoding="utf-8")  # another body's letters
    assert evaluate_folder(tmp_path).speakers.correct == 0


def test_fixture_targets(fixture_report: EvaluationReport) -> None:
    totals = fixture_report.totals
    text = format_report(fixture_report)
    assert totals["direct quotes"].recall >= 0.95, text
    assert fixture_report.speakers.value >= 0.90, text
    assert totals["people"].precision >= 0.95, text
    assert totals["people"].recall >= 0.95, text
    assert totals["organisations"].recall >= 0.90, text
    assert fixture_report.comments_exact.correct == fixture_report.comments_exact.total, text


def test_secondary_targets(fixture_report: EvaluationReport) -> None:
    totals = fixture_report.totals
    text = format_report(fixture_report)
    assert totals["direct quotes"].precision >= 0.90, text
    assert totals["places"].recall >= 0.85, text
    assert totals["indirect quotes"].recall >= 0.70, text


def test_format_report_lists_every_record_type(fixture_report: EvaluationReport) -> None:
    text = format_report(fixture_report)
    for label in (
        "people",
        "organisations",
        "places",
        "direct quotes",
        "indirect quotes",
        "speaker accuracy",
    ):
        assert label in text


def test_a_gold_place_may_be_written_as_the_article_wrote_it(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(
        "Bill stalls\n\nSen. Dana Pruitt (D-Calif.) said the bill was late.", encoding="utf-8"
    )
    gold = '{"places": [{"name": "%s", "country_code": "US"}]}'
    for written_or_canonical in ("Calif.", "California"):
        (tmp_path / "story.gold.json").write_text(gold % written_or_canonical, encoding="utf-8")
        failures = evaluate_folder(tmp_path).articles[0].failures
        assert [f for f in failures if "place" in f] == []
    # A form the article never uses does not match.
    (tmp_path / "story.gold.json").write_text(gold % "Cal.", encoding="utf-8")
    assert "missing place 'Cal.' (US)" in evaluate_folder(tmp_path).articles[0].failures


def test_a_persons_organisation_compares_without_a_leading_the_as_the_organisation_row_does(
    tmp_path: Path,
) -> None:
    (tmp_path / "story.txt").write_text(
        "Trust reopens\n\nJane Roe, director of the Harbourside Heritage Trust, said the gallery would reopen.",
        encoding="utf-8",
    )
    gold = '{"people": [{"name": "Jane Roe", "titles": ["director"], "organisations": ["%s"]}]}'
    for written in ("The Harbourside Heritage Trust", "Harbourside Heritage Trust"):
        (tmp_path / "story.gold.json").write_text(gold % written, encoding="utf-8")
        assert evaluate_folder(tmp_path).person_details.correct == 1
    (tmp_path / "story.gold.json").write_text(gold % "Harbourside Heritage Trusts", encoding="utf-8")
    assert evaluate_folder(tmp_path).person_details.correct == 0


def test_an_organisation_found_in_another_country_is_one_failure_line_and_still_unmatched(
    tmp_path: Path,
) -> None:
    (tmp_path / "story.txt").write_text(
        "Trust reopens\n\nJane Roe, director of the Harbourside Heritage Trust, said the gallery would reopen.",
        encoding="utf-8",
    )
    (tmp_path / "story.gold.json").write_text(
        '{"organisations": [{"name": "Harbourside Heritage Trust", "country_code": "NZ"}]}', encoding="utf-8"
    )
    article = evaluate_folder(tmp_path).articles[0]
    org_failures = [f for f in article.failures if "organisation" in f and not f.startswith("person")]
    assert org_failures == ["organisation 'Harbourside Heritage Trust': country None, gold NZ"]
    assert article.scores["organisations"].matched_gold == 0  # the score is unchanged by the wording
