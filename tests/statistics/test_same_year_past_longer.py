""" "the same year" or "that year" after a span of several years takes the nearest year
stated before it, not the longer span (rule ``same_year_past_longer`` of
:mod:`pressfacts.statistics.period_same`). Every sentence is invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 5, 12)
Y2025 = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Some 48 cyclists died in 2025. Deaths have barely moved over the past decade. "
         "More than 700 riders were badly hurt in the same year.", 700, Y2025),
        ("The force seized 88 cars in 2023/24. Thefts have risen over the last five years. "
         "In that year, 12 vans were also seized.", 12, ("2023-04-01", "2024-03-31")),
        ("Police stopped 900 drivers in 2025, though numbers have fallen over the past "
         "three years. Of those stopped in the same year, 41 were arrested.", 41, Y2025),
        # near misses: a year before it stays; no year stated before, the long span stays
        ("Some 48 cyclists died in 2025. More than 700 riders were badly hurt in the same year.",
         700, Y2025),
        ("Over the last five years, 300 riders were hurt. In the same year, 40 died.",
         40, ("2021-05-01", "2026-04-30")),
    ],
)  # fmt: skip
def test_same_year_past_longer(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    value: float,
    expected: tuple[str, str],
) -> None:
    assert periods_of(nlp, text, P)[value] == expected
