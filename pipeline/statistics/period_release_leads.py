"""A release's lead dated by a rolling span: the figures of the paragraphs after it.

"Kent Police has closed 88 cannabis factories in the 12 months to September, the force
said." then "Officers seized 9,400 plants …" and "In 31 of the properties …": the
paragraphs after the lead tell the year the lead sums up, without saying it again.
Rule ``release_lead_span``: when the document's first sentence states a figure in digits
with a rolling span (:data:`ROLLING_SPAN`: "the 12 months to October", "the year ending
March 2025", "the six months to June") as its first period, that span governs the
figures of the paragraphs after it, up to the first paragraph that states a period of
its own (an event's day, "on Friday", and a yardstick, "up from 8,000 the year before",
do not stop it), and before the first paragraph that holds a quote; a sentence's own period, and a
clause's, still come first. Not for a lead dated otherwise ("in 2024", "last week",
"during a week of action": other rules read those).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.findings import PeriodFinding
from pressfacts.statistics.period_reach import paragraph_end

ROLLING_SPAN = re.compile(
    r"(?:in\s+|over\s+|during\s+)?(?:the\s+)?(?:(?:\d{1,2}|three|six|nine|twelve)\s+months|"
    r"year)\s+(?:to|ending|up\s+to)\s+[\w\s]+",
    re.I,
)
"""A rolling span as a lead's period phrase: "the 12 months to October", "the year ending
March 2025"; not "2024", "last week", "the week-long operation"."""
_FIGURE = re.compile(r"\d")
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
) -> list[Lead]:
    """``leads`` with the ``release_lead_span`` lead-in of the document's first sentence
    first, when it holds one and no other rule made that sentence a lead-in."""
    if not sentences:
        return leads
    s_start, s_end = sentences[0]
    s_end = s_start + len(text[s_start:s_end].rstrip())
    first = next(
        (p for p in periods if s_start <= p.start_char < s_end and p.kind not in _EVENT_DAY_KINDS),
        None,
    )
    if (
        first is None
        or any(lead[0] == s_end for lead in leads)
        or not ROLLING_SPAN.fullmatch(text[first.start_char : first.end_char])
        or not _FIGURE.search(text, s_start, first.start_char)
    ):
        return leads
    lead_end = paragraph_end(text, s_end)
    ends = [
        p.start_char
        for p in periods
        if p.start_char >= s_end and p.kind not in _EVENT_DAY_KINDS | _YARDSTICK_KINDS
    ]
    quote = _QUOTE_MARK.search(text, lead_end)
    if quote:
        ends.append(quote.start())
    reach = max(lead_end, text.rfind("\n", 0, min(ends))) if ends else len(text)
    return [(s_end, reach, first, "release_lead_span"), *leads]
