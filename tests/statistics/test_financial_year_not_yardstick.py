""" "the financial year" with no year named points back to the financial year the release is
about, not to one a comparison holds up against it (rule ``financial_year_not_yardstick``,
``period_links.YARDSTICK_YEAR_BEFORE``): "23.8% in 2025-26, compared with 26.1% in 2024-25"
then "during the financial year" is 2025-26. With no other financial year stated, the
yardstick's is still taken. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import find_periods

P = dt.date(2026, 8, 5)
FY_25 = ("2025-04-01", "2026-03-31")
FY_24 = ("2024-04-01", "2025-03-31")

CASES: list[tuple[str, tuple[str, str]]] = [
    (
        "The rate in Wigan was 31.2% in 2025-26, compared with 33.9% in 2024-25. A total of "
        "2,100 people left prison during the financial year.",
        FY_25,
    ),
    (
        "The rate was 12.5% in 2025/26, against 14.1% in 2024/25. Some 400 people were "
        "helped during the financial year.",
        FY_25,
    ),
    (
        "Some 640 hours were worked in 2025/26, compared to 700 in 2024/25, and 40 projects "
        "were finished in the financial year.",
        FY_25,
    ),
    # near misses: the year stated last is the release's own, or the only one stated
    (
        "The team helped 9,000 people in 2024/25. Since last October it has opened a hub, and "
        "300 more were seen during the financial year.",
        FY_24,
    ),
    (
        "Calls rose in March, compared with 400 in 2024/25. During the financial year, 90 "
        "volunteers were trained.",
        FY_24,
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_financial_year_is_not_the_yardstick(text: str, expected: tuple[str, str]) -> None:
    found = [(p.start.isoformat(), p.end.isoformat()) for p in find_periods(text, P)]
    assert found[-1] == expected
