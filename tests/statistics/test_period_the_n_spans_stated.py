"""A number of whole spans named back with "the" ("over the two years") is the spans stated
just before it, from the start of the earlier to the end of the later (rule
``the_n_spans_stated``, ``period_numbered_refers.THE_N_SPANS``). Sentences invented for the
test; near misses: too few spans stated before, a span bounded by words of its own ("the
three months to June"), the past years counted back from P."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 7, 14)

CASES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    (
        "Cumbria Police recorded 88 attacks on sheep in 2025/26, compared with 61 in 2024/25, "
        "and farmers lost around £240,000 over the two years.",
        {
            88: ("2025-04-01", "2026-03-31"),
            61: ("2024-04-01", "2025-03-31"),
            240000: ("2024-04-01", "2026-03-31"),
        },
    ),
    (
        "Officers in Powys seized 14 quad bikes in 2024 and 19 in 2025. Across the two years, "
        "32 people were charged.",
        {
            14: ("2024-01-01", "2024-12-31"),
            19: ("2025-01-01", "2025-12-31"),
            32: ("2024-01-01", "2025-12-31"),
        },
    ),
    (
        "Thames Valley Police recorded 40 thefts between January and March and 52 between "
        "April and June. Across the two quarters, officers recovered £61,000 of machinery.",
        {
            40: ("2026-01-01", "2026-03-31"),
            52: ("2026-04-01", "2026-06-30"),
            61000: ("2026-01-01", "2026-06-30"),
        },
    ),
]

NEAR_MISSES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    # one year stated: the phrase names no two; the figure keeps the span before it
    (
        "Kent Police recorded 73 thefts in 2024. Over the two years, 40 people were charged.",
        {73: ("2024-01-01", "2024-12-31"), 40: ("2024-01-01", "2024-12-31")},
    ),
    # a span of its own
    (
        "Essex Police recorded 30 thefts in 2024 and 41 in 2025. In the two years before the "
        "cameras went live in July 2025, 12 vans were stolen.",
        {
            30: ("2024-01-01", "2024-12-31"),
            41: ("2025-01-01", "2025-12-31"),
            12: ("2023-07-01", "2025-06-30"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEAR_MISSES)
def test_the_n_spans_stated(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
