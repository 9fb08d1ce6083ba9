"""A figure that is no change, listed after a change and the period it is measured against
(", up 6% on 2024, and a further 5,640 …"), covers the clause's own period, not the
yardstick's (``period_comparisons._CHANGE_YARDSTICK``, rule ``change-yardstick-behind``).
Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 3, 18)
Y25 = ("2025-01-01", "2025-12-31")
Y24 = ("2024-01-01", "2024-12-31")
BOTH = ("2024-01-01", "2025-12-31")

ROWS = [
    pytest.param(
        "Figures show 212 cyclists were killed in Scotland in 2025, up 4% on 2024, and a "
        "further 1,830 were seriously injured.",
        {212.0: Y25, 4.0: BOTH, 1830.0: Y25},
        id="up-on-a-year-then-a-further-count",
    ),
    pytest.param(
        "Officers recorded 630 thefts in 2025, a rise of 9 per cent on 2024, and 75 robberies.",
        {630.0: Y25, 9.0: BOTH, 75.0: Y25},
        id="a-rise-of-on-a-year-then-a-count",
    ),
    pytest.param(
        "The force seized 340 vehicles in 2025, down 12% compared with 2024, and 58 bikes.",
        {340.0: Y25, 12.0: BOTH, 58.0: Y25},
        id="down-compared-with-a-year-then-a-count",
    ),
    # near misses: a change over its own span; a new sentence after the yardstick
    pytest.param(
        "Officers recorded 480 thefts in 2024 and 35 robberies, up 6% in 2025, and 90 burglaries.",
        {480.0: Y24, 35.0: Y24, 6.0: Y25, 90.0: Y25},
        id="change-in-its-own-year-keeps-it",
    ),
    pytest.param(
        "Officers recorded 630 thefts in 2025, up 9% on 2024, and 70 robberies, down from 85.",
        {630.0: Y25, 9.0: BOTH, 70.0: Y25, 85.0: Y24},
        id="a-yardstick-level-keeps-the-earlier-year",
    ),
    pytest.param(
        "Officers recorded 630 thefts in 2025, up 9% on 2024. In 2024, there were 75 robberies.",
        {630.0: Y25, 9.0: BOTH, 75.0: Y24},
        id="own-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_figure_after_a_change_yardstick_covers_the_clause_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected
