"""Rule ``latest_financial_year`` (the resolver of ``the_financial_year``): "during the
financial year" with no year named is the latest financial year stated before it, though
other periods came between ("since last October"); not a yardstick counted back from a
stated year ("a rise of 9% on the year before"), and undated when no financial year was
stated. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 18)
FY = ("2024-04-01", "2025-03-31")

ROWS = [
    pytest.param(
        "The charity helped 9,100 people in 2024/25. Its volunteers have visited 212 "
        "families since last October. Its court service helped 3,075 witnesses during "
        "the financial year.",
        {9100: FY, 212: ("2024-10-01", "2025-09-18"), 3075: FY},
        id="other-period-between",
    ),
    pytest.param(
        "Officers seized 640 vehicles in the year to March 2025, a rise of 9% on the year "
        "before. Since January, 81 drivers have been banned. The unit made 1,450 stops in "
        "the financial year.",
        {640: FY, 1450: FY},
        id="not-the-yardstick",
    ),
    pytest.param(
        "The service answered 18,400 calls in 2023/24. Between May and July this year it "
        "took 5,230 calls. Over the financial year, 2,960 callers were referred to "
        "counselling.",
        {18400: ("2023-04-01", "2024-03-31"), 2960: ("2023-04-01", "2024-03-31")},
        id="older-stated-year",
    ),
    # near miss: no financial year stated before: undated
    pytest.param(
        "Its volunteers have visited 212 families since last October. Its court service "
        "helped 3,075 witnesses during the financial year.",
        {212: ("2024-10-01", "2025-09-18"), 3075: None},
        id="none-stated",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_latest_financial_year(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    got = periods_of(nlp, text, P)
    assert {value: got.get(value) for value in expected} == expected
