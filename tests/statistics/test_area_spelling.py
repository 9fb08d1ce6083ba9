"""A place's area is spelled as the gazetteer spells it, whichever way the text joins
its words: "Stoke on Trent" and "Stoke-on-Trent" are both ``Stoke-on-Trent``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

AreasOf = Callable[[Language, str], list[tuple[float, str | None]]]
"""The ``areas`` fixture (tests/statistics/conftest.py)."""

ROWS = [
    ("Officers in Stoke-on-Trent made 17 arrests.", [(17, "Stoke-on-Trent")]),
    ("Officers in Stoke on Trent made 17 arrests.", [(17, "Stoke-on-Trent")]),
    ("Officers in Southend on Sea made 9 arrests.", [(9, "Southend-on-Sea")]),
    ("Dyfed Powys Police made 12 arrests.", [(12, "Dyfed-Powys")]),
    ("Officers in Kingston upon Thames made 5 arrests.", [(5, "Kingston upon Thames")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_area_spelling(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
