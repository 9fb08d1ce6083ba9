"""Parts of the year and of a month, the festive period and "that quarter" as periods (rules
``half_year``, ``quarter_of_the_year``, ``months_of_the_year``, ``weeks_of_month``,
``festive``, ``so_far``'s "since the start of the year" and ``the_units``), through
the whole pipeline: each row is an invented release and the (value, period) of its
figures.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

CASES = {
    "first_three_quarters_of_a_year": (  # three quarters as time, not a share
        dt.date(2024, 2, 1),
        "In the first three quarters of 2023, Dorset Police recorded 2,900 burglaries.",
        [(2900, ("2023-01-01", "2023-09-30"))],
    ),
    "last_two_quarters_of_last_year": (
        dt.date(2024, 2, 1),
        "In the last two quarters of last year, officers in Poole seized 140 bikes.",
        [(140, ("2023-07-01", "2023-12-31"))],
    ),
    "three_quarters_of_victims_is_a_share": (
        dt.date(2024, 2, 1),
        "Three quarters of the 400 victims in Poole last year were women.",
        [(75, ("2023-01-01", "2023-12-31")), (400, ("2023-01-01", "2023-12-31"))],
    ),
    "first_half_of_the_year": (
        dt.date(2023, 10, 5),
        "Dorset Police recorded 412 thefts in the first half of the year.",
        [(412, ("2023-01-01", "2023-06-30"))],
    ),
    "a_half_not_begun_is_last_years": (
        dt.date(2023, 5, 5),
        "Dorset Police recorded 412 thefts in the second half of the year.",
        [(412, ("2022-07-01", "2022-12-31"))],
    ),
    "first_half_running_is_cut_at_p": (
        dt.date(2023, 5, 5),
        "Dorset Police recorded 412 thefts in the first half of this year.",
        [(412, ("2023-01-01", "2023-05-05"))],
    ),
    "second_half_of_last_year": (
        dt.date(2023, 5, 5),
        "Kent Police recorded 88 robberies in the second half of last year.",
        [(88, ("2022-07-01", "2022-12-31"))],
    ),
    "half_of_a_stated_year": (
        dt.date(2023, 5, 5),
        "Kent Police recorded 88 robberies in the first half of 2021.",
        [(88, ("2021-01-01", "2021-06-30"))],
    ),
    "a_financial_years_half_starts_in_april": (
        dt.date(2024, 5, 5),
        "Kent Police recorded 88 robberies in the first half of 2023/24.",
        [(88, ("2023-04-01", "2023-09-30"))],
    ),
    "first_quarter_of_the_year": (
        dt.date(2024, 8, 1),
        "Gwent Police recorded 230 burglaries in the first quarter of the year.",
        [(230, ("2024-01-01", "2024-03-31"))],
    ),
    "first_nine_months_of_the_year": (
        dt.date(2024, 11, 1),
        "Gwent Police recorded 930 burglaries in the first nine months of the year.",
        [(930, ("2024-01-01", "2024-09-30"))],
    ),
    "final_three_months_of_the_year_before_p": (
        dt.date(2025, 3, 4),
        "Cleveland Police recorded 210 burglaries in the final three months of the year.",
        [(210, ("2024-10-01", "2024-12-31"))],
    ),
    "since_the_start_of_the_year": (
        dt.date(2024, 12, 18),
        "Essex Police has charged 64 people since the start of the year.",
        [(64, ("2024-01-01", "2024-12-18"))],
    ),
    "since_the_beginning_of_a_year": (
        dt.date(2024, 12, 18),
        "Essex Police has charged 64 people since the beginning of 2023.",
        [(64, ("2023-01-01", "2024-12-18"))],
    ),
    "since_the_start_of_a_scheme_is_no_period": (
        dt.date(2024, 12, 18),
        "Essex Police has charged 64 people since the start of the scheme.",
        [(64, None)],
    ),
    "first_weeks_of_a_month_against_the_same_fortnight": (
        dt.date(2024, 12, 18),
        "Reports of shoplifting in Hull fell by 12% in the first two weeks of December "
        "compared with the same fortnight last year.",
        [(12, ("2023-12-01", "2024-12-14"))],
    ),
    "last_days_of_a_month_not_begun_are_last_years": (
        dt.date(2024, 12, 18),
        "Officers stopped 310 drivers in the final week of December.",
        [(310, ("2023-12-25", "2023-12-31"))],
    ),
    "the_first_week_of_a_month_is_no_week_of_action": (
        dt.date(2024, 12, 18),
        "Officers stopped 310 drivers in the first week of June.",
        [(310, ("2024-06-01", "2024-06-07"))],
    ),
    "festive_period_after_campaign_dates": (
        dt.date(2024, 1, 10),
        "Suffolk Constabulary arrested 97 drivers between 29 November and 2 January. "
        "Officers stopped more than 2,000 vehicles over the festive period.",
        [(97, ("2023-11-29", "2024-01-02")), (2000, ("2023-11-29", "2024-01-02"))],
    ),
    "festive_period_after_dates_without_christmas_is_the_december": (
        dt.date(2024, 3, 10),
        "Suffolk Constabulary arrested 97 drivers in February. "
        "Officers stopped more than 2,000 vehicles over the festive period.",
        [(97, ("2024-02-01", "2024-02-29")), (2000, ("2023-12-01", "2023-12-31"))],
    ),
    "that_quarter": (
        dt.date(2024, 11, 5),
        "Lincolnshire Police answered 88% of calls between April and June. "
        "Call handlers took 41,200 calls in that quarter.",
        [(88, ("2024-04-01", "2024-06-30")), (41200, ("2024-04-01", "2024-06-30"))],
    ),
}


@pytest.mark.parametrize(("published", "text", "expected"), CASES.values(), ids=CASES.keys())
def test_periods(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    published: dt.date,
    text: str,
    expected: list[tuple[float, object]],
) -> None:
    found = unit_periods_of(nlp, text, published)
    assert [(value, span) for value, _unit, span in found] == expected
