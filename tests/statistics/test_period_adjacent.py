"""One unit next to the period stated before ("the previous quarter", "the following
week"), rule ``adjacent_unit`` of ``period_adjacent``: counted from a span no longer than
a few months, never from a year ("in the previous month" after "in 2023" is a survey's
recall, not December 2022). Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import phrase_spans

P = dt.date(2025, 10, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thefts rose in May, up on the previous month.",
         [("2025-05-01", "2025-05-31"), ("2025-04-01", "2025-04-30")]),
        ("Calls fell in Q2 2025 against the previous quarter.",
         [("2025-04-01", "2025-06-30"), ("2025-01-01", "2025-03-31")]),
        ("The week of action ran from 3 to 9 March; arrests went on the following week.",
         [("2025-03-03", "2025-03-09"), ("2025-03-10", "2025-03-16")]),
        # near misses: after a year, no month or quarter next to it is meant
        ("Up from 64% in 2023, 41% had seen an officer in the previous month.",
         [("2023-01-01", "2023-12-31"), None]),
        ("Thefts fell in 2024/25, and again in the following quarter.",
         [("2024-04-01", "2025-03-31"), None]),
    ],
)  # fmt: skip
def test_adjacent_unit(text: str, expected: list[tuple[str, str] | None]) -> None:
    assert phrase_spans(text, P) == expected
