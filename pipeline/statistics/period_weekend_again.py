"""A weekend told again by its days (rule ``weekend_told_again``).

"Officers dealt with 41 incidents over the August bank holiday weekend. … 17 people were
brought ashore between Saturday and Monday. … Over the weekend, officers also stopped 23
riders": the days just stated (Saturday to Monday) were called a weekend earlier in the
text, so "over the weekend" points back to them from as far as a named weekend does
(rule ``named_weekend_points_back`` of :mod:`pressfacts.statistics.period_weeks`), not to the
calendar's Saturday and Sunday.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.findings import PeriodFinding

__all__ = ["called_a_weekend_earlier"]

_WEEKEND = re.compile(r"\bweekend\b", re.I)
"""The word by which a phrase calls its days a weekend."""
_YARDSTICK_KINDS = ("previous", "baseline", "unresolved")
"""Kinds of phrase that are no weekend told ("the same weekend last year", undated)."""


def called_a_weekend_earlier(
    text: str, found: Sequence[PeriodFinding], before: PeriodFinding
) -> bool:
    """Whether the days of ``before`` were stated earlier in ``text`` by a phrase of
    ``found`` that called them a weekend ("over the August bank holiday weekend" before
    "between Saturday and Monday"). Not a weekend of other days ("over the Easter weekend"
    before "between Friday and Sunday" of another week), nor a yardstick's ("the same
    weekend last year")."""
    return any(
        earlier.end_char <= before.start_char
        and (earlier.start, earlier.end) == (before.start, before.end)
        and earlier.kind not in _YARDSTICK_KINDS
        and _WEEKEND.search(text, earlier.start_char, earlier.end_char) is not None
        for earlier in found
    )
