"""Spans of time that are no period: how long a wait lasted, which event came first.

The ``duration_before`` rule of :data:`pressfacts.statistics.period_table.PERIOD_RULES`
reads "waited more than a year before reporting", "took a year before the case came to
court", "a year before coming forward", "up to a year before release": a wait, or the
order of two events, not the span a figure counts. Its match starts before (or ends
after) the ``year_before`` phrase inside it ("a year before"), so it takes the place
and that phrase is not read as "the year before" the period stated earlier. It
resolves to :data:`~pressfacts.statistics.period_rules.NOT_A_PERIOD`, which leaves the
other periods of the sentence to its figures.

The regex parts are here, beside the resolver; a phrase that compares ("40 more than a
year before.", "up 9% on a year earlier", "a year before, during 2021") keeps its
``year_before`` reading.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateutil.relativedelta import relativedelta

from pressfacts.lexicon.number_words import count_value
from pressfacts.statistics.period_following import resolve_following
from pressfacts.statistics.period_rules import (
    COUNT,
    NOT_A_PERIOD,
    UNIT,
    Context,
    PeriodRule,
    Resolution,
    Span,
)
from pressfacts.statistics.single_dates import DAY_DATE

WAIT = r"(?:wait(?:ed|s|ing)?|took|takes?|taking|spent|spends?|spending)"
"""A verb of waiting or taking time: "waited", "took", "spent"."""
HOW_LONG = (
    r"(?:(?:more|less)\s+than|over|under|almost|nearly|up\s+to|at\s+least|about|around|"
    r"roughly|some|just\s+(?:over|under))"
)
"""A qualifier of a length of time: "more than a year", "almost a year"."""
HEDGE = r"(?:up\s+to|almost|nearly|at\s+least|just\s+under|about|around|roughly)"
"""A hedge that only a length of time takes: "up to a year before release" (a comparison
is stated flat: "40 more than a year before")."""
NOT_GERUNDS = r"(?:during|including|following|regarding|concerning|according|excluding)\b"
"""Words in -ing that are prepositions: "a year before during the pandemic" is no wait."""
EVENT_AFTER = rf"(?:(?!{NOT_GERUNDS})[a-z]+ing\b|(?:they|he|she|we|you|i|it)\b)"
"""What opens the later event after "a year before": a gerund ("reporting") or the
subject of a clause ("they told")."""
DURATION_BEFORE = (
    rf"\b(?:(?P<wait>{WAIT}\s+(?:{HOW_LONG}\s+)?|{HEDGE}\s+))?(?:a|one|{COUNT})\s+years?\s+"
    rf"(?(wait)(?:before|earlier)\b|before\s+{EVENT_AFTER})"
)
"""The ``duration_before`` pattern (compiled case-insensitive by the table): a wait or a
hedge, then "a year before/earlier" ("five years before"); else "a year before" and the
later event ("waited five years before telling anyone"). One
alternative with a conditional ending (twice as fast as three alternatives)."""
DURATION_LEAD = "wtsaounjr0123456789fen"
"""The letters a ``duration_before`` match can start with (the table's lead)."""


def resolve_duration_before(ctx: Context) -> Resolution:
    """ "waited more than a year before reporting": a wait, not a period."""
    return NOT_A_PERIOD


DATED_VISITS = ("inspection", "visit", "inspectors' visit")
"""Visits that a release dates before it states the span before them (an inspectorate's
report: "Inspectors who visited HMP Hull in February …")."""

VISITED = re.compile(r"\b(?:visited|inspected)\b", re.I)
"""A sentence that tells of the visit ("Inspectors who visited HMP Hull in February"); not
one that names an earlier one ("up from 26% at the previous inspection in 2022")."""


def resolve_units_before_visit(ctx: Context) -> Resolution:
    """ "the six months before the inspection": the span of that length before the latest
    period stated right after a visit verb (:data:`VISITED`, no other period between them,
    in its sentence), else before the period stated before."""
    text = ctx.match.string
    for index in range(len(ctx.found) - 1, -1, -1):
        found = ctx.found[index]
        if found.kind not in ("explicit", "relative") or found.start_char >= ctx.match.start():
            continue
        before = ctx.found[index - 1].end_char if index else 0
        opening = max(text.rfind(". ", 0, found.start_char), before, 0)
        if VISITED.search(text, opening, found.start_char):  # no period between them
            return resolve_following(replace(ctx, previous=found))
    return resolve_following(ctx)


def resolve_units_before_day(ctx: Context) -> Resolution:
    """ "in the six weeks before polling day on 7 May": the span of that length that ends
    the day before the stated day (weeks and days counted in days, months by the
    calendar); undated when the day cannot be fixed."""
    day = ctx.days.read(ctx.match, ctx.reference)
    n = count_value(ctx.group("n") or "")
    if day is None or n < 1:
        return None
    unit = (ctx.group("unit") or "").lower()
    if unit.startswith("month"):
        start = day - relativedelta(months=n)
    else:
        start = day - dt.timedelta(days=n * (7 if unit.startswith("week") else 1))
    return Span(start, day - dt.timedelta(days=1))


UNITS_BEFORE_DAY = re.compile(
    rf"\b(?:in|during|over|across|throughout|for)\s+the\s+(?:(?:final|last)\s+)?(?P<n>{COUNT})"
    r"\s+(?P<unit>days|weeks|months)\s+(?:before|leading\s+up\s+to|running\s+up\s+to|"
    r"in\s+the\s+run[-\s]up\s+to|ahead\s+of)\s+(?:(?:the|this|that|its|their)\s+)?"
    rf"(?:(?!on\b)[\w'’-]+\s+){{0,3}}?(?:{DAY_DATE.pattern})",
    re.I,
)
"""``units_before_day``'s phrase: a span of a stated length up to a stated day, with the
event of that day between them or not ("in the six weeks before polling day on 7 May",
"during the 28 days leading up to the election on 2 May", "over the three months before
1 April"); not "the six weeks before polling day" (no day: an event undated here)."""


def resolve_unit_before_day(ctx: Context) -> Resolution:
    """ "in the fortnight before 5 November": the week (7 days) or fortnight (14 days)
    that ends the day before the stated day; undated when the day cannot be fixed."""
    day = ctx.days.read(ctx.match, ctx.reference)
    if day is None:
        return None
    length = 14 if (ctx.group("one") or "").lower() == "fortnight" else 7
    return Span(day - dt.timedelta(days=length), day - dt.timedelta(days=1))


UNIT_BEFORE_DAY = re.compile(
    r"\b(?:in|during|over|across|throughout|for)\s+the\s+(?:(?:final|last)\s+)?"
    r"(?P<one>week|fortnight)\s+(?:before|leading\s+up\s+to|running\s+up\s+to|"
    r"in\s+the\s+run[-\s]up\s+to|ahead\s+of)\s+(?:(?:the|this|that|its|their)\s+)?"
    rf"(?:(?!on\b)[\w'’-]+\s+){{0,3}}?(?:{DAY_DATE.pattern})",
    re.I,
)
"""``unit_before_day``'s phrase: one week or fortnight up to a stated day, as
:data:`UNITS_BEFORE_DAY` reads a number of them ("in the fortnight before 5 November",
"during the week leading up to the vote on 7 May"); not "the week before Christmas" (a
holiday: ``days_around_holiday``) nor "the week before polling day" (no day)."""


def resolve_units_before_start(ctx: Context) -> Resolution:
    """ "the 12 months before the scheme began": the span of that length before the period
    stated before (:func:`resolve_following`); with none stated, no period at all."""
    return NOT_A_PERIOD if ctx.previous is None else resolve_following(ctx)


UNITS_BEFORE_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "units_before_day",
        UNITS_BEFORE_DAY,
        resolve_units_before_day,
        ("before", "up to", "ahead of", "run-up", "run up"),
    ),
    PeriodRule(
        "unit_before_day",
        UNIT_BEFORE_DAY,
        resolve_unit_before_day,
        ("before", "up to", "ahead of", "run-up", "run up"),
    ),
    PeriodRule(
        "units_before",
        re.compile(
            rf"\bthe\s+(?P<n>{COUNT})[-\s](?P<unit>{UNIT})s?\s+(?P<which>before|earlier)\b"
            r"(?!\s+(?:that|the|a|an|it|they|he|she|we|being|[\w-]+\s+day)\b)",
            re.I,
        ),
        resolve_following,
        ("before", "earlier"),
    ),
    PeriodRule(
        "units_before_start",
        re.compile(
            rf"\bthe\s+(?P<n>{COUNT})[-\s](?P<unit>month|week)s?\s+(?P<which>before)\s+"
            r"(?:the|its|their|our|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:began|started|"
            r"launched|opened|went\s+live|was\s+(?:launched|introduced|set\s+up))\b"
            r"(?!\s+(?:in|on|from|last|this)\b)",
            re.I,
        ),
        resolve_units_before_start,
        ("before",),
    ),
    PeriodRule(
        "units_before_inspection",
        re.compile(
            rf"\bthe\s+(?P<n>{COUNT})[-\s](?P<unit>{UNIT})s?\s+(?P<which>before)\s+"
            rf"(?:the|its|their|our|that)\s+(?:{'|'.join(DATED_VISITS)})\b",
            re.I,
        ),
        resolve_units_before_visit,
        DATED_VISITS,
    ),
)
"""``units_before``: "compared with the six months before", "the three years earlier":
the span of that length just before the period stated before, as "the previous six
months"; not "the six months before the trial" nor "the six weeks before polling day"
(an event after it).
``units_before_start``: "down from 1,530 in the 12 months before the scheme began", after
"Between June 2025 and May 2026": the months or weeks of that length just before the
period stated before (the scheme's first span), as "the previous 12 months"; with no
period stated before, none; not "the 12 months before the scheme began in May 2023" (a
dated start: ``units_before_month``), nor "the six months before the trial" (an event,
not a start), nor "the two years before the cameras went live" (years: ``year_before``).
``units_before_day``: see :data:`UNITS_BEFORE_DAY`; ``unit_before_day``: see
:data:`UNIT_BEFORE_DAY`.
``units_before_inspection``: "in the six months before the inspection", after "Inspectors
who visited HMP Hull in February": the span of that length just before the visit, the
period stated before (:data:`DATED_VISITS`); not "the six months before the trial"."""
