"""A count restated as a rate right after it takes that count's period.

"Reports rose by 9% in 2025 compared with 2024, to 4,730 – an average of almost 13 a day",
"…, to 1,460 calls, or about 4 a day": the rate is the count before it spread over that
count's time (2025), not over the yardstick's year its clause names last. Read once the
figures of a document are dated: a rate (``per`` set) whose period is stated before it,
right after a count of the same unit with no rate of its own, joined by one of
:data:`RESTATED_RATE_RULES`, takes that count's period. Not a rate with its own period
after it ("…, or 13 a day in December"), nor one after a count of another unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from pressfacts.findings import StatisticFinding


@dataclass(frozen=True)
class RestatedRateRule:
    """A named form of the words ``between`` a count and the rate restating it."""

    name: str
    between: re.Pattern[str]


_QUALIFIER = (
    r"(?:(?:around|about|roughly|some|nearly|almost|over|just\s+over|just\s+under|"
    r"more\s+than|less\s+than|up\s+to)\s+)?"
)
_RESTATING = (
    r"(?:(?:the\s+)?equivalent\s+(?:of|to)|that\s+is|which\s+is|or|an\s+average\s+of|"
    r"on\s+average|averaging)\s+"
)
RESTATED_RATE_RULES: tuple[RestatedRateRule, ...] = (
    # "…, to 4,730 – an average of almost 13 a day", "…, to 1,460 calls, or about 4 a day",
    # "… 9,100 calls, the equivalent of 25 a day": the count's noun (up to two words) at
    # most between them; not "4,730 reports in 2025, or 13 a day" (a period between: the
    # rate is dated by its own clause already)
    RestatedRateRule(
        "restated_rate_period",
        re.compile(
            r"(?:\s+[a-z][a-z-]*){0,2}\s*(?:,|\s[–—-])\s+"
            + r"(?:"
            + _RESTATING
            + r")?"
            + _QUALIFIER,
            re.I,
        ),
    ),
)
"""The forms joining a count to the rate that restates it, tried in order."""


def restated_rate_rule(
    text: str, first: StatisticFinding, second: StatisticFinding
) -> RestatedRateRule | None:
    """The rule by which the rate ``second`` restates the count ``first`` before it."""
    if (
        first.sentence != second.sentence
        or second.per is None
        or first.per is not None
        or first.unit != second.unit
        or first.change is not None
        or first.period is None
        or second.start < first.end
    ):
        return None
    own = second.period
    if own is not None and own.start_char >= second.end:
        return None  # "…, or 13 a day in December": its own period
    for rule in RESTATED_RATE_RULES:
        if rule.between.fullmatch(text, first.end, second.start):
            return rule
    return None


def restated_rate_periods(text: str, findings: list[StatisticFinding]) -> list[StatisticFinding]:
    """``findings`` with each rate that restates the count before it dated as that count."""
    ordered = sorted(range(len(findings)), key=lambda k: (findings[k].start, findings[k].end))
    result = list(findings)
    for before, after in pairwise(ordered):
        first, second = result[before], result[after]
        if restated_rate_rule(text, first, second) is not None:
            result[after] = replace(second, period=first.period)
    return result
