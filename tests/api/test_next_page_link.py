"""The next page's address is Starlette's ``include_query_params(cursor=…)``, to the character."""

from __future__ import annotations

import itertools
import random

import pytest
from starlette.datastructures import URL

from app.api.listing import next_page_url

BASES = ["http://127.0.0.1:8000/v1/quotes", "https://news.example:8443/v1/a%20b/x", "http://[::1]/v1/people"]
QUERIES = [
    "",
    "cursor=old",
    "speaker=Okonkwo&limit=20",
    "kind=direct&cursor=a&cursor=b&limit=",
    "cursorish=1&cursor=",
    "a&b",
    "=1",
    "a=1&&b=2",
    "name=caf%C3%A9",
    "q=two+words",
    "q=a%2Bb&cursor=x",
    "fields=id,text",
    "x=1&x=2",
]
CURSORS = ["WyJpZCIsZmFsc2UsNTAsNTBd", "a+b/=", "é"]


def _random_queries(count: int) -> list[str]:
    rng = random.Random(11)
    pieces = ["a", "B", "cursor", "=", "&", "7", "~", "+", "%2", "%41", " ", "é", "-", ".", ","]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(count)]


@pytest.mark.parametrize("base", BASES)
def test_same_address_as_starlette(base: str) -> None:
    for query, cursor in itertools.product([*QUERIES, *_random_queries(400)], CURSORS):
        url = URL(base + ("?" + query if query else ""))
        assert next_page_url(url, cursor) == str(url.include_query_params(cursor=cursor)), (query, cursor)


def test_plain_query_keeps_order_and_replaces_the_cursor() -> None:
    url = URL("http://h/v1/quotes?cursor=old&speaker=Okonkwo&limit=20")
    assert next_page_url(url, "new") == "http://h/v1/quotes?speaker=Okonkwo&limit=20&cursor=new"
