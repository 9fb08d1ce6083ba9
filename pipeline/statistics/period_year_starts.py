"""The start of last year as the start of a span to P: "since the start of last year".

One named rule of :data:`pressfacts.statistics.period_table.PERIOD_RULES` (through
:mod:`pressfacts.statistics.period_own_needs`), with its needs:

- ``since_start_last_year``: "since the start of last year", "since the beginning of
  last year", "since the turn of last year": from 1 January of the year before P's to P
  (the span runs on to P, as "since 2024" does; "last year" alone would read only the
  previous calendar year). Not "since the start of the year" (``so_far``), nor "since
  the start of last summer" (``since_season``), nor "by the end of last year"; undated
  without P.
- ``since_event_last_year``: a start told as a clause and dated "last year" ("since it
  introduced body-worn cameras last year", "since the council's scheme began last year",
  "since they were installed last year"): from 1 January of the year before P's to P, as
  ``since_event`` reads "since it opened in 2024". Not "since last year" alone (no clause),
  "since June last year" (a month: its own rule), "since the start of last year" (above),
  "since it opened, up from last year" (the clause ends at the comma); undated without P.
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.statistics.period_rules import Context, PeriodRule, Resolution, Span

SINCE_START_LAST_YEAR = re.compile(
    r"\bsince\s+the\s+(?:very\s+)?(?:start|beginning|turn)\s+of\s+last\s+year\b(?!['’])",
    re.I,
)
"""'since the start / beginning / turn of last year'; not "since the start of last
year's campaign" (an event of last year, not the year's start)."""


SINCE_EVENT_LAST_YEAR = re.compile(
    r"\bsince\s+(?:it|he|she|they|we|I|our|the|its|their|his|her)\b(?!\s+(?:start|beginning|"
    r"turn|end)\s+of\b)[\w\s’'-]{1,60}?\blast\s+year\b(?!['’])",
    re.I,
)
"""'since' + a clause of a start (its subject first) + 'last year': "since it introduced
cameras last year"; not "since the start of last year", "since last year's review"."""


def resolve_since_start_last_year(ctx: Context) -> Resolution:
    """From 1 January of the year before P's to P; undated without P."""
    published = ctx.published
    if published is None:
        return None
    return Span(dt.date(published.year - 1, 1, 1), published, "since")


YEAR_START_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "since_start_last_year",
        SINCE_START_LAST_YEAR,
        resolve_since_start_last_year,
        needs=("last year",),
    ),
    PeriodRule(
        "since_event_last_year",
        SINCE_EVENT_LAST_YEAR,
        resolve_since_start_last_year,
        needs=("last year",),
    ),
)
"""The rules of this module, with their needs (the period table adds them)."""
