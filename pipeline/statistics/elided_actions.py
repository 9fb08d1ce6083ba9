"""Counts that give a second action on the things just counted, after the span of the
first, their noun left out.

"Officers drew a Taser in 1,488 incidents in the year to March 2026 and fired it in 203":
the 203 counts incidents. Rule ``gapped_preposition_after_span``, one of the elided-count
rules of :data:`pressfacts.statistics.elided_counts.ELIDED_RULES`: the preposition before
the first count comes back before the second, after "and", a verb and its object pronoun,
with the first count's span ("in the year to March 2026", "in 2024/25") between. Without
the span the rule ``gapped_preposition`` reads it ("drew the device on 348 occasions and
fired it on 31").

"The force now has 174 specials and wants to recruit 60 more": the 60 counts specials too.
Rule ``added_more``: a verb of adding the things counted (recruit, hire, train, open …)
before the count, "more" or "extra" after it and no noun of its own.
"""

from __future__ import annotations

import re

from pressfacts.statistics.elided_lists import ROUGHLY
from pressfacts.statistics.elided_words import PERIOD_NEXT, ElidedRule

__all__ = ["ACTION_RULES"]

ACTION_RULES: tuple[ElidedRule, ...] = (
    # "drew a Taser in 1,488 incidents in the year to March 2026 and fired it in 203",
    # "used it in 36,800 incidents in 2024/25 and discharged it in 3,950"; not "… and fired
    # it in 203 cases" (a noun of its own), "… in 2025 and arrested 40" (no preposition
    # again)
    ElidedRule(
        "gapped_preposition_after_span",
        re.compile(
            r"\b(?P<prep>in|on|at)\s+" + ROUGHLY + r"\d[\d,.]*(?:\s+[a-z-]+){1,3}\s+"
            r"(?:in|during|over|between|since|throughout)\s+[^,.;:]{1,40}?,?\s+and\s+"
            r"(?:then\s+|later\s+)?[a-z]{2,}ed(?:\s+(?:it|them|one))?\s+(?P=prep)\s+"
            + ROUGHLY
            + r"$",
            re.I,
        ),
        re.compile(r"\s*(?:[.;)]|,\s|$)|\s+and\s"),
        whole_clause=True,  # the span between reaches past the 40 characters read
    ),
    # "has 174 specials and wants to recruit 60 more during 2026", "trained 40 volunteers
    # last year and will train 25 more", "opened 12 hubs and plans to open six extra by
    # March": more of the things counted before, a verb of adding them before the count;
    # not "recruit 60 more officers" (a noun of its own), "60 more than last year" (a
    # comparison), "arrested 60 more" (no verb of adding)
    ElidedRule(
        "added_more",
        re.compile(
            r"\b(?:recruit|hire|train|appoint|employ|take\s+on|bring\s+in|add|open|build|"
            r"install|fund)(?:s|ed|ing)?\s+" + ROUGHLY + r"$",
            re.I,
        ),
        re.compile(
            r"\s+(?:more|extra)(?!\s+than\b)(?:\s*(?:[.;)]|,\s|$)|" + PERIOD_NEXT.pattern + ")",
            re.I,
        ),
    ),
)
"""The elided-count rules of a second action after a span, and of more of the things
counted before (``added_more``), tried among the others."""
