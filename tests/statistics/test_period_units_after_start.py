"""N years or months from the month a thing began, stated in one phrase ("in the 12 months
after it began in January 2025"): the N whole units from the first day of that month,
when they have ended by P (rule ``units_after_start`` of
:mod:`pressfacts.statistics.period_spans_from`). Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 9, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thefts in Leeds fell by 27% in the six months after the scheme started in March "
         "2025.", {27: ("2025-03-01", "2025-08-31")}),
        ("Burglaries in Bury fell by 14% in the year after the cameras were installed in "
         "June 2024.", {14: ("2024-06-01", "2025-05-31")}),
        ("Arrests in Derby rose by 30% in the three months following the launch in May "
         "2025.", {30: ("2025-05-01", "2025-07-31")}),
        ("A pilot in Crawley schools saw fires fall by 18% in the 12 months after it began "
         "in January 2025.", {18: ("2025-01-01", "2025-12-31")}),
        # rule units_after_works: works completed, fitted or switched on start it too
        ("Burglaries on the estate fell to 41 in the year after the work was completed in "
         "April 2025.", {41: ("2025-04-01", "2026-03-31")}),
        ("Crashes fell by 12% in the six months after the signals were switched on in "
         "January 2026.", {12: ("2026-01-01", "2026-06-30")}),
        # near misses: the span has not ended by P (a pledge); no start stated with it
        ("Arrests in Derby rose by 30% in the 12 months after the scheme began in March "
         "2026.", {30: None}),
        ("Arrests in Derby rose by 30% in the 12 months after the merger.", {30: None}),
    ],
)  # fmt: skip
def test_units_after_a_start_month(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
