"""How a release names and dates an event (an operation, a campaign, a week of action),
whose span dates the figures counted during it.

- :data:`EVENT_WORDS`: the nouns of such events;
- :data:`EVENT_DATED`: a sentence that dates an event named before it ("The operation
  ran from 6 to 12 May");
- :data:`EVENT_NAMED`: a figure's sentence that names an event ("during a week of
  action");
- :func:`event_clause_period`: the event dated in the figure's own sentence by a relative
  clause ("… 1,187 homes during the operation, which ran from 3 February to 2 March").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.findings import PeriodFinding

EVENT_WORDS = (
    r"(?:operation|campaign|crackdown|amnesty|initiative|blitz|"
    r"week\s+of\s+(?:action|intensification|enforcement)|(?:intensification|enforcement)\s+week)"
)
EVENT_ARTICLE = r"(?:a|an|the|its|their|this)\s+(?:[\w-]+\s+){0,4}?"
EVENT_DATED = re.compile(
    rf"\W{{0,3}}(?:the|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}}['’]s?)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{EVENT_WORDS}\b[^.]{{0,30}}?\b(?:ran|took\s+place|"
    r"lasted|was\s+held|was\s+carried\s+out)\b",
    re.I,
)
"""A sentence that dates an event named before it: "The operation ran from 3 to 9 June",
"The campaign, which ran between …"; not "The operation led to 12 arrests"."""
EVENT_NAMED = re.compile(
    rf"\b(?:the|a|an|this|their|its)\s+(?:[\w-]+\s+){{0,2}}?{EVENT_WORDS}\b", re.I
)
"""A figure's sentence that names an event: "during a week of action", "in the crackdown"."""

EVENT_CLAUSE = re.compile(
    rf"\b(?:during|in|over|throughout|as\s+part\s+of)\s+{EVENT_ARTICLE}{EVENT_WORDS}\b"
    r"[^.,;]{0,40}?,?\s+(?:which|that)\s+(?:ran|took\s+place|lasted|was\s+held|was\s+"
    r"carried\s+out)\s+(?=(?:from|between|over|in|during|throughout|on)\b)",
    re.I,
)
"""The figure's own sentence names the event it was counted during and dates it in a
relative clause: "during the operation, which ran from 3 February to 2 March", "as part
of a week of action that took place between 6 and 12 May"; not "during the operation,
which led to 12 arrests" (no dating verb)."""
_CLAUSE_GAP = 3
"""How far after the dating verb (characters past its preposition) the period starts."""


def event_clause_period(
    sentence: str, s_start: int, figure_at: int, periods: Sequence[PeriodFinding]
) -> PeriodFinding | None:
    """The period an :data:`EVENT_CLAUSE` after the figure at ``figure_at`` (document
    offset) of ``sentence`` (at ``s_start``) gives it: the sentence's period that opens
    the clause's dating phrase; None when there is no such clause."""
    clause = EVENT_CLAUSE.search(sentence, max(0, figure_at - s_start))
    if clause is None:
        return None
    at = s_start + clause.end()
    return next(
        (p for p in periods if at <= p.start_char <= at + len("between") + _CLAUSE_GAP),
        None,
    )
