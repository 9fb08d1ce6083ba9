"""Counts that leave their noun unsaid as another item found at a venue of a place.

"Nine of those safeguarded were found at car washes in Boston, and two at a nail bar in
Lincoln", "seized 14 phones at a house in Leeds, and three at a flat in York": the two
counts people, the three phones. A named rule of
:data:`pressfacts.statistics.elided_counts.ELIDED_RULES` (the elided-count rules, tried in
order), kept here by its job.
"""

from __future__ import annotations

import re

from pressfacts.statistics.elided_words import ElidedRule

VENUE_RULES: tuple[ElidedRule, ...] = (
    # "…, and two at a nail bar in Lincoln", ", three at a flat in York", "and two at a
    # farm near Selby": another item of a list, its noun and verb gapped, told by the
    # venue it was at and the named place of that venue; not "and two officers at a farm
    # in Selby" (a noun of its own), "and two at a time" (no venue in a named place),
    # "and two at the station" (no place named)
    ElidedRule(
        "listed_at_venue",
        re.compile(
            r"(?:,|(?<![\w-])and)\s+(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?$",
            re.I,
        ),
        re.compile(
            r"\s+(?i:at|in|on)\s+(?i:a|an|the|one)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*"
            r"\s+(?i:in|near|outside|at)\s+(?:the\s+)?[A-Z]"
        ),
    ),
)
