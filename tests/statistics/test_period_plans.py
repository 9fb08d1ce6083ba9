"""A month its sentence speaks of as to come is the next one; a month of a count is the
last one; a future start date dates no figure. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2024, 10, 8)

ROWS = [
    pytest.param(
        "Officers will carry out 200 roadside checks in November.",
        [(200, ("2024-11-01", "2024-11-30"))],
        id="will-the-next-november",
    ),
    pytest.param(
        "Superintendent Jo Bell said officers would be carrying out 200 checks in November.",
        [(200, ("2024-11-01", "2024-11-30"))],
        id="would-be-reported-plan",
    ),
    # a start date is a future event's day, not a span a figure was counted over
    pytest.param(
        "Superintendent Jo Bell said a team of 12 officers would start work in November.",
        [(12, None)],
        id="would-start-is-an-event-date",
    ),
    pytest.param(
        "Officers made 40 arrests in November.",
        [(40, ("2023-11-01", "2023-11-30"))],
        id="a-count-is-of-the-last-november",
    ),
    pytest.param(
        "Officers made 40 arrests in September.",
        [(40, ("2024-09-01", "2024-09-30"))],
        id="a-month-before-p-is-this-years",
    ),
    pytest.param(
        "Officers made 40 arrests in September.\n\nAround 60% of them were men.",
        [(40, ("2024-09-01", "2024-09-30")), (60, ("2024-09-01", "2024-09-30"))],
        id="a-count-still-dates-the-figure-pointing-back",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_plans_and_counts(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, object]]
) -> None:
    found = unit_periods_of(nlp, text, P)
    assert sorted((value, span) for value, _unit, span in found) == sorted(
        expected, key=lambda row: row[0]
    )


# a plan's length with its end set later in its sentence; the deadline dates no figure
PLAN_SPAN_ROWS = [
    pytest.param(
        "The commissioner will spend £9m over the next three years, funding up to 60 "
        "wardens by March 2027.",
        [(9000000, ("2024-04-01", "2027-03-31")), (60, ("2024-04-01", "2027-03-31"))],
        id="next-years-by-month",
    ),
    pytest.param(
        "The council will plant 400 trees over the next 18 months, by the end of March 2026.",
        [(400, ("2024-10-01", "2026-03-31"))],
        id="next-months-by-end-of",
    ),
    pytest.param(
        "The force aims to recruit 75 officers by June 2025.",
        [(75, None)],
        id="a-deadline-alone-dates-no-figure",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLAN_SPAN_ROWS)
def test_plan_span(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert [(value, span) for value, _unit, span in unit_periods_of(nlp, text, P)] == expected


NEXT_STARTING_ROWS = [
    pytest.param(
        "The commissioner will spend £800,000 over the next three years on victim services. "
        "The funding, which begins in April, pays for 6 advocates.",
        [(800000, ("2025-04-01", "2028-03-31")), (6, ("2025-04-01", "2028-03-31"))],
        id="start-next-sentence-next-april",
    ),
    pytest.param(
        "Cheshire will get £90,000 for the next 18 months, which is due to start in November.",
        [(90000, ("2024-11-01", "2026-04-30"))],
        id="months-start-in-the-sentence-this-year",
    ),
    pytest.param(
        "A fund of £50,000 over the next two years starts in January 2026.",
        [(50000, ("2026-01-01", "2027-12-31"))],
        id="a-year-stated",
    ),
    # near misses: no start stated and a start two sentences on (the whole months after
    # P's month: rule next_from_publication); a trend that started
    pytest.param(
        "The commissioner will spend £800,000 over the next three years.",
        [(800000, ("2024-11-01", "2027-10-31"))],
        id="no-start-from-publication",
    ),
    pytest.param(
        "The commissioner will spend £800,000 over the next three years. Staff are being "
        "hired. The work starts in April.",
        [(800000, ("2024-11-01", "2027-10-31"))],
        id="start-two-sentences-on",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEXT_STARTING_ROWS)
def test_next_units_starting(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    found = unit_periods_of(nlp, text, P)
    assert sorted((value, span) for value, _unit, span in found) == sorted(expected)


PROGRAMME_ROWS = [
    pytest.param(
        "Nine charities in Kent will share £600,000 over the two-year programme. The money "
        "will be paid between October 2025 and September 2027.",
        [(9, ("2025-10-01", "2027-09-30")), (600000, ("2025-10-01", "2027-09-30"))],
        id="dates-in-the-next-sentence",
    ),
    pytest.param(
        "Hull will get £45,000 during the 18-month pilot, from January 2026 to June 2027.",
        [(45000, ("2026-01-01", "2027-06-30"))],
        id="months-dates-in-the-sentence",
    ),
    pytest.param(
        "Nine charities in Kent will share £600,000 over the two-year programme.\n\n"
        "The money will be paid between October 2025 and September 2027.\n\n"
        "The largest grant, £90,000, goes to a youth club in Dover.",
        [
            (9, ("2025-10-01", "2027-09-30")),
            (600000, ("2025-10-01", "2027-09-30")),
            (90000, ("2025-10-01", "2027-09-30")),
        ],
        id="the-grants-of-the-paragraphs-after",
    ),
    pytest.param(
        "Truancy fell by 30% over the two-year pilot. The scheme, run by the charity with "
        "Hull City Council, East Riding of Yorkshire Council and Humberside Police, paired "
        "pupils with a youth worker between September 2023 and August 2025.",
        [(30, ("2023-09-01", "2025-08-31"))],
        id="dates-after-a-long-opening-of-the-next-sentence",
    ),
    # near misses: no dates; dates two sentences on
    pytest.param(
        "Nine charities in Kent will share £600,000 over the two-year programme.",
        [(9, None), (600000, None)],
        id="no-dates-no-period",
    ),
    pytest.param(
        "Nine charities will share £600,000 over the two-year programme. Staff are being "
        "hired. The money will be paid between October 2025 and September 2027.",
        [(9, None), (600000, None)],
        id="dates-two-sentences-on",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROGRAMME_ROWS)
def test_programme_units_dated(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    found = unit_periods_of(nlp, text, P)
    assert sorted((value, span) for value, _unit, span in found) == sorted(expected)
