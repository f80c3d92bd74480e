"""Indexed look-ups that keep long inputs linear give the same answers as the plain scans they replace.

Each test builds random, made-up references and checks the indexed version against a brute-force one.
"""

from __future__ import annotations

import random

from app.extract.resolve import _NamedPeople, _RefIndex
from app.extract.types import Reference

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
