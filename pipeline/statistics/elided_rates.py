"""Counts that leave their noun unsaid as the count before restated as an average rate.

"Police logged 4,730 reports in 2025 – an average of almost 13 a day", "The line took 9,100
calls, on average around 25 a day": the 13 counts reports, the 25 calls. A named rule of
:data:`pressfacts.statistics.elided_counts.ELIDED_RULES` (the elided-count rules, tried in
order), kept here by its job; ``restated_rate`` reads the same rate with one qualifier
("about 100 a week", "an average of 13 a day"), this rule the average and a qualifier of
its value together.
"""

from __future__ import annotations

import re

from pressfacts.statistics.elided_words import ElidedRule

AVERAGE_WORDS = r"(?:an\s+average\s+of|on\s+average|averaging)"
"""Words that make the count after them an average of the count before."""
VALUE_QUALIFIERS = (
    "around", "about", "roughly", "some", "nearly", "almost", "over", "just over",
    "just under", "more than", "less than", "fewer than", "up to",
)  # fmt: skip
"""Qualifiers of the average's value that may follow the average words."""

RATE_RULES: tuple[ElidedRule, ...] = (
    # "…, to 4,730 – an average of almost 13 a day", "took 9,100 calls, on average around
    # 25 a day", "…, averaging just over 40 a week": the count before restated as an
    # average rate, its value qualified; not "an average of almost 13 officers a day" (a
    # noun of its own), "an average of almost 13 minutes" (no rate)
    ElidedRule(
        "averaged_qualified_rate",
        re.compile(
            r"(?:,|\s[–—-])\s+(?:(?:equivalent\s+to|(?:the\s+)?equivalent\s+of|that\s+is|"
            rf"which\s+is|or)\s+)?{AVERAGE_WORDS}\s+(?:"
            + "|".join(q.replace(" ", r"\s+") for q in VALUE_QUALIFIERS)
            + r")\s+$",
            re.I,
        ),
        re.compile(
            r"\s+(?:a|per|every|each)\s+(?:day|week|month|year)\s*(?:[.,;:]|$)",
            re.I,
        ),
    ),
)
