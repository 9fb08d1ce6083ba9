"""A one-day event a release names by its day ("polling day", "election day", "match day"),
dated once and named again.

"Officers visited all 1,138 polling stations on polling day", after "in the six weeks
before polling day on 7 May": the figure is for that day. Each :class:`EventDay` of
:data:`EVENT_DAYS` names the words of one such day; the rule ``event_day`` reads "on" +
the day, dated in place ("on polling day, 7 May", "on polling day on 7 May") or by the
latest place before it that dates the same day ("polling day on 7 May", "polling day, 7
May", "polling day (7 May)"): that one day, a span the figure counts (not a mere date
of an event). Undated when nothing in the text dates it: "on polling day" alone in a
text that never names the day is no day a reader can fix (``None``, the figure left
undated rather than given another span of its sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressfacts.statistics.period_rules import Context, PeriodRule, Resolution, Span
from pressfacts.statistics.single_dates import DAY_DATE


@dataclass(frozen=True)
class EventDay:
    """A one-day event named by its day: its name and the regex of its words."""

    name: str
    words: str


EVENT_DAYS: tuple[EventDay, ...] = (
    EventDay("polling_day", r"polling\s+day"),
    EventDay("election_day", r"election\s+day"),
    EventDay("results_day", r"results\s+day"),
    EventDay("match_day", r"match\s*day"),
    EventDay("race_day", r"race\s*day"),
)
"""The one-day events of ``event_day`` (named entries; the rule reports its own name)."""

_DAY_WORDS = "|".join(f"(?P<{day.name}>{day.words})" for day in EVENT_DAYS)
_DATED_AFTER = rf"(?:,\s*|\s+on\s+|\s+\(|\s+-\s+|\s+–\s+)(?:{DAY_DATE.pattern})"
"""The day's date right after its name: ", 7 May", " on 7 May", " (7 May"."""
EVENT_DAY = re.compile(rf"\bon\s+(?:{_DAY_WORDS})\b(?:{_DATED_AFTER})?", re.I)
""" "on polling day", "on election day, 2 May"."""


_DATED_DAYS = {day.name: re.compile(rf"\b{day.words}\b{_DATED_AFTER}", re.I) for day in EVENT_DAYS}
"""Each event day's name followed by its date, compiled once ("polling day on 7 May")."""


def _dated_before(ctx: Context, name: str) -> Resolution:
    """The latest place before the match that dates the same day (:data:`_DATED_DAYS`);
    None when there is none."""
    text = ctx.match.string
    dated = _DATED_DAYS[name]
    day = None
    for found in dated.finditer(text, 0, ctx.match.start()):
        day = ctx.days.read(found, ctx.reference) or day
    return Span(day, day) if day else None


def resolve_event_day(ctx: Context) -> Resolution:
    """That one day, dated in place or by the latest place before that dates it."""
    if ctx.group("date"):
        day = ctx.days.read(ctx.match, ctx.reference)
        return Span(day, day) if day else None
    event = next(e for e in EVENT_DAYS if ctx.group(e.name))
    return _dated_before(ctx, event.name)


EVENT_DAY_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "event_day",
        EVENT_DAY,
        resolve_event_day,
        ("polling day", "election day", "results day", "match", "race"),
    ),
)
"""The rule ``event_day``: see the module docstring."""
