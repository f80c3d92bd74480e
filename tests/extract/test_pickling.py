"""Extractions cross from the import's worker processes to its writer pickled."""

import pickle
from dataclasses import dataclass, field

import pytest

from app.extract import run
from app.extract.types import Span, _pickled_as_fields

ARTICLE = """Port strike ends

ROTTERDAM, May 2 (Reuters) - Dock workers ended a strike on Friday, the Havenbond union said.

"We got what we came for," said Marit Oudekerk, the union's chair. She said talks would resume in June.
"""


def test_an_extraction_comes_back_from_pickling_equal() -> None:
    extraction = run(ARTICLE)
    assert extraction.people and extraction.quotes  # the test has something to carry
    restored = pickle.loads(pickle.dumps(extraction))
    assert restored == extraction
    assert type(restored.people[0]) is type(extraction.people[0])


def test_a_value_is_restored_with_its_own_fields() -> None:
    assert pickle.loads(pickle.dumps(Span(3, 9))) == Span(3, 9)
    assert pickle.loads(pickle.dumps(Span(3, 9))) != Span(9, 3)


def test_a_class_with_a_field_init_does_not_set_is_refused() -> None:
    with pytest.raises(TypeError, match="set by __init__"):

        @_pickled_as_fields
        @dataclass(frozen=True, slots=True)
        class Counted:
            name: str
            count: int = field(default=0, init=False)
