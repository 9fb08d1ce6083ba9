"""A span named by its place in a run with its date set off after it ("in its first year,
2021/22") is the period of the count before it and no later figure's main period
(``period_first_years`` rules ``first_year_named_fiscal`` and ``first_year_named_year``).
Every sentence is invented for this test."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

Span = tuple[str, str] | None
PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, Span]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The hub supported 410 victims in the year to March 2026, up from 150 in its first "
            "year, 2022/23.\n\nIt also trained 38 volunteers over the 12 months.",
            dt.date(2026, 5, 20),
            {
                410.0: ("2025-04-01", "2026-03-31"),
                150.0: ("2022-04-01", "2023-03-31"),
                38.0: ("2025-04-01", "2026-03-31"),
            },
        ),
        (
            "The unit seized 74 vehicles in 2025, compared with 19 in the scheme's first full "
            "year, 2021.\n\nIt also returned 12 caravans over the 12 months.",
            dt.date(2026, 2, 9),
            {
                74.0: ("2025-01-01", "2025-12-31"),
                19.0: ("2021-01-01", "2021-12-31"),
                12.0: ("2025-01-01", "2025-12-31"),
            },
        ),
        (
            "Officers dealt with 260 thefts in 2024/25, almost triple the 95 in their first "
            "year, 2019/20.\n\nThey also recovered 31 trailers over the 12 months.",
            dt.date(2025, 7, 1),
            {
                260.0: ("2024-04-01", "2025-03-31"),
                3.0: ("2019-04-01", "2025-03-31"),
                95.0: ("2019-04-01", "2020-03-31"),
                31.0: ("2024-04-01", "2025-03-31"),
            },
        ),
    ],
)
def test_a_first_year_with_its_date_set_off_dates_its_count(
    nlp: Language, periods_of: PeriodsOf, text: str, published: dt.date, expected: dict[float, Span]
) -> None:
    assert periods_of(nlp, text, published) == expected


def test_a_first_year_without_a_date_after_it_is_no_year() -> None:
    """Near misses: no year after the comma ("In its first year, officers …"), and a count
    that is no year ("in its first year, 2,400 calls")."""
    from pressfacts.statistics.period_first_years import FIRST_YEAR_RULES

    for text in (
        "In its first year, officers made 40 arrests in Kendal.",
        "The line took, in its first year, 2,400 calls from Barrow.",
    ):
        assert not any(rule.pattern.search(text) for rule in FIRST_YEAR_RULES)
