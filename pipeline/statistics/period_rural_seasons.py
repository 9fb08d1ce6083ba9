"""A rural season's split year dated by the months the release gave its season (rule
``football_season``, resolver part ``rural_season_months``).

"the 2024/25 season" in a text of a rural season (hare coursing, poaching, lambing, game
shooting, fishing) that does not speak of football has no fixed months: it is no August
to May. When the release has stated, not far before, a span that lasts four weeks to
eleven months, runs across one new year and is no comparison's yardstick ("Between
September and February, 1,184 calls …"), the split year takes those months, moved to its
own years ("down from 1,776 in the 2024/25 season": 1 September 2024 to 28 February
2025). With none (a span within one calendar year, a financial year, a single day, a
yardstick), it stays undated (``season_not_football``).
"""

from __future__ import annotations

import calendar
import datetime as dt

from pressfacts.statistics.period_refers import is_yardstick_span
from pressfacts.statistics.period_rules import Context, Resolution, Span

RURAL_SEASON_DAYS = (28, 335)
"""How long (days, both ends) the season a release stated may last: a month at least, eleven
months at most (a calendar or financial year is no season)."""
RURAL_SEASON_REACH = 1500
"""How far back (characters) that span may stand."""
RURAL_STATED_KINDS = ("explicit", "relative", "same")
"""The kinds of a stated span (not a comparison's yardstick nor a "since" span)."""


def _moved(day: dt.date, years: int) -> dt.date:
    """``day`` moved by ``years`` (a 29 February to the last day of that February)."""
    year = day.year + years
    return dt.date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


def rural_season_months(ctx: Context, first: int | None) -> Resolution:
    """The split year starting in ``first`` with the months of the season the release
    stated before (see the module); None when it stated none."""
    if first is None:
        return None
    text = ctx.match.string
    floor = ctx.match.start() - RURAL_SEASON_REACH
    shortest, longest = RURAL_SEASON_DAYS
    for earlier in reversed(ctx.found):
        if earlier.start_char < floor:
            break
        days = (earlier.end - earlier.start).days + 1
        if (
            earlier.kind in RURAL_STATED_KINDS
            and shortest <= days <= longest
            and earlier.end.year == earlier.start.year + 1
            and not is_yardstick_span(text, earlier)
        ):
            years = first - earlier.start.year
            return Span(_moved(earlier.start, years), _moved(earlier.end, years))
    return None
