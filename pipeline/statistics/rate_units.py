"""The rate phrases of the unit rules ``rate-of-count`` and ``rate-base``
(:data:`pressfacts.statistics.units.UNIT_RULES`): a count right before "per 1,000 …" is
a rate, whose unit is the count before it, or its base as written. Moved out of
:mod:`pressfacts.statistics.units` unchanged."""

from __future__ import annotations

import re

RATE_BASE = re.compile(r"\s*per\s+(?:100,?000|10,?000|1,?000|100)\b", re.I)
"""The base right after a rate: "3.3 per 1,000 people" (its noun is the population,
not the thing counted)."""
VERB_AFTER_BASE = (
    r"(?:is|was|are|were|has|had|remains|remained|rose|fell|stands|stood|compares|puts)\b"
)
"""Verbs that may follow a rate's base ("14.2 per 1,000 people is below …", "6.1 per
10,000 was …"): no word of the base (rule ``rate-base-before-verb``), though "is" and
"was" end in an "s" as a plural noun does."""
RATE_PHRASE = re.compile(
    rf"\s*(?P<rate>per\s+(?:100,?000|10,?000|1,?000|100)(?:\s+(?:(?!{VERB_AFTER_BASE})"
    rf"[a-z]+\s+)?(?!{VERB_AFTER_BASE})(?:[a-z]+s|population|people|children|men|women)\b|"
    rf"(?=\s*(?:[.;:,)]|$)|\s+{VERB_AFTER_BASE})))"
)
"""A rate and its base with no count before it to be of: "a rate of 30.2 per 10,000
children" -> unit "per 10,000 children" (the base as written); the base alone when its
noun is left unsaid ("London had the lowest, 3.1 per 10,000." -> "per 10,000"), also
before a verb ("3.1 per 10,000 is the lowest": :data:`VERB_AFTER_BASE`)."""


def rate_phrase(after: str) -> str | None:
    """Rule ``rate-base``: the rate and its base as written, when ``after`` opens on one."""
    found = RATE_PHRASE.match(after)
    return " ".join(found.group("rate").split()) if found else None
