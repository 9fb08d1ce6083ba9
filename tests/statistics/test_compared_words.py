"""A yardstick written in words with no noun of its own counts what the count before it
counts (``units.compared_word_unit``). Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    pytest.param(
        "Durham Constabulary obtained 12 orders in May, and nine stalking orders, compared "
        "with six in April.",
        [(12, "orders"), (9, "orders"), (6, "orders")],
        id="compared-with-a-word",
    ),
    pytest.param(
        "Cumbria Police made five arrests this month, up from two last month.",
        [(5, "arrests"), (2, "arrests")],
        id="up-from-a-word",
    ),
    pytest.param(
        "The team closed eleven cases, more than seven a year earlier.",
        [(11, "cases"), (7, "cases")],
        id="than-a-word",
    ),
    # near misses: a word with a noun of its own, or a duration, is not the yardstick
    pytest.param(
        "Police charged 40 men, compared with five years ago.",
        [(40, "men")],
        id="a-duration-is-no-yardstick",
    ),
    pytest.param(
        "Officers seized 30 knives, compared with four guns.",
        [(30, "knives"), (4, "guns")],
        id="a-noun-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_yardstick_in_words(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    doc = nlp(text)
    assert sorted((f.value, f.unit) for f in doc._.statistics) == sorted(expected)
