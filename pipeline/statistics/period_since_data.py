"""A change "since" a year, dated by the comparison the next sentence states.

"Convictions … have doubled since 2020, according to analysis of court data." then "Courts
convicted 17,940 people … in 2025, compared with 8,870 in 2020.": the change is about the
latest year of the data, not the span to P; it covers 2020 to 2025's end (the contract's "37%
since 2021", about 2022: 2021-01-01..2022-12-31). Rule ``since_year_dated_after``, read by
:func:`pressfacts.statistics.period_choice.choose_period` for a change whose clause states
only a "since".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from pressfacts.findings import PeriodFinding

__all__ = ["SINCE_DATED_AFTER", "since_dated_after"]

SINCE_DATED_AFTER = re.compile(
    r"\bin\s+(?P<later>(?:19|20)\d\d)\b(?![/–-]\d)[^.;\n]{0,60}?,?\s+(?:compared\s+with|"
    r"against|up\s+from|down\s+from|from)\s+[^.;\n]{0,40}?\bin\s+"
    r"(?P<earlier>(?:19|20)\d\d)\b(?![/–-]\d)"
)
"""Rule ``since_year_dated_after``: the next sentence's comparison of a later year with the
"since" year itself ("… in 2025, compared with 8,870 in 2020"); not a comparison of other
years ("in 2025, compared with 410 in 2024" after "since 2020": no data of 2020 told), nor
financial years ("in 2025/26, down from 467 in 2023/24" after "since 2023": the span to P
kept)."""

_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?:\s+|$)")


def since_dated_after(since: PeriodFinding, text: str) -> PeriodFinding | None:
    """``since`` ("since 2020", from a year's first day to P) ending with the later year of
    the comparison the next sentence states against that same year (:data:`SINCE_DATED_AFTER`),
    when that year ends before P; else None."""
    if since.kind != "since" or (since.start.month, since.start.day) != (1, 1):
        return None
    first = _SENTENCE_END.search(text, since.end_char)
    if first is None:
        return None
    second = _SENTENCE_END.search(text, first.end())
    found = SINCE_DATED_AFTER.search(text, first.end(), second.start() if second else len(text))
    if found is None or int(found.group("earlier")) != since.start.year:
        return None
    end = dt.date(int(found.group("later")), 12, 31)
    if not since.start < end < since.end:
        return None
    return replace(since, end=end)
