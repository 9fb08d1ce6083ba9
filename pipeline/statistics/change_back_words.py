"""The words of a sentence that states the change of the figure before it, read by
:data:`pressfacts.statistics.period_clauses._CHANGES_BACK`: who reports the change and the
verbs of change in the simple past."""

from __future__ import annotations

REPORTED_BACK_LEAD = (
    r"(?:(?:(?:the|its|our|their)\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}|it|they|he|she)\s+"
    r"(?:said|says|added|found|reported|estimated|believes|believed|shows?|showed|"
    r"reveals?|revealed)\s+(?:that\s+)?"
)
"""Who reports the change of the figure before, ahead of it (rule ``reported_change_back``
of :data:`~pressfacts.statistics.period_clauses._CHANGES_BACK`): "The charity said the
figure had almost doubled since 2021", "Police said that the total has risen 40% since
2019", "Figures from the force show that the total fell" (a subject of up to
four words; what shows it)."""
PAST_CHANGE_VERBS: tuple[str, ...] = (
    "rose", "fell", "increased", "decreased", "dropped", "climbed", "grew", "jumped",
    "doubled", "trebled", "tripled", "halved",
)  # fmt: skip
"""Verbs of change in the simple past after "the figure" (rule ``past_change_back``): "The
number rose by a quarter since 2020/21" changes the figure before, as "has risen" does."""
UP_DOWN = (
    r"(?:that|this|it|(?:that|this|the)\s+(?:figure|number|total|level))\s+(?:is|was)\s+"
    r"(?:up|down)\s+(?:by\s+)?(?:(?:about|around|almost|nearly|more\s+than|over|some)\s+)?£?\d"
    r"[\d,.]*\s*(?:%|per\s*cent)?\s+from\b"
)
"""The figure before, up or down by a figure from a yardstick (rule ``figure_up_down_back``):
"The figure is down 9% from the 1,857 recorded in …", "That was up 40 from …"; not "It is
up to officers" (no figure), nor "The total is up 11% on last year's campaign" (an "on"
yardstick: the sentence keeps its main period, which later figures carry)."""
