"""Each named period rule on its own: one row per rule of PERIOD_RULES (ids = names).

A rule whose ``needs`` a text lacks is not tried on it; this must never lose a match:
each rule's own example holds its needs, and on texts made of period phrases (in any
case, with the letters ``str.lower`` does not fold as ``re.I`` matches them) the gated
grammar finds exactly what the grammar with every rule tried finds.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

from pressfacts.findings import PeriodFinding
from pressfacts.statistics import periods
from pressfacts.statistics.period_table import COMPARED_YEAR_RULES, PERIOD_RULES
from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases
from pressfacts.statistics.rule_needs import needs_text
from pressfacts.statistics.single_dates import DAY_DATE
from tests.statistics.conftest import PeriodsOf

P = dt.date(2021, 7, 14)

# rule name -> (text, P, expected (start, end) of the phrase the rule finds, or None
# when the phrase is a period that cannot be dated)
ROWS: dict[str, tuple[str, dt.date | None, tuple[str, str] | None]] = {
    "month_range": ("from October to January 2020", P, ("2019-10-01", "2020-01-31")),
    "month_to_event_month": (
        "between May 2019 and her arrest in February 2021",
        P,
        ("2019-05-01", "2021-02-28"),
    ),
    "month_range_years": ("April 2019 – March 2020", None, ("2019-04-01", "2020-03-31")),
    "day_range": ("from May 2nd to June 9th", P, ("2021-05-02", "2021-06-09")),
    "shared_month_range": ("between 4 and 11 March 2019", P, ("2019-03-04", "2019-03-11")),
    "day_to_month_end": (
        "between 1 September and the end of February",
        P,
        ("2020-09-01", "2021-02-28"),
    ),
    "started_day_to_month_end": (
        "The unit opened on 4 January and, by the end of April, had 30 cases",
        P,
        ("2021-01-04", "2021-04-30"),
    ),
    "two_days_running": ("on 9 and 10 August 2025", P, ("2025-08-09", "2025-08-10")),
    "last_years_event_day_range": (
        "during last year's campaign, between 1 June and 31 August, officers",
        P,
        ("2020-06-01", "2020-08-31"),
    ),
    "last_years_event_shared_month_range": (
        "in last year's operation, from 3 to 9 June, officers",
        P,
        ("2020-06-03", "2020-06-09"),
    ),
    "last_years_event_month_range": (
        "during last year's crackdown, between May and August, officers",
        P,
        ("2020-05-01", "2020-08-31"),
    ),
    "financial_year": ("in 2019/2020", None, ("2019-04-01", "2020-03-31")),
    "financial_year_named": ("for the coming financial year", P, ("2022-04-01", "2023-03-31")),
    "first_year_named_fiscal": ("in its first year, 2018/19", None, ("2018-04-01", "2019-03-31")),
    "first_year_named_year": (
        "in the project's opening year, 2017",
        None,
        ("2017-01-01", "2017-12-31"),
    ),
    "financial_year_pair": ("in 2019/20 and 2020/21", None, ("2019-04-01", "2021-03-31")),
    "fiscal_year_to_month": (
        "the 2019/20 financial year to the end of May",
        None,
        ("2019-04-01", "2019-05-31"),
    ),
    "past_financial_years": ("the past two financial years", P, ("2019-04-01", "2021-03-31")),
    "next_financial_years": ("the next two financial years", P, ("2022-04-01", "2024-03-31")),
    "year_starting_day": ("in the year starting 1 April 2020", P, ("2020-04-01", "2021-03-31")),
    "quarters_of_the_year": (
        "the first three quarters of 2020",
        None,
        ("2020-01-01", "2020-09-30"),
    ),
    "an_operation": ("during a two-week operation", P, None),
    "a_week_of_deeds": ("during a week of drugs warrants", P, None),
    "quarter": ("in the second quarter of 2020", None, ("2020-04-01", "2020-06-30")),
    "fiscal_quarter": ("in the third quarter of 2019/20", None, ("2019-10-01", "2019-12-31")),
    "fiscal_first_months": (
        "the first three months of this financial year",
        P,
        ("2021-04-01", "2021-06-30"),
    ),
    "months_to": ("in the nine months to March 2020", None, ("2019-07-01", "2020-03-31")),
    "year_range": ("from 2015 to 2017", None, ("2015-01-01", "2017-12-31")),
    "year_pair": ("during 2016 and 2017", None, ("2016-01-01", "2017-12-31")),
    "year_to": ("the 12 months ending June 2020", None, ("2019-07-01", "2020-06-30")),
    "first_months": ("the last three months of 2019", None, ("2019-10-01", "2019-12-31")),
    "since_event": ("since it opened in May 2018", P, ("2018-05-01", "2021-07-14")),
    "since_act_in_force": (
        "since the Animal Welfare Act 2006 came into force",
        P,
        ("2006-01-01", "2021-07-14"),
    ),
    "level_at_start": (
        "since it opened in May 2018, when it had",
        P,
        ("2018-05-01", "2018-05-31"),
    ),
    "level_at_start_count": (
        "since 2017/18, when 4,100",
        P,
        ("2017-04-01", "2018-03-31"),
    ),
    "since": ("since 2016", P, ("2016-01-01", "2021-07-14")),
    "season": ("over the spring", P, ("2021-03-01", "2021-05-31")),
    "quarter_of_the_year": ("the final quarter of last year", P, ("2020-10-01", "2020-12-31")),
    "months_of_the_year": ("the first six months of the year", P, ("2021-01-01", "2021-06-30")),
    "weeks_of_month": ("the first two weeks of March", P, ("2021-03-01", "2021-03-14")),
    "baseline": ("compared with 2018", None, ("2018-01-01", "2018-12-31")),
    "baseline_from": ("a fall of 6% from 2018", None, ("2018-01-01", "2018-12-31")),
    "baseline_month": ("up 9% compared with April", P, ("2021-04-01", "2021-04-30")),
    "baseline_quarter": (
        "in Q3 2019, up 9% on the previous quarter",
        None,
        ("2019-04-01", "2019-06-30"),
    ),
    "festive": ("over the festive period", P, ("2020-12-01", "2020-12-31")),
    "named_day": ("on Boxing Day", P, ("2020-12-26", "2020-12-26")),
    "since_holiday": ("since Easter", P, ("2021-04-04", "2021-07-14")),
    "named_period": (
        "the amnesty period, which ran from 1 to 14 June 2021 … during the amnesty period, 12",
        None,
        ("2021-06-01", "2021-06-14"),
    ),
    "while_in_force": (
        "from 6pm on Friday 2 July to 6am on Monday 5 July 2021. While it was in force, 12",
        None,
        ("2021-07-02", "2021-07-05"),
    ),
    "bank_holiday": ("over the spring bank holiday weekend", P, ("2021-05-29", "2021-05-31")),
    "bank_holiday_dated": ("on the bank holiday Monday, 3 May", P, ("2021-05-03", "2021-05-03")),
    "bare_quarter": (
        "in Q1 2021, and 40 more in the third quarter",
        P,
        ("2021-07-01", "2021-09-30"),
    ),
    "relative_week": ("last week", P, ("2021-07-05", "2021-07-11")),
    "week_possessive_event": ("during last week's crackdown", P, ("2021-07-05", "2021-07-11")),
    "past_weeks": ("in the last three weeks", P, ("2021-06-23", "2021-07-14")),
    "weekday_range": ("between Friday and Sunday", P, ("2021-07-09", "2021-07-11")),
    "weekday_range_of_week": ("Monday to Friday last week", P, ("2021-07-05", "2021-07-09")),
    "weekday_pair": ("made 11 arrests on Friday and Saturday", P, ("2021-07-09", "2021-07-10")),
    "weeks_ending": ("in the week ending 4 July", P, ("2021-06-28", "2021-07-04")),
    "since_named_start": (
        "since Operation Vantage was launched in March 2019",
        P,
        ("2019-03-01", "2021-07-14"),
    ),
    "since_span_again": (
        "since Operation Vantage began in May 2019. In the two years since, 40 were charged",
        P,
        ("2019-05-01", "2021-07-14"),
    ),
    "since_adverb_again": (
        "since the hub opened in April. Staff have since referred 60 victims",
        P,
        ("2021-04-01", "2021-07-14"),
    ),
    "since_month_start": ("since the start of March", P, ("2021-03-01", "2021-07-14")),
    "day_to_holiday": ("from 1 December to Christmas Eve", P, ("2020-12-01", "2020-12-24")),
    "holiday_range": ("between Black Friday and Christmas Eve", P, ("2020-11-27", "2020-12-24")),
    "set_off_day_range": ("the campaign (28 June to 4 July)", P, ("2021-06-28", "2021-07-04")),
    "set_off_shared_month_range": ("the week, 5-11 July,", P, ("2021-07-05", "2021-07-11")),
    "set_off_two_days_running": ("the weekend, 5 and 6 July,", P, ("2021-07-05", "2021-07-06")),
    "set_off_from_day_range": (
        "the Euros period, from 11 June to 11 July,",
        P,
        ("2021-06-11", "2021-07-11"),
    ),
    "set_off_from_shared_month_range": (
        "the week, from 5 to 11 July,",
        P,
        ("2021-07-05", "2021-07-11"),
    ),
    "school_year": ("since the start of the school year", P, ("2020-09-01", "2021-07-14")),
    "since_last_month": ("since last August", P, ("2020-08-01", "2021-07-14")),
    "current_year": (
        "£80,000 was spent in 2020/21, and £95,000 is set aside for the current year",
        P,
        ("2021-04-01", "2022-03-31"),
    ),
    "since_start_again": (
        "since the hub opened in 2019; since the hub opened",
        P,
        ("2019-01-01", "2021-07-14"),
    ),
    "week_of_days": ("during the week of 5 to 11 July", P, ("2021-07-05", "2021-07-11")),
    "month_first_shared_month_range": ("between July 5 and 9", P, ("2021-07-05", "2021-07-09")),
    "searched_places_again": (
        "Officers raided homes between 5 and 9 July. In May, 40 calls came in. "
        "Two men were found at the addresses.",
        P,
        ("2021-07-05", "2021-07-09"),
    ),
    "week_of_months": ("the week of 28 June to 4 July", P, ("2021-06-28", "2021-07-04")),
    "week_beginning": ("the week commencing 7 June", P, ("2021-06-07", "2021-06-13")),
    "next_units_by": (
        "over the next two years, hiring 40 staff by March 2023",
        P,
        ("2021-04-01", "2023-03-31"),
    ),
    "by_deadline": ("40 staff by March 2023", P, ("2023-03-31", "2023-03-31")),
    "next_year": ("a further 40 staff next year", P, ("2022-01-01", "2022-12-31")),
    "the_next_year": ("a further 40 staff over the next year", P, ("2021-08-01", "2022-07-31")),
    "months_quarter": ("in the April to June quarter", P, ("2021-04-01", "2021-06-30")),
    "recent_quarter": ("in the past quarter", P, ("2021-04-01", "2021-06-30")),
    "this_quarter": ("so far this quarter", P, ("2021-07-01", "2021-07-14")),
    "quarter_to": ("in the quarter to June", P, ("2021-04-01", "2021-06-30")),
    "year_so_far": ("so far this financial year", P, ("2021-04-01", "2021-07-14")),
    "month_so_far": ("31 fines since the start of the month", P, ("2021-07-01", "2021-07-14")),
    "fiscal_year_so_far": (
        "412 complaints in the 2021/22 financial year so far",
        P,
        ("2021-04-01", "2021-07-14"),
    ),
    "half_year": ("in the first half of 2020", None, ("2020-01-01", "2020-06-30")),
    "years_to": ("in the two years to May 2020", None, ("2018-06-01", "2020-05-31")),
    "fiscal_year_range": ("between 2018/19 and 2019/20", None, ("2018-04-01", "2020-03-31")),
    "since_month": ("since February", P, ("2021-02-01", "2021-07-14")),
    "since_day": ("since February 9", P, ("2021-02-09", "2021-07-14")),
    "since_event_day": ("since nominations closed on 9 April", P, ("2021-04-09", "2021-07-14")),
    "since_event_past_month": (
        "since nominations closed in early April",
        P,
        ("2021-04-01", "2021-07-14"),
    ),
    "unit_before_day": ("in the fortnight before 5 July", P, ("2021-06-21", "2021-07-04")),
    "units_before_day": (
        "in the six weeks before polling day on 6 May",
        P,
        ("2021-03-25", "2021-05-05"),
    ),
    "event_day": ("on polling day, 6 May", P, ("2021-05-06", "2021-05-06")),
    "same_day_part": (
        "a fire broke out on 6 May, and that evening 40 people were moved",
        P,
        ("2021-05-06", "2021-05-06"),
    ),
    "that_day": (
        "a man was arrested on 6 May, and officers searching his flat that day found 40 bags",
        P,
        ("2021-05-06", "2021-05-06"),
    ),
    "the_action_day": (
        "officers visited 30 shops on 6 May, and during the day of action nine people",
        P,
        ("2021-05-06", "2021-05-06"),
    ),
    "when_searched_same_day": (
        "a lorry was stopped at Dover on 6 May. When the lorry was searched, 12 men",
        P,
        ("2021-05-06", "2021-05-06"),
    ),
    "month_possessive": ("at May's local elections", P, ("2021-05-01", "2021-05-31")),
    "month_alone_subject": ("March alone saw 96 call-outs", P, ("2021-03-01", "2021-03-31")),
    "previous_month_named": ("from 40 the previous March", P, ("2020-03-01", "2020-03-31")),
    "festive_campaign": (
        "caught during the Christmas drink-drive campaign. Officers arrested 80 drivers "
        "between 1 December and 1 January",
        P,
        ("2020-12-01", "2021-01-01"),
    ),
    "from_now_to_month_end": (
        "from today until the end of September",
        P,
        ("2021-07-14", "2021-09-30"),
    ),
    "from_now_to_day": ("from now until 20 August", P, ("2021-07-14", "2021-08-20")),
    "between_now_and_month_end": (
        "between now and the end of October",
        P,
        ("2021-07-14", "2021-10-31"),
    ),
    "between_now_and_day": ("between today and 5 September", P, ("2021-07-14", "2021-09-05")),
    "now_to_dated_end": (
        "between now and March 2023",
        P,
        ("2021-07-14", "2023-03-31"),
    ),
    "runs_until_month_end": (
        "runs until the end of November",
        P,
        ("2021-07-14", "2021-11-30"),
    ),
    "rest_of_the_year": ("for the rest of this year", P, ("2021-07-14", "2021-12-31")),
    "runs_until_day": ("will run until Friday 13 August", P, ("2021-07-14", "2021-08-13")),
    "plan_end_before": (
        "will hold six stalls before the end of September",
        P,
        ("2021-07-14", "2021-09-30"),
    ),
    "units_after_dated_event": (
        "in the two weeks after the storm on 3 June",
        P,
        ("2021-06-03", "2021-06-16"),
    ),
    "units_after_the_event": (
        "in the four weeks after the fire on 1 June; in the weeks after the fire",
        P,
        ("2021-06-01", "2021-07-14"),
    ),
    "since_start_noun": (
        "the hub was relaunched in March 2020; since the relaunch",
        P,
        ("2020-03-01", "2021-07-14"),
    ),
    "since_event_noun": (
        "roads shut in the August floods; since the floods",
        P,
        ("2020-08-01", "2021-07-14"),
    ),
    "elided_part": (
        "41 in the first half of 2020 and 58 in the second.",
        P,
        ("2020-07-01", "2020-12-31"),
    ),
    "since_start_month": (
        "since the launch of the Safer Streets scheme in March",
        P,
        ("2021-03-01", "2021-07-14"),
    ),
    "since_start_day": (
        "since the start of the lambing season on 2 March",
        P,
        ("2021-03-02", "2021-07-14"),
    ),
    "since_event_month_year": (
        "since the council opened its new hub in September 2019",
        P,
        ("2019-09-01", "2021-07-14"),
    ),
    "last_month_named": ("last October", P, ("2020-10-01", "2020-10-31")),
    "month_year": ("during August 2019", None, ("2019-08-01", "2019-08-31")),
    "bare_month": ("in November", P, ("2020-11-01", "2020-11-30")),
    "year": ("throughout 2018", None, ("2018-01-01", "2018-12-31")),
    "so_far": ("so far this year", P, ("2021-01-01", "2021-07-14")),
    "same_period_year": (
        "from 1 May to 30 June 2021, against the same period in 2019",
        None,
        ("2019-05-01", "2019-06-30"),
    ),
    "same_period_last_year": (
        "in June 2021, up on the same period last year",
        None,
        ("2020-06-01", "2020-06-30"),
    ),
    "same_period_this_year": (
        "in the first quarter of 2020, down on the same period this year",
        P,
        ("2021-01-01", "2021-03-31"),
    ),
    "relative_year": ("this year", P, ("2021-01-01", "2021-07-14")),
    "relative_month": ("last month", P, ("2021-06-01", "2021-06-30")),
    "past_months": ("the past two years", P, ("2019-07-01", "2021-06-30")),
    "following": ("in March 2020 and the next two weeks", None, ("2020-04-01", "2020-04-14")),
    "units_before": (
        "between April and June 2020, against the three months before",
        None,
        ("2020-01-01", "2020-03-31"),
    ),
    "units_before_start": (
        "between April and June 2020, against the three months before the hub opened",
        None,
        ("2020-01-01", "2020-03-31"),
    ),
    "units_before_inspection": (
        "inspectors visited in March 2020; in the six months before the inspection",
        None,
        ("2019-09-01", "2020-02-29"),
    ),
    "adjacent_unit": ("in March 2020 and the previous quarter", None, ("2019-12-01", "2020-02-29")),
    "since_named_event": ("since the start of the pandemic", P, ("2020-03-01", "2021-07-14")),
    "half_year_to": ("in the half-year to the end of March", P, ("2020-10-01", "2021-03-31")),
    "adjacent_half_year": (
        "from April to September 2020, against the previous half-year",
        None,
        ("2019-10-01", "2020-03-31"),
    ),
    "same": ("in 2017; over that period", None, ("2017-01-01", "2017-12-31")),
    "year_before": ("in 2020/21, down from the year before", None, ("2019-04-01", "2020-03-31")),
    "same_year": ("in 2016, and later that year", None, ("2016-01-01", "2016-12-31")),
    "the_week": (
        "between 7 and 13 June 2021 … during the week of action",
        None,
        ("2021-06-07", "2021-06-13"),
    ),
    "joined_then_so_far": (
        "PC Ward, who joined the force in May, has made 30 arrests",
        P,
        ("2021-05-01", "2021-07-14"),
    ),
    "first_span_of_new": (
        "officers visited 40 homes in the first six months of a new scheme",
        None,
        None,
    ),
    "the_week_as_subject": (
        "between 7 and 13 June 2021 the force ran a week of action. The week also saw 12 arrests",
        None,
        ("2021-06-07", "2021-06-13"),
    ),
    "the_operation": (
        "between 3 and 4 June 2021 … during the two-day operation",
        None,
        ("2021-06-03", "2021-06-04"),
    ),
    "the_units": (
        "between 1 March and 31 May 2021 … during the three months",
        None,
        ("2021-03-01", "2021-05-31"),
    ),
    "the_n_spans_stated": (
        "73 incidents in 2019/20, compared with 52 in 2018/19, … over the two years",
        None,
        ("2018-04-01", "2020-03-31"),
    ),
    "same_units": (
        "between January and June 2021 … in May 2021 … over the same six months",
        None,
        ("2021-01-01", "2021-06-30"),
    ),
    "years_average": (
        "from April to June 2021, 12% above the three-year average",
        None,
        ("2018-04-01", "2021-03-31"),
    ),
    "average_of_years": (
        "from April to June 2021, 9% below the average of the last three years",
        P,
        ("2018-04-01", "2021-03-31"),
    ),
    "year_on_year": (
        "from May to July 2021, up 6% year on year",
        None,
        ("2020-05-01", "2020-07-31"),
    ),
    "vague": ("a few years earlier", P, None),
    "today": ("today", P, ("2021-07-14", "2021-07-14")),
    "last_night": ("last night alone", P, ("2021-07-13", "2021-07-13")),
    "day": ("on Monday 3 February 2020", None, ("2020-02-03", "2020-02-03")),
    "snapshot_day": ("cases open on 30 June this year", P, ("2021-06-30", "2021-06-30")),
    "month_relative_year": ("in October last year", P, ("2020-10-01", "2020-10-31")),
    "since_month_relative_year": ("since May last year", P, ("2020-05-01", "2021-07-14")),
    "at_month_end": ("at the end of March", P, ("2021-03-01", "2021-03-31")),
    "superlative_month": ("the busiest month was April", P, ("2021-04-01", "2021-04-30")),
    "ranked_month_subject": ("while April had the fewest", P, ("2021-04-01", "2021-04-30")),
    "by_month_last_year": ("by the end of May last year", P, ("2020-01-01", "2020-05-31")),
    "whole_year": ("in the whole of 2019", None, ("2019-01-01", "2019-12-31")),
    "span_to_day": ("in the year to 31 March 2021", None, ("2020-04-01", "2021-03-31")),
    "fy_year": ("in FY2019/20", None, ("2019-04-01", "2020-03-31")),
    "year_before_last": ("in the year before last", P, ("2019-01-01", "2019-12-31")),
    "part_of_month": ("in late March", P, ("2021-03-01", "2021-03-31")),
    "calendar_year": ("in the 2019 calendar year", None, ("2019-01-01", "2019-12-31")),
    "yearly_report": ("in its 2019 inspection", None, ("2019-01-01", "2019-12-31")),
    "yearly_report_found": ("its 2019 survey found", None, ("2019-01-01", "2019-12-31")),
    "election_year": ("at the 2019 elections", None, ("2019-01-01", "2019-12-31")),
    "academic_year": ("during the 2019/20 academic year", None, ("2019-09-01", "2020-08-31")),
    "academic_year_after": ("in the academic year 2019/20", None, ("2019-09-01", "2020-08-31")),
    "academic_year_so_far": (
        "so far in the 2020/21 school year",
        dt.date(2021, 3, 2),
        ("2020-09-01", "2021-03-02"),
    ),
    "last_school_year": ("during the last academic year", P, ("2019-09-01", "2020-08-31")),
    "autumn_term": ("in the autumn term of 2019", None, ("2019-09-01", "2019-12-31")),
    "term_so_far": ("since the start of term", dt.date(2021, 10, 4), ("2021-09-01", "2021-10-04")),
    "half_of_month": ("in the second half of March", P, ("2021-03-16", "2021-03-31")),
    "days_around_holiday": ("in the week before Christmas", P, ("2020-12-18", "2020-12-24")),
    "football_season": ("during the 2018/19 season", None, ("2018-08-01", "2019-05-31")),
    "season_in_words": (
        "arrests at matches in the 2018 to 2019 season",
        None,
        ("2018-08-01", "2019-05-31"),
    ),
    "this_season": ("fans banned from matches so far this season", P, ("2020-08-01", "2021-05-31")),
    "last_season": ("arrests at matches last season", P, ("2020-08-01", "2021-05-31")),
    "past_seasons": (
        "arrests at matches over the past two seasons",
        P,
        ("2019-08-01", "2021-05-31"),
    ),
    "season_to_month": (
        "42 arrests at matches in the 2020/21 season to the end of March",
        P,
        ("2020-08-01", "2021-03-31"),
    ),
    "season_so_far": (
        "arrests at matches since the start of the 2020/21 season",
        P,
        ("2020-08-01", "2021-05-31"),
    ),
    "snapshot_today": ("as of today, 80 orders in force", P, ("2021-07-14", "2021-07-14")),
    "weekday_event": ("nine arrests at Saturday's match", P, ("2021-07-10", "2021-07-10")),
    "future_weekday": (
        "40 volunteers will gather in Leeds on Sunday",
        P,
        ("2021-07-18", "2021-07-18"),
    ),
    "weekday_in_span": (
        "the fair ran from Friday 9 July to Sunday 11 July; 14 arrests on Saturday night",
        P,
        ("2021-07-10", "2021-07-10"),
    ),
    "busiest_weekday": (
        "the fair ran from Friday 9 July to Sunday 11 July; the busiest day was Saturday",
        P,
        ("2021-07-10", "2021-07-10"),
    ),
    "since_weekday": ("12 reports since Friday", P, ("2021-07-09", "2021-07-14")),
    "last_weekday": (
        "officers made 31 checks last Thursday",
        P,
        ("2021-07-08", "2021-07-08"),
    ),
    "yesterday": ("officers made 31 checks yesterday", P, ("2021-07-13", "2021-07-13")),
    "span_to_weekday": ("45 arrests in the week to Sunday", P, ("2021-07-05", "2021-07-11")),
    "early_hours_of_weekday": (
        "officers arrested nine men in the early hours of Sunday",
        P,
        ("2021-07-11", "2021-07-11"),
    ),
    "week_ended_weekday": (
        "40 arrests during a week of action that ended on Sunday",
        P,
        ("2021-07-05", "2021-07-11"),
    ),
    "span_ended_weekday": (
        "80 knives handed in during a two-week amnesty that ended on Sunday",
        P,
        ("2021-06-28", "2021-07-11"),
    ),
    "the_match": (
        "nine arrests at Saturday's match; 40 officers worked at the game",
        P,
        ("2021-07-10", "2021-07-10"),
    ),
    "next_units_starting": (
        "£2m over the next two years. The grant starts in October",
        P,
        ("2021-10-01", "2023-09-30"),
    ),
    "programme_units_dated": (
        "£2m over the three-year programme, which runs from June 2021 to May 2024",
        P,
        ("2021-06-01", "2024-05-31"),
    ),
    "year_of_report": (
        "the charity's 2020 annual report lists 40 cases",
        P,
        ("2020-01-01", "2020-12-31"),
    ),
    "of_last_years": (
        "Hull accounted for 40 of last year's arrests",
        P,
        ("2020-01-01", "2020-12-31"),
    ),
    "of_the_years": (
        "40 arrests in the year to 31 March, a third of the year's arrests",
        P,
        ("2020-04-01", "2021-03-31"),
    ),
    "this_seasons_event": (
        "its summer campaign ran from 1 to 30 June 2019 … this summer's campaign",
        None,
        ("2019-06-01", "2019-06-30"),
    ),
    "started_then_so_far": (
        "the hub, opened in March, has already seen 40 people",
        P,
        ("2021-03-01", "2021-07-14"),
    ),
    "started_in_year_then_so_far": (
        "the panel, set up in March 2020, has already heard 40 cases",
        P,
        ("2020-03-01", "2021-07-14"),
    ),
    "during_since_began": (
        "seized 2kg during the investigation, which began in March 2020",
        P,
        ("2020-03-01", "2021-07-14"),
    ),
    "compared_last_year": (
        "between 2 May and 9 June, 51 thefts compared with 44 last year",
        P,
        ("2020-05-02", "2020-06-09"),
    ),
    "first_span_from": (
        "in its first six weeks of operation from 3rd May",
        P,
        ("2021-05-03", "2021-06-13"),
    ),
    "span_after_start": (
        "In the four months after the hub opened in March, officers referred 80 people",
        P,
        ("2021-03-01", "2021-06-30"),
    ),
    "of_the_figure": (
        "From 1 to 7 March 2021 officers seized 12 cars. Of the 12, 5 were stolen",
        None,
        ("2021-03-01", "2021-03-07"),
    ),
    "since_event_month": (
        "since the new unit started work in March",
        P,
        ("2021-03-01", "2021-07-14"),
    ),
    "units_before_month": (
        "9 crashes in the two years before the cameras went live in May 2020",
        P,
        ("2018-05-01", "2020-04-30"),
    ),
    "since_month_before": (
        "11 crashes in the year before the cameras went live in May 2020, compared with four since",
        P,
        ("2020-05-01", "2021-07-14"),
    ),
    "since_the_event_month": (
        "have fallen by 40% since the arrests in November",
        P,
        ("2020-11-01", "2021-07-14"),
    ),
    "month_range_relative": (
        "from February to May last year",
        P,
        ("2020-02-01", "2020-05-31"),
    ),
    "year_to_month": ("in the year to April", P, ("2020-05-01", "2021-04-30")),
    "year_to_month_relative": (
        "in the 12 months to February this year",
        P,
        ("2020-03-01", "2021-02-28"),
    ),
    "the_financial_year": (
        "in 2019/20 … 40 thefts in the financial year",
        None,
        ("2019-04-01", "2020-03-31"),
    ),
    "first_months_relative": (
        "the last three months of last year",
        P,
        ("2020-10-01", "2020-12-31"),
    ),
    "charge_year": (
        "the fire levy will rise by 3% for the coming financial year",
        P,
        ("2022-04-01", "2023-03-31"),
    ),
    "charge_from_april": (
        "a 4.5% increase in the fire precept from April",
        dt.date(2022, 2, 9),
        ("2022-04-01", "2023-03-31"),
    ),
    "spending_from_april": (
        "will invest £60,000 in youth diversion work from April",
        dt.date(2022, 2, 9),
        ("2022-04-01", "2023-03-31"),
    ),
    "month_pair": ("during February and March", P, ("2021-02-01", "2021-03-31")),
    "compared_month_run": (
        "down 4% compared with March to May 2020",
        P,
        ("2020-03-01", "2020-05-31"),
    ),
    "year_figure": ("well above the 2018 figure", P, ("2018-01-01", "2018-12-31")),
    "baseline_event": (
        "up on the last national surrender in 2019",
        P,
        ("2019-01-01", "2019-12-31"),
    ),
    "since_season": ("since the spring", P, ("2021-03-01", "2021-07-14")),
    "since_start_last_year": ("since the start of last year", P, ("2020-01-01", "2021-07-14")),
    "since_event_last_year": (
        "since it fitted new locks last year",
        P,
        ("2020-01-01", "2021-07-14"),
    ),
    "the_season": (
        "in the 2019/20 season. Bans rose during the season",
        P,
        ("2019-08-01", "2020-05-31"),
    ),
    "launched_in_month": ("The hub opened in March 2020", P, ("2020-03-01", "2020-03-01")),
    "first_units_launched": (
        "in its first two years. The hub opened in March 2019",
        P,
        ("2019-03-01", "2021-02-28"),
    ),
    "units_since_launch": (
        "in the 18 months since it was set up. The unit, which launched in April 2019,",
        P,
        ("2019-04-01", P.isoformat()),
    ),
    "since_then": (
        "The hub opened in May 2020. It has seen 900 people since then",
        P,
        ("2020-05-01", P.isoformat()),
    ),
    "since_it_launched": (
        "The line launched in June 2021. It has had 4,000 calls since it launched",
        P,
        ("2021-06-01", P.isoformat()),
    ),
    "launch_to_month": (
        "It began in May 2019. It ran 40 clubs between its launch and the end of June",
        P,
        ("2019-05-01", "2021-06-30"),
    ),
    "snapshot_on_day": (
        "On 30 April 2021, 310 men were being monitored",
        P,
        ("2021-04-30", "2021-04-30"),
    ),
    "snapshot_in_force_day": (
        "There were 90 banning orders in force on 31 January",
        P,
        ("2021-01-31", "2021-01-31"),
    ),
    "snapshot_count_day": (
        "The street count, taken on 18 May, found 22 people sleeping rough",
        P,
        ("2021-05-18", "2021-05-18"),
    ),
    "the_fortnight": (
        "The amnesty ran from 1 to 14 March. In 2019, 40 were handed in. Police took in 300 "
        "knives during the fortnight",
        P,
        ("2021-03-01", "2021-03-14"),
    ),
    "snapshot_on_issue_day": (
        "There were 6,400 firearm certificates on issue in Essex on 31 March 2021",
        P,
        ("2021-03-31", "2021-03-31"),
    ),
    "snapshot_available_day": (
        "There were 212 beds available in Kent on 31 March 2021",
        P,
        ("2021-03-31", "2021-03-31"),
    ),
    "snapshot_caseload_day": (
        "On 31 March the service was supporting 210 families",
        P,
        ("2021-03-31", "2021-03-31"),
    ),
    "snapshot_same_day_last_year": (
        "On 31 March, 310 men were being monitored, up from 280 on the same date last year",
        P,
        ("2020-03-31", "2020-03-31"),
    ),
    "snapshot_that_day": (
        "The register held 4,100 names as at 31 March 2021. On that date, 310 were women",
        P,
        ("2021-03-31", "2021-03-31"),
    ),
    "units_from_month": (
        "£90,000 for two years from January 2022",
        P,
        ("2022-01-01", "2023-12-31"),
    ),
    "of_this_years": (
        "310 calls since April 2021, and 112 of this year's calls",
        P,
        ("2021-04-01", P.isoformat()),
    ),
    "units_after_start": (
        "thefts fell by 20% in the six months after the scheme began in October 2020",
        P,
        ("2020-10-01", "2021-03-31"),
    ),
    "change_in_years": (
        "740 calls between April 2019 and March 2020, a rise of 40% in three years",
        P,
        ("2017-04-01", "2020-03-31"),
    ),
    "since_the_incident": (
        "a cyber attack hit the trust in May; 12 staff have left since the attack",
        P,
        ("2021-05-01", "2021-07-14"),
    ),
    "since_an_event_month": (
        "nine families have asked for help since a drop-in event in March",
        P,
        ("2021-03-01", "2021-07-14"),
    ),
    "since_the_arrest": (
        "Hart was arrested in Hull on 2 June. Since his arrest, £9,000 has been traced",
        P,
        ("2021-06-02", "2021-07-14"),
    ),
}

# rules that read words which look like a period but are none: their match holds no
# period (the rule's words are set aside; a period beside them is still read)
NO_PERIOD_ROWS: dict[str, tuple[str, dt.date | None]] = {
    "duration_before": ("many callers waited almost a year before telling anyone", P),
    "superlative_since": ("in 2020, the highest since it opened in 2012", P),
    "after_appeal_month": ("six more victims came forward after an appeal in June", P),
    "until_dated_end": ("to keep the posts until the end of March 2023", P),
}
_EXAMPLES = {
    **{name: row[0] for name, row in ROWS.items()},
    **{name: row[0] for name, row in NO_PERIOD_ROWS.items()},
}
"""Each rule's own example."""


def test_every_rule_has_a_row() -> None:
    assert {rule.name for rule in PERIOD_RULES} == set(ROWS) | set(NO_PERIOD_ROWS)


@pytest.mark.parametrize("name", list(NO_PERIOD_ROWS), ids=list(NO_PERIOD_ROWS))
def test_no_period_rule(name: str) -> None:
    text, published = NO_PERIOD_ROWS[name]
    [rule] = [r for r in PERIOD_RULES if r.name == name]
    [match] = rule.pattern.finditer(text)
    found = find_period_phrases(text, published)
    assert not any(match.start() <= p.start_char < match.end() for p in found)


@pytest.mark.parametrize("name", list(ROWS), ids=list(ROWS))
def test_rule(name: str) -> None:
    text, published, expected = ROWS[name]
    [rule] = [r for r in PERIOD_RULES if r.name == name]
    found = find_period_phrases(text, published)
    matches = list(rule.pattern.finditer(text))
    # the last phrase found that the rule's match holds (a phrase of another rule may
    # follow it: "over the next two years … by March 2023")
    held = [
        p for p in found if any(m.start() <= p.start_char < p.end_char <= m.end() for m in matches)
    ]
    assert held
    last = held[-1]
    if expected is None:
        assert last.kind == UNRESOLVED
    else:
        assert (last.start.isoformat(), last.end.isoformat()) == expected


# phrases that need P stay undated without it: never guessed
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year-to-date total of the year before: from its 1 January
        ("against 31 by the end of April last year", ("2020-01-01", "2020-04-30")),
        ("compared with 12 by September the previous year", ("2020-01-01", "2020-09-30")),
        ("up from 205 by the end of March of the year before", ("2020-01-01", "2020-03-31")),
        # near misses: the month alone
        ("compared with 88 in April last year", ("2020-04-01", "2020-04-30")),
    ],
)
def test_a_total_by_a_month_last_year(text: str, expected: tuple[str, str]) -> None:
    [period] = find_period_phrases(text, P)
    assert (period.start.isoformat(), period.end.isoformat()) == expected


@pytest.mark.parametrize(
    "text",
    [
        "so far in 2012",
        "since 2019",
        "the past five years",
        "last September",
        "in September",
        "from 1st September to 9th October",
        "the next financial year",
        "since the hub opened in June",
        "between March and May this year",
        "the year to August",
        "the first six months of last year",
    ],
)
def test_relative_phrases_stay_null_without_a_publication_date(text: str) -> None:
    assert [p.kind for p in find_period_phrases(text, None)] == [UNRESOLVED]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a single day that cannot be dated is an event's, never a figure's: the span the
        # clause states still dates the figure
        (
            "The charity said today it helped 8,200 young people across Wales in 2024/25.",
            {8200: ("2024-04-01", "2025-03-31")},
        ),
        (
            "On 3 March it answered 640 calls from people in north Devon in 2023.",
            {640: ("2023-01-01", "2023-12-31")},
        ),
        # near miss: with nothing else stated the figure stays undated
        ("The charity said today that it helped 8,200 children.", {8200: None}),
    ],
)
def test_an_undatable_day_hides_no_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the year before a financial year is the financial year before it, never inverted
        ("in 2022/23, up 9% on the previous year", None),
        ("since 2030", dt.date(2021, 1, 1)),  # a start after P: undated, not inverted
        ("last year (2019/20) and the year before", None),
    ],
)
def test_no_rule_makes_an_inverted_period(text: str, published: dt.date | None) -> None:
    for period in find_period_phrases(text, published):
        assert period.start <= period.end


def test_a_bracket_dates_the_relative_phrase_before_it() -> None:
    [period] = find_period_phrases("42 offences last year (2019/20)", None)
    assert (period.start, period.end) == (dt.date(2019, 4, 1), dt.date(2020, 3, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in March the previous year", ("2020-03-01", "2020-03-31")),
        ("during December last year", ("2020-12-01", "2020-12-31")),
        ("in June of the year before", ("2020-06-01", "2020-06-30")),
        ("in February this year", ("2021-02-01", "2021-02-28")),
        ("in July this year", ("2021-07-01", "2021-07-14")),  # P's own month: to P
    ],
)
def test_a_month_with_its_relative_year(text: str, expected: tuple[str, str]) -> None:
    [period] = find_period_phrases(text, P)
    assert (period.start.isoformat(), period.end.isoformat()) == expected


def test_a_month_of_this_year_still_to_come_is_no_month_relative_year() -> None:
    assert all(p.end <= P for p in find_period_phrases("in November this year", P))


def test_a_month_last_year_is_a_yardstick_the_month_after_it_points_past() -> None:
    text = "answered 94% in May, up from 88% in May last year; during the month, 900 calls"
    found = find_period_phrases(text, P)
    assert [(p.start.isoformat(), p.end.isoformat()) for p in found] == [
        ("2021-05-01", "2021-05-31"),
        ("2020-05-01", "2020-05-31"),
        ("2021-05-01", "2021-05-31"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("had 410 staff at the end of December", ("2020-12-01", "2020-12-31")),
        ("at the close of June 2019", ("2019-06-01", "2019-06-30")),
        ("at the end of July", ("2020-07-01", "2020-07-31")),  # P's July not yet ended
    ],
)
def test_a_count_at_a_month_end(text: str, expected: tuple[str, str]) -> None:
    [period] = find_period_phrases(text, P)
    assert (period.start.isoformat(), period.end.isoformat()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The line, launched in May, has so far taken 300 calls", ("2021-05-01", "2021-07-14")),
        # near miss: nothing done "already" since: the month dates the start
        ("The line was launched in May and took 300 calls", ("2021-05-01", "2021-05-31")),
    ],
)
def test_a_start_in_a_month_and_what_is_done_since(text: str, expected: tuple[str, str]) -> None:
    [period] = find_period_phrases(text, P)
    assert (period.start.isoformat(), period.end.isoformat()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule since_event with a financial year: from its first day, 1 April
        ("has risen since it came into force in 2017/18", ("2017-04-01", "2021-07-14")),
        ("up since the unit was set up in 2019-20", ("2019-04-01", "2021-07-14")),
        # near miss: a calendar year starts in January
        ("has risen since it came into force in 2017", ("2017-01-01", "2021-07-14")),
    ],
)
def test_since_an_event_in_a_financial_year(text: str, expected: tuple[str, str]) -> None:
    [period] = find_period_phrases(text, P)
    assert (period.start.isoformat(), period.end.isoformat()) == expected


def test_by_the_end_of_a_month_stays_a_deadline() -> None:
    [period] = find_period_phrases("450 officers by the end of March 2028", P)
    assert period.kind == "day"


def test_the_may_verb_is_no_month() -> None:
    assert find_period_phrases("officers in may act", P) == []


@pytest.mark.parametrize(
    "week",
    [
        "During the week of action",
        "During Operation Kestrel's week of action",  # an operation's week, possessive
        "During the force's week of action",
        "Over its week of action",
        "During their week of intensification",
    ],
)
def test_a_week_stated_later_dates_the_week_of_action(week: str) -> None:
    text = f"{week}, 40 arrests. The week ran from 6 to 12 March 2023."
    first = find_period_phrases(text, None)[0]
    assert (first.start, first.end) == (dt.date(2023, 3, 6), dt.date(2023, 3, 12))


@pytest.mark.parametrize(
    "text",
    [
        "In the force's weekly figures, 40 arrests. The week ran from 6 to 12 March 2023.",
        "In its week's end report, 40 arrests. The week ran from 6 to 12 March 2023.",
    ],
)
def test_a_possessive_before_another_noun_is_no_week_of_action(text: str) -> None:
    assert [p.kind for p in find_period_phrases(text, None)] == ["explicit"]


def test_an_operation_of_another_length_is_undated() -> None:
    text = "between 3 and 4 June 2021 … during the six-week operation"
    assert find_period_phrases(text, None)[-1].kind == UNRESOLVED


# rules that read the words around the period: where they must not apply
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "compared to N last year" after a whole year: the calendar year before P
        ("in 2021 there were 90 thefts, compared to 80 last year", P, ("2020-01-01", "2020-12-31")),
        # a first span from a day that may fall after P is not guessed
        ("in its first two months from 20th December", None, None),
        # a first span that runs past P is a pledge: undated
        ("its first four weeks from 1 July", P, None),
        # "Of the 12," far from any stated period: no period phrase at all
        (
            "In 2019 there were 4 cases." + " Other news." * 60 + " Of the 12, 5 were stolen",
            None,
            ("2019-01-01", "2019-12-31"),
        ),
        # a charge that changes for a stated financial year: that year after the one before
        (
            "council tax bills will go up by £1.20 a week for 2024/25",
            None,
            ("2024-04-01", "2025-03-31"),
        ),
        # not a charge: the financial year alone
        ("arrests will increase for the next financial year", P, ("2022-04-01", "2023-03-31")),
    ],
)
def test_context_rule_limits(
    text: str, published: dt.date | None, expected: tuple[str, str] | None
) -> None:
    last = (
        find_period_phrases(text, published)[-1] if find_period_phrases(text, published) else None
    )
    if expected is None:
        assert last is None or last.kind == UNRESOLVED
    else:
        assert last is not None
        assert (last.start.isoformat(), last.end.isoformat()) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "from April": the financial year starting in the April of P's year
        (
            "The precept will rise by £12 a year for a Band D home from April.",
            dt.date(2026, 2, 5),
            ("2026-04-01", "2027-03-31"),
        ),
        (
            "Council tax for policing went up by 3% from 1 April.",
            dt.date(2026, 5, 20),
            ("2026-04-01", "2027-03-31"),
        ),
        # after April, a change to come "from April" is the next April's year
        (
            "The precept will rise by £14 a year for a Band D home from April.",
            dt.date(2025, 11, 12),
            ("2026-04-01", "2027-03-31"),
        ),
        (
            "Fares are set to increase by 5% from April, the council said.",
            dt.date(2025, 9, 3),
            ("2026-04-01", "2027-03-31"),
        ),
        # … and one told in the past is this April's
        (
            "The precept rose by £14 a year for a Band D home from April.",
            dt.date(2025, 11, 12),
            ("2025-04-01", "2026-03-31"),
        ),
        # near misses: a range from April, and no charge
        ("The precept rose by 3% from April to June.", dt.date(2026, 5, 20), None),
        ("Arrests rose by 3% from April.", dt.date(2026, 5, 20), None),
    ],
)
def test_a_charge_changed_from_april(
    text: str, published: dt.date, expected: tuple[str, str] | None
) -> None:
    # the year alone (rule charge_from_april): no longer the later half of a comparison
    charged = [
        p
        for p in find_period_phrases(text, published)
        if p.kind == "relative"
        and re.fullmatch(r"from (?:1 )?April", text[p.start_char : p.end_char])
    ]
    assert ((charged[0].start.isoformat(), charged[0].end.isoformat()) if charged else None) == (
        expected
    )


def test_a_charge_year_is_the_later_half_of_a_comparison() -> None:
    [period] = find_period_phrases("the precept will rise by 4% for 2023/24", None)
    assert period.kind == "following"
    assert period.anchor == (dt.date(2022, 4, 1), dt.date(2023, 3, 31))


def test_a_rules_lead_loses_no_match(seed_texts: dict[str, str]) -> None:
    """A rule's leading lookahead (the characters a match can start with) only speeds it."""
    texts = [*seed_texts.values(), *_EXAMPLES.values()]
    texts += [text.upper() for text in texts] + [text.title() for text in texts]
    patterns = [rule.pattern for rule in PERIOD_RULES] + [DAY_DATE]
    led = [p for p in patterns if p.pattern.startswith("(?=[")]
    assert len(led) >= 10
    for pattern in led:
        bare = re.compile(pattern.pattern.split("])", 1)[1], pattern.flags)
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [
                m.span() for m in bare.finditer(text)
            ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span stated in another sentence is not what "last year" is compared with
        (
            "The week of action ran from 3 to 9 May 2021. Separately, officers recorded 900 "
            "burglaries, compared with 800 last year",
            ("2020-01-01", "2020-12-31"),
        ),
        # a restated span ("During the same period") in the same sentence is
        (
            "From 3 to 9 May 2021 there were 12 thefts. During the same period officers "
            "arrested 9 people, compared to 7 last year",
            ("2020-05-03", "2020-05-09"),
        ),
        # a bare yardstick "than last year", "on last year" after a span of its sentence
        (
            "Crews attended 230 fires between 1 and 7 May 2021, 12% more than last year",
            ("2020-05-01", "2020-05-07"),
        ),
        (
            "Officers took 560 calls over the Easter weekend 2021, up a fifth on last year",
            ("2020-04-02", "2020-04-05"),
        ),
        # near miss: no span in its sentence, "last year" is the calendar year
        (
            "The patrols ran from 3 to 9 May 2021. Thefts were 12% lower than last year",
            ("2020-01-01", "2020-12-31"),
        ),
        # unless the sentence opens pointing back to the figure before (POINTS_BACK)
        (
            "Crews attended 230 fires between 1 and 7 May 2021. The figure is down on last "
            "year, when crews attended 260",
            ("2020-05-01", "2020-05-07"),
        ),
        (
            "Officers took 560 calls over the Easter weekend 2021. That was up on last year",
            ("2020-04-02", "2020-04-05"),
        ),
        # near miss: two sentences between, or a subject that points at no figure
        (
            "Crews attended 230 fires between 1 and 7 May 2021. Most were grass fires. The "
            "figure is down on last year",
            ("2020-01-01", "2020-12-31"),
        ),
        (
            "Crews attended 230 fires between 1 and 7 May 2021. Grass fires were down on last year",
            ("2020-01-01", "2020-12-31"),
        ),
    ],
)
def test_compared_last_year_needs_a_span_in_its_sentence(
    text: str, expected: tuple[str, str]
) -> None:
    last = find_period_phrases(text, P)[-1]
    assert (last.start.isoformat(), last.end.isoformat()) == expected


def test_of_the_year_is_no_figure() -> None:
    text = "In 2021 there were 40 thefts. Of the 2020 cases, 12 were solved"
    assert [p.start.year for p in find_period_phrases(text, None)] == [2021]


@pytest.mark.parametrize("name", list(_EXAMPLES), ids=list(_EXAMPLES))
def test_each_rule_is_tried_on_its_own_example(name: str) -> None:
    [rule] = [r for r in PERIOD_RULES if r.name == name]
    text = _EXAMPLES[name]
    assert all(word == word.lower() for word in rule.needs)
    assert rule.pattern.search(text)
    assert rule.applies(needs_text(text))
    assert rule.applies(needs_text(text.upper()))


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("month_range", "It ran in April and June 2020."),
        ("day_range", "It ran on 3 May and on 9 June."),
        ("shared_month_range", "Some 4 and 11 March 2019 dates."),
        ("year_range", "Over 2015 and 2017."),
        ("following", "Over the two weeks."),
        ("baseline", "It rose on the 2019 figure."),
        ("year", "In the 2018 review."),
        ("year_to", "The year, to June 2020."),
        ("relative_year", "Last financial year."),
        ("relative_month", "A month like last."),
        ("same_year", "That same school year."),
        ("first_months", "The first six months, of 2018."),
        ("vague", "A year earlier."),
    ],
)
def test_a_rule_is_spared_a_text_without_its_needs(name: str, text: str) -> None:
    [rule] = [r for r in PERIOD_RULES if r.name == name]
    assert not rule.applies(needs_text(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since 2019", "since 2019"),
        ("\u017fince 2019", None),  # "ſince" matches "since" under re.I; lower() keeps "ſ"
        ("\u0130N 2020", None),
        ("Stra\u00dfe 2020", "straße 2020"),
        ("So\n far  THIS\u00a0year", "so far this year"),  # white space as one space
    ],
)
def test_needs_are_read_in_lower_case_and_single_spaces_unless_case_folds_differ(
    text: str, expected: str | None
) -> None:
    assert needs_text(text) == expected


def _every_rule_tried(text: str) -> list[PeriodFinding]:
    """The periods found with every rule tried, its ``needs`` unread (the reference)."""
    ungated = tuple(replace(rule, needs=()) for rule in PERIOD_RULES)
    compared = tuple(replace(rule, needs=()) for rule in COMPARED_YEAR_RULES)
    with (
        mock.patch.object(periods, "PERIOD_RULES", ungated),
        mock.patch.object(periods, "COMPARED_YEAR_RULES", compared),
    ):
        return periods.find_period_phrases(text, P)


_PIECES = [
    *_EXAMPLES.values(),
    *(text.replace(" ", "\n") for text in _EXAMPLES.values()),  # a line break between words
    "so\n far in 2012", "up 9% year on\tyear", "between 4 and 11 March", "FROM 2015 TO 2017",
    "From May 2nd to June 9th", "the NEXT two weeks", "the following six months",
    "the previous three-month period", "prior 2 years", "\u017fince 2016",
    "\u017fubsequent three months", "between 2016 and 2018", "in November",
    "compared with 2018", "\u0130n 2020", "fr\u0131day", " ", " ", " ", ", ", ". ", "\n",
    "and", "to", "2019", "12", "June", "last", "year", "month", "than in 2019", "on\n2020",
    "a year or so earlier", "some months ago", "the past\nyear", "the 12 months to May",
    "in October last\nyear", "March this year", "at the END of May", "at the close of\nJune",
    "set up in June, had already", "launched in\nMay has so far",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=8))
def test_needs_never_skip_a_rule_that_matches(pieces: list[str]) -> None:
    text = "".join(pieces)
    lowered = needs_text(text)
    for rule in PERIOD_RULES:
        if not rule.applies(lowered):
            assert rule.pattern.search(text) is None, rule.name
    assert periods.find_period_phrases(text, P) == _every_rule_tried(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("up 12% on the 2019 total", [("the 2019 total", "2019-01-01", "2019-12-31")]),
        ("The 2020 figures show", [("The 2020 figures", "2020-01-01", "2020-12-31")]),
        # near misses: a financial year's figure, a year that is no yardstick
        ("the 2019/20 figure", [("2019/20", "2019-04-01", "2020-03-31")]),
        ("the 2019 review found", []),
    ],
)
def test_year_figure(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = find_period_phrases(text, None)
    assert [
        (text[p.start_char : p.end_char], p.start.isoformat(), p.end.isoformat()) for p in found
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event whose words hold a hyphened name, up to 60 characters long
        (
            "since its scheme with Devon and Cornwall Police began in June 2019",
            ("2019-06-01", "2021-07-14"),
        ),
        (
            "since its partnership with Dyfed-Powys Police was launched in March 2020",
            ("2020-03-01", "2021-07-14"),
        ),
        ("since the Stop-and-Search panel was set up in May", ("2021-05-01", "2021-07-14")),
        # a first-person subject: the speaker's own start
        ("Since I launched the road safety fund in 2019", ("2019-01-01", "2021-07-14")),
        ("since I was elected in May 2016", ("2016-05-01", "2021-07-14")),
        ("since our Watch group was formed in 2018", ("2018-01-01", "2021-07-14")),
    ],
)
def test_since_an_event_named_with_hyphens(text: str, expected: tuple[str, str]) -> None:
    last = find_period_phrases(text, P)[-1]
    assert (last.start.isoformat(), last.end.isoformat()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("over the past decade", ("2011-07-01", "2021-06-30")),
        ("in the last decade", ("2011-07-01", "2021-06-30")),
        ("the past 10 years", ("2011-07-01", "2021-06-30")),
    ],
)
def test_the_past_decade_is_ten_years(text: str, expected: tuple[str, str]) -> None:
    [found] = find_period_phrases(text, P)
    assert (found.start.isoformat(), found.end.isoformat()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "at this time last year": the span stated before, a year earlier
        (
            "Officers answered 91% of calls in the latest quarter, up from 84% at this time "
            "last year.",
            {91: ("2024-10-01", "2024-12-31"), 84: ("2023-10-01", "2023-12-31")},
        ),
        (
            "Wardens issued 60 fines in October, against 41 this time a year ago.",
            {60: ("2024-10-01", "2024-10-31"), 41: ("2023-10-01", "2023-10-31")},
        ),
    ],
)
def test_this_time_last_year_is_the_span_before_a_year_earlier(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, dt.date(2025, 2, 4)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent Police made 806 arrests in the whole of 2019", ("2019-01-01", "2019-12-31")),
        ("over the course of 2018, 44 vans were seized", ("2018-01-01", "2018-12-31")),
        ("during the entirety of 2020 the line took 9,100 calls", ("2020-01-01", "2020-12-31")),
        # near miss: a financial year stays one
        ("in the whole of 2019/20, 61 cases", ("2019-04-01", "2020-03-31")),
    ],
)
def test_a_whole_year(text: str, expected: tuple[str, str]) -> None:
    [period] = find_period_phrases(text, P)
    assert (period.start.isoformat(), period.end.isoformat()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In its 2018 inspection, the watchdog found 35% of files incomplete",
         ("2018-01-01", "2018-12-31")),
        ("in their 2019 staff survey, 61% of officers said they felt valued",
         ("2019-01-01", "2019-12-31")),
        ("From our 2020 audits, 14 forces had a backlog", ("2020-01-01", "2020-12-31")),
    ],
)  # fmt: skip
def test_a_yearly_report(text: str, expected: tuple[str, str]) -> None:
    [period] = find_period_phrases(text, None)
    assert (period.start.isoformat(), period.end.isoformat()) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a year that is a target or a plan, not a report's; no report noun
        "The force met its 2019 target of 300 officers",
        "In its 2019 recruitment drive the force hired 40 officers",
        "The review of its 2019 figures is due",
    ],
)
def test_no_yearly_report(text: str) -> None:
    assert not [p for p in find_period_phrases(text, None) if "its 2019" in text[p.start_char :]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The winter crackdown ran from 1 December 2019 to 2 January 2020. The council put "
            "£9,000 into this winter's crackdown",
            ("2019-12-01", "2020-01-02"),
        ),
        (
            "Its road safety operation ran between 3 and 16 May 2020. Officers said this "
            "year's operation was the largest",
            ("2020-05-03", "2020-05-16"),
        ),
        # near miss: no event dated before: undated
        ("Volunteers joined this summer's campaign", None),
    ],
)
def test_this_seasons_event(text: str, expected: tuple[str, str] | None) -> None:
    period = find_period_phrases(text, P)[-1]
    got = None if period.kind == UNRESOLVED else (period.start.isoformat(), period.end.isoformat())
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month compared with, its year said relatively: that month of that year
        ("thefts fell by 17% compared with October last year", ("2020-10-01", "2020-10-31")),
        ("up 9% on March this year", ("2021-03-01", "2021-03-31")),
        # near miss: the month alone is the latest before P's month
        ("up 9% compared with April", ("2021-04-01", "2021-04-30")),
    ],
)
def test_a_month_compared_with_keeps_its_relative_year(
    text: str, expected: tuple[str, str]
) -> None:
    [period] = find_period_phrases(text, P)
    assert (period.start.isoformat(), period.end.isoformat()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a start in a month whose year is said relatively: from that month's first day to P
        ("Since September last year, 204 drivers have been banned", ("2020-09-01", "2021-07-14")),
        ("since February this year the unit has seized 61 cars", ("2021-02-01", "2021-07-14")),
        ("Since the start of March last year, 88 vans were stopped", ("2020-03-01", "2021-07-14")),
        # near misses: the month alone in that year, and "since last year" without a month
        ("in September last year, 204 drivers were banned", ("2020-09-01", "2020-09-30")),
        ("61 cars have been seized since last year", ("2020-01-01", "2020-12-31")),
    ],
)
def test_since_a_month_of_a_relative_year_runs_to_p(text: str, expected: tuple[str, str]) -> None:
    [period] = find_period_phrases(text, P)
    assert (period.start.isoformat(), period.end.isoformat()) == expected


def test_a_full_month_and_the_next_sentence_are_two_phrases() -> None:
    text = "Applications open in September. Last year the fund took 212."
    found = [text[p.start_char : p.end_char] for p in find_period_phrases(text, P)]
    assert found == ["in September", "Last year"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span of a stated length ending on a stated day
        ("in the 12 months ending 30 June 2020", ("2019-07-01", "2020-06-30")),
        ("in the three months to 31st October 2020", ("2020-08-01", "2020-10-31")),
        ("in the six weeks to 4 June 2021", ("2021-04-24", "2021-06-04")),
        # no year: the latest such day by P
        ("in the year to 30 June", ("2020-07-01", "2021-06-30")),
        ("in the year to 30 September", ("2019-10-01", "2020-09-30")),
        # near misses: a day alone is an event's; "31 June" is no day
        ("up to 31 March 2021", None),
        ("in the year to 31 June 2021", None),
    ],
)
def test_a_span_to_a_stated_day(text: str, expected: tuple[str, str] | None) -> None:
    found = [p for p in find_period_phrases(text, P) if p.kind not in ("day", UNRESOLVED)]
    assert ((found[0].start.isoformat(), found[0].end.isoformat()) if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in FY 18-19", ("2018-04-01", "2019-03-31")),
        ("during FY2018-2019", ("2018-04-01", "2019-03-31")),
        ("in the 2018-19 school year", ("2018-09-01", "2019-08-31")),
        # a football season: August to May; not a season of one year
        ("over the 2019-20 football season", ("2019-08-01", "2020-05-31")),
        ("at matches in the 2018/2019 Premier League season", ("2018-08-01", "2019-05-31")),
        ("in the 2019 season", None),
        # near misses: years that do not follow; a financial year alone stays one
        ("in FY2018/20", None),
        ("in 2018/19", ("2018-04-01", "2019-03-31")),
    ],
)
def test_written_financial_and_academic_years(text: str, expected: tuple[str, str] | None) -> None:
    found = [p for p in find_period_phrases(text, P) if p.kind != UNRESOLVED]
    assert ((found[0].start.isoformat(), found[0].end.isoformat()) if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N years ago": N years before the span stated before, else before P's year
        ("two years ago", ("2019-01-01", "2019-12-31")),
        ("in 2020, up from 40 three years ago", ("2017-01-01", "2017-12-31")),
        # a part of a month is the month
        ("from mid-October", ("2020-10-01", "2020-10-31")),
        ("in early March 2019", ("2019-03-01", "2019-03-31")),
        # near miss: "the year before" alone is the year before P's
        ("the year before", ("2020-01-01", "2020-12-31")),
        # records begun in a year: from that year to P
        ("since records began in 2012", ("2012-01-01", "2021-07-14")),
    ],
)
def test_years_ago_and_parts_of_months(text: str, expected: tuple[str, str]) -> None:
    last = find_period_phrases(text, P)[-1]
    assert (last.start.isoformat(), last.end.isoformat()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the comma of a number with thousands is no comma after the figure pointed back to
        ("Fees rose in 2023/24. Of the 2,914 people who replied in May, most agreed.", []),
        ("Fees rose in 2023/24. Of the 12,400 drivers stopped in June, 9% were drunk.", []),
        # a whole number pointed back to, with its comma after it
        ("Officers made 1,200 arrests in May. Of the 1,200, 900 were men.", ["Of the 1,200,"]),
    ],
)
def test_of_the_figure_reads_whole_numbers(text: str, expected: list[str]) -> None:
    rule = next(rule for rule in PERIOD_RULES if rule.name == "of_the_figure")
    assert [m.group(0) for m in rule.pattern.finditer(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month's start or end in a range of whole months
        ("between the start of April and the end of June", ("2021-04-01", "2021-06-30")),
        ("from the beginning of May to the end of July 2020", ("2020-05-01", "2020-07-31")),
        # an early, middle or late part of a month in a range is its whole month
        ("between mid-February and late March", ("2021-02-01", "2021-03-31")),
        ("from early May until the middle of June 2020", ("2020-05-01", "2020-06-30")),
        ("between late April and mid May", ("2021-04-01", "2021-05-31")),
        # "in calendar year 2019" is the year
        ("in calendar year 2019", ("2019-01-01", "2019-12-31")),
        # "from April onwards" runs as "since April" does, and so does "from … to date"
        ("from April onwards", ("2021-04-01", "2021-07-14")),
        ("from February to date", ("2021-02-01", "2021-07-14")),
        ("from 3 May 2020 to date", ("2020-05-03", "2021-07-14")),
        ("from October 2019 until now", ("2019-10-01", "2021-07-14")),
        ("from 2018 onwards", ("2018-01-01", "2021-07-14")),
        # the months up to, or ending in, a month
        ("in the six months up to May", ("2020-12-01", "2021-05-31")),
        ("in the three months ending in March 2020", ("2020-01-01", "2020-03-31")),
        ("in the 12 months up to the end of June", ("2020-07-01", "2021-06-30")),
        # "since the turn of the year" is the year so far
        ("since the turn of the year", ("2021-01-01", "2021-07-14")),
        # a range named "the period", by days or by months
        ("for the period 1 April 2019 to 31 March 2020", ("2019-04-01", "2020-03-31")),
        ("in the period from April to June", ("2021-04-01", "2021-06-30")),
        # a range of two months with their years and no opener; a financial year with a dash
        ("in April 2019 to March 2020", ("2019-04-01", "2020-03-31")),
        ("in 2019–20", ("2019-04-01", "2020-03-31")),
        # three or four months listed one after another are one run of months
        ("throughout April, May and June", ("2021-04-01", "2021-06-30")),
        ("in October, November and December 2019", ("2019-10-01", "2019-12-31")),
        # a run of months named in a year relative to P (P is 14 July 2021)
        ("in September and October last year", ("2020-09-01", "2020-10-31")),
        ("during March, April and May this year", ("2021-03-01", "2021-05-31")),
        ("in June and July this year", ("2021-06-01", "2021-07-14")),
        # "the decade to 2019" is the ten whole years to its end
        ("in the decade to 2019", ("2010-01-01", "2019-12-31")),
        ("in the decade to March 2020", ("2010-04-01", "2020-03-31")),
        # "the month of June" is June
        ("in the month of June", ("2021-06-01", "2021-06-30")),
        # "last quarter" with no article is the quarter before P's, as "the last quarter"
        ("last quarter", ("2021-04-01", "2021-06-30")),
    ],
)
def test_more_wordings_of_calendar_spans(text: str, expected: tuple[str, str]) -> None:
    [found] = find_period_phrases(f"Officers made 40 arrests {text}.", P)
    assert (found.start.isoformat(), found.end.isoformat()) == expected


def test_months_listed_apart_are_no_run() -> None:
    assert [p.kind for p in find_period_phrases("in January, March and April", P)] == ["unresolved"]


@pytest.mark.parametrize(
    "text",
    [
        "the end of the road for the gang",  # no month after "the end of"
    ],
)
def test_calendar_span_near_misses(text: str) -> None:
    assert all(p.kind != "since" for p in find_period_phrases(text, P))


def test_a_month_with_its_year_onwards_runs_from_that_year() -> None:
    """ "from April 2020 onwards" is since April 2020, never "since April" of P's year."""
    [found] = find_period_phrases("from April 2020 onwards the team grew", P)
    assert (found.kind, found.start) == ("since", dt.date(2020, 4, 1))


def test_over_the_course_of_the_year_is_the_year_stated_before() -> None:
    text = "The report covers 2019/20. Over the course of the year, 40 people were helped."
    course = find_period_phrases(text, P)[-1]
    assert (course.start, course.end) == (dt.date(2019, 4, 1), dt.date(2020, 3, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive's "was"/"were" is the event's verb when its participle is no "-ed" word
        ("since the helpline was first run in the spring of 2019", ("2019-03-01", "2021-07-14")),
        ("since the patrols were put in in the summer of 2020", ("2020-06-01", "2021-07-14")),
    ],
)
def test_since_a_passive_event(text: str, expected: tuple[str, str]) -> None:
    last = find_period_phrases(text, P)[-1]
    assert (last.start.isoformat(), last.end.isoformat()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "During last year's nine closures, officers made 40 arrests.",
            ("2020-01-01", "2020-12-31"),
        ),
        ("Over last year's 12 operations, 300 people were stopped.", ("2020-01-01", "2020-12-31")),
        # near misses: an event of last year (same_period_last_year's), no count after it
        ("During last year's campaign, officers made 40 arrests.", None),
        ("During last year's busy summer, 40 people were stopped.", None),
    ],
)
def test_during_last_years_counted_events(text: str, expected: tuple[str, str] | None) -> None:
    found = [p for p in find_period_phrases(text, P) if text[p.start_char :].startswith("last")]
    spans = [(p.start.isoformat(), p.end.isoformat()) for p in found if p.kind == "relative"]
    assert (spans[0] if spans else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past month after a span its sentence stated: a tally since that span's start
        (
            "Of the 240 recruits who joined between May 2021 and June 2022, 31 had left by "
            "the end of March 2024.",
            {240: ("2021-05-01", "2022-06-30"), 31: ("2021-05-01", "2024-03-31")},
        ),
        (
            "Of the 96 special constables who signed up between March and May 2021, 14 had "
            "quit by the end of June 2023.",
            {96: ("2021-03-01", "2021-05-31"), 14: ("2021-03-01", "2023-06-30")},
        ),
        (
            "Of the 80 recruits hired in 2022, 12 had resigned by the end of June 2024.",
            {80: ("2022-01-01", "2022-12-31"), 12: ("2022-01-01", "2024-06-30")},
        ),
        # near misses: a deadline still to come; a span stated in another sentence
        (
            "Of the 240 recruits who joined in 2024, 31 will be posted by March 2027.",
            {240: ("2024-01-01", "2024-12-31"), 31: ("2024-01-01", "2024-12-31")},
        ),
        (
            "The force hired 80 staff in 2022. It promoted 12 officers by June 2024.",
            {80: ("2022-01-01", "2022-12-31"), 12: None},
        ),
    ],
)
def test_a_tally_by_a_past_month(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, dt.date(2025, 2, 4)) == expected
