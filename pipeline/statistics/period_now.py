"""Figures a sentence says hold now ("The force now has 146 detectives, 40 more than in
2023"; "More than 40% of the cases we charge now reach court").

Two named rules, both read by :meth:`pressfacts.statistics.period_context.PeriodContext.
figure_period` on the period the other rules chose, only in a sentence holding
:data:`NOW`:

- ``held-now-level``: a level in a sentence that states no period keeps no span carried
  from a lead-in or the sentences before that closed before P (it is how things stand at
  the release); a span running to P ("since its scheme began in 2019") is kept.
- ``held-now-change``: a change against a stated year ("40 more than in 2023") whose later
  half the other rules closed before P runs to P: "now" is its later half.

And one rule read on every figure, with or without :data:`NOW`:

- ``held-now-relative``: a level right after a relative pronoun and a verb in the present
  simple ("the Diocese of Ely, which looks after more than 330 churches"; "a charity that
  runs 40 shops") tells how things stand, not what happened in a span: it keeps no period
  carried from another sentence (:data:`STATE_CLAUSE`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from pressfacts.findings import PeriodFinding

NOW = re.compile(r"\b(?:now|currently|presently)\b", re.I)
"""A word saying a figure holds now."""
STATE_CLAUSE = re.compile(
    r"\b(?:which|who|that)\s+(?:also\s+|now\s+|currently\s+)?"
    r"(?!(?:was|is|this|has\s+been|has\s+had)\b)[a-z]{2,}s\s+(?:after\s+|for\s+|over\s+)?"
    r"(?:(?:more\s+than|over|around|about|some|nearly|almost|up\s+to|at\s+least)\s+)?£?$",
    re.I,
)
"""A relative clause in the present simple right before a figure: "which looks after",
"who manages", "that runs more than"; not "which was" (the past), "which has been"."""
_CHANGE_KINDS = frozenset({"baseline", "comparison"})
"""Kinds of a change's period held against a stated earlier one."""


def held_now(
    period: PeriodFinding,
    sentence: str,
    change: str | None,
    sentence_periods: Sequence[PeriodFinding],
    published: dt.date | None,
    before: str = "",
) -> PeriodFinding | None:
    """``period`` as the rules of this module leave it for a figure of ``sentence`` (of
    which ``before`` is the text before the figure)."""
    if change is None and period not in sentence_periods and STATE_CLAUSE.search(before):
        return None  # held-now-relative
    if published is None or period.end >= published or NOW.search(sentence) is None:
        return period
    if change is None:  # held-now-level
        return None if not sentence_periods else period
    if period.kind in _CHANGE_KINDS and period.start < published:  # held-now-change
        return replace(period, end=published, kind="comparison")
    return period
