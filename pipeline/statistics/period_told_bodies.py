"""A week named right after the body figures were put before: the week of the telling.

Rule ``presented_to_body`` (read by :func:`~.period_weeks.resolve_relative_week`): "this
week" or "last week" right after a verb of putting figures before a body and that body, a
committee, board, cabinet, panel, councillors or a meeting ("according to figures presented
to the council's licensing committee this week", "figures reported to the police and crime
panel last week", "the data submitted to councillors this week"), dates the telling, not
what the figures count, as "said this week" does (the kind ``day``, which no figure takes).
Not "Officers made 40 arrests this week" (no such verb), "incidents reported to police this
week" (police are no body figures are put before: the reports are the events), nor
"presented to the committee in 2025 … this week" (a period between).
"""

from __future__ import annotations

import re

PRESENTED_TO_BODY = re.compile(
    r"\b(?:presented|reported|submitted|put|given|tabled)\s+to\s+(?:the\s+|a\s+|its\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?(?:committee|board|cabinet|panel|councillors|meeting|"
    r"scrutiny|assembly|inquiry)\s+$",
    re.I,
)
"""Right before the week: a verb of putting figures before a body, and the body (rule
``presented_to_body``)."""

_REACH = 90
"""How far (characters) before the week the verb may start."""


def presented_to_body(text: str, start: int) -> bool:
    """Whether the week named at ``start`` of ``text`` dates figures being put before a body
    (rule ``presented_to_body``: :data:`PRESENTED_TO_BODY`)."""
    return PRESENTED_TO_BODY.search(text, max(0, start - _REACH), start) is not None


VOTE_AT_MEETING_AFTER = re.compile(
    r"[^.;:!?\n]{0,60}?\b(?:voted|votes|in\s+favour|abstained|abstentions)\b", re.I
)
"""Rule ``vote_at_meeting_day`` (read by ``period_weekday_events``): right after a weekday
that a meeting was held on, a vote told close after it ("confirmed at a meeting of the
board on Tuesday, where eleven members voted in favour", "At its meeting on Monday,
councillors voted by nine votes to four"): the day dates the vote, the figures' event, not
a telling. Not "figures presented at a meeting on Thursday showed 412 burglaries" (no vote:
the day of the telling)."""


def vote_at_meeting(text: str, told: str, end: int) -> bool:
    """Whether the weekday ending at ``end`` of ``text``, after the telling word ``told``,
    dates a vote at a meeting (rule ``vote_at_meeting_day``: :data:`VOTE_AT_MEETING_AFTER`)."""
    return told.lower() == "meeting" and VOTE_AT_MEETING_AFTER.match(text, end) is not None
