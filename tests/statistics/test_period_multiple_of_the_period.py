"""A multiple of a yardstick count whose period follows "of" ("almost double the 28 of
2024-25", "twice the £4,000 of last year") makes that period the comparison's earlier half
(``period_links.COMPARATOR_BEFORE``): the multiple spans from it to the period reported.
Near misses: "of" before anything but a period, and a count that is no multiple's
yardstick, keep their own periods.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 5, 13)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        pytest.param(
            "In Kent, clubs reported 61 thefts in 2025-26, almost double the 33 of 2024-25.",
            2,
            ("2024-04-01", "2026-03-31"),
            id="double-the-count-of-a-financial-year",
        ),
        pytest.param(
            "Churches in Essex lost £9,200 in 2025-26, more than twice the £4,100 of 2023-24.",
            2,
            ("2023-04-01", "2026-03-31"),
            id="twice-the-money-of-a-year",
        ),
        pytest.param(
            "Parish councils made 40 reports in 2025, treble the 13 of the year before.",
            3,
            ("2024-01-01", "2025-12-31"),
            id="treble-of-the-year-before",
        ),
        # near misses: the yardstick keeps its own period; the reported count its own
        pytest.param(
            "In Kent, clubs reported 61 thefts in 2025-26, almost double the 33 of 2024-25.",
            33,
            ("2024-04-01", "2025-03-31"),
            id="the-yardstick-keeps-its-year",
        ),
        pytest.param(
            "In Kent, clubs reported 61 thefts in 2025-26, almost double the 33 of 2024-25.",
            61,
            ("2025-04-01", "2026-03-31"),
            id="the-count-keeps-its-year",
        ),
    ],
)
def test_multiple_of_a_yardstick_period(
    nlp: Language, periods_of: PeriodsOf, text: str, value: float, expected: tuple[str, str]
) -> None:
    assert periods_of(nlp, text, P)[value] == expected
