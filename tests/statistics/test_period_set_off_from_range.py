"""A "from … to" range set off by a comma or bracket after an undated span dates it (rules
``set_off_from_day_range`` and ``set_off_from_shared_month_range`` of
``period_ranges.SET_OFF_RANGE_RULES``: "during the Bonfire period, from 26 October to 5
November, …"), and "last year's" named period (``same_period_last_year``: "last year's
Christmas period") is that span a year earlier; sentences invented."""

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
            "West Yorkshire Fire and Rescue Service attended 388 fires during the Bonfire "
            "period, from 25 October to 6 November, down from 431.",
            {388: ("2025-10-25", "2025-11-06")},
            id="named-period-then-from-range",
        ),
        pytest.param(
            "Officers in Cardiff issued 56 dispersal notices over the festival, from 4 to 10 "
            "August, and made 12 arrests.",
            {56: ("2025-08-04", "2025-08-10"), 12: ("2025-08-04", "2025-08-10")},
            id="shared-month-from-range",
        ),
        pytest.param(
            "Shops in Leeds reported 740 thefts during the Christmas campaign (from 1 December "
            "to 2 January).",
            {740: ("2024-12-01", "2025-01-02")},
            id="bracketed-from-range-over-new-year",
        ),
        pytest.param(
            "Crews in Hull attended 120 bin fires during the Bonfire period, from 25 October "
            "to 6 November, a fall of 15% on last year's Bonfire period.",
            {120: ("2025-10-25", "2025-11-06"), 15: ("2024-10-25", "2025-11-06")},
            id="last-years-named-period",
        ),
        # near misses: a change of values is no range; a single day after "from" does not
        # date the undated span; a period named by no capitalised word stays undated
        pytest.param(
            "During the campaign, from 40 to 60, the number of patrols grew by 20.",
            {20: None},
            id="values-not-a-range",
        ),
        pytest.param(
            "Crews attended 96 fires during the campaign, from 1 December onwards.",
            {96: None},
            id="single-day-no-range",
        ),
        pytest.param(
            "The team handled 310 cases in the reporting period, 8% more than in last "
            "year's reporting period.",
            {310: None, 8: None},
            id="unnamed-period-stays-undated",
        ),
    ],
)
def test_set_off_from_ranges(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
