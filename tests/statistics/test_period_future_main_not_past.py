"""A figure told in the past that refers back to the figures before it never takes the
period of a plan or a promise still to come at P (rule ``future_main_not_past``,
:func:`pressfacts.statistics.period_future.still_to_come`): "“We will be back this
summer,” she said. Swindon saw the most arrests, with 38" is of the campaign stated before,
not the summer to come. Sentences invented for these tests; the near misses are a figure
that is itself to come, and a past period stated in the sentence before."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 2, 12)
JAN = ("2026-01-01", "2026-01-31")
SUMMER = ("2026-06-01", "2026-08-31")

ROWS = [
    pytest.param(
        "Wiltshire Police arrested 205 drivers in January. “We will be out in force again "
        "this summer,” she said. Swindon saw the most arrests, with 38, followed by Salisbury "
        "with 21.",
        {205: JAN, 38: JAN, 21: JAN},
        id="quote-then-ranking",
    ),
    pytest.param(
        "Gwent Police stopped 640 vehicles in January. The sergeant said patrols would run "
        "next summer. Newport accounted for 212 of the stops.",
        {640: JAN, 212: JAN},
        id="reported-plan-then-part",
    ),
    pytest.param(
        "Officers seized 97 vehicles in January. “We plan to double our checkpoints this "
        "summer,” he said. Of the vehicles seized, 30 were uninsured.",
        {97: JAN, 2: SUMMER, 30: JAN},
        id="plan-then-partitive",
    ),
    # near misses: the figure is itself to come; the period before is past
    pytest.param(
        "Officers seized 97 vehicles in January. “We will run 40 checkpoints this summer,” "
        "he said. Half of them will be in Bangor.",
        {97: JAN, 40: SUMMER, 50: SUMMER},
        id="figure-to-come",
    ),
    pytest.param(
        "Officers seized 97 vehicles in January. “We were out every night last summer,” he "
        "said. Bangor saw the most seizures, with 31.",
        {97: JAN, 31: ("2025-06-01", "2025-08-31")},
        id="past-summer",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_past_figure_never_takes_a_plan_s_period(
    nlp, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected


BUDGET_ROWS = [
    # near miss: a year set, not promised, still dates a figure in the present after it
    pytest.param(
        "The commissioner has set a budget of £61m for 2026/27. The budget pays for 40 "
        "additional officers.",
        {61000000: ("2026-04-01", "2027-03-31"), 40: ("2026-04-01", "2027-03-31")},
        id="budget-set",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BUDGET_ROWS)
def test_a_year_set_still_dates_the_figures_after_it(
    nlp, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, P) == expected
