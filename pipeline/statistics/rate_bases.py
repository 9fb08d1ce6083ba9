"""The base of a rate, which is no figure: "3.3 per 1,000 people", "86p in every £1", "4.1
thefts for every 1,000 residents", "a rate of 53 for every 100,000 residents". The exclusions
``rate-base``, ``rate-base-for-every`` and ``rate-base-after-figure`` of
:data:`pressfacts.statistics.exclusions.EXCLUSIONS` read these patterns."""

from __future__ import annotations

import re

ROUND_BASE = r"(?:100|1,?000|10,?000|100,?000|1,?000,?000|(?:one\s+)?(?:hundred|thousand|million))"
"""A round number a rate is given per: 100, 1,000 … a million, in digits or words."""

PER_BASE = re.compile(
    rf"\bper\s+{ROUND_BASE}(?![\d,]|\s*(?:per|a|an|each|every)\b)"
    r"|\b(?:every|each)\s+£1\b(?![\d,.])",
    re.I,
)
"""Rule ``rate-base``: "3.3 per 1,000 people", "per 100,000 population", "86p in every £1";
not "per cent", "rose to 1,000 per month", "every £10 donated"."""

_NOT_AFTER_SHARE = r"(?<!\d\s)" + "".join(rf"(?<!\b{w}\s)" for w in ("one", "two", "three", "four"))
"""Before "for every": no number right before it (a share's: "one for every 1,000 inmates")."""

FOR_EVERY_BASE = re.compile(
    _NOT_AFTER_SHARE + rf"\bfor\s+(?:every|each)\s+{ROUND_BASE}(?![\d,]|\s*per\b)", re.I
)
"""Rule ``rate-base-for-every``: a rate's base after its counted noun ("4.1 thefts for every
1,000 residents", "one officer for each 10,000 people"); not "one for every 1,000" (a share),
"for every 250" (no round base)."""

LARGE_BASE = r"(?:1,?000|10,?000|100,?000)"
"""A round base of a thousand or more in digits, as the unit rule ``rate-base`` reads it
(:data:`pressfacts.statistics.rate_units.RATE_PHRASE`): 1,000, 10,000, 100,000 (not 100)."""

FIGURE_FOR_EVERY_BASE = re.compile(
    rf"(?<=\d\s)for\s+(?:every|each)\s+{LARGE_BASE}(?![\d,]|\s*per\b)", re.I
)
"""Rule ``rate-base-after-figure``: the base of a rate stated right after a figure in digits
("a rate of 53 for every 100,000 residents", "12.4 for each 1,000 people"): the figure is the
rate, a count, as with "per 100,000"; no share of 0.05%. Not a share in words ("one for every
1,000 inmates", "Two for every 1,000"), a base under a thousand ("3 for every 100 vans",
"40 for every 250 checks")."""
