"""The whole of a part in words after "of the" is a count ("three of the seven checks were
missed": 3 and 7 checks; rule ``part-of-the-word-whole``), though a number word after a
plain "the" refers back and counts nothing ("the six police forces")."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2025, 6, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inspectors found that four of the nine cells in Hull had no working call bell.",
            [(4, "cells", None), (9, "cells", None)],
        ),
        (
            "The review found that five of the twelve wards in Leicester were full.",
            [(5, "wards", None), (12, "wards", None)],
        ),
        # near misses: a number word after a plain "the", or after "one of the", refers
        ("The six police forces in the region made 40 arrests.", [(40, "arrests", None)]),
        ("One of the three men was charged in York.", []),
    ],
)
def test_a_whole_in_words_after_of_the(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected
