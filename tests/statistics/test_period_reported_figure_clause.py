""" " and that" + a figure (rule ``reported_figure_clause``): the second of two reported
clauses opens on a figure of its own and keeps its own period, not the first clause's."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The commissioner said thefts had cost farms £2.3m in 2023 and that one in four "
            "farms had been hit in the past year.",
            {2300000.0: ("2023-01-01", "2023-12-31"), 25.0: ("2024-06-01", "2025-05-31")},
        ),
        (
            "The council said it spent £40,000 on clean-ups in 2024 and that 900 tonnes of "
            "waste had been removed since January.",
            {40000.0: ("2024-01-01", "2024-12-31"), 900.0: ("2025-01-01", "2025-06-17")},
        ),
        (
            "Sgt Rhys Morgan said 64 dogs were seized in 2024 and that nearly 30 vans had been "
            "taken since April.",
            {64.0: ("2024-01-01", "2024-12-31"), 30.0: ("2025-04-01", "2025-06-17")},
        ),
        # near misses: a demonstrative "that", and a second clause with no period of its own
        (
            "He said 310 sheep were taken in 2024 and that figure was the highest since 2019.",
            {310.0: ("2024-01-01", "2024-12-31")},
        ),
        (
            "He said 310 sheep were taken in 2024 and that nearly half were never found.",
            {310.0: ("2024-01-01", "2024-12-31"), 50.0: ("2024-01-01", "2024-12-31")},
        ),
    ],
)
def test_reported_figure_clause(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
