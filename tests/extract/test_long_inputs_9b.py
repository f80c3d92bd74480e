"""Indexed look-ups that keep long inputs linear give the same answers as the plain scans they replace.

Each test builds random, made-up references and checks the indexed version against a brute-force one.
"""

from __future__ import annotations

import random

from app.extract.lexicon import DESCRIPTORS, fold
from app.extract.mentions import _in_body, _spelled_by, _State
from app.extract.resolve import (
    _named_with_head,
    _NamedPeople,
    _OrgHeads,
    _possessive_org,
    _RefIndex,
    _resolve_people,
    _SettledReferences,
)
from app.extract.types import OrganisationEntity, OrganisationMention, PersonMention, Reference, Span

_KEYS = ["jane roe", "sam lee", "acme", "river trust", None]


def _random_references(rng: random.Random, count: int) -> list[Reference]:
    references = []
    for _ in range(count):
        start = rng.randrange(200)
        key = rng.choice(_KEYS)
        kind = rng.choice(["name", "name", "pronoun", "descriptor", "role"])
        references.append(
            Reference(
                start,
                start + rng.randrange(1, 9),
                rng.choice(["the union", "the Trust", "she"]),
                key,
                rng.choice(["person", "organisation", None]),
                kind,
            )
        )
    references.sort(key=lambda r: r.start)
    return references


def _group(reference: Reference) -> tuple[str, str | None]:
    return ("key", reference.key)


def test_index_last_matches_a_backward_scan_as_references_are_inserted() -> None:
    rng = random.Random(91)
    for _ in range(100):
        references = _random_references(rng, rng.randrange(0, 25))
        index = _RefIndex()
        for reference in references:
            index.add(_group(reference), reference)
        for extra in _random_references(rng, 10):  # inserted as resolve inserts them
            at = next((i for i, r in enumerate(references) if r.start > extra.start), len(references))
            references.insert(at, extra)
            index.add(_group(extra), extra)
        for _ in range(30):
            position, floor = rng.randrange(210), rng.randrange(100)
            keys = rng.sample(_KEYS, rng.randrange(1, 4))
            fits = [r for r in references if floor <= r.start < position and r.key in keys]
            expected = fits[-1] if fits else None
            if len(keys) == 1:
                assert index.last(("key", keys[0]), position, floor) is expected
            ambiguous, found = index.last_of([("key", k) for k in keys], position, floor)
            if not ambiguous:
                assert found is expected


def test_named_people_match_scans_of_the_names() -> None:
    rng = random.Random(92)
    for _ in range(200):
        references = _random_references(rng, rng.randrange(0, 25))
        named = _NamedPeople(references)
        for _ in range(30):
            position, floor = rng.randrange(210), rng.randrange(200)
            for key in _KEYS[:-1]:
                expected_end = max(
                    (r.end for r in references if r.start < position and r.key == key and r.kind == "name"),
                    default=0,
                )
                assert named.last_end(key, position) == expected_end
            people = [
                r
                for r in references
                if r.start < position
                and r.key
                and r.type == "person"
                and r.kind == "name"
                and r.start >= floor
            ]
            expected = people[-1] if people and len({r.key for r in people}) == 1 else None
            assert named.only_one_since(floor, position) is expected


def test_named_with_head_matches_a_scan_of_every_mention() -> None:
    rng = random.Random(93)
    names = ["Moor Valley Trust", "Hill Trust", "Acme Council", "Trust", "Lowfield Institute"]
    for _ in range(200):
        organisations = [
            OrganisationEntity(
                key=f"org {n}",
                name=rng.choice(names),
                mentions=tuple(Span(s, s + 5) for s in rng.sample(range(300), rng.randrange(1, 6))),
            )
            for n in range(rng.randrange(0, 6))
        ]
        heads = _OrgHeads(organisations)
        for _ in range(20):
            position, word = rng.randrange(310), rng.choice(["the trust", "the council", "the institute"])
            best: tuple[int, str] | None = None
            for org in organisations:
                if fold(org.name).split()[-1] != word.split()[-1]:
                    continue
                last = max((m.start for m in org.mentions if m.start < position), default=-1)
                if last >= 0 and (best is None or last > best[0]):
                    best = (last, org.key)
            assert _named_with_head(word, heads, position) == (best[1] if best else None)


def test_possessive_org_finds_the_nearest_description_and_first_of_kind_as_a_scan_does() -> None:
    rng = random.Random(94)
    kinds = {"river trust": "charity", "acme": "company", "jane roe": "union", "sam lee": "company"}
    for _ in range(200):
        references = _random_references(rng, rng.randrange(0, 30))
        settled = _SettledReferences(references, kinds)
        for _ in range(20):
            position = rng.randrange(-50, 260)
            for wanted in ("the union", "the trust", "the company"):
                near = [
                    r
                    for r in references
                    if r.kind == "descriptor"
                    and r.key
                    and abs(r.start - position) < 120
                    and fold(r.text) == wanted
                ]
                wanted_kinds = DESCRIPTORS.get(wanted.split()[-1], frozenset())
                first = next(
                    (
                        r
                        for r in references
                        if r.type == "organisation" and kinds.get(r.key or "") in wanted_kinds
                    ),
                    None,
                )
                expected = (
                    min(near, key=lambda r: abs(r.start - position)).key if near else first and first.key
                )
                # Nothing named before: the nearest such description, else the first organisation of its kind.
                found = _possessive_org(wanted + "'s", position, settled, lambda _p, _a: None, kinds)
                assert found == expected


def _brute_partial_keys(people: tuple[PersonMention, ...], keys: dict[int, str]) -> dict[int, str]:
    """The key each partial name gets by listing every earlier full name it could be."""
    surnames: dict[str, list[tuple[int, str]]] = {}
    first_gender: dict[str, str] = {}
    for person in people:
        if not person.partial:
            first_gender.setdefault(keys[person.start], person.gender)
            surnames.setdefault(person.name.split()[-1], []).append((person.start, keys[person.start]))
    found = {}
    for person in people:
        if not person.partial:
            continue
        candidates = surnames.get(person.name, [])
        before = [key for start, key in candidates if start < person.start]
        if person.gender != "u":
            fitting = [key for key in before if first_gender[key] in (person.gender, "u")]
            before = fitting or before
        found[person.start] = before[-1] if before else candidates[0][1] if candidates else fold(person.name)
    return found


def test_partial_names_join_the_same_full_names_as_a_scan_of_all_earlier_ones() -> None:
    rng = random.Random(95)
    full = [("Liam Kettering", "m"), ("Sarah Kettering", "f"), ("Alex Kettering", "u"), ("Jo Pell", "f")]
    for _ in range(300):
        people = []
        for start in sorted(rng.sample(range(0, 400, 4), rng.randrange(1, 25))):
            if rng.random() < 0.4:
                name, gender = rng.choice(full)
                people.append(PersonMention(start, start + 3, name, gender=gender))
            else:
                name = rng.choice(["Kettering", "Pell", "Omondi"])
                people.append(PersonMention(start, start + 3, name, gender=rng.choice("mfu"), partial=True))
        keys, _ = _resolve_people(tuple(people))
        for start, key in _brute_partial_keys(tuple(people), keys).items():
            assert keys[start] == key


def test_spelled_by_finds_the_latest_organisation_whose_initials_spell_the_acronym() -> None:
    rng = random.Random(96)
    names = ["Ghost River Board", "Green Rail Bureau", "Tamworth Union", "the Ideas Lab", "Grb Ltd", "A"]
    for _ in range(100):
        state = _State("x" * 400)
        for at in range(rng.randrange(0, 8)):
            name = rng.choice(names)
            state.orgs.append(OrganisationMention(at, at + 1, name, name, None, None, "company"))
        for acronym in ("GRB", "TU", "IL", "G", ""):
            expected = next(
                (
                    o
                    for o in reversed(state.orgs)
                    if len(i := "".join(w[0] for w in o.canonical.split() if w[:1].isupper())) >= 2
                    and i == acronym
                ),
                None,
            )
            found = _spelled_by(state, acronym)
            assert (found and found["canonical"]) == (expected and expected.canonical)


def test_in_body_answers_as_a_search_of_the_body() -> None:
    rng = random.Random(97)
    for _ in range(50):
        state = _State("".join(rng.choice("ab c") for _ in range(60)))
        for _ in range(40):
            text = "".join(rng.choice("ab c") for _ in range(rng.randrange(0, 5)))
            assert _in_body(state, text) == (text in state.body)
            assert _in_body(state, text) == (text in state.body)  # asked again: the remembered answer
