"""A list whose lead-in names no period, right after the sentence that dates an event:
the list is the event's results.

"Operation Sunburst ran from 1 June to 31 August." then "Results include:" and its
bullets: each bullet counts what the operation did, so it covers the operation's dates.
Rule ``event-list``: a short sentence ending in a colon, stating no period of its own,
that directly follows a sentence dating an event
(:data:`pressfacts.statistics.period_events.EVENT_DATED`), governs its list with
the event's period, as a lead-in stating that period would.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from pressfacts.findings import PeriodFinding
from pressfacts.statistics.period_reach import list_end

MAX_LEAD_IN = 60
"""How long (characters) a list lead-in with no period may be: "Results include:"."""

Lead = tuple[int, int, PeriodFinding, str]
"""(end of the lead-in, end of what it governs, its period, the rule's name)."""


def with_event_lists(
    leads: list[Lead],
    text: str,
    sentences: Sequence[tuple[int, int]],
    events: Sequence[tuple[int, PeriodFinding]],
    periods: Sequence[PeriodFinding],
) -> list[Lead]:
    """``leads`` and the ``event-list`` lead-ins of a document, in text order: for each
    sentence that dates an event (``events``: its start and period), the list lead-in
    right after it, if any."""
    if not events:
        return leads
    dated = dict(events)
    starts = sorted(p.start_char for p in periods)
    found: list[Lead] = []
    for (start, _end), (next_start, next_end) in pairwise(sentences):
        period = dated.get(start)
        lead_in = text[next_start:next_end].rstrip()
        if period is None or not lead_in.endswith(":") or len(lead_in) > MAX_LEAD_IN:
            continue
        lead_end = next_start + len(lead_in)
        at = bisect_left(starts, next_start)
        if at < len(starts) and starts[at] < lead_end:
            continue  # a lead-in of its own period: the list_lead_in rule's
        found.append((lead_end, list_end(text, lead_end), period, "event-list"))
    return sorted(leads + found, key=lambda lead: lead[0]) if found else leads
