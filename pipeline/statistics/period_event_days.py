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

The rule ``that_day`` reads "that day" naming again a day dated a paragraph or two before
("arrested on Thursday 16 April … Officers searching the addresses that day recovered four
drones", or after "last Thursday"): that one day, the span of the finds told after it.

The rule ``same_day_part`` reads a part of a day dated just before ("on 3 November … that
evening he paid £260"): that one day. The rule ``the_action_day`` reads a day of action named
again with "the" ("visited 40 shops on Tuesday 4 March. Nine people were arrested during the
day of action"): the day dated just before, the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pressfacts.lexicon.months import WEEKDAYS
from pressfacts.statistics.period_figure_days import ACTION_KINDS, KINDS
from pressfacts.statistics.period_rules import (
    NOT_A_PERIOD,
    Context,
    PeriodRule,
    Resolution,
    Span,
)
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


SAME_DAY_PART = re.compile(
    r"\b(?:that\s+(?:evening|night|afternoon|morning)|later\s+that\s+day)\b"
    r"(?!['’]s|\s+(?:of|when|before|after)\b)",
    re.I,
)
"""A part of the day a sentence just before dated ("that evening", "that night", "later
that day"): rule ``same_day_part``; not "that evening's match" nor "that evening of 3 May"
(a day of its own), nor "offered a bed on the same night" (the night of each one's own
referral, not a dated day)."""
SAME_DAY_REACH = 300
"""How far before such a part (characters) the day it belongs to may be dated: the
sentence or paragraph before, not an earlier story of the release."""


def resolve_same_day_part(ctx: Context) -> Resolution:
    """The latest single day dated within :data:`SAME_DAY_REACH` characters before the
    match ("contacted on 3 November last year. … that evening he paid £260" →
    3 November); None when none is."""
    text = ctx.match.string
    day = None
    start = max(0, ctx.match.start() - SAME_DAY_REACH)
    for found in DAY_DATE.finditer(text, start, ctx.match.start()):
        day = ctx.days.read(found, ctx.reference) or day
    return Span(day, day) if day else None


THE_ACTION_DAY = re.compile(
    r"\b(?:during|on|in|over|throughout)\s+the\s+(?:(?:single|one)[-\s])?day\s+of\s+"
    rf"(?:{KINDS})\b(?!\s+(?:on|in|at)\s+\d)",
    re.I,
)
"""A day of action named again with "the" ("during the day of action", "on the day of
enforcement"): rule ``the_action_day``, the latest single day dated within
:data:`SAME_DAY_REACH` characters before (:func:`resolve_same_day_part`). Not "a day of
action" (no day named before it), "the week of action" (a span of its own), nor "the day of
action on 4 June" (dated in place: ``period_figure_days``' rules)."""


_FIND_VERBS = r"found|seized|recovered|discovered|uncovered|confiscated|intercepted|turned\s+up"
_THAT_DAY = (
    r"(?<!\bfrom\s)(?<!\bsince\s)(?<!\buntil\s)(?<!\bto\s)(?<!\blater\s)"
    r"\b(?:on\s+)?that\s+(?:same\s+)?day\b"
    r"(?!['’]s|\s+(?:of|when|before|after|on|in|at|onwards?|forward)\b)"
)
THAT_DAY = re.compile(
    rf"(?:(?<=[a-z0-9,]\s)(?<!\bon\s){_THAT_DAY}|{_THAT_DAY}(?=[^.!?]*\b(?:{_FIND_VERBS})\b))",
    re.I,
)
"""A day dated before named again as "that day" ("Officers searching the addresses that day
recovered …"): rule ``that_day``; not "later that day" (``same_day_part``'s), "from that day"
or "since that day" (a span running on from it), "that day's match", "that day of action",
nor "that day in 2019" (dated in place). Inside a clause ("had driven for 13 hours that
day") it is always that day; opening its sentence ("On that day, …") only when a verb of
finding follows (:data:`_FIND_VERBS`: the day is the finds' span, as a dated day is for
``period_figure_days``' finds, ``opening_day_find``); else the opening is left to the rules
of a day that dates figures or an event (``snapshot_days``' ``that_day_dated``)."""
THAT_DAY_REACH = 600
"""How far before "that day" (characters) the day it names may be dated: the paragraphs
just before, not an earlier story of the release."""
_LAST_WEEKDAY_BEFORE = re.compile(
    r"\b(?<!since\s)last\s+(?P<d>" + "|".join(WEEKDAYS) + r")\b(?!['’])", re.I
)
"""A day dated relative to P ("arrested last Thursday"), which "that day" may name again."""


def resolve_that_day(ctx: Context) -> Resolution:
    """The latest single day dated within :data:`THAT_DAY_REACH` characters before the
    match, by its date or as "last" + a weekday before P; None when none is."""
    text = ctx.match.string
    start = max(0, ctx.match.start() - THAT_DAY_REACH)
    latest: tuple[int, dt.date] | None = None
    for found in DAY_DATE.finditer(text, start, ctx.match.start()):
        day = ctx.days.read(found, ctx.reference)
        if day:
            latest = (found.start(), day)
    if ctx.published is not None:
        for found in _LAST_WEEKDAY_BEFORE.finditer(text, start, ctx.match.start()):
            weekday = WEEKDAYS.index(found.group("d").lower())
            back = (ctx.published.weekday() - weekday) % 7 or 7
            if latest is None or found.start() > latest[0]:
                latest = (found.start(), ctx.published - dt.timedelta(days=back))
    return Span(latest[1], latest[1]) if latest else None


WHEN_SEARCHED = re.compile(
    r"\bWhen\s+(?:the|their|his|her|its)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:was|were)\s+(?:opened|searched|stopped|checked|examined|inspected|raided|boarded|"
    r"unloaded|scanned|entered)\b(?![^.!?]*\b(?:on|in)\s+\d)"
)
"""A sentence opening on "When the <thing> was opened/searched/…" ("When" capitalised; rule
``when_searched_same_day``): the search of a vehicle, a building or a boat told just before
with its day ("was stopped near Ashford on 4 October. When the trailer was opened,
officers found nine men"): the latest single day dated within :data:`SAME_DAY_REACH`
characters before (:func:`resolve_searched_day`), the day of the finds; not "When the
scheme was launched" (no search), nor "When the house was searched on 5 May" (dated in
place), nor with no day dated before it (no span)."""


def resolve_searched_day(ctx: Context) -> Resolution:
    """The day of :func:`resolve_same_day_part`; with no day dated before, no period at all
    (:data:`NOT_A_PERIOD`: "When the lockers were searched, they held £9,100" after "during
    May" keeps that span, not an undated one)."""
    return resolve_same_day_part(ctx) or NOT_A_PERIOD


EVENT_DAY_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "event_day",
        EVENT_DAY,
        resolve_event_day,
        ("polling day", "election day", "results day", "match", "race"),
    ),
    PeriodRule(
        "same_day_part",
        SAME_DAY_PART,
        resolve_same_day_part,
        ("evening", "night", "afternoon", "morning", "that day"),
    ),
    PeriodRule("that_day", THAT_DAY, resolve_that_day, ("that day", "that same day")),
    PeriodRule(
        "the_action_day",
        THE_ACTION_DAY,
        resolve_same_day_part,
        tuple(f"day of {kind}" for kind in ACTION_KINDS),
    ),
    PeriodRule("when_searched_same_day", WHEN_SEARCHED, resolve_searched_day, ("when ",)),
)
"""The rules ``event_day`` (see the module docstring), ``same_day_part``, ``that_day``,
``the_action_day`` and ``when_searched_same_day``."""
