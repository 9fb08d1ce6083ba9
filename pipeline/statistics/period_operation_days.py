"""A one-day operation (or event) told before the day it ran: the day its figures count.

"More than 170 drivers were dealt with during a single-day operation on the A1(M) last
week. Officers stopped 213 vehicles on Thursday, 13 August": the day, stated after the
operation in the same or the next sentence, is the operation's day, the span the figures
of its sentence count (not a mere event's date, which no figure takes). Read by
:func:`pressfacts.statistics.period_rules.resolve_day` after the patterns of
:mod:`.period_figure_days` (which read a day of action told around the day in its own
clause). Each way of naming the operation is a named entry of :data:`OPERATION_DAYS`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pressfacts.findings import PeriodFinding
from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.statistics.single_dates import DAY_DATE


class OperationDay(NamedTuple):
    """A named pattern of a one-day operation told before a day."""

    name: str
    pattern: re.Pattern[str]
    back: int = 40
    """How far before the operation (characters) words of a time to come are looked for
    (:data:`_FUTURE`); 0 for one opening its sentence (the sentence before is not its)."""
    dated_only: bool = False
    """Whether the entry reads only a day written as a date ("on Tuesday 16 June"), not a
    span that names the operation itself ("during the day of action"), whose lead-in would
    carry the day on past the operation's own paragraph."""


_OPERATION_NOUNS = r"(?:operation|crackdown|blitz|exercise|campaign|deployment)"
"""What a one-day operation is called: "operation", "crackdown", "blitz" …"""
_INCIDENT_NOUNS = r"(?:attack|incident|break-in|burglary|robbery|crash|collision|fire)"
"""What one incident is called (``one_incident_opening``): "In one attack", "In a single
break-in"."""
_EVENT_NOUNS = (
    r"(?:ball|gala|festival|fair|concert|party|event|match|game|parade|carnival|"
    r"open\s+day|fun\s+day)\b"
)
"""One-day events whose figures a day right after them dates: "At the freshers' ball on 12
September", "During the gala in Bolton on 3 May"."""
_OTHER_EVENT = r"(?<!after\s)(?<!before\s)(?<!since\s)(?<!following\s)(?<!ahead\sof\s)"
"""Not an operation that dates another event ("after a one-day operation")."""
_VISIT_NOUNS = (
    r"(?:(?:joint|unannounced|spot|multi-agency|licensing|welfare)\s+)?(?:visits|inspections)"
)
"""Visits counted as a noun: "carried out 40 joint visits", "made 12 unannounced inspections"."""
_VISITS_COUNTED = (
    rf"\b(?:(?:visited|inspected)\s+(?:a\s+total\s+of\s+)?(?:\d[\d,]*|{WORD_NUMBER})\s+"
    rf"|(?:carried\s+out|made|conducted|completed)\s+(?:\d[\d,]*|{WORD_NUMBER})\s+{_VISIT_NOUNS}\b)"
)
"""A round of visits counted, in the past: "visited 31 car washes", "inspected 64 nail bars",
"carried out 40 joint visits"; not "was visited", "will visit 20 sites", "visited the
address" (no count of what was visited)."""

_SENTENCE_OPENING = r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))"
"""Where a sentence opens: the text's start, a line break, or after a full stop (and a
closing quote mark) and a space."""


def _one_opening(nouns: str) -> re.Pattern[str]:
    """One operation or incident of ``nouns`` singled out by "one" or "a single", opening
    its sentence, with its place, up to its day ("In one raid at a farm near Ripon on ")."""
    return re.compile(
        _SENTENCE_OPENING
        + r"(?:In|During)\s+(?:one|a\s+single)\s+(?:[\w'’-]+\s+){0,2}?"
        + rf"{nouns}\b"
        + r"(?:\s+(?:in|at|near|across)\s+(?:an?\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:in|near)\s+)?"
        + r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?(?:\s+on)?\s*$"
    )


OPERATION_DAYS: tuple[OperationDay, ...] = (
    # "during a single-day operation", "a one-day speed enforcement operation"
    OperationDay(
        "one_day_operation_before",
        re.compile(
            rf"{_OTHER_EVENT}\b(?:an?|the|its|their)\s+(?:single|one)[- ]day\s+"
            rf"(?:[\w-]+\s+){{0,2}}?{_OPERATION_NOUNS}\b",
            re.I,
        ),
    ),
    # "a day-long operation", "a day-long crackdown on speeding"
    OperationDay(
        "day_long_operation_before",
        re.compile(
            rf"{_OTHER_EVENT}\b(?:an?|the|its|their)\s+day-long\s+(?:[\w-]+\s+){{0,2}}?"
            rf"{_OPERATION_NOUNS}\b",
            re.I,
        ),
    ),
    # "At the union's freshers' ball on 12 September, volunteers handed out 850 covers"
    OperationDay(
        "one_day_event_opening",
        re.compile(
            _SENTENCE_OPENING + r"(?:At|During)\s+(?:an?|the|this|its|their|our)\s+"
            rf"(?:[\w'’-]+\s+){{0,3}}?{_EVENT_NOUNS}"
            r"(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?(?:\s+on)?\s*$"
        ),
        back=0,
    ),
    # "In one operation in Slough on 9 May, officers recovered five handguns", "During a
    # single raid at a farm near Ripon on 3 March, …": one operation opening its sentence
    OperationDay(
        "one_operation_opening",
        _one_opening(rf"(?:{_OPERATION_NOUNS}|raid|search|sweep)"),
        back=0,
    ),
    # "In one attack near Bala on 14 March, 23 ewes were killed", "In a single break-in at
    # a farm near Thirsk on 2 May, …": one incident opening its sentence, whose toll the
    # day dates (its own sentence only)
    OperationDay(
        "one_incident_opening",
        _one_opening(_INCIDENT_NOUNS),
        back=0,
        dated_only=True,
    ),
    # "Officers visited 31 car washes across Stoke on Tuesday 16 June and identified 23
    # workers": a round of visits counted in the day's own clause, the day it was made
    OperationDay(
        "visits_counted_before",
        re.compile(
            rf"{_VISITS_COUNTED}(?![^.;:!?\n]*\b(?:after|before|when|since|while|until)\b)"
            r"[^.;:!?\n]{0,90}?\s+(?:on\s+)?$",
            re.I,
        ),
        dated_only=True,
    ),
)
"""Named ways of telling a one-day operation (or a one-day event: ``one_day_event_opening``,
an event of :data:`_EVENT_NOUNS` opening the sentence right before its day) before the day
it ran (or one operation singled out by "one" or "a single" opening the sentence:
``one_operation_opening``, "In one operation in Slough on 9 May, officers recovered …"; one
incident singled out so, whose toll the day dates in its own sentence:
``one_incident_opening``, "In one attack near Bala on 14 March, 23 ewes were killed"; or a
round of visits counted right before the day in its clause: ``visits_counted_before``); not
"In an operation on 9 May" (no single one singled out), "a week-long operation" (a span
of its own), "after a one-day operation" or "After the match on 3 May" (another event's
day), "At a meeting on 3 May" (no event's figures)."""

OWN_SENTENCE_ONLY = ("one_day_event_opening", "visits_counted_before", "one_incident_opening")
"""The entries whose day dates the figures of their own sentence only, no lead-in."""

_REACH = 400
"""How far before a day (in characters) its operation may be told."""
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“‘]?[A-Z])")
"""The end of a sentence: the operation is told in the day's sentence or the one before."""
_FUTURE = re.compile(r"\b(?:will|planned|plans?|is\s+to|are\s+to)\b", re.I)
"""Words that make the operation one to come: "a one-day operation is planned"."""


def operation_day(text: str, start: int) -> str | None:
    """The name of the :data:`OPERATION_DAYS` entry that makes the day at ``start`` of
    ``text`` its operation's day: the operation told before it in its sentence or the one
    before, with no other day and nothing to come between; else None."""
    window = text[max(0, start - _REACH) : start]
    ends = list(_SENTENCE_END.finditer(window))
    if len(ends) > 1:
        window = window[ends[-2].end() :]
    dated = DAY_DATE.match(text, start) is not None
    for name, pattern, back, dated_only in OPERATION_DAYS:
        if dated_only and not dated:
            continue
        found = list(pattern.finditer(window))
        if not found:
            continue
        told = found[-1]
        between = window[told.end() :]
        around = window[max(0, told.start() - back) : told.end() + 40]
        if DAY_DATE.search(between) or _FUTURE.search(around):
            continue
        return name
    return None


def operation_day_told(text: str, period: PeriodFinding) -> bool:
    """Whether ``period`` is one day its operation was told before
    (:func:`operation_day`): the lead-in ``operation_day_lead_in`` of
    :mod:`.period_lead_ins`, whose day the rest of its paragraph and the next take too. Not
    a one-day event's (``one_day_event_opening``) nor a counted round of visits'
    (``visits_counted_before``): their day dates their own sentence only (a span told after
    it, "During the week of action, 16 people were arrested", is not the day's)."""
    if period.start != period.end:
        return False
    return operation_day(text, period.start_char) not in (None, *OWN_SENTENCE_ONLY)
