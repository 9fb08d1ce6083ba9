""" "The previous financial year" in a later sentence than the stated year, where read
against P it would be that very year, is the year before it: a year is never compared with
itself (rule ``previous_financial_year_not_itself`` of
:func:`pressfacts.statistics.period_fiscal.resolve_named_financial_year`); sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

MAY_2026 = dt.date(2026, 5, 6)
FY = ("2025-04-01", "2026-03-31")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Durham Constabulary's roads team stopped 1,600 vans in 2025/26. The team works "
            "on the A1(M). Speeding tickets rose by 9% on the previous financial year.",
            MAY_2026,
            {1600: FY, 9: ("2024-04-01", "2026-03-31")},
        ),
        (
            "Officers in Kent made 420 arrests in the 2025-26 financial year. The figures "
            "were released on Monday by the force. Seizures of cash were down 15% compared "
            "with the previous financial year.",
            MAY_2026,
            {420: FY, 15: ("2024-04-01", "2026-03-31")},
        ),
        # near misses: an earlier stated year, where P's previous year is another one, or
        # no year stated before: read against P, as before
        (
            "Officers in Kent made 420 arrests in 2023/24. The unit was set up later. Cash "
            "seizures were down 15% on the previous financial year.",
            MAY_2026,
            {420: ("2023-04-01", "2024-03-31"), 15: FY},
        ),
        (
            "Cash seizures in Kent were down 15% on the previous financial year.",
            MAY_2026,
            {15: FY},
        ),
    ],
)
def test_previous_financial_year_not_itself(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    published: dt.date,
    expected: dict[float, tuple[str, str]],
) -> None:
    assert periods_of(nlp, text, published) == expected
