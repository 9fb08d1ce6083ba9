"""The day a law, an offence or a rule took effect, as the start of its first months.

"312 people were charged with the new offence in its first three months, after it came
into force on 1 July": the first three months run from July (rule ``in_force_on_day``, a
start that :mod:`.period_spans_from`'s ``first_units_launched`` reads beside a launch's
month). Without a year, the day is the latest such one by P: P's year when its month is
not after P's, else the year before. Not "comes into force on 1 July" (to come) nor "came
into force in 2024" (no month: ``launched_in_year``'s). A law's year in its name starts
a span to P after "since" (rule ``since_act_in_force``: "since the Police, Crime,
Sentencing and Courts Act 2022 came into force").
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.statistics.period_rules import YEAR

__all__ = ["IN_FORCE_ON_DAY", "SINCE_ACT_IN_FORCE", "in_force_month"]

_TOOK_EFFECT = r"came\s+into\s+(?:force|effect)|took\s+effect"
"""A law's or an offence's start, worded as such ("came into force", "took effect")."""
IN_FORCE_ON_DAY = (
    rf"(?:{_TOOK_EFFECT}|went\s+live)\s+on\s+(?:the\s+)?"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<fm>{MONTH})(?:,?\s+(?P<fy>(?:19|20)\d\d))?\b"
)
"""A law's or an offence's start on a day: "came into force on 1 July", "took effect on
the 6th of April 2025", "went live on 3 March" (rule ``in_force_on_day``)."""


SINCE_ACT_IN_FORCE = (
    r"\bsince\s+the\s+(?P<act>(?:[A-Z][\w’'-]*,?\s+(?:and\s+)?){1,8}Act)\s+(?P<y>"
    + YEAR
    + rf")\s+(?:{_TOOK_EFFECT}|became\s+law|was\s+passed)\b"
)
"""Rule ``since_act_in_force``: "since" a law named with its year took effect: "since the
Police, Crime, Sentencing and Courts Act 2022 came into force", "since the Online Safety Act
2023 became law": from 1 January of that year to P (the year is all the text gives). Not
"since the Act came into force" (no year), "since 2022" (the rule ``since``'s)."""


def in_force_month(found: re.Match[str], published: dt.date | None) -> dt.date | None:
    """The first day of the month of the day :data:`IN_FORCE_ON_DAY` found: its year
    stated, else the latest such month by P; None when neither is known."""
    month = month_number(found.group("fm"))
    if found.group("fy"):
        return dt.date(int(found.group("fy")), month, 1)
    if published is None:
        return None
    return dt.date(published.year - (month > published.month), month, 1)
