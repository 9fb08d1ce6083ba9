""" "Over the same 12 months the charity …": "the same N months" fronting a clause with its
own subject ("the", "a", "in" after it) still points back to the span stated before that
lasts that long (rule ``same_units`` of ``period_wordings``); another year's wording after
it ("last year", "a year earlier", "the year before", "in 2023") stays another rule's.
Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 12)
YEAR_TO_OCTOBER = ("2024-11-01", "2025-10-31")
SIX_MONTHS = ("2025-04-01", "2025-09-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The trust handled 2,150 calls in the 12 months to the end of October. On 9 May "
            "alone it took 41. Over the same 12 months the trust's staff visited 380 homes.",
            {2150: YEAR_TO_OCTOBER, 41: ("2025-05-09", "2025-05-09"), 380: YEAR_TO_OCTOBER},
            id="the-clause-subject-after-it",
        ),
        pytest.param(
            "Wardens issued 95 fines between April and September. On 2 July alone, they issued 12. "
            "In the same six months a team of volunteers removed 640 bags of litter.",
            {95: SIX_MONTHS, 12: ("2025-07-02", "2025-07-02"), 640: SIX_MONTHS},
            id="an-indefinite-subject-after-it",
        ),
        pytest.param(
            "Wardens issued 95 fines between April and September. On 2 July alone, they issued 12. "
            "During the same six months in Ashford, 210 bins were replaced.",
            {95: SIX_MONTHS, 12: ("2025-07-02", "2025-07-02"), 210: SIX_MONTHS},
            id="a-place-after-it",
        ),
        pytest.param(  # near miss: another year's six months
            "Wardens issued 95 fines between April and September, up from 70 in the same six "
            "months last year.",
            {95: SIX_MONTHS, 70: ("2024-04-01", "2024-09-30")},
            id="last-year-stays-another-years",
        ),
        pytest.param(  # near miss: another year's six months
            "Wardens issued 95 fines between April and September, up from 70 in the same six "
            "months of 2023.",
            {95: SIX_MONTHS, 70: ("2023-04-01", "2023-09-30")},
            id="of-a-year-stays-another-years",
        ),
    ],
)  # fmt: skip
def test_the_same_units_before_a_clause_subject(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
