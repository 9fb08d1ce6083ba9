"""A multiple of "the total", "the amount" or "the sum" is a ratio (figure rule ``times``,
``figures._RATIO_BASES``): "more than six times the total lost to romance scams"; with an
earlier period after it ("three times the amount lost in 2023") it is a change over time
(rule ``times-earlier-count``). Near misses: how often ("four times the same week") and a
count of occasions are no ratio. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.test_times_earlier_count import times_of

ROWS = [
    pytest.param(
        "Pension scams cost £212m in 2025, more than six times the total lost to courier fraud.",
        [(6.0, "more than", None)],
        id="times-the-total",
    ),
    pytest.param(
        "Cheque fraud losses hit £9m, four times the amount recovered by the banks.",
        [(4.0, None, None)],
        id="times-the-amount",
    ),
    pytest.param(
        "Victims in Surrey lost £3m, five times the sum lost to ticket scams.",
        [(5.0, None, None)],
        id="times-the-sum",
    ),
    pytest.param(
        "Losses reached £31m, three times the amount lost in 2022.",
        [(3.0, None, "increase")],
        id="times-the-amount-of-a-year",
    ),
    # near misses: how often, not a multiple
    pytest.param(
        "The same victim was called four times the same week.",
        [],
        id="how-often",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_multiple_of_a_total(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert [(v, q, c) for v, q, c, _ in times_of(nlp, text)] == expected
