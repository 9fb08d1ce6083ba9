"""Periods counted from a national event every reader dates without being told.

"Grooming crimes have risen by 74% since the start of the pandemic", "calls have doubled
since the first lockdown": the event is not dated in the text, but its start is general
knowledge. Each :class:`NamedEvent` of :data:`NAMED_EVENTS` names the words that state
it and the day it began; the rule ``since_named_event`` reads "since" + the event (or
"since the start/beginning/onset/outbreak of" + it, or "since" + it + "began/started/
struck/hit") as from that day to P, as "since March 2020" is (undated without P), of
the kind ``baseline``: the span of the change it is stated with, not a period that the
figures after it take up (no lead-in, no main period of the paragraph). Not
"during the pandemic" (a span whose end no text fixes), "before the pandemic" (a
yardstick of no stated length).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pressfacts.statistics.period_rules import (
    NOT_A_PERIOD,
    Context,
    PeriodRule,
    Resolution,
    Span,
    compile_rule,
)


@dataclass(frozen=True)
class NamedEvent:
    """A national event that dates a "since" phrase: its words and its first day."""

    name: str
    words: str
    """A regex of the words naming it, without the article ("the")."""
    start: dt.date


NAMED_EVENTS: tuple[NamedEvent, ...] = (
    # the Covid-19 pandemic in the UK: March 2020 (its month; no single day is "the start")
    NamedEvent(
        "covid-pandemic",
        r"(?:covid(?:-19)?\s+|coronavirus\s+)?pandemic|covid(?:-19)?\s+outbreak",
        dt.date(2020, 3, 1),
    ),
    # the first national lockdown: announced on 23 March 2020
    NamedEvent(
        "first-lockdown",
        r"first\s+(?:national\s+|covid(?:-19)?\s+)?lockdown",
        dt.date(2020, 3, 23),
    ),
)
"""The events a "since" phrase may be counted from, each with its first day."""

_EVENT_GROUPS = "|".join(f"(?P<e{i}>{event.words})" for i, event in enumerate(NAMED_EVENTS))
_SINCE_NAMED_EVENT = (
    r"\bsince\s+(?:the\s+(?:start|beginning|onset|outbreak)\s+of\s+)?the\s+"
    rf"(?:{_EVENT_GROUPS})\b(?:\s+(?:began|started|struck|hit))?"
)


def resolve_since_named_event(ctx: Context) -> Resolution:
    """From the named event's first day to P; undated without P."""
    event = next(
        (e for i, e in enumerate(NAMED_EVENTS) if ctx.group(f"e{i}")),
        None,
    )
    if event is None:
        return NOT_A_PERIOD
    if ctx.published is None or ctx.published < event.start:
        return None
    return Span(event.start, ctx.published, "baseline")


NAMED_EVENT_RULES: tuple[PeriodRule, ...] = (
    # "since the start of the pandemic", "since the Covid-19 pandemic began", "since the
    # first lockdown"; not "during the pandemic", "before the first lockdown"
    PeriodRule(
        "since_named_event",
        compile_rule(_SINCE_NAMED_EVENT, "s"),
        resolve_since_named_event,
        needs=("pandemic", "lockdown", "outbreak"),
    ),
)
"""Rules over named national events; they carry their own needs."""
