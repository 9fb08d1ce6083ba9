"""A plan's clause before an " after" clause of the change that led to it, for the choice of
a figure's period (:func:`pressfacts.statistics.period_clauses.clause_periods`)."""

from __future__ import annotations

import re

__all__ = ["PLAN_BEFORE_AFTER_CHANGE"]

PLAN_BEFORE_AFTER_CHANGE = re.compile(
    r"\b(?:(?:is|are)\s+(?:to|set\s+to|due\s+to)|will|plans?\s+to|aims?\s+to)\s+[a-z]+\b"
    r"[^.;:]*?\s+after\s+(?=[\w\s’'-]{1,80}?\b(?:rose|fell|increased|decreased|dropped|"
    r"doubled|halved|jumped|soared)\b)",
    re.I,
)
"""Rule ``plan_before_after_change``: a plan ("is to fund", "will open", "plans to") then an
" after" clause telling the past change that led to it ("is to fund 40 new zones in 2027/28
after fraud in existing zones fell by more than a third"): the plan's period dates the plan,
not the change, so the change takes no period stated before its " after"; not "In 2024
burglary fell after patrols rose by 12%" (no plan: the span opens the sentence)."""
