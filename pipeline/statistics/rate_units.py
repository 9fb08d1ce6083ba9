"""The rate phrases of the unit rules ``rate-of-count`` and ``rate-base``
(:data:`pressfacts.statistics.units.UNIT_RULES`): a count right before "per 1,000 …" is
a rate, whose unit is the count before it, or its base as written. Moved out of
:mod:`pressfacts.statistics.units` unchanged."""

from __future__ import annotations

import re

from pressfacts.statistics.rate_bases import LARGE_BASE

_PER = rf"(?:per\s+(?:{LARGE_BASE}|100)|for\s+(?:every|each)\s+{LARGE_BASE})"
"""A rate's base: "per 1,000", or "for every 100,000" with a base of a thousand or more (a
figure in digits before it is a rate: exclusion ``rate-base-after-figure``)."""
RATE_BASE = re.compile(rf"\s*{_PER}\b", re.I)
"""The base right after a rate: "3.3 per 1,000 people", "53 for every 100,000 residents" (its
noun is the population, not the thing counted)."""
VERB_AFTER_BASE = (
    r"(?:is|was|are|were|has|had|remains|remained|rose|fell|stands|stood|compares|puts)\b"
)
"""Verbs that may follow a rate's base ("14.2 per 1,000 people is below …", "6.1 per
10,000 was …"): no word of the base (rule ``rate-base-before-verb``), though "is" and
"was" end in an "s" as a plural noun does."""
RATE_PHRASE = re.compile(
    rf"\s*(?P<rate>{_PER}(?:\s+(?:(?!{VERB_AFTER_BASE})"
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


_RATE_QUALIFIERS = r"(?:around|about|roughly|some|nearly|almost|over|more\s+than|up\s+to)"
SUBJECT_RATE_BEFORE = re.compile(
    r"^(?:The\s+)?(?:[A-Za-z-]+\s+)?(?P<noun>[A-Za-z]+s)\s+(?:now\s+|still\s+|currently\s+|typically\s+)?"
    r"(?:arrive[sd]?|c[ao]mes?\s+in|happen(?:s|ed)?|occur(?:s|red)?|"
    r"(?:are|were|is|was)\s+(?:now\s+|still\s+)?(?:being\s+)?[a-z]+ed)\s+"
    rf"at\s+(?:an?\s+)?(?:rate|average)\s+of\s+(?:{_RATE_QUALIFIERS}\s+)?$",
    re.I,
)
"""Rule ``subject-rate``: the opening of a sentence whose subject arrives or is recorded "at
a rate of" the count ("Referrals now arrive at a rate of about 200 a month", "Burglaries are
being reported at an average of 14 a day"): the count counts the subject; not "Officers make
arrests at a rate of 20 a week" (a verb with an object of its own), "at a rate of 3.3 per
1,000 people" (rule ``rate-base``)."""
RATE_TIME_AFTER = re.compile(r"\s+(?:a|per|every|each)\s+(?:day|week|month|year)\b", re.I)
"""The time unit right after such a count ("200 a month")."""


def subject_rate(before: str, after: str) -> str | None:
    """The subject (lower-cased) of a sentence whose count between ``before`` and ``after``
    (its sentence's words) is a rate of it (rule ``subject-rate``:
    :data:`SUBJECT_RATE_BEFORE`), or None."""
    opening = SUBJECT_RATE_BEFORE.search(before)
    return opening.group("noun").lower() if opening and RATE_TIME_AFTER.match(after) else None
