"""A count with no noun of its own, the subject of a passive in a clause of its own, counts
the plural noun named right before that clause.

"Cyclists are urged to register their bikes after 1,240 were reported stolen in 2025":
the 1,240 are bikes, named (not counted) just before "after". So are "… mark their tools
after 300 were taken from vans", "… lock up quad bikes in Powys after 45 were stolen".
The unit rule ``noun-before-passive`` (:data:`pressfacts.statistics.units.UNIT_RULES`,
tried when no other rule gives a noun) reads it: a clause opener right before the count
(:data:`CLAUSE_OPENER`, a qualifier allowed), a passive right after it
(:data:`PASSIVE_AFTER`), and a plural noun right before the opener, a place after it
allowed (:data:`PLURAL_BEFORE`). Not "after 40 were …" with no plural noun before it
("appealed for help after 40 were …"), nor "after 40 officers were …" (a noun of its own,
read first), nor "after 40 arrived" (no passive).
"""

from __future__ import annotations

import re

from pressfacts.statistics.elided_words import IRREGULAR_PASSIVES
from pressfacts.statistics.unit_words import NOT_A_UNIT

__all__ = ["CLAUSE_OPENER", "PASSIVE_AFTER", "PLURAL_BEFORE", "noun_before_passive"]

CLAUSE_OPENER = re.compile(
    r"\s+(?:after|when|since|because|once|until|as)\s+"
    r"(?:(?:about|around|nearly|almost|over|more\s+than|some|at\s+least)\s+)?$",
    re.I,
)
"""The subordinator right before the count that opens its clause: " after ", " when more
than "; not ", and" (a clause of its own subject: "the people seen had taken drugs, and 96
were treated" are no drugs)."""
PASSIVE_AFTER = re.compile(
    r"\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:reported\s+|later\s+|then\s+|"
    r"also\s+)?(?:[a-z]{3,}ed|" + "|".join(IRREGULAR_PASSIVES) + r")\b",
    re.I,
)
"""A passive right after the count: "were reported stolen", "had been taken"."""
PLURAL_BEFORE = re.compile(
    r"\b(?P<noun>[a-z][a-z-]*[^s\W'’]s),?"
    r"(?:\s+(?:in|across|at|from)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2},?)?$",
)
"""The plural noun the clause before ends on, a place after it allowed: "their bikes",
"quad bikes in Powys", "catalytic converters,"; not "bikes'" nor "class" (no plural)."""


def noun_before_passive(before: str, after: str) -> str | None:
    """The plural noun named right before the clause a count opens as the subject of a
    passive (rule ``noun-before-passive``), or None. ``before`` and ``after``: the count's
    sentence before and after it."""
    opener = CLAUSE_OPENER.search(before)
    if opener is None or not PASSIVE_AFTER.match(after):
        return None
    named = PLURAL_BEFORE.search(before, 0, opener.start())
    if named is None:
        return None
    noun = named.group("noun")
    return None if noun in NOT_A_UNIT else noun
