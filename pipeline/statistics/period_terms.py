"""School terms: the autumn term, and a term so far.

The house dates a school year from 1 September (``school_year``, ``academic_year``); the
autumn term is that year's first term, to the end of December:

- ``autumn_term``: "in the autumn term of 2024", "during autumn term 2023": 1 September
  to 31 December of that year; "this autumn term" or "the autumn term" with no year: the
  term so far when P falls in it (September to December), else the latest whole one
  before P; "last autumn term": the latest whole one before P's term;
- ``term_so_far``: "since the start of term", "since the beginning of the new term", "so
  far this term": from 1 September to P when P falls in the autumn term; undated in
  another term (when the spring or summer term began is not said); "since the start of
  the autumn term": from the latest 1 September before P to P.

Not "the summer term" or "the spring term" (their first days vary by school and year),
nor "the long term" or "in the short term".
"""

from __future__ import annotations

import datetime as dt

from pressfacts.statistics.period_rules import (
    YEAR,
    Context,
    PeriodRule,
    Resolution,
    Span,
    compile_rule,
)
from pressfacts.statistics.since_days import resolve_school_year

_AUTUMN_TERM_FIRST_MONTH = 9
"""The autumn term runs from September (the school year's start) to December."""


def _in_autumn_term(day: dt.date) -> bool:
    return day.month >= _AUTUMN_TERM_FIRST_MONTH


def resolve_autumn_term(ctx: Context) -> Resolution:
    """The autumn term of the stated year; without one, the term so far when P falls in
    it, else the latest whole one (with "last", the one before P's); undated without P."""
    year = ctx.group("y")
    if year:
        return Span(dt.date(int(year), 9, 1), dt.date(int(year), 12, 31))
    published = ctx.published
    if published is None:
        return None
    last = (ctx.group("which") or "").lower() == "last"
    if _in_autumn_term(published) and not last:
        return resolve_school_year(ctx)  # the term so far
    term_year = published.year - 1
    return Span(dt.date(term_year, 9, 1), dt.date(term_year, 12, 31), "relative")


def resolve_term_so_far(ctx: Context) -> Resolution:
    """The school year so far (:func:`~.since_days.resolve_school_year`: from the latest 1
    September to P) when P falls in the autumn term or the term is named as the autumn
    one; undated otherwise."""
    published = ctx.published
    if published is None or not (_in_autumn_term(published) or ctx.group("autumn")):
        return None
    return resolve_school_year(ctx)


TERM_RULES: tuple[PeriodRule, ...] = (
    # "in the autumn term of 2024", "during autumn term 2023", "this autumn term", "last
    # autumn term"; not "the autumn half-term" (a week), "the autumn term's" (an owner)
    PeriodRule(
        "autumn_term",
        compile_rule(
            r"\b(?:(?:in|during|over|throughout|across)\s+)?(?:(?:the|this|(?P<which>last))\s+)?"
            rf"autumn\s+term\b(?!['’])(?:\s+(?:of\s+|in\s+)?(?P<y>{YEAR})\b)?",
            "idotla",
        ),
        resolve_autumn_term,
        needs=("autumn term",),
    ),
    # "since the start of term", "since the beginning of the new term", "so far this
    # term", "since the start of the autumn term"; not "in the long term", "since the
    # start of the summer term"
    PeriodRule(
        "term_so_far",
        compile_rule(
            r"\b(?:since\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+(?:new\s+)?|this\s+)?|"
            r"so\s+far\s+this\s+)(?:school\s+|(?P<autumn>autumn)\s+)?term\b(?!['’])",
            "s",
        ),
        resolve_term_so_far,
        needs=("term",),
    ),
)
"""The period rules of school terms."""
