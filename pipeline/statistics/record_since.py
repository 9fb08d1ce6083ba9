"""A record "since" a time is no period of the figure: "the highest since 2019".

"The total of 1,318 is the highest since the bins were installed in 2019", "the lowest
level since March 2020": the "since" phrase says how long ago the figure was last
matched, not the time the figure covers (that is stated elsewhere, or not at all). The
period rule ``record_since`` of :data:`pressfacts.statistics.period_table.PERIOD_RULES`
reads a superlative and the "since" phrase after it as one phrase that is no period, so
the rules ``since``, ``since_event`` and ``since_month`` do not read its "since". Not
"up 12% since 2019" (no superlative), nor "the most since records began" without a
date (no period to set aside).
"""

from __future__ import annotations

import re

from pressfacts.statistics.period_rules import NOT_A_PERIOD, Context, Resolution

SUPERLATIVES = (
    "highest", "lowest", "most", "fewest", "least", "largest", "smallest", "biggest",
    "best", "worst", "greatest",
)  # fmt: skip
RECORD_SINCE = re.compile(
    rf"\b(?:the|its|their)\s+(?:{'|'.join(SUPERLATIVES)})\s+(?:[a-z]+\s+){{0,3}}?since\b"
    r"[\w\s’']{0,60}?\b(?:(?:19|20)\d{2}|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b",
    re.I,
)
""""the"/"its" and a superlative, up to three words, then "since" and a year or month
within the clause: "the highest since 2019", "its lowest level since the scheme began in
May"; not "Most thefts since 2019 were online" (a determiner, no record)."""


def resolve_record_since(ctx: Context) -> Resolution:
    """No period: the phrase dates a record, not the figure."""
    return NOT_A_PERIOD
