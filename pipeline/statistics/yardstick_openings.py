"""Yardsticks and shares that open a clause of their own after a comma, for
:data:`pressfacts.statistics.period_clauses.CLAUSE_BREAK`: the period in such a clause
is its own figure's, never the figure's before it (a new pronoun subject too:
:data:`PRONOUN_SUBJECT`); and a value set off as an aside after
", with", which opens none (:data:`VALUE_ASIDE`)."""

from __future__ import annotations

__all__ = [
    "AGAINST_COUNT",
    "CHANGE_FROM_COUNT",
    "PRONOUN_SUBJECT",
    "VALUE_ASIDE",
    "WORD_SHARE",
]

AGAINST_COUNT = r"against\s+(?=(?:just\s+|only\s+)?£?\d)"
"""", against" + a yardstick's count (rule ``against_count``): its period is the yardstick's
("peaked in August last year, with 231, against 118 in January this year")."""
CHANGE_FROM_COUNT = (
    r"(?:an?\s+)?(?:[a-z]+\s+)?(?:improvement|rise|increase|fall|drop|decrease|reduction|jump)"
    r"\s+from\s+(?=(?:about\s+|around\s+|just\s+|only\s+)?£?\d)"
)
"""", a rise from" + a yardstick's count (rule ``change_from_count``): its period is the
yardstick's ("recorded 94% of crimes correctly, an improvement from 89% in 2022", as ", up
from 89% in 2022" is), not the figure's before it."""
WORD_SHARE = (
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:every\s+)?[a-z\d]+|"
    r"(?:a|one|two)[\s-](?:third|quarter|fifth|tenth)s?|half|two[\s-]thirds|three[\s-]quarters)\b"
)
"""A share in words after ", and" opens a clause of its own (rule ``and_word_share``), as a
percentage does: "Volunteers gave 300 talks, and half were held in May": May is the half's,
not the 300's."""
VALUE_ASIDE = (
    r"\s+(?:a|an)\s+(?:(?:estimated|total|combined|approximate|potential)\s+)?"
    r"(?:(?:street|resale|black[- ]market|retail)\s+)?value\s+of\b"
)
"""After ", with": the value of what was just counted, set off as an aside (rule
``value_aside``: "moved 45 kilograms of cocaine, with a street value of £3m, between
January 2024 and March 2025"): no new clause, so the count keeps the period after the
aside; ", with 31 completing …" still opens one."""
PRONOUN_SUBJECT = (
    r",\s+and\s+(?=(?:they|it|he|she|we)\s+(?:(?:now|also|still|then)\s+)?"
    r"(?:[a-z]+ed|took|made|gave|saw|had|found|sold|won|ran)\s)"
)
"""", and" + a subject pronoun + a past verb: a clause of its own subject ("paid for three
bins this year, at a cost of £7,500, and they took in 38 knives during the week": the week
is the 38's, not the £7,500's); not ", and they" with no verb after it."""
