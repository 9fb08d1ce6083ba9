"""A season whose months the release itself stated (rule ``season_defined_by_range``).

"RNLI crews launched 1,184 times between May and September, their busiest summer for a
decade. … 463 people were rescued over the summer, against 395 last summer": the release
calls its own range of months the summer, so its later seasons of that name ("over the
summer", "this summer", "last summer") are those months of their own year (May to
September), not the calendar's June to August. The range must be a month range with both
ends worded (:data:`STATED_RANGE`: "between May and September", "from April to October")
inside one calendar year, of two to seven whole months overlapping the season's own months,
and its sentence must name that season outside the range and outside any period phrase,
as what the range was (:data:`SEASON_WORD` after :data:`CALLED_SEASON`: "their busiest
summer", "a record summer"; not "55 fewer than last summer", "ahead of the summer", "summer
safety talks"); the later
phrase must name the same season and cover exactly its calendar months. Not a season of
another name ("the busiest summer … over the winter"), nor a range of a single month or one
crossing a year, nor a range whose sentence names no season ("between May and September
… Over the summer" keeps June to August).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from pressfacts.findings import PeriodFinding
from pressfacts.statistics.period_rules import month_end
from pressfacts.statistics.period_seasons import SEASON_FIRST_MONTHS

__all__ = ["season_as_defined"]

SEASON_WORD = re.compile(r"\b(spring|summer|autumn)\b", re.I)
"""Seasons inside one calendar year that a release's own range may define (winter crosses
a year, and is left to the calendar)."""
CALLED_SEASON = re.compile(r"\b(?:record(?:-\w+)?|\w+est)\s+(?:[\w-]+\s+)?$", re.I)
"""The season word as what a range was ("their busiest summer", "a record summer", "the
wettest spring"): not "ahead of the summer", "summer safety talks"."""
STATED_RANGE = re.compile(r"^(?:between|from)\s.+\s(?:and|to|until)\s", re.I)
"""A range with both ends worded: "between May and September", "from April to October"."""
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s")
_REACH = 300
"""How far (characters) from the range its sentence is read for the season's name."""
_MONTHS = range(2, 8)
"""How many whole months a defining range may run (two to seven)."""


def _calendar_season(period: PeriodFinding, season: str) -> bool:
    """Whether ``period`` is exactly the calendar months of ``season`` in its end's year."""
    first = SEASON_FIRST_MONTHS[season]
    year = period.end.year
    return period.start == dt.date(year, first, 1) and period.end == month_end(year, first + 2)


def _sentence_names(
    text: str, found: PeriodFinding, season: str, phrases: list[tuple[int, int]]
) -> bool:
    """Whether the sentence of the range ``found`` names ``season`` outside the range and
    outside every period phrase (``phrases``: "55 fewer than last summer" compares with
    another summer, it calls the range nothing)."""
    start = max(0, found.start_char - _REACH)
    stops = list(_SENTENCE_END.finditer(text, start, found.start_char))
    start = stops[-1].end() if stops else start
    stop = _SENTENCE_END.search(text, found.end_char, found.end_char + _REACH)
    end = stop.start() if stop else min(len(text), found.end_char + _REACH)
    return any(
        m.group(1).lower() == season
        and CALLED_SEASON.search(text, max(start, m.start() - 40), m.start()) is not None
        and not found.start_char <= m.start() < found.end_char
        and not any(a <= m.start() < b for a, b in phrases)
        for m in SEASON_WORD.finditer(text, start, end)
    )


def _defines(text: str, found: PeriodFinding, season: str, phrases: list[tuple[int, int]]) -> bool:
    """Whether ``found`` is a month range its sentence calls ``season``."""
    first = SEASON_FIRST_MONTHS[season]
    months = (found.end.year - found.start.year) * 12 + found.end.month - found.start.month + 1
    return (
        found.kind == "explicit"
        and found.start.year == found.end.year
        and found.start.day == 1
        and found.end == month_end(found.end.year, found.end.month)
        and months in _MONTHS
        and found.start.month <= first + 2
        and first <= found.end.month
        and STATED_RANGE.match(text[found.start_char : found.end_char]) is not None
        and SEASON_WORD.search(text[found.start_char : found.end_char]) is None
        and _sentence_names(text, found, season, phrases)
    )


def season_as_defined(
    text: str, found: list[PeriodFinding], period: PeriodFinding
) -> PeriodFinding:
    """Rule ``season_defined_by_range``: ``period``, a season's calendar months, as the
    months the release stated for that season before it (in the season's own year);
    ``period`` unchanged otherwise."""
    named = SEASON_WORD.search(text, period.start_char, period.end_char)
    if named is None:
        return period
    season = named.group(1).lower()
    if not _calendar_season(period, season):
        return period
    phrases = [(p.start_char, p.end_char) for p in found]
    phrases.append((period.start_char, period.end_char))
    for before in reversed(found):
        if _defines(text, before, season, phrases):
            year = period.end.year
            return replace(
                period,
                start=dt.date(year, before.start.month, 1),
                end=month_end(year, before.end.month),
            )
    return period
