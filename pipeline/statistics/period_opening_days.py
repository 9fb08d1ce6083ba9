"""Single days a figure counts, singled out by the words around them.

Read by :func:`pressfacts.statistics.period_rules.resolve_day` after
:func:`~pressfacts.statistics.period_figure_days.counted_day` and
:func:`~pressfacts.statistics.period_operation_days.operation_day`: a day ("on 3 March") is
an event's date, which no figure takes, unless one of these named patterns of
:data:`OPENING_DAYS` makes it the day the figures were counted on:

- ``ordinal_weekday_day``: a day in apposition to an ordinal weekday or day of a run of
  days ("On the final Saturday, 25 July, 58 weapons were handed in", "On the first day, 13
  July, 210 knives were surrendered"): the words single out that day of the run;
- ``one_day_event_subject``: a day opening its sentence whose subject is a one-day event
  (a vigil, a rally, a march, an open day) that drew or saw the figures ("On 3 October, the
  charity's annual vigil brought around 300 people to the square"): that day.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pressfacts.lexicon.months import WEEKDAYS

_ORDINALS = r"(?:first|second|third|fourth|last|final|opening|closing)"
"""The ordinal of a day of a run: "the first", "the final", "the closing"."""
_WEEKDAY = "|".join(day.capitalize() for day in WEEKDAYS)

ORDINAL_WEEKDAY_BEFORE = re.compile(
    rf"\b(?:on|over)\s+the\s+{_ORDINALS}\s+(?:(?:{_WEEKDAY})\s*,?\s+)?$",
    re.I,
)
"""Before a day, "on the final" with the day opening on its weekday ("On the final
[Saturday, 25 July]", where the day's words hold the weekday) or "on the first day," (rule
``ordinal_weekday_day``, with :data:`ORDINAL_DAY_BEFORE`)."""
ORDINAL_DAY_BEFORE = re.compile(rf"\b(?:on|over)\s+the\s+{_ORDINALS}\s+day,\s+$", re.I)
"""Before a day, "on the first day," in apposition to it ("On the first day, 13 July, …")."""
_STARTS_ON_WEEKDAY = re.compile(rf"(?:{_WEEKDAY})\b")
"""A day's words that open on its weekday ("Saturday, 25 July")."""

_OPENING_ON = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)$")
"""Before a day's words that open with "On": the opening of a sentence."""
_ONE_DAY_EVENTS = (
    r"(?:vigil|rally|march|parade|procession|open\s+day|fun\s+day|festival|fair|gala|"
    r"carnival|memorial\s+service|remembrance\s+service|ceremony|concert|roadshow|event)"
)
"""One-day events whose turnout a day opening the sentence dates."""
EVENT_SUBJECT_AFTER = re.compile(
    r",\s+(?:the|a|an|its|their|our|this\s+year['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
    + _ONE_DAY_EVENTS
    + r"\s+(?:brought|drew|attracted|saw|welcomed|was\s+attended\s+by|had)\b",
    re.I,
)
"""After a day opening its sentence ("On 3 October"), a one-day event as the subject that
drew or saw the figures (rule ``one_day_event_subject``): "On 3 October, the charity's
annual vigil brought around 300 people to the square", "On 12 May, the open day drew 450
visitors"; not "On 3 October, a man was arrested" (no event), "On 3 October, the campaign
brought 40 arrests" (a campaign runs on), "… after the vigil drew 300" (not its subject)."""


def _ordinal_weekday(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    if ORDINAL_DAY_BEFORE.search(before):
        return True
    return bool(ORDINAL_WEEKDAY_BEFORE.search(before) and _STARTS_ON_WEEKDAY.match(text, start))


def _event_subject(text: str, start: int, end: int) -> bool:
    if not text.startswith(("On ", "on "), start):
        return False
    opening = _OPENING_ON.search(text, max(0, start - 4), start)  # "^" at the text's start
    return bool(opening and EVENT_SUBJECT_AFTER.match(text, end))


OPENING_DAYS: tuple[tuple[str, Callable[[str, int, int], bool]], ...] = (
    ("ordinal_weekday_day", _ordinal_weekday),
    ("one_day_event_subject", _event_subject),
)
"""The named patterns of a day a figure counts, each a test of the day's text, start and
end."""


def opening_day(text: str, start: int, end: int) -> str | None:
    """The name of the :data:`OPENING_DAYS` pattern that makes the day at ``start``..``end``
    of ``text`` the span its figures count, or None."""
    return next((name for name, test in OPENING_DAYS if test(text, start, end)), None)
