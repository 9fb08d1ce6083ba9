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

from pressfacts.statistics.period_refers import stated_season_span
from pressfacts.statistics.period_rules import Context, Resolution, Span


def _moved(day: dt.date, years: int) -> dt.date:
    """``day`` moved by ``years`` (a 29 February to the last day of that February)."""
    year = day.year + years
    return dt.date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


def rural_season_months(ctx: Context, first: int | None) -> Resolution:
    """The split year starting in ``first`` with the months of the season the release
    stated before (see the module); None when it stated none."""
    if first is None:
        return None
    earlier = stated_season_span(ctx, across_new_year=True)
    if earlier is None:
        return None
    years = first - earlier.start.year
    return Span(_moved(earlier.start, years), _moved(earlier.end, years))
