"""A span of N years or months stated with the month it starts: "for two years from
October", "over three years from April 2027", "for 18 months starting in January".

One named rule of :data:`pressfacts.statistics.period_table.PERIOD_RULES` (through
:mod:`pressfacts.statistics.period_own_needs`), with its needs:

- ``units_from_month``: the N whole years (or months) from the first day of the month
  named. With its year stated the month is that year's; without it, the month is this
  year's when it is P's month or later (a grant "for two years from October", P in
  September, starts this October), else the latest one before P, or the next one when
  the sentence speaks of it as to come ("will run for a year from March", P in June).
- ``first_units_launched``: "in its first three years", "in its first year" with the month
  and year the thing began stated in the same or the next sentence ("The service launched
  in June 2023"), else in one of the two before: the N whole years (or months) from that month,
  when they end by P (else a pledge, or nothing: no period).
- ``units_since_launch``: "in the 18 months since it was set up", "over the two years
  since the scheme was launched": from the month the thing began when stated close by
  (as ``first_units_launched`` finds it), else from N years or months before P, to P.
- ``units_after_start``: "in the 12 months after it began in January 2025", "in the year
  after the cameras were installed in June 2024": the N whole years (or months) from the
  first day of the month named in the phrase, when they end by P.
- ``since_then``: "since then": from the first day of the latest span stated not far
  before (a scheme's life, a month it began) to P.
- ``since_it_launched``: "since it launched" with no date: from the first day of the month
  the thing began, stated anywhere before ("The service launched in April 2023"), of the
  year stated alone ("Since the protocol began in 2016": ``launched_in_year``), or of a
  month alone in its sentence (``launched_bare_month``), to P; else undated.
- ``launched_in_month``: "The service launched in June 2023", "the hub opened in May
  2024": the day a thing began (the kind ``day``, which no figure takes), not a span the
  figures after it cover.
- ``launch_to_month``: "between its launch and the end of September this year", "between
  the scheme's start and March 2026": from the first day of the month the thing began
  (the last "began in September 2022"-like start stated anywhere before) to the end of the
  month named (its year stated, else "this year" = P's, else the latest such month not
  after P's month); undated when no start is stated before.
- ``since_season``: "since the spring", "since summer", "since the start of the summer":
  from the first day of the latest such season begun by P (meteorological, as
  :mod:`.period_seasons` reads them) to P; "since last summer": the latest such season
  ended before P, to P.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.launch_bare_months import bare_month_start
from pressfacts.statistics.period_future import to_come
from pressfacts.statistics.period_in_force import IN_FORCE_ON_DAY, in_force_month
from pressfacts.statistics.period_people_stages import people_stage
from pressfacts.statistics.period_rules import (
    COUNT,
    NOT_A_PERIOD,
    YEAR,
    Context,
    PeriodRule,
    Resolution,
    Span,
    month_end,
)
from pressfacts.statistics.period_seasons import SEASON_FIRST_MONTHS
from pressfacts.statistics.since_days import DONE_SINCE, SEASON_EVENT_BEFORE

_YEAR_KIND = r"(?:(?:financial|fiscal|academic|school|calendar)\s+(?=years?\b))?"
"""A kind of year between the length and its unit: "for the three financial years from
April 2026", "over two academic years from September" (rule ``year_kind_from_month``);
the span is still N whole years from the month named."""
UNITS_FROM_MONTH = re.compile(
    rf"\b(?:for|over|across)\s+(?:a\s+further\s+|another\s+|the\s+(?:next\s+)?)?(?P<n>{COUNT}|a|one)\s+"
    rf"{_YEAR_KIND}(?P<unit>years?|months?),?\s+(?:from|starting(?:\s+(?:in|from))?|beginning(?:\s+in)?)\s+"
    rf"(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?\b",
    re.I,
)
"""A length and the month it starts: "for two years from October", "over 18 months
starting in January 2027", "for the three years from April 2028", "for the next two
years, from April 2026" (a comma between); not "for two years"
alone, nor "from October" alone."""


def _start_month(ctx: Context, word: str) -> dt.date | None:
    """The first day of the month the span starts (see the module docstring)."""
    number = month_number(word)
    stated = ctx.group("y")
    if stated:
        return dt.date(int(stated), number, 1)
    month = ctx.month
    if month is None:
        return None
    if number >= month.month:
        return dt.date(month.year, number, 1)
    return dt.date(month.year + (1 if to_come(ctx) else 0), number, 1)


def resolve_units_from_month(ctx: Context) -> Resolution:
    """The N whole years or months from the start of the month named."""
    word = ctx.group("n") or ""
    n = 1 if word.lower() in ("a", "one") else count_value(word)
    years = (ctx.group("unit") or "").lower().startswith("year")
    if not 1 <= n <= (10 if years else 36):
        return NOT_A_PERIOD
    first = _start_month(ctx, ctx.group("m") or "")
    if first is None:
        return None
    step = relativedelta(years=n) if years else relativedelta(months=n)
    return Span(first, first + step - dt.timedelta(days=1))


_LIVED_THINGS = r"service|scheme|project|unit|programme|hub|fund|partnership|initiative|pilot"
_LAUNCH_VERB = r"(?:launched|began|started|opened|was\s+(?:launched|set\s+up|introduced|started))"
_LAUNCHED = rf"{_LAUNCH_VERB}\s+in\s+(?P<m>{MONTH})\s+(?P<y>{YEAR})\b"
FIRST_UNITS_LAUNCHED = re.compile(
    rf"\b(?:in|during|over|throughout)\s+(?:its|their|(?P<named>the\s+(?:{_LIVED_THINGS})['’]s))\s+"
    rf"first\s+(?:(?P<n>{COUNT})\s+(?P<unit>years|months)|(?P<one>year|month))\b",
    re.I,
)
"""A thing's first N years (or first year) whose start the text states close by: "in
their first three years", "in its first year", "during its first 12 months"; when the
thing is named ("during the scheme's first year", "the partnership's": one of the things
with a life of their own, ``_LIVED_THINGS``), its start may be stated anywhere before."""
_LAUNCH_OBJECT = r"(?:(?:as\s+)?(?:the|its|their|a|an)\s+(?:[\w’'-]+\s+){1,8}?)?"
"""What was launched, between the verb and its month ("launched its safety scheme on Wind
Street in January last year"), or what it began as ("began as a pilot in Colchester last
September"): a determiner and at most eight words (rule ``launched_object``)."""
_LAUNCH = re.compile(
    rf"{_LAUNCH_VERB}\s+{_LAUNCH_OBJECT}(?:in\s+(?P<m>{MONTH})\s+"
    rf"(?:(?P<y>{YEAR})|(?P<rel>last|this)\s+year)|last\s+(?P<last>{MONTH}))\b",
    re.I,
)
"""A start stated before or near a thing's life so far: "launched in June 2023", and with
the year relative to P, "launched in October last year" (rule ``launched_relative_year``)
or "began … last September" (rule ``launched_last_month``: the month of the year before
P's, as "last September" reads alone)."""


def _launch_month(launch: re.Match[str], published: dt.date | None) -> dt.date | None:
    """The first day of the month a thing began: "launched in June 2023", or with the year
    relative to P ("launched in October last year": rule ``launched_relative_year``;
    "began last September": ``launched_last_month``; "came into force on 1 July":
    ``in_force_on_day``); None when the year is relative and P unknown."""
    if launch.groupdict().get("fm"):
        return in_force_month(launch, published)
    if launch.group("y"):
        year = int(launch.group("y"))
    elif published is None:
        return None
    elif launch.group("last"):  # "began last September": launched_last_month
        return dt.date(published.year - 1, month_number(launch.group("last")), 1)
    else:
        year = published.year - (launch.group("rel").lower() == "last")
    return dt.date(year, month_number(launch.group("m")), 1)


_STARTED = re.compile(rf"{_LAUNCH.pattern}|{IN_FORCE_ON_DAY}", re.I)
"""A launch (:data:`_LAUNCH`) or a law's first day in force (``in_force_on_day``)."""
_SENTENCE_END = re.compile(r"[.!?]\s")
_LAUNCH_REACH = 330
"""How far (characters) from "in its first year" its start may be stated."""


def _launch_near(text: str, start: int, end: int) -> re.Match[str] | None:
    """The start stated in the same or the next sentence after the phrase ("… in their
    first three years. The service launched in June 2023"), else in the same or one of the
    two before it ("The scheme launched in March 2024. In its first year, …"); None when
    neither states one."""
    after = _STARTED.search(text, end, end + _LAUNCH_REACH)
    if after and len(_SENTENCE_END.findall(text, end, after.start())) <= 1:
        return after
    before = None
    for found in _STARTED.finditer(text, max(0, start - _LAUNCH_REACH), start):
        before = found  # the last stated before the phrase
    if before and len(_SENTENCE_END.findall(text, before.end(), start)) <= 2:
        return before
    return None


def resolve_first_units_launched(ctx: Context) -> Resolution:
    """The N whole years or months from the month the thing began, ending by P; undated
    when no start is stated close by."""
    if people_stage(ctx.match.string, ctx.match.start(), ctx.match.end()):
        return NOT_A_PERIOD  # a person's year of a course: period_people_stages
    launch = _launch_near(ctx.match.string, ctx.match.start(), ctx.match.end())
    if launch is None and ctx.group("named"):  # "the scheme's first year": named_first_units
        for found in _LAUNCH.finditer(ctx.match.string, 0, ctx.match.start()):
            launch = found  # the last stated before the phrase
    if launch is None:  # a named thing's first year with no start: another reading may date it
        return NOT_A_PERIOD if ctx.group("named") else None
    one = ctx.group("one")
    n = 1 if one else count_value(ctx.group("n") or "")
    years = (one or ctx.group("unit") or "").lower().startswith("year")
    if not 1 <= n <= (10 if years else 36):
        return NOT_A_PERIOD
    first = _launch_month(launch, ctx.published)
    if first is None:
        return None
    step = relativedelta(years=n) if years else relativedelta(months=n)
    end = first + step - dt.timedelta(days=1)
    if ctx.latest is None or end > ctx.latest:
        return None
    return Span(first, end)


UNITS_SINCE_LAUNCH = re.compile(
    rf"\b(?:in|during|over)\s+the\s+(?:(?P<n>{COUNT})\s+(?P<unit>years|months)|"
    r"(?P<one>year|month))\s+since\s+(?:it|they|the\s+(?:service|scheme|project|unit|team|"
    r"programme|hub|fund|operation))\s+(?:(?:was|were)\s+)?(?:set\s+up|launched|introduced|"
    r"started|formed|created|opened)\b",
    re.I,
)
"""A thing's life so far told by its length: "in the 18 months since it was set up", "over
the two years since the scheme was launched", "in the year since it opened"; not "in the
18 months to March" (a span to a month) nor "since it was set up" alone (``since``'s)."""


def resolve_units_since_launch(ctx: Context) -> Resolution:
    """From the month the thing began when the text states it close by (as
    ``first_units_launched`` reads it), else from N years or months before P, to P."""
    published = ctx.published
    if published is None:
        return None
    one = ctx.group("one")
    n = 1 if one else count_value(ctx.group("n") or "")
    years = (one or ctx.group("unit") or "").lower().startswith("year")
    if not 1 <= n <= (10 if years else 36):
        return NOT_A_PERIOD
    launch = _launch_near(ctx.match.string, ctx.match.start(), ctx.match.end())
    if launch is not None:
        first = _launch_month(launch, published) or published
    else:
        first = published - (relativedelta(years=n) if years else relativedelta(months=n))
    return Span(first, published, "relative") if first <= published else NOT_A_PERIOD


SINCE_THEN = re.compile(r"\bsince\s+then\b", re.I)
"""A span from the start of the one stated just before to P: "Its officers have
investigated 438 crimes since then" after "in the 18 months since it was set up" or "The
unit opened in March 2024"."""
_THEN_REACH = 600
"""How far (characters) before "since then" the span it starts from may be stated."""


def resolve_since_then(ctx: Context) -> Resolution:
    """From the first day of the latest span stated not far before, to P; undated when
    none is, or when it starts after P."""
    published = ctx.published
    if published is None:
        return None
    floor = ctx.match.start() - _THEN_REACH
    before = next(
        (p for p in reversed(ctx.found) if floor <= p.start_char < ctx.match.start()), None
    )
    if before is None or before.start > published:
        return None
    return Span(before.start, published, "relative")


_LAUNCHED_BY = (
    r"(?:launched|set\s+up|started|opened|introduced)\s+by\s+(?:[\w'’-]+\s+){1,12}?"
    rf"in\s+(?P<bm>{MONTH})\s+(?P<by>{YEAR})\b"
)
LAUNCHED_IN_MONTH = re.compile(
    rf"\b(?:service|scheme|project|programme|unit|hub|initiative|partnership|fund|it)(?:\s+|,\s+)"
    rf"(?:{_LAUNCHED}|{_LAUNCHED_BY})",
    re.I,
)
"""A thing's start in a month of a year: "The service launched in June 2023", "The fund,
launched by the county council in May 2024,"; not "arrests began to fall in June 2023" (no
thing that began)."""


def resolve_launched_in_month(ctx: Context) -> Resolution:
    """The first day of the month the thing began, as an event's day; from that day to P
    when what it has done since follows ("The scheme, launched in April 2025, has so far
    helped 615 families": :data:`~.since_days.DONE_SINCE`)."""
    year = ctx.group("y") or ctx.group("by") or "0"
    first = dt.date(int(year), month_number(ctx.group("m") or ctx.group("bm") or ""), 1)
    published = ctx.published
    if published and first <= published and DONE_SINCE.match(ctx.match.string, ctx.match.end()):
        return Span(first, published, "since")
    return Span(first, first, "day")


LAUNCH_TO_MONTH = re.compile(
    rf"\bbetween\s+(?:its|their|the\s+(?:service|scheme|project|programme|unit|hub|fund)['’]s)\s+"
    rf"(?:launch|start|opening)\s+and\s+(?:the\s+end\s+of\s+)?(?P<m>{MONTH})"
    rf"(?:\s+(?P<y>{YEAR})|\s+(?P<this>this\s+year))?\b",
    re.I,
)
"""A thing's life from its start to a month: "between its launch and the end of September
this year"; not "between April and September" (two months: another rule's)."""


def resolve_launch_to_month(ctx: Context) -> Resolution:
    """From the month the thing began (stated before) to the end of the month named."""
    launch = None
    for found in _LAUNCH.finditer(ctx.match.string, 0, ctx.match.start()):
        launch = found  # the last stated before the phrase
    if launch is None:
        return None
    number = month_number(ctx.group("m") or "")
    stated = ctx.group("y")
    if stated:
        year = int(stated)
    elif ctx.month is None:
        return None
    elif ctx.group("this") or number <= ctx.month.month:
        year = ctx.month.year
    else:
        year = ctx.month.year - 1
    first = _launch_month(launch, ctx.published)
    if first is None:
        return None
    last = month_end(year, number)
    return Span(first, last) if first <= last else NOT_A_PERIOD


SINCE_IT_LAUNCHED = re.compile(
    r"\bsince\s+(?:(?:it|they|the\s+(?:service|scheme|project|unit|team|programme|hub|fund|"
    r"helpline|centre|protocol|initiative))\s+(?:(?:was|were)\s+)?(?:set\s+up|launched|introduced|started|began|"
    r"opened))\b(?!\s+(?:in|on|last|this)\b)",
    re.I,
)
"""A thing's life so far with its start left unsaid: "since it launched", "since the
service opened"; not "since it opened in March 2019" (its own date:
``since``'s rules), nor "in the 18 months since it was set up" (``units_since_launch``)."""


_LAUNCH_YEAR = re.compile(
    rf"{_LAUNCH_VERB}\s+{_LAUNCH_OBJECT}in\s+(?P<y>{YEAR})\b(?![/-])",
    re.I,
)
"""A start stated by its year alone ("Since the protocol began in 2016", "The fund was
launched in 2021"): the thing began on the year's first day, as a calendar year is whole
(rule ``launched_in_year``); not "began in 2024/25" (a financial year)."""


_SINCE_NOUN = re.compile(r"since\s+(?:the\s+)?(?P<noun>\w+)", re.I)


def _same_thing(phrase: str, text: str, verb_at: int) -> bool:
    """Whether "since it began" (a pronoun) or "since the protocol began" (the noun named
    right before the verb of the start: "the protocol began in 2016") speaks of the thing
    whose start by its year alone was stated at ``verb_at``."""
    found = _SINCE_NOUN.match(phrase)
    noun = found.group("noun").lower() if found else ""
    if noun in ("it", "they"):
        return True
    before = text[max(0, verb_at - 40) : verb_at].lower().split()
    return bool(before) and before[-1] == noun


def resolve_since_it_launched(ctx: Context) -> Resolution:
    """From the first day of the month the thing began, stated anywhere before ("The
    service launched in April 2023"), of the year stated alone (``launched_in_year``), or of
    a month alone in its sentence (``launched_bare_month``), to P; else undated."""
    published = ctx.published
    text, at = ctx.match.string, ctx.match.start()
    launch = None
    for found in _LAUNCH.finditer(text, 0, at):
        launch = found  # the last stated before the phrase
    in_year = None
    for found in _LAUNCH_YEAR.finditer(text, launch.end() if launch else 0, at):
        in_year = found  # a year alone stated after the last month-and-year start
    if in_year is not None and not _same_thing(ctx.match.group(0), text, in_year.start()):
        in_year = None  # "Since the scheme began in 2015 …" is not "since the hub opened"
    if published is None:
        return None
    if in_year is not None:
        first: dt.date | None = dt.date(int(in_year.group("y")), 1, 1)
    elif launch is not None:
        first = _launch_month(launch, published)
    else:  # "opened in October, … since it launched": rule launched_bare_month
        first = bare_month_start(text, at, published)
    if first is None:
        return None
    return Span(first, published, "relative") if first <= published else NOT_A_PERIOD


SINCE_SEASON = re.compile(
    rf"\bsince\s+{SEASON_EVENT_BEFORE}?(?:the\s+(?:start|beginning)\s+of\s+)?"
    r"(?:the\s+|(?P<last>last)\s+)?"
    r"(?P<s>spring|summer|autumn|winter)\b(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b)?"
    r"(?!\s+(?:holidays?|term|half[- ]?terms?|break|recess|school)\b)",
    re.I,
)
"""A season's start as the start of a span to P: "since the spring", "since last summer",
"since the autumn of 2023", "since the start of the summer", "since the beginning of last
winter", "since the scheme began in the spring of 2022", and an event dated by a season
named with "last" ("since the pilot began last autumn": rule ``since_season``, the latest
such season over); not "since the
summer holidays" (school dates)."""


def resolve_since_season(ctx: Context) -> Resolution:
    """From the first day of the season of the year stated (a winter given a year is
    ambiguous: undated), else of the latest such season begun by P (with "last", the
    latest one ended before P, as "last summer" reads), to P."""
    published = ctx.published
    if published is None:
        return None
    name = (ctx.group("s") or "").lower()
    stated = ctx.group("y")
    if stated:
        if name == "winter":
            return None
        first = dt.date(int(stated), SEASON_FIRST_MONTHS[name], 1)
        return Span(first, published, "since") if first <= published else None
    first = dt.date(published.year, SEASON_FIRST_MONTHS[name], 1)
    if first > published:
        first = first.replace(year=first.year - 1)
    if ctx.group("last") and first + relativedelta(months=3) > published:
        first = first.replace(year=first.year - 1)
    return Span(first, published, "relative")


UNITS_AFTER_START = re.compile(
    rf"\b(?:in|during|over)\s+the\s+(?:(?P<n>{COUNT})\s+(?P<unit>years|months)|"
    rf"(?P<one>year|month))\s+(?:after|following)\s+(?:[\w'’-]+\s+){{0,5}}?"
    rf"(?:{_LAUNCH_VERB}|(?:was|were)\s+(?:installed|introduced|opened|rolled\s+out|completed|"
    r"finished|fitted|built|switched\s+on|put\s+in\s+place)|"
    rf"(?:its|their)?\s*(?:launch|introduction|opening))\s+in\s+(?P<m>{MONTH})\s+(?P<y>{YEAR})\b",
    re.I,
)
"""N years or months from the month a thing began, stated in the same phrase: "in the 12
months after it began in January 2025", "in the year after the work was completed in April
2025" (rule ``units_after_works``); not "in the 12 months after" with no start stated (a
duration), nor "in the 18 months since it was set up" (``units_since_launch``)."""


def resolve_units_after_start(ctx: Context) -> Resolution:
    """The N whole years or months from the first day of the month the thing began; none
    when they have not ended by P (a pledge, not a count)."""
    one = ctx.group("one")
    n = 1 if one else count_value(ctx.group("n") or "")
    years = (one or ctx.group("unit") or "").lower().startswith("year")
    if not 1 <= n <= (10 if years else 36):
        return NOT_A_PERIOD
    first = dt.date(int(ctx.group("y") or 0), month_number(ctx.group("m") or ""), 1)
    step = relativedelta(years=n) if years else relativedelta(months=n)
    end = first + step - dt.timedelta(days=1)
    if ctx.latest is not None and end > ctx.latest:
        return None
    return Span(first, end)


SPAN_FROM_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "since_season",
        SINCE_SEASON,
        resolve_since_season,
        needs=("spring", "summer", "autumn", "winter"),
    ),
    PeriodRule(
        "launch_to_month",
        LAUNCH_TO_MONTH,
        resolve_launch_to_month,
        needs=("launch", "start", "opening"),
    ),
    PeriodRule(
        "launched_in_month",
        LAUNCHED_IN_MONTH,
        resolve_launched_in_month,
        needs=("launched", "began", "started", "opened", "set up", "introduced"),
    ),
    PeriodRule(
        "first_units_launched",
        FIRST_UNITS_LAUNCHED,
        resolve_first_units_launched,
        needs=("first",),
    ),
    PeriodRule(
        "units_since_launch",
        UNITS_SINCE_LAUNCH,
        resolve_units_since_launch,
        needs=("since",),
    ),
    PeriodRule(
        "units_after_start",
        UNITS_AFTER_START,
        resolve_units_after_start,
        needs=("after", "following"),
    ),
    PeriodRule("since_then", SINCE_THEN, resolve_since_then, needs=("since then",)),
    PeriodRule(
        "since_it_launched",
        SINCE_IT_LAUNCHED,
        resolve_since_it_launched,
        needs=("since",),
    ),
    PeriodRule(
        "units_from_month",
        UNITS_FROM_MONTH,
        resolve_units_from_month,
        needs=("from", "starting", "beginning"),
    ),
)
"""The rules of this module, with their needs (the period table adds them)."""
