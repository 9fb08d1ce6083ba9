"""A figure in a clause joined by ", and" after the level a change reached, with only a bare
yardstick between ("rose by 41% last year compared with 2024, to 612, and victims lost
£9.8m"), is of the later period the change was measured on, not the yardstick's year
(rule ``reached_then_and``, ``period_levels.REACHED_THEN_AND`` in ``before_baseline``).
Near misses: a count told with the yardstick ("compared with 2024, when 700 …"), a period
of the clause's own. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 6, 18)
Y2025 = ("2025-01-01", "2025-12-31")

ROWS = [
    (
        "Car thefts in Durham rose by 18% last year compared with 2024, to 930, and owners in"
        " the county lost a total of £4.1m.",
        {18: ("2024-01-01", "2025-12-31"), 930: Y2025, 4100000: Y2025},
    ),
    (
        "Scam reports fell by 9% in 2025 compared with 2024, to 2,210, and people across Dorset"
        " handed over £760,000.",
        {9: ("2024-01-01", "2025-12-31"), 2210: Y2025, 760000: Y2025},
    ),
    # near misses: the yardstick's own count; a clause with a period of its own
    (
        "Car thefts in Durham rose by 18% in 2025 compared with 2024, when 790 cars were taken.",
        {18: ("2024-01-01", "2025-12-31"), 790: ("2024-01-01", "2024-12-31")},
    ),
    (
        "Car thefts in Durham rose by 18% in 2025 compared with 2024, to 930, and 610 cars"
        " were taken in 2023.",
        {18: ("2024-01-01", "2025-12-31"), 930: Y2025, 610: ("2023-01-01", "2023-12-31")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_reached_then_and(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected
