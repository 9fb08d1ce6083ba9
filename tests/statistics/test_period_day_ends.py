"""A span ending on a stated day: "the year to 31 July 2025", "the 12 months ending 30 June"."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 2, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the year to 31 July 2025, 4,120 children were referred to the reporter.",
            {4120: ("2024-08-01", "2025-07-31")},
        ),
        (
            "Gwent Police recorded 2,905 burglaries in the 12 months to 31 March 2025.",
            {2905: ("2024-04-01", "2025-03-31")},
        ),
        (
            "In the six months to 30th September 2025, 391 people were charged in Fife.",
            {391: ("2025-04-01", "2025-09-30")},
        ),
        (
            "The charity answered 8,700 calls in the year ending 30 June 2025.",
            {8700: ("2024-07-01", "2025-06-30")},
        ),
        (  # no year: the latest such day not after P
            "In the year up to 31 October, officers in Tayside seized 212 knives.",
            {212: ("2024-11-01", "2025-10-31")},
        ),
        (  # a day that does not close its month: from the day after, a year before
            "In the year to 15 July 2025, 77 vehicles were seized in Moray.",
            {77: ("2024-07-16", "2025-07-15")},
        ),
        (  # the month-only wording stays the table's year_to
            "In the year to March 2025, 640 offences were recorded in Lothian.",
            {640: ("2024-04-01", "2025-03-31")},
        ),
    ],
)
def test_span_to_day(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert {k: v for k, v in periods_of(nlp, text, P).items() if k in expected} == expected


def test_span_to_day_needs_p_without_a_year(nlp: Language, periods_of: PeriodsOf) -> None:
    text = "In the year to 31 October, officers in Tayside seized 212 knives."
    assert periods_of(nlp, text, None)[212] is None
