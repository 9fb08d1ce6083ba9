"""A thing's launch month with its launcher named between ("The fund, launched by the
county council in May 2024, paid for …") is an event's day, which no figure takes
(pressfacts.statistics.period_spans_from ``launched_in_month``); sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2025, 10, 2)

# (text, {value: period}); a period is its ISO start and end, or None
LAUNCHED_BY_ROWS = [
    pytest.param(
        "The Safe Clubs Fund, launched by Norfolk County Council in May 2024, paid "
        "for 1,320 criminal record checks in the 2024/25 financial year.",
        {1320: ("2024-04-01", "2025-03-31")},
        id="a-fund-launched-by-a-council",
    ),
    pytest.param(
        "The scheme, set up by Devon and Cornwall Police and Crime Commissioner Ruth Hale "
        "in March 2023, trained 410 coaches in 2024.",
        {410: ("2024-01-01", "2024-12-31")},
        id="a-scheme-set-up-by-a-commissioner",
    ),
    pytest.param(
        "The project, launched in January 2024, reached 75 clubs in 2024.",
        {75: ("2024-01-01", "2024-12-31")},
        id="launched-with-no-launcher",
    ),
    # near misses: a figure counted in the month named keeps it
    pytest.param(
        "Officers launched by the coast in June 2024 made 16 arrests.",
        {16: ("2024-06-01", "2024-06-30")},
        id="no-thing-launched",
    ),
    pytest.param(
        "Police recorded 58 reports in April 2025.",
        {58: ("2025-04-01", "2025-04-30")},
        id="a-month-that-is-a-span",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAUNCHED_BY_ROWS)
def test_a_launch_month_with_its_launcher_is_no_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected
