"""A range of days of one month written month first ("between October 5 and 9") is those
days (rule ``month_first_shared_month_range`` of ``period_month_first``), and its last day
is no figure (exclusion ``month-first-day-range``); sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers from Lancashire Constabulary searched 24 properties in Burnley between "
            "October 6 and 10.",
            {24: ("2025-10-06", "2025-10-10")},
            id="between-month-first",
        ),
        pytest.param(
            "Avon and Somerset Police made 31 arrests in Bristol from September 15 to 19, "
            "the force said.",
            {31: ("2025-09-15", "2025-09-19")},
            id="from-to-last-day-no-figure",
        ),
        pytest.param(
            "Between Oct 20-24, 2024, Dyfed-Powys Police seized 14 vehicles in Llanelli.",
            {14: ("2024-10-20", "2024-10-24")},
            id="abbreviated-dash-with-year",
        ),
        pytest.param(
            "The Met closed 9 cannabis grows in Croydon from Monday March 3 to Friday 7.",
            {9: ("2025-03-03", "2025-03-07")},
            id="weekdays-before-days",
        ),
        pytest.param(
            "Gwent Police recovered 600 plants in Newport between June 2 and 13 last year.",
            {600: ("2024-06-02", "2024-06-13")},
            id="last-year",
        ),
        # near misses: a lone day then a count (the day, not a range to 12), a second month
        # (a range across months), a share after "to"
        pytest.param(
            "Warrants were executed in Hull on October 5 and 12 people were charged.",
            {12: ("2025-10-05", "2025-10-05")},
            id="lone-day-then-count",
        ),
        pytest.param(
            "Officers made 18 arrests in Derby between October 5 and 9 November.",
            {18: ("2025-10-05", "2025-11-09")},
            id="second-month-is-day-range",
        ),
        pytest.param(
            "Reports in Leeds rose from March 3 to 9% of all calls to the force.",
            {9: None},
            id="share-after-to",
        ),
    ],
)
def test_month_first_day_ranges(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value, "missing") for value in expected} == expected


def test_the_last_day_is_no_figure(nlp: Language, periods_of: PeriodsOf) -> None:
    found = periods_of(nlp, "Officers made 31 arrests in Bristol from September 15 to 19.", P)
    assert 19 not in found
