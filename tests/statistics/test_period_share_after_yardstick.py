"""A figure after a bare yardstick and "but (still)" is of the later period the change was
measured on, not the yardstick's (``period_levels.SHARE_AFTER_YARDSTICK``, rule
``share_after_yardstick``). Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
P = dt.date(2026, 3, 4)
Y2025 = ("2025-01-01", "2025-12-31")
BOTH = ("2024-01-01", "2025-12-31")

ROWS = [
    pytest.param(
        "Last year, Avon Fire and Rescue attended 1,840 deliberate fires, down 6% on 2024 but "
        "still nearly a quarter of all its call-outs.",
        {1840: Y2025, 6: BOTH, 25: Y2025},
        id="but-still-a-share",
    ),
    pytest.param(
        "In 2025, vehicle thefts in Kent rose 11% on 2024 yet remained 30% of all car crime.",
        {11: BOTH, 30: Y2025},
        id="yet-remained-a-percentage",
    ),
    # near miss: a figure with its own earlier period after it keeps that comparison
    pytest.param(
        "In 2025, vehicle thefts in Kent rose 11% on 2024 but fell by 4% on 2023.",
        {11: BOTH, 4: ("2023-01-01", "2025-12-31")},
        id="its-own-yardstick-after",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_figure_after_a_yardstick_and_but(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
