"""Indexed look-ups that keep long inputs linear give the same answers as the plain scans they replace.

Each test builds random or made-up input and checks the indexed version against a brute-force one.
"""

from __future__ import annotations

import random

from app.extract.mentions import _Chunk, _chunk_index, _State, _tokens


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
