"""The table of period rules: every way a press release states a span of time, named.

Each entry pairs a bounded, anchored-where-possible regex (with a comment giving a
phrase it must match and one it must not) with its resolver from
:mod:`pressfacts.statistics.period_rules`. All patterns are tried at once; the longest
phrase at a place wins.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pressfacts.lexicon.events import ANY_EVENT, REFERRED_EVENT
from pressfacts.lexicon.months import MONTH
from pressfacts.statistics import period_budget_years as budget
from pressfacts.statistics.period_adjacent import (
    ADJACENT_LEAD,
    ADJACENT_UNIT,
    resolve_adjacent_unit,
)
from pressfacts.statistics.period_before_event import (
    AFTER_APPEAL_MONTH,
    SINCE_AFTER_COUNT,
    UNITS_BEFORE_MONTH,
    resolve_since_month_before,
    resolve_units_before_month,
)
from pressfacts.statistics.period_durations import (
    DURATION_BEFORE,
    DURATION_LEAD,
    resolve_duration_before,
)
from pressfacts.statistics.period_events import WEEK_MONTH_AFTER, WEEK_TAIL_MONTH_AFTER
from pressfacts.statistics.period_first_years import FIRST_YEAR_RULES
from pressfacts.statistics.period_fiscal import (
    BASELINE_QUARTER,
    BASELINE_QUARTER_LEAD,
    resolve_baseline_quarter,
    resolve_fiscal_first_months,
    resolve_fiscal_quarter,
    resolve_months_to,
    resolve_named_financial_year,
)
from pressfacts.statistics.period_following import resolve_following
from pressfacts.statistics.period_fragments import (
    FISCAL_YEAR as _FISCAL_YEAR,
)
from pressfacts.statistics.period_fragments import (
    SAME as _SAME,
)
from pressfacts.statistics.period_fragments import SAME_SPAN, WEEK_WORDS, YEAR_OR_SEASON
from pressfacts.statistics.period_in_force import SINCE_ACT_IN_FORCE
from pressfacts.statistics.period_links import (
    CHARGE_YEAR,
    FIRST_SPAN_FROM,
    SPAN_AFTER_START,
    resolve_charge_year,
    resolve_compared_last_year,
    resolve_first_months_relative,
    resolve_first_span_from,
    resolve_month_range_relative,
    resolve_the_financial_year,
    resolve_year_to_month,
    resolve_year_to_month_relative,
)
from pressfacts.statistics.period_needs import RULE_NEEDS
from pressfacts.statistics.period_of_the_figure import resolve_of_the_figure
from pressfacts.statistics.period_own_needs import OWN_NEEDS_RULES
from pressfacts.statistics.period_pairs import resolve_month_pair
from pressfacts.statistics.period_part_again import resolve_year_part_again
from pressfacts.statistics.period_ranges import (
    DAY_RANGE_RULES,
    LAST_YEARS_EVENT_RULES,
    MONTH_EDGE,
    MONTH_RANGE_RULES,
)
from pressfacts.statistics.period_refers import resolve_the_named_event
from pressfacts.statistics.period_rules import (
    COUNT,
    MONTHS,
    MULTIPLE_OF,
    ORDINAL,
    UNIT,
    YEAR,
    PeriodRule,
    compile_rule,
    resolve_bare_month,
    resolve_baseline,
    resolve_baseline_month,
    resolve_day,
    resolve_first_months,
    resolve_last_month_named,
    resolve_month_year,
    resolve_past_months,
    resolve_quarter,
    resolve_relative_month,
    resolve_same_period_year,
    resolve_since,
    resolve_since_month,
    resolve_so_far,
    resolve_the_week,
    resolve_today,
    resolve_unfixed,
    resolve_year_range,
    resolve_year_to,
    resolve_years_average,
)
from pressfacts.statistics.period_same import resolve_same
from pressfacts.statistics.period_same_lengths import (
    SAME_THIS_YEAR_RULES,
    resolve_same_period_last_year,
    resolve_year_before,
)
from pressfacts.statistics.period_season_rules import SEASON_RULES
from pressfacts.statistics.period_seasons import FESTIVE_CAMPAIGN_UNDATED, resolve_festive_campaign
from pressfacts.statistics.period_since_incident import SINCE_CLAUSE, since_event_in_month
from pressfacts.statistics.period_superlatives import (
    RANKED_MONTH_SUBJECT,
    SUPERLATIVE_MONTH,
    SUPERLATIVE_SINCE,
    resolve_no_period,
    resolve_superlative_month,
)
from pressfacts.statistics.period_wordings import resolve_split_year
from pressfacts.statistics.period_year_on_year import resolve_year_on_year
from pressfacts.statistics.period_year_parts import YEAR_PART_RULES
from pressfacts.statistics.since_days import SINCE, SINCE_DAY, START_VERBS, resolve_since_day
from pressfacts.statistics.single_dates import DAY_DATE

_compile = compile_rule
"""Short name for the rules below (:func:`~pressfacts.statistics.period_rules.compile_rule`)."""
BASELINE_EVENTS = (
    r"(?:surrender|amnesty|campaign|operation|survey|census|count|crackdown|week\s+of\s+action)"
)
"""Events a change may be measured against, held every year or so: "on the last national
surrender in 2023" (rule ``baseline_event``)."""

_QUARTER_WORD = r"(?P<qw>one|two|three|four|[1-4])"
"""A quarter's number written after "quarter": "quarter two", "quarter 2"."""
_DAY_OR_YEAR = rf"(?:(?:3[01]|[12]\d|0?[1-9]){ORDINAL}\b(?![,.]\d)|{YEAR}\b)"
"""A day of the month ("23", "3rd") or a year after a month name: "in April 287 calls"
and "in May 46 thefts" name the month, "in March 23" a day."""
_AND_MONTH = rf"\s*(?:\s(?:and|to)\s|&|[-–])\s*(?!(?-i:may)\b)(?P<m2>{MONTH})(?!\w|\.\w)"
"""A second month joined to a first: " and April", " to June", "-April"; not " and may"
(the verb)."""

_RULES: tuple[PeriodRule, ...] = (
    *MONTH_RANGE_RULES,
    # "between April and September/from the start of March to the end of May this year" (or
    # "last/next year": "between January and July next year"); not 2023, nor "next year's"
    PeriodRule("month_range_relative", _compile(
        rf"\b(?:between|from)\s+{MONTH_EDGE}(?P<m1>{MONTH})\s+(?:and|to|until)\s+"
        rf"{MONTH_EDGE}(?P<m2>{MONTH})\s+(?P<rel>this|last|next)\s+year\b(?!['’]s)", "bf"),
        resolve_month_range_relative),
    *DAY_RANGE_RULES,
    *LAST_YEARS_EVENT_RULES,
    *FIRST_YEAR_RULES,  # "its first year, 2021/22"
    # "2022/23", "2017-18", "2023/2024"; not "2023-03-01" (03 is no next year)
    PeriodRule("financial_year", _compile(
        rf"\b(?P<y1>{YEAR})[/–-](?P<y2>{YEAR}|\d{{2}})\b(?![/–-]?\d)", "12"),
        resolve_split_year),
    # "the next financial year"; not "a financial year" (no anchor)
    PeriodRule("financial_year_named", _compile(
        r"\b(?:the\s+)?(?P<which>this|last|next|current|previous|coming)\s+financial\s+year\b"),
        resolve_named_financial_year),
    # "Q1 2023", "Q3 of 2024", "the third quarter of 2022", "quarter two of 2024"
    PeriodRule("quarter", _compile(
        rf"\bQ(?P<q>[1-4])\s*(?:of\s+)?(?P<y>{YEAR})\b|\bthe\s+(?P<ord>first|second|third|fourth|final|"
        rf"last)\s+quarter\s+of\s+(?P<y2>{YEAR})\b|\bquarter\s+{_QUARTER_WORD}\s+(?:of\s+)?"
        rf"(?P<y3>{YEAR})\b(?![/–-]?\d)"), resolve_quarter),
    # "the first quarter of 2024/25", "Q3 2022/23", "quarter two of 2025/26", "… of this
    # financial year": April-March
    PeriodRule("fiscal_quarter", _compile(
        rf"\b(?:Q(?P<q>[1-4])\s*(?:of\s+)?|the\s+(?P<ord>first|second|third|fourth|final|last)"
        rf"\s+quarter\s+of\s+(?:the\s+)?|quarter\s+{_QUARTER_WORD}\s+(?:of\s+)?(?:the\s+)?)"
        rf"(?:{_FISCAL_YEAR})", "qt"), resolve_fiscal_quarter),
    # "the first 11 months of the current financial year / of 2023/24"; not "… of 2023"
    PeriodRule("fiscal_first_months", _compile(
        rf"\b(?:the\s+)?first\s+(?P<n>{COUNT})\s+months\s+of\s+(?:the\s+)?(?:{_FISCAL_YEAR})",
        "tf"), resolve_fiscal_first_months),
    # "the six months (up) to September", "three months ending (in) March 2024"; not "the
    # year to March 2024" (year_to), "six months to 30 September"
    PeriodRule("months_to", _compile(
        rf"\b(?:the\s+)?(?P<n>{COUNT}){MONTHS}\s+(?:(?:up\s+)?to|ending(?:\s+in)?)\s+"
        rf"(?:the\s+end\s+of\s+)?(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?\b(?!\s*\d)"),
        resolve_months_to),
    # "between 2016 and 2018"
    PeriodRule("year_range", _compile(
        rf"\b(?:between|from)\s+(?P<y1>{YEAR})\s+(?:and|to|until)\s+(?P<y2>{YEAR})\b", "bf"),
        resolve_year_range),
    # "the year to March 2023", "12 months ending June 2022"
    PeriodRule("year_to", _compile(
        rf"\b(?:the\s+)?(?:year|(?:12|twelve){MONTHS})\s+(?:to|ending)\s+(?:the\s+end\s+of\s+)?"
        rf"(?P<m>{MONTH})\s+(?P<y>{YEAR})", "1ty"), resolve_year_to),
    # "the 12 months to March this year", "the year to June last year": that month of P's
    # year or the year before; not "the year to March 2024" (year_to)
    PeriodRule("year_to_month_relative", _compile(
        rf"\b(?:the\s+)?(?:year|(?:12|twelve){MONTHS})\s+(?:to|ending)\s+(?:the\s+end\s+of\s+)?"
        rf"(?P<m>{MONTH})\s+(?P<rel>this|last)\s+year\b", "1ty"), resolve_year_to_month_relative),
    # "the year to September", "12 months ending June"; not "the year to June 2023"
    PeriodRule("year_to_month", _compile(
        rf"\b(?:the\s+)?(?:year|(?:12|twelve){MONTHS})\s+(?:to|ending)\s+(?:the\s+end\s+of\s+)?"
        rf"(?P<m>{MONTH})(?!\w|\s*\d)", "1ty"), resolve_year_to_month),
    # "in the financial year" (refers back); not "the financial year 2023/24"
    PeriodRule("the_financial_year", _compile(
        r"\b(?:in|during|over|for|across|throughout)\s+the\s+financial\s+year\b"
        r"(?!\s*(?:to|ending|of|\d))"), resolve_the_financial_year),
    # "the first six months of last year"; not "the first six months of 2018"
    PeriodRule("first_months_relative", _compile(
        rf"\b(?:the\s+)?(?P<which>first|last)\s+(?P<n>{COUNT})\s+months\s+of\s+"
        rf"(?P<rel>this|last)\s+year\b", "tfl"), resolve_first_months_relative),
    # "the first six months of 2018"
    PeriodRule("first_months", _compile(
        rf"\b(?:the\s+)?(?P<which>first|last)\s+(?P<n>{COUNT})\s+months\s+of\s+"
        rf"(?P<y>{YEAR})", "tfl"),
        resolve_first_months),
    # "since the Police, Crime, Sentencing and Courts Act 2022 came into force": a law's year
    # in its name as the start; not "since the Act came into force" (no year)
    PeriodRule("since_act_in_force", _compile(SINCE_ACT_IN_FORCE, "sS"), resolve_since),
    # "since being elected in 2016", "since it opened in March 2019", "since its scheme with
    # Dyfed-Powys Police began in April 2022", "since I launched the fund in 2024", "since
    # opening in 2021", "since it came into force in 2017/18" (its first day); not "since 2016"
    PeriodRule("since_event", _compile(
        rf"\bsince\s+(?:(?:being|it|he|she|they|we|I|our|the|its|their|records)\b{SINCE_CLAUSE}"
        rf"|{START_VERBS}\s+(?:[\w\s’'-]{{1,60}}?)?)\bin\s+(?:(?P<m>{MONTH})\s+)?(?P<y>{YEAR})\b"
        rf"(?P<fy>[/–-](?:{YEAR}|\d{{2}})\b)?"),
        resolve_since),
    # "in the two years before the cameras went live in July 2024": whole units before a month
    PeriodRule("units_before_month", _compile(UNITS_BEFORE_MONTH, "idofaIDOFA"),
        resolve_units_before_month),
    # "…, compared with six since" after an event dated to a month: from it to P
    PeriodRule("since_month_before", _compile(SINCE_AFTER_COUNT, "sS"), resolve_since_month_before),
    # "since a patrol plan began in November", "since police launched it in May"
    PeriodRule("since_event_month", _compile(
        rf"\bsince\s+[\w\s’'-]{{1,60}}?\b(?:began|begun|started|opened|launched|introduced|"
        rf"came\s+into|took\s+(?:office|over)|was\s+set\s+up|was\s+elected|joined)\b"
        rf"[\w\s’']{{0,40}}?\bin\s+(?P<m>{MONTH})(?!\w|\s*\d)"), resolve_since_month),
    # "since the arrests in November", "since its launch in May": an event named by its noun
    # and dated by a month alone; not "since the arrests" (no month), nor "since the
    # arrests in November 2023" (a year: "since_event")
    PeriodRule("since_the_event_month", _compile(
        since_event_in_month("the|its|their|our|his|her")), resolve_since_month),
    # "the highest since 2019", "the lowest summer total since 2019", "the most since the scheme
    # began in 2016": a superlative's yardstick, no period (the whole phrase is taken so "since
    # …" is not read); not "has risen since 2019", "the most common offence since 2020" (a span)
    PeriodRule("superlative_since", _compile(SUPERLATIVE_SINCE, "hlmfbgswq"), resolve_no_period),
    PeriodRule("after_appeal_month", _compile(AFTER_APPEAL_MONTH, "afAF"), resolve_no_period),
    # "July was the busiest month (of the year), with …", "the busiest month was March"
    PeriodRule("superlative_month", _compile(SUPERLATIVE_MONTH), resolve_superlative_month),
    # "while February had the fewest, at 248": the month ranked as the subject of "had"
    PeriodRule("ranked_month_subject", _compile(RANKED_MONTH_SUBJECT), resolve_superlative_month),
    # "since 2021", "since March 2019", "since 2017/18" (from April 2017)
    PeriodRule("since", _compile(
        rf"\b{SINCE}\s+(?:(?P<m>{MONTH})\s+)?(?P<y>{YEAR})\b(?P<fy>[/–-](?:{YEAR}|\d{{2}})\b)?"),
        resolve_since),
    # "up 30% on 2022", "compared with 2021", "double the number in 2022"; not "on 2022/23"
    PeriodRule("baseline", _compile(
        rf"\b(?:on|compared\s+(?:with|to)|than\s+in|than|{MULTIPLE_OF})\s+(?P<y>{YEAR})\b"
        r"(?![-/–]\d)", "oct"), resolve_baseline),
    # "a fall of 11% from 2023", "up 9 per cent from 2022": a change's yardstick year (rule
    # baseline_from); not "from 2023 to 2024", "from 2023/24", "from 2023 onwards"
    PeriodRule("baseline_from", _compile(
        rf"(?:(?<=%\s)|(?<=\bcent\s))from\s+(?P<y>{YEAR})\b(?![-/–]|\s*[-–]|\s+(?:to|until|"
        r"till|and|onwards?)\b)", "f"), resolve_baseline),
    # "up 46% last month compared with May", "more than in March", "up 12% on November": the
    # month compared with (the latest before P's month); not "than May 2023", "than May
    # last year" (month_year, month_relative_year), "than May 5", "than may", "on March 5"
    PeriodRule("baseline_month", _compile(
        rf"\b(?:compared\s+(?:with|to)|than(?:\s+in)?|against|(?:(?<=%\s)|(?<=cent\s))on)\s+"
        rf"(?!(?-i:may)\b)(?P<m>{MONTH})(?!\w|\.\w|\s*{_DAY_OR_YEAR}|\s+(?:last|this)\s+year\b)",
        "ctao"), resolve_baseline_month),
    # "compared with the first", "up 5% on the previous quarter"; not "than the first time"
    PeriodRule("baseline_quarter", _compile(BASELINE_QUARTER, BASELINE_QUARTER_LEAD),
        resolve_baseline_quarter),
    # "the 2019 figure of 380", "up 12% on the 2022 total"; not "the 2019/20 figure"
    PeriodRule("year_figure", _compile(
        rf"\bthe\s+(?P<y>{YEAR})\s+(?:figures?|totals?|levels?)\b", "t"), resolve_baseline),
    # "up by a fifth on the last national surrender in 2023", "compared with the previous
    # amnesty in 2022": a change's yardstick, a past event of the kind counted, dated by its
    # year (rule baseline_event); not "on the surrender, in 2023 …" (no event right before)
    PeriodRule("baseline_event", _compile(
        rf"\b(?:on|compared\s+(?:with|to)|than(?:\s+(?:at|in|during))?)\s+the\s+"
        rf"(?:last|previous|latest|first)\s+(?:[a-z-]+\s+){{0,3}}?{BASELINE_EVENTS}\s+"
        rf"(?:in|of)\s+(?P<y>{YEAR})\b(?![-/–]\d)", "oct"), resolve_baseline),
    # "since January"; not "since January 2020" (that is "since")
    PeriodRule("since_month", _compile(rf"\b{SINCE}\s+"
        rf"(?P<m>{MONTH})(?:\s+onwards?\b)?(?!\w|\.?\s*\d)"), resolve_since_month),
    # "since March 5", "since 5 March 2023": from that day to P; not "since March"
    PeriodRule("since_day", SINCE_DAY, resolve_since_day),
    # "last September", "Last June 46 drivers …"; not "last September 2019" (month_year)
    PeriodRule("last_month_named", _compile(
        rf"\b(?:last|this\s+past)\s+(?P<m>{MONTH})(?!\w|\.\w|\s*{_DAY_OR_YEAR})"),
        resolve_last_month_named),
    # "in March 2021", "during May 2020"
    PeriodRule("month_year", _compile(
        rf"\b(?:(?:in|during|throughout|for|of|since)\s+)?(?P<m>{MONTH})\s+(?P<y>{YEAR})\b",
        "adfijmnost"),
        resolve_month_year),
    # "in September", "during the month of April", "in May and 26 in June"; not "in May 2020",
    # "in March 23", "in may", "in March and April" (month_pair)
    PeriodRule("bare_month", _compile(
        rf"\b(?:in|during|throughout)\s+(?:the\s+month\s+of\s+)?(?P<m>{MONTH})(?!\w|\.\w|"
        rf"\s*{_DAY_OR_YEAR}|{_AND_MONTH})",
        "idt"),
        resolve_bare_month),
    # "in March and April (2022 / last year)", "throughout June, July and August"; not "in
    # May and 26 in June"
    PeriodRule("month_pair", _compile(
        rf"\b(?:in|during|throughout|over|across|for)\s+(?P<m1>{MONTH})(?:,\s*{MONTH}){{0,2}}{_AND_MONTH}"
        rf"(?!\s*\d{{1,2}}\b)(?:\s+(?P<y>{YEAR})\b|\s+(?P<rel>this|last)\s+year\b(?!['’]s))?",
        "idtoaf"), resolve_month_pair),
    # "in 2022", "in (the) calendar year 2022"; not "in 2022/23"; after "… of 2023 and 58",
    # that part of 2022 (rule year_part_again)
    PeriodRule("year", _compile(rf"\b(?:in|during|throughout|for)\s+(?:(?:the\s+)?calendar\s+"
        rf"year\s+)?(?P<y>{YEAR})\b(?![-/–]\d)", "idtf"), resolve_year_part_again),
    # "so far this year", "so far in 2012", "since the start / turn of the year"; not "… of the
    # scheme"
    PeriodRule("so_far", _compile(
        rf"\bso\s+far\s+(?:this\s+year|in\s+(?P<y>{YEAR})\b)|\bsince\s+the\s+(?:start|turn|"
        rf"beginning)\s+of\s+(?:the\s+year|this\s+year|(?P<y2>{YEAR})\b(?![-/–]\d))"),
        resolve_so_far),
    # "the same period in 2019", "the corresponding quarter of 2023", "the same quarter of
    # 2020/21" (a financial year); not "the same quarter" alone
    PeriodRule("same_period_year", _compile(
        rf"\b(?:in\s+|over\s+|during\s+)?the\s+{_SAME}\s+{SAME_SPAN}\s+"
        rf"(?:in|of)\s+(?P<y>{YEAR})(?P<fy>[-/–](?:\d{{2}}|{YEAR}))?\b"),
        resolve_same_period_year),
    # "the same period (of) last year", "the same quarter a year earlier / the year before"
    # (not "the year before last"), "the equivalent week last year", "during the same
    # campaign a year earlier / the previous winter", "at this time last year", "last year's
    # campaign / amnesty / survey / Sceptre week / Bonfire period"; not "the same campaign" alone
    PeriodRule("same_period_last_year", _compile(
        rf"\b(?:(?:in|during|over)\s+)?(?:the\s+)?{_SAME}\s+{SAME_SPAN}\s+(?:(?:of\s+)?last\s+"
        rf"{YEAR_OR_SEASON}|(?:(?:of|in)\s+)?the\s+(?:previous|last)\s+{YEAR_OR_SEASON}|a\s+year\s+"
        r"(?:earlier|ago|before)|the\s+year\s+(?:before|earlier)(?!\s+last\b))\b|"
        r"\b(?:at\s+)?this\s+time\s+(?:last\s+year|a\s+year\s+(?:ago|earlier))\b|\blast\s+"
        rf"{YEAR_OR_SEASON}['’]?s\s+"  # "last years campaign": a reprint's lost apostrophe
        r"(?:campaign|operation|event|festival|carnival|crackdown|figures?|consultation|survey|"
        r"appeal|census|amnesty|surrender|"
        r"(?P<event>week\s+of\s+action|(?:freshers|welcome|awareness|safety|enforcement|action)"
        r"['’]?\s+(?:week|fortnight))|"
        r"(?:(?-i:[A-Z])[\w-]*\s+){1,3}(?:week|campaign|operation|crackdown|period))\b"),
        resolve_same_period_last_year),
    *SAME_THIS_YEAR_RULES,  # "the same period this year"
    # "last year", "this year", "the past year", "in the last year" (as past), "this year's
    # budget", "last year's grant" (a budget's or grant's year), "lost £900 each last year"
    # (a distributive "each" before "last/this year"); not "last year's" (of_last_years,
    # same_period_last_year); not "more than in any previous year", "every past year", "each
    # previous year" (every year, no period)
    PeriodRule("relative_year", _compile(
        r"\b(?<!\bany\s)(?<!\bevery\s)"
        r"(?:(?P<the>the)\s+(?=last\s+year\b))?"
        r"(?P<which>last|this|(?<!\beach\s)previous|(?<!\beach\s)past)\s+year"
        r"(?!['’]s(?!\s+(?:budget|spending|grant)\b))\b", "ltp"),
        budget.resolve_relative_or_budget_year),
    PeriodRule("relative_month", _compile(  # "last month", "this month"
        r"\b(?P<which>last|this)\s+month\b"), resolve_relative_month),
    # "the past 12 months", "the last five years", "the past decade"
    PeriodRule("past_months", _compile(
        rf"\b(?:the\s+)?(?:last|past)\s+(?:(?P<n>{COUNT})\s+(?P<unit>months|years)|(?P<decade>decade))\b"),
        resolve_past_months),
    # "the following six months", "the previous three-month period", "the next two weeks"
    PeriodRule("following", _compile(
        rf"\b(?:the\s+)?(?P<which>following|next|subsequent|previous|preceding|prior)\s+"
        rf"(?P<n>{COUNT})[-\s](?P<unit>{UNIT})s?(?:\s+period)?", "tfnsp"), resolve_following),
    # "the previous quarter", "the following week" (one unit, from the period before)
    PeriodRule("adjacent_unit", _compile(ADJACENT_UNIT, ADJACENT_LEAD), resolve_adjacent_unit),
    # "the same period", "that period", "over the six-month period", "during that time", "over
    # the period", "in the period"; not "at the same time", "this time last year", "during this
    # time of year", "in the period before the election",
    # "the same three months of 2023" / "… last year" (another year's); "over the same two
    # years" (same_years_back); "during the same months" (same_months)
    PeriodRule("same", _compile(
        rf"\b(?:the\s+)?(?:same|that|this)\s+(?:(?P<n>{COUNT})[-\s]month\s+)?period\b|"
        rf"\bover\s+the\s+(?P<n2>{COUNT})[-\s]month\s+period\b|"
        r"\b(?:during|in|over|throughout|within)\s+(?:that|this|the\s+same)\s+time\b"
        r"(?!\s+(?:of|last|next|a)\b)|\b(?:during|over|throughout|across|in)\s+the\s+period\b"
        r"(?!\s+(?:to|from|of|since|ending|between|when|before|after|leading|up)\b)|"
        rf"\b(?:during|in|over|throughout|across|within)\s+the\s+same\s+(?P<years>{COUNT})\s+"
        r"years\b(?!\s+(?:of|in|last|to|from|a|the|before|after|ago|earlier|since)\b)|"
        # rule same_months: "during the same months", "over the same weeks" (no count)
        r"\b(?:during|in|over|throughout|across|within)\s+the\s+same\s+(?:months|weeks|days)\b"
        r"(?!\s+(?:of|in|last|next|this|a|an|the|to|from|before|after|since|ago|earlier)\b)"),
        resolve_same),
    # "the year before", "the previous (reporting/academic/school) year", "a year earlier",
    # "five years ago", "the season before" / "the previous season" / "five seasons
    # earlier" (a sporting season, rule seasons_earlier);
    # not "the year before last", nor "in the year before their death" (a span of each
    # person's own, counted back from an event of theirs: no calendar year)
    PeriodRule("year_before", _compile(
        rf"\b(?:the\s+(?:year|(?P<season>season))\s+before(?!\s+(?:last|their|his|her)\b)|"
        rf"the\s+(?:previous|"
        rf"preceding|prior)\s+(?:(?:reporting|(?P<school>academic|school))\s+year|"
        rf"(?P<season2>season)|year)|"
        rf"(?:a|(?P<n>{COUNT}))\s+(?:years?|(?P<seasons>seasons?))\s+(?:earlier|before|ago)|"
        r"a\s+(?P<decade>decade)\s+"
        r"(?:earlier|before|ago))\b"), resolve_year_before),
    # "35% above the five-year average", "the 3-year rolling mean"; not "a five-year plan"
    PeriodRule("years_average", _compile(
        rf"\b(?:the\s+)?(?:previous\s+|last\s+)?(?P<n>{COUNT})[-\s]year\s+(?:rolling\s+)?"
        rf"(?:average|mean)\b"),
        resolve_years_average),
    # "the average of the last five years", "the previous three years' mean"; not "the
    # average of 40 a year over the last five years"
    PeriodRule("average_of_years", _compile(
        rf"\b(?:the\s+)?(?:average|mean)\s+(?:of|for|over|across)\s+the\s+(?:previous|last|"
        rf"past|preceding|prior)\s+(?P<n>{COUNT})\s+years\b|\b(?:the\s+)?(?:previous|last|past|"
        rf"preceding|prior)\s+(?P<n2>{COUNT})\s+years['’]\s+(?:average|mean)\b"),
        resolve_years_average),
    # "up 18% year on year", "a year-on-year rise"; not "year after year"
    PeriodRule("year_on_year", _compile(r"\byear[-\s]on[-\s]year\b"), resolve_year_on_year),
    # "that year", "the same year"
    PeriodRule("same_year", _compile(r"\b(?:that|the\s+same)\s+year\b"), resolve_same),
    # "during the week of action", "over the week", "during Sceptre week", "during a week of
    # intensive action", "during Operation X's / its week of action"; not "in a week", "every week",
    # "during a week of action from 3 to 9 May" / "in May" / "last month" (the span after dates it)
    PeriodRule("the_week", _compile(
        r"\b(?:during|over|in|throughout|across)\s+(?:(?:the|its|their)\s+(?:recent\s+|same\s+)?"
        + WEEK_WORDS
        + r"|(?:(?-i:[A-Z])[\w-]*(?:['’]s)?\s+){1,3}?|"
        r"an?\s+(?=week\s+of\s+(?:[\w-]+\s+)?action\b(?![^.\n]{0,6}\d)"
        rf"{WEEK_MONTH_AFTER}))"
        rf"week(?:\s+of\s+(?:[\w-]+\s+)?(?:action|intensification))?\b{WEEK_TAIL_MONTH_AFTER}"),
        resolve_the_week),
    # "during the Christmas drink-drive campaign" (no year), before the_operation's reading
    PeriodRule("festive_campaign", _compile(FESTIVE_CAMPAIGN_UNDATED, "dto"),
        resolve_festive_campaign),
    # "during the two-day operation", "during the day-long operation" (one day: rule
    # `day_long_the_operation`), "throughout the campaign", "during the pilot"; not "the
    # operation of", "in the scheme" (taking part), "over the three-year pilot", "during the
    # operation in June", "over the festival weekend of 2 May" (dated where it is named)
    PeriodRule("the_operation", _compile(
        rf"\b(?:during|throughout|(?:over|in)(?=\s+the\s+(?:[\w-]+\s+){{0,4}}?{REFERRED_EVENT}\b))"
        rf"\s+the\s+(?!(?:19|20)\d\d\s+(?:festive|christmas)\s)"  # a season's year: festive's
        rf"(?:(?P<n>{COUNT})[-\s](?P<unit>day|week|month)[-\s]|(?P<dl>day[-\s]long|single[-\s]day)\s+)?"
        rf"(?:[\w-]+\s+){{0,2}}?"
        rf"{ANY_EVENT}\b(?![’']|\s+of\b|\s+(?:(?:in|on|between|from)\s+(?:{MONTH}|\d)|"
        rf"(?:last|this)\s+(?:week|month|year|{MONTH})\b|(?:weekend|week)\s+of\s+(?:{MONTH}|\d)))"),
        resolve_the_named_event),
    # "during the three months", "over those two weeks", "in that quarter", "during the year",
    # "for the half-year" (the span stated before, that long); not "in the six months to
    # May", "the next three months", "in the quarter to June", "for the year ahead", "in
    # that year" (same_year's)
    PeriodRule("the_units", _compile(
        rf"\b(?:during|over|in|throughout|across|for)\s+(?:the\s+course\s+of\s+)?(?:the|those|these|"
        rf"that(?!\s+year))\s+(?:(?P<n>{COUNT})"
        r"\s+(?P<unit>days|weeks|months)|(?P<one>quarter|month|half[-\s]year|year))\b"
        r"(?!\s+(?:(?:up\s+)?to\s+(?:the\s+end\b|date\b|(?-i:[A-Z])|\d)|(?:ending|ended|before|"
        r"after|since|from|of|ago|ahead)\b))",  # not "the year to March"; "to train" is no date
        "doitaf"), budget.resolve_the_units_or_budget_year),
    # too vague to date: "a year or so previously", "in recent years"
    PeriodRule("vague", _compile(
        r"\b(?:a\s+(?:year|month)\s+or\s+so|some\s+(?:years|months)|a\s+few\s+(?:years|months))"
        r"\s+(?:previously|earlier|before|ago)\b|\bin\s+recent\s+(?:years|months)\b", "asi"),
        resolve_unfixed),
    # "compared to 698 last year", "9% fewer than last year", "up a fifth on last year"
    # (after a span: that span a year earlier); up to three words between, a possessive among
    # them (rule part `compared_event_last_year`: "down from 12 during freshers' fortnight
    # last year"); not "compared with 14 in the whole of last year" (four: the year)
    PeriodRule("compared_last_year", _compile(
        r"\b(?:(?:compared\s+(?:to|with)|against|versus|from)\s+(?:(?:around|about|just|some|"
        r"nearly|almost|over|under)\s+)?£?\d[\d,.]*\s*(?:[a-z-]+(?:['’]s?)?\s+){0,3}?|(?:than|on)\s+)"
        r"(?P<phrase>last\s+year)\b(?!['’]s)"), resolve_compared_last_year),
    # "waited more than a year before reporting", "a year before coming forward"; not "40
    # more than a year before." (year_before)
    PeriodRule(
        "duration_before", _compile(DURATION_BEFORE, DURATION_LEAD), resolve_duration_before),
    # "its first four weeks of operation from 1st September", "the six months from April
    # 2024"; not "the first four weeks", "the year starting 1 April" (period_links)
    PeriodRule("first_span_from", FIRST_SPAN_FROM, resolve_first_span_from),
    # "in the six months after the nurses started in April" (period_links)
    PeriodRule("span_after_start", SPAN_AFTER_START, resolve_first_span_from),
    # "Of the 39, 37 …", "Of those 120 arrests, …"; not "10 of the 20 children", "Of the 2020",
    # "Of the 2,914 people who …" (the comma of a number)
    PeriodRule("of_the_figure", re.compile(r"(?:^|(?<=[.!?]\s))of\s+(?:the|these|those)\s+"
        r"(?!(?:19|20)\d\d\b)(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?!,?\d)(?:\s+[a-z-]+){0,2}\s*,",
        re.I | re.M), resolve_of_the_figure),
    # "the precept will increase by 19p a week for the next financial year", "… for 2024/25",
    # "… will rise by £14 a year for a Band D property from April" (the year it starts)
    PeriodRule("charge_year", CHARGE_YEAR, resolve_charge_year),
    # "over the summer", "over the festive period" (period_season_rules)
    *SEASON_RULES,
    # "the first half of the year", "over the festive period" (period_year_parts)
    *YEAR_PART_RULES,
    PeriodRule("today", _compile(r"\btoday\b"), resolve_today),
    # "on 14 March 2023", "March 14, 2023", "14/03/2023"
    PeriodRule("day", DAY_DATE, resolve_day),
)  # fmt: skip
PERIOD_RULES: tuple[PeriodRule, ...] = (
    *(replace(rule, needs=RULE_NEEDS.get(rule.name, rule.needs)) for rule in _RULES),
    *OWN_NEEDS_RULES,  # these, and YEAR_PART_RULES, carry their own needs
)
"""Every way of stating a period, tried all at once; the longest phrase at a place wins."""

COMPARED_YEAR_RULES: tuple[PeriodRule, ...] = tuple(
    rule for rule in PERIOD_RULES if rule.name == "same_period_year"
)
"""The rules whose group ``y`` is the earlier year of a comparison stated after a range
without a year: "between 23 March and 8 June, against the same period in 2019"."""
