"""Counts that leave their noun unsaid as the part of the count before that was attended.

"Call handlers assessed 9,215 calls over the year, and officers still attended 4,380",
"the team received 1,940 referrals and responded to 1,210.": the 4,380 counts calls, the
1,210 referrals. A named rule of :data:`pressfacts.statistics.elided_counts.ELIDED_RULES`
(the elided-count rules, tried in order), kept here by its job.
"""

from __future__ import annotations

import re

from pressfacts.statistics.elided_words import ElidedRule

ATTENDED_VERBS = ("attended", "responded to", "dealt with", "answered")
"""Verbs of going out to, or taking up, the calls or incidents just counted."""

ATTENDANCE_RULES: tuple[ElidedRule, ...] = (
    # "…, and officers still attended 4,380.", "… and responded to 1,210.", "… but crews
    # dealt with only 310, …": the part of the count before that was attended, its noun
    # unsaid, closing its clause; not "attended 4,380 incidents" (a noun of its own),
    # "attended 40 in May" (and_then_period's), "attended by 300" (no count after the verb)
    ElidedRule(
        "attended_at_end",
        re.compile(
            r"\b(?:"
            + "|".join(verb.replace(" ", r"\s+") for verb in ATTENDED_VERBS)
            + r")\s+(?:(?:only|just|around|about|roughly|some|nearly|almost|over|more\s+than|"
            r"just\s+over|just\s+under)\s+)?$",
            re.I,
        ),
        re.compile(r"\s*(?:[.;:)]|,\s|$)"),
    ),
)
