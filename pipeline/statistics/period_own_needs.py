"""The period rules kept in modules of their own, each carrying its own needs, gathered
so the period table (:mod:`pressfacts.statistics.period_table`) adds them in one place."""

from __future__ import annotations

from pressfacts.statistics.period_budget_years import BUDGET_YEAR_RULES
from pressfacts.statistics.period_change_spans import CHANGE_SPAN_RULES
from pressfacts.statistics.period_day_ends import DAY_END_RULES
from pressfacts.statistics.period_durations import UNITS_BEFORE_RULES
from pressfacts.statistics.period_elided_parts import ELIDED_PART_RULES
from pressfacts.statistics.period_event_days import EVENT_DAY_RULES
from pressfacts.statistics.period_events import AN_OPERATION_RULES
from pressfacts.statistics.period_fiscal import FISCAL_RULES
from pressfacts.statistics.period_football_seasons import FOOTBALL_SEASON_RULES
from pressfacts.statistics.period_fortnights import FORTNIGHT_RULES
from pressfacts.statistics.period_from_now import FROM_NOW_RULES
from pressfacts.statistics.period_half_years import HALF_YEAR_RULES
from pressfacts.statistics.period_holiday_spans import HOLIDAY_SPAN_RULES
from pressfacts.statistics.period_holidays import HOLIDAY_RULES
from pressfacts.statistics.period_joined import JOINED_RULES
from pressfacts.statistics.period_month_alone import MONTH_ALONE_RULES
from pressfacts.statistics.period_month_first import MONTH_FIRST_RULES
from pressfacts.statistics.period_month_possessives import MONTH_POSSESSIVE_RULES
from pressfacts.statistics.period_month_years import MONTH_YEAR_RULES
from pressfacts.statistics.period_named_events import NAMED_EVENT_RULES
from pressfacts.statistics.period_numbered_refers import NUMBERED_REFER_RULES
from pressfacts.statistics.period_pairs import COMPARED_MONTH_RUN_RULES
from pressfacts.statistics.period_parts import PART_RULES
from pressfacts.statistics.period_plans import PLAN_RULES
from pressfacts.statistics.period_previous_months import PREVIOUS_MONTH_RULES
from pressfacts.statistics.period_ranges import HOLIDAY_END_RULES, SET_OFF_RANGE_RULES
from pressfacts.statistics.period_report_years import REPORT_YEAR_RULES
from pressfacts.statistics.period_rules import PeriodRule
from pressfacts.statistics.period_searched_places import SEARCHED_PLACE_RULES
from pressfacts.statistics.period_season_refers import SEASON_REFER_RULES
from pressfacts.statistics.period_since_incident import INCIDENT_RULES
from pressfacts.statistics.period_spans_from import SPAN_FROM_RULES
from pressfacts.statistics.period_start_levels import START_LEVEL_RULES
from pressfacts.statistics.period_terms import TERM_RULES
from pressfacts.statistics.period_units_after import UNITS_AFTER_RULES
from pressfacts.statistics.period_week_ended import WEEK_ENDED_RULES
from pressfacts.statistics.period_week_of import WEEK_OF_RULES
from pressfacts.statistics.period_weekday_events import WEEKDAY_EVENT_RULES
from pressfacts.statistics.period_weeks import WEEK_RULES
from pressfacts.statistics.period_wordings import WORDING_RULES
from pressfacts.statistics.period_year_pairs import YEAR_PAIR_RULES
from pressfacts.statistics.period_year_starts import YEAR_START_RULES
from pressfacts.statistics.since_days import MONTH_START_RULES, SINCE_START_RULES, STARTED_RULES
from pressfacts.statistics.snapshot_days import SNAPSHOT_DAY_RULES

OWN_NEEDS_RULES: tuple[PeriodRule, ...] = (
    *HOLIDAY_RULES,
    *PART_RULES,
    *PLAN_RULES,
    *BUDGET_YEAR_RULES,
    *WEEK_RULES,
    *SINCE_START_RULES,
    *MONTH_START_RULES,
    *HOLIDAY_END_RULES,
    *UNITS_BEFORE_RULES,
    *EVENT_DAY_RULES,
    *MONTH_POSSESSIVE_RULES,
    *FISCAL_RULES,
    *AN_OPERATION_RULES,
    *SNAPSHOT_DAY_RULES,
    *FORTNIGHT_RULES,
    *WEEK_OF_RULES,
    *MONTH_FIRST_RULES,
    *SEARCHED_PLACE_RULES,
    *MONTH_YEAR_RULES,
    *STARTED_RULES,
    *JOINED_RULES,
    *WORDING_RULES,
    *REPORT_YEAR_RULES,
    *FOOTBALL_SEASON_RULES,
    *WEEKDAY_EVENT_RULES,
    *HALF_YEAR_RULES,
    *NAMED_EVENT_RULES,
    *DAY_END_RULES,
    *SPAN_FROM_RULES,
    *SET_OFF_RANGE_RULES,
    *INCIDENT_RULES,
    *FROM_NOW_RULES,
    *ELIDED_PART_RULES,
    *UNITS_AFTER_RULES,
    *TERM_RULES,
    *HOLIDAY_SPAN_RULES,
    *START_LEVEL_RULES,
    *YEAR_PAIR_RULES,
    *CHANGE_SPAN_RULES,
    *YEAR_START_RULES,
    *SEASON_REFER_RULES,
    *WEEK_ENDED_RULES,
    *NUMBERED_REFER_RULES,
    *COMPARED_MONTH_RUN_RULES,
    *MONTH_ALONE_RULES,
    *PREVIOUS_MONTH_RULES,
)
"""Every rule of those modules, in the order the table has always added them."""
