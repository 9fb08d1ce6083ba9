"""Weeks and weekends named relative to P.

A named rule of :data:`pressfacts.statistics.period_table.PERIOD_RULES`, with its needs
(the words one of which a text must hold for its pattern to be tried):

- ``relative_week``: "this week" runs from the Monday of P's week to P (as the
  contract's "this year" runs to P); "last week" is the whole Monday-to-Sunday week
  before P's; "last weekend" the Saturday and Sunday before P's week (on a Saturday or
  Sunday, the weekend before P's own). Undated without P. Not "this
  week's" (a possessive: "this week's figures" is a document, not a span) nor "every
  week", "a week" (no anchor). Right after a verb of saying ("told councillors last
  week", "said this week") it dates the saying, not a figure: an event's day (the kind
  ``day``, which no figure takes), as "on Monday" is.
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.statistics.period_rules import Context, PeriodRule, Resolution, Span

RELATIVE_WEEK = re.compile(r"\b(?P<which>this|last)\s+week(?P<end>end)?\b(?!['’]s)", re.I)
"""A week or weekend named relative to P: "this week", "last week", "last weekend"."""

SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|asked|replied|announced|revealed|confirmed|warned|explained|added|wrote|"
    r"reported|published|released)\b(?:\s+[\w'’-]+){0,3}\s+$",
    re.I,
)
"""A verb of saying with up to three words after it, right before the phrase ("told
Gwynedd councillors last week"): the phrase dates the saying."""
_SAID_REACH = 60


def resolve_relative_week(ctx: Context) -> Resolution:
    """The week (or weekend) named, counted from P's week; undated without P, and "this
    weekend" (before or after P) is left undated."""
    published = ctx.published
    if published is None:
        return None
    monday = published - dt.timedelta(days=published.weekday())
    start = ctx.match.start()
    said = SAID_BEFORE.search(ctx.match.string, max(0, start - _SAID_REACH), start)
    this = (ctx.group("which") or "").lower() == "this"
    if ctx.group("end"):
        if this:
            return None
        saturday = monday - dt.timedelta(days=2)  # on a weekend, the one before P's own
        return Span(saturday, saturday + dt.timedelta(days=1), "relative")
    kind = "day" if said else "relative"
    if this:
        return Span(monday, published, kind)
    last = monday - dt.timedelta(days=7)
    return Span(last, last + dt.timedelta(days=6), kind)


WEEK_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "relative_week", RELATIVE_WEEK, resolve_relative_week, needs=("this week", "last week")
    ),
)
"""The rules of this module, with their needs (the period table adds them)."""
