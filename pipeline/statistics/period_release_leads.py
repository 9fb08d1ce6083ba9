"""A release's lead dated by a rolling span: the figures of the paragraphs after it.

"Kent Police has closed 88 cannabis factories in the 12 months to September, the force
said." then "Officers seized 9,400 plants …" and "In 31 of the properties …": the
paragraphs after the lead tell the year the lead sums up, without saying it again.
Rule ``release_lead_span``: when the document's first sentence (after a plain text's
headline line, :func:`~pressfacts.statistics.headlines.headline_end`) states a figure in digits
with a rolling span (:data:`ROLLING_SPAN`: "the 12 months to October", "the year ending
March 2025", "the six months to June") as its first period, that span governs the
figures of the paragraphs after it, up to the first paragraph that states a period of
its own (an event's day, "on Friday", and a yardstick, "up from 8,000 the year before",
do not stop it), and before the first paragraph that holds a quote; a sentence's own period, and a
clause's, still come first. Not for a lead dated otherwise ("in 2024": other rules read those).

Rule ``release_lead_past_year``: the same for a first sentence dated by the year before P's
month (:data:`PAST_YEAR_SPAN`: "in the past year", "over the last 12 months"), its figure in
digits or a proportion in words ("Seven in ten shop workers have been abused at work in the
past year" then "The union's survey … found that 71% had been abused"); not "last year" (a
calendar year).

Rule ``release_event_span``: the same for a first sentence that counts the figures of an
event (:data:`EVENT_WORDS`: a week of action, an operation, a crackdown) over a short span
that has ended by P ("… 214 knives during the week of action from 12 to 18 May", "… 97
people in seven days of action last week"): the whole release tells of that week, so its
span governs the paragraphs after the lead in the same way; a restatement of the same span
("over the seven days", "during the week"), a plan after P ("will be visited again in
December") and a period in a relative clause ("In Leek, where the council paid for a bin in
March, 31 …") do not end its reach.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from pressfacts.findings import PeriodFinding
from pressfacts.statistics.headlines import headline_end
from pressfacts.statistics.period_clauses import RELATIVE_ASIDE
from pressfacts.statistics.period_events import EVENT_WORDS
from pressfacts.statistics.period_reach import paragraph_end

ROLLING_SPAN = re.compile(
    r"(?:in\s+|over\s+|during\s+)?(?:the\s+)?(?:(?:\d{1,2}|three|six|nine|twelve)\s+months|"
    r"year)\s+(?:to|ending|up\s+to)\s+[\w\s]+",
    re.I,
)
"""A rolling span as a lead's period phrase: "the 12 months to October", "the year ending
March 2025"; not "2024", "last week", "the week-long operation"."""
PAST_YEAR_SPAN = re.compile(
    r"(?:in\s+|over\s+|during\s+)?(?:(?:the\s+)?past\s+(?:year|12\s+months|twelve\s+months)|"
    r"(?:the\s+)?last\s+(?:12|twelve)\s+months|the\s+last\s+year)",
    re.I,
)
"""Rule ``release_lead_past_year``: the year before P's month as a lead's period phrase
("in the past year", "over the last 12 months"), read as ``release_lead_span`` reads a
rolling span: "Seven in ten shop workers have been abused in the past year, a union
says." then "Its survey found that 71% had been abused, 48% threatened …"; not "the past
six months", "last year" (a calendar year, read by other rules)."""
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:two|three|four|five|"
    r"six|seven|eight|nine|ten|\d+)\b",
    re.I,
)
"""A figure the lead states: in digits, or a proportion in words ("Seven in ten")."""
_EVENT = re.compile(rf"\b{EVENT_WORDS}\b|\bdays?\s+of\s+action\b", re.I)
"""An event the lead counts the figures of: "during the week of action", "in seven days of
action", "as part of Operation Sceptre"."""
_EVENT_DAYS = 31
"""The longest span an event's lead may state (a week of action, a month-long crackdown):
longer spans are a year's or a scheme's, which other rules read."""
_SELF_DATED_KINDS = frozenset({"explicit", "relative"})
"""Kinds of a span the lead dates itself ("from 12 to 18 May", "last week"), not one dated
from a sentence after it ("during a week of action. The campaign ran from …": other rules
read that one)."""
_ASIDE_REACH = 120
"""How far either side of a period a relative clause holding it is looked for."""
_QUOTE_MARK = re.compile(r"[\"“”]")
"""A quote opens: the speaker's words are general ("We know a third of victims …"), not
the lead's year, so the lead's reach ends before the paragraph that holds it."""
_EVENT_DAY_KINDS = frozenset({"day"})
"""Period kinds that date an event, not a span: they do not end the lead's reach."""
_YARDSTICK_KINDS = frozenset({"previous", "baseline"})
"""Period kinds of a comparison's earlier half ("up from 8,000 the year before"): a
yardstick of the lead's span, which does not end its reach either."""

Lead = tuple[int, int, PeriodFinding, str]
"""(end of the lead-in, end of what it governs, its period, the rule's name)."""


def with_release_lead(
    leads: list[Lead],
    text: str,
    sentences: Sequence[tuple[int, int]],
    periods: Sequence[PeriodFinding],
    published: dt.date | None = None,
) -> list[Lead]:
    """``leads`` with the ``release_lead_span`` lead-in of the document's first sentence
    first, or its ``release_event_span`` lead-in (an event's short span, ended by P:
    ``published``), when it holds one and no other rule made that sentence a lead-in."""
    body = headline_end(text)  # a plain text's headline is no lead: the sentence after it is
    lead = next(((a, b) for a, b in sentences if a >= body), None)
    if lead is None:
        return leads
    s_start, s_end = lead
    s_end = s_start + len(text[s_start:s_end].rstrip())
    first = next(
        (p for p in periods if s_start <= p.start_char < s_end and p.kind not in _EVENT_DAY_KINDS),
        None,
    )
    if first is None or not _FIGURE.search(text, s_start, first.start_char):
        return leads
    if any(lead[0] == s_end for lead in leads):
        return leads
    if ROLLING_SPAN.fullmatch(text[first.start_char : first.end_char]):
        name = "release_lead_span"
    elif PAST_YEAR_SPAN.fullmatch(text[first.start_char : first.end_char]):
        name = "release_lead_past_year"
    elif _event_span(text[s_start:s_end], first, published) and any(
        s_start <= p.start_char < s_end
        and p.kind in _SELF_DATED_KINDS
        and (p.start, p.end) == (first.start, first.end)
        for p in periods
    ):
        name = "release_event_span"
    else:
        return leads
    lead_end = paragraph_end(text, s_end)
    ends = [
        p.start_char
        for p in periods
        if p.start_char >= s_end
        and p.kind not in _EVENT_DAY_KINDS | _YARDSTICK_KINDS
        and not (name == "release_event_span" and _leaves_event_reach(text, p, first, published))
    ]
    quote = _QUOTE_MARK.search(text, lead_end)
    if quote:
        ends.append(quote.start())
    reach = max(lead_end, text.rfind("\n", 0, min(ends))) if ends else len(text)
    return [(s_end, reach, first, name), *leads]


def _event_span(sentence: str, first: PeriodFinding, published: dt.date | None) -> bool:
    """Whether a lead ``sentence`` counts an event's figures over ``first``, a short span
    ended by ``published`` (``release_event_span``)."""
    return (
        published is not None
        and bool(_EVENT.search(sentence))
        and first.start <= first.end <= published
        and (first.end - first.start).days < _EVENT_DAYS
    )


def _leaves_event_reach(
    text: str, period: PeriodFinding, lead: PeriodFinding, published: dt.date | None
) -> bool:
    """Whether ``period``, stated after an event's lead, leaves its reach going: the same
    span told again, a plan after P, or a relative clause's event."""
    return (
        (period.start, period.end) == (lead.start, lead.end)
        or (published is not None and period.start > published)
        or any(
            aside.start() < period.start_char < aside.end()
            for aside in RELATIVE_ASIDE.finditer(
                text, max(0, period.start_char - _ASIDE_REACH), period.end_char + _ASIDE_REACH
            )
        )
    )
