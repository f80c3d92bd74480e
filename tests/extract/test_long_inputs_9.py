"""Indexed look-ups that keep long inputs linear give the same answers as the plain scans they replace.

Each test builds random or made-up input and checks the indexed version against a brute-force one.
"""

from __future__ import annotations

import random

from app.extract.mentions import (
    _Chunk,
    _chunk_index,
    _inside_longer_span,
    _State,
    _surname_alone_at,
    _surname_stands_alone,
    _tokens,
)


def _ids(chunks: list[_Chunk]) -> list[int]:
    return [id(c) for c in chunks]


def _random_chunks(rng: random.Random, body: str, count: int) -> list[_Chunk]:
    chunks = []
    for _ in range(count):
        start = rng.randrange(len(body))
        end = min(len(body), start + rng.randrange(0, 12))
        chunks.append(_Chunk(start, end, _tokens(body, start, end)))
    return chunks


def test_chunk_index_groups_by_text_in_list_order() -> None:
    rng = random.Random(9)
    for _ in range(50):
        body = "".join(rng.choice("ab ") for _ in range(60))
        chunks = _random_chunks(rng, body, 40)
        state = _State(body)
        index = _chunk_index(state, chunks)
        for text in {body[c.start : c.end] for c in chunks} | {"zz"}:
            assert _ids(index.by_text.get(text, [])) == _ids(
                [c for c in chunks if body[c.start : c.end] == text]
            )
        assert _chunk_index(state, chunks) is index  # built once per list
        assert _chunk_index(state, list(chunks)) is not index


def test_chunk_index_overlapping_matches_a_scan() -> None:
    rng = random.Random(19)
    for _ in range(50):
        body = "".join(rng.choice("abc ") for _ in range(80))
        chunks = _random_chunks(rng, body, rng.randrange(0, 30))
        index = _chunk_index(_State(body), chunks)
        for _ in range(40):
            start = rng.randrange(len(body))
            end = start + rng.randrange(0, 15)
            expected = [c for c in chunks if c.start < end and c.end > start]
            assert _ids(index.overlapping(start, end)) == _ids(expected)


def test_inside_longer_span_matches_a_scan() -> None:
    rng = random.Random(29)
    for _ in range(200):
        spans = []
        for _ in range(rng.randrange(0, 12)):
            start = rng.randrange(40)
            spans.append((start, start + rng.randrange(0, 10)))
        inside = _inside_longer_span(spans)
        for start in range(45):
            for end in range(start, start + 12):
                expected = any(s <= start and end <= e and e - s > end - start for s, e in spans)
                assert inside(start, end) == expected, (spans, start, end)


def test_surname_read_once_matches_reading_from_each_name() -> None:
    rng = random.Random(39)
    pieces = ["Roe", "Ms Roe", "Roe said", "Acme Roe said", "Roer", "Abab", "Ababab said", " ", ". ", "x"]
    for _ in range(100):
        body = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(30))
        starts = frozenset(rng.sample(range(len(body)), min(len(body), 10)))
        state = _State(body, sentence_starts=starts)
        plain = _State(body, sentence_starts=starts)
        offsets = sorted(rng.randrange(len(body) + 5) for _ in range(12))
        if rng.random() < 0.3:
            rng.shuffle(offsets)
        for offset in offsets:
            for surname in ("Roe", "Abab"):
                expected = _surname_alone_at(plain, surname, offset + len(surname) + 1) >= 0
                assert _surname_stands_alone(state, surname, offset) == expected
