"""Rule ``compared_month_run`` (``period_pairs.COMPARED_MONTH_RUN``): a run of months right
after "compared with", "against" or "% on" is the span the change is compared with, so the
change covers both spans ("fell by 6% between April and November 2025, compared with May
to October 2024": May 2024 to November 2025), also when the change's own words are "the
same period" restated (``period_comparisons.compared_after``). Near miss: a single month
("compared with March") is no run and stays the month compared with. Every
sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 2, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Shoplifting in Derby fell by 6% between April and November 2025, compared with"
            " May to October 2024.\n",
            {6: ("2024-05-01", "2025-11-30")},
            id="compared-with-run-and-year",
        ),
        pytest.param(
            "The clinic opened in Stoke in February 2025 and saw 410 patients by the end of"
            " September 2025.\n\nReferrals rose by 18% over the same period, compared with"
            " February to September 2024.\n",
            {18: ("2024-02-01", "2025-09-30")},
            id="same-period-then-run",
        ),
        pytest.param(
            "Calls to the line in Wrexham rose by 11% between June and August 2025, against"
            " June-August 2024.\n",
            {11: ("2024-06-01", "2025-08-31")},
            id="against-dashed-run",
        ),
        pytest.param(
            "Burglaries in Luton fell by 5% in December 2025, compared with March.\n",
            {5: ("2025-03-01", "2025-12-31")},
            id="near-miss-single-month-stays-baseline",
        ),
    ],
)
def test_a_change_compared_with_a_run_of_months_covers_both(
    periods_of: PeriodsOf, nlp: Language, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found[value] for value in expected} == expected
