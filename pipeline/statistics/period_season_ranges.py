"""A year-less range placed in the season its sentence names before it (rule
``season_named_range``).

"Last summer the force recorded 612 incidents in Newquay between the start of July and the
end of September": the range is last summer's months, July to September of the year that
summer fell in, not P's year (read alone in a release of July, the range would be P's
July to September, still under way). The season must be the phrase found just before the
range, in the same sentence and not far back (:data:`SEASON_REACH`), and its words must
name a season (:data:`SEASON_WORD`): "Last year, … between July and September" is the
relative year's own rule (``_RELATIVE_YEAR`` after the range, or the range's own year), and
a season of an earlier sentence places nothing.
"""

from __future__ import annotations

import re

from pressfacts.findings import UNRESOLVED, PeriodFinding
from pressfacts.statistics.period_rules import Context

SEASON_WORD = re.compile(r"\b(?:spring|summer|autumn|winter)\b", re.I)
"""Words naming a season in the phrase found before a range."""
SEASON_REACH = 160
"""How far (characters) before the range the season may end."""
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s")


def _season_named_before(text: str, season: PeriodFinding, start: int) -> bool:
    """Whether ``season`` is a resolved period whose words name a season
    (:data:`SEASON_WORD`), ending not far before ``start`` (:data:`SEASON_REACH`) with no
    sentence end between: what both rules of this module ask of the season."""
    gap = text[season.end_char : start]
    return (
        season.kind != UNRESOLVED
        and len(gap) <= SEASON_REACH
        and not _SENTENCE_END.search(gap)
        and SEASON_WORD.search(text[season.start_char : season.end_char]) is not None
    )


def season_named_range_year(ctx: Context) -> int | None:
    """Rule ``season_named_range``: the year of the last month of the season named just
    before a year-less range in its sentence, else None."""
    season, start = ctx.last, ctx.match.start()
    if season is None or season.end_char > start:
        return None
    return season.end.year if _season_named_before(ctx.match.string, season, start) else None


_STATED_RANGE = re.compile(r"^(?:between|from)\s.+\s(?:and|to|until)\s", re.I)
"""A range with both ends worded: "between the start of July and the end of September"."""
_CLAUSE_GAP = re.compile(r"[,;:()\u2013\u2014]")


def season_restated_by_range(text: str, season: PeriodFinding, period: PeriodFinding) -> bool:
    """Rule ``season_restated_by_range``: whether ``period``, a range with both ends stated
    after ``season`` in the same run of words (no sentence end, comma or bracket between),
    says which months of that season a figure covers, so the season gives way to it: "Last
    summer the force recorded 612 incidents in Newquay between the start of July and the
    end of September" (July to September, not June to August). Not a range of another
    year ("Last summer … compared with 540 between June and August 2024"), nor one set off
    by a comma ("Last summer officers made 40 arrests, and between July and August …")."""
    return (
        period.kind == "explicit"
        and _season_named_before(text, season, period.start_char)
        and not _CLAUSE_GAP.search(text[season.end_char : period.start_char])
        and _STATED_RANGE.match(text[period.start_char : period.end_char]) is not None
        and period.start <= season.end
        and season.start <= period.end
    )
