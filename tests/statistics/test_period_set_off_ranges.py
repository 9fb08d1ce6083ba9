"""A day range set off from its sentence by brackets or commas, with no "from" or
"between" (``period_ranges.SET_OFF_RANGE_RULES``), dates its figures, and restates an
undated phrase right before it. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.period_ranges import SET_OFF_RULE_NAMES

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
P = dt.date(2025, 11, 20)

ROWS = [
    pytest.param(
        "Gwent Police made 41 arrests during Operation Sceptre (10 to 16 November).",
        {41: ("2025-11-10", "2025-11-16")},
        id="brackets-one-month",
    ),
    pytest.param(
        "Officers seized 19 knives during the week of action (27 October - 2 November).",
        {19: ("2025-10-27", "2025-11-02")},
        id="brackets-two-months",
    ),
    pytest.param(
        "Officers stopped 230 drivers during the campaign, 1 to 7 November, in Newport.",
        {230: ("2025-11-01", "2025-11-07")},
        id="commas-restate-the-campaign",
    ),
    pytest.param(
        "Officers visited 12 schools (3-7 March 2025).",
        {12: ("2025-03-03", "2025-03-07")},
        id="a-stated-year",
    ),
    pytest.param(
        "Over one weekend, 8 and 9 November, officers checked about 310 cars in Chepstow.",
        {310: ("2025-11-08", "2025-11-09")},
        id="commas-two-days-running",
    ),
    pytest.param(
        "Volunteers counted 57 boats at the regatta (Saturday 18 and Sunday 19 October).",
        {57: ("2025-10-18", "2025-10-19")},
        id="brackets-two-weekdays-running",
    ),
    # near misses: two days apart; no month; one day; a range already led by "from"
    pytest.param(
        "On two nights, 3 and 17 October, officers stopped 88 vehicles in Usk.",
        {88: None},
        id="two-days-apart-no-span",
    ),
    pytest.param(
        "Patrols took place on Pier 6 and 7 other berths, and 26 boats were checked.",
        {6: None, 7: None, 26: None},
        id="no-month-no-span",
    ),
    pytest.param(
        "Officers spoke to 40 pupils aged 14 to 17 in Cwmbran (12 March).",
        {40: None},
        id="ages-and-a-day",
    ),
    pytest.param(
        "Officers made 41 arrests from 10 to 16 November.",
        {41: ("2025-11-10", "2025-11-16")},
        id="from-is-the-table-rule",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_set_off_range_dates_its_figures(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


def test_set_off_rules_are_named() -> None:
    assert {
        "set_off_day_range",
        "set_off_shared_month_range",
        "set_off_two_days_running",
        "set_off_from_day_range",
        "set_off_from_shared_month_range",
    } == SET_OFF_RULE_NAMES
