"""Score the extraction pipeline against hand-written gold files.

Every article (``NAME.txt``, ``NAME.html``/``.htm`` or ``NAME.json``, read as the importer
reads it) with a ``NAME.gold.json`` beside it (searched recursively) is run through
:func:`app.extract.run` and compared with its gold record. The gold
format is documented in ``tests/fixtures/README.md``.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.extract import run
from app.extract.lexicon import PLACES, fold
from app.extract.types import Extraction
from app.readers import FORMAT_SUFFIXES, read_file

RECORD_TYPES = ("people", "organisations", "places", "direct quotes", "indirect quotes")
# Two quote spans are the same quote when they share at least this share of the shorter one.
_QUOTE_OVERLAP = 0.5


@dataclass(slots=True)
class Score:
    gold: int = 0
    predicted: int = 0
    matched_gold: int = 0
    matched_predicted: int = 0

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched_gold += other.matched_gold
        self.matched_predicted += other.matched_predicted


@dataclass(slots=True)
class Ratio:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def add(self, other: Ratio) -> None:
        self.correct += other.correct
        self.total += other.total


@dataclass(slots=True)
class ArticleResult:
    name: str
    scores: dict[str, Score]
    speakers: Ratio  # gold quotes with a named speaker whose speaker came out right
    unattributed: Ratio  # gold quotes with no speaker that also got none
    person_details: Ratio  # matched people whose gold titles and organisations were all found
    comments_exact: bool
    seconds: float
    failures: list[str] = field(default_factory=list)

    @property
    def perfect(self) -> bool:
        return not self.failures


@dataclass(slots=True)
class EvaluationReport:
    articles: list[ArticleResult]
    totals: dict[str, Score]
    speakers: Ratio
    unattributed: Ratio
    person_details: Ratio
    comments_exact: Ratio

    @property
    def perfect_articles(self) -> int:
        return sum(1 for article in self.articles if article.perfect)


def _norm(text: str) -> str:
    return fold(text).strip(" .,;:\"'“”‘’«»")


def _org_norm(text: str) -> str:
    """An organisation's name compares without a leading "the" ("The Sleep Charity")."""
    return _norm(text).removeprefix("the ")


def _place_names(name: str) -> set[str]:
    info = PLACES.get(name) or PLACES.get(name.removeprefix("the ").removeprefix("The "))
    names = {_norm(name)}
    if info:
        names.add(_norm(info.name))
    return names


def _person_forms(extraction: Extraction) -> list[tuple[set[str], Any]]:
    return [
        ({_norm(p.name), *(_norm(a) for a in p.aliases if len(a.split()) > 1)}, p) for p in extraction.people
    ]


def _org_forms(extraction: Extraction) -> list[tuple[set[str], Any]]:
    forms = []
    for org in extraction.organisations:
        names = {_org_norm(org.name), *(_org_norm(a) for a in org.aliases)}
        if org.acronym:
            names.add(_norm(org.acronym))
        forms.append((names, org))
    return forms


def _match_names(
    gold: list[dict[str, Any]],
    predicted: list[tuple[set[str], Any]],
    gold_forms: Any,
    accept: Any = None,
) -> tuple[Score, list[tuple[dict[str, Any], Any]], list[dict[str, Any]], list[Any]]:
    """One-to-one matching of gold records to predicted entities by normalised name."""
    used: set[int] = set()
    pairs: list[tuple[dict[str, Any], Any]] = []
    missing: list[dict[str, Any]] = []
    for record in gold:
        names = gold_forms(record)
        hit = next(
            (
                index
                for index, (forms, entity) in enumerate(predicted)
                if index not in used and forms & names and (accept is None or accept(record, entity))
            ),
            None,
        )
        if hit is None:
            missing.append(record)
        else:
            used.add(hit)
            pairs.append((record, predicted[hit][1]))
    extra = [entity for index, (_, entity) in enumerate(predicted) if index not in used]
    score = Score(len(gold), len(predicted), len(pairs), len(pairs))
    return score, pairs, missing, extra


def _locate(body: str, text: str) -> tuple[int, int] | None:
    position = body.find(text)
    if position < 0:
        squeezed = " ".join(text.split())
        position = body.find(squeezed)
        text = squeezed
    if position < 0:
        return None
    return position, position + len(text)


def _same_quote(body: str, gold_text: str, start: int, end: int) -> bool:
    located = _locate(body, gold_text)
    if located is not None:
        overlap = min(end, located[1]) - max(start, located[0])
        return overlap > 0 and overlap >= _QUOTE_OVERLAP * min(end - start, located[1] - located[0])
    gold_norm, predicted_norm = _norm(gold_text), _norm(body[start:end])
    return bool(gold_norm) and (gold_norm in predicted_norm or predicted_norm in gold_norm)


def _speaker_names(extraction: Extraction, key: str | None) -> set[str]:
    if key is None:
        return set()
    for person in extraction.people:
        if person.key == key:
            return {_norm(person.name), *(_norm(a) for a in person.aliases)}
    for org in extraction.organisations:
        if org.key == key:
            names = {_norm(org.name), *(_norm(a) for a in org.aliases)}
            return names | ({_norm(org.acronym)} if org.acronym else set())
    return set()


def evaluate_article(name: str, text: str, gold: dict[str, Any]) -> ArticleResult:
    started = time.perf_counter()
    extraction = run(text)
    seconds = time.perf_counter() - started
    body = extraction.document.body
    failures: list[str] = []
    scores: dict[str, Score] = {}

    person_score, person_pairs, missing, extra = _match_names(
        gold.get("people", []), _person_forms(extraction), lambda r: {_norm(r["name"])}
    )
    scores["people"] = person_score
    failures += [f"missing person {r['name']!r}" for r in missing]
    failures += [f"extra person {p.name!r}" for p in extra]
    org_forms = _org_forms(extraction)
    details = Ratio()
    for record, person in person_pairs:
        details.total += 1
        titles = {_norm(t) for t in person.titles}
        affiliated = {
            form
            for affiliation in person.affiliations
            for forms, org in org_forms
            if org.key == affiliation.organisation_key
            for form in forms
        }
        wrong = [t for t in record.get("titles", []) if _norm(t) not in titles]
        wrong += [o for o in record.get("organisations", []) if _org_norm(o) not in affiliated]
        if wrong:
            failures.append(f"person {record['name']!r}: missing title/organisation {wrong}")
        else:
            details.correct += 1

    def org_accept(record: dict[str, Any], org: Any) -> bool:
        return not record.get("country_code") or record["country_code"] == org.country_code

    org_score, _, missing, extra = _match_names(
        gold.get("organisations", []),
        org_forms,
        lambda r: {_org_norm(r["name"])} | ({_norm(r["acronym"])} if r.get("acronym") else set()),
        org_accept,
    )
    scores["organisations"] = org_score
    # A gold organisation found under its name but in another country reads as one line, not as a
    # missing and an extra organisation of the same name.
    form_of = {id(org): forms for forms, org in org_forms}
    for record in list(missing):
        names = {_org_norm(record["name"])} | ({_norm(record["acronym"])} if record.get("acronym") else set())
        namesake = next((o for o in extra if form_of[id(o)] & names), None)
        if namesake is not None:
            missing.remove(record)
            extra.remove(namesake)
            failures.append(
                f"organisation {record['name']!r}: country {namesake.country_code}, gold {record['country_code']}"
            )
    failures += [f"missing organisation {r['name']!r}" for r in missing]
    failures += [f"extra organisation {o.name!r}" for o in extra]

    # A gold place is "as written or the canonical name": the forms a place was written in
    # ("Calif." in "D-Calif.") count as well as the gazetteer's name ("California").
    body = extraction.document.body
    place_forms = [
        (_place_names(p.name) | {_norm(body[m.start : m.end]) for m in p.mentions}, p)
        for p in extraction.places
    ]
    place_score, _, missing, extra = _match_names(
        gold.get("places", []),
        place_forms,
        lambda r: _place_names(r["name"]),
        lambda r, p: r.get("country_code") == p.country_code,
    )
    scores["places"] = place_score
    failures += [f"missing place {r['name']!r} ({r.get('country_code')})" for r in missing]
    failures += [f"extra place {p.name!r} ({p.country_code})" for p in extra]

    speakers = Ratio()
    unattributed = Ratio()
    # A speaker the gold names as an organisation may come out under that organisation's acronym, as
    # the organisation itself may ("BMC" for the Brihanmumbai Municipal Corporation).
    gold_acronyms = {
        _norm(o["name"]): _norm(o["acronym"]) for o in gold.get("organisations", []) if o.get("acronym")
    }
    for kind in ("direct", "indirect"):
        gold_quotes = [q for q in gold.get("quotes", []) if q.get("kind", "direct") == kind]
        predicted = [q for q in extraction.quotes if q.kind == kind]
        used: set[int] = set()
        score = Score(len(gold_quotes), len(predicted))
        for record in gold_quotes:
            hit = next(
                (
                    i
                    for i, q in enumerate(predicted)
                    if i not in used and _same_quote(body, record["text"], q.start, q.end)
                ),
                None,
            )
            speaker = record.get("speaker")
            if hit is None:
                failures.append(f"missing {kind} quote {record['text'][:60]!r}")
                if speaker:
                    speakers.total += 1
                else:
                    unattributed.total += 1
                continue
            used.add(hit)
            score.matched_gold += 1
            found = predicted[hit]
            if speaker:
                speakers.total += 1
                accepted = {_norm(speaker), gold_acronyms.get(_norm(speaker), _norm(speaker))}
                if accepted & _speaker_names(extraction, found.speaker_key):
                    speakers.correct += 1
                else:
                    failures.append(
                        f"{kind} quote {record['text'][:40]!r}: speaker {found.speaker_key!r}, gold {speaker!r}"
                    )
            else:
                unattributed.total += 1
                if found.speaker_key is None:
                    unattributed.correct += 1
                else:
                    failures.append(
                        f"{kind} quote {record['text'][:40]!r}: speaker {found.speaker_key!r}, gold none"
                    )
        # A predicted quote is right when it overlaps any gold quote (a long quote may come in parts).
        score.matched_predicted = sum(
            1 for q in predicted if any(_same_quote(body, g["text"], q.start, q.end) for g in gold_quotes)
        )
        failures += [
            f"extra {kind} quote {q.text[:60]!r}"
            for q in predicted
            if not any(_same_quote(body, g["text"], q.start, q.end) for g in gold_quotes)
        ]
        scores[f"{kind} quotes"] = score

    gold_comments = [" ".join(c.split()) for c in gold.get("comments", [])]
    found_comments = [" ".join(c.split()) for c in extraction.document.comments]
    comments_exact = gold_comments == found_comments
    if not comments_exact:
        failures.append(f"comments: {len(found_comments)} found, {len(gold_comments)} in gold")
    return ArticleResult(name, scores, speakers, unattributed, details, comments_exact, seconds, failures)


def _article_beside(gold_path: Path) -> Path | None:
    """The article a gold file describes: same name, any format the importer reads."""
    stem = gold_path.name.removesuffix(".gold.json")
    for suffix in FORMAT_SUFFIXES:
        candidate = gold_path.with_name(stem + suffix)
        if candidate.is_file():
            return candidate
    return None


def evaluate_folder(folder: Path) -> EvaluationReport:
    """Run and score every article that has a ``NAME.gold.json`` beside it."""
    articles: list[ArticleResult] = []
    for gold_path in sorted(Path(folder).rglob("*.gold.json")):
        article_path = _article_beside(gold_path)
        if article_path is None:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = read_file(article_path).text  # HTML and JSON articles become text as on import
        articles.append(evaluate_article(str(article_path.relative_to(folder)), text, gold))
    totals = {name: Score() for name in RECORD_TYPES}
    speakers, unattributed, details, comments = Ratio(), Ratio(), Ratio(), Ratio()
    for article in articles:
        for name, score in article.scores.items():
            totals[name].add(score)
        speakers.add(article.speakers)
        unattributed.add(article.unattributed)
        details.add(article.person_details)
        comments.total += 1
        comments.correct += int(article.comments_exact)
    return EvaluationReport(articles, totals, speakers, unattributed, details, comments)


def format_report(report: EvaluationReport) -> str:
    """A plain-text table of the scores, then each article's failures."""
    lines = [f"{'record':<18}{'gold':>6}{'found':>7}{'P':>8}{'R':>8}{'F1':>8}"]
    lines.append("-" * len(lines[0]))
    for name in RECORD_TYPES:
        score = report.totals[name]
        lines.append(
            f"{name:<18}{score.gold:>6}{score.predicted:>7}{score.precision:>8.3f}{score.recall:>8.3f}{score.f1:>8.3f}"
        )
    lines.append("")
    lines.append(
        f"speaker accuracy (named speakers): {report.speakers.value:.3f} ({report.speakers.correct}/{report.speakers.total})"
    )
    lines.append(
        f"no-speaker quotes left unattributed: {report.unattributed.value:.3f} "
        f"({report.unattributed.correct}/{report.unattributed.total})"
    )
    lines.append(
        f"people with all titles/organisations: {report.person_details.value:.3f} "
        f"({report.person_details.correct}/{report.person_details.total})"
    )
    lines.append(
        f"comments split exactly: {report.comments_exact.correct}/{report.comments_exact.total} articles"
    )
    lines.append(f"articles entirely right: {report.perfect_articles}/{len(report.articles)}")
    if report.articles:
        mean_ms = 1000 * sum(a.seconds for a in report.articles) / len(report.articles)
        lines.append(f"mean extraction time: {mean_ms:.2f} ms per article (first includes warm-up)")
    for article in report.articles:
        if article.failures:
            lines.append("")
            lines.append(f"{article.name}:")
            lines += [f"  - {failure}" for failure in article.failures]
    return "\n".join(lines)
